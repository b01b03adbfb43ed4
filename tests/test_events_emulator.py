"""Events end to end over real sockets: the emulator's signed webhooks and its GET /v1/events."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import grpc
import pytest
from checkout_gateway.v1 import checkout_session_pb2, events_pb2
from checkout_gateway.v1 import checkout_session_requests_pb2 as r

from stripe_emulator import DeliveryFault, Retention, RetryPolicy, sessions
from stripe_emulator.faults import DeliveryKind
from tests import secrets_guard
from tests.conftest import Stack, start_stack, stop_stack
from tests.test_gateway_rpcs import create_request

Session = checkout_session_pb2.CheckoutSession
W = events_pb2.WatchCheckoutSessionRequest
S = events_pb2.StreamCheckoutSessionEventsRequest
PAID = (Session.STATUS_COMPLETE, Session.PAYMENT_STATUS_PAID)
TIMEOUT = 60  # generous: nothing here is a timing claim


async def start_live(*, webhooks: bool = True, **config: Any) -> Stack:
    """The shared stack with the emulator's webhooks to the gateway (unless `webhooks` is off)."""
    return await start_stack(
        webhooks=webhooks,
        # Retries half a second apart, so a refused first attempt is retried within the test.
        webhook_retries=RetryPolicy(schedule=(0.5, 0.5, 0.5, 0.5)),
        watch_safety_net=3600,  # with webhooks, nothing but a webhook may end a watch
        **config,
    )


@pytest.fixture
async def live() -> AsyncIterator[Stack]:
    s = await start_live()
    yield s
    await stop_stack(s)


async def rest(call: Any) -> list[Session]:
    out = []
    while (message := await call.read()) is not grpc.aio.EOF:
        out.append(message)
    return out


def states(sessions: list[Session]) -> list[tuple[int, int]]:
    return [(s.status, s.payment_status) for s in sessions]


async def test_the_emulators_webhook_ends_a_watch(live: Stack) -> None:
    created = await live.stub.CreateCheckoutSession(create_request())
    call = live.stub.WatchCheckoutSession(W(id=created.id))
    async with asyncio.timeout(TIMEOUT):
        first = await call.read()
        live.emulator.complete_session(created.id)
        last = await rest(call)
    assert states([first, *last]) == [(Session.STATUS_OPEN, Session.PAYMENT_STATUS_UNPAID), PAID]
    assert live.gateway.events is not None and live.gateway.events.pipeline.accepted >= 1


async def test_an_async_payment_failure_ends_the_watch(live: Stack) -> None:
    created = await live.stub.CreateCheckoutSession(create_request())
    call = live.stub.WatchCheckoutSession(W(id=created.id))
    async with asyncio.timeout(TIMEOUT):
        await call.read()
        live.emulator.complete_session(created.id, async_payment=True)
        pending = await call.read()
        assert (pending.status, pending.payment_status) == (
            Session.STATUS_COMPLETE,
            Session.PAYMENT_STATUS_UNPAID,
        )
        record = live.emulator.store.get(created.id)
        sessions.settle_async_payment(live.emulator.store, record, succeeded=False)
        assert await rest(call) == []  # it ends, the session as it was: unpaid, for good


# Delivery fault -> (refused deliveries, repeats dropped) it must cause for one event.
FAULTS: dict[DeliveryKind, tuple[int, int]] = {
    "duplicate": (0, 1),
    "wrong_secret": (1, 0),  # refused with 400; Stripe's retry is signed properly
    "stale": (1, 0),
    "hold": (0, 0),  # late, after the next event or a second
    "delay": (0, 0),
}


@pytest.mark.parametrize("kind", sorted(FAULTS))
async def test_delivery_faults_act_once_and_never_go_backwards(
    live: Stack, kind: DeliveryKind
) -> None:
    live.emulator.delivery_faults.inject(DeliveryFault(kind, seconds=1), count=None)
    events = live.gateway.events
    assert events is not None and events.webhooks is not None
    created = await live.stub.CreateCheckoutSession(create_request())
    call = live.stub.WatchCheckoutSession(W(id=created.id))
    async with asyncio.timeout(TIMEOUT):
        await call.read()
        live.emulator.complete_session(created.id)
        seen = await rest(call)
        (event_id,) = live.emulator.store.events.order
        record = live.emulator.store.events.get(event_id)
        while record.data["pending_webhooks"] or (
            kind == "duplicate" and events.pipeline.duplicates < 1
        ):
            await asyncio.sleep(0.05)
        await events.pipeline.join()
    assert states(seen) == [PAID]
    assert events.pipeline.accepted == 1
    assert (events.webhooks.refused, events.pipeline.duplicates) == FAULTS[kind]


