"""Request messages -> Stripe parameters in Stripe's bracket syntax. Pure functions.

`a[b][c]=` for nested objects, `a[0][b]=` for arrays (scalars too: `expand[0]=`),
`true`/`false`, and `""` where the caller asked to unset (`clear_<name>`). A parameter is
sent only when set: fields with presence when present, lists and maps when not empty.
The result is a list of pairs, for a query string (GET) or a form body (POST).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from google.protobuf.descriptor import Descriptor
from google.protobuf.message import Message

from gateway.descriptors import EnumTable, enum_table

Params = list[tuple[str, str]]

# Request fields that shape the gateway's call rather than Stripe's parameters.
NOT_PARAMETERS = frozenset({"id", "max_items"})
CLEAR_PREFIX = "clear_"


@dataclass(frozen=True)
class _Field:
    name: str
    kind: str  # "scalar" | "enum" | "message" | "map_scalar" | "map_message" | "clear"
    repeated: bool
    presence: bool
    enum: EnumTable | None = None


_PLANS: dict[str, list[_Field]] = {}


def _plan(descriptor: Descriptor) -> list[_Field]:
    plan = _PLANS.get(descriptor.full_name)
    if plan is not None:
        return plan
    plan = []
    names = set(descriptor.fields_by_name)
    for f in descriptor.fields:
        target = f.name.removeprefix(CLEAR_PREFIX)
        if f.name.startswith(CLEAR_PREFIX) and target in names and f.type == f.TYPE_BOOL:
            plan.append(_Field(target, "clear", False, False))
        elif f.message_type is not None and f.message_type.GetOptions().map_entry:
            value = f.message_type.fields_by_name["value"]
            kind = "map_message" if value.message_type is not None else "map_scalar"
            enum = enum_table(value.enum_type) if value.enum_type is not None else None
            plan.append(_Field(f.name, kind, False, False, enum))
        elif f.message_type is not None:
            plan.append(_Field(f.name, "message", f.is_repeated, not f.is_repeated))
        elif f.enum_type is not None:
            table = enum_table(f.enum_type)
            plan.append(_Field(f.name, "enum", f.is_repeated, f.has_presence, table))
        else:
            plan.append(_Field(f.name, "scalar", f.is_repeated, f.has_presence))
    _PLANS[descriptor.full_name] = plan
    return plan


def scalar(value: Any) -> str:
    """One value as Stripe reads it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        # Plain decimal notation: Stripe does not read exponents like 1e-07.
        return format(Decimal(repr(value)).normalize(), "f")
    return str(value)


def field_path(param: str) -> str:
    """A parameter in Stripe's bracket syntax as a request field path: `a[b][0]` -> `a.b[0]`."""
    head, *rest = param.replace("]", "").split("[")
    return head + "".join(f"[{s}]" if s.isdigit() else f".{s}" for s in rest)


def encode(message: Message, *, skip: Collection[str] = NOT_PARAMETERS) -> Params:
    """The Stripe parameters a request message stands for, in field order."""
    out: Params = []
    _encode(message, "", out, skip)
    return out


def _encode(message: Message, prefix: str, out: Params, skip: Collection[str] = ()) -> None:
    descriptor: Any = message.DESCRIPTOR
    for f in _plan(descriptor):
        if f.name in skip:
            continue
        key = f"{prefix}[{f.name}]" if prefix else f.name
        if f.kind == "clear":
            if getattr(message, CLEAR_PREFIX + f.name):
                out.append((key, ""))
            continue
        if f.presence and not message.HasField(f.name):
            continue
        value = getattr(message, f.name)
        if f.kind == "message":
            if f.repeated:
                for i, item in enumerate(value):
                    _encode(item, f"{key}[{i}]", out)
            else:
                _encode(value, key, out)
        elif f.kind == "map_message":
            for k in sorted(value):
                _encode(value[k], f"{key}[{k}]", out)
        elif f.kind == "map_scalar":
            out.extend((f"{key}[{k}]", scalar(value[k])) for k in sorted(value))
        elif f.repeated:
            wire = f.enum.to_wire if f.enum is not None else None
            for i, item in enumerate(value):
                out.append((f"{key}[{i}]", wire[item] if wire is not None else scalar(item)))
        elif f.enum is not None:
            out.append((key, f.enum.to_wire[value]))
        elif f.presence or value:
            # Scalars without presence (none in requests today) are sent when not zero.
            out.append((key, scalar(value)))
