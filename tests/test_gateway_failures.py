"""Errors, deadlines, cancellation and path safety, over real sockets."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import TypedDict, TypeVar

import grpc
import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2 as r
from google.protobuf import any_pb2
from google.protobuf.message import Message
from google.rpc import error_details_pb2, status_pb2

from stripe_emulator import Fault
from tests import protos
from tests.conftest import Stack, start_stack, stop_stack
from tests.test_gateway_rpcs import create_request

Get = r.GetCheckoutSessionRequest
M = TypeVar("M", bound=Message)


class Details(TypedDict, total=False):
    """The google.rpc details the gateway sends, by type name."""

    ErrorInfo: error_details_pb2.ErrorInfo
    BadRequest: error_details_pb2.BadRequest
    RetryInfo: error_details_pb2.RetryInfo
    RequestInfo: error_details_pb2.RequestInfo


def _unpacked(any_: any_pb2.Any, message: M) -> M:
    any_.Unpack(message)
    return message


def details(err: grpc.aio.AioRpcError) -> Details:
    """The google.rpc details of an error, by type name."""
    raw = dict(err.trailing_metadata() or ())["grpc-status-details-bin"]
    status = status_pb2.Status.FromString(raw)
    out: Details = {}
    for any_ in status.details:
        if any_.Is(protos.descriptor(error_details_pb2.ErrorInfo)):
            out["ErrorInfo"] = _unpacked(any_, error_details_pb2.ErrorInfo())
        elif any_.Is(protos.descriptor(error_details_pb2.BadRequest)):
            out["BadRequest"] = _unpacked(any_, error_details_pb2.BadRequest())
        elif any_.Is(protos.descriptor(error_details_pb2.RetryInfo)):
            out["RetryInfo"] = _unpacked(any_, error_details_pb2.RetryInfo())
        elif any_.Is(protos.descriptor(error_details_pb2.RequestInfo)):
            out["RequestInfo"] = _unpacked(any_, error_details_pb2.RequestInfo())
    return out


async def fails(call: Awaitable[object]) -> grpc.aio.AioRpcError:
    with pytest.raises(grpc.aio.AioRpcError) as err:
        await call
    return err.value


FAULTS = [
    (Fault(status=429), grpc.StatusCode.RESOURCE_EXHAUSTED, "RATE_LIMIT"),
    (Fault(status=429, code="lock_timeout"), grpc.StatusCode.ABORTED, "LOCK_TIMEOUT"),
    (Fault(status=500), grpc.StatusCode.INTERNAL, "API_ERROR"),
    (Fault(status=503), grpc.StatusCode.UNAVAILABLE, "API_ERROR"),
    (Fault(drop="before"), grpc.StatusCode.UNAVAILABLE, "UPSTREAM_UNAVAILABLE"),
    (Fault(drop="after"), grpc.StatusCode.UNAVAILABLE, "UPSTREAM_UNAVAILABLE"),
    (Fault(body="truncated"), grpc.StatusCode.UNKNOWN, "UPSTREAM_BAD_RESPONSE"),
    (Fault(body="non_json"), grpc.StatusCode.UNKNOWN, "UPSTREAM_BAD_RESPONSE"),
]


@pytest.mark.parametrize(("fault", "code", "reason"), FAULTS, ids=[str(f[0]) for f in FAULTS])
async def test_upstream_fault_maps_to_status_and_next_call_succeeds(
    stack: Stack, fault: Fault, code: grpc.StatusCode, reason: str
) -> None:
    created = await stack.stub.CreateCheckoutSession(create_request())
    stack.emulator.faults.inject(fault)
    # A POST: aiohttp itself retries a GET once when a kept-alive connection drops.
    update = r.UpdateCheckoutSessionRequest(id=created.id, metadata={"k": "v"})
    err = await fails(stack.stub.UpdateCheckoutSession(update))
    assert err.code() == code
    info = details(err)["ErrorInfo"]
    assert info.reason == reason
    if code == grpc.StatusCode.RESOURCE_EXHAUSTED:
        assert "RetryInfo" in details(err)
    assert (await stack.stub.GetCheckoutSession(Get(id=created.id))).id == created.id


async def test_unknown_id_is_not_found_with_request_id(stack: Stack) -> None:
    err = await fails(stack.stub.GetCheckoutSession(Get(id="cs_test_doesnotexist")))
    assert err.code() == grpc.StatusCode.NOT_FOUND
    assert "No such checkout.session" in (err.details() or "")
    request_id = dict(err.trailing_metadata() or ())["request-id"]
    assert request_id.startswith("req_")
    assert details(err)["RequestInfo"].request_id == request_id
    assert details(err)["ErrorInfo"].domain == "stripe.com"


async def test_stripe_param_error_names_the_field(stack: Stack) -> None:
    request = create_request(line_items=[{"price": "price_doesnotexist", "quantity": 1}])
    err = await fails(stack.stub.CreateCheckoutSession(request))
    assert err.code() == grpc.StatusCode.NOT_FOUND  # Stripe's code resource_missing
    violation = details(err)["BadRequest"].field_violations[0]
    assert violation.field == "line_items[0][price]"


async def test_wrong_key_is_unauthenticated_and_never_echoed() -> None:
    stack = await start_stack(api_key="sk_test_wrongwrongwrongwrong1234")
    try:
        err = await fails(stack.stub.GetCheckoutSession(Get(id="cs_test_x")))
        assert err.code() == grpc.StatusCode.UNAUTHENTICATED
        assert "wrongwrongwrong" not in (err.details() or "")
    finally:
        await stop_stack(stack)


async def test_callers_deadline_bounds_the_upstream_call(stack: Stack) -> None:
    stack.emulator.faults.inject(Fault(latency=5.0))
    loop = asyncio.get_running_loop()
    started = loop.time()
    err = await fails(stack.stub.GetCheckoutSession(Get(id="cs_test_slow"), timeout=0.3))
    assert err.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    assert loop.time() - started < 2.0


async def test_default_timeout_applies_without_a_deadline() -> None:
    stack = await start_stack(default_timeout=0.3)
    try:
        stack.emulator.faults.inject(Fault(latency=5.0))
        err = await fails(stack.stub.GetCheckoutSession(Get(id="cs_test_slow")))
        assert err.code() == grpc.StatusCode.DEADLINE_EXCEEDED
        assert details(err)["ErrorInfo"].reason == "UPSTREAM_TIMEOUT"
    finally:
        await stop_stack(stack)


async def test_cancellation_cancels_the_upstream_call(
    stack: Stack, caplog: pytest.LogCaptureFixture
) -> None:
    stack.emulator.faults.inject(Fault(latency=5.0))
    caplog.set_level(logging.INFO, logger="gateway.rpc")
    call = stack.stub.GetCheckoutSession(Get(id="cs_test_slow"))
    await asyncio.sleep(0.2)
    call.cancel()
    for _ in range(50):
        if "code=CANCELLED" in caplog.text:
            break
        await asyncio.sleep(0.05)
    assert "method=GetCheckoutSession code=CANCELLED" in caplog.text


async def test_failure_mid_stream_ends_it_after_the_items_sent() -> None:
    stack = await start_stack(seed=250)
    try:
        stack.emulator.faults.inject(Fault())  # the first page passes
        stack.emulator.faults.inject(Fault(status=500))
        received = []
        with pytest.raises(grpc.aio.AioRpcError) as err:
            async for session in stack.stub.StreamCheckoutSessions(
                r.StreamCheckoutSessionsRequest()
            ):
                received.append(session.id)
        assert err.value.code() == grpc.StatusCode.INTERNAL
        assert len(received) == 100
    finally:
        await stop_stack(stack)


async def test_cancelling_a_stream_stops_fetching() -> None:
    stack = await start_stack(seed=250)
    try:
        stack.emulator.faults.inject(Fault(latency=0.3), count=None)
        stream = stack.stub.StreamCheckoutSessions(r.StreamCheckoutSessionsRequest())
        await stream.read()
        stream.cancel()
        await asyncio.sleep(1.0)
        pages = [q for q in stack.emulator.requests if q.path.startswith("/v1/checkout/sessions?")]
        assert len(pages) <= 2  # the first page and at most the one prefetched
    finally:
        await stop_stack(stack)


PATH_INJECTION = [
    "../customers",
    "cs_test_1/../../v1/customers",
    "cs_test_1%2F..%2Fcustomers",
    "cs_test_1%2e%2e",
    "cs_test_1?expand[]=customer",
    "cs_test_1#x",
    "cs_test 1",
    "cs_test_1\r\nX-Injected: 1",
    "cs_test_1\n",
    "\tcs_test_1",
    "cs_" + "a" * 253,
    "pi_123",
    "cus_123",
    "price_1EmuMug000000000000000",
    "",
    "cs_tést",
    "cs_test_1/expire",
]


@pytest.mark.parametrize("bad_id", PATH_INJECTION)
async def test_path_injection_never_reaches_stripe(stack: Stack, bad_id: str) -> None:
    before = len(stack.emulator.requests)
    for call in (
        stack.stub.GetCheckoutSession(Get(id=bad_id)),
        stack.stub.UpdateCheckoutSession(r.UpdateCheckoutSessionRequest(id=bad_id)),
        stack.stub.ExpireCheckoutSession(r.ExpireCheckoutSessionRequest(id=bad_id)),
        stack.stub.ListCheckoutSessionLineItems(r.ListCheckoutSessionLineItemsRequest(id=bad_id)),
    ):
        err = await fails(call)
        assert err.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert details(err)["BadRequest"].field_violations[0].field == "id"
    stream = stack.stub.StreamCheckoutSessionLineItems(
        r.StreamCheckoutSessionLineItemsRequest(id=bad_id)
    )
    with pytest.raises(grpc.aio.AioRpcError) as err:
        await stream.read()
    assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert len(stack.emulator.requests) == before


@pytest.mark.parametrize("rpc", ["ListCheckoutSessions", "StreamCheckoutSessions"])
async def test_parameters_too_long_for_a_url_are_refused_before_the_call(
    stack: Stack, rpc: str
) -> None:
    request_type = getattr(r, f"{rpc}Request")
    call = getattr(stack.stub, rpc)(request_type(customer="日" * 2000))
    if rpc.startswith("Stream"):
        call = call.read()
    err = await fails(call)
    assert err.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert details(err)["BadRequest"].field_violations[0].field == "customer"
    assert not stack.emulator.requests
