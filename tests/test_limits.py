"""gateway.limits: the read and write buckets, in memory and in a real redis-server."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest
import redis.asyncio as redis
from prometheus_client import REGISTRY

from gateway.exceptions import Overloaded
from gateway.identity import CALLER
from gateway.limits import (
    Bucket,
    Limit,
    LocalBuckets,
    RateLimits,
    bucket_key,
    connect,
    kind_of,
)
from tests.redis_server import RedisServer


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


FAR = float("inf")


@pytest.mark.parametrize(
    ("method", "kind"),
    [("GET", "read"), ("POST", "write"), ("DELETE", "write")],
)
def test_kind_of_follows_stripe(method: str, kind: str) -> None:
    assert kind_of(method) == kind


def test_a_burst_goes_at_once_then_calls_are_spaced_at_the_rate() -> None:
    clock = Clock()
    local = LocalBuckets(clock)
    bucket = [Bucket("b", Limit(rate=10, burst=3))]
    assert [local.reserve(bucket, FAR) for _ in range(3)] == [(True, 0.0)] * 3
    admitted, wait = local.reserve(bucket, FAR)
    assert admitted and wait == pytest.approx(0.1)
    admitted, wait = local.reserve(bucket, FAR)
    assert admitted and wait == pytest.approx(0.2)
    clock.now += 0.3  # the two waiters have gone; one slot came free after them
    assert local.reserve(bucket, FAR) == (True, 0.0)
    admitted, wait = local.reserve(bucket, FAR)
    assert admitted and wait == pytest.approx(0.1)


def test_a_wait_longer_than_allowed_is_refused_and_takes_nothing() -> None:
    clock = Clock()
    local = LocalBuckets(clock)
    bucket = [Bucket("b", Limit(rate=1, burst=1))]
    assert local.reserve(bucket, 0.0) == (True, 0.0)
    admitted, wait = local.reserve(bucket, 0.5)
    assert not admitted and wait == pytest.approx(1.0)
    admitted, wait = local.reserve(bucket, 0.5)
    assert not admitted and wait == pytest.approx(1.0)  # still 1 s: nothing taken
    clock.now += 1
    assert local.reserve(bucket, 0.0) == (True, 0.0)


def test_several_buckets_admit_together_and_the_slowest_sets_the_wait() -> None:
    local = LocalBuckets(Clock())
    fleet, caller = Bucket("fleet", Limit(100, 100)), Bucket("caller", Limit(1, 1))
    assert local.reserve([fleet, caller], FAR) == (True, 0.0)
    admitted, wait = local.reserve([fleet, caller], FAR)
    assert admitted and wait == pytest.approx(1.0)
    assert local.reserve([fleet], FAR) == (True, 0.0)  # the fleet bucket still has room


def test_burst_zero_means_one_seconds_worth_and_a_share_rounds_up() -> None:
    assert Limit(25).effective_burst == 25 and Limit(0.5).effective_burst == 1
    assert Limit(50, 5).share(2) == Limit(25, 3)
    assert Limit(1, 1).share(4) == Limit(0.25, 1)


async def test_reads_and_writes_have_their_own_buckets() -> None:
    clock = Clock()
    limits = RateLimits(read=Limit(1, 1), write=Limit(1, 1), max_waiting=10, clock=clock)
    assert await limits.reserve("write", clock.now + 0.5) == 0.0
    with pytest.raises(Overloaded) as info:
        await limits.reserve("write", clock.now + 0.5)
    assert info.value.retry_after == pytest.approx(1.0)
    assert "write rate limit" in info.value.description
    assert await limits.reserve("read", clock.now + 0.5) == 0.0


async def test_an_unlimited_kind_is_never_held() -> None:
    clock = Clock()
    limits = RateLimits(read=None, write=Limit(1, 1), max_waiting=0, clock=clock)
    assert [await limits.reserve("read", clock.now) for _ in range(50)] == [0.0] * 50


async def test_max_waiting_bounds_the_queue_whatever_the_deadline() -> None:
    clock = Clock()
    limits = RateLimits(read=Limit(10, 1), write=None, max_waiting=2, clock=clock)
    waits = [await limits.reserve("read", FAR) for _ in range(3)]
    assert waits == [0.0, pytest.approx(0.1), pytest.approx(0.2)]
    with pytest.raises(Overloaded, match="2 calls already waiting"):
        await limits.reserve("read", FAR)


# --- In a real redis-server -----------------------------------------------------------------


def sample(name: str) -> float:
    return REGISTRY.get_sample_value(name) or 0.0


async def test_two_replicas_share_one_bucket_in_redis(redis_server: RedisServer) -> None:
    a, b = (
        RateLimits(
            read=None,
            write=Limit(0.1, 2),
            max_waiting=10,
            client=connect(redis_server.url, 5),
            replicas=2,
        )
        for _ in range(2)
    )
    try:
        deadline = time.monotonic() + 0.5
        assert await a.reserve("write", deadline) == 0.0
        assert await b.reserve("write", deadline) == 0.0
        # The fleet's burst of 2 is spent, whichever replica asks next.
        for replica in (a, b):
            with pytest.raises(Overloaded) as info:
                await replica.reserve("write", deadline)
            assert 5.0 < (info.value.retry_after or 0) <= 10.0  # the wait came from the script
        assert a.shared and b.shared
        check = redis.Redis.from_url(redis_server.url)
        assert await check.exists(bucket_key("write")) == 1
        await check.aclose()
    finally:
        await a.aclose()
        await b.aclose()


async def test_per_caller_buckets_hold_inside_the_shared_limit(redis_server: RedisServer) -> None:
    limits = RateLimits(
        read=Limit(100, 100), write=None, max_waiting=10, client=connect(redis_server.url, 5)
    )
    caller = Bucket(bucket_key("read", "caller-a"), Limit(0.1, 1))
    try:
        assert await limits.reserve("read", FAR, extra=[caller]) == 0.0
        with pytest.raises(Overloaded):
            await limits.reserve("read", time.monotonic() + 1, extra=[caller])
        assert await limits.reserve("read", FAR) == 0.0  # other callers: the fleet has room
    finally:
        await limits.aclose()


async def test_a_callers_policy_share_holds_inside_the_fleets_bucket(
    redis_server: RedisServer,
) -> None:
    limits = RateLimits(
        read=None,
        write=Limit(0.2, 4),
        max_waiting=10,
        client=connect(redis_server.url, 5),
        shares=lambda: {"svc-a": 0.5},
    )
    soon = time.monotonic
    token = CALLER.set("svc-a")
    try:
        # Its share: half the rate, half the burst (2), whichever replica serves it.
        assert [await limits.reserve("write", soon() + 1) for _ in range(2)] == [0.0] * 2
        with pytest.raises(Overloaded):
            await limits.reserve("write", soon() + 1)
        check = redis.Redis.from_url(redis_server.url)
        assert await check.exists(bucket_key("write", "caller:svc-a")) == 1
        await check.aclose()
    finally:
        CALLER.reset(token)
    # Another caller has no share of its own: the fleet's bucket has 2 slots left.
    assert [await limits.reserve("write", soon() + 1) for _ in range(2)] == [0.0] * 2
    with pytest.raises(Overloaded):
        await limits.reserve("write", soon() + 1)
    await limits.aclose()


async def test_redis_gone_at_the_start_each_replica_takes_its_share(
    redis_server: RedisServer,
) -> None:
    client = connect(redis_server.url, 5)
    await redis_server.kill()
    limits = RateLimits(read=None, write=Limit(0.01, 4), max_waiting=10, client=client, replicas=2)
    try:
        # At once, with no error: this replica's share of the burst (4 / 2) in memory.
        assert [await limits.reserve("write", time.monotonic() + 1) for _ in range(2)] == [0.0] * 2
        with pytest.raises(Overloaded) as info:
            await limits.reserve("write", time.monotonic() + 1)
        assert info.value.retry_after == pytest.approx(200, abs=1)  # the share's rate: 0.005/s
        assert not limits.shared
    finally:
        await limits.aclose()


async def test_redis_gone_each_replica_falls_back_to_its_share_then_shares_again(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    limits = RateLimits(
        read=None,
        write=Limit(0.01, 4),
        max_waiting=10,
        client=connect(redis_server.url, 5),
        replicas=2,
        probe_interval=0.05,
    )
    soon = time.monotonic
    fallbacks = sample("gateway_rate_limit_fallbacks_total")
    try:
        assert await limits.reserve("write", soon() + 1) == 0.0
        await redis_server.kill()
        caplog.set_level(logging.WARNING, "gateway.limits")
        # At once, with no error: the replica's share of the burst (4 / 2) in memory.
        assert [await limits.reserve("write", soon() + 1) for _ in range(2)] == [0.0] * 2
        with pytest.raises(Overloaded) as info:
            await limits.reserve("write", soon() + 1)
        assert info.value.retry_after == pytest.approx(200, abs=1)  # the share's rate: 0.005/s
        assert not limits.shared and sample("gateway_rate_limit_shared") == 0
        assert sample("gateway_rate_limit_fallbacks_total") == fallbacks + 1
        assert "Redis failed" in caplog.text and "1/2 of the rate" in caplog.text

        await redis_server.start()  # empty: the fleet's bucket is full again
        async with asyncio.timeout(20):
            while not limits.shared:
                with pytest.raises(Overloaded):  # still the local share, which is spent
                    await limits.reserve("write", soon() + 1)
                await asyncio.sleep(0.05)
        assert sample("gateway_rate_limit_shared") == 1
        assert "shared again" in caplog.text
        assert [await limits.reserve("write", soon() + 1) for _ in range(4)] == [0.0] * 4
        with pytest.raises(Overloaded):
            await limits.reserve("write", soon() + 1)
    finally:
        await limits.aclose()


async def test_a_call_waiting_on_redis_when_it_dies_takes_a_slot_of_the_share_instead(
    redis_server: RedisServer,
) -> None:
    sleeps: list[float] = []
    woken = asyncio.Event()

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        await woken.wait()

    limits = RateLimits(
        read=None,
        write=Limit(1, 1),
        max_waiting=10,
        client=connect(redis_server.url, 5),
        replicas=2,
        sleep=sleep,
    )
    try:
        await limits.acquire("write", time.monotonic() + 10)
        waiting = asyncio.ensure_future(limits.acquire("write", time.monotonic() + 10))
        while not sleeps:
            await asyncio.sleep(0.01)
        assert len(sleeps) == 1 and 0 < sleeps[0] <= 1.0  # the fleet's next slot, from Redis
        await redis_server.kill()
        await limits.acquire("write", time.monotonic() + 10)  # falls back: the share's burst
        assert len(sleeps) == 1
        woken.set()
        await waiting
        # Redis went while it waited: it took the share's next slot (0.5/s) before going.
        assert 1.0 < sleeps[1] <= 2.0
    finally:
        await limits.aclose()


async def test_a_wait_leaves_the_call_part_of_its_time() -> None:
    clock = Clock()
    limits = RateLimits(read=Limit(1, 1), write=None, max_waiting=10, clock=clock)
    assert await limits.reserve("read", FAR) == 0.0
    with pytest.raises(Overloaded):  # 1 s to wait of the 1.1 s left: too little for the call
        await limits.reserve("read", clock.now + 1.1)
    assert await limits.reserve("read", clock.now + 1.5) == pytest.approx(1.0)
