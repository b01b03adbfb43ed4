"""Stripe errors and upstream failures, translated to gRPC statuses with rich details.

The upstream client raises the exceptions of `gateway.exceptions`; a servicer turns any of
them into a `grpc.Status` with `to_status()` and passes it to
`await context.abort_with_status(...)`.

The translation is data: the tables below, read by `status_code_for()`. For a
`StripeAPIError` the first rule that matches wins, in this order:

1. the body is not Stripe's JSON envelope (`error is None`): UNKNOWN, whatever the status;
2. `BY_STATUS_AND_CODE`: (HTTP status, Stripe `code`);
3. `BY_CODE`: Stripe `code` alone, at any status;
4. `STATE_CONFLICT_PATTERNS` on HTTP 400: Stripe's `message` (state errors carry no code);
5. `BY_STATUS_AND_TYPE`: (HTTP status, Stripe `type`);
6. `BY_STATUS`: HTTP status;
7. `BY_STATUS_CLASS`: HTTP status // 100 (any other 4xx or 5xx);
8. anything else (an "error" outside 4xx/5xx): UNKNOWN.

The gateway's own exceptions map through `BY_EXCEPTION` (most derived class first).
Unexpected exceptions become INTERNAL without their text, which may hold anything.
"""

from __future__ import annotations

import asyncio
import datetime
import re
from collections.abc import Mapping
from typing import Any, Final

import grpc
from google.protobuf import any_pb2, duration_pb2
from google.rpc import error_details_pb2, status_pb2
from grpc_status import rpc_status

from gateway.exceptions import (
    DeadlineExceeded,
    InvalidRequest,
    Overloaded,
    StripeAPIError,
    UpstreamTimeout,
    UpstreamUnavailable,
)

__all__ = [
    "BY_CODE",
    "BY_EXCEPTION",
    "BY_STATUS",
    "BY_STATUS_AND_CODE",
    "BY_STATUS_AND_TYPE",
    "BY_STATUS_CLASS",
    "GATEWAY_DOMAIN",
    "STATE_CONFLICT_PATTERNS",
    "STRIPE_DOMAIN",
    "STRIPE_RATE_LIMIT_RETRY_DELAY",
    "reason_for",
    "status_code_for",
    "to_status",
]

StatusCode = grpc.StatusCode

STRIPE_DOMAIN: Final = "stripe.com"
GATEWAY_DOMAIN: Final = "checkout-gateway"
# Stripe never sends Retry-After to API clients, so a 429 gets a fixed hint.
STRIPE_RATE_LIMIT_RETRY_DELAY: Final = 1.0
# Stripe echoes the values sent (up to 5000 characters) in its messages; gRPC refuses trailers
# over 16 KiB, so each text in a status is cut to this many UTF-8 bytes (~4 KiB in all).
MAX_TEXT_BYTES: Final = 512


# -- translation tables ----------------------------------------------------------------

# (HTTP status, Stripe code): the code means something only at that status.
BY_STATUS_AND_CODE: Final[Mapping[tuple[int, str], grpc.StatusCode]] = {
    # stripe-python raises RateLimitError for a 400 with this code, as for a 429.
    (400, "rate_limit"): StatusCode.RESOURCE_EXHAUSTED,
    # Lock contention on the object: retry the whole call, which AIP-193 calls ABORTED.
    (429, "lock_timeout"): StatusCode.ABORTED,
}

# Stripe code at any status: codes that say more than the status does.
BY_CODE: Final[Mapping[str, grpc.StatusCode]] = {
    # A 400 with this code names a missing object in `param` (e.g. a customer): still not found.
    "resource_missing": StatusCode.NOT_FOUND,
    # Another request with the same idempotency key is in flight: a concurrency conflict.
    "idempotency_key_in_use": StatusCode.ABORTED,
}

# Stripe sends state conflicts as bare 400 invalid_request_errors; only the wording tells.
STATE_CONFLICT_PATTERNS: Final[tuple[re.Pattern[str], ...]] = (
    re.compile(r"^Only Checkout Sessions with a status in .* can be expired"),
    re.compile(r"^This Checkout Session is no longer active"),
    re.compile(r"^Only open Checkout Sessions can be"),
    re.compile(r"^This Checkout Session (?:is not open|has already been)"),
)
STATE_CONFLICT_STATUS: Final = 400
STATE_CONFLICT_CODE: Final = StatusCode.FAILED_PRECONDITION

