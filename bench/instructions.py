"""The gateway's instructions per call, counted by valgrind: a figure load does not move.

On a shared machine, seconds of CPU vary with the neighbours; instructions do not. This
starts the fast emulator, then the gateway and the bare echo server (bench.echo) each under
`valgrind --tool=callgrind` with collection off, warms each up, counts the instructions of
the whole server process (every thread) over `--calls` sequential calls, and prints the
instructions per call of each and the gateway's own (the gateway's minus the echo's).
`--profile DIR` keeps the callgrind files for callgrind_annotate. `--distinct-ids N` seeds N
sessions and gives each Get or Update the next of them in turn, as real traffic does (the
default asks for one id every call, so the URL parse caches of the libraries always hit).

`--process emulator` counts the fast emulator instead: it runs under callgrind and the
gateway runs normally in front of it, so each counted request is the one a gateway call
sends (its headers, form body, idempotency key and pooled keep-alive connection), the
emulator's whole work per call as the gateway's traffic causes it.

    python -m bench.instructions [--op get|create|update] [--calls 500] [--distinct-ids N]
        [--process gateway|emulator] [--profile DIR]
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import grpc
from checkout_gateway.v1 import checkout_session_requests_pb2 as req
from checkout_gateway.v1 import checkout_session_service_pb2_grpc

from bench.common import API_KEY, free_port, python_command, stop, wait_for_port
from bench.load import CREATE_PARAMS, PRICE, UPDATE_METADATA
from bench.run import _emulator_json

WARMUP = 200
# valgrind runs Python some 50 times slower: start-up alone takes a while.
START_TIMEOUT = 600.0
# A file's total is its last `totals:` line (its `summary:` header stays 0 when collection
# starts later than the program).
_TOTALS = re.compile(r"^totals: (\d+)", re.MULTILINE)


def callgrind(out: Path, *, from_start: bool = False) -> list[str]:
    """The valgrind command line that runs a command under callgrind into `out`; collection
    off until `callgrind_control --instr=on` unless `from_start`."""
    return [
        "valgrind",
        "--tool=callgrind",
        *([] if from_start else ["--instr-atstart=no"]),
        f"--callgrind-out-file={out}",
    ]


def under_callgrind(command: list[str], port: int, out: Path, env: dict[str, str]) -> Any:
    proc = subprocess.Popen(
        [*callgrind(out), *command],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, proc, timeout=START_TIMEOUT)
    except BaseException:
        stop(proc)
        raise
    return proc


def control(pid: int, *args: str) -> None:
    subprocess.run(["callgrind_control", *args, str(pid)], check=True, capture_output=True)


def instructions(out: Path) -> int:
    """The instructions a callgrind run collected, summed over its files (one per thread)."""
    total = 0
    for path in out.parent.glob(out.name + "*"):
        found = _TOTALS.findall(path.read_text(errors="replace"))
        if found:
            total += int(found[-1])
    return total


def caller(op: str, target: str, session_ids: list[str]) -> Callable[[], object]:
    """One call of `op`; a Get or Update asks for each of `session_ids` in turn."""
    channel = grpc.insecure_channel(target)
    stub = checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(channel)
    if op == "get":
        gets = itertools.cycle([req.GetCheckoutSessionRequest(id=i) for i in session_ids])
        return lambda: stub.GetCheckoutSession(next(gets), timeout=60)
    if op == "update":
        updates = itertools.cycle(
            [req.UpdateCheckoutSessionRequest(id=i, metadata=UPDATE_METADATA) for i in session_ids]
        )
        return lambda: stub.UpdateCheckoutSession(next(updates), timeout=60)
    create = req.CreateCheckoutSessionRequest(
        mode=req.CreateCheckoutSessionRequest.MODE_PAYMENT,
        success_url=CREATE_PARAMS["success_url"],
        line_items=[{"price": PRICE, "quantity": 2}],
        metadata=CREATE_PARAMS["metadata"],
    )
    return lambda: stub.CreateCheckoutSession(create, timeout=60)


def collect(pid: int, call: Callable[[], object], calls: int) -> None:
    """Warm up, then collect the instructions of process `pid` over `calls` sequential calls."""
    for _ in range(WARMUP):
        call()
    control(pid, "--instr=on")
    for _ in range(calls):
        call()
    control(pid, "--instr=off")


def measure(
    name: str, command: list[str], port: int, call: Callable[[], object], calls: int, tmp: Path
) -> int:
    """The server's instructions per call over `calls` sequential calls, after a warm-up."""
    out = tmp / f"{name}.callgrind"
    proc = under_callgrind(command, port, out, {**os.environ, "STRIPE_API_KEY": API_KEY})
    try:
        collect(proc.pid, call, calls)
    finally:
        stop(proc, timeout=120)
    return instructions(out) // calls


