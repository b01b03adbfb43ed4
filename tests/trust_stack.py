"""A gateway with security settings in front of an emulator, and channels to call it with."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
from checkout_gateway.v1 import checkout_session_service_pb2_grpc

from gateway.config import Config
from gateway.security import SecurityConfig
from gateway.server import Gateway
from stripe_emulator import Emulator
from tests import secrets_guard
from tests.conftest import API_KEY
from tests.pki import Client

Stub = checkout_session_service_pb2_grpc.CheckoutSessionServiceStub
TSHIRT = "price_1EmuTshirt0000000000000"


@dataclass
class SecureStack:
    emulator: Emulator
    gateway: Gateway
    port: int

    @property
    def target(self) -> str:
        return f"127.0.0.1:{self.port}"

    async def stop(self) -> None:
        await self.gateway.stop(0)
        await self.emulator.stop()


async def start(security: SecurityConfig, **config: Any) -> SecureStack:
    emulator = Emulator(api_key=API_KEY, seed=0)
    await emulator.start()
    settings: dict[str, Any] = {
        "listen": "127.0.0.1:0",
        "stripe_api_base": emulator.base_url,
        "api_key": API_KEY,
        "max_retries": 0,
        "security": security,
        **config,
    }
    try:
        gateway = Gateway(Config(**settings))
        port = await gateway.start()
    except BaseException:
        await emulator.stop()
        raise
    return SecureStack(emulator, gateway, port)


def channel(
    target: str,
    *,
    roots: bytes | None = None,
    client: Client | None = None,
) -> grpc.aio.Channel:
    """A plaintext channel, or TLS trusting `roots`, presenting `client`'s certificate."""
    interceptors = secrets_guard.interceptors()
    if roots is None:
        return grpc.aio.insecure_channel(target, interceptors=interceptors)
    credentials = grpc.ssl_channel_credentials(
        roots, client.key if client else None, client.cert if client else None
    )
    # A new connection for each channel, so a test sees each handshake it asks for.
    options = [("grpc.use_local_subchannel_pool", 1)]
    return grpc.aio.secure_channel(target, credentials, options, interceptors=interceptors)


def stub(ch: grpc.aio.Channel) -> Any:
    return Stub(ch)


def bearer(token: str) -> tuple[tuple[str, str], ...]:
    return (("authorization", f"Bearer {token}"),)


def token_sha256(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def write_policy(path: Path, callers: Sequence[dict[str, Any]]) -> Path:
    """`callers` as the policy's [[callers]] tables (strings, lists, booleans, numbers)."""

    def toml(value: Any) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, str):
            return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
        if isinstance(value, list | tuple):
            return "[" + ", ".join(toml(v) for v in value) + "]"
        return repr(value)

    tables = [
        "[[callers]]\n" + "".join(f"{k} = {toml(v)}\n" for k, v in caller.items())
        for caller in callers
    ]
    path.write_text("\n".join(tables))
    return path
