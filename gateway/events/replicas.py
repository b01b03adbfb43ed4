"""The events' shared parts in Redis, built from `--redis-url`: the stream bus, the
de-duplication, the poller's cursor and lease.

Two clients from the limits' own set-up (gateway.limits.connect): one that fails fast for
commands, one whose timeout outlasts the stream reader's blocking XREAD.
"""

from __future__ import annotations

import contextlib

from gateway.events.poller import EventsPoller
from gateway.events.poller_lease import REDIS_ERRORS, Lease, LeasedPoller, RedisCursor
from gateway.events.redis_dedupe import RedisDedupe
from gateway.events.stream_bus import BLOCK, RedisStreamBus
from gateway.limits import connect

__all__ = ["LEASE_TTL", "REDIS_TIMEOUT", "RedisEvents"]

REDIS_TIMEOUT = 0.5  # a command's time, as the limits allow it: a webhook must not wait longer
LEASE_TTL = 10.0  # the poller's lease; a replica that stops cleanly gives it up at once


class RedisEvents:
    def __init__(self, url: str, *, source: bool, lease_ttl: float = LEASE_TTL) -> None:
        self.client = connect(url, REDIS_TIMEOUT)
        self.bus = RedisStreamBus(self.client, connect(url, BLOCK + 5.0), source=source)
        self.dedupe = RedisDedupe(self.client)
        self.cursor = RedisCursor(self.client)
        self.lease_ttl = lease_ttl

    def leased(self, poller: EventsPoller) -> LeasedPoller:
        return LeasedPoller(poller, Lease(self.client, self.bus.name, self.lease_ttl))

    async def aclose(self) -> None:
        await self.bus.stop()
        with contextlib.suppress(*REDIS_ERRORS):
            await self.client.aclose()
