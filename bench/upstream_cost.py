"""What an upstream call costs in instructions, layer by layer, counted by valgrind.

Starts the fast emulator, then runs one Python process (uvloop, as the gateway) per layer under
`valgrind --tool=callgrind` with collection off; each warms up, then counts its instructions
over `--calls` sequential calls of the same Stripe request (a Get of one session, each of
`--distinct-ids N` seeded sessions in turn, or with `--op create` a POST that makes one):

- aiohttp: bare `session.request(...)` and `read()`, on the transport's own session (its
  options) with the headers the client sends, built once;
- transport: the client's httpx.Request, sent by gateway.transport, the answer read as the
  client reads it (`StripeClient.exchange`: body, request id, Stripe-Should-Retry);
- client: `StripeClient.call` whole (coalescing, admission, timeout, retries, observer, JSON).

The transport drives aiohttp's connector and parser itself, without `ClientSession.request`
(gateway.transport), so its layer counts less than the bare one; the client's layer adds
what StripeClient wraps around the transport.

    python -m bench.upstream_cost [--op get|create] [--calls 2000] [--distinct-ids N]
        [--layer aiohttp|transport|client ...]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import uvloop

from bench.common import API_KEY, ROOT, free_port, python_command, start, stop
from bench.instructions import callgrind, control, instructions, seeded_ids
from bench.translation import create_request
from gateway.config import DEFAULT_STRIPE_VERSION
from gateway.encoding import encode
from gateway.routes import SESSIONS
from gateway.transport import AiohttpTransport
from gateway.upstream import StripeClient

LAYERS = {
    "aiohttp": "bare aiohttp, the transport's options",
    "transport": "the client's httpx.Request through gateway.transport, answer read",
    "client": "StripeClient.call",
}
WARMUP = 200
Parts = tuple[str, str, Any, dict[str, str]]  # a call's method, path, params, metadata


def _client(url: str) -> StripeClient:
    """The client as gateway.server makes it with nothing configured (no telemetry, no limits)."""
    return StripeClient(base_url=url, api_key=API_KEY, stripe_version=DEFAULT_STRIPE_VERSION)


def _requests(op: str, ids: list[str], count: int) -> list[Parts]:
    """(method, path, params, metadata) of each call, made before counting: a Get of each id
    in turn, or a Create with a fresh idempotency key (the emulator replays a repeated one)."""
    if op == "get":
        return [
            ("GET", f"{SESSIONS}/{i}", [], {})
            for i in itertools.islice(itertools.cycle(ids), count)
        ]
    params = encode(create_request())
    return [
        ("POST", SESSIONS, params, {"idempotency-key": str(uuid.uuid4())}) for _ in range(count)
    ]


def _check(status: int, body: bytes) -> None:
    if not 200 <= status < 300:
        raise RuntimeError(f"upstream answered {status}: {body[:200]!r}")


def layer_call(
    layer: str, client: StripeClient, url: str
) -> tuple[Callable[[Parts], Any], Callable[[Any], Awaitable[object]]]:
    """(prepare, send) for `layer`: `prepare` runs before counting, `send` is what is counted."""
    if layer == "client":
        clock = client._clock

        def heard(request_id: str) -> None:
            """The servicer's listener keeps the last request id; this keeps none."""

        async def call(parts: Parts) -> object:
            method, path, params, metadata = parts
            # As the servicer calls it: a deadline (bench.instructions' callers give 60 s).
            return await client.call(
                method, path, params, metadata=metadata, deadline=clock() + 57, on_request_id=heard
            )

        return (lambda parts: parts), call
    if layer == "transport":

        async def exchange(parts: Parts) -> object:
            status, body, _request_id, _retry = await client.exchange(client.request(*parts))
            _check(status, body)
            return body

        return (lambda parts: parts), exchange
    transport = client._transport
    assert isinstance(transport, AiohttpTransport)
    session = transport.session()

    def prepare(parts: Parts) -> tuple[str, str, list[tuple[str, str]], bytes | None]:
        # The headers and body the client sends, made before counting: only aiohttp's work.
        request = client.request(*parts)
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw]
        return parts[0], url + parts[1], headers, request.content or None

    async def bare(prepared: tuple[str, str, list[tuple[str, str]], bytes | None]) -> object:
        method, full_url, headers, data = prepared
        async with session.request(
            method, full_url, headers=headers, data=data, allow_redirects=False
        ) as response:
            body = await response.read()
        _check(response.status, body)
        return body

    return prepare, bare


