"""Identical reads in flight at the same moment share one upstream request.

Not a cache: a flight is forgotten the moment its answer (or error) arrives, before any waiter
sees it, so a read that starts after that makes its own request. Every waiter gets the same
answer or the same error, each bounded by its own deadline: one waiter giving up (deadline,
cancellation) leaves the flight to the others, and the flight is cancelled only when no one
waits for it any more. The flight runs with the deadline of the caller that started it; when
that deadline ends it, a waiter with time left goes again rather than fail early. What the
flight hears along the way (each request id) reaches every waiter still there.
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
    __slots__ = ("deadline", "listeners", "task", "waiters")

    def __init__(self, deadline: float | None) -> None:
        self.deadline, self.waiters = deadline, 0
        self.listeners: list[Listener] = []
        self.task: asyncio.Task[T]

    def tell(self, event: str) -> None:
        for listener in list(self.listeners):
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
        while True:
            flight = self._flights.get(key)
            if flight is None:
                flight = self._start(key, call, deadline)
            flight.waiters += 1
            if listener is not None:
                flight.listeners.append(listener)
            try:
                return await self._wait(flight, deadline)
            except _DEADLINE_BOUND:
                # Ended by the starter's deadline: go again if ours is later and still ahead.
                if not _later(deadline, flight.deadline) or (
                    deadline is not None and deadline <= self._clock()
                ):
                    raise
            finally:
                flight.waiters -= 1
                if listener is not None:
                    flight.listeners.remove(listener)
                if flight.waiters == 0 and not flight.task.done():
                    flight.task.cancel()  # no one is left to answer
                    self._forget(key, flight)

    def _start(
        self,
        key: Hashable,
        call: Callable[[float | None, Listener], Awaitable[T]],
        deadline: float | None,
    ) -> _Flight[T]:
        flight: _Flight[T] = _Flight(deadline)

        async def fly() -> T:
            try:
                return await call(deadline, flight.tell)
            finally:
                self._forget(key, flight)  # before any waiter wakes: nothing served after

        flight.task = asyncio.ensure_future(fly())
        self._flights[key] = flight
        return flight

    def _forget(self, key: Hashable, flight: _Flight[T]) -> None:
        if self._flights.get(key) is flight:
            del self._flights[key]

    async def _wait(self, flight: _Flight[T], deadline: float | None) -> T:
        timeout = None if deadline is None else deadline - self._clock()
        try:
            async with asyncio.timeout(timeout) as scope:
                # shield: this waiter's deadline or cancellation must not cancel the flight.
                return await asyncio.shield(flight.task)
        except TimeoutError:
            if scope.expired():
                raise DeadlineExceeded("the caller's deadline passed") from None
            raise
