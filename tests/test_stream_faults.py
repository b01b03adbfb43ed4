"""Every upstream fault through both streaming RPCs, on the first page and mid-stream.

The fault table is test_gateway_failures.py's (status code and ErrorInfo reason per fault),
plus latency beyond the caller's deadline. Mid-stream, the fault hits the second page: the
first page's 100 items have arrived, the error follows them, and the next call walks the
whole list again.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import grpc
import pytest
import pytest_asyncio
from checkout_gateway.v1 import checkout_session_requests_pb2 as r

from stripe_emulator import Fault
from stripe_emulator.ids import new_id
from tests.conftest import Stack, start_stack, stop_stack
from tests.test_gateway_failures import FAULTS
from tests.test_gateway_failures import details as error_details
from tests.test_gateway_rpcs import create_request

pytestmark = pytest.mark.asyncio(loop_scope="module")

SESSIONS = 150  # more than one page of 100
LINE_ITEMS = 150
DEADLINE = 1.0  # the caller's, for the latency fault
LATENCY = 2.5

# (fault, status code, ErrorInfo reason or None when the client's own deadline may answer)
TABLE: list[tuple[Fault, grpc.StatusCode, str | None]] = [
    *FAULTS,
    (Fault(latency=LATENCY), grpc.StatusCode.DEADLINE_EXCEEDED, None),
]
GATEWAY_REASONS = {"UPSTREAM_UNAVAILABLE", "UPSTREAM_BAD_RESPONSE", "UPSTREAM_TIMEOUT"}


@dataclass
class Streams:
    stack: Stack
    session_id: str  # a session with LINE_ITEMS line items
    all_sessions: list[str]
    all_items: list[str]

    def open(self, rpc: str, timeout: float | None = None) -> Any:
        if rpc == "sessions":
            return self.stack.stub.StreamCheckoutSessions(
                r.StreamCheckoutSessionsRequest(), timeout=timeout
            )
        return self.stack.stub.StreamCheckoutSessionLineItems(
            r.StreamCheckoutSessionLineItemsRequest(id=self.session_id), timeout=timeout
        )

    def everything(self, rpc: str) -> list[str]:
        return self.all_sessions if rpc == "sessions" else self.all_items


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def streams() -> AsyncIterator[Streams]:
    stack = await start_stack(seed=SESSIONS - 1)
    try:
        created = await stack.stub.CreateCheckoutSession(create_request())
        # Stripe allows 100 line items per session; the store takes more, to page through.
        record = stack.emulator.store.get(created.id)
        (item,) = record.items
        record.items = [{**item, "id": new_id("li")} for _ in range(LINE_ITEMS)]
        record.changed()
        s = Streams(stack, created.id, [], [])
        s.all_sessions = [x.id async for x in s.open("sessions")]
        s.all_items = [x.id async for x in s.open("line_items")]
        assert len(s.all_sessions) == SESSIONS and len(set(s.all_items)) == LINE_ITEMS
        yield s
    finally:
        await stop_stack(stack)


@pytest.mark.parametrize("rpc", ["sessions", "line_items"])
@pytest.mark.parametrize("where", ["first_page", "mid_stream"])
@pytest.mark.parametrize(("fault", "code", "reason"), TABLE, ids=[str(row[0]) for row in TABLE])
async def test_fault_through_a_stream(
    streams: Streams,
    rpc: str,
    where: str,
    fault: Fault,
    code: grpc.StatusCode,
    reason: str | None,
) -> None:
    faults = streams.stack.emulator.faults
    faults.clear()
    if where == "mid_stream":
        faults.inject(Fault())  # the first page passes
    # A dropped GET on a kept-alive connection is resent once by aiohttp itself: drop that too.
    faults.inject(fault, count=2 if fault.drop else 1)
    received: list[str] = []
    stream = streams.open(rpc, timeout=DEADLINE if fault.latency else 10)
    try:
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            async for item in stream:
                received.append(item.id)
    finally:
        faults.clear()
    err = caught.value
    assert err.code() == code, err.details()
    # Items already sent arrived, in order, and nothing after the failure.
    assert received == streams.everything(rpc)[: 100 if where == "mid_stream" else 0]
    if reason is not None:
        details = error_details(err)
        info = details["ErrorInfo"]
        assert info.reason == reason
        assert info.domain == ("checkout-gateway" if reason in GATEWAY_REASONS else "stripe.com")
        assert ("RetryInfo" in details) == (code == grpc.StatusCode.RESOURCE_EXHAUSTED)
        if code == grpc.StatusCode.RESOURCE_EXHAUSTED:
            assert details["RetryInfo"].retry_delay.seconds >= 1
        if fault.drop is None:  # Stripe answered: its request id comes back
            request_id = dict(err.trailing_metadata() or ())["request-id"]
            assert request_id.startswith("req_")
            assert details["RequestInfo"].request_id == request_id
    # The next call succeeds and walks the whole list.
    assert [x.id async for x in streams.open(rpc)] == streams.everything(rpc)


async def test_the_table_covers_every_fault_kind() -> None:
    kinds = {
        "status" if f.status else "drop" if f.drop else "body" if f.body else "latency"
        for f, _, _ in TABLE
    }
    assert kinds == {"status", "drop", "body", "latency"}
    assert {f.status for f, _, _ in TABLE} >= {429, 500, 503}
    assert {f.code for f, _, _ in TABLE} >= {"lock_timeout"}
