"""The Checkout Session rules: create, update, expire, complete, and the totals they keep.

They take validated specs from `params` (never a raw form) and change the store.
"""

from __future__ import annotations

from typing import Any

from stripe_emulator import events, objects
from stripe_emulator.errors import (
    invalid_request,
    invalid_value,
    missing_parameter,
    resource_missing,
)
from stripe_emulator.ids import client_secret, new_id, session_id
from stripe_emulator.params import CreateSpec, LineItemSpec, ShippingOptionSpec, UpdateSpec
from stripe_emulator.store import SessionRecord, Store
from stripe_emulator.values import MetadataUpdate, merge_metadata

# Bounds Stripe puts on expires_at, counted from creation.
MIN_EXPIRY = 30 * 60
MAX_EXPIRY = 24 * 60 * 60
# Who completes a session through the emulator, unless told otherwise: a card in the US.
COMPLETING_NAME = "Jenny Rosen"
COMPLETING_ADDRESS = {"country": "US", "postal_code": "94103"}


def create_session(store: Store, spec: CreateSpec) -> SessionRecord:
    now = store.now()
    expires_at = now + (store.session_lifetime or MAX_EXPIRY)
    if spec.expires_at is not None:
        expires_at = spec.expires_at
        if expires_at < now + MIN_EXPIRY:
            raise invalid_value(
                "expires_at",
                "The `expires_at` timestamp must be at least 30 minutes from "
                "Checkout Session creation.",
            )
        if expires_at > now + MAX_EXPIRY:
            raise invalid_value(
                "expires_at",
                "The `expires_at` timestamp must be less than 24 hours from "
                "Checkout Session creation.",
            )
    mode, ui_mode = spec.mode, spec.ui_mode
    ident = session_id()
    data = objects.session(
        session_id=ident, created=now, expires_at=expires_at, mode=mode, ui_mode=ui_mode
    )
    if spec.redirect_on_completion is not None:
        data["redirect_on_completion"] = spec.redirect_on_completion
    data["success_url"] = spec.success_url
    data["return_url"] = spec.return_url
    data["cancel_url"] = spec.cancel_url
    items: list[dict[str, Any]] = []
    if spec.line_items is not None:
        items = [_new_item(store, item, now) for item in spec.line_items]
        _check_items(mode, items)
    data.update(spec.fields)
    if data["customer_email"]:
        data["customer_details"] = objects.customer_details(data["customer_email"])
    if "customer_creation" not in spec.fields and mode == "payment" and not data["customer"]:
        data["customer_creation"] = "if_required"
    for key, message in spec.custom_text.items():
        if key in data["custom_text"]:
            data["custom_text"][key] = {"message": message}
    if spec.metadata is not None:
        data["metadata"] = merge_metadata({}, spec.metadata)
    if spec.shipping_options is not None:
        data["shipping_options"] = _shipping(store, spec.shipping_options, now)
    if ui_mode != "hosted_page":
        data["client_secret"] = client_secret(ident)
    if mode == "payment":
        data["invoice_creation"] = data["invoice_creation"] or objects.invoice_creation()
    totals(data, items)
    return store.add(data, items)


def update_session(store: Store, record: SessionRecord, spec: UpdateSpec) -> SessionRecord:
    _require_open(record)
    data = record.data
    now = store.now()
    items = record.items
    if spec.line_items is not None:
        items = _replace_items(store, record, spec.line_items, now)
    meta = data["metadata"]
    if spec.metadata is not None:
        meta = merge_metadata(data["metadata"], spec.metadata)
    shipping = data["shipping_options"]
    if spec.shipping_options is not None:
        shipping = _shipping(store, spec.shipping_options, now)
    collected = data["collected_information"]
    if spec.collected:
        details = spec.shipping_details
        if details is not None:
            details = {"address": objects.address(details["address"]), "name": details["name"]}
        collected = objects.collected_information(details)
    # Apply only after everything validated, so a failed update changes nothing.
    record.items = items
    data["metadata"] = meta
    data["shipping_options"] = shipping
    data["collected_information"] = collected
    totals(data, items)
    record.changed()
    return record


def expire_session(store: Store, record: SessionRecord) -> SessionRecord:
    """`POST .../expire`: an open session expires now."""
    status = record.data["status"]
    if status != "open":
        raise invalid_request(
            'Only Checkout Sessions with a status in ["open"] can be expired. '
            f"This Checkout Session has a status of `{status}`."
        )
    _expire(store, record)
    return record


