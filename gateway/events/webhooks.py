"""Stripe webhook signatures: `Stripe-Signature: t=<unix time>,v1=<hex>[,v1=<hex>...]`.

Our own few lines rather than stripe-python's `WebhookSignature`: the gateway does not depend on
the Stripe SDK (tests cross-check this function against it). The signature is HMAC-SHA256 of
`<t>.<raw body>` under a signing secret (`whsec_...`); any `v1` entry may match any of the
secrets (rotation), compared in constant time, and `t` must be no older than the tolerance.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable, Sequence

__all__ = ["DEFAULT_TOLERANCE", "SignatureError", "sign", "verify"]

DEFAULT_TOLERANCE = 300.0  # seconds; Stripe's libraries use the same default
SCHEME = "v1"


class SignatureError(Exception):
    """The delivery is not provably Stripe's; the message says why (never a secret)."""


def sign(body: bytes, secret: str, timestamp: int) -> str:
    """The `v1` signature of `body` sent at `timestamp` (hex), as Stripe computes it."""
    signed = b"%d." % timestamp + body
    return hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


def verify(
    body: bytes,
    header: str | None,
    secrets: Sequence[str],
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    clock: Callable[[], float] = time.time,
) -> int:
    """Check `header` for the raw `body`; returns the signed timestamp or raises SignatureError.

    As Stripe's libraries do: the first `t` entry counts, entries of other schemes are ignored,
    and a timestamp ahead of our clock is accepted (only Stripe can sign one).
    """
    if not header:
        raise SignatureError("no Stripe-Signature header")
    if not secrets:
        raise SignatureError("no webhook signing secret is configured")
    timestamp: int | None = None
    signatures: list[str] = []
    for item in header.split(","):
        key, sep, value = item.partition("=")
        if not sep:
            continue
        if key == "t" and timestamp is None:
            if not value.isascii() or not value.isdigit():
                raise SignatureError("the Stripe-Signature header's timestamp is not a number")
            timestamp = int(value)
        elif key == SCHEME:
            signatures.append(value)
    if timestamp is None:
        raise SignatureError("the Stripe-Signature header has no timestamp")
    if not signatures:
        raise SignatureError(f"the Stripe-Signature header has no {SCHEME} signature")
    expected = [sign(body, secret, timestamp) for secret in secrets]
    # Every pair is compared, so the time taken says nothing about which part matched.
    matched = False
    for candidate in signatures:
        for want in expected:
            matched |= hmac.compare_digest(want.encode(), candidate.encode("utf-8", "replace"))
    if not matched:
        raise SignatureError("no signature matches the body with any configured secret")
    if tolerance and timestamp < clock() - tolerance:
        raise SignatureError(f"the signature's timestamp is older than {tolerance:g} s")
    return timestamp
