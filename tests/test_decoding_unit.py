"""gateway.decoding on hand-made Stripe JSON: what maps to fields, what is kept aside, and back."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import pytest
from checkout_gateway.v1 import checkout_session_pb2 as s
from checkout_gateway.v1 import checkout_session_requests_pb2 as r
from checkout_gateway.v1 import events_pb2, price_pb2
from checkout_gateway.v1 import line_item_pb2 as li
from google.protobuf import json_format, message_factory, struct_pb2
from google.protobuf.descriptor import Descriptor

from gateway import decoding
from gateway.decoding import decode
from gateway.descriptors import Compiled
from tests.stripe_json import to_json

Session = s.CheckoutSession
LineItems = r.ListCheckoutSessionLineItemsResponse
_US = Session.ShippingAddressCollection.ALLOWED_COUNTRIES_US
_GB = Session.ShippingAddressCollection.ALLOWED_COUNTRIES_GB


class _Unmodeled(Protocol):
    """A message of the contract: each keeps the JSON keys it does not model aside."""

    @property
    def unmodeled_fields(self) -> struct_pb2.Struct: ...

    def HasField(self, field_name: Any) -> bool: ...  # each message's own Literal of names


def _unmodeled(message: _Unmodeled) -> dict[str, Any]:
    if not message.HasField("unmodeled_fields"):
        return {}
    unmodeled: dict[str, Any] = _ints(json_format.MessageToDict(message.unmodeled_fields))
    return unmodeled


def _ints(value: Any) -> Any:
    # Struct numbers are doubles; compare whole ones as the ints Stripe sent.
    if isinstance(value, dict):
        return {k: _ints(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_ints(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _subset(expected: Any, actual: Any) -> bool:
    """`expected`'s keys (at any depth) have these values in `actual`; other keys may exist."""
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(
            k in actual and _subset(v, actual[k]) for k, v in expected.items()
        )
    return bool(expected == actual)


