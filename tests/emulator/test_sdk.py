"""The official stripe 16.1.0 SDK, unchanged, against the emulator."""

from __future__ import annotations

from typing import Unpack

import pytest
import stripe
from stripe.params.checkout import SessionCreateParams

from stripe_emulator import SEED_PRICES, EmulatorThread

TSHIRT, MUG, _POSTER, MONTHLY = SEED_PRICES


def create(
    client: stripe.StripeClient, **extra: Unpack[SessionCreateParams]
) -> stripe.checkout.Session:
    params: SessionCreateParams = {
        "mode": "payment",
        "success_url": "https://example.com/success",
        "line_items": [{"price": TSHIRT, "quantity": 2}],
    }
    params.update(extra)
    return client.v1.checkout.sessions.create(params)


def test_create_returns_an_open_session_with_totals(client: stripe.StripeClient) -> None:
    session = create(client)
    assert session.id.startswith("cs_test_")
    assert session.object == "checkout.session"
    assert session.status == "open"
    assert session.amount_subtotal == 4000
    assert session.amount_total == 4000
    assert session.url == f"https://checkout.stripe.com/c/pay/{session.id}"
    assert session.expires_at == session.created + 24 * 3600
    assert session.livemode is False


def test_create_with_price_data_makes_price_and_product(client: stripe.StripeClient) -> None:
    session = create(
        client,
        line_items=[
            {
                "price_data": {
                    "currency": "usd",
                    "unit_amount": 750,
                    "product_data": {"name": "Sticker"},
                },
                "quantity": 3,
            }
        ],
    )
    items = client.v1.checkout.sessions.line_items.list(
        session.id, {"expand": ["data.price.product"]}
    )
    price = items.data[0].price
    assert price is not None
    assert price.id.startswith("price_")
    assert price.unit_amount == 750
    assert isinstance(price.product, stripe.Product)
    assert price.product.name == "Sticker"
    assert items.data[0].amount_total == 2250


def test_create_reflects_simple_parameters(client: stripe.StripeClient) -> None:
    session = create(
        client,
        customer_email="a@example.com",
        client_reference_id="order-1",
        locale="fr",
        metadata={"order": "1"},
        shipping_options=[
            {
                "shipping_rate_data": {
                    "display_name": "Ground",
                    "fixed_amount": {"amount": 500, "currency": "usd"},
                }
            }
        ],
    )
    assert session.customer_email == "a@example.com"
    assert session.client_reference_id == "order-1"
    assert session.locale == "fr"
    assert session.metadata is not None and session.metadata.to_dict() == {"order": "1"}
    assert session.shipping_options[0].shipping_amount == 500
    assert session.amount_total == 4500


def test_retrieve_without_expand_has_no_line_items(client: stripe.StripeClient) -> None:
    session = create(client)
    fetched = client.v1.checkout.sessions.retrieve(session.id)
    assert fetched.id == session.id
    assert "line_items" not in fetched


def test_retrieve_with_expanded_line_items(client: stripe.StripeClient) -> None:
    session = create(client)
    fetched = client.v1.checkout.sessions.retrieve(session.id, {"expand": ["line_items"]})
    assert fetched.line_items is not None
    item = fetched.line_items.data[0]
    assert item.object == "item"
    assert item.quantity == 2
    assert item.price is not None and item.price.id == TSHIRT
    assert item.price.product == SEED_PRICES[TSHIRT].product_id


