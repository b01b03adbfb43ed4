"""gateway.upstream.StripeClient against httpx.MockTransport: what goes out, what comes back."""

from __future__ import annotations

import asyncio
import importlib.metadata
import json
from collections.abc import Callable
from urllib.parse import parse_qsl

import httpx
import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2 as r
from google.protobuf.message import Message

from gateway.config import DEFAULT_STRIPE_VERSION
from gateway.encoding import encode, field_path
from gateway.exceptions import InvalidRequest, StripeAPIError, UpstreamUnavailable
from gateway.headers import FORWARDED
from gateway.observe import Attempt, UpstreamObserver, observes
from gateway.retry import RetryPolicy
from gateway.upstream import MAX_QUERY_LENGTH, StripeClient, _Timeout
from gateway.validation import validate, validate_headers

KEY = "sk_test_upstreamunit000000000000abcd"
SESSION = {"id": "cs_test_1", "object": "checkout.session"}
KEYED = {"idempotency-key": "order-1"}
Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that answers from a list and keeps every request."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        return answer


def ok(body: object = SESSION, **headers: str) -> httpx.Response:
    return httpx.Response(200, json=body, headers={"Request-Id": "req_ok", **headers})


def client(handler: Handler, max_retries: int = 0) -> tuple[StripeClient, list[float]]:
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    stripe = StripeClient(
        base_url="https://api.stripe.test/",
        api_key=KEY,
        stripe_version=DEFAULT_STRIPE_VERSION,
        retry_policy=RetryPolicy(max_retries=max_retries),
        transport=httpx.MockTransport(handler),
        sleep=sleep,
        rand=lambda: 0.0,
    )
    return stripe, slept


async def test_get_sends_parameters_in_the_query_and_the_standard_headers() -> None:
    recorder = Recorder(ok())
    stripe, _ = client(recorder)
    params = [("limit", "3"), ("expand[0]", "data.line_items"), ("metadata[a b]", "x&y")]
    response = await stripe.call("GET", "/v1/checkout/sessions", params, metadata={}, deadline=None)
    (request,) = recorder.requests
    assert request.method == "GET"
    assert request.url.host == "api.stripe.test" and request.url.path == "/v1/checkout/sessions"
    assert parse_qsl(request.url.query.decode()) == params
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    assert request.headers["Stripe-Version"] == DEFAULT_STRIPE_VERSION
    assert request.headers["User-Agent"].startswith("checkout-gateway/")
    assert "Idempotency-Key" not in request.headers and request.content == b""
    assert (response.data, response.request_id) == (SESSION, "req_ok")


async def test_post_sends_a_form_body_and_the_idempotency_key_it_is_given() -> None:
    recorder = Recorder(ok())
    stripe, _ = client(recorder)
    params = [("mode", "payment"), ("line_items[0][price]", "price_1")]
    await stripe.call("POST", "/v1/checkout/sessions", params, metadata=KEYED, deadline=None)
    (request,) = recorder.requests
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(request.content.decode()) == params
    assert request.headers["Idempotency-Key"] == KEYED["idempotency-key"]


async def test_a_post_without_an_idempotency_key_is_refused_before_any_request() -> None:
    # The servicer chooses the key; a client that made one up would hide it from the caller.
    recorder = Recorder(ok())
    stripe, _ = client(recorder)
    with pytest.raises(ValueError, match="idempotency key"):
        await stripe.call("POST", "/v1/checkout/sessions", [], metadata={}, deadline=None)
    assert recorder.requests == []


async def test_callers_request_options_become_stripe_headers() -> None:
    recorder = Recorder(ok())
    stripe, _ = client(recorder)
    metadata = {
        "idempotency-key": "order-42",
        "stripe-account": "acct_123",
        "stripe-context": "ctx_1",
        "stripe-version": "2025-01-01.x",
    }
    await stripe.call("POST", "/v1/checkout/sessions", [], metadata=metadata, deadline=None)
    headers = recorder.requests[0].headers
    assert headers["Idempotency-Key"] == "order-42"
    assert headers["Stripe-Account"] == "acct_123"
    assert headers["Stripe-Context"] == "ctx_1"
    assert headers["Stripe-Version"] == "2025-01-01.x"  # the caller's wins over the default


async def test_a_retried_post_carries_the_same_idempotency_key_every_time() -> None:
    unavailable = httpx.Response(503, json={"error": {"type": "api_error", "message": "down"}})
    recorder = Recorder(unavailable, unavailable, ok())
    stripe, slept = client(recorder, max_retries=2)
    await stripe.call("POST", "/v1/checkout/sessions", [], metadata=KEYED, deadline=None)
    keys = {r.headers["Idempotency-Key"] for r in recorder.requests}
    assert len(recorder.requests) == 3 and keys == {KEYED["idempotency-key"]}
    assert slept == [0.5, 0.5]  # jitter 0 halves 0.5 s and 1 s; the 0.5 s floor holds


