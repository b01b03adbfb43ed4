"""gateway.headers: the idempotency key the gateway makes when the caller gives none."""

from __future__ import annotations

import os
import uuid

import pytest

from gateway.headers import FORWARDED, IDEMPOTENCY_KEY, new_idempotency_key


def test_a_new_key_is_a_random_uuid4_in_its_text_form() -> None:
    key = new_idempotency_key()
    parsed = uuid.UUID(key)
    assert (parsed.version, parsed.variant) == (4, uuid.RFC_4122)
    assert str(parsed) == key


def test_new_keys_differ() -> None:
    assert len({new_idempotency_key() for _ in range(100)}) == 100


def test_a_new_key_is_a_valid_idempotency_key_header() -> None:
    assert FORWARDED[IDEMPOTENCY_KEY].pattern.fullmatch(new_idempotency_key())


@pytest.mark.parametrize(
    "raw", [bytes(16), b"\xff" * 16, bytes(range(16)), *(os.urandom(16) for _ in range(50))]
)
def test_a_new_key_is_uuid4s_text_of_the_same_random_bytes(
    raw: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "urandom", lambda n: raw[:n])
    assert new_idempotency_key() == str(uuid.UUID(bytes=raw, version=4))
