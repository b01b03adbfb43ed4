"""In-memory state: sessions in creation order with their indexes, prices, products, rates."""

from __future__ import annotations

import heapq
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from stripe_emulator.errors import resource_missing
from stripe_emulator.events import EventLog
from stripe_emulator.listing import Page, newest_first
from stripe_emulator.retention import Retention
from stripe_emulator.serialize import dumps, kept
from stripe_emulator.values import ListSpec
from stripe_emulator.webhooks import Endpoints


@dataclass(slots=True)
class SessionRecord:
    """A session's JSON (without line_items), its items, and its cached serialisation."""

    data: dict[str, Any]
    items: list[dict[str, Any]]
    position: int
    raw_cache: bytes | None = field(default=None, repr=False)
    # An async payment method's outcome after completion: "pending", "succeeded", "failed".
    async_payment: str | None = None

    @property
    def id(self) -> str:
        return str(self.data["id"])

    def raw(self) -> bytes:
        if self.raw_cache is None:
            self.raw_cache = kept(dumps(self.data))
        return self.raw_cache

    def changed(self) -> None:
        self.raw_cache = None


class Store:
    """All emulator state; not thread-safe, owned by the server's event loop."""

    def __init__(
        self,
        clock: Callable[[], float] = time.time,
        *,
        session_lifetime: int | None = None,
        event_retention: Retention | None = None,
    ) -> None:
        self.clock = clock
        # Seconds a session lives when its create sets no expires_at (None: Stripe's 24 hours).
        self.session_lifetime = session_lifetime
        self.events = EventLog(clock, event_retention)
        self.endpoints = Endpoints(clock)
        self.sessions: dict[str, SessionRecord] = {}
        self.order: list[str] = []
        self.created: list[int] = []
        self.prices: dict[str, dict[str, Any]] = {}
        self.products: dict[str, dict[str, Any]] = {}
        self.shipping_rates: dict[str, dict[str, Any]] = {}
        # (expires_at, position) of sessions created open: a heap, soonest first.
        self.expiries: list[tuple[int, int]] = []

    def now(self) -> int:
        return int(self.clock())

    def get(self, ident: str) -> SessionRecord:
        record = self.sessions.get(ident)
        if record is None:
            raise resource_missing("checkout.session", ident)
        return record

    def add(
        self, data: dict[str, Any], items: list[dict[str, Any]], *, expires: bool = True
    ) -> SessionRecord:
        """Append a built session, keeping `created` non-decreasing for bisecting.

        An open session expires at its expires_at unless `expires` is false.
        """
        if self.created and data["created"] < self.created[-1]:
            data["created"] = self.created[-1]
        record = SessionRecord(data, items, len(self.order))
        ident = record.id
        self.sessions[ident] = record
        self.order.append(ident)
        self.created.append(data["created"])
        if expires and data["status"] == "open":
            heapq.heappush(self.expiries, (data["expires_at"], record.position))
        return record

    def due(self, now: int) -> Iterator[SessionRecord]:
        """Sessions whose expires_at has come, each once, soonest first (open or not)."""
        expiries = self.expiries
        while expiries and expiries[0][0] <= now:
            yield self.sessions[self.order[heapq.heappop(expiries)[1]]]

    def next_expiry(self) -> int | None:
        return self.expiries[0][0] if self.expiries else None

    # -- listing ------------------------------------------------------------------------

    def list_sessions(self, spec: ListSpec, match: Callable[[dict[str, Any]], bool] | None) -> Page:
        """Newest first; `match` filters (None: every session)."""
        kind = "checkout.session"
        return newest_first(self.sessions, self.order, self.created, spec, match, kind)

    def list_line_items(self, record: SessionRecord, spec: ListSpec) -> Page:
        limit, starting_after, ending_before = spec.limit, spec.starting_after, spec.ending_before
        items = record.items
        positions = {item["id"]: i for i, item in enumerate(items)}
        start, stop = 0, len(items)
        for cursor, param in ((starting_after, "starting_after"), (ending_before, "ending_before")):
            if cursor is not None and cursor not in positions:
                raise resource_missing("line item", cursor, param=param)
        if starting_after is not None:
            start = positions[starting_after] + 1
        if ending_before is not None:
            stop = positions[ending_before]
            start = max(0, stop - limit)
            return Page(items[start:stop], start > 0)
        return Page(items[start : start + limit], start + limit < stop)
