"""Stripe's event JSON -> Event: every modelled key typed, every other key kept."""

from __future__ import annotations

import json
from typing import Any

from google.protobuf.json_format import MessageToDict

from gateway.events.messages import decode_event

SESSION = {"id": "cs_test_1", "object": "checkout.session", "status": "complete"}


def stripe_event(**extra: Any) -> dict[str, Any]:
    return {
        "id": "evt_1",
        "object": "event",
        "api_version": "2026-10-28.endive",
        "created": 1_700_000_000,
        "data": {"object": SESSION, "previous_attributes": {"status": "open", "n": 1}},
        "livemode": False,
        "pending_webhooks": 2,
        "request": {"id": "req_1", "idempotency_key": "order-6735"},
        "type": "checkout.session.completed",
        **extra,
    }


def test_every_modelled_key_is_typed() -> None:
    event = decode_event(stripe_event(account="acct_1"))
    assert (event.id, event.type, event.created) == (
        "evt_1",
        "checkout.session.completed",
        1_700_000_000,
    )
    assert event.api_version == "2026-10-28.endive" and event.account == "acct_1"
    assert event.pending_webhooks == 2 and not event.livemode
    assert (event.request.id, event.request.idempotency_key) == ("req_1", "order-6735")
    assert event.data.object.id == "cs_test_1"
    assert event.data.object.status == event.data.object.STATUS_COMPLETE
    assert MessageToDict(event.data.previous_attributes) == {"status": "open", "n": 1}
    assert not event.HasField("unmodeled_fields")


def test_nulls_leave_fields_unset() -> None:
    event = decode_event(stripe_event(request={"id": None, "idempotency_key": None}))
    assert not event.request.HasField("id") and not event.request.HasField("idempotency_key")
    assert not event.HasField("account")


def test_unknown_keys_and_unexpected_types_are_kept() -> None:
    event = decode_event(stripe_event(context="ctx_1", created="yesterday"))
    kept = MessageToDict(event.unmodeled_fields)
    assert kept == {"context": "ctx_1", "created": "yesterday"}
    assert event.created == 0


def test_an_old_api_versions_request_id_string_is_read() -> None:
    assert decode_event(stripe_event(request="req_9")).request.id == "req_9"


def test_unknown_keys_inside_data_keep_the_whole_data() -> None:
    event = decode_event(stripe_event(data={"object": SESSION, "extra": [1]}))
    assert json.loads(json.dumps(MessageToDict(event.unmodeled_fields)))["data"]["extra"] == [1]
