"""`--events-poll`: reads `GET /v1/events` from a stored cursor into the event pipeline.

For a gateway Stripe's webhooks cannot reach. The cursor starts at the newest event when the
poller first runs (it feeds what happens from then on, not 30 days of history) and moves only
past events the pipeline took, so a full queue or a failed read loses nothing. `CursorStore`
is the interface; a store shared by replicas (with the poller under a lease) implements it.
"""

from __future__ import annotations

import asyncio
import logging
import random as _random
from collections.abc import Awaitable, Callable
from typing import Protocol

from gateway.background import Background
from gateway.events.feed import ALL_SESSION_EVENTS, EventFeed
from gateway.events.pipeline import EventPipeline, NotAnEvent, check_event
from gateway.exceptions import StripeAPIError

__all__ = ["CursorStore", "EventsPoller", "MemoryCursor"]

log = logging.getLogger("gateway.events")

FILTERS = [("type", ALL_SESSION_EVENTS)]
FROM_THE_OLDEST = ""  # the cursor of a feed that started before any event


class CursorStore(Protocol):
    async def get(self) -> str | None: ...

    async def set(self, cursor: str) -> None: ...


class MemoryCursor:
    def __init__(self, cursor: str | None = None) -> None:
        self.cursor = cursor

    async def get(self) -> str | None:
        return self.cursor

    async def set(self, cursor: str) -> None:
        self.cursor = cursor


class EventsPoller:
    def __init__(
        self,
        feed: EventFeed,
        pipeline: EventPipeline,
        interval: float,
        *,
        cursor: CursorStore | None = None,
        random: Callable[[], float] = _random.random,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if interval <= 0:
            raise ValueError("interval must be > 0")
        self._feed, self._pipeline, self._interval = feed, pipeline, interval
        self.cursor: CursorStore = cursor or MemoryCursor()
        self._random, self._sleep = random, sleep
        self._started = False
        self._background = Background("events-poller")
        self.reads = 0

    def start(self) -> None:
        self._background.start(self.run())

    async def stop(self) -> None:
        await self._background.stop()

    async def poll_once(self) -> int:
        """One read: every event after the cursor into the pipeline; how many it took."""
        self.reads += 1
        cursor = await self.cursor.get()
        if cursor is None and not self._started:
            newest = await self._feed.newest(FILTERS)
            self._started = True
            # With no event yet, the empty cursor still says the feed has started, so a replica
            # taking over the lease reads every event since, not from the newest on.
            await self.cursor.set(str(newest["id"]) if newest is not None else FROM_THE_OLDEST)
            return 0
        self._started = True
        taken = 0
        try:
            async for raw in self._feed.after(cursor or None, FILTERS):
                try:
                    event = check_event(raw)
                except NotAnEvent as exc:
                    log.warning("events poller: skipping an item of /v1/events: %s", exc)
                    continue
                if not self._pipeline.submit(event):
                    break  # the queue is full: the next read starts from here
                taken += 1
                await self.cursor.set(event["id"])
        except StripeAPIError as exc:
            if not (cursor and _names_a_missing_cursor(exc)):
                raise
            # Its event is past Stripe's retention (a poller away 30 days; the emulator's cap):
            # every event still kept is newer, so reading on from the oldest loses no more.
            log.warning(
                "events poller: the cursor's event %s is gone from /v1/events; reading on from "
                "the oldest event kept (what came between is lost)",
                cursor,
            )
            await self.cursor.set(FROM_THE_OLDEST)
        return taken

    async def run(self) -> None:
        while True:
            try:
                await self.poll_once()
            except Exception as exc:  # Stripe unreachable, rate limited...: read again later
                log.warning("events poller: reading /v1/events failed: %s", exc)
            # Jittered to 50-100%, so replicas started together do not read together.
            await self._sleep(self._interval * 0.5 * (1 + self._random()))


def _names_a_missing_cursor(exc: StripeAPIError) -> bool:
    return exc.field("code") == "resource_missing" and exc.field("param") == "ending_before"
