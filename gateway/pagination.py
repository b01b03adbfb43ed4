"""Walks Stripe's cursor-paginated lists, one page ahead of the consumer.

The next page is fetched while the current one is consumed, and never more than that, so
memory stays bounded however long the list. When the consumer stops (cancellation, or
enough items), the fetch in flight is cancelled. Like stripe-python's auto_paging_iter,
every page re-sends the same parameters and changes only the cursor; walking backwards
(`ending_before`), each page is yielded in reverse so items move away from the cursor.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

PAGE_SIZE = 100  # Stripe's largest
# Stripe's list cursors: where a page starts, walking forwards or backwards.
CURSORS = ("starting_after", "ending_before")


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    has_more: bool


FetchPage = Callable[[list[tuple[str, str]]], Awaitable[Page]]


async def walk(
    fetch: FetchPage,
    *,
    starting_after: str | None = None,
    ending_before: str | None = None,
    max_items: int = 0,
) -> AsyncIterator[dict[str, Any]]:
    """Every item of the list, in order; `max_items` > 0 stops after that many."""
    pages = walk_pages(
        fetch, starting_after=starting_after, ending_before=ending_before, max_items=max_items
    )
    async for item in items_of(pages):
        yield item


async def items_of(
    pages: AsyncGenerator[list[dict[str, Any]], None],
) -> AsyncIterator[dict[str, Any]]:
    """A page walk's items one by one; the walk closed when they stop, however they stop."""
    try:
        async for page in pages:
            for item in page:
                yield item
    finally:
        await pages.aclose()


async def walk_pages(
    fetch: FetchPage,
    *,
    starting_after: str | None = None,
    ending_before: str | None = None,
    max_items: int = 0,
) -> AsyncGenerator[list[dict[str, Any]], None]:
    """`walk`'s items a page at a time (a list each, never empty): a consumer that takes them
    so pays an async generator's step per page, not per item."""
    backwards = ending_before is not None

    def cursor_params(cursor: str | None) -> list[tuple[str, str]]:
        params = [("limit", str(PAGE_SIZE))]
        if cursor is not None:
            params.append(("ending_before" if backwards else "starting_after", cursor))
        return params

    sent = 0
    pending: asyncio.Task[Page] | None = asyncio.ensure_future(
        fetch(cursor_params(ending_before if backwards else starting_after))
    )
    try:
        while pending is not None:
            page = await pending
            pending = None
            items = page.items[::-1] if backwards else page.items
            if not items:
                return
            remaining = max_items - sent if max_items else len(items) + 1  # 0: no limit
            if page.has_more and remaining > len(items):
                edge = page.items[0] if backwards else page.items[-1]
                pending = asyncio.ensure_future(fetch(cursor_params(str(edge["id"]))))
                # Let the fetch send its request now: yielding items may not give way to the
                # loop for a while, and every page's latency would then add to the walk.
                await asyncio.sleep(0)
            taken = items[:remaining]
            sent += len(taken)
            yield taken
    finally:
        if pending is not None:
            pending.cancel()
            with contextlib.suppress(BaseException):
                await pending
