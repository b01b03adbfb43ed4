"""The audit trail: one record per write RPC and per refused call, on its own logger.

`gateway.audit` at INFO, so it can be routed or kept apart from the call log. A record's
fields (also on the LogRecord as `audit`, for structured handlers): time (UTC), caller,
rpc, session, stripe_account, idempotency_key, request_id, code, reason.
"""

from __future__ import annotations

import datetime
import json
import logging
import time
from collections.abc import Callable

from gateway.logs import MILLISECONDS, SecondStamp, info_line

log = logging.getLogger("gateway.audit")

__all__ = ["WRITE_RPCS", "record"]

WRITE_RPCS = frozenset({"CreateCheckoutSession", "UpdateCheckoutSession", "ExpireCheckoutSession"})
FIELDS = (
    "time",
    "caller",
    "rpc",
    "session",
    "stripe_account",
    "idempotency_key",
    "request_id",
    "code",
    "reason",
)


def _bare(text: str) -> bool:
    """Whether a value is written bare: non-empty printable ASCII without space, quote or
    equals (anything else, such as a newline from a token's claim, is quoted). By str's own
    scans: a regex tests each character against its class, some 100 instructions a character."""
    return (
        text.isascii()
        and text.isprintable()
        and " " not in text
        and '"' not in text
        and "=" not in text
        and text != ""
    )


def _value(value: str | None) -> str:
    if value is None or value == "":
        return "-"
    return value if _bare(value) else json.dumps(value)


# Each second's UTC date and time, worked out once a second.
_UTC_SECONDS = SecondStamp("%Y-%m-%dT%H:%M:%S", time.gmtime)


def _utc_stamp() -> str:
    """`datetime.now(UTC).isoformat(timespec="milliseconds")` without the datetime (it and its
    isoformat were a tenth of a record's cost)."""
    # datetime.now reads the same clock and floors it to microseconds: the same millisecond.
    second, ns = divmod(time.time_ns(), 1_000_000_000)
    return f"{_UTC_SECONDS(second)}.{MILLISECONDS[ns // 1_000_000]}+00:00"


def record(
    *,
    caller: str | None,
    rpc: str,
    code: str,
    session: str | None = None,
    stripe_account: str | None = None,
    idempotency_key: str | None = None,
    request_id: str | None = None,
    reason: str | None = None,
    now: Callable[[], datetime.datetime] | None = None,
) -> None:
    """Writes the record; `now` (UTC), when given, stands for the clock."""
    if not log.isEnabledFor(logging.INFO):
        return  # nothing to build: the record would not be written
    stamp = _utc_stamp() if now is None else now().isoformat(timespec="milliseconds")
    fields = {
        "time": stamp,
        "caller": caller,
        "rpc": rpc,
        "session": session,
        "stripe_account": stripe_account,
        "idempotency_key": idempotency_key,
        "request_id": request_id,
        "code": code,
        "reason": reason,
    }
    # Bare is a property of each character: when the values together are bare, so is each
    # (one scan, not nine calls; the stamp is always bare).
    if _bare(
        f"{caller or ''}{rpc}{session or ''}{stripe_account or ''}{idempotency_key or ''}"
        f"{request_id or ''}{code}{reason or ''}"
    ):
        message = (
            f"audit time={stamp} caller={caller or '-'} rpc={rpc or '-'} session={session or '-'} "
            f"stripe_account={stripe_account or '-'} idempotency_key={idempotency_key or '-'} "
            f"request_id={request_id or '-'} code={code or '-'} reason={reason or '-'}"
        )
    else:
        message = "audit " + " ".join([f"{name}={_value(fields[name])}" for name in FIELDS])
    # Through info_line, as the call's line: the same record for every handler, without
    # logging's per-record lookups (a Create's gateway process 1,535k -> 1,509k instructions).
    info_line(log, message, {"audit": fields})
