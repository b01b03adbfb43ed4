"""gateway.admission: the token bucket and the in-flight bound, on a fake clock."""

from __future__ import annotations

import asyncio
import contextlib
import math
from collections.abc import AsyncIterator

import pytest

from gateway.admission import Admission, TokenBucket, _Slots
from gateway.exceptions import Overloaded
from gateway.limits import Kind, Limit, RateLimits
from tests.test_retry import FakeTime


@contextlib.asynccontextmanager
async def admitted(
    admission: Admission, deadline: float, kind: Kind = "read"
) -> AsyncIterator[None]:
    """An upstream slot held for the block, taken as an upstream attempt takes it."""
    if not admission.admit_now():
        await admission.acquire(deadline, kind)
    try:
        yield
    finally:
        admission.release()


FAR = math.inf


def test_bucket_serves_a_burst_without_waiting() -> None:
    t = FakeTime()
    bucket = TokenBucket(10, 3, max_waiting=10, clock=t.clock)
    assert [bucket.reserve(FAR) for _ in range(3)] == [0, 0, 0]


@pytest.mark.parametrize(
    ("rate", "burst", "calls", "expected_delays"),
    [
        (10, 1, 4, [0, 0.1, 0.2, 0.3]),
        (4, 2, 5, [0, 0, 0.25, 0.5, 0.75]),
        (0.5, 1, 3, [0, 2.0, 4.0]),
    ],
)
def test_bucket_spaces_calls_beyond_the_burst_at_the_rate(
    rate: float, burst: int, calls: int, expected_delays: list[float]
) -> None:
    t = FakeTime()
    bucket = TokenBucket(rate, burst, max_waiting=100, clock=t.clock)
    assert [bucket.reserve(FAR) for _ in range(calls)] == pytest.approx(expected_delays)


def test_bucket_refills_with_time_up_to_the_burst() -> None:
    t = FakeTime()
    bucket = TokenBucket(10, 2, max_waiting=100, clock=t.clock)
    bucket.reserve(FAR), bucket.reserve(FAR)
    t.now += 60  # a minute idle saves two tokens, not six hundred
    assert [bucket.reserve(FAR) for _ in range(3)] == pytest.approx([0, 0, 0.1])


def test_bucket_refuses_at_once_when_the_wait_would_outlast_the_deadline() -> None:
    t = FakeTime()
    bucket = TokenBucket(10, 1, max_waiting=100, clock=t.clock)
    bucket.reserve(FAR)
    with pytest.raises(Overloaded, match="after the call's deadline") as info:
        bucket.reserve(t.now + 0.05)
    assert info.value.retry_after == pytest.approx(0.1)
    # The refused call took nothing: the next one still waits only 0.1 s.
    assert bucket.reserve(FAR) == pytest.approx(0.1)


def test_bucket_refuses_when_too_many_calls_wait() -> None:
    t = FakeTime()
    bucket = TokenBucket(10, 1, max_waiting=2, clock=t.clock)
    assert [bucket.reserve(FAR) for _ in range(3)] == pytest.approx([0, 0.1, 0.2])
    with pytest.raises(Overloaded, match="2 calls already waiting"):
        bucket.reserve(FAR)


@pytest.mark.parametrize(
    ("rate", "burst", "max_waiting"), [(0, 1, 1), (-1, 1, 1), (math.inf, 1, 1), (1, 0, 1)]
)
def test_bucket_rejects_impossible_settings(rate: float, burst: int, max_waiting: int) -> None:
    with pytest.raises(ValueError):
        TokenBucket(rate, burst, max_waiting=max_waiting)


async def test_admission_without_rate_never_sleeps() -> None:
    t = FakeTime()
    admission = Admission(max_in_flight=2, max_waiting=0, clock=t.clock, sleep=t.sleep)
    async with admitted(admission, FAR):
        assert admission.in_flight == 1
    assert admission.in_flight == 0
    assert t.slept == []
    assert admission.bucket is None


async def test_admission_sleeps_the_bucket_delay_before_the_call() -> None:
    t = FakeTime()
    admission = Admission(
        max_in_flight=10, max_waiting=10, rate=5, burst=1, clock=t.clock, sleep=t.sleep
    )
    for _ in range(3):
        async with admitted(admission, FAR):
            pass
    assert t.slept == pytest.approx([0.2, 0.2])


async def test_admission_burst_defaults_to_one_seconds_worth() -> None:
    admission = Admission(max_in_flight=1, max_waiting=1, rate=25)
    assert admission.bucket is not None and admission.bucket.burst == 25


async def test_admission_refuses_at_once_when_all_slots_are_busy_and_none_may_wait() -> None:
    admission = Admission(max_in_flight=1, max_waiting=0)
    async with admitted(admission, FAR):
        with pytest.raises(Overloaded, match="1 upstream calls in flight and 0 waiting"):
            async with admitted(admission, FAR):
                pass


async def test_admission_queues_a_waiter_until_a_slot_frees() -> None:
    admission = Admission(max_in_flight=1, max_waiting=1)
    order: list[str] = []
    release = asyncio.Event()

    async def first() -> None:
        async with admitted(admission, FAR):
            order.append("first in")
            await release.wait()
        order.append("first out")

    async def second() -> None:
        async with admitted(admission, FAR):
            order.append("second in")

    tasks = [asyncio.create_task(first()), asyncio.create_task(second())]
    await asyncio.sleep(0.01)
    assert order == ["first in"]
    release.set()
    await asyncio.gather(*tasks)
    assert order == ["first in", "first out", "second in"]
    assert admission.in_flight == 0


