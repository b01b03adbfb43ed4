"""gateway.encoding: request messages -> Stripe's bracket-syntax parameters, as tables.

Like stripe-python's encoder tests: each row is a request and the exact (key, value) pairs
Stripe should receive, in order.
"""

from __future__ import annotations

from typing import Any

import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2 as r
from google.protobuf import message_factory
from google.protobuf.descriptor import Descriptor
from google.protobuf.message import Message

from gateway.encoding import encode, scalar
from tests.test_decoding_unit import EVERY_MESSAGE

Create = r.CreateCheckoutSessionRequest
Update = r.UpdateCheckoutSessionRequest
ListSessions = r.ListCheckoutSessionsRequest
ListLineItems = r.ListCheckoutSessionLineItemsRequest


def _create_quickstart() -> Message:
    # Stripe's documented example: a one-time payment for one Price.
    return Create(
        mode=Create.MODE_PAYMENT,
        success_url="https://example.com/success",
        line_items=[Create.LineItem(price="price_1MotwRLkdIwHu7ixYcPLm5uZ", quantity=2)],
    )


def _create_price_data() -> Message:
    line = Create.LineItem(quantity=1)
    line.price_data.currency = "usd"
    line.price_data.unit_amount = 2000
    line.price_data.product_data.name = "T-shirt"
    line.price_data.product_data.images.extend(["https://x/a.png", "https://x/b.png"])
    line.adjustable_quantity.enabled = True
    line.adjustable_quantity.maximum = 10
    return Create(mode=Create.MODE_PAYMENT, line_items=[line])


def _create_subscription_fee(percent: float) -> Message:
    m = Create(mode=Create.MODE_SUBSCRIPTION)
    m.subscription_data.application_fee_percent = percent
    return m


def _update_line_items() -> Message:
    # Stripe replaces the whole list: listed ids are kept (quantity may change), items without
    # an id are added, ids left out are removed; order is the order sent.
    added = Update.LineItem(quantity=1)
    added.price_data.currency = "eur"
    added.price_data.unit_amount = 500
    added.price_data.product = "prod_123"
    return Update(
        id="cs_test_a1",
        line_items=[
            Update.LineItem(id="li_keep"),
            Update.LineItem(id="li_more", quantity=3),
            added,
        ],
    )


def _update_clear_metadata() -> Message:
    return Update(id="cs_test_a1", clear_metadata=True)


def _update_clear_shipping_options() -> Message:
    return Update(id="cs_test_a1", clear_shipping_options=True)


def _list_created_range() -> Message:
    m = ListSessions(limit=3)
    m.created.gte = 1700000000
    m.created.lt = 1800000000
    return m


def _list_customer_details() -> Message:
    m = ListSessions()
    m.customer_details.email = "jenny@example.com"
    return m


def _list_line_items() -> Message:
    return ListLineItems(id="cs_test_a1", limit=5, starting_after="li_9", expand=["data.price"])


