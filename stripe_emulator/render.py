"""Serialising sessions and lists, with `expand` applied."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from stripe_emulator.errors import invalid_value
from stripe_emulator.serialize import dumps
from stripe_emulator.store import SessionRecord, Store

# Line items a session shows inline when expanded; the rest are paged.
LINE_ITEMS_INCLUDED = 100

# Expandable fields we hold no objects for: accepted, left as ids (or null).
_OPAQUE = frozenset(
    {"customer", "invoice", "payment_intent", "payment_link", "setup_intent", "subscription"}
)
SESSION_EXPANDS = frozenset(
    {"line_items", "line_items.data.price", "line_items.data.price.product"} | _OPAQUE
)
LINE_ITEM_EXPANDS = frozenset({"price", "price.product"})


@dataclass(slots=True)
class Reply:
    status: int
    body: bytes


# An endpoint: the request's parsed form in, a reply out (or a StripeError raised).
Handler = Callable[[dict[str, Any]], Reply]


def _cannot_expand(path: str) -> Exception:
    return invalid_value("expand", f"This property cannot be expanded ({path}).")


def check_session_expand(expand: list[str], *, in_list: bool) -> set[str]:
    """Validate expand paths for a session (or for `data.` inside a session list)."""
    result = set()
    for path in expand:
        inner = path
        if in_list:
            if not path.startswith("data."):
                raise _cannot_expand(path)
            inner = path[5:]
        if inner not in SESSION_EXPANDS or path.count(".") > 4:
            raise _cannot_expand(path)
        result.add(inner)
    return result


def check_no_expand(expand: list[str]) -> None:
    """For objects with nothing to expand: any path is refused."""
    if expand:
        raise _cannot_expand(expand[0])


def check_item_expand(expand: list[str]) -> set[str]:
    result = set()
    for path in expand:
        if not path.startswith("data.") or path[5:] not in LINE_ITEM_EXPANDS:
            raise _cannot_expand(path)
        result.add(path[5:])
    return result


def item_json(store: Store, item: dict[str, Any], expand: set[str]) -> dict[str, Any]:
    if "price.product" not in expand:
        return item
    price = dict(item["price"])
    price["product"] = store.products.get(price["product"], price["product"])
    return {**item, "price": price}


def session_bytes(store: Store, record: SessionRecord, expand: set[str]) -> bytes:
    # A nested path (line_items.data.price.product) expands its parents too, as Stripe does.
    if not expand or not any(path.startswith("line_items") for path in expand):
        return record.raw()
    items = record.items[:LINE_ITEMS_INCLUDED]
    item_expand = {"price.product"} if "line_items.data.price.product" in expand else set()
    data = dict(record.data)
    data["line_items"] = {
        "object": "list",
        "data": [item_json(store, item, item_expand) for item in items],
        "has_more": len(record.items) > LINE_ITEMS_INCLUDED,
        "url": f"/v1/checkout/sessions/{record.id}/line_items",
    }
    return dumps(data)


def list_bytes(parts: list[bytes], has_more: bool, url: str) -> bytes:
    # Joining cached bytes keeps a page of 100 sessions free of re-serialisation.
    return (
        b'{"object":"list","data":['
        + b",".join(parts)
        + b'],"has_more":'
        + (b"true" if has_more else b"false")
        + b',"url":'
        + dumps(url)
        + b"}"
    )
