"""Everything the gateway runs for events, built from its Config and upstream client.

The webhook receiver (`--webhook-listen`) and the events poller (`--events-poll`) feed one
pipeline; watch hubs and event streams are its subscribers. Without either source, watches
poll the session itself. With `--redis-url` the replicas share the pipeline's ends through
Redis (gateway.events.replicas): the bus, the de-duplication, and the poller under a lease.
"""

from __future__ import annotations

import logging
import ssl
from typing import Any

from checkout_gateway.v1 import checkout_session_requests_pb2

from gateway.config import Config
from gateway.encoding import encode
from gateway.events.feed import EventFeed, Params
from gateway.events.pace import Pace
from gateway.events.pipeline import EventPipeline
from gateway.events.poller import EventsPoller
from gateway.events.replicas import RedisEvents
from gateway.events.watch import PollPolicy, Watches, WatchKey
from gateway.events.webhook_server import WebhookServer
from gateway.routes import EVENTS, SESSIONS
from gateway.upstream import StripeClient

__all__ = ["EventsRuntime"]

log = logging.getLogger("gateway.events")


class EventsRuntime:
    """Create in the serving loop; `await start()`, and `await stop()` at shutdown."""

    def __init__(
        self,
        config: Config,
        client: StripeClient,
        *,
        reuse_port: bool = False,
        webhook_ssl: ssl.SSLContext | None = None,
    ) -> None:
        self.config = config
        self.client = client
        self.redis = (
            RedisEvents(config.redis_url, source=self.has_sources) if config.redis_url else None
        )
        self.pipeline = (
            EventPipeline(dedupe=self.redis.dedupe, bus=self.redis.bus)
            if self.redis is not None
            else EventPipeline()
        )
        self.webhooks = (
            WebhookServer(
                config.webhook_listen,
                config.webhook_secrets,
                self.pipeline,
                reuse_port=reuse_port,
                ssl_context=webhook_ssl,
            )
            if config.webhook_listen
            else None
        )
        self.poll_policy = PollPolicy(
            initial=config.watch_poll_initial,
            maximum=config.watch_poll_max,
            safety_net=config.watch_safety_net,
        )
        self.watches = Watches(
            self.fetch_session,
            self.pipeline.bus,
            policy=self.poll_policy,
            events=self.has_events,
            pinned_version=config.stripe_version,
        )
        self.poller = (
            EventsPoller(
                self.feed({}),
                self.pipeline,
                config.events_poll,
                cursor=self.redis.cursor if self.redis is not None else None,
            )
            if config.events_poll
            else None
        )
        self.pace = Pace(self.has_events)  # for event streams; watch hubs are told by Watches
        self.leased = (
            self.redis.leased(self.poller)
            if self.redis is not None and self.poller is not None
            else None
        )

    @property
    def has_sources(self) -> bool:
        """Whether this replica receives events (webhooks or the poller)."""
        return bool(self.config.webhook_listen or self.config.events_poll)

    @property
    def has_events(self) -> bool:
        """Whether events arrive by themselves: from this replica's sources, or with Redis
        from the stream while it works and some replica receives events."""
        return self.redis.bus.live if self.redis is not None else self.has_sources

    async def start(self) -> None:
        if self.redis is not None:
            self.redis.bus.on_live(self.watches.set_events)
            self.redis.bus.on_live(self.pace.set)
            await self.redis.bus.start()
            self.watches.set_events(self.has_events)
            self.pace.set(self.has_events)
        self.pipeline.start()
        if self.webhooks is not None:
            port = await self.webhooks.start()
            host = self.config.webhook_listen.rsplit(":", 1)[0]
            scheme = self.webhooks.scheme
            log.info("receiving Stripe webhooks on %s://%s:%d/stripe/webhook", scheme, host, port)
        if self.leased is not None:
            self.leased.start()
            log.info(
                "reading Stripe's /v1/events every %g s under a lease", self.config.events_poll
            )
        elif self.poller is not None:
            self.poller.start()
            log.info("reading Stripe's /v1/events every %g s", self.config.events_poll)

    async def stop(self) -> None:
        if self.leased is not None:
            await self.leased.stop()
        elif self.poller is not None:
            await self.poller.stop()
        if self.webhooks is not None:
            await self.webhooks.stop()
        await self.watches.close()
        await self.pipeline.stop()
        if self.redis is not None:
            await self.redis.aclose()

    async def fetch_session(self, key: WatchKey) -> dict[str, Any]:
        """GET the session for a watch hub: admitted and rate-limited like every call."""
        request = checkout_session_requests_pb2.GetCheckoutSessionRequest(
            id=key.session_id, expand=key.expand
        )
        response = await self.client.call(
            "GET",
            f"{SESSIONS}/{key.session_id}",
            encode(request),
            metadata=dict(key.headers),
            deadline=None,
        )
        return response.data

    def feed(self, headers: dict[str, str]) -> EventFeed:
        """Stripe's events feed, read with these request options (stripe-account, ...)."""

        async def get(params: Params) -> dict[str, Any]:
            response = await self.client.call(
                "GET", EVENTS, params, metadata=headers, deadline=None
            )
            return response.data

        return EventFeed(get)
