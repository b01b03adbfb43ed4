"""Parallel export over real sockets: the same items in the same order as the sequential walk,
on data that splits unevenly; bad requests refused; a failed page ends the stream in order."""

from __future__ import annotations

from collections.abc import AsyncIterator

import grpc
import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2 as r

from stripe_emulator import Emulator, Fault
from tests.conftest import Stack, start_stack, stop_stack
from tests.test_gateway_failures import details, fails

BASE = 1_750_000_000
DAY, HOUR = 86_400, 3_600


def uneven() -> list[int]:
    """1,500 creation times: a sparse day, most in one hour (200 in one second), a sparse day."""
    before = [BASE - DAY + i * 864 for i in range(100)]
    hour = [BASE + i * HOUR // 1100 for i in range(1100)]
    second = [BASE + HOUR] * 200
    after = [BASE + HOUR + 1 + i * 864 for i in range(100)]
    return before + hour + second + after


def reshape(emulator: Emulator, times: list[int]) -> None:
    """Give the seeded sessions these creation times (non-decreasing, as the store keeps them)."""
    store = emulator.store
    assert len(times) == len(store.order)
    for i, (ident, created) in enumerate(zip(store.order, times, strict=True)):
        record = store.sessions[ident]
        record.data["created"] = created
        record.raw_cache = None
        store.created[i] = created


@pytest.fixture
async def big() -> AsyncIterator[Stack]:
    stack = await start_stack(seed=1500)
    reshape(stack.emulator, uneven())
    yield stack
    await stop_stack(stack)


def stream(
    lo: int, hi: int, parallelism: int = 0, **fields: object
) -> r.StreamCheckoutSessionsRequest:
    return r.StreamCheckoutSessionsRequest(
        created=r.ListCheckoutSessionsRequest.Created(gte=lo, lt=hi),
        parallelism=parallelism,
        **fields,  # type: ignore[arg-type]
    )


async def ids(stack: Stack, request: r.StreamCheckoutSessionsRequest) -> list[str]:
    return [s.id async for s in stack.stub.StreamCheckoutSessions(request, timeout=60)]


@pytest.mark.parametrize(
    ("lo", "hi"),
    [
        (BASE - DAY, BASE + HOUR + DAY),  # everything
        (BASE - DAY // 2, BASE + HOUR),  # cuts the sparse day, stops before the crowded second
        (BASE + 600, BASE + HOUR + 1),  # inside the hour, through the crowded second
    ],
)
async def test_parallel_output_is_the_sequential_walks(big: Stack, lo: int, hi: int) -> None:
    sequential = await ids(big, stream(lo, hi))
    assert len(sequential) == len(set(sequential)) > 200
    big.emulator.requests.clear()
    assert await ids(big, stream(lo, hi, parallelism=8)) == sequential
    # It did split: pages were asked for several `created` ranges.
    ranges = {
        (q.params["created"]["gte"], q.params["created"]["lte"])
        for q in big.emulator.requests
        if q.method == "GET"
    }
    assert len(ranges) > 2


async def test_filters_and_max_items_hold_in_a_parallel_walk(big: Stack) -> None:
    lo, hi = BASE - DAY, BASE + HOUR + DAY
    sequential = await ids(big, stream(lo, hi, status=r.StreamCheckoutSessionsRequest.STATUS_OPEN))
    parallel = await ids(big, stream(lo, hi, 5, status=r.StreamCheckoutSessionsRequest.STATUS_OPEN))
    assert parallel == sequential and len(sequential) > 100
    assert (
        await ids(big, stream(lo, hi, 16, max_items=250)) == (await ids(big, stream(lo, hi)))[:250]
    )


async def test_a_failed_page_ends_the_stream_with_its_status_after_items_in_order(
    big: Stack,
) -> None:
    lo, hi = BASE - DAY, BASE + HOUR + DAY
    sequential = await ids(big, stream(lo, hi))
    # The first page passes; a later one, in whichever slice, fails (slowly: the first page's
    # items are sent by then).
    big.emulator.faults.inject(Fault(method="GET"), count=3)
    big.emulator.faults.inject(Fault(status=500, latency=2.0, method="GET"), count=1)
    received: list[str] = []
    call = big.stub.StreamCheckoutSessions(stream(lo, hi, 8), timeout=60)
    with pytest.raises(grpc.aio.AioRpcError) as info:
        async for session in call:
            received.append(session.id)
    assert info.value.code() == grpc.StatusCode.INTERNAL
    assert len(received) >= 100 and received == sequential[: len(received)]
    assert len(received) < len(sequential)


@pytest.mark.parametrize(
    ("request_", "field"),
    [
        (r.StreamCheckoutSessionsRequest(parallelism=2), "created"),
        (
            r.StreamCheckoutSessionsRequest(
                parallelism=4, created=r.ListCheckoutSessionsRequest.Created(gte=1)
            ),
            "created",
        ),
        (
            r.StreamCheckoutSessionsRequest(
                parallelism=4, created=r.ListCheckoutSessionsRequest.Created(lte=1)
            ),
            "created",
        ),
        (stream(1, 2, 17), "parallelism"),
        (stream(1, 2, -1), "parallelism"),
        (stream(1, 2, 2, starting_after="cs_test_a"), "starting_after"),
        (stream(1, 2, 2, ending_before="cs_test_a"), "ending_before"),
    ],
)
async def test_parallelism_needs_a_bounded_range_and_no_cursor(
    stack: Stack, request_: r.StreamCheckoutSessionsRequest, field: str
) -> None:
    err = await fails(stack.stub.StreamCheckoutSessions(request_).read())
    assert err.code() == grpc.StatusCode.INVALID_ARGUMENT
    violation = details(err)["BadRequest"].field_violations[0]
    assert violation.field == field
    assert not stack.emulator.requests


async def test_parallelism_one_or_unset_is_the_sequential_walk_whatever_the_range(
    big: Stack,
) -> None:
    everything = r.StreamCheckoutSessionsRequest()
    plain = [s.id async for s in big.stub.StreamCheckoutSessions(everything, timeout=60)]
    one = r.StreamCheckoutSessionsRequest(parallelism=1)
    assert [s.id async for s in big.stub.StreamCheckoutSessions(one, timeout=60)] == plain
    assert len(plain) == 1500
