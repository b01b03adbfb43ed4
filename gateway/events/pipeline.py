"""The event pipeline: every event the gateway accepts, from webhooks or the events poller.

`submit()` only queues, so a webhook is answered before any work is done for it. One task then
takes each event in turn: a repeat of an id already seen is dropped (DedupeStore), a new one
goes to the bus, whose subscribers (watch hubs, event streams) act on it. An event is a notice:
subscribers that emit a session decide themselves whether its payload can be used as it is.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import orjson

from gateway.background import Background
from gateway.events.bus import EventBus, LocalBus
from gateway.events.dedupe import DedupeStore, MemoryDedupe

__all__ = ["MAX_QUEUED", "EventPipeline", "NotAnEvent", "check_event", "parse_event", "session_of"]

log = logging.getLogger("gateway.events")

MAX_QUEUED = 10_000  # beyond it a delivery is refused (503), and Stripe delivers it again


class NotAnEvent(ValueError):
    """The body is not JSON, or not shaped like a Stripe event."""


def parse_event(body: bytes) -> dict[str, Any]:
    """The event in a verified body (see check_event)."""
    try:
        event = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise NotAnEvent("the body is not JSON") from None
    return check_event(event)


def check_event(event: Any) -> dict[str, Any]:
    """`event` if it is an object with an `evt_` id, a type and a creation time."""
    if not isinstance(event, dict) or event.get("object", "event") != "event":
        raise NotAnEvent("the body is not a Stripe event object")
    ident, kind, created = event.get("id"), event.get("type"), event.get("created")
    if not isinstance(ident, str) or not ident.startswith("evt_"):
        raise NotAnEvent("the event has no evt_ id")
    if not isinstance(kind, str) or not kind:
        raise NotAnEvent("the event has no type")
    if not isinstance(created, int) or isinstance(created, bool):
        raise NotAnEvent("the event has no creation time")
    return event


def session_of(event: dict[str, Any]) -> dict[str, Any] | None:
    """The Checkout Session an event is about (its `data.object`), if it is about one."""
    data = event.get("data")
    session = data.get("object") if isinstance(data, dict) else None
    if not isinstance(session, dict) or session.get("object") != "checkout.session":
        return None
    return session if isinstance(session.get("id"), str) else None


class EventPipeline:
    """Queue -> de-duplication -> bus. `start()` in the serving loop, `await stop()` at the end."""

    def __init__(
        self,
        *,
        dedupe: DedupeStore | None = None,
        bus: EventBus | None = None,
        max_queued: int = MAX_QUEUED,
    ) -> None:
        self.dedupe: DedupeStore = dedupe or MemoryDedupe()
        self.bus: EventBus = bus or LocalBus()
        self._queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(max_queued)
        self._background = Background("events")
        self.accepted = 0
        self.duplicates = 0

    def start(self) -> None:
        self._background.start(self._run())

    async def stop(self) -> None:
        await self._background.stop()

    def submit(self, event: dict[str, Any]) -> bool:
        """Queue a parsed event; False when the queue is full (the sender should retry)."""
        try:
            self._queue.put_nowait(event)
        except asyncio.QueueFull:
            log.warning("event queue full: refusing %s", event.get("id"))
            return False
        return True

    async def join(self) -> None:
        """Until every event submitted so far has been handled."""
        await self._queue.join()

    async def _run(self) -> None:
        while True:
            event = await self._queue.get()
            try:
                await self._handle(event)
            except Exception:  # the pipeline outlives any one event
                log.exception("event %s could not be handled", event.get("id"))
            finally:
                self._queue.task_done()

    async def _handle(self, event: dict[str, Any]) -> None:
        ident = str(event["id"])
        if not await self.dedupe.first_seen(ident):
            self.duplicates += 1
            log.debug("event %s %s: a repeat, dropped", ident, event.get("type"))
            return
        self.accepted += 1
        log.info("event %s %s accepted", ident, event.get("type"))
        await self.bus.publish(event)
