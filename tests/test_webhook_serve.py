"""`checkout-gateway serve --webhook-listen` as a real process: a signed webhook ends a watch."""

from __future__ import annotations

import asyncio
import re
import signal
import time

import grpc
import httpx
import orjson
import pytest
from checkout_gateway.v1 import (
    checkout_session_pb2,
    checkout_session_service_pb2_grpc,
    events_pb2,
)

from gateway.events.webhooks import sign
from tests import secrets_guard
from tests.conftest import spawn_serve
from tests.test_gateway_rpcs import create_request

SERVE_KEY = "sk_test_webhookserveprocess00000000001"
SECRETS = ("whsec_webhookserveprocess0000000000001", "whsec_webhookserveprocess0000000000002")
secrets_guard.register(SERVE_KEY, *SECRETS)
RECEIVING = re.compile(r"receiving Stripe webhooks on (http://127\.0\.0\.1:\d+/stripe/webhook)")
EMULATOR = re.compile(r"embedded Stripe emulator on (http://127\.0\.0\.1:\d+)")
Session = checkout_session_pb2.CheckoutSession


async def test_a_signed_webhook_ends_a_watch_in_a_served_gateway(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", ",".join(SECRETS))  # rotation: two secrets
    process, port, seen = await spawn_serve(
        "--emulator", "--webhook-listen", "127.0.0.1:0", "--log-level", "DEBUG", api_key=SERVE_KEY
    )
    assert process.stderr is not None
    try:
        started = b"".join(seen).decode()
        hook_match, emulator_match = RECEIVING.search(started), EMULATOR.search(started)
        assert hook_match and emulator_match, started
        hook, emulator = hook_match.group(1), emulator_match.group(1)
        channel = grpc.aio.insecure_channel(
            f"127.0.0.1:{port}", interceptors=secrets_guard.interceptors()
        )
        stub = checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(channel)
        created = await stub.CreateCheckoutSession(create_request())
        call = stub.WatchCheckoutSession(events_pb2.WatchCheckoutSessionRequest(id=created.id))
        async with asyncio.timeout(60), httpx.AsyncClient(timeout=30) as http:
            first = await call.read()
            assert first.status == Session.STATUS_OPEN
            completed = await http.post(
                f"{emulator}/_emulator/sessions/{created.id}/complete",
                headers={"Authorization": f"Bearer {SERVE_KEY}"},
            )
            assert completed.status_code == 200
            event = {
                "id": "evt_serve_1",
                "object": "event",
                "type": "checkout.session.completed",
                "created": int(time.time()),
                "api_version": "2020-08-27",  # not the gateway's: it re-fetches the session
                "data": {"object": completed.json()},
            }
            body = orjson.dumps(event)
            t = int(time.time())
            forged = {"Stripe-Signature": f"t={t},v1={sign(body, 'whsec_wrong', t)}"}
            assert (await http.post(hook, content=body, headers=forged)).status_code == 400
            # Signed with the second secret: the one being rotated out still counts.
            good = {"Stripe-Signature": f"t={t},v1={sign(body, SECRETS[1], t)}"}
            assert (await http.post(hook, content=body, headers=good)).status_code == 200
            last = await call.read()
            assert (last.status, last.payment_status) == (
                Session.STATUS_COMPLETE,
                Session.PAYMENT_STATUS_PAID,
            )
            assert await call.read() is grpc.aio.EOF
        await channel.close()
    finally:
        process.send_signal(signal.SIGTERM)
        async with asyncio.timeout(20):
            rest = await process.stderr.read()
            await process.wait()
    log = (b"".join(seen) + rest).decode()
    assert "webhook_secrets = 2 secret(s)" in log
    assert "webhook refused (400): no signature matches" in log
    assert "event evt_serve_1 checkout.session.completed accepted" in log
    assert secrets_guard.find_secrets(log) == []
