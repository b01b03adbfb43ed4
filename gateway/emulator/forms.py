"""Stripe's bracket syntax for form bodies and query strings, and value coercion."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl

from gateway.emulator.errors import StripeError, invalid_integer, invalid_value

_SEGMENT = re.compile(r"\[([^\[\]]*)\]")
# Hashes whose keys are the caller's own: `metadata[0]=a` is key "0", never an array index.
_FREE_FORM_HASHES = frozenset({"metadata"})


class _Array(dict[str, Any]):
    """A dict built from indexed keys, turned into a list once parsing ends."""


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
    """Decode a urlencoded string into nested dicts and lists of strings."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    root: dict[str, Any] = {}
    for key, value in parse_qsl(text, keep_blank_values=True):
        _assign(root, split_key(key), value, key)
    return _finish(root)  # type: ignore[no-any-return]


def _assign(root: dict[str, Any], segments: list[str], value: str, raw: str) -> None:
    node: dict[str, Any] = root
    path = segments[0]
    for i, segment in enumerate(segments[:-1]):
        nxt = segments[i + 1]
        key = segment if segment != "" else str(len(node))
        child = node.get(key)
        want_array = (nxt == "" or nxt.isdigit()) and segment not in _FREE_FORM_HASHES
        if child is None or child == "":
            # An empty scalar before a nested assignment means nothing; nest over it.
            child = _Array() if want_array else {}
            node[key] = child
        elif not isinstance(child, dict):
            raise invalid_value(path, f"Invalid hash: {path} cannot be both a value and a hash.")
        node = child
        path = f"{path}[{nxt}]"
    last = segments[-1]
    if last == "":
        last = str(len(node))
    existing = node.get(last)
    if isinstance(existing, dict) and value == "":
        return
    if isinstance(existing, dict):
        raise invalid_value(raw, f"Invalid hash: {raw} cannot be both a value and a hash.")
    node[last] = value


def _finish(value: Any) -> Any:
    if isinstance(value, _Array):
        if all(k.isdigit() for k in value):
            return [_finish(value[k]) for k in sorted(value, key=int)]
        return {k: _finish(v) for k, v in value.items()}
    if isinstance(value, dict):
        return {k: _finish(v) for k, v in value.items()}
    return value


def to_int(value: Any, param: str) -> int:
    if isinstance(value, bool):
        raise invalid_integer(param, value)
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"-?\d{1,18}", value):
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