ENCODING: list[tuple[str, Any, list[tuple[str, str]]]] = [
    ("empty create", lambda: Create(), []),
    ("empty update: id is not a parameter", lambda: Update(id="cs_test_a1"), []),
    (
        "stripe quickstart: arrays of objects",
        _create_quickstart,
        [
            ("line_items[0][price]", "price_1MotwRLkdIwHu7ixYcPLm5uZ"),
            ("line_items[0][quantity]", "2"),
            ("mode", "payment"),
            ("success_url", "https://example.com/success"),
        ],
    ),
    (
        "nested objects a[b][c] and scalar arrays inside them",
        _create_price_data,
        [
            ("line_items[0][adjustable_quantity][enabled]", "true"),
            ("line_items[0][adjustable_quantity][maximum]", "10"),
            ("line_items[0][price_data][currency]", "usd"),
            ("line_items[0][price_data][product_data][images][0]", "https://x/a.png"),
            ("line_items[0][price_data][product_data][images][1]", "https://x/b.png"),
            ("line_items[0][price_data][product_data][name]", "T-shirt"),
            ("line_items[0][price_data][unit_amount]", "2000"),
            ("line_items[0][quantity]", "1"),
            ("mode", "payment"),
        ],
    ),
    (
        "arrays of scalars: expand[i]",
        lambda: r.GetCheckoutSessionRequest(id="cs_test_a1", expand=["line_items", "customer"]),
        [("expand[0]", "line_items"), ("expand[1]", "customer")],
    ),
    (
        "boolean true",
        lambda: Create(allow_promotion_codes=True),
        [("allow_promotion_codes", "true")],
    ),
    (
        "boolean false is sent when set",
        lambda: Create(allow_promotion_codes=False),
        [("allow_promotion_codes", "false")],
    ),
    ("enum to Stripe's string", lambda: Create(mode=Create.MODE_SETUP), [("mode", "setup")]),
    (
        "enum with an underscore in Stripe's string",
        lambda: Create(billing_address_collection=Create.BILLING_ADDRESS_COLLECTION_REQUIRED),
        [("billing_address_collection", "required")],
    ),
    ("enum with option: en-GB", lambda: Create(locale=Create.LOCALE_EN_GB), [("locale", "en-GB")]),
    (
        "enum with option: es-419",
        lambda: Create(locale=Create.LOCALE_ES_419),
        [("locale", "es-419")],
    ),
    (
        "repeated enum",
        lambda: Create(
            allowed_payment_method_types=[
                Create.ALLOWED_PAYMENT_METHOD_TYPES_CARD,
                Create.ALLOWED_PAYMENT_METHOD_TYPES_AMAZON_PAY,
            ]
        ),
        [
            ("allowed_payment_method_types[0]", "card"),
            ("allowed_payment_method_types[1]", "amazon_pay"),
        ],
    ),
    (
        "map: metadata[k], keys sorted",
        lambda: Create(metadata={"order_id": "6735", "b": "2"}),
        [("metadata[b]", "2"), ("metadata[order_id]", "6735")],
    ),
    (
        "map: unset one key with an empty value",
        lambda: Update(id="cs_test_a1", metadata={"stale": "", "kept": "x"}),
        [("metadata[kept]", "x"), ("metadata[stale]", "")],
    ),
    ("unset all metadata: clear_metadata", _update_clear_metadata, [("metadata", "")]),
    (
        "unset shipping options: clear_shipping_options",
        _update_clear_shipping_options,
        [("shipping_options", "")],
    ),
    (
        "nested clear_metadata inside a line item",
        lambda: Update(
            id="cs_test_a1", line_items=[Update.LineItem(id="li_1", clear_metadata=True)]
        ),
        [("line_items[0][id]", "li_1"), ("line_items[0][metadata]", "")],
    ),
    (
        "string set to empty is sent as empty",
        lambda: Create(client_reference_id=""),
        [("client_reference_id", "")],
    ),
    (
        "int64 epoch",
        lambda: Create(expires_at=1700003600),
        [("expires_at", "1700003600")],
    ),
    (
        "double in plain decimal notation",
        lambda: _create_subscription_fee(1e-07),
        [("mode", "subscription"), ("subscription_data[application_fee_percent]", "0.0000001")],
    ),
    (
        "whole double without a trailing .0",
        lambda: _create_subscription_fee(10.0),
        [("mode", "subscription"), ("subscription_data[application_fee_percent]", "10")],
    ),
    (
        "double with decimals",
        lambda: _create_subscription_fee(12.5),
        [("mode", "subscription"), ("subscription_data[application_fee_percent]", "12.5")],
    ),
    (
        "update: full line-items replacement, order kept",
        _update_line_items,
        [
            ("line_items[0][id]", "li_keep"),
            ("line_items[1][id]", "li_more"),
            ("line_items[1][quantity]", "3"),
            ("line_items[2][price_data][currency]", "eur"),
            ("line_items[2][price_data][product]", "prod_123"),
            ("line_items[2][price_data][unit_amount]", "500"),
            ("line_items[2][quantity]", "1"),
        ],
    ),
    ("empty list request", lambda: ListSessions(), []),
    (
        "list: created range filter",
        _list_created_range,
        [("created[gte]", "1700000000"), ("created[lt]", "1800000000"), ("limit", "3")],
    ),
    (
        "list: customer_details[email]",
        _list_customer_details,
        [("customer_details[email]", "jenny@example.com")],
    ),
    (
        "list: status enum and cursor",
        lambda: ListSessions(status=ListSessions.STATUS_OPEN, ending_before="cs_test_b2"),
        [("ending_before", "cs_test_b2"), ("status", "open")],
    ),
    (
        "line items: id is the path, not a parameter",
        _list_line_items,
        [("expand[0]", "data.price"), ("limit", "5"), ("starting_after", "li_9")],
    ),
    (
        "stream: max_items is never a parameter",
        lambda: r.StreamCheckoutSessionsRequest(max_items=25, customer="cus_1"),
        [("customer", "cus_1")],
    ),
    (
        "stream line items: neither id nor max_items",
        lambda: r.StreamCheckoutSessionLineItemsRequest(id="cs_test_a1", max_items=7),
        [],
    ),
    (
        "expire: only expand",
        lambda: r.ExpireCheckoutSessionRequest(id="cs_test_a1", expand=["payment_intent"]),
        [("expand[0]", "payment_intent")],
    ),
]


@pytest.mark.parametrize(
    ("build", "expected"),
    [pytest.param(build, expected, id=name) for name, build, expected in ENCODING],
)
def test_encode(build: Any, expected: list[tuple[str, str]]) -> None:
    assert encode(build()) == expected


SCALARS = [
    (True, "true"),
    (False, "false"),
    (0, "0"),
    (-42, "-42"),
    (2**53 + 1, "9007199254740993"),
    ("", ""),
    ("héllo", "héllo"),
    (1e-07, "0.0000001"),
    (1e22, "10000000000000000000000"),
    (100.0, "100"),
    (0.5, "0.5"),
    (0.1 + 0.2, "0.30000000000000004"),
    (12.25, "12.25"),
]


@pytest.mark.parametrize(("value", "expected"), SCALARS, ids=[repr(v) for v, _ in SCALARS])
def test_scalar(value: Any, expected: str) -> None:
    assert scalar(value) == expected


def test_skip_can_keep_id() -> None:
    assert encode(r.GetCheckoutSessionRequest(id="cs_test_a1"), skip=()) == [("id", "cs_test_a1")]


@pytest.mark.parametrize("descriptor", EVERY_MESSAGE, ids=[m.full_name for m in EVERY_MESSAGE])
def test_every_message_type_of_the_contract_has_an_encoding_table(descriptor: Descriptor) -> None:
    assert encode(message_factory.GetMessageClass(descriptor)()) == []
