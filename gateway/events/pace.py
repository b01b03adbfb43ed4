"""Whether events arrive by themselves (webhooks, the poller, the Redis stream), as it changes.

With Redis the answer changes while the gateway runs (Redis goes away, comes back); whoever
paces its polling by it registers an asyncio.Event to be woken when it does.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

__all__ = ["Pace"]


class Pace:
    def __init__(self, arriving: bool) -> None:
        self.arriving = arriving
        self._wakes: set[asyncio.Event] = set()

    def set(self, arriving: bool) -> None:
        if arriving != self.arriving:
            self.arriving = arriving
            for wake in list(self._wakes):
                wake.set()

    def wakes(self, wake: asyncio.Event) -> Callable[[], None]:
        """Sets `wake` on every change; the returned function stops that."""
        self._wakes.add(wake)
        return lambda: self._wakes.discard(wake)
