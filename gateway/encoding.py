"""Request messages -> Stripe parameters in Stripe's bracket syntax. Pure functions.

`a[b][c]=` for nested objects, `a[0][b]=` for arrays (scalars too: `expand[0]=`),
`true`/`false`, and `""` where the caller asked to unset (`clear_<name>`). A parameter is
sent only when set: fields with presence when present, lists and maps when not empty.
The result is a list of pairs, for a query string (GET) or a form body (POST).
"""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal
from typing import Any

from google.protobuf.message import Message

from gateway.descriptors import plan

Params = list[tuple[str, str]]

# Request fields that shape the gateway's call rather than Stripe's parameters.
NOT_PARAMETERS = frozenset({"id", "max_items"})


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
    for f in plan(descriptor).fields:
        if f.name in skip:
            continue
        if f.kind == "clear":
            if getattr(message, f.name):
                out.append((f"{prefix}[{f.clears}]" if prefix else str(f.clears), ""))
            continue
        key = f"{prefix}[{f.name}]" if prefix else f.name
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
