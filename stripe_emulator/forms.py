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
    names = _NAMES
    for field in text.split("&"):
        if not field:
            continue
        raw_name, _, value = field.partition("=")
        name = names.get(raw_name)
        if name is None:
            name = _name(raw_name)
        if "+" in value:
            value = value.replace("+", " ")
        if "%" in value:
            value = _unquote(value)
        segments = name[1]
        top = segments[0]
        # A plain top-level name over no hash (most fields): `_assign` with nothing to walk.
        if len(segments) == 1 and top and not isinstance(root.get(top), dict):
            root[top] = value
        else:
            _assign(root, segments, value, name[0], arrays)
    # Innermost first: an array's elements are lists already when it becomes one.
    for parent, key in reversed(arrays):
        node = parent[key]
        keys = list(node)
        if keys == _INDEXES[: len(keys)]:  # "0", "1"... in order, as clients send them
            parent[key] = list(node.values())
        elif all(map(str.isdigit, keys)):
            parent[key] = [node[k] for k in sorted(keys, key=int)]
    return root


_INDEXES = [str(i) for i in range(1000)]


# Raw (still encoded) field name -> (decoded name, its segments); bounded, never evicted.
_NAMES: dict[str, tuple[str, tuple[str, ...]]] = {}
_NAMES_MAX = 4096
_NAME_CACHED_LENGTH = 200


def _unquote(text: str) -> str:
    """urllib's unquote. ASCII text, when every % starts an escape, goes through C codecs:
    each `%XX` made `\\xXX` (backslashes doubled first) for unicode_escape, whose code points
    below 256 are the bytes (1.7 -> 1.1 us a URL by timeit: urllib loops per escape)."""
    if text.isascii():
        try:
            escaped = text.replace("\\", "\\\\").replace("%", "\\x").encode()
            return escaped.decode("unicode_escape").encode("latin-1").decode("utf-8", "replace")
        except UnicodeDecodeError:  # a % not followed by two hex digits
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
