"""--max-connection-age: the server closes old connections, so clients reconnect and spread."""

from __future__ import annotations

import asyncio

import grpc
import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2 as r

from gateway.config import Config
from gateway.connections import connection_age_options
from tests.conftest import start_stack, stop_stack
from tests.test_gateway_rpcs import create_request

AGE, GRACE = "grpc.max_connection_age_ms", "grpc.max_connection_age_grace_ms"


@pytest.mark.parametrize(
    ("age", "grace", "options"),
    [
        (0.0, 0.0, []),
        (0.0, 30.0, []),  # a grace means nothing without an age
        (300.0, 0.0, [(AGE, 300_000)]),
        (
            300.0,
            30.0,
            [("grpc.max_connection_age_ms", 300_000), ("grpc.max_connection_age_grace_ms", 30_000)],
        ),
        (
            0.25,
            0.5,
            [("grpc.max_connection_age_ms", 250), ("grpc.max_connection_age_grace_ms", 500)],
        ),
    ],
)
def test_connection_age_options(age: float, grace: float, options: list[tuple[str, int]]) -> None:
    config = Config(max_connection_age=age, max_connection_age_grace=grace)
    assert connection_age_options(config) == options


async def test_a_connection_past_its_age_is_closed_and_the_client_reconnects() -> None:
    stack = await start_stack(max_connection_age=1.0, max_connection_age_grace=1.0)
    try:
        created = await stack.stub.CreateCheckoutSession(create_request(), timeout=20)
        assert stack.channel.get_state() == grpc.ChannelConnectivity.READY
        # The server sends GOAWAY after about a second: the channel leaves READY by itself.
        async with asyncio.timeout(30):
            await stack.channel.wait_for_state_change(grpc.ChannelConnectivity.READY)
        assert stack.channel.get_state() != grpc.ChannelConnectivity.READY
        got = await stack.stub.GetCheckoutSession(
            r.GetCheckoutSessionRequest(id=created.id), timeout=20
        )
        assert got.id == created.id  # on a new connection
    finally:
        await stop_stack(stack)
