"""Misbehaviour on demand: errors, latency, dropped connections, broken bodies."""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass
from typing import Any, Generic, Literal, Protocol, TypeVar

from stripe_emulator.errors import StripeError

Drop = Literal["before", "after"]
BrokenBody = Literal["truncated", "non_json"]

_STATUS_ERRORS: dict[int, tuple[str, str | None, str]] = {
    400: ("invalid_request_error", None, "The emulator was asked to fail this request."),
    402: ("card_error", "card_declined", "Your card was declined."),
    409: (
        "invalid_request_error",
        None,
        "There is currently another in-progress request using this Stripe API Key and "
        "idempotency key. Please try again later.",
    ),
    429: (
        "invalid_request_error",
        "rate_limit",
        "Request rate limit exceeded. You can learn more about rate limits here "
        "https://stripe.com/docs/rate-limits.",
    ),
    500: ("api_error", None, "Something went wrong on Stripe's end. (Emulated fault.)"),
    502: ("api_error", None, "Bad gateway. (Emulated fault.)"),
    503: ("api_error", None, "Stripe is temporarily unavailable. (Emulated fault.)"),
    504: ("api_error", None, "Stripe took too long to respond. (Emulated fault.)"),
}
_LOCK_TIMEOUT_MESSAGE = (
    "This object cannot be accessed right now because another API request or Stripe process "
    "is currently accessing it. If you see this error intermittently, retry the request."
)
NON_JSON_BODY = (
    b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
)


@dataclass(frozen=True, slots=True)
class Fault:
    """One way to misbehave. With `status`, the request is answered with an error, not applied."""

    status: int | None = None
    code: str | None = None
    message: str | None = None
    latency: float = 0.0
    drop: Drop | None = None
    body: BrokenBody | None = None
    should_retry: bool | None = None
    method: str | None = None
    path_prefix: str | None = None

    def __post_init__(self) -> None:
        if self.drop not in (None, "before", "after"):
            raise ValueError(f"drop must be 'before' or 'after', not {self.drop!r}")
        if self.body not in (None, "truncated", "non_json"):
            raise ValueError(f"body must be 'truncated' or 'non_json', not {self.body!r}")
        if self.latency < 0:
            raise ValueError("latency must not be negative")

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self.path_prefix is None or path.startswith(self.path_prefix)

    def error(self) -> StripeError | None:
        """The Stripe error this fault answers with, if it sets a status."""
        if self.status is None:
            return None
        kind, code, message = _STATUS_ERRORS.get(
            self.status,
            ("api_error" if self.status >= 500 else "invalid_request_error", None, "Fault."),
        )
        if self.code is not None:
            code = self.code
            if code == "lock_timeout":
                message = _LOCK_TIMEOUT_MESSAGE
        return StripeError(self.status, self.message or message, type=kind, code=code)

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None and v != 0.0}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fault:
        known = set(cls.__dataclass_fields__)
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown fault fields: {sorted(unknown)}")
        return cls(**data)


class _Matching(Protocol):
    def matches(self, first: str, second: str, /) -> bool: ...


F = TypeVar("F", bound=_Matching)


class _Pending(Generic[F]):
    """Faults waiting for matching work, each for a count; safe to use from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[list[Any]] = []  # [fault, remaining count or None]

    def inject(self, fault: F, count: int | None = 1) -> None:
        """Apply `fault` to the next `count` matches (None: until cleared)."""
        if count is not None and count < 1:
            raise ValueError("count must be at least 1, or None")
        with self._lock:
            self._entries.append([fault, count])

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def pending(self) -> list[tuple[F, int | None]]:
        with self._lock:
            return [(fault, count) for fault, count in self._entries]

    def pending_any(self) -> bool:
        return bool(self._entries)  # a list's truth needs no lock

    def take(self, first: str, second: str) -> F | None:
        """The first fault matching, its count used once; None when none does."""
        if not self._entries:  # the common case: no lock, no work
            return None
        with self._lock:
            for entry in self._entries:
                fault: F = entry[0]
                if fault.matches(first, second):
                    if entry[1] is not None:
                        entry[1] -= 1
                        if entry[1] == 0:
                            self._entries.remove(entry)
                    return fault
        return None


class FaultQueue(_Pending[Fault]):
    """Faults waiting for matching requests (by method and path)."""


# -- webhook delivery -----------------------------------------------------------------------

DeliveryKind = Literal["duplicate", "hold", "delay", "wrong_secret", "stale"]
DELIVERY_KINDS: tuple[str, ...] = ("duplicate", "hold", "delay", "wrong_secret", "stale")
# How old a `stale` delivery's signature timestamp is: past stripe-python's 5-minute tolerance.
STALE_BY = 600


@dataclass(frozen=True, slots=True)
class DeliveryFault:
    """One way to misdeliver an event to an endpoint; what real receivers must survive.

    duplicate: the event is delivered twice. hold: it is held back and sent after the next
    event for the endpoint (waiting `seconds` for one, 30 when 0, then alone). delay: sent
    `seconds` late. wrong_secret: signed with a secret the endpoint never had. stale: signed
    with a timestamp 10 minutes old. Both bad signatures apply to the first attempt only, so
    a receiver that rejects it sees the retry signed properly.
    """

    kind: DeliveryKind
    seconds: float = 0.0
    endpoint: str | None = None
    type: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in DELIVERY_KINDS:
            raise ValueError(f"kind must be one of {', '.join(DELIVERY_KINDS)}, not {self.kind!r}")
        if self.seconds < 0:
            raise ValueError("seconds must not be negative")

    def matches(self, endpoint: str, event_type: str) -> bool:
        if self.endpoint is not None and self.endpoint != endpoint:
            return False
        return self.type is None or self.type == event_type

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None and v != 0.0}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DeliveryFault:
        unknown = set(data) - set(cls.__dataclass_fields__)
        if unknown:
            raise ValueError(f"unknown delivery fault fields: {sorted(unknown)}")
        return cls(**data)


class DeliveryFaultQueue(_Pending[DeliveryFault]):
    """Delivery faults waiting for matching deliveries (by endpoint id and event type)."""
