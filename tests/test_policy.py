"""The policy: the file's rules (unit), and over real sockets every refusal reason (never
reaching Stripe), static tokens, reflection and health, and reloads under load."""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import grpc
import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2 as r
from google.rpc import error_details_pb2, status_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

from gateway.security import SecurityConfig
from gateway.trust.policy import PolicyError, parse, rpc_names
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

SHOP_TOKEN = "shop-token-5f0c8a1e9b7d4c3a2f1e0d9c8b7a6f5e"
ADMIN_TOKEN = "admin-token-0a1b2c3d4e5f60718293a4b5c6d7e8f9"
STRANGER_TOKEN = "stranger-token-99887766554433221100aabbccdd"
secrets_guard.register(SHOP_TOKEN, ADMIN_TOKEN, STRANGER_TOKEN)

SHOP = {
    "id": "shop",
    "rpcs": ["CreateCheckoutSession", "GetCheckoutSession", "List*", "Stream*"],
    "stripe_accounts": ["acct_1Shop"],
    "token_sha256": token_sha256(SHOP_TOKEN),
}
ADMIN = {
    "id": "admin",
    "rpcs": ["*"],
    "stripe_accounts": ["*"],
    "stripe_version_override": True,
    "token_sha256": token_sha256(ADMIN_TOKEN),
}


# --- the file ---------------------------------------------------------------------------


def test_a_policy_parses_into_callers() -> None:
    policy = parse(
        b"""
        [[callers]]
        id = "spiffe://corp.example/ns/shop/sa/orders"
        rpcs = ["CreateCheckoutSession", "Stream*"]
        stripe_accounts = ["acct_1Shop"]
        stripe_version_override = false
        rate_share = 0.25
        """
    )
    (caller,) = policy.callers.values()
    assert caller.rpcs == ("CreateCheckoutSession", "Stream*")
    assert caller.stripe_accounts == ("acct_1Shop",)
    assert policy.shares == {"spiffe://corp.example/ns/shop/sa/orders": 0.25}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[[callers]\n", "not valid TOML"),
        ('version = 2\n[[callers]]\nid = "a"\nrpcs = []\n', "unknown top-level key(s): version"),
        ("callers = 3\n", "callers: must be an array of tables"),
        ('[[callers]]\nrpcs = ["*"]\n', "callers[0].id: required"),
        ('[[callers]]\nid = ""\nrpcs = ["*"]\n', "callers[0].id: must be a non-empty string"),
        ('[[callers]]\nid = "a"\n', "callers[0].rpcs: required"),
        ('[[callers]]\nid = "a"\nrpcs = "*"\n', "callers[0].rpcs: must be a list"),
        ('[[callers]]\nid = "a"\nrpcs = [1]\n', "callers[0].rpcs: must be a list"),
        ('[[callers]]\nid = "a"\nrpcs = ["*"]\nrpc = ["*"]\n', "callers[0].rpc: unknown key"),
        (
            '[[callers]]\nid = "a"\nrpcs = ["*"]\nstripe_accounts = "*"\n',
            "callers[0].stripe_accounts: must be a list",
        ),
        (
            '[[callers]]\nid = "a"\nrpcs = ["*"]\nstripe_version_override = "yes"\n',
            "callers[0].stripe_version_override: must be true or false",
        ),
        (
            '[[callers]]\nid = "a"\nrpcs = ["*"]\ntoken_sha256 = "secret"\n',
            "callers[0].token_sha256: must be 64 hexadecimal digits",
        ),
        ('[[callers]]\nid = "a"\nrpcs = ["*"]\nrate_share = 0\n', "callers[0].rate_share"),
        ('[[callers]]\nid = "a"\nrpcs = ["*"]\nrate_share = 1.5\n', "callers[0].rate_share"),
        ('[[callers]]\nid = "a"\nrpcs = ["*"]\nrate_share = true\n', "callers[0].rate_share"),
        (
            '[[callers]]\nid = "a"\nrpcs = ["*"]\n[[callers]]\nid = "a"\nrpcs = []\n',
            "callers[1].id: a is listed twice",
        ),
    ],
)
def test_a_policy_that_cannot_be_used_is_refused_naming_the_entry(text: str, words: str) -> None:
    with pytest.raises(PolicyError) as caught:
        parse(text.encode())
    assert words in str(caught.value)


