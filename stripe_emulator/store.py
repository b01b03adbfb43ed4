"""In-memory state: sessions in creation order, prices, products, shipping rates."""

from __future__ import annotations

import json
import time
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson

from stripe_emulator import objects, params
from stripe_emulator.errors import (
    StripeError,
    invalid_request,
    invalid_value,
    missing_parameter,
    resource_missing,
)
from stripe_emulator.ids import client_secret, new_id, session_id

_dumps = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
# Bounds Stripe puts on expires_at, counted from creation.
MIN_EXPIRY = 30 * 60
MAX_EXPIRY = 24 * 60 * 60
LINE_ITEMS_INCLUDED = 100


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON, as `json` writes it with ensure_ascii=False.

    orjson writes the same bytes for what the emulator holds (str keys, str, int, bool, None,
    lists, tuples and dicts: no floats), several times faster. What orjson refuses (an int
    beyond 64 bits, a non-str key, a lone surrogate, very deep nesting) goes to `json`, which
    answers or fails exactly as before.
    """
    try:
        return orjson.dumps(value)
    except TypeError:
        return _dumps(value).encode()


@dataclass(slots=True)
class SessionRecord:
    """A session's JSON (without line_items), its items, and its cached serialisation."""

    data: dict[str, Any]
    items: list[dict[str, Any]]
    position: int
    raw_cache: bytes | None = field(default=None, repr=False)

    @property
    def id(self) -> str:
        return str(self.data["id"])

    def raw(self) -> bytes:
        if self.raw_cache is None:
            self.raw_cache = dumps(self.data)
        return self.raw_cache

    def changed(self) -> None:
        self.raw_cache = None


@dataclass(slots=True)
class Page:
    data: list[Any]
    has_more: bool


