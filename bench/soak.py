"""Soak: many mixed calls against a gateway subprocess in front of an emulator subprocess.

    .venv/bin/python -m bench.soak [--calls 100000] [--streams 50] [--quick] [--output PATH]

The emulator and the gateway run as their own processes (`checkout-gateway emulator` and
`checkout-gateway serve`, the gateway with its production defaults). This script is the
client: it drives `--calls` unary calls (Create, Get, Update, Expire, List, ListLineItems,
plus deliberate bad requests that must come back INVALID_ARGUMENT, NOT_FOUND or
FAILED_PRECONDITION: the "expected" errors) with `--concurrency` calls in flight, while
`--streams` server streams (StreamCheckoutSessions / StreamCheckoutSessionLineItems) run
continuously, each restarted when it ends, for the whole run.

Every second, and at each tenth of the calls, it samples the GATEWAY process's RSS
(/proc/<pid>/status VmRSS) and open file descriptors (/proc/<pid>/fd). Warm-up is the
first 10% of the calls. It fails (exit status 1) when any call got an unexpected answer,
when RSS at the end has grown 10% or more over RSS at the end of warm-up, or when file
descriptors grew (see FD_LOAD_TOLERANCE). Exit status 2: the stack did not start;
130: interrupted.

The figures go to docs/benchmarks.md between `<!-- soak:start -->` and `<!-- soak:end -->`
(or to `--output`); the rest of that file belongs to other scripts and is kept as it is.
`--quick` (10,000 calls, 10 streams) prints its figures and writes them only with --output.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import datetime as dt
import os
import platform
import random
import re
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, deque
from pathlib import Path
from types import FrameType
from typing import Any

import grpc
from checkout_gateway.v1 import checkout_session_pb2, checkout_session_service_pb2_grpc
from checkout_gateway.v1 import checkout_session_requests_pb2 as r
from grpc import StatusCode as Code
from grpc_health.v1 import health_pb2, health_pb2_grpc

from bench.common import status_kb, stop, versions
from bench.docs import write_region

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "docs" / "benchmarks.md"
BIN = Path(sys.executable).parent  # the virtualenv's bin/, where checkout-gateway lives
API_KEY = "sk_test_soak000000000000000000000000key"
SERVICE = "checkout_gateway.v1.CheckoutSessionService"
VERSIONED = ("grpcio", "protobuf", "aiohttp", "httpx", "httpx-aiohttp", "uvloop")

# The emulator's fixed prices (stripe_emulator/seed.py).
TSHIRT = "price_1EmuTshirt0000000000000"
MUG = "price_1EmuMug000000000000000"
POSTER_EUR = "price_1EmuPoster0000000000EUR"
MONTHLY = "price_1EmuMonthly00000000000"

WARMUP_FRACTION = 0.10
MAX_RSS_GROWTH = 0.10
# Open FDs are compared twice.
# - Under load, end of warm-up vs end of the calls, in two parts. The upstream keep-alive pool
#   (connections to the emulator) sizes itself to the concurrency of the last few seconds
#   (httpx's keepalive_expiry is 5 s), so its size moves with scheduling: it is only held to
#   its bound, one connection per upstream request in flight, at most --concurrency + --streams
#   (a stream has at most one page in flight). Every other FD must not grow, with 2 of slack:
#   a sample can land while a `churn` call's client connection is being accepted or torn down.
# - Idle, before the load vs after it once the pool's keep-alive has expired (--settle): no
#   slack at all; every connection the run opened must be closed again.
FD_LOAD_TOLERANCE = 2
UPSTREAM = "tcp to the emulator"
CALL_TIMEOUT = 30.0  # seconds; a DEADLINE_EXCEEDED is an unexpected error
STREAM_TIMEOUT = 120.0

Session = checkout_session_pb2.CheckoutSession
C = r.CreateCheckoutSessionRequest


class SetupError(Exception):
    """The emulator or the gateway did not start."""


class Mismatch(Exception):
    """A call succeeded with an answer that is wrong."""


# --- The stack: two subprocesses ---------------------------------------------------------------


@dataclasses.dataclass
class Child:
    name: str
    proc: subprocess.Popen[bytes]
    log: Path

    def text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


def spawn(name: str, argv: list[str], logdir: Path, env: dict[str, str]) -> Child:
    log = logdir / f"{name}.log"
    with log.open("wb") as out:
        # Its own session: a Ctrl-C in the terminal reaches only this script, which then
        # stops the children in order (gateway first) and waits for them.
        proc = subprocess.Popen(
            argv, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True
        )
    return Child(name, proc, log)


def wait_for_line(child: Child, pattern: re.Pattern[str], timeout: float) -> re.Match[str]:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = pattern.search(child.text())
        if found:
            return found
        if child.proc.poll() is not None:
            raise SetupError(f"{child.name} exited ({child.proc.returncode}):\n{child.text()}")
        time.sleep(0.05)
    raise SetupError(f"{child.name} did not report its port within {timeout:.0f} s")


# --- Sampling the gateway ----------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Sample:
    elapsed: float
    calls: int
    rss_kib: int
    fds: int
    upstream: int | None = None  # of `fds`, connections to the emulator (checkpoints only)

    @property
    def other_fds(self) -> int:
        return self.fds - (self.upstream or 0)


def count_fds(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


TCP_STATES = {"01": "ESTABLISHED", "06": "TIME_WAIT", "08": "CLOSE_WAIT", "0A": "LISTEN"}


def fd_kinds(pid: int, ports: dict[int, str]) -> Counter[str]:
    """What the process's FDs are: TCP sockets by peer (`ports` names known ports) and state."""
    sockets: dict[str, str] = {}
    for table in ("tcp", "tcp6"):
        with contextlib.suppress(OSError), open(f"/proc/{pid}/net/{table}") as lines:
            next(lines)
            for line in lines:
                cols = line.split()
                local, remote, state, inode = cols[1], cols[2], cols[3], cols[9]
                lport, rport = int(local.split(":")[1], 16), int(remote.split(":")[1], 16)
                name = TCP_STATES.get(state, f"state {state}")
                if state == "0A":
                    sockets[inode] = f"tcp listening ({ports.get(lport, lport)})"
                elif rport in ports:
                    sockets[inode] = f"tcp to {ports[rport]}, {name}"
                elif lport in ports:
                    sockets[inode] = f"tcp from a client of {ports[lport]}, {name}"
                else:
                    sockets[inode] = f"tcp {name}"
    kinds: Counter[str] = Counter()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:  # closed while we looked
            continue
        if target.startswith("socket:["):
            kinds[sockets.get(target[8:-1], "socket (not TCP)")] += 1
        else:
            target = re.sub(r"^/.+/soak-[^/]+/", "(temporary dir)/", target)  # stable names
            kinds[re.sub(r"\[\d+\]$", "", target)] += 1
    return kinds


