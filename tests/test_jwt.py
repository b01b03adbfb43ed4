"""Bearer JWTs over real sockets: each bad token gets its code and never reaches Stripe."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import grpc
import jwt
import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2 as r
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

from gateway.security import SecurityConfig
from gateway.trust.jwt_auth import MAX_TOKEN_BYTES
from tests import secrets_guard
from tests.trust_stack import TSHIRT, SecureStack, channel, start, stub, write_policy

ISSUER = "https://issuer.corp.example"
AUDIENCE = "checkout-gateway"
CALLER = "orders-service"
KID = "key-1"


def new_rsa() -> rsa.RSAPrivateKey:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    secrets_guard.register_pem(pem)
    return key


def public_pem(key: rsa.RSAPrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def jwks(key: rsa.RSAPrivateKey, kid: str = KID) -> str:
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    return json.dumps({"keys": [{**jwk, "kid": kid, "alg": "RS256", "use": "sig"}]})


KEY = new_rsa()


def claims(**changes: Any) -> dict[str, Any]:
    now = int(time.time())
    base: dict[str, Any] = {"iss": ISSUER, "aud": AUDIENCE, "sub": CALLER, "exp": now + 300}
    base.update(changes)
    return {k: v for k, v in base.items() if v is not None}


def token(key: rsa.RSAPrivateKey = KEY, kid: str = KID, **changes: Any) -> str:
    return jwt.encode(claims(**changes), key, algorithm="RS256", headers={"kid": kid})


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def hs256_with_the_public_key() -> str:
    """The HS/RS confusion attack: HMAC-signed with the RS256 public key as the secret."""
    header = b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": KID}).encode())
    signing_input = f"{header}.{b64(json.dumps(claims()).encode())}"
    mac = hmac.new(public_pem(KEY), signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{b64(mac)}"


def alg_none() -> str:
    header = b64(json.dumps({"alg": "none", "typ": "JWT"}).encode())
    return f"{header}.{b64(json.dumps(claims()).encode())}."


@pytest.fixture
def keys_file(tmp_path: Path) -> Path:
    path = tmp_path / "jwks.json"
    path.write_text(jwks(KEY))
    return path


async def start_jwt(tmp_path: Path, keys: Path, **settings: Any) -> SecureStack:
    policy = write_policy(tmp_path / "policy.toml", [{"id": CALLER, "rpcs": ["*"]}])
    security = SecurityConfig(
        policy=policy,
        jwt_keys=keys,
        jwt_issuer=ISSUER,
        jwt_audience=AUDIENCE,
        reload_interval=0,
        **settings,
    )
    return await start(security)


@pytest.fixture
async def stack(tmp_path: Path, keys_file: Path) -> AsyncIterator[SecureStack]:
    s = await start_jwt(tmp_path, keys_file)
    yield s
    await s.stop()


def create_request() -> r.CreateCheckoutSessionRequest:
    Req = r.CreateCheckoutSessionRequest
    return Req(
        mode=Req.MODE_PAYMENT,
        success_url="https://example.com/ok",
        line_items=[Req.LineItem(price=TSHIRT, quantity=1)],
    )


async def create(s: SecureStack, metadata: tuple[tuple[str, str], ...]) -> Any:
    async with channel(s.target) as ch:
        return await stub(ch).CreateCheckoutSession(create_request(), metadata=metadata, timeout=20)


def bearer(value: str) -> tuple[tuple[str, str], ...]:
    return (("authorization", f"Bearer {value}"),)


async def test_a_valid_token_names_the_caller(stack: SecureStack) -> None:
    session = await create(stack, bearer(token()))
    assert session.id.startswith("cs_test_")
    assert len(stack.emulator.requests) == 1


async def test_a_token_expired_within_the_skew_is_accepted(stack: SecureStack) -> None:
    session = await create(stack, bearer(token(exp=int(time.time()) - 5)))
    assert session.id.startswith("cs_test_")


# (what is wrong, the metadata sent, the code, words of the message)
REFUSED: list[tuple[str, Callable[[], tuple[tuple[str, str], ...]], str, str]] = [
    ("expired", lambda: bearer(token(exp=int(time.time()) - 3600)), "UNAUTHENTICATED", "expired"),
    (
        "not yet valid",
        lambda: bearer(token(nbf=int(time.time()) + 3600)),
        "UNAUTHENTICATED",
        "not yet valid",
    ),
    ("wrong aud", lambda: bearer(token(aud="another-service")), "UNAUTHENTICATED", "audience"),
    ("wrong iss", lambda: bearer(token(iss="https://evil.example")), "UNAUTHENTICATED", "issuer"),
    ("no exp", lambda: bearer(token(exp=None)), "UNAUTHENTICATED", "no exp claim"),
    ("alg none", lambda: bearer(alg_none()), "UNAUTHENTICATED", "pinned"),
    (
        "HS256 with the public key",
        lambda: bearer(hs256_with_the_public_key()),
        "UNAUTHENTICATED",
        "pinned",
    ),
    ("another key", lambda: bearer(token(key=new_rsa())), "UNAUTHENTICATED", "signature"),
    # Cut mid-payload: where in the signature a cut lands decides pyjwt's reason, not this one.
    ("truncated", lambda: bearer(token()[:120]), "UNAUTHENTICATED", "malformed"),
    ("not a JWT", lambda: bearer("abc.def"), "UNAUTHENTICATED", "malformed"),
    (
        "over the gateway's size limit",
        lambda: bearer(token(pad="x" * MAX_TOKEN_BYTES)),
        "UNAUTHENTICATED",
        f"longer than {MAX_TOKEN_BYTES}",
    ),
    # gRPC itself refuses metadata over 16 KiB, before any handler: nothing is read or called.
    ("64 KB", lambda: bearer(token(pad="x" * 65536)), "RESOURCE_EXHAUSTED", "metadata size"),
    (
        "in x-authorization",
        lambda: (("x-authorization", f"Bearer {token()}"),),
        "UNAUTHENTICATED",
        "no caller identity",
    ),
    ("without Bearer", lambda: (("authorization", token()),), "UNAUTHENTICATED", "Bearer <token>"),
    ("twice", lambda: bearer(token()) + bearer(token()), "UNAUTHENTICATED", "more than one"),
    ("no metadata", lambda: (), "UNAUTHENTICATED", "no caller identity"),
]


@pytest.mark.parametrize(
    ("what", "metadata", "code", "words"), REFUSED, ids=[t[0] for t in REFUSED]
)
async def test_a_bad_token_is_refused_before_stripe(
    stack: SecureStack,
    what: str,
    metadata: Callable[[], tuple[tuple[str, str], ...]],
    code: str,
    words: str,
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await create(stack, metadata())
    assert caught.value.code().name == code, caught.value.details()
    assert words in (caught.value.details() or "")
    assert not stack.emulator.requests


async def test_the_identity_claim_is_configurable(tmp_path: Path, keys_file: Path) -> None:
    s = await start_jwt(tmp_path, keys_file, jwt_identity_claim="azp")
    try:
        await create(s, bearer(token(sub="someone-else", azp=CALLER)))
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await create(s, bearer(token()))  # a sub, but no azp
        assert "no azp claim" in (caught.value.details() or "")
    finally:
        await s.stop()


async def test_keys_are_re_read_when_the_file_changes(stack: SecureStack, keys_file: Path) -> None:
    rotated = new_rsa()
    with pytest.raises(grpc.aio.AioRpcError):
        await create(stack, bearer(token(key=rotated, kid="key-2")))
    keys_file.write_text(jwks(rotated, kid="key-2"))
    assert (await create(stack, bearer(token(key=rotated, kid="key-2")))).id
    with pytest.raises(grpc.aio.AioRpcError):
        await create(stack, bearer(token()))  # key-1 is gone from the set


async def test_a_bad_new_keys_file_keeps_the_old_keys(
    stack: SecureStack, keys_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    keys_file.write_text('{"keys": [')
    assert (await create(stack, bearer(token()))).id
    assert any("JWT keys" in m and "refused, keeping the previous" in m for m in caplog.messages)


async def test_keys_from_a_pem_file_are_pinned_to_their_type(tmp_path: Path) -> None:
    pem = tmp_path / "keys.pem"
    pem.write_bytes(public_pem(KEY))
    s = await start_jwt(tmp_path, pem)
    try:
        assert (await create(s, bearer(token()))).id
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await create(s, bearer(hs256_with_the_public_key()))
        assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED
    finally:
        await s.stop()


@pytest.mark.parametrize(
    ("document", "words"),
    [
        ({"keys": [{"kty": "oct", "k": "c2VjcmV0", "alg": "HS256"}]}, "not an asymmetric"),
        ({"keys": []}, "no signing key"),
        ({"nokeys": 1}, '"keys" array'),
    ],
)
def test_a_keys_file_without_pinned_asymmetric_keys_is_refused(
    document: dict[str, Any], words: str
) -> None:
    from gateway.trust.jwt_auth import load_keys

    with pytest.raises(ValueError, match=words):
        load_keys((json.dumps(document).encode(),))


def _public_pem(private: Any) -> bytes:
    data: bytes = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return data


@pytest.mark.parametrize(
    ("make", "algorithm"),
    [
        (lambda: rsa.generate_private_key(public_exponent=65537, key_size=2048), "RS256"),
        (lambda: ec.generate_private_key(ec.SECP256R1()), "ES256"),
        (lambda: ec.generate_private_key(ec.SECP384R1()), "ES384"),
        (lambda: ec.generate_private_key(ec.SECP521R1()), "ES512"),
        (ed25519.Ed25519PrivateKey.generate, "EdDSA"),
    ],
)
def test_a_pem_key_is_pinned_to_its_types_algorithm_every_row(
    make: Callable[[], Any], algorithm: str
) -> None:
    from gateway.trust.jwt_auth import load_keys

    (key,) = load_keys((_public_pem(make()),))
    assert key.algorithm == algorithm


def test_a_pem_file_of_certificates_and_keys_loads_each() -> None:
    import trustme

    from gateway.trust.jwt_auth import load_keys

    cert = trustme.CA().cert_pem.bytes()  # an EC P-256 certificate
    keys = load_keys((cert + public_pem(KEY),))
    assert [k.algorithm for k in keys] == ["ES256", "RS256"]
    with pytest.raises(ValueError, match="not b'PRIVATE KEY'"):
        load_keys((b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",))
