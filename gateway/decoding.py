"""Stripe JSON -> proto messages, with nothing lost. Pure functions.

Each message type's field plan (gateway.descriptors) is compiled once into a decoding table:
for each JSON key, the JSON type a plain scalar must have (the value is then taken as it is),
the nested message's table, the enum's numbers, or a step that converts the value (lists, maps,
expandable ids). Decoding rewrites the JSON dict into constructor arguments with one table
lookup per key, no call for the common kinds, and builds the message in one call (the upb
constructor takes nested dicts). What the contract cannot hold goes to the message's
`unmodeled_fields` Struct: unknown keys, enum values newer than the contract, nulls on fields
without presence, values of an unexpected JSON type, and integers beyond their field's range
(found only when the constructor refuses one). Values are told apart by their exact
type, as a JSON parser makes them (dict, list, str, int, float, bool, None).

An object of MIN_SHAPE_KEYS keys or more (a session: 68) is decoded by its shape's plan
instead, made the first time its keys and value types are seen: the objects of a list share a
few shapes, and the plan skips the loop over the nulls and plain scalars, half of them and more.

The message `decode` builds by a shape's plan gets its nested objects (and the nulls kept aside)
as wire bytes, merged in one parse, where a nested object's JSON was seen before: Stripe's
sessions repeat most of theirs (`automatic_tax`, `total_details`, ...), and the constructor's
work on a nested dict is several times the parse of its bytes. The bytes are remembered by the
object's orjson serialisation, exact for the strict JSON orjson parses (it tells 0, 0.0 and
false apart; the gateway's JSON is all orjson's), and only where parsing them gives the message
that the nested dict gives, to the byte (checked once, when they are made). A shape remembers
its nested objects' bytes together too, by one serialisation of them all; an object that is new
too often (a customer's details) leaves that group and is built as a dict.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import Any, TypeVar

import orjson
from google.protobuf import message_factory, struct_pb2
from google.protobuf.descriptor import Descriptor
from google.protobuf.message import Message

from gateway.descriptors import CATCH_ALL, Compiled, Field, plan

M = TypeVar("M", bound=Message)

# A step: a JSON value -> the constructor's argument, or _Keep raised.
Step = Callable[[Any], Any]
# Sets of null keys remembered per message type (each a Struct): Stripe's objects show a few.
MAX_NULL_SETS = 64
# Shapes (keys and value types) remembered per message type: a list's objects share a few.
MAX_SHAPES = 64
# Objects with fewer keys are decoded key by key: the shape's two tuples cost more than that.
MIN_SHAPE_KEYS = 8
# Nested objects' wire bytes remembered per field of a message type (the next are built as dicts).
MAX_PIECES = 64


class _Keep(Exception):
    """The value goes to `unmodeled_fields` as Stripe sent it (and `typed`, if any, to the
    field). An exception: the rare case then costs the common one nothing."""

    def __init__(self, typed: Any = None) -> None:
        self.typed = typed


class _Table:
    """One message type's decoding table."""

    __slots__ = (
        "_nulls",
        "catch_all",
        "empty",
        "message_class",
        "name",
        "null_is_unset",
        "pieces",
        "shape_count",
        "shapes",
        "steps",
    )

    def __init__(self, descriptor: Descriptor) -> None:
        message_plan = plan(descriptor)
        self.name = descriptor.full_name
        self.message_class: type[Message] = message_factory.GetMessageClass(descriptor)
        self.catch_all = message_plan.has_catch_all
        self.null_is_unset = message_plan.null_is_unset
        # Each JSON key's entry: a plain scalar's JSON type, tested by identity (a JSON parser
        # makes exact str, int, bool and float; bool, a subclass of int, is never taken for
        # it); a nested message's table; an enum's numbers by Stripe's string; else a step.
        self.steps: dict[str, Any] = {}
        # A list's or map's key -> the JSON type of its value (list or dict): empty, there is
        # nothing to set (repeated fields and maps have no presence), so no step is called.
        self.empty = {
            f.name: dict if f.kind.startswith("map_") else list
            for f in message_plan.by_json_key.values()
            if f.repeated or f.kind.startswith("map_")
        }
        self._nulls: dict[tuple[str, ...], struct_pb2.Struct] = {}
        # Each shape seen, by its value types, then its keys: its plan, or None where the shape
        # keeps a value (decoded key by key). Types first: their tuple is the one to hash.
        self.shapes: dict[tuple[type, ...], list[tuple[list[str], _Shape | None]]] = {}
        self.shape_count = 0
        # Per nested object's key: its JSON's serialisation -> the field's wire bytes, or b""
        # where those bytes would not give the same message (`_piece`).
        self.pieces: dict[str, dict[bytes, bytes]] = {}

    def struct(self, extra: dict[str, Any]) -> struct_pb2.Struct:
        """`unmodeled_fields` holding `extra`."""
        if not self.catch_all:
            raise ValueError(f"{self.name} cannot keep {sorted(extra)}")
        struct = struct_pb2.Struct()
        struct.update(extra)
        return struct

    def piece(self, key: str, nested: _Table, value: dict[str, Any]) -> bytes:
        """Field `key`'s wire bytes for the nested object `value` (remembered by its JSON), or
        b"" where there are none (not seen before with room left, or no bytes give its message)."""
        memo = self.pieces[key]
        text = _json(value)
        if not text:
            return b""
        piece = memo.get(text)
        if piece is None:
            if len(memo) >= MAX_PIECES:
                return b""
            piece = memo[text] = _piece(self, key, _convert(nested, value))
        return piece

    def nulls(self, keys: tuple[str, ...]) -> struct_pb2.Struct:
        """`unmodeled_fields` holding a null for each key, made once per set of keys: the
        same fields are null in most of Stripe's objects (the constructor copies it)."""
        struct = self._nulls.get(keys)
        if struct is None:
            struct = self.struct(dict.fromkeys(keys))
            if len(self._nulls) < MAX_NULL_SETS:
                self._nulls[keys] = struct
        return struct


