"""WatchCheckoutSession's engine: one hub per watched session, shared by all its watchers.

A hub fetches the session once, then on every notice (an event about it, from the bus) and
on a poll timer: with no source of events it polls with backoff and jitter, with one it polls
only as a slow safety net. Every fetch goes through the upstream client, so it is admitted and
rate-limited like any call. Each change is decoded once and handed to every watcher, so a
thousand watchers cost one fetch per change. An event's payload is used as it is only when it
is at the gateway's pinned API version and newer than the last fetch; otherwise it is only a
notice and the session is fetched. A snapshot ranked below the last one emitted is stale and
dropped (gateway.events.session_states), so what watchers see never goes backwards.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random as _random
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

from checkout_gateway.v1 import checkout_session_pb2

from gateway.decoding import decode
from gateway.events.bus import EventBus
from gateway.events.pipeline import session_of
from gateway.events.session_states import is_terminal, rank
from gateway.exceptions import StripeAPIError, UpstreamUnavailable

__all__ = ["HISTORY", "PollPolicy", "SessionHub", "WatchKey", "Watches"]

log = logging.getLogger("gateway.watch")

CheckoutSession = checkout_session_pb2.CheckoutSession
HISTORY = 8  # changes a hub keeps for watchers that fall behind; they skip to later ones
MAX_PENDING = 64  # notices kept between two wake-ups; only the newest decide anything
# Seconds an event must postdate the last fetch for its payload to be trusted over it: Stripe's
# clock and ours may differ a little, and events carry whole seconds.
CLOCK_SKEW = 5.0


class ShuttingDown(UpstreamUnavailable):
    """UNAVAILABLE for the watchers of a gateway that stops."""


@dataclass(frozen=True)
class WatchKey:
    """What a hub fetches: watchers asking the same share it."""

    session_id: str
    expand: tuple[str, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()  # stripe-account, stripe-version, ...


@dataclass(frozen=True)
class PollPolicy:
    """Polling: `initial` s doubling up to `maximum` s, reset by a change; `safety_net` s when
    events arrive by webhook or poller. Each delay is jittered to 50-100% of it."""

    initial: float = 1.0
    maximum: float = 30.0
    safety_net: float = 60.0

    def __post_init__(self) -> None:
        if not 0 < self.initial <= self.maximum or self.safety_net <= 0:
            raise ValueError("need 0 < initial <= maximum and safety_net > 0")

    def delays(self, random: Callable[[], float], *, events: bool) -> Iterator[float]:
        base = self.safety_net if events else self.initial
        while True:
            yield base * 0.5 * (1 + random())
            if not events:
                base = min(base * 2, self.maximum)


Fetch = Callable[[WatchKey], Awaitable[dict[str, Any]]]


def _transient(exc: Exception) -> bool:
    """A later poll may succeed; Stripe's 4xx answers (other than 429) will not change."""
    if isinstance(exc, StripeAPIError):
        return exc.http_status == 429 or exc.http_status >= 500
    return True


