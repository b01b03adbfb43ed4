"""The events' Redis parts against a real redis-server: the bounded stream, what each replica
hands on, the lease lost, and de-duplication while Redis is away."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import redis.asyncio as redis
from prometheus_client import REGISTRY

from gateway.events.feed import EventFeed, Params
from gateway.events.pipeline import EventPipeline
from gateway.events.poller import EventsPoller
from gateway.events.poller_lease import LEASE_KEY, Lease, LeasedPoller
from gateway.events.redis_dedupe import RedisDedupe
from gateway.events.redis_outage import Outage
from gateway.events.stream_bus import STREAM_KEY, RedisStreamBus
from gateway.limits import connect
from tests.redis_server import RedisServer

TIMEOUT = 30


def event(n: int) -> dict[str, Any]:
    return {"id": f"evt_{n:04d}", "object": "event", "type": "checkout.session.completed"}


def bus(url: str, **options: Any) -> RedisStreamBus:
    return RedisStreamBus(connect(url, 2.0), connect(url, 5.0), source=True, **options)


async def close(b: RedisStreamBus) -> None:
    await b.stop()  # the reader is the bus's own
    await b.client.aclose()


def sample(name: str, part: str) -> float:
    return REGISTRY.get_sample_value(name, {"part": part}) or 0.0


async def test_the_stream_stays_bounded(redis_server: RedisServer) -> None:
    b = bus(redis_server.url, maxlen=10)
    await b.step()
    for n in range(2000):
        await b.publish(event(n))
    client = redis.Redis.from_url(redis_server.url)
    try:
        # MAXLEN ~ trims whole nodes of the stream (100 entries by default): about 10 left.
        assert await client.xlen(STREAM_KEY) < 300
    finally:
        await client.aclose()
        await close(b)


async def test_each_replica_gets_every_event_once(redis_server: RedisServer) -> None:
    a, b = bus(redis_server.url), bus(redis_server.url)
    got: dict[str, list[str]] = {"a": [], "b": []}
    a.subscribe(lambda e: got["a"].append(e["id"]))
    b.subscribe(lambda e: got["b"].append(e["id"]))
    try:
        assert await a.step() and await b.step()  # both at the stream's end
        await a.publish(event(1))
        await b.publish(event(2))
        async with asyncio.timeout(TIMEOUT):
            while len(got["a"]) < 2 or len(got["b"]) < 2:
                await a.step()
                await b.step()
        # Its own at once, the other's through the stream; none twice.
        assert got == {"a": ["evt_0001", "evt_0002"], "b": ["evt_0002", "evt_0001"]}
        assert (a.received, b.received) == (1, 1)
    finally:
        await close(a)
        await close(b)


async def test_a_replica_that_loses_the_lease_stops_polling(redis_server: RedisServer) -> None:
    async def no_events(params: Params) -> dict[str, Any]:
        return {"data": [], "has_more": False}

    client = connect(redis_server.url, 2.0)
    pipeline = EventPipeline()
    poller = EventsPoller(EventFeed(no_events), pipeline, 0.05)
    leased = LeasedPoller(poller, Lease(client, "replica-a", ttl=0.3))
    leased.start()
    try:
        async with asyncio.timeout(TIMEOUT):
            while not leased.polling:
                await asyncio.sleep(0.02)
            await client.set(LEASE_KEY, "replica-b", px=60_000)  # another replica has it now
            while leased.polling:
                await asyncio.sleep(0.02)
        reads = poller.reads
        await asyncio.sleep(0.3)
        assert poller.reads == reads  # stopped: not one read more
        assert await client.get(LEASE_KEY) == b"replica-b"  # and left the other's lease alone
    finally:
        await leased.stop()
        await client.aclose()


async def test_dedupe_falls_back_to_memory_when_redis_dies(redis_server: RedisServer) -> None:
    client = connect(redis_server.url, 0.5)
    dedupe = RedisDedupe(client)
    before = sample("gateway_events_redis_fallbacks_total", "dedupe")
    try:
        assert await dedupe.first_seen("evt_1")
        await redis_server.kill()
        assert not await dedupe.first_seen("evt_1")  # memory remembers
        assert await dedupe.first_seen("evt_2")
        assert not await dedupe.first_seen("evt_2")
        assert (
            sample("gateway_events_redis_fallbacks_total", "dedupe") == before + 1
        )  # once an outage
        await redis_server.start()  # empty: memory still knows evt_2
        assert not await dedupe.first_seen("evt_2")
        assert await dedupe.first_seen("evt_3") and dedupe.outage.up
    finally:
        await client.aclose()


@pytest.mark.parametrize(
    ("steps", "changes", "up", "outages"),
    [
        (["lost", "lost"], [True, False], False, 1),
        (["back"], [False], True, 0),
        (["lost", "back", "back"], [True, True, False], True, 1),
        (["lost", "back", "lost"], [True, True, True], False, 2),
    ],
)
def test_an_outage_is_one_change_however_many_failures(
    steps: list[str], changes: list[bool], up: bool, outages: int
) -> None:
    outage = Outage("test", "testing")
    seen = [outage.lost(OSError()) if s == "lost" else outage.back() for s in steps]
    assert (seen, outage.up, outage.outages) == (changes, up, outages)
    assert sample("gateway_events_redis_shared", "test") == (1 if up else 0)


async def test_a_bus_started_without_redis_goes_live_when_redis_answers(
    redis_server: RedisServer,
) -> None:
    await redis_server.kill()
    b = bus(redis_server.url, retry=0.05)
    changes: list[bool] = []
    b.on_live(changes.append)
    got: list[str] = []
    b.subscribe(lambda e: got.append(e["id"]))
    await b.start()  # no Redis: it starts anyway, not live
    try:
        assert not b.live
        await b.publish(event(1))  # this replica's watchers still get it
        assert got == ["evt_0001"]
        await redis_server.start()
        async with asyncio.timeout(TIMEOUT):
            while not b.live:
                await asyncio.sleep(0.02)
        assert changes == [True]
        assert sample("gateway_events_redis_shared", "stream") == 1
    finally:
        await close(b)
