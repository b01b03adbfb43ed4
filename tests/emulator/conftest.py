"""Fixtures: an emulator in a thread, the official SDK and a raw HTTP client pointed at it."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from typing import TypeVar

import httpx
import pytest
import stripe

from stripe_emulator import EmulatorThread, RetryPolicy

API_KEY = "sk_test_emulator0000000000abcd"
T = TypeVar("T")


@pytest.fixture
def emu() -> Iterator[EmulatorThread]:
    with EmulatorThread() as running:
        yield running


@pytest.fixture
def client(emu: EmulatorThread) -> stripe.StripeClient:
    # No SDK retries by default, so each test sees exactly what the emulator sent.
    return stripe.StripeClient(API_KEY, base_addresses={"api": emu.base_url}, max_network_retries=0)


@pytest.fixture
def http(emu: EmulatorThread) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=emu.base_url, headers={"Authorization": f"Bearer {API_KEY}"}, timeout=10
    ) as raw:
        yield raw


@pytest.fixture(scope="module")
def big() -> Iterator[EmulatorThread]:
    with EmulatorThread(seed=100_000) as running:
        yield running


@pytest.fixture
def emu_http(emu: EmulatorThread, http: httpx.Client) -> tuple[EmulatorThread, httpx.Client]:
    return emu, http


# --- Events and webhooks: an emulator with a quick retry schedule ---------------------------

QUICK = RetryPolicy(schedule=(0.05, 0.05, 0.05), timeout=5.0)


@pytest.fixture
def hooks() -> Iterator[EmulatorThread]:
    with EmulatorThread(api_key=API_KEY, webhook_retries=QUICK) as running:
        yield running


@pytest.fixture
def hooks_client(hooks: EmulatorThread) -> stripe.StripeClient:
    return stripe.StripeClient(
        API_KEY, base_addresses={"api": hooks.base_url}, max_network_retries=0
    )


@pytest.fixture
def hooks_http(hooks: EmulatorThread) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=hooks.base_url, headers={"Authorization": f"Bearer {API_KEY}"}, timeout=30
    ) as raw:
        yield raw


def eventually(check: Callable[[], T], timeout: float = 30.0) -> T:
    """`check()` once it returns something true, polling; a generous timeout, not a timing."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"still {value!r} after {timeout} s")
        time.sleep(0.02)


@pytest.fixture(autouse=True)
def sdk_logs_no_bodies() -> Iterator[None]:
    """stripe-python logs each response body at DEBUG, and creating a webhook endpoint answers
    with its secret (as Stripe does): the test client's own log is no leak of the emulator's.
    The emulator's loggers stay at DEBUG under the secrets guard."""
    sdk = logging.getLogger("stripe")
    level = sdk.level
    sdk.setLevel(logging.INFO)
    yield
    sdk.setLevel(level)
