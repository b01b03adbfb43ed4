"""The upstream client: Stripe's REST API over one shared, pooled httpx transport.

httpx is the API (requests, responses, transports; httpx.MockTransport in unit tests); the
transport is gateway.transport's, over aiohttp's pool, which measures several times faster
than httpx's own under concurrency. Requests go straight to the transport: AsyncClient's
send pipeline (auth flows, redirects, cookies, hooks) is nothing this client uses and costs
half its CPU per call (bench/transports.py). Every call is bounded by one absolute deadline (the
caller's, else the configured default) enforced here by each attempt's timer, and retried per
the policy with the same idempotency key on every attempt.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.metadata
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Final
from urllib.parse import quote_plus

import httpx
import orjson

from gateway.admission import Admission
from gateway.caller_limits import CallerLimits
from gateway.coalesce import Coalescer
from gateway.config import DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_WAITING
from gateway.encoding import field_path
from gateway.exceptions import (
    DeadlineExceeded,
    InvalidRequest,
    StripeAPIError,
    UpstreamTimeout,
    UpstreamUnavailable,
)
from gateway.headers import FORWARDED, IDEMPOTENCY_KEY
from gateway.limits import kind_of
from gateway.observe import (
    UNKNOWN_ROUTE,
    UNOBSERVED,
    Attempt,
    UpstreamObserver,
    observes,
    retry_reason,
    route_template,
)
from gateway.retry import RetryPolicy, call_with_retries, is_retryable
from gateway.routes import EVENTS, SESSIONS
from gateway.transport import (
    AiohttpTransport,
    Line,
    RawAnswer,
    header_values,
    headers_of,
    raw_header_values,
    read_body,
    response_of,
)
from gateway.urls import BaseURL, form

USER_AGENT = f"checkout-gateway/{importlib.metadata.version('checkout-gateway')}"
# A GET's parameters travel in the URL, and servers refuse a request line past 8 KiB
# (aiohttp's and nginx's default) with a bare 400 or 414 that is not Stripe's JSON. This
# leaves room for the path and the rest of the request line.
MAX_QUERY_LENGTH: Final = 7000
# The only paths the gateway calls: the sessions, and the events feed (event streams, poller).
ALLOWED_PREFIXES: Final = (SESSIONS, EVENTS)


# Each forwarded option's Stripe header name, and the same in lower case.
_FORWARDED_NAMES: Final = {
    key: (header.stripe.encode(), header.stripe.lower().encode())
    for key, header in FORWARDED.items()
}
_CONTENT_LENGTH: Final = (b"Content-Length", b"content-length")
_FORM: Final = (b"Content-Type", b"content-type", b"application/x-www-form-urlencoded")
# What the client reads of an answer's headers, lower-case, as gateway.transport looks them up.
_ANSWER_HEADERS: Final = (b"content-encoding", b"request-id", b"stripe-should-retry")
# An HTTP answer read whole: status, body, Request-Id and Stripe-Should-Retry (None if absent).
Answer = tuple[int, bytes, str | None, str | None]


@dataclass(frozen=True)
class UpstreamResponse:
    data: dict[str, Any]
    request_id: str | None
    # The answer decoded, by message type: coalesced waiters share one response, decoded once.
    decoded: dict[type, Any] = field(default_factory=dict, compare=False, repr=False)


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
        caller_limits: CallerLimits | None = None,
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
            max_in_flight=DEFAULT_MAX_CONNECTIONS,
            max_waiting=DEFAULT_MAX_WAITING,
            clock=clock,
            sleep=sleep,
        )
        self._caller_limits = caller_limits
        self._base = BaseURL(base_url)  # parsed once; each call's URL made from its parts
        self.reads: Coalescer[UpstreamResponse] = Coalescer(clock)
        # The headers every call sends, built and validated once, as httpx.Headers' own lines
        # (name, lower-case name, value); a call copies them and adds its own. Host first,
        # where httpx puts it.
        self._lines: list[Line] = httpx.Headers(
            {
                "Host": self._base.netloc,
                "Authorization": f"Bearer {api_key}",
                "User-Agent": USER_AGENT,
                "Accept-Encoding": "gzip",  # what httpx decodes with the standard library alone
                **({"Stripe-Version": stripe_version} if stripe_version else {}),
            }
        )._list
        self._shared = {lower: index for index, (_, lower, _) in enumerate(self._lines)}
        # One call holds one connection, so the pool is never the queue: admission is.
        self._transport = transport or AiohttpTransport(
            max_connections=self.admission.max_in_flight
        )
        # aiohttp's answer read without httpx's Response, when the transport is ours.
        self._send_raw: Callable[[httpx.Request], Awaitable[RawAnswer]] | None = (
            self._transport.send_raw if isinstance(self._transport, AiohttpTransport) else None
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
        on_request_id: Callable[[str], None] | None = None,
    ) -> UpstreamResponse:
        """One Stripe call with retries; raises gateway.exceptions on failure.

        `metadata` holds the caller's validated request options (gateway.headers.FORWARDED),
        sent as they are: a POST's idempotency key is the caller's to choose, and every retry
        carries it. `deadline` is an absolute time on this client's clock, or None for the
        default. Parameters too long for a GET's URL raise InvalidRequest, naming the longest.
        `on_request_id` hears every request id Stripe sends, retries' included, so the last one
        is known even when the call then fails without an answer (a timeout, say).
        Identical GETs in flight together make one request (gateway.coalesce); POSTs never.
        """
        if not path.startswith(ALLOWED_PREFIXES) or _unsafe(path):
            raise ValueError(f"refusing to call a path outside {' and '.join(ALLOWED_PREFIXES)}")
        if method == "POST" and IDEMPOTENCY_KEY not in metadata:
            raise ValueError("a POST needs an idempotency key, or a retry could repeat it")
        if method == "GET":
            # Identical: the same path, parameters (expand included) and Stripe-* headers.
            key = (path, tuple(params), tuple(sorted(metadata.items())) if metadata else ())
            return await self.reads.run(
                key, partial(self._call, method, path, params, metadata), deadline, on_request_id
            )
        return await self._call(method, path, params, metadata, deadline, on_request_id)

    def request(
        self,
        method: str,
        path: str,
        params: list[tuple[str, str]],
        metadata: Mapping[str, str],
    ) -> httpx.Request:
        """The Request a call sends, one for every attempt (a retry resends the same bytes).

        `call` checks the path and metadata first; this builds from them as they are.
        """
        content = b""
        query = ""
        if method == "POST":
            content = form(params).encode()
        elif params:
            query = _query(params)
        url = self._base.join(path, query)
        lines = self._lines.copy()
        for key, value in metadata.items():
            name, lower = _FORWARDED_NAMES[key]
            index = self._shared.get(lower)
            # Headers.__setitem__'s rule: a shared line of the same name is replaced in place.
            line = (name, lower, value.encode())
            if index is None:
                lines.append(line)
            else:
                lines[index] = line
        if method == "POST":
            lines += ((*_CONTENT_LENGTH, str(len(content)).encode()), _FORM)
        return _request(method, url, lines, content)

    async def exchange(self, request: httpx.Request) -> Answer:
        """`request` sent once by the transport, its answer read whole; no retry, no bound."""
        if self._send_raw is None:
            response = await self._transport.handle_async_request(request)
        else:
            status, raw, body = await self._send_raw(request)
            values = raw_header_values(raw, _ANSWER_HEADERS)
            if values is not None and values[0] is None:  # no Content-Encoding: body as read
                return status, body, values[1], values[2]
            response = response_of(status, raw, body, request)  # gzip, or not ASCII
        encoding, request_id, should_retry = header_values(response.headers, _ANSWER_HEADERS)
        stream = response.stream
        try:
            body = await read_body(response, encoding is not None)
        finally:
            # A streaming transport's connection goes back; a whole body holds none.
            if not isinstance(stream, httpx.ByteStream):
                await response.aclose()
        return response.status_code, body, request_id, should_retry

    async def _call(
        self,
        method: str,
        path: str,
        params: list[tuple[str, str]],
        metadata: Mapping[str, str],
        deadline: float | None,
        on_request_id: Callable[[str], None] | None,
    ) -> UpstreamResponse:
        request = self.request(method, path, params, metadata)
        default_deadline = self._clock() + self._default_timeout
        limit = default_deadline if deadline is None else min(deadline, default_deadline)
        kind = kind_of(method)
        observer, attempts = self.observer, 0
        observed = observes(observer)
        route = route_template(path) if observed else UNKNOWN_ROUTE

        async def attempt(time_left: float) -> UpstreamResponse:
            nonlocal attempts
            attempts += 1
            if not observed:
                return _parse(*await send(time_left, UNOBSERVED))
            seen = observer.attempt(method, route, attempts)
            try:
                answer = await send(time_left, seen)
            except BaseException as exc:
                seen.failed(exc)
                raise
            else:
                seen.responded(answer[0], answer[2])
            finally:
                seen.end()
            return _parse(*answer)

        async def send(time_left: float, seen: Attempt) -> Answer:
            asked = self._clock()
            end = asked + time_left
            try:
                if self._caller_limits is not None:  # the caller's own share first
                    await self._caller_limits.take(end)
                # Every attempt, retries included, is one more call Stripe sees: each is admitted.
                admission = self.admission
                if not admission.admit_now():  # a free slot, nothing to wait for: no coroutine
                    await admission.acquire(end, kind)
                try:
                    with _Timeout(end - self._clock()):
                        seen.admitted(self._clock() - asked)
                        answer = await self.exchange(request)
                finally:
                    admission.release()
                request_id = answer[2]
                if on_request_id is not None and request_id:
                    on_request_id(request_id)
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
            return answer

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


class _Timeout:
    """`async with asyncio.timeout(delay)`, as an attempt uses it: TimeoutError when the timer
    fired and nothing else cancelled the task meanwhile, by the same task.cancelling() count.

    Without asyncio.Timeout's state machine (an enum compared at every step, reschedule,
    expired()): an `async with` of it 28.9k -> 17.3k instructions (callgrind, uvloop). A plain
    `with`: nothing in it awaits, so entering and leaving need no coroutine either.
    """

    __slots__ = ("_cancelling", "_delay", "_expired", "_handle", "_task")

    def __init__(self, delay: float) -> None:
        self._delay = delay
        self._expired = False

    def __enter__(self) -> None:
        task = asyncio.current_task()
        assert task is not None, "an attempt runs in a task"
        self._task, self._cancelling = task, task.cancelling()
        loop = asyncio.get_running_loop()
        delay = self._delay
        # As Timeout.reschedule: a time already past fires at the loop's next turn.
        self._handle = (
            loop.call_soon(self._expire)
            if delay <= 0
            else loop.call_at(loop.time() + delay, self._expire)
        )

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: Any
    ) -> None:
        self._handle.cancel()
        # Ours alone (no other cancel came since): the attempt's timeout, not a cancellation.
        if (
            self._expired
            and self._task.uncancel() <= self._cancelling
            and exc_type is asyncio.CancelledError
        ):
            raise TimeoutError from exc

    def _expire(self) -> None:
        self._task.cancel()
        self._expired = True


def _unsafe(path: str) -> bool:
    """Whether `path` holds a query, a fragment, an escape, a backslash, a space or `..`: one
    `in` each (a regex search, or a generator over the characters, costs twice as much)."""
    return "?" in path or "#" in path or "%" in path or "\\" in path or " " in path or ".." in path


def _request(method: str, url: httpx.URL, lines: list[Line], content: bytes) -> httpx.Request:
    """The Request that `httpx.Request(method, url, headers=Headers(lines),
    stream=ByteStream(content))` and `read()` leave, from parts already in their final form.

    httpx's way copies the URL and the headers again and reads the stream (2.5 us a call);
    `content=` instead of `stream=` would re-validate every header too (5.5 us). The state
    set is all that __init__ and read() set (tests/test_upstream_request.py holds the result
    to httpx's own).
    """
    request = httpx.Request.__new__(httpx.Request)
    request.method, request.url, request.extensions = method, url, {}
    request.headers = headers_of(lines, None)
    request.stream, request._content = httpx.ByteStream(content), content
    return request


def _query(params: list[tuple[str, str]]) -> str:
    """A GET's query string; InvalidRequest when it would make the URL too long."""
    query = form(params)
    if len(query) > MAX_QUERY_LENGTH:
        longest = max(params, key=lambda p: len(quote_plus(p[0])) + len(quote_plus(p[1])))[0]
        raise InvalidRequest(
            field_path(longest),
            f"too long: the request's parameters take {len(query)} bytes of URL once encoded, "
            f"at most {MAX_QUERY_LENGTH}",
        )
    return query


def _parse(
    status: int, body: bytes, request_id: str | None, should_retry_header: str | None
) -> UpstreamResponse:
    should_retry = None if should_retry_header is None else should_retry_header == "true"
    data: Any = None
    # orjson: 2.5x faster than json on Stripe's bodies, and a stream's next page waits on it.
    with contextlib.suppress(ValueError):  # not JSON: reported below with the HTTP status
        data = orjson.loads(body)
    if 200 <= status < 300 and isinstance(data, dict):
        return UpstreamResponse(data, request_id)
    error = data.get("error") if isinstance(data, dict) and status >= 300 else None
    raise StripeAPIError(
        http_status=status,
        error=error if isinstance(error, dict) else None,
        body_text=body,
        request_id=request_id,
        should_retry=should_retry,
    )
