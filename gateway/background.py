"""One background task an object owns: started in the running loop, cancelled at stop.

The events pipeline, the poller, its lease and the Redis stream reader each run one loop for
as long as the gateway serves; this is how each starts it and waits for it to end.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Coroutine
from typing import Any

__all__ = ["Background"]

log = logging.getLogger("gateway")

# How long `stop` waits for a cancelled task before cancelling it again: on Python 3.11,
# asyncio.wait_for loses a cancellation that arrives as its inner call completes (CPython
# gh-86296, fixed in 3.12), and redis-py sends every command through it, so the Redis stream
# reader went on reading after its stop (a gateway that did not exit at SIGTERM).
RECANCEL_AFTER = 2.0


class Background:
    """At most one task at a time, named for the logs and for debugging."""

    def __init__(self, name: str, recancel_after: float = RECANCEL_AFTER) -> None:
        self.name = name
        self.task: asyncio.Task[None] | None = None
        self._recancel_after = recancel_after

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, work: Coroutine[Any, Any, None]) -> None:
        """Run `work` in the running loop (closed unstarted if a task already runs)."""
        if self.task is not None:
            work.close()
            return
        self.task = asyncio.get_running_loop().create_task(work, name=self.name)

    async def stop(self) -> None:
        """Cancel the task and wait until it has ended, cancelling it again each
        `recancel_after` seconds that it runs on; nothing happens if none runs."""
        task, self.task = self.task, None
        if task is None:
            return
        task.cancel()
        while not (await asyncio.wait({task}, timeout=self._recancel_after))[0]:
            log.warning("%s: still running after it was cancelled; cancelling again", self.name)
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
