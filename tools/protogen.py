"""Derive the contract's object and request messages from stripe-python's typed model.

Usage: python tools/protogen.py [--out DIR]   (`make proto` runs it, then codegen.py)

stripe-python declares every field of every object and every parameter of every call, with
types, nullability and docs; it is the freshest machine-readable description of the API we
can pin (constraints.txt). This script walks it and writes the `.proto` files listed in
FILES below; `service.proto` and `options.proto` are written by hand. Field and enum value
numbers already present in the output files are kept, removed ones are reserved, and new
ones are appended, so rerunning it after a Stripe release is a reviewable, wire-compatible
diff.
"""

from __future__ import annotations

import argparse
import ast
import decimal
import re
import sys
import textwrap
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import stripe
import stripe.checkout
import typing_extensions
from stripe._list_object import ListObject
from stripe._request_options import RequestOptions
from stripe._stripe_object import StripeObject, UntypedStripeObject
from stripe.params.checkout import (
    _session_create_params,
    _session_expire_params,
    _session_list_line_items_params,
    _session_list_params,
    _session_retrieve_params,
    _session_update_params,
)

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "checkout_gateway.v1"
PROTO_DIR = Path("checkout_gateway/v1")
CATCH_ALL = "unmodeled_fields"
CATCH_ALL_NUMBER = 999
STRUCT = "google.protobuf.Struct"

# Objects typed field by field: class -> (message name, file). Price and Product refer to
# each other, so they share a file (proto imports cannot form a cycle).
MODELLED: dict[type, tuple[str, str]] = {
    stripe.checkout.Session: ("CheckoutSession", "checkout_session.proto"),
    stripe.LineItem: ("LineItem", "line_item.proto"),
    stripe.Price: ("Price", "price.proto"),
    stripe.Product: ("Product", "price.proto"),
    stripe.TaxRate: ("TaxRate", "tax_rate.proto"),
    stripe.Discount: ("Discount", "discount.proto"),
}
# Any other object the model refers to gets a reference message (id, object, catch-all).
REFERENCES_FILE = "references.proto"
REQUESTS_FILE = "checkout_session_requests.proto"

FILE_DOCS = {
    "checkout_session.proto": "The Checkout Session object.",
    "line_item.proto": "A Checkout Session's line item, and a page of them.",
    "price.proto": "Prices and products: what a line item's `price` holds and expands to.",
    "tax_rate.proto": "Tax rates, as applied to line items and totals.",
    "discount.proto": "Discounts, as applied to line items and totals.",
    REFERENCES_FILE: (
        "Stripe objects this contract refers to without modelling them field by field.\n"
        "Each carries its `id`; when expanded, `object` and the rest of the object in\n"
        "`unmodeled_fields`."
    ),
    REQUESTS_FILE: "Requests and list responses of CheckoutSessionService.",
}

OBJECT_CONVENTIONS = """\
Conventions of the object messages, which mirror Stripe's JSON:
- Field names are Stripe's JSON keys. `optional` scalars and message fields are unset
  where Stripe returns null.
- Amounts are int64 in the currency's minor unit (cents for USD). Timestamps are int64
  Unix seconds. Decimal amounts stay strings, as Stripe sends them.
- Enums: `*_UNSPECIFIED` marks a value newer than this contract; Stripe's string (or, in a
  list, the whole list of strings) is then kept in the message's `unmodeled_fields` under
  the field's name.
- Expandable fields are messages: only `id` is set unless the request asked to `expand`
  the field, when the whole object is there.
- `unmodeled_fields` holds every JSON key this contract does not model yet (and `null` for
  list or map fields, which proto3 cannot tell from empty), so nothing Stripe sends is lost."""

REQUEST_CONVENTIONS = """\
Conventions of the request messages, which mirror Stripe's parameters:
- Field names are Stripe's parameter names. A parameter is sent to Stripe only when set:
  `optional` scalars and message fields when present, lists and maps when not empty.
- A parameter that Stripe lets you unset with an empty value: for strings, set "";
  otherwise set its `clear_<name>` companion to true (never together with the parameter).
- Fields marked [(required) = true] are required by Stripe whenever their message is sent;
  the gateway rejects a request that lacks one with INVALID_ARGUMENT naming it.
- Enum `*_UNSPECIFIED` means not set."""


# --- The intermediate model ---------------------------------------------------------------


@dataclass(eq=False)
class EnumDef:
    name: str
    values: list[str]  # Stripe's strings, sorted
    doc: str
    parent: MessageDef
    response: bool
    snake: str  # the name in lower snake case, whose upper case prefixes the values


