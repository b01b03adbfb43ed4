"""The caller's deadline, less a margin: the time the gateway gives its upstream call.

gRPC ends a call at the caller's deadline on both sides, and a status sent after it never
arrives: the caller sees a bare DEADLINE_EXCEEDED without the gateway's trailers, the
idempotency key among them. So the gateway ends its upstream attempt a margin before the
deadline and answers DEADLINE_EXCEEDED itself while the caller still listens. The margin is
a fixed part (the time to build and send a status) plus a fraction of the time remaining (so
a loaded event loop's delays, which grow with what is in flight, still fit).
"""

from __future__ import annotations

from typing import Final

__all__ = ["MARGIN_FIXED", "MARGIN_FRACTION", "upstream_budget"]

MARGIN_FIXED: Final = 0.010  # seconds
MARGIN_FRACTION: Final = 0.05


def upstream_budget(remaining: float) -> float:
    """Of `remaining` seconds until the caller's deadline, those the upstream may take."""
    return max(0.0, remaining * (1 - MARGIN_FRACTION) - MARGIN_FIXED)
