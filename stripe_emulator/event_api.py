"""The API of events and webhook endpoints: /v1/events and /v1/webhook_endpoints."""

from __future__ import annotations

from typing import Any

from stripe_emulator import event_params, render, values
from stripe_emulator.render import Handler, Reply
from stripe_emulator.serialize import dumps
from stripe_emulator.store import Store

EVENTS = "/v1/events"
WEBHOOK_ENDPOINTS = "/v1/webhook_endpoints"


def route(store: Store, method: str, parts: list[str]) -> Handler | None:
    """The handler for a path split on "/" (unquoted), or None when it is not one of these."""
    if len(parts) < 3 or parts[:2] != ["", "v1"]:
        return None
    rest = parts[3:]
    if parts[2] == "events" and method == "GET":
        if not rest:
            return lambda form: _list_events(store, form)
        if len(rest) == 1 and rest[0]:
            return lambda form: _event(store, rest[0], form)
    if parts[2] == "webhook_endpoints":
        if not rest:
            if method == "POST":
                return lambda form: _create_endpoint(store, form)
            if method == "GET":
                return lambda form: _list_endpoints(store, form)
        elif len(rest) == 1 and rest[0]:
            ident = rest[0]
            if method == "GET":
                return lambda form: _endpoint(store, ident, form)
            if method == "POST":
                return lambda form: _update_endpoint(store, ident, form)
            if method == "DELETE":
                return lambda form: _delete_endpoint(store, ident, form)
    return None


def _ok(value: Any) -> Reply:
    return Reply(200, dumps(value))


def _page(parts: list[dict[str, Any]], has_more: bool, url: str) -> Reply:
    return Reply(200, render.list_bytes([dumps(p) for p in parts], has_more, url))


def _list_events(store: Store, form: dict[str, Any]) -> Reply:
    render.check_no_expand(values.expand(form))
    spec = values.list_spec(form, event_params.EVENT_LIST_PARAMS)
    page = store.events.list(spec, event_params.event_filter(form))
    return _page([record.data for record in page.data], page.has_more, EVENTS)


def _event(store: Store, ident: str, form: dict[str, Any]) -> Reply:
    values.check_keys(form, values.EXPAND_ONLY_PARAMS)
    record = store.events.get(ident)
    render.check_no_expand(values.expand(form))
    return _ok(record.data)


def _create_endpoint(store: Store, form: dict[str, Any]) -> Reply:
    render.check_no_expand(values.expand(form))
    record = store.endpoints.create(event_params.endpoint_spec(form, update=False))
    return _ok(record.with_secret())


def _list_endpoints(store: Store, form: dict[str, Any]) -> Reply:
    render.check_no_expand(values.expand(form))
    page = store.endpoints.list(values.list_spec(form, event_params.ENDPOINT_LIST_PARAMS))
    return _page([record.data for record in page.data], page.has_more, WEBHOOK_ENDPOINTS)


def _endpoint(store: Store, ident: str, form: dict[str, Any]) -> Reply:
    values.check_keys(form, values.EXPAND_ONLY_PARAMS)
    record = store.endpoints.get(ident)
    render.check_no_expand(values.expand(form))
    return _ok(record.data)


def _update_endpoint(store: Store, ident: str, form: dict[str, Any]) -> Reply:
    record = store.endpoints.get(ident)
    render.check_no_expand(values.expand(form))
    spec = event_params.endpoint_spec(form, update=True)
    return _ok(store.endpoints.update(record, spec).data)


def _delete_endpoint(store: Store, ident: str, form: dict[str, Any]) -> Reply:
    record = store.endpoints.get(ident)
    values.check_keys(form, frozenset())
    return _ok(store.endpoints.delete(record))
