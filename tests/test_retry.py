"""gateway.retry: exact and instant, with a fake clock, a recording sleep and fixed randomness."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable
from typing import TypedDict

import pytest

from gateway import retry
from gateway.exceptions import (
    DeadlineExceeded,
    InvalidRequest,
    Overloaded,
    StripeAPIError,
    UpstreamTimeout,
    UpstreamUnavailable,
)
from gateway.retry import RetryPolicy, call_with_retries, is_retryable
from tests.stripe_errors import stripe_error


class Transient(Exception):
    pass


class Fatal(Exception):
    pass


def retry_transient(exc: BaseException) -> bool:
    return isinstance(exc, Transient)


class FakeTime:
    """A clock that moves only when slept on or told to; records every sleep."""

    def __init__(self, now: float = 100.0) -> None:
        self.now = now
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


class Script:
    """An attempt that plays back outcomes in order, taking `cost` seconds of fake time each."""

    def __init__(
        self, time: FakeTime, outcomes: list[BaseException | str], cost: float = 0.0
    ) -> None:
        self.time = time
        self.outcomes = list(outcomes)
        self.cost = cost
        self.timeouts: list[float] = []

    async def __call__(self, timeout: float) -> str:
        self.timeouts.append(timeout)
        self.time.now += self.cost
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome


def run(
    time: FakeTime,
    attempt: Callable[[float], Awaitable[str]],
    *,
    policy: RetryPolicy | None = None,
    deadline: float | None = None,
    random: float = 0.0,
) -> Awaitable[str]:
    return call_with_retries(
        attempt,
        policy=policy or RetryPolicy(),
        retryable=retry_transient,
        deadline=deadline,
        clock=time.clock,
        sleep=time.sleep,
        random=lambda: random,
    )


# -- the backoff generator ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("random", "expected"),
    [
        # Bases min(0.5 * 2**(n-1), 5) = 0.5, 1, 2, 4, 5, 5; at 50% the first hits the 0.5 floor.
        (0.0, [0.5, 0.5, 1.0, 2.0, 2.5, 2.5]),
        (0.5, [0.5, 0.75, 1.5, 3.0, 3.75, 3.75]),
        # At 100% the cap of 5 s applies from the fifth retry.
        (1.0, [0.5, 1.0, 2.0, 4.0, 5.0, 5.0]),
    ],
)
def test_delays_follow_stripe_python(random: float, expected: list[float]) -> None:
    policy = RetryPolicy(max_retries=6)
    assert list(policy.delays(lambda: random)) == pytest.approx(expected)


def test_delays_yield_one_value_per_retry() -> None:
    assert len(list(RetryPolicy().delays(lambda: 0.0))) == 2
    assert list(RetryPolicy(max_retries=0).delays(lambda: 0.0)) == []


def test_defaults_are_stripe_pythons() -> None:
    assert RetryPolicy() == RetryPolicy(max_retries=2, initial_delay=0.5, max_delay=5.0)


class PolicyArgs(TypedDict, total=False):
    max_retries: int
    initial_delay: float
    max_delay: float


@pytest.mark.parametrize(
    "kwargs",
    [{"max_retries": -1}, {"initial_delay": 0.0}, {"initial_delay": 6.0, "max_delay": 5.0}],
)
def test_policy_rejects_nonsense(kwargs: PolicyArgs) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**kwargs)


# -- call_with_retries -------------------------------------------------------------------


async def test_success_first_time() -> None:
    time = FakeTime()
    attempt = Script(time, ["ok"])
    assert await run(time, attempt) == "ok"
    assert time.slept == []
    assert attempt.timeouts == [math.inf]


@pytest.mark.parametrize(("random", "expected"), [(0.0, [0.5, 0.5]), (1.0, [0.5, 1.0])])
async def test_retry_then_success_with_exact_delays(random: float, expected: list[float]) -> None:
    time = FakeTime()
    attempt = Script(time, [Transient(), Transient(), "ok"])
    assert await run(time, attempt, random=random) == "ok"
    assert time.slept == expected


async def test_first_delay_is_the_floor_even_with_no_jitter() -> None:
    time = FakeTime()
    policy = RetryPolicy(max_retries=1, initial_delay=0.5)
    assert await run(time, Script(time, [Transient(), "ok"]), policy=policy, random=0.0) == "ok"
    assert time.slept == [0.5]


async def test_gives_up_after_max_retries_reraising_the_last_error() -> None:
    time = FakeTime()
    last = Transient("third")
    attempt = Script(time, [Transient("first"), Transient("second"), last, "never"])
    with pytest.raises(Transient) as raised:
        await run(time, attempt)
    assert raised.value is last
    assert len(attempt.timeouts) == 3
    assert time.slept == [0.5, 0.5]


async def test_non_retryable_raises_at_once() -> None:
    time = FakeTime()
    attempt = Script(time, [Fatal(), "never"])
    with pytest.raises(Fatal):
        await run(time, attempt)
    assert time.slept == []
    assert len(attempt.timeouts) == 1


async def test_non_retryable_after_a_retry_raises_at_once() -> None:
    time = FakeTime()
    attempt = Script(time, [Transient(), Fatal(), "never"])
    with pytest.raises(Fatal):
        await run(time, attempt)
    assert time.slept == [0.5]


async def test_max_retries_zero_is_a_single_attempt() -> None:
    time = FakeTime()
    attempt = Script(time, [Transient(), "never"])
    with pytest.raises(Transient):
        await run(time, attempt, policy=RetryPolicy(max_retries=0))
    assert time.slept == []
    assert len(attempt.timeouts) == 1


async def test_deadline_cuts_retries_short_without_sleeping_past_it() -> None:
    time = FakeTime(now=100.0)
    last = Transient("second")
    # 1 s per attempt: the first retry (0.5 s) fits, the second (0.5 s at 102.5) would end at 103.
    attempt = Script(time, [Transient("first"), last, "never"], cost=1.0)
    with pytest.raises(Transient) as raised:
        await run(time, attempt, deadline=103.0)
    assert raised.value is last
    assert time.slept == [0.5]
    assert time.now == 102.5


async def test_a_delay_ending_exactly_at_the_deadline_is_not_taken() -> None:
    time = FakeTime(now=100.0)
    attempt = Script(time, [Transient(), "never"])
    with pytest.raises(Transient):
        await run(time, attempt, deadline=100.5)
    assert time.slept == []


async def test_timeout_passed_to_attempt_shrinks_with_the_clock() -> None:
    time = FakeTime(now=100.0)
    attempt = Script(time, [Transient(), Transient(), "ok"], cost=1.0)
    assert await run(time, attempt, deadline=110.0, random=1.0) == "ok"
    # 10 s left; then 10 - 1 - 0.5; then 8.5 - 1 - 1.0.
    assert attempt.timeouts == [10.0, 8.5, 6.5]


async def test_deadline_already_passed_raises_deadline_exceeded() -> None:
    time = FakeTime(now=100.0)
    attempt = Script(time, ["never"])
    with pytest.raises(DeadlineExceeded) as raised:
        await run(time, attempt, deadline=100.0)
    assert attempt.timeouts == []
    assert raised.value.__cause__ is None


async def test_deadline_passed_during_sleep_raises_deadline_exceeded_from_last_error() -> None:
    time = FakeTime(now=100.0)
    last = Transient()

    async def oversleep(seconds: float) -> None:
        time.slept.append(seconds)
        time.now += seconds * 10  # a sleep that overruns, as a loaded event loop may

    attempt = Script(time, [last, "never"])
    call = call_with_retries(
        attempt,
        policy=RetryPolicy(),
        retryable=retry_transient,
        deadline=102.0,
        clock=time.clock,
        sleep=oversleep,
        random=lambda: 0.0,
    )
    with pytest.raises(DeadlineExceeded) as raised:
        await call
    assert raised.value.__cause__ is last
    assert attempt.timeouts == [2.0]


async def test_on_retry_sees_each_retry_before_its_sleep() -> None:
    time = FakeTime()
    first, second = Transient("a"), Transient("b")
    seen: list[tuple[int, BaseException, float, int]] = []
    attempt = Script(time, [first, second, "ok"])
    result = await call_with_retries(
        attempt,
        policy=RetryPolicy(),
        retryable=retry_transient,
        deadline=None,
        clock=time.clock,
        sleep=time.sleep,
        random=lambda: 1.0,
        on_retry=lambda n, exc, delay: seen.append((n, exc, delay, len(time.slept))),
    )
    assert result == "ok"
    assert seen == [(1, first, 0.5, 0), (2, second, 1.0, 1)]


async def test_cancellation_from_the_attempt_propagates_at_once() -> None:
    time = FakeTime()
    attempt = Script(time, [asyncio.CancelledError(), "never"])
    retried: list[int] = []

    def retry_everything(exc: BaseException) -> bool:
        retried.append(1)
        return True

    call = call_with_retries(
        attempt,
        policy=RetryPolicy(),
        retryable=retry_everything,
        deadline=None,
        clock=time.clock,
        sleep=time.sleep,
    )
    with pytest.raises(asyncio.CancelledError):
        await call
    assert retried == []
    assert time.slept == []


async def test_cancelling_the_task_during_backoff_propagates() -> None:
    attempts: list[float] = []

    async def failing(timeout: float) -> str:
        attempts.append(timeout)
        raise Transient()

    started = asyncio.Event()

    async def sleep_forever(seconds: float) -> None:
        started.set()
        await asyncio.Event().wait()

    task = asyncio.create_task(
        call_with_retries(
            failing,
            policy=RetryPolicy(),
            retryable=retry_transient,
            deadline=None,
            sleep=sleep_forever,
        )
    )
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert len(attempts) == 1


# -- is_retryable ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (UpstreamUnavailable(), True),
        (UpstreamTimeout(), True),
        (DeadlineExceeded(), False),
        (InvalidRequest("f", "d"), False),
        (Overloaded("busy"), False),
        (RuntimeError("bug"), False),
        (stripe_error(409), True),
        (stripe_error(429, code="lock_timeout"), True),
        # stripe-python does not retry plain rate limiting (stripe-facts.md, Retries).
        (stripe_error(429, code="rate_limit"), False),
        (stripe_error(429), False),
        (stripe_error(400, code="rate_limit"), False),
        (stripe_error(400), False),
        (stripe_error(401), False),
        (stripe_error(402, type="card_error"), False),
        (stripe_error(404), False),
        (stripe_error(424), False),
        (stripe_error(500, type="api_error"), True),
        (stripe_error(503, type="api_error"), True),
        (stripe_error(599, type="api_error"), True),
        (StripeAPIError(502, None, "<html>"), True),
    ],
)
def test_is_retryable(exc: BaseException, expected: bool) -> None:
    assert is_retryable(exc) is expected


@pytest.mark.parametrize("status", [400, 402, 404, 409, 429, 500, 503])
@pytest.mark.parametrize("header", [True, False])
def test_stripe_should_retry_header_decides(status: int, header: bool) -> None:
    exc = StripeAPIError(status, {"type": "api_error"}, should_retry=header)
    assert is_retryable(exc) is header


@pytest.mark.parametrize("exc_type", retry.RETRYABLE_EXCEPTIONS)
def test_retryable_exception_rows(exc_type: type[BaseException]) -> None:
    assert is_retryable(exc_type())


@pytest.mark.parametrize("status", sorted(retry.RETRYABLE_STATUSES))
def test_retryable_status_rows(status: int) -> None:
    assert is_retryable(stripe_error(status))


@pytest.mark.parametrize(("status", "code"), sorted(retry.RETRYABLE_STATUS_AND_CODE))
def test_retryable_status_and_code_rows(status: int, code: str) -> None:
    assert is_retryable(stripe_error(status, code=code))
    assert not is_retryable(stripe_error(status))


def test_retryable_from_status_boundary() -> None:
    assert is_retryable(stripe_error(retry.RETRYABLE_FROM_STATUS, type="api_error"))
    assert not is_retryable(stripe_error(retry.RETRYABLE_FROM_STATUS - 1))
