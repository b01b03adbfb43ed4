"""The audit trail over real sockets: one record per write RPC and per refused call."""

from __future__ import annotations

import datetime
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import grpc
import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2 as r

from gateway.security import SecurityConfig
from gateway.trust import TrustBoundary, audit
from tests import secrets_guard
from tests.trust_stack import (
    TSHIRT,
    SecureStack,
    bearer,
    channel,
    start,
    stub,
    token_sha256,
    write_policy,
)
from tests.waiting import until

TOKEN = "audit-token-6c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f"
secrets_guard.register(TOKEN)
SHOP = {
    "id": "shop",
    "rpcs": ["*CheckoutSession"],
    "stripe_accounts": ["acct_1Shop"],
    "token_sha256": token_sha256(TOKEN),
}


def records(caplog: pytest.LogCaptureFixture) -> list[dict[str, Any]]:
    return [rec.audit for rec in caplog.records if rec.name == "gateway.audit"]  # type: ignore[attr-defined]


async def written(caplog: pytest.LogCaptureFixture, count: int) -> list[dict[str, Any]]:
    """The audit records once `count` are written: grpc sends an aborted call's status
    before the server writes the record, so the client can see it first."""
    await until(lambda: len(records(caplog)) >= count)
    return records(caplog)


def create_request() -> r.CreateCheckoutSessionRequest:
    Req = r.CreateCheckoutSessionRequest
    return Req(
        mode=Req.MODE_PAYMENT,
        success_url="https://example.com/ok",
        line_items=[Req.LineItem(price=TSHIRT, quantity=1)],
    )


@pytest.fixture
async def stack(tmp_path: Path) -> AsyncIterator[SecureStack]:
    s = await start(SecurityConfig(policy=write_policy(tmp_path / "p.toml", [SHOP])))
    yield s
    await s.stop()


async def test_each_write_rpc_writes_one_record_with_every_field(
    stack: SecureStack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "gateway.audit")
    metadata = (*bearer(TOKEN), ("stripe-account", "acct_1Shop"), ("idempotency-key", "order-1"))
    async with channel(stack.target) as ch:
        session = await stub(ch).CreateCheckoutSession(create_request(), metadata=metadata)
        await stub(ch).GetCheckoutSession(
            r.GetCheckoutSessionRequest(id=session.id), metadata=metadata
        )
        await stub(ch).ExpireCheckoutSession(
            r.ExpireCheckoutSessionRequest(id=session.id), metadata=bearer(TOKEN)
        )
    create, expire = await written(caplog, 2)  # the Get is no write: no record
    assert create == {
        "time": create["time"],
        "caller": "shop",
        "rpc": "CreateCheckoutSession",
        "session": session.id,
        "stripe_account": "acct_1Shop",
        "idempotency_key": "order-1",
        "request_id": create["request_id"],
        "code": "OK",
        "reason": None,
    }
    assert create["request_id"].startswith("req_")
    age = datetime.datetime.now(datetime.UTC) - datetime.datetime.fromisoformat(create["time"])
    assert datetime.timedelta(0) <= age < datetime.timedelta(minutes=5)
    assert (expire["rpc"], expire["session"], expire["code"]) == (
        "ExpireCheckoutSession",
        session.id,
        "OK",
    )
    assert expire["idempotency_key"]  # the one the gateway generated, as the caller got it
    line = next(m for m in caplog.messages if m.startswith("audit ") and "Create" in m)
    assert f"caller=shop rpc=CreateCheckoutSession session={session.id} " in line
    assert "stripe_account=acct_1Shop idempotency_key=order-1 request_id=req_" in line
    assert line.endswith(" code=OK reason=-")


async def test_a_write_stripe_refuses_is_recorded_with_its_code(
    stack: SecureStack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "gateway.audit")
    async with channel(stack.target) as ch:
        with pytest.raises(grpc.aio.AioRpcError):
            await stub(ch).UpdateCheckoutSession(
                r.UpdateCheckoutSessionRequest(id="cs_test_missing"), metadata=bearer(TOKEN)
            )
    (record,) = await written(caplog, 1)
    assert (record["rpc"], record["session"], record["code"]) == (
        "UpdateCheckoutSession",
        "cs_test_missing",
        "NOT_FOUND",
    )
    assert record["request_id"].startswith("req_")


# Each way the boundary refuses a call: metadata, the caller it names, code, reason.
REFUSALS = [
    ((), None, "UNAUTHENTICATED", "UNAUTHENTICATED"),
    (bearer(TOKEN), "shop", "PERMISSION_DENIED", "CALLER_NOT_ALLOWED"),  # a List*: not listed
    (
        (*bearer(TOKEN), ("stripe-account", "acct_1Else")),
        "shop",
        "PERMISSION_DENIED",
        "ACCOUNT_NOT_ALLOWED",
    ),
]


async def refused_call(target: str, metadata: tuple[tuple[str, str], ...], reason: str) -> str:
    """Makes the call the boundary refuses for `reason`; the RPC's short name."""
    async with channel(target) as ch:
        with pytest.raises(grpc.aio.AioRpcError):
            if reason == "ACCOUNT_NOT_ALLOWED":  # an RPC the caller may call, on another account
                await stub(ch).GetCheckoutSession(
                    r.GetCheckoutSessionRequest(id="cs_test_1"), metadata=metadata
                )
            else:
                await stub(ch).ListCheckoutSessionLineItems(
                    r.ListCheckoutSessionLineItemsRequest(id="cs_test_1"), metadata=metadata
                )
    return (
        "GetCheckoutSession" if reason == "ACCOUNT_NOT_ALLOWED" else "ListCheckoutSessionLineItems"
    )


