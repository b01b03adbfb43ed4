"""A grpc.aio server interceptor that observes each RPC whole: started, messages, final code.

It wraps the handler that the interceptors after it (and the servicer) produce, rather than
replacing it, so it sees what they did: a refusal by an inner interceptor's handler is a
final code like any other, and a ContextVar an inner interceptor set (the caller identity)
is readable when the RPC ends, since grpc.aio serves each RPC in one asyncio task. Metrics
and traces each subclass it with their own `Observation`.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import grpc

__all__ = ["Observation", "ObservingInterceptor", "Rpc", "final_code"]

# (request streaming, response streaming) -> go-grpc-prometheus's grpc_type.
RPC_TYPES: dict[tuple[bool, bool], str] = {
    (False, False): "unary",
    (True, False): "client_stream",
    (False, True): "server_stream",
    (True, True): "bidi_stream",
}

# grpc_type -> the handler's attribute holding its behaviour.
BEHAVIORS: dict[str, str] = {
    "unary": "unary_unary",
    "client_stream": "stream_unary",
    "server_stream": "unary_stream",
    "bidi_stream": "stream_stream",
}
# grpc_type -> (the ObservingInterceptor method that wraps the behaviour, grpc's constructor
# for a handler of that type).
WRAPPERS: dict[str, tuple[str, Callable[..., grpc.RpcMethodHandler]]] = {
    "unary": ("_unary_unary", grpc.unary_unary_rpc_method_handler),
    "client_stream": ("_stream_unary", grpc.stream_unary_rpc_method_handler),
    "server_stream": ("_unary_stream", grpc.unary_stream_rpc_method_handler),
    "bidi_stream": ("_stream_stream", grpc.stream_stream_rpc_method_handler),
}


@dataclass(frozen=True)
class Rpc:
    service: str
    method: str
    type: str
    metadata: tuple[tuple[str, str | bytes], ...]

    @property
    def full_method(self) -> str:
        return f"{self.service}/{self.method}"


class Observation:
    """One RPC as an interceptor sees it; `finish` is called once, with the final code."""

    def received(self) -> None:
        """One request message arrived."""

    def sent(self) -> None:
        """One response message went out."""

    def finish(self, code: grpc.StatusCode) -> None:
        """The RPC ended with `code`."""


def final_code(
    context: grpc.aio.ServicerContext[Any, Any], exc: BaseException | None
) -> grpc.StatusCode:
    """The status the caller gets: the one set on the context (abort sets it), else OK after a
    return, CANCELLED after cancellation and UNKNOWN after any other exception (grpc's rule)."""
    code = context.code()
    if isinstance(code, grpc.StatusCode):
        return code
    if exc is None:
        return grpc.StatusCode.OK
    if not isinstance(exc, Exception):  # asyncio.CancelledError: the caller went away
        return grpc.StatusCode.CANCELLED
    return grpc.StatusCode.UNKNOWN


class ObservingInterceptor(grpc.aio.ServerInterceptor):  # type: ignore[misc]
    """Calls `observe(rpc, context)` as each RPC starts; the Observation sees the rest."""

    def observe(self, rpc: Rpc, context: grpc.aio.ServicerContext[Any, Any]) -> Observation:
        raise NotImplementedError

    def observes(self, rpc: Rpc) -> bool:
        """Whether to observe `rpc` at all (every RPC, unless a subclass says otherwise)."""
        return True

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        handler = await continuation(details)
        if handler is None:  # no such method: grpc answers UNIMPLEMENTED itself
            return None
        service, _, method = details.method.lstrip("/").rpartition("/")
        kind = RPC_TYPES[(handler.request_streaming, handler.response_streaming)]
        rpc = Rpc(service, method, kind, tuple(details.invocation_metadata or ()))
        if not self.observes(rpc):
            return handler
        wrapper, make = WRAPPERS[kind]
        behavior = getattr(handler, BEHAVIORS[kind])
        return make(
            getattr(self, wrapper)(rpc, behavior),
            request_deserializer=handler.request_deserializer,
            response_serializer=handler.response_serializer,
        )

    def _unary_unary(self, rpc: Rpc, behavior: Any) -> Any:
        async def observed(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
            seen = self.observe(rpc, context)
            seen.received()
            error: BaseException | None = None
            try:
                response = await behavior(request, context)
                seen.sent()
                return response
            except BaseException as exc:
                error = exc
                raise
            finally:
                seen.finish(final_code(context, error))

        return observed

    def _stream_unary(self, rpc: Rpc, behavior: Any) -> Any:
        async def observed(requests: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
            seen = self.observe(rpc, context)
            error: BaseException | None = None
            try:
                response = await behavior(_counted(requests, seen), context)
                seen.sent()
                return response
            except BaseException as exc:
                error = exc
                raise
            finally:
                seen.finish(final_code(context, error))

        return observed

    def _unary_stream(self, rpc: Rpc, behavior: Any) -> Any:
        async def observed(
            request: Any, context: grpc.aio.ServicerContext[Any, Any]
        ) -> AsyncIterator[Any]:
            seen = self.observe(rpc, context)
            seen.received()
            error: BaseException | None = None
            try:
                async for response in _responses(behavior(request, _Writes(context, seen))):
                    seen.sent()
                    yield response
            except BaseException as exc:
                error = exc
                raise
            finally:
                seen.finish(final_code(context, error))

        return observed

    def _stream_stream(self, rpc: Rpc, behavior: Any) -> Any:
        async def observed(
            requests: Any, context: grpc.aio.ServicerContext[Any, Any]
        ) -> AsyncIterator[Any]:
            seen = self.observe(rpc, context)
            error: BaseException | None = None
            try:
                inner = behavior(_counted(requests, seen), _Writes(context, seen))
                async for response in _responses(inner):
                    seen.sent()
                    yield response
            except BaseException as exc:
                error = exc
                raise
            finally:
                seen.finish(final_code(context, error))

        return observed


async def _counted(requests: AsyncIterator[Any], seen: Observation) -> AsyncIterator[Any]:
    async for request in requests:
        seen.received()
        yield request


class _Writes:
    """The context a streaming handler gets: the real one, counting `write`s as messages sent
    (grpc's health Watch writes; the gateway's streams yield, counted in `_responses`' loop)."""

    __slots__ = ("_context", "_seen")

    def __init__(self, context: grpc.aio.ServicerContext[Any, Any], seen: Observation) -> None:
        self._context, self._seen = context, seen

    async def write(self, message: Any) -> None:
        await self._context.write(message)
        self._seen.sent()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._context, name)


async def _responses(result: Any) -> AsyncIterator[Any]:
    """A streaming handler's responses: an async generator's items; a handler that writes with
    `context.write` instead returns a coroutine, awaited here."""
    if inspect.isasyncgen(result):
        async for response in result:
            yield response
    else:
        await result