async def test_stripe_should_retry_false_is_never_retried() -> None:
    refused = httpx.Response(
        503,
        json={"error": {"type": "api_error", "message": "no"}},
        headers={"Stripe-Should-Retry": "false"},
    )
    recorder = Recorder(refused, ok())
    stripe, slept = client(recorder, max_retries=2)
    with pytest.raises(StripeAPIError) as info:
        await stripe.call("POST", "/v1/checkout/sessions", [], metadata=KEYED, deadline=None)
    assert (info.value.http_status, info.value.should_retry) == (503, False)
    assert len(recorder.requests) == 1 and slept == []


async def test_stripe_error_envelope_is_raised_with_its_request_id() -> None:
    body = {"error": {"type": "invalid_request_error", "code": "resource_missing"}}
    recorder = Recorder(httpx.Response(404, json=body, headers={"Request-Id": "req_404"}))
    stripe, _ = client(recorder)
    with pytest.raises(StripeAPIError) as info:
        await stripe.call("GET", "/v1/checkout/sessions/cs_x", [], metadata={}, deadline=None)
    assert info.value.error == body["error"] and info.value.request_id == "req_404"


@pytest.mark.parametrize(
    ("status", "content"),
    [(200, b"<html>ok?</html>"), (200, b"[1, 2]"), (502, b"<html>Bad Gateway</html>")],
)
async def test_a_body_that_is_not_stripes_json_is_an_error_without_envelope(
    status: int, content: bytes
) -> None:
    stripe, _ = client(Recorder(httpx.Response(status, content=content)))
    with pytest.raises(StripeAPIError) as info:
        await stripe.call("GET", "/v1/checkout/sessions", [], metadata={}, deadline=None)
    assert info.value.error is None and info.value.http_status == status
    assert info.value.body_text == content.decode()


async def test_a_connection_failure_is_upstream_unavailable() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    stripe, _ = client(refuse)
    with pytest.raises(UpstreamUnavailable, match="ConnectError"):
        await stripe.call("GET", "/v1/checkout/sessions", [], metadata={}, deadline=None)


@pytest.mark.parametrize(
    "path",
    [
        "/v1/customers",
        "/v1/checkout/sessions/../../customers",
        "/v1/checkout/sessions/cs_1?x=1",
        "/v1/checkout/sessions/cs_1#f",
        "/v1/checkout/sessions/cs%2F1",
        "/v1/checkout/sessions/cs 1",
        "/v1/checkout/sessions\\..\\x",
        "/v1/checkout/sessions/cs_1..2",
        "/v1/checkout/sessions/cs_1\\2",
    ],
)
async def test_paths_outside_checkout_sessions_are_refused_before_any_request(path: str) -> None:
    recorder = Recorder(ok())
    stripe, _ = client(recorder)
    with pytest.raises(ValueError, match="refusing"):
        await stripe.call("GET", path, [], metadata={}, deadline=None)
    assert recorder.requests == []


async def test_the_key_is_only_in_the_authorization_header() -> None:
    recorder = Recorder(ok())
    stripe, _ = client(recorder)
    await stripe.call("POST", "/v1/checkout/sessions", [("a", "b")], metadata=KEYED, deadline=None)
    request = recorder.requests[0]
    others = [v for k, v in request.headers.items() if k.lower() != "authorization"]
    assert KEY not in str(request.url) + request.content.decode() + json.dumps(others)


async def test_the_user_agent_names_the_installed_version() -> None:
    recorder = Recorder(ok())
    stripe, _ = client(recorder)
    await stripe.call("GET", "/v1/checkout/sessions", [], metadata={}, deadline=None)
    version = importlib.metadata.version("checkout-gateway")
    assert recorder.requests[0].headers["User-Agent"] == f"checkout-gateway/{version}"


# Found by tests/test_properties.py: a GET's parameters are its URL, and a filter of 2000
# non-ASCII characters (18 KB encoded) drew a bare HTTP 400 (UNKNOWN) from the server.
@pytest.mark.parametrize(
    ("request_", "field"),
    [
        (r.ListCheckoutSessionsRequest(customer="日" * 2000), "customer"),
        (
            r.StreamCheckoutSessionsRequest(customer_details={"email": "%" * 2500}),
            "customer_details.email",
        ),
    ],
    ids=["list filter", "stream filter"],
)
async def test_get_parameters_too_long_for_a_url_are_refused_naming_the_longest(
    request_: Message, field: str
) -> None:
    validate(request_)  # every field is fine on its own
    recorder = Recorder(ok())
    stripe, _ = client(recorder)
    with pytest.raises(InvalidRequest) as caught:
        await stripe.call(
            "GET", "/v1/checkout/sessions", encode(request_), metadata={}, deadline=None
        )
    assert caught.value.field == field
    assert f"bytes of URL once encoded, at most {MAX_QUERY_LENGTH}" in caught.value.description
    assert recorder.requests == []