# --- The workload ------------------------------------------------------------------------------

# Kind -> (weight, RPC, expected code). The weights are per 1000 calls.
KINDS: dict[str, tuple[int, str, Code]] = {
    "create": (200, "CreateCheckoutSession", Code.OK),
    "get": (200, "GetCheckoutSession", Code.OK),
    "get_expanded": (50, "GetCheckoutSession", Code.OK),
    "update": (100, "UpdateCheckoutSession", Code.OK),
    "expire": (50, "ExpireCheckoutSession", Code.OK),
    "list": (100, "ListCheckoutSessions", Code.OK),
    "list_page": (50, "ListCheckoutSessions", Code.OK),
    "list_line_items": (100, "ListCheckoutSessionLineItems", Code.OK),
    "churn": (5, "GetCheckoutSession", Code.OK),  # on a new connection, closed after
    # Refused by the gateway before Stripe is called.
    "bad_id": (20, "GetCheckoutSession", Code.INVALID_ARGUMENT),
    "bad_limit": (15, "ListCheckoutSessions", Code.INVALID_ARGUMENT),
    "bad_expand": (10, "GetCheckoutSession", Code.INVALID_ARGUMENT),
    "bad_metadata": (10, "CreateCheckoutSession", Code.INVALID_ARGUMENT),
    "bad_header": (10, "UpdateCheckoutSession", Code.INVALID_ARGUMENT),
    # Refused by the emulator (Stripe's 400s).
    "bad_recurring": (10, "CreateCheckoutSession", Code.INVALID_ARGUMENT),
    "bad_currency": (10, "CreateCheckoutSession", Code.INVALID_ARGUMENT),
    # Stripe's 404s and state conflicts.
    "missing_get": (20, "GetCheckoutSession", Code.NOT_FOUND),
    "missing_line_items": (10, "ListCheckoutSessionLineItems", Code.NOT_FOUND),
    "missing_price": (10, "CreateCheckoutSession", Code.NOT_FOUND),
    "expire_again": (10, "ExpireCheckoutSession", Code.FAILED_PRECONDITION),
    "update_expired": (10, "UpdateCheckoutSession", Code.FAILED_PRECONDITION),
}
STREAM_RPCS = ("StreamCheckoutSessions", "StreamCheckoutSessionLineItems")


@dataclasses.dataclass
class Tally:
    """What came back: per RPC per status code, and every unexpected answer."""

    codes: Counter[tuple[str, str]] = dataclasses.field(default_factory=Counter)
    expected_errors: Counter[str] = dataclasses.field(default_factory=Counter)
    unexpected: Counter[str] = dataclasses.field(default_factory=Counter)
    examples: list[str] = dataclasses.field(default_factory=list)
    stream_items: int = 0
    streams_done: int = 0

    def record(
        self, rpc: str, kind: str, expected: Code, got: Code, *, problem: str = "", info: str = ""
    ) -> None:
        """One answer; unexpected when the code is not the expected one, or `problem` says so."""
        self.codes[(rpc, got.name)] += 1
        if got == expected and not problem:
            if got != Code.OK:
                self.expected_errors[f"{kind} -> {got.name}"] += 1
            return
        what = f"{kind}: {rpc} expected {expected.name}, got {got.name}"
        self.unexpected[what] += 1
        if len(self.examples) < 20:
            self.examples.append(f"{what} {problem} {info}".strip())


