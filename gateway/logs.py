"""Log set-up: text lines (the default) or one JSON object per line (`--log-format json`).

`formatter()` is the one choice of format: every logger set-up (the gateway's, its workers',
the audit trail's) takes its formatter from it. Every record gets `worker` and, inside a
traced RPC, the `trace_id` and `span_id` of the current span (`ContextFilter`); a call's line
carries its own fields (method, code, latency_ms, request_id, idempotency_key, caller) as
`extra`, which the JSON format writes as keys and the text format leaves in its message.
`rpc_line()` writes that line on `gateway.rpc`, one per RPC whoever ends it (the servicer, or
the trust boundary refusing the call), through `info_line()`: a third of `logger.info`'s cost.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Final

from opentelemetry import trace
from pythonjsonlogger.orjson import OrjsonFormatter

__all__ = [
    "LOG_FORMATS",
    "MILLISECONDS",
    "ContextFilter",
    "SecondStamp",
    "configure",
    "formatter",
    "info_line",
    "rpc_line",
]

LOG_FORMATS = ("text", "json")
# LogRecord attribute -> its key in a JSON line.
JSON_KEYS = {"levelname": "level", "name": "logger"}


def formatter(log_format: str, worker: int = 0) -> logging.Formatter:
    """The formatter for `log_format`; in text, a worker's logger name ends in `[worker-N]`."""
    if log_format == "json":
        # `time`: ISO 8601 in UTC, to the microsecond. orjson: the same object as the json
        # module's formatter writes, in half its time (a call's line 13.8 -> 6.7 us).
        return OrjsonFormatter(
            "%(levelname)s %(name)s %(message)s", rename_fields=JSON_KEYS, timestamp="time"
        )
    if log_format != "text":
        raise ValueError(f"log format must be one of {', '.join(LOG_FORMATS)}")
    return _TextFormatter(worker)


# Each millisecond's three digits, as `%03d` writes them (int formatting is a third of a line's).
MILLISECONDS: Final = [f"{ms:03d}" for ms in range(1000)]


class SecondStamp:
    """A second's date and time by `strftime(time_format, to_struct(second))`, worked out once a
    second, not once a line (the conversion and strftime are a third of formatting a line)."""

    __slots__ = ("_second", "_stamp", "_time_format", "_to_struct")

    def __init__(self, time_format: str, to_struct: Callable[[int], time.struct_time]) -> None:
        self._time_format, self._to_struct = time_format, to_struct
        self._second, self._stamp = -1, ""

    def __call__(self, second: int) -> str:
        if second != self._second:
            self._stamp = time.strftime(self._time_format, self._to_struct(second))
            self._second = second
        return self._stamp


class _TextFormatter(logging.Formatter):
    """logging.Formatter's text, with the date and time worked out once a second."""

    def __init__(self, worker: int) -> None:
        self._worker = f"[worker-{worker}]" if worker else ""
        super().__init__(f"%(asctime)s %(levelname)s %(name)s{self._worker} %(message)s")
        # Through self.converter at each new second, so a converter set later still counts.
        self._seconds = SecondStamp(self.default_time_format, lambda s: self.converter(s))

    def format(self, record: logging.LogRecord) -> str:
        """Formatter.format's steps in one for a record with no arguments, exception or stack
        (a call's line): the same text, with less asked of the record and the style."""
        if record.args or record.exc_info or record.exc_text or record.stack_info:
            return super().format(record)
        record.message = message = str(record.msg)
        record.asctime = asctime = self.formatTime(record, self.datefmt)
        return self._line(asctime, record.levelname, record.name, message)

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        if datefmt is not None or self.datefmt is not None:
            return super().formatTime(record, datefmt)
        return self._time(record.created, record.msecs)

    def info_text(self, name: str, message: str, created: float) -> str:
        """format()'s text of the INFO record of `name` with `message` (no arguments) made at
        `created` (time.time()), without the record; the formatter has no date format."""
        msecs = int((created - int(created)) * 1000)  # as LogRecord works it out
        return self._line(self._time(created, msecs), _INFO, name, message)

    def _line(self, asctime: str, levelname: str, name: str, message: str) -> str:
        # _fmt's fields put in place by an f-string: `%` looks each one up in the record's dict.
        return f"{asctime} {levelname} {name}{self._worker} {message}"

    def _time(self, created: float, msecs: float) -> str:
        ms = int(msecs)
        digits = MILLISECONDS[ms] if 0 <= ms < 1000 else f"{ms:03d}"
        return f"{self._seconds(int(created))},{digits}"  # default_msec_format's '%s,%03d'


# An INFO record's level name (LogRecord's getLevelName, as _InfoRecord's template holds it).
_INFO: Final = logging.getLevelName(logging.INFO)
# When logging was loaded, which a record's relativeCreated counts from.
_START_TIME: float = vars(logging)["_startTime"]


class _InfoRecord(logging.LogRecord):
    """An INFO record with its message made already: LogRecord's own __init__ works out a
    source file, module and argument mapping per record that a call's line has no use for.
    Its attributes are those of any record (a handler or formatter may read any of them)."""

    # The attributes of a record logged with no caller, thread or process looked up (what
    # configure() turns off), with nothing that changes from one record to the next.
    _TEMPLATE: ClassVar[dict[str, Any]] = {
        **vars(
            logging.LogRecord(
                "", logging.INFO, "(unknown file)", 0, "", (), None, "(unknown function)"
            )
        ),
        "thread": None,
        "threadName": None,
        "processName": None,
        "process": None,
    }

    def __init__(self, name: str, message: str, extra: Mapping[str, object]) -> None:
        fields = self.__dict__
        fields.update(self._TEMPLATE)
        created = time.time()
        fields["name"], fields["msg"], fields["created"] = name, message, created
        fields["msecs"] = int((created - int(created)) * 1000) + 0.0  # as LogRecord works it out
        fields["relativeCreated"] = (created - _START_TIME) * 1000
        fields.update(extra)


