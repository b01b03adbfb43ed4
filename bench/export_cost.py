"""The gateway's instructions per exported session, counted by valgrind: a figure load does not
move, unlike the export row's seconds (bench.scale) on a shared machine.

Starts the fast emulator with `--sessions` seeded sessions and the gateway under callgrind
(collection off), streams the whole range once to warm up, then counts the instructions of the
whole gateway process over a second StreamCheckoutSessions of the range at `--parallelism`.

    python -m bench.export_cost [--sessions 2000] [--parallelism 8] [--profile DIR]

`--profile DIR` keeps the callgrind files for callgrind_annotate.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

import uvloop

from bench.common import API_KEY, free_port, python_command, start, stop
from bench.instructions import control, instructions, under_callgrind
from bench.scale import Emulator, stream_export, stubs


async def measure(sessions: int, parallelism: int, out: Path) -> tuple[int, int]:
    """(sessions streamed, the gateway's instructions while streaming them)."""
    emulator_port, port = free_port(), free_port()
    emulator_proc = start(
        [
            *python_command("-m", "gateway.cli", "emulator", "--fast", "--seed", str(sessions)),
            *("--listen", f"127.0.0.1:{emulator_port}"),
        ],
        emulator_port,
    )
    emulator = Emulator(f"http://127.0.0.1:{emulator_port}")
    serve = [
        *python_command("-m", "gateway.cli", "serve", "--stripe-api-base", emulator.url),
        *("--log-level", "WARNING", "--listen", f"127.0.0.1:{port}"),
    ]
    gateway = under_callgrind(serve, port, out, {**os.environ, "STRIPE_API_KEY": API_KEY})
    try:
        channels, _ = stubs(f"127.0.0.1:{port}", 1)
        newest = int(emulator.sessions()[0]["created"])
        lo, hi = newest - sessions - 5, newest + 5
        await stream_export(channels[0], lo, hi, parallelism)  # warm-up: every table and pool made
        control(gateway.pid, "--instr=on")
        result = await stream_export(channels[0], lo, hi, parallelism)
        control(gateway.pid, "--instr=off")
        for channel in channels:
            await channel.close()
    finally:
        stop(gateway, timeout=120)
        stop(emulator_proc)
    return int(result["items"]), instructions(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=2000)
    parser.add_argument("--parallelism", type=int, default=8)
    parser.add_argument("--profile", type=Path, help="keep the callgrind files here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) if args.profile is None else args.profile
        folder.mkdir(parents=True, exist_ok=True)
        items, total = uvloop.run(
            measure(args.sessions, args.parallelism, folder / "gateway.callgrind")
        )
    print(
        f"{items} sessions streamed at parallelism {args.parallelism}: "
        f"{total / items / 1000:.1f}k instructions of the gateway process per session"
    )


if __name__ == "__main__":
    main()
