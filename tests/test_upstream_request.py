"""The Request StripeClient sends is the one httpx would build from the same parts.

The client builds its URL from the parsed base and its headers without httpx's re-validation
(gateway.urls, gateway.upstream): what leaves must not differ from `httpx.Request(method,
url, headers=..., content=...)`, the plain way, in URL, headers (Host and Content-Length
included) or body.
"""

from __future__ import annotations

import importlib.metadata
from urllib.parse import urlencode

import httpx
import pytest

from gateway.config import DEFAULT_STRIPE_VERSION
from gateway.upstream import StripeClient

KEY = "sk_test_upstreamrequest0000000000abcd"
AGENT = f"checkout-gateway/{importlib.metadata.version('checkout-gateway')}"
CASES = [
    ("GET", "/v1/checkout/sessions/cs_test_1", [], {}),
    (
        "GET",
        "/v1/checkout/sessions",
        [("limit", "3"), ("expand[0]", "data.line_items")],
        {"stripe-account": "acct_1A"},
    ),
    (
        "POST",
        "/v1/checkout/sessions",
        [("mode", "payment"), ("metadata[note]", "é & more")],
        {"idempotency-key": "order-1", "stripe-version": "2024-06-20"},
    ),
    ("POST", "/v1/checkout/sessions/cs_test_1/expire", [], {"idempotency-key": "k"}),
]


@pytest.mark.parametrize("base", ["https://api.stripe.test/", "http://127.0.0.1:12111"])
@pytest.mark.parametrize(("method", "path", "params", "metadata"), CASES)
async def test_the_request_is_the_one_httpx_builds_from_the_same_parts(
    base: str,
    method: str,
    path: str,
    params: list[tuple[str, str]],
    metadata: dict[str, str],
) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"id": "cs_test_1"})

    stripe = StripeClient(
        base_url=base,
        api_key=KEY,
        stripe_version=DEFAULT_STRIPE_VERSION,
        transport=httpx.MockTransport(handler),
    )
    await stripe.call(method, path, params, metadata=metadata, deadline=None)
    await stripe.close()

    headers = {
        "Authorization": f"Bearer {KEY}",
        "User-Agent": AGENT,
        "Accept-Encoding": "gzip",
        "Stripe-Version": DEFAULT_STRIPE_VERSION,
    }
    headers.update({k.title(): v for k, v in metadata.items()})
    query = urlencode(params)
    url = base.rstrip("/") + path
    if method == "POST":
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        expected = httpx.Request(method, url, headers=headers, content=query.encode())
    else:
        expected = httpx.Request(method, f"{url}?{query}" if query else url, headers=headers)
    (request,) = sent
    assert request.method == expected.method
    assert request.url == expected.url and str(request.url) == str(expected.url)
    assert sorted(request.headers.raw) == sorted(expected.headers.raw)
    assert request.headers.raw[0] == expected.headers.raw[0]  # Host first
    assert request.content == expected.content
    # Made without httpx's __init__ (gateway.upstream._request): the same state, all of it.
    assert vars(request).keys() == vars(expected).keys()
    assert vars(request.headers).keys() == vars(expected.headers).keys()
    assert request.extensions == expected.extensions
    assert type(request.stream) is type(expected.stream) is httpx.ByteStream
    assert isinstance(request.stream, httpx.ByteStream)  # for mypy
    assert b"".join(request.stream) == request.read() == expected.read()


@pytest.mark.parametrize(("method", "path", "params", "metadata"), CASES)
async def test_the_headers_are_in_the_order_httpx_sets_them_one_by_one(
    method: str,
    path: str,
    params: list[tuple[str, str]],
    metadata: dict[str, str],
) -> None:
    stripe = StripeClient(
        base_url="https://api.stripe.test",
        api_key=KEY,
        stripe_version=DEFAULT_STRIPE_VERSION,
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json={})),
    )
    request = stripe.request(method, path, params, metadata)
    await stripe.close()
    expected = httpx.Headers(
        {
            "Host": "api.stripe.test",
            "Authorization": f"Bearer {KEY}",
            "User-Agent": AGENT,
            "Accept-Encoding": "gzip",
            "Stripe-Version": DEFAULT_STRIPE_VERSION,
        }
    )
    for key, value in metadata.items():
        expected[key.title()] = value  # a caller's Stripe-Version replaces the default in place
    if method == "POST":
        expected["Content-Length"] = str(len(request.content))
        expected["Content-Type"] = "application/x-www-form-urlencoded"
    assert request.headers.raw == expected.raw
