"""Upstream URLs: the base parsed once, each call's URL made from its parts without a re-parse.

httpx parses and normalises every URL string it is given, which cost 166k of the 1,394k
instructions of a Get. The gateway's paths (validated ids) and queries (urlencode's output)
are already in the form httpx's parse would leave them, so a call's URL is the base's parsed
parts with the path and query replaced. A path or query outside that form, which the gateway
does not make, takes httpx's full parse instead, so the result is always what the parse gives.
"""

from __future__ import annotations

import re
from typing import Final

import httpx

__all__ = ["BaseURL"]

# Non-empty segments not starting with a dot (no "." or ".." for httpx to normalise away) of
# unreserved characters, which httpx neither quotes nor changes.
_PLAIN_PATH: Final = re.compile(r"(?:/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+")
# urlencode's output: unreserved characters, + = &, and upper-case %XX escapes.
_PLAIN_QUERY: Final = re.compile(r"(?:[A-Za-z0-9._~+=&-]|%[0-9A-F]{2})*")


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
            or _PLAIN_QUERY.fullmatch(query) is None
        ):
            return httpx.URL(f"{self._text}{path}?{query}" if query else self._text + path)
        url = httpx.URL.__new__(httpx.URL)
        url._uri_reference = self._parts._replace(path=self._prefix + path, query=query or None)
        return url
