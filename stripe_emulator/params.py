"""Parameter names and whole requests parsed into specs, for the Checkout Session endpoints
(stripe 16.1.0): the session rules never read a raw form."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from stripe_emulator import objects
from stripe_emulator.errors import invalid_value, missing_parameter
from stripe_emulator.values import (
    MetadataUpdate,
    as_dict,
    as_list,
    boolean,
    check_keys,
    enum,
    expand,
    integer,
    metadata,
    metadata_update,
    optional_string,
    required_string,
    string,
)

CREATE_PARAMS = frozenset(
    {
        "adaptive_pricing", "after_expiration", "allow_promotion_codes",
        "allowed_payment_method_types", "automatic_tax", "billing_address_collection",
        "branding_settings", "cancel_url", "client_reference_id", "consent_collection",
        "currency", "custom_fields", "custom_text", "customer", "customer_account",
        "customer_creation", "customer_email", "customer_update", "discounts",
        "excluded_payment_method_types", "expand", "expires_at", "integration_identifier",
        "invoice_creation", "line_items", "locale", "managed_payments", "metadata", "mode",
        "name_collection", "optional_items", "origin_context", "payment_intent_data",
        "payment_method_collection", "payment_method_configuration", "payment_method_data",
        "payment_method_options", "permissions", "phone_number_collection",
        "redirect_on_completion", "return_url", "saved_payment_method_options",
        "setup_intent_data", "shipping_address_collection", "shipping_options", "submit_type",
        "subscription_data", "success_url", "tax_id_collection", "ui_mode", "wallet_options",
    }
)  # fmt: skip
UPDATE_PARAMS = frozenset(
    {"collected_information", "expand", "line_items", "metadata", "payment_intent_data",
     "shipping_options"}
)  # fmt: skip
LIST_PARAMS = frozenset(
    {"created", "customer", "customer_account", "customer_details", "ending_before", "expand",
     "limit", "payment_intent", "payment_link", "starting_after", "status", "subscription"}
)  # fmt: skip
LINE_ITEMS_LIST_PARAMS = frozenset({"ending_before", "expand", "limit", "starting_after"})

MODES = ("payment", "setup", "subscription")
UI_MODES = ("elements", "embedded_page", "form", "hosted_page")
# ui_modes that render on the merchant's page: no success_url, return_url instead.
EMBEDDED_UI_MODES = frozenset({"elements", "embedded_page", "form"})
STATUSES = ("complete", "expired", "open")
LOCALES = frozenset(
    {"auto", "bg", "cs", "da", "de", "el", "en", "en-GB", "es", "es-419", "et", "fi", "fil",
     "fr", "fr-CA", "hi-IN", "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "ms", "mt", "nb",
     "nl", "pl", "pt", "pt-BR", "ro", "ru", "sk", "sl", "sv", "th", "tr", "vi", "zh", "zh-HK",
     "zh-TW"}
)  # fmt: skip
INTERVALS = ("day", "week", "month", "year")
TAX_BEHAVIORS = ("exclusive", "inclusive", "unspecified")

_LINE_ITEM_CREATE_KEYS = frozenset(
    {"adjustable_quantity", "metadata", "price", "price_data", "quantity", "tax_rates"}
)
_LINE_ITEM_UPDATE_KEYS = _LINE_ITEM_CREATE_KEYS | {"id"}
_PRICE_DATA_KEYS = frozenset(
    {"currency", "product", "product_data", "recurring", "tax_behavior", "unit_amount",
     "unit_amount_decimal"}
)  # fmt: skip
_PRODUCT_DATA_KEYS = frozenset(
    {"description", "images", "metadata", "name", "tax_code", "tax_details", "unit_label"}
)
_ADJUSTABLE_KEYS = frozenset({"enabled", "maximum", "minimum"})
_RECURRING_KEYS = frozenset({"interval", "interval_count"})
_SHIPPING_OPTION_KEYS = frozenset({"shipping_rate", "shipping_rate_data"})
_SHIPPING_RATE_DATA_KEYS = frozenset(
    {"delivery_estimate", "display_name", "fixed_amount", "metadata", "tax_behavior",
     "tax_code", "type"}
)  # fmt: skip
_FIXED_AMOUNT_KEYS = frozenset({"amount", "currency", "currency_options"})


@dataclass(slots=True)
class PriceData:
    currency: str
    unit_amount_decimal: str
    product: str | None
    product_data: dict[str, Any] | None
    recurring: dict[str, Any] | None
    tax_behavior: str


@dataclass(slots=True)
class LineItemSpec:
    """One requested line item, validated but with its price not yet resolved."""

    param: str
    item_id: str | None
    price: str | None
    price_data: PriceData | None
    quantity: int | None
    adjustable_quantity: dict[str, Any] | None
    # The metadata as sent, None when absent; merged by the caller.
    metadata: MetadataUpdate | None


def line_items(value: Any, *, update: bool) -> list[LineItemSpec]:
    items = as_list(value, "line_items")
    return [_line_item(item, f"line_items[{i}]", update=update) for i, item in enumerate(items)]


def _line_item(raw: Any, path: str, *, update: bool) -> LineItemSpec:
    item = as_dict(raw, path)
    check_keys(item, _LINE_ITEM_UPDATE_KEYS if update else _LINE_ITEM_CREATE_KEYS, path)
    item_id = optional_string(item, "id", path)
    price = optional_string(item, "price", path)
    data = _price_data(item["price_data"], f"{path}[price_data]") if "price_data" in item else None
    if price and data:
        raise invalid_value(
            path,
            f"You may only specify one of these parameters: {path}[price], {path}[price_data].",
        )
    quantity = None
    if "quantity" in item:
        quantity = integer(item["quantity"], f"{path}[quantity]", minimum=0)
    if item_id is None:
        if price is None and data is None:
            raise missing_parameter(f"{path}[price]")
        if quantity is None:
            raise missing_parameter(f"{path}[quantity]")
    adjustable = None
    if "adjustable_quantity" in item:
        adjustable = _adjustable(item["adjustable_quantity"], f"{path}[adjustable_quantity]")
    meta = None
    if "metadata" in item:
        meta = metadata_update(item["metadata"], f"{path}[metadata]")
    if "tax_rates" in item and item["tax_rates"] != "":
        as_list(item["tax_rates"], f"{path}[tax_rates]")
    return LineItemSpec(path, item_id, price, data, quantity, adjustable, meta)


def _adjustable(raw: Any, path: str) -> dict[str, Any]:
    data = as_dict(raw, path)
    check_keys(data, _ADJUSTABLE_KEYS, path)
    if "enabled" not in data:
        raise missing_parameter(f"{path}[enabled]")
    result: dict[str, Any] = {
        "enabled": boolean(data["enabled"], f"{path}[enabled]"),
        "maximum": None,
        "minimum": None,
    }
    for key in ("maximum", "minimum"):
        if key in data:
            result[key] = integer(data[key], f"{path}[{key}]", minimum=0)
    return result


def _price_data(raw: Any, path: str) -> PriceData:
    data = as_dict(raw, path)
    check_keys(data, _PRICE_DATA_KEYS, path)
    if "currency" not in data:
        raise missing_parameter(f"{path}[currency]")
    currency = string(data["currency"], f"{path}[currency]").lower()
    if len(currency) != 3 or not currency.isalpha():
        raise invalid_value(f"{path}[currency]", f"Invalid currency: {currency}.")
    if "unit_amount" in data and "unit_amount_decimal" in data:
        raise invalid_value(
            path,
            f"You may only specify one of these parameters: {path}[unit_amount], "
            f"{path}[unit_amount_decimal].",
        )
    if "unit_amount" in data:
        amount = str(integer(data["unit_amount"], f"{path}[unit_amount]", minimum=0))
    elif "unit_amount_decimal" in data:
        amount = _decimal(data["unit_amount_decimal"], f"{path}[unit_amount_decimal]")
    else:
        raise missing_parameter(f"{path}[unit_amount]")
    product = optional_string(data, "product", path)
    product_data = None
    if "product_data" in data:
        product_data = _product_data(data["product_data"], f"{path}[product_data]")
    if product is None and product_data is None:
        raise missing_parameter(f"{path}[product]")
    if product is not None and product_data is not None:
        raise invalid_value(
            path,
            f"You may only specify one of these parameters: {path}[product], {path}[product_data].",
        )
    recurring = None
    if "recurring" in data:
        rec = as_dict(data["recurring"], f"{path}[recurring]")
        check_keys(rec, _RECURRING_KEYS, f"{path}[recurring]")
        if "interval" not in rec:
            raise missing_parameter(f"{path}[recurring][interval]")
        recurring = {
            "interval": enum(rec["interval"], f"{path}[recurring][interval]", INTERVALS),
            "interval_count": integer(
                rec.get("interval_count", "1"), f"{path}[recurring][interval_count]", minimum=1
            ),
        }
    tax_behavior = "unspecified"
    if "tax_behavior" in data:
        tax_behavior = enum(data["tax_behavior"], f"{path}[tax_behavior]", TAX_BEHAVIORS)
    return PriceData(currency, amount, product, product_data, recurring, tax_behavior)


def _decimal(value: Any, param: str) -> str:
    text = string(value, param)
    whole, dot, frac = text.partition(".")
    if not whole.isdigit() or (dot and (not frac.isdigit() or len(frac) > 12)):
        raise invalid_value(param, f"Invalid decimal: {text}")
    frac = frac.rstrip("0")
    return str(int(whole)) + (f".{frac}" if frac else "")


def _product_data(raw: Any, path: str) -> dict[str, Any]:
    data = as_dict(raw, path)
    check_keys(data, _PRODUCT_DATA_KEYS, path)
    if "name" not in data:
        raise missing_parameter(f"{path}[name]")
    result: dict[str, Any] = {
        "name": string(data["name"], f"{path}[name]"),
        "description": optional_string(data, "description", path),
        "tax_code": optional_string(data, "tax_code", path),
        "unit_label": optional_string(data, "unit_label", path),
        "images": [],
        "metadata": {},
    }
    if "images" in data and data["images"] != "":
        images = as_list(data["images"], f"{path}[images]")
        result["images"] = [string(x, f"{path}[images][{i}]") for i, x in enumerate(images)]
    if "metadata" in data:
        meta = metadata(data["metadata"], f"{path}[metadata]")
        result["metadata"] = {k: v for k, v in meta.items() if v is not None}
    return result


@dataclass(slots=True)
class ShippingOptionSpec:
    param: str
    shipping_rate: str | None
    display_name: str | None
    amount: int
    currency: str | None


def shipping_options(value: Any) -> list[ShippingOptionSpec]:
    if value == "":
        return []
    options = as_list(value, "shipping_options")
    if len(options) > 5:
        raise invalid_value("shipping_options", "You can provide at most 5 shipping options.")
    return [_shipping_option(raw, f"shipping_options[{i}]") for i, raw in enumerate(options)]


def _shipping_option(raw: Any, path: str) -> ShippingOptionSpec:
    option = as_dict(raw, path)
    check_keys(option, _SHIPPING_OPTION_KEYS, path)
    rate = optional_string(option, "shipping_rate", path)
    if "shipping_rate_data" not in option:
        if rate is None:
            raise missing_parameter(f"{path}[shipping_rate]")
        return ShippingOptionSpec(path, rate, None, 0, None)
    if rate is not None:
        raise invalid_value(
            path,
            f"You may only specify one of these parameters: {path}[shipping_rate], "
            f"{path}[shipping_rate_data].",
        )
    data_path = f"{path}[shipping_rate_data]"
    data = as_dict(option["shipping_rate_data"], data_path)
    check_keys(data, _SHIPPING_RATE_DATA_KEYS, data_path)
    if "display_name" not in data:
        raise missing_parameter(f"{data_path}[display_name]")
    name = string(data["display_name"], f"{data_path}[display_name]")
    amount, currency = 0, None
    if "fixed_amount" in data:
        fixed_path = f"{data_path}[fixed_amount]"
        fixed = as_dict(data["fixed_amount"], fixed_path)
        check_keys(fixed, _FIXED_AMOUNT_KEYS, fixed_path)
        for key in ("amount", "currency"):
            if key not in fixed:
                raise missing_parameter(f"{fixed_path}[{key}]")
        amount = integer(fixed["amount"], f"{fixed_path}[amount]", minimum=0)
        currency = string(fixed["currency"], f"{fixed_path}[currency]").lower()
    if "type" in data:
        enum(data["type"], f"{data_path}[type]", ("fixed_amount",))
    return ShippingOptionSpec(path, None, name, amount, currency)


# -- whole requests -------------------------------------------------------------------------

# Create parameters copied as strings onto the session fields of the same name.
_REFLECTED_STRINGS = (
    "client_reference_id",
    "customer",
    "customer_account",
    "customer_email",
    "integration_identifier",
)
_REFLECTED_ENUMS = (
    ("billing_address_collection", ("auto", "required")),
    ("submit_type", ("auto", "book", "donate", "pay", "subscribe")),
    ("origin_context", ("mobile_app", "web")),
    ("payment_method_collection", ("always", "if_required")),
)
_PAYMENT_INTENT_DATA_KEYS = frozenset(
    {"description", "metadata", "setup_future_usage", "statement_descriptor",
     "statement_descriptor_suffix"}
)  # fmt: skip
_EQUALITY_FILTERS = (
    "customer",
    "customer_account",
    "payment_intent",
    "payment_link",
    "subscription",
)


@dataclass(slots=True)
class CreateSpec:
    """A validated create request; the session rules resolve ids and apply it."""

    mode: str
    ui_mode: str
    expires_at: int | None
    success_url: str | None
    return_url: str | None
    cancel_url: str | None
    redirect_on_completion: str | None
    line_items: list[LineItemSpec] | None
    # Session fields set straight from parameters of the same name, already shaped.
    fields: dict[str, Any]
    custom_text: dict[str, str]
    metadata: MetadataUpdate | None
    shipping_options: list[ShippingOptionSpec] | None


def create_spec(p: dict[str, Any]) -> CreateSpec:
    check_keys(p, CREATE_PARAMS)
    expand(p)
    mode = enum(required_string(p, "mode"), "mode", MODES)
    ui_mode = "hosted_page"
    if "ui_mode" in p:
        ui_mode = enum(p["ui_mode"], "ui_mode", UI_MODES)
    expires_at = integer(p["expires_at"], "expires_at") if "expires_at" in p else None
    success_url, return_url, redirect = _urls(p, ui_mode)
    if mode != "setup" and "line_items" not in p:
        raise missing_parameter("line_items")
    specs = None
    if "line_items" in p:
        specs = line_items(p["line_items"], update=False)
        if mode != "setup" and not specs:
            raise missing_parameter("line_items")
    fields, custom_text = _reflected(p, mode)
    meta = metadata_update(p["metadata"]) if "metadata" in p else None
    shipping = shipping_options(p["shipping_options"]) if "shipping_options" in p else None
    return CreateSpec(
        mode=mode,
        ui_mode=ui_mode,
        expires_at=expires_at,
        success_url=success_url,
        return_url=return_url,
        cancel_url=optional_string(p, "cancel_url"),
        redirect_on_completion=redirect,
        line_items=specs,
        fields=fields,
        custom_text=custom_text,
        metadata=meta,
        shipping_options=shipping,
    )


def _urls(p: dict[str, Any], ui_mode: str) -> tuple[str | None, str | None, str | None]:
    embedded = ui_mode in EMBEDDED_UI_MODES
    success_url = optional_string(p, "success_url")
    return_url = optional_string(p, "return_url")
    if embedded and success_url:
        raise invalid_value(
            "success_url",
            f"You cannot specify `success_url` when `ui_mode` is `{ui_mode}`.",
        )
    if not embedded and return_url:
        raise invalid_value(
            "return_url",
            "You can only specify `return_url` when `ui_mode` is `embedded_page`, "
            "`elements` or `form`.",
        )
    if not embedded and success_url is None:
        raise missing_parameter("success_url")
    redirect = optional_string(p, "redirect_on_completion")
    if redirect is not None:
        if not embedded:
            raise invalid_value(
                "redirect_on_completion",
                "You can only specify `redirect_on_completion` for embedded sessions.",
            )
        redirect = enum(redirect, "redirect_on_completion", ("always", "if_required", "never"))
    if ui_mode == "embedded_page" and return_url is None and redirect != "never":
        raise missing_parameter("return_url")
    return success_url, return_url, redirect


def _reflected(p: dict[str, Any], mode: str) -> tuple[dict[str, Any], dict[str, str]]:
    """The session fields simple create parameters set, and custom_text's messages."""
    data: dict[str, Any] = dict.fromkeys(_REFLECTED_STRINGS)
    for key in _REFLECTED_STRINGS:
        if key in p:  # optional_string's None for an absent key, without the call
            data[key] = optional_string(p, key)
    if data["client_reference_id"] and len(data["client_reference_id"]) > 200:
        raise invalid_value("client_reference_id", "client_reference_id is too long.")
    if data["customer"] and data["customer_email"]:
        raise invalid_value(
            "customer_email",
            "You may only specify one of these parameters: customer, customer_email.",
        )
    if "currency" in p:
        data["currency"] = string(p["currency"], "currency").lower()
    if "locale" in p:
        data["locale"] = enum(p["locale"], "locale", LOCALES)
    if "payment_method_types" in p:
        types = as_list(p["payment_method_types"], "payment_method_types")
        data["payment_method_types"] = [
            string(t, f"payment_method_types[{i}]") for i, t in enumerate(types)
        ]
    for key in ("allowed_payment_method_types", "excluded_payment_method_types"):
        if key in p:
            values = as_list(p[key], key)
            data[key] = [string(t, f"{key}[{i}]") for i, t in enumerate(values)]
    if "customer_creation" in p:
        if mode != "payment":
            raise invalid_value(
                "customer_creation",
                "`customer_creation` can only be used in `payment` mode.",
            )
        data["customer_creation"] = enum(
            p["customer_creation"], "customer_creation", ("always", "if_required")
        )
    for key, choices in _REFLECTED_ENUMS:
        if key in p:
            data[key] = enum(p[key], key, choices)
    if "allow_promotion_codes" in p:
        data["allow_promotion_codes"] = boolean(p["allow_promotion_codes"], "allow_promotion_codes")
    for key in ("phone_number_collection", "adaptive_pricing", "managed_payments"):
        if key in p:
            data[key] = {"enabled": _enabled(p[key], key)}
    if "automatic_tax" in p:
        enabled = _enabled(p["automatic_tax"], "automatic_tax")
        data["automatic_tax"] = {
            "enabled": enabled,
            "liability": {"type": "self"} if enabled else None,
            "provider": "stripe" if enabled else None,
            "status": "requires_location_inputs" if enabled else None,
        }
    if "tax_id_collection" in p:
        enabled = _enabled(p["tax_id_collection"], "tax_id_collection")
        data["tax_id_collection"] = {"enabled": enabled, "required": "never"}
    if "invoice_creation" in p:
        enabled = _enabled(p["invoice_creation"], "invoice_creation")
        data["invoice_creation"] = objects.invoice_creation(enabled)
    if "shipping_address_collection" in p:
        sac = as_dict(p["shipping_address_collection"], "shipping_address_collection")
        if "allowed_countries" not in sac:
            raise missing_parameter("shipping_address_collection[allowed_countries]")
        countries = as_list(
            sac["allowed_countries"], "shipping_address_collection[allowed_countries]"
        )
        data["shipping_address_collection"] = {"allowed_countries": countries}
    if "after_expiration" in p:
        recovery = as_dict(p["after_expiration"], "after_expiration").get("recovery")
        if isinstance(recovery, dict) and "enabled" in recovery:
            data["after_expiration"] = {
                "recovery": {
                    "allow_promotion_codes": recovery.get("allow_promotion_codes") == "true",
                    "enabled": boolean(recovery["enabled"], "after_expiration[recovery][enabled]"),
                    "expires_at": None,
                    "url": None,
                }
            }
    custom_text: dict[str, str] = {}
    if "custom_text" in p:
        text = as_dict(p["custom_text"], "custom_text")
        for key, entry in text.items():
            if isinstance(entry, dict) and entry.get("message"):
                custom_text[key] = entry["message"]
    return data, custom_text


