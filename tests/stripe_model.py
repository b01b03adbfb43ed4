"""Walks stripe-python's typed model (the reference for the contract), for the tests."""

from __future__ import annotations

import decimal
import sys
import types
import typing
from collections.abc import Iterator

import stripe
import typing_extensions
from stripe._list_object import ListObject
from stripe._stripe_object import StripeObject, UntypedStripeObject
from stripe.params import _event_list_params
from stripe.params.checkout import (
    _session_create_params,
    _session_expire_params,
    _session_list_line_items_params,
    _session_list_params,
    _session_retrieve_params,
    _session_update_params,
)

# Each request message of the contract -> stripe-python's TypedDict of that call's parameters.
PARAMS: dict[str, type] = {
    "CreateCheckoutSessionRequest": _session_create_params.SessionCreateParams,
    "GetCheckoutSessionRequest": _session_retrieve_params.SessionRetrieveParams,
    "UpdateCheckoutSessionRequest": _session_update_params.SessionUpdateParams,
    "ExpireCheckoutSessionRequest": _session_expire_params.SessionExpireParams,
    "ListCheckoutSessionsRequest": _session_list_params.SessionListParams,
    "ListCheckoutSessionLineItemsRequest": (
        _session_list_line_items_params.SessionListLineItemsParams
    ),
    "StreamCheckoutSessionsRequest": _session_list_params.SessionListParams,
    "StreamCheckoutSessionLineItemsRequest": (
        _session_list_line_items_params.SessionListLineItemsParams
    ),
    "WatchCheckoutSessionRequest": _session_retrieve_params.SessionRetrieveParams,
    "StreamCheckoutSessionEventsRequest": _event_list_params.EventListParams,
}

_ALIASES = {"TaxIdResource": stripe.TaxId, "DiscountResource": stripe.Discount}


class _Names(dict[str, object]):
    def __missing__(self, key: str) -> object:
        try:
            return _ALIASES.get(key) or getattr(stripe, key)
        except AttributeError:
            raise KeyError(key) from None


def resolve(tp: object, owner: type) -> object:
    if isinstance(tp, typing.ForwardRef):
        tp = tp.__forward_arg__
    if isinstance(tp, str):
        names = _Names({**vars(typing), **vars(sys.modules[owner.__module__])})
        names["Decimal"] = decimal.Decimal
        return resolve(eval(tp, {}, names), owner)
    return tp


def _args(tp: object) -> tuple[object, ...]:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return typing.get_args(tp)
    return (tp,)


def object_fields(cls: type) -> Iterator[tuple[str, list[type], bool]]:
    """(field, object classes it can hold, whether it is expandable) for each field."""
    # object, not Any: get_origin's first overload (ParamSpec) would catch an Any.
    annotations: dict[str, object] = cls.__annotations__
    for name, raw in annotations.items():
        if typing.get_origin(raw) is typing.ClassVar or name.isupper():
            continue
        classes: list[type] = []
        expandable = False
        todo = [resolve(raw, cls)]
        while todo:
            tp = resolve(todo.pop(), cls)
            alternatives = _args(tp)
            if str in alternatives and any(
                isinstance(t := resolve(a, cls), type) and issubclass(t, StripeObject)
                for a in alternatives
            ):
                expandable = True
            for a in alternatives:
                a = resolve(a, cls)
                origin = typing.get_origin(a)
                if origin in (list, ListObject, UntypedStripeObject):
                    todo.extend(typing.get_args(a))
                elif isinstance(a, type) and issubclass(a, StripeObject):
                    classes.append(a)
        yield name, classes, expandable


def param_fields(cls: type) -> Iterator[tuple[str, list[type]]]:
    """(parameter, TypedDict classes it can hold) for each parameter of a params class."""
    from stripe._request_options import RequestOptions

    for name, raw in cls.__annotations__.items():
        if name in RequestOptions.__annotations__:
            continue
        classes: list[type] = []
        todo = [resolve(raw, cls)]
        while todo:
            tp = resolve(todo.pop(), cls)
            for a in _args(tp):
                a = resolve(a, cls)
                if typing.get_origin(a) in (
                    list,
                    dict,
                    typing_extensions.NotRequired,
                    typing_extensions.Required,
                ):
                    todo.extend(typing.get_args(a))
                elif isinstance(a, type) and typing_extensions.is_typeddict(a):
                    classes.append(a)
        yield name, classes
