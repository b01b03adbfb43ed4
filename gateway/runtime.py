"""Process start-up shared by `serve` and its workers: logging set-up and the event loop."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

from gateway import logs

__all__ = ["configure_logging", "run_async"]


def configure_logging(level: str, worker: int = 0, log_format: str = "text") -> None:
    """`time LEVEL logger message` lines, or one JSON object per line (gateway.logs); a
    worker's logger name ends in `[worker-N]`."""
    logs.configure(level, log_format, worker)


def run_async(main: Coroutine[Any, Any, None]) -> None:
    """Run `main` to completion on uvloop (asyncio's own loop where uvloop is missing)."""
    try:
        import uvloop
    except ImportError:  # pragma: no cover - uvloop is a dependency off Windows
        asyncio.run(main)
    else:
        uvloop.run(main)
