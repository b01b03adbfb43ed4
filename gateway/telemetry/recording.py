"""The signals one gateway process records: metrics (`--metrics-listen`) and traces (OTEL_*).

`Telemetry.start(config)` gives the server interceptors (metrics outermost, so it sees every
refusal the interceptors after it make), the upstream observer and the recorder of
admission's waits; the server wires them in, and `close()` stops what was started.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from wsgiref.simple_server import WSGIServer

import grpc

from gateway.config import Config
from gateway.limits import Waited, not_recorded
from gateway.observe import Observers, UpstreamObserver
from gateway.telemetry import metrics
from gateway.telemetry.tracing import (
    Tracing,
    TracingInterceptor,
    UpstreamTracing,
    tracing_from_environment,
)

__all__ = ["Telemetry"]

log = logging.getLogger("gateway.telemetry")


@dataclass
class Telemetry:
    interceptors: list[grpc.aio.ServerInterceptor] = field(default_factory=list)
    observer: UpstreamObserver = field(default_factory=UpstreamObserver)
    # What admission and the rate limits waited for, and how long: with metrics, recorded.
    waited: Waited = not_recorded
    metrics_port: int = 0
    _server: WSGIServer | None = None
    _tracing: Tracing | None = None

    @classmethod
    def start(cls, config: Config) -> Telemetry:
        telemetry = cls()
        observers: list[UpstreamObserver] = []
        # A worker records for its supervisor (multiprocess mode), which serves the sum.
        if config.metrics_listen or metrics.multiprocess_mode():
            recorded = metrics.default_metrics()
            telemetry.interceptors.append(metrics.MetricsInterceptor(recorded))
            observers.append(metrics.UpstreamMetrics(recorded))
            telemetry.waited = recorded.waited
        if config.metrics_listen:
            registry = metrics.multiprocess_registry() if metrics.multiprocess_mode() else None
            telemetry._server, telemetry.metrics_port = metrics.serve_metrics(
                config.metrics_listen, *([registry] if registry else [])
            )
        tracing = tracing_from_environment()
        if tracing is not None:
            telemetry._tracing = tracing
            telemetry.interceptors.append(TracingInterceptor(tracing))
            observers.append(UpstreamTracing(tracing))
            log.info("traces exported over OTLP (OTEL_* environment variables)")
        if observers:
            telemetry.observer = observers[0] if len(observers) == 1 else Observers(observers)
        return telemetry

    def close(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._tracing is not None:
            self._tracing.shutdown()  # flushes the spans still batched
            self._tracing = None
