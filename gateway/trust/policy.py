"""The policy: which caller may call which RPCs, on which Stripe accounts, with which version.

A TOML file (`--policy FILE`), read with tomllib; deny by default. Its shape:

    [[callers]]
    id = "spiffe://corp.example/ns/shop/sa/orders"  # mTLS identity, JWT claim or token name
    rpcs = ["CreateCheckoutSession", "GetCheckoutSession", "Stream*"]  # names or globs
    stripe_accounts = ["acct_1Shop"]     # ["*"] for any; absent: none (the platform's own)
    stripe_version_override = false      # may it send stripe-version?
    token_sha256 = "…"                   # optional: SHA-256 (hex) of a static bearer token
    rate_share = 0.25                    # optional: its share of the upstream rate limit

An RPC is named by its method name (`CreateCheckoutSession`, gateway RPCs only) and by its
full name with dots (`checkout_gateway.v1.CheckoutSessionService.CreateCheckoutSession`,
`grpc.reflection.v1alpha.ServerReflection.ServerReflectionInfo`); a pattern matching
either allows it, so `grpc.reflection.*` allows reflection.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import cached_property
from pathlib import Path
from typing import Any

from gateway.trust.watched import Watched

log = logging.getLogger("gateway.policy")

__all__ = [
    "ACCOUNT_NOT_ALLOWED",
    "CALLER_NOT_ALLOWED",
    "VERSION_OVERRIDE_NOT_ALLOWED",
    "CallerPolicy",
    "Policy",
    "PolicyError",
    "PolicyStore",
    "Refusal",
    "parse",
    "rpc_names",
    "unmatched",
]

CALLER_NOT_ALLOWED = "CALLER_NOT_ALLOWED"
ACCOUNT_NOT_ALLOWED = "ACCOUNT_NOT_ALLOWED"
VERSION_OVERRIDE_NOT_ALLOWED = "VERSION_OVERRIDE_NOT_ALLOWED"
ANY_ACCOUNT = "*"
GATEWAY_SERVICE = "checkout_gateway.v1.CheckoutSessionService"
# Request metadata that picks the Stripe account acted on: both are checked against
# `stripe_accounts` (Stripe-Context can name another account as well as Stripe-Account can).
ACCOUNT_KEYS = ("stripe-account", "stripe-context")
VERSION_KEY = "stripe-version"
# A caller's table: key -> (types it may have, what it must be).
CALLER_KEYS: Mapping[str, tuple[tuple[type, ...], str]] = {
    "id": ((str,), "a non-empty string"),
    "rpcs": ((list,), "a list of RPC names or globs"),
    "stripe_accounts": ((list,), 'a list of account ids, or ["*"]'),
    "stripe_version_override": ((bool,), "true or false"),
    "token_sha256": ((str,), "64 hexadecimal digits: the SHA-256 of the token"),
    "rate_share": ((int, float), "a number above 0 and at most 1"),
}
SHA256_HEX = re.compile(r"[0-9a-fA-F]{64}")


class PolicyError(ValueError):
    """The policy file cannot be used; the message names the entry and the key."""


@dataclass(frozen=True)
class Refusal:
    reason: str
    message: str


@dataclass(frozen=True)
class CallerPolicy:
    id: str
    rpcs: tuple[str, ...]
    stripe_accounts: tuple[str, ...] = ()
    stripe_version_override: bool = False
    token_sha256: bytes | None = None
    rate_share: float | None = None

    def may_call(self, names: Iterable[str]) -> bool:
        return any(fnmatchcase(name, pattern) for name in names for pattern in self.rpcs)

    def may_act_on(self, account: str) -> bool:
        return ANY_ACCOUNT in self.stripe_accounts or account in self.stripe_accounts


@dataclass(frozen=True)
class Policy:
    callers: Mapping[str, CallerPolicy]

    def caller_for_token(self, token: str) -> str | None:
        """The caller whose token this is: every stored digest compared in constant time."""
        digest = hashlib.sha256(token.encode()).digest()
        found = None
        for caller in self.callers.values():  # no early exit: the time says nothing of which
            if caller.token_sha256 is not None and hmac.compare_digest(caller.token_sha256, digest):
                found = caller.id
        return found

    @cached_property
    def shares(self) -> Mapping[str, float]:
        """Each caller's share of the upstream rate limit, for those that have one."""
        return {c.id: c.rate_share for c in self.callers.values() if c.rate_share is not None}

    @property
    def has_tokens(self) -> bool:
        return any(c.token_sha256 is not None for c in self.callers.values())

    def check(
        self, caller: str, names: tuple[str, ...], metadata: Iterable[tuple[str, Any]]
    ) -> Refusal | None:
        """None if `caller` may make this call (RPC `names`, request `metadata`)."""
        entry = self.callers.get(caller)
        if entry is None:
            return Refusal(CALLER_NOT_ALLOWED, f"caller {caller} is not in the policy")
        if not entry.may_call(names):
            return Refusal(CALLER_NOT_ALLOWED, f"caller {caller} may not call {names[0]}")
        for key, value in metadata:
            if key in ACCOUNT_KEYS and not entry.may_act_on(str(value)):
                return Refusal(ACCOUNT_NOT_ALLOWED, f"caller {caller} may not act on {key} {value}")
            if key == VERSION_KEY and not entry.stripe_version_override:
                return Refusal(
                    VERSION_OVERRIDE_NOT_ALLOWED,
                    f"caller {caller} may not override {VERSION_KEY}",
                )
        return None


