"""SessionHub without sockets: the poll schedule, and never going backwards whatever arrives."""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

import pytest
from checkout_gateway.v1.checkout_session_pb2 import CheckoutSession as S

from gateway.events.bus import LocalBus
from gateway.events.watch import PollPolicy, Watches, WatchKey
from gateway.exceptions import StripeAPIError, UpstreamUnavailable

PINNED = "2026-10-28.endive"
KEY = WatchKey("cs_test_1")


def session(status: str, payment_status: str = "unpaid", **extra: Any) -> dict[str, Any]:
    return {
        "id": "cs_test_1",
        "object": "checkout.session",
        "status": status,
        "payment_status": payment_status,
        **extra,
    }


def notice(ident: str, data: dict[str, Any], created: int, version: str = PINNED) -> dict[str, Any]:
    return {
        "id": ident,
        "type": "checkout.session.updated",
        "created": created,
        "api_version": version,
        "data": {"object": data},
    }


# --- the poll schedule -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("random", "expected"),
    [
        (0.0, [0.5, 1.0, 2.0, 4.0, 5.0, 5.0]),  # half of 1, 2, 4, 8, then the 10 s cap
        (0.999, [0.9995, 1.999, 3.998, 7.996, 9.995, 9.995]),
    ],
)
def test_polling_doubles_to_its_cap_with_jitter(random: float, expected: list[float]) -> None:
    policy = PollPolicy(initial=1, maximum=10, safety_net=60)
    delays = list(itertools.islice(policy.delays(lambda: random, events=False), 6))
    assert delays == pytest.approx(expected)


def test_with_events_polling_is_a_slow_safety_net() -> None:
    policy = PollPolicy(initial=1, maximum=10, safety_net=60)
    delays = list(itertools.islice(policy.delays(lambda: 0.5, events=True), 3))
    assert delays == [45.0, 45.0, 45.0]


