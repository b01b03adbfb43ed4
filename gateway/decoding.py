"""Stripe JSON -> proto messages, with nothing lost. Pure functions.

Each message type's plan (gateway.descriptors) says, for each JSON key, how to convert the
value. Decoding rewrites the JSON dict into constructor arguments and builds the
message in one call (the upb constructor takes nested dicts). What the contract cannot
hold goes to the message's `unmodeled_fields` Struct: unknown keys, enum values newer than
the contract, nulls on fields without presence, and values of an unexpected JSON type.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from google.protobuf import struct_pb2
from google.protobuf.descriptor import Descriptor
from google.protobuf.message import Message

from gateway.descriptors import CATCH_ALL, Field, plan

M = TypeVar("M", bound=Message)


def _is(value: object, types: tuple[type, ...]) -> bool:
    # bool is an int in Python; Stripe's JSON never means one for the other.
    if isinstance(value, bool):
        return bool in types
    return isinstance(value, types)


def _convert(descriptor: Descriptor, data: Mapping[str, Any]) -> dict[str, Any]:
    """JSON object -> constructor arguments for `descriptor`'s message."""
    message_plan = plan(descriptor)
    fields, null_is_unset = message_plan.by_json_key, message_plan.null_is_unset
    out: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in data.items():
        if value is None:
            # Kept unless the field has presence: proto3 cannot tell null from empty otherwise,
            # and an unknown key is kept whatever its value.
            if key not in null_is_unset:
                extra[key] = None
            continue
        f = fields.get(key)
        if f is None:
            extra[key] = value
        elif f.kind == "scalar" and not f.repeated:  # the commonest, first
            if type(value) in f.types or _is(value, f.types):
                out[key] = value
            else:
                extra[key] = value
        elif f.repeated:
            if not isinstance(value, list):
                extra[key] = value
            elif f.kind == "message":
                assert f.message is not None
                items = [_message_value(f, v) for v in value]
                if any(i is None for i in items):
                    extra[key] = value
                else:
                    out[key] = items
            elif f.kind == "enum":
                assert f.enum is not None
                numbers = [f.enum.to_number.get(v, 0) if isinstance(v, str) else 0 for v in value]
                out[key] = numbers
                if 0 in numbers:
                    extra[key] = value
            elif all(_is(v, f.types) for v in value):
                out[key] = value
            else:
                extra[key] = value
        elif f.kind == "enum":
            assert f.enum is not None
            number = f.enum.to_number.get(value) if isinstance(value, str) else None
            if number is None:
                out[key] = 0
                extra[key] = value
            else:
                out[key] = number
        elif f.kind == "message":
            assert f.message is not None
            converted = _message_value(f, value)
            if converted is None:
                extra[key] = value
            else:
                out[key] = converted
        elif f.kind == "map_scalar":
            if isinstance(value, dict) and all(_is(v, f.types) for v in value.values()):
                out[key] = value
            else:
                extra[key] = value
        else:  # map_message
            assert f.message is not None
            if isinstance(value, dict):
                converted_map = {k: _message_value(f, v) for k, v in value.items()}
                if any(v is None for v in converted_map.values()):
                    extra[key] = value
                else:
                    out[key] = converted_map
            else:
                extra[key] = value
    if extra:
        if not message_plan.has_catch_all:
            raise ValueError(f"{descriptor.full_name} cannot keep {sorted(extra)}")
        struct = struct_pb2.Struct()
        struct.update(extra)
        out[CATCH_ALL] = struct
    return out


def _message_value(f: Field, value: object) -> dict[str, Any] | None:
    assert f.message is not None
    if isinstance(value, dict):
        return _convert(f.message, value)
    if isinstance(value, str) and f.expandable:
        return {"id": value}  # not expanded: Stripe sent the id
    return None


def decode(message_type: type[M], data: Mapping[str, Any]) -> M:
    """Build `message_type` from Stripe's JSON object `data`."""
    descriptor: Any = message_type.DESCRIPTOR
    return message_type(**_convert(descriptor, data))
