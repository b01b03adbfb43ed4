"""Events and signed webhooks over real sockets, with stripe-python 16.1.0 as the judge."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import stripe
from stripe.params.checkout import SessionCreateParams

from stripe_emulator import SEED_PRICES, EmulatorThread
from tests.emulator.conftest import eventually
from tests.emulator.receiver import Receiver

TSHIRT = next(iter(SEED_PRICES))
EVENT_FIELDS = set(stripe.Event.__annotations__) - {"OBJECT_NAME"}


def create(
    client: stripe.StripeClient, key: str | None = None, expires_at: int | None = None
) -> stripe.checkout.Session:
    params: SessionCreateParams = {
        "mode": "payment",
        "success_url": "https://example.com/success",
        "line_items": [{"price": TSHIRT, "quantity": 2}],
        "customer_email": "jenny@example.com",
    }
    if expires_at is not None:
        params["expires_at"] = expires_at
    options: stripe.RequestOptions = {"idempotency_key": key} if key else {}
    return client.v1.checkout.sessions.create(params, options)


def endpoint(client: stripe.StripeClient, url: str, *events: str) -> Any:
    return client.v1.webhook_endpoints.create(
        # The SDK spells the names as a Literal of every event type; these are plain strings.
        {"url": url, "enabled_events": list(events or ["*"])}  # type: ignore[arg-type]
    )


def admin(http: httpx.Client, path: str, body: dict[str, Any] | None = None) -> Any:
    response = http.post(f"/_emulator/{path}", json=body or {})
    assert response.status_code == 200, response.text
    return response.json()


def verified(delivery: Any, secret: str) -> stripe.Event:
    # construct_event is unannotated in the SDK; it returns an Event
    event: stripe.Event = stripe.Webhook.construct_event(
        delivery.body.decode(), delivery.signature, secret
    )
    return event


def test_full_lifecycle(hooks_client: stripe.StripeClient, hooks_http: httpx.Client) -> None:
    with Receiver() as receiver:
        hook = endpoint(hooks_client, receiver.url, "checkout.session.completed")
        assert hook.secret.startswith("whsec_")
        session = create(hooks_client)
        admin(hooks_http, f"sessions/{session.id}/complete")
        [delivery] = receiver.wait_for(1)
        event = verified(delivery, hook.secret)
        assert delivery.content_type.startswith("application/json")
        assert event.type == "checkout.session.completed"
        paid = event.data.object
        assert (paid.id, paid.status, paid.payment_status) == (session.id, "complete", "paid")
        assert paid.payment_intent.startswith("pi_")
        assert paid.customer_details.email == "jenny@example.com"
        assert paid.customer_details.name and paid.customer_details.address.country
        assert event.data.previous_attributes is not None
        assert event.data.previous_attributes["status"] == "open"
        assert event.request is not None
        assert event.request.id is None  # the customer paid: no API request caused it
        listed = hooks_client.v1.events.list({"type": "checkout.session.completed"})
        assert [e.id for e in listed.data] == [event.id]
        done = eventually(lambda: hooks_client.v1.events.retrieve(event.id).pending_webhooks == 0)
        assert done


def test_event_has_every_field_of_stripes_event(
    hooks: EmulatorThread, hooks_client: stripe.StripeClient
) -> None:
    hooks.complete_session(create(hooks_client).id)
    raw = hooks_client.v1.events.list().data[0].to_dict()
    assert set(raw) <= EVENT_FIELDS
    assert set(raw) >= EVENT_FIELDS - {"account", "context"}  # Connect only
    assert raw["object"] == "event" and raw["id"].startswith("evt_")
    assert raw["api_version"] == "2026-10-28.endive" and raw["livemode"] is False
    assert set(raw["data"]) == {"object", "previous_attributes"}
    assert set(raw["request"]) == {"id", "idempotency_key"}


def test_api_expire_names_its_request_and_idempotency_key(
    hooks_client: stripe.StripeClient, hooks_http: httpx.Client
) -> None:
    session = create(hooks_client)
    response = hooks_http.post(
        f"/v1/checkout/sessions/{session.id}/expire", headers={"Idempotency-Key": "exp-1"}
    )
    again = hooks_http.post(
        f"/v1/checkout/sessions/{session.id}/expire", headers={"Idempotency-Key": "exp-1"}
    )
    assert again.headers["Idempotent-Replayed"] == "true"
    [event] = hooks_client.v1.events.list().data  # a replay records nothing
    assert event.type == "checkout.session.expired"
    assert event.request is not None
    assert event.request.id == response.headers["Request-Id"]
    assert event.request.idempotency_key == "exp-1"
    assert event.data.object.status == "expired"
    assert event.data.previous_attributes is not None
    previous = event.data.previous_attributes.to_dict()
    assert previous["status"] == "open" and previous["url"].endswith(session.id)


def test_async_payment_succeeds_later(
    hooks_client: stripe.StripeClient, hooks_http: httpx.Client
) -> None:
    with Receiver() as receiver:
        hook = endpoint(hooks_client, receiver.url)
        session = create(hooks_client)
        completed = admin(hooks_http, f"sessions/{session.id}/complete", {"payment": "async"})
        assert (completed["status"], completed["payment_status"]) == ("complete", "unpaid")
        settled = admin(
            hooks_http, f"sessions/{session.id}/async_payment", {"outcome": "succeeded"}
        )
        assert settled["payment_status"] == "paid"
        first, second = (verified(d, hook.secret) for d in receiver.wait_for(2))
    assert first.type == "checkout.session.completed"
    assert first.data.object.payment_status == "unpaid"
    assert second.type == "checkout.session.async_payment_succeeded"
    assert second.data.object.payment_status == "paid"
    assert second.data.previous_attributes is not None
    assert second.data.previous_attributes.to_dict() == {"payment_status": "unpaid"}


def test_async_payment_fails_later_once(
    hooks_client: stripe.StripeClient, hooks_http: httpx.Client
) -> None:
    with Receiver() as receiver:
        hook = endpoint(hooks_client, receiver.url)
        session = create(hooks_client)
        admin(hooks_http, f"sessions/{session.id}/complete", {"payment": "async"})
        failed = admin(hooks_http, f"sessions/{session.id}/async_payment", {"outcome": "failed"})
        assert (failed["status"], failed["payment_status"]) == ("complete", "unpaid")
        again = hooks_http.post(
            f"/_emulator/sessions/{session.id}/async_payment", json={"outcome": "succeeded"}
        )
        assert again.status_code == 400
        assert "still pending" in again.json()["error"]["message"]
        types = [verified(d, hook.secret).type for d in receiver.wait_for(2)]
    assert types == ["checkout.session.completed", "checkout.session.async_payment_failed"]


def test_a_paid_session_has_no_async_payment_to_settle(
    hooks_client: stripe.StripeClient, hooks_http: httpx.Client
) -> None:
    session = create(hooks_client)
    admin(hooks_http, f"sessions/{session.id}/complete")
    response = hooks_http.post(
        f"/_emulator/sessions/{session.id}/async_payment", json={"outcome": "failed"}
    )
    assert response.status_code == 400


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({"payment": "later"}, "payment must be"),
        ({"surprise": 1}, "unknown fields"),
        ({"email": 3}, "email must be a string"),
    ],
)
def test_complete_refuses_bad_admin_input(
    hooks_client: stripe.StripeClient, hooks_http: httpx.Client, body: Any, error: str
) -> None:
    session = create(hooks_client)
    response = hooks_http.post(f"/_emulator/sessions/{session.id}/complete", json=body)
    assert response.status_code == 400 and error in response.json()["error"]
    assert hooks_client.v1.checkout.sessions.retrieve(session.id).status == "open"


def test_frozen_clock_expires_sessions_when_advanced(
    hooks_client: stripe.StripeClient, hooks_http: httpx.Client
) -> None:
    clock = admin(hooks_http, "clock", {"freeze": True})
    assert clock["frozen"] is True
    soon = create(hooks_client, expires_at=clock["now"] + 1800)
    later = create(hooks_client)
    moved = admin(hooks_http, "clock", {"advance": 1800})
    assert moved == {"now": clock["now"] + 1800, "frozen": True, "expired": 1}
    assert hooks_client.v1.checkout.sessions.retrieve(soon.id).status == "expired"
    assert hooks_client.v1.checkout.sessions.retrieve(later.id).status == "open"
    [event] = hooks_client.v1.events.list().data
    assert (event.type, event.data.object.id) == ("checkout.session.expired", soon.id)
    assert event.created == clock["now"] + 1800
    assert event.request is not None
    assert event.request.id is None and event.request.idempotency_key is None
    assert admin(hooks_http, "clock", {"advance": 86400})["expired"] == 1


@pytest.mark.parametrize("body", [{"advance": -1}, {"advance": "1"}, {"freeze": "yes"}])
def test_the_clock_refuses_bad_moves(hooks_http: httpx.Client, body: Any) -> None:
    response = hooks_http.post("/_emulator/clock", json=body)
    assert response.status_code == 400


def test_sessions_expire_in_real_time_with_a_short_lifetime() -> None:
    with EmulatorThread(session_lifetime=1, sweep_interval=0.05) as emu:
        client = stripe.StripeClient(
            "sk_test_x12345678", base_addresses={"api": emu.base_url}, max_network_retries=0
        )
        session = create(client)
        assert session.expires_at == session.created + 1
        expired = eventually(lambda: client.v1.events.list().data)
        assert expired[0].type == "checkout.session.expired"
        assert client.v1.checkout.sessions.retrieve(session.id).status == "expired"


def test_endpoints_list_retrieve_update_delete(hooks_client: stripe.StripeClient) -> None:
    first = endpoint(hooks_client, "http://127.0.0.1:9/a", "checkout.session.completed")
    second = hooks_client.v1.webhook_endpoints.create(
        {
            "url": "https://example.com/b",
            "enabled_events": ["*"],
            "api_version": "2025-01-27.acacia",
            "description": "orders",
            "metadata": {"team": "checkout"},
        }
    )
    listed = hooks_client.v1.webhook_endpoints.list()
    assert [e.id for e in listed.data] == [second.id, first.id]
    assert all("secret" not in e for e in listed.data)  # shown only by the create
    fetched = hooks_client.v1.webhook_endpoints.retrieve(second.id)
    assert (fetched.api_version, fetched.description) == ("2025-01-27.acacia", "orders")
    assert fetched.metadata.to_dict() == {"team": "checkout"} and fetched.status == "enabled"
    updated = hooks_client.v1.webhook_endpoints.update(
        first.id, {"enabled_events": ["checkout.session.expired"], "disabled": True}
    )
    assert updated.enabled_events == ["checkout.session.expired"]
    assert updated.status == "disabled"
    deleted = hooks_client.v1.webhook_endpoints.delete(first.id)
    assert deleted.deleted is True
    with pytest.raises(stripe.InvalidRequestError) as info:
        hooks_client.v1.webhook_endpoints.retrieve(first.id)
    assert info.value.http_status == 404
    assert [e.id for e in hooks_client.v1.webhook_endpoints.list().data] == [second.id]


@pytest.mark.parametrize(
    ("params", "param", "code"),
    [
        ({"url": "not a url", "enabled_events": ["*"]}, "url", "url_invalid"),
        ({"url": "ftp://example.com/x", "enabled_events": ["*"]}, "url", "url_invalid"),
        ({"url": "http://", "enabled_events": ["*"]}, "url", "url_invalid"),
        ({"url": "http://example.com:99999/", "enabled_events": ["*"]}, "url", "url_invalid"),
        ({"enabled_events": ["*"]}, "url", "parameter_missing"),
        ({"url": "https://example.com/x"}, "enabled_events", "parameter_missing"),
        (
            {"url": "https://example.com/x", "enabled_events": ["Not An Event"]},
            "enabled_events[0]",
            "parameter_invalid",
        ),
        (
            {"url": "https://example.com/x", "enabled_events": ["*"], "api_version": "v2"},
            "api_version",
            "parameter_invalid",
        ),
        (
            {"url": "https://example.com/x", "enabled_events": ["*"], "color": "red"},
            "color",
            "parameter_unknown",
        ),
    ],
)
def test_bad_endpoints_are_refused_in_stripes_envelope(
    hooks_client: stripe.StripeClient, params: Any, param: str, code: str
) -> None:
    with pytest.raises(stripe.InvalidRequestError) as info:
        hooks_client.v1.webhook_endpoints.create(params)
    assert info.value.http_status == 400
    assert (info.value.param, info.value.code) == (param, code)
    assert hooks_client.v1.webhook_endpoints.list().data == []


def test_an_endpoint_gets_only_the_events_it_enabled(
    hooks: EmulatorThread, hooks_client: stripe.StripeClient, hooks_http: httpx.Client
) -> None:
    with Receiver() as receiver:
        hook = endpoint(hooks_client, receiver.url, "checkout.session.expired")
        paid, expired = create(hooks_client), create(hooks_client)
        admin(hooks_http, f"sessions/{paid.id}/complete")
        hooks_client.v1.checkout.sessions.expire(expired.id)
        [delivery] = receiver.wait_for(1)
        event = verified(delivery, hook.secret)
        assert (event.type, event.data.object.id) == ("checkout.session.expired", expired.id)
        completed = hooks_client.v1.events.list({"type": "checkout.session.completed"}).data
        assert completed[0].pending_webhooks == 0  # no endpoint wanted it
        assert len(receiver.deliveries) == 1


def test_an_endpoint_pinned_to_a_version_gets_events_stamped_with_it(
    hooks_client: stripe.StripeClient,
) -> None:
    with Receiver() as receiver:
        hooks_client.v1.webhook_endpoints.create(
            {
                "url": receiver.url,
                "enabled_events": ["*"],
                "api_version": "2025-01-27.acacia",
            }
        )
        hooks_client.v1.checkout.sessions.expire(create(hooks_client).id)
        [delivery] = receiver.wait_for(1)
    assert json.loads(delivery.body)["api_version"] == "2025-01-27.acacia"
    assert hooks_client.v1.events.list().data[0].api_version == "2026-10-28.endive"
