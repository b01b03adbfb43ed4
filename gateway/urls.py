"""Upstream URLs: the base parsed once, each call's URL made from its parts without a re-parse.

httpx parses and normalises every URL string it is given, which cost 166k of the 1,394k
instructions of a Get. The gateway's paths (validated ids) and queries (urlencode's output)
are already in the form httpx's parse would leave them, so a call's URL is the base's parsed
parts with the path and query replaced. A path or query outside that form, which the gateway
does not make, takes httpx's full parse instead, so the result is always what the parse gives.
And `form` encodes a GET's query and a POST's body as urlencode does, at a quarter of its cost.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final
from urllib.parse import quote_plus

import httpx
from httpx._urlparse import ParseResult

__all__ = ["BaseURL", "form"]

# Non-empty segments not starting with a dot (no "." or ".." for httpx to normalise away) of
# unreserved characters, which httpx neither quotes nor changes.
_PLAIN_PATH: Final = re.compile(r"(?:/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+")
# urlencode's output: unreserved characters, + = &, and upper-case %XX escapes.
_PLAIN_QUERY: Final = re.compile(r"(?:[A-Za-z0-9._~+=&-]|%[0-9A-F]{2})*")


# What quote_plus leaves as it is: ASCII letters, digits and _.-~ (urllib's always-safe set).
_UNQUOTED: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"
_QUOTED: Final = re.compile(f"[^{re.escape(_UNQUOTED)}]")
# Every ASCII character as quote_plus writes it, by code point (str.translate's table): itself
# if unquoted, "+" for a space, else %XX in upper case.
_ASCII: Final = [
    c if c in _UNQUOTED else "+" if c == " " else f"%{ord(c):02X}" for c in map(chr, range(128))
]


def _quote(text: str) -> str:
    """quote_plus(text) for ASCII text, which is nearly every value: as it is when nothing
    needs quoting (one regex search), else through str.translate (a regex sub's callback
    per quoted character cost a third more: a URL 14.9k instructions, now 11.5k)."""
    if not text.isascii():
        return quote_plus(text)
    return text if _QUOTED.search(text) is None else text.translate(_ASCII)


# A form's keys are the API's parameter names (and callers' metadata keys): few, and repeated.
_quote_key = lru_cache(maxsize=1024)(_quote)


def form(params: list[tuple[str, str]]) -> str:
    """`urllib.parse.urlencode(params)` for str pairs: a POST's body or a GET's query.

    urlencode quotes each key and value through quote_plus's per-byte Python loop (14 us for
    a Create's five pairs); this, 4 us (tests/test_urls.py holds it to urlencode, and every
    ASCII character to quote_plus).
    """
    return "&".join([f"{_quote_key(key)}={_quote(value)}" for key, value in params])


class BaseURL:
    """The base URL, parsed once; `join` makes each call's URL from it."""

    def __init__(self, base: str) -> None:
        self._text = base.rstrip("/")
        # httpx.URL keeps its parse as a NamedTuple: the one private attribute read and set
        # here (tests/test_urls.py holds the result to httpx's own parse, every route).
        url = httpx.URL(self._text)
        self.netloc = url.netloc.decode("ascii")  # the Host header httpx would send
        self._parts = url._uri_reference
        self._prefix = self._parts.path.rstrip("/")
        self._origin = self._parts[:4]  # scheme, userinfo, host, port
        self._fragment = self._parts.fragment
        # A base with a query or an unusual path: every URL takes the full parse.
        self._plain = (
            not self._parts.query
            and not self._parts.fragment
            and (not self._prefix or _PLAIN_PATH.fullmatch(self._prefix) is not None)
        )

    def join(self, path: str, query: str = "") -> httpx.URL:
        """The base followed by `path` (absolute) and `query` (encoded, without the `?`)."""
        if (
            not self._plain
            or _PLAIN_PATH.fullmatch(path) is None
            or (query and _PLAIN_QUERY.fullmatch(query) is None)
        ):
            return httpx.URL(f"{self._text}{path}?{query}" if query else self._text + path)
        url = httpx.URL.__new__(httpx.URL)
        # The base's parts with this path and query (what `_replace` makes, at a third the cost).
        url._uri_reference = tuple.__new__(
            ParseResult, (*self._origin, self._prefix + path, query or None, self._fragment)
        )
        return url
