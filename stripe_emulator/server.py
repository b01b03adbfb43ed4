"""Running the emulator: in the caller's event loop, or in a thread for synchronous tests."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections import deque
from collections.abc import Callable
from types import TracebackType
from typing import Any

from aiohttp import web

from stripe_emulator import sessions
from stripe_emulator.admin import Admin
from stripe_emulator.app import EmulatorApp, RecordedRequest
from stripe_emulator.clock import Clock
from stripe_emulator.delivery import Dispatcher, RetryPolicy, Sleep
from stripe_emulator.event_params import EndpointSpec
from stripe_emulator.faults import DeliveryFaultQueue, FaultQueue
from stripe_emulator.retention import Retention
from stripe_emulator.seed import install_prices, seed_sessions
from stripe_emulator.store import Store

# Seconds a rolled webhook secret keeps signing beside the new one (Stripe offers up to a day).
DEFAULT_SECRET_OVERLAP = 24 * 60 * 60.0


class Emulator:
    """A Stripe Checkout Sessions emulator listening on loopback."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        seed: int = 0,
        max_recorded: int = 1000,
        clock: Callable[[], float] = time.time,
        fast: bool = False,
        session_lifetime: int | None = None,
        event_retention: Retention | None = None,
        webhook_retries: RetryPolicy | None = None,
        webhook_queue: int = 1000,
        secret_overlap: float = DEFAULT_SECRET_OVERLAP,
        sweep_interval: float = 1.0,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.host = host
        self.port = port
        # The emulator's time (freeze, advance); `clock` is what it reads when running.
        self.clock = Clock(clock)
        self.store = Store(
            self.clock, session_lifetime=session_lifetime, event_retention=event_retention
        )
        install_prices(self.store)
        seed_sessions(self.store, seed)
        self.app = EmulatorApp(self.store, api_key=api_key, max_recorded=max_recorded, fast=fast)
        self.dispatcher = Dispatcher(
            self.store.events,
            self.store.endpoints,
            policy=webhook_retries,
            queue_size=webhook_queue,
            sleep=sleep,
        )
        self.app.admin = Admin(self.app, self.clock, self.dispatcher, secret_overlap=secret_overlap)
        self.sweep_interval = sweep_interval
        self._runner: web.BaseRunner | None = None
        self._sweeper: asyncio.Task[None] | None = None

    @property
    def faults(self) -> FaultQueue:
        return self.app.faults

    @property
    def requests(self) -> deque[RecordedRequest]:
        return self.app.requests

    @property
    def base_url(self) -> str:
        if self._runner is None:
            raise RuntimeError("the emulator is not running")
        return f"http://{self.host}:{self.port}"

    async def start(self) -> None:
        runner = web.ServerRunner(self.app.build(), handle_signals=False)
        await runner.setup()
        # A gateway may open a thousand connections at once: aiohttp's backlog of 128 would
        # drop SYNs and add the kernel's 1 s retransmit to those connections.
        site = web.TCPSite(runner, self.host, self.port, reuse_address=True, backlog=4096)
        await site.start()
        self.port = int(runner.addresses[0][1])  # the real port when asked for port 0
        self._runner = runner
        await self.dispatcher.start()
        self._sweeper = asyncio.get_running_loop().create_task(self._sweep())

    async def stop(self) -> None:
        if self._sweeper is not None:
            self._sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sweeper
            self._sweeper = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        await self.dispatcher.stop()

    async def _sweep(self) -> None:
        """Sessions and events expire on their own: checked every `sweep_interval` seconds of
        real time (reads of events expire them too, so they see the clock exactly)."""
        while True:
            sessions.expire_due(self.store)
            self.store.events.expire()
            await asyncio.sleep(self.sweep_interval)

    @property
    def delivery_faults(self) -> DeliveryFaultQueue:
        return self.dispatcher.faults

    def add_webhook(self, url: str, events: tuple[str, ...] = ("*",)) -> tuple[str, str]:
        """Register a webhook endpoint (as POST /v1/webhook_endpoints would): (id, secret)."""
        record = self.store.endpoints.create(
            EndpointSpec(url, list(events), None, None, None, None)
        )
        return record.id, record.secret

    async def __aenter__(self) -> Emulator:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    def complete_session(
        self, session_id: str, email: str | None = None, *, async_payment: bool = False
    ) -> dict[str, Any]:
        """Mark an open session paid, as a customer finishing Checkout would."""
        record = self.store.get(session_id)
        return sessions.complete_session(
            self.store, record, email, async_payment=async_payment
        ).data

    def session(self, session_id: str) -> dict[str, Any]:
        return self.store.get(session_id).data


class EmulatorThread:
    """An Emulator running in its own event loop thread, for synchronous code."""

    def __init__(self, **kwargs: Any) -> None:
        self.emulator = Emulator(**kwargs)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="stripe-emulator", daemon=True)
        self._ready = threading.Event()
        self._error: BaseException | None = None

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self.emulator.start())
        except BaseException as exc:
            self._error = exc
            self._ready.set()
            return
        self._ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(self.emulator.stop())
        self._loop.close()

    def start(self) -> EmulatorThread:
        self._thread.start()
        self._ready.wait(timeout=30)
        if self._error is not None:
            raise RuntimeError("the emulator failed to start") from self._error
        return self

    def stop(self) -> None:
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)

    def __enter__(self) -> EmulatorThread:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        return self.emulator.base_url

    @property
    def faults(self) -> FaultQueue:
        """Thread-safe: inject and clear from the test's thread."""
        return self.emulator.faults

    @property
    def requests(self) -> deque[RecordedRequest]:
        return self.emulator.requests

    def call(self, fn: Callable[[], Any]) -> Any:
        """Run `fn` on the emulator's loop (where its state lives) and return its result."""

        async def run() -> Any:
            return fn()

        return asyncio.run_coroutine_threadsafe(run(), self._loop).result(timeout=30)

    def complete_session(self, session_id: str, email: str | None = None) -> dict[str, Any]:
        result: dict[str, Any] = self.call(
            lambda: self.emulator.complete_session(session_id, email)
        )
        return result