@dataclass(eq=False)
class FieldDef:
    name: str
    kind: str  # "scalar" | "message" | "enum" | "map"
    scalar: str = ""  # proto scalar type, for "scalar" (and "map" of scalars)
    target: MessageDef | EnumDef | None = None  # for "message"/"enum" (and "map" of messages)
    label: str = ""  # "" | "optional" | "repeated"
    doc: str = ""
    required: bool = False
    expandable: bool = False
    number: int = 0


@dataclass(eq=False)
class MessageDef:
    name: str
    doc: str
    file: str
    parent: MessageDef | None = None
    fields: list[FieldDef] = field(default_factory=list)
    messages: list[MessageDef] = field(default_factory=list)
    enums: list[EnumDef] = field(default_factory=list)
    catch_all: bool = False
    reserved_numbers: list[int] = field(default_factory=list)
    reserved_names: list[str] = field(default_factory=list)

    @property
    def path(self) -> list[str]:
        return [*self.parent.path, self.name] if self.parent else [self.name]

    @property
    def top(self) -> MessageDef:
        return self.parent.top if self.parent else self

    def child_names(self) -> set[str]:
        return {m.name for m in self.messages} | {e.name for e in self.enums}


# --- Reading stripe-python ------------------------------------------------------------------

NAMESPACE: dict[str, object] = {
    **vars(typing),
    **vars(stripe),
    "Decimal": decimal.Decimal,
    "UntypedStripeObject": UntypedStripeObject,
    "ListObject": ListObject,
    # Aliases stripe/checkout/_session.py imports under TYPE_CHECKING.
    "TaxIdResource": stripe.TaxId,
    "DiscountResource": stripe.Discount,
}


class _Names(dict[str, object]):
    """A module's names, then ours, then stripe's (which it imports lazily)."""

    def __missing__(self, key: str) -> object:
        try:
            return getattr(stripe, key)
        except AttributeError:
            raise KeyError(key) from None


def resolve(tp: object, module: types.ModuleType) -> object:
    """Evaluate forward references (strings) against stripe's namespace, recursively."""
    if isinstance(tp, str):
        return resolve(eval(tp, {}, _Names({**NAMESPACE, **vars(module)})), module)
    if isinstance(tp, typing.ForwardRef):
        return resolve(tp.__forward_arg__, module)
    return tp


def union_args(tp: object) -> tuple[object, ...] | None:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return typing.get_args(tp)
    return None


_DOCS: dict[str, dict[str, dict[str, str]]] = {}  # module file -> class qualname -> field -> doc


def docs_of(cls: type) -> dict[str, str]:
    """Field docstrings (the string literal after each annotation), read from the source."""
    path = sys.modules[cls.__module__].__file__
    assert path
    if path not in _DOCS:
        table: dict[str, dict[str, str]] = {}

        def walk(body: list[ast.stmt], prefix: str) -> None:
            for node in body:
                if isinstance(node, ast.ClassDef):
                    qual = f"{prefix}{node.name}"
                    fields: dict[str, str] = {"": ast.get_docstring(node) or ""}
                    for a, b in zip(node.body, [*node.body[1:], None], strict=True):
                        if (
                            isinstance(a, ast.AnnAssign)
                            and isinstance(a.target, ast.Name)
                            and isinstance(b, ast.Expr)
                            and isinstance(b.value, ast.Constant)
                            and isinstance(b.value.value, str)
                        ):
                            fields[a.target.id] = b.value.value
                    table[qual] = fields
                    walk(node.body, qual + ".")

        walk(ast.parse(Path(path).read_text()).body, "")
        _DOCS[path] = table
    return _DOCS[path].get(cls.__qualname__, {})


def clean_doc(text: str) -> str:
    """First paragraph of a Stripe docstring, markdown links reduced to their text."""
    text = textwrap.dedent(text).strip().split("\n\n")[0]
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    return " ".join(text.split())


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\W]+", name) if part)


def upper_snake(text: str) -> str:
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").upper()


# --- Building messages --------------------------------------------------------------------


