"""Fixtures: an emulator in a thread, the official SDK and a raw HTTP client pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import stripe

from stripe_emulator import EmulatorThread

API_KEY = "sk_test_emulator0000000000abcd"


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
