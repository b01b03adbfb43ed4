"""Upstream URLs: the base parsed once, each call's URL made from its parts without a re-parse.

The same holds on the way to aiohttp: `YarlURLs` hands the transport the yarl URL aiohttp
would parse from the URL's text, made from httpx's parts (see there). And `form` encodes a
GET's query and a POST's body as urlencode does, at a quarter of its cost.

httpx parses and normalises every URL string it is given, which cost 166k of the 1,394k
instructions of a Get. The gateway's paths (validated ids) and queries (urlencode's output)
are already in the form httpx's parse would leave them, so a call's URL is the base's parsed
parts with the path and query replaced. A path or query outside that form, which the gateway
does not make, takes httpx's full parse instead, so the result is always what the parse gives.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Final
from urllib.parse import quote_plus

import httpx
from httpx._urlparse import ParseResult
from yarl import URL

# yarl's own requoting and dot-segment removal, the steps of its parse that a path or query
# already split apart still takes: so the result is the parse's by construction.
from yarl._path import normalize_path
from yarl._quoters import PATH_REQUOTER, QUERY_REQUOTER

__all__ = ["BaseURL", "YarlURLs", "form"]

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


# A URL's parts that its scheme and netloc alone decide (with no fragment, as here): yarl's
# cached properties, made once per origin and copied into each URL's cache, as aiohttp reads
# most of them per call (its host, port, Host header, connection key).
_ORIGIN_PARTS: Final = (
    "absolute",
    "scheme",
    "raw_authority",
    "authority",
    "raw_user",
    "user",
    "raw_password",
    "password",
    "raw_host",
    "host",
    "host_subcomponent",
    "host_port_subcomponent",
    "port",
    "explicit_port",
    "raw_fragment",
    "fragment",
)


class YarlURLs:
    """yarl URLs for httpx URLs, each what `yarl.URL(str(url))` parses, without its parse.

    aiohttp parses the text of every URL it is given (about 30k instructions a call, which
    yarl's cache of 128 texts saves only while the same few ids repeat). httpx has the URL
    split already: this parses each origin once, then requotes the path and query as yarl's
    parse would and builds the URL from the parts. A URL with a user, a fragment or an IPv6
    host takes the parse (tests/test_urls.py holds every kind to it).
    """

    def __init__(self) -> None:
        # (scheme, host, port) -> the netloc and the cached parts yarl's parse gives them.
        self._origins: dict[tuple[str, str, int | None], tuple[str, dict[str, Any]]] = {}

    def __call__(self, url: httpx.URL) -> URL:
        ref = url._uri_reference  # the parse httpx keeps (see BaseURL)
        if ref.userinfo or ref.fragment is not None or "[" in ref.host or not ref.path:
            return URL(str(url))
        key = (ref.scheme, ref.host, ref.port)
        origin = self._origins.get(key)
        if origin is None:
            parsed = URL(str(url))
            parsed.origin()  # computes its cached `_origin`
            for name in _ORIGIN_PARTS:  # and each of these, into its cache
                getattr(parsed, name)
            cached: dict[str, Any] = dict(parsed._cache)
            parts = {name: cached[name] for name in ("_origin", *_ORIGIN_PARTS)}
            origin = self._origins[key] = (parsed.raw_authority, parts)
        path = PATH_REQUOTER(ref.path)
        if "." in path:
            path = normalize_path(path)
        query = QUERY_REQUOTER(ref.query) if ref.query else ""
        # The object as yarl's parse (encode_url) leaves it, its cache of parts filled in: a URL
        # built with URL.build computes each part aiohttp asks for again from the netloc.
        made = object.__new__(URL)
        made._scheme, made._netloc, made._path, made._query, made._fragment = (
            origin[1]["scheme"],
            origin[0],
            path,
            query,
            "",
        )
        cache: Any = origin[1].copy()  # yarl's TypedDict of cached parts
        cache["raw_path"], cache["raw_query_string"] = path, query
        made._cache = cache
        return made