class Builder:
    def __init__(self) -> None:
        self.top: list[MessageDef] = []
        self.objects: dict[type, MessageDef] = {}
        self.params: dict[type, MessageDef] = {}

    # Objects (responses).

    def object_message(self, cls: type) -> MessageDef:
        if cls in self.objects:
            return self.objects[cls]
        if cls in MODELLED:
            name, file = MODELLED[cls]
            doc = clean_doc(docs_of(cls).get("", "")) or f"A Stripe {name}."
            msg = MessageDef(name, doc, file, catch_all=True)
            self.objects[cls] = msg
            self.top.append(msg)
            self.fill_object(msg, cls)
            return msg
        if issubclass(cls, StripeObject) and "." not in cls.__qualname__:
            # A Stripe resource we do not model: a reference (id, object, the rest kept).
            object_name = getattr(cls, "OBJECT_NAME", cls.__name__.lower())
            msg = MessageDef(
                cls.__name__,
                f"A Stripe `{object_name}`, referred to by id. When expanded, `object` is "
                f'"{object_name}" and every other field is in `unmodeled_fields`.',
                REFERENCES_FILE,
                catch_all=True,
            )
            msg.fields = [
                FieldDef("id", "scalar", "string", doc=f"The {object_name}'s id."),
                FieldDef(
                    "object",
                    "scalar",
                    "string",
                    doc=f'"{object_name}" when the field was expanded, else empty.',
                ),
            ]
            self.objects[cls] = msg
            self.top.append(msg)
            return msg
        raise TypeError(f"not an object class: {cls!r}")

    def fill_object(self, msg: MessageDef, cls: type) -> None:
        module = sys.modules[cls.__module__]
        docs = docs_of(cls)
        # object, not Any: get_origin's first overload (ParamSpec) would catch an Any.
        annotations: dict[str, object] = cls.__annotations__
        for name, raw in annotations.items():
            if name.isupper() or typing.get_origin(raw) is typing.ClassVar:
                continue
            tp = resolve(raw, module)
            msg.fields.append(self.object_field(msg, cls, name, tp, clean_doc(docs.get(name, ""))))

    def object_field(
        self, msg: MessageDef, owner: type, name: str, tp: object, doc: str
    ) -> FieldDef:
        nullable = False
        args = union_args(tp)
        if args is not None and type(None) in args:
            nullable = True
            rest = tuple(a for a in args if a is not type(None))
            tp = rest[0] if len(rest) == 1 else typing.Union[rest]  # noqa: UP007
        tp = resolve(tp, sys.modules[owner.__module__])
        args = union_args(tp)
        origin = typing.get_origin(tp)
        if name == "object":
            return FieldDef(name, "scalar", "string", doc=doc or "The object's type.")
        if (
            args is not None
            and str in args
            and all(typing.get_origin(a) is typing.Literal or a is str for a in args)
        ):
            return self.enum_field(msg, name, literal_values(args), doc, nullable, response=True)
        if args is not None and str in args and len(args) == 2:
            # ExpandableField[X]: the id, or the object when expanded.
            (target,) = (resolve(a, sys.modules[owner.__module__]) for a in args if a is not str)
            assert isinstance(target, type), (owner, name, target)
            ref = self.object_message(target)
            return FieldDef(name, "message", target=ref, doc=expandable_doc(doc), expandable=True)
        if origin is typing.Literal:
            values = typing.get_args(tp)
            if values == (True,):
                return FieldDef(name, "scalar", "bool", label="optional", doc=doc)
            return self.enum_field(msg, name, [str(v) for v in values], doc, nullable, True)
        if origin in (list, typing.List):  # noqa: UP006
            (item,) = typing.get_args(tp)
            item = resolve(item, sys.modules[owner.__module__])
            inner = self.object_field(msg, owner, name, item, doc)
            if inner.label or inner.kind == "map":
                raise TypeError(f"unsupported list item in {owner.__qualname__}.{name}: {item}")
            inner.label = "repeated"
            return inner
        if origin is UntypedStripeObject:
            (value,) = typing.get_args(tp)
            inner = self.object_field(msg, owner, name, value, doc)
            if inner.kind not in ("scalar", "message") or inner.label:
                raise TypeError(f"unsupported map value in {owner.__qualname__}.{name}")
            return FieldDef(name, "map", inner.scalar, inner.target, doc=doc)
        if origin is ListObject:
            (item,) = typing.get_args(tp)
            item = resolve(item, sys.modules[owner.__module__])
            assert isinstance(item, type)
            target = self.list_message(f"{self.object_message(item).name}List", item)
            return FieldDef(name, "message", target=target, doc=doc)
        if tp in SCALARS:
            return FieldDef(
                name,
                "scalar",
                SCALARS[tp],
                label="optional" if nullable else "",
                doc=scalar_doc(name, SCALARS[tp], tp, doc),
            )
        if isinstance(tp, type) and issubclass(tp, StripeObject):
            if tp.__qualname__.startswith(owner.__qualname__ + "."):
                nested = self.nested_object(msg, tp, doc)
                return FieldDef(name, "message", target=nested, doc=doc)
            return FieldDef(name, "message", target=self.object_message(tp), doc=doc)
        raise TypeError(f"unsupported type for {owner.__qualname__}.{name}: {tp!r}")

    def nested_object(self, parent: MessageDef, cls: type, doc: str) -> MessageDef:
        if cls in self.objects:
            return self.objects[cls]
        msg = MessageDef(cls.__name__, doc or f"{cls.__name__}.", parent.file, parent=parent)
        msg.catch_all = True
        parent.messages.append(msg)
        self.objects[cls] = msg
        self.fill_object(msg, cls)
        return msg

    def list_message(self, name: str, item: type, file: str | None = None) -> MessageDef:
        for existing in self.top:
            if existing.name == name:
                return existing
        item_msg = self.object_message(item)
        msg = MessageDef(
            name,
            f"One page of a list of {item_msg.name} objects, as Stripe returns it.",
            file or item_msg.file,
            catch_all=True,
        )
        msg.fields = [
            FieldDef("object", "scalar", "string", doc='Always "list".'),
            FieldDef(
                "data",
                "message",
                target=item_msg,
                label="repeated",
                doc="The items of this page, in Stripe's order.",
            ),
            FieldDef(
                "has_more",
                "scalar",
                "bool",
                doc="Whether more items follow this page (page on with `starting_after` "
                "= the last item's id).",
            ),
            FieldDef("url", "scalar", "string", doc="The list's API path."),
        ]
        self.top.append(msg)
        return msg

    def enum_field(
        self,
        msg: MessageDef,
        name: str,
        values: list[str],
        doc: str,
        nullable: bool,
        response: bool,
    ) -> FieldDef:
        enum_name, snake = pascal(name), name
        if enum_name in {m.name for m in msg.messages}:
            enum_name, snake = enum_name + "Value", name + "_value"
        existing = next((e for e in msg.enums if e.name == enum_name), None)
        if existing is None:
            existing = EnumDef(enum_name, sorted(set(values)), doc, msg, response, snake)
            msg.enums.append(existing)
        return FieldDef(
            name, "enum", target=existing, label="optional" if nullable else "", doc=doc
        )

    # Parameters (requests).

    def request(
        self,
        name: str,
        cls: type,
        *,
        doc: str,
        with_id: bool = False,
        drop: tuple[str, ...] = (),
        stream: bool = False,
        parallel: bool = False,
    ) -> MessageDef:
        msg = MessageDef(name, doc, REQUESTS_FILE)
        self.top.append(msg)
        if with_id:
            msg.fields.append(
                FieldDef(
                    "id",
                    "scalar",
                    "string",
                    doc="The Checkout Session's id: `cs_` then letters, digits or `_`, "
                    "at most 255 characters.",
                    required=True,
                )
            )
        self.fill_params(msg, cls, drop=drop)
        if stream:
            msg.fields.append(
                FieldDef(
                    "max_items",
                    "scalar",
                    "int64",
                    doc="How many items to stream in all; 0 streams the whole list. The "
                    "gateway picks the page size.",
                )
            )
        if parallel:
            msg.fields.append(
                FieldDef(
                    "parallelism",
                    "scalar",
                    "int64",
                    doc="How many slices of the `created` range to walk at once, 1 to 16 "
                    "(0 means 1). Above 1, `created` must have a lower (`gt`/`gte`) and an "
                    "upper (`lt`/`lte`) bound and no cursor may be set; the stream is the same, "
                    "item for item and in the same order, as the sequential walk, only sooner. "
                    "Every page counts against the gateway's rate limit.",
                )
            )
        return msg

    def fill_params(self, msg: MessageDef, cls: type, drop: tuple[str, ...] = ()) -> None:
        module = sys.modules[cls.__module__]
        docs = docs_of(cls)
        required: frozenset[str] = getattr(cls, "__required_keys__", frozenset())
        for name, raw in cls.__annotations__.items():
            if name in drop or name in REQUEST_OPTIONS:
                continue  # request options travel as gRPC metadata, not parameters
            tp = resolve(raw, module)
            if typing.get_origin(tp) in (typing_extensions.NotRequired, typing_extensions.Required):
                (tp,) = typing.get_args(tp)
                tp = resolve(tp, module)
            doc = clean_doc(docs.get(name, ""))
            if name == "expand":
                doc = (
                    "Fields of the response to expand, dotted for nested ones (for example "
                    "`line_items` or `line_items.data.price.product`); at most 4 levels."
                )
            clearable = False
            args = union_args(tp)
            if args is not None and typing.Literal[""] in args:
                clearable = True
                rest = tuple(a for a in args if a != typing.Literal[""])
                tp = rest[0] if len(rest) == 1 else typing.Union[rest]  # noqa: UP007
            f = self.param_field(msg, cls, name, tp, doc)
            f.required = name in required
            msg.fields.append(f)
            if clearable and not (f.kind == "scalar" and f.scalar == "string"):
                msg.fields.append(
                    FieldDef(
                        f"clear_{name}",
                        "scalar",
                        "bool",
                        doc=f'Set to send `{name}=""`, which unsets `{name}` at Stripe. '
                        f"Not together with `{name}`.",
                    )
                )

    def param_field(
        self, msg: MessageDef, owner: type, name: str, tp: object, doc: str
    ) -> FieldDef:
        module = sys.modules[owner.__module__]
        tp = resolve(tp, module)
        args = union_args(tp)
        origin = typing.get_origin(tp)
        if args is not None and all(
            typing.get_origin(a) is typing.Literal or a is str for a in args
        ):
            return self.enum_field(msg, name, literal_values(args), doc, True, response=False)
        if args is not None and int in args and len(args) == 2:
            # A range filter or an exact value (`created`): the range says both (gte = lte).
            (rng,) = (a for a in args if a is not int)
            if typing_extensions.is_typeddict(rng) and {"gte", "lte"} <= set(rng.__annotations__):
                doc += " For an exact value, set `gte` and `lte` to it."
                return self.param_field(msg, owner, name, rng, doc)
        if origin is typing.Literal:
            return self.enum_field(
                msg, name, [str(v) for v in typing.get_args(tp)], doc, True, response=False
            )
        if args is not None and any(typing.get_origin(a) is UntypedStripeObject for a in args):
            # Dict[str, X] | UntypedStripeObject[X]: a map of X.
            dict_arg = next(a for a in args if typing.get_origin(a) in (dict, typing.Dict))  # noqa: UP006
            _, value = typing.get_args(dict_arg)
            inner = self.param_field(msg, owner, name, value, doc)
            if inner.kind not in ("scalar", "message"):
                raise TypeError(f"unsupported map value in {owner.__qualname__}.{name}")
            return FieldDef(name, "map", inner.scalar, inner.target, doc=doc)
        if origin in (list, typing.List):  # noqa: UP006
            (item,) = typing.get_args(tp)
            inner = self.param_field(msg, owner, name, item, doc)
            if inner.kind == "map" or inner.label == "repeated":
                raise TypeError(f"unsupported list item in {owner.__qualname__}.{name}")
            inner.label = "repeated"
            return inner
        if tp in SCALARS:
            return FieldDef(
                name,
                "scalar",
                SCALARS[tp],
                label="optional",
                doc=scalar_doc(name, SCALARS[tp], tp, doc),
            )
        if isinstance(tp, type) and typing_extensions.is_typeddict(tp):
            return FieldDef(
                name, "message", target=self.param_message(msg, owner, tp, doc), doc=doc
            )
        raise TypeError(f"unsupported parameter type {owner.__qualname__}.{name}: {tp!r}")

    def param_message(self, parent: MessageDef, owner: type, cls: type, doc: str) -> MessageDef:
        if cls in self.params:
            return self.params[cls]
        name = cls.__name__
        if name.startswith(owner.__name__) and name != owner.__name__:
            name = name[len(owner.__name__) :]
        msg = MessageDef(name, doc or f"{name}.", parent.file, parent=parent)
        parent.messages.append(msg)
        self.params[cls] = msg
        self.fill_params(msg, cls)
        return msg