class Store:
    """All emulator state; not thread-safe, owned by the server's event loop."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.sessions: dict[str, SessionRecord] = {}
        self.order: list[str] = []
        self.created: list[int] = []
        self.prices: dict[str, dict[str, Any]] = {}
        self.products: dict[str, dict[str, Any]] = {}
        self.shipping_rates: dict[str, dict[str, Any]] = {}

    def now(self) -> int:
        return int(self.clock())

    # -- sessions -----------------------------------------------------------------------

    def get(self, ident: str) -> SessionRecord:
        record = self.sessions.get(ident)
        if record is None:
            raise resource_missing("checkout.session", ident)
        return record

    def add(self, data: dict[str, Any], items: list[dict[str, Any]]) -> SessionRecord:
        """Append a built session, keeping `created` non-decreasing for bisecting."""
        if self.created and data["created"] < self.created[-1]:
            data["created"] = self.created[-1]
        record = SessionRecord(data, items, len(self.order))
        self.sessions[record.id] = record
        self.order.append(record.id)
        self.created.append(data["created"])
        return record

    def create_session(self, p: dict[str, Any]) -> SessionRecord:
        params.check_keys(p, params.CREATE_PARAMS)
        params.expand(p)
        mode = params.enum(params.required_string(p, "mode"), "mode", params.MODES)
        ui_mode = "hosted_page"
        if "ui_mode" in p:
            ui_mode = params.enum(p["ui_mode"], "ui_mode", params.UI_MODES)
        now = self.now()
        expires_at = now + MAX_EXPIRY
        if "expires_at" in p:
            expires_at = params.integer(p["expires_at"], "expires_at")
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
        ident = session_id()
        data = objects.session(
            session_id=ident, created=now, expires_at=expires_at, mode=mode, ui_mode=ui_mode
        )
        self._urls(p, data, ui_mode)
        if mode != "setup" and "line_items" not in p:
            raise missing_parameter("line_items")
        items: list[dict[str, Any]] = []
        if "line_items" in p:
            specs = params.line_items(p["line_items"], update=False)
            if mode != "setup" and not specs:
                raise missing_parameter("line_items")
            items = [self._new_item(spec, now) for spec in specs]
            self._check_items(mode, items)
        self._reflect(p, data, mode)
        if "metadata" in p:
            data["metadata"] = params.apply_metadata({}, p["metadata"])
        if "shipping_options" in p:
            data["shipping_options"] = self._shipping(p["shipping_options"], now)
        if ui_mode != "hosted_page":
            data["client_secret"] = client_secret(ident)
        if mode == "payment":
            data["invoice_creation"] = data["invoice_creation"] or objects.invoice_creation()
        _totals(data, items)
        return self.add(data, items)

    def _urls(self, p: dict[str, Any], data: dict[str, Any], ui_mode: str) -> None:
        embedded = ui_mode in params.EMBEDDED_UI_MODES
        success_url = params.optional_string(p, "success_url")
        return_url = params.optional_string(p, "return_url")
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
        redirect = params.optional_string(p, "redirect_on_completion")
        if redirect is not None:
            if not embedded:
                raise invalid_value(
                    "redirect_on_completion",
                    "You can only specify `redirect_on_completion` for embedded sessions.",
                )
            redirect = params.enum(
                redirect, "redirect_on_completion", ("always", "if_required", "never")
            )
            data["redirect_on_completion"] = redirect
        if ui_mode == "embedded_page" and return_url is None and redirect != "never":
            raise missing_parameter("return_url")
        data["success_url"] = success_url
        data["return_url"] = return_url
        data["cancel_url"] = params.optional_string(p, "cancel_url")

    def _reflect(self, p: dict[str, Any], data: dict[str, Any], mode: str) -> None:
        """Copy simple create parameters onto the fields the session shows them in."""
        for key in (
            "client_reference_id",
            "customer",
            "customer_account",
            "customer_email",
            "integration_identifier",
        ):
            data[key] = params.optional_string(p, key)
        if data["client_reference_id"] and len(data["client_reference_id"]) > 200:
            raise invalid_value("client_reference_id", "client_reference_id is too long.")
        if data["customer"] and data["customer_email"]:
            raise invalid_value(
                "customer_email",
                "You may only specify one of these parameters: customer, customer_email.",
            )
        if data["customer_email"]:
            data["customer_details"] = objects.customer_details(data["customer_email"])
        if "currency" in p:
            data["currency"] = params.string(p["currency"], "currency").lower()
        if "locale" in p:
            data["locale"] = params.enum(p["locale"], "locale", params.LOCALES)
        if "payment_method_types" in p:
            types = params.as_list(p["payment_method_types"], "payment_method_types")
            data["payment_method_types"] = [
                params.string(t, f"payment_method_types[{i}]") for i, t in enumerate(types)
            ]
        for key in ("allowed_payment_method_types", "excluded_payment_method_types"):
            if key in p:
                values = params.as_list(p[key], key)
                data[key] = [params.string(t, f"{key}[{i}]") for i, t in enumerate(values)]
        if "customer_creation" in p:
            if mode != "payment":
                raise invalid_value(
                    "customer_creation",
                    "`customer_creation` can only be used in `payment` mode.",
                )
            data["customer_creation"] = params.enum(
                p["customer_creation"], "customer_creation", ("always", "if_required")
            )
        elif mode == "payment" and not data["customer"]:
            data["customer_creation"] = "if_required"
        for key, choices in _REFLECTED_ENUMS:
            if key in p:
                data[key] = params.enum(p[key], key, choices)
        if "allow_promotion_codes" in p:
            data["allow_promotion_codes"] = params.boolean(
                p["allow_promotion_codes"], "allow_promotion_codes"
            )
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
            sac = params.as_dict(p["shipping_address_collection"], "shipping_address_collection")
            if "allowed_countries" not in sac:
                raise missing_parameter("shipping_address_collection[allowed_countries]")
            countries = params.as_list(
                sac["allowed_countries"], "shipping_address_collection[allowed_countries]"
            )
            data["shipping_address_collection"] = {"allowed_countries": countries}
        if "after_expiration" in p:
            recovery = params.as_dict(p["after_expiration"], "after_expiration").get("recovery")
            if isinstance(recovery, dict) and "enabled" in recovery:
                data["after_expiration"] = {
                    "recovery": {
                        "allow_promotion_codes": recovery.get("allow_promotion_codes") == "true",
                        "enabled": params.boolean(
                            recovery["enabled"], "after_expiration[recovery][enabled]"
                        ),
                        "expires_at": None,
                        "url": None,
                    }
                }
        if "custom_text" in p:
            text = params.as_dict(p["custom_text"], "custom_text")
            for key in data["custom_text"]:
                entry = text.get(key)
                if isinstance(entry, dict) and entry.get("message"):
                    data["custom_text"][key] = {"message": entry["message"]}

    # -- line items ---------------------------------------------------------------------

    def _resolve_price(self, spec: params.LineItemSpec, now: int) -> dict[str, Any]:
        if spec.price is not None:
            found = self.prices.get(spec.price)
            if found is None:
                raise resource_missing("price", spec.price, param=f"{spec.param}[price]")
            return found
        assert spec.price_data is not None
        pd = spec.price_data
        if pd.product is not None:
            if pd.product not in self.products:
                raise resource_missing(
                    "product", pd.product, param=f"{spec.param}[price_data][product]"
                )
            product_id = pd.product
        else:
            assert pd.product_data is not None
            prod = objects.product(created=now, **pd.product_data)
            self.products[prod["id"]] = prod
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
        self.prices[price["id"]] = price
        return price

    def _new_item(self, spec: params.LineItemSpec, now: int) -> dict[str, Any]:
        price = self._resolve_price(spec, now)
        product = self.products.get(price["product"])
        meta = None
        if spec.metadata is not None:
            meta = params.apply_metadata({}, spec.metadata, f"{spec.param}[metadata]")
        return objects.line_item(
            item_id=new_id("li"),
            price_obj=price,
            description=product["name"] if product else None,
            quantity=spec.quantity if spec.quantity is not None else 1,
            adjustable_quantity=spec.adjustable_quantity,
            metadata=meta,
        )

    def _check_items(self, mode: str, items: list[dict[str, Any]]) -> None:
        if len(items) > 100:
            raise invalid_value("line_items", "You can have at most 100 line items.")
        currencies = {item["currency"] for item in items}
        if len(currencies) > 1:
            raise invalid_value(
                "line_items", "All line items must use the same currency (found: "
                + ", ".join(sorted(currencies)) + ")."
            )  # fmt: skip
        recurring = [i for i, item in enumerate(items) if item["price"]["type"] == "recurring"]
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

    def _shipping(self, value: Any, now: int) -> list[dict[str, Any]]:
        options = []
        for spec in params.shipping_options(value):
            if spec.shipping_rate is not None:
                rate = self.shipping_rates.get(spec.shipping_rate)
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
                self.shipping_rates[rate["id"]] = rate
            options.append({"shipping_amount": rate["amount"], "shipping_rate": rate["id"]})
        return options

    # -- state changes ------------------------------------------------------------------

    def _require_open(self, record: SessionRecord) -> None:
        status = record.data["status"]
        if status != "open":
            raise invalid_request(
                f"This Checkout Session is no longer active and can't be updated. "
                f"It has a status of `{status}`."
            )

    def update_session(self, ident: str, p: dict[str, Any]) -> SessionRecord:
        record = self.get(ident)
        params.check_keys(p, params.UPDATE_PARAMS)
        params.expand(p)
        self._require_open(record)
        data = record.data
        now = self.now()
        items = record.items
        if "line_items" in p:
            items = self._replace_items(record, p["line_items"], now)
        meta = data["metadata"]
        if "metadata" in p:
            meta = params.apply_metadata(data["metadata"], p["metadata"])
        shipping = data["shipping_options"]
        if "shipping_options" in p:
            shipping = self._shipping(p["shipping_options"], now)
        collected = data["collected_information"]
        if "collected_information" in p:
            collected = _collected(p["collected_information"])
        if "payment_intent_data" in p:
            pid = params.as_dict(p["payment_intent_data"], "payment_intent_data")
            params.check_keys(
                pid,
                frozenset(
                    {"description", "metadata", "setup_future_usage", "statement_descriptor",
                     "statement_descriptor_suffix"}
                ),
                "payment_intent_data",
            )  # fmt: skip
        # Apply only after everything validated, so a failed update changes nothing.
        record.items = items
        data["metadata"] = meta
        data["shipping_options"] = shipping
        data["collected_information"] = collected
        _totals(data, items)
        record.changed()
        return record

    def _replace_items(self, record: SessionRecord, value: Any, now: int) -> list[dict[str, Any]]:
        specs = params.line_items(value, update=True)
        current = {item["id"]: item for item in record.items}
        result = []
        for spec in specs:
            if spec.item_id is None:
                result.append(self._new_item(spec, now))
                continue
            existing = current.get(spec.item_id)
            if existing is None:
                raise resource_missing("line item", spec.item_id, param=f"{spec.param}[id]")
            price = existing["price"]
            if spec.price is not None or spec.price_data is not None:
                price = self._resolve_price(spec, now)
            meta = existing["metadata"]
            if spec.metadata is not None:
                meta = params.apply_metadata(meta or {}, spec.metadata, f"{spec.param}[metadata]")
            product = self.products.get(price["product"])
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
        self._check_items(record.data["mode"], result)
        return result

    def expire_session(self, ident: str) -> SessionRecord:
        record = self.get(ident)
        status = record.data["status"]
        if status != "open":
            raise invalid_request(
                'Only Checkout Sessions with a status in ["open"] can be expired. '
                f"This Checkout Session has a status of `{status}`."
            )
        record.data["status"] = "expired"
        record.data["url"] = None
        record.data["client_secret"] = None
        record.changed()
        return record

    def complete_session(self, ident: str, email: str | None = None) -> SessionRecord:
        """What a customer paying would do: open -> complete, paid."""
        record = self.get(ident)
        data = record.data
        if data["status"] != "open":
            raise invalid_request(
                f"Only open Checkout Sessions can be completed; this one is `{data['status']}`."
            )
        data["status"] = "complete"
        data["url"] = None
        mode = data["mode"]
        data["payment_status"] = "no_payment_required" if mode == "setup" else "paid"
        if mode == "payment":
            data["payment_intent"] = new_id("pi")
        elif mode == "subscription":
            data["subscription"] = new_id("sub")
        else:
            data["setup_intent"] = new_id("seti")
        address = email or data["customer_email"] or "customer@example.com"
        data["customer_details"] = objects.customer_details(address)
        record.changed()
        return record

    # -- listing ------------------------------------------------------------------------

    def list_sessions(self, p: dict[str, Any]) -> Page:
        params.check_keys(p, params.LIST_PARAMS)
        limit = _limit(p)
        starting_after, ending_before = _cursors(p)
        lo, hi = self._created_range(p.get("created"))
        if starting_after is not None:
            hi = min(hi, self._position(starting_after, "starting_after"))
        if ending_before is not None:
            lo = max(lo, self._position(ending_before, "ending_before") + 1)
        match = _session_filter(p)
        indexes: Iterator[int]
        indexes = (
            iter(range(lo, hi)) if ending_before is not None else iter(range(hi - 1, lo - 1, -1))
        )
        found: list[SessionRecord] = []
        for i in indexes:
            record = self.sessions[self.order[i]]
            if match is None or match(record.data):
                found.append(record)
                if len(found) > limit:
                    break
        has_more = len(found) > limit
        found = found[:limit]
        if ending_before is not None:
            found.reverse()
        return Page(found, has_more)

    def _position(self, ident: str, param: str) -> int:
        record = self.sessions.get(ident)
        if record is None:
            raise resource_missing("checkout.session", ident, param=param)
        return record.position

    def _created_range(self, created: Any) -> tuple[int, int]:
        lo, hi = 0, len(self.order)
        if created is None:
            return lo, hi
        if not isinstance(created, dict):
            value = params.integer(created, "created")
            return bisect_left(self.created, value), bisect_right(self.created, value)
        params.check_keys(created, frozenset({"gt", "gte", "lt", "lte"}), "created")
        for op, raw in created.items():
            value = params.integer(raw, f"created[{op}]")
            if op == "gt":
                lo = max(lo, bisect_right(self.created, value))
            elif op == "gte":
                lo = max(lo, bisect_left(self.created, value))
            elif op == "lt":
                hi = min(hi, bisect_left(self.created, value))
            else:
                hi = min(hi, bisect_right(self.created, value))
        return lo, max(lo, hi)

    def list_line_items(self, ident: str, p: dict[str, Any]) -> Page:
        record = self.get(ident)
        params.check_keys(p, params.LINE_ITEMS_LIST_PARAMS)
        limit = _limit(p)
        starting_after, ending_before = _cursors(p)
        items = record.items
        positions = {item["id"]: i for i, item in enumerate(items)}
        start, stop = 0, len(items)
        for cursor, param in ((starting_after, "starting_after"), (ending_before, "ending_before")):
            if cursor is not None and cursor not in positions:
                raise resource_missing("line item", cursor, param=param)
        if starting_after is not None:
            start = positions[starting_after] + 1
        if ending_before is not None:
            stop = positions[ending_before]
            start = max(0, stop - limit)
            return Page(items[start:stop], start > 0)
        return Page(items[start : start + limit], start + limit < stop)


def _enabled(value: Any, param: str) -> bool:
    data = params.as_dict(value, param)
    if "enabled" not in data:
        raise missing_parameter(f"{param}[enabled]")
    return params.boolean(data["enabled"], f"{param}[enabled]")


def _limit(p: dict[str, Any]) -> int:
    if "limit" not in p:
        return 10
    limit = params.integer(p["limit"], "limit")
    if not 1 <= limit <= 100:
        raise StripeError(
            400,
            "Invalid limit: must be between 1 and 100",
            code="parameter_invalid_integer",
            param="limit",
        )
    return limit


def _cursors(p: dict[str, Any]) -> tuple[str | None, str | None]:
    after = params.optional_string(p, "starting_after")
    before = params.optional_string(p, "ending_before")
    if after is not None and before is not None:
        raise invalid_request(
            "You may only specify one of these parameters: ending_before, starting_after.",
            param="ending_before",
        )
    return after, before


_REFLECTED_ENUMS = (
    ("billing_address_collection", ("auto", "required")),
    ("submit_type", ("auto", "book", "donate", "pay", "subscribe")),
    ("origin_context", ("mobile_app", "web")),
    ("payment_method_collection", ("always", "if_required")),
)

_EQUALITY_FILTERS = (
    "customer",
    "customer_account",
    "payment_intent",
    "payment_link",
    "subscription",
)


def _session_filter(p: dict[str, Any]) -> Callable[[dict[str, Any]], bool] | None:
    wanted: dict[str, str] = {}
    for key in _EQUALITY_FILTERS:
        if key in p:
            wanted[key] = params.string(p[key], key)
    if "status" in p:
        wanted["status"] = params.enum(p["status"], "status", params.STATUSES)
    email: str | None = None
    if "customer_details" in p:
        details = params.as_dict(p["customer_details"], "customer_details")
        params.check_keys(details, frozenset({"email"}), "customer_details")
        if "email" not in details:
            raise missing_parameter("customer_details[email]")
        email = params.string(details["email"], "customer_details[email]").lower()
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


def _collected(value: Any) -> dict[str, Any]:
    data = params.as_dict(value, "collected_information")
    params.check_keys(data, frozenset({"shipping_details"}), "collected_information")
    if "shipping_details" not in data:
        return objects.collected_information(None)
    path = "collected_information[shipping_details]"
    details = params.as_dict(data["shipping_details"], path)
    params.check_keys(details, frozenset({"address", "name"}), path)
    for key in ("address", "name"):
        if key not in details:
            raise missing_parameter(f"{path}[{key}]")
    address = params.as_dict(details["address"], f"{path}[address]")
    params.check_keys(
        address,
        frozenset({"city", "country", "line1", "line2", "postal_code", "state"}),
        f"{path}[address]",
    )
    for key in ("country", "line1"):
        if key not in address:
            raise missing_parameter(f"{path}[address][{key}]")
    shipping = {
        "address": objects.address(address),
        "name": params.string(details["name"], f"{path}[name]"),
    }
    return objects.collected_information(shipping)


def _totals(data: dict[str, Any], items: list[dict[str, Any]]) -> None:
    """Recompute amounts, currency, shipping cost and totals from the items."""
    if not items and data["mode"] == "setup":
        return
    subtotal = sum(item["amount_subtotal"] for item in items)
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
