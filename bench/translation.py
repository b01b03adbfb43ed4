"""What decoding, encoding and validation cost alone, per call, away from the rest of a call.

The inputs are what the gateway translates on its hot paths: a session as the fast emulator
answers a Get (seeded sessions, serialised and parsed as the gateway parses them), Stripe's
example objects in tests/fixtures, and the Create and Update requests bench.instructions sends.

By default each case runs in a loop and its time is printed next to bench.common.loop_speed's
(so runs on different days compare). `--callgrind` counts instructions instead, a figure the
machine's load does not move: each case runs in its own Python process under valgrind, once
with `--loops` iterations and once with none, and the difference is divided by the iterations.

    python -m bench.translation [--loops 2000] [--callgrind] [--case decode-session ...]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
from checkout_gateway.v1 import checkout_session_pb2, line_item_pb2, price_pb2
from checkout_gateway.v1 import checkout_session_requests_pb2 as req

from bench.common import ROOT, loop_speed, python_command
from bench.instructions import callgrind, instructions
from bench.load import CREATE_PARAMS, PRICE, UPDATE_METADATA
from gateway.decoding import decode
from gateway.encoding import encode
from gateway.validation import validate
from stripe_emulator.seed import install_prices, seed_sessions
from stripe_emulator.store import Store

FIXTURES = ROOT / "tests" / "fixtures" / "stripe"
# Seeded sessions vary by index (status, email, one or two items): this many cover each kind.
EMULATOR_SESSIONS = 35


def emulator_sessions() -> list[dict[str, Any]]:
    """Sessions exactly as the fast emulator sends them to a Get, parsed as the gateway does."""
    store = Store()
    install_prices(store)
    seed_sessions(store, EMULATOR_SESSIONS)
    return [orjson.loads(store.sessions[i].raw()) for i in store.order]


def _fixture(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text())
    return data


def create_request() -> req.CreateCheckoutSessionRequest:
    return req.CreateCheckoutSessionRequest(
        mode=req.CreateCheckoutSessionRequest.MODE_PAYMENT,
        success_url=CREATE_PARAMS["success_url"],
        line_items=[{"price": PRICE, "quantity": 2}],
        metadata=CREATE_PARAMS["metadata"],
    )


def update_request() -> req.UpdateCheckoutSessionRequest:
    return req.UpdateCheckoutSessionRequest(id="cs_test_a1b2c3", metadata=UPDATE_METADATA)


def cases() -> dict[str, tuple[str, Callable[[], object]]]:
    """Each case: what one call does, and the call (a whole batch counts as several)."""
    sessions = emulator_sessions()
    session_type = checkout_session_pb2.CheckoutSession
    example = _fixture("checkout.session.json")
    item = _fixture("item.json")
    price = _fixture("price.json")
    create, update = create_request(), update_request()

    def decode_sessions() -> None:
        for data in sessions:
            decode(session_type, data)

    return {
        "decode-session": (
            f"decode an emulator session (mean of {len(sessions)})",
            decode_sessions,
        ),
        "decode-example": (
            "decode Stripe's example session",
            lambda: decode(session_type, example),
        ),
        "decode-item": (
            "decode Stripe's example line item",
            lambda: decode(line_item_pb2.LineItem, item),
        ),
        "decode-price": ("decode Stripe's example price", lambda: decode(price_pb2.Price, price)),
        "validate-create": ("validate the bench's Create request", lambda: validate(create)),
        "encode-create": ("encode the bench's Create request", lambda: encode(create)),
        "validate-update": ("validate the bench's Update request", lambda: validate(update)),
        "encode-update": ("encode the bench's Update request", lambda: encode(update)),
    }


def per_call_divisor(name: str) -> int:
    return EMULATOR_SESSIONS if name == "decode-session" else 1


def run_loops(name: str, loops: int) -> float:
    """Seconds for `loops` iterations of a case after one warm-up (plans build on first use)."""
    call = cases()[name][1]
    call()
    started = time.perf_counter()
    for _ in range(loops):
        call()
    return time.perf_counter() - started


def callgrind_count(name: str, loops: int, tmp: Path) -> int:
    """Instructions of one child process running `loops` iterations of a case."""
    out = tmp / f"{name}-{loops}.callgrind"
    subprocess.run(
        [
            *callgrind(out, from_start=True),
            *python_command("-m", "bench.translation", "--child", name, "--loops", str(loops)),
        ],
        cwd=ROOT,
        # A fixed hash seed: the two runs of a case then do the same work outside the loop.
        env={**os.environ, "PYTHONHASHSEED": "0"},
        check=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return instructions(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--loops", type=int, default=2000)
    parser.add_argument("--callgrind", action="store_true", help="count instructions (valgrind)")
    parser.add_argument("--case", action="append", help="only these cases (default: all)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_loops(args.child, args.loops)
        return
    table = cases()
    names = args.case or list(table)
    if args.callgrind:
        print(f"instructions per call, callgrind, {args.loops} loops less none")
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            for name in names:
                total = callgrind_count(name, args.loops, tmp) - callgrind_count(name, 0, tmp)
                per_call = total / args.loops / per_call_divisor(name)
                print(f"{name:16} {per_call / 1000:8.1f}k  {table[name][0]}", flush=True)
        return
    unit = loop_speed()
    print(
        f"per call ({args.loops} loops, best of 3): microseconds, and millionths of loop_speed "
        f"({unit:.3f} s now)"
    )
    for name in names:
        seconds = min(run_loops(name, args.loops) for _ in range(3))
        per_call = seconds / args.loops / per_call_divisor(name)
        print(
            f"{name:16} {per_call * 1e6:8.2f} us {per_call / unit * 1e6:8.2f} ppm  "
            f"{table[name][0]}",
            flush=True,
        )


if __name__ == "__main__":
    main()