REQUEST_OPTIONS = frozenset(RequestOptions.__annotations__)

SCALARS: dict[object, str] = {
    str: "string",
    int: "int64",
    bool: "bool",
    float: "double",
    decimal.Decimal: "string",
}


def literal_values(args: tuple[object, ...]) -> list[str]:
    values: list[str] = []
    for a in args:
        if typing.get_origin(a) is typing.Literal:
            values.extend(str(v) for v in typing.get_args(a))
    return values


def expandable_doc(doc: str) -> str:
    return f"{doc} Expandable: only `id` is set unless the request expands this field.".strip()


def scalar_doc(name: str, proto: str, tp: object, doc: str) -> str:
    low = doc.lower()
    if tp is decimal.Decimal:
        return f"{doc} A decimal string.".strip()
    if (
        proto == "int64"
        and "epoch" not in low
        and (name in ("created", "updated", "start", "end") or name.endswith("_at"))
    ):
        return f"{doc} Unix timestamp, in seconds.".strip()
    if proto == "int64" and "amount" in name and "cents" not in low and "minor" not in low:
        return f"{doc} In the currency's minor unit (cents for USD).".strip()
    return doc


def build() -> Builder:
    b = Builder()
    b.object_message(stripe.checkout.Session)
    line_item_list = next(m for m in b.top if m.name == "LineItemList")
    assert line_item_list.file == "line_item.proto"
    p = (
        _session_create_params,
        _session_retrieve_params,
        _session_update_params,
        _session_expire_params,
        _session_list_params,
        _session_list_line_items_params,
    )
    create, retrieve, update, expire, lst, lst_items = p
    b.request(
        "CreateCheckoutSessionRequest",
        create.SessionCreateParams,
        doc="Creates a Checkout Session: `POST /v1/checkout/sessions`.",
    )
    b.request(
        "GetCheckoutSessionRequest",
        retrieve.SessionRetrieveParams,
        with_id=True,
        doc="Retrieves a Checkout Session: `GET /v1/checkout/sessions/{id}`.",
    )
    b.request(
        "UpdateCheckoutSessionRequest",
        update.SessionUpdateParams,
        with_id=True,
        doc="Updates a Checkout Session: `POST /v1/checkout/sessions/{id}`. Only the "
        "parameters set here are sent; see the conventions at the top of this file for "
        "unsetting.",
    )
    b.request(
        "ExpireCheckoutSessionRequest",
        expire.SessionExpireParams,
        with_id=True,
        doc="Expires an open Checkout Session: `POST /v1/checkout/sessions/{id}/expire`.",
    )
    b.request(
        "ListCheckoutSessionsRequest",
        lst.SessionListParams,
        doc="Lists Checkout Sessions, newest first, one page: `GET /v1/checkout/sessions`.",
    )
    b.request(
        "StreamCheckoutSessionsRequest",
        lst.SessionListParams,
        drop=("limit",),
        stream=True,
        parallel=True,
        doc="Streams Checkout Sessions, newest first, walking every page of "
        "`GET /v1/checkout/sessions` with the same filters.",
    )
    b.list_message("ListCheckoutSessionsResponse", stripe.checkout.Session, REQUESTS_FILE)
    b.request(
        "ListCheckoutSessionLineItemsRequest",
        lst_items.SessionListLineItemsParams,
        with_id=True,
        doc="Lists a Checkout Session's line items, one page: "
        "`GET /v1/checkout/sessions/{id}/line_items`.",
    )
    b.request(
        "StreamCheckoutSessionLineItemsRequest",
        lst_items.SessionListLineItemsParams,
        with_id=True,
        drop=("limit",),
        stream=True,
        doc="Streams a Checkout Session's line items, walking every page of "
        "`GET /v1/checkout/sessions/{id}/line_items`.",
    )
    b.list_message("ListCheckoutSessionLineItemsResponse", stripe.LineItem, REQUESTS_FILE)
    return b