@pytest.mark.parametrize("bad", [{"initial": 0}, {"initial": 5, "maximum": 1}, {"safety_net": 0}])
def test_poll_policy_refuses_nonsense(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        PollPolicy(**bad)


# --- a hub fed by an injected fetch and by notices ---------------------------------------


class Upstream:
    """What a fetch returns next: the last state set, or an error to raise once."""

    def __init__(self, state: dict[str, Any]) -> None:
        self.state = state
        self.calls = 0
        self.fail: Exception | None = None

    async def fetch(self, key: WatchKey) -> dict[str, Any]:
        self.calls += 1
        if self.fail is not None:
            error, self.fail = self.fail, None
            raise error
        return self.state


async def watching(
    upstream: Upstream, *, events: bool = True, now: float = 1000.0
) -> tuple[Watches, LocalBus, asyncio.Queue[Any]]:
    bus = LocalBus()
    watches = Watches(
        upstream.fetch,
        bus,
        # Polls far apart: only notices wake the hub, unless a test says otherwise.
        policy=PollPolicy(initial=3600, maximum=3600, safety_net=3600),
        events=events,
        pinned_version=PINNED,
        random=lambda: 0.5,
        clock=lambda: now,
    )
    seen: asyncio.Queue[Any] = asyncio.Queue()

    async def consume() -> None:
        try:
            async for s in watches.watch(KEY):
                status = S.Status.Name(s.status).removeprefix("STATUS_").lower()
                paid = S.PaymentStatus.Name(s.payment_status).removeprefix("PAYMENT_STATUS_")
                await seen.put((status, paid.lower(), dict(s.metadata)))
            await seen.put("end")
        except Exception as exc:
            await seen.put(exc)

    asyncio.get_running_loop().create_task(consume())
    return watches, bus, seen


async def next_item(seen: asyncio.Queue[Any]) -> Any:
    async with asyncio.timeout(10):
        return await seen.get()


async def test_a_late_notice_of_an_earlier_state_is_dropped() -> None:
    upstream = Upstream(session("complete", "unpaid"))
    watches, bus, seen = await watching(upstream)
    first = await next_item(seen)
    assert first[:2] == ("complete", "unpaid")
    # An `open` payload arrives late, newer than the fetch by its time: still a step back.
    await bus.publish(notice("evt_1", session("open"), created=2000))
    upstream.state = session("complete", "paid")
    await bus.publish(notice("evt_2", session("complete", "paid"), created=2001))
    assert (await next_item(seen))[:2] == ("complete", "paid")
    assert await next_item(seen) == "end"
    await watches.close()


async def test_a_notice_older_than_the_fetch_is_only_a_notice() -> None:
    upstream = Upstream(session("open", metadata={"v": "2"}))
    watches, bus, seen = await watching(upstream, now=1000.0)
    await next_item(seen)
    # The payload is from before the fetch (created 999 < 1000): the session is fetched.
    upstream.state = session("open", metadata={"v": "3"})
    await bus.publish(notice("evt_1", session("open", metadata={"v": "1"}), created=999))
    assert (await next_item(seen))[2] == {"v": "3"}
    assert upstream.calls == 2
    await watches.close()


@pytest.mark.parametrize(
    ("version", "created", "fetches"),
    [
        (PINNED, 1006, 1),  # newer than the fetch (clock skew aside), at our version: used
        ("2020-08-27", 1006, 2),  # another version: fetched
        (PINNED, 1005, 2),  # within the clock skew of the fetch: may predate it, fetched
        (PINNED, 1000, 2),  # the fetch's own second: fetched
    ],
)
async def test_when_a_payload_is_used_as_it_is(version: str, created: int, fetches: int) -> None:
    upstream = Upstream(session("open"))
    watches, bus, seen = await watching(upstream, now=1000.0)
    await next_item(seen)
    paid = session("complete", "paid")
    upstream.state = paid
    await bus.publish(notice("evt_1", paid, created=created, version=version))
    assert (await next_item(seen))[:2] == ("complete", "paid")
    assert upstream.calls == fetches
    await watches.close()


async def test_two_notices_in_one_second_are_fetched_not_trusted() -> None:
    upstream = Upstream(session("open"))
    watches, _bus, seen = await watching(upstream, now=1000.0)
    await next_item(seen)
    upstream.state = session("complete", "paid")
    hub = watches.hub(KEY)
    assert hub is not None
    # Both arrive before the hub wakes: Stripe does not order events within a second.
    hub.notify(notice("evt_1", session("open", metadata={"x": "1"}), created=1010))
    hub.notify(notice("evt_2", session("complete", "paid"), created=1010))
    assert (await next_item(seen))[:2] == ("complete", "paid")
    assert upstream.calls == 2
    await watches.close()


async def test_an_async_payment_failure_ends_the_watch_as_it_is() -> None:
    unpaid = session("complete", "unpaid")
    upstream = Upstream(unpaid)
    watches, bus, seen = await watching(upstream)
    await next_item(seen)
    failed = notice("evt_1", unpaid, created=2000)
    failed["type"] = "checkout.session.async_payment_failed"
    await bus.publish(failed)
    assert await next_item(seen) == "end"
    await watches.close()


async def test_a_transient_failure_is_polled_past() -> None:
    upstream = Upstream(session("open"))
    watches, bus, seen = await watching(upstream)
    await next_item(seen)
    upstream.fail = UpstreamUnavailable()
    await bus.publish(notice("evt_1", session("open"), created=1, version="x"))
    async with asyncio.timeout(10):
        while upstream.calls < 2 or upstream.fail is not None:
            await asyncio.sleep(0.01)
    upstream.state = session("expired")
    await bus.publish(notice("evt_2", session("open"), created=1, version="x"))
    assert (await next_item(seen))[0] == "expired"
    assert await next_item(seen) == "end"
    await watches.close()


async def test_a_lasting_failure_ends_every_watcher_with_it() -> None:
    upstream = Upstream(session("open"))
    watches, bus, seen = await watching(upstream)
    await next_item(seen)
    upstream.fail = StripeAPIError(http_status=404, error={"code": "resource_missing"})
    await bus.publish(notice("evt_1", session("open"), created=1, version="x"))
    assert isinstance(await next_item(seen), StripeAPIError)
    await watches.close()


async def test_without_events_the_hub_polls_by_itself() -> None:
    upstream = Upstream(session("open"))
    bus = LocalBus()
    watches = Watches(
        upstream.fetch,
        bus,
        policy=PollPolicy(initial=0.01, maximum=0.02),
        random=lambda: 0.0,
    )
    seen = []
    async with asyncio.timeout(10):
        async for s in watches.watch(KEY):
            seen.append(s.status)
            if len(seen) == 1:
                upstream.state = session("complete", "paid")
    assert seen == [S.STATUS_OPEN, S.STATUS_COMPLETE]
    assert len(bus) == 1 and len(watches) == 0
    await watches.close()
    assert len(bus) == 0