# (HTTP status, Stripe type).
BY_STATUS_AND_TYPE: Final[Mapping[tuple[int, str], grpc.StatusCode]] = {
    (400, "invalid_request_error"): StatusCode.INVALID_ARGUMENT,
    # The key was reused with other parameters: the caller's request is wrong as sent.
    (400, "idempotency_error"): StatusCode.INVALID_ARGUMENT,
    # The key was reused on another endpoint (stripe-python: IdempotencyError), no object missing.
    (404, "idempotency_error"): StatusCode.INVALID_ARGUMENT,
}

# HTTP status: Stripe's documented statuses.
BY_STATUS: Final[Mapping[int, grpc.StatusCode]] = {
    400: StatusCode.INVALID_ARGUMENT,
    401: StatusCode.UNAUTHENTICATED,
    # Parameters were valid but the request failed (e.g. a declined card): not the call's shape.
    402: StatusCode.FAILED_PRECONDITION,
    403: StatusCode.PERMISSION_DENIED,
    404: StatusCode.NOT_FOUND,
    # Conflicts with a concurrent request: AIP-193's ABORTED, retried at a higher level.
    409: StatusCode.ABORTED,
    # A dependency outside Stripe failed: not the caller's fault and may pass later: UNAVAILABLE.
    424: StatusCode.UNAVAILABLE,
    429: StatusCode.RESOURCE_EXHAUSTED,
    500: StatusCode.INTERNAL,
    502: StatusCode.UNAVAILABLE,
    503: StatusCode.UNAVAILABLE,
    504: StatusCode.UNAVAILABLE,
}

# HTTP status class for statuses Stripe does not document.
BY_STATUS_CLASS: Final[Mapping[int, grpc.StatusCode]] = {
    # Refused as sent, but we cannot tell which argument is wrong, and retrying will not help.
    4: StatusCode.FAILED_PRECONDITION,
    5: StatusCode.INTERNAL,
}

# The gateway's own exceptions: (status code, ErrorInfo reason).
BY_EXCEPTION: Final[Mapping[type[BaseException], tuple[grpc.StatusCode, str]]] = {
    UpstreamUnavailable: (StatusCode.UNAVAILABLE, "UPSTREAM_UNAVAILABLE"),
    UpstreamTimeout: (StatusCode.DEADLINE_EXCEEDED, "UPSTREAM_TIMEOUT"),
    DeadlineExceeded: (StatusCode.DEADLINE_EXCEEDED, "DEADLINE_EXCEEDED"),
    InvalidRequest: (StatusCode.INVALID_ARGUMENT, "INVALID_ARGUMENT"),
    Overloaded: (StatusCode.RESOURCE_EXHAUSTED, "GATEWAY_OVERLOADED"),
    asyncio.CancelledError: (StatusCode.CANCELLED, "CANCELLED"),
}
NOT_STRIPE_JSON_CODE: Final = StatusCode.UNKNOWN
NOT_STRIPE_JSON_REASON: Final = "UPSTREAM_BAD_RESPONSE"
UNEXPECTED: Final = (StatusCode.INTERNAL, "INTERNAL")
UNEXPECTED_MESSAGE: Final = "internal error in the gateway"

# -- functions -------------------------------------------------------------------------


def status_code_for(exc: BaseException) -> grpc.StatusCode:
    """The gRPC status code for `exc`, by the tables above (see the module docstring)."""
    if isinstance(exc, StripeAPIError):
        return _stripe_status_code(exc)
    return _own(exc)[0]


def reason_for(exc: BaseException) -> str:
    """The AIP-193 ErrorInfo reason for `exc`."""
    if isinstance(exc, StripeAPIError):
        if exc.error is None:
            return NOT_STRIPE_JSON_REASON
        return _upper_snake(exc.field("code") or exc.field("type") or "UPSTREAM_ERROR")
    return _own(exc)[1]


