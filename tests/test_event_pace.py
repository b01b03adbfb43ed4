"""When events stop arriving by themselves (Redis gone) or start again, watch hubs and event
stream followers are woken at once and change pace: no change waits out a slow safety net."""

from __future__ import annotations

import asyncio

from gateway.events.bus import LocalBus
from gateway.events.feed import EventFeed
from gateway.events.pace import Pace
from gateway.events.stream import stream_events
from tests.test_event_stream import QUIET, S, StripeEvents, collect, stripe_events
from tests.test_watch_hub import Upstream, next_item, session, watching

__all__ = ["stripe_events"]  # the fixture, used here by name


async def test_a_watch_hub_polls_once_events_stop_arriving() -> None:
    upstream = Upstream(session("open"))
    watches, _bus, seen = await watching(upstream)  # polls an hour apart: events arrive
    assert (await next_item(seen))[:2] == ("open", "unpaid")
    upstream.state = session("complete", "paid")  # no notice will tell of it
    watches.set_events(False)  # woken: one fetch now, then the no-events pace
    assert (await next_item(seen))[:2] == ("complete", "paid")
    assert await next_item(seen) == "end"


async def test_a_watch_hub_fetches_once_when_events_arrive_again() -> None:
    upstream = Upstream(session("open"))
    watches, _bus, seen = await watching(upstream, events=False)
    assert (await next_item(seen))[:2] == ("open", "unpaid")
    upstream.state = session("complete", "paid")
    watches.set_events(True)  # back on the stream: a change meanwhile is fetched at once
    assert (await next_item(seen))[:2] == ("complete", "paid")


async def test_a_follower_reads_again_once_events_stop_arriving(
    stripe_events: tuple[StripeEvents, EventFeed],
) -> None:
    fake, feed = stripe_events
    first = fake.add()
    pace = Pace(True)
    stream = stream_events(feed, LocalBus(), S(follow=True), policy=QUIET, events=pace)
    assert await collect(stream, 1) == [first["id"]]
    reads = len(fake.queries)
    reading = asyncio.ensure_future(collect(stream, 1))
    async with asyncio.timeout(10):
        while len(fake.queries) == reads:  # its read after the first event, which finds none
            await asyncio.sleep(0.01)
    second = fake.add()  # no notice: only a read can find it, and QUIET reads an hour apart
    pace.set(False)
    assert await reading == [second["id"]]
    await stream.aclose()  # type: ignore[attr-defined]


def test_a_pace_wakes_only_on_a_change() -> None:
    pace, wake = Pace(True), asyncio.Event()
    stop = pace.wakes(wake)
    pace.set(True)
    assert not wake.is_set()
    pace.set(False)
    assert wake.is_set() and not pace.arriving
    wake.clear()
    stop()
    pace.set(True)
    assert not wake.is_set()
