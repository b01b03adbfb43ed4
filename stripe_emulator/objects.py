"""JSON shapes of Stripe objects: every key present, null where unset."""

from __future__ import annotations

from typing import Any

from stripe_emulator.ids import new_id

CHECKOUT_BASE_URL = "https://checkout.stripe.com/c/pay/"
# The API version the emulator speaks, answers in and stamps on events.
DEFAULT_STRIPE_VERSION = "2026-10-28.endive"


def product(
    *,
    created: int,
    name: str,
    description: str | None = None,
    images: list[str] | None = None,
    metadata: dict[str, str] | None = None,
    tax_code: str | None = None,
    unit_label: str | None = None,
    product_id: str | None = None,
) -> dict[str, Any]:
    return {
        "id": product_id or new_id("prod"),
        "object": "product",
        "active": True,
        "created": created,
        "default_price": None,
        "description": description,
        "images": images or [],
        "livemode": False,
        "marketing_features": [],
        "metadata": metadata or {},
        "name": name,
        "package_dimensions": None,
        "shippable": None,
        "statement_descriptor": None,
        "tax_code": tax_code,
        "type": "service",
        "unit_label": unit_label,
        "updated": created,
        "url": None,
    }


def price(
    *,
    created: int,
    currency: str,
    product_id: str,
    unit_amount_decimal: str,
    recurring: dict[str, Any] | None = None,
    tax_behavior: str = "unspecified",
    price_id: str | None = None,
    nickname: str | None = None,
) -> dict[str, Any]:
    # unit_amount is null when the decimal amount has a fractional part, as Stripe does.
    whole = unit_amount_decimal.isdigit()
    return {
        "id": price_id or new_id("price"),
        "object": "price",
        "active": True,
        "billing_scheme": "per_unit",
        "created": created,
        "currency": currency,
        "custom_unit_amount": None,
        "livemode": False,
        "lookup_key": None,
        "metadata": {},
        "nickname": nickname,
        "product": product_id,
        "recurring": recurring,
        "tax_behavior": tax_behavior,
        "tiers_mode": None,
        "transform_quantity": None,
        "type": "recurring" if recurring else "one_time",
        "unit_amount": int(unit_amount_decimal) if whole else None,
        "unit_amount_decimal": unit_amount_decimal,
    }


def recurring(interval: str, interval_count: int) -> dict[str, Any]:
    return {
        "interval": interval,
        "interval_count": interval_count,
        "meter": None,
        "trial_period_days": None,
        "usage_type": "licensed",
    }


def line_item_amount(price_obj: dict[str, Any], quantity: int) -> int:
    unit = price_obj["unit_amount"]
    if unit is not None:
        return int(unit) * quantity
    return round(float(price_obj["unit_amount_decimal"]) * quantity)


def line_item(
    *,
    item_id: str,
    price_obj: dict[str, Any],
    description: str | None,
    quantity: int,
    adjustable_quantity: dict[str, Any] | None,
    metadata: dict[str, str] | None,
) -> dict[str, Any]:
    amount = line_item_amount(price_obj, quantity)
    return {
        "id": item_id,
        "object": "item",
        "adjustable_quantity": adjustable_quantity,
        "amount_discount": 0,
        "amount_subtotal": amount,
        "amount_tax": 0,
        "amount_total": amount,
        "currency": price_obj["currency"],
        "description": description,
        "metadata": metadata,
        "price": price_obj,
        "quantity": quantity,
    }


def list_object(data: list[Any], has_more: bool, url: str) -> dict[str, Any]:
    return {"object": "list", "data": data, "has_more": has_more, "url": url}


