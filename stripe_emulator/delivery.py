"""Webhook delivery: each event POSTed, signed, to every endpoint that wants it, with retries.

Runs as background tasks in the emulator's event loop: recording an event only queues it, so
delivery never blocks the API call that caused it. Each endpoint has one worker and a bounded
queue, and delivers in order, retrying an event on its schedule before the next.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import aiohttp

from stripe_emulator.events import EventLog, EventRecord
from stripe_emulator.faults import STALE_BY, DeliveryFault, DeliveryFaultQueue
from stripe_emulator.ids import webhook_secret
from stripe_emulator.serialize import dumps
from stripe_emulator.signature import sign
from stripe_emulator.webhooks import EndpointRecord, Endpoints

log = logging.getLogger("stripe_emulator.delivery")

Sleep = Callable[[float], Awaitable[None]]
USER_AGENT = "Stripe/1.0 (+https://stripe.com/docs/webhooks)"
# How long a held event waits for one to overtake it when its fault sets no time.
HOLD_AT_MOST = 30.0


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Stripe retries for up to three days; the emulator's schedule is compressed.

    A delivery is retried while `should_retry` says so, waiting each delay of `schedule` in
    turn, and never starts an attempt past `deadline` seconds after the first.
    """

    schedule: tuple[float, ...] = (1.0, 2.0, 4.0, 8.0, 16.0, 32.0)
    timeout: float = 10.0  # seconds an attempt may take before it counts as failed
    deadline: float | None = None  # None: as long as the schedule runs

    def __post_init__(self) -> None:
        if any(delay < 0 for delay in self.schedule) or self.timeout <= 0:
            raise ValueError("retry delays must not be negative, and the timeout positive")

    @staticmethod
    def should_retry(status: int | None) -> bool:
        """Anything but a 2xx (None: no answer) is retried."""
        return status is None or not 200 <= status < 300

    def backoff(self) -> Iterator[float]:
        yield from self.schedule


@dataclass(slots=True)
class EndpointState:
    """One endpoint's queue, worker and delivery record (shown on the admin surface)."""

    endpoint: EndpointRecord
    queue: asyncio.Queue[EventRecord]
    worker: asyncio.Task[None] | None = None
    attempts: int = 0
    delivered: int = 0
    failed: int = 0  # events given up on after every retry
    dropped: int = 0  # events that found the queue full
    expired: int = 0  # events past retention before their next attempt: never sent again
    failing: bool = False  # the last event was given up on
    last_status: int | None = None
    last_error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.endpoint.id,
            "url": self.endpoint.data["url"],
            "queued": self.queue.qsize(),
            "attempts": self.attempts,
            "delivered": self.delivered,
            "failed": self.failed,
            "dropped": self.dropped,
            "expired": self.expired,
            "failing": self.failing,
            "last_status": self.last_status,
            "last_error": self.last_error,
        }


