"""Bearer JWTs: keys from a JWKS or PEM file (re-read on change), checked with pyjwt.

Each key is pinned to one asymmetric algorithm (a JWK's `alg`, else its key type's; a PEM
key's type), and a token is verified only with keys of its own algorithm: `alg: none` and a
token HMAC-signed with a public key find no key. `iss`, `aud` and `exp` are required, `nbf`
checked when present, all with `leeway` seconds of clock skew.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from cryptography.x509 import load_pem_x509_certificates

from gateway.trust.watched import Watched

log = logging.getLogger("gateway.jwt")

__all__ = ["MAX_TOKEN_BYTES", "JwtError", "JwtSettings", "JwtVerifier", "load_keys"]

# Larger tokens are refused unread (real ones are well under 2 KiB).
MAX_TOKEN_BYTES = 4096
ASYMMETRIC = frozenset(
    {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"}
)
# An EC key's curve -> its one algorithm.
EC_ALGORITHMS = {"secp256r1": "ES256", "secp384r1": "ES384", "secp521r1": "ES512"}
PEM_BLOCK = re.compile(rb"-----BEGIN ([A-Z ]+)-----.+?-----END \1-----", re.DOTALL)


class JwtError(Exception):
    """The token is not accepted; the message says why and holds nothing of the token."""


@dataclass(frozen=True)
class JwtSettings:
    keys: Path
    issuer: str
    audience: str
    identity_claim: str = "sub"
    leeway: float = 30.0


@dataclass(frozen=True)
class Key:
    key: Any
    algorithm: str
    kid: str | None


def _pem_algorithm(key: Any) -> str:
    if isinstance(key, rsa.RSAPublicKey):
        return "RS256"
    if isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name in EC_ALGORITHMS:
        return EC_ALGORITHMS[key.curve.name]
    if isinstance(key, ed25519.Ed25519PublicKey | ed448.Ed448PublicKey):
        return "EdDSA"
    raise ValueError(f"unsupported key type {type(key).__name__}")


def _pem_keys(text: bytes) -> list[Key]:
    # cryptography loads one public key per call (certificates alone come in bulk): split first.
    keys = []
    for block in PEM_BLOCK.finditer(text):
        kind, pem = block.group(1), block.group(0)
        public: Any
        if kind == b"CERTIFICATE":
            public = load_pem_x509_certificates(pem)[0].public_key()
        elif kind == b"PUBLIC KEY":
            public = load_pem_public_key(pem)
        else:
            raise ValueError(f"a PEM key file holds public keys or certificates, not {kind!r}")
        keys.append(Key(public, _pem_algorithm(public), None))
    return keys


def _jwks_keys(document: Any) -> list[Key]:
    if not isinstance(document, dict) or not isinstance(document.get("keys"), list):
        raise ValueError('a JWKS is a JSON object with a "keys" array')
    keys = []
    for index, data in enumerate(document["keys"]):
        if not isinstance(data, dict) or data.get("use", "sig") != "sig":
            continue
        if "d" in data:
            raise ValueError(f"keys[{index}] is a private key: publish public keys only")
        try:
            jwk = jwt.PyJWK(data)
        except jwt.PyJWTError as exc:
            raise ValueError(f"keys[{index}]: {exc}") from None
        algorithm = jwk.algorithm_name
        if algorithm not in ASYMMETRIC:
            raise ValueError(f"keys[{index}]: algorithm {algorithm} is not an asymmetric one")
        keys.append(Key(jwk.key, algorithm, data.get("kid")))
    return keys


def load_keys(contents: tuple[bytes, ...]) -> list[Key]:
    """A JWKS (JSON) or PEM public keys/certificates -> verification keys, each pinned."""
    text = contents[0]
    keys = _pem_keys(text) if text.lstrip().startswith(b"-----") else _jwks_keys(json.loads(text))
    if not keys:
        raise ValueError("no signing key in the file")
    return keys


class JwtVerifier:
    def __init__(self, settings: JwtSettings, *, interval: float = 1.0) -> None:
        self.settings = settings
        self._keys: Watched[Sequence[Key]] = Watched(
            f"JWT keys {settings.keys}", [settings.keys], load_keys, interval=interval
        )

    def identify(self, token: str) -> str:
        """The identity claim of a valid token; raises JwtError."""
        if len(token) > MAX_TOKEN_BYTES:
            raise JwtError(f"token longer than {MAX_TOKEN_BYTES} bytes")
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            raise JwtError("malformed token") from None
        algorithm, kid = header.get("alg"), header.get("kid")
        keys = [
            k
            for k in self._keys.get()
            if k.algorithm == algorithm and (kid is None or k.kid is None or k.kid == kid)
        ]
        if not keys:
            raise JwtError("no key is pinned to the token's algorithm and key id")
        s = self.settings
        for key in keys:
            try:
                claims = jwt.decode(
                    token,
                    key.key,
                    algorithms=[key.algorithm],
                    audience=s.audience,
                    issuer=s.issuer,
                    leeway=s.leeway,
                    options={"require": ["exp", "iss", "aud"]},
                )
            except jwt.InvalidSignatureError:
                continue  # another key of the same algorithm may have signed it
            except jwt.ExpiredSignatureError:
                raise JwtError("token expired") from None
            except jwt.ImmatureSignatureError:
                raise JwtError("token not yet valid") from None
            except jwt.InvalidAudienceError:
                raise JwtError("token audience is not this gateway's") from None
            except jwt.InvalidIssuerError:
                raise JwtError("token issuer is not the configured one") from None
            except jwt.MissingRequiredClaimError as exc:
                raise JwtError(f"token has no {exc.claim} claim") from None
            except jwt.PyJWTError:
                raise JwtError("malformed token") from None
            identity = claims.get(s.identity_claim)
            if not isinstance(identity, str) or not identity:
                raise JwtError(f"token has no {s.identity_claim} claim")
            return identity
        raise JwtError("token signature does not verify")
