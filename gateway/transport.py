"""An httpx transport over one aiohttp connection pool, reading each body whole.

httpx stays the API (Request, Response, AsyncBaseTransport; httpx.MockTransport in tests);
aiohttp does the HTTP, several times cheaper per call than httpx's own pool
(bench/transports.py). Stripe's answers are small JSON documents that the gateway parses
whole, so the body is read here and handed to httpx as content: no stream wrapper, no
per-request timeout objects (the caller bounds every call with its own deadline).
aiohttp's exceptions become httpx's at this one boundary, by the table below.
"""

from __future__ import annotations

import ssl
from itertools import chain
from typing import Final

import aiohttp
import httpx
from aiohttp import hdrs
from aiohttp.payload import BytesPayload
from multidict import CIMultiDict, CIMultiDictProxy

from gateway.urls import YarlURLs

__all__ = [
    "EXCEPTIONS",
    "AiohttpTransport",
    "Line",
    "RawAnswer",
    "header_values",
    "headers_of",
    "raw_header_values",
    "read_body",
    "response_headers",
    "response_of",
    "translate",
]

# A header as httpx.Headers keeps it: name, lower-case name, value (bytes).
Line = tuple[bytes, bytes, bytes]
# An answer as aiohttp read it: status, raw header lines, body.
RawAnswer = tuple[int, tuple[tuple[bytes, bytes], ...], bytes]

# aiohttp exception -> the httpx exception it means; the most specific class wins (MRO order).
EXCEPTIONS: dict[type[aiohttp.ClientError], type[httpx.TransportError]] = {
    aiohttp.ClientConnectorError: httpx.ConnectError,  # refused, DNS, TLS handshake
    aiohttp.ConnectionTimeoutError: httpx.ConnectTimeout,
    aiohttp.SocketTimeoutError: httpx.ReadTimeout,
    aiohttp.ServerTimeoutError: httpx.TimeoutException,
    aiohttp.ServerDisconnectedError: httpx.RemoteProtocolError,  # closed before answering
    aiohttp.ClientPayloadError: httpx.ReadError,  # body cut short or malformed
    aiohttp.ClientResponseError: httpx.RemoteProtocolError,  # not a valid HTTP response
    aiohttp.ClientOSError: httpx.NetworkError,
    aiohttp.ClientConnectionError: httpx.NetworkError,
    aiohttp.InvalidURL: httpx.UnsupportedProtocol,
    aiohttp.NonHttpUrlClientError: httpx.UnsupportedProtocol,
    aiohttp.ClientError: httpx.TransportError,
}


_ACCEPTS = b"accept-encoding"
_SKIPPED = ("Accept-Encoding",)


