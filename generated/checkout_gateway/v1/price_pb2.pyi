from checkout_gateway.v1 import options_pb2 as _options_pb2
from checkout_gateway.v1 import references_pb2 as _references_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Price(_message.Message):
    __slots__ = ("active", "billing_scheme", "created", "currency", "currency_options", "custom_unit_amount", "deleted", "id", "livemode", "lookup_key", "metadata", "nickname", "object", "product", "recurring", "tax_behavior", "tiers", "tiers_mode", "transform_quantity", "type", "unit_amount", "unit_amount_decimal", "unmodeled_fields")
    class BillingScheme(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        BILLING_SCHEME_UNSPECIFIED: _ClassVar[Price.BillingScheme]
        BILLING_SCHEME_PER_UNIT: _ClassVar[Price.BillingScheme]
        BILLING_SCHEME_TIERED: _ClassVar[Price.BillingScheme]
    BILLING_SCHEME_UNSPECIFIED: Price.BillingScheme
    BILLING_SCHEME_PER_UNIT: Price.BillingScheme
    BILLING_SCHEME_TIERED: Price.BillingScheme
    class TaxBehavior(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        TAX_BEHAVIOR_UNSPECIFIED: _ClassVar[Price.TaxBehavior]
        TAX_BEHAVIOR_EXCLUSIVE: _ClassVar[Price.TaxBehavior]
        TAX_BEHAVIOR_INCLUSIVE: _ClassVar[Price.TaxBehavior]
        TAX_BEHAVIOR_UNSPECIFIED_VALUE: _ClassVar[Price.TaxBehavior]
    TAX_BEHAVIOR_UNSPECIFIED: Price.TaxBehavior
    TAX_BEHAVIOR_EXCLUSIVE: Price.TaxBehavior
    TAX_BEHAVIOR_INCLUSIVE: Price.TaxBehavior
    TAX_BEHAVIOR_UNSPECIFIED_VALUE: Price.TaxBehavior
    class TiersMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        TIERS_MODE_UNSPECIFIED: _ClassVar[Price.TiersMode]
        TIERS_MODE_GRADUATED: _ClassVar[Price.TiersMode]
        TIERS_MODE_VOLUME: _ClassVar[Price.TiersMode]
    TIERS_MODE_UNSPECIFIED: Price.TiersMode
    TIERS_MODE_GRADUATED: Price.TiersMode
    TIERS_MODE_VOLUME: Price.TiersMode
    class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        TYPE_UNSPECIFIED: _ClassVar[Price.Type]
        TYPE_ONE_TIME: _ClassVar[Price.Type]
        TYPE_RECURRING: _ClassVar[Price.Type]
    TYPE_UNSPECIFIED: Price.Type
    TYPE_ONE_TIME: Price.Type
    TYPE_RECURRING: Price.Type
    class CurrencyOptions(_message.Message):
        __slots__ = ("custom_unit_amount", "tax_behavior", "tiers", "unit_amount", "unit_amount_decimal", "unmodeled_fields")
        class TaxBehavior(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            TAX_BEHAVIOR_UNSPECIFIED: _ClassVar[Price.CurrencyOptions.TaxBehavior]
            TAX_BEHAVIOR_EXCLUSIVE: _ClassVar[Price.CurrencyOptions.TaxBehavior]
            TAX_BEHAVIOR_INCLUSIVE: _ClassVar[Price.CurrencyOptions.TaxBehavior]
            TAX_BEHAVIOR_UNSPECIFIED_VALUE: _ClassVar[Price.CurrencyOptions.TaxBehavior]
        TAX_BEHAVIOR_UNSPECIFIED: Price.CurrencyOptions.TaxBehavior
        TAX_BEHAVIOR_EXCLUSIVE: Price.CurrencyOptions.TaxBehavior
        TAX_BEHAVIOR_INCLUSIVE: Price.CurrencyOptions.TaxBehavior
        TAX_BEHAVIOR_UNSPECIFIED_VALUE: Price.CurrencyOptions.TaxBehavior
        class CustomUnitAmount(_message.Message):
            __slots__ = ("maximum", "minimum", "preset", "unmodeled_fields")
            MAXIMUM_FIELD_NUMBER: _ClassVar[int]
            MINIMUM_FIELD_NUMBER: _ClassVar[int]
            PRESET_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            maximum: int
            minimum: int
            preset: int
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, maximum: _Optional[int] = ..., minimum: _Optional[int] = ..., preset: _Optional[int] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Tier(_message.Message):
            __slots__ = ("flat_amount", "flat_amount_decimal", "unit_amount", "unit_amount_decimal", "up_to", "unmodeled_fields")
            FLAT_AMOUNT_FIELD_NUMBER: _ClassVar[int]
            FLAT_AMOUNT_DECIMAL_FIELD_NUMBER: _ClassVar[int]
            UNIT_AMOUNT_FIELD_NUMBER: _ClassVar[int]
            UNIT_AMOUNT_DECIMAL_FIELD_NUMBER: _ClassVar[int]
            UP_TO_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            flat_amount: int
            flat_amount_decimal: str
            unit_amount: int
            unit_amount_decimal: str
            up_to: int
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, flat_amount: _Optional[int] = ..., flat_amount_decimal: _Optional[str] = ..., unit_amount: _Optional[int] = ..., unit_amount_decimal: _Optional[str] = ..., up_to: _Optional[int] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        CUSTOM_UNIT_AMOUNT_FIELD_NUMBER: _ClassVar[int]
        TAX_BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
        TIERS_FIELD_NUMBER: _ClassVar[int]
        UNIT_AMOUNT_FIELD_NUMBER: _ClassVar[int]
        UNIT_AMOUNT_DECIMAL_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        custom_unit_amount: Price.CurrencyOptions.CustomUnitAmount
        tax_behavior: Price.CurrencyOptions.TaxBehavior
        tiers: _containers.RepeatedCompositeFieldContainer[Price.CurrencyOptions.Tier]
        unit_amount: int
        unit_amount_decimal: str
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, custom_unit_amount: _Optional[_Union[Price.CurrencyOptions.CustomUnitAmount, _Mapping]] = ..., tax_behavior: _Optional[_Union[Price.CurrencyOptions.TaxBehavior, str]] = ..., tiers: _Optional[_Iterable[_Union[Price.CurrencyOptions.Tier, _Mapping]]] = ..., unit_amount: _Optional[int] = ..., unit_amount_decimal: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class CustomUnitAmount(_message.Message):
        __slots__ = ("maximum", "minimum", "preset", "unmodeled_fields")
        MAXIMUM_FIELD_NUMBER: _ClassVar[int]
        MINIMUM_FIELD_NUMBER: _ClassVar[int]
        PRESET_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        maximum: int
        minimum: int
        preset: int
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, maximum: _Optional[int] = ..., minimum: _Optional[int] = ..., preset: _Optional[int] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class Recurring(_message.Message):
        __slots__ = ("interval", "interval_count", "meter", "trial_period_days", "usage_type", "unmodeled_fields")
        class Interval(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            INTERVAL_UNSPECIFIED: _ClassVar[Price.Recurring.Interval]
            INTERVAL_DAY: _ClassVar[Price.Recurring.Interval]
            INTERVAL_MONTH: _ClassVar[Price.Recurring.Interval]
            INTERVAL_WEEK: _ClassVar[Price.Recurring.Interval]
            INTERVAL_YEAR: _ClassVar[Price.Recurring.Interval]
        INTERVAL_UNSPECIFIED: Price.Recurring.Interval
        INTERVAL_DAY: Price.Recurring.Interval
        INTERVAL_MONTH: Price.Recurring.Interval
        INTERVAL_WEEK: Price.Recurring.Interval
        INTERVAL_YEAR: Price.Recurring.Interval
        class UsageType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            USAGE_TYPE_UNSPECIFIED: _ClassVar[Price.Recurring.UsageType]
            USAGE_TYPE_LICENSED: _ClassVar[Price.Recurring.UsageType]
            USAGE_TYPE_METERED: _ClassVar[Price.Recurring.UsageType]
        USAGE_TYPE_UNSPECIFIED: Price.Recurring.UsageType
        USAGE_TYPE_LICENSED: Price.Recurring.UsageType
        USAGE_TYPE_METERED: Price.Recurring.UsageType
        INTERVAL_FIELD_NUMBER: _ClassVar[int]
        INTERVAL_COUNT_FIELD_NUMBER: _ClassVar[int]
        METER_FIELD_NUMBER: _ClassVar[int]
        TRIAL_PERIOD_DAYS_FIELD_NUMBER: _ClassVar[int]
        USAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        interval: Price.Recurring.Interval
        interval_count: int
        meter: str
        trial_period_days: int
        usage_type: Price.Recurring.UsageType
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, interval: _Optional[_Union[Price.Recurring.Interval, str]] = ..., interval_count: _Optional[int] = ..., meter: _Optional[str] = ..., trial_period_days: _Optional[int] = ..., usage_type: _Optional[_Union[Price.Recurring.UsageType, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class Tier(_message.Message):
        __slots__ = ("flat_amount", "flat_amount_decimal", "unit_amount", "unit_amount_decimal", "up_to", "unmodeled_fields")
        FLAT_AMOUNT_FIELD_NUMBER: _ClassVar[int]
        FLAT_AMOUNT_DECIMAL_FIELD_NUMBER: _ClassVar[int]
        UNIT_AMOUNT_FIELD_NUMBER: _ClassVar[int]
        UNIT_AMOUNT_DECIMAL_FIELD_NUMBER: _ClassVar[int]
        UP_TO_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        flat_amount: int
        flat_amount_decimal: str
        unit_amount: int
        unit_amount_decimal: str
        up_to: int
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, flat_amount: _Optional[int] = ..., flat_amount_decimal: _Optional[str] = ..., unit_amount: _Optional[int] = ..., unit_amount_decimal: _Optional[str] = ..., up_to: _Optional[int] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class TransformQuantity(_message.Message):
        __slots__ = ("divide_by", "round", "unmodeled_fields")
        class Round(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            ROUND_UNSPECIFIED: _ClassVar[Price.TransformQuantity.Round]
            ROUND_DOWN: _ClassVar[Price.TransformQuantity.Round]
            ROUND_UP: _ClassVar[Price.TransformQuantity.Round]
        ROUND_UNSPECIFIED: Price.TransformQuantity.Round
        ROUND_DOWN: Price.TransformQuantity.Round
        ROUND_UP: Price.TransformQuantity.Round
        DIVIDE_BY_FIELD_NUMBER: _ClassVar[int]
        ROUND_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        divide_by: int
        round: Price.TransformQuantity.Round
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, divide_by: _Optional[int] = ..., round: _Optional[_Union[Price.TransformQuantity.Round, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class CurrencyOptionsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: Price.CurrencyOptions
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[Price.CurrencyOptions, _Mapping]] = ...) -> None: ...
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    BILLING_SCHEME_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_UNIT_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    DELETED_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    LIVEMODE_FIELD_NUMBER: _ClassVar[int]
    LOOKUP_KEY_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    NICKNAME_FIELD_NUMBER: _ClassVar[int]
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_FIELD_NUMBER: _ClassVar[int]
    RECURRING_FIELD_NUMBER: _ClassVar[int]
    TAX_BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
    TIERS_FIELD_NUMBER: _ClassVar[int]
    TIERS_MODE_FIELD_NUMBER: _ClassVar[int]
    TRANSFORM_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    UNIT_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    UNIT_AMOUNT_DECIMAL_FIELD_NUMBER: _ClassVar[int]
    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    active: bool
    billing_scheme: Price.BillingScheme
    created: int
    currency: str
    currency_options: _containers.MessageMap[str, Price.CurrencyOptions]
    custom_unit_amount: Price.CustomUnitAmount
    deleted: bool
    id: str
    livemode: bool
    lookup_key: str
    metadata: _containers.ScalarMap[str, str]
    nickname: str
    object: str
    product: Product
    recurring: Price.Recurring
    tax_behavior: Price.TaxBehavior
    tiers: _containers.RepeatedCompositeFieldContainer[Price.Tier]
    tiers_mode: Price.TiersMode
    transform_quantity: Price.TransformQuantity
    type: Price.Type
    unit_amount: int
    unit_amount_decimal: str
    unmodeled_fields: _struct_pb2.Struct
    def __init__(self, active: _Optional[bool] = ..., billing_scheme: _Optional[_Union[Price.BillingScheme, str]] = ..., created: _Optional[int] = ..., currency: _Optional[str] = ..., currency_options: _Optional[_Mapping[str, Price.CurrencyOptions]] = ..., custom_unit_amount: _Optional[_Union[Price.CustomUnitAmount, _Mapping]] = ..., deleted: _Optional[bool] = ..., id: _Optional[str] = ..., livemode: _Optional[bool] = ..., lookup_key: _Optional[str] = ..., metadata: _Optional[_Mapping[str, str]] = ..., nickname: _Optional[str] = ..., object: _Optional[str] = ..., product: _Optional[_Union[Product, _Mapping]] = ..., recurring: _Optional[_Union[Price.Recurring, _Mapping]] = ..., tax_behavior: _Optional[_Union[Price.TaxBehavior, str]] = ..., tiers: _Optional[_Iterable[_Union[Price.Tier, _Mapping]]] = ..., tiers_mode: _Optional[_Union[Price.TiersMode, str]] = ..., transform_quantity: _Optional[_Union[Price.TransformQuantity, _Mapping]] = ..., type: _Optional[_Union[Price.Type, str]] = ..., unit_amount: _Optional[int] = ..., unit_amount_decimal: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class Product(_message.Message):
    __slots__ = ("active", "created", "default_price", "deleted", "description", "id", "images", "livemode", "marketing_features", "metadata", "name", "object", "package_dimensions", "shippable", "statement_descriptor", "tax_code", "tax_details", "type", "unit_label", "updated", "url", "unmodeled_fields")
    class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        TYPE_UNSPECIFIED: _ClassVar[Product.Type]
        TYPE_GOOD: _ClassVar[Product.Type]
        TYPE_SERVICE: _ClassVar[Product.Type]
    TYPE_UNSPECIFIED: Product.Type
    TYPE_GOOD: Product.Type
    TYPE_SERVICE: Product.Type
    class MarketingFeature(_message.Message):
        __slots__ = ("name", "unmodeled_fields")
        NAME_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        name: str
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, name: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class PackageDimensions(_message.Message):
        __slots__ = ("height", "length", "weight", "width", "unmodeled_fields")
        HEIGHT_FIELD_NUMBER: _ClassVar[int]
        LENGTH_FIELD_NUMBER: _ClassVar[int]
        WEIGHT_FIELD_NUMBER: _ClassVar[int]
        WIDTH_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        height: float
        length: float
        weight: float
        width: float
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, height: _Optional[float] = ..., length: _Optional[float] = ..., weight: _Optional[float] = ..., width: _Optional[float] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class TaxDetails(_message.Message):
        __slots__ = ("performance_location", "tax_code", "unmodeled_fields")
        PERFORMANCE_LOCATION_FIELD_NUMBER: _ClassVar[int]
        TAX_CODE_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        performance_location: str
        tax_code: str
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, performance_location: _Optional[str] = ..., tax_code: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_PRICE_FIELD_NUMBER: _ClassVar[int]
    DELETED_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    IMAGES_FIELD_NUMBER: _ClassVar[int]
    LIVEMODE_FIELD_NUMBER: _ClassVar[int]
    MARKETING_FEATURES_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    PACKAGE_DIMENSIONS_FIELD_NUMBER: _ClassVar[int]
    SHIPPABLE_FIELD_NUMBER: _ClassVar[int]
    STATEMENT_DESCRIPTOR_FIELD_NUMBER: _ClassVar[int]
    TAX_CODE_FIELD_NUMBER: _ClassVar[int]
    TAX_DETAILS_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    UNIT_LABEL_FIELD_NUMBER: _ClassVar[int]
    UPDATED_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    active: bool
    created: int
    default_price: Price
    deleted: bool
    description: str
    id: str
    images: _containers.RepeatedScalarFieldContainer[str]
    livemode: bool
    marketing_features: _containers.RepeatedCompositeFieldContainer[Product.MarketingFeature]
    metadata: _containers.ScalarMap[str, str]
    name: str
    object: str
    package_dimensions: Product.PackageDimensions
    shippable: bool
    statement_descriptor: str
    tax_code: _references_pb2.TaxCode
    tax_details: Product.TaxDetails
    type: Product.Type
    unit_label: str
    updated: int
    url: str
    unmodeled_fields: _struct_pb2.Struct
    def __init__(self, active: _Optional[bool] = ..., created: _Optional[int] = ..., default_price: _Optional[_Union[Price, _Mapping]] = ..., deleted: _Optional[bool] = ..., description: _Optional[str] = ..., id: _Optional[str] = ..., images: _Optional[_Iterable[str]] = ..., livemode: _Optional[bool] = ..., marketing_features: _Optional[_Iterable[_Union[Product.MarketingFeature, _Mapping]]] = ..., metadata: _Optional[_Mapping[str, str]] = ..., name: _Optional[str] = ..., object: _Optional[str] = ..., package_dimensions: _Optional[_Union[Product.PackageDimensions, _Mapping]] = ..., shippable: _Optional[bool] = ..., statement_descriptor: _Optional[str] = ..., tax_code: _Optional[_Union[_references_pb2.TaxCode, _Mapping]] = ..., tax_details: _Optional[_Union[Product.TaxDetails, _Mapping]] = ..., type: _Optional[_Union[Product.Type, str]] = ..., unit_label: _Optional[str] = ..., updated: _Optional[int] = ..., url: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
