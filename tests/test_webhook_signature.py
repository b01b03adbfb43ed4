"""gateway.events.webhooks.verify, row by row against stripe-python 16.1.0's WebhookSignature."""

from __future__ import annotations

import time

import pytest
import stripe

from gateway.events.webhooks import SignatureError, sign, verify
from tests import secrets_guard

SECRET = "whsec_signaturetests00000000000000000001"
OLD_SECRET = "whsec_signaturetests00000000000000000002"
OTHER = "whsec_signaturetests00000000000000000003"
secrets_guard.register(SECRET, OLD_SECRET, OTHER)
BODY = b'{"id":"evt_1","object":"event","type":"checkout.session.completed"}'
NOW = 1_800_000_000  # where the clock is injected
TOLERANCE = 300


def v1(secret: str, t: int, body: bytes = BODY) -> str:
    return f"v1={sign(body, secret, t)}"


def rows(now: int) -> list[tuple[str, str | None]]:
    """(name, Stripe-Signature header), each judged by both implementations on the real clock:
    made when the test runs (`now`), timestamps minutes away from the tolerance's edge."""
    return [
        ("valid", f"t={now},{v1(SECRET, now)}"),
        ("valid, entries of other schemes", f"t={now},v0=abc,{v1(SECRET, now)},v2=def"),
        ("several v1, the last matches", f"t={now},{v1(OTHER, now)},{v1(SECRET, now)}"),
        ("several v1, the first matches", f"t={now},{v1(SECRET, now)},{v1(OTHER, now)}"),
        ("signature first, then t", f"{v1(SECRET, now)},t={now}"),
        ("wrong secret", f"t={now},{v1(OTHER, now)}"),
        ("signed another body", f"t={now},{v1(SECRET, now, b'{}')}"),
        ("signed another timestamp", f"t={now},{v1(SECRET, now - 1)}"),
        ("stale", f"t={now - 1000},{v1(SECRET, now - 1000)}"),
        ("just within the tolerance", f"t={now - 180},{v1(SECRET, now - 180)}"),
        ("in the future", f"t={now + 1000},{v1(SECRET, now + 1000)}"),
        ("uppercase hex", f"t={now},v1={sign(BODY, SECRET, now).upper()}"),
        ("truncated signature", f"t={now},v1={sign(BODY, SECRET, now)[:-1]}"),
        ("empty signature", f"t={now},v1="),
        ("no v1 entry", f"t={now},v0={sign(BODY, SECRET, now)}"),
        ("no timestamp", v1(SECRET, now)),
        ("timestamp not a number", f"t=soon,{v1(SECRET, now)}"),
        ("empty timestamp", f"t=,{v1(SECRET, now)}"),
        ("garbage", "not a signature header"),
        ("empty", ""),
        ("missing", None),
    ]


NAMES = [name for name, _ in rows(0)]


def row(name: str) -> str | None:
    return dict(rows(int(time.time())))[name]


def stripe_accepts(header: str | None, secret: str) -> bool:
    try:
        stripe.WebhookSignature.verify_header(BODY.decode(), header, secret, TOLERANCE)
    except stripe.SignatureVerificationError:
        return False
    return True


def ours_accepts(header: str | None, secrets: list[str]) -> bool:
    try:
        verify(BODY, header, secrets, tolerance=TOLERANCE)
    except SignatureError:
        return False
    return True


@pytest.mark.parametrize("name", NAMES)
def test_agrees_with_stripe_python(name: str) -> None:
    header = row(name)
    assert ours_accepts(header, [SECRET]) == stripe_accepts(header, SECRET)


@pytest.mark.parametrize("name", NAMES)
def test_several_secrets_accept_what_any_one_of_them_accepts(name: str) -> None:
    header = row(name)
    secrets = [OLD_SECRET, SECRET]
    assert ours_accepts(header, secrets) == any(stripe_accepts(header, s) for s in secrets)


def test_the_table_has_rows_of_both_verdicts() -> None:
    verdicts = {stripe_accepts(header, SECRET) for _, header in rows(int(time.time()))}
    assert verdicts == {True, False}


def test_sign_matches_stripe_pythons_own_header() -> None:
    header = stripe.WebhookSignature.generate_signature_header(BODY.decode(), SECRET, NOW)
    assert header == f"t={NOW},{v1(SECRET, NOW)}"


def test_returns_the_signed_timestamp() -> None:
    assert verify(BODY, f"t={NOW},{v1(SECRET, NOW)}", [SECRET], clock=lambda: NOW) == NOW


@pytest.mark.parametrize(
    ("age", "accepted"), [(299.0, True), (300.0, True), (300.5, False), (-3600.0, True)]
)
def test_tolerance_is_measured_on_the_injected_clock(age: float, accepted: bool) -> None:
    header = f"t=1000000,{v1(SECRET, 1000000)}"
    clock = lambda: 1000000 + age  # noqa: E731
    if accepted:
        assert verify(BODY, header, [SECRET], clock=clock) == 1000000
    else:
        with pytest.raises(SignatureError, match="older than 300 s"):
            verify(BODY, header, [SECRET], clock=clock)


def test_zero_tolerance_accepts_any_age() -> None:
    header = f"t=1,{v1(SECRET, 1)}"
    assert verify(BODY, header, [SECRET], tolerance=0, clock=lambda: 1e9) == 1


def test_no_secrets_configured_rejects() -> None:
    with pytest.raises(SignatureError, match="no webhook signing secret"):
        verify(BODY, f"t={NOW},{v1(SECRET, NOW)}", [])


def test_errors_never_carry_the_secret_or_the_signature() -> None:
    header = f"t={NOW},{v1(OTHER, NOW)}"
    with pytest.raises(SignatureError) as caught:
        verify(BODY, header, [SECRET])
    assert SECRET not in str(caught.value) and sign(BODY, OTHER, NOW) not in str(caught.value)
