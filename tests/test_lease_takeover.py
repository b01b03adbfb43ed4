"""The events poller's lease after a crash, over real sockets: two `checkout-gateway serve`
processes share a real redis-server and poll the emulator's /v1/events (no webhook anywhere);
the replica holding the lease is SIGKILLed, so it never releases it. The other takes the lease
once its TTL runs out, resumes from the cursor in Redis, and watches on it keep ending."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import grpc
import pytest
import redis.asyncio as redis
from checkout_gateway.v1 import checkout_session_pb2, checkout_session_service_pb2_grpc, events_pb2

from gateway.events.poller_lease import CURSOR_KEY, LEASE_KEY
from gateway.events.replicas import LEASE_TTL
from stripe_emulator import Emulator
from tests import secrets_guard
from tests.conftest import API_KEY, spawn_serve
from tests.redis_server import RedisServer
from tests.test_gateway_rpcs import create_request
from tests.waiting import until

Session = checkout_session_pb2.CheckoutSession
Stub = checkout_session_service_pb2_grpc.CheckoutSessionServiceStub
PAID = (Session.STATUS_COMPLETE, Session.PAYMENT_STATUS_PAID)
TAKEOVER = 6 * LEASE_TTL  # generous: the lease expires after LEASE_TTL, renewals every third
# serve's watch safety net polls after 30-60 s (60 s jittered): a watch that ends sooner was
# ended by an event, here only the poller's.
BEFORE_THE_SAFETY_NET = 25


@dataclass
class Replica:
    process: asyncio.subprocess.Process
    channel: grpc.aio.Channel
    stub: Stub
    log: list[bytes] = field(default_factory=list)
    reader: asyncio.Task[None] | None = None

    async def read_log(self) -> None:
        assert self.process.stderr is not None
        while line := await self.process.stderr.readline():  # drained, so the pipe never fills
            self.log.append(line)

    def said(self, text: bytes) -> bool:
        return any(text in line for line in self.log)


async def start_replica(emulator: Emulator, redis_url: str) -> Replica:
    process, port, seen = await spawn_serve(
        "--redis-url",
        redis_url,
        "--events-poll",
        "0.2",
        "--stripe-api-base",
        emulator.base_url,
        api_key=API_KEY,
    )
    channel = grpc.aio.insecure_channel(
        f"127.0.0.1:{port}", interceptors=secrets_guard.interceptors()
    )
    replica = Replica(process, channel, Stub(channel), list(seen))
    replica.reader = asyncio.get_running_loop().create_task(replica.read_log())
    return replica


async def stop_replica(replica: Replica) -> None:
    await replica.channel.close()
    if replica.process.returncode is None:
        replica.process.send_signal(signal.SIGTERM)
        try:
            async with asyncio.timeout(30):
                await replica.process.wait()
        except TimeoutError:
            replica.process.kill()
            await replica.process.wait()
    if replica.reader is not None:
        replica.reader.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await replica.reader


@dataclass
class Fleet:
    emulator: Emulator
    redis: redis.Redis
    replicas: list[Replica]

    async def holder_pid(self) -> int | None:
        """The pid in the lease's value (the replica's name: host:pid:nonce), if any."""
        name: Any = await self.redis.get(LEASE_KEY)
        return int(str(name).split(":")[-2]) if name else None

    def newest_event(self) -> str:
        return self.emulator.store.events.order[-1]


@pytest.fixture
async def fleet(redis_server: RedisServer) -> AsyncIterator[Fleet]:
    emulator = Emulator(api_key=API_KEY)
    await emulator.start()
    client = redis.Redis.from_url(redis_server.url, decode_responses=True)
    replicas: list[Replica] = []
    try:
        for _ in range(2):
            replicas.append(await start_replica(emulator, redis_server.url))
        yield Fleet(emulator, client, replicas)
    finally:
        for replica in replicas:
            await stop_replica(replica)
        await client.aclose()
        await emulator.stop()


async def watch_to_the_end(stub: Stub, emulator: Emulator) -> None:
    """A session created, watched, completed: the watch sees it paid, then ends."""
    created = await stub.CreateCheckoutSession(create_request(), timeout=30)
    call = stub.WatchCheckoutSession(events_pb2.WatchCheckoutSessionRequest(id=created.id))
    async with asyncio.timeout(BEFORE_THE_SAFETY_NET):
        assert (await call.read()).status == Session.STATUS_OPEN
        emulator.complete_session(created.id)
        last = await call.read()
        assert (last.status, last.payment_status) == PAID
        assert await call.read() is grpc.aio.EOF


async def test_a_killed_lease_holder_is_replaced_after_the_ttl_and_events_keep_flowing(
    fleet: Fleet,
) -> None:
    async with asyncio.timeout(TAKEOVER):
        while (pid := await fleet.holder_pid()) is None:
            await asyncio.sleep(0.05)
    (holder,) = [r for r in fleet.replicas if r.process.pid == pid]
    (survivor,) = [r for r in fleet.replicas if r is not holder]
    await until(lambda: holder.said(b"holds the lease"))
    assert not survivor.said(b"holds the lease")
    # The holder's first poll found no event: the fleet's feed starts here, an empty cursor.
    await until(_cursor_is(fleet, ""))

    holder.process.kill()  # SIGKILL: no clean release, the lease stays until its TTL
    await holder.process.wait()
    fleet.emulator.complete_session(
        (await survivor.stub.CreateCheckoutSession(create_request(), timeout=30)).id
    )
    while_nobody_polls = fleet.newest_event()

    await until(lambda: survivor.said(b"holds the lease"), timeout=TAKEOVER)
    assert await fleet.holder_pid() == survivor.process.pid
    # The event of the gap, while the lease outlived its holder, is not lost: the survivor
    # resumed from the cursor in Redis and fed it to its pipeline.
    await until(_cursor_is(fleet, while_nobody_polls), timeout=TAKEOVER)
    accepted = f"event {while_nobody_polls} checkout.session.completed accepted".encode()
    await until(lambda: survivor.said(accepted))

    await watch_to_the_end(survivor.stub, fleet.emulator)
    assert await fleet.redis.get(CURSOR_KEY) == fleet.newest_event()


def _cursor_is(fleet: Fleet, event: str) -> Callable[[], Awaitable[bool]]:
    async def check() -> bool:
        return bool(await fleet.redis.get(CURSOR_KEY) == event)

    return check
