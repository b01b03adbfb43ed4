"""Stripe's bracket syntax for form bodies and query strings, and value coercion."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote, unquote_to_bytes

from stripe_emulator.errors import StripeError, invalid_integer, invalid_value

_SEGMENT = re.compile(r"\[([^\[\]]*)\]")
_INTEGER = re.compile(r"-?\d{1,18}")
# Hashes whose keys are the caller's own: `metadata[0]=a` is key "0", never an array index.
_FREE_FORM_HASHES = frozenset({"metadata"})


def split_key(key: str) -> list[str]:
    """`a[b][0][]` -> ["a", "b", "0", ""]; a malformed tail stays part of the last name."""
    head, bracket, _ = key.partition("[")
    if not bracket:
        return [key]
    rest = key[len(head) :]
    segments = [head]
    pos = 0
    for match in _SEGMENT.finditer(rest):
        if match.start() != pos:
            break
        segments.append(match.group(1))
        pos = match.end()
    if pos != len(rest):
        # Unbalanced brackets: treat the whole key as one opaque name, as Rack does.
        return [key]
    return segments


def parse_form(text: str | bytes) -> dict[str, Any]:
    """Decode a urlencoded string into nested dicts and lists of strings.

    The fields split as `urllib.parse.parse_qsl(text, keep_blank_values=True)` splits them,
    without its per-field overhead; a name's decoding and segments are cached, since clients
    send the same few names again and again.
    """
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    root: dict[str, Any] = {}
    if not text:
        return root
    arrays: list[tuple[dict[str, Any], str]] = []
    for field in text.split("&"):
        if not field:
            continue
        raw_name, _, value = field.partition("=")
        name = _NAMES.get(raw_name)
        if name is None:
            name = _name(raw_name)
        if "+" in value:
            value = value.replace("+", " ")
        if "%" in value:
            value = _unquote(value)
        _assign(root, name[1], value, name[0], arrays)
    # Innermost first: an array's elements are lists already when it becomes one.
    for parent, key in reversed(arrays):
        node = parent[key]
        if all(k.isdigit() for k in node):
            parent[key] = [node[k] for k in sorted(node, key=int)]
    return root


# Raw (still encoded) field name -> (decoded name, its segments); bounded, never evicted.
_NAMES: dict[str, tuple[str, tuple[str, ...]]] = {}
_NAMES_MAX = 4096
_NAME_CACHED_LENGTH = 200


def _unquote(text: str) -> str:
    # urllib's unquote, which first splits out runs of non-ASCII text: ASCII needs no split.
    if text.isascii():
        return unquote_to_bytes(text).decode("utf-8", "replace")
    return unquote(text)


def _name(raw: str) -> tuple[str, tuple[str, ...]]:
    key = _unquote(raw.replace("+", " "))
    result = (key, tuple(split_key(key)))
    if len(raw) <= _NAME_CACHED_LENGTH and len(_NAMES) < _NAMES_MAX:
        _NAMES[raw] = result
    return result


def _assign(
    root: dict[str, Any],
    segments: tuple[str, ...],
    value: str,
    raw: str,
    arrays: list[tuple[dict[str, Any], str]],
) -> None:
    """Set one field; a hash built from indexed keys (`a[0]`, `a[]`) is noted in `arrays`."""
    node: dict[str, Any] = root
    for i in range(len(segments) - 1):
        segment, nxt = segments[i], segments[i + 1]
        key = segment if segment != "" else str(len(node))
        child = node.get(key)
        if child is None or child == "":
            # An empty scalar before a nested assignment means nothing; nest over it.
            child = node[key] = {}
            if (nxt == "" or nxt.isdigit()) and segment not in _FREE_FORM_HASHES:
                arrays.append((node, key))
        elif not isinstance(child, dict):
            path = segments[0] + "".join(f"[{s}]" for s in segments[1 : i + 1])
            raise invalid_value(path, f"Invalid hash: {path} cannot be both a value and a hash.")
        node = child
    last = segments[-1]
    if last == "":
        last = str(len(node))
    existing = node.get(last)
    if isinstance(existing, dict):
        if value == "":
            return
        raise invalid_value(raw, f"Invalid hash: {raw} cannot be both a value and a hash.")
    node[last] = value


def to_int(value: Any, param: str) -> int:
    if isinstance(value, bool):
        raise invalid_integer(param, value)
    if isinstance(value, int):
        return value
    if isinstance(value, str) and _INTEGER.fullmatch(value):
        return int(value)
    raise invalid_integer(param, value if isinstance(value, str) else "(a hash or array)")


def to_bool(value: Any, param: str) -> bool:
    if value is True or value == "true":
        return True
    if value is False or value == "false":
        return False
    raise StripeError(
        400,
        f"Invalid boolean: {value}",
        code="parameter_invalid_boolean" if isinstance(value, str) else "parameter_invalid",
        param=param,
    )
