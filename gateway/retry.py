"""Retries: a policy is a predicate (`is_retryable`), a backoff generator and a deadline.

`is_retryable` applies stripe-python 16's retry rules, kept as data (the RETRYABLE_* tables).

The backoff follows stripe-python 16 exactly (`HTTPClient._sleep_time_seconds`): before retry
n (1-based) sleep min(initial_delay * 2**(n-1), max_delay), jittered to 50-100% of that, and
never less than initial_delay. With the defaults the first retry therefore always waits 0.5 s.
"""

from __future__ import annotations

import asyncio
import math
import random as _random
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Final, TypeVar

from gateway.exceptions import (
    DeadlineExceeded,
    StripeAPIError,
    UpstreamTimeout,
    UpstreamUnavailable,
)

__all__ = [
    "RETRYABLE_EXCEPTIONS",
    "RETRYABLE_FROM_STATUS",
    "RETRYABLE_STATUSES",
    "RETRYABLE_STATUS_AND_CODE",
    "RetryPolicy",
    "call_with_retries",
    "is_retryable",
]

T = TypeVar("T")

# stripe-python 16's retry rules, used when Stripe-Should-Retry is absent (the header decides).
RETRYABLE_EXCEPTIONS: Final[tuple[type[BaseException], ...]] = (
    UpstreamUnavailable,
    # The request may never have arrived; idempotency keys make resending a POST safe.
    UpstreamTimeout,
)
RETRYABLE_STATUSES: Final[frozenset[int]] = frozenset({409})
# stripe-python retries lock timeouts because Stripe flags them with Stripe-Should-Retry: true.
RETRYABLE_STATUS_AND_CODE: Final[frozenset[tuple[int, str]]] = frozenset({(429, "lock_timeout")})
RETRYABLE_FROM_STATUS: Final = 500
# A plain 429 (rate_limit) is deliberately absent: stripe-python does not retry it.


def is_retryable(exc: BaseException) -> bool:
    """Whether stripe-python would retry after `exc` (retries left aside)."""
    if isinstance(exc, StripeAPIError):
        if exc.should_retry is not None:
            return exc.should_retry
        code = exc.field("code")
        return (
            exc.http_status in RETRYABLE_STATUSES
            or (code is not None and (exc.http_status, code) in RETRYABLE_STATUS_AND_CODE)
            or exc.http_status >= RETRYABLE_FROM_STATUS
        )
    return isinstance(exc, RETRYABLE_EXCEPTIONS)


@dataclass(frozen=True)
class RetryPolicy:
    """stripe-python's defaults: at most 2 retries, 0.5 s initial delay, 5 s cap."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 5.0

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must not be negative")
        if not 0 < self.initial_delay <= self.max_delay:
            raise ValueError("need 0 < initial_delay <= max_delay")

    def delays(self, random: Callable[[], float]) -> Iterator[float]:
        """The sleep before each retry: `max_retries` values; `random()` is in [0, 1)."""
        for n in range(1, self.max_retries + 1):
            base = min(self.initial_delay * 2 ** (n - 1), self.max_delay)
            # Jitter to 50-100% spreads out clients that failed together.
            jittered = base * 0.5 * (1 + random())
            # stripe-python never sleeps less than the initial delay.
            yield max(self.initial_delay, jittered)


async def call_with_retries(
    attempt: Callable[[float], Awaitable[T]],
    *,
    policy: RetryPolicy,
    retryable: Callable[[BaseException], bool],
    deadline: float | None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    random: Callable[[], float] = _random.random,
    on_retry: Callable[[int, BaseException, float], None] | None = None,
) -> T:
    """Call `attempt(timeout)` until it succeeds, retrying as `policy` and `retryable` allow.

    `timeout` is the time left until `deadline` (an absolute `clock()` value), or math.inf
    when there is no deadline (the attempt then applies its own default). A retryable error
    is re-raised rather than retried when no retries remain or when the next delay would end
    at or after the deadline. If the deadline has passed before an attempt, DeadlineExceeded
    is raised from the last error. `on_retry(retry_number, error, delay)` runs before each sleep.
    asyncio.CancelledError is a BaseException, not an Exception, so it is never caught here.
    """
    delays: Iterator[float] | None = None  # made at the first failure: most calls need none
    last: Exception | None = None
    retry = 0
    while True:
        timeout = math.inf if deadline is None else deadline - clock()
        if timeout <= 0:
            raise DeadlineExceeded(
                "the deadline was reached before the first attempt"
                if last is None
                else f"the deadline was reached after {retry} retries"
            ) from last
        try:
            return await attempt(timeout)
        except Exception as exc:
            if not retryable(exc):
                raise
            if delays is None:
                delays = policy.delays(random)
            delay = next(delays, None)
            if delay is None:
                raise
            # Sleeping into the deadline would only trade the real error for a timeout.
            if deadline is not None and clock() + delay >= deadline:
                raise
            retry += 1
            last = exc
            if on_retry is not None:
                on_retry(retry, exc, delay)
            await sleep(delay)
