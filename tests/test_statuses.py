"""gateway.statuses.abort: a status for a caller already gone is one DEBUG line, no traceback."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import grpc
import pytest

from gateway.statuses import abort
from tests.test_deadlines import tracebacks


async def test_a_status_for_a_caller_who_left_is_one_debug_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    waiting = asyncio.Event()
    finished = asyncio.Event()

    async def handler(request: bytes, context: grpc.aio.ServicerContext[Any, Any]) -> bytes:
        try:
            waiting.set()
            await asyncio.sleep(30)  # until the caller cancels
        except asyncio.CancelledError:
            pass
        try:
            status = grpc.Status()
            status.code, status.details, status.trailing_metadata = (
                grpc.StatusCode.UNAVAILABLE,
                "too late",
                (("idempotency-key", "k"),),
            )
            await abort(context, status, "Slow")
        finally:
            finished.set()

    server = grpc.aio.server()
    server.add_generic_rpc_handlers(
        (
            grpc.method_handlers_generic_handler(
                "test.Slow", {"Call": grpc.unary_unary_rpc_method_handler(handler)}
            ),
        )
    )
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            call = channel.unary_unary("/test.Slow/Call")(b"")
            await asyncio.wait_for(waiting.wait(), 10)
            call.cancel()
            await asyncio.wait_for(finished.wait(), 10)
            assert await call.code() == grpc.StatusCode.CANCELLED
        await asyncio.sleep(0.2)  # anything grpc would log after the handler ends
    finally:
        await server.stop(0)
    gone = [rec for rec in caplog.records if "not sent, the caller is gone" in rec.getMessage()]
    assert [(rec.levelno, rec.name) for rec in gone] == [(logging.DEBUG, "gateway.rpc")]
    assert tracebacks(caplog) == []
    assert [rec.getMessage() for rec in caplog.records if rec.levelno >= logging.WARNING] == []
