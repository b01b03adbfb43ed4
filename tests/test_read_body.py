"""gateway.transport.read_body: a response's decoded body, whichever way it arrived."""

from __future__ import annotations

import gzip
from collections.abc import AsyncIterator

import httpx
import pytest
from aiohttp import web

from gateway.transport import AiohttpTransport, read_body

BODY = b'{"id": "cs_test_1", "object": "checkout.session"}' * 40


@pytest.fixture
async def upstream() -> AsyncIterator[str]:
    async def handler(request: web.Request) -> web.Response:
        if request.query.get("gzip"):
            return web.Response(body=gzip.compress(BODY), headers={"Content-Encoding": "gzip"})
        return web.Response(body=BODY)

    app = web.Application()
    app.router.add_get("/{tail:.*}", handler)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


@pytest.mark.parametrize("path", ["/v1/x", "/v1/x?gzip=1"])
async def test_the_transports_body_is_read_decoded(upstream: str, path: str) -> None:
    transport = AiohttpTransport(max_connections=2)
    try:
        response = await transport.handle_async_request(httpx.Request("GET", upstream + path))
        assert await read_body(response) == BODY
        await response.aclose()
    finally:
        await transport.aclose()


async def test_the_transports_response_still_reads_as_any_httpx_response(upstream: str) -> None:
    transport = AiohttpTransport(max_connections=2)
    try:
        response = await transport.handle_async_request(httpx.Request("GET", upstream + "/v1/x"))
        assert await response.aread() == BODY
    finally:
        await transport.aclose()


@pytest.mark.parametrize("encoding", [None, "gzip"])
async def test_a_response_made_with_content_reads_the_same(encoding: str | None) -> None:
    headers = {"Content-Encoding": encoding} if encoding else {}
    content = gzip.compress(BODY) if encoding else BODY
    assert await read_body(httpx.Response(200, headers=headers, content=content)) == BODY


async def test_a_streamed_body_is_read_whole() -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(BODY), 100):
            yield BODY[start : start + 100]

    assert await read_body(httpx.Response(200, content=chunks())) == BODY
