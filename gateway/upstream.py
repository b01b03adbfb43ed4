"""The upstream client: Stripe's REST API over one shared, pooled httpx transport.

httpx is the API (requests, responses, transports; httpx.MockTransport in unit tests); the
transport is gateway.transport's, over aiohttp's pool, which measures several times faster
than httpx's own under concurrency. Requests go straight to the transport: AsyncClient's
send pipeline (auth flows, redirects, cookies, hooks) is nothing this client uses and costs
half its CPU per call (bench/transports.py). Every call is bounded by one absolute deadline (the
caller's, else the configured default) enforced here with asyncio.timeout, and retried per
the policy with the same idempotency key on every attempt.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx
import orjson

from gateway.admission import Admission
from gateway.errors import (
    DeadlineExceeded,
    StripeAPIError,
    UpstreamTimeout,
    UpstreamUnavailable,
    is_retryable,
)
from gateway.observe import Attempt, UpstreamObserver, retry_reason, route_template
from gateway.retry import RetryPolicy, call_with_retries
from gateway.transport import AiohttpTransport

ALLOWED_PREFIX = "/v1/checkout/sessions"
USER_AGENT = "checkout-gateway/0.1"
# gRPC metadata key -> Stripe header, for the request options Stripe takes as headers.
FORWARDED_HEADERS: Mapping[str, str] = {
    "stripe-account": "Stripe-Account",
    "stripe-context": "Stripe-Context",
    "stripe-version": "Stripe-Version",
}


@dataclass(frozen=True)
class UpstreamResponse:
    data: dict[str, Any]
    request_id: str | None
    idempotency_key: str | None


class StripeClient:
    """Calls Stripe. Create it inside the running event loop; `await close()` at shutdown."""

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str,
        stripe_version: str | None = None,
        default_timeout: float = 30.0,
        retry_policy: RetryPolicy | None = None,
        admission: Admission | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rand: Callable[[], float] = random.random,
        observer: UpstreamObserver | None = None,
    ) -> None:
        # Metrics and traces see every attempt and retry through it (gateway.observe).
        self.observer = observer or UpstreamObserver()
        self._default_timeout = default_timeout
        self._policy = retry_policy or RetryPolicy()
        self._clock, self._sleep, self._rand = clock, sleep, rand
        self.admission = admission or Admission(
            max_in_flight=1024, max_waiting=1024, clock=clock, sleep=sleep
        )
        self._base_url = base_url.rstrip("/")
        # The headers every call sends, built once; a call copies them and adds its own.
        self._headers = httpx.Headers(
            {
                "Authorization": f"Bearer {api_key}",
                "User-Agent": USER_AGENT,
                "Accept-Encoding": "gzip",  # what httpx decodes with the standard library alone
                **({"Stripe-Version": stripe_version} if stripe_version else {}),
            }
        )
        # One call holds one connection, so the pool is never the queue: admission is.
        self._transport = transport or AiohttpTransport(
            max_connections=self.admission.max_in_flight
        )

    async def close(self) -> None:
        await self._transport.aclose()

    async def call(
        self,
        method: str,
        path: str,
        params: list[tuple[str, str]],
        *,
        metadata: Mapping[str, str],
        deadline: float | None,
    ) -> UpstreamResponse:
        """One Stripe call with retries; raises gateway.errors exceptions on failure.

        `metadata` holds the caller's validated request options (idempotency-key, stripe-*);
        `deadline` is an absolute time on this client's clock, or None for the default.
        """
        if not path.startswith(ALLOWED_PREFIX) or any(c in path for c in "?#%\\ ") or ".." in path:
            raise ValueError(f"refusing to call a path outside {ALLOWED_PREFIX}")
        headers = self._headers.copy()
        for key, header in FORWARDED_HEADERS.items():
            if key in metadata:
                headers[header] = metadata[key]
        idempotency_key = None
        content = None
        url = self._base_url + path
        if method == "POST":
            # Fixed before the first attempt, so every retry carries the same key.
            idempotency_key = metadata.get("idempotency-key") or str(uuid.uuid4())
            headers["Idempotency-Key"] = idempotency_key
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            content = urlencode(params).encode()
        elif params:
            url = f"{url}?{urlencode(params)}"
        # One Request for every attempt: a retry resends the same bytes.
        request = httpx.Request(method, url, headers=headers, content=content)
        default_deadline = self._clock() + self._default_timeout
        limit = default_deadline if deadline is None else min(deadline, default_deadline)
        observer, route, attempts = self.observer, route_template(path), 0

        async def attempt(time_left: float) -> UpstreamResponse:
            nonlocal attempts
            attempts += 1
            seen = observer.attempt(method, route, attempts)
            try:
                response, body = await exchange(time_left, seen)
            except BaseException as exc:
                seen.failed(exc)
                raise
            else:
                seen.responded(response.status_code, response.headers.get("request-id"))
            finally:
                seen.end()
            return _parse(response, body, idempotency_key)

        async def exchange(time_left: float, seen: Attempt) -> tuple[httpx.Response, bytes]:
            asked = self._clock()
            end = asked + time_left
            try:
                # Every attempt, retries included, is one more call Stripe sees: each is admitted.
                async with self.admission.admit(end), asyncio.timeout(end - self._clock()):
                    seen.admitted(self._clock() - asked)
                    response = await self._transport.handle_async_request(request)
                    try:
                        body = await response.aread()
                    finally:
                        await response.aclose()  # a streaming transport's connection goes back
            except TimeoutError as exc:
                if deadline is not None and deadline <= default_deadline:
                    raise DeadlineExceeded("the caller's deadline passed") from exc
                raise UpstreamTimeout(
                    f"Stripe did not answer within {self._default_timeout} s"
                ) from exc
            except httpx.TransportError as exc:
                # The transport's own exception, when there is one, names what happened.
                raise UpstreamUnavailable(
                    f"connection to Stripe failed: {type(exc.__cause__ or exc).__name__}"
                ) from exc
            return response, body

        return await call_with_retries(
            attempt,
            policy=self._policy,
            retryable=is_retryable,
            deadline=limit,
            clock=self._clock,
            sleep=self._sleep,
            random=self._rand,
            on_retry=lambda _n, exc, _delay: observer.retry(retry_reason(exc)),
        )


def _parse(response: httpx.Response, body: bytes, idempotency_key: str | None) -> UpstreamResponse:
    request_id = response.headers.get("request-id")
    should_retry_header = response.headers.get("stripe-should-retry")
    should_retry = None if should_retry_header is None else should_retry_header == "true"
    data: Any = None
    # orjson: 2.5x faster than json on Stripe's bodies, and a stream's next page waits on it.
    with contextlib.suppress(ValueError):  # not JSON: reported below with the HTTP status
        data = orjson.loads(body)
    if 200 <= response.status_code < 300 and isinstance(data, dict):
        return UpstreamResponse(data, request_id, idempotency_key)
    error = data.get("error") if isinstance(data, dict) and response.status_code >= 300 else None
    raise StripeAPIError(
        http_status=response.status_code,
        error=error if isinstance(error, dict) else None,
        body_text=body[:200].decode("utf-8", "replace"),
        request_id=request_id,
        should_retry=should_retry,
    )
