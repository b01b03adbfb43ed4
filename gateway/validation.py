"""Checks on a caller's request before anything reaches Stripe, with Stripe's limits.

Each failure raises `InvalidRequest(field, description)` naming the field by its path in
the request message (`line_items[0].price_data.currency`), which the caller's code can
find; the servicer turns it into INVALID_ARGUMENT with a BadRequest detail.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

from gateway import encoding
from gateway.descriptors import Compiled, Field, plan
from gateway.encoding import NOT_PARAMETERS, Params, Step
from gateway.exceptions import InvalidRequest
from gateway.headers import FORWARDED
from gateway.pagination import CURSORS
from gateway.wire import Undecodable

SESSION_ID = re.compile(r"cs_[A-Za-z0-9_]+")
OBJECT_ID = re.compile(r"[A-Za-z0-9_]+")  # cursors: any Stripe object id
EXPAND_PATH = re.compile(r"[a-z0-9_]+(\.[a-z0-9_]+)*")
MAX_ID_LENGTH = 255
MAX_EXPAND_DEPTH = 4
MAX_STRING_LENGTH = 5000  # Stripe's limit on string parameters
METADATA_MAX_KEYS = 50
METADATA_MAX_KEY_LENGTH = 40
METADATA_MAX_VALUE_LENGTH = 500
# Every map's keys (metadata keys, currencies): Stripe's limit on metadata keys.
MAP_MAX_KEY_LENGTH = METADATA_MAX_KEY_LENGTH
# Keys up to this long are named in a refusal's field path (`metadata['key']`).
MAX_KEY_IN_FIELD = 100
LIMIT_RANGE = (1, 100)


def validate_id(value: str, field: str = "id") -> None:
    if not value:
        raise InvalidRequest(field, "required: the Checkout Session's id (cs_...)")
    if len(value) > MAX_ID_LENGTH or not SESSION_ID.fullmatch(value):
        raise InvalidRequest(
            field,
            "must be a Checkout Session id: cs_ then letters, digits or _, "
            f"at most {MAX_ID_LENGTH} characters",
        )


def validate_headers(metadata: Iterable[tuple[str, Any]]) -> dict[str, str]:
    """The Stripe headers among the caller's metadata, checked; other keys are ignored."""
    headers: dict[str, str] = {}
    for key, value in metadata:
        header = FORWARDED.get(key)
        if header is None:
            continue
        if not isinstance(value, str) or not header.pattern.fullmatch(value):
            raise InvalidRequest(f"metadata:{key}", f"must be {header.what}")
        headers[key] = value
    return headers


# Request fields checked by validate() itself (or, the cursors, by their pair rule) and not by
# the walk over the message.
_CHECKED_FIRST = frozenset({"id", "expand", *CURSORS})


def validate(request: Message | Undecodable) -> None:
    """Every check that applies to this request message; raises InvalidRequest."""
    if isinstance(request, Undecodable):
        raise _undecodable(request)
    table = _TABLES[request.DESCRIPTOR]  # type: ignore[index]
    for check in table.request_checks:
        check(request)
    if table.rest_to_check:
        _check_message(request, "", _CHECKED_FIRST)


def checked_params(request: Message | Undecodable) -> Params:
    """`validate(request)` then `encoding.encode(request)`, in one walk of the message: the
    same refusal, or the same parameters. Each message's fields are listed once, not once for
    each (a message's ListFields is 7k-11k instructions)."""
    if isinstance(request, Undecodable):
        raise _undecodable(request)
    table = _TABLES[request.DESCRIPTOR]  # type: ignore[index]
    for check in table.request_checks:
        check(request)
    out: Params = []
    try:
        # The fields validate() checked itself are in _CHECKED_FIRST: with rest_to_check
        # False, they are all the request has, so the walk checks nothing, as validate's.
        _walk(request, "", "", out, _CHECKED_FIRST, NOT_PARAMETERS)
    except _Unsendable:
        validate(request)  # every refusal comes before encode's own (the catch-all's)
        return encoding.encode(request)
    return out


def _undecodable(request: Undecodable) -> InvalidRequest:
    return InvalidRequest("", f"request is not a valid {request.name}")


def _request_checks(fields: Mapping[str, Any]) -> tuple[Callable[[Any], None], ...]:
    """The checks on a request's own fields that this request type has, in order."""
    checks: list[Callable[[Any], None]] = []
    if "id" in fields:
        checks.append(_check_id)
    if "limit" in fields:
        checks.append(_check_limit)
    if "max_items" in fields:
        checks.append(_check_max_items)
    cursors = tuple(c for c in CURSORS if c in fields)
    if cursors:
        checks.append(functools.partial(_check_cursors, cursors))
    if "expand" in fields:
        checks.append(_check_expand)
    return tuple(checks)


def _check_id(request: Any) -> None:
    validate_id(request.id)


