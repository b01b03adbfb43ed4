"""grpc's own logger: what a caller did wrong or a caller's departure is not a server error.

grpc-python logs an ERROR with a traceback from `grpc._cython.cygrpc` for things a caller
causes (request metadata that is not UTF-8, whose status is already INVALID_ARGUMENT) or
that only mean the caller left (a reply that could no longer be sent). Anyone who can reach
the port could fill the log with them. This filter turns each such record into one concise
WARNING line, at most one per kind every `interval` seconds (counting the ones it held
back), and never a traceback. Any other record, a genuine server error among them, passes
unchanged.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from typing import Final

__all__ = ["GRPC_LOGGER", "QUIETED", "GrpcNoiseFilter", "install"]

GRPC_LOGGER: Final = "grpc._cython.cygrpc"

# (start of grpc's message, the exception's class name) -> the line it becomes.
QUIETED: Final[Mapping[tuple[str, str], str]] = {
    ("Invalid encoding on", "UnicodeDecodeError"): (
        "a caller sent request metadata that is not UTF-8 (its call was refused)"
    ),
    # Whatever grpc says around it: a batch that failed to send means the call had ended.
    ("", "ExecuteBatchError"): "a reply could not be sent: the caller is gone",
}


def _kind(record: logging.LogRecord) -> str | None:
    """The QUIETED line for `record`, or None if it is not one of those."""
    if record.exc_info is None or record.exc_info[0] is None:
        return None
    exception = record.exc_info[0].__name__
    message = str(record.msg)
    for (prefix, name), line in QUIETED.items():
        if name == exception and message.startswith(prefix):
            return line
    return None


class GrpcNoiseFilter(logging.Filter):
    """Rewrites QUIETED records as one WARNING line, rate-limited per kind; `clock` injected."""

    def __init__(
        self, *, interval: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__()
        self.interval, self._clock = interval, clock
        self._last: dict[str, float] = {}
        self._held: dict[str, int] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        line = _kind(record)
        if line is None:
            return True
        now = self._clock()
        last = self._last.get(line)
        if last is not None and now - last < self.interval:
            self._held[line] = self._held.get(line, 0) + 1
            return False
        held = self._held.pop(line, 0)
        self._last[line] = now
        if held:
            line = f"{line} ({held} more like it in the last {now - (last or now):.0f} s)"
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.msg, record.args = line, None
        record.exc_info = record.exc_text = record.stack_info = None
        return True


def install(filter_: GrpcNoiseFilter | None = None) -> None:
    """Put the filter on grpc's logger, once per process."""
    logger = logging.getLogger(GRPC_LOGGER)
    if not any(isinstance(f, GrpcNoiseFilter) for f in logger.filters):
        logger.addFilter(filter_ or GrpcNoiseFilter())
