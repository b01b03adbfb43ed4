"""Property-based tests: any request to any RPC, over a real socket, through the gateway.

Requests are generated from the request messages' descriptors (scalars at their limits, any
text up to 1 MB, doubles with nan and inf, enums with unknown numbers, repeated fields, maps,
sub-messages, presence), half of them on top of a request the emulator accepts, so they also
get past the first check. Whatever comes in, the gateway either refuses it with
INVALID_ARGUMENT naming a field of the request, or makes a well-formed Stripe call (only
parameters stripe-python's typed params know) and answers OK or a mapped Stripe error. It
never answers INTERNAL or UNKNOWN and never dies.

The stack (emulator and gateway) is shared by the module and runs in its own event loop, so
hypothesis drives plain functions; each example clears the emulator's recorded requests.
"""

from __future__ import annotations

import ast
import asyncio
import re
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import grpc
import pytest
import typing_extensions
from checkout_gateway.v1 import checkout_session_requests_pb2 as r
from google.protobuf import message_factory
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message
from google.rpc import error_details_pb2, status_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st
from stripe._stripe_object import UntypedStripeObject

from gateway.config import DEFAULT_STRIPE_VERSION
from stripe_emulator import SEED_PRICES
from stripe_emulator.forms import parse_form
from tests import protos
from tests.conftest import Stack, start_stack, stop_stack
from tests.stripe_model import PARAMS, resolve
from tests.test_gateway_rpcs import create_request

# gRPC's default limit on a received message; a larger request never reaches the gateway.
MAX_REQUEST_BYTES = 4 * 1024 * 1024 - 4096
MAX_DEPTH = 5
FIELDS_AT_DEPTH = (6, 4, 3, 2, 2, 1)

# --- strategies, from the descriptors -----------------------------------------------------

INT_LIMITS = {
    FieldDescriptor.TYPE_INT32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_SINT32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_SFIXED32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_INT64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_SINT64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_SFIXED64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_UINT32: (0, 2**32 - 1),
    FieldDescriptor.TYPE_FIXED32: (0, 2**32 - 1),
    FieldDescriptor.TYPE_UINT64: (0, 2**64 - 1),
    FieldDescriptor.TYPE_FIXED64: (0, 2**64 - 1),
}

# Text that means something to bracket syntax, URLs, forms, headers or terminals.
TRICKY_TEXT = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "[",
    "]",
    "a[b]",
    "[]",
    "a]b[",
    "%",
    "%00",
    "%5B",
    "&",
    "=",
    "a=b&c=d",
    "+",
    "#",
    "?",
    "/",
    "..",
    "\r\n",
    "\t",
    "\x7f",
    "\u0085",
    "\u2028",
    "\u202e",
    "\ufeff",
    "é",
    "日本語",
    "\U0001f600",
    "\U0010ffff",
    "usd",
    "price_1EmuTshirt0000000000000",
    "https://example.com/ok",
]


