"""Request options Stripe takes as headers: one table, read by validation and the upstream client.

A caller sends them as gRPC request metadata; `gateway.validation.validate_headers` checks them
by this table and the upstream client forwards each under its Stripe name.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from gateway.config import DEFAULT_STRIPE_VERSION

__all__ = ["FORWARDED", "IDEMPOTENCY_KEY", "Header", "new_idempotency_key"]


@dataclass(frozen=True)
class Header:
    stripe: str  # Stripe's header name
    pattern: re.Pattern[str]  # what a value must match, whole
    what: str  # the same, said to a caller whose value does not match


_PRINTABLE = re.compile(r"[\x21-\x7e]{1,255}")
IDEMPOTENCY_KEY: Final = "idempotency-key"

# gRPC metadata key -> the Stripe header it becomes.
FORWARDED: Final[Mapping[str, Header]] = {
    # POSTs only: the servicer chooses the key (the caller's, else a new one).
    IDEMPOTENCY_KEY: Header("Idempotency-Key", _PRINTABLE, "1 to 255 printable ASCII characters"),
    "stripe-account": Header(
        "Stripe-Account", re.compile(r"acct_[A-Za-z0-9]{1,250}"), "an account id, acct_..."
    ),
    "stripe-context": Header("Stripe-Context", _PRINTABLE, "1 to 255 printable ASCII characters"),
    "stripe-version": Header(
        "Stripe-Version",
        re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(\.[a-z]+)?"),
        f"an API version such as {DEFAULT_STRIPE_VERSION}",
    ),
}


def new_idempotency_key() -> str:
    """`str(uuid.uuid4())`, made from the random bytes directly: uuid.UUID's checks and its
    int round trip were 21k instructions a POST, this 7.3k. The version and variant bits are
    set in the hex text (through a bytearray's two masked stores: 9.2k)."""
    h = os.urandom(16).hex()
    # Version 4 replaces the 13th digit; the RFC 4122 variant, the top two bits of the 17th.
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}"


# A hex digit with its top two bits set to 10 (the RFC 4122 variant).
_VARIANT: Final = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}
