"""Stripe's error envelope: one exception type that renders itself as Stripe would."""

from __future__ import annotations

import re
import time
from typing import Any

DOC_URL = "https://docs.stripe.com/error-codes/"


class StripeError(Exception):
    """An error the emulator answers with, shaped as `{"error": {...}}`."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        code: str | None = None,
        param: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.code = code
        self.param = param

    def body(self, request_id: str | None = None) -> dict[str, Any]:
        # Stripe omits keys that don't apply rather than sending nulls.
        error: dict[str, Any] = {}
        if self.code is not None:
            error["code"] = self.code
            error["doc_url"] = DOC_URL + self.code.replace("_", "-")
        error["message"] = self.message
        if self.param is not None:
            error["param"] = self.param
        if request_id is not None:
            error["request_log_url"] = (
                f"https://dashboard.stripe.com/test/logs/{request_id}?t={int(time.time())}"
            )
        error["type"] = self.type
        return {"error": error}


def unknown_parameter(param: str) -> StripeError:
    return StripeError(
        400, f"Received unknown parameter: {param}", code="parameter_unknown", param=param
    )


def missing_parameter(param: str) -> StripeError:
    return StripeError(
        400, f"Missing required param: {param}.", code="parameter_missing", param=param
    )


def invalid_integer(param: str, value: object) -> StripeError:
    return StripeError(
        400,
        f"Invalid integer: {value}",
        code="parameter_invalid_integer",
        param=param,
    )


def invalid_empty(param: str) -> StripeError:
    return StripeError(
        400,
        "You passed an empty string for '"
        + param
        + "'. We assume empty values are an attempt to unset a parameter; however '"
        + param
        + "' cannot be unset. You should remove '"
        + param
        + "' from your request or supply a non-empty value.",
        code="parameter_invalid_empty",
        param=param,
    )


def invalid_string_empty(param: str) -> StripeError:
    return StripeError(
        400,
        f"Invalid string: {param} must not be empty.",
        code="parameter_invalid_string_empty",
        param=param,
    )


def invalid_value(param: str, message: str) -> StripeError:
    return StripeError(400, message, code="parameter_invalid", param=param)


def invalid_request(message: str, param: str | None = None) -> StripeError:
    # Several of Stripe's state errors carry neither code nor param.
    return StripeError(400, message, param=param)


def resource_missing(kind: str, ident: str, param: str = "id") -> StripeError:
    return StripeError(
        404 if param == "id" else 400,
        f"No such {kind}: '{ident}'",
        code="resource_missing",
        param=param,
    )


def unrecognized_url(method: str, path: str) -> StripeError:
    return StripeError(
        404,
        f"Unrecognized request URL ({method}: {path}). Please see https://stripe.com/docs "
        "or we can help at https://support.stripe.com/.",
    )


def invalid_api_key(key: str | None) -> StripeError:
    if not key:
        return StripeError(
            401,
            "You did not provide an API key. You need to provide your API key in the "
            "Authorization header, using Bearer auth "
            "(e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). "
            "See https://stripe.com/docs/api#authentication for details, or we can help at "
            "https://support.stripe.com/.",
        )
    return StripeError(401, f"Invalid API Key provided: {redact_key(key)}")


def redact_key(key: str) -> str:
    # Stripe shows only the prefix and last four characters of a rejected key.
    match = _KEY_PREFIX.match(key)
    prefix = match.group(0) if match else ""
    tail = key[-4:] if len(key) - len(prefix) > 4 else ""
    return f"{prefix}****{tail}"


_KEY_PREFIX = re.compile(r"^[a-z]{2,4}_(?:test|live)_")


def idempotency_key_in_use() -> StripeError:
    return StripeError(
        409,
        "There is currently another in-progress request using this Stripe API Key and "
        "idempotency key. Please try again later.",
        code="idempotency_key_in_use",
    )


def idempotency_mismatch(key: str) -> StripeError:
    return StripeError(
        400,
        "Keys for idempotent requests can only be used with the same parameters they were "
        "first used with. Try using a key other than '"
        + key
        + "' if you meant to execute a different request.",
        type="idempotency_error",
    )
