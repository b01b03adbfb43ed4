"""Shared fixtures: paths to the reference material."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import secrets_guard

# Every test runs at DEBUG with a guard that fails it if a Stripe key shows in a log record.
pytest_plugins = ["tests.secrets_guard"]

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference"


@pytest.fixture(scope="session")
def reference_dir() -> Path:
    if not REFERENCE.is_dir():
        pytest.fail(f"reference material not found at {REFERENCE}")
    return REFERENCE


# --- A gateway in front of an emulator, both on loopback ports chosen by the OS -------------

from collections.abc import AsyncIterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402

import grpc  # noqa: E402
from checkout_gateway.v1 import checkout_session_service_pb2_grpc  # noqa: E402

from gateway.config import Config  # noqa: E402
from gateway.emulator import Emulator  # noqa: E402
from gateway.server import Gateway  # noqa: E402

API_KEY = "sk_test_gatewaytests0000000000000000key"
secrets_guard.register(API_KEY)


@dataclass
class Stack:
    emulator: Emulator
    gateway: Gateway
    channel: grpc.aio.Channel
    stub: checkout_session_service_pb2_grpc.CheckoutSessionServiceStub


async def start_stack(seed: int = 0, **config: object) -> Stack:
    emulator = Emulator(api_key=API_KEY, seed=seed)
    await emulator.start()
    settings: dict[str, object] = {
        "listen": "127.0.0.1:0",
        "stripe_api_base": emulator.base_url,
        "api_key": API_KEY,
        "max_retries": 0,
        **config,
    }
    gateway = Gateway(Config(**settings))  # type: ignore[arg-type]
    port = await gateway.start()
    # The guard checks every status and metadata the gateway answers with for the key.
    channel = grpc.aio.insecure_channel(
        f"127.0.0.1:{port}", interceptors=secrets_guard.interceptors()
    )
    stub = checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(channel)  # type: ignore[no-untyped-call]
    return Stack(emulator, gateway, channel, stub)


async def stop_stack(stack: Stack) -> None:
    await stack.channel.close()
    await stack.gateway.stop(0)
    await stack.emulator.stop()


@pytest.fixture
async def stack() -> AsyncIterator[Stack]:
    s = await start_stack()
    yield s
    await stop_stack(s)