def rpc_names(method: str) -> tuple[str, ...]:
    """`/pkg.Service/Method` -> the names a policy pattern may match (see the module doc)."""
    service, _, name = method.lstrip("/").partition("/")
    full = f"{service}.{name}"
    return (name, full) if service == GATEWAY_SERVICE else (full,)


def _caller(index: int, table: Any) -> CallerPolicy:
    where = f"callers[{index}]"
    if not isinstance(table, dict):
        raise PolicyError(f"{where}: must be a table ([[callers]])")
    for key, value in table.items():
        if key not in CALLER_KEYS:
            raise PolicyError(f"{where}.{key}: unknown key (known: {', '.join(CALLER_KEYS)})")
        kinds, what = CALLER_KEYS[key]
        if not isinstance(value, kinds) or (key == "rate_share" and isinstance(value, bool)):
            raise PolicyError(f"{where}.{key}: must be {what}")
    for key in ("id", "rpcs"):
        if key not in table:
            raise PolicyError(f"{where}.{key}: required ({CALLER_KEYS[key][1]})")
    if not table["id"].strip():
        raise PolicyError(f"{where}.id: must be {CALLER_KEYS['id'][1]}")
    for key in ("rpcs", "stripe_accounts"):
        items = table.get(key, [])
        if not all(isinstance(item, str) and item for item in items):
            raise PolicyError(f"{where}.{key}: must be {CALLER_KEYS[key][1]}")
    digest = table.get("token_sha256")
    if digest is not None and not SHA256_HEX.fullmatch(digest):
        raise PolicyError(f"{where}.token_sha256: must be {CALLER_KEYS['token_sha256'][1]}")
    share = table.get("rate_share")
    if share is not None and not 0 < share <= 1:
        raise PolicyError(f"{where}.rate_share: must be {CALLER_KEYS['rate_share'][1]}")
    return CallerPolicy(
        id=table["id"],
        rpcs=tuple(table["rpcs"]),
        stripe_accounts=tuple(table.get("stripe_accounts", ())),
        stripe_version_override=table.get("stripe_version_override", False),
        token_sha256=bytes.fromhex(digest) if digest is not None else None,
        rate_share=float(share) if share is not None else None,
    )


def parse(text: bytes) -> Policy:
    """The policy in `text` (TOML); raises PolicyError saying what is wrong."""
    try:
        document = tomllib.loads(text.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PolicyError(f"not valid TOML: {exc}") from None
    unknown = set(document) - {"callers"}
    if unknown:
        raise PolicyError(f"unknown top-level key(s): {', '.join(sorted(unknown))}")
    tables = document.get("callers", [])
    if not isinstance(tables, list):
        raise PolicyError("callers: must be an array of tables ([[callers]])")
    callers: dict[str, CallerPolicy] = {}
    for index, table in enumerate(tables):
        caller = _caller(index, table)
        if caller.id in callers:
            raise PolicyError(f"callers[{index}].id: {caller.id} is listed twice")
        callers[caller.id] = caller
    return Policy(callers)


def unmatched(policy: Policy, methods: Iterable[str]) -> list[str]:
    """`caller: pattern` for each pattern that allows none of `methods` (`/pkg.Service/M`)."""
    names = [rpc_names(method) for method in methods]
    return [
        f"{caller.id}: {pattern}"
        for caller in policy.callers.values()
        for pattern in caller.rpcs
        if not any(fnmatchcase(name, pattern) for group in names for name in group)
    ]


class PolicyStore:
    """The policy in force: `current` is re-read on change (`refresh`) and on SIGHUP (`reload`).

    A pattern that allows none of `methods` (the RPCs served) is logged: likely a typo.
    """

    def __init__(self, path: Path, *, interval: float = 1.0, methods: Iterable[str] = ()) -> None:
        methods = tuple(methods)

        def load(contents: tuple[bytes, ...]) -> Policy:
            policy = parse(contents[0])
            log.info("policy %s: %d callers", path, len(policy.callers))
            if methods and (typos := unmatched(policy, methods)):
                log.warning("policy %s: patterns that allow no RPC: %s", path, "; ".join(typos))
            return policy

        self.path = path
        self._watched = Watched(f"policy {path}", [path], load, interval=interval)

    @property
    def current(self) -> Policy:
        return self._watched.value

    def refresh(self) -> bool:
        return self._watched.refresh()

    def reload(self) -> bool:
        return self._watched.refresh(force=True)
