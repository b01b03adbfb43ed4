"""gateway.background: one task an object owns, started once and stopped for good."""

from __future__ import annotations

import asyncio
import inspect

import pytest

from gateway.background import Background


async def test_start_runs_the_work_and_stop_cancels_it() -> None:
    started, cancelled = asyncio.Event(), asyncio.Event()

    async def work() -> None:
        started.set()
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            cancelled.set()
            raise

    background = Background("test")
    background.start(work())
    await asyncio.wait_for(started.wait(), 10)
    assert background.running
    await background.stop()
    assert cancelled.is_set() and not background.running


async def test_a_second_start_while_running_closes_the_new_work_unstarted() -> None:
    runs: list[str] = []

    async def work(name: str) -> None:
        runs.append(name)
        await asyncio.Event().wait()

    background = Background("test")
    background.start(work("first"))
    second = work("second")
    background.start(second)
    await asyncio.sleep(0)
    assert runs == ["first"]
    assert inspect.getcoroutinestate(second) == inspect.CORO_CLOSED  # never runs, no warning
    await background.stop()


async def test_stop_without_a_task_does_nothing_and_start_works_after_stop() -> None:
    background = Background("test")
    await background.stop()
    done = asyncio.Event()

    async def work() -> None:
        done.set()

    background.start(work())
    await asyncio.wait_for(done.wait(), 10)
    await background.stop()
    assert not background.running


async def test_stop_cancels_again_a_task_that_caught_the_first_cancellation(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caught = asyncio.Event()

    async def work() -> None:  # as a library that catches a cancellation and carries on
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            caught.set()
        await asyncio.Event().wait()

    background = Background("stubborn", recancel_after=0.01)
    background.start(work())
    await asyncio.sleep(0)
    await asyncio.wait_for(background.stop(), 10)
    assert caught.is_set() and not background.running
    assert "stubborn: still running after it was cancelled" in caplog.text
