"""Request bytes that are not the RPC's message: INVALID_ARGUMENT, and no traceback."""

from __future__ import annotations

import logging

import grpc
import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2 as r

from gateway.wire import Undecodable, lenient
from tests.conftest import Stack
from tests.test_deadlines import tracebacks
from tests.waiting import until

SERVICE = "/checkout_gateway.v1.CheckoutSessionService/"
BAD = b"\n\x02\xff\xfe"  # field 1, length 2, then bytes that are not UTF-8 in a string field


def test_good_bytes_decode() -> None:
    request = r.GetCheckoutSessionRequest(id="cs_1")
    assert lenient(r.GetCheckoutSessionRequest)(request.SerializeToString()) == request


@pytest.mark.parametrize("data", [BAD, b"\xff", b"\n\x05ab"], ids=["not utf-8", "tag", "short"])
def test_bad_bytes_are_reported_not_raised(data: bytes) -> None:
    decoded = lenient(r.CreateCheckoutSessionRequest)(data)
    assert decoded == Undecodable(r.CreateCheckoutSessionRequest)


# Issue 12's second reproduction, for a unary RPC and a stream.
@pytest.mark.parametrize(
    ("method", "streaming"),
    [("CreateCheckoutSession", False), ("StreamCheckoutSessions", True)],
)
async def test_undecodable_request_is_invalid_argument_without_a_traceback(
    stack: Stack, caplog: pytest.LogCaptureFixture, method: str, streaming: bool
) -> None:
    caplog.set_level(logging.INFO, logger="gateway.rpc")
    if streaming:
        call: object = stack.channel.unary_stream(SERVICE + method)(BAD)
    else:
        call = stack.channel.unary_unary(SERVICE + method)(BAD)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        if streaming:
            async for _ in call:  # type: ignore[attr-defined]
                pass
        else:
            await call  # type: ignore[misc]
    err = caught.value
    assert err.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert err.details() == f"request is not a valid checkout_gateway.v1.{method}Request"
    # The handler writes its line as it ends, which may be just after the caller hears back.
    await until(lambda: f"rpc method={method} code=INVALID_ARGUMENT" in caplog.text, timeout=10)
    assert tracebacks(caplog) == []
    assert len(stack.emulator.requests) == 0  # never reached Stripe
