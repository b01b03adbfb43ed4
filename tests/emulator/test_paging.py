"""Paging over 100,000 seeded sessions (correctness with a large store; no timing asserts)."""

from __future__ import annotations

import httpx
import pytest

from stripe_emulator import EmulatorThread


@pytest.fixture(scope="module")
def big_http(big: EmulatorThread) -> httpx.Client:
    return httpx.Client(
        base_url=big.base_url, headers={"Authorization": "Bearer sk_test_big"}, timeout=10
    )


def test_first_page_is_newest(big: EmulatorThread, big_http: httpx.Client) -> None:
    page = big_http.get("/v1/checkout/sessions?limit=100").json()
    store = big.emulator.store
    assert [s["id"] for s in page["data"]] == store.order[::-1][:100]
    assert page["has_more"] is True
    assert page["url"] == "/v1/checkout/sessions"


def test_starting_after_deep_in_the_store(big: EmulatorThread, big_http: httpx.Client) -> None:
    order = big.emulator.store.order
    page = big_http.get(f"/v1/checkout/sessions?limit=3&starting_after={order[500]}").json()
    assert [s["id"] for s in page["data"]] == [order[499], order[498], order[497]]


def test_ending_before(big: EmulatorThread, big_http: httpx.Client) -> None:
    order = big.emulator.store.order
    page = big_http.get(f"/v1/checkout/sessions?limit=3&ending_before={order[500]}").json()
    assert [s["id"] for s in page["data"]] == [order[503], order[502], order[501]]
    assert page["has_more"] is True


def test_last_page_has_no_more(big: EmulatorThread, big_http: httpx.Client) -> None:
    order = big.emulator.store.order
    page = big_http.get(f"/v1/checkout/sessions?limit=10&starting_after={order[2]}").json()
    assert [s["id"] for s in page["data"]] == [order[1], order[0]]
    assert page["has_more"] is False


def test_created_range(big: EmulatorThread, big_http: httpx.Client) -> None:
    store = big.emulator.store
    low = store.created[1000]
    page = big_http.get(
        f"/v1/checkout/sessions?limit=100&created[gte]={low}&created[lt]={low + 5}"
    ).json()
    assert all(low <= s["created"] < low + 5 for s in page["data"])
    assert len(page["data"]) == 5


def test_status_filter(big_http: httpx.Client) -> None:
    page = big_http.get("/v1/checkout/sessions?limit=50&status=complete").json()
    assert len(page["data"]) == 50
    assert {s["status"] for s in page["data"]} == {"complete"}
