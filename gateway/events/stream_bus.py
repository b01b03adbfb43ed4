"""The event bus across replicas: a bounded Redis Stream that every replica appends to and reads.

`publish` hands the event to this replica's subscribers at once, then appends it (`XADD ...
MAXLEN ~`) with this replica's name; each replica's reader task reads the stream (`XREAD`) from
its own position and hands on every entry another replica appended. So a watcher on any
replica sees an event received by any other, and its own in no time.

Replicas that receive events (webhooks, the poller) say so in a key with a short TTL, so every
replica knows whether events flow through the stream (`live`) or whether it must poll. If Redis
fails, the bus delivers in this replica alone, `live` turns False (watchers poll), and the
reader retries; when Redis answers again the reader carries on from its position and `live`
turns True (watchers resume on the stream, each after one fetch, so no change is missed).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
import redis.asyncio as redis

from gateway.background import Background
from gateway.events.bus import LocalBus, Subscriber
from gateway.events.redis_outage import Outage

__all__ = ["MAXLEN", "SOURCES_KEY", "STREAM_KEY", "RedisStreamBus"]

log = logging.getLogger("gateway.events")

STREAM_KEY = "checkout-gateway:{events}:stream"
SOURCES_KEY = "checkout-gateway:{events}:sources"  # exists while some replica receives events
MAXLEN = 10_000  # about the last hour of a busy account: a reader further behind skips ahead
BLOCK = 1.0  # seconds an XREAD waits for entries; also how often the sources key is renewed
SOURCES_TTL = 10.0
REDIS_ERRORS = (redis.RedisError, OSError, TimeoutError)


def replica_name() -> str:
    """Unique per bus: replicas in one process (tests) are told apart too."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class RedisStreamBus:
    """`client` appends (fails fast); `reader` blocks in XREAD (its timeout above BLOCK)."""

    def __init__(
        self,
        client: redis.Redis,
        reader: redis.Redis,
        *,
        source: bool,
        maxlen: int = MAXLEN,
        block: float = BLOCK,
        retry: float = 1.0,
        name: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if maxlen < 1 or block <= 0 or retry <= 0:
            raise ValueError("need maxlen >= 1, block > 0 and retry > 0")
        self.client, self._reader = client, reader
        self.source, self._maxlen, self._block, self._retry = source, maxlen, block, retry
        self.name = name or replica_name()
        self._clock, self._sleep = clock, sleep
        self._local = LocalBus()
        self._position: str | None = None
        self._sources_seen = False
        self._renewed = -float("inf")
        self._listeners: list[Callable[[bool], None]] = []
        self._background = Background("event-stream")
        # Down until the reader's first read: events must not be counted on before.
        self.outage = Outage(
            "stream", "events reach this replica's watchers only; they poll", up=False
        )
        self.received = 0  # entries from other replicas

    @property
    def live(self) -> bool:
        """Whether events reach this replica through the stream: watchers need not poll."""
        return self.outage.up and (self.source or self._sources_seen)

    def on_live(self, listener: Callable[[bool], None]) -> None:
        """`listener(live)` each time `live` changes."""
        self._listeners.append(listener)

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        return self._local.subscribe(subscriber)

    async def publish(self, event: dict[str, Any]) -> None:
        await self._local.publish(event)
        if not self.outage.up:
            return  # the reader finds Redis again; meanwhile no call waits on it
        try:
            await self.client.xadd(
                STREAM_KEY,
                {"from": self.name, "event": orjson.dumps(event)},
                maxlen=self._maxlen,
                approximate=True,
            )
        except REDIS_ERRORS as exc:
            before = self.live
            self.outage.lost(exc)
            self._tell(before)

    async def start(self) -> None:
        """One first read (so a replica that starts with Redis up starts live), then the task."""
        if not await self.step():
            log.warning("event stream: Redis does not answer at start; watchers poll until it does")
        self._background.start(self._run())

    async def stop(self) -> None:
        await self._background.stop()
        with contextlib.suppress(*REDIS_ERRORS):
            await self._reader.aclose()  # the reader is the bus's own; `client` is shared

    async def _run(self) -> None:
        while True:
            if not await self.step():
                await self._sleep(self._retry)

    async def step(self) -> bool:
        """One read of the stream (waiting up to `block` s for entries); False if Redis failed."""
        before = self.live
        try:
            if self._position is None:
                # From the newest entry on: what was appended before this replica came is past.
                newest: Any = await self._reader.xrevrange(STREAM_KEY, count=1)
                self._position = newest[0][0].decode() if newest else "0-0"
            await self._renew_sources()
            self.outage.back()
            self._tell(before)
            reply: Any = await self._reader.xread(
                {STREAM_KEY: self._position}, count=100, block=round(self._block * 1000)
            )
        except REDIS_ERRORS as exc:
            self.outage.lost(exc)
            self._tell(before)
            return False
        for _stream, entries in reply or ():
            for entry_id, fields in entries:
                self._position = entry_id.decode()
                if fields.get(b"from", b"").decode() == self.name:
                    continue  # delivered here when it was published
                try:
                    event = orjson.loads(fields[b"event"])
                except (KeyError, orjson.JSONDecodeError):
                    log.warning("event stream: entry %s is not an event", self._position)
                    continue
                self.received += 1
                await self._local.publish(event)
        return True

    async def _renew_sources(self) -> None:
        now = self._clock()
        if now - self._renewed < self._block:
            return
        self._renewed = now
        if self.source:
            await self._reader.set(SOURCES_KEY, self.name, px=round(SOURCES_TTL * 1000))
        else:
            self._sources_seen = bool(await self._reader.exists(SOURCES_KEY))

    def _tell(self, before: bool) -> None:
        """Tell the listeners if `live` is no longer `before`."""
        if self.live != before:
            for listener in list(self._listeners):
                listener(self.live)
