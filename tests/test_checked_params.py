"""gateway.validation.checked_params: validate() then encode() in one walk, the same answer.

Every request of the validation and encoding tables goes through both paths: the same
refusal (field and description), or the same parameters in the same order.
"""

from __future__ import annotations

from typing import Any

import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2 as r
from google.protobuf.message import Message

from gateway.encoding import encode
from gateway.exceptions import InvalidRequest
from gateway.validation import checked_params, validate
from gateway.wire import Undecodable
from tests.test_encoding import ENCODING
from tests.test_validation import PASSES, REFUSED

GOOD_ID = "cs_test_a1B2c3"

MORE: list[tuple[str, Any]] = [
    ("the bench's create", lambda: _bench_create()),
    ("the bench's update", lambda: r.UpdateCheckoutSessionRequest(id=GOOD_ID, metadata={"b": "1"})),
    ("get with expand", lambda: r.GetCheckoutSessionRequest(id=GOOD_ID, expand=["line_items"])),
    ("bad id and bad field", lambda: r.UpdateCheckoutSessionRequest(id="x", metadata={"": "v"})),
    ("two bad line items", lambda: _two_bad_line_items()),
    ("bad enum", lambda: r.CreateCheckoutSessionRequest(mode=99)),  # type: ignore[arg-type]
]


def _bench_create() -> Message:
    create = r.CreateCheckoutSessionRequest
    return create(
        mode=create.MODE_PAYMENT,
        success_url="https://example.com/ok",
        line_items=[create.LineItem(price="price_1", quantity=2)],
        metadata={"order_id": "6735"},
    )


def _two_bad_line_items() -> Message:
    item = r.CreateCheckoutSessionRequest.LineItem
    return r.CreateCheckoutSessionRequest(
        success_url="https://x/ok",
        line_items=[item(price="p\x00"), item(price="ok", tax_rates=["t\x00"])],
        metadata={"k": "v"},
    )


CASES = (
    [(name, build) for name, build, _, _ in REFUSED]
    + PASSES
    + [(name, build) for name, build, _ in ENCODING]
    + MORE
)


def _separately(request: Any) -> Any:
    try:
        validate(request)
        return encode(request)
    except (InvalidRequest, ValueError) as exc:
        return type(exc), str(exc), getattr(exc, "field", None)


def _at_once(request: Any) -> Any:
    try:
        return checked_params(request)
    except (InvalidRequest, ValueError) as exc:
        return type(exc), str(exc), getattr(exc, "field", None)


@pytest.mark.parametrize("build", [pytest.param(b, id=name) for name, b in CASES])
def test_the_same_as_validate_then_encode(build: Any) -> None:
    assert _at_once(build()) == _separately(build())


def test_undecodable_is_refused_as_validate_refuses_it() -> None:
    request = Undecodable(r.CreateCheckoutSessionRequest)
    assert _at_once(request) == _separately(request)


def test_a_catch_all_is_refused_after_every_check() -> None:
    """No request message has a catch-all today: a response message stands in for one, an
    item's catch-all (field 2's) before a field that validation refuses (4): the refusal wins."""
    page = r.ListCheckoutSessionsResponse(url="/v1/x\x00")
    page.unmodeled_fields.update({"extra": 1})
    page.data.add(id="cs_1", unmodeled_fields={"more": 2})
    assert _at_once(page) == _separately(page)
    assert _at_once(page)[1:] == ("must not contain NUL characters", "url")
    page.url = "/v1/x"
    assert _at_once(page) == _separately(page)
    assert _at_once(page)[0] is ValueError