def seeded_ids(url: str, count: int) -> list[str]:
    """The ids of the `count` newest sessions, a page of 100 at a time."""
    ids: list[str] = []
    while len(ids) < count:
        after = f"&starting_after={ids[-1]}" if ids else ""
        page = _emulator_json(
            url, f"/v1/checkout/sessions?limit={min(100, count - len(ids))}{after}"
        )
        ids += [str(s["id"]) for s in page["data"]]
        if not page["has_more"]:
            break
    return ids


def emulator_command(port: int, sessions: int) -> list[str]:
    return [
        *python_command("-m", "gateway.cli", "emulator", "--fast"),
        *("--seed", str(sessions), "--listen", f"127.0.0.1:{port}"),
    ]


def gateway_command(url: str, port: int, log_level: str) -> list[str]:
    return [
        *python_command("-m", "gateway.cli", "serve", "--stripe-api-base", url),
        *("--listen", f"127.0.0.1:{port}", "--log-level", log_level),
    ]


def keep_profile(tmp: Path, profile: Path | None) -> None:
    if profile:
        profile.mkdir(parents=True, exist_ok=True)
        for path in tmp.glob("*.callgrind*"):
            shutil.copy(path, profile / path.name)


def count_gateway(args: argparse.Namespace) -> None:
    """The gateway and the echo, each under callgrind in turn, the emulator behind them."""
    emulator_port = free_port()
    emulator = subprocess.Popen(
        emulator_command(emulator_port, max(10, args.distinct_ids)),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(emulator_port, emulator)
        url = f"http://127.0.0.1:{emulator_port}"
        session_ids = seeded_ids(url, max(1, args.distinct_ids))
        session_id = session_ids[0]
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            gateway_port, echo_port = free_port(), free_port()
            gateway = gateway_command(url, gateway_port, args.log_level)
            echo = [
                *python_command("-m", "bench.echo", "--port", str(echo_port), "--emulator", url),
                *("--session-id", session_id, "--api-key", API_KEY),
            ]
            started = time.monotonic()
            per_call = {
                "gateway": measure(
                    "gateway",
                    gateway,
                    gateway_port,
                    caller(args.op, f"127.0.0.1:{gateway_port}", session_ids),
                    args.calls,
                    tmp,
                ),
                "echo": measure(
                    "echo",
                    echo,
                    echo_port,
                    caller(args.op, f"127.0.0.1:{echo_port}", session_ids),
                    args.calls,
                    tmp,
                ),
            }
            keep_profile(tmp, args.profile)
    finally:
        stop(emulator)
    own = per_call["gateway"] - per_call["echo"]
    ids = f", {len(session_ids)} ids in turn" if args.distinct_ids else ""
    print(f"{args.op}, {args.calls} sequential calls{ids} ({time.monotonic() - started:.0f} s)")
    print(f"gateway  {per_call['gateway'] / 1000:8.0f}k instructions a call")
    print(f"echo     {per_call['echo'] / 1000:8.0f}k instructions a call")
    print(f"own      {own / 1000:8.0f}k instructions a call (gateway minus echo)")


def count_emulator(args: argparse.Namespace) -> None:
    """The emulator under callgrind, the gateway running normally in front of it."""
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        out = tmp / "emulator.callgrind"
        emulator_port, gateway_port = free_port(), free_port()
        started = time.monotonic()
        emulator = under_callgrind(
            emulator_command(emulator_port, max(10, args.distinct_ids)),
            emulator_port,
            out,
            dict(os.environ),
        )
        try:
            url = f"http://127.0.0.1:{emulator_port}"
            session_ids = seeded_ids(url, max(1, args.distinct_ids))
            gateway = subprocess.Popen(
                gateway_command(url, gateway_port, args.log_level),
                env={**os.environ, "STRIPE_API_KEY": API_KEY},
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                wait_for_port(gateway_port, gateway)
                call = caller(args.op, f"127.0.0.1:{gateway_port}", session_ids)
                collect(emulator.pid, call, args.calls)
            finally:
                stop(gateway)
        finally:
            stop(emulator, timeout=120)
        per_call = instructions(out) // args.calls
        keep_profile(tmp, args.profile)
    ids = f", {len(session_ids)} ids in turn" if args.distinct_ids else ""
    print(f"{args.op}, {args.calls} sequential calls{ids} ({time.monotonic() - started:.0f} s)")
    print(f"emulator {per_call / 1000:8.0f}k instructions a call (--fast, behind the gateway)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--op", choices=("get", "create", "update"), default="get")
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--log-level", default="INFO", help="the gateway's --log-level")
    parser.add_argument("--profile", type=Path, help="keep the callgrind files here")
    parser.add_argument(
        "--distinct-ids",
        type=int,
        default=0,
        metavar="N",
        help="ask for N seeded sessions in turn (more than yarl's 128-entry URL cache), not one",
    )
    parser.add_argument(
        "--process",
        choices=("gateway", "emulator"),
        default="gateway",
        help="count the gateway (and the echo), or the emulator behind a gateway",
    )
    args = parser.parse_args()
    if args.process == "emulator":
        count_emulator(args)
    else:
        count_gateway(args)


if __name__ == "__main__":
    main()
