"""The service's method handlers, built from its descriptor with lenient request decoding.

What protoc's `add_..._to_server` registers, except for the request deserializer: theirs
raises inside grpc on bad bytes; ours (gateway.wire.lenient) lets the handler refuse them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import grpc
from checkout_gateway.v1 import checkout_session_service_pb2
from google.protobuf import message_factory

from gateway.wire import lenient

__all__ = ["SERVICE", "add_to_server"]

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
    server.add_registered_method_handlers(SERVICE.full_name, handlers)
