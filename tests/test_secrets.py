"""The Stripe key never leaves the gateway: not in errors, metadata, logs or start-up output.

The whole suite runs under tests/secrets_guard.py (every log record at DEBUG, every status
and metadata from start_stack's channel); these tests aim at the places a key could show,
and prove the guard itself fails when one does.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator
from pathlib import Path

import grpc
import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2 as r
from checkout_gateway.v1 import checkout_session_service_pb2_grpc

from gateway.config import Config, redact
from tests import secrets_guard
from tests.conftest import API_KEY, ROOT, spawn_serve, start_stack, stop_stack
from tests.test_gateway_rpcs import create_request

WRONG_KEY = "sk_test_secretsguardwrongkey00000000wxyz"
SERVE_KEY = "sk_test_secretsguardservekey0000000009876"
secrets_guard.register(WRONG_KEY, SERVE_KEY)


def _everything(err: grpc.aio.AioRpcError) -> bytes:
    """All a caller gets with an error: message, initial and trailing metadata, details."""
    parts = [(err.details() or "").encode()]
    for key, value in (*(err.initial_metadata() or ()), *(err.trailing_metadata() or ())):
        parts.append(key.encode())
        parts.append(value if isinstance(value, bytes) else str(value).encode())
    return b"\n".join(parts)


async def test_rejected_key_is_not_in_the_error_or_the_logs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    stack = await start_stack(api_key=WRONG_KEY)
    try:
        calls = [
            stack.stub.GetCheckoutSession(r.GetCheckoutSessionRequest(id="cs_test_1")),
            stack.stub.CreateCheckoutSession(create_request()),
        ]
        errors = []
        for call in calls:
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                await call
            errors.append(caught.value)
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            async for _ in stack.stub.StreamCheckoutSessions(r.StreamCheckoutSessionsRequest()):
                pass
        errors.append(caught.value)
    finally:
        await stop_stack(stack)
    for err in errors:
        assert err.code() == grpc.StatusCode.UNAUTHENTICATED
        everything = _everything(err)
        assert b"grpc-status-details-bin" in everything  # the details were looked at too
        for secret in (WRONG_KEY, API_KEY, WRONG_KEY[8:-4]):
            assert secret.encode() not in everything
        assert "Invalid API Key provided: sk_test_****wxyz" in (err.details() or "")
    assert WRONG_KEY[8:-4] not in caplog.text
    assert "UNAUTHENTICATED" in caplog.text  # the calls were logged, without the key


def test_config_describe_and_repr_show_the_key_redacted() -> None:
    config = Config(api_key=SERVE_KEY)
    described = config.describe()
    assert "api_key = sk_test_…9876" in described
    assert SERVE_KEY not in described and SERVE_KEY not in repr(config)
    assert SERVE_KEY[8:-4] not in described + repr(config)


@pytest.mark.parametrize(
    ("key", "shown"),
    [
        (SERVE_KEY, "sk_test_…9876"),
        ("rk_live_abcdefghijklmnop1234", "rk_live_…1234"),
        ("sk_test_short", "sk_test_…"),  # too short to show any of it
        ("sk_abcdefghijklmnopqrst", "…qrst"),
        ("", "(none)"),
    ],
)
def test_redact_shows_the_kind_and_at_most_four_characters(key: str, shown: str) -> None:
    assert redact(key) == shown
    assert secrets_guard.find_secrets(redact(key)) == []


async def test_serve_start_up_and_call_logs_show_only_the_redacted_key() -> None:
    process, port, seen = await spawn_serve("--emulator", "--log-level", "DEBUG", api_key=SERVE_KEY)
    assert process.stderr is not None
    try:
        channel = grpc.aio.insecure_channel(
            f"127.0.0.1:{port}", interceptors=secrets_guard.interceptors()
        )
        stub = checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(channel)
        await stub.CreateCheckoutSession(create_request())
        with pytest.raises(grpc.aio.AioRpcError):
            await stub.GetCheckoutSession(r.GetCheckoutSessionRequest(id="cs_test_missing"))
        await channel.close()
    finally:
        process.send_signal(signal.SIGTERM)
        async with asyncio.timeout(20):
            rest = await process.stderr.read()
            await process.wait()
    log = (b"".join(seen) + rest).decode()
    assert "api_key = sk_test_…9876" in log  # the start-up log shows the redacted form
    assert "code=OK" in log and "code=NOT_FOUND" in log  # and the calls were logged
    assert SERVE_KEY not in log and SERVE_KEY[8:-4] not in log
    assert secrets_guard.find_secrets(log) == []


# --- the guard fails when a key shows ---------------------------------------------------


def test_guard_finds_keys_and_not_their_redacted_forms() -> None:
    text = f"Authorization: Bearer {SERVE_KEY}"
    assert secrets_guard.find_secrets(text) == [SERVE_KEY]
    assert secrets_guard.find_secrets(text.encode()) == [SERVE_KEY]
    assert secrets_guard.find_secrets("sk_live_" + "Z" * 24) == ["sk_live_" + "Z" * 24]
    assert secrets_guard.find_secrets("whsec_" + "Z" * 24) == ["whsec_" + "Z" * 24]
    for safe in ("sk_test_…9876", "sk_test_****9876", "sk_test_", "risk_test_abc", "no key"):
        assert secrets_guard.find_secrets(safe) == [], safe


def test_guard_handler_catches_a_key_in_a_message_its_args_or_an_exception() -> None:
    collector = secrets_guard.Collector()
    logger = logging.getLogger("tests.secrets.leaky")
    logger.propagate = False  # this test's leaks go to its own collector only
    handler = secrets_guard.RecordingHandler(collector)
    logger.addHandler(handler)
    try:
        logger.debug("nothing secret here: %s", redact(SERVE_KEY))
        assert collector.leaks == []
        logger.debug("calling with %s", SERVE_KEY)
        try:
            raise RuntimeError(f"bad key {SERVE_KEY}")
        except RuntimeError:
            logger.warning("failed", exc_info=True)
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
    assert collector.leaks == [
        "log record tests.secrets.leaky DEBUG: sk_test_…9876",
        "log record tests.secrets.leaky WARNING: sk_test_…9876",
    ]


async def test_guard_interceptors_catch_a_key_in_a_status_or_metadata() -> None:
    async def unary(request: bytes, context: grpc.aio.ServicerContext[bytes, bytes]) -> bytes:
        await context.abort(grpc.StatusCode.INTERNAL, f"upstream said {SERVE_KEY}")
        raise AssertionError("not reached")

    async def stream(
        request: bytes, context: grpc.aio.ServicerContext[bytes, bytes]
    ) -> AsyncIterator[bytes]:
        yield b"item"
        context.set_trailing_metadata((("x-debug", f"Bearer {SERVE_KEY}"),))

    server = grpc.aio.server()
    server.add_generic_rpc_handlers(
        (
            grpc.method_handlers_generic_handler(
                "leaky.Leaky",
                {
                    "Unary": grpc.unary_unary_rpc_method_handler(unary),
                    "Stream": grpc.unary_stream_rpc_method_handler(stream),
                },
            ),
        )
    )
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    collector = secrets_guard.Collector()
    channel = grpc.aio.insecure_channel(
        f"127.0.0.1:{port}", interceptors=secrets_guard.interceptors(collector)
    )
    try:
        with pytest.raises(grpc.aio.AioRpcError):
            await channel.unary_unary("/leaky.Leaky/Unary")(b"")
        assert [x async for x in channel.unary_stream("/leaky.Leaky/Stream")(b"")] == [b"item"]
    finally:
        await channel.close()
        await server.stop(0)
    assert collector.leaks == [
        "/leaky.Leaky/Unary status message (StatusCode.INTERNAL): sk_test_…9876",
        "/leaky.Leaky/Stream trailing metadata x-debug: sk_test_…9876",
    ]


def test_guard_fails_a_test_that_logs_a_key(tmp_path: Path) -> None:
    (tmp_path / "test_leaky.py").write_text(
        textwrap.dedent(
            """
            import logging

            def test_clean():
                logging.getLogger("app").debug("key sk_test_…abcd")

            def test_leaks():
                logging.getLogger("app").debug("key %s", "sk_test_" + "a1" * 12)

            def test_clean_after():
                pass
            """
        )
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "tests.secrets_guard",
        ],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'generated'}"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "ERROR at teardown of test_leaks" in result.stdout
    assert "a Stripe secret leaked" in result.stdout
    assert "log record app DEBUG: sk_test_…a1a1" in result.stdout
    assert "3 passed, 1 error" in result.stdout


def test_guard_finds_tokens_private_keys_and_certificates() -> None:
    jwt_token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvcmRlcnMifQ.c2lnbmF0dXJl"
    header_and_payload = jwt_token.rsplit(".", 1)[0]
    assert secrets_guard.find_secrets(f"Bearer {jwt_token}") == [header_and_payload]
    assert secrets_guard.find_secrets(jwt_token[:40]) != []  # a truncated one too
    for pem in ("-----BEGIN PRIVATE KEY-----", "-----BEGIN EC PRIVATE KEY-----"):
        assert secrets_guard.find_secrets(f"loaded {pem}\nMIGHAgEA...") == [pem]
    assert secrets_guard.find_secrets("-----BEGIN CERTIFICATE-----") != []
    body = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg" + "A" * 16
    secrets_guard.register_pem(
        f"-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----\n".encode()
    )
    assert secrets_guard.find_secrets(f"key material: {body[:64]}") == [body]
    static = "static-token-for-the-guard-test-0123456789"
    secrets_guard.register(static)
    assert secrets_guard.find_secrets(f"token={static}") == [static]
    for safe in ("eyJ only", "BEGIN CERTIFICATE", "TLS certificate O=trustme, valid until"):
        assert secrets_guard.find_secrets(safe) == [], safe
