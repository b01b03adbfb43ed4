"""Shared fixtures: the vendored Stripe examples, and a gateway in front of an emulator."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import secrets_guard

# Every test runs at DEBUG with a guard that fails it if a Stripe key shows in a log record,
# and with a guard that fails it if it opens a path beside the repository (tests/confine.py).
# A real redis-server per test that asks for `redis_server` (tests/redis_server.py).
pytest_plugins = ["tests.secrets_guard", "tests.confine", "tests.redis_server"]

ROOT = Path(__file__).resolve().parent.parent
# Stripe's published examples, copied here (tests/fixtures/README.md says from where).
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


# --- A gateway in front of an emulator, both on loopback ports chosen by the OS -------------

from collections.abc import AsyncIterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402

import grpc  # noqa: E402
from checkout_gateway.v1 import checkout_session_service_pb2_grpc  # noqa: E402

from gateway.config import Config  # noqa: E402
from gateway.server import Gateway  # noqa: E402
from stripe_emulator import Emulator, RetryPolicy  # noqa: E402

API_KEY = "sk_test_gatewaytests0000000000000000key"
secrets_guard.register(API_KEY)


@dataclass
class Stack:
    emulator: Emulator
    gateway: Gateway
    channel: grpc.aio.Channel
    stub: checkout_session_service_pb2_grpc.CheckoutSessionServiceStub


async def start_stack(
    seed: int = 0,
    *,
    webhooks: bool = False,
    webhook_retries: RetryPolicy | None = None,
    **config: object,
) -> Stack:
    """`webhooks`: the emulator has an endpoint for every event, delivering to the gateway's
    receiver (`webhook_retries`: the emulator's schedule for it)."""
    emulator = Emulator(api_key=API_KEY, seed=seed, webhook_retries=webhook_retries)
    await emulator.start()
    settings: dict[str, object] = {
        "listen": "127.0.0.1:0",
        "stripe_api_base": emulator.base_url,
        "api_key": API_KEY,
        "max_retries": 0,
        **config,
    }
    endpoint = None
    if webhooks:
        # The endpoint's secret first (the gateway needs it to start), its URL once it serves.
        endpoint, secret = emulator.add_webhook("http://127.0.0.1:9/unused")
        secrets_guard.register(secret)
        settings.update(webhook_listen="127.0.0.1:0", webhook_secrets=(secret,))
    gateway = Gateway(Config(**settings))  # type: ignore[arg-type]
    port = await gateway.start()
    if endpoint is not None:
        assert gateway.events is not None and gateway.events.webhooks is not None
        emulator.store.endpoints.get(endpoint).data["url"] = gateway.events.webhooks.url
    # The guard checks every status and metadata the gateway answers with for the key.
    channel = grpc.aio.insecure_channel(
        f"127.0.0.1:{port}", interceptors=secrets_guard.interceptors()
    )
    stub = checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(channel)
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


# --- `checkout-gateway serve` as a real process ---------------------------------------------

import asyncio  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402

CLI = Path(sys.executable).parent / "checkout-gateway"
SERVING = re.compile(rb"serving \S+ on 127\.0\.0\.1:(\d+)")


async def spawn_serve(
    *args: str, api_key: str
) -> tuple[asyncio.subprocess.Process, int, list[bytes]]:
    """`checkout-gateway serve --listen 127.0.0.1:0 ARGS`, once it serves: (process, port, the
    stderr lines so far). The rest of stderr stays in the pipe for the caller to read."""
    process = await asyncio.create_subprocess_exec(
        str(CLI),
        "serve",
        "--listen",
        "127.0.0.1:0",
        *args,
        env={**os.environ, "STRIPE_API_KEY": api_key},
        stderr=asyncio.subprocess.PIPE,
    )
    assert process.stderr is not None
    seen: list[bytes] = []
    try:
        async with asyncio.timeout(20):
            while line := await process.stderr.readline():
                seen.append(line)
                if match := SERVING.search(line):
                    return process, int(match.group(1)), seen
    except BaseException:
        process.kill()  # a gateway that did not come up must not outlive the test
        raise
    process.kill()
    raise AssertionError(b"gateway did not start:\n" + b"".join(seen))
