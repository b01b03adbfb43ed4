"""De-duplication shared by replicas: `SET NX` of the event's id in Redis, with a TTL.

This replica's own memory (MemoryDedupe) is asked too, so that an id it saw stays a repeat
while Redis is away, or after Redis restarted empty; when Redis fails, memory alone decides,
and the webhook receiver keeps answering.
"""

from __future__ import annotations

import math

import redis.asyncio as redis

from gateway.events.dedupe import DEFAULT_TTL, MemoryDedupe
from gateway.events.redis_outage import Outage

__all__ = ["DEDUPE_PREFIX", "RedisDedupe"]

DEDUPE_PREFIX = "checkout-gateway:{events}:seen:"
REDIS_ERRORS = (redis.RedisError, OSError, TimeoutError)


class RedisDedupe:
    def __init__(
        self,
        client: redis.Redis,
        *,
        ttl: float = DEFAULT_TTL,
        memory: MemoryDedupe | None = None,
    ) -> None:
        if ttl <= 0:
            raise ValueError("need ttl > 0")
        self._client, self._ttl_ms = client, math.ceil(ttl * 1000)
        self._memory = memory or MemoryDedupe(ttl=ttl)
        self.outage = Outage("dedupe", "de-duplicating in this replica's memory")

    async def first_seen(self, event_id: str) -> bool:
        local = await self._memory.first_seen(event_id)
        try:
            fresh = await self._client.set(DEDUPE_PREFIX + event_id, b"1", nx=True, px=self._ttl_ms)
        except REDIS_ERRORS as exc:
            self.outage.lost(exc)
            return local
        self.outage.back()
        return bool(fresh) and local
