"""Stripe's event JSON -> the contract's Event message, with nothing lost.

By hand rather than gateway.decoding's plans: `previous_attributes` is free-form JSON (a
Struct), which the plans do not take; everything else goes through them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from checkout_gateway.v1 import checkout_session_pb2, events_pb2
from google.protobuf import struct_pb2

from gateway.decoding import decode

__all__ = ["Event", "decode_event"]

Event = events_pb2.Event
# Keys of Stripe's event this message models; the rest go to `unmodeled_fields`.
_SCALARS = {
    "id": str,
    "type": str,
    "created": int,
    "api_version": str,
    "account": str,
    "livemode": bool,
    "pending_webhooks": int,
}
_MODELLED = {*_SCALARS, "data", "request", "object"}


def _struct(value: Mapping[str, Any]) -> struct_pb2.Struct:
    struct = struct_pb2.Struct()
    struct.update(value)
    return struct


def decode_event(data: Mapping[str, Any]) -> events_pb2.Event:
    event = Event()
    extra: dict[str, Any] = {k: v for k, v in data.items() if k not in _MODELLED}
    for key, kind in _SCALARS.items():
        value = data.get(key)
        if value is None:
            continue
        if isinstance(value, kind) and (kind is bool or not isinstance(value, bool)):
            setattr(event, key, value)
        else:
            extra[key] = value
    payload = data.get("data")
    if isinstance(payload, dict):
        obj = payload.get("object")
        if isinstance(obj, dict):
            event.data.object.CopyFrom(decode(checkout_session_pb2.CheckoutSession, obj))
        previous = payload.get("previous_attributes")
        if isinstance(previous, dict):
            event.data.previous_attributes.CopyFrom(_struct(previous))
        rest = {k: v for k, v in payload.items() if k not in ("object", "previous_attributes")}
        if rest or (obj is not None and not isinstance(obj, dict)):
            extra["data"] = payload
    elif payload is not None:
        extra["data"] = payload
    request = data.get("request")
    if isinstance(request, dict):
        for key in ("id", "idempotency_key"):
            value = request.get(key)
            if isinstance(value, str):
                setattr(event.request, key, value)
    elif isinstance(request, str):  # API versions before 2017-05-25 sent the request's id
        event.request.id = request
    elif request is not None:
        extra["request"] = request
    if data.get("object", "event") != "event":
        extra["object"] = data["object"]
    if extra:
        event.unmodeled_fields.CopyFrom(_struct(extra))
    return event
