"""gateway.export's slicing against an in-memory list: order, splitting, bounded memory."""

from __future__ import annotations

import asyncio
import random
from typing import Any

import pytest

from gateway import export
from gateway.pagination import Page


class Listing:
    """Stripe's list in memory: newest first, `created[gte|lte]`, `starting_after`, `limit`."""

    def __init__(self, times: list[int]) -> None:
        # Stripe's order: newest first; within a second, the later created first.
        self.items: list[dict[str, Any]] = [
            {"id": f"cs_{i:05d}", "created": t} for i, t in enumerate(times)
        ][::-1]
        self.requests: list[dict[str, str]] = []

    async def fetch(self, params: list[tuple[str, str]]) -> Page:
        p = dict(params)
        self.requests.append(p)
        await asyncio.sleep(0.001)
        lo, hi = int(p["created[gte]"]), int(p["created[lte]"])
        rows = [i for i in self.items if lo <= i["created"] <= hi]
        if "starting_after" in p:
            at = next(n for n, i in enumerate(rows) if i["id"] == p["starting_after"])
            rows = rows[at + 1 :]
        limit = int(p["limit"])
        return Page(rows[:limit], len(rows) > limit)


async def collect(listing: Listing, lo: int, hi: int, n: int, max_items: int = 0) -> list[Any]:
    walk = export.walk(listing.fetch, lo=lo, hi=hi, parallelism=n, max_items=max_items)
    return [item["id"] async for item in walk]


def expected(listing: Listing, lo: int, hi: int) -> list[str]:
    return [i["id"] for i in listing.items if lo <= i["created"] <= hi]


@pytest.mark.parametrize("seed", range(6))
async def test_any_uneven_data_comes_out_in_the_sequential_order(seed: int) -> None:
    rng = random.Random(seed)
    times = sorted(
        rng.choice([rng.randrange(0, 100_000), rng.randrange(50_000, 50_100)]) for _ in range(2_000)
    )
    listing = Listing(times)
    lo, hi = rng.randrange(0, 40_000), rng.randrange(60_000, 100_000)
    assert await collect(listing, lo, hi, rng.randrange(2, 17)) == expected(listing, lo, hi)


async def test_an_empty_or_one_second_range_works() -> None:
    listing = Listing([5] * 250 + [7] * 3)
    assert await collect(listing, 5, 5, 8) == expected(listing, 5, 5)
    assert await collect(listing, 6, 6, 8) == []
    assert await collect(listing, 9, 3, 8) == []
    assert listing.requests[-1]["created[gte]"] == "6"  # the empty range: one request, no more


async def test_max_items_stops_the_walk() -> None:
    listing = Listing(list(range(3_000)))
    assert await collect(listing, 0, 3_000, 8, max_items=123) == expected(listing, 0, 3_000)[:123]


async def test_pages_buffered_stay_bounded_while_the_consumer_waits() -> None:
    listing = Listing(list(range(100_000)))  # 1,000 pages
    walk = export.walk(listing.fetch, lo=0, hi=100_000, parallelism=4)
    await anext(walk)
    for _ in range(200):
        await asyncio.sleep(0.002)
    bound = export.SLICES_PER_WORKER * 4 * export.PAGES_PER_SLICE + 4 + 1
    assert len(listing.requests) <= bound
    await walk.aclose()  # type: ignore[attr-defined]


async def test_sessions_created_during_the_walk_are_left_out_as_by_the_sequential_walk() -> None:
    listing = Listing(list(range(0, 20_000, 2)))  # up to second 19,998
    before = expected(listing, 0, 30_000)
    fetch = listing.fetch

    async def fetch_then_create(params: list[tuple[str, str]]) -> Page:
        page = await fetch(params)
        # After every page, one more session, created now (the newest second and later).
        now = 19_998 + len(listing.requests) // 10
        listing.items.insert(0, {"id": f"cs_new{len(listing.requests):05d}", "created": now})
        return page

    walk = export.walk(fetch_then_create, lo=0, hi=30_000, parallelism=8)
    assert [item["id"] async for item in walk] == before


async def test_a_busy_stream_waits_for_no_page_after_the_second() -> None:
    """In virtual time (exact): a stream spending 100 µs an item waits for the first page and
    the second (asked for when the first came), then never, as the next pages in output order
    are always asked for in time."""
    from bench.export_walk import measure

    result = await asyncio.to_thread(measure, 10_000, 0.05, 8, 0.0001)
    assert result.in_order
    assert result.wall <= 10_000 * 0.0001 + 2 * 0.05 + 1e-9


@pytest.mark.parametrize("max_items", [0, 1, 99, 100, 101, 250, 300, 5000])
async def test_the_walk_by_pages_gives_the_walk_s_items_in_non_empty_pages(max_items: int) -> None:
    listing = Listing(sorted(random.Random(max_items).randrange(0, 3_000) for _ in range(1_000)))
    pages = export.walk_pages(listing.fetch, lo=0, hi=3_000, parallelism=4, max_items=max_items)
    by_page = [[item["id"] for item in page] async for page in pages]
    assert all(by_page)
    assert [i for page in by_page for i in page] == await collect(listing, 0, 3_000, 4, max_items)
