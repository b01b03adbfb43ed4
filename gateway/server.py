"""Server wiring: the servicer, health, reflection, the upstream client, and shutdown."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
from collections.abc import Callable, Sequence

import grpc
from checkout_gateway.v1 import checkout_session_service_pb2
from grpc_health.v1 import health, health_pb2
from grpc_reflection.v1alpha import reflection

from gateway import handlers
from gateway.admission import Admission
from gateway.config import Config
from gateway.connections import connection_age_options
from gateway.events import EventsRuntime
from gateway.limits import RateLimits, from_config
from gateway.retry import RetryPolicy
from gateway.servicer import CheckoutSessionServicer
from gateway.telemetry import Telemetry, grpclog
from gateway.trust import TrustBoundary, serve_health
from gateway.upstream import StripeClient

log = logging.getLogger("gateway.server")

# grpc channel arguments for the server, e.g. ("grpc.so_reuseport", 1).
ServerOptions = Sequence[tuple[str, int | str]]

# Net allocations between young collections (default 700): a cycle waits at most this long.
GC_YOUNG_THRESHOLD = 100_000

SERVICE_NAME = checkout_session_service_pb2.DESCRIPTOR.services_by_name[
    "CheckoutSessionService"
].full_name


class Gateway:
    """The gRPC server and everything it owns; `start()` in the loop that will serve."""

    def __init__(self, config: Config, options: ServerOptions = ()) -> None:
        self.config = config
        self.options = options
        self.port = self.health_port = 0
        self.health = health.aio.HealthServicer()
        self._server: grpc.aio.Server | None = None
        self._client: StripeClient | None = None
        self._limits: RateLimits | None = None
        self.events: EventsRuntime | None = None
        self.telemetry: Telemetry | None = None
        self._health_server: grpc.aio.Server | None = None
        self.trust = TrustBoundary(
            config.security,
            rate=config.rate_limit,
            burst=config.rate_burst,
            max_waiting=config.max_waiting,
        )

    def interceptors(self) -> list[grpc.aio.ServerInterceptor]:
        """The server's interceptors, outermost first: each sees what later ones do (refusals
        included), so telemetry comes first and the trust boundary last, next to the servicer."""
        outer = self.telemetry.interceptors if self.telemetry is not None else []
        return [*outer, *self.trust.interceptors]

    async def start(self) -> int:
        config = self.config
        self.telemetry = telemetry = Telemetry.start(config)
        self._limits = from_config(config, shares=self.trust.shares, waited=telemetry.waited)
        if self.trust.caller_limits is not None:
            self.trust.caller_limits.waited = telemetry.waited
        self._client = StripeClient(
            base_url=config.stripe_api_base,
            api_key=config.api_key,
            stripe_version=config.stripe_version,
            default_timeout=config.default_timeout,
            retry_policy=RetryPolicy(max_retries=config.max_retries),
            admission=Admission(
                max_in_flight=config.max_connections,
                max_waiting=config.max_waiting,
                rate=config.rate_limit,
                burst=config.rate_burst,
                waited=telemetry.waited,
                limits=self._limits,
            ),
            caller_limits=self.trust.caller_limits,
            observer=telemetry.observer,
        )
        grpclog.install()  # grpc's tracebacks for a caller's bad bytes: one WARNING line
        # Workers share the webhook port as they share the gRPC one (gateway.workers).
        reuse_port = ("grpc.so_reuseport", 1) in self.options
        self.events = EventsRuntime(
            config, self._client, reuse_port=reuse_port, webhook_ssl=self.trust.webhook_ssl
        )
        await self.events.start()
        server = grpc.aio.server(
            interceptors=self.interceptors(),
            options=[*self.options, *connection_age_options(config)],
        )
        servicer = CheckoutSessionServicer(self._client, events=self.events)
        handlers.add_to_server(servicer, server, guard=self.trust.guard)
        handlers.add_health_and_reflection(
            server, self.health, (SERVICE_NAME, health.SERVICE_NAME, reflection.SERVICE_NAME)
        )
        self.port = self.trust.add_port(server, config.listen)
        if self.port == 0:
            telemetry.close()
            raise OSError(f"cannot listen on {config.listen}: in use, or not an address here")
        await server.start()
        self._server = server
        self.trust.start()
        if config.security.health_listen:
            self._health_server, self.health_port = await serve_health(
                self.health, config.security.health_listen, self.options
            )
        for name in ("", SERVICE_NAME):
            await self.health.set(name, health_pb2.HealthCheckResponse.SERVING)
        return self.port

    async def stop(self, grace: float | None = None) -> None:
        """Health says NOT_SERVING first; in-flight calls get `grace` seconds; then close."""
        grace = self.config.shutdown_grace if grace is None else grace
        await self.health.enter_graceful_shutdown()
        await self.trust.stop()
        if self._server is not None:
            if self.events is not None:  # watches end at once (UNAVAILABLE): watch elsewhere
                await self.events.stop()
            await self._server.stop(grace)
        if self._health_server is not None:
            await self._health_server.stop(0)
        if self._client is not None:
            await self._client.close()
        if self.telemetry is not None:
            await asyncio.to_thread(self.telemetry.close)  # flushing spans may block
        if self._limits is not None:
            await self._limits.aclose()

    async def wait(self) -> None:
        assert self._server is not None
        await self._server.wait_for_termination()


async def serve(
    config: Config,
    *,
    options: ServerOptions = (),
    stop_signals: Sequence[signal.Signals] = (signal.SIGTERM, signal.SIGINT),
    ready: Callable[[int], None] | None = None,
) -> None:
    """Run until one of `stop_signals`, then shut down gracefully.

    Once serving, logs the serving line, or calls `ready(port)` instead (a worker process
    tells its supervisor, which logs the line for the whole gateway).
    """
    gateway = Gateway(config, options)
    port = await gateway.start()
    # Everything built so far lives as long as the server: keep it out of every gc pass.
    gc.freeze()
    # Buffered pages are thousands of live young dicts: at 700 the collector rewalked them.
    gc.set_threshold(GC_YOUNG_THRESHOLD)
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    # Handlers first: a signal sent as soon as the gateway says it serves must find them.
    for sig in stop_signals:
        loop.add_signal_handler(sig, stopping.set)
    if gateway.trust.policy_store is not None:  # without a policy, SIGHUP stays a hangup
        loop.add_signal_handler(signal.SIGHUP, gateway.trust.reload)
    log.info("%s", gateway.trust.describe())
    if ready is None:
        host = config.listen.rsplit(":", 1)[0]
        log.info("checkout-gateway serving %s on %s:%d", SERVICE_NAME, host, port)
    else:
        ready(port)
    await stopping.wait()
    log.info("shutting down: up to %.1f s for calls in flight", config.shutdown_grace)
    await gateway.stop()
    for sig in (*stop_signals, signal.SIGHUP):
        with contextlib.suppress(Exception):
            loop.remove_signal_handler(sig)
