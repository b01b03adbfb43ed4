"""gateway.timeouts: each case run under asyncio.timeout and under Timeouts, ending the same."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from functools import partial

import pytest

from gateway.timeouts import Timeouts

Make = Callable[[float], AbstractAsyncContextManager[object]]
LONG = 60.0  # a delay no test waits for


def _makers() -> dict[str, Make]:
    timeouts = Timeouts()
    return {"asyncio.timeout": asyncio.timeout, "Timeouts": timeouts.timeout}


async def _outcome(body: Callable[[], Awaitable[object]]) -> str:
    """What a task running `body` ends with: its result, or the exception's class."""
    task = asyncio.ensure_future(body())
    try:
        return repr(await task)
    except BaseException as exc:  # the outcome is what is compared
        return type(exc).__name__


async def _expires(make: Make) -> object:
    async with make(0.01):
        await asyncio.sleep(LONG)
    return "not reached"


async def _finishes(make: Make) -> object:
    async with make(LONG):
        await asyncio.sleep(0)
    await asyncio.sleep(0.05)  # the task is not cancelled after the block is left
    return "done"


async def _past(make: Make) -> object:
    async with make(-1):  # already past: expires at the next await
        await asyncio.sleep(LONG)
    return "not reached"


async def _caught_inside(make: Make) -> object:
    async with make(0.01):
        try:
            await asyncio.sleep(LONG)
        except asyncio.CancelledError:
            return "saw the cancellation"
    return "not reached"


async def _nested_inner_first(make: Make) -> object:
    async with make(LONG):
        try:
            async with make(0.01):
                await asyncio.sleep(LONG)
        except TimeoutError:
            return "inner timed out, outer still on"
    return "not reached"


async def _nested_outer_first(make: Make) -> object:
    try:
        async with make(0.01), make(LONG):
            await asyncio.sleep(LONG)
    except TimeoutError:
        return "outer timed out"
    return "not reached"


async def _error_inside(make: Make) -> object:
    async with make(LONG):
        raise ValueError("the block's own error")


CASES = [
    (_expires, "TimeoutError"),
    (_finishes, "'done'"),
    (_past, "TimeoutError"),
    (_caught_inside, "'saw the cancellation'"),
    (_nested_inner_first, "'inner timed out, outer still on'"),
    (_nested_outer_first, "'outer timed out'"),
    (_error_inside, "ValueError"),
]


@pytest.mark.parametrize(("case", "expected"), CASES, ids=[c.__name__ for c, _ in CASES])
async def test_each_case_ends_as_under_asyncio_timeout(
    case: Callable[[Make], Awaitable[object]], expected: str
) -> None:
    outcomes = {name: await _outcome(partial(case, make)) for name, make in _makers().items()}
    assert outcomes == {"asyncio.timeout": expected, "Timeouts": expected}


@pytest.mark.parametrize("name", ["asyncio.timeout", "Timeouts"])
async def test_a_cancellation_from_outside_stays_a_cancellation(name: str) -> None:
    make = _makers()[name]
    entered = asyncio.Event()

    async def body() -> None:
        async with make(LONG):
            entered.set()
            await asyncio.sleep(LONG)

    task = asyncio.ensure_future(body())
    await entered.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


@pytest.mark.parametrize("name", ["asyncio.timeout", "Timeouts"])
async def test_a_cancellation_from_outside_as_the_deadline_passes_stays_a_cancellation(
    name: str,
) -> None:
    make = _makers()[name]

    async def body() -> None:
        async with make(0.01):
            await asyncio.sleep(LONG)

    task = asyncio.ensure_future(body())
    await asyncio.sleep(0)
    await asyncio.sleep(0.05)  # the deadline has passed; the task may not have run since
    task.cancel()
    with pytest.raises((asyncio.CancelledError, TimeoutError)) as caught:
        await task
    reference = asyncio.ensure_future(body())
    await asyncio.sleep(0)
    await asyncio.sleep(0.05)
    reference.cancel()
    with pytest.raises((asyncio.CancelledError, TimeoutError)) as expected:
        await reference
    assert type(caught.value) is type(expected.value)


async def test_concurrent_deadlines_expire_each_at_its_own_time_in_any_order() -> None:
    timeouts = Timeouts()
    delays = [LONG, 0.03, LONG, 0.01, 0.02, LONG]

    async def bounded(delay: float, gate: asyncio.Event) -> str:
        try:
            async with timeouts.timeout(delay):
                await gate.wait()
        except TimeoutError:
            return "timed out"
        return "finished"

    gate = asyncio.Event()
    tasks = [asyncio.ensure_future(bounded(d, gate)) for d in delays]
    short = [t for t, d in zip(tasks, delays, strict=True) if d < LONG]
    await asyncio.wait(short)  # every short deadline passes; the long ones wait on
    gate.set()
    results = await asyncio.gather(*tasks)
    assert results == ["finished" if d == LONG else "timed out" for d in delays]


async def test_a_deadline_entered_earlier_than_the_armed_one_rearms_the_timer() -> None:
    timeouts = Timeouts()

    async def bounded(delay: float) -> str:
        try:
            async with timeouts.timeout(delay):
                await asyncio.sleep(LONG)
        except TimeoutError:
            return "timed out"
        return "not reached"

    long = asyncio.ensure_future(bounded(LONG))
    await asyncio.sleep(0)  # the timer is armed for the long deadline
    assert await asyncio.wait_for(bounded(0.01), timeout=30) == "timed out"
    long.cancel()


async def test_the_heap_keeps_no_more_than_twice_the_deadlines_in_force() -> None:
    timeouts = Timeouts()
    gate = asyncio.Event()

    async def held() -> None:
        async with timeouts.timeout(LONG):
            await gate.wait()

    holder = asyncio.ensure_future(held())  # the earliest deadline stays in force
    await asyncio.sleep(0)
    for _ in range(1000):  # each later and left at once, behind the one in force
        async with timeouts.timeout(LONG + 1):
            await asyncio.sleep(0)
    assert len(timeouts) <= 64  # compacted once more than half of it is done
    gate.set()
    await holder
    assert len(timeouts) == 0


async def test_a_deadline_left_keeps_no_reference_to_its_task() -> None:
    timeouts = Timeouts()
    deadline = timeouts.timeout(LONG)

    async def bounded() -> None:
        async with deadline:
            await asyncio.sleep(0)

    await asyncio.ensure_future(bounded())
    assert deadline._task is None


def test_timeouts_need_no_loop_until_the_first_is_made() -> None:
    timeouts = Timeouts()

    async def once() -> str:
        async with timeouts.timeout(LONG):
            await asyncio.sleep(0)
        return "done"

    assert asyncio.run(once()) == "done"
