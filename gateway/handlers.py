"""The service's method handlers, built from its descriptor with lenient request decoding.

What protoc's `add_..._to_server` registers, except for the request deserializer: theirs
raises inside grpc on bad bytes; ours (gateway.wire.lenient) lets the handler refuse them.

Every handler, health's and reflection's too, is added as a generic handler only, never as a
"registered method": grpc.aio's server keeps one task per registered method waiting for its
next call and, as each call arrives, waits on all of them again (asyncio.wait over 15 tasks
with the service's ten methods, health's three and reflection's: 68k instructions a Get),
where generic handlers share one such task.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import grpc
from checkout_gateway.v1 import checkout_session_service_pb2
from google.protobuf import message_factory
from grpc_health.v1 import health_pb2_grpc
from grpc_reflection.v1alpha import reflection, reflection_pb2_grpc

from gateway.wire import lenient

__all__ = ["SERVICE", "add_health_and_reflection", "add_to_server"]

SERVICE = checkout_session_service_pb2.DESCRIPTOR.services_by_name["CheckoutSessionService"]


Guard = Callable[[str, grpc.RpcMethodHandler], grpc.RpcMethodHandler]


def add_to_server(servicer: Any, server: grpc.aio.Server, guard: Guard | None = None) -> None:
    """Serve every RPC of the service with `servicer`'s method of the same name, each handler
    as `guard(full method name, handler)` returns it."""
    handlers: dict[str, grpc.RpcMethodHandler] = {}
    for method in SERVICE.methods:
        request = message_factory.GetMessageClass(method.input_type)
        response = message_factory.GetMessageClass(method.output_type)
        make = (
            grpc.unary_stream_rpc_method_handler
            if method.server_streaming
            else grpc.unary_unary_rpc_method_handler
        )
        handler = make(
            getattr(servicer, method.name),
            request_deserializer=lenient(request),
            response_serializer=response.SerializeToString,
        )
        full_name = f"/{SERVICE.full_name}/{method.name}"
        handlers[method.name] = guard(full_name, handler) if guard is not None else handler
    server.add_generic_rpc_handlers(
        (grpc.method_handlers_generic_handler(SERVICE.full_name, handlers),)
    )


class _GenericOnly:
    """A server as grpc's generated `add_*_to_server` functions use it, which add every handler
    both ways: here only as a generic one (the module's docstring says why)."""

    def __init__(self, server: grpc.aio.Server) -> None:
        self._server = server

    def add_generic_rpc_handlers(self, handlers: Any) -> None:
        self._server.add_generic_rpc_handlers(handlers)

    def add_registered_method_handlers(self, service: str, handlers: Any) -> None:
        """Nothing: the generic handler added with them serves these methods."""


def add_health_and_reflection(
    server: grpc.aio.Server, health: Any, service_names: Sequence[str]
) -> None:
    """Serve `health` (a grpc_health HealthServicer) and reflection of `service_names`."""
    generic = _GenericOnly(server)
    health_pb2_grpc.add_HealthServicer_to_server(health, generic)
    # enable_server_reflection's own test for an aio server would not know the wrapper.
    servicer = reflection.aio.ReflectionServicer(service_names)
    reflection_pb2_grpc.add_ServerReflectionServicer_to_server(servicer, generic)