def test_retrieve_unknown_id_is_404(client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as info:
        client.v1.checkout.sessions.retrieve("cs_test_missing")
    assert info.value.http_status == 404
    assert info.value.code == "resource_missing"
    assert info.value.param == "id"
    assert "No such checkout.session: 'cs_test_missing'" in str(info.value.user_message)


def test_update_metadata_sets_and_unsets(client: stripe.StripeClient) -> None:
    session = create(client, metadata={"keep": "1", "drop": "2"})
    updated = client.v1.checkout.sessions.update(session.id, {"metadata": {"drop": "", "new": "3"}})
    assert updated.metadata is not None and updated.metadata.to_dict() == {"keep": "1", "new": "3"}
    cleared = client.v1.checkout.sessions.update(session.id, {"metadata": ""})
    assert cleared.metadata is not None and cleared.metadata.to_dict() == {}


def test_update_line_items_keeps_updates_adds_removes_and_reorders(
    client: stripe.StripeClient,
) -> None:
    session = create(
        client,
        line_items=[{"price": TSHIRT, "quantity": 1}, {"price": MUG, "quantity": 1}],
    )
    first, second = client.v1.checkout.sessions.line_items.list(session.id).data
    updated = client.v1.checkout.sessions.update(
        session.id,
        {
            "line_items": [
                {"price": MUG, "quantity": 2},
                {"id": first.id, "quantity": 3},
            ],
            "expand": ["line_items"],
        },
    )
    assert updated.line_items is not None
    items = updated.line_items.data
    assert [i.quantity for i in items] == [2, 3]
    assert items[1].id == first.id
    assert second.id not in {i.id for i in items}
    assert updated.amount_total == 2 * 1299 + 3 * 2000


def test_list_line_items_pages(client: stripe.StripeClient) -> None:
    session = create(
        client,
        line_items=[{"price": TSHIRT, "quantity": 1}, {"price": MUG, "quantity": 1}],
    )
    page = client.v1.checkout.sessions.line_items.list(session.id, {"limit": 1})
    assert page.has_more is True
    assert page.data[0].price is not None and page.data[0].price.id == TSHIRT
    rest = client.v1.checkout.sessions.line_items.list(
        session.id, {"limit": 1, "starting_after": page.data[0].id}
    )
    assert rest.has_more is False
    assert rest.data[0].price is not None and rest.data[0].price.id == MUG


def test_list_filters_and_auto_paging(client: stripe.StripeClient) -> None:
    ids = [create(client, customer_email=f"u{i % 2}@example.com").id for i in range(7)]
    listed = client.v1.checkout.sessions.list({"limit": 2})
    assert listed.has_more is True
    assert [s.id for s in listed.data] == ids[::-1][:2]
    every = [s.id for s in client.v1.checkout.sessions.list({"limit": 2}).auto_paging_iter()]
    assert every == ids[::-1]
    mine = client.v1.checkout.sessions.list({"customer_details": {"email": "u1@example.com"}})
    assert [s.id for s in mine.data] == [ids[5], ids[3], ids[1]]


def test_list_filters_by_status(client: stripe.StripeClient) -> None:
    a = create(client)
    create(client)
    client.v1.checkout.sessions.expire(a.id)
    expired = client.v1.checkout.sessions.list({"status": "expired"})
    assert [s.id for s in expired.data] == [a.id]


def test_expire_then_expire_again(client: stripe.StripeClient) -> None:
    session = create(client)
    expired = client.v1.checkout.sessions.expire(session.id)
    assert expired.status == "expired"
    assert expired.url is None
    with pytest.raises(stripe.InvalidRequestError) as info:
        client.v1.checkout.sessions.expire(session.id)
    assert info.value.http_status == 400
    assert info.value.code is None
    assert info.value.user_message == (
        'Only Checkout Sessions with a status in ["open"] can be expired. '
        "This Checkout Session has a status of `expired`."
    )


def test_update_after_expire_is_rejected(client: stripe.StripeClient) -> None:
    session = create(client)
    client.v1.checkout.sessions.expire(session.id)
    with pytest.raises(stripe.InvalidRequestError) as info:
        client.v1.checkout.sessions.update(session.id, {"metadata": {"a": "b"}})
    assert info.value.http_status == 400


def test_complete_marks_paid(client: stripe.StripeClient, emu: EmulatorThread) -> None:
    session = create(client)
    emu.complete_session(session.id)
    fetched = client.v1.checkout.sessions.retrieve(session.id)
    assert fetched.status == "complete"
    assert fetched.payment_status == "paid"


def test_idempotent_replay(client: stripe.StripeClient) -> None:
    params: SessionCreateParams = {
        "mode": "payment",
        "success_url": "https://example.com/s",
        "line_items": [{"price": TSHIRT, "quantity": 1}],
    }
    first = client.v1.checkout.sessions.create(params, {"idempotency_key": "k1"})
    again = client.v1.checkout.sessions.create(params, {"idempotency_key": "k1"})
    assert again.id == first.id
    assert again.last_response is not None
    assert again.last_response.headers["Idempotent-Replayed"] == "true"


def test_idempotency_key_reused_with_other_parameters(client: stripe.StripeClient) -> None:
    params: SessionCreateParams = {
        "mode": "payment",
        "success_url": "https://example.com/s",
        "line_items": [{"price": TSHIRT, "quantity": 1}],
    }
    client.v1.checkout.sessions.create(params, {"idempotency_key": "k2"})
    params["client_reference_id"] = "different"
    with pytest.raises(stripe.IdempotencyError):
        client.v1.checkout.sessions.create(params, {"idempotency_key": "k2"})


def test_subscription_mode_with_recurring_price(client: stripe.StripeClient) -> None:
    session = create(client, mode="subscription", line_items=[{"price": MONTHLY, "quantity": 1}])
    assert session.mode == "subscription"
    assert session.amount_total == 999
