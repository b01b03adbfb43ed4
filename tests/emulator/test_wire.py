"""Direct HTTP: auth, error envelopes, parameter paths, metadata limits, headers."""

from __future__ import annotations

import httpx
import pytest

from stripe_emulator import SEED_PRICES, EmulatorThread

TSHIRT = next(iter(SEED_PRICES))
BASE = f"mode=payment&success_url=https://e.com/s&line_items[0][price]={TSHIRT}"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def post(http: httpx.Client, path: str, body: str, **headers: str) -> httpx.Response:
    return http.post(path, content=body, headers={**FORM, **headers})


def create(http: httpx.Client, extra: str = "") -> httpx.Response:
    return post(http, "/v1/checkout/sessions", f"{BASE}&line_items[0][quantity]=1{extra}")


def test_missing_key_is_401(http: httpx.Client) -> None:
    response = http.get("/v1/checkout/sessions", headers={"Authorization": ""})
    assert response.status_code == 401
    assert response.json()["error"]["type"] == "invalid_request_error"
    assert response.headers["Request-Id"].startswith("req_")


def test_wrong_key_is_401_and_redacted(http: httpx.Client) -> None:
    response = http.get(
        "/v1/checkout/sessions", headers={"Authorization": "Bearer sk_live_secretsecretabcd"}
    )
    assert response.status_code == 401
    message = response.json()["error"]["message"]
    assert message == "Invalid API Key provided: sk_live_****abcd"
    assert "secretsecret" not in response.text


def test_basic_auth_is_accepted(http: httpx.Client) -> None:
    response = http.get("/v1/checkout/sessions", auth=("sk_test_basic", ""), headers={})
    assert response.status_code == 200


def test_unknown_url_is_404_with_envelope(http: httpx.Client) -> None:
    response = http.get("/v1/foo")
    assert response.status_code == 404
    assert response.json()["error"]["message"].startswith(
        "Unrecognized request URL (GET: /v1/foo)."
    )


def test_headers_on_every_response(http: httpx.Client) -> None:
    ok = http.get("/v1/checkout/sessions", headers={"Stripe-Version": "2020-08-27"})
    assert ok.headers["Stripe-Version"] == "2020-08-27"
    bad = http.get("/v1/checkout/sessions/cs_test_nope")
    assert bad.headers["Request-Id"].startswith("req_")
    assert bad.headers["Stripe-Version"] == "2026-10-28.endive"


@pytest.mark.parametrize(
    ("extra", "param"),
    [
        ("&foo=1", "foo"),
        ("&line_items[0][bar]=1", "line_items[0][bar]"),
        ("&line_items[0][price_data][nope]=1", "line_items[0][price_data][nope]"),
    ],
)
def test_unknown_parameter_paths(http: httpx.Client, extra: str, param: str) -> None:
    error = create(http, extra).json()["error"]
    assert error["code"] == "parameter_unknown"
    assert error["param"] == param
    assert error["message"] == f"Received unknown parameter: {param}"
    assert error["doc_url"] == "https://docs.stripe.com/error-codes/parameter-unknown"


def test_missing_mode(http: httpx.Client) -> None:
    response = post(http, "/v1/checkout/sessions", "success_url=https://e.com")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "parameter_missing"
    assert response.json()["error"]["param"] == "mode"


def test_missing_quantity(http: httpx.Client) -> None:
    error = post(http, "/v1/checkout/sessions", BASE).json()["error"]
    assert (error["code"], error["param"]) == ("parameter_missing", "line_items[0][quantity]")


def test_bad_integer(http: httpx.Client) -> None:
    body = f"{BASE}&line_items[0][quantity]=two"
    error = post(http, "/v1/checkout/sessions", body).json()["error"]
    assert (error["code"], error["param"]) == (
        "parameter_invalid_integer",
        "line_items[0][quantity]",
    )


def test_unknown_price(http: httpx.Client) -> None:
    body = "mode=payment&success_url=https://e.com&line_items[0][price]=price_x"
    response = post(http, "/v1/checkout/sessions", body + "&line_items[0][quantity]=1")
    assert response.status_code == 400
    error = response.json()["error"]
    assert (error["code"], error["param"]) == ("resource_missing", "line_items[0][price]")