def _check_limit(request: Any) -> None:
    if request.HasField("limit"):
        low, high = LIMIT_RANGE
        if not low <= request.limit <= high:
            raise InvalidRequest("limit", f"must be between {low} and {high}")


def _check_max_items(request: Any) -> None:
    if request.max_items < 0:
        raise InvalidRequest("max_items", "must not be negative (0 streams everything)")


def _check_cursors(fields: tuple[str, ...], request: Any) -> None:
    cursors = [c for c in fields if request.HasField(c)]
    if len(cursors) == 2:
        raise InvalidRequest("ending_before", "cannot be combined with starting_after")
    for cursor in cursors:
        value = getattr(request, cursor)
        if len(value) > MAX_ID_LENGTH or not OBJECT_ID.fullmatch(value):
            raise InvalidRequest(cursor, "must be an object id: letters, digits or _")


def _check_expand(request: Any) -> None:
    expand = request.expand
    if not expand:  # the common case: iterating an empty repeated field costs twice the test
        return
    for i, path in enumerate(expand):
        if not EXPAND_PATH.fullmatch(path) or len(path) > MAX_STRING_LENGTH:
            raise InvalidRequest(f"expand[{i}]", "must be a dotted field path")
        if path.count(".") >= MAX_EXPAND_DEPTH:
            raise InvalidRequest(f"expand[{i}]", f"at most {MAX_EXPAND_DEPTH} levels deep")


# A field's check: (the message, the field's value, the field's path) raises InvalidRequest.
_Check = Callable[[Message, Any, str], None]


class _Table:
    """One message type's checks: the fields that must be given, and for each field a check
    of its value (None for a field whose every value is valid: ints and bools), keyed by the
    field's descriptor, as ListFields gives it."""

    __slots__ = ("checks", "names", "request_checks", "required", "rest_to_check")

    def __init__(self, descriptor: Descriptor) -> None:
        message_plan = plan(descriptor)
        self.names = message_plan.by_name
        self.required = message_plan.required
        self.request_checks = _request_checks(self.names)  # as a request: validate()'s own
        # As a request, whether any field is left for the walk after validate()'s own checks
        # (a Get's id and expand are all it has).
        self.rest_to_check = not _CHECKED_FIRST.issuperset(self.names)
        self.checks: dict[FieldDescriptor, tuple[str, _Check | None]] = {}


def _fill(descriptor: Descriptor, table: _Table) -> None:
    for fd in descriptor.fields:
        f = table.names[fd.name]
        table.checks[fd] = (f.name, _field_check(f, table.names))


_TABLES: Compiled[_Table] = Compiled(_Table, _fill)


def _check_message(message: Message, path: str, skip: frozenset[str] = frozenset()) -> None:
    table = _TABLES[message.DESCRIPTOR]  # type: ignore[index]
    _check_required(message, table, path, skip)
    checks = table.checks
    # Only the fields that are set: an unset one holds its default, which is always valid.
    for fd, value in message.ListFields():
        name, check = checks[fd]
        if check is not None and name not in skip:
            check(message, value, f"{path}.{name}" if path else name)


def _check_required(message: Message, table: _Table, path: str, skip: frozenset[str]) -> None:
    for f in table.required:
        if f.name in skip:
            continue
        given = message.HasField(f.name) if f.presence else len(getattr(message, f.name))
        if not given:
            raise InvalidRequest(f"{path}.{f.name}" if path else f.name, "required")


class _Unsendable(Exception):
    """A catch-all field is set: encode() refuses it, but only after every check."""


# How the one walk treats a field: check then encode it, or walk into its message(s).
_EACH, _MESSAGE, _MESSAGES, _UNSENDABLE = range(4)
_Step = tuple[str, _Check | None, str, Step, int]


def _walk_table(descriptor: Descriptor) -> dict[FieldDescriptor, _Step]:
    """Per field: its name, its check, its parameter, its encoding step, and how to walk it."""
    checks, steps, fields = _TABLES[descriptor].checks, encoding.steps(descriptor), {}
    for fd, (name, check) in checks.items():
        _, param, step = steps[fd]
        f = plan(descriptor).by_name[name]
        how = _EACH
        if encoding.unsendable(step):
            how = _UNSENDABLE
        elif f.kind == "message":
            how = _MESSAGES if f.repeated else _MESSAGE
        fields[fd] = (name, check, param, step, how)
    return fields


_WALKS: Compiled[dict[FieldDescriptor, _Step]] = Compiled(
    _walk_table, lambda _descriptor, _table: None
)


