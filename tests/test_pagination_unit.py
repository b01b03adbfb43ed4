"""gateway.pagination's walk by pages against an in-memory list: the items, by item or by page."""

from __future__ import annotations

from typing import Any

import pytest

from gateway import pagination
from gateway.pagination import Page

ITEMS = [{"id": f"cs_{i:04d}"} for i in range(250)]


async def fetch(params: list[tuple[str, str]]) -> Page:
    p = dict(params)
    limit = int(p["limit"])
    if "ending_before" in p:
        at = next(n for n, i in enumerate(ITEMS) if i["id"] == p["ending_before"])
        rows = ITEMS[max(0, at - limit) : at]
        return Page(rows, at - limit > 0)
    at = 0
    if "starting_after" in p:
        at = next(n for n, i in enumerate(ITEMS) if i["id"] == p["starting_after"]) + 1
    return Page(ITEMS[at : at + limit], at + limit < len(ITEMS))


WALKS: list[dict[str, Any]] = [
    {},
    {"max_items": 1},
    {"max_items": 100},
    {"max_items": 101},
    {"max_items": 1000},
    {"starting_after": "cs_0049"},
    {"starting_after": "cs_0249"},
    {"ending_before": "cs_0200", "max_items": 150},
    {"ending_before": "cs_0000"},
]


@pytest.mark.parametrize("kwargs", WALKS, ids=[str(w) for w in WALKS])
async def test_the_walk_by_pages_gives_the_walk_s_items_in_non_empty_pages(
    kwargs: dict[str, Any],
) -> None:
    by_item = [item["id"] async for item in pagination.walk(fetch, **kwargs)]
    by_page = [
        [item["id"] for item in page] async for page in pagination.walk_pages(fetch, **kwargs)
    ]
    assert all(by_page)
    assert [i for page in by_page for i in page] == by_item
    if not kwargs:
        assert by_item == [i["id"] for i in ITEMS]