def _fill(descriptor: Descriptor, table: _Table) -> None:
    for key, f in plan(descriptor).by_json_key.items():
        table.steps[key] = _step(f)


_TABLES: Compiled[_Table] = Compiled(_Table, _fill)


def _step(f: Field) -> type | _Table | dict[str, int] | Step:
    kind = f.kind
    if kind == "scalar":
        ok = frozenset(f.types)
        if not f.repeated:
            if len(ok) == 1:
                (json_type,) = ok
                return json_type
            return _one_of(ok)
        return _list_of(ok)
    if kind == "enum":
        assert f.enum is not None
        return _enums(f.enum.to_number) if f.repeated else dict(f.enum.to_number)
    if kind == "map_scalar":
        return _map_of(frozenset(f.types))
    if kind == "clear":  # a request's; Stripe's JSON never carries one
        return bool
    assert f.message is not None
    table = _TABLES[f.message]
    if kind == "message" and not f.repeated and not f.expandable:
        return table
    item = _message(table, f.expandable)
    if kind == "map_message":
        return _map_of_messages(item)
    return _list_of_messages(item) if f.repeated else item


def _one_of(ok: frozenset[type]) -> Step:
    """A scalar that JSON may write two ways (a double: 1 or 1.5)."""

    def step(value: Any) -> Any:
        if type(value) in ok:
            return value
        raise _Keep

    return step


def _list_of(ok: frozenset[type]) -> Step:
    def step(value: Any) -> Any:
        if type(value) is not list:
            raise _Keep
        for v in value:  # a loop, not all(): no generator to make for a list of one or two
            if type(v) not in ok:
                raise _Keep
        return value

    return step


def _map_of(ok: frozenset[type]) -> Step:
    def step(value: Any) -> Any:
        if type(value) is not dict:
            raise _Keep
        for v in value.values():
            if type(v) not in ok:
                raise _Keep
        return value

    return step


def _enums(to_number: Mapping[str, int]) -> Step:
    def step(value: Any) -> Any:
        if type(value) is not list:
            raise _Keep
        numbers = [to_number.get(v, 0) if type(v) is str else 0 for v in value]
        if 0 in numbers:
            raise _Keep(numbers)
        return numbers

    return step


def _message(table: _Table, expandable: bool) -> Step:
    def step(value: Any) -> Any:
        if type(value) is dict:
            return _convert(table, value)
        if expandable and type(value) is str:
            return {"id": value}  # not expanded: Stripe sent the id
        raise _Keep

    return step


