"""`checkout-gateway emulator-ctl`: drive a running emulator through its admin surface.

emulator-ctl complete cs_... [--email E] [--name N] [--async]
emulator-ctl async-payment cs_... succeeded|failed
emulator-ctl clock [--freeze | --unfreeze] [--advance SECONDS]
emulator-ctl roll-secret we_... [--overlap SECONDS]
emulator-ctl webhooks
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.error
import urllib.request
from urllib.parse import quote

DEFAULT_URL = "http://127.0.0.1:12111"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ctl = subparsers.add_parser(
        "emulator-ctl", help="drive a running emulator: complete sessions, move its clock..."
    )
    ctl.add_argument("--url", default=DEFAULT_URL, help="emulator base URL")
    actions = ctl.add_subparsers(dest="action", required=True)

    complete = actions.add_parser("complete", help="complete a session as a paying customer")
    complete.add_argument("session", help="the session's id (cs_test_...)")
    complete.add_argument("--email", help="the customer's email")
    complete.add_argument("--name", help="the customer's name")
    complete.add_argument(
        "--async",
        dest="async_payment",
        action="store_true",
        help="an async payment method: complete unpaid, settle later with async-payment",
    )
    complete.set_defaults(func=_complete)

    settle = actions.add_parser("async-payment", help="settle a session's async payment")
    settle.add_argument("session", help="the session's id (cs_test_...)")
    settle.add_argument("outcome", choices=("succeeded", "failed"))
    settle.set_defaults(func=_settle)

    clock = actions.add_parser("clock", help="show, freeze, unfreeze or advance the clock")
    frozen = clock.add_mutually_exclusive_group()
    frozen.add_argument("--freeze", action="store_true", help="stop the clock")
    frozen.add_argument("--unfreeze", action="store_true", help="let it run again")
    clock.add_argument("--advance", type=float, default=0.0, metavar="SECONDS")
    clock.set_defaults(func=_clock)

    roll = actions.add_parser("roll-secret", help="roll a webhook endpoint's signing secret")
    roll.add_argument("endpoint", help="the endpoint's id (we_...)")
    roll.add_argument(
        "--overlap", type=float, metavar="SECONDS", help="how long the old secret still signs"
    )
    roll.set_defaults(func=_roll)

    webhooks = actions.add_parser("webhooks", help="each endpoint's deliveries")
    webhooks.set_defaults(func=_webhooks)


def call(base: str, path: str, payload: object = None, method: str | None = None) -> int:
    """Send one admin request and print the JSON answer; the exit code."""
    data = None if payload is None else json.dumps(payload).encode()
    request = urllib.request.Request(
        base.rstrip("/") + path,
        data=data,
        headers={"Content-Type": "application/json"},
        method=method or ("GET" if data is None else "POST"),
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            print(response.read().decode())
    except urllib.error.HTTPError as exc:
        print(f"emulator: {exc.code} {exc.read().decode()}", file=sys.stderr)
        return 1
    except (urllib.error.URLError, OSError) as exc:
        print(f"emulator: {exc}", file=sys.stderr)
        return 1
    return 0


def _complete(args: argparse.Namespace) -> int:
    body: dict[str, object] = {"payment": "async" if args.async_payment else "paid"}
    if args.email:
        body["email"] = args.email
    if args.name:
        body["name"] = args.name
    return call(args.url, f"/_emulator/sessions/{quote(args.session, safe='')}/complete", body)


def _settle(args: argparse.Namespace) -> int:
    path = f"/_emulator/sessions/{quote(args.session, safe='')}/async_payment"
    return call(args.url, path, {"outcome": args.outcome})


def _clock(args: argparse.Namespace) -> int:
    body: dict[str, object] = {"advance": args.advance}
    if args.freeze or args.unfreeze:
        body["freeze"] = bool(args.freeze)
    if not args.freeze and not args.unfreeze and not args.advance:
        return call(args.url, "/_emulator/clock")
    return call(args.url, "/_emulator/clock", body)


def _roll(args: argparse.Namespace) -> int:
    body = {} if args.overlap is None else {"overlap": args.overlap}
    path = f"/_emulator/webhook_endpoints/{quote(args.endpoint, safe='')}/roll_secret"
    return call(args.url, path, body)


def _webhooks(args: argparse.Namespace) -> int:
    return call(args.url, "/_emulator/webhooks")
