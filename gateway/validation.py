"""Checks on a caller's request before anything reaches Stripe, with Stripe's limits.

Each failure raises `InvalidRequest(field, description)` naming the field by its path in
the request message (`line_items[0].price_data.currency`), which the caller's code can
find; the servicer turns it into INVALID_ARGUMENT with a BadRequest detail.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

from google.protobuf.descriptor import Descriptor
from google.protobuf.message import Message

from gateway.descriptors import Field, plan
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


def validate(request: Message | Undecodable) -> None:
    """Every check that applies to this request message; raises InvalidRequest."""
    if isinstance(request, Undecodable):
        raise InvalidRequest("", f"request is not a valid {request.name}")
    fields = request.DESCRIPTOR.fields_by_name
    if "id" in fields:
        validate_id(getattr(request, "id"))  # noqa: B009
    if "limit" in fields and request.HasField("limit"):
        low, high = LIMIT_RANGE
        if not low <= getattr(request, "limit") <= high:  # noqa: B009
            raise InvalidRequest("limit", f"must be between {low} and {high}")
    if "max_items" in fields and getattr(request, "max_items") < 0:  # noqa: B009
        raise InvalidRequest("max_items", "must not be negative (0 streams everything)")
    cursors = [c for c in CURSORS if c in fields and request.HasField(c)]
    if len(cursors) == 2:
        raise InvalidRequest("ending_before", "cannot be combined with starting_after")
    for cursor in cursors:
        value = getattr(request, cursor)
        if len(value) > MAX_ID_LENGTH or not OBJECT_ID.fullmatch(value):
            raise InvalidRequest(cursor, "must be an object id: letters, digits or _")
    if "expand" in fields:
        for i, path in enumerate(getattr(request, "expand")):  # noqa: B009
            if not EXPAND_PATH.fullmatch(path) or len(path) > MAX_STRING_LENGTH:
                raise InvalidRequest(f"expand[{i}]", "must be a dotted field path")
            if path.count(".") >= MAX_EXPAND_DEPTH:
                raise InvalidRequest(f"expand[{i}]", f"at most {MAX_EXPAND_DEPTH} levels deep")
    skip = {"id", "expand", *CURSORS}
    _check_message(request, "", skip)


def _check_message(message: Message, path: str, skip: set[str] | None = None) -> None:
    descriptor: Descriptor = message.DESCRIPTOR  # type: ignore[assignment]
    message_plan = plan(descriptor)
    for f in message_plan.required:
        if skip and f.name in skip:
            continue
        given = message.HasField(f.name) if f.presence else len(getattr(message, f.name))
        if not given:
            raise InvalidRequest(f"{path}.{f.name}" if path else f.name, "required")
    fields = message_plan.by_name
    # Only the fields that are set: an unset one holds its default, which is always valid.
    for descriptor_field, value in message.ListFields():
        name = descriptor_field.name
        if skip and name in skip:
            continue
        f = fields[name]
        where = f"{path}.{name}" if path else name
        if f.clears is not None:
            sibling = fields[f.clears]
            target = f.clears
            given = message.HasField(target) if sibling.presence else len(getattr(message, target))
            if given:
                where_target = f"{path}.{target}" if path else target
                raise InvalidRequest(where_target, f"cannot be set together with {name}")
        elif f.kind in ("map_scalar", "map_message"):
            if name == "metadata":
                _check_metadata(value, where)
            for key, item in value.items():
                _check_map_key(key, where)
                if f.message is not None:
                    _check_message(item, f"{where}[{key!r}]")
                elif isinstance(item, str):
                    _check_string(item, f"{where}[{key!r}]")
        elif f.repeated:
            for i, item in enumerate(value):
                _check_value(f, item, f"{where}[{i}]")
        else:
            _check_value(f, value, where)


def _check_value(f: Field, value: Any, where: str) -> None:
    if f.kind == "message":
        _check_message(value, where)
    elif f.enum is not None:
        if value not in f.enum.to_wire:
            raise InvalidRequest(where, f"not a value of {f.enum.name}")
    elif isinstance(value, str):
        _check_string(value, where)
    elif isinstance(value, float) and not math.isfinite(value):
        raise InvalidRequest(where, "must be a finite number")


def _check_string(value: str, where: str) -> None:
    if len(value) > MAX_STRING_LENGTH:
        raise InvalidRequest(where, f"at most {MAX_STRING_LENGTH} characters")
    if "\x00" in value:
        raise InvalidRequest(where, "must not contain NUL characters")


def _check_metadata(entries: Mapping[str, str], where: str) -> None:
    if len(entries) > METADATA_MAX_KEYS:
        raise InvalidRequest(where, f"at most {METADATA_MAX_KEYS} keys")
    for key, value in entries.items():
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
    _check_string(key, f"{where}[{key!r}]")
