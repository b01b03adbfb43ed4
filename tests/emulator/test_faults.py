"""Injected faults, as the official SDK sees them."""

from __future__ import annotations

import concurrent.futures
import time

import httpx
import pytest
import stripe

from stripe_emulator import EmulatorThread, Fault


def test_rate_limit_429(client: stripe.StripeClient, emu: EmulatorThread) -> None:
    emu.faults.inject(Fault(status=429))
    with pytest.raises(stripe.RateLimitError) as info:
        client.v1.checkout.sessions.list()
    assert isinstance(info.value.json_body, dict)
    assert info.value.json_body["error"]["code"] == "rate_limit"
    client.v1.checkout.sessions.list()  # count=1: the next request is healthy


def test_lock_timeout_429(client: stripe.StripeClient, emu: EmulatorThread) -> None:
    emu.faults.inject(Fault(status=429, code="lock_timeout"))
    with pytest.raises(stripe.RateLimitError) as info:
        client.v1.checkout.sessions.list()
    assert isinstance(info.value.json_body, dict)
    assert info.value.json_body["error"]["code"] == "lock_timeout"


@pytest.mark.parametrize("status", [500, 503])
def test_server_errors(client: stripe.StripeClient, emu: EmulatorThread, status: int) -> None:
    emu.faults.inject(Fault(status=status))
    with pytest.raises(stripe.APIError) as info:
        client.v1.checkout.sessions.list()
    assert info.value.http_status == status


def test_sdk_retries_a_503_itself(emu: EmulatorThread) -> None:
    retrying = stripe.StripeClient(
        "sk_test_x", base_addresses={"api": emu.base_url}, max_network_retries=2
    )
    emu.faults.inject(Fault(status=503), count=2)
    assert retrying.v1.checkout.sessions.list()["object"] == "list"
    assert len(emu.requests) == 3


def test_should_retry_false_stops_sdk_retries(emu: EmulatorThread) -> None:
    retrying = stripe.StripeClient(
        "sk_test_x", base_addresses={"api": emu.base_url}, max_network_retries=2
    )
    emu.faults.inject(Fault(status=503, should_retry=False), count=None)
    with pytest.raises(stripe.APIError):
        retrying.v1.checkout.sessions.list()
    assert len(emu.requests) == 1


def test_drop_before_does_not_apply(client: stripe.StripeClient, emu: EmulatorThread) -> None:
    emu.faults.inject(Fault(drop="before", method="POST"))
    with pytest.raises(stripe.APIConnectionError):
        client.v1.checkout.sessions.create(
            {"mode": "setup", "currency": "usd", "success_url": "https://e.com"}
        )
    assert client.v1.checkout.sessions.list().data == []


def test_drop_after_applies(client: stripe.StripeClient, emu: EmulatorThread) -> None:
    emu.faults.inject(Fault(drop="after", method="POST"))
    with pytest.raises(stripe.APIConnectionError):
        client.v1.checkout.sessions.create(
            {"mode": "setup", "currency": "usd", "success_url": "https://e.com"}
        )
    assert len(client.v1.checkout.sessions.list().data) == 1


def test_truncated_body(client: stripe.StripeClient, emu: EmulatorThread) -> None:
    emu.faults.inject(Fault(body="truncated"))
    with pytest.raises(stripe.APIError) as info:
        client.v1.checkout.sessions.list()
    assert info.value.http_status == 200


def test_non_json_body(client: stripe.StripeClient, emu: EmulatorThread) -> None:
    emu.faults.inject(Fault(body="non_json", status=502))
    with pytest.raises(stripe.APIError) as info:
        client.v1.checkout.sessions.list()
    assert info.value.http_status == 502


def test_matcher_skips_other_paths(client: stripe.StripeClient, emu: EmulatorThread) -> None:
    emu.faults.inject(Fault(status=500, path_prefix="/v1/checkout/sessions/"), count=None)
    client.v1.checkout.sessions.list()
    with pytest.raises(stripe.APIError):
        client.v1.checkout.sessions.retrieve("cs_test_any")
    emu.faults.clear()
    with pytest.raises(stripe.InvalidRequestError):
        client.v1.checkout.sessions.retrieve("cs_test_any")


def test_latency(client: stripe.StripeClient, emu: EmulatorThread) -> None:
    emu.faults.inject(Fault(latency=0.05))
    assert client.v1.checkout.sessions.list()["object"] == "list"


def test_admin_endpoint_and_header(emu: EmulatorThread, http: httpx.Client) -> None:
    assert http.post("/_emulator/faults", json={"status": 500, "count": 1}).status_code == 200
    assert http.get("/v1/checkout/sessions").status_code == 500
    assert http.get("/v1/checkout/sessions").status_code == 200
    one_off = http.get("/v1/checkout/sessions", headers={"Emulator-Fault": '{"status": 503}'})
    assert one_off.status_code == 503
    http.post("/_emulator/faults", json={"status": 500, "count": None})
    assert http.delete("/_emulator/faults").json() == {"faults": []}
    assert http.get("/v1/checkout/sessions").status_code == 200


def test_a_key_in_flight_is_a_409_until_its_request_is_answered(emu: EmulatorThread) -> None:
    emu.faults.inject(Fault(latency=0.5, method="POST"))
    form = {"mode": "setup", "currency": "usd", "success_url": "https://e.com"}
    headers = {"Authorization": "Bearer sk_test_x", "Idempotency-Key": "order-1"}

    def post() -> httpx.Response:
        return httpx.post(
            f"{emu.base_url}/v1/checkout/sessions", data=form, headers=headers, timeout=10
        )

    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        first = pool.submit(post)
        while not emu.requests:  # the first is in, and waiting out its latency
            time.sleep(0.01)
        second = post()
        assert second.status_code == 409
        assert second.json()["error"]["code"] == "idempotency_key_in_use"
        assert first.result().status_code == 200
    replay = post()  # answered now: the same key replays the first response
    assert replay.json()["id"] == first.result().json()["id"]
