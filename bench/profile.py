"""Where the gateway spends its CPU: py-spy on the gateway process under Get@50 / Create@50.

Starts the fast emulator and the gateway (as bench.run does), keeps 50 calls in flight from
a load-generator process, attaches `py-spy record` to the gateway for a few seconds, and
prints the top functions by own time and by inclusive time (py-spy from the `bench` extra).

    python -m bench.profile [--op get|create|update] [--seconds 10] [--top 25]
"""

from __future__ import annotations

import argparse
import collections
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from bench.common import Worker, stop
from bench.run import FULL, start_servers

_LINE = re.compile(r" \(([^()]*?):\d+\)$")
# Leaves that mean a thread was waiting (with --native py-spy counts them as active).
_WAITS = ("epoll_wait (", "epoll_pwait (", "poll (", "futex_wait", "__futex_abstimed_wait")
# The gateway's own steps, reported inclusively whatever their rank.
STEPS = (
    "CheckoutSessionServicer._unary (servicer.py)",
    "StripeClient.call (upstream.py)",
    "AsyncClient.request (_client.py)",
    "AsyncClient.send (_client.py)",
    "ClientSession._request (client.py)",
    "_parse (upstream.py)",
    "decode (decoding.py)",
    "encode (encoding.py)",
    "validate (validation.py)",
    "validate_headers (validation.py)",
    "_Call.log (servicer.py)",
    "Admission.acquire (admission.py)",
    "gc_collect_main (libpython3.11.so.1.0)",
)


def _function(frame: str) -> str:
    """`name (path/to/file.py:123)` -> `name (file.py)`: lines of one function together."""
    match = _LINE.search(frame)
    if match is None:
        return frame
    return f"{frame[: match.start()]} ({Path(match.group(1)).name})"


def summarise(raw: str, top: int) -> str:
    own: collections.Counter[str] = collections.Counter()
    inclusive: collections.Counter[str] = collections.Counter()
    total = 0
    for line in raw.splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = [_function(f) for f in stack.split(";")]
        if frames[-1].startswith(_WAITS):
            continue
        total += count
        own[frames[-1]] += count
        for name in set(frames):
            inclusive[name] += count
    total = max(total, 1)
    out = [f"{total} samples of the gateway's threads (waits excluded)", "", "steps:"]
    out += [f"{inclusive[name] / total:6.1%}  {name}" for name in STEPS]
    out += ["", "own time:"]
    out += [f"{n / total:6.1%}  {name}" for name, n in own.most_common(top)]
    out += ["", "inclusive time:"]
    out += [f"{n / total:6.1%}  {name}" for name, n in inclusive.most_common(top)]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--op", choices=("get", "create", "update"), default="get")
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--log-level", default="INFO", help="the gateway's --log-level")
    parser.add_argument("--rate", type=int, default=250, help="py-spy samples per second")
    parser.add_argument("--save-raw", type=Path, help="keep py-spy's raw stacks here")
    parser.add_argument("--native", action="store_true", help="C frames too (py-spy --native)")
    args = parser.parse_args()
    py_spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    procs = start_servers(FULL, args.log_level)
    worker = Worker(
        "--kind", "grpc", "--target", procs.gateway_target, "--session-id", procs.session_id
    )
    try:
        load = threading.Thread(
            target=worker.ask,
            args=(
                {
                    "cmd": "calls",
                    "op": args.op,
                    "concurrency": args.concurrency,
                    "warmup": 1.0,
                    "duration": args.seconds + 1.0,
                    "watch": {},
                },
            ),
        )
        load.start()
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "profile.txt"
            subprocess.run(
                [py_spy, "record", "--pid", str(procs.gateway.pid), "--format", "raw"]
                + ["--rate", str(args.rate), "--duration", str(int(args.seconds))]
                + ["--output", str(out)]
                + (["--native"] if args.native else ["--nonblocking"]),
                check=True,
                capture_output=True,
            )
            raw = out.read_text()
            if args.save_raw:
                shutil.copy(out, args.save_raw)
        load.join()
    finally:
        worker.close()
        for proc in (procs.gateway, procs.single, procs.echo, procs.emulator):
            stop(proc)
    print(f"gateway {args.op}@{args.concurrency}, {args.seconds:.0f} s")
    print(summarise(raw, args.top))


if __name__ == "__main__":
    main()
