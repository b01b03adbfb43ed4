"""`POST /stripe/webhook`: Stripe's deliveries, verified and queued, on aiohttp in our own loop.

Answers: 400 for a missing, bad or stale signature and for a body that is not a Stripe event,
413 for a body over 1 MB, 503 when the pipeline's queue is full (Stripe delivers again), and
200 as soon as the event is queued, before anything is done with it. Nothing unverified is
acted on, and no body is ever logged: a refusal's log line says only why.
"""

from __future__ import annotations

import logging
import ssl
import time
from collections.abc import Callable, Sequence

from aiohttp import web

from gateway.events.pipeline import EventPipeline, NotAnEvent, parse_event
from gateway.events.webhooks import DEFAULT_TOLERANCE, SignatureError, verify

__all__ = ["MAX_BODY", "PATH", "WebhookServer"]

log = logging.getLogger("gateway.webhooks")

PATH = "/stripe/webhook"
MAX_BODY = 1024 * 1024


class WebhookServer:
    def __init__(
        self,
        listen: str,
        secrets: Sequence[str],
        pipeline: EventPipeline,
        *,
        tolerance: float = DEFAULT_TOLERANCE,
        clock: Callable[[], float] = time.time,
        reuse_port: bool = False,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        host, _, port = listen.rpartition(":")
        self.host, self.port = host.strip("[]"), int(port)
        self._secrets = tuple(secrets)
        self._pipeline = pipeline
        self._tolerance, self._clock = tolerance, clock
        self._runner: web.AppRunner | None = None
        self._reuse_port = reuse_port  # workers share the port, as they share the gRPC one
        self._ssl = ssl_context  # HTTPS (gateway.trust.webhook_tls); None: plain HTTP
        self.refused = 0

    @property
    def scheme(self) -> str:
        return "http" if self._ssl is None else "https"

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}{PATH}"

    async def start(self) -> int:
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_post(PATH, self._handle)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(
            runner,
            self.host,
            self.port,
            reuse_address=True,
            reuse_port=self._reuse_port or None,
            ssl_context=self._ssl,
        )
        try:
            await site.start()
        except OSError:
            await runner.cleanup()
            raise
        self.port = int(runner.addresses[0][1])  # the real port when asked for port 0
        self._runner = runner
        return self.port

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def _refuse(self, status: int, reason: str) -> web.Response:
        self.refused += 1
        log.warning("webhook refused (%d): %s", status, reason)
        return web.json_response({"error": reason}, status=status)

    async def _handle(self, request: web.Request) -> web.Response:
        if (request.content_length or 0) > MAX_BODY:
            return self._refuse(413, f"the body is over {MAX_BODY} bytes")
        try:
            body = await request.read()
        except web.HTTPRequestEntityTooLarge:  # no Content-Length, or a false one
            return self._refuse(413, f"the body is over {MAX_BODY} bytes")
        try:
            verify(
                body,
                request.headers.get("Stripe-Signature"),
                self._secrets,
                tolerance=self._tolerance,
                clock=self._clock,
            )
            event = parse_event(body)
        except (SignatureError, NotAnEvent) as exc:
            return self._refuse(400, str(exc))
        if not self._pipeline.submit(event):
            return self._refuse(503, "the gateway's event queue is full; deliver again later")
        log.debug("webhook %s %s queued", event["id"], event["type"])
        return web.json_response({"received": True})