async def test_admission_refuses_a_waiter_whose_deadline_passes() -> None:
    loop = asyncio.get_running_loop()
    admission = Admission(max_in_flight=1, max_waiting=5, clock=loop.time)
    async with admitted(admission, FAR):
        with pytest.raises(Overloaded, match="before the deadline"):
            async with admitted(admission, loop.time() + 0.02):
                pass
    # The refused waiter left no trace: a slot is free and nobody is counted waiting.
    async with admitted(admission, loop.time() + 1):
        assert admission.in_flight == 1


async def test_admission_releases_the_slot_when_the_call_fails() -> None:
    admission = Admission(max_in_flight=1, max_waiting=0)
    with pytest.raises(RuntimeError):
        async with admitted(admission, FAR):
            raise RuntimeError("upstream broke")
    async with admitted(admission, FAR):
        assert admission.in_flight == 1


class Waits:
    """A `Waited` recorder: every (reason, seconds) in order."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, float]] = []

    def __call__(self, reason: str, seconds: float) -> None:
        self.seen.append((reason, seconds))


async def test_admission_records_each_buckets_wait_by_its_name() -> None:
    t, waits = FakeTime(), Waits()
    limits = RateLimits(
        read=Limit(2, 1), write=None, max_waiting=10, clock=t.clock, sleep=t.sleep, waited=waits
    )
    admission = Admission(
        max_in_flight=1,
        max_waiting=1,
        rate=5,
        burst=1,
        limits=limits,
        clock=t.clock,
        sleep=t.sleep,
        waited=waits,
    )
    for kind in ("read", "write", "read"):
        async with admitted(admission, FAR, kind):
            pass
    # The write waits 0.2 s for --rate-limit's next token; the second read as long for the one
    # after, then for the read bucket's next slot, 0.5 s after the first read's: 0.1 s more.
    assert [reason for reason, _ in waits.seen] == ["gateway", "gateway", "read"]
    assert [seconds for _, seconds in waits.seen] == pytest.approx([0.2, 0.2, 0.1])
    assert t.slept == [seconds for _, seconds in waits.seen]


async def test_admission_records_the_time_a_call_waited_for_a_connection_slot() -> None:
    t, waits = FakeTime(), Waits()
    admission = Admission(max_in_flight=1, max_waiting=1, clock=t.clock, waited=waits)
    release = asyncio.Event()

    async def holder() -> None:
        async with admitted(admission, FAR):
            await release.wait()

    held = asyncio.create_task(holder())
    await asyncio.sleep(0)
    waiter = asyncio.create_task(admission.acquire(FAR))
    await asyncio.sleep(0)
    assert waits.seen == []
    t.now += 1.5  # the slot stays busy for 1.5 s of the admission's clock
    release.set()
    await asyncio.gather(held, waiter)
    assert waits.seen == [("connections", 1.5)]


async def _slot_story(slots: asyncio.Semaphore | _Slots) -> list[str]:
    """Three callers on two slots, one of them cancelled while it waits and one cancelled
    just as a slot is handed to it: the order each got in and out."""
    events: list[str] = []
    release = {name: asyncio.Event() for name in "abcde"}

    async def caller(name: str) -> None:
        await slots.acquire()
        events.append(f"{name} in")
        try:
            await release[name].wait()
        finally:
            slots.release()
            events.append(f"{name} out")

    tasks = {}
    for name in "abcde":
        tasks[name] = asyncio.create_task(caller(name))
        await asyncio.sleep(0)
    tasks["c"].cancel()  # waiting: leaves the queue
    await asyncio.sleep(0)
    release["a"].set()
    await asyncio.sleep(0)
    tasks["d"].cancel()  # handed a's slot, cancelled before it ran: passes the slot on
    for _ in range(5):
        await asyncio.sleep(0)
    release["b"].set()
    release["e"].set()
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    events.append(f"locked={slots.locked()}")
    return events


async def test_slots_serve_their_callers_as_asyncio_semaphore_does() -> None:
    assert await _slot_story(_Slots(2)) == await _slot_story(asyncio.Semaphore(2))


@pytest.mark.parametrize(
    ("rate", "read_limit", "held", "expected"),
    [
        (0, False, 0, True),  # nothing configured, a slot free: taken at once
        (0, False, 1, True),
        (0, False, 2, False),  # every slot busy: `acquire` decides (wait or refuse)
        (5, False, 0, False),  # a rate limit may make it wait
        (0, True, 0, False),  # so may the read bucket
    ],
)
async def test_admission_admits_at_once_only_when_nothing_could_make_the_call_wait(
    rate: float, read_limit: bool, held: int, expected: bool
) -> None:
    t = FakeTime()
    limits = RateLimits(read=Limit(2, 1), write=None, max_waiting=10, clock=t.clock)
    admission = Admission(
        max_in_flight=2,
        max_waiting=1,
        rate=rate,
        limits=limits if read_limit else None,
        clock=t.clock,
        sleep=t.sleep,
    )
    for _ in range(held):
        await admission.acquire(FAR)
    assert admission.admit_now() is expected
    assert admission.in_flight == held + expected
    for _ in range(admission.in_flight):
        admission.release()
    assert admission.in_flight == 0 and not admission._slots.locked()


async def test_a_caller_waiting_for_a_slot_is_served_before_one_admitted_at_once() -> None:
    admission = Admission(max_in_flight=1, max_waiting=1)
    await admission.acquire(FAR)
    waiting = asyncio.create_task(admission.acquire(FAR))
    await asyncio.sleep(0)
    admission.release()  # handed to the waiter, which has not run yet
    assert not admission.admit_now()
    await waiting
    assert admission.in_flight == 1
