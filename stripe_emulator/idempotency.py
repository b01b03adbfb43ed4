"""Replaying POSTs that carry an Idempotency-Key, per API key."""

from __future__ import annotations

from collections import OrderedDict
from typing import NamedTuple

from stripe_emulator.errors import StripeError, idempotency_mismatch
from stripe_emulator.serialize import kept


# A NamedTuple: a frozen dataclass's __init__ sets each field through object.__setattr__
# (0.71 -> 0.35 us each, timeit).
class Stored(NamedTuple):
    fingerprint: bytes
    status: int
    body: bytes


class IdempotencyCache:
    """Bounded LRU of first responses; Stripe prunes after 24h, we prune by size."""

    def __init__(self, max_entries: int = 100_000) -> None:
        self._entries: OrderedDict[tuple[str, str], Stored] = OrderedDict()
        self._max = max_entries

    def lookup(self, api_key: str, key: str, fingerprint: bytes) -> Stored | None:
        """The stored response to replay, or None; a parameter mismatch raises."""
        stored = self._entries.get((api_key, key))
        if stored is None:
            return None
        if stored.fingerprint != fingerprint:
            raise idempotency_mismatch(key)
        return stored

    def store(self, api_key: str, key: str, fingerprint: bytes, status: int, body: bytes) -> None:
        # The body is mostly a session's cached JSON, already kept compact; the fingerprint is
        # fresh from orjson.
        self._entries[(api_key, key)] = Stored(kept(fingerprint), status, body)
        if len(self._entries) > self._max:
            self._entries.popitem(last=False)


def check_key(key: str) -> None:
    if len(key) > 255:
        raise StripeError(
            400,
            "Idempotency-Key must be at most 255 characters long.",
        )