# --- Stable numbers -----------------------------------------------------------------------


@dataclass
class Existing:
    numbers: dict[str, dict[str, int]] = field(default_factory=dict)  # scope -> name -> n
    reserved: dict[str, set[int]] = field(default_factory=dict)
    reserved_names: dict[str, set[str]] = field(default_factory=dict)


def read_existing(directory: Path) -> Existing:
    """Numbers already given out, from the files this script wrote before."""
    ex = Existing()
    for path in sorted(directory.glob("*.proto")):
        stack: list[str] = []
        for line in path.read_text().splitlines():
            s = line.split("//")[0].strip()
            if m := re.match(r"(message|enum) (\w+) \{$", s):
                stack.append(m.group(2))
            elif s == "}" and stack:
                stack.pop()
            elif stack and (m := re.match(r"reserved (.+);$", s)):
                scope = ".".join(stack)
                for part in m.group(1).split(","):
                    part = part.strip()
                    if part.startswith('"'):
                        ex.reserved_names.setdefault(scope, set()).add(part.strip('"'))
                    else:
                        ex.reserved.setdefault(scope, set()).add(int(part))
            elif stack and (m := re.match(r"(?:.*\s)?(\w+) = (\d+)( \[.*\])?;$", s)):
                ex.numbers.setdefault(".".join(stack), {})[m.group(1)] = int(m.group(2))
    return ex


