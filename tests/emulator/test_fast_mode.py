"""Fast mode (benchmarks): the same answers, without recording, GETs from cached bytes."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from stripe_emulator import EmulatorThread, Fault

KEY = "sk_test_fastmode000000000000abcd"
CREATE = {
    "mode": "payment",
    "success_url": "https://example.com/ok",
    "line_items[0][price]": "price_1EmuTshirt0000000000000",
    "line_items[0][quantity]": "2",
}


@pytest.fixture
def fast() -> Iterator[tuple[EmulatorThread, httpx.Client]]:
    with (
        EmulatorThread(seed=5, fast=True) as emu,
        httpx.Client(base_url=emu.base_url, auth=(KEY, ""), timeout=10) as http,
    ):
        yield emu, http


def test_get_answers_the_stored_session_and_records_nothing(
    fast: tuple[EmulatorThread, httpx.Client],
) -> None:
    emu, http = fast
    first = http.get("/v1/checkout/sessions", params={"limit": 1}).json()["data"][0]
    response = http.get(f"/v1/checkout/sessions/{first['id']}")
    assert response.status_code == 200
    assert response.json() == first == emu.emulator.session(first["id"])
    assert response.headers["Request-Id"].startswith("req_")
    assert response.headers["Stripe-Version"]
    assert len(emu.requests) == 0


def test_get_answers_match_normal_mode(fast: tuple[EmulatorThread, httpx.Client]) -> None:
    _, http = fast
    created = http.post("/v1/checkout/sessions", data=CREATE).json()
    path = f"/v1/checkout/sessions/{created['id']}"
    assert http.get(path).json() == created
    expanded = http.get(path, params={"expand[]": "line_items"}).json()  # the full path
    assert expanded["line_items"]["data"][0]["quantity"] == 2
    updated = http.post(path, data={"metadata[order]": "7"}).json()
    assert updated["metadata"] == {"order": "7"}
    assert http.get(path).json() == updated  # the cache follows updates


def test_errors_and_faults_still_apply(fast: tuple[EmulatorThread, httpx.Client]) -> None:
    emu, http = fast
    missing = http.get("/v1/checkout/sessions/cs_test_nope")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "resource_missing"
    ident = http.get("/v1/checkout/sessions", params={"limit": 1}).json()["data"][0]["id"]
    unauthorised = httpx.get(f"{emu.base_url}/v1/checkout/sessions/{ident}")
    assert unauthorised.status_code == 401
    emu.faults.inject(Fault(status=503), count=1)
    assert http.get(f"/v1/checkout/sessions/{ident}").status_code == 503
    assert http.get(f"/v1/checkout/sessions/{ident}").status_code == 200
    emu.faults.inject(Fault(latency=0.05, method="GET"), count=None)
    response = http.get(f"/v1/checkout/sessions/{ident}")
    assert response.status_code == 200
    assert response.elapsed.total_seconds() >= 0.05
    emu.faults.clear()


def test_normal_mode_still_records() -> None:
    with EmulatorThread() as emu:
        httpx.get(f"{emu.base_url}/v1/checkout/sessions", auth=(KEY, ""))
        assert len(emu.requests) == 1
