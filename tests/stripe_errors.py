"""A StripeAPIError as Stripe's envelope would raise it, for table-driven tests."""

from __future__ import annotations

from typing import Any

from gateway.exceptions import StripeAPIError


def stripe_error(
    status: int,
    type: str | None = "invalid_request_error",
    code: str | None = None,
    message: str = "Something about the request.",
    **extra: Any,
) -> StripeAPIError:
    request_id = extra.pop("rid", None)
    error: dict[str, Any] = {"message": message, **extra}
    if type is not None:
        error["type"] = type
    if code is not None:
        error["code"] = code
    return StripeAPIError(status, error, body_text="{}", request_id=request_id)