def number_all(b: Builder, ex: Existing) -> None:
    def messages(ms: list[MessageDef]) -> Iterator[MessageDef]:
        for m in ms:
            yield m
            yield from messages(m.messages)

    for msg in messages(b.top):
        scope = ".".join(msg.path)
        old = ex.numbers.get(scope, {})
        reserved = set(ex.reserved.get(scope, set()))
        names = {f.name for f in msg.fields}
        gone = {n: num for n, num in old.items() if n not in names and n != CATCH_ALL}
        reserved |= set(gone.values())
        msg.reserved_numbers = sorted(reserved)
        msg.reserved_names = sorted(set(ex.reserved_names.get(scope, set())) | set(gone))
        taken = set(old.values()) | reserved | {CATCH_ALL_NUMBER}
        nxt = 1
        for f in msg.fields:
            if f.name in old:
                f.number = old[f.name]
                continue
            while nxt in taken or 19000 <= nxt <= 19999:
                nxt += 1
            f.number = nxt
            taken.add(nxt)
        for enum in msg.enums:
            escope = f"{scope}.{enum.name}"
            eold = ex.numbers.get(escope, {})
            wanted = value_names(enum)
            gone_values = [n for n in eold if n not in wanted and not n.endswith("_UNSPECIFIED")]
            if gone_values:
                raise ValueError(f"{escope} lost values {gone_values}: reserve them by hand")


