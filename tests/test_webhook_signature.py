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
NOW = int(time.time())
TOLERANCE = 300


def v1(secret: str, t: int, body: bytes = BODY) -> str:
    return f"v1={sign(body, secret, t)}"


# (name, Stripe-Signature header); each row is judged by both implementations. Timestamps are
# minutes away from the tolerance's edge, so the real clock moving during the run changes nothing.
ROWS: list[tuple[str, str | None]] = [
    ("valid", f"t={NOW},{v1(SECRET, NOW)}"),
    ("valid, entries of other schemes", f"t={NOW},v0=abc,{v1(SECRET, NOW)},v2=def"),
    ("several v1, the last matches", f"t={NOW},{v1(OTHER, NOW)},{v1(SECRET, NOW)}"),
    ("several v1, the first matches", f"t={NOW},{v1(SECRET, NOW)},{v1(OTHER, NOW)}"),
    ("signature first, then t", f"{v1(SECRET, NOW)},t={NOW}"),
    ("wrong secret", f"t={NOW},{v1(OTHER, NOW)}"),
    ("signed another body", f"t={NOW},{v1(SECRET, NOW, b'{}')}"),
    ("signed another timestamp", f"t={NOW},{v1(SECRET, NOW - 1)}"),
    ("stale", f"t={NOW - 1000},{v1(SECRET, NOW - 1000)}"),
    ("just within the tolerance", f"t={NOW - 180},{v1(SECRET, NOW - 180)}"),
    ("in the future", f"t={NOW + 1000},{v1(SECRET, NOW + 1000)}"),
    ("uppercase hex", f"t={NOW},v1={sign(BODY, SECRET, NOW).upper()}"),
    ("truncated signature", f"t={NOW},v1={sign(BODY, SECRET, NOW)[:-1]}"),
    ("empty signature", f"t={NOW},v1="),
    ("no v1 entry", f"t={NOW},v0={sign(BODY, SECRET, NOW)}"),
    ("no timestamp", v1(SECRET, NOW)),
    ("timestamp not a number", f"t=soon,{v1(SECRET, NOW)}"),
    ("empty timestamp", f"t=,{v1(SECRET, NOW)}"),
    ("garbage", "not a signature header"),
    ("empty", ""),
    ("missing", None),
]


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


@pytest.mark.parametrize(("name", "header"), ROWS, ids=[r[0] for r in ROWS])
def test_agrees_with_stripe_python(name: str, header: str | None) -> None:
    assert ours_accepts(header, [SECRET]) == stripe_accepts(header, SECRET)


@pytest.mark.parametrize(("name", "header"), ROWS, ids=[r[0] for r in ROWS])
def test_several_secrets_accept_what_any_one_of_them_accepts(name: str, header: str | None) -> None:
    secrets = [OLD_SECRET, SECRET]
    assert ours_accepts(header, secrets) == any(stripe_accepts(header, s) for s in secrets)


def test_the_table_has_rows_of_both_verdicts() -> None:
    verdicts = {stripe_accepts(header, SECRET) for _, header in ROWS}
    assert verdicts == {True, False}


def test_sign_matches_stripe_pythons_own_header() -> None:
    header = stripe.WebhookSignature.generate_signature_header(BODY.decode(), SECRET, NOW)
    assert header == f"t={NOW},{v1(SECRET, NOW)}"


def test_returns_the_signed_timestamp() -> None:
    assert verify(BODY, f"t={NOW},{v1(SECRET, NOW)}", [SECRET]) == NOW


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
