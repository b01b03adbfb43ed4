from checkout_gateway.v1 import discount_pb2 as _discount_pb2
from checkout_gateway.v1 import price_pb2 as _price_pb2
from checkout_gateway.v1 import tax_rate_pb2 as _tax_rate_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class LineItem(_message.Message):
    __slots__ = ("adjustable_quantity", "amount_discount", "amount_subtotal", "amount_tax", "amount_total", "currency", "description", "discounts", "id", "metadata", "object", "price", "quantity", "taxes", "unmodeled_fields")
    class AdjustableQuantity(_message.Message):
        __slots__ = ("enabled", "maximum", "minimum", "unmodeled_fields")
        ENABLED_FIELD_NUMBER: _ClassVar[int]
        MAXIMUM_FIELD_NUMBER: _ClassVar[int]
        MINIMUM_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        enabled: bool
        maximum: int
        minimum: int
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, enabled: _Optional[bool] = ..., maximum: _Optional[int] = ..., minimum: _Optional[int] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class Discount(_message.Message):
        __slots__ = ("amount", "discount", "unmodeled_fields")
        AMOUNT_FIELD_NUMBER: _ClassVar[int]
        DISCOUNT_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        amount: int
        discount: _discount_pb2.Discount
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, amount: _Optional[int] = ..., discount: _Optional[_Union[_discount_pb2.Discount, _Mapping]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class Tax(_message.Message):
        __slots__ = ("amount", "rate", "taxability_reason", "taxable_amount", "unmodeled_fields")
        class TaxabilityReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            TAXABILITY_REASON_UNSPECIFIED: _ClassVar[LineItem.Tax.TaxabilityReason]
            TAXABILITY_REASON_CUSTOMER_EXEMPT: _ClassVar[LineItem.Tax.TaxabilityReason]
            TAXABILITY_REASON_NOT_COLLECTING: _ClassVar[LineItem.Tax.TaxabilityReason]
            TAXABILITY_REASON_NOT_SUBJECT_TO_TAX: _ClassVar[LineItem.Tax.TaxabilityReason]
            TAXABILITY_REASON_NOT_SUPPORTED: _ClassVar[LineItem.Tax.TaxabilityReason]
            TAXABILITY_REASON_PORTION_PRODUCT_EXEMPT: _ClassVar[LineItem.Tax.TaxabilityReason]
            TAXABILITY_REASON_PORTION_REDUCED_RATED: _ClassVar[LineItem.Tax.TaxabilityReason]
            TAXABILITY_REASON_PORTION_STANDARD_RATED: _ClassVar[LineItem.Tax.TaxabilityReason]
            TAXABILITY_REASON_PRODUCT_EXEMPT: _ClassVar[LineItem.Tax.TaxabilityReason]
            TAXABILITY_REASON_PRODUCT_EXEMPT_HOLIDAY: _ClassVar[LineItem.Tax.TaxabilityReason]
            TAXABILITY_REASON_PROPORTIONALLY_RATED: _ClassVar[LineItem.Tax.TaxabilityReason]
            TAXABILITY_REASON_REDUCED_RATED: _ClassVar[LineItem.Tax.TaxabilityReason]
            TAXABILITY_REASON_REVERSE_CHARGE: _ClassVar[LineItem.Tax.TaxabilityReason]
            TAXABILITY_REASON_STANDARD_RATED: _ClassVar[LineItem.Tax.TaxabilityReason]
            TAXABILITY_REASON_TAXABLE_BASIS_REDUCED: _ClassVar[LineItem.Tax.TaxabilityReason]
            TAXABILITY_REASON_ZERO_RATED: _ClassVar[LineItem.Tax.TaxabilityReason]
        TAXABILITY_REASON_UNSPECIFIED: LineItem.Tax.TaxabilityReason
        TAXABILITY_REASON_CUSTOMER_EXEMPT: LineItem.Tax.TaxabilityReason
        TAXABILITY_REASON_NOT_COLLECTING: LineItem.Tax.TaxabilityReason
        TAXABILITY_REASON_NOT_SUBJECT_TO_TAX: LineItem.Tax.TaxabilityReason
        TAXABILITY_REASON_NOT_SUPPORTED: LineItem.Tax.TaxabilityReason
        TAXABILITY_REASON_PORTION_PRODUCT_EXEMPT: LineItem.Tax.TaxabilityReason
        TAXABILITY_REASON_PORTION_REDUCED_RATED: LineItem.Tax.TaxabilityReason
        TAXABILITY_REASON_PORTION_STANDARD_RATED: LineItem.Tax.TaxabilityReason
        TAXABILITY_REASON_PRODUCT_EXEMPT: LineItem.Tax.TaxabilityReason
        TAXABILITY_REASON_PRODUCT_EXEMPT_HOLIDAY: LineItem.Tax.TaxabilityReason
        TAXABILITY_REASON_PROPORTIONALLY_RATED: LineItem.Tax.TaxabilityReason
        TAXABILITY_REASON_REDUCED_RATED: LineItem.Tax.TaxabilityReason
        TAXABILITY_REASON_REVERSE_CHARGE: LineItem.Tax.TaxabilityReason
        TAXABILITY_REASON_STANDARD_RATED: LineItem.Tax.TaxabilityReason
        TAXABILITY_REASON_TAXABLE_BASIS_REDUCED: LineItem.Tax.TaxabilityReason
        TAXABILITY_REASON_ZERO_RATED: LineItem.Tax.TaxabilityReason
        AMOUNT_FIELD_NUMBER: _ClassVar[int]
        RATE_FIELD_NUMBER: _ClassVar[int]
        TAXABILITY_REASON_FIELD_NUMBER: _ClassVar[int]
        TAXABLE_AMOUNT_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        amount: int
        rate: _tax_rate_pb2.TaxRate
        taxability_reason: LineItem.Tax.TaxabilityReason
        taxable_amount: int
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, amount: _Optional[int] = ..., rate: _Optional[_Union[_tax_rate_pb2.TaxRate, _Mapping]] = ..., taxability_reason: _Optional[_Union[LineItem.Tax.TaxabilityReason, str]] = ..., taxable_amount: _Optional[int] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ADJUSTABLE_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_DISCOUNT_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_SUBTOTAL_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_TAX_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_TOTAL_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    DISCOUNTS_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    PRICE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    TAXES_FIELD_NUMBER: _ClassVar[int]
    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    adjustable_quantity: LineItem.AdjustableQuantity
    amount_discount: int
    amount_subtotal: int
    amount_tax: int
    amount_total: int
    currency: str
    description: str
    discounts: _containers.RepeatedCompositeFieldContainer[LineItem.Discount]
    id: str
    metadata: _containers.ScalarMap[str, str]
    object: str
    price: _price_pb2.Price
    quantity: int
    taxes: _containers.RepeatedCompositeFieldContainer[LineItem.Tax]
    unmodeled_fields: _struct_pb2.Struct
    def __init__(self, adjustable_quantity: _Optional[_Union[LineItem.AdjustableQuantity, _Mapping]] = ..., amount_discount: _Optional[int] = ..., amount_subtotal: _Optional[int] = ..., amount_tax: _Optional[int] = ..., amount_total: _Optional[int] = ..., currency: _Optional[str] = ..., description: _Optional[str] = ..., discounts: _Optional[_Iterable[_Union[LineItem.Discount, _Mapping]]] = ..., id: _Optional[str] = ..., metadata: _Optional[_Mapping[str, str]] = ..., object: _Optional[str] = ..., price: _Optional[_Union[_price_pb2.Price, _Mapping]] = ..., quantity: _Optional[int] = ..., taxes: _Optional[_Iterable[_Union[LineItem.Tax, _Mapping]]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class LineItemList(_message.Message):
    __slots__ = ("object", "data", "has_more", "url", "unmodeled_fields")
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    HAS_MORE_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    object: str
    data: _containers.RepeatedCompositeFieldContainer[LineItem]
    has_more: bool
    url: str
    unmodeled_fields: _struct_pb2.Struct
    def __init__(self, object: _Optional[str] = ..., data: _Optional[_Iterable[_Union[LineItem, _Mapping]]] = ..., has_more: _Optional[bool] = ..., url: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