class Ids:
    """Session ids by what may be done with them, so no call races another into an error."""

    def __init__(self, seeded: list[str]) -> None:
        self.readable: deque[str] = deque(seeded, maxlen=5000)  # any status: Get, List
        self.updatable: deque[str] = deque(maxlen=5000)  # open, never expired by the soak
        self.to_expire: deque[str] = deque()  # open, each expired exactly once
        self.expired: deque[str] = deque(maxlen=5000)

    def pick(self, rng: random.Random, pool: deque[str]) -> str | None:
        return pool[rng.randrange(len(pool))] if pool else None


class Soak:
    def __init__(self, args: argparse.Namespace, channel: grpc.aio.Channel, target: str):
        self.args = args
        self.target = target
        self.stub = checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(channel)
        self.tally = Tally()
        self.ids = Ids([])
        self.done = 0
        self.next_call = 0
        self.samples: list[Sample] = []
        self.checkpoints: dict[int, Sample] = {}
        self.started = time.monotonic()
        self.stopping = asyncio.Event()
        rng = random.Random(args.seed)
        names = list(KINDS)
        weights = [KINDS[k][0] for k in names]
        self.plan = rng.choices(names, weights, k=args.calls)
        self.marks = {max(1, round(args.calls * tenth / 10)): tenth for tenth in range(1, 11)}
        self.warmup_calls = max(1, round(args.calls * WARMUP_FRACTION))
        self.warmup_elapsed = 0.0
        self.calls_elapsed = 0.0
        self.load_before = self.load_after = 0.0  # 1-minute load averages around the calls

    def sample(self, detailed: bool = False) -> Sample:
        pid = self.args.gateway_pid
        elapsed, rss = time.monotonic() - self.started, status_kb(pid, "VmRSS")
        if detailed:
            kinds = fd_kinds(pid, self.args.ports)
            upstream = sum(n for kind, n in kinds.items() if kind.startswith(UPSTREAM))
            s = Sample(elapsed, self.done, rss, kinds.total(), upstream)
        else:
            s = Sample(elapsed, self.done, rss, count_fds(pid))
        self.samples.append(s)
        return s

    async def sampler(self) -> None:
        while True:
            self.sample()
            await asyncio.sleep(1.0)

    async def seed_ids(self) -> None:
        """Ids for the first calls (not counted): seeded sessions, and some of our own."""
        page = await self.stub.ListCheckoutSessions(r.ListCheckoutSessionsRequest(limit=100))
        self.ids.readable.extend(s.id for s in page.data)
        rng = random.Random(self.args.seed)
        for i in range(2 * self.args.concurrency + 20):
            session = await self.stub.CreateCheckoutSession(
                self.create_request(rng, -1 - i), timeout=CALL_TIMEOUT
            )
            self.ids.readable.append(session.id)
            if i < 20:
                await self.stub.ExpireCheckoutSession(
                    r.ExpireCheckoutSessionRequest(id=session.id), timeout=CALL_TIMEOUT
                )
                self.ids.expired.append(session.id)
            else:
                (self.ids.to_expire if i % 2 else self.ids.updatable).append(session.id)

    # -- unary calls ----------------------------------------------------------------------------

    async def worker(self, wid: int) -> None:
        rng = random.Random(self.args.seed * 1000 + wid)
        while self.next_call < len(self.plan):
            index = self.next_call
            self.next_call += 1
            kind = self.plan[index]
            await self.one(kind, index, rng)
            self.done += 1
            if self.done in self.marks:
                self.checkpoints[self.marks[self.done]] = self.sample(detailed=True)
            if self.done == self.warmup_calls:
                self.warmup_elapsed = time.monotonic() - self.started
                self.checkpoints[0] = self.sample(detailed=True)

    async def one(self, kind: str, index: int, rng: random.Random) -> None:
        _weight, rpc, expected = KINDS[kind]
        try:
            await self.call(kind, index, rng)
        except grpc.aio.AioRpcError as exc:
            info = repr(exc.details())[:200]
            self.tally.record(rpc, kind, expected, exc.code(), info=info)
            return
        except Mismatch as exc:
            self.tally.record(rpc, kind, expected, Code.OK, problem=f"wrong answer: {exc}")
            return
        except Exception as exc:  # a bug here or in grpc: counted, never swallowed silently
            problem = f"client error: {exc!r}"
            self.tally.record(rpc, kind, expected, Code.UNKNOWN, problem=problem)
            return
        self.tally.record(rpc, kind, expected, Code.OK)

    def items(self, rng: random.Random) -> list[dict[str, Any]]:
        prices = [TSHIRT, MUG]
        return [
            {"price": prices[(i + rng.randrange(2)) % 2], "quantity": 1 + rng.randrange(3)}
            for i in range(1 + rng.randrange(3))
        ]

    def create_request(self, rng: random.Random, index: int, **extra: Any) -> C:
        fields: dict[str, Any] = {
            "mode": C.MODE_PAYMENT,
            "success_url": "https://example.com/ok",
            "line_items": self.items(rng),
            "metadata": {"soak": "1", "call": str(index)},
            "client_reference_id": f"soak-{index}",
            **extra,
        }
        return C(**fields)

    async def call(self, kind: str, index: int, rng: random.Random) -> None:
        stub, ids, t = self.stub, self.ids, CALL_TIMEOUT
        request: Any  # the request message of whichever RPC this kind calls
        missing = f"cs_test_soakmissing{index:08d}"
        if kind == "create":
            metadata = (("idempotency-key", f"soak-{os.getpid()}-{index}"),)
            session = await stub.CreateCheckoutSession(
                self.create_request(rng, index), timeout=t, metadata=metadata
            )
            if not session.id.startswith("cs_test_") or session.status != Session.STATUS_OPEN:
                raise Mismatch(f"created {session.id!r} with status {session.status}")
            if session.client_reference_id != f"soak-{index}":
                raise Mismatch(f"created {session.id} for {session.client_reference_id!r}")
            ids.readable.append(session.id)
            (ids.to_expire if index % 3 == 0 else ids.updatable).append(session.id)
        elif kind in ("get", "get_expanded", "churn"):
            ident = ids.pick(rng, ids.readable) or missing
            expand = ["line_items"] if kind == "get_expanded" else []
            request = r.GetCheckoutSessionRequest(id=ident, expand=expand)
            if kind == "churn":
                async with grpc.aio.insecure_channel(self.target) as fresh:
                    other = checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(fresh)
                    session = await other.GetCheckoutSession(request, timeout=t)
            else:
                session = await stub.GetCheckoutSession(request, timeout=t)
            if session.id != ident:
                raise Mismatch(f"asked for {ident}, got {session.id}")
            if expand and not session.line_items.data:
                raise Mismatch(f"{ident}: line_items not expanded")
        elif kind == "update":
            ident = ids.pick(rng, ids.updatable) or missing
            session = await stub.UpdateCheckoutSession(
                r.UpdateCheckoutSessionRequest(id=ident, metadata={"updated": str(index)}),
                timeout=t,
            )
            if session.metadata.get("updated") != str(index):
                raise Mismatch(f"{ident}: metadata not updated")
        elif kind == "expire":
            # Fewer expires than creates go to the queue, so it never runs dry after seeding.
            ident = ids.to_expire.popleft() if ids.to_expire else missing
            session = await stub.ExpireCheckoutSession(
                r.ExpireCheckoutSessionRequest(id=ident), timeout=t
            )
            if session.status != Session.STATUS_EXPIRED:
                raise Mismatch(f"{ident}: status {session.status} after expire")
            ids.expired.append(ident)
        elif kind == "list":
            L = r.ListCheckoutSessionsRequest
            status = rng.choice([None, None, L.STATUS_OPEN, L.STATUS_EXPIRED])
            limit = rng.choice([1, 10, 25, 100])
            request = L(limit=limit) if status is None else L(limit=limit, status=status)
            page = await stub.ListCheckoutSessions(request, timeout=t)
            if len(page.data) > limit or (
                status is not None and any(s.status != status for s in page.data)
            ):
                raise Mismatch(f"list limit={limit} status={status}: {len(page.data)} items")
        elif kind == "list_page":
            cursor = ids.pick(rng, ids.readable) or missing
            page = await stub.ListCheckoutSessions(
                r.ListCheckoutSessionsRequest(limit=20, starting_after=cursor), timeout=t
            )
            if any(s.id == cursor for s in page.data):
                raise Mismatch(f"page after {cursor} contains it")
        elif kind == "list_line_items":
            ident = ids.pick(rng, ids.readable) or missing
            page = await stub.ListCheckoutSessionLineItems(
                r.ListCheckoutSessionLineItemsRequest(id=ident, limit=10), timeout=t
            )
            if not page.data:
                raise Mismatch(f"{ident}: no line items")
        elif kind == "bad_id":
            await stub.GetCheckoutSession(
                r.GetCheckoutSessionRequest(id=f"sess_{index}"), timeout=t
            )
        elif kind == "bad_limit":
            limit = rng.choice([0, 101, 1000])
            await stub.ListCheckoutSessions(r.ListCheckoutSessionsRequest(limit=limit), timeout=t)
        elif kind == "bad_expand":
            ident = ids.pick(rng, ids.readable) or missing
            request = r.GetCheckoutSessionRequest(id=ident, expand=["Line Items!"])
            await stub.GetCheckoutSession(request, timeout=t)
        elif kind == "bad_metadata":
            request = self.create_request(rng, index, metadata={"k" * 41: "too long a key"})
            await stub.CreateCheckoutSession(request, timeout=t)
        elif kind == "bad_header":
            ident = ids.pick(rng, ids.updatable) or ids.pick(rng, ids.readable) or missing
            request = r.UpdateCheckoutSessionRequest(id=ident, metadata={"x": "y"})
            await stub.UpdateCheckoutSession(
                request, timeout=t, metadata=(("stripe-account", "not-an-account"),)
            )
        elif kind == "bad_recurring":
            request = self.create_request(
                rng, index, line_items=[{"price": MONTHLY, "quantity": 1}]
            )
            await stub.CreateCheckoutSession(request, timeout=t)
        elif kind == "bad_currency":
            items = [{"price": TSHIRT, "quantity": 1}, {"price": POSTER_EUR, "quantity": 1}]
            await stub.CreateCheckoutSession(
                self.create_request(rng, index, line_items=items), timeout=t
            )
        elif kind == "missing_get":
            await stub.GetCheckoutSession(r.GetCheckoutSessionRequest(id=missing), timeout=t)
        elif kind == "missing_line_items":
            request = r.ListCheckoutSessionLineItemsRequest(id=missing)
            await stub.ListCheckoutSessionLineItems(request, timeout=t)
        elif kind == "missing_price":
            items = [{"price": f"price_soakmissing{index}", "quantity": 1}]
            await stub.CreateCheckoutSession(
                self.create_request(rng, index, line_items=items), timeout=t
            )
        elif kind in ("expire_again", "update_expired"):
            ident = ids.pick(rng, ids.expired) or missing
            if kind == "expire_again":
                await stub.ExpireCheckoutSession(
                    r.ExpireCheckoutSessionRequest(id=ident), timeout=t
                )
            else:
                request = r.UpdateCheckoutSessionRequest(id=ident, metadata={"late": "1"})
                await stub.UpdateCheckoutSession(request, timeout=t)
        else:  # pragma: no cover - KINDS and this function are kept in step
            raise AssertionError(kind)

    # -- streams --------------------------------------------------------------------------------

    async def streamer(self, sid: int) -> None:
        """One of the concurrent streams: restarted each time it ends, until the calls end."""
        rng = random.Random(self.args.seed * 7919 + sid)
        turn = sid
        while not self.stopping.is_set():
            turn += 1
            status: int | None = None
            if turn % 2 == 0:
                rpc = "StreamCheckoutSessions"
                S = r.StreamCheckoutSessionsRequest
                max_items = rng.choice([20, 50, 150, 300])
                status = rng.choice([None, None, S.STATUS_OPEN, S.STATUS_EXPIRED])
                request: Any = (
                    S(max_items=max_items)
                    if status is None
                    else S(max_items=max_items, status=status)
                )
                call: Any = self.stub.StreamCheckoutSessions(request, timeout=STREAM_TIMEOUT)
            else:
                rpc = "StreamCheckoutSessionLineItems"
                ident = self.ids.pick(rng, self.ids.readable) or "cs_test_none"
                request = r.StreamCheckoutSessionLineItemsRequest(id=ident)
                call = self.stub.StreamCheckoutSessionLineItems(request, timeout=STREAM_TIMEOUT)
                max_items = 0
            got = 0
            try:
                async for item in call:
                    got += 1
                    if (status is not None and item.status != status) or not item.id:
                        raise Mismatch(f"{rpc}: unexpected item {str(item)[:80]!r}")
            except grpc.aio.AioRpcError as exc:
                info = repr(exc.details())[:200]
                self.tally.record(rpc, "stream", Code.OK, exc.code(), info=info)
                continue
            except Mismatch as exc:
                self.tally.record(rpc, "stream", Code.OK, Code.OK, problem=str(exc))
                continue
            self.tally.stream_items += got
            self.tally.streams_done += 1
            if max_items and got > max_items:
                self.tally.record(rpc, "stream", Code.OK, Code.OK, problem=f"{got} > {max_items}")
            elif rpc == "StreamCheckoutSessionLineItems" and got == 0:
                self.tally.record(rpc, "stream", Code.OK, Code.OK, problem=f"no items: {ident}")
            else:
                self.tally.record(rpc, "stream", Code.OK, Code.OK)

    async def run(self) -> None:
        self.started = time.monotonic()
        self.load_before = os.getloadavg()[0]
        sampler = asyncio.create_task(self.sampler())
        streams = [asyncio.create_task(self.streamer(i)) for i in range(self.args.streams)]
        progress = asyncio.create_task(self.progress())
        try:
            workers = [self.worker(i) for i in range(self.args.concurrency)]
            await asyncio.gather(*workers)
            self.calls_elapsed = time.monotonic() - self.started
            self.load_after = os.getloadavg()[0]
            # The final figures are taken under the same load as warm-up's: streams still on.
            self.checkpoints[11] = self.sample(detailed=True)
            self.stopping.set()
            await asyncio.gather(*streams)  # each finishes the stream it is in
        finally:
            for task in (sampler, progress, *streams):
                task.cancel()
            await asyncio.gather(sampler, progress, *streams, return_exceptions=True)

    async def progress(self) -> None:
        last = 0
        while True:
            await asyncio.sleep(10)
            rate = (self.done - last) / 10
            last = self.done
            s = self.samples[-1] if self.samples else None
            mem = f" rss={s.rss_kib / 1024:.1f}MiB fds={s.fds}" if s else ""
            unexpected = sum(self.tally.unexpected.values())
            print(
                f"  {self.done}/{len(self.plan)} calls, {rate:.0f}/s, "
                f"{self.tally.streams_done} streams done, unexpected={unexpected}{mem}",
                flush=True,
            )


