"""Secure by default: what `serve` refuses to start with, what its start-up log says, and
health alone on its own plaintext port."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import grpc
import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2 as r
from grpc_health.v1 import health_pb2, health_pb2_grpc

from gateway.security import SecurityConfig, insecure_exposure, is_loopback
from stripe_emulator import Emulator
from tests import pki, secrets_guard
from tests.conftest import CLI, spawn_serve
from tests.trust_stack import bearer, channel, start, stub, token_sha256, write_policy

KEY = "sk_test_securestart000000000000000key"
TOKEN = "start-token-1a2b3c4d5e6f708192a3b4c5d6e7f8091"
secrets_guard.register(TOKEN)


async def refused_start(*args: str) -> str:
    """`serve ARGS` must exit 2 at once; its stderr."""
    process = await asyncio.create_subprocess_exec(
        str(CLI),
        "serve",
        *args,
        env={**os.environ, "STRIPE_API_KEY": KEY},
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 2, err.decode()
    return err.decode()


@pytest.mark.parametrize("listen", ["0.0.0.0:50051", "[::]:50051", "10.0.0.7:50051", "gw:1"])
async def test_plaintext_with_no_policy_beyond_loopback_refuses_to_start(listen: str) -> None:
    err = await refused_start("--listen", listen)
    for flag in ("--tls-cert", "--tls-key", "--policy", "--insecure"):
        assert flag in err
    assert f"refusing to serve {listen} in plaintext with no policy" in err


@pytest.mark.parametrize(
    ("listen", "security", "refused"),
    [
        ("127.0.0.1:50051", SecurityConfig(), False),
        ("[::1]:50051", SecurityConfig(), False),
        ("localhost:50051", SecurityConfig(), False),
        ("0.0.0.0:50051", SecurityConfig(), True),
        ("0.0.0.0:50051", SecurityConfig(insecure=True), False),
        ("0.0.0.0:50051", SecurityConfig(policy=Path("p.toml")), False),
        ("0.0.0.0:50051", SecurityConfig(tls_cert=Path("c"), tls_key=Path("k")), False),
    ],
)
def test_the_rule_refuses_only_plaintext_with_no_policy_beyond_loopback(
    listen: str, security: SecurityConfig, refused: bool
) -> None:
    assert (insecure_exposure(listen, security) is not None) is refused
    assert is_loopback(listen) is (listen.startswith(("127.", "[::1]", "localhost")))


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--tls-cert", "c.pem"], "--tls-cert and --tls-key go together"),
        (["--tls-client-ca", "ca.pem"], "--tls-client-ca (mTLS) needs --tls-cert"),
        (["--jwt-keys", "k.json", "--jwt-issuer", "i"], "--jwt-keys needs --jwt-issuer and"),
        (["--policy", "/nonexistent/policy.toml"], "No such file"),
    ],
)
async def test_settings_that_cannot_work_stop_start_up(args: list[str], words: str) -> None:
    assert words in await refused_start("--emulator", *args)


async def test_a_policy_that_does_not_parse_stops_start_up(tmp_path: Path) -> None:
    bad = tmp_path / "policy.toml"
    bad.write_text('[[callers]]\nid = "a"\nrpcs = ["*"]\nstripe_acounts = ["*"]\n')
    err = await refused_start("--emulator", "--policy", str(bad))
    assert "callers[0].stripe_acounts: unknown key" in err


async def test_start_up_log_states_mode_sources_and_callers_and_sighup_reloads(
    tmp_path: Path,
) -> None:
    ca = pki.new_ca()
    cert, key, clients = tmp_path / "c.pem", tmp_path / "k.pem", tmp_path / "ca.pem"
    pki.write_server(ca, cert, key)
    clients.write_bytes(ca.cert_pem.bytes())
    callers = [
        {"id": "spiffe://corp.example/sa/a", "rpcs": ["*"]},
        {"id": "tool", "rpcs": ["List*"], "token_sha256": token_sha256(TOKEN)},
    ]
    policy = write_policy(tmp_path / "policy.toml", callers)
    process, _port, seen = await spawn_serve(
        "--emulator",
        *("--tls-cert", str(cert), "--tls-key", str(key), "--tls-client-ca", str(clients)),
        *("--policy", str(policy)),
        api_key=KEY,
    )
    assert process.stderr is not None
    try:
        startup = b"".join(seen).decode()
        assert (
            "security: mTLS; identity sources: static tokens, mTLS; "
            f"policy {policy}: 2 callers" in startup
        )
        process.send_signal(signal.SIGHUP)
        async with asyncio.timeout(30):
            while b"SIGHUP: re-reading the policy" not in await process.stderr.readline():
                pass
        assert process.returncode is None  # SIGHUP reloads; it does not stop the gateway
    finally:
        process.send_signal(signal.SIGTERM)
        async with asyncio.timeout(30):
            await process.stderr.read()
            assert await process.wait() == 0


async def test_plaintext_loopback_start_up_says_so() -> None:
    process, _port, seen = await spawn_serve("--emulator", api_key=KEY)
    try:
        assert (
            "security: plaintext; identity sources: none; no policy (every caller may call "
            "every RPC)" in b"".join(seen).decode()
        )
    finally:
        process.kill()
        await process.wait()


async def test_health_listen_serves_health_alone_in_plaintext(tmp_path: Path) -> None:
    ca = pki.new_ca()
    cert, key = tmp_path / "c.pem", tmp_path / "k.pem"
    pki.write_server(ca, cert, key)
    policy = write_policy(tmp_path / "policy.toml", [{"id": "x", "rpcs": ["*"]}])
    s = await start(
        SecurityConfig(tls_cert=cert, tls_key=key, policy=policy, health_listen="127.0.0.1:0")
    )
    target = f"127.0.0.1:{s.gateway.health_port}"
    try:
        assert s.gateway.health_port not in (0, s.port)
        async with channel(target) as ch:
            health = health_pb2_grpc.HealthStub(ch)
            for service in ("", "checkout_gateway.v1.CheckoutSessionService"):
                reply = await health.Check(health_pb2.HealthCheckRequest(service=service))
                assert reply.status == health_pb2.HealthCheckResponse.SERVING
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                await stub(ch).ListCheckoutSessions(r.ListCheckoutSessionsRequest())
            assert caught.value.code() == grpc.StatusCode.UNIMPLEMENTED  # nothing else there
            await s.gateway.health.enter_graceful_shutdown()  # one servicer for both ports
            reply = await health.Check(health_pb2.HealthCheckRequest(service=""))
            assert reply.status == health_pb2.HealthCheckResponse.NOT_SERVING
        assert not s.emulator.requests
    finally:
        await s.stop()


async def test_sighup_to_the_supervisor_reaches_every_worker(tmp_path: Path) -> None:
    policy = write_policy(tmp_path / "policy.toml", [{"id": "x", "rpcs": ["*"]}])
    emulator = Emulator(api_key=KEY)
    await emulator.start()
    process, _port, _seen = await spawn_serve(
        "--stripe-api-base", emulator.base_url, "--workers", "2", "--policy", str(policy),
        api_key=KEY,
    )  # fmt: skip
    assert process.stderr is not None
    try:
        process.send_signal(signal.SIGHUP)
        reloaded = 0
        async with asyncio.timeout(30):
            while reloaded < 2:
                reloaded += b"SIGHUP: re-reading the policy" in await process.stderr.readline()
        process.send_signal(signal.SIGTERM)
        async with asyncio.timeout(30):
            rest = await process.stderr.read()
            assert await process.wait() == 0, rest.decode()
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        await emulator.stop()


async def test_without_a_policy_sighup_is_still_a_hangup() -> None:
    # `make run` in a terminal that closes must not leave a gateway holding the port.
    process, _port, _seen = await spawn_serve("--emulator", api_key=KEY)
    try:
        process.send_signal(signal.SIGHUP)
        async with asyncio.timeout(30):
            assert await process.wait() == -signal.SIGHUP
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


def test_configuration_log_shows_the_security_settings_that_differ() -> None:
    from gateway.config import Config

    config = Config(security=SecurityConfig(policy=Path("/etc/p.toml"), identity_from_xfcc=True))
    assert "  security = policy=/etc/p.toml identity_from_xfcc=True" in config.describe()
    assert "  security = (defaults: plaintext, no policy)" in Config().describe()


@pytest.mark.parametrize(
    ("name", "value", "typed"),
    [
        ("tls_cert", "/etc/gw/tls.crt", Path("/etc/gw/tls.crt")),
        ("policy", "/etc/gw/policy.toml", Path("/etc/gw/policy.toml")),
        ("jwt_identity_claim", "azp", "azp"),
        ("jwt_leeway", "5", 5.0),
        ("health_listen", "0.0.0.0:8081", "0.0.0.0:8081"),
        ("webhook_tls_cert", "/etc/gw/hooks.crt", Path("/etc/gw/hooks.crt")),
    ],
)
def test_security_settings_come_from_flags_then_the_environment(
    name: str, value: str, typed: object
) -> None:
    import argparse

    from gateway import security

    parser = argparse.ArgumentParser()
    security.add_arguments(parser)
    flag, env, _kind, _help = security.SETTINGS[name]
    listen = "127.0.0.1:1"
    # A certificate needs its key.
    keys = {"tls_cert": "GATEWAY_TLS_KEY", "webhook_tls_cert": "GATEWAY_WEBHOOK_TLS_KEY"}
    key = {keys[name]: "k"} if name in keys else {}
    loaded = security.load(parser.parse_args([]), listen, {env: value, **key})
    assert getattr(loaded, name) == typed
    loaded = security.load(parser.parse_args([flag, value]), listen, {env: "other", **key})
    assert getattr(loaded, name) == typed


async def test_workers_each_serve_tls_with_the_policy(tmp_path: Path) -> None:
    ca = pki.new_ca()
    cert, key = tmp_path / "c.pem", tmp_path / "k.pem"
    pki.write_server(ca, cert, key)
    token = "workers-token-aa11bb22cc33dd44ee55ff6677889900"
    secrets_guard.register(token)
    policy = write_policy(
        tmp_path / "policy.toml",
        [{"id": "w", "rpcs": ["List*"], "token_sha256": token_sha256(token)}],
    )
    emulator = Emulator(api_key=KEY)
    await emulator.start()
    process, port, _ = await spawn_serve(
        "--stripe-api-base", emulator.base_url, "--workers", "2",
        "--tls-cert", str(cert), "--tls-key", str(key), "--policy", str(policy),
        api_key=KEY,
    )  # fmt: skip
    try:
        for _ in range(4):  # a connection each: the kernel spreads them over the workers
            async with channel(f"127.0.0.1:{port}", roots=ca.cert_pem.bytes()) as ch:
                await stub(ch).ListCheckoutSessions(
                    r.ListCheckoutSessionsRequest(), metadata=bearer(token), timeout=30
                )
                with pytest.raises(grpc.aio.AioRpcError) as caught:
                    await stub(ch).GetCheckoutSession(
                        r.GetCheckoutSessionRequest(id="cs_test_1"), metadata=bearer(token)
                    )
                assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED
    finally:
        process.kill()
        await process.wait()
        await emulator.stop()
