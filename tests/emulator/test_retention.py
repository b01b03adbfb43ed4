"""The event log's retention: by age on the emulator's clock and by count, as Stripe answers."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest
import stripe

from stripe_emulator import Emulator, EmulatorThread, Retention, RetryPolicy
from tests.emulator.conftest import API_KEY, eventually
from tests.emulator.receiver import Receiver
from tests.emulator.test_cli import free_port, run_cli
from tests.emulator.test_delivery import add_endpoint, complete, webhook_state
from tests.waiting import until

DAY = 24 * 60 * 60


@pytest.mark.parametrize(
    ("created", "now", "max_age", "max_count", "expired"),
    [
        ([], 1000, 60, 3, 0),  # nothing recorded
        ([100, 110, 120], 150, 60, 3, 0),  # all young, under the cap
        ([100, 110, 120], 159, 60, 3, 0),  # the oldest one second short of its age
        ([100, 110, 120], 160, 60, 3, 1),  # the oldest exactly max_age old
        ([100, 110, 110, 120], 170, 60, 9, 3),  # events of one second expire together
        ([100, 110, 120], 1000, 60, 3, 3),  # every one too old
        ([100, 110, 120, 130], 130, 60, 3, 1),  # one over the cap
        ([100, 110, 120, 130, 140], 140, 60, 2, 3),  # the cap, all young
        ([100, 110, 120, 130, 140], 175, 60, 4, 2),  # age drops more than the cap would
        ([100, 110, 120, 130, 140], 165, 60, 2, 3),  # the cap drops more than age would
    ],
)
def test_which_events_expire(
    created: list[int], now: int, max_age: float, max_count: int, expired: int
) -> None:
    assert Retention(max_age, max_count).expired(created, now) == expired


@pytest.mark.parametrize(("max_age", "max_count"), [(0, 10), (-1, 10), (60, 0)])
def test_a_retention_of_nothing_is_refused(max_age: float, max_count: int) -> None:
    with pytest.raises(ValueError, match="retention"):
        Retention(max_age, max_count)


def test_stripe_defaults() -> None:
    assert Retention() == Retention(30 * DAY, 10_000)


@pytest.fixture
def aged() -> Iterator[tuple[EmulatorThread, httpx.Client]]:
    """Events kept for 60 s of a frozen emulator clock."""
    with (
        EmulatorThread(api_key=API_KEY, event_retention=Retention(max_age=60)) as emu,
        httpx.Client(
            base_url=emu.base_url, headers={"Authorization": f"Bearer {API_KEY}"}, timeout=30
        ) as http,
    ):
        assert http.post("/_emulator/clock", json={"freeze": True}).status_code == 200
        yield emu, http


def listed(http: httpx.Client, **params: str | int) -> list[str]:
    response = http.get("/v1/events", params={"limit": 100, **params})
    assert response.status_code == 200, response.text
    return [e["id"] for e in response.json()["data"]]


def advance(http: httpx.Client, seconds: float) -> None:
    assert http.post("/_emulator/clock", json={"advance": seconds}).status_code == 200


def test_an_event_past_its_age_leaves_the_list_and_retrieve_is_404(
    aged: tuple[EmulatorThread, httpx.Client],
) -> None:
    _, http = aged
    complete(http)
    (old,) = listed(http)
    advance(http, 30)
    complete(http)
    young, _ = listed(http)
    advance(http, 29)
    assert listed(http) == [young, old]
    assert http.get(f"/v1/events/{old}").status_code == 200
    advance(http, 1)  # `old` is 60 s old now
    assert listed(http) == [young]
    gone = http.get(f"/v1/events/{old}")
    unknown = http.get("/v1/events/evt_neverrecorded")
    assert gone.status_code == unknown.status_code == 404
    error, never = gone.json()["error"], unknown.json()["error"]
    assert error["message"] == f"No such event: '{old}'"
    assert never["message"] == "No such event: 'evt_neverrecorded'"
    for key in ("code", "doc_url", "param", "type"):
        assert error[key] == never[key]
    assert error["code"] == "resource_missing"


def test_stripe_python_sees_an_expired_event_as_missing(
    aged: tuple[EmulatorThread, httpx.Client],
) -> None:
    emu, http = aged
    complete(http)
    (old,) = listed(http)
    advance(http, 60)
    client = stripe.StripeClient(
        API_KEY, base_addresses={"api": emu.base_url}, max_network_retries=0
    )
    with pytest.raises(stripe.InvalidRequestError) as caught:
        client.v1.events.retrieve(old)
    assert caught.value.code == "resource_missing"
    assert list(client.v1.events.list().auto_paging_iter()) == []


@pytest.fixture
def capped() -> Iterator[tuple[EmulatorThread, httpx.Client, list[str]]]:
    """Three events kept at most, five recorded: the ids newest first (two of them gone)."""
    with (
        EmulatorThread(api_key=API_KEY, event_retention=Retention(max_count=3)) as emu,
        httpx.Client(
            base_url=emu.base_url, headers={"Authorization": f"Bearer {API_KEY}"}, timeout=30
        ) as http,
    ):
        made = []
        for _ in range(5):
            complete(http)
            made.append(listed(http, limit=1)[0])
        yield emu, http, made[::-1]


def test_the_count_cap_keeps_the_newest(
    capped: tuple[EmulatorThread, httpx.Client, list[str]],
) -> None:
    emu, http, made = capped
    assert listed(http) == made[:3]
    assert [http.get(f"/v1/events/{e}").status_code for e in made] == [200, 200, 200, 404, 404]
    assert emu.call(lambda: len(emu.emulator.store.events.events)) == 3


def test_cursors_page_the_kept_events(
    capped: tuple[EmulatorThread, httpx.Client, list[str]],
) -> None:
    _, http, made = capped
    assert listed(http, starting_after=made[0]) == made[1:3]
    assert listed(http, ending_before=made[2]) == made[:2]
    assert listed(http, ending_before=made[1], limit=1) == made[:1]
    client = stripe.StripeClient(API_KEY, base_addresses={"api": str(http.base_url)})
    walked = [e.id for e in client.v1.events.list({"limit": 1}).auto_paging_iter()]
    assert walked == made[:3]


@pytest.mark.parametrize("param", ["starting_after", "ending_before"])
def test_a_cursor_naming_an_expired_event_is_stripes_400(
    capped: tuple[EmulatorThread, httpx.Client, list[str]], param: str
) -> None:
    _, http, made = capped
    response = http.get("/v1/events", params={param: made[3]})
    assert response.status_code == 400
    error = response.json()["error"]
    assert (error["code"], error["param"]) == ("resource_missing", param)
    assert error["message"] == f"No such event: '{made[3]}'"


def test_a_queued_delivery_of_an_expired_event_is_dropped() -> None:
    """The endpoint holds the first delivery while three more events come with room for two:
    the first, answered 500, is not retried, and the second is never sent; both count as
    expired. The newest two are delivered."""
    policy = RetryPolicy(schedule=(0.05,), timeout=60.0)
    with (
        EmulatorThread(
            api_key=API_KEY, webhook_retries=policy, event_retention=Retention(max_count=2)
        ) as emu,
        httpx.Client(
            base_url=emu.base_url, headers={"Authorization": f"Bearer {API_KEY}"}, timeout=30
        ) as http,
        Receiver(500, hang=True) as receiver,
    ):
        endpoint, _ = add_endpoint(http, receiver.url)
        complete(http)
        receiver.wait_until_waiting(1)
        for _ in range(3):
            complete(http)
        kept = listed(http)
        receiver.hang = False
        receiver.release()
        state = eventually(lambda: (s := webhook_state(http, endpoint))["delivered"] == 2 and s)
        assert (state["expired"], state["failed"], state["queued"]) == (2, 0, 0)
        sent = [json.loads(d.body)["id"] for d in receiver.wait_for(3)]
        assert sent[1:] == kept[::-1]
        assert len(receiver.deliveries) == 3
        assert http.get(f"/v1/events/{sent[0]}").status_code == 404


async def test_the_sweep_frees_expired_events_with_no_reads() -> None:
    clock = [1_000_000.0]
    async with Emulator(
        clock=lambda: clock[0], event_retention=Retention(max_age=60), sweep_interval=0.01
    ) as emu:
        emu.store.events.record("checkout.session.expired", b"{}", {})
        clock[0] += 60
        await until(lambda: not emu.store.events.events)
        assert emu.store.events.offset == 1


def test_the_cli_flags_set_the_retention() -> None:
    port = free_port()
    code = "import sys; from gateway.cli import main; sys.exit(main())"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            code,
            "emulator",
            "--listen",
            f"127.0.0.1:{port}",
            "--max-events",
            "2",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert f"127.0.0.1:{port}" in proc.stdout.readline()
        with httpx.Client(
            base_url=f"http://127.0.0.1:{port}", auth=(API_KEY, ""), timeout=30
        ) as http:
            for _ in range(3):
                complete(http)
            assert len(listed(http)) == 2
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.mark.parametrize(
    ("flag", "value"),
    [("--max-events", "0"), ("--max-events", "many"), ("--event-retention", "-5")],
)
def test_the_cli_refuses_a_retention_of_nothing(flag: str, value: str) -> None:
    result = run_cli("emulator", flag, value)
    assert result.returncode == 2
    assert flag in result.stderr


def test_the_cli_help_names_the_retention() -> None:
    out = run_cli("emulator", "--help").stdout
    assert "--event-retention" in out and "30 days" in out
    assert "--max-events" in out and "10,000" in out
