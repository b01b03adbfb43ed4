"""JSON bytes: compact UTF-8, as `json` writes it, at orjson's speed."""

from __future__ import annotations

import json
from typing import Any

import orjson

_dumps = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON, as `json` writes it with ensure_ascii=False.

    orjson writes the same bytes for what the emulator holds (str keys, str, int, bool, None,
    lists, tuples and dicts: no floats), several times faster. What orjson refuses (an int
    beyond 64 bits, a non-str key, a lone surrogate, very deep nesting) goes to `json`, which
    answers or fails exactly as before.
    """
    try:
        return orjson.dumps(value)
    except TypeError:
        return _dumps(value).encode()


def kept(data: bytes) -> bytes:
    """`data` in a block of its own size, for bytes held long (a session's cached JSON, which
    its events share; an idempotency fingerprint). orjson hands back its whole output buffer:
    at least 4 KB, 32 KB for a 2.4 KB session (`python -m bench.event_log`)."""
    return bytes(memoryview(data))
