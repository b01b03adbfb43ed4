"""De-duplication of Stripe's events by id: Stripe delivers at least once, so repeats are normal.

`DedupeStore` is the interface; `MemoryDedupe` keeps ids in this process (one replica). A
store shared by replicas (Redis `SET NX` with the same TTL) implements the same method.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol

__all__ = ["DEFAULT_MAX_IDS", "DEFAULT_TTL", "DedupeStore", "MemoryDedupe"]

# Stripe retries a failed delivery for up to 3 days: an id is remembered a day longer.
DEFAULT_TTL = 4 * 24 * 3600.0
DEFAULT_MAX_IDS = 200_000  # about 20 MB of ids at most


class DedupeStore(Protocol):
    async def first_seen(self, event_id: str) -> bool:
        """True the first time `event_id` is offered within the TTL, False after that."""
        ...


class MemoryDedupe:
    """Ids seen in the last `ttl` seconds, at most `max_ids` of them (the oldest go first)."""

    def __init__(
        self,
        *,
        ttl: float = DEFAULT_TTL,
        max_ids: int = DEFAULT_MAX_IDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if ttl <= 0 or max_ids < 1:
            raise ValueError("need ttl > 0 and max_ids >= 1")
        self._ttl, self._max, self._clock = ttl, max_ids, clock
        self._expiry: OrderedDict[str, float] = OrderedDict()  # oldest first

    def __len__(self) -> int:
        return len(self._expiry)

    async def first_seen(self, event_id: str) -> bool:
        now = self._clock()
        while self._expiry:
            oldest, expires = next(iter(self._expiry.items()))
            if expires > now and len(self._expiry) < self._max:
                break
            del self._expiry[oldest]
        if event_id in self._expiry:
            return False
        self._expiry[event_id] = now + self._ttl
        return True
