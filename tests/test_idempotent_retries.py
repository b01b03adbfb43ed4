"""Retries with idempotency keys, over real sockets: a lost response never makes two sessions.

The gateway runs with max_retries=2 (stripe-python's default), so these tests wait for the
real backoff: 0.5 s before the first retry.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable
from typing import Any

import grpc
import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2 as r

from stripe_emulator import Fault, RecordedRequest
from tests.conftest import Stack, start_stack, stop_stack
from tests.test_gateway_failures import details
from tests.test_gateway_rpcs import create_request

SESSIONS = "/v1/checkout/sessions"


@pytest.fixture
async def retrying() -> AsyncIterator[Stack]:
    stack = await start_stack(max_retries=2)
    yield stack
    await stop_stack(stack)


def posts(stack: Stack, path: str = SESSIONS) -> list[RecordedRequest]:
    return [q for q in stack.emulator.requests if q.method == "POST" and q.path == path]


def sessions(stack: Stack) -> set[str]:
    return set(stack.emulator.store.sessions)


def trailer(metadata: Iterable[tuple[str, object]], name: str) -> str:
    """One response trailer, e.g. the `idempotency-key` the gateway sent."""
    return str(dict(metadata)[name])


@pytest.mark.parametrize("caller_key", [None, "order-6735-attempt-1"])
async def test_create_whose_response_is_lost_is_retried_and_made_once(
    retrying: Stack, caller_key: str | None
) -> None:
    before = sessions(retrying)
    # The emulator applies the create, then hangs up before answering.
    retrying.emulator.faults.inject(Fault(drop="after", method="POST"))
    metadata = (("idempotency-key", caller_key),) if caller_key else ()
    call = retrying.stub.CreateCheckoutSession(create_request(), metadata=metadata)
    session = await call
    new = sessions(retrying) - before
    assert new == {session.id}  # exactly one session, and it is the one returned
    attempts = posts(retrying)
    assert len(attempts) == 2
    keys = {q.headers["Idempotency-Key"] for q in attempts}
    assert len(keys) == 1
    (key,) = keys
    assert trailer(await call.trailing_metadata(), "idempotency-key") == key
    if caller_key:
        assert key == caller_key
    # The second attempt was answered from the first one's stored result.
    listed = await retrying.stub.ListCheckoutSessions(r.ListCheckoutSessionsRequest(limit=100))
    assert sum(s.id == session.id for s in listed.data) == 1


async def test_create_after_a_503_is_retried_once_and_made_once(retrying: Stack) -> None:
    before = sessions(retrying)
    retrying.emulator.faults.inject(Fault(status=503, method="POST"))
    call = retrying.stub.CreateCheckoutSession(create_request())
    session = await call
    assert sessions(retrying) - before == {session.id}
    attempts = posts(retrying)
    assert len(attempts) == 2
    key = trailer(await call.trailing_metadata(), "idempotency-key")
    assert [q.headers["Idempotency-Key"] for q in attempts] == [key, key]


async def test_stripe_should_retry_false_is_not_retried(retrying: Stack) -> None:
    before = sessions(retrying)
    retrying.emulator.faults.inject(Fault(status=503, should_retry=False, method="POST"))
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await retrying.stub.CreateCheckoutSession(create_request())
    assert caught.value.code() == grpc.StatusCode.UNAVAILABLE
    assert len(posts(retrying)) == 1  # one attempt: the header wins over the status
    assert sessions(retrying) == before
    key = trailer(caught.value.trailing_metadata(), "idempotency-key")
    assert posts(retrying)[0].headers["Idempotency-Key"] == key
    info = details(caught.value)["RequestInfo"]
    assert info.serving_data == f"idempotency-key={key}"


async def test_update_whose_response_is_lost_is_retried_with_the_same_key(
    retrying: Stack,
) -> None:
    created = await retrying.stub.CreateCheckoutSession(create_request(metadata={"a": "1"}))
    path = f"{SESSIONS}/{created.id}"
    retrying.emulator.faults.inject(Fault(drop="after", method="POST", path_prefix=path))
    update = r.UpdateCheckoutSessionRequest(id=created.id, metadata={"a": "", "b": "2"})
    call = retrying.stub.UpdateCheckoutSession(update, metadata=(("idempotency-key", "upd-1"),))
    updated = await call
    assert dict(updated.metadata) == {"b": "2"}
    attempts = posts(retrying, path)
    assert [q.headers["Idempotency-Key"] for q in attempts] == ["upd-1", "upd-1"]
    assert trailer(await call.trailing_metadata(), "idempotency-key") == "upd-1"
    assert retrying.emulator.session(created.id)["metadata"] == {"b": "2"}


async def test_retries_stop_at_max_retries(retrying: Stack) -> None:
    before = sessions(retrying)
    retrying.emulator.faults.inject(Fault(status=503, method="POST"), count=3)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await retrying.stub.CreateCheckoutSession(create_request())
    assert caught.value.code() == grpc.StatusCode.UNAVAILABLE
    attempts = posts(retrying)
    assert len(attempts) == 3  # the first attempt and two retries
    assert len({q.headers["Idempotency-Key"] for q in attempts}) == 1
    assert sessions(retrying) == before


async def create_held_upstream(
    stack: Stack, metadata: tuple[tuple[str, str], ...]
) -> asyncio.Future[Any]:
    """A create that has reached the emulator and waits there 0.3 s before it is applied."""
    stack.emulator.faults.inject(Fault(latency=0.3, method="POST"))
    call: asyncio.Future[Any] = asyncio.ensure_future(
        stack.stub.CreateCheckoutSession(create_request(), metadata=metadata)
    )
    while not posts(stack):
        await asyncio.sleep(0.01)
    return call


async def test_two_creates_with_one_key_at_once_make_one_session(retrying: Stack) -> None:
    """The second finds the key in flight (409), retries, and gets the first one's answer."""
    before = sessions(retrying)
    metadata = (("idempotency-key", "order-6735"),)
    first = await create_held_upstream(retrying, metadata)
    second = await retrying.stub.CreateCheckoutSession(create_request(), metadata=metadata)
    assert second.id == (await first).id
    assert sessions(retrying) - before == {second.id}
    assert len(posts(retrying)) == 3  # the first, the second's 409, the second's replayed retry


async def test_a_key_in_flight_without_retries_is_aborted() -> None:
    stack = await start_stack(max_retries=0)
    try:
        metadata = (("idempotency-key", "order-6736"),)
        first = await create_held_upstream(stack, metadata)
        with pytest.raises(grpc.aio.AioRpcError) as info:
            await stack.stub.CreateCheckoutSession(create_request(), metadata=metadata)
        assert info.value.code() == grpc.StatusCode.ABORTED
        reason = details(info.value)["ErrorInfo"].reason
        assert reason == "IDEMPOTENCY_KEY_IN_USE"
        await first
    finally:
        await stop_stack(stack)
