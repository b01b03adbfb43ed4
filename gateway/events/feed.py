"""Reading Stripe's events feed, `GET /v1/events`, oldest first from a cursor.

Stripe lists events newest first. Walking with `ending_before=<id>` gives the events newer
than `id`, and gateway.pagination yields each page reversed, so the walk runs oldest first:
the order a follower expects, in which every id sent is a place to resume from. With no cursor,
the oldest event Stripe keeps (30 days) is found first by paging to the end of the list,
keeping only the last item, so memory stays bounded however long the history.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any

from checkout_gateway.v1 import events_pb2

from gateway.exceptions import InvalidRequest
from gateway.pagination import PAGE_SIZE, Page, walk
from gateway.validation import OBJECT_ID

__all__ = ["ALL_SESSION_EVENTS", "EventFeed", "Params", "filters_for"]

Params = list[tuple[str, str]]
# Reads one page of GET /v1/events with these query parameters: Stripe's list object.
GetEvents = Callable[[Params], Awaitable[dict[str, Any]]]

SESSION_EVENT_PREFIX = "checkout.session."
ALL_SESSION_EVENTS = "checkout.session.*"  # Stripe's `type` takes this one wildcard
MAX_TYPES = 20  # Stripe's limit on `types[]`
CREATED_BOUNDS = ("gt", "gte", "lt", "lte")


def filters_for(request: events_pb2.StreamCheckoutSessionEventsRequest) -> Params:
    """Stripe's list parameters for the request's filters; InvalidRequest naming a bad field."""
    if len(request.types) > MAX_TYPES:
        raise InvalidRequest("types", f"at most {MAX_TYPES} event types")
    params: Params = []
    for i, kind in enumerate(request.types):
        name = kind.removeprefix(SESSION_EVENT_PREFIX)
        if not kind.startswith(SESSION_EVENT_PREFIX) or not OBJECT_ID.fullmatch(name):
            raise InvalidRequest(
                f"types[{i}]", "a checkout.session.* event type, such as checkout.session.completed"
            )
        params.append(("types[]", kind))
    if not params:
        params.append(("type", ALL_SESSION_EVENTS))
    if request.HasField("created"):
        for bound in CREATED_BOUNDS:
            if request.created.HasField(bound):
                params.append((f"created[{bound}]", str(getattr(request.created, bound))))
    if request.HasField("starting_after_event"):
        cursor = request.starting_after_event
        if not cursor.startswith("evt_") or len(cursor) > 255 or not OBJECT_ID.fullmatch(cursor):
            raise InvalidRequest("starting_after_event", "an event id (evt_...)")
    return params


class EventFeed:
    def __init__(self, get: GetEvents) -> None:
        self._get = get

    def _pages(self, filters: Sequence[tuple[str, str]]) -> Callable[[Params], Awaitable[Page]]:
        async def fetch(cursor: Params) -> Page:
            data = await self._get([*filters, *cursor])
            return Page(list(data.get("data") or ()), bool(data.get("has_more")))

        return fetch

    async def newest(self, filters: Sequence[tuple[str, str]]) -> dict[str, Any] | None:
        page = await self._pages(filters)([("limit", "1")])
        return page.items[0] if page.items else None

    async def _oldest(self, filters: Sequence[tuple[str, str]]) -> dict[str, Any] | None:
        oldest = None
        async for event in walk(self._pages(filters)):
            oldest = event
        return oldest

    async def after(
        self, cursor: str | None, filters: Sequence[tuple[str, str]]
    ) -> AsyncIterator[dict[str, Any]]:
        """Every event newer than `cursor` (None: from the oldest kept), oldest first."""
        if cursor is None:
            oldest = await self._oldest(filters)
            if oldest is None:
                return
            yield oldest
            cursor = str(oldest["id"])
        pages = walk(self._pages(filters), ending_before=cursor)
        try:
            async for event in pages:
                yield event
        finally:
            await pages.aclose()  # type: ignore[attr-defined]


assert PAGE_SIZE <= 100  # Stripe's largest page for /v1/events too
