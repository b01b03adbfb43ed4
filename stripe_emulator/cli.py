"""`checkout-gateway emulator` (run one) and `checkout-gateway emulator-fault` (misbehave)."""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import signal
import sys
import urllib.error
import urllib.request

from stripe_emulator.server import Emulator

DEFAULT_LISTEN = "127.0.0.1:12111"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    run_parser = subparsers.add_parser(
        "emulator", help="run the local Stripe Checkout Sessions emulator"
    )
    run_parser.add_argument("--listen", default=DEFAULT_LISTEN, help="HOST:PORT to listen on")
    run_parser.add_argument(
        "--api-key", default=None, help="the only accepted key (default: any sk_test_ key)"
    )
    run_parser.add_argument(
        "--seed", type=int, default=0, metavar="N", help="start with N sessions"
    )
    run_parser.add_argument(
        "--fast",
        action="store_true",
        help="benchmark mode: uvloop, no request recording, cached GETs of a session",
    )
    run_parser.set_defaults(func=run)

    fault = subparsers.add_parser(
        "emulator-fault", help="make a running emulator misbehave (or --clear)"
    )
    fault.add_argument("--url", default=f"http://{DEFAULT_LISTEN}", help="emulator base URL")
    fault.add_argument("--clear", action="store_true", help="remove every pending fault")
    fault.add_argument("--status", type=int, help="answer with this HTTP status")
    fault.add_argument("--code", help="error code, e.g. rate_limit or lock_timeout")
    fault.add_argument("--latency", type=float, default=0.0, help="seconds to delay")
    fault.add_argument("--drop", choices=("before", "after"), help="close the connection")
    fault.add_argument("--body", choices=("truncated", "non_json"), help="break the body")
    fault.add_argument("--should-retry", choices=("true", "false"), help="send Stripe-Should-Retry")
    fault.add_argument("--method", help="only requests with this method")
    fault.add_argument("--path-prefix", help="only requests whose path starts with this")
    fault.add_argument("--count", type=int, default=1, help="how many requests (0: until cleared)")
    fault.set_defaults(func=inject_fault)


def parse_listen(listen: str) -> tuple[str, int]:
    host, sep, port = listen.rpartition(":")
    if not sep or not port.isdigit():
        raise argparse.ArgumentTypeError(f"--listen must be HOST:PORT, not {listen!r}")
    return host.strip("[]") or "127.0.0.1", int(port)


def run(args: argparse.Namespace) -> int:
    host, port = parse_listen(args.listen)
    serve = _serve(host, port, args.api_key, args.seed, args.fast)
    try:
        if args.fast and sys.platform != "win32":
            import uvloop

            uvloop.run(serve)
        else:
            asyncio.run(serve)
    except OSError as exc:
        print(f"emulator: cannot listen on {args.listen}: {exc}", file=sys.stderr)
        return 1
    return 0


async def _serve(host: str, port: int, api_key: str | None, seed: int, fast: bool) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    emulator = Emulator(host=host, port=port, api_key=api_key, seed=seed, fast=fast)
    await emulator.start()
    # The store only grows and holds no cycles, yet gc keeps rescanning it: young objects
    # every 700 new containers (about 25 creates), the whole heap as it grows. The seeded
    # state leaves every pass, and passes come every 10,000 containers: creates ~15% cheaper.
    gc.freeze()
    gc.set_threshold(10_000)
    print(f"Stripe emulator listening on {emulator.base_url}", flush=True)
    try:
        await stop.wait()
    finally:
        await emulator.stop()


def inject_fault(args: argparse.Namespace) -> int:
    base = args.url.rstrip("/")
    if args.clear:
        request = urllib.request.Request(f"{base}/_emulator/faults", method="DELETE")
    else:
        fault: dict[str, object] = {
            "status": args.status,
            "code": args.code,
            "latency": args.latency,
            "drop": args.drop,
            "body": args.body,
            "should_retry": None if args.should_retry is None else args.should_retry == "true",
            "method": args.method,
            "path_prefix": args.path_prefix,
        }
        payload = {k: v for k, v in fault.items() if v is not None}
        payload["count"] = args.count if args.count > 0 else None
        request = urllib.request.Request(
            f"{base}/_emulator/faults",
            data=json.dumps(payload).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            print(response.read().decode())
    except (urllib.error.URLError, OSError) as exc:
        print(f"emulator-fault: {exc}", file=sys.stderr)
        return 1
    return 0