@pytest.mark.parametrize(
    ("method", "names"),
    [
        (
            "/checkout_gateway.v1.CheckoutSessionService/GetCheckoutSession",
            ("GetCheckoutSession", "checkout_gateway.v1.CheckoutSessionService.GetCheckoutSession"),
        ),
        (
            "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",
            ("grpc.reflection.v1alpha.ServerReflection.ServerReflectionInfo",),
        ),
    ],
)
def test_rpc_names_are_the_method_and_its_full_name(method: str, names: tuple[str, ...]) -> None:
    assert rpc_names(method) == names


def test_a_token_matches_only_its_own_digest() -> None:
    policy = parse(
        f'[[callers]]\nid = "shop"\nrpcs = ["*"]\ntoken_sha256 = "{token_sha256(SHOP_TOKEN)}"\n'
        f'[[callers]]\nid = "admin"\nrpcs = ["*"]\ntoken_sha256 = "{token_sha256(ADMIN_TOKEN)}"\n'
        '[[callers]]\nid = "mtls-only"\nrpcs = ["*"]\n'.encode()
    )
    assert policy.caller_for_token(SHOP_TOKEN) == "shop"
    assert policy.caller_for_token(ADMIN_TOKEN) == "admin"
    assert policy.caller_for_token(STRANGER_TOKEN) is None
    assert policy.caller_for_token(token_sha256(SHOP_TOKEN)) is None  # the digest is no token


# --- over real sockets --------------------------------------------------------------------


async def start_with(path: Path, callers: list[dict[str, Any]], **security: Any) -> SecureStack:
    return await start(SecurityConfig(policy=write_policy(path, callers), **security))


@pytest.fixture
async def stack(tmp_path: Path) -> AsyncIterator[SecureStack]:
    s = await start_with(tmp_path / "policy.toml", [SHOP, ADMIN])
    yield s
    await s.stop()


def create_request() -> r.CreateCheckoutSessionRequest:
    Req = r.CreateCheckoutSessionRequest
    return Req(
        mode=Req.MODE_PAYMENT,
        success_url="https://example.com/ok",
        line_items=[Req.LineItem(price=TSHIRT, quantity=1)],
    )


def error_info(err: grpc.aio.AioRpcError) -> Any:
    raw = dict(err.trailing_metadata() or ())["grpc-status-details-bin"]
    for detail in status_pb2.Status.FromString(raw).details:
        info = error_details_pb2.ErrorInfo()
        if detail.Unpack(info):
            return info
    raise AssertionError("no ErrorInfo")


# (what, RPC, token, extra metadata, code, ErrorInfo reason, words in the message)
REFUSALS = [
    ("no credential", "Create", None, (), "UNAUTHENTICATED", "UNAUTHENTICATED", "no caller"),
    ("unknown token", "Create", STRANGER_TOKEN, (), "UNAUTHENTICATED", "UNAUTHENTICATED", "not"),
    (
        "RPC not listed",
        "Expire",
        SHOP_TOKEN,
        (),
        "PERMISSION_DENIED",
        "CALLER_NOT_ALLOWED",
        "may not call ExpireCheckoutSession",
    ),
    (
        "account not listed",
        "Create",
        SHOP_TOKEN,
        (("stripe-account", "acct_1Other"),),
        "PERMISSION_DENIED",
        "ACCOUNT_NOT_ALLOWED",
        "may not act on stripe-account acct_1Other",
    ),
    (
        "context not listed",
        "Create",
        SHOP_TOKEN,
        (("stripe-context", "acct_1Other"),),
        "PERMISSION_DENIED",
        "ACCOUNT_NOT_ALLOWED",
        "may not act on stripe-context",
    ),
    (
        "version override",
        "Create",
        SHOP_TOKEN,
        (("stripe-version", "2025-01-01.acacia"),),
        "PERMISSION_DENIED",
        "VERSION_OVERRIDE_NOT_ALLOWED",
        "may not override stripe-version",
    ),
]


