"""Events across gateway replicas through a real redis-server, over real sockets: the emulator
sends signed webhooks to replica A only, and watchers on replica B see them."""

from __future__ import annotations

import asyncio
import re
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
import httpx
import orjson
import pytest
import redis.asyncio as redis
from checkout_gateway.v1 import checkout_session_pb2, checkout_session_service_pb2_grpc, events_pb2
from prometheus_client import REGISTRY

from gateway.config import Config
from gateway.events.poller_lease import CURSOR_KEY, LEASE_KEY, LeasedPoller
from gateway.events.webhooks import sign
from gateway.server import Gateway
from stripe_emulator import Emulator, RetryPolicy
from tests import secrets_guard
from tests.conftest import API_KEY, spawn_serve
from tests.redis_server import RedisServer
from tests.test_gateway_rpcs import create_request

Session = checkout_session_pb2.CheckoutSession
Stub = checkout_session_service_pb2_grpc.CheckoutSessionServiceStub
W = events_pb2.WatchCheckoutSessionRequest
PAID = (Session.STATUS_COMPLETE, Session.PAYMENT_STATUS_PAID)
TIMEOUT = 60  # generous: nothing here is a timing claim
RECEIVING = re.compile(rb"receiving Stripe webhooks on (http://127\.0\.0\.1:\d+/stripe/webhook)")


@dataclass
class Fleet:
    emulator: Emulator
    redis_url: str
    endpoint: str  # the emulator's webhook endpoint, pointed at replica A once it serves
    secret: str
    gateways: list[Gateway] = field(default_factory=list)
    channels: list[grpc.aio.Channel] = field(default_factory=list)
    stubs: list[Stub] = field(default_factory=list)

    async def add(self, **settings: Any) -> Gateway:
        config = Config(
            listen="127.0.0.1:0",
            stripe_api_base=self.emulator.base_url,
            api_key=API_KEY,
            redis_url=self.redis_url,
            watch_safety_net=3600,  # with events, nothing but an event may end a watch
            **settings,
        )
        gateway = Gateway(config)
        port = await gateway.start()
        channel = grpc.aio.insecure_channel(
            f"127.0.0.1:{port}", interceptors=secrets_guard.interceptors()
        )
        self.gateways.append(gateway)
        self.channels.append(channel)
        self.stubs.append(Stub(channel))
        return gateway

    async def close(self) -> None:
        for channel in self.channels:
            await channel.close()
        for gateway in self.gateways:
            await gateway.stop(0)
        await self.emulator.stop()


async def start_emulator() -> Emulator:
    emulator = Emulator(api_key=API_KEY, webhook_retries=RetryPolicy(schedule=(0.5,) * 4))
    await emulator.start()
    return emulator


def point_webhooks(fleet: Fleet, gateway: Gateway) -> None:
    """The emulator's endpoint delivers to `gateway` only."""
    assert gateway.events is not None and gateway.events.webhooks is not None
    fleet.emulator.store.endpoints.get(fleet.endpoint).data["url"] = gateway.events.webhooks.url


async def until(predicate: Any, what: str) -> None:
    async with asyncio.timeout(TIMEOUT):
        while not predicate():
            await asyncio.sleep(0.05)


@pytest.fixture
async def fleet(redis_server: RedisServer) -> AsyncIterator[Fleet]:
    emulator = await start_emulator()
    # The endpoint's secret first (the gateway needs it to start), its URL once A serves.
    endpoint, secret = emulator.add_webhook("http://127.0.0.1:9/unused")
    secrets_guard.register(secret)
    f = Fleet(emulator, redis_server.url, endpoint, secret)
    yield f
    await f.close()


async def webhooks_to_a(fleet: Fleet, **settings: Any) -> tuple[Gateway, Gateway]:
    a = await fleet.add(webhook_listen="127.0.0.1:0", webhook_secrets=(fleet.secret,), **settings)
    b = await fleet.add(**settings)
    point_webhooks(fleet, a)
    assert b.events is not None
    await until(lambda: b.events is not None and b.events.has_events, "B hears of A's webhooks")
    return a, b