class SessionHub:
    def __init__(
        self,
        key: WatchKey,
        fetch: Fetch,
        *,
        policy: PollPolicy,
        events: bool,
        pinned_version: str,
        random: Callable[[], float],
        clock: Callable[[], float],
    ) -> None:
        self.key = key
        self._fetch, self._policy, self._events = fetch, policy, events
        self._pinned, self._random, self._clock = pinned_version, random, clock
        self._snapshots: deque[tuple[int, CheckoutSession]] = deque(maxlen=HISTORY)
        self._seq = 0
        self._last: dict[str, Any] | None = None
        self._fetched_at = 0.0  # wall-clock time of the last fetch's start
        self._kinds: set[str] = set()  # event types seen for the session
        self._pending: deque[dict[str, Any]] = deque(maxlen=MAX_PENDING)
        self._wake = asyncio.Event()
        self._changed: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._mode_changed = False
        self.done = False
        self.error: Exception | None = None
        self.fetches = 0
        self.watchers = 0
        self.task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self.task = asyncio.get_running_loop().create_task(self._run(), name="watch")

    def shut(self, error: Exception) -> None:
        """End every watcher with `error` now (the gateway is stopping)."""
        if not self.done:
            self.error = error
            self.done = True
            self._publish()
        if self.task is not None:
            self.task.cancel()

    def set_events(self, events: bool) -> None:
        """Events began or stopped arriving (Redis came or went): fetch once now, so nothing
        passed unseen in between, and poll at the new pace from then on."""
        if events != self._events:
            self._events, self._mode_changed = events, True
            self._wake.set()

    def notify(self, event: dict[str, Any]) -> None:
        self._pending.append(event)
        self._wake.set()

    async def watch(self) -> AsyncIterator[CheckoutSession]:
        """The latest state, then every change, until the session can change no more."""
        seen: int | None = None
        while True:
            if self._snapshots:
                if seen is None:
                    seen = self._snapshots[-1][0] - 1
                for seq, session in list(self._snapshots):
                    if seq > seen:
                        seen = seq
                        yield session
            if self.done:
                if self.error is not None:
                    raise self.error
                return
            # asyncio.wait leaves the shared future alone when this watcher is cancelled.
            await asyncio.wait([self._changed])

    def _publish(self) -> None:
        changed, self._changed = self._changed, asyncio.get_running_loop().create_future()
        changed.set_result(None)

    async def _run(self) -> None:
        try:
            await self._offer(await self._get())
            delays = self._policy.delays(self._random, events=self._events)
            while not self.done:
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(next(delays)):
                        await self._wake.wait()
                self._wake.clear()
                if self._mode_changed:
                    self._mode_changed = False
                    delays = self._policy.delays(self._random, events=self._events)
                notices = list(self._pending)
                self._pending.clear()
                try:
                    changed = await self._refresh(notices)
                except Exception as exc:
                    if not _transient(exc):
                        raise
                    log.warning("watch %s: fetch failed, will poll again: %s", self.key, exc)
                    continue
                if changed and not self._events:
                    delays = self._policy.delays(self._random, events=False)
        except Exception as exc:  # every watcher gets it as its status
            self.error = exc
        finally:
            self.done = True
            self._publish()

    async def _get(self) -> dict[str, Any]:
        self._fetched_at = self._clock()
        self.fetches += 1
        return await self._fetch(self.key)

    async def _refresh(self, notices: list[dict[str, Any]]) -> bool:
        self._kinds.update(str(e.get("type")) for e in notices)
        payload = self._usable_payload(notices)
        changed = await self._offer(payload if payload is not None else await self._get())
        if not changed and self._last is not None and is_terminal(self._last, self._kinds):
            self.done = True  # e.g. an async payment failed: the session looks as it did
        return changed

    def _usable_payload(self, notices: list[dict[str, Any]]) -> dict[str, Any] | None:
        """The newest notice's session, if nothing newer can have passed it unseen."""
        if not notices or self.key.expand:
            return None
        versions = {v for k, v in self.key.headers if k == "stripe-version"}
        newest = max(notices, key=lambda e: int(e.get("created") or 0))
        created = int(newest.get("created") or 0)
        same_second = sum(1 for e in notices if e.get("created") == created)
        if (
            newest.get("api_version") != self._pinned
            or versions - {self._pinned}
            or created <= self._fetched_at + CLOCK_SKEW  # it may predate the last fetch
            or same_second > 1  # Stripe does not order events within a second
        ):
            return None
        return session_of(newest)

    async def _offer(self, data: dict[str, Any]) -> bool:
        """Emit `data` if it is a change and not a step back; True if emitted."""
        if self._last is not None and (rank(data) < rank(self._last) or data == self._last):
            return False
        self._last = data
        self._seq += 1
        self._snapshots.append((self._seq, decode(CheckoutSession, data)))
        if is_terminal(data, self._kinds):
            self.done = True
        self._publish()
        return True


class Watches:
    """Every hub of this process, by key; routes the bus's events to the hubs they concern."""

    def __init__(
        self,
        fetch: Fetch,
        bus: EventBus,
        *,
        policy: PollPolicy | None = None,
        events: bool = False,
        pinned_version: str = "",
        random: Callable[[], float] = _random.random,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._fetch, self._policy = fetch, policy or PollPolicy()
        self._events, self._pinned = events, pinned_version
        self._random, self._clock = random, clock
        self._hubs: dict[WatchKey, SessionHub] = {}
        self._by_session: dict[str, set[WatchKey]] = {}
        self._unsubscribe = bus.subscribe(self._on_event)

    def __len__(self) -> int:
        return len(self._hubs)

    def set_events(self, events: bool) -> None:
        """Whether events arrive by themselves from now on, for every hub (see SessionHub)."""
        self._events = events
        for hub in self._hubs.values():
            hub.set_events(events)

    def hub(self, key: WatchKey) -> SessionHub | None:
        return self._hubs.get(key)

    def _on_event(self, event: dict[str, Any]) -> None:
        session = session_of(event)
        if session is None:
            return
        for key in self._by_session.get(session["id"], ()):
            self._hubs[key].notify(event)

    async def watch(self, key: WatchKey) -> AsyncIterator[CheckoutSession]:
        hub = self._hubs.get(key)
        if hub is None or hub.done:
            hub = SessionHub(
                key,
                self._fetch,
                policy=self._policy,
                events=self._events,
                pinned_version=self._pinned,
                random=self._random,
                clock=self._clock,
            )
            self._hubs[key] = hub
            self._by_session.setdefault(key.session_id, set()).add(key)
            hub.start()
        hub.watchers += 1
        try:
            async for session in hub.watch():
                yield session
        finally:
            hub.watchers -= 1
            if hub.watchers == 0:
                if self._hubs.get(key) is hub:
                    del self._hubs[key]
                    keys = self._by_session[key.session_id]
                    keys.discard(key)
                    if not keys:
                        del self._by_session[key.session_id]
                if hub.task is not None and not hub.task.done():
                    hub.task.cancel()

    async def close(self) -> None:
        """Ends every watch with UNAVAILABLE, so its caller watches again on another replica."""
        self._unsubscribe()
        tasks = [hub.task for hub in self._hubs.values() if hub.task is not None]
        for hub in self._hubs.values():
            hub.shut(ShuttingDown("the gateway is shutting down: watch again"))
        await asyncio.gather(*tasks, return_exceptions=True)
        self._hubs.clear()
        self._by_session.clear()