# (name, Stripe JSON, check on the decoded message, expected unmodeled_fields)
DECODED: list[tuple[str, dict[str, Any], Any, dict[str, Any]]] = [
    (
        "enum with option value",
        {"locale": "en-GB"},
        lambda m: m.locale == Session.LOCALE_EN_GB,
        {},
    ),
    (
        "enum with option value es-419",
        {"locale": "es-419"},
        lambda m: m.locale == Session.LOCALE_ES_419,
        {},
    ),
    (
        "plain enum",
        {"mode": "subscription", "status": "open"},
        lambda m: m.mode == Session.MODE_SUBSCRIPTION and m.status == Session.STATUS_OPEN,
        {},
    ),
    (
        "unknown enum value kept, field unset",
        {"locale": "tlh"},
        lambda m: m.HasField("locale") and m.locale == 0,
        {"locale": "tlh"},
    ),
    (
        "unknown value in a repeated enum: whole list kept",
        {"shipping_address_collection": {"allowed_countries": ["US", "XX", "GB"]}},
        lambda m: (
            list(m.shipping_address_collection.allowed_countries) == [_US, 0, _GB]
            and _unmodeled(m.shipping_address_collection)
            == {"allowed_countries": ["US", "XX", "GB"]}
        ),
        {},
    ),
    (
        "known repeated enum values: nothing kept aside",
        {"shipping_address_collection": {"allowed_countries": ["US", "GB"]}},
        lambda m: (
            len(m.shipping_address_collection.allowed_countries) == 2
            and _unmodeled(m.shipping_address_collection) == {}
        ),
        {},
    ),
    (
        "null on a map field kept",
        {"metadata": None},
        lambda m: len(m.metadata) == 0,
        {"metadata": None},
    ),
    (
        "null on a field without presence kept",
        {"created": None},
        lambda m: m.created == 0,
        {"created": None},
    ),
    (
        "null on an optional field: unset, nothing kept",
        {"customer_email": None},
        lambda m: not m.HasField("customer_email"),
        {},
    ),
    (
        "null on a message field: unset, nothing kept",
        {"customer_details": None},
        lambda m: not m.HasField("customer_details"),
        {},
    ),
    (
        "null on an unknown key kept",
        {"brand_new": None},
        lambda m: True,
        {"brand_new": None},
    ),
    (
        "map",
        {"metadata": {"order_id": "6735"}},
        lambda m: dict(m.metadata) == {"order_id": "6735"},
        {},
    ),
    (
        "unknown top-level key kept",
        {"id": "cs_1", "brand_new": {"a": [1, "b"]}},
        lambda m: m.id == "cs_1",
        {"brand_new": {"a": [1, "b"]}},
    ),
    (
        "nested unknown key kept in the nested message",
        {"customer_details": {"email": "a@b.c", "new_thing": True}},
        lambda m: (
            m.customer_details.email == "a@b.c"
            and _unmodeled(m.customer_details) == {"new_thing": True}
        ),
        {},
    ),
    (
        "int where a string is expected kept",
        {"customer_email": 42},
        lambda m: not m.HasField("customer_email"),
        {"customer_email": 42},
    ),
    (
        "bool where an int is expected kept",
        {"amount_total": True},
        lambda m: not m.HasField("amount_total"),
        {"amount_total": True},
    ),
    (
        "string where an object is expected kept",
        {"customer_details": "cus_1"},
        lambda m: not m.HasField("customer_details"),
        {"customer_details": "cus_1"},
    ),
    (
        "object where a list is expected kept",
        {"payment_method_types": {"card": True}},
        lambda m: len(m.payment_method_types) == 0,
        {"payment_method_types": {"card": True}},
    ),
    (
        "non-string map value kept",
        {"metadata": {"a": 1}},
        lambda m: len(m.metadata) == 0,
        {"metadata": {"a": 1}},
    ),
    (
        "empty lists and an empty map: nothing set, nothing kept",
        {"payment_method_types": [], "custom_fields": [], "discounts": [], "metadata": {}},
        lambda m: m == Session(),
        {},
    ),
    (
        "empty object where a list is expected kept",
        {"payment_method_types": {}},
        lambda m: len(m.payment_method_types) == 0,
        {"payment_method_types": {}},
    ),
    (
        "empty list where a map is expected kept",
        {"metadata": []},
        lambda m: len(m.metadata) == 0,
        {"metadata": []},
    ),
    (
        "empty list where an object is expected kept",
        {"customer_details": []},
        lambda m: not m.HasField("customer_details"),
        {"customer_details": []},
    ),
    (
        "empty object on a message field: set",
        {"customer_details": {}},
        lambda m: m.HasField("customer_details"),
        {},
    ),
    (
        "expandable field not expanded: the id",
        {"customer": "cus_1"},
        lambda m: m.customer.id == "cus_1",
        {},
    ),
]


@pytest.mark.parametrize(
    ("data", "check", "unmodeled"),
    [pytest.param(d, c, u, id=name) for name, d, c, u in DECODED],
)
def test_decode(data: dict[str, Any], check: Any, unmodeled: dict[str, Any]) -> None:
    message = decode(Session, data)
    assert check(message)
    assert _unmodeled(message) == unmodeled


ROUND_TRIPS: list[dict[str, Any]] = [
    {"locale": "en-GB"},
    {"locale": "es-419", "mode": "payment"},
    {"locale": "tlh"},
    {"shipping_address_collection": {"allowed_countries": ["US", "XX"]}},
    {"metadata": None},
    {"metadata": {"k": "v"}},
    {"customer_details": {"email": "a@b.c", "new_thing": {"x": 1}}},
    {"customer_email": 42},
    {"customer": "cus_1"},
    {"brand_new": [1, 2.5, None, "x"]},
]


@pytest.mark.parametrize("data", ROUND_TRIPS, ids=[str(d)[:40] for d in ROUND_TRIPS])
def test_round_trip(data: dict[str, Any]) -> None:
    assert _subset(data, to_json(decode(Session, data)))


LISTS: list[tuple[dict[str, Any], list[str], bool]] = [
    (
        {
            "object": "list",
            "data": [{"id": "li_1", "quantity": 2}, {"id": "li_2"}],
            "has_more": True,
            "url": "/v1/checkout/sessions/cs_1/line_items",
        },
        ["li_1", "li_2"],
        True,
    ),
    ({"object": "list", "data": [{"id": "li_1"}], "has_more": False}, ["li_1"], False),
    ({"object": "list", "data": [], "has_more": False}, [], False),
    ({"object": "list", "data": None}, [], False),
    ({}, [], False),
]