class Dispatcher:
    """Delivers every recorded event to the endpoints that want it."""

    def __init__(
        self,
        events: EventLog,
        endpoints: Endpoints,
        *,
        policy: RetryPolicy | None = None,
        queue_size: int = 1000,
        faults: DeliveryFaultQueue | None = None,
        sleep: Sleep = asyncio.sleep,
        wall: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.events = events
        self.endpoints = endpoints
        self.policy = policy or RetryPolicy()
        self.queue_size = queue_size
        self.faults = faults or DeliveryFaultQueue()
        self._sleep = sleep
        self._wall = wall  # signatures carry real time: receivers check it against theirs
        self._monotonic = monotonic
        self.states: dict[str, EndpointState] = {}
        self._session: aiohttp.ClientSession | None = None
        events.subscriber = self.enqueue
        endpoints.on_delete = self.forget

    async def start(self) -> None:
        self._session = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=self.policy.timeout)
        )
        for state in self.states.values():  # events recorded before the start
            self._state(state.endpoint)

    async def stop(self) -> None:
        workers = [s.worker for s in self.states.values() if s.worker is not None]
        for worker in workers:
            worker.cancel()
        for worker in workers:
            with contextlib.suppress(asyncio.CancelledError):
                await worker
        if self._session is not None:
            await self._session.close()
            self._session = None

    def enqueue(self, event: EventRecord) -> int:
        """Queue `event` for each endpoint that wants it; how many that is."""
        count = 0
        for endpoint in self.endpoints.live():
            if not endpoint.wants(event.type):
                continue
            count += 1
            state = self._state(endpoint)
            try:
                state.queue.put_nowait(event)
            except asyncio.QueueFull:
                state.dropped += 1  # never delivered: it stays pending
        return count

    def forget(self, endpoint: EndpointRecord) -> None:
        state = self.states.pop(endpoint.id, None)
        if state is not None and state.worker is not None:
            state.worker.cancel()

    def _state(self, endpoint: EndpointRecord) -> EndpointState:
        state = self.states.get(endpoint.id)
        if state is None:
            state = EndpointState(endpoint, asyncio.Queue(self.queue_size))
            self.states[endpoint.id] = state
        if state.worker is None and self._session is not None:
            state.worker = asyncio.get_running_loop().create_task(self._work(state))
        return state

    async def _work(self, state: EndpointState) -> None:
        while True:
            event = await state.queue.get()
            fault = self.faults.take(state.endpoint.id, event.type)
            try:
                if fault is not None and fault.kind == "hold":
                    await self._hold(state, event, fault.seconds)
                else:
                    await self._deliver(state, event, fault)
            except Exception:  # one broken delivery must not stop the endpoint's worker
                log.exception("delivering %s to %s", event.id, state.endpoint.id)

    async def _hold(self, state: EndpointState, event: EventRecord, seconds: float) -> None:
        """Out of order: `event` waits for the next one (at most `seconds`), then follows it."""
        try:
            following = await asyncio.wait_for(state.queue.get(), seconds or HOLD_AT_MOST)
        except TimeoutError:
            following = None
        if following is not None:
            await self._deliver(state, following, None)
        await self._deliver(state, event, None)

    async def _deliver(
        self, state: EndpointState, event: EventRecord, fault: DeliveryFault | None
    ) -> None:
        if fault is not None and fault.kind == "delay":
            await self._sleep(fault.seconds)
        started = self._monotonic()
        delays = self.policy.backoff()
        first = True
        while True:
            if not self.events.holds(event):
                # Gone from the API (a 404 to retrieve): a receiver is never sent it afterwards.
                state.expired += 1
                return
            status = await self._attempt(state, event, fault if first else None)
            first = False
            if not self.policy.should_retry(status):
                self.events.delivered(event)
                state.delivered += 1
                state.failing = False
                if fault is not None and fault.kind == "duplicate":
                    await self._attempt(state, event, None)
                return
            delay = next(delays, None)
            deadline = self.policy.deadline
            if delay is None or (
                deadline is not None and self._monotonic() + delay - started > deadline
            ):
                state.failed += 1
                state.failing = True
                log.info("webhook %s to %s given up", event.id, state.endpoint.id)
                return
            await self._sleep(delay)

    async def _attempt(
        self, state: EndpointState, event: EventRecord, fault: DeliveryFault | None
    ) -> int | None:
        """One POST; its HTTP status, or None when no answer came in time."""
        assert self._session is not None
        endpoint = state.endpoint
        body = self._body(event, endpoint)
        timestamp = int(self._wall())
        secrets = endpoint.secrets(self.endpoints.clock())
        if fault is not None and fault.kind == "wrong_secret":
            secrets = [webhook_secret()]
        if fault is not None and fault.kind == "stale":
            timestamp -= STALE_BY
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "Stripe-Signature": sign(body, secrets, timestamp),
            "User-Agent": USER_AGENT,
        }
        state.attempts += 1
        try:
            async with self._session.post(endpoint.data["url"], data=body, headers=headers) as r:
                await r.read()
                state.last_status, state.last_error = r.status, None
                return r.status
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            state.last_status = None
            state.last_error = type(exc).__name__ + (f": {exc}" if str(exc) else "")
            return None

    @staticmethod
    def _body(event: EventRecord, endpoint: EndpointRecord) -> bytes:
        version = endpoint.data["api_version"]
        if version is None or version == event.data["api_version"]:
            return dumps(event.data)
        # An endpoint pinned to a version gets the event stamped with it (the shapes are one).
        return dumps({**event.data, "api_version": version})
