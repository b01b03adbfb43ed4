from checkout_gateway.v1 import options_pb2 as _options_pb2
from checkout_gateway.v1 import references_pb2 as _references_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Discount(_message.Message):
    __slots__ = ("checkout_session", "customer", "customer_account", "deleted", "end", "id", "invoice", "invoice_item", "object", "promotion_code", "source", "start", "subscription", "subscription_item", "unmodeled_fields")
    class Source(_message.Message):
        __slots__ = ("coupon", "type", "unmodeled_fields")
        class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            TYPE_UNSPECIFIED: _ClassVar[Discount.Source.Type]
            TYPE_COUPON: _ClassVar[Discount.Source.Type]
        TYPE_UNSPECIFIED: Discount.Source.Type
        TYPE_COUPON: Discount.Source.Type
        COUPON_FIELD_NUMBER: _ClassVar[int]
        TYPE_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        coupon: _references_pb2.Coupon
        type: Discount.Source.Type
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, coupon: _Optional[_Union[_references_pb2.Coupon, _Mapping]] = ..., type: _Optional[_Union[Discount.Source.Type, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    CHECKOUT_SESSION_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    DELETED_FIELD_NUMBER: _ClassVar[int]
    END_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    INVOICE_ITEM_FIELD_NUMBER: _ClassVar[int]
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    PROMOTION_CODE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ITEM_FIELD_NUMBER: _ClassVar[int]
    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    checkout_session: str
    customer: _references_pb2.Customer
    customer_account: str
    deleted: bool
    end: int
    id: str
    invoice: str
    invoice_item: str
    object: str
    promotion_code: _references_pb2.PromotionCode
    source: Discount.Source
    start: int
    subscription: str
    subscription_item: str
    unmodeled_fields: _struct_pb2.Struct
    def __init__(self, checkout_session: _Optional[str] = ..., customer: _Optional[_Union[_references_pb2.Customer, _Mapping]] = ..., customer_account: _Optional[str] = ..., deleted: _Optional[bool] = ..., end: _Optional[int] = ..., id: _Optional[str] = ..., invoice: _Optional[str] = ..., invoice_item: _Optional[str] = ..., object: _Optional[str] = ..., promotion_code: _Optional[_Union[_references_pb2.PromotionCode, _Mapping]] = ..., source: _Optional[_Union[Discount.Source, _Mapping]] = ..., start: _Optional[int] = ..., subscription: _Optional[str] = ..., subscription_item: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
