"""Identical reads in flight at the same moment share one upstream request.

Not a cache: a flight is forgotten the moment its answer (or error) arrives, before any waiter
sees it, so a read that starts after that makes its own request. Every waiter gets the same
answer or the same error, each bounded by its own deadline: one waiter giving up (deadline,
cancellation) leaves the flight to the others, and the flight is cancelled only when no one
waits for it any more. The flight runs with the deadline of the caller that started it (the
call must honour it, as the upstream client does); when that deadline ends it, a waiter with
time left goes again rather than fail early. What the flight hears along the way (each
request id) reaches every waiter still there.

The flight is a task of its own, so that its starter's cancellation cannot abort the request
others have joined; each waiter awaits a plain future of its own, which the flight settles.
That costs a third of a task with `asyncio.shield` and `asyncio.timeout` per waiter (the
starter needs no timer: the flight ends at its deadline), and a waiter whose deadline comes
before the flight's is the only one that sets a timer.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Hashable
from typing import Generic, TypeVar

from gateway.exceptions import DeadlineExceeded, Overloaded

__all__ = ["Coalescer"]

T = TypeVar("T")

# Failures caused by the flight's own deadline, which another waiter may not share.
_DEADLINE_BOUND = (DeadlineExceeded, Overloaded)


Listener = Callable[[str], None]


class _Flight(Generic[T]):
    __slots__ = ("deadline", "task", "waiters")

    def __init__(self, deadline: float | None) -> None:
        self.deadline = deadline
        # Each waiter's future -> its listener; a dict, so a waiter leaves in O(1).
        self.waiters: dict[asyncio.Future[T], Listener | None] = {}
        self.task: asyncio.Task[None]

    def tell(self, event: str) -> None:
        for listener in list(self.waiters.values()):
            if listener is not None:
                listener(event)


def _later(a: float | None, b: float | None) -> bool:
    """Whether deadline `a` ends after `b` (None: no deadline of the caller's own)."""
    return a is not None and (b is None or a > b)


class Coalescer(Generic[T]):
    """One flight per key; `run` joins the flight in progress or starts one."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._flights: dict[Hashable, _Flight[T]] = {}

    @property
    def in_flight(self) -> int:
        return len(self._flights)

    async def run(
        self,
        key: Hashable,
        call: Callable[[float | None, Listener], Awaitable[T]],
        deadline: float | None,
        listener: Listener | None = None,
    ) -> T:
        """`call(deadline, tell)`'s result, shared with every concurrent `run` of the same key;
        what the call `tell`s reaches the `listener` of every waiter while it waits."""
        loop = asyncio.get_running_loop()
        while True:
            flight = self._flights.get(key)
            if flight is None:
                flight = self._start(key, call, deadline)
            waiter: asyncio.Future[T] = loop.create_future()
            flight.waiters[waiter] = listener
            try:
                # Only a waiter whose deadline comes before the flight's needs a timer of its own.
                if deadline is not None and (flight.deadline is None or deadline < flight.deadline):
                    return await self._wait(waiter, deadline)
                return await waiter
            except _DEADLINE_BOUND:
                # Ended by the starter's deadline: go again if ours is later and still ahead.
                if not _later(deadline, flight.deadline) or (
                    deadline is not None and deadline <= self._clock()
                ):
                    raise
            finally:
                del flight.waiters[waiter]
                if not flight.waiters and not flight.task.done():
                    flight.task.cancel()  # no one is left to answer
                    self._forget(key, flight)

    def _start(
        self,
        key: Hashable,
        call: Callable[[float | None, Listener], Awaitable[T]],
        deadline: float | None,
    ) -> _Flight[T]:
        flight: _Flight[T] = _Flight(deadline)
        flight.task = asyncio.get_running_loop().create_task(self._fly(key, flight, call))
        self._flights[key] = flight
        return flight

    async def _fly(
        self,
        key: Hashable,
        flight: _Flight[T],
        call: Callable[[float | None, Listener], Awaitable[T]],
    ) -> None:
        """The flight's task: `call` with the starter's deadline, its outcome for every waiter.
        Forgotten before any waiter wakes: nothing is served after the answer."""
        try:
            result = await call(flight.deadline, flight.tell)
        except Exception as exc:  # the same error for every waiter
            self._forget(key, flight)
            for waiter in flight.waiters:
                if not waiter.done():
                    waiter.set_exception(exc)
        except BaseException:  # cancelled: by its last waiter, or at shutdown
            self._forget(key, flight)
            for waiter in flight.waiters:
                waiter.cancel()
            raise
        else:
            self._forget(key, flight)
            for waiter in flight.waiters:
                if not waiter.done():
                    waiter.set_result(result)

    def _forget(self, key: Hashable, flight: _Flight[T]) -> None:
        if self._flights.get(key) is flight:
            del self._flights[key]

    async def _wait(self, waiter: asyncio.Future[T], deadline: float) -> T:
        """`waiter`'s result, or DeadlineExceeded at `deadline`, which comes before the
        flight's (the flight carries on for the others)."""
        try:
            async with asyncio.timeout(deadline - self._clock()) as scope:
                return await waiter
        except TimeoutError:
            if scope.expired():
                raise DeadlineExceeded("the caller's deadline passed") from None
            raise