def _walk(
    message: Message,
    path: str,
    prefix: str,
    out: Params,
    skip_checks: frozenset[str] = frozenset(),
    skip_params: frozenset[str] = frozenset(),
) -> None:
    """_check_message and encoding's walk of one message at once: the same checks in the
    same order, the same parameters appended in the same order."""
    _check_required(message, _TABLES[message.DESCRIPTOR], path, skip_checks)  # type: ignore[index]
    fields = _WALKS[message.DESCRIPTOR]  # type: ignore[index]
    for fd, value in message.ListFields():
        name, check, param, step, how = fields[fd]
        where = f"{path}.{name}" if path else name
        param = f"{prefix}[{param}]" if prefix else param
        if how == _EACH or name in skip_checks or name in skip_params:
            if check is not None and name not in skip_checks:
                check(message, value, where)
            if name not in skip_params:
                if how == _UNSENDABLE:
                    raise _Unsendable
                step(value, param, out)
        elif how == _MESSAGE:
            _walk(value, where, param, out)
        elif how == _MESSAGES:
            for i, item in enumerate(value):
                _walk(item, f"{where}[{i}]", f"{param}[{i}]", out)
        else:
            raise _Unsendable


def _field_check(f: Field, fields: Mapping[str, Field]) -> _Check | None:
    if f.clears is not None:
        return _clear_check(f.name, fields[f.clears])
    if f.kind in ("map_scalar", "map_message"):
        return _map_check(f)
    value_check = _value_check(f)
    if value_check is None or not f.repeated:
        return value_check

    def each(message: Message, value: Any, where: str) -> None:
        for i, item in enumerate(value):
            value_check(message, item, f"{where}[{i}]")

    return each


def _clear_check(name: str, target: Field) -> _Check:
    def check(message: Message, value: Any, where: str) -> None:
        given = (
            message.HasField(target.name) if target.presence else len(getattr(message, target.name))
        )
        if given:
            where_target = where[: len(where) - len(name)] + target.name
            raise InvalidRequest(where_target, f"cannot be set together with {name}")

    return check


def _map_check(f: Field) -> _Check:
    is_metadata, of_messages = f.name == "metadata", f.message is not None

    def check(message: Message, value: Any, where: str) -> None:
        if is_metadata:
            _check_metadata(value, where)  # its keys too: checked there, in the same order
        for key in value:  # the map's own iteration: its items() is Python-level
            item = value[key]
            if not is_metadata:
                _check_map_key(key, where)
            if of_messages:
                _check_message(item, f"{where}[{key!r}]")
            elif isinstance(item, str):
                problem = _string_problem(item)
                if problem is not None:
                    raise InvalidRequest(f"{where}[{key!r}]", problem)

    return check


def _value_check(f: Field) -> _Check | None:
    """The check of one value of the field (one item of a list)."""
    if f.kind == "message":
        return _message_value
    if f.enum is not None:
        to_wire, enum_name = f.enum.to_wire, f.enum.name

        def enum(message: Message, value: Any, where: str) -> None:
            if value not in to_wire:
                raise InvalidRequest(where, f"not a value of {enum_name}")

        return enum
    if str in f.types:
        return _string_value
    if float in f.types:
        return _finite_value
    return None  # ints and bools: every value is valid


def _message_value(message: Message, value: Any, where: str) -> None:
    _check_message(value, where)


def _string_value(message: Message, value: Any, where: str) -> None:
    _check_string(value, where)


def _finite_value(message: Message, value: Any, where: str) -> None:
    if not math.isfinite(value):
        raise InvalidRequest(where, "must be a finite number")


def _string_problem(value: str) -> str | None:
    """What is wrong with a string parameter, if anything: the caller names the field only
    then (a map entry's path is an f-string with the key's repr, made for every entry else)."""
    if len(value) > MAX_STRING_LENGTH:
        return f"at most {MAX_STRING_LENGTH} characters"
    if "\x00" in value:
        return "must not contain NUL characters"
    return None


def _check_string(value: str, where: str) -> None:
    problem = _string_problem(value)
    if problem is not None:
        raise InvalidRequest(where, problem)


def _check_metadata(entries: Mapping[str, str], where: str) -> None:
    if len(entries) > METADATA_MAX_KEYS:
        raise InvalidRequest(where, f"at most {METADATA_MAX_KEYS} keys")
    for key in entries:
        value = entries[key]
        _check_map_key(key, where)
        if len(value) > METADATA_MAX_VALUE_LENGTH:
            raise InvalidRequest(
                f"{where}[{key!r}]", f"at most {METADATA_MAX_VALUE_LENGTH} characters"
            )


def _check_map_key(key: str, where: str) -> None:
    """Any map's key: Stripe's bracket syntax cannot carry an empty key or one with [ or ]."""
    if not key or len(key) > MAP_MAX_KEY_LENGTH or "[" in key or "]" in key:
        # A long key is not echoed: the error has to fit in gRPC's metadata limit (8 KiB).
        field = f"{where}[{key!r}]" if len(key) <= MAX_KEY_IN_FIELD else where
        raise InvalidRequest(
            field, f"keys must be 1 to {MAP_MAX_KEY_LENGTH} characters, without [ or ]"
        )
    problem = _string_problem(key)
    if problem is not None:
        raise InvalidRequest(f"{where}[{key!r}]", problem)
