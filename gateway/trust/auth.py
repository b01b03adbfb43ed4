"""Who is calling: the caller identity of an RPC, from the sources configured.

In order: a bearer credential in `authorization` (a static token from the policy, else a
JWT), when one is sent; else Envoy's `x-forwarded-client-cert` (with `--identity-from-xfcc`,
from a loopback peer only: the sidecar's); else the mTLS client certificate (its SPIFFE
URI SAN, else its first DNS SAN). A credential that is sent but not valid is refused, never
passed over for the next source.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from gateway.trust.jwt_auth import JwtError, JwtVerifier
from gateway.trust.policy import Policy

__all__ = ["Authenticator", "Unauthenticated", "is_loopback_peer", "xfcc_uri"]

AUTHORIZATION = "authorization"
XFCC = "x-forwarded-client-cert"
BEARER = "bearer "


class Unauthenticated(Exception):
    """No acceptable identity; the message says why, and holds no credential."""


def _split(text: str, separator: str) -> list[str]:
    """`text` split on `separator` outside double quotes (XFCC quotes values with , ; =)."""
    # Our own: no library we depend on parses XFCC, and Envoy's format is these few rules.
    parts: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    for char in text:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


def xfcc_uri(header: str) -> str | None:
    """The URI of the last element of an XFCC header: the client of the proxy nearest us."""
    element = _split(header, ",")[-1]
    for pair in _split(element, ";"):
        key, _, value = pair.strip().partition("=")
        if key.lower() == "uri":
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1].replace('\\"', '"')
            return value or None
    return None


def is_loopback_peer(peer: str) -> bool:
    """`ipv4:127.0.0.1:5000` or `ipv6:[::1]:5000` (grpc's peer strings) is loopback."""
    kind, _, address = peer.partition(":")
    if kind not in ("ipv4", "ipv6"):
        return False
    host = address.rpartition(":")[0].strip("[]")
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    mapped = ip.ipv4_mapped if isinstance(ip, ipaddress.IPv6Address) else None
    return (mapped or ip).is_loopback  # ::ffff:127.0.0.1 is loopback too


def certificate_identity(auth_context: dict[str, Sequence[bytes]]) -> str | None:
    """The SPIFFE URI SAN of a verified client certificate, else its first DNS SAN."""
    for uri in auth_context.get("peer_uri", ()):
        if uri.startswith(b"spiffe://"):
            return uri.decode()
    dns = auth_context.get("peer_dns", ())
    return dns[0].decode() if dns else None


@dataclass
class Authenticator:
    """The identity sources in force; `identify(context)` applies them to one RPC."""

    mtls: bool = False
    xfcc: bool = False
    jwt: JwtVerifier | None = None
    policy: Callable[[], Policy | None] = lambda: None

    @property
    def sources(self) -> list[str]:
        policy = self.policy()
        named = [
            ("static tokens", policy is not None and policy.has_tokens),
            ("JWT", self.jwt is not None),
            ("XFCC", self.xfcc),
            ("mTLS", self.mtls),
        ]
        return [name for name, on in named if on]

    def identify(self, context: Any) -> str:
        metadata = [(k, v) for k, v in context.invocation_metadata() or () if isinstance(v, str)]
        credentials = [v for k, v in metadata if k == AUTHORIZATION]
        if credentials:
            return self._bearer(credentials)
        forwarded = [v for k, v in metadata if k == XFCC]
        if self.xfcc and forwarded:
            if not is_loopback_peer(context.peer()):
                raise Unauthenticated(f"{XFCC} is accepted only from a loopback peer")
            identity = xfcc_uri(forwarded[-1])
            if identity is None:
                raise Unauthenticated(f"{XFCC} names no URI")
            return identity
        if self.mtls:
            identity = certificate_identity(context.auth_context())
            if identity is not None:
                return identity
        raise Unauthenticated(f"no caller identity: {self._expected()}")

    def _bearer(self, credentials: list[str]) -> str:
        if len(credentials) > 1:
            raise Unauthenticated(f"more than one {AUTHORIZATION} value")
        scheme, token = credentials[0][: len(BEARER)], credentials[0][len(BEARER) :].strip()
        if scheme.lower() != BEARER or not token:
            raise Unauthenticated(f"{AUTHORIZATION} must be 'Bearer <token>'")
        policy = self.policy()
        if policy is not None and policy.has_tokens:
            caller = policy.caller_for_token(token)
            if caller is not None:
                return caller
        if self.jwt is None:
            raise Unauthenticated("bearer token not recognised")
        try:
            return self.jwt.identify(token)
        except JwtError as exc:
            raise Unauthenticated(str(exc)) from None

    def _expected(self) -> str:
        ways = []
        if self.jwt is not None or (self.policy() or Policy({})).has_tokens:
            ways.append(f"{AUTHORIZATION}: Bearer <token>")
        if self.xfcc:
            ways.append(f"{XFCC} from the local sidecar")
        if self.mtls:
            ways.append("a client certificate with a SPIFFE URI or DNS SAN")
        return "send " + " or ".join(ways) if ways else "no identity source is configured"