async def test_get_parameters_that_fit_a_url_are_sent() -> None:
    recorder = Recorder(ok())
    stripe, _ = client(recorder)
    params = encode(r.ListCheckoutSessionsRequest(customer="日" * 700))
    await stripe.call("GET", "/v1/checkout/sessions", params, metadata={}, deadline=None)
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(
    ("param", "field"),
    [("customer", "customer"), ("a[b][0][c]", "a.b[0].c"), ("expand[0]", "expand[0]")],
)
def test_a_parameter_names_its_request_field(param: str, field: str) -> None:
    assert field_path(param) == field


# One valid value per row of gateway.headers.FORWARDED.
FORWARDED_SAMPLES = {
    "idempotency-key": "order-9",
    "stripe-account": "acct_1Abc",
    "stripe-context": "ctx_9",
    "stripe-version": "2025-01-01.x",
}


def test_every_forwarded_header_has_a_sample() -> None:
    assert set(FORWARDED_SAMPLES) == set(FORWARDED)


@pytest.mark.parametrize("key", sorted(FORWARDED))
async def test_forwarded_rows(key: str) -> None:
    value = FORWARDED_SAMPLES[key]
    assert validate_headers([(key, value)]) == {key: value}  # the caller's value passes
    recorder = Recorder(ok())
    stripe, _ = client(recorder)
    metadata = {**KEYED, key: value}
    await stripe.call("POST", "/v1/checkout/sessions", [], metadata=metadata, deadline=None)
    assert recorder.requests[0].headers[FORWARDED[key].stripe] == value


class _Seen(Attempt):
    def __init__(self, events: list[object]) -> None:
        self.events = events

    def admitted(self, waited: float) -> None:
        self.events.append("admitted")

    def responded(self, status: int, request_id: str | None) -> None:
        self.events.append(("responded", status, request_id))

    def end(self) -> None:
        self.events.append("end")


class _Recording(UpstreamObserver):
    def __init__(self) -> None:
        self.events: list[object] = []

    def attempt(self, method: str, route: str, number: int) -> Attempt:
        self.events.append((method, route, number))
        return _Seen(self.events)


async def test_an_observer_of_its_own_sees_each_attempt_by_route_and_the_base_records_none() -> (
    None
):
    answer = httpx.Response(200, json={"id": "cs_1"}, headers={"Request-Id": "req_1"})
    recording = _Recording()
    stripe = StripeClient(
        base_url="https://api.stripe.test/",
        api_key=KEY,
        transport=httpx.MockTransport(lambda request: answer),
        observer=recording,
    )
    await stripe.call("GET", "/v1/checkout/sessions/cs_1", [], metadata={}, deadline=None)
    assert observes(recording) and not observes(UpstreamObserver())
    assert recording.events == [
        ("GET", "/v1/checkout/sessions/{id}", 1),
        "admitted",
        ("responded", 200, "req_1"),
        "end",
    ]


async def test_an_attempts_timer_that_fires_is_a_timeout_error() -> None:
    with pytest.raises(TimeoutError), _Timeout(0.01):
        await asyncio.sleep(10)


async def test_an_attempts_timer_already_past_fires_at_the_next_turn() -> None:
    with pytest.raises(TimeoutError), _Timeout(-1.0):
        await asyncio.sleep(0)


async def test_a_cancel_from_outside_an_attempts_timer_stays_a_cancellation() -> None:
    started = asyncio.Event()

    async def attempt() -> None:
        with _Timeout(10):
            started.set()
            await asyncio.sleep(10)

    task = asyncio.create_task(attempt())
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert task.cancelled()


async def test_a_cancel_from_outside_after_an_attempts_timer_fired_stays_a_cancellation() -> None:
    async def attempt() -> None:
        with _Timeout(0):
            asyncio.current_task().cancel()  # type: ignore[union-attr]  # as the caller's
            await asyncio.sleep(10)

    with pytest.raises(asyncio.CancelledError):
        await asyncio.create_task(attempt())


async def test_an_attempt_that_ends_in_time_leaves_its_timer_off() -> None:
    with _Timeout(0.01):
        pass
    await asyncio.sleep(0.05)  # a timer left on would cancel this task here
    assert asyncio.current_task().cancelling() == 0  # type: ignore[union-attr]