def to_status(
    exc: BaseException,
    *,
    request_id: str | None = None,
    idempotency_key: str | None = None,
) -> grpc.Status:
    """`exc` as a grpc.Status for `context.abort_with_status()`, with google.rpc details.

    `request_id` is Stripe's request id when the caller knows it and `exc` does not carry one.
    """
    code = status_code_for(exc)
    details: list[Any] = []
    if isinstance(exc, StripeAPIError):
        request_id = exc.request_id or request_id
        message = str(exc)
        details.append(_stripe_error_info(exc, request_id))
        param = exc.field("param")
        if param is not None:
            details.append(_bad_request(param, exc.field("message") or message))
        if code == StatusCode.RESOURCE_EXHAUSTED:
            details.append(_retry_info(STRIPE_RATE_LIMIT_RETRY_DELAY))
    else:
        message = _own_message(exc)
        metadata = {"request_id": request_id} if request_id else {}
        details.append(
            error_details_pb2.ErrorInfo(
                reason=reason_for(exc), domain=GATEWAY_DOMAIN, metadata=metadata
            )
        )
        if isinstance(exc, InvalidRequest):
            details.append(_bad_request(exc.field, exc.description))
        if isinstance(exc, Overloaded) and exc.retry_after is not None:
            details.append(_retry_info(exc.retry_after))
    if request_id or idempotency_key:
        details.append(
            error_details_pb2.RequestInfo(
                request_id=request_id or "",
                serving_data=f"idempotency-key={idempotency_key}" if idempotency_key else "",
            )
        )
    proto = status_pb2.Status(
        code=code.value[0], message=_clip(message), details=[_pack(d) for d in details]
    )
    status: grpc.Status = rpc_status.to_status(proto)
    return status


# -- helpers ---------------------------------------------------------------------------


def _stripe_status_code(exc: StripeAPIError) -> grpc.StatusCode:
    if exc.error is None:
        return NOT_STRIPE_JSON_CODE
    status = exc.http_status
    code = exc.field("code")
    if code is not None:
        if (status, code) in BY_STATUS_AND_CODE:
            return BY_STATUS_AND_CODE[status, code]
        if code in BY_CODE:
            return BY_CODE[code]
    message = exc.field("message") or ""
    if status == STATE_CONFLICT_STATUS and any(p.search(message) for p in STATE_CONFLICT_PATTERNS):
        return STATE_CONFLICT_CODE
    kind = exc.field("type")
    if kind is not None and (status, kind) in BY_STATUS_AND_TYPE:
        return BY_STATUS_AND_TYPE[status, kind]
    if status in BY_STATUS:
        return BY_STATUS[status]
    return BY_STATUS_CLASS.get(status // 100, StatusCode.UNKNOWN)


def _own(exc: BaseException) -> tuple[grpc.StatusCode, str]:
    for cls in type(exc).__mro__:
        if cls in BY_EXCEPTION:
            return BY_EXCEPTION[cls]
    return UNEXPECTED


def _own_message(exc: BaseException) -> str:
    code, reason = _own(exc)
    if (code, reason) == UNEXPECTED:
        # Unexpected exceptions may hold anything (even secrets): keep their text out of replies.
        return UNEXPECTED_MESSAGE
    return str(exc) or reason.lower().replace("_", " ")


def _stripe_error_info(exc: StripeAPIError, request_id: str | None) -> Any:
    metadata = {
        name: _clip(value)
        for name in ("type", "code", "param", "decline_code", "doc_url")
        if (value := exc.field(name)) is not None
    }
    if request_id:
        metadata["request_id"] = request_id
    metadata["http_status"] = str(exc.http_status)
    domain = STRIPE_DOMAIN if exc.error is not None else GATEWAY_DOMAIN
    return error_details_pb2.ErrorInfo(reason=reason_for(exc), domain=domain, metadata=metadata)


def _bad_request(field: str, description: str) -> Any:
    violation = error_details_pb2.BadRequest.FieldViolation(
        field=_clip(field), description=_clip(description)
    )
    return error_details_pb2.BadRequest(field_violations=[violation])


def _retry_info(seconds: float) -> Any:
    delay = duration_pb2.Duration()
    delay.FromTimedelta(datetime.timedelta(seconds=max(0.0, seconds)))
    return error_details_pb2.RetryInfo(retry_delay=delay)


def _pack(message: Any) -> any_pb2.Any:
    packed = any_pb2.Any()
    packed.Pack(message)
    return packed


def _clip(text: str) -> str:
    """`text` cut to MAX_TEXT_BYTES of UTF-8 (on a character boundary), marked with `…`."""
    raw = text.encode("utf-8", "replace")
    if len(raw) <= MAX_TEXT_BYTES:
        return text
    return raw[: MAX_TEXT_BYTES - 3].decode("utf-8", "ignore") + "…"


_NON_WORD = re.compile(r"[^0-9A-Za-z]+")


def _upper_snake(value: str) -> str:
    return _NON_WORD.sub("_", value).strip("_").upper()
