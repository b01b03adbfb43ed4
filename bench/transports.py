"""httpx's own transport vs httpx-aiohttp's vs the gateway's (gateway.transport) vs aiohttp.

The same GET of one session against the same loopback upstream (the emulator in fast mode,
in its own process), at 1, 10 and 50 requests in flight, in one process on uvloop like the
gateway. The transport choice in gateway/upstream.py rests on these numbers.

    python -m bench.transports [--url URL --session-id ID] [--duration S] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import time
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import httpx
import httpx_aiohttp
import uvloop

from bench.common import API_KEY, cpu_seconds, free_port, python_command, start, stop
from gateway.transport import AiohttpTransport

LEVELS = (1, 10, 50)
HTTPX_DEFAULT = "httpx AsyncClient (default transport)"
CLIENT_AIOHTTP = "httpx AsyncClient + httpx-aiohttp's transport"
REQUEST_AIOHTTP = "httpx Request -> httpx-aiohttp's transport"
GATEWAY = "httpx Request -> gateway.transport (the gateway's way)"
BARE = "aiohttp"
CLIENTS = (HTTPX_DEFAULT, CLIENT_AIOHTTP, REQUEST_AIOHTTP, GATEWAY, BARE)
Get = Callable[[], Awaitable[None]]
Close = Callable[[], Awaitable[None]]


async def _rate(get: Get, concurrency: int, warmup: float, duration: float) -> dict[str, float]:
    clock = time.perf_counter
    start_at = clock() + warmup
    end = start_at + duration
    done = 0
    cpu_before = 0.0

    async def snapshot() -> None:
        nonlocal cpu_before
        await asyncio.sleep(warmup)
        cpu_before = cpu_seconds(os.getpid())

    async def worker() -> None:
        nonlocal done
        while clock() < end:
            await get()
            if start_at <= clock() < end:
                done += 1

    snap = asyncio.ensure_future(snapshot())
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    await snap
    cpu = cpu_seconds(os.getpid()) - cpu_before
    return {"rate": done / duration, "cpu_ms_per_call": cpu * 1000 / max(done, 1)}


def _client(name: str, url: str, path: str, headers: dict[str, str]) -> tuple[Get, Close]:
    """One way of making the GET, and how to close what it opened."""
    limits = httpx.Limits(max_connections=1024, max_keepalive_connections=None)
    if name == BARE:
        session = aiohttp.ClientSession(
            url, headers=headers, connector=aiohttp.TCPConnector(limit=0)
        )

        async def get_aiohttp() -> None:
            async with session.get(path) as response:
                await response.read()
                response.raise_for_status()

        return get_aiohttp, session.close
    if name in (REQUEST_AIOHTTP, GATEWAY):
        # As gateway/upstream.py sends: an httpx.Request straight to the pooled transport.
        direct: httpx.AsyncBaseTransport = (
            AiohttpTransport(max_connections=1024)
            if name == GATEWAY
            else httpx_aiohttp.AiohttpTransport(limits=limits)
        )

        async def get_direct() -> None:
            request = httpx.Request("GET", url + path, headers=headers)
            response = await direct.handle_async_request(request)
            try:
                await response.aread()
            finally:
                await response.aclose()
            if response.status_code != 200:
                raise RuntimeError(f"upstream answered {response.status_code}")

        return get_direct, direct.aclose
    transport = httpx_aiohttp.AiohttpTransport(limits=limits) if name == CLIENT_AIOHTTP else None
    client = httpx.AsyncClient(base_url=url, headers=headers, transport=transport)

    async def get_httpx() -> None:
        response = await client.get(path)
        response.raise_for_status()

    return get_httpx, client.aclose


async def measure(
    url: str, session_id: str, warmup: float, duration: float
) -> list[dict[str, Any]]:
    path = f"/v1/checkout/sessions/{session_id}"
    headers = {"Authorization": f"Bearer {API_KEY}"}
    rows: list[dict[str, Any]] = []
    for name in CLIENTS:
        get, close = _client(name, url, path, headers)
        try:
            for level in LEVELS:
                result = await _rate(get, level, warmup, duration)
                rows.append({"client": name, "in_flight": level, **result})
        finally:
            await close()
    return rows


def table(rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| HTTP client | "
        + " | ".join(f"req/s @{n}" for n in LEVELS)
        + " | client CPU ms/call @50 |",
        "|---|" + "---:|" * (len(LEVELS) + 1),
    ]
    for name in CLIENTS:
        mine = {r["in_flight"]: r for r in rows if r["client"] == name}
        rates = " | ".join(f"{mine[n]['rate']:,.0f}" for n in LEVELS)
        lines.append(f"| {name} | {rates} | {mine[LEVELS[-1]]['cpu_ms_per_call']:.3f} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", help="a running emulator (default: start one in fast mode)")
    parser.add_argument("--session-id", help="the session to GET (with --url)")
    parser.add_argument("--warmup", type=float, default=0.5)
    parser.add_argument("--duration", type=float, default=2.0)
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args()
    emulator = None
    url, session_id = args.url, args.session_id
    if url is None:
        port = free_port()
        emulator = start(
            [
                *python_command("-m", "gateway.cli", "emulator", "--fast", "--seed", "1"),
                "--listen",
                f"127.0.0.1:{port}",
            ],
            port,
        )
        url = f"http://127.0.0.1:{port}"
    try:
        if session_id is None:
            listed = httpx.get(
                f"{url}/v1/checkout/sessions", params={"limit": 1}, auth=(API_KEY, "")
            )
            session_id = listed.json()["data"][0]["id"]
        rows = uvloop.run(measure(url, session_id, args.warmup, args.duration))
    finally:
        if emulator is not None:
            stop(emulator)
    print(json.dumps(rows) if args.json else "\n".join(table(rows)))


if __name__ == "__main__":
    main()
