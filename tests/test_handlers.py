"""How the server takes calls: every handler generic, so grpc.aio keeps one task waiting for
the next call instead of one per registered method, all waited on again at each call."""

from __future__ import annotations

import asyncio

from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

from gateway.handlers import SERVICE
from tests.conftest import Stack


def waiting_for_calls(kind: str) -> int:
    """grpc.aio's tasks waiting for a new call: `_request_call` (generic handlers, one for
    all) or `_request_registered_call` (one per registered method)."""
    return sum(f"AioServer.{kind}()" in repr(task) for task in asyncio.all_tasks())


async def test_one_task_waits_for_every_method_and_health_and_reflection_answer(
    stack: Stack,
) -> None:
    health = await health_pb2_grpc.HealthStub(stack.channel).Check(
        health_pb2.HealthCheckRequest(service=SERVICE.full_name), timeout=20
    )
    assert health.status == health_pb2.HealthCheckResponse.SERVING
    listed = reflection_pb2_grpc.ServerReflectionStub(stack.channel).ServerReflectionInfo(
        iter([reflection_pb2.ServerReflectionRequest(list_services="")]), timeout=20
    )
    services = {s.name async for answer in listed for s in answer.list_services_response.service}
    assert SERVICE.full_name in services and "grpc.health.v1.Health" in services
    assert waiting_for_calls("_request_call") == 1
    assert waiting_for_calls("_request_registered_call") == 0