def _long_text(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


# Lone surrogates cannot be in a proto string (they are not UTF-8): everything else can.
TEXT = st.one_of(
    st.sampled_from(TRICKY_TEXT),
    st.text(max_size=30),
    st.text(st.characters(codec="ascii"), max_size=30),
    st.builds(
        _long_text,
        st.text(min_size=1, max_size=3),
        st.sampled_from([200, 255, 256, 500, 501, 4999, 5000, 5001, 100_000, 1_000_000]),
    ),
)
SESSION_IDS: list[str] = []  # filled by the module fixture, before any example runs
# Hints for fields whose meaningful values random text would never hit.
ID_TEXT = st.one_of(
    st.integers(0, 7).map(lambda i: SESSION_IDS[i % len(SESSION_IDS)] if SESSION_IDS else "cs_1"),
    st.from_regex(r"cs_[A-Za-z0-9_]{1,300}", fullmatch=True),
    TEXT,
)
HINTS: dict[str, st.SearchStrategy[Any]] = {
    "id": ID_TEXT,
    "starting_after": ID_TEXT,
    "ending_before": ID_TEXT,
    "price": st.sampled_from(list(SEED_PRICES)),
    "currency": st.sampled_from(["usd", "eur", "USD", "xx"]),
    "success_url": st.just("https://example.com/ok"),
    "expand": st.sampled_from(["line_items", "line_items.data.price.product", "customer", "a..b"]),
}


def scalar_strategy(field: FieldDescriptor) -> st.SearchStrategy[Any]:
    kind = field.type
    if field.enum_type is not None:
        known = [v.number for v in field.enum_type.values]
        return st.one_of(st.sampled_from(known), st.integers(-(2**31), 2**31 - 1))
    if kind in INT_LIMITS:
        low, high = INT_LIMITS[kind]
        return st.one_of(st.sampled_from([low, high, 0, -1, 1]), st.integers(low, high))
    if kind == FieldDescriptor.TYPE_DOUBLE:
        extremes = [0.0, -0.0, 5e-324, 1e-7, 1.7976931348623157e308, -1e308, 100.0, 100.00001]
        return st.one_of(st.sampled_from(extremes), st.floats())
    if kind == FieldDescriptor.TYPE_FLOAT:
        return st.floats(width=32)
    if kind == FieldDescriptor.TYPE_BOOL:
        return st.booleans()
    if kind == FieldDescriptor.TYPE_BYTES:
        return st.binary(max_size=64)
    assert kind == FieldDescriptor.TYPE_STRING, field.full_name
    hint = HINTS.get(field.name)
    return TEXT if hint is None else st.one_of(hint, TEXT)


def _is_map(field: FieldDescriptor) -> bool:
    return field.message_type is not None and field.message_type.GetOptions().map_entry


_MESSAGES: dict[tuple[str, int], st.SearchStrategy[Message]] = {}


def message_strategy(cls: type[Message], depth: int = 0) -> st.SearchStrategy[Message]:
    """Messages of `cls` with any few of its fields set, nested to MAX_DEPTH."""
    key = (protos.descriptor(cls).full_name, depth)
    if key not in _MESSAGES:
        _MESSAGES[key] = st.composite(lambda draw: _draw_message(draw, cls, depth))()
    return _MESSAGES[key]


def _sub(descriptor: Descriptor, depth: int) -> st.SearchStrategy[Message]:
    cls = message_factory.GetMessageClass(descriptor)
    return st.just(cls()) if depth >= MAX_DEPTH else message_strategy(cls, depth + 1)


def _draw_message(draw: Callable[..., Any], cls: type[Message], depth: int) -> Message:
    message = cls()
    fields = list(cls.DESCRIPTOR.fields)
    if not fields:
        return message
    chosen = draw(st.lists(st.sampled_from(fields), max_size=FIELDS_AT_DEPTH[depth], unique_by=id))
    for field in chosen:
        _set(draw, message, field, depth)
    return message


def _set(draw: Callable[..., Any], message: Message, field: FieldDescriptor, depth: int) -> None:
    name = field.name
    if _is_map(field):
        assert field.message_type is not None  # a map's entry type
        value_field = field.message_type.fields_by_name["value"]
        entries = getattr(message, name)
        keys = draw(st.lists(st.one_of(st.sampled_from(TRICKY_TEXT), TEXT), max_size=4))
        for key in keys:
            if value_field.message_type is not None:
                entries[key].CopyFrom(draw(_sub(value_field.message_type, depth)))
            else:
                entries[key] = draw(scalar_strategy(value_field))
        return
    if field.message_type is not None:
        if field.is_repeated:
            for item in draw(st.lists(_sub(field.message_type, depth), max_size=3)):
                getattr(message, name).add().CopyFrom(item)
        else:
            # Present even when empty: an empty sub-message is a case of its own.
            getattr(message, name).CopyFrom(draw(_sub(field.message_type, depth)))
        return
    if field.is_repeated:
        getattr(message, name).extend(draw(st.lists(scalar_strategy(field), max_size=4)))
        return
    setattr(message, name, draw(scalar_strategy(field)))


def _based_on(base: Callable[[], Message], cls: type[Message]) -> st.SearchStrategy[Message]:
    def merge(extra: Message) -> Message:
        message = base()
        message.MergeFrom(extra)
        return message

    return message_strategy(cls).map(merge)


def _with_id(cls: type[Message]) -> Callable[[], Message]:
    return lambda: cls(id=SESSION_IDS[0])


HEADER_TEXT = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1)
HEADERS = st.lists(
    st.one_of(
        st.tuples(st.just("idempotency-key"), HEADER_TEXT),
        st.tuples(
            st.just("stripe-account"),
            st.one_of(HEADER_TEXT, st.from_regex(r"acct_[A-Za-z0-9]{1,20}", fullmatch=True)),
        ),
        st.tuples(st.just("stripe-context"), HEADER_TEXT),
        st.tuples(
            st.just("stripe-version"), st.one_of(HEADER_TEXT, st.just(DEFAULT_STRIPE_VERSION))
        ),
    ),
    max_size=2,
    unique_by=lambda pair: pair[0],
)

