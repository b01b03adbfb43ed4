"""Server TLS: the certificate, its key and (for mTLS) the client CA, re-read when they change.

grpcio's dynamic server credentials ask `fetch` before every new handshake: a rotated file
is in use from the next connection on, and connections already open keep theirs. A new
version is checked first (PEM parses, the key is the certificate's), so a half-written or
mismatched rotation is logged and the old certificate stays.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from gateway.trust.watched import Watched

log = logging.getLogger("gateway.tls")

__all__ = ["TlsFiles", "server_credentials"]


@dataclass(frozen=True)
class TlsFiles:
    cert: Path
    key: Path
    client_ca: Path | None = None

    @property
    def mode(self) -> str:
        return "mTLS" if self.client_ca is not None else "TLS"


def _public(key: Any) -> bytes:
    data: bytes = key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return data


def load_configuration(contents: tuple[bytes, ...]) -> Any:
    """(cert chain, key[, client CA]) PEM bytes -> grpc's certificate configuration."""
    cert_pem, key_pem, *ca = contents
    try:
        chain = x509.load_pem_x509_certificates(cert_pem)
    except ValueError:
        raise ValueError("the certificate file holds no PEM certificate") from None
    try:
        key = serialization.load_pem_private_key(key_pem, password=None)
    except (ValueError, TypeError):
        raise ValueError("the key file holds no unencrypted PEM private key") from None
    if _public(key.public_key()) != _public(chain[0].public_key()):
        raise ValueError("the private key does not belong to the certificate")
    if ca:
        try:
            x509.load_pem_x509_certificates(ca[0])
        except ValueError:
            raise ValueError("the client CA file holds no PEM certificate") from None
    log.info(
        "TLS certificate %s, valid until %s",
        chain[0].subject.rfc4514_string(),
        chain[0].not_valid_after_utc.isoformat(),
    )
    return grpc.ssl_server_certificate_configuration(
        [(key_pem, cert_pem)], root_certificates=ca[0] if ca else None
    )


def server_credentials(files: TlsFiles, *, interval: float = 1.0) -> Any:
    """grpc server credentials serving `files`, re-read (at most every `interval` s) on change."""
    paths = [files.cert, files.key] + ([files.client_ca] if files.client_ca else [])
    watched: Watched[Any] = Watched("TLS certificate", paths, load_configuration, interval=interval)

    def fetch() -> Any:
        # Called by grpc on its own thread before each handshake; None keeps the current one.
        return watched.value if watched.refresh() else None

    return grpc.dynamic_ssl_server_credentials(
        watched.value, fetch, require_client_authentication=files.client_ca is not None
    )
