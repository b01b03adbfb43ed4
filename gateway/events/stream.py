"""StreamCheckoutSessionEvents: the history, then live, with no gap and no repeat.

Live is the same feed read again from the last event sent, each time the pipeline accepts an
event (a webhook, the poller) and otherwise on a poll timer. So every event, history or live,
comes from one list in one order, and the last id a caller saw is an exact place to resume
from; the notice is subscribed to before the history is read, so none is missed in between.
Followers at the same place are woken by the same notice and read the same page at once: the
upstream client's coalescing (gateway.coalesce) makes that one request for all of them.
"""

from __future__ import annotations

import asyncio
import contextlib
import random as _random
from collections.abc import AsyncIterator, Callable

from checkout_gateway.v1 import events_pb2

from gateway.events.bus import EventBus
from gateway.events.feed import SESSION_EVENT_PREFIX, EventFeed, filters_for
from gateway.events.messages import decode_event
from gateway.events.pace import Pace
from gateway.events.watch import PollPolicy

__all__ = ["stream_events"]


async def stream_events(
    feed: EventFeed,
    bus: EventBus,
    request: events_pb2.StreamCheckoutSessionEventsRequest,
    *,
    policy: PollPolicy,
    events: bool | Pace,
    random: Callable[[], float] = _random.random,
) -> AsyncIterator[events_pb2.Event]:
    filters = filters_for(request)
    wake = asyncio.Event()
    # Whether events arrive by themselves may change (Redis comes and goes): a change wakes us.
    pace = events if isinstance(events, Pace) else Pace(events)

    def notice(event: dict[str, object]) -> None:
        if str(event.get("type", "")).startswith(SESSION_EVENT_PREFIX):
            wake.set()

    unsubscribe = bus.subscribe(notice) if request.follow else (lambda: None)
    unwake = pace.wakes(wake)
    cursor = request.starting_after_event if request.HasField("starting_after_event") else None
    try:
        arriving = pace.arriving
        delays = policy.delays(random, events=arriving)
        while True:
            sent = 0
            async for event in feed.after(cursor, filters):
                cursor = str(event["id"])
                sent += 1
                yield decode_event(event)
            if not request.follow:
                return
            if pace.arriving != arriving:
                arriving = pace.arriving
                delays = policy.delays(random, events=arriving)
            elif sent and not arriving:
                delays = policy.delays(random, events=False)  # busy: poll soon again
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(next(delays)):
                    await wake.wait()
            wake.clear()
    finally:
        unsubscribe()
        unwake()
