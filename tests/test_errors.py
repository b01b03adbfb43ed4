"""gateway.errors: every table row, the precedence and the details."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import grpc
import pytest
from google.rpc import error_details_pb2, status_pb2

from gateway import errors, exceptions
from gateway.errors import to_status
from gateway.exceptions import (
    DeadlineExceeded,
    InvalidRequest,
    Overloaded,
    StripeAPIError,
    UpstreamTimeout,
    UpstreamUnavailable,
)
from tests.stripe_errors import stripe_error

C = grpc.StatusCode
EXPIRE_OPEN_ONLY = (
    'Only Checkout Sessions with a status in ["open"] can be expired. '
    "This Checkout Session has a status of `expired`."
)
NO_LONGER_ACTIVE = (
    "This Checkout Session is no longer active and can't be updated. It has a status of `complete`."
)


def decode(status: grpc.Status) -> status_pb2.Status:
    ((key, value),) = status.trailing_metadata
    assert key == "grpc-status-details-bin"
    return status_pb2.Status.FromString(value)


def details_of(status: grpc.Status, kind: type[Any]) -> list[Any]:
    found = []
    for packed in decode(status).details:
        if packed.Is(kind.DESCRIPTOR):
            message = kind()
            packed.Unpack(message)
            found.append(message)
    return found


def one(status: grpc.Status, kind: type[Any]) -> Any:
    (message,) = details_of(status, kind)
    return message


# -- the module's own tables, row by row ------------------------------------------------


@pytest.mark.parametrize(("key", "expected"), list(errors.BY_STATUS_AND_CODE.items()))
def test_status_and_code_rows(key: tuple[int, str], expected: grpc.StatusCode) -> None:
    status, code = key
    assert to_status(stripe_error(status, code=code)).code == expected


@pytest.mark.parametrize(("code", "expected"), list(errors.BY_CODE.items()))
def test_code_rows_apply_at_any_status(code: str, expected: grpc.StatusCode) -> None:
    for status in (400, 404, 409, 418, 500):
        assert to_status(stripe_error(status, code=code)).code == expected


# Wording each state-conflict pattern exists for (Stripe's, and the emulator's complete).
STATE_CONFLICT_MESSAGES = [
    EXPIRE_OPEN_ONLY,
    NO_LONGER_ACTIVE,
    "Only open Checkout Sessions can be completed; this one is `expired`.",
    "This Checkout Session is not open.",
    "This Checkout Session has already been completed.",
]


@pytest.mark.parametrize("pattern", errors.STATE_CONFLICT_PATTERNS, ids=lambda p: p.pattern)
def test_every_state_conflict_pattern_has_wording_it_matches(pattern: re.Pattern[str]) -> None:
    assert any(pattern.search(m) for m in STATE_CONFLICT_MESSAGES)


@pytest.mark.parametrize("message", STATE_CONFLICT_MESSAGES)
def test_state_conflict_wording_is_failed_precondition(message: str) -> None:
    assert to_status(stripe_error(400, message=message)).code == C.FAILED_PRECONDITION


@pytest.mark.parametrize(("key", "expected"), list(errors.BY_STATUS_AND_TYPE.items()))
def test_status_and_type_rows(key: tuple[int, str], expected: grpc.StatusCode) -> None:
    status, kind = key
    assert to_status(stripe_error(status, type=kind)).code == expected


@pytest.mark.parametrize(("status", "expected"), list(errors.BY_STATUS.items()))
def test_status_rows(status: int, expected: grpc.StatusCode) -> None:
    # api_error has no (status, type) row, so the status alone decides.
    assert to_status(stripe_error(status, type="api_error")).code == expected


@pytest.mark.parametrize(("klass", "expected"), list(errors.BY_STATUS_CLASS.items()))
def test_status_class_rows(klass: int, expected: grpc.StatusCode) -> None:
    undocumented = [s for s in range(klass * 100, klass * 100 + 100) if s not in errors.BY_STATUS]
    for status in undocumented:
        assert to_status(stripe_error(status, type="api_error")).code == expected


@pytest.mark.parametrize(("exc_type", "row"), list(errors.BY_EXCEPTION.items()))
def test_exception_rows(exc_type: type[BaseException], row: tuple[grpc.StatusCode, str]) -> None:
    samples: dict[type[BaseException], BaseException] = {
        InvalidRequest: InvalidRequest("line_items", "must not be empty"),
        Overloaded: Overloaded("too many calls in flight"),
    }
    exc = samples.get(exc_type) or exc_type()
    status = to_status(exc)
    assert status.code == row[0]
    info = one(status, error_details_pb2.ErrorInfo)
    assert (info.reason, info.domain) == (row[1], errors.GATEWAY_DOMAIN)


# -- an explicit expectation list, written here so the tables can be wrong -------------

EXPECTED: list[tuple[int, str | None, str | None, str, grpc.StatusCode]] = [
    (
        400,
        "invalid_request_error",
        "parameter_missing",
        "Missing required param: mode.",
        C.INVALID_ARGUMENT,
    ),
    (
        400,
        "invalid_request_error",
        "parameter_unknown",
        "Received unknown parameter: x",
        C.INVALID_ARGUMENT,
    ),
    (400, "invalid_request_error", None, EXPIRE_OPEN_ONLY, C.FAILED_PRECONDITION),
    (400, "invalid_request_error", None, NO_LONGER_ACTIVE, C.FAILED_PRECONDITION),
    (
        400,
        "invalid_request_error",
        None,
        "This Checkout Session is not open.",
        C.FAILED_PRECONDITION,
    ),
    (
        400,
        "invalid_request_error",
        None,
        "This Checkout Session has already been completed.",
        C.FAILED_PRECONDITION,
    ),
    (
        400,
        "invalid_request_error",
        None,
        "Only open Checkout Sessions can be completed; no.",
        C.FAILED_PRECONDITION,
    ),
    (400, "invalid_request_error", "resource_missing", "No such customer: 'cus_1'", C.NOT_FOUND),
    (
        400,
        "idempotency_error",
        None,
        "Keys for idempotent requests can only be used ...",
        C.INVALID_ARGUMENT,
    ),
    (404, "idempotency_error", None, "Keys for idempotent requests ...", C.INVALID_ARGUMENT),
    (
        400,
        "invalid_request_error",
        "rate_limit",
        "Request rate limit exceeded.",
        C.RESOURCE_EXHAUSTED,
    ),
    (
        401,
        "invalid_request_error",
        None,
        "Invalid API Key provided: sk_test_****abcd",
        C.UNAUTHENTICATED,
    ),
    (402, "card_error", "card_declined", "Your card was declined.", C.FAILED_PRECONDITION),
    (
        403,
        "invalid_request_error",
        None,
        "The provided key does not have access.",
        C.PERMISSION_DENIED,
    ),
    (
        404,
        "invalid_request_error",
        "resource_missing",
        "No such checkout.session: 'cs_1'",
        C.NOT_FOUND,
    ),
    (404, "invalid_request_error", None, "Unrecognized request URL (GET: /v1/x).", C.NOT_FOUND),
    (
        409,
        "invalid_request_error",
        None,
        "There is currently another in-progress request.",
        C.ABORTED,
    ),
    (409, "idempotency_error", "idempotency_key_in_use", "in use", C.ABORTED),
    (424, "api_error", None, "An external dependency failed.", C.UNAVAILABLE),
    (
        429,
        "invalid_request_error",
        "lock_timeout",
        "This object cannot be accessed right now.",
        C.ABORTED,
    ),
    (
        429,
        "invalid_request_error",
        "rate_limit",
        "Request rate limit exceeded.",
        C.RESOURCE_EXHAUSTED,
    ),
    (429, "invalid_request_error", None, "Too many requests.", C.RESOURCE_EXHAUSTED),
    (500, "api_error", None, "Something went wrong on Stripe's end.", C.INTERNAL),
    (502, "api_error", None, "Bad gateway.", C.UNAVAILABLE),
    (503, "api_error", None, "Stripe is temporarily unavailable.", C.UNAVAILABLE),
    (504, "api_error", None, "Stripe took too long to respond.", C.UNAVAILABLE),
    (501, "api_error", None, "Not implemented.", C.INTERNAL),
    (599, "api_error", None, "Odd.", C.INTERNAL),
    (405, "invalid_request_error", None, "Method not allowed.", C.FAILED_PRECONDITION),
    (418, None, None, "I'm a teapot.", C.FAILED_PRECONDITION),
    (302, "api_error", None, "Moved.", C.UNKNOWN),
]


@pytest.mark.parametrize(("http_status", "type", "code", "message", "expected"), EXPECTED)
def test_explicit_expectations(
    http_status: int, type: str | None, code: str | None, message: str, expected: grpc.StatusCode
) -> None:
    status = to_status(stripe_error(http_status, type=type, code=code, message=message))
    assert status.code == expected
    assert status.details == message


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (UpstreamUnavailable(), C.UNAVAILABLE),
        (UpstreamTimeout(), C.DEADLINE_EXCEEDED),
        (DeadlineExceeded(), C.DEADLINE_EXCEEDED),
        (InvalidRequest("mode", "mode is required"), C.INVALID_ARGUMENT),
        (Overloaded("busy"), C.RESOURCE_EXHAUSTED),
        (asyncio.CancelledError(), C.CANCELLED),
        (RuntimeError("sk_live_secret in a traceback"), C.INTERNAL),
    ],
)
def test_own_exceptions(exc: BaseException, expected: grpc.StatusCode) -> None:
    assert to_status(exc).code == expected


def test_subclass_of_own_exception_maps_like_its_base() -> None:
    class ConnectReset(UpstreamUnavailable):
        pass

    assert to_status(ConnectReset()).code == C.UNAVAILABLE


def test_unexpected_exception_text_is_not_leaked() -> None:
    status = to_status(RuntimeError("sk_live_secret in a traceback"))
    assert "sk_live" not in status.details
    assert b"sk_live" not in status.trailing_metadata[0][1]


# -- precedence --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("exc", "expected", "why"),
    [
        (stripe_error(429, code="lock_timeout"), C.ABORTED, "(status, code) before status"),
        (stripe_error(400, code="rate_limit"), C.RESOURCE_EXHAUSTED, "(status, code) before type"),
        (
            stripe_error(400, code="resource_missing", message=EXPIRE_OPEN_ONLY),
            C.NOT_FOUND,
            "code before message pattern",
        ),
        (
            stripe_error(400, type="idempotency_error", message=NO_LONGER_ACTIVE),
            C.FAILED_PRECONDITION,
            "message pattern before (status, type)",
        ),
        (
            stripe_error(404, type="invalid_request_error", message=NO_LONGER_ACTIVE),
            C.NOT_FOUND,
            "message patterns apply to 400 only",
        ),
        (stripe_error(404, type="idempotency_error"), C.INVALID_ARGUMENT, "(status, type) first"),
        (stripe_error(402, type="invalid_request_error"), C.FAILED_PRECONDITION, "status row"),
        (stripe_error(409, code="lock_timeout"), C.ABORTED, "lock_timeout off 429: status row"),
        (stripe_error(500, code="rate_limit"), C.INTERNAL, "rate_limit off 400: status row"),
        (
            StripeAPIError(400, None, body_text="<html>"),
            C.UNKNOWN,
            "non-JSON body before every row",
        ),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_precedence(exc: StripeAPIError, expected: grpc.StatusCode, why: str) -> None:
    assert to_status(exc).code == expected, why


def test_message_patterns_ignore_other_wording() -> None:
    assert to_status(stripe_error(400, message="Invalid integer: abc")).code == C.INVALID_ARGUMENT


# -- messages and details ----------------------------------------------------------------


@pytest.mark.parametrize("http_status", [400, 502, 503])
def test_not_stripe_json_is_unknown_with_http_status_and_body(http_status: int) -> None:
    exc = StripeAPIError(http_status, None, body_text="<html>Bad Gateway</html>" + "x" * 500)
    status = to_status(exc)
    assert status.code == C.UNKNOWN
    assert f"HTTP {http_status}" in status.details
    assert "<html>Bad Gateway</html>" in status.details
    assert len(exc.body_text) == exceptions.BODY_EXCERPT_CHARS
    info = one(status, error_details_pb2.ErrorInfo)
    assert (info.reason, info.domain) == ("UPSTREAM_BAD_RESPONSE", errors.GATEWAY_DOMAIN)
    assert dict(info.metadata) == {"http_status": str(http_status)}


def test_status_proto_matches_grpc_status() -> None:
    status = to_status(stripe_error(404, code="resource_missing", message="No such session"))
    proto = decode(status)
    assert (proto.code, proto.message) == (C.NOT_FOUND.value[0], "No such session")


def test_error_info_for_a_full_stripe_error() -> None:
    exc = StripeAPIError(
        402,
        {
            "type": "card_error",
            "code": "card_declined",
            "decline_code": "insufficient_funds",
            "param": "payment_method",
            "message": "Your card has insufficient funds.",
            "doc_url": "https://docs.stripe.com/error-codes/card-declined",
            "request_log_url": "https://dashboard.stripe.com/test/logs/req_1",
        },
        request_id="req_1",
    )
    info = one(to_status(exc), error_details_pb2.ErrorInfo)
    assert info.reason == "CARD_DECLINED"
    assert info.domain == "stripe.com"
    assert dict(info.metadata) == {
        "type": "card_error",
        "code": "card_declined",
        "decline_code": "insufficient_funds",
        "param": "payment_method",
        "doc_url": "https://docs.stripe.com/error-codes/card-declined",
        "request_id": "req_1",
        "http_status": "402",
    }


def test_error_info_metadata_omits_empty_keys_and_reason_falls_back_to_type() -> None:
    exc = StripeAPIError(500, {"type": "api_error", "message": "Oops", "code": "", "param": None})
    info = one(to_status(exc), error_details_pb2.ErrorInfo)
    assert info.reason == "API_ERROR"
    assert dict(info.metadata) == {"type": "api_error", "http_status": "500"}


@pytest.mark.parametrize(
    ("code", "type", "reason"),
    [
        ("resource_missing", "invalid_request_error", "RESOURCE_MISSING"),
        (None, "invalid_request_error", "INVALID_REQUEST_ERROR"),
        (None, "idempotency_error", "IDEMPOTENCY_ERROR"),
        ("parameter-invalid.x", None, "PARAMETER_INVALID_X"),
        (None, None, "UPSTREAM_ERROR"),
    ],
)
def test_reason_is_upper_snake(code: str | None, type: str | None, reason: str) -> None:
    info = one(to_status(stripe_error(400, type=type, code=code)), error_details_pb2.ErrorInfo)
    assert info.reason == reason


def test_bad_request_names_stripes_param() -> None:
    exc = stripe_error(
        400, code="parameter_missing", message="Missing: line_items", param="line_items[0][price]"
    )
    violation = one(to_status(exc), error_details_pb2.BadRequest).field_violations
    assert [(v.field, v.description) for v in violation] == [
        ("line_items[0][price]", "Missing: line_items")
    ]


def test_no_bad_request_without_param() -> None:
    assert details_of(to_status(stripe_error(400)), error_details_pb2.BadRequest) == []


def test_bad_request_for_invalid_request() -> None:
    status = to_status(InvalidRequest("expires_at", "must be 30 minutes to 24 hours ahead"))
    assert status.details == "must be 30 minutes to 24 hours ahead"
    (violation,) = one(status, error_details_pb2.BadRequest).field_violations
    assert (violation.field, violation.description) == (
        "expires_at",
        "must be 30 minutes to 24 hours ahead",
    )


@pytest.mark.parametrize(
    ("exc", "seconds"),
    [
        (stripe_error(429, code="rate_limit"), 1.0),
        (stripe_error(429, type="api_error"), 1.0),
        (stripe_error(400, code="rate_limit"), 1.0),
        (Overloaded("busy", retry_after=2.5), 2.5),
    ],
)
def test_retry_info_on_resource_exhausted(exc: BaseException, seconds: float) -> None:
    status = to_status(exc)
    assert status.code == C.RESOURCE_EXHAUSTED
    info = one(status, error_details_pb2.RetryInfo)
    assert info.retry_delay.ToTimedelta().total_seconds() == seconds


@pytest.mark.parametrize(
    "exc",
    [
        Overloaded("busy"),
        stripe_error(429, code="lock_timeout"),
        stripe_error(503, type="api_error"),
        UpstreamUnavailable(),
    ],
)
def test_no_retry_info_otherwise(exc: BaseException) -> None:
    assert details_of(to_status(exc), error_details_pb2.RetryInfo) == []


def test_request_info_carries_stripes_request_id_and_idempotency_key() -> None:
    exc = StripeAPIError(500, {"type": "api_error", "message": "x"}, request_id="req_from_stripe")
    info = one(
        to_status(exc, request_id="req_other", idempotency_key="ik-1"),
        error_details_pb2.RequestInfo,
    )
    assert (info.request_id, info.serving_data) == ("req_from_stripe", "idempotency-key=ik-1")


def test_request_info_falls_back_to_the_given_request_id() -> None:
    status = to_status(UpstreamTimeout(), request_id="req_9")
    info = one(status, error_details_pb2.RequestInfo)
    assert (info.request_id, info.serving_data) == ("req_9", "")
    assert dict(one(status, error_details_pb2.ErrorInfo).metadata) == {"request_id": "req_9"}


def test_no_request_info_when_nothing_is_known() -> None:
    assert details_of(to_status(UpstreamTimeout()), error_details_pb2.RequestInfo) == []


def test_no_authorization_anywhere() -> None:
    exc = stripe_error(401, message="Invalid API Key provided: sk_test_****abcd", rid="req_1")
    blob = to_status(exc, idempotency_key="k").trailing_metadata[0][1]
    assert b"Authorization" not in blob and b"Bearer" not in blob


def test_long_stripe_texts_are_cut_so_the_status_fits_in_trailers() -> None:
    echoed = "日" * 4999  # Stripe echoes the value sent: "No such price: '日日…'"
    exc = stripe_error(
        400,
        code="resource_missing",
        message=f"No such price: '{echoed}'",
        param=f"line_items[0][{echoed}]",
    )
    status = to_status(exc, request_id="req_1")
    proto = decode(status)
    assert proto.message.startswith("No such price: '日") and proto.message.endswith("…")
    assert len(proto.message.encode()) <= errors.MAX_TEXT_BYTES
    violation = one(status, error_details_pb2.BadRequest).field_violations[0]
    assert len(violation.field.encode()) <= errors.MAX_TEXT_BYTES
    assert len(violation.description.encode()) <= errors.MAX_TEXT_BYTES
    info = one(status, error_details_pb2.ErrorInfo)
    assert all(len(v.encode()) <= errors.MAX_TEXT_BYTES for v in info.metadata.values())
    # Everything in the trailers together stays far below gRPC's 8 KiB soft limit.
    assert sum(len(k) + len(v) for k, v in status.trailing_metadata) < 4096


def test_short_texts_are_kept_whole() -> None:
    message = "é" * (errors.MAX_TEXT_BYTES // 2)  # exactly the limit in UTF-8 bytes
    assert decode(to_status(stripe_error(400, message=message))).message == message