# --- Running it --------------------------------------------------------------------------------


async def wait_serving(target: str, timeout: float) -> None:
    end = time.monotonic() + timeout
    async with grpc.aio.insecure_channel(target) as channel:
        health = health_pb2_grpc.HealthStub(channel)
        while True:
            try:
                answer = await health.Check(
                    health_pb2.HealthCheckRequest(service=SERVICE), timeout=2
                )
                if answer.status == health_pb2.HealthCheckResponse.SERVING:
                    return
            except grpc.aio.AioRpcError:
                pass
            if time.monotonic() > end:
                raise SetupError(f"the gateway at {target} is not SERVING after {timeout:.0f} s")
            await asyncio.sleep(0.1)


async def settle_fds(pid: int, baseline: int, timeout: float) -> tuple[int, float]:
    """Idle FDs once the upstream keep-alive pool has expired: (count, seconds waited)."""
    start = time.monotonic()
    while True:
        fds = count_fds(pid)
        waited = time.monotonic() - start
        if fds <= baseline or waited >= timeout:
            return fds, waited
        await asyncio.sleep(0.5)


@dataclasses.dataclass
class Result:
    args: argparse.Namespace
    soak: Soak
    idle_fds_before: int
    idle_fds_after: int | None  # None: not measured (--settle 0)
    settle_wait: float
    idle_rss_before: int
    idle_kinds_before: Counter[str]
    load_kinds_end: Counter[str]
    idle_kinds_after: Counter[str]
    gateway_exit: int | None = None
    emulator_exit: int | None = None
    gateway_log_errors: list[str] = dataclasses.field(default_factory=list)

    @property
    def warm(self) -> Sample:
        return self.soak.checkpoints[0]

    @property
    def final(self) -> Sample:
        return self.soak.checkpoints[11]

    @property
    def peak_rss(self) -> int:
        after = [s.rss_kib for s in self.soak.samples if s.elapsed >= self.warm.elapsed]
        return max(after) if after else self.final.rss_kib

    @property
    def growth(self) -> float:
        return (self.final.rss_kib - self.warm.rss_kib) / self.warm.rss_kib

    @property
    def peak_growth(self) -> float:
        return (self.peak_rss - self.warm.rss_kib) / self.warm.rss_kib

    def failures(self) -> list[str]:
        out = []
        unexpected = sum(self.soak.tally.unexpected.values())
        if unexpected:
            out.append(f"{unexpected} unexpected answers")
        if self.growth >= MAX_RSS_GROWTH:
            out.append(f"RSS grew {self.growth:.1%} after warm-up (limit {MAX_RSS_GROWTH:.0%})")
        if self.final.other_fds > self.warm.other_fds + FD_LOAD_TOLERANCE:
            out.append(
                f"open FDs under load, not counting the upstream pool, grew "
                f"{self.warm.other_fds} -> {self.final.other_fds} (tolerance {FD_LOAD_TOLERANCE})"
            )
        pool_bound = self.args.concurrency + self.args.streams
        pool_peak = max(c.upstream or 0 for c in self.soak.checkpoints.values())
        if pool_peak > pool_bound:
            out.append(
                f"{pool_peak} upstream connections, more than {pool_bound} in flight at most"
            )
        if self.idle_fds_after is not None and self.idle_fds_after > self.idle_fds_before:
            out.append(
                f"idle open FDs grew {self.idle_fds_before} -> {self.idle_fds_after} "
                f"(after {self.settle_wait:.0f} s quiet)"
            )
        if self.gateway_exit not in (0, None):
            out.append(f"the gateway exited {self.gateway_exit} at SIGTERM")
        if self.gateway_log_errors:
            out.append(f"{len(self.gateway_log_errors)} ERROR/Traceback lines in the gateway log")
        return out


