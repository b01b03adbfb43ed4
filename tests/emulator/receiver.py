"""A webhook receiver for tests: a real aiohttp server on 127.0.0.1, port 0, in its own thread.

It records every delivery and answers with the statuses it is told (200 once they run out),
or holds requests unanswered (`hang`) until `release()`. With a `secret`, it verifies each
delivery with stripe-python, as a real receiver would, and answers 400 to one that fails.
"""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass
from types import TracebackType

import stripe
from aiohttp import web


@dataclass(frozen=True)
class Delivery:
    signature: str
    body: bytes
    content_type: str
    verified: bool | None  # None: the receiver had no secret to check with


class Receiver:
    def __init__(self, *statuses: int, secret: str | None = None, hang: bool = False) -> None:
        self.statuses = list(statuses)
        self.secret = secret
        self.hang = hang
        self.deliveries: list[Delivery] = []
        self.waiting = 0  # requests held unanswered right now (hang)
        self._changed = threading.Condition()
        self._loop = asyncio.new_event_loop()
        self._released = asyncio.Event()  # only touched in the receiver's loop
        self._runner: web.AppRunner | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/webhook"

    def __enter__(self) -> Receiver:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=30)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=30)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_post("/webhook", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])

    async def _stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        signature = request.headers.get("Stripe-Signature", "")
        verified = None
        if self.secret is not None:
            try:
                stripe.Webhook.construct_event(body.decode(), signature, self.secret)
                verified = True
            except stripe.SignatureVerificationError:
                verified = False
        with self._changed:
            self.deliveries.append(
                Delivery(signature, body, request.headers.get("Content-Type", ""), verified)
            )
            status = self.statuses.pop(0) if self.statuses else 200
            if self.hang:
                self.waiting += 1
            self._changed.notify_all()
        if self.hang:
            await self._released.wait()
        if verified is False:
            status = 400
        return web.Response(status=status, text="ok" if status < 300 else "no")

    def release(self) -> None:
        """The requests held by `hang` are answered now (with the status each was given)."""
        self._loop.call_soon_threadsafe(self._released.set)

    def wait_for(self, count: int, timeout: float = 30.0) -> list[Delivery]:
        """The first `count` deliveries, waiting for them (a generous timeout: no timing)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while len(self.deliveries) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(
                        f"{len(self.deliveries)} deliveries after {timeout} s, not {count}"
                    )
                self._changed.wait(left)
            return list(self.deliveries[:count])

    def wait_until_waiting(self, count: int, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        with self._changed:
            while self.waiting < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"{self.waiting} requests held, not {count}")
                self._changed.wait(left)