async def call(s: SecureStack, rpc: str, metadata: tuple[tuple[str, str], ...]) -> Any:
    async with channel(s.target) as ch:
        if rpc == "Create":
            return await stub(ch).CreateCheckoutSession(create_request(), metadata=metadata)
        if rpc == "Get":
            return await stub(ch).GetCheckoutSession(
                r.GetCheckoutSessionRequest(id="cs_test_x"), metadata=metadata
            )
        if rpc == "Expire":
            return await stub(ch).ExpireCheckoutSession(
                r.ExpireCheckoutSessionRequest(id="cs_test_x"), metadata=metadata
            )
        return await stub(ch).ListCheckoutSessions(
            r.ListCheckoutSessionsRequest(), metadata=metadata
        )


@pytest.mark.parametrize(
    ("what", "rpc", "token", "extra", "code", "reason", "words"),
    REFUSALS,
    ids=[row[0] for row in REFUSALS],
)
async def test_every_refusal_names_its_reason_and_never_reaches_stripe(
    stack: SecureStack,
    what: str,
    rpc: str,
    token: str | None,
    extra: tuple[tuple[str, str], ...],
    code: str,
    reason: str,
    words: str,
) -> None:
    metadata = (bearer(token) if token else ()) + extra
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call(stack, rpc, metadata)
    err = caught.value
    assert err.code().name == code
    assert words in (err.details() or "")
    info = error_info(err)
    assert (info.reason, info.domain) == (reason, "checkout-gateway")
    if code == "PERMISSION_DENIED":
        assert info.metadata["caller"] == "shop"
    assert not stack.emulator.requests


async def test_allowed_accounts_and_overrides_pass(stack: SecureStack) -> None:
    session = await call(stack, "Create", (*bearer(SHOP_TOKEN), ("stripe-account", "acct_1Shop")))
    assert session.id.startswith("cs_test_")
    assert await call(
        stack,
        "List",
        (
            *bearer(ADMIN_TOKEN),
            ("stripe-account", "acct_1Any"),
            ("stripe-version", "2026-10-28.endive"),
        ),
    )
    assert len(stack.emulator.requests) == 2


async def test_a_caller_in_no_policy_entry_is_refused(tmp_path: Path) -> None:
    # An mTLS or JWT identity the policy does not list: a token's name stands in for one here.
    s = await start_with(tmp_path / "p.toml", [ADMIN], identity_from_xfcc=True)
    try:
        xfcc = (("x-forwarded-client-cert", 'By=spiffe://gw;URI="spiffe://corp.example/sa/x"'),)
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await call(s, "List", xfcc)
        assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED
        assert error_info(caught.value).reason == "CALLER_NOT_ALLOWED"
        assert "caller spiffe://corp.example/sa/x is not in the policy" in (
            caught.value.details() or ""
        )
        assert not s.emulator.requests
    finally:
        await s.stop()


async def reflect(
    s: SecureStack, metadata: tuple[tuple[str, str], ...], ask: bool = True
) -> tuple[grpc.StatusCode, list[str]]:
    """List services over reflection: the call's status code and the names it got. With
    `ask` False the call sends no request, only its metadata: a refusal, which comes as the
    call starts, then cannot race a write (the client reports a write the server's early
    status cut short as INTERNAL, 'Internal error from Core', whatever the server sent)."""
    async with channel(s.target) as ch:
        reflection = reflection_pb2_grpc.ServerReflectionStub(ch)
        call = reflection.ServerReflectionInfo(metadata=metadata)
        names: list[str] = []
        with contextlib.suppress(grpc.aio.AioRpcError, asyncio.InvalidStateError):
            if ask:
                await call.write(reflection_pb2.ServerReflectionRequest(list_services=""))
            await call.done_writing()
            async for response in call:
                names += [service.name for service in response.list_services_response.service]
        return await call.code(), names


async def test_reflection_follows_the_policy(tmp_path: Path) -> None:
    lister = {
        "id": "lister",
        "rpcs": ["grpc.reflection.*"],
        "token_sha256": token_sha256(ADMIN_TOKEN),
    }
    s = await start_with(tmp_path / "p.toml", [SHOP, lister])
    try:
        code, names = await reflect(s, bearer(ADMIN_TOKEN))
        assert code == grpc.StatusCode.OK
        assert "checkout_gateway.v1.CheckoutSessionService" in names
        assert (await reflect(s, bearer(SHOP_TOKEN), ask=False)) == (
            grpc.StatusCode.PERMISSION_DENIED,
            [],
        )
        assert (await reflect(s, (), ask=False)) == (grpc.StatusCode.UNAUTHENTICATED, [])
    finally:
        await s.stop()


