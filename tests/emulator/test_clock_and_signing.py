"""The pieces under events and webhooks: the clock, the signature, the retry policy."""

from __future__ import annotations

from typing import TypedDict

import pytest
import stripe

from stripe_emulator import Clock, DeliveryFault, RetryPolicy, sign


class Wall:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


def test_the_clock_follows_its_source() -> None:
    wall = Wall()
    clock = Clock(wall)
    wall.now += 5
    assert clock() == 1_005 and not clock.frozen


def test_a_frozen_clock_stands_still_until_advanced() -> None:
    wall = Wall()
    clock = Clock(wall)
    clock.freeze()
    wall.now += 100
    assert clock() == 1_000 and clock.frozen
    clock.advance(30)
    assert clock() == 1_030
    assert clock.to_json() == {"now": 1_030, "frozen": True}


def test_unfrozen_the_clock_runs_on_from_where_it_stood() -> None:
    wall = Wall()
    clock = Clock(wall)
    clock.freeze()
    wall.now += 100
    clock.unfreeze()
    assert clock() == 1_000
    wall.now += 1
    assert clock() == 1_001


def test_a_running_clock_advances_too() -> None:
    wall = Wall()
    clock = Clock(wall)
    clock.advance(86_400)
    assert clock() == 87_400


def test_the_clock_never_goes_back() -> None:
    with pytest.raises(ValueError, match="forward"):
        Clock(Wall()).advance(-1)


SECRET = "whsec_test0000000000000000000000000000"


def test_the_signature_is_the_one_stripe_python_computes() -> None:
    payload = b'{"id":"evt_1","object":"event"}'
    header = sign(payload, [SECRET], 1_700_000_000)
    expected = stripe.WebhookSignature._compute_signature(f"1700000000.{payload.decode()}", SECRET)
    assert header == f"t=1700000000,v1={expected}"


def test_two_secrets_sign_twice_and_either_verifies() -> None:
    import time

    payload = '{"id":"evt_1","object":"event"}'
    other = "whsec_other000000000000000000000000000"
    header = sign(payload.encode(), [SECRET, other], int(time.time()))
    assert header.count(",v1=") == 2
    for secret in (SECRET, other):
        assert stripe.WebhookSignature.verify_header(payload, header, secret, 300)


@pytest.mark.parametrize(
    ("status", "retry"),
    [(None, True), (200, False), (204, False), (299, False), (301, True), (400, True),
     (410, True), (500, True), (503, True)],
)  # fmt: skip
def test_what_is_retried(status: int | None, retry: bool) -> None:
    assert RetryPolicy.should_retry(status) is retry


def test_the_backoff_is_the_schedule() -> None:
    assert list(RetryPolicy(schedule=(0.5, 1, 2)).backoff()) == [0.5, 1, 2]
    assert list(RetryPolicy().backoff()) == [1, 2, 4, 8, 16, 32]


class PolicyArgs(TypedDict, total=False):
    schedule: tuple[float, ...]
    timeout: float


@pytest.mark.parametrize("bad", [{"schedule": (-1.0,)}, {"timeout": 0}])
def test_a_policy_refuses_nonsense(bad: PolicyArgs) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**bad)


@pytest.mark.parametrize(
    ("fault", "endpoint", "kind", "matches"),
    [
        (DeliveryFault("stale"), "we_1", "checkout.session.completed", True),
        (DeliveryFault("stale", endpoint="we_1"), "we_2", "checkout.session.completed", False),
        (DeliveryFault("stale", type="checkout.session.expired"), "we_1", "x.y", False),
        (DeliveryFault("stale", endpoint="we_1", type="x.y"), "we_1", "x.y", True),
    ],
)
def test_delivery_faults_match(
    fault: DeliveryFault, endpoint: str, kind: str, matches: bool
) -> None:
    assert fault.matches(endpoint, kind) is matches


def test_the_secrets_guard_knows_webhook_secrets() -> None:
    from tests.secrets_guard import find_secrets

    assert find_secrets(f"signed with {SECRET}") == [SECRET]
