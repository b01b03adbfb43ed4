"""gateway.transport: httpx Requests over aiohttp, against real loopback servers."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable

import aiohttp
import httpx
import pytest
import trustme
from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from gateway.transport import (
    EXCEPTIONS,
    AiohttpTransport,
    header_values,
    raw_header_values,
    response_headers,
    translate,
)
from gateway.upstream import StripeClient

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _instance(cls: type[Exception]) -> Exception:
    """An instance of each aiohttp exception, built as aiohttp itself builds it."""
    if issubclass(cls, HttpProcessingError):
        return cls(code=400, message="bad status line")
    if issubclass(cls, aiohttp.ClientConnectorError):
        key = aiohttp.client_reqrep.ConnectionKey("127.0.0.1", 1, False, True, None, None, None)
        return cls(key, OSError(111, "Connection refused"))
    if issubclass(cls, aiohttp.ClientResponseError):
        info = aiohttp.RequestInfo(URL("http://127.0.0.1/"), "GET", CIMultiDictProxy(CIMultiDict()))
        return cls(info, (), status=400, message="bad status line")
    if issubclass(cls, aiohttp.InvalidURL | aiohttp.NonHttpUrlClientError):
        return cls("ftp://127.0.0.1/")
    return cls("what happened")


@pytest.mark.parametrize("source, target", list(EXCEPTIONS.items()), ids=lambda c: c.__name__)
def test_every_aiohttp_exception_becomes_its_httpx_exception(
    source: type[Exception], target: type[httpx.TransportError]
) -> None:
    mapped = translate(_instance(source))
    assert type(mapped) is target
    assert str(mapped)


@pytest.mark.parametrize(
    "source, target",
    [
        (aiohttp.ClientSSLError, httpx.ConnectError),
        (aiohttp.ClientConnectorCertificateError, httpx.ConnectError),
        (aiohttp.ContentTypeError, httpx.RemoteProtocolError),
        (aiohttp.ServerFingerprintMismatch, httpx.NetworkError),
    ],
    ids=lambda c: c.__name__,
)
def test_an_exception_without_a_row_takes_its_nearest_ancestors(
    source: type[aiohttp.ClientError], target: type[httpx.TransportError]
) -> None:
    if source is aiohttp.ServerFingerprintMismatch:
        exc: Exception = source(b"a", b"b", "127.0.0.1", 443)
    elif source is aiohttp.ClientConnectorCertificateError:
        key = aiohttp.client_reqrep.ConnectionKey("h", 1, True, True, None, None, None)
        exc = source(key, ValueError("bad certificate"))
    else:
        exc = _instance(source)
    assert type(translate(exc)) is target


async def _serve(
    handler: Handler, tls: ssl.SSLContext | None = None, host: str = "127.0.0.1"
) -> AsyncIterator[str]:
    """`handler` served on a port of its own, its base URL named with `host`."""
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handler)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=tls)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"{'https' if tls else 'http'}://{host}:{port}"
    finally:
        await runner.cleanup()


@contextlib.asynccontextmanager
async def _raw(
    answer: Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]],
) -> AsyncIterator[str]:
    """`answer` speaking raw bytes to each connection; the base URL."""
    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    try:
        yield f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    finally:
        server.close()
        await server.wait_closed()


@pytest.fixture
async def echo() -> AsyncIterator[str]:
    async def handler(request: web.Request) -> web.Response:
        body = json.dumps(
            {
                "method": request.method,
                "path": request.path_qs,
                "headers": dict(request.headers),
                "body": (await request.read()).decode(),
                "peer": request.transport.get_extra_info("peername")[1],  # type: ignore[union-attr]
            }
        ).encode()
        if request.query.get("gzip"):
            return web.Response(
                body=gzip.compress(body),
                headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
            )
        return web.Response(body=body, status=int(request.query.get("status", 200)))

    async for url in _serve(handler):
        yield url


async def _send(transport: AiohttpTransport, request: httpx.Request) -> httpx.Response:
    response = await transport.handle_async_request(request)
    await response.aread()
    return response


async def test_a_post_arrives_with_its_headers_and_body_and_the_answer_comes_back(
    echo: str,
) -> None:
    transport = AiohttpTransport(max_connections=4)
    request = httpx.Request(
        "POST",
        f"{echo}/v1/checkout/sessions?x=1",
        headers={"Authorization": "Bearer sk_test_x", "Idempotency-Key": "k1"},
        content=b"mode=payment&metadata[a]=b",
    )
    response = await _send(transport, request)
    seen = response.json()
    await transport.aclose()
    assert response.status_code == 200 and response.request is request
    assert seen["method"] == "POST" and seen["path"] == "/v1/checkout/sessions?x=1"
    assert seen["body"] == "mode=payment&metadata[a]=b"
    assert seen["headers"]["Authorization"] == "Bearer sk_test_x"
    assert seen["headers"]["Idempotency-Key"] == "k1"


async def test_an_error_status_is_a_response_not_an_exception(echo: str) -> None:
    transport = AiohttpTransport(max_connections=4)
    response = await _send(transport, httpx.Request("GET", f"{echo}/v1/x?status=402"))
    await transport.aclose()
    assert response.status_code == 402 and response.json()["method"] == "GET"


async def test_a_gzip_body_is_decoded_and_no_encoding_is_asked_for_unless_the_caller_does(
    echo: str,
) -> None:
    transport = AiohttpTransport(max_connections=4)
    plain = await _send(transport, httpx.Request("GET", f"{echo}/v1/x"))
    zipped = await _send(
        transport, httpx.Request("GET", f"{echo}/v1/x?gzip=1", headers={"Accept-Encoding": "gzip"})
    )
    await transport.aclose()
    assert "Accept-Encoding" not in plain.json()["headers"]
    assert zipped.headers["content-encoding"] == "gzip"
    assert zipped.json()["headers"]["Accept-Encoding"] == "gzip"


async def test_connections_are_kept_alive_and_reused(echo: str) -> None:
    transport = AiohttpTransport(max_connections=4)
    peers = {(await _send(transport, httpx.Request("GET", f"{echo}/v1/x"))).json()["peer"]}
    for _ in range(5):
        peers.add((await _send(transport, httpx.Request("GET", f"{echo}/v1/x"))).json()["peer"])
    await transport.aclose()
    assert len(peers) == 1


async def test_a_cookie_set_by_the_upstream_is_never_sent_on_a_later_call() -> None:
    async def handler(request: web.Request) -> web.Response:
        response = web.Response(text=json.dumps({"cookie": request.headers.get("Cookie")}))
        response.set_cookie("session", "caller-a")
        return response

    # A host name: aiohttp's default jar ignores cookies from bare IP addresses.
    async for url in _serve(handler, host="localhost"):
        transport = AiohttpTransport(max_connections=1)
        first = await _send(transport, httpx.Request("GET", f"{url}/v1/x"))
        second = await _send(transport, httpx.Request("GET", f"{url}/v1/x"))
        await transport.aclose()
        assert "caller-a" in first.headers["set-cookie"]
        assert second.json() == {"cookie": None}  # one caller's cookie never reaches another's


async def test_the_pool_holds_at_most_max_connections() -> None:
    gate = asyncio.Event()
    peers: set[int] = set()

    async def handler(request: web.Request) -> web.Response:
        peers.add(request.transport.get_extra_info("peername")[1])  # type: ignore[union-attr]
        await gate.wait()
        return web.Response(text="{}")

    async for url in _serve(handler):
        transport = AiohttpTransport(max_connections=2)
        calls = [
            asyncio.ensure_future(_send(transport, httpx.Request("GET", f"{url}/v1/x")))
            for _ in range(6)
        ]
        await asyncio.sleep(0.2)
        assert len(peers) == 2  # the other four wait in aiohttp's pool
        gate.set()
        answers = await asyncio.gather(*calls)
        await transport.aclose()
        assert [a.status_code for a in answers] == [200] * 6 and len(peers) == 2


async def test_a_cancelled_call_gives_its_connection_back() -> None:
    slow = asyncio.Event()

    async def handler(request: web.Request) -> web.Response:
        if request.path == "/slow":
            await slow.wait()
        return web.Response(text="{}")

    async for url in _serve(handler):
        transport = AiohttpTransport(max_connections=1)
        call = asyncio.ensure_future(_send(transport, httpx.Request("GET", f"{url}/slow")))
        await asyncio.sleep(0.1)
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
        async with asyncio.timeout(5):  # would wait forever if the one slot had leaked
            response = await _send(transport, httpx.Request("GET", f"{url}/fast"))
        slow.set()
        await transport.aclose()
        assert response.status_code == 200


async def test_a_refused_connection_is_httpx_connect_error() -> None:
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    transport = AiohttpTransport(max_connections=1)
    with pytest.raises(httpx.ConnectError) as caught:
        await _send(transport, httpx.Request("GET", f"http://127.0.0.1:{port}/v1/x"))
    await transport.aclose()
    assert isinstance(caught.value.__cause__, aiohttp.ClientConnectorError)


@pytest.mark.parametrize(
    "reply, expected",
    [
        (b"", httpx.RemoteProtocolError),  # closed without a word
        (b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{}", httpx.ReadError),  # cut short
        (b"NOT HTTP AT ALL\r\n\r\n", httpx.RemoteProtocolError),
    ],
    ids=["disconnect", "truncated", "garbage"],
)
async def test_a_broken_answer_is_the_matching_httpx_error(
    reply: bytes, expected: type[httpx.TransportError]
) -> None:
    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(reply)
        await writer.drain()
        writer.close()

    transport = AiohttpTransport(max_connections=1)
    async with _raw(answer) as url:
        with pytest.raises(expected) as caught:
            await _send(transport, httpx.Request("GET", f"{url}/v1/x"))
        await transport.aclose()
    assert isinstance(caught.value.__cause__, aiohttp.ClientError | HttpProcessingError)


async def test_close_is_safe_twice_and_the_transport_opens_again_after(echo: str) -> None:
    transport = AiohttpTransport(max_connections=1)
    await transport.aclose()  # never opened
    assert (await _send(transport, httpx.Request("GET", f"{echo}/v1/x"))).status_code == 200
    await transport.aclose()
    await transport.aclose()
    assert (await _send(transport, httpx.Request("GET", f"{echo}/v1/x"))).status_code == 200
    await transport.aclose()


@pytest.mark.parametrize(
    "raw",
    [
        (),
        ((b"Content-Type", b"application/json"), (b"Request-Id", b"req_1")),
        ((b"Set-Cookie", b"a=1"), (b"set-cookie", b"b=2"), (b"X-Empty", b"")),  # repeated
        ((b"X-Name", "café".encode()),),  # UTF-8
        ((b"X-Name", "café".encode("latin-1")),),  # neither ASCII nor UTF-8
    ],
    ids=["none", "ascii", "repeated", "utf-8", "latin-1"],
)
def test_response_headers_are_httpx_own(raw: tuple[tuple[bytes, bytes], ...]) -> None:
    made, expected = response_headers(raw), httpx.Headers(raw)
    assert vars(made).keys() == vars(expected).keys()  # made without __init__: the same state
    assert made.raw == expected.raw and made.encoding == expected.encoding
    assert made.multi_items() == expected.multi_items() and made == expected
    for key in ("content-type", "REQUEST-ID", "set-cookie", "x-name", "x-missing"):
        assert made.get_list(key) == expected.get_list(key)


@pytest.mark.parametrize(
    "raw",
    [
        (),
        ((b"Content-Type", b"application/json"), (b"Request-Id", b"req_1")),
        ((b"Request-Id", b"a"), (b"X-Other", b"b"), (b"request-id", b"c")),  # repeated
        ((b"Request-Id", "café".encode()),),  # UTF-8
        ((b"Request-Id", "café".encode("latin-1")), (b"Content-Encoding", b"gzip")),
    ],
    ids=["none", "ascii", "repeated", "utf-8", "latin-1"],
)
def test_header_values_are_what_get_gives(raw: tuple[tuple[bytes, bytes], ...]) -> None:
    names = (b"request-id", b"content-encoding", b"x-missing")
    for headers in (httpx.Headers(raw), response_headers(raw)):
        expected = [httpx.Headers(raw).get(name.decode()) for name in names]
        assert header_values(headers, names) == expected


@pytest.mark.parametrize(
    ("raw", "reads_raw"),
    [
        ((), True),
        (((b"Content-Type", b"application/json"), (b"Request-Id", b"req_1")), True),
        (((b"Request-Id", b"a"), (b"X-Other", b"b"), (b"request-id", b"c")), True),  # repeated
        (((b"REQUEST-ID", b"req_2"), (b"Stripe-Should-Retry", b"true")), True),  # any case
        (((b"Request-Id", b"req_3"), (b"X-Name", "café".encode())), True),  # UTF-8 elsewhere
        (((b"Request-Id", b"req_4"), (b"X-Name", "café".encode("latin-1"))), True),  # latin-1
        (((b"Content-Encoding", b"gzip"), (b"Request-Id", b"req_5")), True),
        (((b"Content-Encoding", b""),), True),  # present though empty: still not None
        (((b"Request-Id", "café".encode()),), False),  # a wanted value not ASCII: httpx's way
        (((b"Request-Id", "café".encode("latin-1")),), False),
    ],
    ids=[
        "none",
        "ascii",
        "repeated",
        "case",
        "utf-8-elsewhere",
        "latin-1-elsewhere",
        "gzip",
        "empty",
        "utf-8",
        "latin-1",
    ],
)
def test_raw_header_values_are_what_the_responses_headers_give(
    raw: tuple[tuple[bytes, bytes], ...], reads_raw: bool
) -> None:
    names = (b"content-encoding", b"request-id", b"stripe-should-retry")
    found = raw_header_values(raw, names)
    if reads_raw:
        assert found == header_values(response_headers(raw), names)
    else:
        assert found is None


async def test_a_response_has_the_upstream_headers_as_httpx_reads_them() -> None:
    async def handler(request: web.Request) -> web.Response:
        name = request.query["name"]
        return web.Response(text="{}", headers={"Request-Id": "req_1", "X-Name": name})

    async for url in _serve(handler):
        transport = AiohttpTransport(max_connections=1)
        plain = await _send(transport, httpx.Request("GET", f"{url}/v1/x?name=plain"))
        accented = await _send(transport, httpx.Request("GET", f"{url}/v1/x?name=caf%C3%A9"))
        await transport.aclose()
        assert (plain.headers["request-id"], plain.headers["x-name"]) == ("req_1", "plain")
        assert plain.headers.encoding == "ascii"
        assert (accented.headers["x-name"], accented.headers.encoding) == ("café", "utf-8")


async def test_a_response_is_in_the_state_httpx_response_makes(echo: str) -> None:
    transport = AiohttpTransport(max_connections=1)
    request = httpx.Request("GET", f"{echo}/v1/x")
    made = await transport.handle_async_request(request)
    await transport.aclose()
    assert isinstance(made.stream, httpx.ByteStream)
    body = b"".join(made.stream)
    expected = httpx.Response(
        made.status_code, headers=made.headers, stream=httpx.ByteStream(body), request=request
    )
    assert vars(made).keys() == vars(expected).keys()
    for name in vars(expected).keys() - {"headers", "stream"}:
        assert getattr(made, name) == getattr(expected, name), name
    assert made.headers.raw == expected.headers.raw and made.request is request
    assert await made.aread() == await expected.aread() == body


async def test_a_post_arrives_with_the_callers_headers_as_they_are(echo: str) -> None:
    transport = AiohttpTransport(max_connections=4)
    request = httpx.Request("POST", f"{echo}/v1/checkout/sessions", content=b"a=1")
    seen = (await _send(transport, request)).json()
    await transport.aclose()
    assert "Content-Type" not in seen["headers"]  # none added: httpx's own transport adds none
    assert seen["headers"]["Content-Length"] == "3" and seen["body"] == "a=1"


async def test_a_request_without_host_or_length_gets_them(echo: str) -> None:
    transport = AiohttpTransport(max_connections=1)
    request = httpx.Request("POST", f"{echo}/v1/x", content=b"a=1")
    request.headers = httpx.Headers({"X-Only": "this"})
    seen = (await _send(transport, request)).json()
    await transport.aclose()
    assert seen["headers"]["Host"] == echo.removeprefix("http://")
    assert seen["headers"]["Content-Length"] == "3" and seen["body"] == "a=1"


@pytest.mark.parametrize("value", [b"a\r\nX-Injected: 1", b"a\nb", b"a\rb", b"a\0b"])
async def test_a_header_that_would_end_its_line_early_is_refused(echo: str, value: bytes) -> None:
    transport = AiohttpTransport(max_connections=1)
    request = httpx.Request("GET", f"{echo}/v1/x")
    request.headers._list.append((b"X-Bad", b"x-bad", value))
    with pytest.raises(ValueError, match="CR, LF or NUL"):
        await _send(transport, request)
    await transport.aclose()


async def test_a_get_is_resent_once_when_a_kept_connection_turns_out_closed() -> None:
    requests = 0

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal requests
        await reader.readuntil(b"\r\n\r\n")
        requests += 1
        if requests == 2:  # the second request finds its kept-alive connection closed
            writer.close()
            return
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
        await writer.drain()
        if requests == 1:
            await reader.readuntil(b"\r\n\r\n")  # the second request, never answered
            requests += 1
        writer.close()

    transport = AiohttpTransport(max_connections=1)
    async with _raw(answer) as base:
        url = f"{base}/v1/x"
        first = await _send(transport, httpx.Request("GET", url))
        second = await _send(transport, httpx.Request("GET", url))
        with pytest.raises(httpx.RemoteProtocolError):  # a POST is the caller's to resend
            await _send(transport, httpx.Request("POST", url, content=b"a=1"))
        await transport.aclose()
    assert first.status_code == second.status_code == 200 and requests >= 3


async def test_an_informational_answer_is_passed_over() -> None:
    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nRequest-Id: req_1\r\nContent-Length: 2\r\n\r\n{}")
        await writer.drain()
        writer.close()

    transport = AiohttpTransport(max_connections=1)
    async with _raw(answer) as url:
        response = await _send(transport, httpx.Request("GET", f"{url}/v1/x"))
        await transport.aclose()
    assert response.status_code == 200 and response.headers["request-id"] == "req_1"
    assert response.content == b"{}"


class _ThroughResponse(httpx.AsyncBaseTransport):
    """The same transport, but seen only through handle_async_request (httpx's Response)."""

    def __init__(self, inner: AiohttpTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.inner.handle_async_request(request)


# Answers by name: (headers, body), the headers as raw (name, value) bytes.
_ANSWERS: dict[str, tuple[list[tuple[bytes, bytes]], bytes]] = {
    "plain": ([(b"Request-Id", b"req_1")], b'{"id": "cs_1"}'),
    "retry": ([(b"Request-Id", b"req_2"), (b"Stripe-Should-Retry", b"true")], b"{}"),
    "repeated": ([(b"Request-Id", b"a"), (b"request-id", b"b")], b"{}"),
    "none": ([], b"{}"),
    "gzip": ([(b"Content-Encoding", b"gzip"), (b"Request-Id", b"req_3")], gzip.compress(b"{}")),
    "utf-8 id": ([(b"Request-Id", "réq".encode())], b"{}"),
    "latin-1 id": ([(b"Request-Id", "réq".encode("latin-1"))], b"{}"),
    "utf-8 other": ([(b"Request-Id", b"req_4"), (b"X-Name", "café".encode())], b"{}"),
}


async def test_the_clients_exchange_reads_aiohttps_answer_as_it_reads_httpxs_response() -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        lines, body = _ANSWERS[request.query["answer"]]
        response = web.StreamResponse(status=int(request.query["status"]))
        response.content_length = len(body)
        for name, value in lines:  # raw bytes, as a server may send them
            response.headers.add(name.decode("latin-1"), value.decode("latin-1"))
        await response.prepare(request)
        await response.write(body)
        return response

    async for url in _serve(handler):
        transport = AiohttpTransport(max_connections=2)
        raw = StripeClient(base_url=url, api_key="sk_test_x", transport=transport)
        through = StripeClient(
            base_url=url, api_key="sk_test_x", transport=_ThroughResponse(transport)
        )
        assert raw._send_raw is not None and through._send_raw is None
        for name in _ANSWERS:
            for status in (200, 503):
                request = raw.request("GET", "/v1/checkout/sessions", [], {})
                request.url = request.url.copy_merge_params({"answer": name, "status": status})
                assert await raw.exchange(request) == await through.exchange(request), name
        await transport.aclose()


@pytest.fixture
async def https_echo() -> AsyncIterator[tuple[str, trustme.CA]]:
    """The echo handler behind TLS, its certificate for `localhost` from a CA of its own."""
    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost").configure_cert(context)

    async def handler(request: web.Request) -> web.Response:
        return web.json_response(
            {"path": request.path_qs, "host": request.host, "body": (await request.read()).decode()}
        )

    async for url in _serve(handler, tls=context, host="localhost"):
        yield url, ca


async def test_a_call_over_tls_is_verified_against_the_transports_roots(
    https_echo: tuple[str, trustme.CA],
) -> None:
    url, ca = https_echo
    trusting = ssl.create_default_context()
    ca.configure_trust(trusting)
    transport = AiohttpTransport(max_connections=2, ssl_context=trusting)
    get = await _send(transport, httpx.Request("GET", f"{url}/v1/x?a=1"))
    post = await _send(transport, httpx.Request("POST", f"{url}/v1/y", content=b"b=2"))
    await transport.aclose()
    assert get.json() == {"path": "/v1/x?a=1", "host": url.removeprefix("https://"), "body": ""}
    assert post.json()["body"] == "b=2"


async def test_a_certificate_the_transport_does_not_trust_is_a_connect_error(
    https_echo: tuple[str, trustme.CA],
) -> None:
    url, _ = https_echo
    transport = AiohttpTransport(max_connections=1)  # certifi's roots: not this test's CA
    with pytest.raises(httpx.ConnectError) as caught:
        await _send(transport, httpx.Request("GET", f"{url}/v1/x"))
    await transport.aclose()
    assert isinstance(caught.value.__cause__, aiohttp.ClientConnectorCertificateError)
