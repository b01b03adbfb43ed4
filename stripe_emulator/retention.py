"""How long the event log keeps an event: by age on the emulator's clock, and a count cap.

Stripe keeps events for 30 days; an emulator left running also needs a memory bound: an event
takes about 1 KB, and its own copy of its object's JSON (2.4 KB for a completed session) once
the object has changed since.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

# Stripe's retention: /v1/events lists the last 30 days.
DEFAULT_MAX_AGE = 30 * 24 * 60 * 60.0
# 10-35 MB of events at most: room for any local test, a bound for a long `serve --emulator`.
DEFAULT_MAX_COUNT = 10_000


@dataclass(frozen=True, slots=True)
class Retention:
    """Events live `max_age` seconds of emulator time; only the newest `max_count` are kept."""

    max_age: float = DEFAULT_MAX_AGE
    max_count: int = DEFAULT_MAX_COUNT

    def __post_init__(self) -> None:
        if self.max_age <= 0 or self.max_count < 1:
            raise ValueError("event retention must be positive seconds and a count of at least 1")

    def expired(self, created: list[int], now: float) -> int:
        """How many of the oldest events (`created` non-decreasing) are past retention at `now`.

        An event created at `t` is gone once `now - t >= max_age`, or when newer ones fill the cap.
        """
        if not created:
            return 0
        by_count = len(created) - self.max_count
        if created[0] > now - self.max_age:  # the common case: nothing is old enough
            return max(0, by_count)
        return max(by_count, bisect_right(created, now - self.max_age))
