"""The order of a Checkout Session's states, so what the gateway emits never goes backwards.

A session moves open -> complete (unpaid: an async payment is pending) -> complete (paid, or
needing no payment), or open -> expired. A later state never returns to an earlier one, so a
snapshot ranked below the last one emitted is stale (an event delivered late, a read from a
lagging replica) and is dropped.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

__all__ = ["ANY", "STATE_RANKS", "TERMINAL_EVENTS", "TERMINAL_RANK", "is_terminal", "rank"]

ANY = "*"  # any payment_status
TERMINAL_RANK = 2
# (status, payment_status) -> rank; a later state has a higher rank. Looked up exactly first,
# then with ANY payment_status.
STATE_RANKS: Mapping[tuple[str, str], int] = {
    ("open", ANY): 0,
    ("complete", "unpaid"): 1,
    ("complete", "paid"): TERMINAL_RANK,
    ("complete", "no_payment_required"): TERMINAL_RANK,
    ("expired", ANY): TERMINAL_RANK,
}
# Event type -> the status in which a session changes no more once that event has happened: an
# async payment's failure leaves the session `complete` and `unpaid`, as it was while pending.
TERMINAL_EVENTS: Mapping[str, str] = {
    "checkout.session.async_payment_failed": "complete",
    "checkout.session.async_payment_succeeded": "complete",
}


def rank(session: Mapping[str, Any]) -> int:
    """Where `session` is in its life; a status newer than this table ranks as open."""
    status = str(session.get("status"))
    found = STATE_RANKS.get((status, str(session.get("payment_status"))))
    if found is None:
        found = STATE_RANKS.get((status, ANY), 0)
    return found


def is_terminal(session: Mapping[str, Any], events: Collection[str] = ()) -> bool:
    """Whether `session` can change no more: paid, needing no payment or expired, or in the
    status a TERMINAL_EVENTS event among `events` (types seen for it) leaves it in."""
    if rank(session) >= TERMINAL_RANK:
        return True
    status = session.get("status")
    return any(TERMINAL_EVENTS.get(kind) == status for kind in events)
