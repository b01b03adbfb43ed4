"""gateway.routes: one row per RPC of the service, every row's path under the sessions path."""

from __future__ import annotations

import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2 as r
from checkout_gateway.v1 import checkout_session_service_pb2

from gateway.routes import ROUTES, SESSIONS, Route

SERVICE = checkout_session_service_pb2.DESCRIPTOR.services_by_name["CheckoutSessionService"]

# RPC -> (method, path for id cs_1): Stripe's own routes, as its API reference spells them.
EXPECTED = {
    "CreateCheckoutSession": ("POST", "/v1/checkout/sessions"),
    "GetCheckoutSession": ("GET", "/v1/checkout/sessions/cs_1"),
    "UpdateCheckoutSession": ("POST", "/v1/checkout/sessions/cs_1"),
    "ExpireCheckoutSession": ("POST", "/v1/checkout/sessions/cs_1/expire"),
    "ListCheckoutSessions": ("GET", "/v1/checkout/sessions"),
    "ListCheckoutSessionLineItems": ("GET", "/v1/checkout/sessions/cs_1/line_items"),
    "StreamCheckoutSessions": ("GET", "/v1/checkout/sessions"),
    "StreamCheckoutSessionLineItems": ("GET", "/v1/checkout/sessions/cs_1/line_items"),
}


def test_every_rpc_of_the_service_has_one_route() -> None:
    assert set(ROUTES) == {m.name for m in SERVICE.methods} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(ROUTES))
def test_route_rows(name: str) -> None:
    route = ROUTES[name]
    method = SERVICE.methods_by_name[name]
    request = getattr(r, method.input_type.name)()
    if "id" in request.DESCRIPTOR.fields_by_name:
        request.id = "cs_1"
    assert (route.method, route.path(request)) == EXPECTED[name]
    assert route.path(request).startswith(SESSIONS)
    # A unary RPC answers the route's message; a stream sends one per item.
    if not method.server_streaming:
        assert route.response.DESCRIPTOR.full_name == method.output_type.full_name


def test_a_path_without_an_id_ignores_the_request() -> None:
    assert Route("GET", "", r.ListCheckoutSessionsResponse).path(None) == SESSIONS
