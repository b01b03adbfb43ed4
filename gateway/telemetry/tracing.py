"""OpenTelemetry traces: one server span per RPC, one client span per Stripe attempt.

Off unless the standard OTEL_* environment variables configure it: an OTLP endpoint
(OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT), OTEL_TRACES_EXPORTER
unset or `otlp`, OTEL_SDK_DISABLED not `true`. The SDK and the OTLP/gRPC exporter read the
rest themselves (OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES, OTEL_TRACES_SAMPLER, headers,
OTEL_BSP_*). The server span continues the caller's W3C `traceparent` from gRPC metadata
(OTEL_PROPAGATORS may change the format). Only the gateway's own upstream attempt is
instrumented, not httpx or aiohttp under it, so no span is doubled; nothing is injected
into the requests to Stripe, so `traceparent` never leaves for Stripe.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import grpc
from opentelemetry import context as otel_context
from opentelemetry import propagate, trace
from opentelemetry.sdk.resources import SERVICE_NAME, Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from opentelemetry.trace import SpanKind, Status, StatusCode

from gateway.identity import current_caller
from gateway.observe import Attempt, UpstreamObserver, failure_kind
from gateway.telemetry.interception import Observation, ObservingInterceptor, Rpc

__all__ = ["Tracing", "TracingInterceptor", "UpstreamTracing", "tracing_from_environment"]

DEFAULT_SERVICE_NAME = "checkout-gateway"
INSTRUMENTATION = "gateway.tracing"
UNTRACED_SERVICES = frozenset({"grpc.health.v1.Health"})
# The server span's status is an error for these codes only (OpenTelemetry's gRPC conventions:
# the others are the caller's mistakes, not the server's).
SERVER_ERROR_CODES = frozenset(
    {
        grpc.StatusCode.UNKNOWN,
        grpc.StatusCode.DEADLINE_EXCEEDED,
        grpc.StatusCode.UNIMPLEMENTED,
        grpc.StatusCode.INTERNAL,
        grpc.StatusCode.UNAVAILABLE,
        grpc.StatusCode.DATA_LOSS,
    }
)


def enabled(environ: Mapping[str, str]) -> bool:
    """Whether the OTEL_* variables ask for traces exported over OTLP."""
    if environ.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return False
    if environ.get("OTEL_TRACES_EXPORTER", "otlp").strip().lower() != "otlp":
        return False
    return bool(
        environ.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")
        or environ.get("OTEL_EXPORTER_OTLP_ENDPOINT")
    )


class Tracing:
    """A tracer provider exporting over OTLP/gRPC; `shutdown()` flushes what is pending."""

    def __init__(self, provider: TracerProvider) -> None:
        self.provider = provider
        self.tracer = provider.get_tracer(INSTRUMENTATION)

    def shutdown(self) -> None:
        self.provider.shutdown()


def tracing_from_environment(environ: Mapping[str, str] = os.environ) -> Tracing | None:
    """A Tracing configured by the OTEL_* variables, or None when they do not ask for one."""
    if not enabled(environ):
        return None
    from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter

    named = "OTEL_SERVICE_NAME" in environ or "service.name=" in environ.get(
        "OTEL_RESOURCE_ATTRIBUTES", ""
    )
    resource = Resource.create({} if named else {SERVICE_NAME: DEFAULT_SERVICE_NAME})
    provider = TracerProvider(resource=resource)  # the sampler from OTEL_TRACES_SAMPLER
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    return Tracing(provider)


# --- the server span ------------------------------------------------------------------


class _ServerSpan(Observation):
    __slots__ = ("_span", "_token")

    def __init__(self, tracer: trace.Tracer, rpc: Rpc) -> None:
        carrier = {k: v for k, v in rpc.metadata if isinstance(v, str)}
        parent = propagate.extract(carrier)
        self._span = tracer.start_span(
            rpc.full_method,
            context=parent,
            kind=SpanKind.SERVER,
            attributes={
                "rpc.system": "grpc",
                "rpc.service": rpc.service,
                "rpc.method": rpc.method,
            },
        )
        # Current for the rest of the RPC (one asyncio task): the Stripe attempts' parent.
        self._token = otel_context.attach(trace.set_span_in_context(self._span, parent))

    def finish(self, code: grpc.StatusCode) -> None:
        span = self._span
        span.set_attribute("rpc.grpc.status_code", code.value[0])
        span.set_attribute("gateway.caller", current_caller() or "-")
        if code in SERVER_ERROR_CODES:
            span.set_status(Status(StatusCode.ERROR, code.name))
        otel_context.detach(self._token)
        span.end()


class TracingInterceptor(ObservingInterceptor):
    def __init__(self, tracing: Tracing) -> None:
        self.tracer = tracing.tracer

    def observes(self, rpc: Rpc) -> bool:
        # Probes call health every few seconds: a trace each would bury the calls' traces.
        return rpc.service not in UNTRACED_SERVICES

    def observe(self, rpc: Rpc, context: grpc.aio.ServicerContext[Any, Any]) -> Observation:
        return _ServerSpan(self.tracer, rpc)


# --- a client span per Stripe attempt ---------------------------------------------------


class _ClientSpan(Attempt):
    __slots__ = ("_span",)

    def __init__(self, tracer: trace.Tracer, method: str, route: str, number: int) -> None:
        # The parent is the current span: the RPC's server span.
        self._span = tracer.start_span(
            f"{method} {route}",
            kind=SpanKind.CLIENT,
            attributes={
                "http.request.method": method,
                "url.template": route,
                "gateway.attempt": number,
                "http.request.resend_count": number - 1,
            },
        )

    def admitted(self, waited: float) -> None:
        self._span.add_event("admitted", {"gateway.admission.wait_seconds": waited})

    def responded(self, status: int, request_id: str | None) -> None:
        self._span.set_attribute("http.response.status_code", status)
        if request_id:
            self._span.set_attribute("stripe.request_id", request_id)
        if status >= 400:
            self._span.set_status(Status(StatusCode.ERROR, str(status)))

    def failed(self, exc: BaseException) -> None:
        self._span.set_attribute("error.type", failure_kind(exc))
        self._span.set_status(Status(StatusCode.ERROR, type(exc).__name__))

    def end(self) -> None:
        self._span.end()


class UpstreamTracing(UpstreamObserver):
    def __init__(self, tracing: Tracing) -> None:
        self.tracer = tracing.tracer

    def attempt(self, method: str, route: str, number: int) -> Attempt:
        return _ClientSpan(self.tracer, method, route, number)
