"""Connection balancing: grpc server options that make clients reconnect now and then.

A Kubernetes Service balances connections, not calls, and a gRPC client keeps its HTTP/2
connection for as long as it can: without a maximum age, clients stay on the pods they first
reached, and a new replica gets nothing. With one, the server sends GOAWAY after
`--max-connection-age`, calls in flight get `--max-connection-age-grace` to finish, and the
client reconnects, through the Service, to any pod.
"""

from __future__ import annotations

from gateway.config import Config

__all__ = ["connection_age_options"]


def connection_age_options(config: Config) -> list[tuple[str, int]]:
    """The grpc server options for the configured ages (none when 0: grpc's default, forever)."""
    options = []
    if config.max_connection_age > 0:
        options.append(("grpc.max_connection_age_ms", round(config.max_connection_age * 1000)))
        if config.max_connection_age_grace > 0:
            options.append(
                ("grpc.max_connection_age_grace_ms", round(config.max_connection_age_grace * 1000))
            )
    return options
