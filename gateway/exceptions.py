"""The gateway's exceptions: what went wrong, with no gRPC in sight.

The upstream client, admission and validation raise these; `gateway.errors.to_status` turns
any of them into a gRPC status at the servicer's boundary, and `gateway.retry.is_retryable`
decides which are worth another attempt.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

__all__ = [
    "BODY_EXCERPT_CHARS",
    "DeadlineExceeded",
    "InvalidRequest",
    "Overloaded",
    "StripeAPIError",
    "UpstreamTimeout",
    "UpstreamUnavailable",
    "excerpt",
]

# Enough of a non-JSON body to recognise it (an HTML error page) without flooding messages.
BODY_EXCERPT_CHARS: Final = 200


def excerpt(body: bytes | str) -> str:
    """The start of a response body, as text: at most BODY_EXCERPT_CHARS characters."""
    if isinstance(body, bytes):
        body = body[:BODY_EXCERPT_CHARS].decode("utf-8", "replace")
    return body[:BODY_EXCERPT_CHARS]


class StripeAPIError(Exception):
    """An HTTP error answer from Stripe (or from something in front of it)."""

    def __init__(
        self,
        http_status: int,
        error: Mapping[str, Any] | None,
        body_text: bytes | str = "",
        request_id: str | None = None,
        should_retry: bool | None = None,
    ) -> None:
        self.http_status = http_status
        self.error = error
        self.body_text = excerpt(body_text)
        self.request_id = request_id
        self.should_retry = should_retry
        super().__init__(self._message())

    def field(self, name: str) -> str | None:
        """One string field of Stripe's error object, None when absent or empty."""
        if self.error is None:
            return None
        value = self.error.get(name)
        return value if isinstance(value, str) and value else None

    def _message(self) -> str:
        if self.error is None:
            return (
                f"upstream answered HTTP {self.http_status} with a body that is not Stripe's "
                f"JSON: {self.body_text!r}"
            )
        return self.field("message") or f"Stripe answered HTTP {self.http_status}"


class UpstreamUnavailable(Exception):
    """The connection was refused, reset or dropped: no usable answer from Stripe."""

    def __init__(self, message: str = "Stripe could not be reached") -> None:
        super().__init__(message)


class UpstreamTimeout(Exception):
    """Stripe did not answer in time."""

    def __init__(self, message: str = "Stripe did not answer in time") -> None:
        super().__init__(message)


class DeadlineExceeded(Exception):
    """The caller's deadline is reached, or cannot fit another attempt."""

    def __init__(self, message: str = "the deadline was reached") -> None:
        super().__init__(message)


class InvalidRequest(Exception):
    """The gateway's own validation refused a caller's request before any call to Stripe."""

    def __init__(self, field: str, description: str) -> None:
        self.field = field
        self.description = description
        super().__init__(description)


class Overloaded(Exception):
    """The gateway's own concurrency or rate limit refused the request."""

    def __init__(self, description: str, retry_after: float | None = None) -> None:
        self.description = description
        self.retry_after = retry_after
        super().__init__(description)