def _list_of_messages(item: Step) -> Step:
    def step(value: Any) -> Any:
        if type(value) is not list:
            raise _Keep
        return [item(v) for v in value]  # one item kept: the whole list is kept

    return step


def _map_of_messages(item: Step) -> Step:
    def step(value: Any) -> Any:
        if type(value) is not dict:
            raise _Keep
        return {k: item(v) for k, v in value.items()}

    return step


class _Shape:
    """What the key-by-key loop does with an object of one shape (its keys, in order, and its
    values' types), worked out once: the plain scalars are taken in one C call, and only the
    keys whose outcome depends on the value (nested objects, enums, lists and maps) are
    visited. Made only for shapes that keep nothing but nulls aside."""

    __slots__ = (
        "alone",
        "enum_pieces",
        "enums",
        "grouped",
        "nested",
        "nulls",
        "nulls_piece",
        "scalars",
        "steps",
        "table",
        "take",
        "take_enums",
        "take_grouped",
        "together",
    )

    def __init__(self, table: _Table, keys: tuple[str, ...], types: tuple[type, ...]) -> None:
        self.table = table
        scalars: list[str] = []
        nulls: list[str] = []
        self.nested: list[tuple[str, _Table]] = []
        self.enums: list[tuple[str, dict[str, int]]] = []
        # A list's or map's key, its step, and whether the value may be empty (nothing to set).
        self.steps: list[tuple[str, Step, bool]] = []
        for key, json_type in zip(keys, types, strict=True):
            step = table.steps.get(key)
            if json_type is type(None):
                if key not in table.null_is_unset:
                    nulls.append(key)
            elif json_type is step:
                scalars.append(key)
            elif type(step) is _Table and json_type is dict:
                self.nested.append((key, step))
                table.pieces.setdefault(key, {})
            elif type(step) is dict and json_type is str:
                self.enums.append((key, step))
            elif step is None or type(step) in (type, dict, _Table):
                raise _Keep  # kept whatever its value: the loop keeps it, in the JSON's order
            else:
                self.steps.append((key, step, json_type is table.empty.get(key)))
        self.scalars = tuple(scalars)
        self.take = _getter(scalars)
        self.take_enums = _getter([key for key, _ in self.enums])
        # The enums' strings (exact str, by the shape) -> their fields' wire bytes.
        self.enum_pieces: dict[tuple[str, ...], bytes] = {}
        self.nulls = table.nulls(tuple(nulls)) if nulls else None
        # The nulls kept aside as the message's wire bytes, when they give the same message.
        self.nulls_piece = b"" if self.nulls is None else _piece(table, CATCH_ALL, self.nulls)
        # `build`'s nested objects: those whose bytes are remembered together, and the others.
        self.grouped: list[tuple[str, _Table]] = []
        self.alone: list[tuple[str, _Table]] = []
        self.take_grouped = _getter([])
        self.together: dict[bytes, bytes] | None = {}
        self._group(list(self.nested), [])

    def convert(self, data: Mapping[str, Any]) -> dict[str, Any] | None:
        """The constructor's arguments, or None when a value must be kept (a newer enum value,
        a list or map the field cannot hold): the loop then decodes the object."""
        out = dict(zip(self.scalars, self.take(data), strict=True))
        for key, table in self.nested:
            out[key] = _convert(table, data[key])
        if not self._steps(data, out):
            return None
        if self.nulls is not None:
            out[CATCH_ALL] = self.nulls
        return out

    def _steps(self, data: Mapping[str, Any], out: dict[str, Any]) -> bool:
        """The enums, lists and maps into `out`; False when a value must be kept."""
        for key, numbers in self.enums:
            number = numbers.get(data[key])
            if number is None:
                return False
            out[key] = number
        return self._lists(data, out)

    def _lists(self, data: Mapping[str, Any], out: dict[str, Any]) -> bool:
        """The lists and maps into `out`; False when a value must be kept."""
        for key, step, may_be_empty in self.steps:
            value = data[key]
            if may_be_empty and not value:
                continue
            try:
                out[key] = step(value)
            except _Keep:
                return False
        return True

    def build(self, data: Mapping[str, Any]) -> Message | None:
        """The message, as `convert` and the constructor make it, with the nested objects seen
        before and the nulls merged in as wire bytes; None as for `convert`."""
        enums = self._enum_piece(data)
        out = dict(zip(self.scalars, self.take(data), strict=True))
        if enums is None or not self._lists(data, out):
            return None
        for key, nested in self.alone:
            out[key] = _convert(nested, data[key])
        pieces = self._pieces(data, out)
        if self.nulls is not None and not self.nulls_piece:
            out[CATCH_ALL] = self.nulls
        message = self.table.message_class(**out)
        message.MergeFromString(pieces + enums)
        return message

    def _enum_piece(self, data: Mapping[str, Any]) -> bytes | None:
        """The enums' wire bytes, remembered by their strings (an object's enums come in a few
        combinations); None when one is newer than the contract (the loop then keeps it)."""
        names = self.take_enums(data)
        piece = self.enum_pieces.get(names)
        if piece is None:
            out: dict[str, Any] = {}
            for (key, numbers), name in zip(self.enums, names, strict=True):
                number = numbers.get(name)
                if number is None:
                    return None
                out[key] = number
            piece = self.table.message_class(**out).SerializeToString()
            if len(self.enum_pieces) < MAX_PIECES:
                self.enum_pieces[names] = piece
        return piece

    def _pieces(self, data: Mapping[str, Any], out: dict[str, Any]) -> bytes:
        """The nulls' and the grouped nested objects' wire bytes, remembered together by the
        objects' JSON (one serialisation and one lookup, not one per object); else made from
        each object's own (an object without any goes into `out` as a dict)."""
        together = self.together
        text = b"" if together is None else _json(self.take_grouped(data))
        if text:
            assert together is not None
            joined = together.get(text)
            if joined is not None:
                return joined
        pieces, alone = [self.nulls_piece], []
        for key, nested in self.grouped:
            value = data[key]
            piece = self.table.piece(key, nested, value)
            if piece:
                pieces.append(piece)
            else:
                out[key] = _convert(nested, value)
                alone.append((key, nested))
        joined = b"".join(pieces)
        if alone:
            # Objects that vary too much (or have no bytes) leave the group, which starts over.
            self._group([g for g in self.grouped if g not in alone], self.alone + alone)
        elif together is not None and text:
            if len(together) < MAX_PIECES:
                together[text] = joined
            else:
                self.together = None  # the group's objects vary together too much: one by one
        return joined

    def _group(self, grouped: list[tuple[str, _Table]], alone: list[tuple[str, _Table]]) -> None:
        self.grouped, self.alone = grouped, alone
        self.take_grouped = _getter([key for key, _ in grouped])
        self.together = {}


