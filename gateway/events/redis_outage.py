"""Whether the events' Redis parts (stream, de-duplication, lease) are up: logged and counted.

Each part says `lost(exc)` on a failure and `back()` on a success; only the changes are logged
and counted, so an outage is one WARNING line and one count however many calls fail in it.
"""

from __future__ import annotations

import logging

from prometheus_client import Counter, Gauge

__all__ = ["EVENTS_FALLBACKS", "EVENTS_SHARED", "Outage"]

log = logging.getLogger("gateway.events")

EVENTS_FALLBACKS = Counter(
    "gateway_events_redis_fallbacks",
    "Times an events part lost Redis and fell back to this replica alone",
    ["part"],
)
EVENTS_SHARED = Gauge(
    "gateway_events_redis_shared",
    "1 while an events part works through Redis, 0 while it is on this replica alone",
    ["part"],
)


class Outage:
    """One part's state; `up` starts True (a first failure is logged as a loss) unless the part
    must first prove it works (then its first success is logged as Redis answering)."""

    def __init__(self, part: str, fallback: str, *, up: bool = True) -> None:
        self.part, self.fallback = part, fallback
        self.up = up
        self.outages = 0
        EVENTS_SHARED.labels(part).set(1 if up else 0)

    def lost(self, exc: BaseException) -> bool:
        """Record a failure; True if it is a change (the part was up)."""
        if not self.up:
            return False
        self.up = False
        self.outages += 1
        EVENTS_FALLBACKS.labels(self.part).inc()
        EVENTS_SHARED.labels(self.part).set(0)
        log.warning(
            "events %s: Redis failed (%s); %s", self.part, type(exc).__name__, self.fallback
        )
        return True

    def back(self) -> bool:
        """Record a success; True if it is a change (the part was down)."""
        if self.up:
            return False
        self.up = True
        EVENTS_SHARED.labels(self.part).set(1)
        log.warning("events %s: Redis answers again; back through Redis", self.part)
        return True