def enum_numbers(ex: Existing, scope: str, names: list[str]) -> list[int]:
    old = ex.numbers.get(scope, {})
    taken = set(old.values()) | {0}
    out: list[int] = []
    nxt = 1
    for n in names:
        if n in old:
            out.append(old[n])
            continue
        while nxt in taken:
            nxt += 1
        out.append(nxt)
        taken.add(nxt)
    return out


# --- Writing .proto -----------------------------------------------------------------------


def comment(text: str, indent: str) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        wrapped = textwrap.wrap(para, width=max(40, 96 - len(indent) - 3)) or [""]
        lines.extend(f"{indent}// {w}".rstrip() for w in wrapped)
    return lines


def type_ref(target: MessageDef | EnumDef, scope: MessageDef) -> str:
    """The shortest name for `target` that protobuf resolves correctly from inside `scope`."""
    full = [*target.parent.path, target.name] if isinstance(target, EnumDef) else target.path
    chain: list[MessageDef] = []
    s: MessageDef | None = scope
    while s is not None:
        chain.append(s)
        s = s.parent
    for k in range(len(full) - 1, -1, -1):
        first = full[k]
        found: list[str] | None = None
        for c in chain:  # innermost scope first, as protobuf looks names up
            if first in c.child_names():
                found = [*c.path, *full[k:]]
                break
        if found is None and k == 0:
            found = full  # a top-level name
        elif found is None:
            continue
        if found == full:
            return ".".join(full[k:])
    return "." + PACKAGE + "." + ".".join(full)


def render_field(f: FieldDef, scope: MessageDef, indent: str) -> list[str]:
    def named(t: MessageDef | EnumDef | None) -> str:
        assert t is not None
        return type_ref(t, scope)

    if f.kind == "map":
        value = f.scalar if f.target is None else named(f.target)
        decl = f"map<string, {value}> {f.name} = {f.number}"
    else:
        tname = f.scalar if f.kind == "scalar" else named(f.target)
        label = f"{f.label} " if f.label else ""
        if f.kind == "message" and f.label == "optional":
            label = ""
        decl = f"{label}{tname} {f.name} = {f.number}"
    if f.required:
        decl += f" [({PACKAGE}.required) = true]"
    if f.expandable:
        decl += f" [({PACKAGE}.expandable) = true]"
    return [*comment(f.doc or f"{f.name}.", indent), f"{indent}{decl};"]


def render_enum(e: EnumDef, ex: Existing, indent: str) -> list[str]:
    scope = ".".join([*e.parent.path, e.name])
    prefix = e.snake.upper()
    names = value_names(e)
    numbers = enum_numbers(ex, scope, names)
    doc = e.doc or f"{e.name}."
    lines = [*comment(f"Values of `{e.snake.removesuffix('_value')}`. {doc}".strip(), indent)]
    lines.append(f"{indent}enum {e.name} {{")
    unspecified = (
        "Unset, or a value newer than this contract (its string is in `unmodeled_fields`)."
        if e.response
        else "Not set."
    )
    lines += comment(unspecified, indent + "  ")
    lines.append(f"{indent}  {prefix}_UNSPECIFIED = 0;")
    for value, name, number in zip(e.values, names, numbers, strict=True):
        lines += comment(f'Stripe: "{value}".', indent + "  ")
        option = (
            ""
            if name[len(prefix) + 1 :].lower() == value
            else f' [({PACKAGE}.stripe_value) = "{value}"]'
        )
        lines.append(f"{indent}  {name} = {number}{option};")
    lines.append(f"{indent}}}")
    return lines