def _json(value: Any) -> bytes:
    """`value`'s orjson serialisation: exact for the strict JSON orjson parses; b"" for an
    integer beyond 64 bits, which it cannot write."""
    try:
        return orjson.dumps(value)
    except TypeError:
        return b""


def _getter(keys: list[str]) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """The values of `keys`, as a tuple (itemgetter returns a bare value for one key and needs
    at least one)."""
    if len(keys) > 1:
        return itemgetter(*keys)
    if keys:
        key = keys[0]
        return lambda data: (data[key],)
    return lambda data: ()


def _piece(table: _Table, key: str, value: Any) -> bytes:
    """Wire bytes whose parse sets field `key` as the constructor sets it from `value`, or b""
    if there are none: a map's order on the wire follows its hash table, which a parse may lay
    out unlike the constructor did (seen with 8 entries and more), so each is checked once."""
    message_class = table.message_class
    wire = message_class(**{key: value}).SerializeToString()
    # A map a parse fills and then writes can come out in another order: one more round trip.
    for piece in (wire, message_class.FromString(wire).SerializeToString()):
        if message_class.FromString(piece).SerializeToString() == wire:
            return piece
    return b""


def _shape(table: _Table, data: Mapping[str, Any]) -> _Shape | None:
    """The plan for `data`'s shape (made on first sight); None: decode it key by key."""
    # The keys as a list compared with the few of the same types, not a tuple hashed: an
    # object's keys come in one order or a few, so their tuple's hash is not needed.
    types, keys = tuple(map(type, data.values())), [*data]
    seen = table.shapes.get(types)
    if seen is not None:
        for known, shape in seen:
            if known == keys:
                return shape
    try:
        shape = _Shape(table, tuple(keys), types)
    except _Keep:
        shape = None
    if table.shape_count < MAX_SHAPES:
        table.shapes.setdefault(types, []).append((keys, shape))
        table.shape_count += 1
    return shape


