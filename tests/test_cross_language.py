"""Other clients than our Python stubs: Node.js (grpc-js + proto-loader) and buf curl (reflection).

Each test runs a real gateway on a real socket (embedded emulator upstream) and drives it from a
child process started with asyncio, so the gateway keeps serving while the child runs.
"""

from __future__ import annotations

import asyncio
import json
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

from tests.conftest import start_stack, stop_stack

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


async def create_session(port: int) -> checkout_session_pb2.CheckoutSession:
    Req = checkout_session_requests_pb2.CreateCheckoutSessionRequest
    request = Req(
        mode=Req.MODE_PAYMENT,
        success_url="https://example.com/success",
        line_items=[Req.LineItem(price=TSHIRT, quantity=2)],
    )
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        stub = checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(channel)  # type: ignore[no-untyped-call]
        session: checkout_session_pb2.CheckoutSession = await stub.CreateCheckoutSession(
            request, timeout=10
        )
    assert session.id.startswith("cs_test_")
    return session


async def run(*args: str | Path) -> str:
    """Runs a child process without blocking the loop the gateway serves on; returns stdout."""
    proc = await asyncio.create_subprocess_exec(
        *map(str, args),
        cwd=ROOT,
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
