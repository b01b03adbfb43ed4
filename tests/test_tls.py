"""TLS and mTLS over real sockets, with a CA made at test time: certificates rotated under a
running server, bad rotations kept out, and client certificates that must be refused."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import grpc
import pytest
import trustme
from checkout_gateway.v1 import checkout_session_requests_pb2 as r

from gateway.security import SecurityConfig
from tests import pki
from tests.trust_stack import SecureStack, channel, start, stub, write_policy

ORDERS = "spiffe://corp.example/ns/shop/sa/orders"


@dataclass
class Files:
    ca: trustme.CA
    cert: Path
    key: Path
    client_ca: Path


@pytest.fixture
def files(tmp_path: Path) -> Files:
    ca = pki.new_ca()
    f = Files(ca, tmp_path / "server.pem", tmp_path / "server.key", tmp_path / "clients.pem")
    pki.write_server(ca, f.cert, f.key)
    f.client_ca.write_bytes(ca.cert_pem.bytes())
    return f


def tls(files: Files, *, mtls: bool = False, policy: Path | None = None) -> SecurityConfig:
    return SecurityConfig(
        tls_cert=files.cert,
        tls_key=files.key,
        tls_client_ca=files.client_ca if mtls else None,
        policy=policy,
        reload_interval=0,  # every handshake looks at the files
    )


@pytest.fixture
async def tls_stack(files: Files) -> AsyncIterator[SecureStack]:
    s = await start(tls(files))
    yield s
    await s.stop()


async def list_sessions(ch: grpc.aio.Channel) -> str:
    """One call through `ch`: the object Stripe answered with (it raises if the call fails)."""
    reply = await stub(ch).ListCheckoutSessions(r.ListCheckoutSessionsRequest(limit=1), timeout=20)
    return str(reply.object)


async def test_tls_serves_a_client_that_trusts_the_ca(tls_stack: SecureStack, files: Files) -> None:
    async with channel(tls_stack.target, roots=files.ca.cert_pem.bytes()) as ch:
        assert await list_sessions(ch) == "list"


async def test_tls_refuses_plaintext(tls_stack: SecureStack) -> None:
    async with channel(tls_stack.target) as ch:
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await list_sessions(ch)
    assert caught.value.code() == grpc.StatusCode.UNAVAILABLE
    assert not tls_stack.emulator.requests


async def test_rotation_keeps_old_connections_and_serves_new_ones_the_new_certificate(
    tls_stack: SecureStack, files: Files
) -> None:
    old_roots = files.ca.cert_pem.bytes()
    before = channel(tls_stack.target, roots=old_roots)
    try:
        assert await list_sessions(before) == "list"
        new_ca = pki.new_ca()
        pki.write_server(new_ca, files.cert, files.key)  # rotated in place, as cert-manager does
        assert await list_sessions(before) == "list"  # the open connection keeps its certificate
        async with channel(tls_stack.target, roots=new_ca.cert_pem.bytes()) as fresh:
            assert await list_sessions(fresh) == "list"  # a new connection gets the new one
        async with channel(tls_stack.target, roots=old_roots) as stale:
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                await list_sessions(stale)  # ...and so no longer verifies with the old CA
        assert caught.value.code() == grpc.StatusCode.UNAVAILABLE
        assert await list_sessions(before) == "list"
    finally:
        await before.close()


@pytest.mark.parametrize(
    "damage",
    ["garbage certificate", "key of another certificate", "empty key file"],
)
async def test_a_bad_rotation_is_logged_and_the_old_certificate_stays(
    tls_stack: SecureStack,
    files: Files,
    tmp_path: Path,
    damage: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    if damage == "garbage certificate":
        files.cert.write_bytes(b"-----BEGIN CERTIFICATE-----\nnot base64\n")
    elif damage == "key of another certificate":
        pki.write_server(pki.new_ca(), tmp_path / "other.pem", files.key)
    else:
        files.key.write_bytes(b"")
    async with channel(tls_stack.target, roots=files.ca.cert_pem.bytes()) as ch:
        assert await list_sessions(ch) == "list"
    refusals = [m for m in caplog.messages if "TLS certificate: new version refused" in m]
    assert len(refusals) == 1


# --- mTLS ---------------------------------------------------------------------------------


@pytest.fixture
async def mtls_stack(files: Files, tmp_path: Path) -> AsyncIterator[SecureStack]:
    policy = write_policy(
        tmp_path / "policy.toml",
        [{"id": ORDERS, "rpcs": ["*"]}, {"id": "billing.corp.example", "rpcs": ["List*"]}],
    )
    s = await start(tls(files, mtls=True, policy=policy))
    yield s
    await s.stop()


@pytest.mark.parametrize(
    ("uri", "dns"),
    [
        (ORDERS, ("orders.shop.svc",)),  # the SPIFFE URI wins over DNS names
        (None, ("billing.corp.example", "other.corp.example")),  # else the first DNS name
    ],
)
async def test_mtls_caller_is_the_spiffe_uri_else_the_first_dns_name(
    mtls_stack: SecureStack,
    files: Files,
    uri: str | None,
    dns: tuple[str, ...],
    caplog: pytest.LogCaptureFixture,
) -> None:
    client = pki.issue_client(files.ca, uri=uri, dns=dns)
    async with channel(mtls_stack.target, roots=files.ca.cert_pem.bytes(), client=client) as ch:
        assert await list_sessions(ch) == "list"
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await stub(ch).ListCheckoutSessions(
                r.ListCheckoutSessionsRequest(limit=1), metadata=(("stripe-account", "acct_1X"),)
            )
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED
    assert f"caller {uri or dns[0]} may not act on" in (caught.value.details() or "")


@pytest.mark.parametrize("kind", ["another CA", "expired", "none"])
async def test_mtls_refuses_a_client_certificate_that_does_not_verify(
    mtls_stack: SecureStack, files: Files, kind: str
) -> None:
    client = {
        "another CA": pki.issue_client(pki.new_ca(), uri=ORDERS),
        "expired": pki.issue_client(files.ca, uri=ORDERS, expired=True),
        "none": None,
    }[kind]
    async with channel(mtls_stack.target, roots=files.ca.cert_pem.bytes(), client=client) as ch:
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await list_sessions(ch)
    assert caught.value.code() == grpc.StatusCode.UNAVAILABLE
    assert not mtls_stack.emulator.requests


async def test_tls_start_up_refuses_a_key_that_is_not_the_certificates(
    files: Files, tmp_path: Path
) -> None:
    pki.write_server(pki.new_ca(), tmp_path / "other.pem", files.key)
    with pytest.raises(ValueError, match="does not belong to the certificate"):
        await start(tls(files))


def test_tls_log_names_the_certificate_but_never_its_key(
    files: Files, caplog: pytest.LogCaptureFixture
) -> None:
    from gateway.trust.tls import load_configuration

    with caplog.at_level(logging.INFO, "gateway.tls"):
        load_configuration((files.cert.read_bytes(), files.key.read_bytes()))
    assert "TLS certificate OU=Testing cert" in caplog.text
    assert "PRIVATE" not in caplog.text and "BEGIN" not in caplog.text