def value_names(e: EnumDef) -> list[str]:
    """Proto names of an enum's values; Stripe's "unspecified" must not take the zero's name."""
    prefix = e.snake.upper()
    names = []
    for v in e.values:
        name = f"{prefix}_{upper_snake(v) or 'EMPTY'}"
        names.append(f"{name}_VALUE" if name == f"{prefix}_UNSPECIFIED" else name)
    if len(set(names)) != len(names):
        raise ValueError(f"enum value names collide in {e.name}: {names}")
    return names


def render_message(m: MessageDef, ex: Existing, indent: str = "") -> list[str]:
    lines = [*comment(m.doc, indent), f"{indent}message {m.name} {{"]
    inner = indent + "  "
    if m.reserved_numbers:
        lines.append(f"{inner}reserved {', '.join(map(str, m.reserved_numbers))};")
    if m.reserved_names:
        quoted = ", ".join(f'"{n}"' for n in m.reserved_names)
        lines.append(f"{inner}reserved {quoted};")
    for e in m.enums:
        lines += render_enum(e, ex, inner)
        lines.append("")
    for n in m.messages:
        lines += render_message(n, ex, inner)
        lines.append("")
    for f in m.fields:
        lines += render_field(f, m, inner)
    if m.catch_all:
        lines += comment(
            "Every JSON key of this object that the fields above do not model, kept as "
            "Stripe sent it (and `null` for a list or map field that was null).",
            inner,
        )
        lines.append(f"{inner}{STRUCT} {CATCH_ALL} = {CATCH_ALL_NUMBER};")
    lines.append(f"{indent}}}")
    return lines


def imports_of(file: str, b: Builder) -> list[str]:
    deps: set[str] = set()
    uses_struct = uses_options = False

    def visit(m: MessageDef) -> None:
        nonlocal uses_struct, uses_options
        uses_struct |= m.catch_all
        for f in m.fields:
            uses_options |= f.required or f.expandable
            t = f.target
            if isinstance(t, MessageDef) and t.top.file != file:
                deps.add(t.top.file)
        for e in m.enums:
            prefix = e.snake.upper()
            for v, n in zip(e.values, value_names(e), strict=True):
                uses_options |= n[len(prefix) + 1 :].lower() != v
        for child in m.messages:
            visit(child)

    for m in b.top:
        if m.file == file:
            visit(m)
    out = [f"{PROTO_DIR}/{d}" for d in sorted(deps)]
    if uses_options:
        out.append(f"{PROTO_DIR}/options.proto")
    if uses_struct:
        out.append("google/protobuf/struct.proto")
    return sorted(out)


def render_file(file: str, b: Builder, ex: Existing) -> str:
    conventions = REQUEST_CONVENTIONS if file == REQUESTS_FILE else OBJECT_CONVENTIONS
    header = [
        f"// {FILE_DOCS[file].splitlines()[0]}",
        *[f"// {line}" for line in FILE_DOCS[file].splitlines()[1:]],
        "//",
        f"// Written by tools/protogen.py from stripe-python {stripe.VERSION} (API version "
        f"{stripe.api_version}).",
        "// Change the generator and run `make proto` rather than editing this file.",
        "//",
        *[f"// {line}".rstrip() for line in conventions.splitlines()],
        "",
        'syntax = "proto3";',
        "",
        f"package {PACKAGE};",
        "",
    ]
    for imp in imports_of(file, b):
        header.append(f'import "{imp}";')
    header.append("")
    body: list[str] = []
    for m in b.top:
        if m.file == file:
            body += render_message(m, ex)
            body.append("")
    return "\n".join(header + body).rstrip() + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "proto", help="proto root to write")
    parser.add_argument(
        "--numbers-from",
        type=Path,
        default=ROOT / "proto",
        help="proto root whose field numbers to keep (default: proto/)",
    )
    args = parser.parse_args()
    b = build()
    ex = read_existing(args.numbers_from / PROTO_DIR)
    number_all(b, ex)
    out_dir = args.out / PROTO_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    for file in sorted({m.file for m in b.top}):
        (out_dir / file).write_text(render_file(file, b, ex))
    return 0


if __name__ == "__main__":
    sys.exit(main())
