"""Process start-up shared by `serve` and its workers: logging set-up and the event loop."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

__all__ = ["configure_logging", "run_async"]


def configure_logging(level: str, worker: int = 0) -> None:
    """`time LEVEL logger message` lines; a worker's logger name ends in `[worker-N]`."""
    # The log line names no thread or process: skip looking them up for every record.
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
    name = f"%(name)s[worker-{worker}]" if worker else "%(name)s"
    logging.basicConfig(level=level.upper(), format=f"%(asctime)s %(levelname)s {name} %(message)s")


def run_async(main: Coroutine[Any, Any, None]) -> None:
    """Run `main` to completion on uvloop (asyncio's own loop where uvloop is missing)."""
    try:
        import uvloop
    except ImportError:  # pragma: no cover - uvloop is a dependency off Windows
        asyncio.run(main)
    else:
        uvloop.run(main)