async def test_a_rolled_secret_loses_no_event(live: Stack) -> None:
    # The gateway knows the endpoint's first secret only; Stripe rolls it with an overlap, and
    # signs with both meanwhile, so deliveries keep being accepted until the gateway is told.
    events = live.gateway.events
    assert events is not None and events.webhooks is not None
    (endpoint,) = live.emulator.store.endpoints.live()
    live.emulator.store.endpoints.roll_secret(endpoint, 3600)
    secrets_guard.register(endpoint.secret)
    created = await live.stub.CreateCheckoutSession(create_request())
    call = live.stub.WatchCheckoutSession(W(id=created.id))
    async with asyncio.timeout(TIMEOUT):
        await call.read()
        live.emulator.complete_session(created.id)
        assert states(await rest(call)) == [PAID]
    assert events.webhooks.refused == 0


async def test_the_events_poller_alone_ends_a_watch() -> None:
    live = await start_live(webhooks=False, events_poll=0.2)
    try:
        events = live.gateway.events
        assert events is not None and events.poller is not None
        created = await live.stub.CreateCheckoutSession(create_request())
        call = live.stub.WatchCheckoutSession(W(id=created.id))
        async with asyncio.timeout(TIMEOUT):
            await call.read()
            while events.poller.reads < 1:  # it has its cursor: what follows is news
                await asyncio.sleep(0.05)
            live.emulator.complete_session(created.id)
            assert states(await rest(call)) == [PAID]
        assert events.pipeline.accepted == 1
    finally:
        await stop_stack(live)


async def test_a_poller_whose_cursor_event_expired_reads_on_from_the_oldest_kept(
    caplog: pytest.LogCaptureFixture,
) -> None:
    live = await start_live(webhooks=False, events_poll=0.2)
    try:
        events = live.gateway.events
        assert events is not None and events.poller is not None
        poller = events.poller
        first = await live.stub.CreateCheckoutSession(create_request())
        async with asyncio.timeout(TIMEOUT):
            while poller.reads < 1:
                await asyncio.sleep(0.05)
            live.emulator.complete_session(first.id)
            cursor = live.emulator.store.events.order[-1]
            while await poller.cursor.get() != cursor:  # fed: the cursor is that event
                await asyncio.sleep(0.05)
        live.emulator.store.events.retention = Retention(max_count=2)
        later = [await live.stub.CreateCheckoutSession(create_request()) for _ in range(3)]
        call = live.stub.WatchCheckoutSession(W(id=later[-1].id))
        async with asyncio.timeout(TIMEOUT):
            await call.read()
            for created in later:  # three events at once, no poll between: the cursor's goes
                live.emulator.complete_session(created.id)
            assert states(await rest(call)) == [PAID]
    finally:
        await stop_stack(live)
    assert f"the cursor's event {cursor} is gone from /v1/events" in caplog.text
    assert events.pipeline.accepted == 3  # the first, then the two the emulator still keeps


async def test_the_event_stream_resumes_from_history_into_live(live: Stack) -> None:
    made = []
    for _ in range(3):
        created = await live.stub.CreateCheckoutSession(create_request())
        live.emulator.complete_session(created.id)
        made.append(created.id)
    async with asyncio.timeout(TIMEOUT):
        history = [e async for e in live.stub.StreamCheckoutSessionEvents(S())]
        assert [e.data.object.id for e in history] == made  # oldest first
        assert all(e.type == "checkout.session.completed" for e in history)
        # Resume after the first; then carry on live.
        call = live.stub.StreamCheckoutSessionEvents(
            S(starting_after_event=history[0].id, follow=True)
        )
        resumed = [await call.read(), await call.read()]
        assert [e.id for e in resumed] == [e.id for e in history[1:]]
        later = await live.stub.CreateCheckoutSession(create_request())
        await live.stub.ExpireCheckoutSession(r.ExpireCheckoutSessionRequest(id=later.id))
        live_event = await call.read()
        call.cancel()
    assert live_event.type == "checkout.session.expired"
    assert live_event.data.object.id == later.id
    assert live_event.request.id.startswith("req_") and live_event.request.idempotency_key
