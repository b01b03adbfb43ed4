"""Who is calling: the caller identity of the RPC being served.

Authentication sets it once per RPC, before the handler runs; every signal that names the
caller (the audit trail, the log line, metrics, traces) reads it from here. A ContextVar,
because grpc.aio serves each RPC, its interceptors included, in one asyncio task.
"""

from __future__ import annotations

from contextvars import ContextVar

# None: no identity was established (no authentication is configured, or not yet run).
CALLER: ContextVar[str | None] = ContextVar("caller", default=None)


def current_caller() -> str | None:
    """The identity of the caller of the RPC being served, if one was established."""
    return CALLER.get()
