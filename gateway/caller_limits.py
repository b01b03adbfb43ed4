"""Each caller's share of the upstream rate limit, so one noisy service cannot starve the rest.

A caller with `rate_share` in the policy has its own token bucket of share x the gateway's
rate (and burst); each upstream request made for it takes a token there first, then goes
through the gateway-wide admission like every other. Callers without a share use only the
gateway-wide limit. With no gateway rate limit, shares have nothing to divide.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Awaitable, Callable, Mapping

from gateway.admission import TokenBucket
from gateway.exceptions import Overloaded
from gateway.identity import CALLER
from gateway.limits import Waited, not_recorded

__all__ = ["CallerLimits"]


class CallerLimits:
    def __init__(
        self,
        *,
        rate: float,
        burst: int,
        max_waiting: int,
        shares: Callable[[], Mapping[str, float]],
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.rate, self.max_waiting = rate, max_waiting
        self.burst = burst or max(1, math.ceil(rate))  # as Admission: one second's worth
        self._shares, self._clock, self._sleep = shares, clock, sleep
        self._buckets: dict[str, tuple[float, TokenBucket]] = {}
        self.waited: Waited = not_recorded  # set by the server once its metrics exist

    def bucket(self, caller: str) -> TokenBucket | None:
        """The caller's bucket, made (or remade, if the policy changed its share) on demand."""
        share = self._shares().get(caller)
        if share is None or not self.rate:
            return None
        kept = self._buckets.get(caller)
        if kept is None or kept[0] != share:
            bucket = TokenBucket(
                self.rate * share,
                max(1, math.floor(self.burst * share)),
                max_waiting=self.max_waiting,
                clock=self._clock,
            )
            kept = self._buckets[caller] = (share, bucket)
        return kept[1]

    async def take(self, deadline: float) -> None:
        """One token from the calling caller's bucket, waiting for it; raises Overloaded."""
        caller = CALLER.get()
        bucket = None if caller is None else self.bucket(caller)
        if bucket is None:
            return
        try:
            delay = bucket.reserve(deadline)
        except Overloaded as exc:
            raise Overloaded(
                f"caller {caller} is over its share of the upstream rate limit ({bucket.rate:g}/s)",
                exc.retry_after,
            ) from None
        if delay:
            self.waited("caller", delay)
            await self._sleep(delay)
