"""Overload protection: a bound on upstream calls in flight and an optional rate limit.

A burst waits here, within the caller's deadline, instead of becoming Stripe 429s. A call is
refused at once with `Overloaded` (RESOURCE_EXHAUSTED) when the wait could not end before its
deadline or when too many calls are already waiting. Clock and sleep are injected for tests.
"""

from __future__ import annotations

import asyncio
import collections
import math
import time
from collections.abc import Awaitable, Callable

from gateway.exceptions import Overloaded
from gateway.limits import Kind, RateLimits, Waited, not_recorded

__all__ = ["CONNECTIONS", "Admission", "TokenBucket"]

CONNECTIONS = "connections"  # the reason a call waited for a slot under --max-connections


class TokenBucket:
    """`rate` tokens a second, up to `burst` saved; a call takes one, waiting if none is left.

    Tokens go negative while calls wait: each waiter has reserved the next free token, so the
    delay is known when it arrives and a call that could not get one in time is refused at once.
    """

    def __init__(
        self,
        rate: float,
        burst: int,
        *,
        max_waiting: int,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not (rate > 0 and math.isfinite(rate)) or burst < 1 or max_waiting < 0:
            raise ValueError("need rate > 0, burst >= 1 and max_waiting >= 0")
        self.rate, self.burst, self.max_waiting = rate, burst, max_waiting
        self._clock = clock
        self._tokens = float(burst)
        self._updated = clock()

    def reserve(self, deadline: float) -> float:
        """Take a token; return how long to wait before using it, or raise Overloaded."""
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._updated) * self.rate)
        self._updated = now
        if self._tokens >= 1:
            self._tokens -= 1
            return 0.0
        delay = (1 - self._tokens) / self.rate
        if -self._tokens >= self.max_waiting:
            raise Overloaded(
                f"upstream rate limit: {self.max_waiting} calls already waiting", delay
            )
        if now + delay >= deadline:
            raise Overloaded(
                f"upstream rate limit: the next free slot is {delay:.3f} s away, "
                "after the call's deadline",
                delay,
            )
        self._tokens -= 1
        return delay


class _Slots:
    """asyncio.Semaphore as Python 3.11 has it (waiters served in order, a freed slot handed to
    the next), plus `take`: a free slot without a coroutine. `acquire` and `locked()`'s
    generator were most of an admission that never waits (tests/test_admission.py)."""

    __slots__ = ("_free", "_waiters")

    def __init__(self, count: int) -> None:
        self._free = count
        self._waiters: collections.deque[asyncio.Future[None]] = collections.deque()

    def take(self) -> bool:
        """Take a slot now, if one is free and no one waits: what `acquire` would do at once."""
        if self._free and not self._waiters:
            self._free -= 1
            return True
        return False

    def locked(self) -> bool:
        return self._free == 0 or any(not w.cancelled() for w in self._waiters)

    async def acquire(self) -> None:
        if not self.locked():
            self._free -= 1
            return
        waiter = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            try:
                await waiter
            finally:
                self._waiters.remove(waiter)
        except asyncio.CancelledError:
            if not waiter.cancelled():  # handed a slot as it was cancelled: pass it on
                self._free += 1
                self._wake_next()
            raise
        if self._free > 0:
            self._wake_next()

    def release(self) -> None:
        self._free += 1
        self._wake_next()

    def _wake_next(self) -> None:
        for waiter in self._waiters:
            if not waiter.done():
                self._free -= 1
                waiter.set_result(None)
                return


class Admission:
    """Admits one upstream call at a time into at most `max_in_flight` concurrent calls."""

    def __init__(
        self,
        *,
        max_in_flight: int,
        max_waiting: int,
        rate: float = 0.0,
        burst: int = 0,
        limits: RateLimits | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        waited: Waited = not_recorded,
    ) -> None:
        if max_in_flight < 1 or max_waiting < 0:
            raise ValueError("need max_in_flight >= 1 and max_waiting >= 0")
        self.max_in_flight, self.max_waiting = max_in_flight, max_waiting
        self._slots = _Slots(max_in_flight)
        self.in_flight = 0
        self._waiting = 0
        self._clock, self._sleep, self._waited = clock, sleep, waited
        self.bucket: TokenBucket | None = None
        self.limits = limits  # Stripe's read and write buckets, maybe shared by the fleet
        if rate:
            burst = burst or max(1, math.ceil(rate))  # one second's worth
            self.bucket = TokenBucket(rate, burst, max_waiting=max_waiting, clock=clock)

    def admit_now(self) -> bool:
        """Take a slot at once when nothing could make the call wait (no rate limit, no read or
        write bucket, a free slot, no one waiting); False otherwise, and `acquire` decides.
        Either way, `release` gives the slot back."""
        if self.bucket is None and self.limits is None and self._slots.take():
            self.in_flight += 1
            return True
        return False

    async def acquire(self, deadline: float, kind: Kind = "read") -> None:
        """Hold one upstream slot, waiting within `deadline` (on `clock`); `release` it after."""
        if self.bucket is not None:
            delay = self.bucket.reserve(deadline)
            if delay:
                self._waited("gateway", delay)
                await self._sleep(delay)
        if self.limits is not None:
            await self.limits.acquire(kind, deadline)
        if self._slots.locked():
            if self._waiting >= self.max_waiting:
                raise Overloaded(
                    f"{self.max_in_flight} upstream calls in flight and {self.max_waiting} waiting"
                )
            self._waiting += 1
            started = self._clock()
            try:
                timeout = deadline - started
                async with asyncio.timeout(timeout if math.isfinite(timeout) else None):
                    await self._slots.acquire()
                self._waited(CONNECTIONS, self._clock() - started)
            except TimeoutError:
                raise Overloaded(
                    f"no upstream slot came free before the deadline "
                    f"({self.max_in_flight} calls in flight)"
                ) from None
            finally:
                self._waiting -= 1
        else:
            await self._slots.acquire()
        self.in_flight += 1

    def release(self) -> None:
        self.in_flight -= 1
        self._slots.release()
