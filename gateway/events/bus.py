"""Accepted events, fanned out to everything in this process that waits for them.

`EventBus` is the interface; `LocalBus` delivers within one process. A bus shared by replicas
(a Redis Stream every replica reads) implements the same two methods and calls the same
subscribers, so a watcher on any replica sees an event received by any other.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

__all__ = ["EventBus", "LocalBus", "Subscriber"]

log = logging.getLogger("gateway.events")

# Called in the event loop for every event; must not block (it signals, it does not work).
Subscriber = Callable[[dict[str, Any]], None]


class EventBus(Protocol):
    async def publish(self, event: dict[str, Any]) -> None: ...

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Adds `subscriber`; the returned function removes it."""
        ...


class LocalBus:
    def __init__(self) -> None:
        self._subscribers: dict[int, Subscriber] = {}
        self._next = 0

    def __len__(self) -> int:
        return len(self._subscribers)

    async def publish(self, event: dict[str, Any]) -> None:
        for subscriber in list(self._subscribers.values()):
            try:
                subscriber(event)
            except Exception:  # one broken subscriber must not starve the others
                log.exception("event subscriber failed on %s", event.get("id"))

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        key = self._next
        self._next += 1
        self._subscribers[key] = subscriber
        return lambda: self._subscribers.pop(key, None) and None