# --- the RPCs and the Stripe parameters each may send -----------------------------------


@dataclass(frozen=True)
class Rpc:
    name: str
    request: type[Message]
    base: Callable[[], Message]
    stream: bool = False

    @property
    def params(self) -> type:
        """stripe-python's TypedDict for the call's parameters."""
        return PARAMS[self.request.DESCRIPTOR.name]


RPCS = [
    Rpc(
        "CreateCheckoutSession",
        r.CreateCheckoutSessionRequest,
        create_request,
    ),
    Rpc(
        "GetCheckoutSession",
        r.GetCheckoutSessionRequest,
        _with_id(r.GetCheckoutSessionRequest),
    ),
    Rpc(
        "UpdateCheckoutSession",
        r.UpdateCheckoutSessionRequest,
        _with_id(r.UpdateCheckoutSessionRequest),
    ),
    Rpc(
        "ExpireCheckoutSession",
        r.ExpireCheckoutSessionRequest,
        _with_id(r.ExpireCheckoutSessionRequest),
    ),
    Rpc(
        "ListCheckoutSessions",
        r.ListCheckoutSessionsRequest,
        r.ListCheckoutSessionsRequest,
    ),
    Rpc(
        "ListCheckoutSessionLineItems",
        r.ListCheckoutSessionLineItemsRequest,
        _with_id(r.ListCheckoutSessionLineItemsRequest),
    ),
    Rpc(
        "StreamCheckoutSessions",
        r.StreamCheckoutSessionsRequest,
        r.StreamCheckoutSessionsRequest,
        stream=True,
    ),
    Rpc(
        "StreamCheckoutSessionLineItems",
        r.StreamCheckoutSessionLineItemsRequest,
        _with_id(r.StreamCheckoutSessionLineItemsRequest),
        stream=True,
    ),
]


def requests_for(rpc: Rpc) -> st.SearchStrategy[Message]:
    return st.one_of(message_strategy(rpc.request), _based_on(rpc.base, rpc.request))


def unknown_params(value: Any, tp: Any, owner: type, path: str) -> list[str]:
    """Where `value` (a parsed form) has a key that stripe-python's type `tp` does not."""
    tp = resolve(tp, owner)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing_extensions.NotRequired, typing_extensions.Required):
        return unknown_params(value, args[0], owner, path)
    if origin in (typing.Union, types.UnionType):
        found = [unknown_params(value, a, owner, path) for a in args]
        return [] if any(not f for f in found) else min(found, key=len)
    if origin is list:
        if isinstance(value, dict) and not value:
            return []
        if not isinstance(value, list):
            return [f"{path}: not a list"]
        return [
            e
            for i, v in enumerate(value)
            for e in unknown_params(v, args[0], owner, f"{path}[{i}]")
        ]
    if origin in (dict, UntypedStripeObject):
        if isinstance(value, list):  # keys that were all digits
            value = {str(i): v for i, v in enumerate(value)}
        if not isinstance(value, dict):
            return [f"{path}: not a map"]
        return [
            e for k, v in value.items() for e in unknown_params(v, args[-1], owner, f"{path}[{k}]")
        ]
    if isinstance(tp, type) and typing_extensions.is_typeddict(tp):
        if not isinstance(value, dict):
            return [f"{path}: not an object"]
        known = tp.__annotations__
        out = []
        for key, item in value.items():
            where = f"{path}[{key}]" if path else key
            if key not in known:
                out.append(f"{where}: unknown parameter")
            else:
                out += unknown_params(item, known[key], tp, where)
        return out
    # Literal, str, int, bool, Decimal, float: one value.
    return [] if isinstance(value, str) else [f"{path}: not a single value"]


