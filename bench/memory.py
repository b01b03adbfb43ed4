"""The gateway's memory after bursts of concurrent streams, and what malloc_trim gives back.

Starts the emulator and a one-process gateway, each its own process, then runs `--rounds`
bursts of `--streams` concurrent StreamCheckoutSessions (each `--items` sessions long, over 16
channels). It reads the gateway's RSS, glibc's heap (mallinfo2) and Python's live blocks when
idle, after each burst, after malloc_trim(0) in the gateway, and after one more burst.

    python -m bench.memory [--streams 500] [--items 100] [--rounds 3] [--settle 3]

`python -m bench.memory gateway ARGS` is the gateway it measures: `checkout-gateway serve ARGS`
with the SIGUSR2 (report) and SIGUSR1 (malloc_trim, then report) hooks, which live here
because only this measurement needs them."""

from __future__ import annotations

import argparse
import asyncio
import ctypes
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import grpc
from checkout_gateway.v1 import checkout_session_requests_pb2 as r
from checkout_gateway.v1 import checkout_session_service_pb2_grpc as service

from bench.common import API_KEY, free_port, python_command, start, status_kb, stop

REPORT_ENV = "BENCH_MEMORY_REPORT"
CHANNELS = 16
MALLINFO2_FIELDS = (
    "arena",  # bytes the main arena got from the system (sbrk)
    "ordblks",
    "smblks",
    "hblks",
    "hblkhd",  # bytes in mmapped blocks
    "usmblks",
    "fsmblks",
    "uordblks",  # bytes in use
    "fordblks",  # bytes free, held by the allocator
    "keepcost",
)


class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in MALLINFO2_FIELDS]


def _mallinfo() -> dict[str, int]:
    libc = ctypes.CDLL("libc.so.6")
    libc.mallinfo2.restype = MallInfo2
    raw = libc.mallinfo2()
    return {name: int(getattr(raw, name)) for name in MALLINFO2_FIELDS}


def report(_signum: int, _frame: object) -> None:
    """In the gateway (SIGUSR2): glibc's heap and Python's live blocks, as JSON to $REPORT_ENV."""
    state = {"malloc": _mallinfo(), "python_blocks": sys.getallocatedblocks()}
    Path(os.environ[REPORT_ENV]).write_text(json.dumps(state))


def trim(_signum: int, _frame: object) -> None:
    """In the gateway (SIGUSR1): malloc_trim(0), timed, then the same report."""
    started = time.perf_counter()
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    took = time.perf_counter() - started
    state = {"malloc": _mallinfo(), "python_blocks": sys.getallocatedblocks(), "seconds": took}
    Path(os.environ[REPORT_ENV]).write_text(json.dumps(state))


def gateway_main(argv: list[str]) -> int:
    from gateway.cli import main

    signal.signal(signal.SIGUSR1, trim)
    signal.signal(signal.SIGUSR2, report)
    return main(["serve", *argv])


async def burst(stubs: list[Any], streams: int, items: int) -> int:
    async def one(i: int) -> int:
        request = r.StreamCheckoutSessionsRequest(max_items=items)
        return sum([1 async for _ in stubs[i % len(stubs)].StreamCheckoutSessions(request)])

    counts = await asyncio.gather(*(one(i) for i in range(streams)))
    return sum(counts)


def mib(kib: int) -> str:
    return f"{kib / 1024:.1f} MiB"


async def settle(
    gateway: subprocess.Popen[Any], report_file: Path, wait: float, sig: int = signal.SIGUSR2
) -> dict[str, Any]:
    """Once the burst's stragglers are done: RSS, glibc's heap and Python's blocks."""
    await asyncio.sleep(wait)
    report_file.unlink(missing_ok=True)
    gateway.send_signal(sig)
    while not report_file.exists():
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.05)  # the write done
    state: dict[str, Any] = json.loads(report_file.read_text())
    state["rss_kib"] = status_kb(gateway.pid, "VmRSS")
    return state


async def measure(args: argparse.Namespace) -> None:
    emulator_port, gateway_port = free_port(), free_port()
    report_file = Path(tempfile.mkdtemp()) / "state.json"
    emulator = start(
        python_command(
            "-m", "gateway.cli", "emulator", "--fast", "--seed", str(args.items),
            "--listen", f"127.0.0.1:{emulator_port}",
        ),
        emulator_port,
    )  # fmt: skip
    try:
        gateway = start(
            python_command(
                "-m", "bench.memory", "gateway", "--listen", f"127.0.0.1:{gateway_port}",
                "--stripe-api-base", f"http://127.0.0.1:{emulator_port}", "--log-level", "WARNING",
            ),
            gateway_port,
            env={"STRIPE_API_KEY": API_KEY, REPORT_ENV: str(report_file)},
        )  # fmt: skip
        try:
            channels = [
                grpc.aio.insecure_channel(f"127.0.0.1:{gateway_port}") for _ in range(CHANNELS)
            ]
            stubs = [service.CheckoutSessionServiceStub(c) for c in channels]
            await burst(stubs, CHANNELS, 1)  # every channel connected, every code path loaded
            wait = args.settle
            rows = [("idle (after one call per channel)", await settle(gateway, report_file, wait))]
            for n in range(1, args.rounds + 1):
                sent = await burst(stubs, args.streams, args.items)
                state = await settle(gateway, report_file, wait)
                rows.append((f"after burst {n} ({sent:,} items)", state))
            trimmed = await settle(gateway, report_file, wait, signal.SIGUSR1)
            rows.append(("after malloc_trim(0)", trimmed))
            sent = await burst(stubs, args.streams, args.items)
            state = await settle(gateway, report_file, wait)
            rows.append((f"after one more burst ({sent:,} items)", state))
            for channel in channels:
                await channel.close()
        finally:
            stop(gateway)
    finally:
        stop(emulator)
    idle = rows[0][1]["rss_kib"]
    print(f"{args.streams} concurrent streams of {args.items} sessions, {CHANNELS} channels")
    print(
        "| gateway | RSS | above idle | malloc in use | malloc free, held | malloc mmapped "
        "| Python blocks |"
    )
    print("|---|---|---|---|---|---|---|")
    for name, state in rows:
        heap = state["malloc"]
        print(
            f"| {name} | {mib(state['rss_kib'])} | {mib(state['rss_kib'] - idle)} "
            f"| {mib(heap['uordblks'] // 1024)} | {mib(heap['fordblks'] // 1024)} "
            f"| {mib(heap['hblkhd'] // 1024)} | {state['python_blocks']:,} |"
        )
    print(f"malloc_trim(0) took {trimmed['seconds'] * 1000:.1f} ms in the gateway")


def main() -> int:
    if sys.argv[1:2] == ["gateway"]:
        return gateway_main(sys.argv[2:])
    parser = argparse.ArgumentParser(prog="python -m bench.memory", description=__doc__)
    parser.add_argument("--streams", type=int, default=500)
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--settle", type=float, default=3.0, help="seconds before each reading")
    asyncio.run(measure(parser.parse_args()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
