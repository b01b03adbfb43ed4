"""Stripe's two rate limits, reads and writes, as GCRA buckets; shared by a fleet through Redis.

Stripe counts reads (GET) and writes (POST) separately, so the gateway has a bucket for each.
Without Redis the buckets live in this process. With a Redis client they live in Redis and
every replica takes from the same ones: one Lua script per admission, a single round trip that
updates every bucket the call needs and returns how long the call must wait (for RetryInfo).
If Redis fails, this replica falls back at once to its 1/N share (N = `replicas`) in memory,
logs it and counts it, and probes Redis in the background; once Redis answers, the buckets
are shared again.

Per-caller shares (the trust policy's `rate_share` of each bucket, for the caller of the RPC
being served, gateway.identity.CALLER) are more buckets checked in the same admission, so they
hold inside the shared limit, atomically with it, across the fleet.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import redis.asyncio as redis
from prometheus_client import Counter, Gauge
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff

from gateway.config import Config
from gateway.exceptions import Overloaded
from gateway.identity import CALLER

__all__ = [
    "Bucket",
    "Kind",
    "Limit",
    "LocalBuckets",
    "RateLimits",
    "Waited",
    "bucket_key",
    "connect",
    "from_config",
    "kind_of",
    "not_recorded",
]

log = logging.getLogger("gateway.limits")

Kind = Literal["read", "write"]
# A wait's reason and seconds, for metrics: a bucket ("read", "write"; admission's "gateway"
# for --rate-limit; "caller" for a caller's share) or admission's connection slot. Only a
# call that waits makes one.
Waited = Callable[[str, float], None]
KEY_PREFIX = "checkout-gateway:{limits}"  # one hash tag: a cluster keeps every bucket on one node
# The share of a call's time left that a wait may not take: the call itself needs it, and a
# wait up to the deadline would only turn RESOURCE_EXHAUSTED into DEADLINE_EXCEEDED.
CALL_SHARE = 0.2

FALLBACKS = Counter(
    "gateway_rate_limit_fallbacks",
    "Times this process lost the shared (Redis) rate limit and fell back to its share",
)
SHARED = Gauge(
    "gateway_rate_limit_shared",
    "1 while the read/write rate limits are shared through Redis, 0 while on the local share",
)
REFUSED = Counter(
    "gateway_rate_limit_refused",
    "Upstream calls refused by the read/write rate limit (RESOURCE_EXHAUSTED)",
    ["bucket"],
)


def not_recorded(reason: str, seconds: float) -> None:
    """The default `Waited`: nobody records the waits."""


def kind_of(method: str) -> Kind:
    """Stripe's own split: GETs are reads, everything else writes."""
    return "read" if method == "GET" else "write"


def bucket_key(kind: Kind, scope: str = "") -> str:
    """The bucket's name in Redis: the fleet's bucket, or a narrower one (`scope`: a caller)."""
    return f"{KEY_PREFIX}:{kind}" + (f":{scope}" if scope else "")


