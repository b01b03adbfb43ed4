"""Parallel export: a bounded `created` range walked as concurrent slices, emitted exactly as the
sequential walk would emit it (newest first, nothing missed, nothing twice), only sooner.

The range starts as one slice, walked like the sequential walk from its top. A slice owns whole
seconds `[lo, hi]`, so every session of a second is in one slice and keeps Stripe's order within
it. A worker with nothing to fetch splits a running slice where the cursor's `created` says it
has come: the slice keeps the seconds that the pages its buffer still has room for cover (one
page while the first round of pages is out; at the density of its last full page) and a new
slice, right after it in the output order, takes the rest; a slice whose buffer is full keeps
nothing more, and the new slice goes on from its cursor. The earliest slice in output order
that has more than that left is split first, so the workers walk the part of the range the
stream needs next, and no page waits for buffer room before it is asked for. The first slice is
split only once its first page has come, so the walk sees the sessions that existed when it
began, like the sequential one. Pages are emitted slice after slice in order.

Memory is bounded: a slice buffers at most PAGES_PER_SLICE pages, and at most
SLICES_PER_WORKER * parallelism slices hold pages at a time. A failed page ends the stream with
its error at once: what was sent before it is a prefix of the sequential walk.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from typing import Any

from gateway.exceptions import InvalidRequest
from gateway.pagination import PAGE_SIZE, Page, items_of

__all__ = ["MAX_PARALLELISM", "bounds", "check", "walk", "walk_pages"]

MAX_PARALLELISM = 16
PAGES_PER_SLICE = 2
SLICES_PER_WORKER = 2

FetchPage = Callable[[list[tuple[str, str]]], Awaitable[Page]]


def check(request: Any) -> int:
    """The request's parallelism (1 when unset, or for a stream without the field);
    InvalidRequest naming the field if it cannot be."""
    if "parallelism" not in request.DESCRIPTOR.fields_by_name:
        return 1
    n = int(request.parallelism)
    if not 0 <= n <= MAX_PARALLELISM:
        raise InvalidRequest("parallelism", f"must be 1 to {MAX_PARALLELISM} (0 means 1)")
    if n <= 1:
        return 1
    created = request.created if request.HasField("created") else None
    if created is None or not (
        (created.HasField("gt") or created.HasField("gte"))
        and (created.HasField("lt") or created.HasField("lte"))
    ):
        raise InvalidRequest(
            "created",
            "parallelism above 1 needs a bounded range: created.gt or created.gte, and "
            "created.lt or created.lte",
        )
    for cursor in ("starting_after", "ending_before"):
        if request.HasField(cursor):
            raise InvalidRequest(cursor, "cannot be combined with parallelism above 1")
    return n


def bounds(created: Any) -> tuple[int, int]:
    """The range as whole seconds, both ends inclusive (empty when lo > hi)."""
    lows = [created.gte] if created.HasField("gte") else []
    lows += [created.gt + 1] if created.HasField("gt") else []
    highs = [created.lte] if created.HasField("lte") else []
    highs += [created.lt - 1] if created.HasField("lt") else []
    return max(lows), min(highs)


class _Slice:
    __slots__ = ("cursor", "done", "fetching", "hi", "lo", "pages", "reached", "span")

    def __init__(self, lo: int, hi: int, reached: int | None, span: float = 1.0) -> None:
        self.lo, self.hi = lo, hi
        # `created` of the last item taken; None until the first slice's first page has come.
        self.reached = reached
        self.span = span  # seconds a page covers, as the last full page here (or before) did
        self.cursor: str | None = None
        self.pages: deque[list[dict[str, Any]]] = deque()
        self.done = lo > hi
        self.fetching = False

    def params(self) -> list[tuple[str, str]]:
        params = [
            ("created[gte]", str(self.lo)),
            ("created[lte]", str(self.hi)),
            ("limit", str(PAGE_SIZE)),
        ]
        if self.cursor is not None:
            params.append(("starting_after", self.cursor))
        return params

    def split(self, pages: int = PAGES_PER_SLICE) -> _Slice | None:
        """The part of this slice beyond what its buffer has room for (`pages` at most), as a
        new slice; None when there is no such part, or the slice may not be split yet."""
        if self.reached is None or self.done:
            return None
        room = min(pages, PAGES_PER_SLICE - len(self.pages))
        if room <= 0:
            # Its buffer is full: what it would fetch next could only be fetched once the
            # stream takes a page, too late. The rest, from the cursor on, is a new slice.
            lower = _Slice(self.lo, self.reached, self.reached, self.span)
            lower.cursor = self.cursor
            self.lo, self.done = self.reached + 1, True
            return lower
        cut = self.reached - max(1, math.ceil(room * self.span)) + 1
        if cut <= self.lo:
            return None
        lower = _Slice(self.lo, cut - 1, cut - 1, self.span)
        self.lo = cut
        return lower

    def take(self, page: Page) -> None:
        # A split may have raised `lo` while this page was in flight: what is below is the new
        # slice's, and this slice has then come to its end.
        if len(page.items) == PAGE_SIZE:
            newest, oldest = int(page.items[0]["created"]), int(page.items[-1]["created"])
            self.span = max(1.0, float(newest - oldest))
        items = [item for item in page.items if int(item["created"]) >= self.lo]
        if items:
            self.pages.append(items)
            self.cursor, self.reached = str(items[-1]["id"]), int(items[-1]["created"])
        elif self.reached is None:
            self.reached = self.hi
        self.done = not page.has_more or not page.items or len(items) < len(page.items)


class _Walk:
    def __init__(self, fetch: FetchPage, lo: int, hi: int, n: int):
        self._fetch = fetch
        self._workers = n
        self._slices = [_Slice(lo, hi, None)]  # alive, in output order
        self._taken = 0  # pages come back
        self._changed = asyncio.Condition()
        self._error: BaseException | None = None

    def _pick(self) -> _Slice | None:
        """The slice to fetch next, the earliest in output order; else one made by a split."""
        for s in self._slices:
            if not s.done and not s.fetching and len(s.pages) < PAGES_PER_SLICE:
                return s
        if len(self._slices) >= SLICES_PER_WORKER * self._workers:
            return None
        # Until a round of pages has come, a split leaves one page's worth, so that the pages
        # the stream needs first are all asked for at once; after it, a slice's room, as one
        # page's worth would double the requests where a sparse stretch is split at a denser
        # one's density (tests/test_export.py's second range: 145, not 80).
        pages = 1 if self._taken < self._workers else PAGES_PER_SLICE
        for i, s in enumerate(self._slices):
            lower = s.split(pages)
            if lower is not None:
                self._slices.insert(i + 1, lower)
                return lower
        return None

    async def _work(self) -> None:
        while True:
            async with self._changed:
                while (s := self._pick()) is None:
                    if self._error is not None or all(s.done for s in self._slices):
                        return
                    await self._changed.wait()
                s.fetching = True
            try:
                page = await self._fetch(s.params())
            except Exception as exc:
                async with self._changed:
                    self._error = self._error or exc
                    self._changed.notify_all()
                return
            async with self._changed:
                s.fetching = False
                s.take(page)
                self._taken += 1
                self._changed.notify_all()

    async def _next_page(self) -> list[dict[str, Any]] | None:
        async with self._changed:
            while True:
                if self._error is not None:
                    raise self._error
                if not self._slices:
                    return None
                head = self._slices[0]
                if head.pages:
                    page = head.pages.popleft()
                    self._changed.notify_all()
                    return page
                if head.done:
                    self._slices.pop(0)
                    self._changed.notify_all()
                    continue
                await self._changed.wait()

    async def pages(self, max_items: int) -> AsyncGenerator[list[dict[str, Any]], None]:
        workers = [asyncio.ensure_future(self._work()) for _ in range(self._workers)]
        left = max_items or -1  # -1: no limit
        try:
            while left and (page := await self._next_page()) is not None:
                if len(page) >= left > 0:
                    page = page[:left]
                left -= len(page) if left > 0 else 0
                yield page
        finally:
            for w in workers:
                w.cancel()
            for w in workers:
                with contextlib.suppress(BaseException):
                    await w


def walk(
    fetch: FetchPage,
    *,
    lo: int,
    hi: int,
    parallelism: int,
    max_items: int = 0,
) -> AsyncIterator[dict[str, Any]]:
    """Every item created in `[lo, hi]` (seconds, inclusive) matching `base`, newest first.

    `fetch(params)` gets one page: `params` are the slice's `created` bounds, page size and
    cursor, to which the caller adds its other parameters (filters, expand).
    """
    return items_of(walk_pages(fetch, lo=lo, hi=hi, parallelism=parallelism, max_items=max_items))


def walk_pages(
    fetch: FetchPage,
    *,
    lo: int,
    hi: int,
    parallelism: int,
    max_items: int = 0,
) -> AsyncGenerator[list[dict[str, Any]], None]:
    """`walk`'s items a page at a time (a list each, never empty): a consumer that takes them
    so pays an async generator's step per page, not per item."""
    return _Walk(fetch, lo, hi, parallelism).pages(max_items)