def info_line(logger: logging.Logger, message: str, extra: Mapping[str, object]) -> None:
    """`logger.info(message, extra=extra)` for a message with no arguments, through the same
    filters and handlers; nothing is built when INFO is off. Where logging is to look up the
    caller, thread or process (configure() turns that off), it is logger.info itself. Where
    configure()'s text handler is all the record would reach, the handler writes its line
    without a record (`_LineHandler.write_info`)."""
    if not logger.isEnabledFor(logging.INFO):
        return
    if logging._srcfile or logging.logThreads or logging.logProcesses or logging.logMultiprocessing:
        logger.info(message, extra=extra, stacklevel=2)
        return
    handler = _sole_text_handler(logger)
    if handler is None:
        logger.handle(_InfoRecord(logger.name, message, extra))
    else:
        handler.write_info(logger.name, message, extra)


def _sole_text_handler(logger: logging.Logger) -> _LineHandler | None:
    """configure()'s text handler, when an INFO record of `logger` would reach it and nothing
    else: no filter on the logger, no other handler on the way up, and on the handler only
    its ContextFilter (whose fields the text does not show). Else None: the record is made."""
    if logger.filters or logger.disabled:
        return None
    found = None
    current: logging.Logger | None = logger
    while current is not None:  # Logger.callHandlers' walk
        for handler in current.handlers:
            if found is not None or type(handler) is not _LineHandler:
                return None
            found = handler
        current = current.parent if current.propagate else None
    if found is None or found.level > logging.INFO or not found.writes_text():
        return None
    return found


RPC_LOG = logging.getLogger("gateway.rpc")


def rpc_line(
    method: str,
    code: str,
    latency_ms: float,
    *,
    request_id: str | None = None,
    idempotency_key: str | None = None,
    caller: str | None = None,
    reason: str | None = None,
) -> None:
    """The call's line: `method` (the RPC's short name), its status `code`, and for a call the
    trust boundary refused, the `reason` it gave the caller."""
    latency = f"{latency_ms:.2f}"
    message = f"rpc method={method} code={code} latency_ms={latency} request_id={request_id or '-'}"
    extra: dict[str, object] = {
        "method": method,
        "code": code,
        "latency_ms": float(latency),  # round(latency_ms, 2), without working out the digits again
        "request_id": request_id,
        "idempotency_key": idempotency_key,
        "caller": caller or "-",
    }
    if reason is not None:
        message += f" reason={reason}"
        extra["reason"] = reason
    info_line(RPC_LOG, message, extra)


class ContextFilter(logging.Filter):
    """Adds `worker` (0: a single process or the supervisor) and the current span's ids."""

    def __init__(self, worker: int = 0) -> None:
        super().__init__()
        self.worker = worker

    def filter(self, record: logging.LogRecord) -> bool:
        record.worker = self.worker
        span = trace.get_current_span()
        if span is trace.INVALID_SPAN:  # outside any span: no context to ask
            return True
        ids = span.get_span_context()
        if ids.is_valid:
            record.trace_id = format(ids.trace_id, "032x")
            record.span_id = format(ids.span_id, "016x")
        return True


class _LineHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """StreamHandler to stderr, its emit in one step: StreamHandler.flush takes the lock that
    handle() holds already, and checks the stream again, for every line."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            stream = self.stream
            stream.write(self.format(record) + self.terminator)
            stream.flush()
        except RecursionError:  # as StreamHandler.emit: see CPython issue 36272
            raise
        except Exception:
            self.handleError(record)

    def writes_text(self) -> bool:
        """Whether a record's line is the text formatter's, with only the ContextFilter on."""
        formatter, filters = self.formatter, self.filters
        return (
            type(formatter) is _TextFormatter
            and formatter.datefmt is None
            and len(filters) == 1
            and type(filters[0]) is ContextFilter
        )

    def write_info(self, name: str, message: str, extra: Mapping[str, object]) -> None:
        """What handle() writes of the INFO record info_line would make, without making it: a
        record, its logging calls and its filter were a third of a call's line (rpc_line 45.4k
        -> 28.1k instructions). Only when `_sole_text_handler` found this handler."""
        created = time.time()
        self.acquire()
        try:
            stream = self.stream
            text = self.formatter.info_text(name, message, created)  # type: ignore[union-attr]
            stream.write(text + self.terminator)
            stream.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(_InfoRecord(name, message, extra))
        finally:
            self.release()


def configure(level: str, log_format: str = "text", worker: int = 0) -> None:
    """One handler on the root logger, to stderr, in `log_format`."""
    # The line names no thread or process: skip looking them up for every record. Nor the
    # caller's file and line: no frame walk per record (logging's documented switch).
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
    logging._srcfile = None
    handler = _LineHandler()
    handler.setFormatter(formatter(log_format, worker))
    handler.addFilter(ContextFilter(worker))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level.upper())
