"""A load generator in its own process, driven by bench.run over stdin/stdout (JSON lines).

`--kind grpc` calls a gRPC target (the gateway or bench.echo) with the gateway's generated
stub; `--kind sdk` calls Stripe's REST API with stripe-python (async, its default HTTP
client); `--kind http` sends a bare aiohttp GET. Each `calls` command keeps `concurrency`
calls in flight for `warmup` + `duration` seconds and reports only calls that completed in
the measured window, with the CPU and peak RSS of the watched processes over that window.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import grpc
import stripe
import uvloop
from checkout_gateway.v1 import checkout_session_requests_pb2 as req
from checkout_gateway.v1 import checkout_session_service_pb2_grpc

from bench.common import (
    API_KEY,
    machine_busy_seconds,
    percentile,
    process_tree,
    reset_peak_rss,
    tree_cpu_seconds,
    tree_kb,
)

Call = Callable[[], Awaitable[object]]
PRICE = "price_1EmuTshirt0000000000000"
CREATE_PARAMS: dict[str, Any] = {
    "mode": "payment",
    "success_url": "https://example.com/ok",
    "line_items": [{"price": PRICE, "quantity": 2}],
    "metadata": {"order_id": "6735"},
}
UPDATE_METADATA = {"bench": "1"}


class Client:
    """The calls one kind of client makes; `close()` when done."""

    def __init__(self, kind: str, target: str, session_id: str, channels: int = 1) -> None:
        self.kind = kind
        self.session_id = session_id
        self._channels: list[grpc.aio.Channel] = []
        self._channel_count = channels
        self._http: aiohttp.ClientSession | None = None
        self._sdk: stripe.StripeClient | None = None
        self._target = target

    async def open(self) -> None:
        if self.kind == "grpc":
            # Each channel its own connection (a gateway with workers gets one per connection),
            # and calls take them in turn, as many callers would.
            options = [("grpc.use_local_subchannel_pool", 1)]
            self._channels = [
                grpc.aio.insecure_channel(self._target, options=options)
                for _ in range(self._channel_count)
            ]
            for channel in self._channels:
                await channel.channel_ready()
            self._stubs = [
                checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(channel)
                for channel in self._channels
            ]
            self._stub = self._stubs[0]
        elif self.kind == "sdk":
            self._sdk = stripe.StripeClient(API_KEY, base_addresses={"api": self._target})
        elif self.kind == "http":
            self._http = aiohttp.ClientSession(
                self._target,
                headers={"Authorization": f"Bearer {API_KEY}"},
                connector=aiohttp.TCPConnector(limit=0),
            )
        else:
            raise ValueError(f"unknown kind {self.kind}")

    async def close(self) -> None:
        for channel in self._channels:
            await channel.close()
        if self._http is not None:
            await self._http.close()

    def call(self, op: str) -> Call:
        """The coroutine function that makes one `op` call."""
        sid = self.session_id
        if self._channels:
            stubs = itertools.cycle(self._stubs)
            get = req.GetCheckoutSessionRequest(id=sid)
            create = req.CreateCheckoutSessionRequest(
                mode=req.CreateCheckoutSessionRequest.MODE_PAYMENT,
                success_url=CREATE_PARAMS["success_url"],
                line_items=[{"price": PRICE, "quantity": 2}],
                metadata=CREATE_PARAMS["metadata"],
            )
            update = req.UpdateCheckoutSessionRequest(id=sid, metadata=UPDATE_METADATA)
            calls: dict[str, Call] = {
                "get": lambda: next(stubs).GetCheckoutSession(get, timeout=60),
                "create": lambda: next(stubs).CreateCheckoutSession(create, timeout=60),
                "update": lambda: next(stubs).UpdateCheckoutSession(update, timeout=60),
            }
            return calls[op]
        if self._sdk is not None:
            sessions = self._sdk.v1.checkout.sessions
            sdk_calls: dict[str, Call] = {
                "get": lambda: sessions.retrieve_async(sid),
                "create": lambda: sessions.create_async(params=CREATE_PARAMS),  # type: ignore[arg-type]
                "update": lambda: sessions.update_async(sid, params={"metadata": UPDATE_METADATA}),
            }
            return sdk_calls[op]
        assert self._http is not None and op == "get"
        http = self._http
        path = f"/v1/checkout/sessions/{sid}"

        async def http_get() -> bytes:
            async with http.get(path) as response:
                body = await response.read()
                if response.status != 200:
                    raise RuntimeError(f"HTTP {response.status}")
                return body

        return http_get

    # --- commands ---------------------------------------------------------------------------

    async def calls(
        self,
        op: str,
        concurrency: int,
        warmup: float,
        duration: float,
        watch: dict[str, int],
    ) -> dict[str, Any]:
        call = self.call(op)
        watch = {"client": os.getpid(), **watch}
        clock = time.perf_counter
        start = clock() + warmup
        end = start + duration
        latencies: list[float] = []
        errors: list[str] = []  # the first few, for the report
        failed = 0
        before: dict[str, float] = {}

        async def snapshot_at_start() -> None:
            await asyncio.sleep(max(0.0, start - clock()))
            for name, pid in watch.items():
                before[name] = tree_cpu_seconds(pid)
                for process in process_tree(pid):
                    reset_peak_rss(process)
            before["machine"] = machine_busy_seconds()

        async def worker() -> None:
            nonlocal failed
            while True:
                t0 = clock()
                if t0 >= end:
                    return
                try:
                    await call()
                except Exception as exc:
                    failed += 1
                    if len(errors) < 3:
                        errors.append(f"{type(exc).__name__}: {exc}"[:300])
                    continue
                t1 = clock()
                if start <= t1 < end:
                    latencies.append(t1 - t0)

        snap = asyncio.ensure_future(snapshot_at_start())
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        await snap
        cpu = {name: tree_cpu_seconds(pid) - before[name] for name, pid in watch.items()}
        machine = machine_busy_seconds() - before["machine"]
        cpu["others"] = max(0.0, machine - sum(cpu.values()))  # processes not watched
        peak = {name: tree_kb(pid, "VmHWM") for name, pid in watch.items()}
        latencies.sort()
        return {
            "calls": len(latencies),
            "rate": len(latencies) / duration,
            "p50_ms": percentile(latencies, 0.50) * 1000,
            "p99_ms": percentile(latencies, 0.99) * 1000,
            "cpu": cpu,
            "peak_kb": peak,
            "seconds": duration,
            "errors": failed,
            "error_samples": errors,
        }

    async def burst(self, op: str, n: int) -> dict[str, Any]:
        """`n` calls started at once; the wall time until the last one ends."""
        call = self.call(op)
        t0 = time.perf_counter()
        results = await asyncio.gather(*(call() for _ in range(n)), return_exceptions=True)
        wall = time.perf_counter() - t0
        failed = [r for r in results if isinstance(r, BaseException)]
        return {
            "calls": n,
            "ok": n - len(failed),
            "wall": wall,
            "error_samples": sorted({f"{type(e).__name__}: {e}"[:300] for e in failed})[:3],
        }

    async def stream(self, max_items: int, watch_rss: int | None) -> dict[str, Any]:
        """Walk the sessions, `max_items` of them (0: all); the gateway's RSS around it."""
        rss: list[int] = []

        async def sample() -> None:
            while watch_rss is not None:
                rss.append(tree_kb(watch_rss, "VmRSS"))
                await asyncio.sleep(0.05)

        before = tree_kb(watch_rss, "VmRSS") if watch_rss is not None else 0
        sampler = asyncio.ensure_future(sample())
        t0 = time.perf_counter()
        count = 0
        page_latency_sum = 0.0
        if self._channels:
            request = req.StreamCheckoutSessionsRequest(max_items=max_items)
            async for _ in self._stub.StreamCheckoutSessions(request, timeout=600):
                count += 1
        elif self._http is not None:
            # The floor: walk the pages by hand, timing each upstream answer (request sent to
            # body read); their sum is what the upstream's page latencies really add up to.
            cursor: str | None = None
            while True:
                params = {"limit": "100", **({"starting_after": cursor} if cursor else {})}
                started = time.perf_counter()
                async with self._http.get("/v1/checkout/sessions", params=params) as response:
                    body = await response.read()
                page_latency_sum += time.perf_counter() - started
                page = json.loads(body)
                count += len(page["data"])
                if not page["has_more"] or (max_items and count >= max_items):
                    break
                cursor = page["data"][-1]["id"]
            count = min(count, max_items) if max_items else count
        else:
            assert self._sdk is not None
            page = await self._sdk.v1.checkout.sessions.list_async(params={"limit": 100})
            async for _ in page.auto_paging_iter():
                count += 1
                if count == max_items:
                    break
        wall = time.perf_counter() - t0
        sampler.cancel()
        after = tree_kb(watch_rss, "VmRSS") if watch_rss is not None else 0
        return {
            "items": count,
            "wall": wall,
            "rss_before_kb": before,
            "rss_after_kb": after,
            "rss_max_kb": max(rss, default=after),
            "page_latency_sum": page_latency_sum,
        }