def expire_due(store: Store) -> int:
    """Expire every open session whose expires_at has come; how many did."""
    expired = 0
    for record in store.due(store.now()):
        if record.data["status"] == "open":
            _expire(store, record)
            expired += 1
    return expired


def _expire(store: Store, record: SessionRecord) -> None:
    data = record.data
    before = dict(data)
    data["status"] = "expired"
    data["url"] = None
    data["client_secret"] = None
    record.changed()
    _emit(store, events.EXPIRED, record, before)


def complete_session(
    store: Store,
    record: SessionRecord,
    email: str | None = None,
    *,
    name: str | None = None,
    async_payment: bool = False,
) -> SessionRecord:
    """What a customer paying would do: open -> complete, paid.

    With `async_payment` (a bank debit, say) the session completes unpaid, and the payment
    succeeds or fails later (`settle_async_payment`).
    """
    data = record.data
    if data["status"] != "open":
        raise invalid_request(
            f"Only open Checkout Sessions can be completed; this one is `{data['status']}`."
        )
    mode = data["mode"]
    if async_payment and mode == "setup":
        raise invalid_request("A setup mode Checkout Session takes no payment to settle later.")
    before = dict(data)
    data["status"] = "complete"
    data["url"] = None
    data["payment_status"] = "no_payment_required" if mode == "setup" else "paid"
    if async_payment:
        data["payment_status"] = "unpaid"
        record.async_payment = "pending"
    if mode == "payment":
        data["payment_intent"] = new_id("pi")
    elif mode == "subscription":
        data["subscription"] = new_id("sub")
    else:
        data["setup_intent"] = new_id("seti")
    address = email or data["customer_email"] or "customer@example.com"
    details = objects.customer_details(address)
    details["name"] = name or COMPLETING_NAME
    details["address"] = objects.address(COMPLETING_ADDRESS)
    data["customer_details"] = details
    record.changed()
    _emit(store, events.COMPLETED, record, before)
    return record


def settle_async_payment(store: Store, record: SessionRecord, *, succeeded: bool) -> SessionRecord:
    """The delayed outcome of an async payment: paid, or still unpaid and failed."""
    if record.async_payment != "pending":
        raise invalid_request(
            "Only a Checkout Session completed with an async payment method, whose payment is "
            "still pending, can have it succeed or fail."
        )
    before = dict(record.data)
    record.async_payment = "succeeded" if succeeded else "failed"
    if succeeded:
        record.data["payment_status"] = "paid"
        record.changed()
    kind = events.ASYNC_PAYMENT_SUCCEEDED if succeeded else events.ASYNC_PAYMENT_FAILED
    _emit(store, kind, record, before)
    return record


def _emit(store: Store, kind: str, record: SessionRecord, before: dict[str, Any]) -> None:
    data = record.data
    previous = {key: value for key, value in before.items() if data[key] != value}
    store.events.record(kind, record.raw(), previous)


def totals(data: dict[str, Any], items: list[dict[str, Any]]) -> None:
    """Recompute amounts, currency, shipping cost and totals from the items."""
    if not items and data["mode"] == "setup":
        return
    subtotal = 0
    for item in items:  # not sum() over a generator: its frame costs more than one item
        subtotal += item["amount_subtotal"]
    if items and data["currency"] is None:
        data["currency"] = items[0]["currency"]
    shipping_amount = 0
    options = data["shipping_options"]
    if options:
        first = options[0]
        shipping_amount = first["shipping_amount"]
        data["shipping_cost"] = {
            "amount_subtotal": shipping_amount,
            "amount_tax": 0,
            "amount_total": shipping_amount,
            "shipping_rate": first["shipping_rate"],
        }
    else:
        data["shipping_cost"] = None
    data["amount_subtotal"] = subtotal
    data["amount_total"] = subtotal + shipping_amount
    data["total_details"] = {
        "amount_discount": 0,
        "amount_shipping": shipping_amount,
        "amount_tax": 0,
    }


def _require_open(record: SessionRecord) -> None:
    status = record.data["status"]
    if status != "open":
        raise invalid_request(
            f"This Checkout Session is no longer active and can't be updated. "
            f"It has a status of `{status}`."
        )


# -- line items and shipping ----------------------------------------------------------------


