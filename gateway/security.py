"""Security settings (TLS, identity sources, the policy) and the secure-by-default rule.

`serve` on a non-loopback address with neither TLS nor a policy refuses to start unless
`--insecure` says a mesh secures the transport; on loopback, plaintext with no policy is
allowed, as for a developer's `make run`.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

from gateway import settings
from gateway.settings import Setting

__all__ = ["SETTINGS", "SecurityConfig", "add_arguments", "insecure_exposure", "load"]


@dataclass(frozen=True)
class SecurityConfig:
    tls_cert: Path | None = None
    tls_key: Path | None = None
    tls_client_ca: Path | None = None
    policy: Path | None = None
    jwt_keys: Path | None = None
    jwt_issuer: str = ""
    jwt_audience: str = ""
    jwt_identity_claim: str = "sub"
    jwt_leeway: float = 30.0
    identity_from_xfcc: bool = False
    health_listen: str = ""
    # HTTPS on the webhook port (gateway.trust.webhook_tls); None: plain HTTP, for a proxy that
    # terminates TLS in front (docs/security.md: the webhook port).
    webhook_tls_cert: Path | None = None
    webhook_tls_key: Path | None = None
    insecure: bool = False
    # Seconds between looks at the certificate, key, JWT key and policy files.
    reload_interval: float = 1.0

    def __str__(self) -> str:
        """The settings that differ from the defaults, for the start-up log (no secrets here)."""
        default = SecurityConfig()
        changed = [
            f"{f.name}={getattr(self, f.name)}"
            for f in fields(self)
            if getattr(self, f.name) != getattr(default, f.name)
        ]
        return " ".join(changed) or "(defaults: plaintext, no policy)"

    @property
    def mode(self) -> str:
        if self.tls_cert is None:
            return "plaintext"
        return "mTLS" if self.tls_client_ca is not None else "TLS"


# Setting -> (flag, environment variable, type, help).
SETTINGS: Mapping[str, Setting] = {
    "tls_cert": ("--tls-cert", "GATEWAY_TLS_CERT", Path, "PEM certificate chain: serve TLS"),
    "tls_key": ("--tls-key", "GATEWAY_TLS_KEY", Path, "PEM private key of --tls-cert"),
    "tls_client_ca": (
        "--tls-client-ca",
        "GATEWAY_TLS_CLIENT_CA",
        Path,
        "PEM CA certificates: require and verify a client certificate (mTLS)",
    ),
    "policy": ("--policy", "GATEWAY_POLICY", Path, "TOML policy: what each caller may do"),
    "jwt_keys": ("--jwt-keys", "GATEWAY_JWT_KEYS", Path, "JWKS or PEM file of JWT signing keys"),
    "jwt_issuer": ("--jwt-issuer", "GATEWAY_JWT_ISSUER", str, "the `iss` JWTs must have"),
    "jwt_audience": ("--jwt-audience", "GATEWAY_JWT_AUDIENCE", str, "the `aud` JWTs must have"),
    "jwt_identity_claim": (
        "--jwt-identity-claim",
        "GATEWAY_JWT_IDENTITY_CLAIM",
        str,
        "the JWT claim that names the caller (default sub)",
    ),
    "jwt_leeway": (
        "--jwt-leeway",
        "GATEWAY_JWT_LEEWAY",
        float,
        "seconds of clock skew allowed on exp and nbf (default 30)",
    ),
    "health_listen": (
        "--health-listen",
        "GATEWAY_HEALTH_LISTEN",
        str,
        "host:port serving the health service alone, in plaintext (for node probes)",
    ),
    "webhook_tls_cert": (
        "--webhook-tls-cert",
        "GATEWAY_WEBHOOK_TLS_CERT",
        Path,
        "PEM certificate chain: serve the webhook port over HTTPS (with --webhook-tls-key); "
        "leave off where a proxy in front terminates TLS",
    ),
    "webhook_tls_key": (
        "--webhook-tls-key",
        "GATEWAY_WEBHOOK_TLS_KEY",
        Path,
        "PEM private key of --webhook-tls-cert",
    ),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    settings.add_arguments(parser, SETTINGS)
    parser.add_argument(
        "--identity-from-xfcc",
        action="store_true",
        help="take the caller from Envoy's x-forwarded-client-cert (loopback peers only)",
    )
    parser.add_argument(
        "--insecure",
        action="store_true",
        help="serve plaintext with no policy on a non-loopback address (behind a mesh only)",
    )


def is_loopback(listen: str) -> bool:
    host = listen.rpartition(":")[0].strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a name, or empty (every address)


def insecure_exposure(listen: str, security: SecurityConfig) -> str | None:
    """Why `serve` must not start, when it would serve anyone plaintext with no policy."""
    if security.insecure or is_loopback(listen):
        return None
    if security.tls_cert is not None or security.policy is not None:
        return None
    return (
        f"refusing to serve {listen} in plaintext with no policy: anyone who can reach it "
        "could use the Stripe key. Serve TLS (--tls-cert and --tls-key, with --tls-client-ca "
        "for mTLS), set a policy (--policy FILE), or, only where a service mesh secures the "
        "transport, pass --insecure"
    )


def load(
    args: argparse.Namespace, listen: str, environ: Mapping[str, str] = os.environ
) -> SecurityConfig:
    """The settings from flags and environment; raises ValueError saying what to change."""
    values = settings.read(args, environ, SETTINGS)
    security = SecurityConfig(
        **values,  # type: ignore[arg-type]
        identity_from_xfcc=bool(getattr(args, "identity_from_xfcc", False)),
        insecure=bool(getattr(args, "insecure", False)),
    )
    if (security.tls_cert is None) != (security.tls_key is None):
        raise ValueError("--tls-cert and --tls-key go together")
    if (security.webhook_tls_cert is None) != (security.webhook_tls_key is None):
        raise ValueError("--webhook-tls-cert and --webhook-tls-key go together")
    if security.tls_client_ca is not None and security.tls_cert is None:
        raise ValueError("--tls-client-ca (mTLS) needs --tls-cert and --tls-key")
    if security.jwt_keys is not None and not (security.jwt_issuer and security.jwt_audience):
        raise ValueError("--jwt-keys needs --jwt-issuer and --jwt-audience")
    if security.jwt_leeway < 0:
        raise ValueError("--jwt-leeway must be >= 0")
    reason = insecure_exposure(listen, security)
    if reason is not None:
        raise ValueError(reason)
    return security
