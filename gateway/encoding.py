"""Request messages -> Stripe parameters in Stripe's bracket syntax. Pure functions.

`a[b][c]=` for nested objects, `a[0][b]=` for arrays (scalars too: `expand[0]=`),
`true`/`false`, and `""` where the caller asked to unset (`clear_<name>`). A parameter is
sent only when set: fields with presence when present, lists and maps when not empty.
The result is a list of pairs, for a query string (GET) or a form body (POST).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from decimal import Decimal
from typing import Any, Final

from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

from gateway.descriptors import Compiled, Field, plan

Params = list[tuple[str, str]]

# Request fields that shape the gateway's call rather than Stripe's parameters.
NOT_PARAMETERS = frozenset({"id", "max_items", "parallelism"})


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


# A field's encoder: (value, its parameter name, out) appends the field's parameters.
Step = Callable[[Any, str, Params], None]


class _Table:
    """One message type's encoding table: for each field, its name, the parameter it sets
    (a `clear_<name>` sets `<name>`) and its encoder; keyed by the field's descriptor, as
    ListFields gives it."""

    __slots__ = ("fields",)

    def __init__(self) -> None:
        self.fields: dict[FieldDescriptor, tuple[str, str, Step]] = {}


def _fill(descriptor: Descriptor, table: _Table) -> None:
    fields = plan(descriptor).by_name
    for fd in descriptor.fields:
        f = fields[fd.name]
        table.fields[fd] = (f.name, f.clears or f.name, _step(f))


_TABLES: Compiled[_Table] = Compiled(lambda _descriptor: _Table(), _fill)


def steps(descriptor: Descriptor) -> Mapping[FieldDescriptor, tuple[str, str, Step]]:
    """The message type's encoding table: per field, its name, its parameter and its step."""
    return _TABLES[descriptor].fields


def unsendable(step: Step) -> bool:
    """Whether the step refuses its field (the catch-all: nothing a caller may send)."""
    return step is _unsendable


def _encode(message: Message, prefix: str, out: Params, skip: Collection[str] = ()) -> None:
    # ListFields gives only what is set, in field-number order, which the generated request
    # messages declare them in: unset fields cost nothing (a Create has 51 fields).
    fields = _TABLES[message.DESCRIPTOR].fields  # type: ignore[index]
    for fd, value in message.ListFields():
        name, param, step = fields[fd]
        if name not in skip:
            step(value, f"{prefix}[{param}]" if prefix else param, out)


def _step(f: Field) -> Step:
    if f.kind == "clear":
        return _clear
    if f.kind == "catch_all":
        return _unsendable
    if f.kind == "message":
        return _messages if f.repeated else _message
    if f.kind == "map_message":
        return _map_of_messages
    if f.kind == "map_scalar":
        # A map of strings as they are; of anything else, each value through scalar().
        return _map_of_texts if f.types == (str,) and f.enum is None else _map_of_scalars
    if f.enum is not None:
        wire = f.enum.to_wire
        return _many(wire.__getitem__) if f.repeated else _one(wire.__getitem__)
    if f.types == (str,):  # a string is its own text: no str() call per value
        return _many(None) if f.repeated else (_text if f.presence else _nonzero(None))
    to_text = _TO_TEXT[f.types]
    if f.repeated:
        return _many(to_text)
    # Scalars without presence (none in requests today) are sent when not zero.
    return _one(to_text) if f.presence else _nonzero(to_text)


def _clear(value: Any, param: str, out: Params) -> None:
    if value:
        out.append((param, ""))


def _unsendable(value: Any, param: str, out: Params) -> None:
    raise ValueError(f"{param}: what Stripe sent beyond the contract is not a parameter")


def _message(value: Any, param: str, out: Params) -> None:
    _encode(value, param, out)


def _messages(value: Any, param: str, out: Params) -> None:
    for i, item in enumerate(value):
        _encode(item, f"{param}[{i}]", out)


def _map_of_messages(value: Any, param: str, out: Params) -> None:
    for k in sorted(value):
        _encode(value[k], f"{param}[{k}]", out)


# The steps below append in plain loops: a generator for extend() costs more than it saves
# on the one to three items a request's lists and maps hold.
def _map_of_texts(value: Any, param: str, out: Params) -> None:
    for k in sorted(value):
        out.append((f"{param}[{k}]", value[k]))


def _map_of_scalars(value: Any, param: str, out: Params) -> None:
    for k in sorted(value):
        out.append((f"{param}[{k}]", scalar(value[k])))


def _text(value: Any, param: str, out: Params) -> None:
    out.append((param, value))


def _one(to_text: Callable[[Any], str]) -> Step:
    def step(value: Any, param: str, out: Params) -> None:
        out.append((param, to_text(value)))

    return step


def _nonzero(to_text: Callable[[Any], str] | None) -> Step:
    def step(value: Any, param: str, out: Params) -> None:
        if value:
            out.append((param, value if to_text is None else to_text(value)))

    return step


def _many(to_text: Callable[[Any], str] | None) -> Step:
    def step(value: Any, param: str, out: Params) -> None:
        for i, item in enumerate(value):
            out.append((f"{param}[{i}]", item if to_text is None else to_text(item)))

    return step


# A scalar field's value as text, by the field's JSON types (gateway.descriptors.SCALAR_TYPES);
# a string's is itself.
_TO_TEXT: Final[Mapping[tuple[type, ...], Callable[[Any], str]]] = {
    (int,): str,
    (bool,): scalar,
    (int, float): scalar,
}