def field_exists(request: Message, path: str) -> bool:
    """Whether a BadRequest field path (`line_items[0].metadata['k']`) names a request field."""
    if path.startswith("metadata:"):
        return path.removeprefix("metadata:") in {
            "idempotency-key",
            "stripe-account",
            "stripe-context",
            "stripe-version",
        }
    node: Any = request
    token = re.compile(
        r"""(?:^|\.)([a-z0-9_]+)|\[(\d+)\]|\[('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\]"""
    )
    pos = 0
    while pos < len(path):
        m = token.match(path, pos)
        if m is None:
            return False
        name, index, key = m.groups()
        try:
            if name is not None:
                if not isinstance(node, Message) or name not in node.DESCRIPTOR.fields_by_name:
                    return False
                node = getattr(node, name)
            elif index is not None:
                node = node[int(index)]
            else:
                node = node[ast.literal_eval(key)]
        except (IndexError, KeyError, TypeError, ValueError, SyntaxError):
            return False
        pos = m.end()
    return True


# --- the stack, in an event loop of its own ------------------------------------------------


@dataclass
class Harness:
    runner: asyncio.Runner
    stack: Stack

    def run(self, coro: Any) -> Any:
        return self.runner.run(coro)


@pytest.fixture(scope="module")
def harness() -> Iterator[Harness]:
    runner = asyncio.Runner(loop_factory=asyncio.new_event_loop)
    stack: Stack = runner.run(start_stack(seed=5))
    harness = Harness(runner, stack)

    async def sessions() -> None:
        items = [{"price": p, "quantity": 1} for p in list(SEED_PRICES)[:2]]
        for _ in range(3):
            created = await stack.stub.CreateCheckoutSession(create_request(line_items=items))
            SESSION_IDS.append(created.id)
        SESSION_IDS.extend(list(stack.emulator.store.sessions)[:5])

    try:
        harness.run(sessions())
        yield harness
        harness.run(_healthy(stack))  # still serving after everything
    finally:
        runner.run(stop_stack(stack))
        runner.close()
        SESSION_IDS.clear()


async def _healthy(stack: Stack) -> None:
    answer = await health_pb2_grpc.HealthStub(stack.channel).Check(
        health_pb2.HealthCheckRequest(), timeout=10
    )
    assert answer.status == health_pb2.HealthCheckResponse.SERVING


@dataclass
class Outcome:
    code: grpc.StatusCode
    details: str
    status: Any  # google.rpc.Status, or None on OK
    received: int


async def call(stack: Stack, rpc: Rpc, request: Message, metadata: Any) -> Outcome:
    method = getattr(stack.stub, rpc.name)
    received = 0
    try:
        if rpc.stream:
            async for _ in method(request, metadata=metadata, timeout=20):
                received += 1
        else:
            await method(request, metadata=metadata, timeout=20)
            received = 1
    except grpc.aio.AioRpcError as err:
        raw = dict(err.trailing_metadata() or ()).get("grpc-status-details-bin")
        status = status_pb2.Status.FromString(raw) if raw else None
        return Outcome(err.code(), err.details() or "", status, received)
    return Outcome(grpc.StatusCode.OK, "", None, received)


def unpack(status: Any, kind: Any) -> Any:
    for any_ in status.details if status is not None else ():
        if any_.Is(kind.DESCRIPTOR):
            message = kind()
            any_.Unpack(message)
            return message
    return None


def check(harness: Harness, rpc: Rpc, request: Message, metadata: Any) -> None:
    assume(request.ByteSize() < MAX_REQUEST_BYTES)
    stack = harness.stack
    stack.emulator.requests.clear()
    outcome = harness.run(call(stack, rpc, request, metadata))
    sent = list(stack.emulator.requests)
    what = f"{rpc.name} -> {outcome.code.name}: {outcome.details[:300]}"
    assert TOO_BIG not in outcome.details, what  # a status too big for gRPC's trailers
    assert outcome.code not in (grpc.StatusCode.INTERNAL, grpc.StatusCode.UNKNOWN), what
    info = unpack(outcome.status, error_details_pb2.ErrorInfo)
    event(f"{outcome.code.name} {info.domain if info else ''} {info.reason if info else ''}")
    if outcome.code != grpc.StatusCode.OK:
        assert info is not None, what
    if info is not None and info.domain == "checkout-gateway":
        # Refused by the gateway itself: before any call, naming a field of the request.
        assert outcome.code == grpc.StatusCode.INVALID_ARGUMENT, what
        assert info.reason == "INVALID_ARGUMENT", what
        violation = unpack(outcome.status, error_details_pb2.BadRequest).field_violations[0]
        assert field_exists(request, violation.field), (violation.field, what)
        assert violation.description, what
        assert sent == [], what
        return
    # Otherwise the gateway called Stripe, with parameters Stripe knows.
    assert sent, what
    for upstream in sent:
        assert upstream.path.startswith("/v1/checkout/sessions"), upstream.path
        query = upstream.path.partition("?")[2]
        params = parse_form(query) if upstream.method == "GET" else parse_form(upstream.body)
        assert unknown_params(params, rpc.params, rpc.params, "") == [], (upstream.path, what)
    if info is not None:
        assert info.domain == "stripe.com", what
        assert info.reason != "PARAMETER_UNKNOWN", what
        assert "Received unknown parameter" not in outcome.details, what
        assert "Unrecognized request URL" not in outcome.details, what


