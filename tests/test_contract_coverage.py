"""Every field of stripe-python 16.1.0's Checkout Session and line item, and every parameter
of the Checkout Session calls, has a typed field in the contract."""

from __future__ import annotations

import stripe
import stripe.checkout
from checkout_gateway.v1 import (
    checkout_session_pb2,
    checkout_session_requests_pb2,
    checkout_session_service_pb2,
    events_pb2,
    line_item_pb2,
)
from google.protobuf.descriptor import Descriptor

from tests import protos
from tests.stripe_model import PARAMS, object_fields, param_fields

requests = checkout_session_requests_pb2


def _missing_object_fields(cls: type, message: Descriptor) -> tuple[list[str], int]:
    missing: list[str] = []
    seen: set[tuple[type, str]] = set()
    visited = 0

    def walk(cls: type, message: Descriptor, path: str) -> None:
        nonlocal visited
        if (cls, message.full_name) in seen:
            return
        seen.add((cls, message.full_name))
        visited += 1
        for name, classes, expandable in object_fields(cls):
            field = message.fields_by_name.get(name)
            if field is None:
                missing.append(f"{path}{name}")
                continue
            target = field.message_type
            if target is None or not classes:
                continue
            if target.GetOptions().map_entry:
                target = target.fields_by_name["value"].message_type
                assert target is not None  # a map of objects
            if target.full_name.endswith("List"):  # a list object: its items
                target = target.fields_by_name["data"].message_type
                assert target is not None
            # A reference message (id only) is the contract's choice for an expandable
            # object it does not model; anything it does model is walked.
            if expandable and set(target.fields_by_name) <= {"id", "object", "unmodeled_fields"}:
                continue
            for c in classes:
                walk(c, target, f"{path}{name}.")

    walk(cls, message, "")
    return missing, visited


def test_every_checkout_session_field_is_in_the_contract() -> None:
    missing, visited = _missing_object_fields(
        stripe.checkout.Session, protos.descriptor(checkout_session_pb2.CheckoutSession)
    )
    assert missing == []
    assert visited > 118  # the walk really went through the nested types


def test_every_line_item_field_is_in_the_contract() -> None:
    missing, visited = _missing_object_fields(
        stripe.LineItem, protos.descriptor(line_item_pb2.LineItem)
    )
    assert missing == []
    assert visited > 5


def _missing_params(cls: type, message: Descriptor, path: str = "") -> list[str]:
    missing: list[str] = []
    for name, classes in param_fields(cls):
        field = message.fields_by_name.get(name)
        if field is None:
            missing.append(f"{path}{name}")
            continue
        for c in classes:
            target = field.message_type
            assert target is not None  # a parameter with object classes is a message
            if target.GetOptions().map_entry:
                target = target.fields_by_name["value"].message_type
                assert target is not None
            missing += _missing_params(c, target, f"{path}{name}.")
    return missing


def test_every_create_parameter_is_in_the_contract() -> None:
    params = PARAMS["CreateCheckoutSessionRequest"]
    assert len(list(param_fields(params))) >= 51
    assert _missing_params(params, protos.descriptor(requests.CreateCheckoutSessionRequest)) == []


def test_every_update_parameter_is_in_the_contract() -> None:
    params = PARAMS["UpdateCheckoutSessionRequest"]
    assert len(list(param_fields(params))) == 6
    assert _missing_params(params, protos.descriptor(requests.UpdateCheckoutSessionRequest)) == []


def test_every_list_parameter_is_in_the_contract() -> None:
    params = PARAMS["ListCheckoutSessionsRequest"]
    assert len(list(param_fields(params))) == 12
    assert _missing_params(params, protos.descriptor(requests.ListCheckoutSessionsRequest)) == []


def test_every_list_filter_and_cursor_is_in_the_stream_request() -> None:
    params = PARAMS["ListCheckoutSessionsRequest"]
    missing = _missing_params(params, protos.descriptor(requests.StreamCheckoutSessionsRequest))
    assert missing == ["limit"]  # page size is the gateway's business on streams


def test_every_list_line_items_parameter_is_in_the_contract() -> None:
    params = PARAMS["ListCheckoutSessionLineItemsRequest"]
    assert len(list(param_fields(params))) == 4
    descriptor = protos.descriptor(requests.ListCheckoutSessionLineItemsRequest)
    assert _missing_params(params, descriptor) == []
    stream = protos.descriptor(requests.StreamCheckoutSessionLineItemsRequest)
    assert _missing_params(params, stream) == ["limit"]


def test_retrieve_and_expire_take_expand() -> None:
    for params, message in [
        (PARAMS["GetCheckoutSessionRequest"], requests.GetCheckoutSessionRequest),
        (PARAMS["ExpireCheckoutSessionRequest"], requests.ExpireCheckoutSessionRequest),
    ]:
        assert _missing_params(params, protos.descriptor(message)) == []
        assert "expand" in message.DESCRIPTOR.fields_by_name


def test_every_rpc_request_has_its_stripe_parameters_named() -> None:
    service = checkout_session_service_pb2.DESCRIPTOR.services_by_name["CheckoutSessionService"]
    assert {m.input_type.name for m in service.methods} == set(PARAMS)


# stripe-python's GET /v1/events parameter -> the StreamCheckoutSessionEventsRequest field that
# carries it, or None with why the stream takes none.
EVENT_LIST_PARAMS: dict[str, str | None] = {
    "created": "created",
    "type": "types",  # no types: the gateway sends type=checkout.session.*
    "types": "types",
    "starting_after": "starting_after_event",  # Stripe's list is newest first: see the RPC
    "ending_before": None,  # the stream runs oldest first from its one cursor
    "limit": None,  # the stream pages itself
    "expand": None,  # an event's data.object is never expandable
    "delivery_success": None,  # about deliveries to webhook endpoints, not the events
}


def test_every_event_list_parameter_is_carried_or_left_out_on_purpose() -> None:
    params = {name for name, _ in param_fields(PARAMS["StreamCheckoutSessionEventsRequest"])}
    assert params == set(EVENT_LIST_PARAMS)
    fields = events_pb2.StreamCheckoutSessionEventsRequest.DESCRIPTOR.fields_by_name
    for field in EVENT_LIST_PARAMS.values():
        assert field is None or field in fields
