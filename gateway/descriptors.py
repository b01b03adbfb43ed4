"""What the contract's descriptors say about Stripe: custom options and enum strings.

Built lazily, once per descriptor, and shared by encoding, decoding and validation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from checkout_gateway.v1 import options_pb2
from google.protobuf.descriptor import EnumDescriptor, FieldDescriptor


def option(descriptor: Any, extension: Any) -> Any:
    """A custom option's value (options.proto); the .pyi stubs do not type extensions."""
    return descriptor.GetOptions().Extensions[extension]


# Both are read once per field, when a decoding or validation plan is built for its message.
def is_required(field: FieldDescriptor) -> bool:
    return bool(option(field, options_pb2.required))


def is_expandable(field: FieldDescriptor) -> bool:
    return bool(option(field, options_pb2.expandable))


@dataclass(frozen=True)
class EnumTable:
    """Stripe's strings <-> enum numbers for one proto enum."""

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
        table = EnumTable(to_number, {n: w for w, n in to_number.items()})
        _ENUMS[enum.full_name] = table
    return table
