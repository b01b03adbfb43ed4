"""HTTP layer: routing, auth, headers, recording, faults and idempotency around the store."""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from aiohttp import web
from aiohttp.abc import AbstractStreamWriter
from aiohttp.http import HttpVersion11, RawRequestMessage
from aiohttp.streams import StreamReader
from aiohttp.web_protocol import RequestHandler
from multidict import CIMultiDict, CIMultiDictProxy

from stripe_emulator import event_api, params, render, sessions, values
from stripe_emulator.errors import (
    StripeError,
    idempotency_key_in_use,
    invalid_api_key,
    unrecognized_url,
)
from stripe_emulator.events import AUTOMATIC, Cause
from stripe_emulator.faults import NON_JSON_BODY, Fault, FaultQueue
from stripe_emulator.forms import parse_form
from stripe_emulator.idempotency import IdempotencyCache, check_key
from stripe_emulator.ids import request_id
from stripe_emulator.objects import DEFAULT_STRIPE_VERSION
from stripe_emulator.render import Handler, Reply
from stripe_emulator.serialize import dumps
from stripe_emulator.store import SessionRecord, Store

SESSIONS = "/v1/checkout/sessions"
FAULT_HEADER = "Emulator-Fault"
# Bytes a request body may have (aiohttp's default is 1 MB).
MAX_BODY = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request as it reached the emulator."""

    method: str
    path: str  # raw path with query string, as sent
    headers: CIMultiDictProxy[str]
    params: dict[str, Any]
    body: bytes = field(repr=False)


class EmulatorApp:
    """Owns the state of one emulator and answers its requests."""

    def __init__(
        self,
        store: Store,
        *,
        api_key: str | None = None,
        max_recorded: int = 1000,
        fast: bool = False,
    ) -> None:
        self.store = store
        self.api_key = api_key
        # Fast mode (benchmarks): requests are not recorded, and a plain GET of one session is
        # answered from its cached bytes before any other work. Answers are the same.
        self.fast = fast
        self.faults = FaultQueue()
        self.requests: deque[RecordedRequest] = deque(maxlen=max_recorded)
        self.idempotency = IdempotencyCache()
        # (Authorization, Idempotency-Key) of POSTs not yet answered: a second one is a 409.
        self._in_flight: set[tuple[str, str]] = set()
        # (Authorization header, the api_key it was checked against, the key it carries);
        # no header matches None.
        self._accepted: tuple[str | None, str | None, str] = (None, None, "")
        # The /_emulator/ surface (faults, completing sessions, the clock...), set by its owner.
        self.admin: Callable[[web.BaseRequest, str], Awaitable[web.StreamResponse]] | None = None

    def build(self) -> web.Server:
        """aiohttp's low-level server, every request to `handle`: what an Application with
        one catch-all route did, less its router and per-request match info (~35k
        instructions a request); `handle` keeps the route's 404 and the Expect handling."""
        loop = asyncio.get_running_loop()

        def request(
            message: RawRequestMessage,
            payload: StreamReader,
            protocol: RequestHandler,
            writer: AbstractStreamWriter,
            task: asyncio.Task[None],
        ) -> web.BaseRequest:
            return web.BaseRequest(
                message, payload, protocol, writer, task, loop, client_max_size=MAX_BODY
            )

        # access_log=None: per-request logging would dominate benchmark profiles.
        return web.Server(self.handle, request_factory=request, access_log=None)

    # -- entry point --------------------------------------------------------------------

    async def handle(self, request: web.BaseRequest) -> web.StreamResponse:
        raw_path = request.rel_url.raw_path
        method = request.method
        request_headers = request.headers
        if not raw_path.startswith("/") or ("%" in raw_path and "\n" in request.rel_url.path_safe):
            # What the catch-all route's pattern (`/{tail:.*}`) did not match.
            raise web.HTTPNotFound()
        if request_headers.get("Expect"):
            await _expect(request)
        if raw_path.startswith("/_emulator/"):
            if self.admin is None:
                return web.json_response({"error": "no admin surface"}, status=404)
            return await self.admin(request, raw_path)
        if self.fast and method == "GET":
            fast = self._fast_get(request, raw_path)
            if fast is not None:
                return fast
        body = await request.read() if request.can_read_body else b""
        headers = {
            "Request-Id": request_id(),
            "Stripe-Version": request_headers.get("Stripe-Version") or DEFAULT_STRIPE_VERSION,
        }
        try:
            query = request.rel_url.raw_query_string
            form = parse_form(query) if query else {}
            if body:
                form.update(parse_form(body))
        except StripeError as exc:
            form = {}
            parse_error: StripeError | None = exc
        else:
            parse_error = None
        if not self.fast:
            self.requests.append(
                RecordedRequest(
                    method,
                    request.raw_path,
                    CIMultiDictProxy(CIMultiDict(request_headers)),
                    form,
                    body,
                )
            )
        fault = self.faults.take(method, raw_path)
        header_fault = request_headers.get(FAULT_HEADER)
        if header_fault:
            try:
                fault = Fault.from_json(json.loads(header_fault))
            except (ValueError, TypeError) as exc:
                return self._error(StripeError(400, f"Bad {FAULT_HEADER}: {exc}"), headers)
        key = request_headers.get("Idempotency-Key") if method == "POST" else None
        scope = (request_headers.get("Authorization", ""), key) if key else None
        if scope is not None and scope in self._in_flight:
            return self._error(idempotency_key_in_use(), headers)
        if fault is None:
            return self._respond(request, form, parse_error, headers, key)
        # Only a fault makes a request wait before it is applied: only then can keys overlap.
        if scope is not None:
            self._in_flight.add(scope)
        try:
            return await self._faulty(request, fault, form, parse_error, headers, key)
        finally:
            if scope is not None:
                self._in_flight.discard(scope)

    def _fast_get(self, request: web.BaseRequest, raw_path: str) -> web.Response | None:
        """GET /v1/checkout/sessions/{id}, no query, no faults: the cached bytes, or None."""
        ident = raw_path[len(SESSIONS) + 1 :]
        if (
            not raw_path.startswith(SESSIONS + "/")
            or request.rel_url.raw_query_string
            or self.faults.pending_any()
            or FAULT_HEADER in request.headers
        ):
            return None
        record = self.store.sessions.get(ident)  # a raw id with / or % matches no session
        if record is None:
            return None  # the full path answers the 404
        try:
            self._authenticate(request)
        except StripeError:
            return None
        headers = {
            "Request-Id": request_id(),
            "Stripe-Version": request.headers.get("Stripe-Version") or DEFAULT_STRIPE_VERSION,
        }
        return web.Response(
            body=record.raw(), status=200, headers=headers, content_type="application/json"
        )

    def _respond(
        self,
        request: web.BaseRequest,
        form: dict[str, Any],
        parse_error: StripeError | None,
        headers: dict[str, str],
        key: str | None,
    ) -> web.Response:
        """The answer; `key` is a POST's Idempotency-Key header (None for other methods)."""
        try:
            api_key = self._authenticate(request)
            if parse_error is not None:
                raise parse_error
            method, raw_path = request.method, request.rel_url.raw_path
            handler = self._route(method, raw_path)
            if method != "POST":
                return self._reply(handler(form), headers)
            # Events a POST causes name it: its request id and idempotency key.
            events = self.store.events
            events.cause = Cause(headers["Request-Id"], key)
            try:
                return self._post(raw_path, api_key, handler, form, headers, key)
            finally:
                events.cause = AUTOMATIC
        except StripeError as exc:
            return self._error(exc, headers)

    def _post(
        self,
        raw_path: str,
        api_key: str,
        handler: Handler,
        form: dict[str, Any],
        headers: dict[str, str],
        key: str | None,
    ) -> web.Response:
        if not key:
            return self._reply(handler(form), headers)
        check_key(key)
        headers["Idempotency-Key"] = key
        fingerprint = dumps([raw_path, form])
        stored = self.idempotency.lookup(api_key, key, fingerprint)
        if stored is not None:
            headers["Idempotent-Replayed"] = "true"
            return self._reply(Reply(stored.status, stored.body), headers)
        reply = handler(form)  # a StripeError here is not stored: failed validation can retry
        self.idempotency.store(api_key, key, fingerprint, reply.status, reply.body)
        return self._reply(reply, headers)

    @staticmethod
    def _reply(reply: Reply, headers: dict[str, str]) -> web.Response:
        return web.Response(
            body=reply.body, status=reply.status, headers=headers, content_type="application/json"
        )

    @staticmethod
    def _error(exc: StripeError, headers: dict[str, str]) -> web.Response:
        body = dumps(exc.body(headers["Request-Id"]))
        return web.Response(
            body=body, status=exc.status, headers=headers, content_type="application/json"
        )

    # -- faults -------------------------------------------------------------------------

    async def _faulty(
        self,
        request: web.BaseRequest,
        fault: Fault,
        form: dict[str, Any],
        parse_error: StripeError | None,
        headers: dict[str, str],
        key: str | None,
    ) -> web.StreamResponse:
        if fault.latency:
            await asyncio.sleep(fault.latency)
        if fault.should_retry is not None:
            headers["Stripe-Should-Retry"] = "true" if fault.should_retry else "false"
        if fault.drop == "before":
            return _hang_up(request)
        if fault.drop == "after":
            self._respond(request, form, parse_error, headers, key)
            return _hang_up(request)
        error = fault.error()
        if error is not None:
            response = self._error(error, headers)
        else:
            response = self._respond(request, form, parse_error, headers, key)
        if fault.body == "truncated":
            assert isinstance(response.body, bytes)
            cut = response.body[: max(1, len(response.body) // 2)]
            return web.Response(
                body=cut, status=response.status, headers=headers, content_type="application/json"
            )
        if fault.body == "non_json":
            return web.Response(
                body=NON_JSON_BODY,
                status=fault.status or 502,
                headers=headers,
                content_type="text/html",
            )
        return response

    # -- auth and routing ---------------------------------------------------------------

    def _authenticate(self, request: web.BaseRequest) -> str:
        header = request.headers.get("Authorization", "")
        # A client sends one header call after call: the last one accepted, with the key it
        # was checked against, is answered at once (0.60 -> 0.25 us, timeit).
        if self._accepted[0] == header and self._accepted[1] == self.api_key:
            return self._accepted[2]
        key = self._key(header)
        self._accepted = (header, self.api_key, key)
        return key

    def _key(self, header: str) -> str:
        """The API key an Authorization header carries, if the emulator accepts it."""
        scheme, _, value = header.partition(" ")
        key: str | None = None
        if scheme.lower() == "bearer":
            key = value.strip()
        elif scheme.lower() == "basic":
            try:
                key = base64.b64decode(value.strip(), validate=True).decode().partition(":")[0]
            except (binascii.Error, UnicodeDecodeError):
                key = None
        if not key:
            raise invalid_api_key(None)
        if self.api_key is not None:
            if key != self.api_key:
                raise invalid_api_key(key)
        elif not key.startswith("sk_test_") or len(key) <= len("sk_test_"):
            raise invalid_api_key(key)
        return key

    def _route(self, method: str, raw_path: str) -> Handler:
        parts = raw_path.split("/")
        if "%" in raw_path:
            parts = [unquote(p) for p in parts]
        # "/v1/checkout/sessions/..." splits into "", "v1", "checkout", "sessions", ...
        if parts[:4] == ["", "v1", "checkout", "sessions"]:
            rest = parts[4:]
            if not rest:
                if method == "POST":
                    return self._create
                if method == "GET":
                    return self._list
            elif len(rest) == 1 and rest[0]:
                ident = rest[0]
                if method == "GET":
                    return lambda form: self._retrieve(ident, form)
                if method == "POST":
                    return lambda form: self._update(ident, form)
            elif len(rest) == 2 and rest[0]:
                ident = rest[0]
                if rest[1] == "expire" and method == "POST":
                    return lambda form: self._expire(ident, form)
                if rest[1] == "line_items" and method == "GET":
                    return lambda form: self._line_items(ident, form)
        handler = event_api.route(self.store, method, parts)
        if handler is not None:
            return handler
        raise unrecognized_url(method, raw_path)

    # -- endpoints ----------------------------------------------------------------------

    def _session_reply(self, record: SessionRecord, expand: set[str]) -> Reply:
        return Reply(200, render.session_bytes(self.store, record, expand))

    def _create(self, form: dict[str, Any]) -> Reply:
        expand = render.check_session_expand(values.expand(form), in_list=False)
        record = sessions.create_session(self.store, params.create_spec(form))
        return self._session_reply(record, expand)

    def _retrieve(self, ident: str, form: dict[str, Any]) -> Reply:
        values.check_keys(form, values.EXPAND_ONLY_PARAMS)
        record = self.store.get(ident)
        expand = render.check_session_expand(values.expand(form), in_list=False)
        return self._session_reply(record, expand)

    def _update(self, ident: str, form: dict[str, Any]) -> Reply:
        expand = render.check_session_expand(values.expand(form), in_list=False)
        record = self.store.get(ident)
        spec = params.update_spec(form)
        return self._session_reply(sessions.update_session(self.store, record, spec), expand)

    def _expire(self, ident: str, form: dict[str, Any]) -> Reply:
        record = self.store.get(ident)
        values.check_keys(form, values.EXPAND_ONLY_PARAMS)
        expand = render.check_session_expand(values.expand(form), in_list=False)
        return self._session_reply(sessions.expire_session(self.store, record), expand)

    def _list(self, form: dict[str, Any]) -> Reply:
        expand = render.check_session_expand(values.expand(form), in_list=True)
        spec = values.list_spec(form, params.LIST_PARAMS)
        page = self.store.list_sessions(spec, params.session_filter(form))
        parts = [render.session_bytes(self.store, record, expand) for record in page.data]
        return Reply(200, render.list_bytes(parts, page.has_more, SESSIONS))

    def _line_items(self, ident: str, form: dict[str, Any]) -> Reply:
        record = self.store.get(ident)
        expand = render.check_item_expand(values.expand(form))
        page = self.store.list_line_items(
            record, values.list_spec(form, params.LINE_ITEMS_LIST_PARAMS)
        )
        parts = [dumps(render.item_json(self.store, item, expand)) for item in page.data]
        url = f"{SESSIONS}/{ident}/line_items"
        return Reply(200, render.list_bytes(parts, page.has_more, url))


async def _expect(request: web.BaseRequest) -> None:
    """The Application's default Expect handling (aiohttp's `_default_expect_handler`), which
    its low-level server leaves to the handler."""
    expect = request.headers.get("Expect", "")
    if request.version == HttpVersion11:
        if expect.lower() != "100-continue":
            raise web.HTTPExpectationFailed(text=f"Unknown Expect: {expect}")
        await request.writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        # The 100 is not part of the answer's size.
        request.writer.output_size = 0
    await request.writer.drain()


def _hang_up(request: web.BaseRequest) -> web.Response:
    # aiohttp swallows the ConnectionError from writing to a closed transport.
    if request.transport is not None:
        request.transport.close()
    return web.Response(status=200)
