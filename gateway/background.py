"""One background task an object owns: started in the running loop, cancelled at stop.

The events pipeline, the poller, its lease and the Redis stream reader each run one loop for
as long as the gateway serves; this is how each starts it and waits for it to end.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Coroutine
from typing import Any

__all__ = ["Background"]


class Background:
    """At most one task at a time, named for the logs and for debugging."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.task: asyncio.Task[None] | None = None

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
        """Cancel the task and wait until it has ended; nothing happens if none runs."""
        task, self.task = self.task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
