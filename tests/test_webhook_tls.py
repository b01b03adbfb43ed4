"""HTTPS on the webhook port (`--webhook-tls-cert`, `--webhook-tls-key`) over real sockets,
with trustme certificates made at test time."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import signal
import ssl
import subprocess
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import orjson
import pytest
import trustme
from cryptography import x509

from gateway.events.pipeline import EventPipeline
from gateway.events.webhook_server import WebhookServer
from gateway.events.webhooks import sign
from gateway.trust.webhook_tls import server_context
from tests import secrets_guard
from tests.conftest import API_KEY, CLI, spawn_serve
from tests.pki import new_ca, write_server

SECRET = "whsec_webhooktlstests0000000000000000001"
secrets_guard.register(SECRET)
RECEIVING = re.compile(rb"receiving Stripe webhooks on (https://127\.0\.0\.1:\d+/stripe/webhook)")


def signed_event(ident: str) -> tuple[bytes, dict[str, str]]:
    body = orjson.dumps(
        {
            "id": ident,
            "object": "event",
            "type": "checkout.session.completed",
            "created": int(time.time()),
            "api_version": "2026-10-28.endive",
            "data": {"object": {"id": "cs_test_tls", "object": "checkout.session"}},
        }
    )
    t = int(time.time())
    return body, {"Stripe-Signature": f"t={t},v1={sign(body, SECRET, t)}"}


def trusting(*cas: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context()
    for ca in cas:
        ca.configure_trust(context)
    return context


@dataclass
class Tls:
    ca: trustme.CA
    cert: Path
    key: Path


@pytest.fixture
def tls(tmp_path: Path) -> Tls:
    ca = new_ca()
    cert, key = tmp_path / "webhook.pem", tmp_path / "webhook.key"
    write_server(ca, cert, key)
    return Tls(ca, cert, key)


@dataclass
class Https:
    server: WebhookServer
    pipeline: EventPipeline


@pytest.fixture
async def https(tls: Tls) -> AsyncIterator[Https]:
    pipeline = EventPipeline()
    # interval 0: the files are looked at on every handshake, so a rotation shows at once.
    context = server_context(tls.cert, tls.key, interval=0)
    server = WebhookServer("127.0.0.1:0", (SECRET,), pipeline, ssl_context=context)
    await server.start()
    pipeline.start()
    yield Https(server, pipeline)
    await server.stop()
    await pipeline.stop()


async def test_a_signed_event_over_https_is_accepted(https: Https, tls: Tls) -> None:
    assert https.server.url.startswith("https://127.0.0.1:")
    body, headers = signed_event("evt_tls_1")
    async with httpx.AsyncClient(verify=trusting(tls.ca), timeout=30) as http:
        answer = await http.post(https.server.url, content=body, headers=headers)
    assert answer.status_code == 200
    await https.pipeline.join()
    assert https.pipeline.accepted == 1


async def test_plain_http_to_the_https_port_gets_no_answer(https: Https) -> None:
    body, headers = signed_event("evt_tls_plain")
    plain = https.server.url.replace("https://", "http://")
    async with httpx.AsyncClient(timeout=30) as http:
        with pytest.raises(httpx.TransportError):
            await http.post(plain, content=body, headers=headers)
    assert https.pipeline.accepted == 0


async def test_a_client_that_does_not_trust_the_certificate_is_refused(https: Https) -> None:
    body, headers = signed_event("evt_tls_untrusted")
    async with httpx.AsyncClient(verify=trusting(new_ca()), timeout=30) as http:
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            await http.post(https.server.url, content=body, headers=headers)


async def served_serial(port: int, context: ssl.SSLContext) -> int:
    """The serial number of the certificate the port presents to a new connection."""
    _reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=context)
    try:
        der = writer.get_extra_info("ssl_object").getpeercert(binary_form=True)
    finally:
        writer.close()
        await writer.wait_closed()
    return x509.load_der_x509_certificate(der).serial_number


async def test_a_rotated_certificate_serves_new_connections_and_a_broken_one_is_refused(
    https: Https, tls: Tls, caplog: pytest.LogCaptureFixture
) -> None:
    rotated = new_ca()
    client = trusting(tls.ca, rotated)
    port = https.server.port
    first = await served_serial(port, client)
    write_server(rotated, tls.cert, tls.key)  # as cert-manager rewrites the secret's files
    second = await served_serial(port, client)
    assert second != first
    with caplog.at_level(logging.ERROR, logger="gateway.watched"):
        tls.cert.write_bytes(b"-----BEGIN CERTIFICATE-----\nnot one\n")
        assert await served_serial(port, client) == second  # the last good pair serves on
    assert "webhook TLS certificate: new version refused" in caplog.text


async def test_serve_answers_webhooks_over_https(tls: Tls, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", SECRET)
    process, _port, seen = await spawn_serve(
        *("--emulator", "--webhook-listen", "127.0.0.1:0"),
        *("--webhook-tls-cert", str(tls.cert), "--webhook-tls-key", str(tls.key)),
        api_key=API_KEY,
    )
    try:
        match = next(m for line in seen if (m := RECEIVING.search(line)))
        body, headers = signed_event("evt_tls_serve")
        async with httpx.AsyncClient(verify=trusting(tls.ca), timeout=30) as http:
            answer = await http.post(match.group(1).decode(), content=body, headers=headers)
        assert answer.status_code == 200
    finally:
        process.send_signal(signal.SIGTERM)
        async with asyncio.timeout(30):
            await process.wait()


LISTEN = ("--webhook-listen", "127.0.0.1:0")
NOT_A_PAIR = "are not a PEM certificate chain and its unencrypted private key"


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        ((*LISTEN, "--webhook-tls-cert", "{cert}"), "go together"),
        (("--webhook-tls-key", "{key}"), "go together"),
        (("--webhook-tls-cert", "{cert}", "--webhook-tls-key", "{key}"), "need --webhook-listen"),
        ((*LISTEN, "--webhook-tls-cert", "{cert}", "--webhook-tls-key", "{cert}"), NOT_A_PAIR),
        ((*LISTEN, "--webhook-tls-cert", "{cert}", "--webhook-tls-key", "{other_key}"), NOT_A_PAIR),
        ((*LISTEN, "--webhook-tls-cert", "{gone}", "--webhook-tls-key", "{key}"), "gone.pem"),
    ],
)
def test_serve_refuses_webhook_tls_that_cannot_work(
    tls: Tls, tmp_path: Path, flags: tuple[str, ...], message: str
) -> None:
    other_cert, other_key = tmp_path / "other.pem", tmp_path / "other.key"
    write_server(new_ca(), other_cert, other_key)
    paths = {
        "cert": tls.cert,
        "key": tls.key,
        "other_key": other_key,
        "gone": tmp_path / "gone.pem",
    }
    argv = [flag.format(**paths) for flag in flags]
    result = subprocess.run(
        [str(CLI), "serve", "--listen", "127.0.0.1:0", *argv],
        env={**os.environ, "STRIPE_API_KEY": API_KEY, "STRIPE_WEBHOOK_SECRET": SECRET},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert secrets_guard.find_secrets(result.stderr) == []
