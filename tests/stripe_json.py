"""Proto messages -> Stripe JSON: the inverse of gateway.decoding, which only tests need.

The contract tests decode Stripe's objects and turn them back into JSON to show that nothing
was lost on the way.
"""

from __future__ import annotations

from typing import Any

from google.protobuf import struct_pb2
from google.protobuf.message import Message

from gateway.descriptors import CATCH_ALL, plan


def to_json(message: Message) -> dict[str, Any]:
    """The Stripe JSON object a message stands for (nulls that only `optional` kept: omitted)."""
    descriptor: Any = message.DESCRIPTOR
    message_plan = plan(descriptor)
    out: dict[str, Any] = {}
    for name, f in message_plan.by_json_key.items():
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
    if message_plan.has_catch_all and message.HasField(CATCH_ALL):
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