def git_head() -> str:
    """The commit the gateway runs from, read when it starts, and whether its code is edited."""

    def git(*argv: str) -> str:
        done = subprocess.run(
            ["git", "-C", str(ROOT), *argv], capture_output=True, text=True, check=True
        )
        return done.stdout.strip()

    try:
        head = git("rev-parse", "--short", "HEAD")
        dirty = git("status", "--porcelain", "--", "gateway", "generated", "pyproject.toml")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head} (with uncommitted changes to the gateway)" if dirty else head


def mib(kib: int) -> str:
    return f"{kib / 1024:.1f} MiB"


def report(result: Result, command: str) -> str:
    soak, tally, args = result.soak, result.soak.tally, result.args
    failures = result.failures()
    unexpected = sum(tally.unexpected.values())
    expected = sum(tally.expected_errors.values())
    lines = [
        "## Soak",
        "",
        "Written by `python -m bench.soak`; rerun it rather than editing this region by hand.",
        "",
        f"- Run: {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}, commit {args.commit}, "
        f"{os.cpu_count()} CPUs ({platform.machine()}, Linux {platform.release()}), "
        "emulator, gateway and this client each in their own process",
        f"- Versions: {versions(VERSIONED)}",
        f"- Command: `{command}`",
        f"- Gateway: `checkout-gateway serve` with its defaults (log level INFO, "
        f"max retries 2), in front of `checkout-gateway emulator --seed {args.seed_sessions}`",
        f"- Load: {args.calls:,} unary calls, {args.concurrency} in flight, while "
        f"{args.streams} server streams ran continuously (each restarted when it ended)",
        f"- Machine load: 1-minute load average {soak.load_before:.2f} when the calls started, "
        f"{soak.load_after:.2f} when they ended ({os.cpu_count()} CPUs; this run's own three "
        "processes account for up to about 3)",
        "",
        f"**Result: {'PASS' if not failures else 'FAIL: ' + '; '.join(failures)}**",
        "",
        "| figure | value |",
        "|---|---|",
        f"| unary calls | {soak.done:,} in {soak.calls_elapsed:.1f} s: "
        f"{soak.done / soak.calls_elapsed:,.0f} calls/s |",
        f"| streams completed | {tally.streams_done:,} ({tally.stream_items:,} items, "
        f"{tally.stream_items / soak.calls_elapsed:,.0f} items/s) |",
        f"| unexpected answers | {unexpected} |",
        f"| expected errors | {expected:,} |",
        f"| gateway RSS, idle before load | {mib(result.idle_rss_before)} |",
        f"| gateway RSS, end of warm-up ({soak.warmup_calls:,} calls, "
        f"{soak.warmup_elapsed:.0f} s) | {mib(result.warm.rss_kib)} |",
        f"| gateway RSS, peak after warm-up | {mib(result.peak_rss)} ({result.peak_growth:+.1%}) |",
        f"| gateway RSS, end | {mib(result.final.rss_kib)} |",
        f"| RSS growth after warm-up (end vs warm-up; limit < {MAX_RSS_GROWTH:.0%}) | "
        f"{result.growth:+.1%} |",
        f"| gateway open FDs under load, end of warm-up / end | "
        f"{result.warm.fds} / {result.final.fds} |",
        f"| of which upstream keep-alive pool (bound: {args.concurrency + args.streams}) | "
        f"{result.warm.upstream} / {result.final.upstream} |",
        f"| of which the rest (must not grow; slack {FD_LOAD_TOLERANCE}) | "
        f"{result.warm.other_fds} / {result.final.other_fds} |",
        f"| gateway open FDs idle, before / after (after {result.settle_wait:.0f} s quiet) | "
        f"{result.idle_fds_before} / {result.idle_fds_after} |"
        if result.idle_fds_after is not None
        else f"| gateway open FDs idle, before / after | {result.idle_fds_before} / "
        "not measured (--settle 0) |",
        f"| gateway exit status at SIGTERM | {result.gateway_exit} |",
        "",
        "RSS and open FDs at each tenth of the calls:",
        "",
        "| calls | elapsed | RSS | FDs | of which upstream pool |",
        "|---|---|---|---|---|",
    ]
    for tenth in range(1, 11):
        s = soak.checkpoints.get(tenth)
        if s is not None:
            lines.append(
                f"| {s.calls:,} | {s.elapsed:.0f} s | {mib(s.rss_kib)} | {s.fds} | {s.upstream} |"
            )
    rpcs = sorted({rpc for rpc, _ in tally.codes})
    codes = sorted({code for _, code in tally.codes}, key=lambda c: (c != "OK", c))
    lines += [
        "",
        "Status codes per RPC (streams: one per stream):",
        "",
        "| RPC | " + " | ".join(codes) + " |",
        "|---|" + "---|" * len(codes),
    ]
    for rpc in rpcs:
        cells = [f"{tally.codes.get((rpc, c), 0):,}" for c in codes]
        lines.append(f"| {rpc} | " + " | ".join(cells) + " |")
    lines += ["", "Expected errors, by deliberate bad call:", ""]
    lines += [f"- {what}: {n:,}" for what, n in sorted(tally.expected_errors.items())]
    if tally.unexpected:
        lines += ["", "Unexpected answers:", ""]
        lines += [f"- {what}: {n:,}" for what, n in tally.unexpected.most_common()]
        lines += ["", "First examples:", ""]
        lines += [f"- `{e}`" for e in tally.examples[:10]]
    lines += ["", "Gateway open FDs by kind: idle before the load, at the end of the calls "
              "(under load), idle after:", "", "| kind | before | end of calls | after |",
              "|---|---|---|---|"]  # fmt: skip
    before, load, after = result.idle_kinds_before, result.load_kinds_end, result.idle_kinds_after
    for kind in sorted(set(before) | set(load) | set(after)):
        lines.append(f"| {kind} | {before[kind]} | {load[kind]} | {after[kind]} |")
    if result.gateway_log_errors:
        lines += ["", "Gateway log, first ERROR/Traceback lines:", ""]
        lines += [f"- `{e}`" for e in result.gateway_log_errors[:10]]
    return "\n".join(lines)