def translate(exc: aiohttp.ClientError) -> httpx.TransportError:
    """The httpx exception for an aiohttp one, its message kept (ClientError's row catches all)."""
    mapped = next(EXCEPTIONS[cls] for cls in type(exc).__mro__ if cls in EXCEPTIONS)
    return mapped(str(exc) or type(exc).__name__)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Sends httpx Requests with aiohttp; create it in the event loop that will use it."""

    def __init__(
        self,
        *,
        max_connections: int,
        keepalive_expiry: float = 5.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self._max_connections = max_connections
        self._keepalive_expiry = keepalive_expiry
        # httpx's context (certifi's roots), as httpx's own transport would verify with.
        self._ssl = ssl_context or httpx.create_ssl_context()
        self._session: aiohttp.ClientSession | None = None
        self._urls = YarlURLs()  # aiohttp's URL from httpx's parts, not parsed from text

    def session(self) -> aiohttp.ClientSession:
        """The aiohttp session requests go through, opened on first use (bench.upstream_cost)."""
        return self._session or self._open()

    def _open(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=self._max_connections,
            limit_per_host=0,
            keepalive_timeout=self._keepalive_expiry,
            ssl=self._ssl,
        )
        # No session timeout either (aiohttp's default would cut every call at 5 minutes).
        self._session = aiohttp.ClientSession(
            connector=connector,
            timeout=aiohttp.ClientTimeout(),
            auto_decompress=False,  # httpx decodes Content-Encoding from the raw bytes
            # One client serves every caller: no cookie may pass from one call to the next.
            cookie_jar=aiohttp.DummyCookieJar(),
        )
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return response_of(*await self.send_raw(request), request)

    async def send_raw(self, request: httpx.Request) -> RawAnswer:
        """`request` sent, its answer as aiohttp read it (status, raw header lines, body): what
        handle_async_request makes its Response of (`response_of`), for a caller that reads
        only a few headers (`raw_header_values`) and would not use the Response."""
        session = self._session or self._open()
        lines = request.headers._list  # Headers' own form: name, lower-case name, value
        try:
            async with session.request(
                request.method,
                self._urls(request.url),
                headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, _, v in lines],
                data=_payload(request.content) if request.content else None,
                allow_redirects=False,
                # The caller's headers say what it takes: aiohttp adds its own Accept-Encoding
                # unless told to skip it, which costs a multidict copy a request when it is set.
                skip_auto_headers=None if _ACCEPTS in [k for _, k, _ in lines] else _SKIPPED,
            ) as response:
                body = await response.read()
        except aiohttp.ClientError as exc:
            raise translate(exc) from exc
        return response.status, response.raw_headers, body

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


# A BytesPayload's own headers (its default Content-Type, which a request's own replaces),
# read-only: aiohttp only copies them into the request, so every body shares them.
_BYTES_HEADERS: Final = CIMultiDictProxy(
    CIMultiDict({hdrs.CONTENT_TYPE: "application/octet-stream"})
)


def _payload(content: bytes) -> BytesPayload:
    """What aiohttp makes of `data=content`, `BytesPayload(content)`, with its state set whole:
    Payload.__init__'s keywords and CIMultiDict, and aiohttp's lookup of the payload type for
    the bytes, cost 15.8k instructions a POST, this 7.9k; aiohttp takes a Payload as it is
    (tests/test_transport.py holds it to aiohttp's own)."""
    body = object.__new__(BytesPayload)
    body._encoding = body._filename = None
    body._headers = _BYTES_HEADERS  # type: ignore[assignment]  # read by aiohttp, never changed
    body._value, body._size = content, len(content)
    return body


def response_of(
    status: int, raw: tuple[tuple[bytes, bytes], ...], body: bytes, request: httpx.Request
) -> httpx.Response:
    """The httpx Response of an answer as aiohttp read it (AiohttpTransport.send_raw)."""
    # A stream of the body as read, not `content=`: that would run it through httpx's
    # decoders now, and `read_body` again (9.7 us against 1.9 us a response).
    return _response(status, response_headers(raw), body, request)


def _response(
    status: int, headers: httpx.Headers, body: bytes, request: httpx.Request
) -> httpx.Response:
    """What `httpx.Response(status, headers=headers, stream=ByteStream(body), request=request)`
    makes, but with these very headers: Response copies the headers it is given, and drops
    the encoding response_headers found. Its state set whole (tests/test_transport.py holds
    it to httpx's), without __init__'s checks of what it was not given.
    """
    response = httpx.Response.__new__(httpx.Response)
    response.status_code, response.headers, response._request = status, headers, request
    response.next_request, response.extensions, response.history = None, {}, []
    response.is_closed = response.is_stream_consumed = False
    response.default_encoding, response.stream = "utf-8", httpx.ByteStream(body)
    response._num_bytes_downloaded = 0
    return response


def response_headers(raw: tuple[tuple[bytes, bytes], ...]) -> httpx.Headers:
    """httpx's Headers of a response's raw header lines, as `httpx.Headers(raw)` makes them.

    Without a function call per line, and with the encoding httpx would find when every line is
    ASCII (which it otherwise works out by decoding each line twice, on the first lookup):
    together about 10k instructions a response (tests/test_transport.py holds it to httpx's).
    """
    lines = [(key, key.lower(), value) for key, value in raw]
    return headers_of(lines, "ascii" if b"".join(chain.from_iterable(raw)).isascii() else None)


def headers_of(lines: list[Line], encoding: str | None) -> httpx.Headers:
    """httpx.Headers holding `lines`, already in its own form, as they are, with `encoding`
    (None: httpx works it out on first use): its whole state, without __init__'s copy and
    checks of every line."""
    headers = httpx.Headers.__new__(httpx.Headers)
    headers._list, headers._encoding = lines, encoding
    return headers


def header_values(headers: httpx.Headers, names: tuple[bytes, ...]) -> list[str | None]:
    """`headers.get(name)` for each of `names` (lower-case), in one pass over the lines.

    Each `get` builds and scans a list of every line, and one for a header that is absent
    raises and catches a KeyError; a response's few wanted headers take one loop instead.
    """
    found: dict[bytes, bytes] = {}
    for _, key, value in headers._list:  # Headers' own form (see response_headers)
        if key in names:
            found[key] = found[key] + b", " + value if key in found else value
    if not found:
        return [None] * len(names)
    encoding = headers.encoding
    return [found[name].decode(encoding) if name in found else None for name in names]


def raw_header_values(
    raw: tuple[tuple[bytes, bytes], ...], names: tuple[bytes, ...]
) -> list[str | None] | None:
    """`header_values(response_headers(raw), names)` from the raw lines, without httpx's Headers
    (their lines, their encoding over every line, the Response around them), when each value
    found is ASCII, which any encoding httpx could choose decodes alike; else None, and the
    caller takes the Response's way."""
    found: dict[bytes, bytes] = {}
    for key, value in raw:
        lower = key.lower()
        if lower in names:
            found[lower] = found[lower] + b", " + value if lower in found else value
    values: list[str | None] = []
    for name in names:
        wanted = found.get(name)
        if wanted is None:
            values.append(None)
        elif wanted.isascii():
            values.append(wanted.decode("ascii"))
        else:
            return None
    return values


async def read_body(response: httpx.Response, encoded: bool | None = None) -> bytes:
    """A response's body, decoded: as the transport read it, when there is nothing to decode.

    httpx's `aread` passes even an unencoded whole body through its decoders and chunkers
    (about 8 us a call); a body already whole in a ByteStream with no Content-Encoding is
    the answer as it is. Anything else (gzip, a streaming transport's body) takes `aread`.
    `encoded`: whether the response has a Content-Encoding, when the caller knows already.
    """
    stream = response.stream
    if encoded is None:
        encoded = "content-encoding" in response.headers
    if not encoded and isinstance(stream, httpx.ByteStream):
        return b"".join(stream)  # one chunk: the same bytes object, not a copy
    return await response.aread()