@pytest.mark.parametrize(("metadata", "caller", "code", "reason"), REFUSALS)
async def test_a_refused_call_of_any_rpc_writes_one_record(
    stack: SecureStack,
    caplog: pytest.LogCaptureFixture,
    metadata: tuple[tuple[str, str], ...],
    caller: str | None,
    code: str,
    reason: str,
) -> None:
    caplog.set_level(logging.INFO, "gateway.audit")
    rpc = await refused_call(stack.target, metadata, reason)
    (record,) = await written(caplog, 1)
    assert record["caller"] == caller
    assert (record["rpc"], record["session"]) == (rpc, "cs_test_1")
    assert (record["code"], record["reason"]) == (code, reason)
    assert not stack.emulator.requests


@pytest.mark.parametrize(("metadata", "caller", "code", "reason"), REFUSALS)
async def test_a_refused_call_has_its_rpc_line_too(
    stack: SecureStack,
    caplog: pytest.LogCaptureFixture,
    metadata: tuple[tuple[str, str], ...],
    caller: str | None,
    code: str,
    reason: str,
) -> None:
    caplog.set_level(logging.INFO, "gateway.rpc")
    rpc = await refused_call(stack.target, metadata, reason)
    await until(lambda: any(rec.name == "gateway.rpc" for rec in caplog.records))
    (line,) = [rec for rec in caplog.records if rec.name == "gateway.rpc"]
    assert line.getMessage().startswith(f"rpc method={rpc} code={code} latency_ms=")
    assert line.getMessage().endswith(f" request_id=- reason={reason}")
    fields = {k: getattr(line, k) for k in ("method", "code", "caller", "reason")}
    assert fields == {"method": rpc, "code": code, "caller": caller or "-", "reason": reason}


async def test_without_a_policy_writes_are_still_recorded(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, "gateway.audit")
    s = await start(SecurityConfig())
    try:
        async with channel(s.target) as ch:
            session = await stub(ch).CreateCheckoutSession(create_request())
            await stub(ch).ListCheckoutSessions(r.ListCheckoutSessionsRequest())
    finally:
        await s.stop()
    (record,) = await written(caplog, 1)
    assert (record["caller"], record["session"], record["code"]) == (None, session.id, "OK")


def test_with_nothing_to_enforce_the_boundary_is_no_interceptor(tmp_path: Path) -> None:
    assert TrustBoundary(SecurityConfig()).interceptors == []  # writes: guarded as registered
    policy = SecurityConfig(policy=write_policy(tmp_path / "p.toml", [SHOP]))
    enforcing = TrustBoundary(policy)
    assert enforcing.interceptors == [enforcing.interceptor]


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("spiffe://corp.example/ns/shop/sa/orders", "spiffe://corp.example/ns/shop/sa/orders"),
        (None, "-"),
        ("", "-"),
        ("two words", '"two words"'),
        ('a"quote', '"a\\"quote"'),
        ("line\nbreak", '"line\\nbreak"'),
        ("k=v", '"k=v"'),
    ],
)
def test_values_that_could_forge_fields_are_quoted(value: str | None, written: str) -> None:
    assert audit._value(value) == written


def test_a_records_line_names_every_field_in_order_bare_or_quoted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, "gateway.audit")
    audit.record(caller="shop", rpc="UpdateCheckoutSession", code="OK", session="cs_test_1")
    audit.record(caller="two words", rpc="UpdateCheckoutSession", code="OK", reason="k=v")
    for rec in caplog.records:
        fields = rec.audit  # type: ignore[attr-defined]
        assert list(fields) == list(audit.FIELDS)
        expected = " ".join(f"{name}={audit._value(fields[name])}" for name in audit.FIELDS)
        assert rec.getMessage() == f"audit {expected}"
    assert len(caplog.records) == 2


def test_the_time_is_utc_isoformat_to_the_millisecond() -> None:
    before = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    stamp = audit._utc_stamp()
    after = datetime.datetime.now(datetime.UTC)
    assert len(stamp) == len("2026-12-02T13:24:08.123+00:00") and stamp.endswith("+00:00")
    assert before <= datetime.datetime.fromisoformat(stamp) <= after


def test_a_given_clock_stands_for_the_time(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "gateway.audit")
    moment = datetime.datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=datetime.UTC)
    audit.record(caller=None, rpc="ExpireCheckoutSession", code="OK", now=lambda: moment)
    (rec,) = caplog.records
    assert rec.audit["time"] == "2026-01-02T03:04:05.678+00:00"  # type: ignore[attr-defined]


def test_the_session_is_the_id_of_a_message_that_has_one() -> None:
    from gateway.trust.enforcement import _id_of

    assert _id_of(r.UpdateCheckoutSessionRequest(id="cs_test_1")) == "cs_test_1"
    assert _id_of(create_request()) == ""  # a Create names no session: its answer does
    assert _id_of(None) == ""
