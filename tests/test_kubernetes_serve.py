"""The Deployment's own arguments, run: `serve` with them (paths and ports moved to this test's)
serves health in plaintext, mTLS with the policy, and metrics summed over its workers, with
the caller on each handled call.

It needs the trust boundary's flags and its test CA (tests/pki.py): until that branch is
merged it is skipped, and from then on it runs.
"""

from __future__ import annotations

import asyncio
import signal
import socket
from pathlib import Path

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from gateway.server import SERVICE_NAME
from stripe_emulator import Emulator
from tests.conftest import API_KEY, spawn_serve
from tests.test_gateway_rpcs import create_request
from tests.test_kubernetes import DEPLOY, container
from tests.test_metrics import scrape, value
from tests.test_workers import kill

pki = pytest.importorskip("tests.pki", reason="needs the trust boundary's test CA (tests/pki.py)")
trust_stack = pytest.importorskip("tests.trust_stack", reason="needs the trust boundary")

# The caller the base's policy.toml allows, and one it does not.
ORDERS = "spiffe://cluster.local/ns/shop/sa/orders"
STRANGER = "spiffe://cluster.local/ns/other/sa/stranger"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_the_deployments_arguments_serve(tmp_path: Path) -> None:
    ca = pki.new_ca()
    pki.write_server(ca, tmp_path / "tls.crt", tmp_path / "tls.key")
    (tmp_path / "ca.crt").write_bytes(ca.cert_pem.bytes())
    (tmp_path / "policy.toml").write_text((DEPLOY / "policy.toml").read_text())
    health_port, metrics_port = free_port(), free_port()
    args = []
    for arg in container()["args"]:
        flag, _, setting = arg.partition("=")
        if flag == "--listen":
            continue  # spawn_serve listens on a port of its own
        if flag == "--health-listen":
            setting = f"127.0.0.1:{health_port}"
        elif flag == "--metrics-listen":
            setting = f"127.0.0.1:{metrics_port}"
        elif setting.startswith("/etc/checkout-gateway/"):
            setting = str(tmp_path / Path(setting).name)  # what the volumes mount there
        args.append(f"{flag}={setting}")

    async with Emulator(api_key=API_KEY) as emulator:
        process, port, _ = await spawn_serve(
            *args, "--stripe-api-base", emulator.base_url, api_key=API_KEY
        )
        try:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{health_port}") as ch:
                reply = await health_pb2_grpc.HealthStub(ch).Check(
                    health_pb2.HealthCheckRequest(service=SERVICE_NAME), timeout=10
                )
            assert reply.status == health_pb2.HealthCheckResponse.SERVING
            roots = ca.cert_pem.bytes()
            for caller in (ORDERS, STRANGER):
                client = pki.issue_client(ca, uri=caller)
                target = f"localhost:{port}"
                async with trust_stack.channel(target, roots=roots, client=client) as ch:
                    call = trust_stack.stub(ch).CreateCheckoutSession(create_request(), timeout=20)
                    if caller == ORDERS:
                        await call
                    else:
                        with pytest.raises(grpc.aio.AioRpcError) as refused:
                            await call
                        assert refused.value.code() == grpc.StatusCode.PERMISSION_DENIED
            series = await scrape(metrics_port)
            process.send_signal(signal.SIGTERM)  # so the supervisor removes its metrics directory
            async with asyncio.timeout(60):
                assert await process.wait() == 0
        finally:
            await kill(process)

    create = {"grpc_type": "unary", "grpc_service": SERVICE_NAME}
    create["grpc_method"] = "CreateCheckoutSession"
    handled = "grpc_server_handled_total"
    assert value(series, handled, **create, grpc_code="OK", caller=ORDERS) == 1
    assert value(series, handled, **create, grpc_code="PERMISSION_DENIED", caller=STRANGER) == 1
