"""What the signals cost: the gateway's CPU per call with metrics, traces and JSON logs on or off.

`python -m bench.telemetry [--calls N] [--rounds R]` starts the emulator (`--fast`) and, in
turn, one gateway process (`serve`, one worker) per variant below, sends each the same
GetCheckoutSession calls over loopback, and reads the gateway's CPU time from /proc before
and after: CPU per call is what the variant costs, however busy the machine (wall time is
not). Variants are run in rounds, alternating, and the median round is reported. The traces
go to an OTLP/gRPC receiver in this process that only counts what it gets. `--docs FILE`
also writes the table into FILE's `telemetry` region (docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import threading
from concurrent import futures
from pathlib import Path
from typing import Any

import grpc
import uvloop
from checkout_gateway.v1 import checkout_session_requests_pb2 as req
from checkout_gateway.v1 import checkout_session_service_pb2_grpc
from opentelemetry.proto.collector.trace.v1 import trace_service_pb2, trace_service_pb2_grpc

from bench.common import (
    API_KEY,
    free_port,
    loop_speed,
    python_command,
    start,
    stop,
    tree_cpu_seconds,
)
from bench.docs import write_region

PRICE = "price_1EmuTshirt0000000000000"


class Receiver(trace_service_pb2_grpc.TraceServiceServicer):
    """An OTLP/gRPC trace receiver that counts spans and keeps nothing."""

    def __init__(self) -> None:
        self.spans = 0
        self._lock = threading.Lock()

    def Export(self, request: Any, context: Any) -> Any:
        count = sum(len(s.spans) for r in request.resource_spans for s in r.scope_spans)
        with self._lock:
            self.spans += count
        return trace_service_pb2.ExportTraceServiceResponse()


def variants(otlp: str) -> dict[str, dict[str, str]]:
    """Variant -> the environment the gateway gets (its configuration's variables)."""
    metrics = {"GATEWAY_METRICS_LISTEN": "127.0.0.1:0"}
    traces = {"OTEL_EXPORTER_OTLP_ENDPOINT": otlp, "OTEL_EXPORTER_OTLP_INSECURE": "true"}
    return {
        "none (default)": {},
        "metrics": metrics,
        "traces": traces,
        "metrics + traces + JSON logs": {**metrics, **traces, "GATEWAY_LOG_FORMAT": "json"},
    }


async def drive(target: str, calls: int, concurrency: int) -> None:
    """`calls` GetCheckoutSession calls, `concurrency` in flight, over 8 channels."""
    channels = [grpc.aio.insecure_channel(target) for _ in range(8)]
    stubs = [checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(c) for c in channels]
    created = await stubs[0].CreateCheckoutSession(
        req.CreateCheckoutSessionRequest(
            mode=req.CreateCheckoutSessionRequest.MODE_PAYMENT,
            success_url="https://example.com/ok",
            line_items=[{"price": PRICE, "quantity": 1}],
        ),
        timeout=30,
    )
    request = req.GetCheckoutSessionRequest(id=created.id)
    left = iter(range(calls))

    async def caller(n: int) -> None:
        stub = stubs[n % len(stubs)]
        for _ in left:
            await stub.GetCheckoutSession(request, timeout=30)

    await asyncio.gather(*(caller(n) for n in range(concurrency)))
    for channel in channels:
        await channel.close()


def one_run(emulator_url: str, env: dict[str, str], calls: int, concurrency: int) -> float:
    """The gateway's CPU microseconds per call for one variant."""
    port = free_port()
    gateway = start(
        [
            *python_command("-m", "gateway.cli", "serve", "--stripe-api-base", emulator_url),
            *("--listen", f"127.0.0.1:{port}"),
        ],
        port,
        env={"STRIPE_API_KEY": API_KEY, **env},
    )
    try:
        uvloop.run(drive(f"127.0.0.1:{port}", calls // 10, concurrency))  # warm-up
        before = tree_cpu_seconds(gateway.pid)
        uvloop.run(drive(f"127.0.0.1:{port}", calls, concurrency))
        return (tree_cpu_seconds(gateway.pid) - before) / calls * 1e6
    finally:
        stop(gateway)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=5000, help="measured calls per run")
    parser.add_argument("--rounds", type=int, default=3, help="runs of every variant")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--docs", type=Path, help="also write the table into this file's region")
    args = parser.parse_args()

    receiver = Receiver()
    otlp_server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    trace_service_pb2_grpc.add_TraceServiceServicer_to_server(receiver, otlp_server)
    otlp_port = otlp_server.add_insecure_port("127.0.0.1:0")
    otlp_server.start()
    emulator_port = free_port()
    emulator = start(
        [
            *python_command("-m", "gateway.cli", "emulator", "--fast"),
            *("--listen", f"127.0.0.1:{emulator_port}"),
        ],
        emulator_port,
    )
    results: dict[str, list[float]] = {}
    try:
        for _ in range(args.rounds):
            for name, env in variants(f"http://127.0.0.1:{otlp_port}").items():
                cost = one_run(
                    f"http://127.0.0.1:{emulator_port}", env, args.calls, args.concurrency
                )
                results.setdefault(name, []).append(cost)
    finally:
        stop(emulator)
        otlp_server.stop(0)
    base = statistics.median(results["none (default)"])
    lines = [
        "### What the signals cost",
        "",
        f"`python -m bench.telemetry --calls {args.calls} --rounds {args.rounds}`: the gateway's "
        f"CPU per GetCheckoutSession (one process, {args.concurrency} calls in flight), the "
        f"median of {args.rounds} rounds; Python's speed here: {loop_speed():.2f} s for the "
        "fixed loop.",
        "",
        "| signals | CPU µs per call | vs none | rounds |",
        "|---|---|---|---|",
    ]
    for name, costs in results.items():
        median = statistics.median(costs)
        rounds = ", ".join(f"{c:.0f}" for c in costs)
        # CPU is read in clock ticks (10 ms): a tiny run (the suite's smoke) may read none.
        versus = f"{median / base - 1:+.0%}" if base else "-"
        lines.append(f"| {name} | {median:.0f} | {versus} | {rounds} |")
    text = "\n".join(lines) + "\n"
    print(text)
    print(f"spans received: {receiver.spans}", file=sys.stderr)
    if args.docs:
        write_region(args.docs, "telemetry", text)


if __name__ == "__main__":
    main()