def _enabled(value: Any, param: str) -> bool:
    data = as_dict(value, param)
    if "enabled" not in data:
        raise missing_parameter(f"{param}[enabled]")
    return boolean(data["enabled"], f"{param}[enabled]")


@dataclass(slots=True)
class UpdateSpec:
    """A validated update request: None for each part left as it is."""

    line_items: list[LineItemSpec] | None
    metadata: MetadataUpdate | None
    shipping_options: list[ShippingOptionSpec] | None
    # collected_information: set when sent; its shipping details (None when sent without).
    collected: bool
    shipping_details: dict[str, Any] | None


def update_spec(p: dict[str, Any]) -> UpdateSpec:
    check_keys(p, UPDATE_PARAMS)
    expand(p)
    specs = line_items(p["line_items"], update=True) if "line_items" in p else None
    meta = metadata_update(p["metadata"]) if "metadata" in p else None
    shipping = shipping_options(p["shipping_options"]) if "shipping_options" in p else None
    collected = "collected_information" in p
    details = _shipping_details(p["collected_information"]) if collected else None
    if "payment_intent_data" in p:
        pid = as_dict(p["payment_intent_data"], "payment_intent_data")
        check_keys(pid, _PAYMENT_INTENT_DATA_KEYS, "payment_intent_data")
    return UpdateSpec(specs, meta, shipping, collected, details)


