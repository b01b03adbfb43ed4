"""Fixed prices every emulator starts with, and bulk session seeding."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from stripe_emulator import objects
from stripe_emulator.ids import new_id, session_id
from stripe_emulator.sessions import MAX_EXPIRY
from stripe_emulator.store import Store


@dataclass(frozen=True, slots=True)
class SeedPrice:
    product_id: str
    product_name: str
    currency: str
    unit_amount: int
    interval: str | None = None


# Stable ids so docs and tests can name them; present in every emulator.
SEED_PRICES: Final[dict[str, SeedPrice]] = {
    "price_1EmuTshirt0000000000000": SeedPrice("prod_EmuTshirt00000", "T-shirt", "usd", 2000),
    "price_1EmuMug000000000000000": SeedPrice("prod_EmuMug0000000", "Mug", "usd", 1299),
    "price_1EmuPoster0000000000EUR": SeedPrice("prod_EmuPoster0000", "Poster", "eur", 1500),
    "price_1EmuMonthly00000000000": SeedPrice(
        "prod_EmuMonthly000", "Monthly plan", "usd", 999, interval="month"
    ),
}
SEED_CREATED: Final = 1_700_000_000


def install_prices(store: Store) -> None:
    for price_id, seed in SEED_PRICES.items():
        product = objects.product(
            created=SEED_CREATED, name=seed.product_name, product_id=seed.product_id
        )
        product["default_price"] = price_id
        store.products[seed.product_id] = product
        store.prices[price_id] = objects.price(
            created=SEED_CREATED,
            currency=seed.currency,
            product_id=seed.product_id,
            unit_amount_decimal=str(seed.unit_amount),
            recurring=objects.recurring(seed.interval, 1) if seed.interval else None,
            price_id=price_id,
        )


def seed_sessions(store: Store, count: int) -> None:
    """Add `count` payment sessions, one second apart, ending now; some complete or expired."""
    if count <= 0:
        return
    usd = [
        store.prices[p] for p, s in SEED_PRICES.items() if s.currency == "usd" and not s.interval
    ]
    names = {p["id"]: store.products[p["product"]]["name"] for p in usd}
    now = store.now()
    start = now - count
    template = objects.session(
        session_id="", created=0, expires_at=0, mode="payment", ui_mode="hosted_page"
    )
    template["success_url"] = "https://example.com/success"
    template["customer_creation"] = "if_required"
    template["invoice_creation"] = objects.invoice_creation()
    template["currency"] = "usd"
    # Nested values are shared between seeded sessions: every later change replaces, never mutates.
    for i in range(count):
        created = start + i
        items = []
        for j in range(1 + i % 2):
            price = usd[(i + j) % len(usd)]
            items.append(
                objects.line_item(
                    item_id=new_id("li"),
                    price_obj=price,
                    description=names[price["id"]],
                    quantity=1 + (i + j) % 3,
                    adjustable_quantity=None,
                    metadata=None,
                )
            )
        subtotal = sum(item["amount_subtotal"] for item in items)
        data = dict(template)
        ident = session_id()
        data["id"] = ident
        data["created"] = created
        data["expires_at"] = created + MAX_EXPIRY
        data["url"] = objects.CHECKOUT_BASE_URL + ident
        data["amount_subtotal"] = subtotal
        data["amount_total"] = subtotal
        data["total_details"] = {"amount_discount": 0, "amount_shipping": 0, "amount_tax": 0}
        data["client_reference_id"] = f"seed-{i}"
        if i % 5 == 0:
            email = f"customer{i % 100}@example.com"
            data["customer_email"] = email
            data["customer_details"] = objects.customer_details(email)
        _seed_status(data, i)
        # One seeded more than a day ago stays as seeded: no flood of expiries at start.
        store.add(data, items, expires=data["expires_at"] > now)


def _seed_status(data: dict[str, Any], i: int) -> None:
    if i % 7 == 3:
        data["status"] = "complete"
        data["payment_status"] = "paid"
        data["payment_intent"] = new_id("pi")
        data["url"] = None
    elif i % 11 == 4:
        data["status"] = "expired"
        data["url"] = None
