"""StreamCheckoutSessionEvents' history/live merge and the events poller, over the upstream
client with Stripe's `GET /v1/events` served by httpx.MockTransport (the emulator has no
/v1/events yet: the same tests over sockets come with it)."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Callable
from typing import Any

import grpc
import httpx
import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2, events_pb2

from gateway.events.bus import LocalBus
from gateway.events.feed import EventFeed, filters_for
from gateway.events.pipeline import EventPipeline
from gateway.events.poller import EventsPoller, MemoryCursor
from gateway.events.stream import stream_events
from gateway.events.watch import PollPolicy
from gateway.exceptions import InvalidRequest
from gateway.upstream import StripeClient
from tests.conftest import API_KEY, Stack
from tests.test_gateway_failures import details

S = events_pb2.StreamCheckoutSessionEventsRequest
Created = checkout_session_requests_pb2.ListCheckoutSessionsRequest.Created
TIMEOUT = 30
# Notices wake a follower; the safety-net poll is too slow to matter in these tests.
QUIET = PollPolicy(initial=3600, maximum=3600, safety_net=3600)
_ids = itertools.count(1)


class StripeEvents:
    """Stripe's /v1/events list over `events` (oldest first): newest first, `limit`,
    `starting_after`, `ending_before`, `type` (with a `.*` wildcard), `types[]`, `created[]`."""

    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []
        self.queries: list[list[tuple[str, str]]] = []
        self.before_answer: Callable[[int], None] = lambda n: None

    def add(self, kind: str = "checkout.session.completed", created: int = 1000) -> dict[str, Any]:
        n = next(_ids)
        event = {
            "id": f"evt_{n:06d}",
            "object": "event",
            "type": kind,
            "created": created,
            "api_version": "2026-10-28.endive",
            "data": {"object": {"id": f"cs_test_{n}", "object": "checkout.session"}},
            "request": {"id": f"req_{n}", "idempotency_key": None},
        }
        self.events.append(event)
        return event

    def _matches(self, event: dict[str, Any], params: list[tuple[str, str]]) -> bool:
        for key, value in params:
            if key == "type" and not (
                event["type"] == value
                or (value.endswith(".*") and event["type"].startswith(value[:-1]))
            ):
                return False
            if key.startswith("created[") and not _compare(event["created"], key[8:-1], value):
                return False
        types = [v for k, v in params if k == "types[]"]
        return not types or event["type"] in types

    def handler(self, request: httpx.Request) -> httpx.Response:
        assert request.method == "GET" and request.url.path == "/v1/events"
        params = list(request.url.params.multi_items())
        self.queries.append(params)
        self.before_answer(len(self.queries))
        args = dict(params)
        newest_first = [e for e in reversed(self.events) if self._matches(e, params)]
        ids = [e["id"] for e in newest_first]
        limit = int(args.get("limit", "10"))
        if "starting_after" in args:
            start = ids.index(args["starting_after"]) + 1
            items, has_more = newest_first[start : start + limit], start + limit < len(ids)
        elif "ending_before" in args:
            end = ids.index(args["ending_before"])
            items, has_more = newest_first[max(0, end - limit) : end], end - limit > 0
        else:
            items, has_more = newest_first[:limit], len(ids) > limit
        body = {"object": "list", "url": "/v1/events", "data": items, "has_more": has_more}
        return httpx.Response(200, json=body)


def _compare(created: int, bound: str, value: str) -> bool:
    v = int(value)
    return {"gt": created > v, "gte": created >= v, "lt": created < v, "lte": created <= v}[bound]


@pytest.fixture
async def stripe_events() -> AsyncIterator[tuple[StripeEvents, EventFeed]]:
    fake = StripeEvents()
    client = StripeClient(
        base_url="https://api.stripe.test",
        api_key=API_KEY,
        transport=httpx.MockTransport(fake.handler),
    )

    async def get(params: list[tuple[str, str]]) -> dict[str, Any]:
        return (await client.call("GET", "/v1/events", params, metadata={}, deadline=None)).data

    yield fake, EventFeed(get)
    await client.close()


async def collect(stream: AsyncIterator[events_pb2.Event], count: int | None = None) -> list[str]:
    ids: list[str] = []
    async with asyncio.timeout(TIMEOUT):
        async for event in stream:
            ids.append(event.id)
            if count is not None and len(ids) == count:
                break
    return ids


def ids(events: list[dict[str, Any]]) -> list[str]:
    return [e["id"] for e in events]


async def test_history_is_sent_oldest_first_across_pages(
    stripe_events: tuple[StripeEvents, EventFeed],
) -> None:
    fake, feed = stripe_events
    made = [fake.add() for _ in range(250)]
    got = await collect(stream_events(feed, LocalBus(), S(), policy=QUIET, events=True))
    assert got == ids(made)


async def test_history_resumes_after_the_given_event(
    stripe_events: tuple[StripeEvents, EventFeed],
) -> None:
    fake, feed = stripe_events
    made = [fake.add() for _ in range(250)]
    request = S(starting_after_event=made[99]["id"])
    got = await collect(stream_events(feed, LocalBus(), request, policy=QUIET, events=True))
    assert got == ids(made[100:])


async def test_no_history_and_no_follow_ends_at_once(
    stripe_events: tuple[StripeEvents, EventFeed],
) -> None:
    _fake, feed = stripe_events
    assert await collect(stream_events(feed, LocalBus(), S(), policy=QUIET, events=True)) == []


async def test_history_into_live_has_no_gap_and_no_repeat(
    stripe_events: tuple[StripeEvents, EventFeed],
) -> None:
    fake, feed = stripe_events
    bus = LocalBus()
    made = [fake.add() for _ in range(250)]
    during: list[dict[str, Any]] = []

    def mid_walk(n: int) -> None:
        # Events happen while the history is read: Stripe lists them, their webhooks arrive.
        if n == 2:
            for _ in range(3):
                during.append(fake.add())
                asyncio.get_running_loop().create_task(bus.publish(during[-1]))

    fake.before_answer = mid_walk
    request = S(starting_after_event=made[49]["id"], follow=True)
    stream = stream_events(feed, bus, request, policy=QUIET, events=True)
    got = await collect(stream, 200 + 3)
    assert len(during) == 3 and got == ids(made[50:]) + ids(during)
    # Live: two more events, each announced by the pipeline.
    later = [fake.add(), fake.add()]
    for event in later:
        await bus.publish(event)
    got_live = await collect(stream, 2)
    assert got_live == ids(later)
    await stream.aclose()  # type: ignore[attr-defined]
    assert len(bus) == 0  # the stream's subscription went with it
    # Resuming from the last live event sends only what came after it.
    after = fake.add()
    resumed = S(starting_after_event=later[-1]["id"])
    assert await collect(stream_events(feed, bus, resumed, policy=QUIET, events=True)) == [
        after["id"]
    ]


async def test_without_events_a_follower_polls(
    stripe_events: tuple[StripeEvents, EventFeed],
) -> None:
    fake, feed = stripe_events
    first = fake.add()
    policy = PollPolicy(initial=0.01, maximum=0.05)
    stream = stream_events(feed, LocalBus(), S(follow=True), policy=policy, events=False)
    assert await collect(stream, 1) == [first["id"]]
    second = fake.add()  # no notice: only polling can find it
    assert await collect(stream, 1) == [second["id"]]
    await stream.aclose()  # type: ignore[attr-defined]


async def test_filters_reach_stripe_on_every_page(
    stripe_events: tuple[StripeEvents, EventFeed],
) -> None:
    fake, feed = stripe_events
    for created in range(1000, 1300):
        fake.add(
            "checkout.session.expired" if created % 2 else "checkout.session.completed", created
        )
    request = S(
        types=["checkout.session.expired"],
        created=events_pb2.StreamCheckoutSessionEventsRequest().created.__class__(
            gte=1100, lt=1299
        ),
    )
    got = await collect(stream_events(feed, LocalBus(), request, policy=QUIET, events=True))
    expected = [
        e["id"]
        for e in fake.events
        if e["type"] == "checkout.session.expired" and 1100 <= e["created"] < 1299
    ]
    assert got == expected and len(expected) == 99
    for query in fake.queries:
        assert ("types[]", "checkout.session.expired") in query
        assert ("created[gte]", "1100") in query and ("created[lt]", "1299") in query


def test_without_types_every_session_event_is_asked_for() -> None:
    assert filters_for(S()) == [("type", "checkout.session.*")]


@pytest.mark.parametrize(
    ("request_", "field"),
    [
        (S(types=["payment_intent.succeeded"]), "types[0]"),
        (S(types=["checkout.session.completed", "checkout.session.*"]), "types[1]"),
        (S(types=["checkout.session."]), "types[0]"),
        (S(types=["checkout.session.completed"] * 21), "types"),
        (S(starting_after_event="cs_test_1"), "starting_after_event"),
        (S(starting_after_event="evt_1&limit=1"), "starting_after_event"),
    ],
)
def test_bad_filters_are_refused_naming_the_field(request_: S, field: str) -> None:
    with pytest.raises(InvalidRequest) as err:
        filters_for(request_)
    assert err.value.field == field


async def test_bad_filters_are_invalid_argument_over_the_wire(stack: Stack) -> None:
    before = len(stack.emulator.requests)
    with pytest.raises(grpc.aio.AioRpcError) as err:
        async with asyncio.timeout(TIMEOUT):
            [e async for e in stack.stub.StreamCheckoutSessionEvents(S(types=["charge.failed"]))]
    assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert details(err.value)["BadRequest"].field_violations[0].field == "types[0]"
    assert len(stack.emulator.requests) == before


# --- the events poller ------------------------------------------------------------------


async def test_the_poller_starts_at_the_newest_event_then_feeds_what_follows(
    stripe_events: tuple[StripeEvents, EventFeed],
) -> None:
    fake, feed = stripe_events
    old = [fake.add() for _ in range(5)]
    pipeline = EventPipeline()
    seen: list[str] = []
    pipeline.bus.subscribe(lambda e: seen.append(e["id"]))
    pipeline.start()
    poller = EventsPoller(feed, pipeline, 60)
    try:
        assert await poller.poll_once() == 0  # 30 days of history are not news
        assert await poller.cursor.get() == old[-1]["id"]
        new = [fake.add() for _ in range(120)]
        assert await poller.poll_once() == 120
        assert await poller.poll_once() == 0
        await pipeline.join()
    finally:
        await pipeline.stop()
    assert seen == ids(new)
    assert await poller.cursor.get() == new[-1]["id"]


async def test_a_poller_taking_over_a_cursor_set_before_any_event_feeds_every_event_since(
    stripe_events: tuple[StripeEvents, EventFeed],
) -> None:
    fake, feed = stripe_events
    shared = MemoryCursor()  # as the cursor in Redis, shared by the replicas
    first = EventsPoller(feed, EventPipeline(), 60, cursor=shared)
    assert await first.poll_once() == 0  # no event yet: the feed starts here
    events = [fake.add() for _ in range(3)]  # while the first replica is gone
    pipeline = EventPipeline()
    seen: list[str] = []
    pipeline.bus.subscribe(lambda e: seen.append(e["id"]))
    pipeline.start()
    try:
        assert await EventsPoller(feed, pipeline, 60, cursor=shared).poll_once() == 3
        await pipeline.join()
    finally:
        await pipeline.stop()
    assert seen == ids(events)


async def test_the_poller_and_webhooks_together_act_on_each_event_once(
    stripe_events: tuple[StripeEvents, EventFeed],
) -> None:
    fake, feed = stripe_events
    pipeline = EventPipeline()
    seen: list[str] = []
    pipeline.bus.subscribe(lambda e: seen.append(e["id"]))
    pipeline.start()
    poller = EventsPoller(feed, pipeline, 60)
    try:
        await poller.poll_once()
        events = [fake.add() for _ in range(3)]
        pipeline.submit(events[1])  # its webhook came first
        await poller.poll_once()
        pipeline.submit(events[2])  # and this one's came after
        await pipeline.join()
    finally:
        await pipeline.stop()
    assert sorted(seen) == ids(events) and len(seen) == 3


async def test_a_full_queue_leaves_the_cursor_at_the_last_event_taken(
    stripe_events: tuple[StripeEvents, EventFeed],
) -> None:
    fake, feed = stripe_events
    pipeline = EventPipeline(max_queued=2)  # not started: nothing leaves the queue
    poller = EventsPoller(feed, pipeline, 60)
    await poller.poll_once()
    events = [fake.add() for _ in range(5)]
    assert await poller.poll_once() == 2
    assert await poller.cursor.get() == events[1]["id"]


async def test_the_poller_keeps_polling_through_failures() -> None:
    answers = iter([httpx.Response(503, json={"error": {"type": "api_error"}})])
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return next(answers, None) or httpx.Response(
            200, json={"object": "list", "data": [], "has_more": False}
        )

    client = StripeClient(
        base_url="https://api.stripe.test",
        api_key=API_KEY,
        transport=httpx.MockTransport(handler),
        retry_policy=None,
    )

    async def get(params: list[tuple[str, str]]) -> dict[str, Any]:
        return (await client.call("GET", "/v1/events", params, metadata={}, deadline=None)).data

    slept: list[float] = []
    done = asyncio.Event()

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        if len(slept) == 3:
            done.set()
            await asyncio.Event().wait()  # park: the test stops the poller

    poller = EventsPoller(EventFeed(get), EventPipeline(), 10, random=lambda: 0.5, sleep=sleep)
    poller.start()
    try:
        async with asyncio.timeout(TIMEOUT):
            await done.wait()
    finally:
        await poller.stop()
        await client.close()
    assert slept == [7.5, 7.5, 7.5] and poller.reads == 3