def _resolve_price(store: Store, spec: LineItemSpec, now: int) -> dict[str, Any]:
    if spec.price is not None:
        found = store.prices.get(spec.price)
        if found is None:
            raise resource_missing("price", spec.price, param=f"{spec.param}[price]")
        return found
    assert spec.price_data is not None
    pd = spec.price_data
    if pd.product is not None:
        if pd.product not in store.products:
            raise resource_missing(
                "product", pd.product, param=f"{spec.param}[price_data][product]"
            )
        product_id = pd.product
    else:
        assert pd.product_data is not None
        prod = objects.product(created=now, **pd.product_data)
        store.products[prod["id"]] = prod
        product_id = prod["id"]
    rec = objects.recurring(**pd.recurring) if pd.recurring else None
    price = objects.price(
        created=now,
        currency=pd.currency,
        product_id=product_id,
        unit_amount_decimal=pd.unit_amount_decimal,
        recurring=rec,
        tax_behavior=pd.tax_behavior,
    )
    # Inline prices are inactive, as Stripe makes them: they exist only for this session.
    price["active"] = False
    store.prices[price["id"]] = price
    return price


def _item_metadata(current: dict[str, str] | None, update: MetadataUpdate) -> dict[str, str]:
    return merge_metadata(current or {}, update)


def _new_item(store: Store, spec: LineItemSpec, now: int) -> dict[str, Any]:
    price = _resolve_price(store, spec, now)
    product = store.products.get(price["product"])
    meta = None
    if spec.metadata is not None:
        meta = _item_metadata(None, spec.metadata)
    return objects.line_item(
        item_id=new_id("li"),
        price_obj=price,
        description=product["name"] if product else None,
        quantity=spec.quantity if spec.quantity is not None else 1,
        adjustable_quantity=spec.adjustable_quantity,
        metadata=meta,
    )


def _replace_items(
    store: Store, record: SessionRecord, specs: list[LineItemSpec], now: int
) -> list[dict[str, Any]]:
    current = {item["id"]: item for item in record.items}
    result = []
    for spec in specs:
        if spec.item_id is None:
            result.append(_new_item(store, spec, now))
            continue
        existing = current.get(spec.item_id)
        if existing is None:
            raise resource_missing("line item", spec.item_id, param=f"{spec.param}[id]")
        price = existing["price"]
        if spec.price is not None or spec.price_data is not None:
            price = _resolve_price(store, spec, now)
        meta = existing["metadata"]
        if spec.metadata is not None:
            meta = _item_metadata(meta, spec.metadata)
        product = store.products.get(price["product"])
        result.append(
            objects.line_item(
                item_id=existing["id"],
                price_obj=price,
                description=product["name"] if product else existing["description"],
                quantity=spec.quantity if spec.quantity is not None else existing["quantity"],
                adjustable_quantity=spec.adjustable_quantity or existing["adjustable_quantity"],
                metadata=meta,
            )
        )
    if record.data["mode"] != "setup" and not result:
        raise missing_parameter("line_items")
    _check_items(record.data["mode"], result)
    return result


def _check_items(mode: str, items: list[dict[str, Any]]) -> None:
    if len(items) > 100:
        raise invalid_value("line_items", "You can have at most 100 line items.")
    # One loop, no comprehensions: each builds a function object per call (most sessions
    # have one item).
    currencies = set()
    recurring = []
    for i, item in enumerate(items):
        currencies.add(item["currency"])
        if item["price"]["type"] == "recurring":
            recurring.append(i)
    if len(currencies) > 1:
        raise invalid_value(
            "line_items", "All line items must use the same currency (found: "
            + ", ".join(sorted(currencies)) + ")."
        )  # fmt: skip
    if mode == "payment" and recurring:
        raise invalid_value(
            f"line_items[{recurring[0]}]",
            "You specified `payment` mode but passed a recurring price. Either switch to "
            "`subscription` mode or use only one-time prices.",
        )
    if mode == "subscription" and items and not recurring:
        raise invalid_value(
            "line_items",
            "You must provide at least one recurring price in `subscription` mode when "
            "using prices.",
        )


def _shipping(store: Store, specs: list[ShippingOptionSpec], now: int) -> list[dict[str, Any]]:
    options = []
    for spec in specs:
        if spec.shipping_rate is not None:
            rate = store.shipping_rates.get(spec.shipping_rate)
            if rate is None:
                raise resource_missing(
                    "shipping rate", spec.shipping_rate, param=f"{spec.param}[shipping_rate]"
                )
        else:
            rate = {
                "id": new_id("shr"),
                "display_name": spec.display_name,
                "amount": spec.amount,
                "currency": spec.currency,
                "created": now,
            }
            store.shipping_rates[rate["id"]] = rate
        options.append({"shipping_amount": rate["amount"], "shipping_rate": rate["id"]})
    return options
