"""HTTPS on the webhook port (`--webhook-tls-cert`, `--webhook-tls-key`), re-read on change.

For a Stripe that reaches the gateway itself, or a proxy that re-encrypts; behind a proxy
that terminates TLS the port stays plain HTTP (docs/security.md says why that is safe). Like
the gRPC port's certificate (gateway.trust.tls), a rotated pair is used from the next connection
on, and a pair that does not load is logged while the old one serves on. Python's ssl has no
per-handshake certificate hook, but its SNI callback runs at every handshake (SNI sent or
not) and may move the connection to another context: the latest one loaded.
"""

from __future__ import annotations

import ssl
from pathlib import Path

from gateway.trust.watched import Watched

__all__ = ["server_context"]


def _context(cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        context.load_cert_chain(cert, key)
    except ssl.SSLError as exc:
        # OpenSSL's own words ("PEM lib") do not say which file is wrong or how.
        raise ValueError(
            f"webhook TLS: {cert} and {key} are not a PEM certificate chain and its "
            f"unencrypted private key ({exc.reason or exc})"
        ) from None
    return context


def server_context(cert: Path, key: Path, *, interval: float = 1.0) -> ssl.SSLContext:
    """The context to serve with; raises ValueError (or OSError) if the pair does not load."""
    # Loaded from the paths, not the bytes Watched read (ssl loads chains from files only):
    # a change between the two reads shows as one more change at the next refresh.
    watched: Watched[ssl.SSLContext] = Watched(
        "webhook TLS certificate", [cert, key], lambda _: _context(cert, key), interval=interval
    )
    first = watched.value

    def latest(connection: ssl.SSLObject, server_name: str | None, _: ssl.SSLContext) -> None:
        watched.refresh()
        if watched.value is not first:
            connection.context = watched.value

    first.sni_callback = latest
    return first
