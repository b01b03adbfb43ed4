"""The events poller across replicas: one replica polls at a time, under a lease in Redis, and
its cursor is in Redis, so a restart or another replica resumes where it left off.

The lease is a key set with `SET NX PX` to this replica's name and renewed (only by its holder,
checked in a script) every third of its TTL. A replica that fails to renew it (Redis gone, or
another replica holds it) stops polling at once; one that gets it starts. With Redis away no
replica polls: every watcher then polls its session itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import redis.asyncio as redis

from gateway.background import Background
from gateway.events.poller import EventsPoller
from gateway.events.redis_outage import Outage

__all__ = ["CURSOR_KEY", "LEASE_KEY", "Lease", "LeasedPoller", "RedisCursor"]

log = logging.getLogger("gateway.events")

LEASE_KEY = "checkout-gateway:{events}:poller"
CURSOR_KEY = "checkout-gateway:{events}:cursor"
REDIS_ERRORS = (redis.RedisError, OSError, TimeoutError)

# Renew the lease only if this replica still holds it (the check and the renewal atomic).
RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
"""
RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class RedisCursor:
    """The poller's CursorStore in Redis: the id of the last event it fed the pipeline."""

    def __init__(self, client: redis.Redis, key: str = CURSOR_KEY) -> None:
        self._client, self._key = client, key

    async def get(self) -> str | None:
        value: Any = await self._client.get(self._key)
        return value.decode() if value is not None else None

    async def set(self, cursor: str) -> None:
        await self._client.set(self._key, cursor)


class Lease:
    def __init__(self, client: redis.Redis, name: str, ttl: float, key: str = LEASE_KEY) -> None:
        if ttl <= 0:
            raise ValueError("need ttl > 0")
        self._client, self.name, self.ttl, self._key = client, name, ttl, key
        self._renew = client.register_script(RENEW)
        self._release = client.register_script(RELEASE)

    async def hold(self) -> bool:
        """Take the lease if it is free, else renew it if it is ours: True while we hold it."""
        ttl = round(self.ttl * 1000)
        if await self._client.set(self._key, self.name, nx=True, px=ttl):
            return True
        reply: Any = await self._renew(keys=[self._key], args=[self.name, ttl])
        return bool(reply)

    async def release(self) -> None:
        await self._release(keys=[self._key], args=[self.name])


class LeasedPoller:
    """Runs `poller` while `lease` is held; `start()` in the serving loop, `await stop()`."""

    def __init__(
        self,
        poller: EventsPoller,
        lease: Lease,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.poller, self.lease, self._sleep = poller, lease, sleep
        self.polling = False
        self.outage = Outage("lease", "no replica polls /v1/events until Redis answers")
        self._background = Background("poller-lease")

    def start(self) -> None:
        self._background.start(self._run())

    async def stop(self) -> None:
        await self._background.stop()
        await self._set(False)
        with contextlib.suppress(*REDIS_ERRORS):
            await self.lease.release()  # the next replica need not wait for the TTL

    async def _run(self) -> None:
        while True:
            try:
                held = await self.lease.hold()
            except REDIS_ERRORS as exc:
                self.outage.lost(exc)
                held = False
            else:
                self.outage.back()
            await self._set(held)
            await self._sleep(self.lease.ttl / 3)

    async def _set(self, held: bool) -> None:
        if held and not self.polling:
            log.info("events poller: this replica holds the lease and polls /v1/events")
            self.poller.start()
        elif not held and self.polling:
            log.info("events poller: the lease is lost; this replica stops polling")
            await self.poller.stop()
        self.polling = held
