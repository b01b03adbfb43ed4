"""The signals a gateway process records: metrics, traces, and grpc's own log lines.

`Telemetry` (recording) starts what the configuration asks for and hands the server its
interceptors (interception, metrics, tracing) and the upstream client its observer; the
supervisor of `--workers` serves their metrics' sum (`SupervisorMetrics`); `grpclog` turns
grpc's tracebacks for a caller's bad bytes into one line. The rest of the gateway imports
from here; what the upstream client reports (`gateway.observe`), the log format
(`gateway.logs`) and the caller (`gateway.identity`) sit at the top level, read by more.
"""

from __future__ import annotations

from gateway.telemetry import grpclog
from gateway.telemetry.metrics import SupervisorMetrics
from gateway.telemetry.recording import Telemetry

__all__ = ["SupervisorMetrics", "Telemetry", "grpclog"]
