"""OpenTelemetry traces, exported over OTLP/gRPC to a real receiver this test starts."""

from __future__ import annotations

import secrets

import grpc
import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2 as r
from grpc_health.v1 import health_pb2, health_pb2_grpc
from opentelemetry.proto.trace.v1.trace_pb2 import Span

from gateway.server import SERVICE_NAME
from gateway.telemetry.tracing import enabled
from stripe_emulator import Fault
from tests.conftest import start_stack, stop_stack
from tests.otlp_receiver import ReceivedSpan, otlp_receiver
from tests.test_gateway_rpcs import create_request


def attempt(span: ReceivedSpan) -> int:
    """The attempt number an upstream span carries (OTLP sends it as an int)."""
    number = span.attributes["gateway.attempt"]
    assert isinstance(number, int)
    return number


def traceparent() -> tuple[str, str, str]:
    """A caller's W3C traceparent, with its trace id and span id in hex."""
    trace_id, span_id = secrets.token_hex(16), secrets.token_hex(8)
    return f"00-{trace_id}-{span_id}-01", trace_id, span_id


@pytest.fixture
def otel_environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("OTEL_SDK_DISABLED", "OTEL_TRACES_EXPORTER", "OTEL_TRACES_SAMPLER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OTEL_SERVICE_NAME", "checkout-gateway-test")
    monkeypatch.setenv("OTEL_BSP_SCHEDULE_DELAY", "50")  # milliseconds
    return monkeypatch


async def test_spans_arrive_parented_to_the_callers_trace_one_client_span_per_attempt(
    otel_environment: pytest.MonkeyPatch,
) -> None:
    async with otlp_receiver() as receiver:
        otel_environment.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", f"http://127.0.0.1:{receiver.port}")
        stack = await start_stack(max_retries=1)
        try:
            created = await stack.stub.CreateCheckoutSession(create_request(), timeout=20)
            header, trace_id, caller_span = traceparent()
            stack.emulator.faults.inject(Fault(status=503, method="GET"), count=1)
            before = len(stack.emulator.requests)
            await stack.stub.GetCheckoutSession(
                r.GetCheckoutSessionRequest(id=created.id),
                metadata=[("traceparent", header)],
                timeout=20,
            )
            sent = list(stack.emulator.requests)[before:]
        finally:
            await stop_stack(stack)  # flushes the spans still batched
        # Create: 1 server + 1 client span; Get: 1 server + 2 client spans (503, then 200).
        spans = await receiver.wait_for(5)

    ours = [s for s in spans if s.span.trace_id.hex() == trace_id]
    assert len(ours) == 3
    (server,) = [s for s in ours if s.span.kind == Span.SPAN_KIND_SERVER]
    assert server.span.name == f"{SERVICE_NAME}/GetCheckoutSession"
    assert server.span.parent_span_id.hex() == caller_span  # continues the caller's trace
    assert server.attributes["rpc.grpc.status_code"] == grpc.StatusCode.OK.value[0]
    assert server.resource["service.name"] == "checkout-gateway-test"

    attempts = sorted(
        (s for s in ours if s.span.kind == Span.SPAN_KIND_CLIENT),
        key=attempt,
    )
    assert [s.span.parent_span_id for s in attempts] == [server.span.span_id] * 2
    assert [s.attributes["http.response.status_code"] for s in attempts] == [503, 200]
    assert [s.attributes["gateway.attempt"] for s in attempts] == [1, 2]
    for span in attempts:
        assert span.span.name == "GET /v1/checkout/sessions/{id}"
        assert span.attributes["http.request.method"] == "GET"
        assert span.attributes["url.template"] == "/v1/checkout/sessions/{id}"
    # Stripe's request id of each attempt, as the emulator answered it.
    assert len(sent) == 2
    ids = [s.attributes["stripe.request_id"] for s in attempts]
    assert all(isinstance(i, str) and i.startswith("req_") for i in ids) and ids[0] != ids[1]

    # The Create call, with no traceparent, is a trace of its own, root span at the gateway.
    (create,) = [s for s in spans if s.span.name.endswith("/CreateCheckoutSession")]
    assert create.span.trace_id.hex() != trace_id and not create.span.parent_span_id
    # Nothing about the trace was sent to Stripe.
    for request in sent:
        assert "traceparent" not in request.headers and "tracestate" not in request.headers


# The OTEL_* variables -> whether traces are exported.
ENABLED = [
    ({}, False),
    ({"OTEL_SERVICE_NAME": "x"}, False),
    ({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4317"}, True),
    ({"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://127.0.0.1:4317"}, True),
    ({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://c:4317", "OTEL_TRACES_EXPORTER": "otlp"}, True),
    ({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://c:4317", "OTEL_TRACES_EXPORTER": "none"}, False),
    ({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://c:4317", "OTEL_SDK_DISABLED": "true"}, False),
    ({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://c:4317", "OTEL_SDK_DISABLED": "false"}, True),
]


@pytest.mark.parametrize(("environ", "on"), ENABLED)
def test_traces_are_off_unless_the_otel_variables_ask_for_them(
    environ: dict[str, str], on: bool
) -> None:
    assert enabled(environ) is on


async def test_a_streams_page_fetches_are_client_spans_under_its_server_span(
    otel_environment: pytest.MonkeyPatch,
) -> None:
    async with otlp_receiver() as receiver:
        otel_environment.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", f"http://127.0.0.1:{receiver.port}")
        stack = await start_stack(seed=250)
        try:
            health = health_pb2_grpc.HealthStub(stack.channel)
            await health.Check(health_pb2.HealthCheckRequest(), timeout=20)  # never traced
            header, trace_id, caller_span = traceparent()
            walk = stack.stub.StreamCheckoutSessions(
                r.StreamCheckoutSessionsRequest(), metadata=[("traceparent", header)], timeout=60
            )
            assert len([item async for item in walk]) == 250
        finally:
            await stop_stack(stack)
        spans = await receiver.wait_for(4)

    assert {s.span.trace_id.hex() for s in spans} == {trace_id}  # no health check's span
    (server,) = [s for s in spans if s.span.kind == Span.SPAN_KIND_SERVER]
    assert server.span.name == f"{SERVICE_NAME}/StreamCheckoutSessions"
    assert server.span.parent_span_id.hex() == caller_span
    pages = [s for s in spans if s.span.kind == Span.SPAN_KIND_CLIENT]
    # 100 + 100 + 50, each fetched ahead, each its own call (attempt 1).
    assert len(pages) == 3
    for page in pages:
        assert page.span.parent_span_id == server.span.span_id
        assert page.span.name == "GET /v1/checkout/sessions"
        assert page.attributes["gateway.attempt"] == 1
