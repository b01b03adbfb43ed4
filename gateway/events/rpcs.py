"""The bodies of WatchCheckoutSession and StreamCheckoutSessionEvents, for the servicer."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from typing import Any

from checkout_gateway.v1 import checkout_session_requests_pb2, events_pb2
from google.protobuf.message import Message

from gateway.events.runtime import EventsRuntime
from gateway.events.stream import stream_events
from gateway.events.watch import WatchKey
from gateway.validation import validate, validate_headers

__all__ = ["stream_session_events", "watch_session"]


async def watch_session(
    runtime: EventsRuntime,
    request: events_pb2.WatchCheckoutSessionRequest,
    metadata: Iterable[tuple[str, Any]],
) -> AsyncIterator[Message]:
    # The same checks as GetCheckoutSession, whose fields these are.
    validate(
        checkout_session_requests_pb2.GetCheckoutSessionRequest(
            id=request.id, expand=request.expand
        )
    )
    headers = validate_headers(metadata)
    headers.pop("idempotency-key", None)  # a watch only reads
    key = WatchKey(request.id, tuple(request.expand), tuple(sorted(headers.items())))
    async for session in runtime.watches.watch(key):
        yield session


async def stream_session_events(
    runtime: EventsRuntime,
    request: events_pb2.StreamCheckoutSessionEventsRequest,
    metadata: Iterable[tuple[str, Any]],
) -> AsyncIterator[Message]:
    headers = validate_headers(metadata)
    headers.pop("idempotency-key", None)  # a stream only reads
    async for event in stream_events(
        runtime.feed(headers),
        runtime.pipeline.bus,
        request,
        policy=runtime.poll_policy,
        events=runtime.pace,
    ):
        yield event
