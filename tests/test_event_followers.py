"""StreamCheckoutSessionEvents followers on one replica share their reads of /v1/events: each
accepted event wakes them together, at the same cursor, so their identical GETs in flight are
one upstream request (gateway.coalesce)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from checkout_gateway.v1 import events_pb2

from gateway.events.bus import LocalBus
from tests.conftest import Stack, stop_stack
from tests.test_events_emulator import TIMEOUT, start_live
from tests.test_gateway_rpcs import create_request

S = events_pb2.StreamCheckoutSessionEventsRequest
FOLLOWERS = 20


def event_reads(live: Stack) -> int:
    return sum(
        1
        for q in live.emulator.requests
        if q.method == "GET" and q.path.split("?")[0] == "/v1/events"
    )


@pytest.fixture
async def live() -> AsyncIterator[Stack]:
    s = await start_live()
    yield s
    await stop_stack(s)


async def test_followers_on_one_replica_share_each_read_of_the_events(live: Stack) -> None:
    first = await live.stub.CreateCheckoutSession(create_request())
    live.emulator.complete_session(first.id)
    async with asyncio.timeout(TIMEOUT):
        history = [e async for e in live.stub.StreamCheckoutSessionEvents(S())]
        newest = history[-1].id
        calls = [
            live.stub.StreamCheckoutSessionEvents(S(starting_after_event=newest, follow=True))
            for _ in range(FOLLOWERS)
        ]
        assert live.gateway.events is not None
        bus = live.gateway.events.pipeline.bus
        assert isinstance(bus, LocalBus)
        while len(bus) < FOLLOWERS + 1:  # every follower subscribed (and the watch hubs)
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)  # their reads of the (empty) rest of history done
        before = event_reads(live)
        created = await live.stub.CreateCheckoutSession(create_request())
        live.emulator.complete_session(created.id)
        got = [await call.read() for call in calls]
    assert {e.data.object.id for e in got} == {created.id}
    reads = event_reads(live) - before
    print(f"{FOLLOWERS} followers, one event: {reads} reads of /v1/events")
    assert reads < FOLLOWERS // 2
    for call in calls:
        call.cancel()
