"""Watchers: what N concurrent WatchCheckoutSession calls on one session cost the gateway.

    .venv/bin/python -m bench.watchers [--watchers 1000 5000 10000] [--channels 20]

For each N: an emulator and a gateway (`--webhook-listen`, so the change arrives by webhook)
run as their own processes. The script creates a session, samples the gateway's RSS
(/proc/<pid>/status VmRSS), opens N watches over `--channels` channels, 500 at a time, waits
for every first state, samples RSS again, completes the session in the emulator, delivers one signed
`checkout.session.completed` webhook (at another API version, so the gateway fetches the
session), and waits for every watch to end with the paid state. It prints the RSS per watcher,
the session GETs the emulator saw (one for the first state, one for the change, whatever N is)
and how long the fan-out took. Nothing is written to docs/.
"""

from __future__ import annotations

import argparse
import asyncio
import os
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

from bench.common import deliver_completed, free_port, start, status_kb, stop

API_KEY = "sk_test_benchwatchers000000000000000001"
SECRET = "whsec_benchwatchers00000000000000000001"
TSHIRT = "price_1EmuTshirt0000000000000"
Session = checkout_session_pb2.CheckoutSession
BATCH = 500  # watches opened at once


async def measure(watchers: int, channels: int) -> dict[str, Any]:
    exe = os.path.join(os.path.dirname(sys.executable), "checkout-gateway")
    emulator_port, grpc_port, hook_port = free_port(), free_port(), free_port()
    base = f"http://127.0.0.1:{emulator_port}"
    emulator = start(
        [exe, "emulator", "--listen", f"127.0.0.1:{emulator_port}", "--api-key", API_KEY],
        emulator_port,
    )
    gateway = start(
        [
            exe,
            "serve",
            "--listen",
            f"127.0.0.1:{grpc_port}",
            "--stripe-api-base",
            base,
            "--webhook-listen",
            f"127.0.0.1:{hook_port}",
            "--log-level",
            "WARNING",
        ],
        grpc_port,
        env={"STRIPE_API_KEY": API_KEY, "STRIPE_WEBHOOK_SECRET": SECRET},
    )
    chans = [grpc.aio.insecure_channel(f"127.0.0.1:{grpc_port}") for _ in range(channels)]
    try:
        stubs = [checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(c) for c in chans]
        Create = checkout_session_requests_pb2.CreateCheckoutSessionRequest
        session = await stubs[0].CreateCheckoutSession(
            Create(
                mode=Create.MODE_PAYMENT,
                success_url="https://example.com/ok",
                line_items=[Create.LineItem(price=TSHIRT, quantity=1)],
            )
        )
        rss_before = status_kb(gateway.pid, "VmRSS")
        request = events_pb2.WatchCheckoutSessionRequest(id=session.id)
        calls: list[Any] = []
        # In batches: grpc-core cancels calls beyond its 1,000 pending (not yet accepted) ones
        # when more arrive at once (grpc.server.max_pending_requests).
        for start_at in range(0, watchers, BATCH):
            batch = [
                stubs[i % channels].WatchCheckoutSession(request)
                for i in range(start_at, min(watchers, start_at + BATCH))
            ]
            firsts = await asyncio.gather(*(c.read() for c in batch))
            assert all(f.status == Session.STATUS_OPEN for f in firsts)
            calls.extend(batch)
        rss_watching = status_kb(gateway.pid, "VmRSS")
        async with httpx.AsyncClient(timeout=60) as http:
            paid = await http.post(f"{base}/_emulator/sessions/{session.id}/complete")
            paid.raise_for_status()
            started = await deliver_completed(http, hook_port, paid.json(), "evt_bench_1", SECRET)

            async def last(call: Any) -> Any:
                final = None
                while (message := await call.read()) is not grpc.aio.EOF:
                    final = message
                return final

            lasts = await asyncio.gather(*(last(c) for c in calls))
            fan_out = time.perf_counter() - started
            assert all(s.payment_status == Session.PAYMENT_STATUS_PAID for s in lasts)
            seen = (await http.get(f"{base}/_emulator/requests")).json()
        path = f"/v1/checkout/sessions/{session.id}"
        gets = sum(1 for q in seen if q["method"] == "GET" and q["path"] == path)
        return {
            "watchers": watchers,
            "rss_before_mib": rss_before / 1024,
            "rss_watching_mib": rss_watching / 1024,
            "kib_per_watcher": (rss_watching - rss_before) / watchers,
            "session_gets": gets,
            "fan_out_s": fan_out,
        }
    finally:
        for channel in chans:
            await channel.close()
        stop(gateway)
        stop(emulator)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--watchers", type=int, nargs="+", default=[1000, 5000, 10000])
    parser.add_argument("--channels", type=int, default=20)
    args = parser.parse_args(argv)
    print(
        "| watchers | gateway RSS before | with the watchers | per watcher | session GETs | "
        "webhook to every watch ended |"
    )
    print("|---:|---:|---:|---:|---:|---:|")
    for n in args.watchers:
        row = asyncio.run(measure(n, args.channels))
        print(
            f"| {row['watchers']} | {row['rss_before_mib']:.1f} MiB | "
            f"{row['rss_watching_mib']:.1f} MiB | {row['kib_per_watcher']:.1f} KiB | "
            f"{row['session_gets']} | {row['fan_out_s']:.2f} s |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
