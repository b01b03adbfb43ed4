"""WatchCheckoutSession over real sockets, with the emulator as Stripe."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any, TypedDict

import grpc
import httpx
import orjson
import pytest
from checkout_gateway.v1 import checkout_session_pb2, checkout_session_service_pb2_grpc, events_pb2
from checkout_gateway.v1 import checkout_session_requests_pb2 as r

from gateway.events.watch import HISTORY
from gateway.events.webhooks import sign
from tests import secrets_guard
from tests.conftest import Stack, start_stack, stop_stack
from tests.test_gateway_failures import details
from tests.test_gateway_rpcs import create_request

Session = checkout_session_pb2.CheckoutSession
W = events_pb2.WatchCheckoutSessionRequest
SECRET = "whsec_watchtests0000000000000000000000001"
secrets_guard.register(SECRET)


# Config overrides as TypedDicts: a plain dict could, for mypy, also hold start_stack's seed.
class Polling(TypedDict):
    watch_poll_initial: float
    watch_poll_max: float


class Webhooks(TypedDict):
    webhook_listen: str
    webhook_secrets: tuple[str, ...]
    watch_safety_net: float


# Fast polling, so a test waits well under a second for each poll.
FAST: Polling = {"watch_poll_initial": 0.2, "watch_poll_max": 0.5}
# Webhooks on, and a safety net no test lasts long enough to see.
WEBHOOKS: Webhooks = {
    "webhook_listen": "127.0.0.1:0",
    "webhook_secrets": (SECRET,),
    "watch_safety_net": 3600,
}
TIMEOUT = 60  # generous: the machine may be busy; nothing here is a timing claim


@pytest.fixture
async def polling() -> AsyncIterator[Stack]:
    s = await start_stack(**FAST)
    yield s
    await stop_stack(s)


@pytest.fixture
async def hooked() -> AsyncIterator[Stack]:
    s = await start_stack(**WEBHOOKS)
    yield s
    await stop_stack(s)


def states(sessions: list[Session]) -> list[tuple[int, int]]:
    return [(s.status, s.payment_status) for s in sessions]


OPEN = (Session.STATUS_OPEN, Session.PAYMENT_STATUS_UNPAID)
PAID = (Session.STATUS_COMPLETE, Session.PAYMENT_STATUS_PAID)
EXPIRED = (Session.STATUS_EXPIRED, Session.PAYMENT_STATUS_UNPAID)


def session_gets(stack: Stack, session_id: str) -> int:
    path = f"/v1/checkout/sessions/{session_id}"
    return sum(1 for q in stack.emulator.requests if q.method == "GET" and q.path == path)


async def deliver(stack: Stack, payload: dict[str, Any]) -> httpx.Response:
    assert stack.gateway.events is not None and stack.gateway.events.webhooks is not None
    body = orjson.dumps(payload)
    t = int(time.time())
    headers = {"Stripe-Signature": f"t={t},v1={sign(body, SECRET, t)}"}
    async with httpx.AsyncClient(timeout=TIMEOUT) as http:
        return await http.post(stack.gateway.events.webhooks.url, content=body, headers=headers)


def event(ident: str, kind: str, session: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "id": ident,
        "object": "event",
        "type": kind,
        "created": int(time.time()),
        "api_version": "2026-10-28.endive",
        "data": {"object": session},
        **extra,
    }


async def test_no_webhooks_configured_watch_completes_through_polling_alone(
    polling: Stack,
) -> None:
    created = await polling.stub.CreateCheckoutSession(create_request())
    seen: list[Session] = []
    async with asyncio.timeout(TIMEOUT):
        async for session in polling.stub.WatchCheckoutSession(W(id=created.id)):
            seen.append(session)
            if len(seen) == 1:
                polling.emulator.complete_session(created.id)
    assert states(seen) == [OPEN, PAID]  # and the stream ended OK by itself
    assert seen[-1].id == created.id


async def test_expiring_through_the_gateway_ends_the_watch(polling: Stack) -> None:
    created = await polling.stub.CreateCheckoutSession(create_request())
    seen: list[Session] = []
    async with asyncio.timeout(TIMEOUT):
        async for session in polling.stub.WatchCheckoutSession(W(id=created.id)):
            seen.append(session)
            if len(seen) == 1:
                await polling.stub.ExpireCheckoutSession(
                    r.ExpireCheckoutSessionRequest(id=created.id)
                )
    assert states(seen) == [OPEN, EXPIRED]


async def test_every_change_is_sent_not_only_the_status(polling: Stack) -> None:
    created = await polling.stub.CreateCheckoutSession(create_request())
    seen: list[Session] = []
    async with asyncio.timeout(TIMEOUT):
        async for session in polling.stub.WatchCheckoutSession(W(id=created.id)):
            seen.append(session)
            if len(seen) == 1:
                await polling.stub.UpdateCheckoutSession(
                    r.UpdateCheckoutSessionRequest(id=created.id, metadata={"step": "2"})
                )
            elif len(seen) == 2:
                polling.emulator.complete_session(created.id)
    assert [dict(s.metadata) for s in seen] == [{}, {"step": "2"}, {"step": "2"}]
    assert states(seen) == [OPEN, OPEN, PAID]


async def test_a_session_already_terminal_is_sent_once(polling: Stack) -> None:
    created = await polling.stub.CreateCheckoutSession(create_request())
    polling.emulator.complete_session(created.id)
    async with asyncio.timeout(TIMEOUT):
        seen = [s async for s in polling.stub.WatchCheckoutSession(W(id=created.id))]
    assert states(seen) == [PAID]


async def test_expand_is_honoured(polling: Stack) -> None:
    created = await polling.stub.CreateCheckoutSession(create_request())
    polling.emulator.complete_session(created.id)
    async with asyncio.timeout(TIMEOUT):
        (session,) = [
            s
            async for s in polling.stub.WatchCheckoutSession(
                W(id=created.id, expand=["line_items"])
            )
        ]
    assert session.line_items.data[0].quantity == 2


@pytest.mark.parametrize(
    ("request_", "code", "field"),
    [
        (W(id="cs_test_nosuchsession"), grpc.StatusCode.NOT_FOUND, None),
        (W(id="pi_123"), grpc.StatusCode.INVALID_ARGUMENT, "id"),
        (W(id=""), grpc.StatusCode.INVALID_ARGUMENT, "id"),
        (W(id="cs_test_1", expand=["a.b.c.d.e"]), grpc.StatusCode.INVALID_ARGUMENT, "expand[0]"),
    ],
)
async def test_bad_requests_get_a_clear_status(
    polling: Stack, request_: W, code: grpc.StatusCode, field: str | None
) -> None:
    before = len(polling.emulator.requests)
    with pytest.raises(grpc.aio.AioRpcError) as err:
        async with asyncio.timeout(TIMEOUT):
            [s async for s in polling.stub.WatchCheckoutSession(request_)]
    assert err.value.code() == code
    if field is not None:
        assert details(err.value)["BadRequest"].field_violations[0].field == field
        assert len(polling.emulator.requests) == before  # refused before reaching Stripe


async def test_the_callers_deadline_ends_the_watch(polling: Stack) -> None:
    created = await polling.stub.CreateCheckoutSession(create_request())
    seen: list[Session] = []
    with pytest.raises(grpc.aio.AioRpcError) as err:
        async for session in polling.stub.WatchCheckoutSession(W(id=created.id), timeout=3):
            seen.append(session)
    assert err.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    assert states(seen) in ([OPEN], [])  # [] only if a busy machine took 3 s for the first


async def test_cancelling_the_last_watcher_stops_its_polling(polling: Stack) -> None:
    created = await polling.stub.CreateCheckoutSession(create_request())
    events = polling.gateway.events
    assert events is not None
    call = polling.stub.WatchCheckoutSession(W(id=created.id))
    async with asyncio.timeout(TIMEOUT):
        await call.read()
        assert len(events.watches) == 1
        call.cancel()
        while len(events.watches):
            await asyncio.sleep(0.05)
    gets = session_gets(polling, created.id)
    await asyncio.sleep(1.5)  # three poll intervals: none may happen now
    assert session_gets(polling, created.id) == gets


async def test_a_webhook_ends_the_watch_with_one_fetch_for_the_change(hooked: Stack) -> None:
    created = await hooked.stub.CreateCheckoutSession(create_request())
    call = hooked.stub.WatchCheckoutSession(W(id=created.id))
    async with asyncio.timeout(TIMEOUT):
        first = await call.read()
        assert session_gets(hooked, created.id) == 1
        paid = hooked.emulator.complete_session(created.id)
        # Another API version than the gateway's: a notice only, so the gateway re-fetches.
        response = await deliver(
            hooked,
            event("evt_a", "checkout.session.completed", paid, api_version="2020-08-27"),
        )
        assert response.status_code == 200
        rest_ = await rest(call)
    assert states([first, *rest_]) == [OPEN, PAID]
    assert session_gets(hooked, created.id) == 2


async def test_a_payload_at_the_pinned_version_after_the_fetch_is_used_as_it_is(
    hooked: Stack,
) -> None:
    created = await hooked.stub.CreateCheckoutSession(create_request())
    call = hooked.stub.WatchCheckoutSession(W(id=created.id))
    async with asyncio.timeout(TIMEOUT):
        await call.read()
        paid = hooked.emulator.complete_session(created.id)
        later = event("evt_b", "checkout.session.completed", paid, created=int(time.time()) + 10)
        assert (await deliver(hooked, later)).status_code == 200
        rest_ = await rest(call)
    assert states(rest_) == [PAID]
    assert session_gets(hooked, created.id) == 1  # the first fetch only


async def test_duplicates_and_stale_deliveries_change_nothing(hooked: Stack) -> None:
    created = await hooked.stub.CreateCheckoutSession(create_request())
    call = hooked.stub.WatchCheckoutSession(W(id=created.id))
    events = hooked.gateway.events
    assert events is not None
    async with asyncio.timeout(TIMEOUT):
        await call.read()
        stale = event("evt_old", "checkout.session.updated", hooked.emulator.session(created.id))
        stale["api_version"] = "2020-08-27"
        for _ in range(3):  # one event delivered three times: acted on once
            assert (await deliver(hooked, stale)).status_code == 200
        await events.pipeline.join()
        while session_gets(hooked, created.id) < 2:
            await asyncio.sleep(0.05)
        paid = hooked.emulator.complete_session(created.id)
        await deliver(hooked, event("evt_new", "checkout.session.completed", paid, api_version="x"))
        # A delivery older than what was sent (an open session) cannot take the watch back.
        await deliver(hooked, event("evt_older", "checkout.session.updated", created_open(created)))
        rest_ = await rest(call)
    assert states(rest_) == [PAID]
    assert events.pipeline.duplicates == 2


async def rest(call: Any) -> list[Session]:
    """What a stream sends after what was read from it already, until it ends."""
    out = []
    while (message := await call.read()) is not grpc.aio.EOF:
        out.append(message)
    return out


def created_open(session: Session) -> dict[str, Any]:
    return {"id": session.id, "object": "checkout.session", "status": "open"}


async def test_a_thousand_watchers_share_one_fetch_per_change(hooked: Stack) -> None:
    created = await hooked.stub.CreateCheckoutSession(create_request())
    events = hooked.gateway.events
    assert events is not None
    port = hooked.gateway.port
    # Ten channels of 100 streams: one HTTP/2 connection would queue streams past its limit.
    channels = [
        grpc.aio.insecure_channel(f"127.0.0.1:{port}", interceptors=secrets_guard.interceptors())
        for _ in range(10)
    ]
    stubs = [checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(c) for c in channels]
    calls: list[Any] = []
    try:
        async with asyncio.timeout(TIMEOUT * 3):
            # 500 at a time: grpc-core cancels new calls beyond about a thousand it has not
            # handed to the server yet (grpc.server.max_pending_requests).
            for batch in range(2):
                opened = [
                    stubs[i % 10].WatchCheckoutSession(W(id=created.id))
                    for i in range(batch * 500, batch * 500 + 500)
                ]
                firsts = await asyncio.gather(*(c.read() for c in opened))
                assert {s.status for s in firsts} == {Session.STATUS_OPEN}
                calls.extend(opened)
            assert len(events.watches) == 1
            hub = events.watches.hub(next(iter(events.watches._hubs)))
            assert hub is not None and hub.watchers == 1000
            paid = hooked.emulator.complete_session(created.id)
            notice = event("evt_c", "checkout.session.completed", paid, api_version="2020-08-27")
            assert (await deliver(hooked, notice)).status_code == 200

            lasts = await asyncio.gather(*(rest(c) for c in calls))
    finally:
        for channel in channels:
            await channel.close()
    assert all(states(last) == [PAID] for last in lasts)
    # One fetch for the first state and one for the change, for all thousand watchers.
    assert session_gets(hooked, created.id) == 2 and hub.fetches == 2
    # What the hub holds does not grow with its watchers: a few decoded states, shared.
    assert len(hub._snapshots) <= HISTORY
    assert len(events.watches) == 0  # the hub went with its last watcher


async def test_stopping_the_gateway_ends_watches_with_unavailable() -> None:
    stack = await start_stack(**FAST)
    try:
        created = await stack.stub.CreateCheckoutSession(create_request())
        call = stack.stub.WatchCheckoutSession(W(id=created.id))
        async with asyncio.timeout(TIMEOUT):
            await call.read()
            stop = asyncio.create_task(stack.gateway.stop(30))
            with pytest.raises(grpc.aio.AioRpcError) as err:
                await call.read()
            await stop
        assert err.value.code() == grpc.StatusCode.UNAVAILABLE
        assert "shutting down" in (err.value.details() or "")
    finally:
        await stack.channel.close()
        await stack.emulator.stop()
