"""Prometheus metrics: gRPC server metrics under go-grpc-prometheus's names, and upstream ones.

py-grpc-prometheus does not support grpc.aio, so the server side is this module's own small
interceptor (interception.py) on prometheus-client, with go-grpc-prometheus's names and
labels, so existing dashboards and alerts work unchanged; `grpc_server_handled_total` also
has a `caller` label (gateway.identity; `-` when no caller was established): callers are
authenticated identities, never tokens, and past MAX_CALLERS distinct ones a process counts
the rest as `other`, since a refused caller (a certificate the CA issued, a valid JWT) is an
identity the policy does not bound. The upstream side is an observer the StripeClient calls
per attempt.

Everything is registered in prometheus-client's default registry, which `serve_metrics`
serves, so any module may register its own metrics there. With `--workers N`, prometheus-
client's multiprocess mode: the supervisor points PROMETHEUS_MULTIPROC_DIR at a fresh
directory before spawning the workers, which write their samples there, and serves the sum.
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import tempfile
import time
from typing import Any
from wsgiref.simple_server import WSGIServer

import grpc
from prometheus_client import (
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    start_http_server,
)
from prometheus_client import multiprocess as prometheus_multiprocess

from gateway.admission import CONNECTIONS
from gateway.exceptions import Overloaded
from gateway.identity import current_caller
from gateway.observe import Attempt, UpstreamObserver, failure_kind
from gateway.telemetry.interception import Observation, ObservingInterceptor, Rpc

__all__ = [
    "Metrics",
    "MetricsInterceptor",
    "SupervisorMetrics",
    "UpstreamMetrics",
    "default_metrics",
    "multiprocess_mode",
    "multiprocess_registry",
    "serve_metrics",
]

log = logging.getLogger("gateway.metrics")

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
SERVER_LABELS = ("grpc_type", "grpc_service", "grpc_method")
# Stripe answers in tens to hundreds of milliseconds; a retried call can take seconds.
UPSTREAM_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
# Distinct `caller` label values a process records before it counts new callers as `other`.
MAX_CALLERS = 100
WAIT_BUCKETS = (0.0, 0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    """Every metric the gateway records, registered in `registry`."""

    def __init__(self, registry: CollectorRegistry = REGISTRY) -> None:
        self.registry = r = registry
        self.started = Counter(
            "grpc_server_started_total",
            "Total number of RPCs started on the server.",
            SERVER_LABELS,
            registry=r,
        )
        self.handled = Counter(
            "grpc_server_handled_total",
            "Total number of RPCs completed on the server, regardless of success or failure.",
            (*SERVER_LABELS, "grpc_code", "caller"),
            registry=r,
        )
        self.received = Counter(
            "grpc_server_msg_received_total",
            "Total number of RPC stream messages received on the server.",
            SERVER_LABELS,
            registry=r,
        )
        self.sent = Counter(
            "grpc_server_msg_sent_total",
            "Total number of gRPC stream messages sent by the server.",
            SERVER_LABELS,
            registry=r,
        )
        self.handling = Histogram(
            "grpc_server_handling_seconds",
            "Histogram of response latency (seconds) of gRPC that had been application-level "
            "handled by the server.",
            SERVER_LABELS,
            registry=r,
        )
        self.upstream_requests = Counter(
            "gateway_upstream_requests_total",
            "Stripe requests by HTTP method, route template and HTTP status (or, with no "
            "answer, timeout, deadline, connection_error, cancelled).",
            ("method", "route", "status"),
            registry=r,
        )
        self.upstream_seconds = Histogram(
            "gateway_upstream_request_seconds",
            "Latency of Stripe requests (one attempt, from admission to the answer).",
            ("method", "route"),
            buckets=UPSTREAM_BUCKETS,
            registry=r,
        )
        self.upstream_retries = Counter(
            "gateway_upstream_retries_total",
            "Stripe requests retried, by reason (http_<status>, should_retry_header, "
            "timeout, connection_error).",
            ("reason",),
            registry=r,
        )
        self.admission_wait = Histogram(
            "gateway_upstream_admission_wait_seconds",
            "Time an upstream attempt waited to be admitted (rate limit and connection slot).",
            buckets=WAIT_BUCKETS,
            registry=r,
        )
        self.admission_refused = Counter(
            "gateway_upstream_admission_refused_total",
            "Upstream attempts refused by the gateway's own limits, by reason "
            "(rate_limit, connections).",
            ("reason",),
            registry=r,
        )
        self.rate_limit_wait = Histogram(
            "gateway_upstream_rate_limit_wait_seconds",
            "Time upstream attempts were held back by a rate limit bucket (gateway: "
            "--rate-limit, read, write: Stripe's buckets, caller: a caller's rate_share).",
            ("bucket",),
            buckets=WAIT_BUCKETS,
            registry=r,
        )
        self.connection_wait = Histogram(
            "gateway_upstream_connection_wait_seconds",
            "Time upstream attempts waited for a connection slot (--max-connections).",
            buckets=WAIT_BUCKETS,
            registry=r,
        )
        self._callers: set[str] = set()
        self.connections_in_use = Gauge(
            "gateway_upstream_connections_in_use",
            "Upstream requests in flight, each holding one pooled connection.",
            registry=r,
            multiprocess_mode="livesum",
        )

    def caller_label(self, caller: str | None) -> str:
        """`caller`, `-` for none, or `other` once MAX_CALLERS others have been seen."""
        if caller is None:
            return "-"
        if caller not in self._callers:
            if len(self._callers) >= MAX_CALLERS:
                return "other"
            self._callers.add(caller)
        return caller

    def waited(self, reason: str, seconds: float) -> None:
        """Admission's and the rate limits' waits (gateway.limits.Waited), each by its reason."""
        if reason == CONNECTIONS:
            self.connection_wait.observe(seconds)
        else:
            self.rate_limit_wait.labels(reason).observe(seconds)


@functools.cache
def default_metrics() -> Metrics:
    """The gateway's metrics in prometheus-client's default registry (made once a process)."""
    return Metrics(REGISTRY)


# --- the server side --------------------------------------------------------------------


class _ServerObservation(Observation):
    __slots__ = ("_labels", "_metrics", "_started")

    def __init__(self, metrics: Metrics, rpc: Rpc) -> None:
        self._metrics = metrics
        self._labels = (rpc.type, rpc.service, rpc.method)
        self._started = time.perf_counter()
        metrics.started.labels(*self._labels).inc()

    def received(self) -> None:
        self._metrics.received.labels(*self._labels).inc()

    def sent(self) -> None:
        self._metrics.sent.labels(*self._labels).inc()

    def finish(self, code: grpc.StatusCode) -> None:
        # Read now, after the inner handler ran: authentication sets it inside.
        caller = self._metrics.caller_label(current_caller())
        self._metrics.handled.labels(*self._labels, code.name, caller).inc()
        self._metrics.handling.labels(*self._labels).observe(time.perf_counter() - self._started)


class MetricsInterceptor(ObservingInterceptor):
    """go-grpc-prometheus's server metrics. Put it first: the outermost sees every refusal."""

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    def observe(self, rpc: Rpc, context: grpc.aio.ServicerContext[Any, Any]) -> Observation:
        return _ServerObservation(self.metrics, rpc)


