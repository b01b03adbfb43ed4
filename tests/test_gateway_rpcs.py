"""Every RPC over real sockets, with the emulator as Stripe."""

from __future__ import annotations

import grpc
import pytest
from checkout_gateway.v1 import checkout_session_pb2
from checkout_gateway.v1 import checkout_session_requests_pb2 as r
from grpc_health.v1 import health_pb2, health_pb2_grpc

from gateway.config import DEFAULT_STRIPE_VERSION
from stripe_emulator import SEED_PRICES
from tests.conftest import Stack, start_stack, stop_stack

C = r.CreateCheckoutSessionRequest
Session = checkout_session_pb2.CheckoutSession
TSHIRT, MUG = list(SEED_PRICES)[:2]


def create_request(**extra: object) -> r.CreateCheckoutSessionRequest:
    fields: dict[str, object] = {
        "mode": C.MODE_PAYMENT,
        "success_url": "https://example.com/ok",
        "line_items": [{"price": TSHIRT, "quantity": 2}],
        **extra,
    }
    return C(**fields)  # type: ignore[arg-type]


async def test_create_returns_a_typed_open_session(stack: Stack) -> None:
    session = await stack.stub.CreateCheckoutSession(create_request(metadata={"order": "42"}))
    assert session.id.startswith("cs_test_")
    assert session.status == Session.STATUS_OPEN
    assert session.mode == Session.MODE_PAYMENT
    assert session.amount_total == 2 * SEED_PRICES[TSHIRT].unit_amount
    assert dict(session.metadata) == {"order": "42"}


async def test_create_sends_stripe_parameters_in_bracket_syntax(stack: Stack) -> None:
    await stack.stub.CreateCheckoutSession(create_request(locale=C.LOCALE_EN_GB))
    sent = stack.emulator.requests[-1]
    assert sent.method == "POST" and sent.path == "/v1/checkout/sessions"
    assert b"line_items%5B0%5D%5Bprice%5D=" + TSHIRT.encode() in sent.body
    assert b"locale=en-GB" in sent.body


async def test_get_returns_the_session_and_expands_line_items(stack: Stack) -> None:
    created = await stack.stub.CreateCheckoutSession(create_request())
    plain = await stack.stub.GetCheckoutSession(r.GetCheckoutSessionRequest(id=created.id))
    assert plain.id == created.id and not plain.HasField("line_items")
    expanded = await stack.stub.GetCheckoutSession(
        r.GetCheckoutSessionRequest(id=created.id, expand=["line_items.data.price.product"])
    )
    (item,) = expanded.line_items.data
    assert item.quantity == 2 and item.price.id == TSHIRT
    assert item.price.product.name == SEED_PRICES[TSHIRT].product_name  # expanded and typed


async def test_update_sets_and_unsets_metadata(stack: Stack) -> None:
    created = await stack.stub.CreateCheckoutSession(create_request(metadata={"a": "1", "b": "2"}))
    U = r.UpdateCheckoutSessionRequest
    one = await stack.stub.UpdateCheckoutSession(U(id=created.id, metadata={"a": "", "c": "3"}))
    assert dict(one.metadata) == {"b": "2", "c": "3"}
    cleared = await stack.stub.UpdateCheckoutSession(U(id=created.id, clear_metadata=True))
    assert dict(cleared.metadata) == {}


async def test_update_replaces_line_items(stack: Stack) -> None:
    created = await stack.stub.CreateCheckoutSession(create_request())
    page = await stack.stub.ListCheckoutSessionLineItems(
        r.ListCheckoutSessionLineItemsRequest(id=created.id)
    )
    kept = page.data[0].id
    U = r.UpdateCheckoutSessionRequest
    updated = await stack.stub.UpdateCheckoutSession(
        U(
            id=created.id,
            line_items=[{"price": MUG, "quantity": 1}, {"id": kept, "quantity": 5}],
            expand=["line_items"],
        )
    )
    assert [(li.price.id, li.quantity) for li in updated.line_items.data] == [(MUG, 1), (TSHIRT, 5)]
    assert updated.line_items.data[1].id == kept


async def test_expire_then_expire_again_is_failed_precondition(stack: Stack) -> None:
    created = await stack.stub.CreateCheckoutSession(create_request())
    expired = await stack.stub.ExpireCheckoutSession(r.ExpireCheckoutSessionRequest(id=created.id))
    assert expired.status == Session.STATUS_EXPIRED and not expired.HasField("url")
    with pytest.raises(grpc.aio.AioRpcError) as err:
        await stack.stub.ExpireCheckoutSession(r.ExpireCheckoutSessionRequest(id=created.id))
    assert err.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert "can be expired" in (err.value.details() or "")


