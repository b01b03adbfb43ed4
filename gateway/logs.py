"""Log set-up: text lines (the default) or one JSON object per line (`--log-format json`).

`formatter()` is the one choice of format: every logger set-up (the gateway's, its workers',
the audit trail's) takes its formatter from it. Every record gets `worker` and, inside a
traced RPC, the `trace_id` and `span_id` of the current span (`ContextFilter`); a call's line
carries its own fields (method, code, latency_ms, request_id, idempotency_key, caller) as
`extra`, which the JSON format writes as keys and the text format leaves in its message.
"""

from __future__ import annotations

import logging

from opentelemetry import trace
from pythonjsonlogger.json import JsonFormatter

__all__ = ["LOG_FORMATS", "ContextFilter", "configure", "formatter"]

LOG_FORMATS = ("text", "json")
# LogRecord attribute -> its key in a JSON line.
JSON_KEYS = {"levelname": "level", "name": "logger"}


def formatter(log_format: str, worker: int = 0) -> logging.Formatter:
    """The formatter for `log_format`; in text, a worker's logger name ends in `[worker-N]`."""
    if log_format == "json":
        # `time`: ISO 8601 in UTC, to the microsecond.
        return JsonFormatter(
            "%(levelname)s %(name)s %(message)s", rename_fields=JSON_KEYS, timestamp="time"
        )
    if log_format != "text":
        raise ValueError(f"log format must be one of {', '.join(LOG_FORMATS)}")
    name = f"%(name)s[worker-{worker}]" if worker else "%(name)s"
    return logging.Formatter(f"%(asctime)s %(levelname)s {name} %(message)s")


class ContextFilter(logging.Filter):
    """Adds `worker` (0: a single process or the supervisor) and the current span's ids."""

    def __init__(self, worker: int = 0) -> None:
        super().__init__()
        self.worker = worker

    def filter(self, record: logging.LogRecord) -> bool:
        record.worker = self.worker
        span = trace.get_current_span().get_span_context()
        if span.is_valid:
            record.trace_id = format(span.trace_id, "032x")
            record.span_id = format(span.span_id, "016x")
        return True


def configure(level: str, log_format: str = "text", worker: int = 0) -> None:
    """One handler on the root logger, to stderr, in `log_format`."""
    # The line names no thread or process: skip looking them up for every record. Nor the
    # caller's file and line: no frame walk per record (logging's documented switch).
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
    logging._srcfile = None
    handler = logging.StreamHandler()
    handler.setFormatter(formatter(log_format, worker))
    handler.addFilter(ContextFilter(worker))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level.upper())
