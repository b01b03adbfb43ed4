"""Request bytes -> request messages, reporting bytes that do not decode instead of raising.

grpc-python answers a request its deserializer raises on with UNKNOWN ("Unexpected <class
DecodeError>") and logs a traceback per request, so anyone who can reach the port could fill
the log. A deserializer from `lenient()` hands the handler an `Undecodable` instead, which
validation refuses like any other bad request: INVALID_ARGUMENT, no traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from google.protobuf.message import DecodeError, Message

__all__ = ["Undecodable", "lenient"]


@dataclass(frozen=True)
class Undecodable:
    """Request bytes that are not a valid `message_type`."""

    message_type: type[Message]

    @property
    def name(self) -> str:
        return str(self.message_type.DESCRIPTOR.full_name)


def lenient(message_type: type[Message]) -> Callable[[bytes], Message | Undecodable]:
    """A request deserializer for `message_type` that never raises on bad bytes."""

    def deserialize(data: bytes) -> Message | Undecodable:
        try:
            return message_type.FromString(data)
        except DecodeError:
            return Undecodable(message_type)

    return deserialize
