"""gateway.urls: each call's URL, made from the parsed base, is exactly httpx's own parse."""

from __future__ import annotations

from urllib.parse import urlencode

import httpx
import pytest

from gateway.routes import ROUTES, SESSIONS
from gateway.urls import BaseURL, form

BASES = ["http://127.0.0.1:12111", "https://api.stripe.com/", "http://localhost:8080/stripe/"]
QUERIES = [
    "",
    urlencode([("limit", "3"), ("expand[0]", "data.line_items")]),
    urlencode([("created[gte]", "1700000000"), ("starting_after", "cs_test_a1")]),
    urlencode([("customer_details[email]", "a+b@example.com"), ("x", "é ~*'()")]),
]


def _parsed(base: str, path: str, query: str) -> httpx.URL:
    return httpx.URL(base.rstrip("/") + path + (f"?{query}" if query else ""))


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("name", sorted(ROUTES))
@pytest.mark.parametrize("query", QUERIES)
def test_every_route_is_httpx_own_parse(base: str, name: str, query: str) -> None:
    path = ROUTES[name].template.replace("{id}", "cs_test_a1B2c3_d-4")
    made = BaseURL(base).join(SESSIONS + path, query)
    expected = _parsed(base, SESSIONS + path, query)
    assert made == expected
    assert made._uri_reference == expected._uri_reference
    assert (str(made), made.raw_path, made.host, made.port) == (
        str(expected),
        expected.raw_path,
        expected.host,
        expected.port,
    )


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("/v1/checkout/sessions/a b", ""),  # quoted by httpx
        ("/v1/checkout/sessions/./x", ""),  # a dot segment, normalised away by httpx
        ("/v1/checkout/sessions/../x", ""),
        ("/v1/checkout/sessions//x", ""),
        ("/v1/checkout/sessions/é", ""),
        ("/v1/checkout/sessions", "a=%zz"),  # not an escape
        ("/v1/checkout/sessions", "a=b c"),
        ("/v1/checkout/sessions", "a=%e9"),  # lower-case escape
    ],
)
def test_anything_else_takes_the_full_parse(path: str, query: str) -> None:
    made = BaseURL(BASES[0]).join(path, query)
    expected = _parsed(BASES[0], path, query)
    assert made == expected
    assert str(made) == str(expected)


def test_a_base_with_a_query_takes_the_full_parse() -> None:
    made = BaseURL("http://127.0.0.1:1/?a=b").join("/v1/checkout/sessions")
    assert str(made) == str(httpx.URL("http://127.0.0.1:1/?a=b/v1/checkout/sessions"))


# Every ASCII character, alone and among others, and text beyond ASCII (quote_plus's own way).
FORM_TEXTS = [
    "",
    *(chr(c) for c in range(128)),
    "line_items[0][price]",
    "https://example.com/ok?x=1&y=a b",
    "metadata[note]",
    "é & more",
    "snow ☃ and 🎉",
    "\x00\x7f~-._",
]


@pytest.mark.parametrize("text", FORM_TEXTS, ids=repr)
def test_form_is_urlencode_for_every_key_and_value(text: str) -> None:
    params = [(text, "v"), ("k", text), (text, text)]
    assert form(params) == urlencode(params)


def test_form_of_many_pairs_and_of_none_is_urlencode() -> None:
    params = [(f"metadata[key {i}]", f"value/{i}?") for i in range(50)]
    assert form(params) == urlencode(params)
    assert form([]) == urlencode([]) == ""
