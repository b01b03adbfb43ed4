"""Per-attempt timeouts on one loop timer: asyncio.timeout's behaviour at a fraction of its cost.

Every upstream attempt is bounded by a deadline that almost never passes. asyncio.timeout arms
and disarms a loop timer per use, which on uvloop is a libuv timer handle made, started,
stopped and closed: 8 us an attempt (27k instructions of a Get). Here the deadlines in force
wait in one heap behind one timer, armed for the earliest: entering one is a heap push, and
the timer is re-armed only when a deadline comes before the one it is armed for. A deadline
left behind stays in the heap, marked done, until the timer passes it or the heap is compacted
(when more than half of it is done), so the heap holds at most twice the deadlines in force.

A deadline that passes cancels its task, and the block it bounds raises TimeoutError, exactly
as asyncio.timeout does in Python 3.11 (the same cancel/uncancel accounting, so a cancellation
from outside still propagates as CancelledError); tests/test_timeouts.py runs each case under
both and compares.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
from types import TracebackType
from typing import Final

__all__ = ["Timeout", "Timeouts"]

# Compacting a heap smaller than this costs more than the done entries it would drop.
_COMPACT_AT: Final = 64


class Timeout:
    """One block's deadline: `async with timeouts.timeout(delay):`."""

    __slots__ = ("_cancelling", "_deadlines", "_state", "_task", "when")

    def __init__(self, deadlines: Timeouts, when: float) -> None:
        self._deadlines = deadlines
        self.when = when  # on the loop's clock
        self._state = 0  # 0 created, 1 entered, 2 expiring, 3 left
        self._task: asyncio.Task[object] | None = None
        self._cancelling = 0

    async def __aenter__(self) -> Timeout:
        if self._state:
            raise RuntimeError("a Timeout is entered once")
        task = asyncio.current_task()
        if task is None:
            raise RuntimeError("a Timeout is used inside a task")
        self._task = task
        self._cancelling = task.cancelling()
        self._state = 1
        self._deadlines._add(self)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_val: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        expiring = self._state == 2  # then the timer has taken it out of the heap
        self._state = 3
        if not expiring:
            self._deadlines._left(self)
        # A done entry can wait in the heap for a while: it keeps no task (or its traceback).
        task, self._task = self._task, None
        if expiring:
            assert task is not None
            if task.uncancel() <= self._cancelling and exc_type is asyncio.CancelledError:
                raise TimeoutError from exc_val  # the cancellation was this deadline's alone

    def _expire(self) -> None:
        if self._state == 1:
            assert self._task is not None
            self._task.cancel()
            self._state = 2


class Timeouts:
    """The deadlines of one event loop's blocks: the loop of its first `timeout`."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None  # the first timeout's
        self._heap: list[tuple[float, int, Timeout]] = []
        self._order = itertools.count()  # ties keep their order, and no Timeout is compared
        self._done = 0  # entries in the heap whose block has been left
        self._timer: asyncio.Handle | None = None
        self._armed_for = float("inf")

    def __len__(self) -> int:
        """The entries the heap holds, done ones included."""
        return len(self._heap)

    def timeout(self, delay: float) -> Timeout:
        """A deadline `delay` seconds from now, as `asyncio.timeout(delay)`."""
        if self._loop is None:
            self._loop = asyncio.get_running_loop()
        return Timeout(self, self._loop.time() + delay)

    def _add(self, deadline: Timeout) -> None:
        heapq.heappush(self._heap, (deadline.when, next(self._order), deadline))
        if deadline.when < self._armed_for:
            self._arm(deadline.when)

    def _left(self, deadline: Timeout) -> None:
        heap = self._heap
        self._done += 1
        if heap and heap[0][2] is deadline:
            while heap and heap[0][2]._state == 3:
                heapq.heappop(heap)
                self._done -= 1
        elif self._done * 2 > len(heap) >= _COMPACT_AT:
            self._heap = [entry for entry in heap if entry[2]._state != 3]
            heapq.heapify(self._heap)
            self._done = 0

    def _arm(self, when: float) -> None:
        assert self._loop is not None
        if self._timer is not None:
            self._timer.cancel()
        self._armed_for = when
        # A deadline already past expires at the loop's next turn, as asyncio.timeout's does.
        if when <= self._loop.time():
            self._timer = self._loop.call_soon(self._fire)
        else:
            self._timer = self._loop.call_at(when, self._fire)

    def _fire(self) -> None:
        self._timer, self._armed_for = None, float("inf")
        assert self._loop is not None
        heap, now = self._heap, self._loop.time()
        while heap and (heap[0][0] <= now or heap[0][2]._state == 3):
            deadline = heapq.heappop(heap)[2]
            if deadline._state == 3:
                self._done -= 1
            else:
                deadline._expire()
        if heap:
            self._arm(heap[0][0])
