"""Webhook delivery: retries, failing endpoints, bounded queues, every fault, secret rotation."""

from __future__ import annotations

import asyncio
import json
import socket
from typing import Any

import httpx
import pytest
import stripe

from stripe_emulator import SEED_PRICES, Emulator, EmulatorThread, RetryPolicy
from tests.emulator.conftest import API_KEY, QUICK, eventually
from tests.emulator.receiver import Receiver

TSHIRT = next(iter(SEED_PRICES))


def new_session(http: httpx.Client) -> str:
    response = http.post(
        "/v1/checkout/sessions",
        data={
            "mode": "payment",
            "success_url": "https://example.com/s",
            "line_items[0][price]": TSHIRT,
            "line_items[0][quantity]": "1",
        },
    )
    assert response.status_code == 200, response.text
    return str(response.json()["id"])


def complete(http: httpx.Client) -> str:
    ident = new_session(http)
    assert http.post(f"/_emulator/sessions/{ident}/complete").status_code == 200
    return ident


def add_endpoint(http: httpx.Client, url: str) -> tuple[str, str]:
    created = http.post("/v1/webhook_endpoints", data={"url": url, "enabled_events[]": "*"}).json()
    return created["id"], created["secret"]


def fault(http: httpx.Client, **body: Any) -> None:
    assert http.post("/_emulator/delivery_faults", json=body).status_code == 200


def event_of(delivery: Any) -> dict[str, Any]:
    return dict(json.loads(delivery.body))


def construct(delivery: Any, secret: str, **kwargs: Any) -> stripe.Event:
    # construct_event is unannotated in the SDK; it returns an Event
    event: stripe.Event = stripe.Webhook.construct_event(
        delivery.body.decode(), delivery.signature, secret, **kwargs
    )
    return event


def webhook_state(http: httpx.Client, endpoint: str) -> dict[str, Any]:
    states = http.get("/_emulator/webhooks").json()["endpoints"]
    return next(s for s in states if s["id"] == endpoint)


def pending(http: httpx.Client, event_id: str) -> int:
    return int(http.get(f"/v1/events/{event_id}").json()["pending_webhooks"])


def dead_url() -> str:
    """A loopback URL where nothing listens: every delivery is refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}/gone"


def test_a_failed_delivery_is_retried_until_it_succeeds(hooks_http: httpx.Client) -> None:
    with Receiver(500, 503) as receiver:
        endpoint, secret = add_endpoint(hooks_http, receiver.url)
        complete(hooks_http)
        deliveries = receiver.wait_for(3)
        assert len({event_of(d)["id"] for d in deliveries}) == 1
        event = construct(deliveries[-1], secret)
        assert eventually(lambda: pending(hooks_http, event.id) == 0)
    state = webhook_state(hooks_http, endpoint)
    assert (state["attempts"], state["delivered"], state["failing"]) == (3, 1, False)


def test_pending_webhooks_counts_down_per_endpoint(hooks_http: httpx.Client) -> None:
    with Receiver() as good, Receiver(*[500] * 10) as bad:
        add_endpoint(hooks_http, good.url)
        failing, _ = add_endpoint(hooks_http, bad.url)
        complete(hooks_http)
        [delivery] = good.wait_for(1)
        event_id = event_of(delivery)["id"]
        assert event_of(delivery)["pending_webhooks"] in (1, 2)
        assert eventually(lambda: webhook_state(hooks_http, failing)["failing"])
        assert pending(hooks_http, event_id) == 1
        unsent = hooks_http.get("/v1/events", params={"delivery_success": "false"}).json()
        assert [e["id"] for e in unsent["data"]] == [event_id]
        assert len(bad.deliveries) == 1 + len(QUICK.schedule)


def test_an_endpoint_that_never_answers_is_given_up_and_never_slows_the_api() -> None:
    policy = RetryPolicy(schedule=(0.05,), timeout=0.5)
    with (
        Receiver(hang=True) as receiver,
        EmulatorThread(api_key=API_KEY, webhook_retries=policy) as emu,
        httpx.Client(
            base_url=emu.base_url, headers={"Authorization": f"Bearer {API_KEY}"}, timeout=30
        ) as http,
    ):
        endpoint, _ = add_endpoint(http, receiver.url)
        complete(http)
        receiver.wait_until_waiting(1)
        # A delivery hangs on the receiver right now; the API answers all the same.
        for _ in range(20):
            complete(http)
        assert receiver.waiting >= 1
        state = eventually(lambda: webhook_state(http, endpoint)["failed"] >= 1 and True)
        assert state
        state = webhook_state(http, endpoint)
        assert state["failing"] is True and state["last_status"] is None
        assert "Timeout" in state["last_error"]


def test_a_thousand_events_for_a_dead_endpoint_take_a_bounded_queue() -> None:
    slow = RetryPolicy(schedule=(60.0,), timeout=5.0)  # the first event retries for a minute
    with (
        EmulatorThread(api_key=API_KEY, webhook_retries=slow, webhook_queue=10) as emu,
        httpx.Client(
            base_url=emu.base_url, headers={"Authorization": f"Bearer {API_KEY}"}, timeout=30
        ) as http,
    ):
        endpoint, _ = add_endpoint(http, dead_url())

        def thousand() -> None:
            for _ in range(1000):
                record = emu.emulator.store.get(new_id(emu))
                emu.emulator.complete_session(record.id)

        emu.call(thousand)
        state = eventually(lambda: webhook_state(http, endpoint)["attempts"] >= 1 and True)
        assert state
        state = webhook_state(http, endpoint)
        assert state["queued"] <= 10
        assert state["dropped"] >= 1000 - 11  # one in flight, ten waiting
        tasks = emu.call(lambda: len(emu.emulator.dispatcher.states))
        assert tasks == 1
        assert http.get("/v1/events", params={"limit": 1}).status_code == 200


def new_id(emu: EmulatorThread) -> str:
    """A fresh open session made in the emulator's loop (no HTTP: a thousand are needed)."""
    from stripe_emulator import params, sessions

    spec = params.create_spec(
        {
            "mode": "payment",
            "success_url": "https://example.com/s",
            "line_items": [{"price": TSHIRT, "quantity": "1"}],
        }
    )
    return sessions.create_session(emu.emulator.store, spec).id