@dataclass(frozen=True)
class Limit:
    """`rate` calls a second, `burst` of them at once; burst 0 means one second's worth."""

    rate: float
    burst: int = 0

    def share(self, n: int) -> Limit:
        """One of `n` equal shares; the burst rounded up, never below 1."""
        return Limit(self.rate / n, max(1, -(-self.effective_burst // n)))

    @property
    def effective_burst(self) -> int:
        return self.burst or max(1, math.ceil(self.rate))


@dataclass(frozen=True)
class Bucket:
    key: str
    limit: Limit

    @property
    def period_us(self) -> int:
        """Microseconds between calls at the rate (GCRA's emission interval)."""
        return max(1, round(1_000_000 / self.limit.rate))

    @property
    def tolerance_us(self) -> int:
        return self.period_us * self.limit.effective_burst


# GCRA over every bucket in KEYS at once: admitted only if the wait for the slowest bucket fits
# in ARGV[1] microseconds; then each bucket's theoretical arrival time moves one period on.
# Redis's own clock, so the replicas' clocks need not agree. Integers only: microseconds.
SCRIPT = """
local now = redis.call('TIME')
local t = tonumber(now[1]) * 1000000 + tonumber(now[2])
local max_wait = tonumber(ARGV[1])
local wait = 0
local tats = {}
for i, key in ipairs(KEYS) do
  local period = tonumber(ARGV[2 * i])
  local tolerance = tonumber(ARGV[2 * i + 1])
  local tat = tonumber(redis.call('GET', key)) or t
  if tat < t then tat = t end
  local w = tat + period - tolerance - t
  if w > wait then wait = w end
  tats[i] = tat + period
end
if wait > max_wait then return {0, wait} end
for i, key in ipairs(KEYS) do
  local ttl = math.floor((tats[i] - t) / 1000) + 1000
  redis.call('SET', key, string.format('%d', tats[i]), 'PX', ttl)
end
return {1, wait}
"""


class LocalBuckets:
    """The same GCRA in this process (no Redis, or Redis gone), on an injected clock."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._tat: dict[str, int] = {}

    def reserve(self, buckets: Sequence[Bucket], max_wait: float) -> tuple[bool, float]:
        """(admitted, seconds to wait first); nothing is taken when not admitted."""
        now = round(self._clock() * 1e6)  # whole microseconds, as in Redis: no float drift
        wait = 0
        tats = []
        for bucket in buckets:
            tat = max(self._tat.get(bucket.key, now), now)
            wait = max(wait, tat + bucket.period_us - bucket.tolerance_us - now)
            tats.append(tat + bucket.period_us)
        if wait > max_wait * 1e6:
            return False, wait / 1e6
        for bucket, tat in zip(buckets, tats, strict=True):
            self._tat[bucket.key] = tat
        return True, wait / 1e6


def connect(url: str, timeout: float) -> redis.Redis:
    """A client that fails fast: no retries, `timeout` seconds to connect and per command,
    since a call falls back to the local share rather than wait for Redis."""
    client: redis.Redis = redis.Redis.from_url(
        url,
        socket_timeout=timeout,
        socket_connect_timeout=timeout,
        retry=Retry(NoBackoff(), 0),
    )
    return client


class RateLimits:
    """The read and the write bucket (either may be absent: that kind is not limited)."""

    def __init__(
        self,
        *,
        read: Limit | None,
        write: Limit | None,
        max_waiting: int,
        client: redis.Redis | None = None,
        replicas: int = 1,
        probe_interval: float = 1.0,
        shares: Callable[[], Mapping[str, float]] | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        waited: Waited = not_recorded,
    ) -> None:
        if replicas < 1 or max_waiting < 0 or probe_interval <= 0:
            raise ValueError("need replicas >= 1, max_waiting >= 0 and probe_interval > 0")
        for limit in (read, write):
            if limit is not None and not (limit.rate > 0 and math.isfinite(limit.rate)):
                raise ValueError("a rate must be > 0 and finite")
        self.limits: dict[Kind, Limit | None] = {"read": read, "write": write}
        self.max_waiting, self.replicas = max_waiting, replicas
        self._client = client
        self._script = client.register_script(SCRIPT) if client is not None else None
        self._local = LocalBuckets(clock)
        self._clock, self._sleep, self._waited = clock, sleep, waited
        self._probe_interval = probe_interval
        self._probe: asyncio.Task[None] | None = None
        self._next_probe = 0.0
        self._fallbacks = 0  # how many times Redis failed: a waiter can tell it happened meanwhile
        self._shares = shares  # caller -> fraction of each bucket (the trust policy's rate_share)
        self.shared = client is not None
        SHARED.set(1 if self.shared else 0)

    async def acquire(self, kind: Kind, deadline: float, extra: Sequence[Bucket] = ()) -> None:
        """Take a slot (see `reserve`) and wait for it. If Redis fails during the wait, the
        slot it gave is the fleet's, whose other replicas now keep to their shares too: take
        one from this replica's share instead, so the share holds from the moment Redis goes."""
        wait, shared = await self._take(kind, deadline, extra)
        if wait:
            fallbacks = self._fallbacks
            self._waited(kind, wait)
            await self._sleep(wait)
            if shared and self._fallbacks != fallbacks and not self.shared:
                wait, _ = await self._take(kind, deadline, extra)
                if wait:
                    self._waited(kind, wait)
                    await self._sleep(wait)

    async def reserve(self, kind: Kind, deadline: float, extra: Sequence[Bucket] = ()) -> float:
        """Take a slot in `kind`'s bucket (and every `extra` one): the seconds to wait before
        calling upstream, or Overloaded when that wait would pass `deadline` (on `clock`) or
        be longer than `max_waiting` calls at the rate."""
        wait, _shared = await self._take(kind, deadline, extra)
        return wait

    async def _take(
        self, kind: Kind, deadline: float, extra: Sequence[Bucket]
    ) -> tuple[float, bool]:
        """`reserve`'s wait, and whether the slot came from Redis."""
        limit = self.limits[kind]
        if limit is None and not extra:
            return 0.0, False
        buckets = ([Bucket(bucket_key(kind), limit)] if limit is not None else []) + list(extra)
        if limit is not None and self._shares is not None and (caller := CALLER.get()):
            share = self._shares().get(caller)
            if share is not None:
                burst = max(1, math.floor(limit.effective_burst * share))
                buckets.append(
                    Bucket(bucket_key(kind, f"caller:{caller}"), Limit(limit.rate * share, burst))
                )
        # The queue's bound, as a wait: `max_waiting` calls ahead at the slowest rate.
        queue = self.max_waiting / min(b.limit.rate for b in buckets)
        max_wait = min((deadline - self._clock()) * (1 - CALL_SHARE), queue)
        if self.shared:
            try:
                admitted, wait = await self._reserve_shared(buckets, max_wait)
            except (redis.RedisError, OSError, TimeoutError) as exc:
                self._fall_back(exc)
            else:
                return self._answer(kind, admitted, wait, max_wait, queue), True
        elif self._client is not None:
            self._maybe_probe()
        admitted, wait = self._local.reserve(
            [Bucket(b.key, b.limit.share(self.replicas)) for b in buckets]
            if self._client is not None
            else buckets,
            max_wait,
        )
        return self._answer(kind, admitted, wait, max_wait, queue), False

    async def _reserve_shared(
        self, buckets: Sequence[Bucket], max_wait: float
    ) -> tuple[bool, float]:
        assert self._script is not None
        args: list[int] = [max(0, math.floor(max_wait * 1e6))]
        for b in buckets:
            args += [b.period_us, b.tolerance_us]
        reply: Any = await self._script(keys=[b.key for b in buckets], args=args)
        return bool(reply[0]), int(reply[1]) / 1e6

    def _answer(
        self, kind: Kind, admitted: bool, wait: float, max_wait: float, queue: float
    ) -> float:
        if admitted:
            return wait
        REFUSED.labels(kind).inc()
        if max_wait >= queue:
            raise Overloaded(
                f"upstream {kind} rate limit: {self.max_waiting} calls already waiting", wait
            )
        raise Overloaded(
            f"upstream {kind} rate limit: the next free slot is {wait:.3f} s away, "
            "after the call's deadline",
            wait,
        )

    def _fall_back(self, exc: BaseException) -> None:
        if self.shared:
            self.shared = False
            FALLBACKS.inc()
            SHARED.set(0)
            log.warning(
                "rate limit: Redis failed (%s); each replica now limits itself to 1/%d "
                "of the rate until Redis answers again",
                type(exc).__name__,
                self.replicas,
            )
            self._fallbacks += 1
            self._next_probe = self._clock() + self._probe_interval

    def _maybe_probe(self) -> None:
        # In the background: a call on the local share never waits for a Redis that is away.
        if self._probe is None and self._clock() >= self._next_probe:
            self._next_probe = self._clock() + self._probe_interval
            self._probe = asyncio.get_running_loop().create_task(self._ping())

    async def _ping(self) -> None:
        assert self._client is not None
        try:
            await self._client.ping()
        except (redis.RedisError, OSError, TimeoutError):
            return
        finally:
            self._probe = None
        self.shared = True
        SHARED.set(1)
        log.warning("rate limit: Redis answers again; the rate limits are shared again")

    async def aclose(self) -> None:
        if self._probe is not None:
            self._probe.cancel()
        if self._client is not None:
            await self._client.aclose()


def from_config(
    config: Config,
    *,
    shares: Callable[[], Mapping[str, float]] | None = None,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    waited: Waited = not_recorded,
    redis_timeout: float = 0.5,
) -> RateLimits | None:
    """The configured read and write buckets, in Redis with `redis_url`; None when both are off."""
    read, write = (
        Limit(rate, burst) if rate else None
        for rate, burst in (
            (config.read_rate_limit, config.read_rate_burst),
            (config.write_rate_limit, config.write_rate_burst),
        )
    )
    if read is None and write is None:
        return None
    client = connect(config.redis_url, redis_timeout) if config.redis_url else None
    return RateLimits(
        read=read,
        write=write,
        max_waiting=config.max_waiting,
        client=client,
        replicas=config.replicas,
        shares=shares,
        sleep=sleep,
        waited=waited,
    )