def log_errors(text: str) -> list[str]:
    return [line for line in text.splitlines() if " ERROR " in line or "Traceback" in line]


async def drive(args: argparse.Namespace, target: str) -> Result:
    pid = args.gateway_pid
    async with grpc.aio.insecure_channel(target) as channel:
        await wait_serving(target, 30)
        soak = Soak(args, channel, target)
        await soak.seed_ids()  # over `channel`, so its connection is in the baseline
        # The idle baseline: after these first calls, so one-time resources count in it (the
        # first upstream call opens a /dev/null that stays open, e.g.), without the upstream
        # keep-alive connections they left, which must all have closed when the gateway is idle.
        idle_rss, idle_kinds = status_kb(pid, "VmRSS"), fd_kinds(pid, args.ports)
        for kind in [k for k in idle_kinds if k.startswith(UPSTREAM)]:
            del idle_kinds[kind]
        idle_fds = idle_kinds.total()
        await soak.run()
        load_kinds = fd_kinds(pid, args.ports)
        fds_after: int | None = None
        waited = 0.0
        if args.settle > 0:
            fds_after, waited = await settle_fds(pid, idle_fds, args.settle)
        after_kinds = fd_kinds(pid, args.ports)
    return Result(
        args, soak, idle_fds, fds_after, waited, idle_rss, idle_kinds, load_kinds, after_kinds
    )


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=None, help="unary calls (100000)")
    parser.add_argument("--streams", type=int, default=None, help="concurrent streams (50)")
    parser.add_argument("--concurrency", type=int, default=64, help="unary calls in flight")
    parser.add_argument("--quick", action="store_true", help="10,000 calls and 10 streams")
    parser.add_argument("--output", type=Path, default=None, help=f"default: {DEFAULT_OUTPUT}")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the workload")
    parser.add_argument("--seed-sessions", type=int, default=500, help="emulator --seed N")
    parser.add_argument(
        "--settle",
        type=float,
        default=20.0,
        help="seconds at most to wait, after the load, for idle FDs to return to the "
        "baseline (the upstream pool's keep-alive is 5 s); 0 skips that check",
    )
    args = parser.parse_args(argv)
    if args.calls is None:
        args.calls = 10_000 if args.quick else 100_000
    if args.streams is None:
        args.streams = 10 if args.quick else 50
    if args.calls < 10 or args.streams < 0 or args.concurrency < 1:
        parser.error("--calls must be >= 10, --streams >= 0, --concurrency >= 1")
    return args