async def test_a_watch_on_replica_b_sees_a_webhook_received_by_replica_a(fleet: Fleet) -> None:
    a, b = await webhooks_to_a(fleet)
    created = await fleet.stubs[1].CreateCheckoutSession(create_request())
    call = fleet.stubs[1].WatchCheckoutSession(W(id=created.id))
    async with asyncio.timeout(TIMEOUT):
        assert (await call.read()).status == Session.STATUS_OPEN
        completed_at = time.monotonic()
        fleet.emulator.complete_session(created.id)
        last = await call.read()
        seen = time.monotonic() - completed_at
        assert (last.status, last.payment_status) == PAID
        assert await call.read() is grpc.aio.EOF
    print(f"replica B saw complete {seen:.3f} s after the emulator completed the session")
    assert seen < 15  # the claim is 1 s; the bound is generous for a loaded machine
    assert b.events is not None and b.events.redis is not None
    assert b.events.redis.bus.received >= 1  # through the stream, not a poll
    assert a.events is not None and a.events.pipeline.accepted >= 1


def fallbacks(part: str) -> float:
    return REGISTRY.get_sample_value("gateway_events_redis_fallbacks_total", {"part": part}) or 0


async def test_redis_killed_mid_watch_the_watch_polls_to_the_end_and_resumes_on_the_stream(
    fleet: Fleet, redis_server: RedisServer
) -> None:
    a, b = await webhooks_to_a(fleet, watch_poll_initial=0.2, watch_poll_max=1.0)
    assert a.events is not None and b.events is not None and b.events.redis is not None
    stub = fleet.stubs[1]
    created = await stub.CreateCheckoutSession(create_request())
    call = stub.WatchCheckoutSession(W(id=created.id))
    before = fallbacks("stream")
    async with asyncio.timeout(TIMEOUT):
        assert (await call.read()).status == Session.STATUS_OPEN
        await redis_server.kill()
        await until(lambda: not b.events.has_events, "B falls back to polling")
        assert fallbacks("stream") > before
        fleet.emulator.complete_session(created.id)
        last = await call.read()
        assert (last.status, last.payment_status) == PAID
        assert await call.read() is grpc.aio.EOF
        # Webhooks kept being answered meanwhile: A accepted the event in memory.
        await until(lambda: a.events.pipeline.accepted >= 1, "A accepts the event")

        await redis_server.start()
        await until(lambda: b.events.has_events, "B resumes on the stream")
        received = b.events.redis.bus.received
        again = await stub.CreateCheckoutSession(create_request())
        call = stub.WatchCheckoutSession(W(id=again.id))
        assert (await call.read()).status == Session.STATUS_OPEN
        fleet.emulator.complete_session(again.id)
        last = await call.read()
        assert (last.status, last.payment_status) == PAID
    assert b.events.redis.bus.received > received  # the stream again, not a poll


async def test_a_delivery_to_both_replicas_is_acted_on_once(fleet: Fleet) -> None:
    settings = {"webhook_listen": "127.0.0.1:0", "webhook_secrets": (fleet.secret,)}
    gateways = [await fleet.add(**settings), await fleet.add(**settings)]
    created = await fleet.stubs[0].CreateCheckoutSession(create_request())
    event = {
        "id": "evt_replicas_twice",
        "object": "event",
        "type": "checkout.session.completed",
        "created": int(time.time()),
        "api_version": "2020-08-27",
        "data": {"object": {"id": created.id, "object": "checkout.session"}},
    }
    body = orjson.dumps(event)
    t = int(time.time())
    headers = {"Stripe-Signature": f"t={t},v1={sign(body, fleet.secret, t)}"}
    async with httpx.AsyncClient(timeout=30) as http:
        for gateway in gateways * 2:  # each replica twice
            assert gateway.events is not None and gateway.events.webhooks is not None
            answer = await http.post(gateway.events.webhooks.url, content=body, headers=headers)
            assert answer.status_code == 200
    pipelines = [g.events.pipeline for g in gateways if g.events is not None]
    for pipeline in pipelines:
        await pipeline.join()
    assert sum(p.accepted for p in pipelines) == 1
    assert sum(p.duplicates for p in pipelines) == 3


def leased_of(gateway: Gateway) -> LeasedPoller:
    assert gateway.events is not None and gateway.events.leased is not None
    return gateway.events.leased