def _convert(table: _Table, data: Mapping[str, Any]) -> dict[str, Any]:
    """JSON object -> constructor arguments for the table's message."""
    if len(data) >= MIN_SHAPE_KEYS:
        shape = _shape(table, data)
        shaped = None if shape is None else shape.convert(data)
        if shaped is not None:
            return shaped
    return _by_key(table, data)


def _by_key(table: _Table, data: Mapping[str, Any]) -> dict[str, Any]:
    """`_convert`'s arguments key by key: for an object without a shape's plan, or whose
    plan gave up on one of its values."""
    get, null_is_unset, empty = table.steps.get, table.null_is_unset, table.empty
    out: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    only_nulls = True  # what is kept: nulls alone (the common case), whose Struct is cached
    for key, value in data.items():
        if value is None:
            # Kept unless the field has presence: proto3 cannot tell null from empty otherwise,
            # and an unknown key is kept whatever its value.
            if key not in null_is_unset:
                extra[key] = None
            continue
        step = get(key)
        # The commonest kinds are tested inline, as a call costs more than the test.
        if type(value) is step:  # a plain scalar of its JSON type
            out[key] = value
        elif type(step) is _Table and type(value) is dict:  # a nested message
            out[key] = _convert(step, value)
        elif type(step) is dict:  # an enum: Stripe's string -> its number
            number = step.get(value) if type(value) is str else None
            if number is None:  # newer than the contract: the field says so (0), value kept
                out[key], extra[key], only_nulls = 0, value, False
            else:
                out[key] = number
        elif step is None or type(step) is type or type(step) is _Table:
            extra[key], only_nulls = value, False  # unknown, or not of the field's JSON type
        elif not value and type(value) is empty.get(key):
            continue  # an empty list or map: the field's default, nothing to set
        else:
            try:
                out[key] = step(value)
            except _Keep as kept:
                extra[key], only_nulls = value, False
                if kept.typed is not None:
                    out[key] = kept.typed
    if extra:
        out[CATCH_ALL] = table.nulls(tuple(extra)) if only_nulls else table.struct(extra)
    return out


def decode(message_type: type[M], data: Mapping[str, Any]) -> M:
    """Build `message_type` from Stripe's JSON object `data`."""
    descriptor: Any = message_type.DESCRIPTOR
    table = _TABLES[descriptor]
    try:
        if len(data) >= MIN_SHAPE_KEYS:
            shape = _shape(table, data)
            built = None if shape is None else shape.build(data)
            if built is not None:
                return built  # type: ignore[return-value]  # the table's class is message_type
            # The shape was looked up and gave up (or has no plan): _convert would again.
            return message_type(**_by_key(table, data))
        return message_type(**_convert(table, data))
    except ValueError:  # an integer its field cannot hold: rare, so checked only then
        return message_type(**_checked(table, data))


def _checked(table: _Table, data: Mapping[str, Any]) -> dict[str, Any]:
    """`_convert`'s arguments, less each value the constructor refuses (an integer beyond its
    field's range), which goes to `unmodeled_fields` as for a value of an unexpected type: in
    the nested message that holds it where that one keeps such values, else here whole."""
    out = _convert(table, data)
    message_class = table.message_class
    extra: dict[str, Any] = {}
    for key in [k for k in out if k != CATCH_ALL]:
        try:
            message_class(**{key: out[key]})
        except ValueError:
            value, step = data[key], table.steps.get(key)
            if type(step) is _Table and type(value) is dict and step.catch_all:
                out[key] = _checked(step, value)
            else:
                del out[key]
                extra[key] = value
    if extra:
        kept = table.struct(extra)
        if CATCH_ALL in out:  # what _convert kept aside (its keys are not extra's)
            kept.MergeFrom(out[CATCH_ALL])
        out[CATCH_ALL] = kept
    return out
