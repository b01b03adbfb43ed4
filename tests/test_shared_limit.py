"""The write limit held by two gateway replicas through a real redis-server, over real sockets,
with the fall back to each replica's share when Redis dies and the return when it is back."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass

import grpc
import pytest
import redis.asyncio as redis
from checkout_gateway.v1 import checkout_session_requests_pb2 as r
from checkout_gateway.v1 import checkout_session_service_pb2_grpc

from gateway.config import Config
from gateway.limits import bucket_key
from gateway.server import Gateway
from stripe_emulator import Emulator
from tests import secrets_guard
from tests.conftest import API_KEY, spawn_serve
from tests.redis_server import RedisServer
from tests.test_gateway_failures import details, fails

# Unknown ids: NOT_FOUND shows the write reached the emulator; the limit is what is tested.
EXPIRE = r.ExpireCheckoutSessionRequest(id="cs_test_missing")
GET = r.GetCheckoutSessionRequest(id="cs_test_missing")


@dataclass
class Fleet:
    emulator: Emulator
    gateways: list[Gateway]
    channels: list[grpc.aio.Channel]
    stubs: list[checkout_session_service_pb2_grpc.CheckoutSessionServiceStub]

    def writes(self) -> int:
        return sum(1 for q in self.emulator.requests if q.method == "POST")

    def reads(self) -> int:
        return sum(1 for q in self.emulator.requests if q.method == "GET")


async def start_fleet(redis_url: str, **limits: object) -> Fleet:
    emulator = Emulator(api_key=API_KEY)
    await emulator.start()
    fleet = Fleet(emulator, [], [], [])
    for _ in range(2):
        config = Config(
            listen="127.0.0.1:0",
            stripe_api_base=emulator.base_url,
            api_key=API_KEY,
            max_retries=0,
            redis_url=redis_url,
            replicas=2,
            **limits,  # type: ignore[arg-type]
        )
        gateway = Gateway(config)
        port = await gateway.start()
        channel = grpc.aio.insecure_channel(f"127.0.0.1:{port}")
        fleet.gateways.append(gateway)
        fleet.channels.append(channel)
        fleet.stubs.append(checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(channel))
    return fleet


@pytest.fixture
async def fleet(redis_server: RedisServer) -> AsyncIterator[Fleet]:
    # One write every 100 s for the fleet, 2 at once: the test never sees a new token come.
    f = await start_fleet(redis_server.url, write_rate_limit=0.01, write_rate_burst=2)
    yield f
    for channel in f.channels:
        await channel.close()
    for gateway in f.gateways:
        await gateway.stop(0)
    await f.emulator.stop()


async def codes(
    stub: checkout_session_service_pb2_grpc.CheckoutSessionServiceStub, n: int
) -> list[grpc.StatusCode]:
    errors = await asyncio.gather(
        *(fails(stub.ExpireCheckoutSession(EXPIRE, timeout=3)) for _ in range(n))
    )
    return [e.code() for e in errors]


async def test_two_replicas_hold_one_write_limit_together(fleet: Fleet) -> None:
    got = await codes(fleet.stubs[0], 3) + await codes(fleet.stubs[1], 3)
    assert got.count(grpc.StatusCode.NOT_FOUND) == 2  # each replica alone would let 4 through
    assert got.count(grpc.StatusCode.RESOURCE_EXHAUSTED) == 4
    assert fleet.writes() == 2
    err = await fails(fleet.stubs[1].ExpireCheckoutSession(EXPIRE, timeout=3))
    assert details(err)["ErrorInfo"].reason == "GATEWAY_OVERLOADED"
    retry = details(err)["RetryInfo"].retry_delay
    assert 50 < retry.seconds <= 100  # the wait the script returned: the next fleet token
    # Reads have their own bucket, unlimited here.
    assert (await fails(fleet.stubs[0].GetCheckoutSession(GET, timeout=3))).code() == (
        grpc.StatusCode.NOT_FOUND
    )


async def test_redis_killed_each_replica_keeps_its_share_and_shares_again_when_back(
    fleet: Fleet, redis_server: RedisServer
) -> None:
    assert await codes(fleet.stubs[0], 2) == [grpc.StatusCode.NOT_FOUND] * 2  # the fleet's burst
    await redis_server.kill()
    # No Redis: each replica alone, at its half of the rate (one write every 200 s) with its half
    # of the burst (1), and no error but RESOURCE_EXHAUSTED.
    for stub in fleet.stubs:
        got = await codes(stub, 3)
        assert sorted(got, key=str) == sorted(
            [grpc.StatusCode.NOT_FOUND] + [grpc.StatusCode.RESOURCE_EXHAUSTED] * 2, key=str
        )
    assert fleet.writes() == 4

    await redis_server.start()  # empty: the fleet's burst of 2 is there again
    # Each replica's own share is spent for 200 s, and each probes Redis in the background on
    # its own: a write that goes through shows that replica shares the fleet's bucket again.
    async with asyncio.timeout(30):
        for stub in fleet.stubs:
            while (await codes(stub, 1)) != [grpc.StatusCode.NOT_FOUND]:
                await asyncio.sleep(0.2)
    assert all(g._limits is not None and g._limits.shared for g in fleet.gateways)
    # The fleet's burst of 2 went to one write each: both replicas are held again.
    for stub in fleet.stubs:
        assert await codes(stub, 1) == [grpc.StatusCode.RESOURCE_EXHAUSTED]
    assert fleet.writes() == 6


REDIS_PASSWORD = "redispass0000000000000000secret"
secrets_guard.register(REDIS_PASSWORD)


async def test_a_password_in_the_redis_url_works_and_never_shows() -> None:
    server = RedisServer(password=REDIS_PASSWORD)
    await server.start()
    emulator = Emulator(api_key=API_KEY)
    await emulator.start()
    try:
        process, port, seen = await spawn_serve(
            *("--stripe-api-base", emulator.base_url, "--redis-url", server.url),
            *("--write-rate-limit", "0.05", "--write-rate-burst", "1", "--log-level", "DEBUG"),
            api_key=API_KEY,
        )
        try:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
                stub = checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(channel)
                assert sorted(await codes(stub, 2), key=str) == [
                    grpc.StatusCode.NOT_FOUND,
                    grpc.StatusCode.RESOURCE_EXHAUSTED,
                ]
            check = redis.Redis.from_url(server.url)
            assert await check.exists(bucket_key("write")) == 1  # authenticated, and shared
            await check.aclose()
        finally:
            process.terminate()
            assert process.stderr is not None
            rest = await process.stderr.read()
            await process.wait()
        log = b"".join(seen) + rest
        assert b"redis_url = redis://:" in log and REDIS_PASSWORD.encode() not in log
    finally:
        await emulator.stop()
        await server.stop()
