"""`checkout-gateway emulator` (run one), `emulator-fault` (misbehave), `emulator-ctl` (drive)."""

from __future__ import annotations

import argparse
import asyncio
import gc
import signal
import sys
from collections.abc import Callable
from typing import TypeVar

from stripe_emulator import control
from stripe_emulator.delivery import RetryPolicy
from stripe_emulator.faults import DELIVERY_KINDS
from stripe_emulator.retention import DEFAULT_MAX_AGE, DEFAULT_MAX_COUNT, Retention
from stripe_emulator.server import DEFAULT_SECRET_OVERLAP, Emulator

DEFAULT_LISTEN = "127.0.0.1:12111"
N = TypeVar("N", int, float)


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
    run_parser.add_argument(
        "--webhook",
        action="append",
        default=[],
        metavar="URL",
        help="register a webhook endpoint for every event at start and print its secret "
        "(repeatable)",
    )
    run_parser.add_argument(
        "--session-lifetime",
        type=int,
        default=None,
        metavar="SECONDS",
        help="how long a session lives when its create sets no expires_at (default: 24 hours)",
    )
    run_parser.add_argument(
        "--event-retention",
        type=_positive(float),
        default=DEFAULT_MAX_AGE,
        metavar="SECONDS",
        help="how long an event stays listed and retrievable, in emulator time "
        "(default: Stripe's 30 days)",
    )
    run_parser.add_argument(
        "--max-events",
        type=_positive(int),
        default=DEFAULT_MAX_COUNT,
        metavar="N",
        help="events kept at most, the oldest expiring first: a memory bound, 1-3.5 KB an event "
        f"(default: {DEFAULT_MAX_COUNT:,})",
    )
    run_parser.add_argument(
        "--webhook-retries",
        type=_delays,
        default=RetryPolicy().schedule,
        metavar="S,S,...",
        help="seconds between a failed delivery's retries (default: 1,2,4,8,16,32)",
    )
    run_parser.add_argument(
        "--webhook-timeout",
        type=float,
        default=RetryPolicy().timeout,
        metavar="SECONDS",
        help="seconds a delivery may take before it counts as failed (default: 10)",
    )
    run_parser.add_argument(
        "--webhook-queue",
        type=int,
        default=1000,
        metavar="N",
        help="events waiting per endpoint at most; beyond it they are dropped (default: 1000)",
    )
    run_parser.add_argument(
        "--secret-overlap",
        type=float,
        default=DEFAULT_SECRET_OVERLAP,
        metavar="SECONDS",
        help="how long a rolled webhook secret keeps signing beside the new one (default: a day)",
    )
    run_parser.add_argument(
        "--freeze-clock", action="store_true", help="start with the emulator's clock frozen"
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
    fault.add_argument(
        "--delivery",
        choices=DELIVERY_KINDS,
        help="misdeliver webhooks instead: twice, held back, late, wrongly signed, or stale",
    )
    fault.add_argument("--seconds", type=float, help="--delivery delay/hold: how long")
    fault.add_argument("--endpoint", help="--delivery: only to this webhook endpoint (we_...)")
    fault.add_argument("--event-type", help="--delivery: only events of this type")
    fault.set_defaults(func=inject_fault)
    control.register(subparsers)


def parse_listen(listen: str) -> tuple[str, int]:
    host, sep, port = listen.rpartition(":")
    if not sep or not port.isdigit():
        raise argparse.ArgumentTypeError(f"--listen must be HOST:PORT, not {listen!r}")
    return host.strip("[]") or "127.0.0.1", int(port)


def _delays(text: str) -> tuple[float, ...]:
    try:
        delays = tuple(float(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not seconds separated by commas: {text!r}") from None
    if any(delay < 0 for delay in delays):
        raise argparse.ArgumentTypeError("retry delays must not be negative")
    return delays


def _positive(kind: Callable[[str], N]) -> Callable[[str], N]:
    def parse(text: str) -> N:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
        return value

    return parse


def run(args: argparse.Namespace) -> int:
    host, port = parse_listen(args.listen)
    serve = _serve(host, port, args)
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


async def _serve(host: str, port: int, args: argparse.Namespace) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    emulator = Emulator(
        host=host,
        port=port,
        api_key=args.api_key,
        seed=args.seed,
        fast=args.fast,
        session_lifetime=args.session_lifetime,
        event_retention=Retention(args.event_retention, args.max_events),
        webhook_retries=RetryPolicy(args.webhook_retries, args.webhook_timeout),
        webhook_queue=args.webhook_queue,
        secret_overlap=args.secret_overlap,
    )
    if args.freeze_clock:
        emulator.clock.freeze()
    await emulator.start()
    # The store only grows and holds no cycles, yet gc keeps rescanning it: young objects
    # every 700 new containers (about 25 creates), the whole heap as it grows. The seeded
    # state leaves every pass, and passes come every 10,000 containers: creates ~15% cheaper.
    gc.freeze()
    gc.set_threshold(10_000)
    print(f"Stripe emulator listening on {emulator.base_url}", flush=True)
    for url in args.webhook:
        # Printing the secret is the point: the receiver under test needs it to verify.
        endpoint, secret = emulator.add_webhook(url)
        print(f"webhook endpoint {endpoint} for {url}: signing secret {secret}", flush=True)
    try:
        await stop.wait()
    finally:
        await emulator.stop()


def inject_fault(args: argparse.Namespace) -> int:
    base = args.url.rstrip("/")
    if args.clear:
        for path in ("/_emulator/faults", "/_emulator/delivery_faults"):
            code = control.call(base, path, method="DELETE")
            if code:
                return code
        return 0
    fault: dict[str, object]
    if args.delivery is not None:
        path = "/_emulator/delivery_faults"
        fault = {
            "kind": args.delivery,
            "seconds": args.seconds,
            "endpoint": args.endpoint,
            "type": args.event_type,
        }
    else:
        path = "/_emulator/faults"
        fault = {
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
    return control.call(base, path, payload)
