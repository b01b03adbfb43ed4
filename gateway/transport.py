"""An httpx transport over one aiohttp connection pool, reading each body whole.

httpx stays the API (Request, Response, AsyncBaseTransport; httpx.MockTransport in tests);
aiohttp does the HTTP, several times cheaper per call than httpx's own pool
(bench/transports.py): its connector's connections and its parser, with the request's head
written from httpx's own lines (see AiohttpTransport). Stripe's answers are small JSON
documents that the gateway parses whole, so the body is read here and handed to httpx as
content: no stream wrapper, no per-request timeout objects (the caller bounds every call
with its own deadline).
aiohttp's exceptions become httpx's at this one boundary, by the table below.
"""

from __future__ import annotations

import asyncio
import ssl
from itertools import chain
from typing import Final

import aiohttp
import httpx
from aiohttp import ClientRequest
from aiohttp.http_exceptions import HttpProcessingError
from yarl import URL

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
EXCEPTIONS: dict[type[Exception], type[httpx.TransportError]] = {
    aiohttp.ClientConnectorError: httpx.ConnectError,  # refused, DNS, TLS handshake
    aiohttp.ConnectionTimeoutError: httpx.ConnectTimeout,
    aiohttp.SocketTimeoutError: httpx.ReadTimeout,
    aiohttp.ServerTimeoutError: httpx.TimeoutException,
    aiohttp.ServerDisconnectedError: httpx.RemoteProtocolError,  # closed before answering
    aiohttp.ClientPayloadError: httpx.ReadError,  # body cut short or malformed
    aiohttp.ClientResponseError: httpx.RemoteProtocolError,  # not a valid HTTP response
    HttpProcessingError: httpx.RemoteProtocolError,  # the same, as aiohttp's parser says it
    aiohttp.ClientOSError: httpx.NetworkError,
    aiohttp.ClientConnectionError: httpx.NetworkError,
    aiohttp.InvalidURL: httpx.UnsupportedProtocol,
    aiohttp.NonHttpUrlClientError: httpx.UnsupportedProtocol,
    aiohttp.ClientError: httpx.TransportError,
}


# HTTP/1.1 methods that may be resent when a kept-alive connection turns out closed before
# answering (RFC 9112, 9.3.1), once, as aiohttp's ClientSession does.
_IDEMPOTENT: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
# What a connection may wait for: nothing bounded here (each caller bounds its own call).
_UNBOUNDED: Final = aiohttp.ClientTimeout()
# Origins remembered (Stripe's API has one or two); more are each made per request.
MAX_ORIGINS: Final = 16


