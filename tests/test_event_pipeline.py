"""The pieces of the event pipeline: the state order, de-duplication, the bus, the queue."""

from __future__ import annotations

from typing import Any

import pytest

from gateway.events.bus import LocalBus
from gateway.events.dedupe import MemoryDedupe
from gateway.events.pipeline import EventPipeline, session_of
from gateway.events.session_states import (
    ANY,
    STATE_RANKS,
    TERMINAL_EVENTS,
    TERMINAL_RANK,
    is_terminal,
    rank,
)

# --- the order of states: every row of the table -------------------------------------------

PAYMENT_STATUSES = ("paid", "unpaid", "no_payment_required")
# (status, payment_status) -> expected rank, for every row of STATE_RANKS, ANY rows expanded.
EXPECTED = {
    ("open", "paid"): 0,
    ("open", "unpaid"): 0,
    ("open", "no_payment_required"): 0,
    ("complete", "unpaid"): 1,
    ("complete", "paid"): 2,
    ("complete", "no_payment_required"): 2,
    ("expired", "paid"): 2,
    ("expired", "unpaid"): 2,
    ("expired", "no_payment_required"): 2,
}


def test_the_expectations_cover_every_row_of_the_table() -> None:
    covered = {(s, p if (s, p) in STATE_RANKS else ANY) for s, p in EXPECTED}
    assert covered == set(STATE_RANKS)


@pytest.mark.parametrize(("state", "expected"), sorted(EXPECTED.items()))
def test_rank(state: tuple[str, str], expected: int) -> None:
    status, payment_status = state
    session = {"status": status, "payment_status": payment_status}
    assert rank(session) == expected
    assert is_terminal(session) == (expected >= TERMINAL_RANK)


@pytest.mark.parametrize(
    ("kind", "status", "terminal"),
    [
        *((kind, "complete", True) for kind in TERMINAL_EVENTS),
        *((kind, "open", False) for kind in TERMINAL_EVENTS),
        ("checkout.session.completed", "complete", False),
    ],
)
def test_terminal_events_end_a_complete_unpaid_session(
    kind: str, status: str, terminal: bool
) -> None:
    session = {"status": status, "payment_status": "unpaid"}
    assert not is_terminal(session)
    assert is_terminal(session, [kind]) == terminal


def test_a_status_newer_than_the_table_ranks_as_open() -> None:
    assert rank({"status": "reticulating", "payment_status": "paid"}) == 0


# --- de-duplication ------------------------------------------------------------------------


async def test_dedupe_says_first_once_per_id() -> None:
    store = MemoryDedupe()
    assert [await store.first_seen(i) for i in ("a", "b", "a", "b", "c")] == [
        True,
        True,
        False,
        False,
        True,
    ]


async def test_dedupe_forgets_an_id_after_its_ttl() -> None:
    now = [0.0]
    store = MemoryDedupe(ttl=10, clock=lambda: now[0])
    assert await store.first_seen("a")
    now[0] = 9.9
    assert not await store.first_seen("a")
    now[0] = 10.0
    assert await store.first_seen("a")


async def test_dedupe_is_bounded_dropping_the_oldest() -> None:
    store = MemoryDedupe(max_ids=3, clock=lambda: 0.0)
    for ident in "abcd":
        assert await store.first_seen(ident)
    assert len(store) == 3
    assert not await store.first_seen("d")
    assert await store.first_seen("a")  # forgotten to make room


# --- the bus and the pipeline --------------------------------------------------------------


async def test_bus_delivers_to_every_subscriber_until_it_unsubscribes() -> None:
    bus = LocalBus()
    a: list[Any] = []
    b: list[Any] = []
    bus.subscribe(a.append)
    unsubscribe = bus.subscribe(b.append)
    await bus.publish({"id": "evt_1"})
    unsubscribe()
    await bus.publish({"id": "evt_2"})
    assert [e["id"] for e in a] == ["evt_1", "evt_2"] and [e["id"] for e in b] == ["evt_1"]


async def test_bus_survives_a_failing_subscriber() -> None:
    bus = LocalBus()
    seen: list[Any] = []

    def broken(event: dict[str, Any]) -> None:
        raise RuntimeError("boom")

    bus.subscribe(broken)
    bus.subscribe(seen.append)
    await bus.publish({"id": "evt_1"})
    assert len(seen) == 1


async def test_pipeline_publishes_each_id_once_in_arrival_order() -> None:
    pipeline = EventPipeline()
    seen: list[str] = []
    pipeline.bus.subscribe(lambda e: seen.append(e["id"]))
    pipeline.start()
    try:
        for ident in ("evt_2", "evt_1", "evt_2", "evt_3", "evt_1"):
            assert pipeline.submit({"id": ident, "type": "t"})
        await pipeline.join()
    finally:
        await pipeline.stop()
    assert seen == ["evt_2", "evt_1", "evt_3"]
    assert (pipeline.accepted, pipeline.duplicates) == (3, 2)


@pytest.mark.parametrize(
    ("data", "found"),
    [
        ({"object": {"id": "cs_1", "object": "checkout.session"}}, True),
        ({"object": {"id": "pi_1", "object": "payment_intent"}}, False),
        ({"object": {"object": "checkout.session"}}, False),
        ({}, False),
        (None, False),
    ],
)
def test_session_of(data: Any, found: bool) -> None:
    assert (session_of({"id": "evt_1", "data": data}) is not None) == found
