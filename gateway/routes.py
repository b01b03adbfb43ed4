"""The routes: each RPC's Stripe call, as data.

One row per RPC: the HTTP method, the path under the sessions path, and the message the
answer decodes to (for a stream, each item). The servicer builds a path only from a request
`gateway.validation.validate` has passed, so an id cannot leave the sessions path.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from checkout_gateway.v1 import checkout_session_pb2, line_item_pb2
from checkout_gateway.v1 import checkout_session_requests_pb2 as req
from google.protobuf.message import Message

__all__ = ["ROUTES", "SESSIONS", "Route"]

# Every path the gateway calls is under this one.
SESSIONS: Final = "/v1/checkout/sessions"


@dataclass(frozen=True)
class Route:
    method: str  # "GET" or "POST"
    template: str  # the path after SESSIONS; `{id}` is the request's id
    response: type[Message]  # the answer's message; for a stream, each item's

    def path(self, request: Any) -> str:
        """The path for a validated `request`."""
        if "{id}" in self.template:
            return SESSIONS + self.template.format(id=request.id)
        return SESSIONS + self.template


CheckoutSession = checkout_session_pb2.CheckoutSession

ROUTES: Final[Mapping[str, Route]] = {
    "CreateCheckoutSession": Route("POST", "", CheckoutSession),
    "GetCheckoutSession": Route("GET", "/{id}", CheckoutSession),
    "UpdateCheckoutSession": Route("POST", "/{id}", CheckoutSession),
    "ExpireCheckoutSession": Route("POST", "/{id}/expire", CheckoutSession),
    "ListCheckoutSessions": Route("GET", "", req.ListCheckoutSessionsResponse),
    "ListCheckoutSessionLineItems": Route(
        "GET", "/{id}/line_items", req.ListCheckoutSessionLineItemsResponse
    ),
    # Streams: every page is a GET of the list, each of its items one message.
    "StreamCheckoutSessions": Route("GET", "", CheckoutSession),
    "StreamCheckoutSessionLineItems": Route("GET", "/{id}/line_items", line_item_pb2.LineItem),
}
