"""The caller's deadline: the gateway answers DEADLINE_EXCEEDED itself, with its trailers."""

from __future__ import annotations

import asyncio
import random
import uuid

import grpc
import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2 as r

from gateway.deadlines import MARGIN_FIXED, MARGIN_FRACTION, upstream_budget
from stripe_emulator import Fault
from tests.conftest import Stack, start_stack, stop_stack
from tests.test_gateway_failures import details
from tests.test_gateway_rpcs import create_request


def tracebacks(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Every captured record that carries a traceback, as `logger: message`."""
    return [
        f"{rec.name}: {rec.getMessage()}"
        for rec in caplog.records
        if rec.exc_info or rec.exc_text or "Traceback" in rec.getMessage()
    ]


@pytest.mark.parametrize(
    ("remaining", "budget"),
    [(0.0, 0.0), (MARGIN_FIXED, 0.0), (1.0, 1.0 - MARGIN_FRACTION - MARGIN_FIXED), (30.0, 28.49)],
)
def test_upstream_budget(remaining: float, budget: float) -> None:
    assert upstream_budget(remaining) == pytest.approx(budget)


def test_the_margin_grows_with_the_time_remaining() -> None:
    assert 1.0 - upstream_budget(1.0) < 10.0 - upstream_budget(10.0)


# Issue 12's first reproduction: a 3 s upstream, a 1 s deadline.
async def test_a_post_past_its_deadline_returns_the_idempotency_key(
    stack: Stack, caplog: pytest.LogCaptureFixture
) -> None:
    stack.emulator.faults.inject(Fault(latency=3.0, method="POST"))
    call = stack.stub.CreateCheckoutSession(create_request(), timeout=1.0)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    err = caught.value
    assert err.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    trailers = dict(err.trailing_metadata() or ())
    assert uuid.UUID(str(trailers["idempotency-key"]))
    assert details(err)["ErrorInfo"].reason == "DEADLINE_EXCEEDED"
    assert tracebacks(caplog) == []


async def test_the_callers_own_key_comes_back_on_deadline_exceeded(stack: Stack) -> None:
    stack.emulator.faults.inject(Fault(latency=3.0, method="POST"))
    call = stack.stub.CreateCheckoutSession(
        create_request(), timeout=1.0, metadata=(("idempotency-key", "order-77"),)
    )
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    assert caught.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    assert dict(caught.value.trailing_metadata() or ())["idempotency-key"] == "order-77"


async def test_a_stream_past_its_deadline_returns_the_last_request_id(
    caplog: pytest.LogCaptureFixture,
) -> None:
    stack = await start_stack(seed=150)
    try:
        stack.emulator.faults.inject(Fault())  # the first page passes
        stack.emulator.faults.inject(Fault(latency=3.0))
        received = 0
        stream = stack.stub.StreamCheckoutSessions(r.StreamCheckoutSessionsRequest(), timeout=1.5)
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            async for _ in stream:
                received += 1
        err = caught.value
        assert received == 100
        assert err.code() == grpc.StatusCode.DEADLINE_EXCEEDED
        trailers = dict(err.trailing_metadata() or ())
        assert trailers["request-id"].startswith("req_")  # the first page's
        assert tracebacks(caplog) == []
    finally:
        await stop_stack(stack)


# A deadline equal to the upstream latency, many times over, some calls cancelled by their
# callers on the way: every call not cancelled gets its key; only cancelled ones go without.
LATENCY = 2.0


async def test_deadline_race_always_returns_the_key_unless_the_caller_cancelled(
    caplog: pytest.LogCaptureFixture,
) -> None:
    stack = await start_stack()
    stack.emulator.faults.inject(Fault(latency=LATENCY, method="POST"), count=None)
    rng = random.Random(12)

    async def one(cancel_after: float | None) -> tuple[bool, grpc.StatusCode, dict[str, str]]:
        call = stack.stub.CreateCheckoutSession(create_request(), timeout=LATENCY)
        if cancel_after is not None:
            await asyncio.sleep(cancel_after)
            call.cancel()
        try:
            await call
        except grpc.aio.AioRpcError as err:
            return False, err.code(), dict(err.trailing_metadata() or ())
        except asyncio.CancelledError:
            return True, await call.code(), dict(await call.trailing_metadata() or ())
        raise AssertionError("a call slower than its deadline succeeded")

    try:
        for _ in range(3):
            plans = [rng.uniform(0.1, LATENCY * 0.9) if i % 4 == 0 else None for i in range(24)]
            results = await asyncio.gather(*(one(p) for p in plans))
            for cancelled, code, trailers in results:
                if cancelled:
                    assert code == grpc.StatusCode.CANCELLED
                else:
                    assert code == grpc.StatusCode.DEADLINE_EXCEEDED
                    assert "idempotency-key" in trailers, trailers
        assert tracebacks(caplog) == []
    finally:
        await stop_stack(stack)
