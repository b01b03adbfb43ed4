"""Sending an RPC's error status, to a caller who may already be gone.

A caller that cancelled, or whose deadline passed, can no longer be answered: grpc's
`abort_with_status` then fails inside grpc (ExecuteBatchError), and grpc logs that as an
ERROR with a chained traceback per call. Nothing is wrong with the gateway, so this says so
once, at DEBUG, and ends the handler the way grpc ends a cancelled one, quietly.
"""

from __future__ import annotations

import asyncio
from typing import Any, NoReturn

import grpc

from gateway.logs import RPC_LOG

__all__ = ["abort"]


async def abort(
    context: grpc.aio.ServicerContext[Any, Any], status: grpc.Status, method: str
) -> NoReturn:
    """Send `status` and end the handler; raises AbortError, or CancelledError if not sent."""
    if not context.done():
        try:
            await context.abort_with_status(status)
        except grpc.aio.AbortError:
            raise  # sent: this is how grpc ends a handler that aborted
        except Exception:  # grpc's ExecuteBatchError: the call ended while we answered
            pass
    RPC_LOG.debug("rpc method=%s: status %s not sent, the caller is gone", method, status.code.name)
    # A handler that raises CancelledError ends without a traceback; grpc logs one DEBUG line.
    raise asyncio.CancelledError