async def test_list_filters_and_pages() -> None:
    stack = await start_stack(seed=30)
    try:
        L = r.ListCheckoutSessionsRequest
        first = await stack.stub.ListCheckoutSessions(L(limit=10))
        assert len(first.data) == 10 and first.has_more
        second = await stack.stub.ListCheckoutSessions(
            L(limit=10, starting_after=first.data[-1].id)
        )
        assert {s.id for s in first.data}.isdisjoint(s.id for s in second.data)
        expired = await stack.stub.ListCheckoutSessions(L(limit=100, status=L.STATUS_EXPIRED))
        assert expired.data and all(s.status == Session.STATUS_EXPIRED for s in expired.data)
        newest = first.data[0].created
        ranged = await stack.stub.ListCheckoutSessions(L(limit=100, created={"gte": newest}))
        assert all(s.created >= newest for s in ranged.data)
    finally:
        await stop_stack(stack)


async def test_stream_walks_every_page_in_order() -> None:
    stack = await start_stack(seed=250)
    try:
        L = r.ListCheckoutSessionsRequest
        streamed = [
            s.id async for s in stack.stub.StreamCheckoutSessions(r.StreamCheckoutSessionsRequest())
        ]
        assert len(streamed) == 250 and len(set(streamed)) == 250
        listed: list[str] = []
        cursor = None
        while True:
            page = await stack.stub.ListCheckoutSessions(
                L(limit=100, starting_after=cursor) if cursor else L(limit=100)
            )
            listed += [s.id for s in page.data]
            if not page.has_more:
                break
            cursor = page.data[-1].id
        assert streamed == listed
        pages = [q for q in stack.emulator.requests if q.path.startswith("/v1/checkout/sessions?")]
        assert any("limit=100" in q.path for q in pages)
    finally:
        await stop_stack(stack)


async def test_stream_resends_filters_and_changes_only_the_cursor() -> None:
    stack = await start_stack(seed=250)
    try:
        S = r.StreamCheckoutSessionsRequest
        got = [s async for s in stack.stub.StreamCheckoutSessions(S(status=S.STATUS_OPEN))]
        assert got and all(s.status == Session.STATUS_OPEN for s in got)
        calls = [q for q in stack.emulator.requests if q.path.startswith("/v1/checkout/sessions?")]
        assert len(calls) >= 2 and all("status=open" in q.path for q in calls)
        assert "starting_after" not in calls[0].path and "starting_after" in calls[1].path
    finally:
        await stop_stack(stack)


async def test_stream_stops_at_max_items() -> None:
    stack = await start_stack(seed=250)
    try:
        request = r.StreamCheckoutSessionsRequest(max_items=150)
        assert len([s async for s in stack.stub.StreamCheckoutSessions(request)]) == 150
    finally:
        await stop_stack(stack)


async def test_stream_line_items(stack: Stack) -> None:
    items = [{"price": TSHIRT, "quantity": 1}, {"price": MUG, "quantity": 3}]
    created = await stack.stub.CreateCheckoutSession(create_request(line_items=items))
    request = r.StreamCheckoutSessionLineItemsRequest(id=created.id)
    got = [
        (li.price.id, li.quantity)
        async for li in stack.stub.StreamCheckoutSessionLineItems(request)
    ]
    assert got == [(TSHIRT, 1), (MUG, 3)]


async def test_request_options_become_stripe_headers(stack: Stack) -> None:
    metadata = (
        ("idempotency-key", "order-42-attempt-1"),
        ("stripe-account", "acct_1Test"),
        ("stripe-version", DEFAULT_STRIPE_VERSION),
        ("stripe-context", "ctx_123"),
    )
    call = stack.stub.CreateCheckoutSession(create_request(), metadata=metadata)
    await call
    sent = stack.emulator.requests[-1].headers
    assert sent["Idempotency-Key"] == "order-42-attempt-1"
    assert sent["Stripe-Account"] == "acct_1Test"
    assert sent["Stripe-Version"] == DEFAULT_STRIPE_VERSION
    assert sent["Stripe-Context"] == "ctx_123"
    trailing = dict(await call.trailing_metadata())
    assert trailing["idempotency-key"] == "order-42-attempt-1"
    assert trailing["request-id"].startswith("req_")


async def test_posts_get_a_generated_idempotency_key(stack: Stack) -> None:
    call = stack.stub.CreateCheckoutSession(create_request())
    await call
    key = dict(await call.trailing_metadata())["idempotency-key"]
    assert stack.emulator.requests[-1].headers["Idempotency-Key"] == key


async def test_health_reports_serving(stack: Stack) -> None:
    health = health_pb2_grpc.HealthStub(stack.channel)
    answer = await health.Check(
        health_pb2.HealthCheckRequest(service="checkout_gateway.v1.CheckoutSessionService")
    )
    assert answer.status == health_pb2.HealthCheckResponse.SERVING


async def test_metadata_keys_that_are_all_digits_stay_keys(stack: Stack) -> None:
    created = await stack.stub.CreateCheckoutSession(create_request(metadata={"0": "a", "42": "b"}))
    assert dict(created.metadata) == {"0": "a", "42": "b"}
    got = await stack.stub.GetCheckoutSession(r.GetCheckoutSessionRequest(id=created.id))
    assert dict(got.metadata) == {"0": "a", "42": "b"}
