"""Identity sources as tables: XFCC parsing, loopback peers, certificate SANs; and each
caller's share of the upstream rate limit (unit, and over real sockets)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import grpc
import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2 as r

from gateway.caller_limits import CallerLimits
from gateway.exceptions import Overloaded
from gateway.identity import CALLER
from gateway.security import SecurityConfig
from gateway.trust.auth import (
    Authenticator,
    Unauthenticated,
    certificate_identity,
    is_loopback_peer,
    xfcc_uri,
)
from gateway.trust.policy import parse
from tests import secrets_guard
from tests.trust_stack import bearer, channel, start, stub, token_sha256, write_policy


@pytest.mark.parametrize(
    ("header", "uri"),
    [
        ("By=spiffe://gw;Hash=abc;URI=spiffe://corp.example/sa/a", "spiffe://corp.example/sa/a"),
        ('By=spiffe://gw;URI="spiffe://corp.example/sa/a";DNS=a.svc', "spiffe://corp.example/sa/a"),
        ('Subject="CN=a,O=b;c";URI=spiffe://x/y', "spiffe://x/y"),  # , and ; quoted
        ("URI=spiffe://first/a,By=gw2;URI=spiffe://last/b", "spiffe://last/b"),  # the nearest
        ("uri=spiffe://lower/case", "spiffe://lower/case"),
        ("By=spiffe://gw;Hash=abc", None),
        ("URI=", None),
        ("", None),
    ],
)
def test_xfcc_identity_is_the_uri_of_the_last_element(header: str, uri: str | None) -> None:
    assert xfcc_uri(header) == uri


@pytest.mark.parametrize(
    ("peer", "loopback"),
    [
        ("ipv4:127.0.0.1:5000", True),
        ("ipv4:127.3.2.1:5000", True),
        ("ipv6:[::1]:5000", True),
        ("ipv4:10.0.0.7:5000", False),
        ("ipv6:[2001:db8::1]:5000", False),
        ("ipv6:[::ffff:10.0.0.7]:5000", False),
        ("ipv6:[::ffff:127.0.0.1]:5000", True),
        ("unix:/tmp/socket", False),
        ("garbage", False),
    ],
)
def test_xfcc_is_trusted_from_loopback_peers_only(peer: str, loopback: bool) -> None:
    assert is_loopback_peer(peer) is loopback


@pytest.mark.parametrize(
    ("context", "identity"),
    [
        ({"peer_uri": [b"https://not.spiffe/x", b"spiffe://a/b"], "peer_dns": [b"a.svc"]}, "spiffe://a/b"),
        ({"peer_uri": [b"https://not.spiffe/x"], "peer_dns": [b"a.svc", b"b.svc"]}, "a.svc"),
        ({"x509_common_name": [b"cn-is-not-an-identity"]}, None),
    ],
)  # fmt: skip
def test_certificate_identity_is_the_spiffe_uri_else_the_first_dns_name(
    context: dict[str, Sequence[bytes]], identity: str | None
) -> None:
    assert certificate_identity(context) == identity


# --- rate shares ------------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def test_a_callers_share_is_its_own_bucket_and_follows_the_policy() -> None:
    clock, slept = Clock(), []
    shares = {"noisy": 0.25}

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    limits = CallerLimits(
        rate=8, burst=8, max_waiting=10, shares=lambda: shares, clock=clock, sleep=sleep
    )
    waits: list[tuple[str, float]] = []
    limits.waited = lambda reason, seconds: waits.append((reason, seconds))
    bucket = limits.bucket("noisy")
    assert bucket is not None and (bucket.rate, bucket.burst) == (2, 2)
    assert limits.bucket("quiet") is None
    token = CALLER.set("noisy")
    try:
        await limits.take(100)
        await limits.take(100)
        assert slept == []
        await limits.take(100)  # the third within its burst of 2 waits for its 2/s
        assert slept == [0.5]
        assert waits == [("caller", 0.5)]  # recorded for metrics as the caller bucket's wait
        with pytest.raises(Overloaded, match="caller noisy is over its share"):
            await limits.take(0.1)
        shares["noisy"] = 0.5
        noisy = limits.bucket("noisy")
        assert noisy is not None
        assert noisy.rate == 4
    finally:
        CALLER.reset(token)


NOISY, QUIET = "noisy-token-0f1e2d3c4b5a69788796a5b4c3d2e1f0", "quiet-token-a1b2c3d4e5f6a7b8c9d0"
secrets_guard.register(NOISY, QUIET)


async def test_a_noisy_caller_is_held_to_its_share_and_the_others_are_not(tmp_path: Path) -> None:
    policy = write_policy(
        tmp_path / "policy.toml",
        [
            # 1% of 1 request/s: one token per 100 s, far beyond any call's deadline here.
            {"id": "noisy", "rpcs": ["*"], "rate_share": 0.01, "token_sha256": token_sha256(NOISY)},
            {"id": "quiet", "rpcs": ["*"], "token_sha256": token_sha256(QUIET)},
        ],
    )
    s = await start(SecurityConfig(policy=policy), rate_limit=1.0, rate_burst=1)
    try:
        async with channel(s.target) as ch:
            list_ = stub(ch).ListCheckoutSessions
            await list_(r.ListCheckoutSessionsRequest(), metadata=bearer(NOISY), timeout=30)
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                await list_(r.ListCheckoutSessionsRequest(), metadata=bearer(NOISY), timeout=30)
            assert caught.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
            assert "caller noisy is over its share" in (caught.value.details() or "")
            for _ in range(2):  # the gateway-wide 1/s still serves the quiet caller
                await list_(r.ListCheckoutSessionsRequest(), metadata=bearer(QUIET), timeout=30)
        assert len(s.emulator.requests) == 3
    finally:
        await s.stop()


# --- the order of the sources -----------------------------------------------------------------


class Context:
    """What the interceptor reads of a grpc.aio ServicerContext: peer, metadata, auth context."""

    def __init__(
        self,
        metadata: tuple[tuple[str, str], ...] = (),
        peer: str = "ipv4:127.0.0.1:40000",
        sans: dict[str, list[bytes]] | None = None,
    ) -> None:
        self._metadata, self._peer, self._sans = metadata, peer, sans or {}

    def invocation_metadata(self) -> tuple[tuple[str, str], ...]:
        return self._metadata

    def peer(self) -> str:
        return self._peer

    def auth_context(self) -> dict[str, list[bytes]]:
        return self._sans


XFCC = (("x-forwarded-client-cert", "By=spiffe://gw;URI=spiffe://corp.example/sa/from-mesh"),)
CERT = {"peer_uri": [b"spiffe://corp.example/sa/from-cert"]}


def authenticator(**sources: object) -> Authenticator:
    entry = f'id = "quiet"\nrpcs = ["*"]\ntoken_sha256 = "{token_sha256(QUIET)}"\n'
    policy = parse(f"[[callers]]\n{entry}".encode())
    return Authenticator(policy=lambda: policy, **sources)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sources", "context", "identity"),
    [
        (
            {"xfcc": True, "mtls": True},
            Context(XFCC, sans=CERT),
            "spiffe://corp.example/sa/from-mesh",
        ),
        (
            {"xfcc": False, "mtls": True},
            Context(XFCC, sans=CERT),
            "spiffe://corp.example/sa/from-cert",
        ),
        ({"xfcc": True, "mtls": True}, Context(bearer(QUIET) + XFCC, sans=CERT), "quiet"),
        (
            {"xfcc": True},
            Context(XFCC, peer="ipv6:[::1]:40000"),
            "spiffe://corp.example/sa/from-mesh",
        ),
    ],
)
def test_the_first_source_that_applies_names_the_caller(
    sources: dict[str, bool], context: Context, identity: str
) -> None:
    assert authenticator(**sources).identify(context) == identity


@pytest.mark.parametrize(
    ("sources", "context", "words"),
    [
        ({"xfcc": True}, Context(XFCC, peer="ipv4:10.0.0.7:40000"), "only from a loopback peer"),
        ({"xfcc": True}, Context((("x-forwarded-client-cert", "By=x"),)), "names no URI"),
        ({"mtls": True}, Context(bearer(NOISY), sans=CERT), "bearer token not recognised"),
        (
            {"mtls": True},
            Context((("authorization", "Basic dXNlcjpwYXNz"),), sans=CERT),
            "Bearer <token>",
        ),
        ({"xfcc": False}, Context(XFCC), "no caller identity"),
        ({"mtls": True}, Context(sans={"x509_common_name": [b"cn"]}), "no caller identity"),
    ],
)
def test_a_source_that_does_not_verify_is_refused_not_passed_over(
    sources: dict[str, bool], context: Context, words: str
) -> None:
    with pytest.raises(Unauthenticated, match=words):
        authenticator(**sources).identify(context)


def test_rate_shares_without_a_rate_limit_are_reported(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from gateway.trust import TrustBoundary

    policy = write_policy(tmp_path / "p.toml", [{"id": "a", "rpcs": ["*"], "rate_share": 0.5}])
    assert TrustBoundary(SecurityConfig(policy=policy), rate=0).caller_limits is None
    assert "the policy gives rate shares, but there is no --rate-limit to share" in caplog.text
    assert TrustBoundary(SecurityConfig(policy=policy), rate=10).caller_limits is not None
