"""httpx's own AsyncClient transport vs httpx-aiohttp's AiohttpTransport vs bare aiohttp.

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
import uvloop
from httpx_aiohttp import AiohttpTransport

from bench.common import API_KEY, cpu_seconds, free_port, python_command, start, stop

LEVELS = (1, 10, 50)
CLIENTS = (
    "httpx AsyncClient (default transport)",
    "httpx AsyncClient + AiohttpTransport",
    "httpx Request -> AiohttpTransport (the gateway's way)",
    "aiohttp",
)
Get = Callable[[], Awaitable[None]]


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


async def measure(
    url: str, session_id: str, warmup: float, duration: float
) -> list[dict[str, Any]]:
    path = f"/v1/checkout/sessions/{session_id}"
    headers = {"Authorization": f"Bearer {API_KEY}"}
    rows: list[dict[str, Any]] = []
    for name in CLIENTS:
        if name == "aiohttp":
            session = aiohttp.ClientSession(
                url, headers=headers, connector=aiohttp.TCPConnector(limit=0)
            )

            async def get_aiohttp(session: aiohttp.ClientSession = session) -> None:
                async with session.get(path) as response:
                    await response.read()
                    response.raise_for_status()

            get: Get = get_aiohttp
            close: Callable[[], Awaitable[None]] = session.close
        elif "Request ->" in name:
            # As gateway/upstream.py sends: an httpx.Request straight to the pooled transport.
            limits = httpx.Limits(max_connections=1024, max_keepalive_connections=None)
            direct = AiohttpTransport(limits=limits)

            async def get_direct(direct: AiohttpTransport = direct) -> None:
                request = httpx.Request("GET", url + path, headers=headers)
                response = await direct.handle_async_request(request)
                try:
                    await response.aread()
                finally:
                    await response.aclose()
                if response.status_code != 200:
                    raise RuntimeError(f"upstream answered {response.status_code}")

            get = get_direct
            close = direct.aclose
        else:
            transport = None
            if "Aiohttp" in name:
                limits = httpx.Limits(max_connections=1024, max_keepalive_connections=None)
                transport = AiohttpTransport(limits=limits)
            client = httpx.AsyncClient(base_url=url, headers=headers, transport=transport)

            async def get_httpx(client: httpx.AsyncClient = client) -> None:
                response = await client.get(path)
                response.raise_for_status()

            get = get_httpx
            close = client.aclose
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
