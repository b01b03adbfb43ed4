"""The emulator's event log: the memory an event holds, and what its expiry gives back.

In one process, with no server: an emulator seeded with `--events` open sessions completes
each (one `checkout.session.completed` event apiece), then moves its clock past the retention.
It measures Python's allocations (tracemalloc) before, after the events, and after they
expire, in two cases: the sessions left as they were (an event's JSON is the session's own
cached JSON, shared), and the sessions changed again after their event (the event then holds
the only copy of what the session was).

    python -m bench.event_log [--events 5000]
"""

from __future__ import annotations

import argparse
import gc
import tracemalloc
from collections.abc import Callable

from stripe_emulator import Emulator, Retention
from stripe_emulator.sessions import settle_async_payment

DAY = 24 * 60 * 60


def measure(events: int, *, changed_after: bool) -> tuple[float, float]:
    """(bytes held per event, bytes freed per event when it expires)."""
    now = [1_000_000_000.0]
    emulator = Emulator(
        seed=events * 2, clock=lambda: now[0], event_retention=Retention(DAY, events * 2)
    )
    store = emulator.store
    opened = [r for r in store.sessions.values() if r.data["status"] == "open"][:events]
    if len(opened) < events:
        raise SystemExit(f"the seed gave {len(opened)} open sessions, not {events}")
    complete: Callable[[str], object] = lambda ident: emulator.complete_session(  # noqa: E731
        ident, async_payment=changed_after
    )
    tracemalloc.start()
    gc.collect()
    before = tracemalloc.get_traced_memory()[0]
    for record in opened:
        complete(record.id)
    if changed_after:
        # Each session's JSON changes again: the completed event keeps the only copy of it.
        # The settle's own events expire too, so only the completed ones count below.
        for record in opened:
            settle_async_payment(store, record, succeeded=True)
    gc.collect()
    held = tracemalloc.get_traced_memory()[0]
    recorded = len(store.events.order)
    now[0] += DAY
    store.events.expire()
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    if store.events.order:
        raise SystemExit("events outlived their retention")
    return (held - before) / recorded, (held - after) / recorded


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=5000)
    args = parser.parse_args()
    print(f"{args.events} sessions completed, then every event expired (tracemalloc)\n")
    print("| case | added per event (its session's change included) | freed per event at expiry |")
    print("|---|---:|---:|")
    for name, changed in (("sessions unchanged after", False), ("sessions changed after", True)):
        held, freed = measure(args.events, changed_after=changed)
        print(f"| {name} | {held:,.0f} B | {freed:,.0f} B |")


if __name__ == "__main__":
    main()
