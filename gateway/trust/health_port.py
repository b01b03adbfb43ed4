"""`--health-listen`: the health service alone, in plaintext, on a port of its own.

Kubernetes' native gRPC probes speak neither TLS nor tokens and come from the node, not from
loopback: they get this port, where nothing but `grpc.health.v1.Health` is served, from the
gateway's own HealthServicer (so it turns NOT_SERVING at shutdown with the main port).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import grpc
from grpc_health.v1 import health_pb2_grpc

__all__ = ["serve_health"]


async def serve_health(
    health: Any, listen: str, options: Sequence[tuple[str, int | str]] = ()
) -> tuple[grpc.aio.Server, int]:
    """A started server with `health` alone on `listen`, and its port; OSError if it cannot bind."""
    server = grpc.aio.server(options=list(options))
    health_pb2_grpc.add_HealthServicer_to_server(health, server)
    try:
        port: int = server.add_insecure_port(listen)
    except RuntimeError:  # grpc's "Failed to bind"
        port = 0
    if port == 0:
        raise OSError(f"cannot listen on {listen} for health: in use, or not an address here")
    await server.start()
    return server, port
