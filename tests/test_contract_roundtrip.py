"""Stripe's example objects decode into the contract and encode back to the same JSON."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from checkout_gateway.v1 import checkout_session_pb2, line_item_pb2, price_pb2
from google.protobuf import struct_pb2
from google.protobuf.message import Message

from gateway.decoding import decode
from tests.stripe_json import to_json

FIXTURES = [
    ("checkout.session.json", checkout_session_pb2.CheckoutSession),
    ("item.json", line_item_pb2.LineItem),
    ("price.json", price_pb2.Price),
    ("product.json", price_pb2.Product),
]


def normalise(value: Any) -> Any:
    """Nulls aside, and empty lists and maps aside: proto3 cannot tell them from absent."""
    if isinstance(value, dict):
        items = {k: normalise(v) for k, v in value.items()}
        return {k: v for k, v in items.items() if v not in (None, [], {})}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    return value


def api_examples(fixtures_dir: Path) -> list[dict[str, Any]]:
    """The JSON responses in the API excerpt (each a `{` ... `}` block after 'Response')."""
    text = (fixtures_dir / "checkout-sessions-api.txt").read_text()
    decoder = json.JSONDecoder()
    return [decoder.raw_decode(text, m.end())[0] for m in re.finditer(r"^Response\n", text, re.M)]


@pytest.mark.parametrize(("name", "message_type"), FIXTURES, ids=[f[0] for f in FIXTURES])
def test_stripe_fixture_round_trips(
    fixtures_dir: Path, name: str, message_type: type[Message]
) -> None:
    data = json.loads((fixtures_dir / "stripe" / name).read_text())
    assert normalise(to_json(decode(message_type, data))) == normalise(data)


def test_api_excerpt_examples_round_trip(fixtures_dir: Path) -> None:
    examples = api_examples(fixtures_dir)
    assert len(examples) == 5
    for data in examples:
        if data["object"] == "list":
            item_type: type[Message] = (
                line_item_pb2.LineItem
                if data["data"][0]["object"] == "item"
                else checkout_session_pb2.CheckoutSession
            )
            for item in data["data"]:
                assert normalise(to_json(decode(item_type, item))) == normalise(item)
        else:
            session = decode(checkout_session_pb2.CheckoutSession, data)
            assert normalise(to_json(session)) == normalise(data)


def test_fixture_decodes_typed_fields(fixtures_dir: Path) -> None:
    data = json.loads((fixtures_dir / "stripe" / "checkout.session.json").read_text())
    session = decode(checkout_session_pb2.CheckoutSession, data)
    assert session.id == data["id"]
    assert session.status == checkout_session_pb2.CheckoutSession.STATUS_OPEN
    assert session.automatic_tax.enabled is False


def test_unknown_field_survives_round_trip(fixtures_dir: Path) -> None:
    data = json.loads((fixtures_dir / "stripe" / "checkout.session.json").read_text())
    data = copy.deepcopy(data)
    data["brand_new_field"] = {"nested": [1, "two", None, True]}
    data["automatic_tax"]["new_inner"] = "x"
    session = decode(checkout_session_pb2.CheckoutSession, data)
    kept = session.unmodeled_fields["brand_new_field"]
    assert isinstance(kept, struct_pb2.Struct)
    nested = kept["nested"]
    assert isinstance(nested, struct_pb2.ListValue)
    assert nested[1] == "two"
    assert session.automatic_tax.unmodeled_fields["new_inner"] == "x"
    assert normalise(to_json(session)) == normalise(data)


def test_unknown_enum_value_survives_round_trip(fixtures_dir: Path) -> None:
    data = json.loads((fixtures_dir / "stripe" / "checkout.session.json").read_text())
    data["status"] = "paused_for_review"
    session = decode(checkout_session_pb2.CheckoutSession, data)
    assert session.status == checkout_session_pb2.CheckoutSession.STATUS_UNSPECIFIED
    assert session.unmodeled_fields["status"] == "paused_for_review"
    assert to_json(session)["status"] == "paused_for_review"


def test_null_keeps_presence_apart_from_zero() -> None:
    cs = checkout_session_pb2.CheckoutSession
    assert not decode(cs, {"amount_total": None}).HasField("amount_total")
    zero = decode(cs, {"amount_total": 0, "allow_promotion_codes": False})
    assert zero.HasField("amount_total") and zero.HasField("allow_promotion_codes")


def test_null_list_is_kept_apart_from_empty() -> None:
    session = decode(checkout_session_pb2.CheckoutSession, {"discounts": None})
    assert to_json(session)["discounts"] is None
    assert (
        to_json(decode(checkout_session_pb2.CheckoutSession, {"discounts": []}))["discounts"] == []
    )


def test_expandable_field_keeps_id_or_object() -> None:
    cs = checkout_session_pb2.CheckoutSession
    by_id = decode(cs, {"customer": "cus_123"})
    assert by_id.customer.id == "cus_123" and not by_id.customer.object
    assert to_json(by_id)["customer"] == "cus_123"
    expanded = decode(cs, {"customer": {"id": "cus_123", "object": "customer", "email": "a@b"}})
    assert expanded.customer.unmodeled_fields["email"] == "a@b"
    assert to_json(expanded)["customer"] == {"id": "cus_123", "object": "customer", "email": "a@b"}


def test_expanded_line_items_and_product_are_typed(fixtures_dir: Path) -> None:
    item = json.loads((fixtures_dir / "stripe" / "item.json").read_text())
    product = json.loads((fixtures_dir / "stripe" / "product.json").read_text())
    item["price"]["product"] = product
    page = {"object": "list", "data": [item], "has_more": False, "url": "/v1/x"}
    session = decode(checkout_session_pb2.CheckoutSession, {"line_items": page})
    assert session.line_items.data[0].price.product.name == product["name"]
    assert normalise(to_json(session)["line_items"]) == normalise(page)


def test_value_of_unexpected_type_is_kept_not_fatal() -> None:
    session = decode(checkout_session_pb2.CheckoutSession, {"amount_total": "12", "url": 5})
    assert not session.HasField("amount_total")
    assert to_json(session)["amount_total"] == "12" and to_json(session)["url"] == 5