def _shipping_details(value: Any) -> dict[str, Any] | None:
    data = as_dict(value, "collected_information")
    check_keys(data, frozenset({"shipping_details"}), "collected_information")
    if "shipping_details" not in data:
        return None
    path = "collected_information[shipping_details]"
    details = as_dict(data["shipping_details"], path)
    check_keys(details, frozenset({"address", "name"}), path)
    for key in ("address", "name"):
        if key not in details:
            raise missing_parameter(f"{path}[{key}]")
    address = as_dict(details["address"], f"{path}[address]")
    check_keys(
        address,
        frozenset({"city", "country", "line1", "line2", "postal_code", "state"}),
        f"{path}[address]",
    )
    for key in ("country", "line1"):
        if key not in address:
            raise missing_parameter(f"{path}[address][{key}]")
    return {"address": address, "name": string(details["name"], f"{path}[name]")}


def session_filter(p: dict[str, Any]) -> Callable[[dict[str, Any]], bool] | None:
    """The list's filters on session fields, as one predicate (None: no filter)."""
    wanted: dict[str, str] = {}
    for key in _EQUALITY_FILTERS:
        if key in p:
            wanted[key] = string(p[key], key)
    if "status" in p:
        wanted["status"] = enum(p["status"], "status", STATUSES)
    email: str | None = None
    if "customer_details" in p:
        details = as_dict(p["customer_details"], "customer_details")
        check_keys(details, frozenset({"email"}), "customer_details")
        if "email" not in details:
            raise missing_parameter("customer_details[email]")
        email = string(details["email"], "customer_details[email]").lower()
    if not wanted and email is None:
        return None
    items = tuple(wanted.items())

    def match(data: dict[str, Any]) -> bool:
        for key, value in items:
            if data[key] != value:
                return False
        if email is not None:
            details = data["customer_details"]
            return bool(details and (details["email"] or "").lower() == email)
        return True

    return match
