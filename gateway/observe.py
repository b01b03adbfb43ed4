"""What the upstream client tells its observers (metrics, traces) about each Stripe attempt.

The client calls one `UpstreamObserver` per call: `attempt()` per attempt, `retry()` before
each retry. The base classes record nothing, so a gateway with no signal configured pays one
no-op call per event; `Observers` fans out to several. Paths are reported by their route
template (`/v1/checkout/sessions/{id}`), never by a session id.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from gateway.exceptions import (
    DeadlineExceeded,
    Overloaded,
    StripeAPIError,
    UpstreamTimeout,
    UpstreamUnavailable,
)
from gateway.routes import ROUTES, SESSIONS

__all__ = [
    "UNOBSERVED",
    "Attempt",
    "Observers",
    "UpstreamObserver",
    "failure_kind",
    "observes",
    "retry_reason",
    "route_template",
]

# The route table's templates (gateway.routes owns them), as patterns a path matches:
# `{id}` stands for one path segment. Longest first, so `/{id}/expire` is not taken for `/{id}`.
_TEMPLATES = [
    (re.compile(re.escape(SESSIONS + t).replace(re.escape("{id}"), "[^/]+") + "$"), SESSIONS + t)
    for t in sorted({route.template for route in ROUTES.values()}, key=len, reverse=True)
]
UNKNOWN_ROUTE = "unknown"

# An attempt that got no HTTP answer, by what stopped it -> the label it is counted under.
FAILURE_KINDS: dict[type[Exception], str] = {
    UpstreamTimeout: "timeout",
    DeadlineExceeded: "deadline",
    UpstreamUnavailable: "connection_error",
    Overloaded: "refused",
}


def route_template(path: str) -> str:
    """`/v1/checkout/sessions/cs_123/expire` -> `/v1/checkout/sessions/{id}/expire`; a path
    no route has (none is called) -> `unknown`, so a label never holds an id."""
    for pattern, template in _TEMPLATES:
        if pattern.match(path):
            return template
    return UNKNOWN_ROUTE


def failure_kind(exc: BaseException) -> str:
    """The label for an attempt that ended without an HTTP answer (`cancelled` included)."""
    for cls in type(exc).__mro__:
        if cls in FAILURE_KINDS:
            return FAILURE_KINDS[cls]
    return "cancelled" if not isinstance(exc, Exception) else "error"


def retry_reason(exc: BaseException) -> str:
    """Why an attempt is retried: `Stripe-Should-Retry`, the HTTP status, or the failure."""
    if isinstance(exc, StripeAPIError):
        return "should_retry_header" if exc.should_retry else f"http_{exc.http_status}"
    return failure_kind(exc)


class Attempt:
    """One upstream attempt. The client calls `admitted` once admission lets it through, then
    `responded` (an HTTP answer, any status) or `failed` (none), then always `end`."""

    __slots__ = ()

    def admitted(self, waited: float) -> None:
        """Admission let the attempt through after `waited` seconds."""

    def responded(self, status: int, request_id: str | None) -> None:
        """Stripe answered with HTTP `status`."""

    def failed(self, exc: BaseException) -> None:
        """The attempt ended without an HTTP answer (refused, timed out, connection lost)."""

    def end(self) -> None:
        """The attempt is over."""


UNOBSERVED: Final = Attempt()  # an attempt no one records


class UpstreamObserver:
    """Sees every upstream attempt and retry; this base sees them and records nothing."""

    def attempt(self, method: str, route: str, number: int) -> Attempt:
        """Attempt `number` (1-based) of a call: `method` on `route` (a template)."""
        return UNOBSERVED

    def retry(self, reason: str) -> None:
        """The call is retried because of `reason` (see `retry_reason`)."""


def observes(observer: UpstreamObserver) -> bool:
    """Whether `observer` records attempts: the base's own `attempt` records none, so the
    client need not work out the route nor tell it each step (12k instructions a Get)."""
    return type(observer).attempt is not UpstreamObserver.attempt


class _Attempts(Attempt):
    __slots__ = ("_each",)

    def __init__(self, each: list[Attempt]) -> None:
        self._each = each

    def admitted(self, waited: float) -> None:
        for a in self._each:
            a.admitted(waited)

    def responded(self, status: int, request_id: str | None) -> None:
        for a in self._each:
            a.responded(status, request_id)

    def failed(self, exc: BaseException) -> None:
        for a in self._each:
            a.failed(exc)

    def end(self) -> None:
        for a in self._each:
            a.end()


class Observers(UpstreamObserver):
    """Several observers as one, each told every event in order."""

    def __init__(self, observers: Sequence[UpstreamObserver]) -> None:
        self._observers = list(observers)

    def attempt(self, method: str, route: str, number: int) -> Attempt:
        return _Attempts([o.attempt(method, route, number) for o in self._observers])

    def retry(self, reason: str) -> None:
        for o in self._observers:
            o.retry(reason)
