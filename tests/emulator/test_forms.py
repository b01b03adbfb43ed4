"""Stripe's bracket syntax, table-driven."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_emulator.errors import StripeError
from stripe_emulator.forms import parse_form, to_bool, to_int

CASES: list[tuple[str, dict[str, Any]]] = [
    ("", {}),
    ("mode=payment", {"mode": "payment"}),
    ("a[b][c]=1", {"a": {"b": {"c": "1"}}}),
    ("metadata[order_id]=6735", {"metadata": {"order_id": "6735"}}),
    # Metadata keys are the caller's: all-digit keys stay keys, not array indexes.
    ("metadata[0]=a&metadata[1]=b", {"metadata": {"0": "a", "1": "b"}}),
    ("subscription_data[metadata][7]=x", {"subscription_data": {"metadata": {"7": "x"}}}),
    ("expand[]=line_items&expand[]=customer", {"expand": ["line_items", "customer"]}),
    ("expand[0]=line_items&expand[1]=customer", {"expand": ["line_items", "customer"]}),
    ("expand[1]=b&expand[0]=a", {"expand": ["a", "b"]}),
    (
        "line_items[0][price]=p&line_items[0][quantity]=2&line_items[1][price]=q",
        {"line_items": [{"price": "p", "quantity": "2"}, {"price": "q"}]},
    ),
    (
        "line_items[0][price_data][product_data][name]=T%20shirt",
        {"line_items": [{"price_data": {"product_data": {"name": "T shirt"}}}]},
    ),
    ("allow_promotion_codes=true", {"allow_promotion_codes": "true"}),
    ("metadata=", {"metadata": ""}),
    ("metadata[k]=", {"metadata": {"k": ""}}),
    ("shipping_options=", {"shipping_options": ""}),
    ("metadata=&metadata[k]=v", {"metadata": {"k": "v"}}),
    ("created[gte]=10&created[lt]=20", {"created": {"gte": "10", "lt": "20"}}),
    ("customer_details[email]=a%2Bb%40x.com", {"customer_details": {"email": "a+b@x.com"}}),
    ("q=a+b", {"q": "a b"}),
    ("weird]=1", {"weird]": "1"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] or "empty" for c in CASES])
def test_parse_form(text: str, expected: dict[str, Any]) -> None:
    assert parse_form(text) == expected


def test_value_and_hash_conflict_is_an_error() -> None:
    with pytest.raises(StripeError) as info:
        parse_form("a=1&a[b]=2")
    assert info.value.status == 400


@pytest.mark.parametrize(("raw", "expected"), [("true", True), ("false", False)])
def test_to_bool(raw: str, expected: bool) -> None:
    assert to_bool(raw, "p") is expected


def test_to_bool_rejects_other_strings() -> None:
    with pytest.raises(StripeError):
        to_bool("yes", "p")


def test_to_int_rejects_non_integers_with_param() -> None:
    with pytest.raises(StripeError) as info:
        to_int("1.5", "line_items[0][quantity]")
    assert info.value.code == "parameter_invalid_integer"
    assert info.value.param == "line_items[0][quantity]"
