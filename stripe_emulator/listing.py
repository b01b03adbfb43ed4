"""Stripe's list pages over records kept in creation order: newest first, with cursors."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from stripe_emulator.errors import resource_missing
from stripe_emulator.values import ListSpec


class Listed(Protocol):
    @property
    def data(self) -> dict[str, Any]: ...

    @property
    def position(self) -> int: ...


R = TypeVar("R", bound=Listed)


@dataclass(slots=True)
class Page:
    data: list[Any]
    has_more: bool


def newest_first(
    records: Mapping[str, R],
    order: list[str],
    created: list[int],
    spec: ListSpec,
    match: Callable[[dict[str, Any]], bool] | None,
    kind: str,
    *,
    offset: int = 0,
) -> Page:
    """A page of `records` (ids in `order`, `created` non-decreasing alongside), newest first.

    `match` filters (None: every record); a cursor naming no record is Stripe's 400 for `kind`.
    `offset`: the position of `order[0]` (records dropped from the front keep their positions).
    """
    limit, ending_before = spec.limit, spec.ending_before
    lo, hi = created_range(created, spec.created)
    if spec.starting_after is not None:
        hi = min(hi, _position(records, spec.starting_after, "starting_after", kind) - offset)
    if ending_before is not None:
        lo = max(lo, _position(records, ending_before, "ending_before", kind) - offset + 1)
    indexes: Iterator[int]
    indexes = iter(range(lo, hi)) if ending_before is not None else iter(range(hi - 1, lo - 1, -1))
    found: list[R] = []
    for i in indexes:
        record = records[order[i]]
        if match is None or match(record.data):
            found.append(record)
            if len(found) > limit:
                break
    has_more = len(found) > limit
    found = found[:limit]
    if ending_before is not None:
        found.reverse()
    return Page(found, has_more)


def _position(records: Mapping[str, R], ident: str, param: str, kind: str) -> int:
    record = records.get(ident)
    if record is None:
        raise resource_missing(kind, ident, param=param)
    return record.position


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