def test_fault_duplicate_delivers_twice(hooks_http: httpx.Client) -> None:
    with Receiver() as receiver:
        _, secret = add_endpoint(hooks_http, receiver.url)
        fault(hooks_http, kind="duplicate")
        complete(hooks_http)
        first, second = receiver.wait_for(2)
        assert construct(first, secret).id == construct(second, secret).id
        assert eventually(lambda: pending(hooks_http, event_of(first)["id"]) == 0)


def test_fault_hold_delivers_out_of_order(hooks_http: httpx.Client) -> None:
    with Receiver() as receiver:
        _, secret = add_endpoint(hooks_http, receiver.url)
        fault(hooks_http, kind="hold", seconds=30)
        held, overtaking = complete(hooks_http), complete(hooks_http)
        deliveries = receiver.wait_for(2)
        order = [construct(d, secret).data.object.id for d in deliveries]
        assert order == [overtaking, held]


def test_fault_hold_alone_is_delivered_after_its_wait(hooks_http: httpx.Client) -> None:
    with Receiver() as receiver:
        _, secret = add_endpoint(hooks_http, receiver.url)
        fault(hooks_http, kind="hold", seconds=0.1)
        held = complete(hooks_http)
        [delivery] = receiver.wait_for(1)
        assert construct(delivery, secret).data.object.id == held


def test_fault_delay_waits_on_the_injected_sleep() -> None:
    slept: list[float] = []
    released = asyncio.Event()

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        await released.wait()

    with (
        Receiver() as receiver,
        EmulatorThread(api_key=API_KEY, webhook_retries=QUICK, sleep=sleep) as emu,
        httpx.Client(
            base_url=emu.base_url, headers={"Authorization": f"Bearer {API_KEY}"}, timeout=30
        ) as http,
    ):
        _, secret = add_endpoint(http, receiver.url)
        fault(http, kind="delay", seconds=120)
        ident = complete(http)  # answered while its event waits
        eventually(lambda: slept)
        assert slept == [120] and receiver.deliveries == []
        emu.call(released.set)
        [delivery] = receiver.wait_for(1)
        assert construct(delivery, secret).data.object.id == ident


def test_fault_wrong_secret_is_rejected_then_retried_signed_right(
    hooks_http: httpx.Client,
) -> None:
    with Receiver() as receiver:
        _, secret = add_endpoint(hooks_http, receiver.url)
        receiver.secret = secret
        fault(hooks_http, kind="wrong_secret")
        complete(hooks_http)
        first, retry = receiver.wait_for(2)
    with pytest.raises(stripe.SignatureVerificationError, match="No signatures found"):
        construct(first, secret)
    assert (first.verified, retry.verified) == (False, True)
    assert construct(retry, secret).id == event_of(first)["id"]


