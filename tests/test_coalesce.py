"""gateway.coalesce: concurrent identical calls share one flight; each waiter keeps its own
deadline and cancellation; nothing is served once the answer has been delivered."""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Callable

import pytest

from gateway.coalesce import Coalescer
from gateway.exceptions import DeadlineExceeded


class Upstream:
    """Calls that wait for `release` and count themselves; each answers its own number."""

    def __init__(self) -> None:
        self.calls: list[float | None] = []
        self.release = asyncio.Event()
        self.cancelled = 0
        self.error: Exception | None = None

    async def __call__(self, deadline: float | None, tell: Callable[[str], None]) -> int:
        self.calls.append(deadline)
        n = len(self.calls)
        tell(f"req_{n}")
        try:
            if deadline is None:
                await self.release.wait()
            else:
                async with asyncio.timeout(deadline - time.monotonic()):
                    await self.release.wait()
        except TimeoutError:
            raise DeadlineExceeded("the caller's deadline passed") from None
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        if self.error is not None:
            raise self.error
        return n


async def settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


async def test_concurrent_runs_of_one_key_share_one_call() -> None:
    coalescer: Coalescer[int] = Coalescer()
    upstream = Upstream()
    waiters = [asyncio.ensure_future(coalescer.run("k", upstream, None)) for _ in range(50)]
    await settle()
    upstream.release.set()
    assert await asyncio.gather(*waiters) == [1] * 50
    assert len(upstream.calls) == 1 and coalescer.in_flight == 0


async def test_different_keys_fly_apart() -> None:
    coalescer: Coalescer[int] = Coalescer()
    upstream = Upstream()
    waiters = [asyncio.ensure_future(coalescer.run(k, upstream, None)) for k in "abc"]
    await settle()
    upstream.release.set()
    assert sorted(await asyncio.gather(*waiters)) == [1, 2, 3]


async def test_an_error_reaches_every_waiter() -> None:
    coalescer: Coalescer[int] = Coalescer()
    upstream = Upstream()
    upstream.error = ValueError("boom")
    waiters = [asyncio.ensure_future(coalescer.run("k", upstream, None)) for _ in range(3)]
    await settle()
    upstream.release.set()
    results = await asyncio.gather(*waiters, return_exceptions=True)
    assert [str(r) for r in results] == ["boom"] * 3 and len(upstream.calls) == 1


async def test_nothing_is_served_after_the_answer_is_delivered() -> None:
    coalescer: Coalescer[int] = Coalescer()
    upstream = Upstream()
    upstream.release.set()
    assert await coalescer.run("k", upstream, None) == 1
    assert await coalescer.run("k", upstream, None) == 2


async def test_a_cancelled_waiter_leaves_the_flight_to_the_others() -> None:
    coalescer: Coalescer[int] = Coalescer()
    upstream = Upstream()
    first = asyncio.ensure_future(coalescer.run("k", upstream, None))  # started the flight
    second = asyncio.ensure_future(coalescer.run("k", upstream, None))
    await settle()
    first.cancel()
    await settle()
    upstream.release.set()
    assert await second == 1 and first.cancelled() and upstream.cancelled == 0
    assert len(upstream.calls) == 1  # the starter's going cost the others no second request


async def test_the_flight_is_cancelled_when_its_last_waiter_leaves() -> None:
    coalescer: Coalescer[int] = Coalescer()
    upstream = Upstream()
    waiters = [asyncio.ensure_future(coalescer.run("k", upstream, None)) for _ in range(2)]
    await settle()
    for w in waiters:
        w.cancel()
    await settle()
    assert upstream.cancelled == 1 and coalescer.in_flight == 0


async def test_a_waiters_deadline_ends_its_wait_only() -> None:
    coalescer: Coalescer[int] = Coalescer()
    upstream = Upstream()
    patient = asyncio.ensure_future(coalescer.run("k", upstream, None))
    await settle()
    with pytest.raises(DeadlineExceeded):
        await coalescer.run("k", upstream, time.monotonic() + 0.05)
    upstream.release.set()
    assert await patient == 1 and len(upstream.calls) == 1


async def test_a_waiter_whose_deadline_comes_first_leaves_the_starter_its_answer() -> None:
    coalescer: Coalescer[int] = Coalescer()
    upstream = Upstream()
    starter = asyncio.ensure_future(coalescer.run("k", upstream, time.monotonic() + 30))
    await settle()
    with pytest.raises(DeadlineExceeded):
        await coalescer.run("k", upstream, time.monotonic() + 0.05)
    upstream.release.set()
    assert await starter == 1 and len(upstream.calls) == 1 and upstream.cancelled == 0


async def test_the_starters_cancellation_with_a_deadline_leaves_the_flight_to_the_others() -> None:
    coalescer: Coalescer[int] = Coalescer()
    upstream = Upstream()
    starter = asyncio.ensure_future(coalescer.run("k", upstream, time.monotonic() + 30))
    await settle()
    joiners = [
        asyncio.ensure_future(coalescer.run("k", upstream, time.monotonic() + 30)) for _ in range(3)
    ]
    await settle()
    starter.cancel()
    await settle()
    upstream.release.set()
    assert await asyncio.gather(*joiners) == [1, 1, 1] and starter.cancelled()
    assert len(upstream.calls) == 1 and upstream.cancelled == 0


async def test_a_waiter_with_a_later_deadline_goes_again_when_the_starters_ends_the_flight() -> (
    None
):
    coalescer: Coalescer[int] = Coalescer()
    upstream = Upstream()
    hasty = asyncio.ensure_future(coalescer.run("k", upstream, time.monotonic() + 0.05))
    await settle()
    patient = asyncio.ensure_future(coalescer.run("k", upstream, time.monotonic() + 30))
    with pytest.raises(DeadlineExceeded):
        await hasty
    await settle()
    upstream.release.set()
    assert await patient == 2  # its own flight, not the starter's deadline error


async def test_what_the_flight_hears_reaches_every_waiter() -> None:
    coalescer: Coalescer[int] = Coalescer()
    upstream = Upstream()
    heard: list[list[str]] = [[], []]
    waiters = [
        asyncio.ensure_future(coalescer.run("k", upstream, None, heard[i].append)) for i in range(2)
    ]
    await settle()
    upstream.release.set()
    await asyncio.gather(*waiters)
    assert heard == [["req_1"], ["req_1"]]


async def test_a_waiter_cancelled_as_the_error_reaches_it_leaves_no_error_unretrieved(
    caplog: pytest.LogCaptureFixture,
) -> None:
    coalescer: Coalescer[int] = Coalescer()
    upstream = Upstream()
    upstream.error = ValueError("boom")
    leaving, staying = (asyncio.ensure_future(coalescer.run("k", upstream, None)) for _ in "ab")
    await settle()
    upstream.release.set()
    await asyncio.sleep(0)  # the flight has failed and told both; neither has woken yet
    leaving.cancel()
    with pytest.raises(ValueError, match="boom"):
        await staying
    with pytest.raises(asyncio.CancelledError):
        await leaving
    gc.collect()  # an error set on a future no one read is logged as its future goes
    assert "never retrieved" not in caplog.text