def interrupted(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    command = shlex.join(["python", "-m", "bench.soak", *(sys.argv[1:] if argv is None else argv)])
    signal.signal(signal.SIGTERM, interrupted)  # stop the children as on Ctrl-C
    children: list[Child] = []
    args.commit = git_head()  # now: the gateway loads its code when it starts
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        logdir = Path(tmp)
        env = {**os.environ, "STRIPE_API_KEY": API_KEY}
        env.pop("STRIPE_API_KEY_FILE", None)
        try:
            exe = str(BIN / "checkout-gateway")
            emulator = spawn(
                "emulator",
                [exe, "emulator", "--listen", "127.0.0.1:0", "--api-key", API_KEY,
                 "--seed", str(args.seed_sessions)],
                logdir,
                env,
            )  # fmt: skip
            children.append(emulator)
            emu_url = wait_for_line(emulator, re.compile(r"listening on (http://\S+)"), 30)[1]
            gateway = spawn(
                "gateway",
                [exe, "serve", "--listen", "127.0.0.1:0", "--stripe-api-base", emu_url],
                logdir,
                env,
            )
            children.insert(0, gateway)  # stopped first
            port = wait_for_line(gateway, re.compile(r"serving \S+ on [\d.]+:(\d+)"), 30)[1]
            args.gateway_pid = gateway.proc.pid
            emu_port = int(emu_url.rsplit(":", 1)[1])
            args.ports = {int(port): "the gateway", emu_port: "the emulator"}
            target = f"127.0.0.1:{port}"
            print(
                f"soak: {args.calls:,} calls, {args.concurrency} in flight, {args.streams} "
                f"streams; gateway pid {gateway.proc.pid} on {target}, emulator {emu_url}",
                flush=True,
            )
            result = asyncio.run(drive(args, target))
        except SetupError as exc:
            print(f"soak: {exc}", file=sys.stderr)
            return 2
        except KeyboardInterrupt:
            print("soak: interrupted; stopping the gateway and the emulator", file=sys.stderr)
            return 130
        finally:
            exits = {child.name: stop(child.proc, timeout=20) for child in children}
        result.gateway_exit = exits.get("gateway")
        result.emulator_exit = exits.get("emulator")
        result.gateway_log_errors = log_errors(gateway.text())
    text = report(result, command)
    print(text)
    output = args.output or (None if args.quick else DEFAULT_OUTPUT)
    if output is not None:
        write_region(output, "soak", text)
        print(f"soak: figures written to {output}")
    return 1 if result.failures() else 0


if __name__ == "__main__":
    sys.exit(main())
