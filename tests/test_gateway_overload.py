"""Overload protection over real sockets: a burst waits in the gateway or is refused at once."""

from __future__ import annotations

import asyncio
import time

import grpc
from checkout_gateway.v1 import checkout_session_requests_pb2 as r

from stripe_emulator import Fault
from tests.conftest import start_stack, stop_stack
from tests.test_gateway_failures import details, fails


# Unknown ids: NOT_FOUND shows the call reached the emulator; admission is what is tested.
# Each call its own id: identical reads in flight together would share one request.
def missing(n: int) -> r.GetCheckoutSessionRequest:
    return r.GetCheckoutSessionRequest(id=f"cs_test_missing{n}")


async def test_calls_beyond_the_in_flight_bound_with_no_room_to_wait_are_refused() -> None:
    stack = await start_stack(max_connections=2, max_waiting=0)
    try:
        stack.emulator.faults.inject(Fault(latency=0.5), count=2)
        slow = [asyncio.ensure_future(stack.stub.GetCheckoutSession(missing(i))) for i in range(2)]
        await asyncio.sleep(0.2)  # both slow calls now hold the two upstream slots
        err = await fails(stack.stub.GetCheckoutSession(missing(3), timeout=5))
        assert err.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        assert "2 upstream calls in flight" in (err.details() or "")
        assert details(err)["ErrorInfo"].reason == "GATEWAY_OVERLOADED"
        for call in slow:
            assert (await fails(call)).code() == grpc.StatusCode.NOT_FOUND
        assert len(stack.emulator.requests) == 2  # the refused call never reached Stripe
        # Once the slots are free, calls go through again.
        err = await fails(stack.stub.GetCheckoutSession(missing(1)))
        assert err.code() == grpc.StatusCode.NOT_FOUND
    finally:
        await stop_stack(stack)


async def test_calls_beyond_the_in_flight_bound_wait_for_a_slot() -> None:
    stack = await start_stack(max_connections=1, max_waiting=10)
    try:
        stack.emulator.faults.inject(Fault(latency=0.2), count=1)
        calls = [stack.stub.GetCheckoutSession(missing(i), timeout=5) for i in range(3)]
        results = await asyncio.gather(*(fails(c) for c in calls))
        assert [e.code() for e in results] == [grpc.StatusCode.NOT_FOUND] * 3
        assert len(stack.emulator.requests) == 3
    finally:
        await stop_stack(stack)


async def test_rate_limit_spaces_a_burst_instead_of_failing_it() -> None:
    stack = await start_stack(rate_limit=10, rate_burst=1)
    try:
        started = time.monotonic()
        calls = [stack.stub.GetCheckoutSession(missing(i), timeout=5) for i in range(4)]
        results = await asyncio.gather(*(fails(c) for c in calls))
        # A lower bound only: the fourth call cannot leave before three tenths of a second.
        assert time.monotonic() - started >= 0.3
        assert [e.code() for e in results] == [grpc.StatusCode.NOT_FOUND] * 4
    finally:
        await stop_stack(stack)


async def test_rate_limit_refuses_at_once_a_call_whose_deadline_comes_first() -> None:
    stack = await start_stack(rate_limit=0.5, rate_burst=1)
    try:
        assert (await fails(stack.stub.GetCheckoutSession(missing(1)))).code() == (
            grpc.StatusCode.NOT_FOUND
        )
        started = time.monotonic()
        err = await fails(stack.stub.GetCheckoutSession(missing(2), timeout=1.0))
        assert err.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        assert time.monotonic() - started < 1.0  # refused, not left to hit its deadline
        retry = details(err)["RetryInfo"].retry_delay
        assert 1.0 < retry.seconds + retry.nanos / 1e9 <= 2.0
        assert len(stack.emulator.requests) == 1
    finally:
        await stop_stack(stack)