def _blank_session() -> dict[str, Any]:
    """Every field of a session in Stripe's order; `session` fills in the per-session ones."""
    return {
        "id": None,
        "object": "checkout.session",
        "adaptive_pricing": {"enabled": False},
        "after_expiration": None,
        "allow_promotion_codes": None,
        "allowed_payment_method_types": None,
        "amount_subtotal": None,
        "amount_total": None,
        "automatic_tax": {"enabled": False, "liability": None, "provider": None, "status": None},
        "billing_address_collection": None,
        "branding_settings": None,
        "cancel_url": None,
        "client_reference_id": None,
        "client_secret": None,
        "collected_information": None,
        "consent": None,
        "consent_collection": None,
        "created": None,
        "currency": None,
        "currency_conversion": None,
        "custom_fields": [],
        "custom_text": {
            "after_submit": None,
            "shipping_address": None,
            "submit": None,
            "terms_of_service_acceptance": None,
        },
        "customer": None,
        "customer_account": None,
        "customer_creation": None,
        "customer_details": None,
        "customer_email": None,
        "discounts": [],
        "excluded_payment_method_types": None,
        "expires_at": None,
        "integration_identifier": None,
        "invoice": None,
        "invoice_creation": None,
        "livemode": False,
        "locale": None,
        "managed_payments": None,
        "metadata": {},
        "mode": None,
        "name_collection": None,
        "optional_items": None,
        "origin_context": None,
        "payment_intent": None,
        "payment_link": None,
        "payment_method_collection": None,
        "payment_method_configuration_details": None,
        "payment_method_options": {},
        "payment_method_types": ["card"],
        "payment_status": None,
        "permissions": None,
        "phone_number_collection": {"enabled": False},
        "presentment_details": None,
        "recovered_from": None,
        "redirect_on_completion": None,
        "return_url": None,
        "saved_payment_method_options": None,
        "setup_intent": None,
        "shipping_address_collection": None,
        "shipping_cost": None,
        "shipping_options": [],
        "status": "open",
        "submit_type": None,
        "subscription": None,
        "success_url": None,
        "tax_id_collection": {"enabled": False, "required": "never"},
        "total_details": None,
        "ui_mode": None,
        "url": None,
        "wallet_options": None,
    }


# Copying a built dict is several times cheaper than building a 70-key literal per session.
_BLANK_SESSION = _blank_session()
# Its dicts and lists: each session gets its own (flat) copies, since callers change them.
_BLANK_CONTAINERS = tuple(
    (key, value) for key, value in _BLANK_SESSION.items() if isinstance(value, (dict, list))
)


def session(
    *,
    session_id: str,
    created: int,
    expires_at: int,
    mode: str,
    ui_mode: str,
) -> dict[str, Any]:
    """A fresh open session; callers fill in what the request set."""
    hosted = ui_mode == "hosted_page"
    data = _BLANK_SESSION.copy()
    for key, value in _BLANK_CONTAINERS:
        data[key] = value.copy()
    data["id"] = session_id
    data["created"] = created
    data["expires_at"] = expires_at
    data["mode"] = mode
    data["payment_method_collection"] = "always" if mode != "setup" else None
    data["payment_status"] = "no_payment_required" if mode == "setup" else "unpaid"
    data["redirect_on_completion"] = None if hosted else "always"
    data["ui_mode"] = ui_mode
    data["url"] = CHECKOUT_BASE_URL + session_id if hosted else None
    return data


def invoice_creation(enabled: bool = False) -> dict[str, Any]:
    return {
        "enabled": enabled,
        "invoice_data": {
            "account_tax_ids": None,
            "custom_fields": None,
            "description": None,
            "footer": None,
            "issuer": None,
            "metadata": {},
            "rendering_options": None,
        },
    }


def customer_details(email: str | None) -> dict[str, Any]:
    return {
        "address": None,
        "business_name": None,
        "email": email,
        "individual_name": None,
        "name": None,
        "phone": None,
        "tax_exempt": "none",
        "tax_ids": [],
    }


def collected_information(shipping: dict[str, Any] | None) -> dict[str, Any]:
    return {"business_name": None, "individual_name": None, "shipping_details": shipping}


def address(values: dict[str, Any]) -> dict[str, Any]:
    keys = ("city", "country", "line1", "line2", "postal_code", "state")
    return {k: values.get(k) or None for k in keys}