# The client's words when a status's trailers exceed its metadata limit (8 KiB soft, 16 hard).
TOO_BIG = "received metadata size exceeds"

PROPERTY_SETTINGS = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)


@pytest.mark.parametrize("rpc", RPCS, ids=[rpc.name for rpc in RPCS])
def test_any_request_is_refused_by_field_or_sent_well_formed(harness: Harness, rpc: Rpc) -> None:
    @PROPERTY_SETTINGS
    @given(request=requests_for(rpc), metadata=HEADERS)
    def prop(request: Message, metadata: list[tuple[str, str]]) -> None:
        check(harness, rpc, request, metadata)

    prop()


# --- the checker checks ------------------------------------------------------------------


def test_unknown_params_finds_unknown_keys_at_any_depth() -> None:
    create = PARAMS["CreateCheckoutSessionRequest"]
    good = parse_form(
        "mode=payment&line_items[0][price_data][product_data][name]=x&metadata[a]=1"
        "&shipping_options[0][shipping_rate_data][fixed_amount][currency_options][usd][amount]=1"
        "&expand[0]=line_items"
    )
    assert unknown_params(good, create, create, "") == []
    bad = parse_form("line_items[0][price_data][nope]=1&bogus=2")
    assert unknown_params(bad, create, create, "") == [
        "line_items[0][price_data][nope]: unknown parameter",
        "bogus: unknown parameter",
    ]


def test_field_exists_follows_the_request() -> None:
    request = create_request(metadata={"k'\"": "v"})
    assert field_exists(request, "line_items[0].price")
    assert field_exists(request, f"metadata[{'k' + chr(39) + chr(34)!r}]")
    assert field_exists(request, "metadata:idempotency-key")
    assert not field_exists(request, "line_items[1].price")
    assert not field_exists(request, "nope")


def test_strategies_reach_every_field_kind() -> None:
    """The generator is not vacuous: deep, present-but-empty, unknown enums, big text."""
    seen: set[str] = set()

    @settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
    @given(message_strategy(r.CreateCheckoutSessionRequest))
    def collect(message: Message) -> None:
        def walk(m: Message, depth: int) -> None:
            for field, value in m.ListFields():
                if field.message_type is not None and not _is_map(field):
                    seen.add(f"depth{depth + 1}")
                    for sub in value if field.is_repeated else [value]:
                        walk(sub, depth + 1)
                elif field.enum_type is not None:
                    numbers = {v.number for v in field.enum_type.values}
                    for v in value if field.is_repeated else [value]:
                        seen.add("known enum" if v in numbers else "unknown enum")
                elif isinstance(value, str) and len(value) > 5000:
                    seen.add("long text")
                elif isinstance(value, float) and value != value:
                    seen.add("nan")
                elif _is_map(field):
                    seen.add("map")

        walk(message, 0)

    collect()
    assert {"depth1", "depth3", "known enum", "unknown enum", "map"} <= seen, seen


def test_long_stripe_message_fits_in_the_status(harness: Harness) -> None:
    price = "日" * 4999  # valid as far as the gateway knows: Stripe answers "No such price: '…'"
    request = create_request(line_items=[{"price": price, "quantity": 1}])
    outcome = harness.run(call(harness.stack, RPCS[0], request, ()))
    assert outcome.code == grpc.StatusCode.NOT_FOUND, outcome.details[:200]
