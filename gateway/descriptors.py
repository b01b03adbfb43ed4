"""What the contract's descriptors say about Stripe: one field plan per message type.

Encoding, decoding and validation all walk messages field by field and need the same facts:
each field's kind (scalar, enum, message, map, `clear_<name>`, the catch-all), its presence,
its enum's Stripe strings, whether Stripe may send only an id (expandable), whether it is
required. `plan()` works them out once per message type, from the descriptors and the
contract's custom options, and all three read them from here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Generic, TypeVar

from checkout_gateway.v1 import options_pb2
from google.protobuf.descriptor import Descriptor, EnumDescriptor, FieldDescriptor

__all__ = [
    "CATCH_ALL",
    "CLEAR_PREFIX",
    "SCALAR_TYPES",
    "Compiled",
    "EnumTable",
    "Field",
    "Plan",
    "enum_table",
    "option",
    "plan",
]

# The Struct that keeps what the contract cannot hold (see the .proto files' conventions).
CATCH_ALL: Final = "unmodeled_fields"
# `clear_<name>` (a bool) asks Stripe to unset `<name>`.
CLEAR_PREFIX: Final = "clear_"

# The JSON types Stripe may send for each proto scalar type the contract uses.
SCALAR_TYPES: Final[Mapping[int, tuple[type, ...]]] = {
    FieldDescriptor.TYPE_STRING: (str,),
    FieldDescriptor.TYPE_INT64: (int,),
    FieldDescriptor.TYPE_BOOL: (bool,),
    FieldDescriptor.TYPE_DOUBLE: (int, float),
}


def option(descriptor: Any, extension: Any) -> Any:
    """A custom option's value (options.proto); the .pyi stubs do not type extensions."""
    return descriptor.GetOptions().Extensions[extension]


@dataclass(frozen=True)
class EnumTable:
    """Stripe's strings <-> enum numbers for one proto enum."""

    name: str  # the proto enum's own name
    to_number: Mapping[str, int]
    to_wire: Mapping[int, str]


_ENUMS: dict[str, EnumTable] = {}


def enum_table(enum: EnumDescriptor) -> EnumTable:
    """The enum's table; the Stripe string is the value name's suffix unless an option says."""
    table = _ENUMS.get(enum.full_name)
    if table is None:
        prefix = enum.values_by_number[0].name.removesuffix("UNSPECIFIED")
        to_number: dict[str, int] = {}
        for value in enum.values:
            if value.number != 0:
                wire = option(value, options_pb2.stripe_value)
                to_number[wire or value.name.removeprefix(prefix).lower()] = value.number
        table = EnumTable(enum.name, to_number, {n: w for w, n in to_number.items()})
        _ENUMS[enum.full_name] = table
    return table


@dataclass(frozen=True)
class Field:
    """One field, as encoding, decoding and validation see it."""

    name: str
    # "scalar" | "enum" | "message" | "map_scalar" | "map_message" | "clear" | "catch_all"
    kind: str
    repeated: bool
    presence: bool  # a message field, or `optional`: set and unset differ
    required: bool = False  # options.required, on a field whose absence shows
    expandable: bool = False  # options.expandable: Stripe sends the id unless expanded
    enum: EnumTable | None = None  # the field's enum (a map's: its values')
    message: Descriptor | None = None  # the field's message type (a map's: its values')
    types: tuple[type, ...] = ()  # a scalar's JSON types (a map's: its values')
    clears: str | None = None  # a `clear_<name>` field: the name


@dataclass(frozen=True)
class Plan:
    """A message type's fields, in declaration order, and the views the walkers need."""

    fields: tuple[Field, ...]
    by_name: Mapping[str, Field]
    by_json_key: Mapping[str, Field]  # every field Stripe's JSON may carry: not the catch-all
    required: tuple[Field, ...]
    has_catch_all: bool
    # The JSON keys whose null means unset (fields with presence), tested before any lookup:
    # most of Stripe's keys are null most of the time.
    null_is_unset: frozenset[str]


_PLANS: dict[Descriptor, Plan] = {}

T = TypeVar("T")


class Compiled(dict[Descriptor, T], Generic[T]):
    """A module's table per message type, compiled on its first lookup: `tables[descriptor]`.

    `make(descriptor)` returns the table, registered before `fill(descriptor, table)` completes
    it, so a message that contains itself finds it. Once made, a lookup is dict's own (no
    Python call on the hot paths that look a table up per message).
    """

    def __init__(
        self, make: Callable[[Descriptor], T], fill: Callable[[Descriptor, T], None]
    ) -> None:
        super().__init__()
        self._make, self._fill = make, fill

    def __missing__(self, descriptor: Descriptor) -> T:
        table = self[descriptor] = self._make(descriptor)
        self._fill(descriptor, table)
        return table


def plan(descriptor: Descriptor) -> Plan:
    """The message type's plan, built on first use."""
    # Keyed by the descriptor itself: hashing it makes no full_name string, as asking for the
    # name does (5% of decoding, which asks for a plan per nested message).
    found = _PLANS.get(descriptor)
    if found is None:
        names = set(descriptor.fields_by_name)
        fields = tuple(_field(f, names) for f in descriptor.fields)
        found = _PLANS[descriptor] = Plan(
            fields=fields,
            by_name={f.name: f for f in fields},
            by_json_key={f.name: f for f in fields if f.kind != "catch_all"},
            required=tuple(f for f in fields if f.required),
            has_catch_all=CATCH_ALL in names,
            null_is_unset=frozenset(f.name for f in fields if f.presence and f.kind != "catch_all"),
        )
    return found


def _field(f: FieldDescriptor, names: set[str]) -> Field:
    repeated = f.is_repeated
    # Required only where absence shows: a field with presence, or a list or map.
    required = bool(option(f, options_pb2.required)) and (repeated or f.has_presence)
    target = f.name.removeprefix(CLEAR_PREFIX)
    if target != f.name and target in names and f.type == f.TYPE_BOOL:
        return Field(f.name, "clear", False, False, clears=target)
    if f.name == CATCH_ALL:
        return Field(f.name, "catch_all", False, True)
    if f.message_type is not None and f.message_type.GetOptions().map_entry:
        value = f.message_type.fields_by_name["value"]
        if value.message_type is not None:
            return Field(f.name, "map_message", False, False, required, message=value.message_type)
        enum = enum_table(value.enum_type) if value.enum_type is not None else None
        types = SCALAR_TYPES[value.type] if enum is None else ()
        return Field(f.name, "map_scalar", False, False, required, enum=enum, types=types)
    if f.message_type is not None:
        expandable = bool(option(f, options_pb2.expandable))
        return Field(
            f.name,
            "message",
            repeated,
            not repeated,
            required,
            expandable=expandable,
            message=f.message_type,
        )
    if f.enum_type is not None:
        return Field(
            f.name, "enum", repeated, f.has_presence, required, enum=enum_table(f.enum_type)
        )
    return Field(f.name, "scalar", repeated, f.has_presence, required, types=SCALAR_TYPES[f.type])
