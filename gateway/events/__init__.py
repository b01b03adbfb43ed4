"""Stripe's events in: webhooks and the events poller, one pipeline, and the RPCs that follow it.

`EventsRuntime` (runtime) builds it all from the Config and the upstream client; the servicer
answers WatchCheckoutSession and StreamCheckoutSessionEvents with `watch_session` and
`stream_session_events` (rpcs). With `--redis-url` the replicas share the pipeline's ends
through Redis (replicas). The rest of the gateway imports from here.
"""

from __future__ import annotations

from gateway.events.rpcs import stream_session_events, watch_session
from gateway.events.runtime import EventsRuntime

__all__ = ["EventsRuntime", "stream_session_events", "watch_session"]
