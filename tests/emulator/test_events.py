"""GET /v1/events: newest first, Stripe's filters and cursors, walked by stripe-python."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import stripe

from stripe_emulator import SEED_PRICES, EmulatorThread, Fault
from tests.emulator.conftest import API_KEY

TSHIRT = next(iter(SEED_PRICES))
COMPLETED, EXPIRED = "checkout.session.completed", "checkout.session.expired"


@pytest.fixture(scope="module")
def history() -> Iterator[tuple[EmulatorThread, list[Any]]]:
    """25 events on a frozen clock, one second apart: 15 completed and 10 expired."""
    with (
        EmulatorThread(api_key=API_KEY) as emu,
        httpx.Client(
            base_url=emu.base_url, headers={"Authorization": f"Bearer {API_KEY}"}, timeout=30
        ) as http,
    ):
        http.post("/_emulator/clock", json={"freeze": True})
        for i in range(25):
            created = http.post(
                "/v1/checkout/sessions",
                data={
                    "mode": "payment",
                    "success_url": "https://example.com/s",
                    "line_items[0][price]": TSHIRT,
                    "line_items[0][quantity]": "1",
                },
            ).json()
            if i % 5 in (1, 3):
                http.post(f"/v1/checkout/sessions/{created['id']}/expire")
            else:
                http.post(f"/_emulator/sessions/{created['id']}/complete")
            http.post("/_emulator/clock", json={"advance": 1})
        events = http.get("/v1/events", params={"limit": 100}).json()["data"]
        yield emu, events


@pytest.fixture
def sdk(history: tuple[EmulatorThread, list[Any]]) -> Iterator[None]:
    """stripe.api_base pointed at the emulator, as module-level SDK users do."""
    emu, _ = history
    saved = (stripe.api_key, stripe.api_base, stripe.max_network_retries)
    stripe.api_key, stripe.api_base, stripe.max_network_retries = API_KEY, emu.base_url, 0
    yield
    stripe.api_key, stripe.api_base, stripe.max_network_retries = saved


@pytest.fixture
def events(history: tuple[EmulatorThread, list[Any]]) -> list[Any]:
    return history[1]


def ids(items: Any) -> list[str]:
    return [e["id"] for e in items]


def test_newest_first(events: list[Any]) -> None:
    assert len(events) == 25
    created = [e["created"] for e in events]
    assert created == sorted(created, reverse=True) and len(set(created)) == 25


def test_auto_paging_iter_walks_every_event(sdk: None, events: list[Any]) -> None:
    walked = list(stripe.Event.list(limit=7).auto_paging_iter())
    assert ids(walked) == ids(events)


def test_auto_paging_iter_with_a_type(sdk: None, events: list[Any]) -> None:
    walked = list(stripe.Event.list(limit=4, type=EXPIRED).auto_paging_iter())
    assert ids(walked) == [e["id"] for e in events if e["type"] == EXPIRED]
    assert len(walked) == 10


def test_auto_paging_iter_backwards_with_ending_before(sdk: None, events: list[Any]) -> None:
    pages = stripe.Event.list(limit=4, ending_before=events[20]["id"])
    walked = list(pages.auto_paging_iter())
    assert ids(walked) == ids(reversed(events[:20]))


def test_starting_after_and_ending_before(sdk: None, events: list[Any]) -> None:
    page = stripe.Event.list(limit=3, starting_after=events[4]["id"])
    assert ids(page.data) == ids(events[5:8]) and page.has_more is True
    page = stripe.Event.list(limit=3, ending_before=events[4]["id"])
    assert ids(page.data) == ids(events[1:4]) and page.has_more is True
    page = stripe.Event.list(limit=3, ending_before=events[2]["id"])
    assert ids(page.data) == ids(events[:2]) and page.has_more is False


@pytest.mark.parametrize(
    ("params", "wanted"),
    [
        ({"type": COMPLETED}, lambda e: e["type"] == COMPLETED),
        ({"type": "checkout.session.*"}, lambda e: True),
        ({"type": "*.expired"}, lambda e: e["type"] == EXPIRED),
        ({"type": "charge.succeeded"}, lambda e: False),
        ({"types": [EXPIRED, "charge.failed"]}, lambda e: e["type"] == EXPIRED),
        ({"types": [COMPLETED, EXPIRED]}, lambda e: True),
        ({"delivery_success": True}, lambda e: True),  # no endpoint: nothing pending
        ({"delivery_success": False}, lambda e: False),
    ],
)
def test_filters(sdk: None, events: list[Any], params: dict[str, Any], wanted: Any) -> None:
    walked = list(stripe.Event.list(limit=100, **params).auto_paging_iter())
    assert ids(walked) == [e["id"] for e in events if wanted(e)]


def test_created_ranges(sdk: None, events: list[Any]) -> None:
    middle = events[10]["created"]
    assert ids(stripe.Event.list(limit=100, created=middle).data) == [events[10]["id"]]
    gte = stripe.Event.list(limit=100, created={"gte": middle}).data
    assert ids(gte) == ids(events[:11])
    window = stripe.Event.list(limit=100, created={"gt": middle, "lt": middle + 3}).data
    assert ids(window) == ids(events[8:10])
    assert stripe.Event.list(created={"lte": middle - 100}).data == []


def test_retrieve_one(sdk: None, events: list[Any]) -> None:
    event = stripe.Event.retrieve(events[3]["id"])
    assert event.to_dict() == events[3]


@pytest.mark.parametrize(
    ("query", "status", "param"),
    [
        ({"types[]": [f"t.{i}" for i in range(21)]}, 400, "types"),
        ({"type": COMPLETED, "types[]": [COMPLETED]}, 400, "types"),
        ({"limit": "101"}, 400, "limit"),
        ({"delivery_success": "maybe"}, 400, "delivery_success"),
        ({"created[after]": "1"}, 400, "created[after]"),
        ({"starting_after": "evt_missing"}, 400, "starting_after"),
        ({"expand[]": "data.request"}, 400, "expand"),
        ({"colour": "red"}, 400, "colour"),
    ],
)
def test_bad_list_parameters(
    history: tuple[EmulatorThread, list[Any]], query: dict[str, Any], status: int, param: str
) -> None:
    emu, _ = history
    response = httpx.get(
        f"{emu.base_url}/v1/events", params=query, headers={"Authorization": f"Bearer {API_KEY}"}
    )
    assert response.status_code == status
    assert response.json()["error"]["param"] == param


def test_an_unknown_event_is_a_404(sdk: None) -> None:
    with pytest.raises(stripe.InvalidRequestError) as info:
        stripe.Event.retrieve("evt_missing")
    assert info.value.http_status == 404 and info.value.code == "resource_missing"


def test_http_faults_reach_the_events_api(
    sdk: None, history: tuple[EmulatorThread, list[Any]], events: list[Any]
) -> None:
    emu, _ = history
    emu.faults.inject(Fault(status=503, path_prefix="/v1/events"), count=1)
    with pytest.raises(stripe.APIError) as info:
        stripe.Event.list(limit=1)
    assert info.value.http_status == 503
    assert ids(stripe.Event.list(limit=1).data) == ids(events[:1])
