"""In-memory state: sessions in creation order with their indexes, prices, products, rates."""

from __future__ import annotations

import time
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from stripe_emulator.errors import resource_missing
from stripe_emulator.params import ListSpec
from stripe_emulator.serialize import dumps


@dataclass(slots=True)
class SessionRecord:
    """A session's JSON (without line_items), its items, and its cached serialisation."""

    data: dict[str, Any]
    items: list[dict[str, Any]]
    position: int
    raw_cache: bytes | None = field(default=None, repr=False)

    @property
    def id(self) -> str:
        return str(self.data["id"])

    def raw(self) -> bytes:
        if self.raw_cache is None:
            self.raw_cache = dumps(self.data)
        return self.raw_cache

    def changed(self) -> None:
        self.raw_cache = None


@dataclass(slots=True)
class Page:
    data: list[Any]
    has_more: bool


class Store:
    """All emulator state; not thread-safe, owned by the server's event loop."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.sessions: dict[str, SessionRecord] = {}
        self.order: list[str] = []
        self.created: list[int] = []
        self.prices: dict[str, dict[str, Any]] = {}
        self.products: dict[str, dict[str, Any]] = {}
        self.shipping_rates: dict[str, dict[str, Any]] = {}

    def now(self) -> int:
        return int(self.clock())

    def get(self, ident: str) -> SessionRecord:
        record = self.sessions.get(ident)
        if record is None:
            raise resource_missing("checkout.session", ident)
        return record

    def add(self, data: dict[str, Any], items: list[dict[str, Any]]) -> SessionRecord:
        """Append a built session, keeping `created` non-decreasing for bisecting."""
        if self.created and data["created"] < self.created[-1]:
            data["created"] = self.created[-1]
        record = SessionRecord(data, items, len(self.order))
        self.sessions[record.id] = record
        self.order.append(record.id)
        self.created.append(data["created"])
        return record

    # -- listing ------------------------------------------------------------------------

    def list_sessions(self, spec: ListSpec, match: Callable[[dict[str, Any]], bool] | None) -> Page:
        """Newest first; `match` filters (None: every session)."""
        limit, ending_before = spec.limit, spec.ending_before
        lo, hi = created_range(self.created, spec.created)
        if spec.starting_after is not None:
            hi = min(hi, self._position(spec.starting_after, "starting_after"))
        if ending_before is not None:
            lo = max(lo, self._position(ending_before, "ending_before") + 1)
        indexes: Iterator[int]
        indexes = (
            iter(range(lo, hi)) if ending_before is not None else iter(range(hi - 1, lo - 1, -1))
        )
        found: list[SessionRecord] = []
        for i in indexes:
            record = self.sessions[self.order[i]]
            if match is None or match(record.data):
                found.append(record)
                if len(found) > limit:
                    break
        has_more = len(found) > limit
        found = found[:limit]
        if ending_before is not None:
            found.reverse()
        return Page(found, has_more)

    def _position(self, ident: str, param: str) -> int:
        record = self.sessions.get(ident)
        if record is None:
            raise resource_missing("checkout.session", ident, param=param)
        return record.position

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


def created_range(created: list[int], bounds: list[tuple[str, int]]) -> tuple[int, int]:
    """The slice of a non-decreasing `created` list that `bounds` select."""
    lo, hi = 0, len(created)
    for op, value in bounds:
        if op == "eq":
            return bisect_left(created, value), bisect_right(created, value)
        if op == "gt":
            lo = max(lo, bisect_right(created, value))
        elif op == "gte":
            lo = max(lo, bisect_left(created, value))
        elif op == "lt":
            hi = min(hi, bisect_left(created, value))
        else:
            hi = min(hi, bisect_right(created, value))
    return lo, max(lo, hi)
