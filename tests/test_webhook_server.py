"""POST /stripe/webhook over real sockets: the answers, and what reaches the event bus."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import orjson
import pytest

from gateway.events.pipeline import EventPipeline
from gateway.events.webhook_server import MAX_BODY, WebhookServer
from gateway.events.webhooks import sign
from tests import secrets_guard

SECRET = "whsec_webhookservertests000000000000001"
ROTATED = "whsec_webhookservertests000000000000002"
FORGED = "whsec_webhookservertests000000000000003"
secrets_guard.register(SECRET, ROTATED, FORGED)


def event(ident: str = "evt_1", **extra: Any) -> dict[str, Any]:
    return {
        "id": ident,
        "object": "event",
        "type": "checkout.session.completed",
        "created": 1_700_000_000,
        "api_version": "2026-10-28.endive",
        "data": {"object": {"id": "cs_test_1", "object": "checkout.session"}},
        **extra,
    }


def signed(body: bytes, secret: str = SECRET, at: int | None = None) -> dict[str, str]:
    t = int(time.time()) if at is None else at
    return {"Stripe-Signature": f"t={t},v1={sign(body, secret, t)}"}


class Receiver:
    def __init__(self, pipeline: EventPipeline, server: WebhookServer) -> None:
        self.pipeline, self.server = pipeline, server
        self.seen: list[dict[str, Any]] = []
        self.http = httpx.AsyncClient(timeout=30)

    async def post(self, body: bytes, headers: dict[str, str]) -> httpx.Response:
        return await self.http.post(self.server.url, content=body, headers=headers)

    async def deliver(self, payload: dict[str, Any], secret: str = SECRET) -> httpx.Response:
        body = orjson.dumps(payload)
        return await self.post(body, signed(body, secret))


async def receiver(secrets: tuple[str, ...] = (SECRET,), **kw: Any) -> Receiver:
    pipeline = EventPipeline(**kw)
    server = WebhookServer("127.0.0.1:0", secrets, pipeline)
    r = Receiver(pipeline, server)
    pipeline.bus.subscribe(r.seen.append)
    await server.start()
    pipeline.start()
    return r


@pytest.fixture
async def rx() -> AsyncIterator[Receiver]:
    r = await receiver()
    yield r
    await r.http.aclose()
    await r.server.stop()
    await r.pipeline.stop()


async def test_a_valid_event_is_answered_200_and_published(rx: Receiver) -> None:
    response = await rx.deliver(event())
    assert response.status_code == 200
    await rx.pipeline.join()
    assert [e["id"] for e in rx.seen] == ["evt_1"]


async def test_a_repeated_delivery_is_answered_200_and_published_once(rx: Receiver) -> None:
    for _ in range(3):
        assert (await rx.deliver(event())).status_code == 200
    await rx.pipeline.join()
    assert [e["id"] for e in rx.seen] == ["evt_1"]
    assert rx.pipeline.duplicates == 2


async def test_rotation_accepts_either_secret_and_refuses_others() -> None:
    rx = await receiver((ROTATED, SECRET))
    try:
        assert (await rx.deliver(event("evt_new"), SECRET)).status_code == 200
        assert (await rx.deliver(event("evt_old"), ROTATED)).status_code == 200
        assert (await rx.deliver(event("evt_forged"), FORGED)).status_code == 400
        await rx.pipeline.join()
        assert sorted(e["id"] for e in rx.seen) == ["evt_new", "evt_old"]
    finally:
        await rx.http.aclose()
        await rx.server.stop()
        await rx.pipeline.stop()


@pytest.mark.parametrize(
    ("name", "headers"),
    [
        ("forged", lambda body: signed(body, FORGED)),
        ("stale", lambda body: signed(body, at=int(time.time()) - 3600)),
        ("missing", lambda body: {}),
        ("malformed", lambda body: {"Stripe-Signature": "v1=abc"}),
        ("signs another body", lambda body: signed(body + b" ")),
    ],
)
async def test_an_unverified_delivery_is_400_and_has_no_effect(
    rx: Receiver, name: str, headers: Any, caplog: pytest.LogCaptureFixture
) -> None:
    body = orjson.dumps(event("evt_unverified", note="do-not-log-me"))
    response = await rx.post(body, headers(body))
    assert response.status_code == 400
    await rx.pipeline.join()
    assert rx.seen == [] and rx.server.refused == 1
    assert "do-not-log-me" not in caplog.text and "evt_unverified" not in caplog.text


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[1, 2]", b'{"id": "evt_1"}', orjson.dumps({**event(), "id": "cs_1"})],
    ids=["not JSON", "not an object", "no type", "not an event id"],
)
async def test_a_verified_body_that_is_not_an_event_is_400(rx: Receiver, body: bytes) -> None:
    response = await rx.post(body, signed(body))
    assert response.status_code == 400
    await rx.pipeline.join()
    assert rx.seen == []


async def test_a_body_over_1_mb_is_413(rx: Receiver) -> None:
    body = orjson.dumps(event(padding="x" * MAX_BODY))
    assert (await rx.post(body, signed(body))).status_code == 413


async def test_a_chunked_body_over_1_mb_is_413(rx: Receiver) -> None:
    body = orjson.dumps(event(padding="x" * MAX_BODY))

    async def chunks() -> AsyncIterator[bytes]:
        for i in range(0, len(body), 65536):
            yield body[i : i + 65536]

    response = await rx.http.post(rx.server.url, content=chunks(), headers=signed(body))
    assert response.status_code == 413


async def test_a_body_of_exactly_1_mb_is_accepted(rx: Receiver) -> None:
    base = orjson.dumps(event(padding=""))
    body = orjson.dumps(event(padding="x" * (MAX_BODY - len(base))))
    assert len(body) == MAX_BODY
    assert (await rx.post(body, signed(body))).status_code == 200


async def test_the_answer_comes_before_any_fan_out() -> None:
    pipeline = EventPipeline()
    server = WebhookServer("127.0.0.1:0", (SECRET,), pipeline)
    seen: list[dict[str, Any]] = []
    pipeline.bus.subscribe(seen.append)
    await server.start()
    try:
        async with httpx.AsyncClient(timeout=30) as http:
            body = orjson.dumps(event())
            # The pipeline's task is not running: the event can only have been queued.
            assert (await http.post(server.url, content=body, headers=signed(body))).is_success
            assert seen == []
            pipeline.start()
            await pipeline.join()
            assert [e["id"] for e in seen] == ["evt_1"]
    finally:
        await server.stop()
        await pipeline.stop()


async def test_a_full_queue_is_503_so_stripe_delivers_again() -> None:
    rx = await receiver(max_queued=1)
    await rx.pipeline.stop()  # nothing takes from the queue
    try:
        assert (await rx.deliver(event("evt_1"))).status_code == 200
        assert (await rx.deliver(event("evt_2"))).status_code == 503
    finally:
        await rx.http.aclose()
        await rx.server.stop()


async def test_other_methods_and_paths_are_not_served(rx: Receiver) -> None:
    assert (await rx.http.get(rx.server.url)).status_code == 405
    other = rx.server.url.replace("/stripe/webhook", "/other")
    assert (await rx.http.post(other, content=b"{}")).status_code == 404


async def test_refusals_log_why_and_never_the_body(
    rx: Receiver, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, "gateway")
    body = orjson.dumps(event(secret_note="payload-text"))
    await rx.post(body, signed(body, FORGED))
    assert "no signature matches" in caplog.text
    assert "payload-text" not in caplog.text