async def serve(client: Client) -> None:
    await client.open()
    loop = asyncio.get_running_loop()
    try:
        while True:
            line = await loop.run_in_executor(None, sys.stdin.readline)
            if not line:
                return
            command = json.loads(line)
            cmd = command.pop("cmd")
            try:
                if cmd == "ping":
                    answer: dict[str, Any] = {"pid": os.getpid()}
                elif cmd == "calls":
                    answer = await client.calls(**command)
                elif cmd == "burst":
                    answer = await client.burst(**command)
                elif cmd == "stream":
                    answer = await client.stream(**command)
                else:
                    raise ValueError(f"unknown command {cmd}")
            except Exception as exc:
                answer = {"error": f"{type(exc).__name__}: {exc}"}
            sys.stdout.write(json.dumps(answer) + "\n")
            sys.stdout.flush()
    finally:
        await client.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kind", choices=("grpc", "sdk", "http"), required=True)
    parser.add_argument("--target", required=True, help="host:port (grpc) or base URL")
    parser.add_argument("--session-id", default="", help="the session every get/update uses")
    parser.add_argument("--channels", type=int, default=1, help="gRPC channels (connections)")
    args = parser.parse_args()
    uvloop.run(serve(Client(args.kind, args.target, args.session_id, args.channels)))


if __name__ == "__main__":
    main()