def test_expires_at_out_of_range(http: httpx.Client) -> None:
    error = create(http, "&expires_at=1").json()["error"]
    assert (error["code"], error["param"]) == ("parameter_invalid", "expires_at")


@pytest.mark.parametrize(
    ("extra", "param"),
    [
        ("".join(f"&metadata[k{i}]=v" for i in range(51)), "metadata"),
        ("&metadata[" + "k" * 41 + "]=v", "metadata[" + "k" * 41 + "]"),
        ("&metadata[k]=" + "v" * 501, "metadata[k]"),
    ],
    ids=["too-many-keys", "key-too-long", "value-too-long"],
)
def test_metadata_limits(http: httpx.Client, extra: str, param: str) -> None:
    response = create(http, extra)
    assert response.status_code == 400
    assert response.json()["error"]["param"] == param


def test_metadata_at_the_limits_is_fine(http: httpx.Client) -> None:
    keys = "".join(f"&metadata[{'k' * 38}{i:02d}]={'v' * 500}" for i in range(50))
    assert create(http, keys).status_code == 200


def test_expand_unknown_property(http: httpx.Client) -> None:
    ident = create(http).json()["id"]
    error = http.get(f"/v1/checkout/sessions/{ident}?expand[]=foo").json()["error"]
    assert error["message"] == "This property cannot be expanded (foo)."
    assert error["param"] == "expand"


def test_limit_out_of_range(http: httpx.Client) -> None:
    error = http.get("/v1/checkout/sessions?limit=101").json()["error"]
    assert (error["code"], error["param"]) == ("parameter_invalid_integer", "limit")


def test_cursors_are_mutually_exclusive(http: httpx.Client) -> None:
    ident = create(http).json()["id"]
    response = http.get(f"/v1/checkout/sessions?starting_after={ident}&ending_before={ident}")
    assert response.status_code == 400


def test_shipping_options_cleared_with_empty_value(http: httpx.Client) -> None:
    extra = (
        "&shipping_options[0][shipping_rate_data][display_name]=Ground"
        "&shipping_options[0][shipping_rate_data][fixed_amount][amount]=500"
        "&shipping_options[0][shipping_rate_data][fixed_amount][currency]=usd"
    )
    session = create(http, extra).json()
    assert session["total_details"]["amount_shipping"] == 500
    updated = post(http, f"/v1/checkout/sessions/{session['id']}", "shipping_options=").json()
    assert updated["shipping_options"] == []
    assert updated["amount_total"] == 2000


def test_idempotency_is_scoped_per_key(http: httpx.Client) -> None:
    first = create(http).json()["id"]
    body = f"{BASE}&line_items[0][quantity]=1"
    a = post(http, "/v1/checkout/sessions", body, **{"Idempotency-Key": "same"})
    b = post(
        http,
        "/v1/checkout/sessions",
        body,
        **{"Idempotency-Key": "same", "Authorization": "Bearer sk_test_other"},
    )
    assert a.json()["id"] != b.json()["id"] != first
    assert "Idempotent-Replayed" not in b.headers


def test_failed_validation_is_not_stored(http: httpx.Client) -> None:
    key = {"Idempotency-Key": "retry-me"}
    bad = post(http, "/v1/checkout/sessions", BASE, **key)
    assert bad.status_code == 400
    good = post(http, "/v1/checkout/sessions", f"{BASE}&line_items[0][quantity]=1", **key)
    assert good.status_code == 200


def test_requests_are_recorded(emu_http: tuple[EmulatorThread, httpx.Client]) -> None:
    emu, http = emu_http
    http.get("/v1/checkout/sessions/cs_test_x%2F..?expand[]=line_items", headers={"X-Trace": "t"})
    recorded = emu.requests[-1]
    assert recorded.path == "/v1/checkout/sessions/cs_test_x%2F..?expand[]=line_items"
    assert recorded.headers["x-trace"] == "t"
    assert recorded.params == {"expand": ["line_items"]}