def translate(exc: Exception) -> httpx.TransportError:
    """The httpx exception for an aiohttp one, its message kept (ClientError's row catches all)."""
    mapped = next(EXCEPTIONS[cls] for cls in type(exc).__mro__ if cls in EXCEPTIONS)
    return mapped(str(exc) or type(exc).__name__)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Sends httpx Requests with aiohttp; create it in the event loop that will use it.

    aiohttp's connector holds the connections (DNS, TLS, the pool's limit, keep-alive expiry)
    and its protocol parses each answer; the request's head is written here from the httpx
    Request's own lines, not through ClientSession.request: its per-request machinery (a
    ClientRequest of some twenty steps, cookies, timers, traces, a URL of yarl's) cost 146 us
    of CPU a Get against 72 us this way (docs/benchmarks.md, the seventh round).
    """

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
        # (scheme, netloc) -> the request aiohttp's connector knows an origin's connections by.
        self._origins: dict[tuple[str, bytes], ClientRequest] = {}

    def session(self) -> aiohttp.ClientSession:
        """The aiohttp session that owns the connector (bench.upstream_cost sends through it)."""
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
            timeout=_UNBOUNDED,
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
        connector = session.connector
        assert connector is not None, "the session owns its connector until aclose"
        url, method = request.url, request.method
        origin = self._origins.get((url.scheme, url.netloc)) or self._origin(url)
        data = _head(request) + request.content
        head_only = method == "HEAD"
        resend = method in _IDEMPOTENT
        while True:
            try:
                return await _exchange(connector, origin, data, head_only)
            except (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError) as exc:
                raise translate(exc) from exc  # never sent: nothing to resend
            except (aiohttp.ServerDisconnectedError, aiohttp.ClientOSError) as exc:
                if not resend:
                    raise translate(exc) from exc
                resend = False
            except (aiohttp.ClientError, HttpProcessingError) as exc:
                raise translate(exc) from exc
            except OSError as exc:
                if isinstance(exc, TimeoutError):
                    raise
                # What aiohttp's session makes of a bare OSError: ClientOSError's row.
                raise translate(aiohttp.ClientOSError(*exc.args)) from exc

    def _origin(self, url: httpx.URL) -> ClientRequest:
        """The request that names `url`'s origin to the connector (its connection key), made
        once per origin: aiohttp's pool hands out connections by it."""
        if url.scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"cannot send a request to {url.scheme!r} URLs")
        loop = asyncio.get_running_loop()
        origin = ClientRequest(
            "GET", URL(f"{url.scheme}://{url.netloc.decode('ascii')}/"), loop=loop
        )
        if len(self._origins) < MAX_ORIGINS:
            self._origins[url.scheme, url.netloc] = origin
        return origin

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
            self._origins.clear()


async def _exchange(
    connector: aiohttp.BaseConnector, origin: ClientRequest, data: bytes, head_only: bool
) -> RawAnswer:
    """One request's bytes written on a pooled connection, its answer read whole; the
    connection goes back to the pool, or is closed if anything went wrong (a cancel too)."""
    connection = await connector.connect(origin, [], _UNBOUNDED)
    try:
        protocol, transport = connection.protocol, connection.transport
        if protocol is None or transport is None:
            raise aiohttp.ServerDisconnectedError()
        # What ClientResponse.start asks of it, as the session's options say.
        protocol.set_response_params(
            skip_payload=head_only, read_until_eof=True, auto_decompress=False
        )
        transport.write(data)
        message, payload = await protocol.read()
        while 100 <= message.code < 200 and message.code != 101:  # informational: the next
            message, payload = await protocol.read()
        body = await payload.read()
    except BaseException:
        connection.close()
        raise
    connection.release()  # closed instead if the answer said so (Connection: close)
    return message.code, message.raw_headers, body


def _head(request: httpx.Request) -> bytes:
    """The request line and header lines, as httpx keeps them (Host among them); a body gets
    its Content-Length if the request lacks one. ValueError for a CR, LF or NUL in a line,
    as aiohttp raises: it would end the line early."""
    lines = request.headers._list  # Headers' own form: name, lower-case name, value
    content = request.content
    extra = b""
    if not lines or (lines[0][1] != b"host" and all(k != b"host" for _, k, _ in lines)):
        extra = b"Host: " + request.url.netloc + b"\r\n"
    if content and all(k not in _FRAMED for _, k, _ in lines):
        extra += b"Content-Length: " + str(len(content)).encode() + b"\r\n"
    head = b"".join(
        [
            request.method.encode("ascii"),
            b" ",
            request.url.raw_path,
            b" HTTP/1.1\r\n",
            *[name + b": " + value + b"\r\n" for name, _, value in lines],
            extra,
            b"\r\n",
        ]
    )
    ends = len(lines) + 2 + extra.count(b"\n")  # one a line, and the blank line
    if head.count(b"\r") != ends or head.count(b"\n") != ends or b"\0" in head:
        raise ValueError("a CR, LF or NUL in the request line or a header would end it early")
    return head


# Headers that frame a body: with neither, one gets its Content-Length.
_FRAMED: Final = (b"content-length", b"transfer-encoding")


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