def _step(word: str) -> None:
    """Tell the parent where the child is, and wait for its go-ahead (a line on stdin)."""
    print(word, flush=True)
    if not sys.stdin.readline():
        raise SystemExit("the parent went away")


async def child(layer: str, op: str, calls: int, url: str, ids: list[str]) -> None:
    client = _client(url)
    prepare, send = layer_call(layer, client, url)
    warm = [prepare(parts) for parts in _requests(op, ids, WARMUP)]
    counted = [prepare(parts) for parts in _requests(op, ids, calls)]
    for prepared in warm:
        await send(prepared)
    _step("ready")
    for prepared in counted:
        await send(prepared)
    _step("done")
    await client.close()


def count(layer: str, op: str, calls: int, url: str, ids: Path, tmp: Path) -> int:
    """`layer`'s instructions a call: its process under callgrind, counted over the calls only."""
    out = tmp / f"{layer}.callgrind"
    log = (tmp / f"{layer}.log").open("w")  # valgrind's and the child's stderr, shown on failure
    proc = subprocess.Popen(
        [
            *callgrind(out),
            *python_command("-m", "bench.upstream_cost", "--child", layer, "--op", op),
            *("--calls", str(calls), "--url", url, "--ids", str(ids)),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONHASHSEED": "0"},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        for word, switch in (("ready", "--instr=on"), ("done", "--instr=off")):
            line = proc.stdout.readline().strip()
            if line != word:
                raise RuntimeError(f"the {layer} child said {line!r}, not {word!r}")
            control(proc.pid, switch)
            proc.stdin.write("go\n")
            proc.stdin.flush()
        proc.stdin.close()
        if proc.wait(timeout=300):
            raise RuntimeError(f"the {layer} child exited with {proc.returncode}")
    except BaseException:
        stop(proc, timeout=60)
        log.close()
        print((tmp / f"{layer}.log").read_text()[-3000:], file=sys.stderr)
        raise
    log.close()
    return instructions(out) // calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--op", choices=("get", "create"), default="get")
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument(
        "--distinct-ids", type=int, default=0, metavar="N", help="Get N seeded sessions in turn"
    )
    parser.add_argument("--layer", action="append", choices=LAYERS, help="only these layers")
    parser.add_argument("--child", choices=LAYERS, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--ids", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        ids = json.loads(args.ids.read_text())
        uvloop.run(child(args.child, args.op, args.calls, args.url, ids))
        return
    port = free_port()
    emulator = start(
        [
            *python_command("-m", "gateway.cli", "emulator", "--fast"),
            *("--seed", str(max(10, args.distinct_ids)), "--listen", f"127.0.0.1:{port}"),
        ],
        port,
    )
    started = time.monotonic()
    url = f"http://127.0.0.1:{port}"
    rows: list[tuple[str, int]] = []
    try:
        ids = seeded_ids(url, max(1, args.distinct_ids))
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            ids_file = tmp / "ids.json"
            ids_file.write_text(json.dumps(ids))
            for layer in args.layer or list(LAYERS):
                rows.append((layer, count(layer, args.op, args.calls, url, ids_file, tmp)))
    finally:
        stop(emulator)
    what = f", {len(ids)} ids in turn" if args.op == "get" and args.distinct_ids else ""
    print(f"{args.op}, {args.calls} sequential calls{what} ({time.monotonic() - started:.0f} s)")
    print("| layer | instructions a call | over the layer before |")
    print("|---|---:|---:|")
    before = None
    for layer, per_call in rows:
        more = "" if before is None else f"+{(per_call - before) / 1000:,.0f}k"
        print(f"| {LAYERS[layer]} | {per_call / 1000:,.0f}k | {more} |")
        before = per_call


if __name__ == "__main__":
    main()
