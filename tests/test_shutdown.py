"""Graceful shutdown of `checkout-gateway serve`, a real process, under load."""

from __future__ import annotations

import asyncio
import signal

import grpc
import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2 as r
from checkout_gateway.v1 import checkout_session_service_pb2_grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from stripe_emulator import Emulator, Fault
from tests.conftest import API_KEY, spawn_serve
from tests.test_gateway_rpcs import create_request

IN_FLIGHT = 200
UPSTREAM_LATENCY = 1.5
NOT_SERVING = health_pb2.HealthCheckResponse.NOT_SERVING


async def start_gateway(emulator: Emulator, grace: float) -> tuple[asyncio.subprocess.Process, int]:
    process, port, _ = await spawn_serve(
        "--stripe-api-base",
        emulator.base_url,
        "--shutdown-grace",
        str(grace),
        "--max-retries",
        "0",
        api_key=API_KEY,
    )
    return process, port


async def read_log(process: asyncio.subprocess.Process) -> str:
    assert process.stderr is not None
    return (await process.stderr.read()).decode()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
async def test_signal_lets_calls_in_flight_finish_and_refuses_new_ones(sig: signal.Signals) -> None:
    async with Emulator(api_key=API_KEY) as emulator:
        process, port = await start_gateway(emulator, grace=10)
        try:
            emulator.faults.inject(Fault(latency=UPSTREAM_LATENCY, method="POST"), count=None)
            channel = grpc.aio.insecure_channel(f"127.0.0.1:{port}")
            stub = checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(channel)
            health = health_pb2_grpc.HealthStub(channel)
            watch = health.Watch(health_pb2.HealthCheckRequest(service=""))
            assert (await watch.read()).status == health_pb2.HealthCheckResponse.SERVING

            calls = [
                asyncio.ensure_future(stub.CreateCheckoutSession(create_request(), timeout=30))
                for _ in range(IN_FLIGHT)
            ]
            async with asyncio.timeout(10):
                while len(emulator.requests) < IN_FLIGHT:  # all 200 are upstream, none answered
                    await asyncio.sleep(0.02)
            process.send_signal(sig)

            # Health turns NOT_SERVING before any call in flight has been answered.
            assert (await watch.read()).status == NOT_SERVING
            assert not any(call.done() for call in calls)
            watch.cancel()  # an open Watch is a call in flight too: it would hold the grace
            await asyncio.sleep(0.2)  # the server is now draining
            with pytest.raises(grpc.aio.AioRpcError) as refused:
                await stub.GetCheckoutSession(r.GetCheckoutSessionRequest(id="cs_test_x"))
            assert refused.value.code() == grpc.StatusCode.UNAVAILABLE

            sessions = await asyncio.gather(*calls)
            assert len({s.id for s in sessions}) == IN_FLIGHT
            assert all(s.status == s.STATUS_OPEN for s in sessions)
            assert await asyncio.wait_for(process.wait(), 10) == 0
            log = await read_log(process)
            assert "shutting down" in log
            assert log.count("method=CreateCheckoutSession code=OK") == IN_FLIGHT
            await channel.close()
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()


async def test_calls_still_running_when_the_grace_period_ends_are_cut_off() -> None:
    async with Emulator(api_key=API_KEY) as emulator:
        process, port = await start_gateway(emulator, grace=0.5)
        try:
            emulator.faults.inject(Fault(latency=2.5, method="POST"), count=None)
            async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
                stub = checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(channel)
                call = asyncio.ensure_future(stub.CreateCheckoutSession(create_request()))
                async with asyncio.timeout(10):
                    while not emulator.requests:
                        await asyncio.sleep(0.02)
                process.send_signal(signal.SIGTERM)
                with pytest.raises(grpc.aio.AioRpcError) as cut:
                    await call
                # grpc cancels what is left when the grace period ends.
                assert cut.value.code() in (grpc.StatusCode.CANCELLED, grpc.StatusCode.UNAVAILABLE)
            assert await asyncio.wait_for(process.wait(), 10) == 0
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