@pytest.mark.parametrize(("data", "ids", "has_more"), LISTS)
def test_a_list_object(data: dict[str, Any], ids: list[str], has_more: bool) -> None:
    page = decode(LineItems, data)
    assert [i.id for i in page.data] == ids
    assert all(isinstance(i, li.LineItem) for i in page.data)
    assert page.has_more is has_more


def test_a_list_keeps_unknown_keys_per_item() -> None:
    page = decode(LineItems, {"data": [{"id": "li_1", "new": "x"}, {"id": "li_2"}]})
    assert [_unmodeled(i) for i in page.data] == [{"new": "x"}, {}]


def _decoded(
    data: dict[str, Any], monkeypatch: pytest.MonkeyPatch, *, by_shape: bool
) -> s.CheckoutSession:
    """`data` decoded with every object by its shape's plan, or every one key by key."""
    with monkeypatch.context() as patch:
        patch.setattr(decoding, "MIN_SHAPE_KEYS", 0 if by_shape else 10**9)
        return decode(Session, data)


SHAPED = [d for _, d, _, _ in DECODED] + ROUND_TRIPS


@pytest.mark.parametrize("data", SHAPED, ids=[str(d)[:40] for d in SHAPED])
def test_an_object_decoded_by_its_shape_is_the_one_decoded_key_by_key(
    data: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _decoded(data, monkeypatch, by_shape=True)  # the shape learnt
    again = _decoded(data, monkeypatch, by_shape=True)  # and its plan used
    expected = _decoded(data, monkeypatch, by_shape=False)
    assert first == again == expected
    assert first.SerializeToString() == again.SerializeToString() == expected.SerializeToString()


def test_stripes_example_session_decoded_by_its_shape_is_the_one_decoded_key_by_key(
    fixtures_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.loads((fixtures_dir / "stripe" / "checkout.session.json").read_text())
    _decoded(data, monkeypatch, by_shape=True)
    assert _decoded(data, monkeypatch, by_shape=True).SerializeToString() == (
        _decoded(data, monkeypatch, by_shape=False).SerializeToString()
    )


# An object of a shape seen before, whose values its plan cannot take as they are.
SAME_SHAPE = [
    ({"status": "open"}, {"status": "brand_new"}),
    ({"payment_method_types": ["card"]}, {"payment_method_types": [5]}),
    ({"payment_method_types": []}, {"payment_method_types": ["card", "link"]}),
    ({"metadata": {"a": "b"}}, {"metadata": {"a": 1}}),
    ({"customer_details": {"email": "a@b.c"}}, {"customer_details": {"new": 1}}),
    ({"customer_details": {"tax_exempt": "none"}}, {"customer_details": {"tax_exempt": "x"}}),
]


@pytest.mark.parametrize(("seen", "data"), SAME_SHAPE, ids=[str(d)[:40] for _, d in SAME_SHAPE])
def test_an_object_of_a_known_shape_with_values_to_keep_is_decoded_key_by_key(
    seen: dict[str, Any], data: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    _decoded(seen, monkeypatch, by_shape=True)
    expected = _decoded(data, monkeypatch, by_shape=False)
    assert _decoded(data, monkeypatch, by_shape=True).SerializeToString() == (
        expected.SerializeToString()
    )


def test_the_shapes_remembered_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(decoding.MAX_SHAPES + 5):
        _decoded({f"brand_new_{i}": i}, monkeypatch, by_shape=True)
    descriptor: Any = Session.DESCRIPTOR
    shapes = decoding._TABLES[descriptor].shapes
    assert sum(len(same_types) for same_types in shapes.values()) <= decoding.MAX_SHAPES


def _by_shape_twice_and_key_by_key(
    data: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> tuple[bytes, bytes, bytes]:
    """`data` decoded by its shape (its nested objects' bytes made), again (and used), and key
    by key, each serialised."""
    first = _decoded(data, monkeypatch, by_shape=True).SerializeToString()
    again = _decoded(data, monkeypatch, by_shape=True).SerializeToString()
    return first, again, _decoded(data, monkeypatch, by_shape=False).SerializeToString()


# Nested objects whose JSON serialises alike but for a value's type, or with many map entries.
NESTED: list[dict[str, Any]] = [
    {"automatic_tax": {"enabled": False}, "total_details": {"amount_tax": 0}},
    {"automatic_tax": {"enabled": 0}, "total_details": {"amount_tax": False}},
    {"automatic_tax": {"enabled": 1.0}, "total_details": {"amount_tax": 0.0}},
    {"invoice_creation": {"invoice_data": {"metadata": {f"key_{i}": "v" for i in range(40)}}}},
    {"invoice_creation": {"invoice_data": {f"new_{i}": None for i in range(40)}}},
    {"total_details": {"brand_new": 2**70}},  # beyond orjson: no bytes made
]


@pytest.mark.parametrize("data", NESTED, ids=[str(d)[:40] for d in NESTED])
def test_a_nested_object_merged_as_bytes_is_the_one_decoded_key_by_key(
    data: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    for seen in NESTED:  # the same keys seen before with other values
        _decoded(seen, monkeypatch, by_shape=True)
    first, again, expected = _by_shape_twice_and_key_by_key(data, monkeypatch)
    assert first == again == expected


def test_a_value_of_another_type_with_the_same_json_number_is_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _decoded({"automatic_tax": {"enabled": False}}, monkeypatch, by_shape=True)
    message = _decoded({"automatic_tax": {"enabled": 0}}, monkeypatch, by_shape=True)
    assert _unmodeled(message.automatic_tax) == {"enabled": 0}


def _fresh_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Decoding tables with nothing learnt yet (no shapes, no bytes), for this test alone."""
    monkeypatch.setattr(decoding, "_TABLES", Compiled(decoding._Table, decoding._fill))


def test_the_nested_bytes_remembered_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    _fresh_tables(monkeypatch)
    for i in range(decoding.MAX_PIECES + 5):
        _decoded({"total_details": {"amount_tax": i}}, monkeypatch, by_shape=True)
    descriptor: Any = Session.DESCRIPTOR
    assert len(decoding._TABLES[descriptor].pieces["total_details"]) == decoding.MAX_PIECES
    first, again, expected = _by_shape_twice_and_key_by_key(
        {"total_details": {"amount_tax": -1}}, monkeypatch
    )
    assert first == again == expected


def _varying(i: int) -> dict[str, Any]:
    """A session whose `customer_details` is new each time, and whose `automatic_tax` and
    `total_details` take 6 and 12 values, 72 together (more than MAX_PIECES of either kind)."""
    return {
        "id": f"cs_{i}",
        "customer_details": {"email": f"c{i}@example.com"},
        "automatic_tax": {"enabled": i % 2 == 0, "status": ["complete", None, "failed"][i % 3]},
        "total_details": {"amount_tax": i // 6 % 12},
        "phone_number_collection": {"enabled": False},
    }


def test_nested_objects_that_vary_are_decoded_as_key_by_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fresh_tables(monkeypatch)
    for i in range(3 * decoding.MAX_PIECES):
        data = _varying(i)
        by_shape = _decoded(data, monkeypatch, by_shape=True).SerializeToString()
        assert by_shape == _decoded(data, monkeypatch, by_shape=False).SerializeToString(), i


def _every_message(descriptor: Descriptor) -> Iterator[Descriptor]:
    yield descriptor
    for nested in descriptor.nested_types:
        if not nested.GetOptions().map_entry:
            yield from _every_message(nested)


EVERY_MESSAGE = [
    m
    for module in (s, r, li, price_pb2, events_pb2)
    for top in module.DESCRIPTOR.message_types_by_name.values()
    for m in _every_message(top)
]


@pytest.mark.parametrize("descriptor", EVERY_MESSAGE, ids=[m.full_name for m in EVERY_MESSAGE])
def test_every_message_type_of_the_contract_has_a_decoding_table(descriptor: Descriptor) -> None:
    message_type = message_factory.GetMessageClass(descriptor)
    assert decode(message_type, {}) == message_type()


# (name, JSON, the field left at its default and kept in `unmodeled_fields`)
OUT_OF_RANGE: list[tuple[str, dict[str, Any], str]] = [
    ("beyond int64", {"id": "cs_1", "amount_total": 2**63}, "amount_total"),
    ("below int64", {"id": "cs_1", "amount_total": -(2**63) - 1}, "amount_total"),
    ("beyond 64 bits", {"id": "cs_1", "amount_total": 2**70}, "amount_total"),
]


@pytest.mark.parametrize(("data", "key"), [pytest.param(d, k, id=n) for n, d, k in OUT_OF_RANGE])
def test_an_integer_its_field_cannot_hold_is_kept_aside(data: dict[str, Any], key: str) -> None:
    message = decode(Session, data)
    assert message.id == "cs_1" and getattr(message, key) == 0
    assert _unmodeled(message) == {key: float(data[key])}  # a Struct's numbers are doubles


def test_an_integer_out_of_range_in_a_nested_object_is_kept_in_that_object() -> None:
    data = {"id": "cs_1", "total_details": {"amount_tax": 2**64, "amount_discount": 3}}
    message = decode(Session, data)
    assert message.total_details.amount_discount == 3
    assert _unmodeled(message.total_details) == {"amount_tax": float(2**64)}
    assert _unmodeled(message) == {}


def test_an_integer_out_of_range_in_an_object_decoded_by_its_shape_is_kept_aside() -> None:
    data: dict[str, Any] = {f"new_key_{i}": None for i in range(decoding.MIN_SHAPE_KEYS)}
    data.update({"id": "cs_1", "amount_total": 2**63, "amount_subtotal": 5})
    message = decode(Session, data)
    assert message.amount_subtotal == 5 and message.amount_total == 0
    assert _unmodeled(message) == {
        **{k: None for k in data if k.startswith("new_key_")},
        "amount_total": float(2**63),
    }


def test_objects_of_the_same_value_types_in_another_key_order_each_get_their_own_shape(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fresh_tables(monkeypatch)
    keys = ["id", "url", "currency", "locale", "client_reference_id", "customer", "cancel_url"]
    nulls = ["brand_new", "return_url", "success_url"]
    forwards = {**{k: f"{k}_1" for k in keys}, **dict.fromkeys(nulls)}
    # The strings' keys reversed, the nulls' too: the same types, in the same order.
    backwards = {**{k: f"{k}_1" for k in reversed(keys)}, **dict.fromkeys(reversed(nulls))}
    for data in (forwards, backwards, forwards):
        first, again, expected = _by_shape_twice_and_key_by_key(data, monkeypatch)
        assert first == again == expected
    descriptor: Any = Session.DESCRIPTOR
    (same_types,) = [s for s in decoding._TABLES[descriptor].shapes.values() if len(s) == 2]
    assert [keys for keys, _ in same_types] == [list(forwards), list(backwards)]


# One shape, its enums in several combinations, one newer than the contract, one of them null.
ENUMS: list[dict[str, Any]] = [
    {"mode": "payment", "status": "open", "ui_mode": "hosted", "payment_status": "unpaid"},
    {"mode": "setup", "status": "complete", "ui_mode": "embedded", "payment_status": "paid"},
    {"mode": "payment", "status": "open", "ui_mode": "hosted", "payment_status": "unpaid"},
    {"mode": "payment", "status": "brand_new", "ui_mode": "hosted", "payment_status": "unpaid"},
    {"mode": "subscription", "status": "expired", "ui_mode": "hosted", "payment_status": None},
]


@pytest.mark.parametrize("enums", ENUMS, ids=[str(e)[:60] for e in ENUMS])
def test_enums_merged_as_bytes_are_the_ones_decoded_key_by_key(
    enums: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    _fresh_tables(monkeypatch)
    base = {"id": "cs_1", "currency": "usd", "locale": None, "amount_total": 5}
    for seen in ENUMS:  # each combination seen first
        _decoded({**base, **seen}, monkeypatch, by_shape=True)
    first, again, expected = _by_shape_twice_and_key_by_key({**base, **enums}, monkeypatch)
    assert first == again == expected
