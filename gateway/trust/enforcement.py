"""The trust boundary on every RPC: identity, policy and audit, before the servicer runs.

A grpc.aio server interceptor that wraps each method handler's behaviour, so the check
runs in the RPC's own task with the real context (auth context, peer, metadata): it sets
`gateway.identity.CALLER`, refuses with UNAUTHENTICATED or PERMISSION_DENIED (ErrorInfo
reason, caller named) before the servicer is called, so a refused call never reaches
Stripe, and writes the audit record of each refusal and of each write RPC. Health is
exempt: probes carry no identity.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import grpc
from google.protobuf import any_pb2
from google.protobuf.message import Message
from google.rpc import error_details_pb2, status_pb2
from grpc_status import rpc_status

from gateway.errors import GATEWAY_DOMAIN
from gateway.identity import CALLER
from gateway.logs import rpc_line
from gateway.trust import audit
from gateway.trust.auth import Authenticator, Unauthenticated
from gateway.trust.policy import Policy, rpc_names

__all__ = ["EXEMPT_PREFIX", "TrustInterceptor", "audited"]

EXEMPT_PREFIX = "/grpc.health.v1.Health/"
UNAUTHENTICATED_REASON = "UNAUTHENTICATED"


def refusal_status(
    code: grpc.StatusCode, reason: str, message: str, caller: str | None
) -> grpc.Status:
    info = error_details_pb2.ErrorInfo(
        reason=reason, domain=GATEWAY_DOMAIN, metadata={"caller": caller} if caller else {}
    )
    packed = any_pb2.Any()
    packed.Pack(info)
    proto = status_pb2.Status(code=code.value[0], message=message, details=[packed])
    status: grpc.Status = rpc_status.to_status(proto)
    return status


def _first(metadata: Any, key: str) -> str | None:
    """The last str value of `key` (a plain loop: no list made, as most calls have none)."""
    found = None
    for k, v in metadata or ():
        if k == key and isinstance(v, str):
            found = v
    return found


class TrustInterceptor(grpc.aio.ServerInterceptor):  # type: ignore[misc]
    """`authenticator` None: no identity is required; `policy` None: every caller may do
    anything (today's loopback default). Write RPCs are audited either way."""

    def __init__(
        self,
        authenticator: Authenticator | None,
        policy: Callable[[], Policy | None] = lambda: None,
    ) -> None:
        self._authenticator = authenticator
        self._policy = policy

    async def intercept_service(
        self,
        continuation: Callable[[Any], Awaitable[Any]],
        handler_call_details: Any,
    ) -> Any:
        return self.guard(handler_call_details.method, await continuation(handler_call_details))

    def guard(self, method: str, handler: Any) -> Any:
        """`method`'s handler behind the boundary: itself when there is nothing to check or
        record. The interceptor guards each call's; with nothing to enforce, the server
        installs no interceptor and registers its handlers `audited` instead."""
        if handler is None or method.startswith(EXEMPT_PREFIX):
            return handler
        rpc = method.rpartition("/")[2]
        enforcing = self._authenticator is not None or self._policy() is not None
        if not enforcing and rpc not in audit.WRITE_RPCS:
            return handler  # nothing to check or record: no wrapper on the hot path
        names = rpc_names(method)
        return _wrap(
            handler, rpc, lambda request, context: self._admit(rpc, names, request, context)
        )

    async def _admit(self, rpc: str, names: tuple[str, ...], request: Any, context: Any) -> None:
        """Set the caller, or abort the RPC (with its audit record) before the servicer."""
        started = time.perf_counter()
        metadata = context.invocation_metadata()
        caller = None
        policy = self._policy()
        try:
            if self._authenticator is not None:
                caller = self._authenticator.identify(context)
            elif policy is not None:
                raise Unauthenticated("no caller identity: no identity source is configured")
        except Unauthenticated as exc:
            await self._refuse(
                context, rpc, request, None, grpc.StatusCode.UNAUTHENTICATED,
                UNAUTHENTICATED_REASON, str(exc), started,
            )  # fmt: skip
        CALLER.set(caller)
        if policy is not None and caller is not None:
            refusal = policy.check(caller, names, metadata)
            if refusal is not None:
                await self._refuse(
                    context, rpc, request, caller, grpc.StatusCode.PERMISSION_DENIED,
                    refusal.reason, refusal.message, started,
                )  # fmt: skip

    async def _refuse(
        self,
        context: Any,
        rpc: str,
        request: Any,
        caller: str | None,
        code: grpc.StatusCode,
        reason: str,
        message: str,
        started: float,
    ) -> None:
        metadata = context.invocation_metadata()
        idempotency_key = _first(metadata, "idempotency-key")
        # The call's line too, as for every RPC: operators read one log for every outcome.
        rpc_line(
            rpc,
            code.name,
            (time.perf_counter() - started) * 1000,
            idempotency_key=idempotency_key,
            caller=caller,
            reason=reason,
        )
        audit.record(
            caller=caller,
            rpc=rpc,
            code=code.name,
            session=getattr(request, "id", None) or None,
            stripe_account=_first(metadata, "stripe-account"),
            idempotency_key=idempotency_key,
            reason=reason,
        )
        await context.abort_with_status(refusal_status(code, reason, message, caller))


def audited(method: str, handler: Any) -> Any:
    """`method`'s handler with its audit record alone (a write RPC's), for a server with
    nothing to enforce until it restarts: no caller to identify, no policy to consult, so
    nothing to admit (the boundary's `_admit` would only set the caller to None, its default)."""
    rpc = method.rpartition("/")[2]
    if handler is None or rpc not in audit.WRITE_RPCS or handler.unary_unary is None:
        return handler
    return _unary(handler, rpc, None)


def _audit_write(
    rpc: str, request: Any, response: Any, context: Any, failure: BaseException | None
) -> None:
    """The record of a write RPC the servicer ran, from its request, response and trailers."""
    trailers = context.trailing_metadata() or ()
    code = _code(context.code())
    if code is None:
        cancelled = isinstance(failure, asyncio.CancelledError)
        code = "OK" if failure is None else "CANCELLED" if cancelled else "INTERNAL"
    session = _id_of(request) or _id_of(response) or None
    audit.record(
        caller=CALLER.get(),
        rpc=rpc,
        code=code,
        session=session,
        stripe_account=_first(context.invocation_metadata(), "stripe-account"),
        idempotency_key=_first(trailers, "idempotency-key"),
        request_id=_first(trailers, "request-id"),
    )


# Whether each message type has an `id` field: getattr with a default on one that has none
# raises and catches an AttributeError inside, 8k instructions (a Create's request, each call).
_HAS_ID: dict[type, bool] = {}


def _id_of(message: Any) -> Any:
    """`getattr(message, "id", "")`, the answer for a message type worked out once."""
    if not isinstance(message, Message):
        return getattr(message, "id", "")
    kind = type(message)
    has_id = _HAS_ID.get(kind)
    if has_id is None:
        has_id = _HAS_ID[kind] = "id" in message.DESCRIPTOR.fields_by_name
    return message.id if has_id else ""  # type: ignore[attr-defined]


def _code(code: Any) -> str | None:
    """The name of the status the servicer set (a StatusCode, or its number), if any."""
    if code is None:
        return None
    if isinstance(code, grpc.StatusCode):
        return str(code.name)
    return next((c.name for c in grpc.StatusCode if c.value[0] == code), str(code))


Admit = Callable[[Any, Any], Awaitable[None]]


def _wrap(handler: Any, rpc: str, admit: Admit) -> Any:
    """The same handler, its behaviour preceded by `admit` (and write RPCs audited)."""
    if handler.unary_unary is not None:
        return _unary(handler, rpc, admit)
    if handler.unary_stream is not None:
        return grpc.unary_stream_rpc_method_handler(
            _streaming(handler.unary_stream, admit),
            handler.request_deserializer,
            handler.response_serializer,
        )
    if handler.stream_unary is not None:
        behaviour = handler.stream_unary

        async def stream_unary(requests: Any, context: Any) -> Any:
            await admit(None, context)
            return await behaviour(requests, context)

        return grpc.stream_unary_rpc_method_handler(
            stream_unary, handler.request_deserializer, handler.response_serializer
        )
    return grpc.stream_stream_rpc_method_handler(
        _streaming(handler.stream_stream, admit, streaming_request=True),
        handler.request_deserializer,
        handler.response_serializer,
    )


def _unary(handler: Any, rpc: str, admit: Admit | None) -> Any:
    """A unary handler's behaviour preceded by `admit` (when given), and audited if a write."""
    behaviour = handler.unary_unary

    async def unary_unary(request: Any, context: Any) -> Any:
        if admit is not None:
            await admit(request, context)
        if rpc not in audit.WRITE_RPCS:
            return await behaviour(request, context)
        try:
            response = await behaviour(request, context)
        except BaseException as exc:  # recorded, then raised as it was
            _audit_write(rpc, request, None, context, exc)
            raise
        _audit_write(rpc, request, response, context, None)
        return response

    return grpc.unary_unary_rpc_method_handler(
        unary_unary, handler.request_deserializer, handler.response_serializer
    )


def _streaming(
    behaviour: Any, admit: Admit, *, streaming_request: bool = False
) -> Callable[[Any, Any], AsyncIterator[Any]]:
    async def wrapped(request: Any, context: Any) -> AsyncIterator[Any]:
        await admit(None if streaming_request else request, context)
        if inspect.isasyncgenfunction(behaviour):
            async for item in behaviour(request, context):
                yield item
        else:  # a coroutine that writes with context.write()
            await behaviour(request, context)

    return wrapped