async def test_health_needs_no_identity(stack: SecureStack) -> None:
    async with channel(stack.target) as ch:
        reply = await health_pb2_grpc.HealthStub(ch).Check(health_pb2.HealthCheckRequest())
    assert reply.status == health_pb2.HealthCheckResponse.SERVING


# --- reloads --------------------------------------------------------------------------------


async def refused(s: SecureStack, rpc: str, token: str) -> bool:
    try:
        await call(s, rpc, bearer(token))
    except grpc.aio.AioRpcError as err:
        denied: bool = err.code() == grpc.StatusCode.PERMISSION_DENIED
        return denied
    return False


async def test_reload_under_load_fails_no_call_both_policies_allow(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    old = [{**SHOP, "rpcs": ["List*", "GetCheckoutSession"]}]
    new = [{**SHOP, "rpcs": ["List*", "CreateCheckoutSession"]}]
    s = await start_with(path, old, reload_interval=0.05)
    stop = asyncio.Event()
    failures: list[str] = []
    done = 0

    async def load() -> None:  # List: allowed by both policies
        nonlocal done
        async with channel(s.target) as ch:
            while not stop.is_set():
                try:
                    await stub(ch).ListCheckoutSessions(
                        r.ListCheckoutSessionsRequest(limit=1), metadata=bearer(SHOP_TOKEN)
                    )
                    done += 1
                except grpc.aio.AioRpcError as err:
                    failures.append(f"{err.code().name}: {err.details()}")

    workers = [asyncio.create_task(load()) for _ in range(4)]
    try:
        assert await refused(s, "Create", SHOP_TOKEN)
        for policy in (new, old, new):
            write_policy(path, policy)
            rpc = "Create" if policy is old else "Get"  # refused by this one only
            await until(functools.partial(refused, s, rpc, SHOP_TOKEN))
            path.write_text("[[callers]\nnot toml")  # a broken write in between: ignored
            await asyncio.sleep(0.2)
        assert not await refused(s, "Create", SHOP_TOKEN)  # `new` still in force
    finally:
        stop.set()
        await asyncio.gather(*workers)
        await s.stop()
    assert failures == []
    assert done > 0


async def test_sighup_reload_reads_the_policy_at_once(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    s = await start_with(path, [{**SHOP, "rpcs": ["List*"]}], reload_interval=3600)
    try:
        assert await refused(s, "Create", SHOP_TOKEN)
        write_policy(path, [SHOP])
        assert await refused(s, "Create", SHOP_TOKEN)  # not looked at again for an hour...
        s.gateway.trust.reload()  # ...but SIGHUP's handler reads it now
        assert not await refused(s, "Create", SHOP_TOKEN)
    finally:
        await s.stop()


async def test_a_policy_that_does_not_parse_is_logged_and_the_old_one_stays(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "policy.toml"
    s = await start_with(path, [SHOP], reload_interval=3600)
    try:
        path.write_text('[[callers]]\nid = "shop"\nrpcs = "*"\n')
        s.gateway.trust.reload()
        assert not await refused(s, "Create", SHOP_TOKEN)
    finally:
        await s.stop()
    assert any(
        "new version refused, keeping the previous one: callers[0].rpcs: must be a list" in m
        for m in caplog.messages
    )


@pytest.mark.parametrize(
    ("metadata", "code"),
    [
        ((), grpc.StatusCode.UNAUTHENTICATED),
        (
            (*bearer(SHOP_TOKEN), ("stripe-account", "acct_1Other")),
            grpc.StatusCode.PERMISSION_DENIED,
        ),
    ],
)
async def test_a_stream_is_refused_before_its_first_page(
    stack: SecureStack, metadata: tuple[tuple[str, str], ...], code: grpc.StatusCode
) -> None:
    async with channel(stack.target) as ch:
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            async for _ in stub(ch).StreamCheckoutSessions(
                r.StreamCheckoutSessionsRequest(), metadata=metadata
            ):
                pass
    assert caught.value.code() == code
    assert not stack.emulator.requests


def test_patterns_that_allow_no_rpc_are_logged_as_likely_typos(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from gateway.trust import TrustBoundary

    callers = [
        {
            "id": "a",
            "rpcs": ["GetCheckoutSession", "CreateCheckoutSessions", "grpc.reflection.*", "Strem*"],
        }
    ]
    TrustBoundary(SecurityConfig(policy=write_policy(tmp_path / "p.toml", callers)))
    (warning,) = [
        r.getMessage()
        for r in caplog.records
        if (r.name, r.levelname) == ("gateway.policy", "WARNING")
    ]
    assert warning.endswith("patterns that allow no RPC: a: CreateCheckoutSessions; a: Strem*")


def _policy(**entry: Any) -> Any:
    lines = [f"{key} = {value}" for key, value in entry.items()]
    return parse(('[[callers]]\nid = "c"\nrpcs = ["*"]\n' + "\n".join(lines)).encode())


@pytest.mark.parametrize(
    ("entry", "metadata", "reason"),
    [
        ({}, (), None),
        ({}, (("stripe-account", "acct_1A"),), "ACCOUNT_NOT_ALLOWED"),  # absent: none
        ({"stripe_accounts": "[]"}, (("stripe-account", "acct_1A"),), "ACCOUNT_NOT_ALLOWED"),
        ({"stripe_accounts": '["acct_1A"]'}, (("stripe-account", "acct_1A"),), None),
        (
            {"stripe_accounts": '["acct_1A"]'},
            (("stripe-account", "acct_1B"),),
            "ACCOUNT_NOT_ALLOWED",
        ),
        (
            {"stripe_accounts": '["acct_1A"]'},
            (("stripe-context", "acct_1B"),),
            "ACCOUNT_NOT_ALLOWED",
        ),
        (
            {"stripe_accounts": '["acct_1A"]'},
            (("stripe-account", "acct_1A"), ("stripe-account", "acct_1B")),  # every value counts
            "ACCOUNT_NOT_ALLOWED",
        ),
        ({"stripe_accounts": '["*"]'}, (("stripe-account", "acct_1Z"),), None),
        ({"stripe_accounts": '["*"]'}, (("stripe-context", "acct_1Z"),), None),
        ({}, (("stripe-version", "2026-10-28.endive"),), "VERSION_OVERRIDE_NOT_ALLOWED"),
        ({"stripe_version_override": "true"}, (("stripe-version", "2025-01-01.x"),), None),
        ({}, (("idempotency-key", "k"), ("other", "x")), None),
    ],
)
def test_the_policys_rules_on_metadata_every_row(
    entry: dict[str, str], metadata: tuple[tuple[str, str], ...], reason: str | None
) -> None:
    refusal = _policy(**entry).check("c", ("GetCheckoutSession",), metadata)
    assert (refusal.reason if refusal else None) == reason


GW = "/checkout_gateway.v1.CheckoutSessionService/"
REFLECTION = "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo"


@pytest.mark.parametrize(
    ("rpcs", "method", "allowed"),
    [
        ('["GetCheckoutSession"]', GW + "GetCheckoutSession", True),
        ('["Get*"]', GW + "GetCheckoutSession", True),
        ('["get*"]', GW + "GetCheckoutSession", False),  # case matters
        ('["checkout_gateway.v1.*"]', GW + "ExpireCheckoutSession", True),
        ('["Stream*"]', GW + "ListCheckoutSessions", False),
        ('["*"]', REFLECTION, True),
        ('["grpc.reflection.*"]', REFLECTION, True),
        ('["ServerReflectionInfo"]', REFLECTION, False),  # bare names are the gateway's only
        ('["grpc.reflection.*"]', GW + "GetCheckoutSession", False),
    ],
)
def test_rpc_patterns_every_row(rpcs: str, method: str, allowed: bool) -> None:
    policy = parse(f'[[callers]]\nid = "c"\nrpcs = {rpcs}\n'.encode())
    assert (policy.check("c", rpc_names(method), ()) is None) is allowed


def test_an_id_that_is_not_a_string_is_refused() -> None:
    with pytest.raises(PolicyError, match=r"callers\[0\]\.id: must be a non-empty string"):
        parse(b'[[callers]]\nid = 3\nrpcs = ["*"]\n')
