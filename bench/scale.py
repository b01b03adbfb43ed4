"""`make bench`'s scale rows: coalesced Gets, parallel export, one write limit for two replicas.

    python -m bench.scale [--quick] [--json] [--export-only]

Its own processes, all on loopback: the emulator (recording requests, not --fast, so the
upstream's count of requests can be read), a gateway, two gateway replicas sharing a
redis-server, and the client here (uvloop). Prints a Markdown table, or the raw results as JSON
for bench.run, which adds the rows to its targets.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import sys
import time
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from typing import Any

import grpc
import uvloop
from checkout_gateway.v1 import checkout_session_requests_pb2 as req
from checkout_gateway.v1 import checkout_session_service_pb2_grpc
from checkout_gateway.v1.checkout_session_pb2 import CheckoutSession

from bench import export_walk
from bench.common import API_KEY, free_port, python_command, start, stop, tree_cpu_seconds
from gateway import export
from gateway.config import DEFAULT_MAX_CONNECTIONS
from gateway.pagination import PAGE_SIZE, Page
from gateway.transport import AiohttpTransport
from tests.redis_server import RedisServer

Stub = checkout_session_service_pb2_grpc.CheckoutSessionServiceStub
PRICE = "price_1EmuTshirt0000000000000"


@dataclass(frozen=True)
class Sizes:
    burst: int = 1000
    burst_latency: float = 0.25
    export: int = 10_000
    page_latency: float = 0.05
    parallelism: int = 8
    offered: float = 200.0  # writes a second, over both replicas
    seconds: float = 10.0
    kill_at: float = 5.0
    write_limit: float = 50.0
    write_burst: int = 2


FULL = Sizes()
QUICK = Sizes(50, 0.25, 300, 0.01, 8, 40.0, 2.0, 1.0, 10.0, 2)


class Emulator:
    """The emulator's HTTP side: its API and its admin routes."""

    def __init__(self, url: str) -> None:
        self.url = url

    def call(self, path: str, payload: object = None, method: str = "GET") -> Any:
        request = urllib.request.Request(
            self.url + path,
            data=None if payload is None else json.dumps(payload).encode(),
            method=method,
            headers={"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())

    def latency(self, seconds: float | None) -> None:
        """Every GET takes `seconds` more (None: no more)."""
        if seconds is None:
            self.call("/_emulator/faults", method="DELETE")
        else:
            fault = {"latency": seconds, "method": "GET", "count": None}
            self.call("/_emulator/faults", fault, method="POST")

    def sessions(self, **filters: str) -> list[dict[str, Any]]:
        """Every session matching `filters`, newest first, page by page."""
        out: list[dict[str, Any]] = []
        while True:
            params = {"limit": "100", **filters}
            if out:
                params["starting_after"] = out[-1]["id"]
            page = self.call("/v1/checkout/sessions?" + urllib.parse.urlencode(params))
            out += page["data"]
            if not page["has_more"]:
                return out


def stubs(target: str, n: int = 16) -> tuple[list[grpc.aio.Channel], list[Stub]]:
    channels = [
        grpc.aio.insecure_channel(target, options=[("grpc.use_local_subchannel_pool", 1)])
        for _ in range(n)
    ]
    return channels, [Stub(c) for c in channels]


async def burst(stubs_: list[Stub], ids: list[str]) -> dict[str, Any]:
    """One Get per id, all at once; the wall time until the last ends."""
    t0 = time.perf_counter()
    calls = [
        stubs_[i % len(stubs_)].GetCheckoutSession(
            req.GetCheckoutSessionRequest(id=sid), timeout=30
        )
        for i, sid in enumerate(ids)
    ]
    results = await asyncio.gather(*calls, return_exceptions=True)
    wall = time.perf_counter() - t0
    failed = [r for r in results if isinstance(r, BaseException)]
    return {"calls": len(ids), "ok": len(ids) - len(failed), "wall": wall}


async def http_burst(url: str, ids: list[str]) -> dict[str, Any]:
    """The distinct burst's floor: the same Gets sent straight to the upstream, all at once, by
    bare aiohttp on the gateway transport's options, each on a connection of its own as the
    gateway's are (a fresh pool)."""
    transport = AiohttpTransport(max_connections=DEFAULT_MAX_CONNECTIONS)
    session = transport.session()
    headers = {"Authorization": f"Bearer {API_KEY}"}

    async def get(sid: str) -> int:
        async with session.get(f"{url}/v1/checkout/sessions/{sid}", headers=headers) as answer:
            await answer.read()
            return answer.status

    t0 = time.perf_counter()
    try:
        statuses = await asyncio.gather(*(get(sid) for sid in ids), return_exceptions=True)
        wall = time.perf_counter() - t0
    finally:
        await transport.aclose()
    return {"calls": len(ids), "ok": statuses.count(200), "wall": wall}


STREAM_SESSIONS = "/checkout_gateway.v1.CheckoutSessionService/StreamCheckoutSessions"


async def stream_export(
    channel: grpc.aio.Channel, lo: int, hi: int, parallelism: int
) -> dict[str, Any]:
    """One StreamCheckoutSessions over [lo, hi], timed; its output's digests taken afterwards.

    The client keeps each session's wire bytes unparsed while the clock runs: parsing 10,000
    sessions would take most of a core from the gateway on this 2-core machine, and a caller
    on another machine costs the gateway nothing. Afterwards `bytes_digest` covers every
    message byte for byte (the two gateway walks must agree on it) and `digest` their ids in
    order (as the bare HTTP walk's)."""
    request = req.StreamCheckoutSessionsRequest(
        created=req.ListCheckoutSessionsRequest.Created(gte=lo, lte=hi), parallelism=parallelism
    )
    raw = channel.unary_stream(
        STREAM_SESSIONS,
        request_serializer=req.StreamCheckoutSessionsRequest.SerializeToString,
        response_deserializer=None,  # the message's bytes as they came
    )
    messages: list[bytes] = []
    t0 = time.perf_counter()
    async for message in raw(request, timeout=600):
        messages.append(message)
    wall = time.perf_counter() - t0
    ids, whole = hashlib.sha256(), hashlib.sha256()
    for message in messages:
        whole.update(len(message).to_bytes(4, "big") + message)
        ids.update(CheckoutSession.FromString(message).id.encode() + b"\n")
    return {
        "items": len(messages),
        "wall": wall,
        "digest": ids.hexdigest(),
        "bytes_digest": whole.hexdigest(),
    }


async def cpu_of(gateway: int, emulator: int, work: Awaitable[dict[str, Any]]) -> dict[str, Any]:
    """`work`'s results, with the CPU seconds the gateway and the emulator spent meanwhile."""
    before = tree_cpu_seconds(gateway), tree_cpu_seconds(emulator)
    result = await work
    return {
        **result,
        "gateway_cpu": tree_cpu_seconds(gateway) - before[0],
        "emulator_cpu": tree_cpu_seconds(emulator) - before[1],
    }


async def walk_alone(sizes: Sizes) -> dict[str, Any]:
    """gateway.export's walk by itself, against an in-memory list answering each page after
    `page_latency`: what the slicing gives with no decoding, serialising or network to pay."""
    items: list[dict[str, Any]] = [
        {"id": f"cs_{i:06d}", "created": i} for i in range(sizes.export)
    ][::-1]
    requests = 0

    async def fetch(params: list[tuple[str, str]]) -> Page:
        nonlocal requests
        requests += 1
        p = dict(params)
        await asyncio.sleep(sizes.page_latency)
        lo, hi = int(p["created[gte]"]), int(p["created[lte]"])
        # Newest first: item i sits at index len - 1 - i.
        top = len(items) - 1 - min(hi, len(items) - 1)
        rows = items[top : len(items) - max(lo, 0)]
        if "starting_after" in p and rows:
            rows = rows[int(rows[0]["created"]) - int(p["starting_after"][3:]) + 1 :]
        return Page(rows[:PAGE_SIZE], len(rows) > PAGE_SIZE)

    t0 = time.perf_counter()
    walk = export.walk(fetch, lo=0, hi=sizes.export - 1, parallelism=sizes.parallelism)
    ids = [item["id"] async for item in walk]
    wall = time.perf_counter() - t0
    in_order = ids == [item["id"] for item in items]
    return {"wall": wall, "requests": requests, "items": len(ids), "in_order": in_order}


def http_walk(emulator: Emulator, lo: int, hi: int) -> dict[str, Any]:
    """The sequential walk's floor: each page's latency, request sent to body read."""
    latencies: list[float] = []
    digest = hashlib.sha256()
    cursor = None
    while True:
        params = {"limit": "100", "created[gte]": str(lo), "created[lte]": str(hi)}
        if cursor:
            params["starting_after"] = cursor
        t0 = time.perf_counter()
        page = emulator.call("/v1/checkout/sessions?" + urllib.parse.urlencode(params))
        latencies.append(time.perf_counter() - t0)
        for item in page["data"]:
            digest.update(item["id"].encode() + b"\n")
        if not page["has_more"]:
            return {"pages": len(latencies), "sum": sum(latencies), "digest": digest.hexdigest()}
        cursor = page["data"][-1]["id"]


async def offered_writes(
    replicas: list[Stub],
    sizes: Sizes,
    run: str,
    at: Callable[[], Awaitable[None]] | None = None,
) -> dict[str, Any]:
    """`sizes.offered` Creates a second, spread evenly over the replicas, for `sizes.seconds`;
    `at()` runs at `sizes.kill_at`. The status codes, and when `at` ran (epoch seconds)."""
    codes: Counter[str] = Counter()
    interval = 1 / sizes.offered
    calls: list[asyncio.Task[None]] = []
    marks: dict[str, float] = {}

    async def one(i: int) -> None:
        replica = i % len(replicas)
        request = req.CreateCheckoutSessionRequest(
            mode=req.CreateCheckoutSessionRequest.MODE_PAYMENT,
            success_url="https://example.com/ok",
            line_items=[{"price": PRICE, "quantity": 1}],
            metadata={"bench_run": run, "bench_replica": str(replica)},
        )
        try:
            await replicas[replica].CreateCheckoutSession(request, timeout=2.0)
            codes["OK"] += 1
        except grpc.aio.AioRpcError as exc:
            codes[exc.code().name] += 1

    async def trigger() -> None:
        await asyncio.sleep(sizes.kill_at)
        marks["at"] = time.time()
        assert at is not None
        await at()

    marker = asyncio.ensure_future(trigger()) if at is not None else None
    t0 = time.monotonic()
    marks["start"] = time.time()
    i = 0
    while (now := time.monotonic() - t0) < sizes.seconds:
        due = int(now / interval) + 1
        while i < due:
            calls.append(asyncio.ensure_future(one(i)))
            i += 1
        await asyncio.sleep(interval / 2)
    await asyncio.gather(*calls)
    if marker is not None:
        await marker
    marks["end"] = time.time()
    return {"offered": i, "codes": dict(codes), **marks}


def per_second(emulator: Emulator, run: str, since: float) -> Counter[tuple[str, int]]:
    """Writes the upstream took, by (replica, second), from the sessions they created."""
    sessions = emulator.sessions(**{"created[gte]": str(int(since))})
    return Counter(
        (s["metadata"]["bench_replica"], int(s["created"]))
        for s in sessions
        if s.get("metadata", {}).get("bench_run") == run
    )


async def measure(sizes: Sizes, export_only: bool = False) -> dict[str, Any]:
    """Every row's results; `export_only`: the export rows alone (no burst, no replicas)."""
    out: dict[str, Any] = {"sizes": asdict(sizes), "loadavg": os.getloadavg()[0]}
    redis = RedisServer()
    emulator_port, port, a_port, b_port = (free_port() for _ in range(4))
    seed = str(max(sizes.export, sizes.burst + 1))
    procs = [
        start(
            [
                *python_command("-m", "gateway.cli", "emulator", "--seed", seed),
                *("--listen", f"127.0.0.1:{emulator_port}"),
            ],
            emulator_port,
        )
    ]
    emulator = Emulator(f"http://127.0.0.1:{emulator_port}")
    if not export_only:
        await redis.start()
    channels: list[grpc.aio.Channel] = []
    try:
        serve = [
            *python_command("-m", "gateway.cli", "serve", "--stripe-api-base", emulator.url),
            *("--log-level", "WARNING", "--workers", "1"),
        ]
        env = {"STRIPE_API_KEY": API_KEY}
        procs.append(start([*serve, "--listen", f"127.0.0.1:{port}"], port, env))
        channels, gateway = stubs(f"127.0.0.1:{port}")
        pids = procs[1].pid, procs[0].pid
        sessions = emulator.sessions()
        newest = int(sessions[0]["created"])
        if not export_only:
            ids = [s["id"] for s in sessions[1 : sizes.burst + 1]]
            out.update(await bursts(emulator, gateway, pids, sizes, sessions[0]["id"], ids))
        out.update(await exports(emulator, channels[0], pids, sizes, newest))
        if not export_only:
            shared = [
                *("--redis-url", redis.url, "--replicas", "2"),
                *("--write-rate-limit", str(sizes.write_limit)),
                *("--write-rate-burst", str(sizes.write_burst)),
            ]
            for p in (a_port, b_port):
                procs.append(start([*serve, "--listen", f"127.0.0.1:{p}", *shared], p, env))
            print("bench.scale: shared write limit, then Redis killed", file=sys.stderr)
            more, replicas = zip(
                *(stubs(f"127.0.0.1:{p}", 4) for p in (a_port, b_port)), strict=True
            )
            channels += [c for cs in more for c in cs]
            pair = [r[0] for r in replicas]
            for name, at in (("shared", None), ("killed", redis.kill)):
                run = await offered_writes(pair, sizes, name, at)
                counts = per_second(emulator, name, run["start"])
                run["per_second"] = [[r, s, n] for (r, s), n in sorted(counts.items())]
                out[name] = run
        return out
    finally:
        for channel in channels:
            await channel.close()
        for proc in procs:
            stop(proc)
        await redis.stop()


async def bursts(
    emulator: Emulator,
    gateway: list[Stub],
    pids: tuple[int, int],
    sizes: Sizes,
    same: str,
    ids: list[str],
) -> dict[str, Any]:
    """The identical and the distinct Gets, all at once, against a slow upstream."""
    print(f"bench.scale: {sizes.burst} identical and distinct Gets", file=sys.stderr)
    out: dict[str, Any] = {}
    emulator.latency(sizes.burst_latency)
    try:
        out["identical"] = await cpu_of(*pids, burst(gateway, [same] * sizes.burst))
        path = f"/v1/checkout/sessions/{same}"
        recorded = emulator.call("/_emulator/requests")
        out["identical"]["upstream"] = sum(1 for r in recorded if r["path"] == path)
        out["distinct"] = await cpu_of(*pids, burst(gateway, ids))
        out["distinct"]["http"] = await http_burst(emulator.url, ids)
    finally:
        emulator.latency(None)
    return out


async def exports(
    emulator: Emulator,
    channel: grpc.aio.Channel,
    pids: tuple[int, int],
    sizes: Sizes,
    newest: int,
) -> dict[str, Any]:
    """The export's floor (a bare HTTP walk), the sequential and parallel streams, the walk
    alone."""
    print(f"bench.scale: export of {sizes.export}", file=sys.stderr)
    out: dict[str, Any] = {}
    lo, hi = newest - sizes.export - 5, newest + 5
    emulator.latency(sizes.page_latency)
    try:
        out["export_http"] = await asyncio.to_thread(http_walk, emulator, lo, hi)
        out["export_sequential"] = await cpu_of(*pids, stream_export(channel, lo, hi, 1))
        out["export_parallel"] = await cpu_of(
            *pids, stream_export(channel, lo, hi, sizes.parallelism)
        )
    finally:
        emulator.latency(None)
    out["export_alone"] = await walk_alone(sizes)
    # The parallel run's waits, had the gateway had a core to itself: its CPU per session,
    # spent in virtual time (bench.export_walk).
    par = out["export_parallel"]
    cost = par["gateway_cpu"] / max(par["items"], 1)
    model = await asyncio.to_thread(
        export_walk.measure, sizes.export, sizes.page_latency, sizes.parallelism, cost
    )
    out["export_model"] = {"cost": cost, **asdict(model)}
    return out


def export_targets(results: dict[str, Any]) -> list[tuple[str, str, str, bool]]:
    """The parallel export's rows: through the gateway, and the walk alone."""
    s = Sizes(**results["sizes"])
    http, seq, par = (
        results["export_http"],
        results["export_sequential"],
        results["export_parallel"],
    )
    speedup = http["sum"] / par["wall"]
    identical = (
        par["digest"] == seq["digest"] == http["digest"]
        and par["bytes_digest"] == seq["bytes_digest"]
    )
    alone, model = results["export_alone"], results["export_model"]
    pages = -(-s.export // PAGE_SIZE)
    floor = pages * s.page_latency
    return [
        (
            f"parallel export: {par['items']:,} sessions over a `created` range, "
            f"{s.page_latency * 1000:.0f} ms per page, parallelism {s.parallelism}",
            f"{par['wall']:.3f} s = {speedup:.1f}x faster than the {http['pages']} pages' "
            f"measured latencies ({http['sum']:.3f} s; the gateway's sequential walk: "
            f"{seq['wall']:.3f} s); output {'identical' if identical else 'DIFFERENT'}; "
            f"CPU of the gateway {par['gateway_cpu']:.2f} s, of the emulator "
            f"{par['emulator_cpu']:.2f} s (sequential: {seq['gateway_cpu']:.2f} s, "
            f"{seq['emulator_cpu']:.2f} s); load average before: {results['loadavg']:.1f}",
            ">= 4x, identical output",
            speedup >= 4 and identical and par["items"] == s.export,
        ),
        (
            f"the parallel walk alone (gateway.export against an in-memory list, "
            f"{s.page_latency * 1000:.0f} ms per page, no decoding), parallelism {s.parallelism}",
            f"{alone['wall']:.3f} s = {floor / alone['wall']:.1f}x faster than the {pages} pages' "
            f"latencies ({floor:.2f} s); {alone['requests']} requests; "
            f"{'in order' if alone['in_order'] else 'OUT OF ORDER'}; in virtual time with the "
            f"parallel run's gateway CPU per session ({model['cost'] * 1e6:.0f} µs): "
            f"{model['wall']:.3f} s = {http['sum'] / model['wall']:.1f}x faster than the measured "
            "latencies",
            ">= 4x, in order",
            floor / alone["wall"] >= 4 and alone["in_order"] and alone["items"] == s.export,
        ),
    ]


def targets(results: dict[str, Any]) -> list[tuple[str, str, str, bool]]:
    """(target, measured, goal, met) rows for bench.run's table."""
    s = Sizes(**results["sizes"])
    same, distinct = results["identical"], results["distinct"]
    http = distinct["http"]
    rows = [
        (
            f"{s.burst:,} concurrent identical Gets, upstream {s.burst_latency * 1000:.0f} ms",
            f"{same['wall']:.3f} s; {same['ok']}/{same['calls']} succeeded; "
            f"{same['upstream']} upstream request(s); gateway CPU {same['gateway_cpu']:.2f} s",
            f"<= {2 * s.burst_latency:.2f} s, all succeed, 1 upstream request",
            same["ok"] == same["calls"]
            and same["wall"] <= 2 * s.burst_latency
            and same["upstream"] == 1,
        ),
        (
            f"{s.burst:,} concurrent distinct Gets, upstream {s.burst_latency * 1000:.0f} ms",
            f"{distinct['wall']:.3f} s; {distinct['ok']}/{distinct['calls']} succeeded; "
            f"gateway CPU {distinct['gateway_cpu']:.2f} s (the same Gets by bare aiohttp, "
            f"straight to the upstream on new connections: {http['wall']:.3f} s, "
            f"{http['ok']}/{http['calls']} succeeded)",
            f"<= {4 * s.burst_latency:.2f} s, all succeed",
            distinct["ok"] == distinct["calls"] and distinct["wall"] <= 4 * s.burst_latency,
        ),
        *export_targets(results),
    ]
    for name in ("shared", "killed"):
        run = results[name]
        counts = [(str(r), int(sec), int(n)) for r, sec, n in run["per_second"]]
        errors = {k: v for k, v in run["codes"].items() if k not in ("OK", "RESOURCE_EXHAUSTED")}
        written = sum(n for _r, _sec, n in counts)
        tail = f"; {written} writes in all, codes {run['codes']}"
        if name == "shared":
            fleet: Counter[int] = Counter()
            for _r, sec, n in counts:
                fleet[sec] += n
            worst = max(fleet.values(), default=0)
            rows.append(
                (
                    f"shared limit: 2 replicas and Redis, writes limited to {s.write_limit:.0f}/s "
                    f"(burst {s.write_burst}), {s.offered:.0f}/s offered for {s.seconds:.0f} s",
                    f"at most {worst} writes in one second at the upstream{tail}",
                    f"<= {s.write_limit + s.write_burst:.0f} in any second",
                    worst <= s.write_limit + s.write_burst and not errors,
                )
            )
        else:
            after = int(run["at"]) + 1  # whole seconds after the kill
            worst = max((n for _r, sec, n in counts if sec >= after), default=0)
            share = s.write_limit / 2 + -(-s.write_burst // 2)
            rows.append(
                (
                    f"the same with Redis killed at second {s.kill_at:.0f}",
                    f"at most {worst} writes in one second per replica from then{tail}",
                    f"<= {share:.0f}/s per replica, no error but RESOURCE_EXHAUSTED",
                    worst <= share and not errors,
                )
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes, for a smoke run")
    parser.add_argument("--json", action="store_true", help="print the raw results as JSON")
    parser.add_argument(
        "--export-only", action="store_true", help="only the export rows (no Redis, no replicas)"
    )
    args = parser.parse_args()
    results = uvloop.run(measure(QUICK if args.quick else FULL, args.export_only))
    if args.json:
        print(json.dumps(results))
        return
    rows = export_targets(results) if args.export_only else targets(results)
    print("| target | measured | goal | result |\n|---|---|---|---|")
    for target, measured, goal, ok in rows:
        print(f"| {target} | {measured} | {goal} | {'**pass**' if ok else '**FAIL**'} |")


if __name__ == "__main__":
    main()
