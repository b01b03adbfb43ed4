"""CheckoutSessionService: each RPC validates, encodes, makes its Stripe call and decodes.

The handlers are thin; `_Call` is the one boundary where any failure becomes a gRPC status
(gateway.errors.to_status), where `request-id` and `idempotency-key` go back to the caller
(on errors too), and where the one log line per call is written.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterable
from typing import Any

import grpc
from checkout_gateway.v1 import (
    checkout_session_requests_pb2,
    checkout_session_service_pb2_grpc,
    events_pb2,
)
from google.protobuf.message import Message

from gateway import export, pagination
from gateway.deadlines import upstream_budget
from gateway.decoding import decode
from gateway.encoding import NOT_PARAMETERS, encode
from gateway.errors import to_status
from gateway.events import EventsRuntime, stream_session_events, watch_session
from gateway.headers import IDEMPOTENCY_KEY, new_idempotency_key
from gateway.identity import current_caller
from gateway.logs import RPC_LOG, rpc_line
from gateway.routes import ROUTES, Route
from gateway.statuses import abort
from gateway.upstream import StripeClient, UpstreamResponse
from gateway.validation import checked_params, validate, validate_headers

req = checkout_session_requests_pb2
# Streams page themselves: the caller's cursor is only where the walk starts.
STREAM_SKIP = NOT_PARAMETERS | set(pagination.CURSORS)


class _Call:
    """One RPC: what it asked Stripe, what came back, and the boundary around it."""

    __slots__ = ("code", "context", "idempotency_key", "method", "request_id", "started")

    def __init__(self, method: str, context: grpc.aio.ServicerContext[Any, Any]) -> None:
        self.method = method
        self.context = context
        self.started = time.perf_counter()
        self.request_id: str | None = None
        self.idempotency_key: str | None = None
        self.code = grpc.StatusCode.OK

    def heard(self, request_id: str) -> None:
        self.request_id = request_id

    def response_metadata(self) -> tuple[tuple[str, str], ...]:
        pairs = []
        if self.request_id:
            pairs.append(("request-id", self.request_id))
        if self.idempotency_key:
            pairs.append(("idempotency-key", self.idempotency_key))
        return tuple(pairs)

    async def fail(self, exc: Exception) -> None:
        status = to_status(exc, request_id=self.request_id, idempotency_key=self.idempotency_key)
        self.code = status.code
        metadata = tuple(status.trailing_metadata or ()) + self.response_metadata()
        try:
            await abort(self.context, status._replace(trailing_metadata=metadata), self.method)
        except asyncio.CancelledError:
            self.code = grpc.StatusCode.CANCELLED  # not sent: the caller is gone
            raise

    def log_soon(self, cancelled: bool) -> None:
        """The call's line, its latency taken now and the line written at the event loop's
        next turn: after grpc has the answer to send, not before (a line is some 60k
        instructions and a write that the caller need not wait for)."""
        if RPC_LOG.isEnabledFor(logging.INFO):
            latency_ms = (time.perf_counter() - self.started) * 1000
            asyncio.get_running_loop().call_soon(self._log, cancelled, latency_ms)

    def _log(self, cancelled: bool, latency_ms: float) -> None:
        rpc_line(
            self.method,
            "CANCELLED" if cancelled else self.code.name,
            latency_ms,
            request_id=self.request_id,
            idempotency_key=self.idempotency_key,
            caller=current_caller(),
        )


class CheckoutSessionServicer(checkout_session_service_pb2_grpc.CheckoutSessionServiceServicer):
    def __init__(
        self,
        client: StripeClient,
        *,
        clock: Callable[[], float] = time.monotonic,
        events: EventsRuntime | None = None,
    ):
        self._client = client
        self._clock = clock
        self._events = events

    async def _stripe(
        self,
        call: _Call,
        method: str,
        path: str,
        params: list[tuple[str, str]],
    ) -> UpstreamResponse:
        metadata = validate_headers(call.context.invocation_metadata() or ())
        if method == "POST":
            # Chosen here, and only here, so the caller gets it back even on an error.
            if call.idempotency_key is None:
                call.idempotency_key = metadata.get(IDEMPOTENCY_KEY) or new_idempotency_key()
            metadata[IDEMPOTENCY_KEY] = call.idempotency_key
        else:
            metadata.pop(IDEMPOTENCY_KEY, None)  # a GET is idempotent by itself
        remaining = call.context.time_remaining()
        # A margin before the caller's: the gateway's own DEADLINE_EXCEEDED, with its
        # trailers, must reach the caller before gRPC's bare one does.
        deadline = None if remaining is None else self._clock() + upstream_budget(remaining)
        return await self._client.call(
            method, path, params, metadata=metadata, deadline=deadline, on_request_id=call.heard
        )

    async def _unary(
        self,
        name: str,
        context: grpc.aio.ServicerContext[Any, Any],
        body: Callable[[_Call], Awaitable[Message]],
    ) -> Message:
        call = _Call(name, context)
        cancelled = True
        try:
            result = await body(call)
            context.set_trailing_metadata(call.response_metadata())
            cancelled = False
            return result
        except Exception as exc:  # the one boundary: every failure becomes a status
            cancelled = False
            await call.fail(exc)
            raise  # abort_with_status raised already; this line is never reached
        finally:
            call.log_soon(cancelled)

    async def _stream(
        self,
        name: str,
        context: grpc.aio.ServicerContext[Any, Any],
        batches: Callable[[_Call], AsyncGenerator[Iterable[Any], None]],
        convert: Callable[[Any], Message],
    ) -> AsyncIterator[Message]:
        """A streaming RPC inside the call boundary: `batches(call)`'s items in order, a batch
        at a time (a walk's page: one async step a page, not one an item), each `convert`ed as
        it is sent. A failure, even mid-batch, ends the stream with its status after the
        messages already sent."""
        call = _Call(name, context)
        cancelled = True
        try:
            produced = batches(call)
            try:
                async for batch in produced:
                    for item in batch:
                        yield convert(item)
            finally:
                await produced.aclose()
            context.set_trailing_metadata(call.response_metadata())
            cancelled = False
        except Exception as exc:
            cancelled = False
            await call.fail(exc)
        finally:
            call.log_soon(cancelled)

    # --- RPCs ---------------------------------------------------------------------------

    async def _simple(
        self, name: str, request: Message, context: grpc.aio.ServicerContext[Any, Any]
    ) -> Message:
        """An RPC that is one Stripe call: validate, encode, call, decode (see ROUTES)."""
        route = ROUTES[name]

        async def body(call: _Call) -> Message:
            params = checked_params(request)  # validate(request), then encode(request)
            response = await self._stripe(call, route.method, route.path(request), params)
            message = response.decoded.get(route.response)
            if message is None:  # coalesced callers share one response: it is decoded once
                message = response.decoded[route.response] = decode(route.response, response.data)
            return message

        return await self._unary(name, context, body)

    async def CreateCheckoutSession(
        self, request: req.CreateCheckoutSessionRequest, context: grpc.aio.ServicerContext[Any, Any]
    ) -> Message:
        return await self._simple("CreateCheckoutSession", request, context)

    async def GetCheckoutSession(
        self, request: req.GetCheckoutSessionRequest, context: grpc.aio.ServicerContext[Any, Any]
    ) -> Message:
        return await self._simple("GetCheckoutSession", request, context)

    async def UpdateCheckoutSession(
        self, request: req.UpdateCheckoutSessionRequest, context: grpc.aio.ServicerContext[Any, Any]
    ) -> Message:
        return await self._simple("UpdateCheckoutSession", request, context)

    async def ExpireCheckoutSession(
        self, request: req.ExpireCheckoutSessionRequest, context: grpc.aio.ServicerContext[Any, Any]
    ) -> Message:
        return await self._simple("ExpireCheckoutSession", request, context)

    async def ListCheckoutSessions(
        self, request: req.ListCheckoutSessionsRequest, context: grpc.aio.ServicerContext[Any, Any]
    ) -> Message:
        return await self._simple("ListCheckoutSessions", request, context)

    async def ListCheckoutSessionLineItems(
        self,
        request: req.ListCheckoutSessionLineItemsRequest,
        context: grpc.aio.ServicerContext[Any, Any],
    ) -> Message:
        return await self._simple("ListCheckoutSessionLineItems", request, context)

    async def StreamCheckoutSessions(
        self,
        request: req.StreamCheckoutSessionsRequest,
        context: grpc.aio.ServicerContext[Any, Any],
    ) -> AsyncIterator[Message]:
        # An async generator function: that is how grpc.aio tells a streaming handler.
        async for item in self._walk("StreamCheckoutSessions", request, context):
            yield item

    async def StreamCheckoutSessionLineItems(
        self,
        request: req.StreamCheckoutSessionLineItemsRequest,
        context: grpc.aio.ServicerContext[Any, Any],
    ) -> AsyncIterator[Message]:
        async for item in self._walk("StreamCheckoutSessionLineItems", request, context):
            yield item

    async def WatchCheckoutSession(
        self,
        request: events_pb2.WatchCheckoutSessionRequest,
        context: grpc.aio.ServicerContext[Any, Any],
    ) -> AsyncIterator[Message]:
        async for item in self._events_stream(
            "WatchCheckoutSession", context, watch_session, request
        ):
            yield item

    async def StreamCheckoutSessionEvents(
        self,
        request: events_pb2.StreamCheckoutSessionEventsRequest,
        context: grpc.aio.ServicerContext[Any, Any],
    ) -> AsyncIterator[Message]:
        async for item in self._events_stream(
            "StreamCheckoutSessionEvents", context, stream_session_events, request
        ):
            yield item

    async def _events_stream(
        self,
        name: str,
        context: grpc.aio.ServicerContext[Any, Any],
        produce: Callable[[EventsRuntime, Any, Any], AsyncIterator[Message]],
        request: Message,
    ) -> AsyncIterator[Message]:
        """An RPC the events runtime answers (gateway.events.rpcs), inside the call boundary."""
        events = self._events
        assert events is not None, "the server gives the servicer its EventsRuntime"
        metadata = context.invocation_metadata() or ()
        async for item in self._stream(
            name, context, lambda call: _singly(produce(events, request, metadata)), _as_is
        ):
            yield item

    def _walk(
        self, name: str, request: Any, context: grpc.aio.ServicerContext[Any, Any]
    ) -> AsyncIterator[Message]:
        """A Stream* RPC: its list walked a page at a time and each item decoded as it is sent."""
        route = ROUTES[name]
        return self._stream(
            name,
            context,
            lambda call: self._pages(call, request, route),
            functools.partial(decode, route.response),
        )

    def _pages(
        self, call: _Call, request: Any, route: Route
    ) -> AsyncGenerator[list[dict[str, Any]], None]:
        """The list's items, a page at a time (the request checked first: raises)."""
        validate(request)
        path = route.path(request)  # the id validated first
        parallelism = export.check(request)
        # A parallel walk sets `created` itself, per slice (gateway.export).
        params = encode(request, skip=STREAM_SKIP | {"created"} if parallelism > 1 else STREAM_SKIP)

        async def fetch(cursor: list[tuple[str, str]]) -> pagination.Page:
            response = await self._stripe(call, route.method, path, params + cursor)
            data = response.data.get("data")
            items = data if isinstance(data, list) else []
            return pagination.Page(items, bool(response.data.get("has_more")))

        if parallelism > 1:
            lo, hi = export.bounds(request.created)
            return export.walk_pages(
                fetch, lo=lo, hi=hi, parallelism=parallelism, max_items=request.max_items
            )
        return pagination.walk_pages(
            fetch,
            starting_after=request.starting_after if request.HasField("starting_after") else None,
            ending_before=request.ending_before if request.HasField("ending_before") else None,
            max_items=request.max_items,
        )


async def _singly(messages: AsyncIterator[Message]) -> AsyncGenerator[Iterable[Message], None]:
    """Each message a batch of its own (`_stream` takes batches)."""
    async for message in messages:
        yield (message,)


def _as_is(message: Message) -> Message:
    return message
