"""Stripe JSON -> proto messages, and back, with nothing lost. Pure functions.

Each message type gets a plan, built once from its descriptor: JSON key -> how to convert
the value. Decoding rewrites the JSON dict into constructor arguments and builds the
message in one call (the upb constructor takes nested dicts). What the contract cannot
hold goes to the message's `unmodeled_fields` Struct: unknown keys, enum values newer than
the contract, nulls on fields without presence, and values of an unexpected JSON type.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from google.protobuf import struct_pb2
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

from gateway.descriptors import EnumTable, enum_table, is_expandable

CATCH_ALL = "unmodeled_fields"

M = TypeVar("M", bound=Message)

_SCALAR_TYPES: dict[int, tuple[type, ...]] = {
    FieldDescriptor.TYPE_STRING: (str,),
    FieldDescriptor.TYPE_INT64: (int,),
    FieldDescriptor.TYPE_BOOL: (bool,),
    FieldDescriptor.TYPE_DOUBLE: (int, float),
}


@dataclass(frozen=True)
class _Field:
    field: FieldDescriptor
    repeated: bool
    presence: bool
    kind: str  # "scalar" | "enum" | "message" | "map_scalar" | "map_message"
    types: tuple[type, ...] = ()
    enum: EnumTable | None = None
    message: Descriptor | None = None
    expandable: bool = False  # Stripe sends the id unless expanded


_PLANS: dict[str, dict[str, _Field]] = {}


def _plan(descriptor: Descriptor) -> dict[str, _Field]:
    plan = _PLANS.get(descriptor.full_name)
    if plan is not None:
        return plan
    plan = {}
    for f in descriptor.fields:
        if f.name == CATCH_ALL:
            continue
        repeated = f.is_repeated
        if f.message_type is not None and f.message_type.GetOptions().map_entry:
            value = f.message_type.fields_by_name["value"]
            if value.message_type is not None:
                plan[f.name] = _Field(f, False, False, "map_message", message=value.message_type)
            else:
                types = _SCALAR_TYPES[value.type]
                plan[f.name] = _Field(f, False, False, "map_scalar", types=types)
        elif f.message_type is not None:
            expandable = is_expandable(f)
            plan[f.name] = _Field(
                f, repeated, not repeated, "message", message=f.message_type, expandable=expandable
            )
        elif f.enum_type is not None:
            table = enum_table(f.enum_type)
            plan[f.name] = _Field(f, repeated, f.has_presence, "enum", enum=table)
        else:
            types = _SCALAR_TYPES[f.type]
            plan[f.name] = _Field(f, repeated, f.has_presence, "scalar", types=types)
    _PLANS[descriptor.full_name] = plan
    return plan


def _is(value: object, types: tuple[type, ...]) -> bool:
    # bool is an int in Python; Stripe's JSON never means one for the other.
    if isinstance(value, bool):
        return bool in types
    return isinstance(value, types)


def _convert(descriptor: Descriptor, data: Mapping[str, Any]) -> dict[str, Any]:
    """JSON object -> constructor arguments for `descriptor`'s message."""
    plan = _plan(descriptor)
    out: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in data.items():
        f = plan.get(key)
        if f is None:
            extra[key] = value
        elif value is None:
            if not f.presence:
                extra[key] = None  # proto3 cannot tell null from empty here; keep the null
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
        elif f.kind == "scalar":
            if _is(value, f.types):
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
        if CATCH_ALL not in descriptor.fields_by_name:
            raise ValueError(f"{descriptor.full_name} cannot keep {sorted(extra)}")
        struct = struct_pb2.Struct()
        struct.update(extra)
        out[CATCH_ALL] = struct
    return out


def _message_value(f: _Field, value: object) -> dict[str, Any] | None:
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


def decode_list(item_type: type[M], data: Mapping[str, Any]) -> tuple[list[M], bool]:
    """The items of a Stripe list object, and its `has_more`."""
    items = [decode(item_type, item) for item in data.get("data") or ()]
    return items, bool(data.get("has_more"))


# --- proto -> Stripe JSON -------------------------------------------------------------------


def to_json(message: Message) -> dict[str, Any]:
    """The Stripe JSON object a message stands for (nulls that only `optional` kept: omitted)."""
    descriptor: Any = message.DESCRIPTOR
    plan = _plan(descriptor)
    out: dict[str, Any] = {}
    for name, f in plan.items():
        value = getattr(message, name)
        if f.kind == "message" and not f.repeated:
            if message.HasField(name):
                out[name] = _object_or_id(value) if f.expandable else to_json(value)
        elif f.presence and not message.HasField(name):
            continue
        elif f.kind == "message":
            out[name] = [_object_or_id(v) if f.expandable else to_json(v) for v in value]
        elif f.kind == "enum":
            assert f.enum is not None
            wire = f.enum.to_wire
            out[name] = [wire.get(v) for v in value] if f.repeated else wire.get(value)
        elif f.kind == "map_message":
            out[name] = {k: to_json(v) for k, v in value.items()}
        elif f.kind == "map_scalar" or f.repeated:
            out[name] = dict(value) if f.kind == "map_scalar" else list(value)
        else:
            out[name] = value
    if CATCH_ALL in descriptor.fields_by_name and message.HasField(CATCH_ALL):
        out.update(_struct_to_python(getattr(message, CATCH_ALL)))
    return out


def _object_or_id(message: Message) -> Any:
    fields = message.ListFields()
    if len(fields) == 1 and fields[0][0].name == "id":
        return fields[0][1]  # not expanded: Stripe sent just the id
    return to_json(message)


def _struct_to_python(struct: struct_pb2.Struct) -> dict[str, Any]:
    def value(v: struct_pb2.Value) -> Any:
        kind = v.WhichOneof("kind")
        if kind == "struct_value":
            return _struct_to_python(v.struct_value)
        if kind == "list_value":
            return [value(x) for x in v.list_value.values]
        if kind == "number_value":
            n = v.number_value
            return int(n) if n.is_integer() else n
        if kind == "null_value" or kind is None:
            return None
        result: Any = getattr(v, kind)
        return result

    return {k: value(v) for k, v in struct.fields.items()}