def test_fault_stale_signs_ten_minutes_ago(hooks_http: httpx.Client) -> None:
    with Receiver() as receiver:
        _, secret = add_endpoint(hooks_http, receiver.url)
        receiver.secret = secret
        fault(hooks_http, kind="stale")
        complete(hooks_http)
        first, retry = receiver.wait_for(2)
    with pytest.raises(stripe.SignatureVerificationError, match="tolerance"):
        construct(first, secret)
    construct(first, secret, tolerance=None)  # signed with the right secret, only old
    stale_t = int(first.signature.split(",")[0][2:])
    fresh_t = int(retry.signature.split(",")[0][2:])
    assert fresh_t - stale_t >= 600 - 5
    assert retry.verified is True


def test_faults_match_endpoint_and_type(hooks_http: httpx.Client) -> None:
    with Receiver() as one, Receiver() as other:
        first, _ = add_endpoint(hooks_http, one.url)
        add_endpoint(hooks_http, other.url)
        fault(hooks_http, kind="duplicate", endpoint=first, type="checkout.session.completed")
        fault(hooks_http, kind="duplicate", type="checkout.session.expired", count=5)
        complete(hooks_http)
        one.wait_for(2)
        other.wait_for(1)
        left = hooks_http.get("/_emulator/delivery_faults").json()["faults"]
        assert left == [{"kind": "duplicate", "type": "checkout.session.expired", "count": 5}]
        assert hooks_http.delete("/_emulator/delivery_faults").json() == {"faults": []}
        assert len(one.deliveries) == 2 and len(other.deliveries) == 1


@pytest.mark.parametrize(
    "body",
    [{"kind": "lose"}, {"kind": "delay", "seconds": -1}, {"kind": "hold", "color": "red"}],
)
def test_bad_delivery_faults_are_refused(hooks_http: httpx.Client, body: Any) -> None:
    response = hooks_http.post("/_emulator/delivery_faults", json=body)
    assert response.status_code == 400
    assert hooks_http.get("/_emulator/delivery_faults").json() == {"faults": []}


def test_a_rolled_secret_signs_beside_the_new_one_for_its_overlap(
    hooks_http: httpx.Client,
) -> None:
    hooks_http.post("/_emulator/clock", json={"freeze": True})
    with Receiver() as receiver:
        endpoint, old = add_endpoint(hooks_http, receiver.url)
        rolled = hooks_http.post(
            f"/_emulator/webhook_endpoints/{endpoint}/roll_secret", json={"overlap": 3600}
        ).json()
        new = rolled["secret"]
        assert new.startswith("whsec_") and new != old
        complete(hooks_http)
        [during] = receiver.wait_for(1)
        assert during.signature.count("v1=") == 2
        assert construct(during, old).id == construct(during, new).id
        hooks_http.post("/_emulator/clock", json={"advance": 3600})
        complete(hooks_http)
        after = receiver.wait_for(2)[1]
        assert after.signature.count("v1=") == 1
        construct(after, new)
        with pytest.raises(stripe.SignatureVerificationError):
            construct(after, old)


def test_a_roll_without_overlap_retires_the_old_secret_at_once(
    hooks_http: httpx.Client,
) -> None:
    with Receiver() as receiver:
        endpoint, old = add_endpoint(hooks_http, receiver.url)
        roll = f"/_emulator/webhook_endpoints/{endpoint}/roll_secret"
        new = hooks_http.post(roll, json={"overlap": 0}).json()["secret"]
        complete(hooks_http)
        [delivery] = receiver.wait_for(1)
        construct(delivery, new)
        with pytest.raises(stripe.SignatureVerificationError):
            construct(delivery, old)
        assert hooks_http.post(roll, json={"overlap": -5}).status_code == 400
        assert hooks_http.post("/_emulator/webhook_endpoints/we_x/roll_secret").status_code == 404


def test_a_deleted_endpoint_gets_nothing_more(hooks_http: httpx.Client) -> None:
    with Receiver() as receiver:
        endpoint, _ = add_endpoint(hooks_http, receiver.url)
        complete(hooks_http)
        receiver.wait_for(1)
        assert hooks_http.delete(f"/v1/webhook_endpoints/{endpoint}").json()["deleted"] is True
        ident = complete(hooks_http)
        [event] = hooks_http.get("/v1/events", params={"limit": 1}).json()["data"]
        assert event["data"]["object"]["id"] == ident and event["pending_webhooks"] == 0
        assert len(receiver.deliveries) == 1


async def test_events_recorded_before_the_start_are_delivered_after_it() -> None:
    with Receiver() as receiver:
        emulator = Emulator(api_key=API_KEY, seed=1, webhook_retries=QUICK)
        _, secret = emulator.add_webhook(receiver.url)
        ident = emulator.store.order[0]
        emulator.complete_session(ident)
        await emulator.start()
        try:
            [delivery] = await asyncio.to_thread(receiver.wait_for, 1)
        finally:
            await emulator.stop()
    assert construct(delivery, secret).data.object.id == ident