async def test_one_replica_polls_under_the_lease_and_another_takes_over(
    fleet: Fleet, redis_server: RedisServer
) -> None:
    first = await fleet.add(events_poll=0.2)
    second = await fleet.add(events_poll=0.2)
    leased = [leased_of(first), leased_of(second)]
    await until(lambda: any(x.polling for x in leased), "a replica takes the lease")
    holder = 0 if leased[0].polling else 1
    other = 1 - holder
    assert not leased[other].polling
    assert leased[other].poller.reads == 0
    client = redis.Redis.from_url(redis_server.url, decode_responses=True)
    try:
        # The holder's poller moves the cursor in Redis past a completed session's event.
        created = await fleet.stubs[other].CreateCheckoutSession(create_request())
        call = fleet.stubs[other].WatchCheckoutSession(W(id=created.id))
        async with asyncio.timeout(TIMEOUT):
            assert (await call.read()).status == Session.STATUS_OPEN
            fleet.emulator.complete_session(created.id)
            assert ((last := await call.read()).status, last.payment_status) == PAID
        assert leased[other].poller.reads == 0
        cursor = await client.get(CURSOR_KEY)
        assert isinstance(cursor, str) and cursor.startswith("evt_")

        await fleet.gateways[holder].stop(0)
        await until(lambda: leased[other].polling, "takeover")
        assert (await client.get(LEASE_KEY)) is not None
        again = await fleet.stubs[other].CreateCheckoutSession(create_request())
        call = fleet.stubs[other].WatchCheckoutSession(W(id=again.id))
        async with asyncio.timeout(TIMEOUT):
            assert (await call.read()).status == Session.STATUS_OPEN
            fleet.emulator.complete_session(again.id)
            assert ((last := await call.read()).status, last.payment_status) == PAID
        assert (await client.get(CURSOR_KEY)) != cursor  # resumed from the stored cursor on
    finally:
        await client.aclose()


async def test_two_workers_with_redis_carry_webhooks_to_watchers_on_either(
    redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    emulator = await start_emulator()
    _endpoint, secret = emulator.add_webhook("http://127.0.0.1:9/unused")
    secrets_guard.register(secret)
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", secret)
    process, port, seen = await spawn_serve(
        "--workers",
        "2",
        "--webhook-listen",
        "127.0.0.1:0",
        "--redis-url",
        redis_server.url,
        "--stripe-api-base",
        emulator.base_url,
        api_key=API_KEY,
    )
    channels: list[grpc.aio.Channel] = []
    try:
        urls = {m.group(1) for line in seen if (m := RECEIVING.search(line))}
        assert len(urls) == 1, urls  # both workers on the one webhook port
        emulator.store.endpoints.get(_endpoint).data["url"] = urls.pop().decode()
        calls = []
        for _ in range(8):  # connections of their own, spread by the kernel over the workers
            ch = grpc.aio.insecure_channel(
                f"127.0.0.1:{port}", options=[("grpc.use_local_subchannel_pool", 1)]
            )
            channels.append(ch)
            stub = Stub(ch)
            created = await stub.CreateCheckoutSession(create_request(), timeout=TIMEOUT)
            call = stub.WatchCheckoutSession(W(id=created.id))
            assert (await call.read()).status == Session.STATUS_OPEN
            calls.append((created.id, call))
        # Each webhook lands on one worker; the watch may be on the other. The safety-net poll
        # (60 s, jittered to 30-60 s) cannot end these watches within the 25 s given.
        async with asyncio.timeout(25):
            for session_id, _call in calls:
                emulator.complete_session(session_id)
            for _session_id, call in calls:
                last = await call.read()
                assert (last.status, last.payment_status) == PAID
                assert await call.read() is grpc.aio.EOF
    finally:
        for ch in channels:
            await ch.close()
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
            try:
                async with asyncio.timeout(30):
                    await process.wait()
            except TimeoutError:
                process.kill()
                await process.wait()
        await emulator.stop()


def test_the_replicas_bench_runs_at_tiny_size() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bench.replicas", "--sessions", "2"],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (row,) = [line for line in result.stdout.splitlines() if line.startswith("| 2 |")]
    assert row.split("|")[4].strip() == "2.0"  # session GETs: the first state and the change
