"""The `Stripe-Signature` header, as Stripe signs a webhook delivery."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence


def sign(payload: bytes, secrets: Sequence[str], timestamp: int) -> str:
    """`t=<unix time>,v1=<hex HMAC-SHA256 of "t.payload">`, one `v1=` per secret.

    During a secret's rotation overlap both the new and the old secret sign, so a receiver
    that knows either accepts the delivery.
    """
    signed = str(timestamp).encode() + b"." + payload
    parts = [f"t={timestamp}"]
    for secret in secrets:
        digest = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
        parts.append(f"v1={digest}")
    return ",".join(parts)
