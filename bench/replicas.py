"""Replicas: how long an event received by one gateway replica takes to end a watch on another.

    .venv/bin/python -m bench.replicas [--sessions 20]

Starts a redis-server, an emulator and two gateways (`--redis-url`), each its own process;
replica A alone has `--webhook-listen`. For each session: a WatchCheckoutSession on replica B
reads the open state, the session is completed in the emulator, and one signed
`checkout.session.completed` webhook (at another API version, so B fetches the session) is
posted to replica A; the time is from that POST until B's watch ends with the paid state, the
path being A -> the Redis Stream -> B -> one GET of the session -> the watcher. Prints the
median and the worst, and the session GETs the emulator saw per session (2: the first state
and the change; more would mean B polled). Nothing is written to docs/.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from typing import Any

import grpc
import httpx
from checkout_gateway.v1 import (
    checkout_session_pb2,
    checkout_session_requests_pb2,
    checkout_session_service_pb2_grpc,
    events_pb2,
)

from bench.common import deliver_completed, free_port, start, stop
from tests.redis_server import RedisServer

API_KEY = "sk_test_benchreplicas00000000000000001"
SECRET = "whsec_benchreplicas000000000000000000001"
TSHIRT = "price_1EmuTshirt0000000000000"
Session = checkout_session_pb2.CheckoutSession
Create = checkout_session_requests_pb2.CreateCheckoutSessionRequest


async def measure(sessions: int) -> dict[str, Any]:
    exe = os.path.join(os.path.dirname(sys.executable), "checkout-gateway")
    redis = RedisServer()
    await redis.start()
    emulator_port, a_port, b_port, hook_port = (free_port() for _ in range(4))
    base = f"http://127.0.0.1:{emulator_port}"
    emulator = start(
        [exe, "emulator", "--listen", f"127.0.0.1:{emulator_port}", "--api-key", API_KEY],
        emulator_port,
    )
    common = ["--stripe-api-base", base, "--redis-url", redis.url, "--log-level", "WARNING"]
    env = {"STRIPE_API_KEY": API_KEY, "STRIPE_WEBHOOK_SECRET": SECRET}
    hook = f"127.0.0.1:{hook_port}"
    a = start(
        [exe, "serve", "--listen", f"127.0.0.1:{a_port}", *common, "--webhook-listen", hook],
        a_port,
        env=env,
    )
    b = start([exe, "serve", "--listen", f"127.0.0.1:{b_port}", *common], b_port, env=env)
    channel = grpc.aio.insecure_channel(f"127.0.0.1:{b_port}")
    try:
        await asyncio.sleep(3)  # B sees that A receives events (a key renewed every second)
        stub = checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(channel)
        times: list[float] = []
        ids: list[str] = []
        async with httpx.AsyncClient(timeout=60) as http:
            for n in range(sessions):
                session = await stub.CreateCheckoutSession(
                    Create(
                        mode=Create.MODE_PAYMENT,
                        success_url="https://example.com/ok",
                        line_items=[Create.LineItem(price=TSHIRT, quantity=1)],
                    )
                )
                ids.append(session.id)
                call = stub.WatchCheckoutSession(
                    events_pb2.WatchCheckoutSessionRequest(id=session.id)
                )
                assert (await call.read()).status == Session.STATUS_OPEN
                paid = await http.post(f"{base}/_emulator/sessions/{session.id}/complete")
                paid.raise_for_status()
                started = await deliver_completed(
                    http, hook_port, paid.json(), f"evt_bench_replicas_{n}", SECRET
                )
                last = None
                while (message := await call.read()) is not grpc.aio.EOF:
                    last = message
                times.append(time.perf_counter() - started)
                assert last is not None and last.payment_status == Session.PAYMENT_STATUS_PAID
            seen = (await http.get(f"{base}/_emulator/requests")).json()
        paths = {f"/v1/checkout/sessions/{i}" for i in ids}
        gets = sum(1 for q in seen if q["method"] == "GET" and q["path"] in paths)
        return {
            "sessions": sessions,
            "median_s": statistics.median(times),
            "max_s": max(times),
            "gets_per_session": gets / sessions,
        }
    finally:
        await channel.close()
        for proc in (a, b, emulator):
            stop(proc)
        await redis.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    args = parser.parse_args(argv)
    row = asyncio.run(measure(args.sessions))
    print("| sessions | webhook on A to watch ended on B: median | worst | session GETs each |")
    print("|---:|---:|---:|---:|")
    print(
        f"| {row['sessions']} | {row['median_s'] * 1000:.1f} ms | {row['max_s'] * 1000:.1f} ms "
        f"| {row['gets_per_session']:.1f} |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