# --- the upstream side ------------------------------------------------------------------


class _UpstreamAttempt(Attempt):
    __slots__ = ("_in_use", "_method", "_metrics", "_route", "_sent")

    def __init__(self, metrics: Metrics, method: str, route: str) -> None:
        self._metrics, self._method, self._route = metrics, method, route
        self._sent = 0.0
        self._in_use = False

    def admitted(self, waited: float) -> None:
        self._metrics.admission_wait.observe(waited)
        self._metrics.connections_in_use.inc()
        self._in_use = True
        self._sent = time.perf_counter()

    def responded(self, status: int, request_id: str | None) -> None:
        self._count(str(status))

    def failed(self, exc: BaseException) -> None:
        if isinstance(exc, Overloaded):  # admission refused it: nothing was sent
            # Only the rate limit knows when a slot comes free (RetryInfo).
            reason = "rate_limit" if exc.retry_after is not None else "connections"
            self._metrics.admission_refused.labels(reason).inc()
        elif self._in_use:  # sent, and no answer came
            self._count(failure_kind(exc))

    def _count(self, status: str) -> None:
        m = self._metrics
        m.upstream_requests.labels(self._method, self._route, status).inc()
        m.upstream_seconds.labels(self._method, self._route).observe(
            time.perf_counter() - self._sent
        )

    def end(self) -> None:
        if self._in_use:
            self._metrics.connections_in_use.dec()
            self._in_use = False


class UpstreamMetrics(UpstreamObserver):
    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    def attempt(self, method: str, route: str, number: int) -> Attempt:
        return _UpstreamAttempt(self.metrics, method, route)

    def retry(self, reason: str) -> None:
        self.metrics.upstream_retries.labels(reason).inc()


# --- serving ----------------------------------------------------------------------------


def serve_metrics(listen: str, registry: CollectorRegistry = REGISTRY) -> tuple[WSGIServer, int]:
    """Serve `registry` at http://`listen`/metrics in a thread; returns the server and its port."""
    host, _, port = listen.rpartition(":")
    if not host or not port.isdigit():
        raise ValueError(f"--metrics-listen needs host:port, not {listen!r}")
    try:
        server, _thread = start_http_server(int(port), addr=host.strip("[]"), registry=registry)
    except OSError as exc:
        raise OSError(f"cannot serve metrics on {listen}: {exc.strerror or exc}") from None
    bound = int(server.server_address[1])
    log.info("metrics on http://%s:%d/metrics", host, bound)
    return server, bound


def multiprocess_registry() -> CollectorRegistry:
    """A registry that sums the samples every worker wrote to the multiprocess directory."""
    registry = CollectorRegistry()
    prometheus_multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    return registry


def multiprocess_mode() -> bool:
    """Whether this process writes its samples for a supervisor to sum (prometheus-client's
    multiprocess mode, chosen by PROMETHEUS_MULTIPROC_DIR before the first metric is made)."""
    return bool(os.environ.get(MULTIPROC_ENV))


class SupervisorMetrics:
    """For `--workers`: a fresh directory set as PROMETHEUS_MULTIPROC_DIR for the workers spawned
    from now on, and /metrics on `listen` summing their samples (bound at once: OSError if it
    cannot be). A context manager: on exit, both are gone."""

    def __init__(self, listen: str) -> None:
        self._directory = tempfile.mkdtemp(prefix="checkout-gateway-metrics-")
        self._previous = os.environ.get(MULTIPROC_ENV)
        os.environ[MULTIPROC_ENV] = self._directory
        try:
            self._server, self.port = serve_metrics(listen, multiprocess_registry())
        except BaseException:
            self._remove()
            raise

    def __enter__(self) -> SupervisorMetrics:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._remove()

    def _remove(self) -> None:
        if self._previous is None:
            os.environ.pop(MULTIPROC_ENV, None)
        else:
            os.environ[MULTIPROC_ENV] = self._previous
        shutil.rmtree(self._directory, ignore_errors=True)
