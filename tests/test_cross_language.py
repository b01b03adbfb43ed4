"""Other clients than our Python stubs: Node.js (grpc-js + proto-loader) and buf curl (reflection).

Each test runs a real gateway on a real socket (embedded emulator upstream) and drives it from a
child process started with asyncio, so the gateway keeps serving while the child runs.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import grpc
import pytest
from checkout_gateway.v1 import (
    checkout_session_pb2,
    checkout_session_requests_pb2,
    checkout_session_service_pb2_grpc,
)

from gateway.security import SecurityConfig
from tests import pki, secrets_guard, trust_stack
from tests.conftest import start_stack, stop_stack
from tests.trust_stack import token_sha256, write_policy

ROOT = Path(__file__).resolve().parent.parent
NODE_DIR = ROOT / "tests" / "node"
BUF = Path(sys.executable).parent / "buf"
TSHIRT = "price_1EmuTshirt0000000000000"
SERVICE = "checkout_gateway.v1.CheckoutSessionService"
RPCS = (
    "CreateCheckoutSession",
    "GetCheckoutSession",
    "UpdateCheckoutSession",
    "ExpireCheckoutSession",
    "ListCheckoutSessions",
    "StreamCheckoutSessions",
    "ListCheckoutSessionLineItems",
    "StreamCheckoutSessionLineItems",
    "WatchCheckoutSession",
    "StreamCheckoutSessionEvents",
)
SEEDED = 3  # sessions the embedded emulator starts with
TIMEOUT = 60.0


@pytest.fixture
async def port() -> AsyncIterator[int]:
    stack = await start_stack(seed=SEEDED)
    try:
        yield stack.gateway.port
    finally:
        await stop_stack(stack)


def create_request() -> checkout_session_requests_pb2.CreateCheckoutSessionRequest:
    Req = checkout_session_requests_pb2.CreateCheckoutSessionRequest
    return Req(
        mode=Req.MODE_PAYMENT,
        success_url="https://example.com/success",
        line_items=[Req.LineItem(price=TSHIRT, quantity=2)],
    )


async def create_session(port: int) -> checkout_session_pb2.CheckoutSession:
    request = create_request()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        stub = checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(channel)
        session: checkout_session_pb2.CheckoutSession = await stub.CreateCheckoutSession(
            request, timeout=10
        )
    assert session.id.startswith("cs_test_")
    return session


async def run(*args: str | Path, env: dict[str, str] | None = None) -> str:
    """Runs a child process without blocking the loop the gateway serves on; returns stdout."""
    proc = await asyncio.create_subprocess_exec(
        *map(str, args),
        cwd=ROOT,
        env=None if env is None else {**os.environ, **env},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        out, err = await asyncio.wait_for(proc.communicate(), TIMEOUT)
    except TimeoutError:
        proc.kill()
        await proc.wait()
        raise
    assert proc.returncode == 0, f"{args[0]} exited {proc.returncode}:\n{err.decode()}"
    return out.decode()


def _node() -> str:
    node = shutil.which("node")
    assert node is not None, "node is required (make test installs tests/node deps with npm ci)"
    assert (NODE_DIR / "node_modules" / "@grpc" / "grpc-js").is_dir(), (
        "tests/node/node_modules missing: run `make tests/node/node_modules/.installed`"
    )
    return node


async def test_node_client_gets_and_streams_sessions(port: int) -> None:
    created = await create_session(port)

    out = await run(_node(), NODE_DIR / "client.js", f"127.0.0.1:{port}", created.id)
    result = json.loads(out)

    get = result["get"]
    assert get["id"] == created.id
    assert get["status"] == "STATUS_OPEN"  # enum by name, as proto-loader gives it
    assert get["request_id"].startswith("req_"), "request-id metadata missing on Get"

    stream = result["stream"]
    assert stream["count"] == SEEDED + 1
    assert stream["ids"][0] == created.id  # newest first
    assert len(set(stream["ids"])) == stream["count"]
    assert all(s.startswith("STATUS_") for s in stream["statuses"])
    assert stream["request_id"].startswith("req_"), "request-id metadata missing on Stream"


async def test_node_client_reports_not_found(port: int) -> None:
    proc = await asyncio.create_subprocess_exec(
        _node(),
        str(NODE_DIR / "client.js"),
        f"127.0.0.1:{port}",
        "cs_test_doesnotexist",
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await asyncio.wait_for(proc.communicate(), TIMEOUT)
    assert proc.returncode == 1
    assert f"code {grpc.StatusCode.NOT_FOUND.value[0]}:" in err.decode()


async def test_node_client_watches_a_session_until_it_is_paid() -> None:
    # No webhooks: the gateway polls, quickly here so the test is short.
    stack = await start_stack(watch_poll_initial=0.2, watch_poll_max=0.5)
    port = stack.gateway.port
    try:
        created = await create_session(port)
        proc = await asyncio.create_subprocess_exec(
            _node(),
            str(NODE_DIR / "client.js"),
            f"127.0.0.1:{port}",
            created.id,
            "watch",
            cwd=ROOT,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stderr is not None
        try:
            async with asyncio.timeout(TIMEOUT):
                assert await proc.stderr.readline() == b"watching\n"
                stack.emulator.complete_session(created.id)
                out = await proc.stdout.read()
                assert await proc.wait() == 0, (await proc.stderr.read()).decode()
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
    finally:
        await stop_stack(stack)
    watch = json.loads(out)["watch"]
    assert watch["ids"] == [created.id, created.id]
    assert watch["statuses"] == ["STATUS_OPEN", "STATUS_COMPLETE"]
    assert watch["payment_statuses"] == ["PAYMENT_STATUS_UNPAID", "PAYMENT_STATUS_PAID"]


def _buf(*args: str) -> list[str]:
    return [str(BUF), "curl", "--protocol", "grpc", "--http2-prior-knowledge", *args]


async def test_buf_curl_lists_methods_via_reflection(port: int) -> None:
    out = await run(*_buf("--list-methods", f"http://127.0.0.1:{port}"))
    listed = set(out.split())
    assert {f"{SERVICE}/{rpc}" for rpc in RPCS} <= listed
    assert len([m for m in listed if m.startswith(f"{SERVICE}/")]) == len(RPCS)


async def test_buf_curl_calls_get_via_reflection(port: int) -> None:
    created = await create_session(port)
    out = await run(
        *_buf(
            "--data",
            json.dumps({"id": created.id}),
            f"http://127.0.0.1:{port}/{SERVICE}/GetCheckoutSession",
        )
    )
    session = json.loads(out)
    assert session["id"] == created.id
    assert session["status"] == "STATUS_OPEN"


# --- over mTLS, with a token ----------------------------------------------------------------

NODE_TOKEN = "node-token-8f7e6d5c4b3a29180f1e2d3c4b5a6978"
secrets_guard.register(NODE_TOKEN)


async def test_node_client_calls_over_mtls_with_a_token(tmp_path: Path) -> None:
    ca = pki.new_ca()
    files = {name: tmp_path / name for name in ("ca.pem", "server.pem", "server.key")}
    pki.write_server(ca, files["server.pem"], files["server.key"])
    files["ca.pem"].write_bytes(ca.cert_pem.bytes())
    client = pki.issue_client(ca, dns=("node.corp.example",))
    (tmp_path / "client.pem").write_bytes(client.cert)
    (tmp_path / "client.key").write_bytes(client.key)
    caller = {"id": "node-service", "rpcs": ["*"], "token_sha256": token_sha256(NODE_TOKEN)}
    security = SecurityConfig(
        tls_cert=files["server.pem"],
        tls_key=files["server.key"],
        tls_client_ca=files["ca.pem"],
        policy=write_policy(tmp_path / "policy.toml", [caller]),
    )
    stack = await start_stack(seed=SEEDED, security=security)
    port = stack.gateway.port
    try:
        async with trust_stack.channel(
            f"127.0.0.1:{port}", roots=ca.cert_pem.bytes(), client=client
        ) as ch:
            created = await trust_stack.stub(ch).CreateCheckoutSession(
                create_request(), metadata=trust_stack.bearer(NODE_TOKEN), timeout=TIMEOUT
            )
        env = {
            "GATEWAY_CA": str(files["ca.pem"]),
            "GATEWAY_CLIENT_CERT": str(tmp_path / "client.pem"),
            "GATEWAY_CLIENT_KEY": str(tmp_path / "client.key"),
            "GATEWAY_TOKEN": NODE_TOKEN,
        }
        target = f"127.0.0.1:{port}"
        result = json.loads(await run(_node(), NODE_DIR / "client.js", target, created.id, env=env))
        assert result["get"]["id"] == created.id
        assert result["stream"]["count"] == SEEDED + 1
        # buf curl as the README shows it: TLS, a client certificate, a token (for reflection too).
        out = await run(
            str(BUF), "curl", "--protocol", "grpc",
            "--cacert", str(files["ca.pem"]),
            "--cert", str(tmp_path / "client.pem"), "--key", str(tmp_path / "client.key"),
            "-H", f"authorization: Bearer {NODE_TOKEN}",
            "--reflect-header", f"authorization: Bearer {NODE_TOKEN}",
            "--data", json.dumps({"id": created.id}),
            f"https://localhost:{port}/{SERVICE}/GetCheckoutSession",
        )  # fmt: skip
        assert json.loads(out)["id"] == created.id
        # Without the token, the certificate's own identity is not in the policy.
        del env["GATEWAY_TOKEN"]
        with pytest.raises(AssertionError, match=r"code 7: .*caller node\.corp\.example"):
            await run(_node(), NODE_DIR / "client.js", target, created.id, env=env)
    finally:
        await stop_stack(stack)
