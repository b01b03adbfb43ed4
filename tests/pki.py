"""A test PKI made at test time: trustme CAs, server certificates, and client certificates
with SPIFFE URI SANs (which trustme does not issue), valid or expired, written to files."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from tests import secrets_guard

SERVER_NAMES = ("localhost", "127.0.0.1")


@dataclass(frozen=True)
class Client:
    """A client certificate and its key, PEM."""

    key: bytes
    cert: bytes


def new_ca() -> trustme.CA:
    ca = trustme.CA()
    secrets_guard.register_pem(ca.private_key_pem.bytes())
    return ca


def write_server(ca: trustme.CA, cert: Path, key: Path) -> None:
    """A server certificate for localhost and 127.0.0.1, issued by `ca`, into two files."""
    leaf = ca.issue_cert(*SERVER_NAMES)
    secrets_guard.register_pem(leaf.private_key_pem.bytes())
    cert.write_bytes(b"".join(pem.bytes() for pem in leaf.cert_chain_pems))
    key.write_bytes(leaf.private_key_pem.bytes())


def issue_client(
    ca: trustme.CA, *, uri: str | None = None, dns: tuple[str, ...] = (), expired: bool = False
) -> Client:
    ca_key = serialization.load_pem_private_key(ca.private_key_pem.bytes(), None)
    assert isinstance(ca_key, ec.EllipticCurvePrivateKey)
    ca_cert = x509.load_pem_x509_certificate(ca.cert_pem.bytes())
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    start, end = (now - datetime.timedelta(days=2), now - datetime.timedelta(days=1))
    if not expired:
        start, end = now - datetime.timedelta(hours=1), now + datetime.timedelta(days=1)
    names: list[x509.GeneralName] = [x509.UniformResourceIdentifier(uri)] if uri else []
    names += [x509.DNSName(name) for name in dns]
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test client")]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    secrets_guard.register_pem(key_pem)
    return Client(key_pem, cert.public_bytes(serialization.Encoding.PEM))
