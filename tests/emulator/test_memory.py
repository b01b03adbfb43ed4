"""Bytes the emulator keeps take blocks of their own size: orjson's output does not."""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Callable

import orjson

from stripe_emulator import Emulator
from stripe_emulator.idempotency import IdempotencyCache
from stripe_emulator.serialize import kept

COUNT = 200


def traced_per_call(make: Callable[[int], object]) -> float:
    """Python's allocations that `make(i)` leaves behind, per call, over COUNT calls."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        held = [make(i) for i in range(COUNT)]
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(held) == COUNT
    return (after - before) / COUNT


def test_kept_bytes_take_about_their_own_size() -> None:
    small = ["/v1/checkout/sessions", {"mode": "payment"}]  # orjson: a 4 KB block for 42 bytes
    assert traced_per_call(lambda _: kept(orjson.dumps(small))) < 200


def test_a_sessions_cached_json_takes_about_its_own_size() -> None:
    records = list(Emulator(seed=COUNT).store.sessions.values())
    size = len(records[0].raw())
    records[0].changed()
    assert traced_per_call(lambda i: records[i].raw()) < 1.2 * size


def test_an_idempotency_entry_keeps_a_compact_fingerprint() -> None:
    cache = IdempotencyCache()
    body = b"{}"

    def store(i: int) -> None:
        fingerprint = orjson.dumps(["/v1/checkout/sessions", {"mode": "payment", "i": i}])
        cache.store("sk_test_x", f"key-{i}", fingerprint, 200, body)

    assert traced_per_call(store) < 1000
