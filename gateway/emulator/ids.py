"""Object ids with Stripe's prefixes."""

from __future__ import annotations

import random
import string

_ALNUM = string.ascii_letters + string.digits
# Ids need only be unique, not unguessable; a seeded-per-process PRNG is fast enough for 100k.
_rng = random.Random()


def _random(n: int) -> str:
    return "".join(_rng.choices(_ALNUM, k=n))


def new_id(prefix: str) -> str:
    """An id like `li_1N4BEoLkdIwHu7ixWtXug1yk`."""
    return f"{prefix}_1{_random(23)}"


def session_id() -> str:
    """`cs_test_a1` and 56 more characters, the shape of a test-mode session id."""
    return "cs_test_a1" + _random(56)


def request_id() -> str:
    return "req_" + _random(14)


def client_secret(session: str) -> str:
    return f"{session}_secret_{_random(24)}"
