"""`make bench`: the gateway vs stripe-python vs the floors, on this machine, in one table.

Every server and every load generator is its own process: the Stripe emulator in fast mode
(the upstream), the gateway (`checkout-gateway serve`, on uvloop), a bare grpc.aio server
(bench.echo) and one load-generator process per kind of client (bench.load). The table is
printed and written between the bench markers of docs/benchmarks.md.

    python -m bench.run [--quick] [--no-docs] [--log-level INFO]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import stripe

from bench import scale, transports
from bench.common import (
    API_KEY,
    ROOT,
    Worker,
    free_port,
    loop_speed,
    python_command,
    start,
    stop,
    versions,
)
from bench.docs import write_region

LEVELS = (1, 10, 50, 200)
PAGE = 100  # the gateway's page size (gateway.pagination.PAGE_SIZE) and the SDK's limit


@dataclass(frozen=True)
class Sizes:
    warmup: float
    duration: float
    burst: int
    burst_latency: float
    burst_runs: int
    stream: int
    page_latency: float
    big_stream: int
    transport_duration: float
    # Rounds of the ratio targets at 50 in flight (the tables' run is the first): their
    # median, as stripe-python's rate swings between runs (see docs/benchmarks.md).
    rounds: int


FULL = Sizes(0.5, 3.0, 1000, 0.25, 3, 10_000, 0.05, 100_000, 2.0, 3)
QUICK = Sizes(0.05, 0.2, 50, 0.25, 1, 200, 0.01, 1_000, 0.1, 2)
# The points each ratio round repeats at 50 in flight, in this order (op, client).
ROUND_POINTS = (
    ("get", "gateway"),
    ("get", "sdk"),
    ("get", "echo"),
    ("create", "gateway"),
    ("create", "sdk"),
    ("update", "gateway"),
    ("update", "sdk"),
)


@dataclass
class Procs:
    emulator: subprocess.Popen[Any]
    gateway: subprocess.Popen[Any]
    single: subprocess.Popen[Any]
    echo: subprocess.Popen[Any]
    emulator_url: str
    gateway_target: str
    single_target: str
    echo_target: str
    session_id: str


def start_servers(
    sizes: Sizes, log_level: str, gateway: str = "-m gateway.cli", workers: int = 1
) -> Procs:
    """The emulator, the gateway with `workers` processes, a one-process gateway, the echo."""
    emulator_port, echo_port = free_port(), free_port()
    seed = str(max(sizes.big_stream, sizes.stream))
    emulator = start(
        [
            *python_command("-m", "gateway.cli", "emulator", "--fast", "--seed", seed),
            "--listen",
            f"127.0.0.1:{emulator_port}",
        ],
        emulator_port,
    )
    url = f"http://127.0.0.1:{emulator_port}"
    listed = _emulator_json(url, "/v1/checkout/sessions?limit=1")
    session_id = str(listed["data"][0]["id"])
    gateways: list[tuple[subprocess.Popen[Any], str]] = []
    for count in (workers, 1):
        port = free_port()
        process = start(
            [
                *python_command(*gateway.split(), "serve", "--stripe-api-base", url),
                "--listen",
                f"127.0.0.1:{port}",
                "--log-level",
                log_level,
                "--workers",
                str(count),
            ],
            port,
            env={"STRIPE_API_KEY": API_KEY},
        )
        gateways.append((process, f"127.0.0.1:{port}"))
    echo = start(
        [
            *python_command("-m", "bench.echo", "--port", str(echo_port), "--emulator", url),
            "--session-id",
            session_id,
            "--api-key",
            API_KEY,
        ],
        echo_port,
    )
    (gateway_process, gateway_target), (single, single_target) = gateways
    return Procs(
        emulator,
        gateway_process,
        single,
        echo,
        url,
        gateway_target,
        single_target,
        f"127.0.0.1:{echo_port}",
        session_id,
    )


def _emulator_json(url: str, path: str, payload: object = None, method: str = "GET") -> Any:
    data = None if payload is None else json.dumps(payload).encode()
    request = urllib.request.Request(
        url + path,
        data=data,
        method=method,
        headers={"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def upstream_latency(url: str, seconds: float | None) -> None:
    """Every GET to the emulator takes `seconds` more (a standing latency fault); None: clear."""
    if seconds is None:
        _emulator_json(url, "/_emulator/faults", method="DELETE")
    else:
        fault = {"latency": seconds, "method": "GET", "count": None}
        _emulator_json(url, "/_emulator/faults", fault, method="POST")


# --- running ----------------------------------------------------------------------------------


def run(
    sizes: Sizes, log_level: str, gateway: str, processes: int, channels: int
) -> dict[str, Any]:
    load_before = os.getloadavg()[0]
    speed = loop_speed()
    procs = start_servers(sizes, log_level, gateway, processes)
    workers: dict[str, Worker] = {}
    try:
        sid = procs.session_id

        def grpc_client(target: str) -> Worker:
            # The same client for every gRPC row: `channels` connections, taken in turn.
            return Worker(
                "--kind", "grpc", "--target", target, "--session-id", sid,
                "--channels", str(channels),
            )  # fmt: skip

        workers = {
            "gateway": grpc_client(procs.gateway_target),
            "single": grpc_client(procs.single_target),
            "sdk": Worker("--kind", "sdk", "--target", procs.emulator_url, "--session-id", sid),
            "http": Worker("--kind", "http", "--target", procs.emulator_url, "--session-id", sid),
            "echo": grpc_client(procs.echo_target),
        }
        for worker in workers.values():
            worker.ask({"cmd": "ping"})
        emu, gw, echo = procs.emulator.pid, procs.gateway.pid, procs.echo.pid
        # Whose CPU and peak RSS a row reports: the processes doing the client's work (a
        # gateway's whole process tree: its workers).
        watch = {
            "gateway": {"server": gw, "upstream": emu},
            "single": {"server": procs.single.pid, "upstream": emu},
            "sdk": {"upstream": emu},
            "http": {"upstream": emu},
            "echo": {"server": echo},
        }
        results: dict[str, Any] = {"processes": processes, "channels": channels}
        timing = {"warmup": sizes.warmup, "duration": sizes.duration}
        results.update({"get": {}, "write": {}, "loadavg": load_before, "loop_speed": speed})
        for level in LEVELS:
            for name, worker in workers.items():
                print(f"bench: get x{level} {name}", file=sys.stderr, flush=True)
                results["get"][f"{name}@{level}"] = worker.ask(
                    _calls("get", level, timing, watch[name])
                )
        for op in ("create", "update"):
            for name in WRITE_ROWS:
                print(f"bench: {op} x50 {name}", file=sys.stderr, flush=True)
                results["write"][f"{name}:{op}"] = workers[name].ask(
                    _calls(op, 50, timing, watch[name])
                )
        # The ratio targets' further rounds: each pair measured back to back, as above.
        results["rounds"] = []
        for round_ in range(2, sizes.rounds + 1):
            points: dict[str, Any] = {}
            for op, name in ROUND_POINTS:
                print(f"bench: round {round_}: {op} x50 {name}", file=sys.stderr, flush=True)
                points[f"{name}:{op}"] = workers[name].ask(_calls(op, 50, timing, watch[name]))
            results["rounds"].append(points)

        print(f"bench: burst {sizes.burst} x {sizes.burst_latency} s", file=sys.stderr)
        upstream_latency(procs.emulator_url, sizes.burst_latency)
        try:
            for name in ("gateway", "single"):
                results[f"burst:{name}"] = [
                    workers[name].ask({"cmd": "burst", "op": "get", "n": sizes.burst})
                    for _ in range(sizes.burst_runs)
                ]
        finally:
            upstream_latency(procs.emulator_url, None)

        print(f"bench: stream {sizes.stream} at {sizes.page_latency} s/page", file=sys.stderr)
        # Warm-up, untimed and without the delay: the emulator's first walk over its sessions
        # is ~5% slower than the next, and whichever client went first would pay for it.
        for name in ("http", "gateway"):
            workers[name].ask({"cmd": "stream", "max_items": sizes.stream, "watch_rss": None})
        upstream_latency(procs.emulator_url, sizes.page_latency)
        try:
            results["stream_gateway"] = workers["gateway"].ask(
                {"cmd": "stream", "max_items": sizes.stream, "watch_rss": gw}
            )
            results["stream_sdk"] = workers["sdk"].ask(
                {"cmd": "stream", "max_items": sizes.stream, "watch_rss": None}
            )
            results["stream_http"] = workers["http"].ask(
                {"cmd": "stream", "max_items": sizes.stream, "watch_rss": None}
            )
        finally:
            upstream_latency(procs.emulator_url, None)

        print(f"bench: stream {sizes.big_stream}, gateway RSS", file=sys.stderr, flush=True)
        results["big_stream"] = workers["gateway"].ask(
            {"cmd": "stream", "max_items": sizes.big_stream, "watch_rss": gw}
        )

        print("bench: transports", file=sys.stderr, flush=True)
        out = subprocess.run(
            [
                *python_command("-m", "bench.transports", "--json"),
                "--url",
                procs.emulator_url,
                "--session-id",
                sid,
                "--warmup",
                str(sizes.warmup),
                "--duration",
                str(sizes.transport_duration),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
        results["transports"] = json.loads(out.stdout)
        return results
    finally:
        for worker in workers.values():
            worker.close()
        for proc in (procs.gateway, procs.single, procs.echo, procs.emulator):
            stop(proc)


def _calls(op: str, level: int, timing: dict[str, float], watch: dict[str, int]) -> dict[str, Any]:
    return {"cmd": "calls", "op": op, "concurrency": level, **timing, "watch": watch}


# --- reporting --------------------------------------------------------------------------------

ROWS = {
    "gateway": "gateway, {processes} worker processes (gRPC -> gateway -> upstream)",
    "single": "gateway, 1 process",
    "sdk": "stripe-python async -> upstream",
    "http": "bare aiohttp GET -> upstream",
    "echo": "bare grpc.aio echo (same client)",
}
WRITE_ROWS = ("gateway", "single", "sdk")
# Whose CPU and peak RSS each row counts.
COUNTED = {
    "gateway": "server",
    "single": "server",
    "sdk": "client",
    "http": "client",
    "echo": "server",
}


def _mb(kb: float) -> str:
    return f"{kb / 1024:.0f}"


def _row(name: str, level: int | str, r: dict[str, Any], processes: int) -> str:
    who = COUNTED[name]
    cpu = r["cpu"][who] * 1000 / max(r["calls"], 1)
    upstream = r["cpu"].get("upstream")
    up = "-" if upstream is None else f"{upstream / r['seconds'] * 100:.0f}%"
    client = r["cpu"]["client"] / r["seconds"] * 100
    others = r["cpu"]["others"] / r["seconds"] * 100
    errors = f"{r['errors']}" + (f" ({r['error_samples'][0]})" if r["errors"] else "")
    path = ROWS[name].format(processes=processes)
    return (
        f"| {path} | {level} | {r['rate']:,.0f} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} "
        f"| {cpu:.3f} ({who}) | {_mb(r['peak_kb'][who])} ({who}) | {up} | {client:.0f}% "
        f"| {others:.0f}% | {errors} |"
    )


def _verdict(ok: bool) -> str:
    return "**pass**" if ok else "**FAIL**"


def report(results: dict[str, Any], sizes: Sizes, log_level: str, quick: bool) -> str:
    get, write = results["get"], results["write"]
    lines: list[str] = []
    cpu_model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown",
    )
    packages = ("grpcio", "protobuf", "httpx", "aiohttp", "orjson", "stripe", "uvloop")
    sdk_client = getattr(stripe._http_client, "_default_async_client", None)
    system = f"{platform.system()} {platform.release()}"
    lines += [
        f"Run {time.strftime('%Y-%m-%d %H:%M %Z')}"
        f"{' (--quick: tiny sizes, not for quoting)' if quick else ''}"
        f" on {os.cpu_count()} CPUs ({cpu_model}), {system}; "
        f"{versions(packages)}. "
        f"stripe-python's async HTTP client: `{getattr(sdk_client, '__name__', sdk_client)}`. "
        f"Gateway: `checkout-gateway serve --log-level {log_level} --workers "
        f"{results['processes']}` and, for comparison, `--workers 1` (uvloop). Every gRPC "
        f"client spreads its calls over {results['channels']} channels (connections). "
        f"Each point: {sizes.warmup} s warm-up, then {sizes.duration} s measured. "
        f"The targets at 50 in flight that compare two rates (and the gateway's own CPU a "
        f"Get) take the median of {sizes.rounds} rounds: the tables' run, then "
        f"{sizes.rounds - 1} more of just those points, each gateway point right before its "
        f"stripe-python (or echo) one. "
        f"Load average before the run: {results['loadavg']:.2f}. Speed of Python here at the "
        f"start (bench.common.loop_speed, a 5M-step loop, best of 3): "
        f"{results['loop_speed']:.3f} s; compare it between runs before comparing their figures.",
        "",
        "Every server and client is its own process on this machine: the upstream is "
        "`checkout-gateway emulator --fast`; one load-generator process per client kind "
        "(`bench/load.py`, uvloop). **CPU s/1000 calls** and **peak RSS** count the "
        "*server* (the gateway process, or the echo server) for gRPC rows and the *client* "
        "process (where stripe-python or aiohttp does its work, load loop included) for the "
        "direct rows. **upstream CPU** is the emulator's share of one core during the window "
        "(near 100% would mean the upstream is the bottleneck); **client CPU** is the load "
        "generator's; **other CPU** is everything else on the machine in that window (the "
        "benchmark's idle processes, and anything else running: well above a few % means the "
        "numbers are disturbed).",
        "",
        "### GetCheckoutSession / retrieve, by calls in flight",
        "",
        "| path | in flight | calls/s | p50 ms | p99 ms | CPU s/1000 calls | peak RSS MB "
        "| upstream CPU | client CPU | other CPU | errors |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    processes = results["processes"]
    for level in LEVELS:
        for name in ROWS:
            lines.append(_row(name, level, get[f"{name}@{level}"], processes))
    lines += [
        "",
        "### Create and Update at 50 in flight",
        "",
        "| path | call | calls/s | p50 ms | p99 ms | CPU s/1000 calls | peak RSS MB "
        "| upstream CPU | client CPU | other CPU | errors |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for op in ("create", "update"):
        for name in WRITE_ROWS:
            lines.append(_row(name, op, write[f"{name}:{op}"], processes))

    http_all = [get[f"http@{n}"] for n in LEVELS]
    best = max(http_all, key=lambda r: r["rate"])
    upstream_ms = best["cpu"]["upstream"] * 1000 / max(best["calls"], 1)
    lines += [
        "",
        f"**Upstream alone** (bare aiohttp GETs straight to the fast emulator): "
        f"{best['rate']:,.0f} calls/s at its best, the emulator spending {upstream_ms:.3f} ms "
        f"of CPU a call, i.e. about {1000 / upstream_ms:,.0f} calls/s if it had a core to "
        f"itself. Its CPU share in every gateway row above stays well under one core.",
    ]

    # Targets.
    # Each target is judged on the gateway with its workers; the one-process figure follows.
    gw50, one50 = get["gateway@50"], get["single@50"]
    sdk50, echo50 = get["sdk@50"], get["echo@50"]
    # Issue 17: what the gateway adds beyond both floors, the HTTP GET and the gRPC hop.
    floors = get["http@1"]["p50_ms"] + get["echo@1"]["p50_ms"]
    added = get["gateway@1"]["p50_ms"] - floors
    added_one = get["single@1"]["p50_ms"] - floors

    def cpu_ms(r: dict[str, Any]) -> float:
        return float(r["cpu"]["server"]) * 1000 / max(float(r["calls"]), 1)

    own_one = cpu_ms(one50) - cpu_ms(echo50)
    bursts = results["burst:gateway"]
    burst_walls = sorted(b["wall"] for b in bursts)
    burst_wall = burst_walls[len(burst_walls) // 2]
    burst_ok = all(b["ok"] == b["calls"] for b in bursts)
    one_walls = sorted(b["wall"] for b in results["burst:single"])
    stream, stream_sdk = results["stream_gateway"], results["stream_sdk"]
    pages = math.ceil(sizes.stream / PAGE)
    # The upstream's page latency is its configured delay plus its own time to answer a page
    # of 100 sessions (~220 KB): measured by walking the same pages with a bare HTTP client.
    page_sum = results["stream_http"]["page_latency_sum"]
    nominal = pages * sizes.page_latency
    big = results["big_stream"]
    growth_mb = (big["rss_after_kb"] - big["rss_before_kb"]) / 1024
    peak_growth_mb = (big["rss_max_kb"] - big["rss_before_kb"]) / 1024

    def ratio(a: dict[str, Any], b: dict[str, Any]) -> float:
        return float(a["rate"]) / max(float(b["rate"]), 1e-9)

    # Each ratio is judged on the median of its rounds: the tables' run, then the later ones.
    rounds = [
        {
            **{f"{name}:get": get[f"{name}@50"] for name in ("gateway", "sdk", "echo")},
            **{k: v for k, v in write.items() if not k.startswith("single:")},
        },
        *results.get("rounds", []),
    ]

    def median(values: list[float], fmt: str, unit: str = "") -> tuple[float, str]:
        """The median of one figure over the rounds, and how to show it."""
        mid = statistics.median(values)
        each = ", ".join(f"{v:{fmt}}{unit}" for v in values)
        return mid, f"{mid:{fmt}}{unit}, median of {len(values)} rounds ({each})"

    get_sdk, get_sdk_text = median(
        [ratio(r["gateway:get"], r["sdk:get"]) for r in rounds], ".1f", "x"
    )
    get_echo, get_echo_text = median(
        [ratio(r["gateway:get"], r["echo:get"]) for r in rounds], ".0%"
    )
    own, own_text = median(
        [cpu_ms(r["gateway:get"]) - cpu_ms(r["echo:get"]) for r in rounds], ".3f", " ms"
    )
    targets = [
        (
            "Get@50: gateway vs stripe-python",
            f"{get_sdk_text}; the tables' round: {gw50['rate']:,.0f} vs "
            f"{sdk50['rate']:,.0f}/s, one process: {ratio(one50, sdk50):.1f}x",
            ">= 8x",
            get_sdk >= 8,
        ),
        (
            "Get@50: gateway vs bare gRPC echo",
            f"{get_echo_text}; the tables' round: {gw50['rate']:,.0f} vs "
            f"{echo50['rate']:,.0f}/s, one process: {ratio(one50, echo50):.0%}",
            ">= 50%",
            get_echo >= 0.5,
        ),
    ]
    for op in ("create", "update"):
        g, s, one = write[f"gateway:{op}"], write[f"sdk:{op}"], write[f"single:{op}"]
        mid, text = median([ratio(r[f"gateway:{op}"], r[f"sdk:{op}"]) for r in rounds], ".1f", "x")
        targets.append(
            (
                f"{op.capitalize()}@50: gateway vs stripe-python",
                f"{text}; the tables' round: {g['rate']:,.0f} vs "
                f"{s['rate']:,.0f}/s, one process: {ratio(one, s):.1f}x",
                ">= 6x",
                mid >= 6,
            )
        )
    targets += [
        (
            "p50 added by the gateway at 1 in flight "
            "(gateway Get p50 - (bare HTTP GET p50 + bare echo p50))",
            f"{added:.3f} ms ({get['gateway@1']['p50_ms']:.3f} - "
            f"({get['http@1']['p50_ms']:.3f} + {get['echo@1']['p50_ms']:.3f}); "
            f"one process: {added_one:.3f} ms)",
            "<= 0.4 ms",
            added <= 0.4,
        ),
        (
            "the gateway's own CPU per Get at 50 in flight "
            "(its server CPU per call - the bare echo server's)",
            f"{own_text}; the tables' round: {cpu_ms(gw50):.3f} - {cpu_ms(echo50):.3f}, "
            f"one process: {own_one:.3f} ms",
            "<= 0.35 ms",
            own <= 0.35,
        ),
        (
            f"{sizes.burst} concurrent Gets of one session (coalesced into one request since "
            f"gateway.coalesce), upstream {sizes.burst_latency * 1000:.0f} ms each "
            f"(median of {len(bursts)})",
            f"{burst_wall:.3f} s (runs: {', '.join(f'{w:.3f}' for w in burst_walls)}); "
            f"{sum(b['ok'] for b in bursts)}/{sum(b['calls'] for b in bursts)} succeeded; "
            f"one process: {one_walls[len(one_walls) // 2]:.3f} s",
            f"<= {sizes.burst_latency * 2:.2f} s, all succeed",
            burst_ok and burst_wall <= sizes.burst_latency * 2,
        ),
        (
            f"StreamCheckoutSessions of {stream['items']:,} sessions, "
            f"{sizes.page_latency * 1000:.0f} ms per upstream page",
            f"{stream['wall']:.3f} s = {stream['wall'] / page_sum:.3f}x the {pages} pages' "
            f"measured latencies, {page_sum:.3f} s ({nominal:.2f} s of them the configured "
            f"delay; a bare HTTP walk took {results['stream_http']['wall']:.3f} s in all; "
            f"stripe-python auto_paging_iter over the same: {stream_sdk['wall']:.3f} s, "
            f"{stream_sdk['items']:,} items)",
            "<= 1.05x",
            stream["items"] == sizes.stream and stream["wall"] <= 1.05 * page_sum,
        ),
        (
            f"StreamCheckoutSessions of {big['items']:,} sessions: gateway RSS growth",
            f"{growth_mb:+.1f} MB after ({_mb(big['rss_before_kb'])} -> "
            f"{_mb(big['rss_after_kb'])} MB; peak during {peak_growth_mb:+.1f} MB); "
            f"{big['wall']:.2f} s, {big['items'] / big['wall']:,.0f} sessions/s",
            "<= 20 MB",
            big["items"] == sizes.big_stream and growth_mb <= 20,
        ),
    ]
    # Coalesced Gets, parallel export and the fleet's write limit (bench/scale.py).
    targets += scale.targets(results["scale"])
    lines += [
        "",
        "### Targets",
        "",
        "| target | measured | goal | result |",
        "|---|---|---|---|",
    ]
    lines += [f"| {t} | {m} | {g} | {_verdict(ok)} |" for t, m, g, ok in targets]
    lines += [
        "",
        "### Upstream HTTP clients (bench/transports.py)",
        "",
        "The same GET against the same fast emulator, one client process on uvloop; the "
        "gateway's upstream (gateway/upstream.py) sends httpx Requests straight to its own "
        "transport over aiohttp (gateway/transport.py).",
        "",
        *transports.table(results["transports"]),
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--quick",
        action="store_true",
        default=os.environ.get("BENCH_QUICK", "") not in ("", "0"),
        help="tiny sizes, for a smoke run (also BENCH_QUICK=1)",
    )
    parser.add_argument("--no-docs", action="store_true", help="do not write docs/")
    parser.add_argument("--docs", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--log-level", default="INFO", help="the gateway's --log-level")
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="the gateway's --workers"
    )
    parser.add_argument(
        "--channels", type=int, default=16, help="gRPC channels each gRPC client spreads over"
    )
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument(
        "--gateway",
        default="-m gateway.cli",
        help="how Python runs the gateway's CLI (to benchmark a variant: a script path)",
    )
    args = parser.parse_args()
    sizes = QUICK if args.quick else FULL
    started = time.monotonic()
    results = run(sizes, args.log_level, args.gateway, args.workers, args.channels)
    print("bench: scale (bench/scale.py)", file=sys.stderr, flush=True)
    out = subprocess.run(
        [*python_command("-m", "bench.scale", "--json"), *(["--quick"] if args.quick else [])],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    results["scale"] = json.loads(out.stdout)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    text = report(results, sizes, args.log_level, args.quick)
    print(text)
    print(f"bench: {time.monotonic() - started:.0f} s", file=sys.stderr)
    if not args.no_docs:
        write_region(args.docs, "bench", text)


if __name__ == "__main__":
    main()
