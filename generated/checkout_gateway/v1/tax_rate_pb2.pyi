from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class TaxRate(_message.Message):
    __slots__ = ("active", "country", "created", "description", "display_name", "effective_percentage", "flat_amount", "id", "inclusive", "jurisdiction", "jurisdiction_level", "livemode", "metadata", "object", "percentage", "rate_type", "state", "tax_type", "unmodeled_fields")
    class JurisdictionLevel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        JURISDICTION_LEVEL_UNSPECIFIED: _ClassVar[TaxRate.JurisdictionLevel]
        JURISDICTION_LEVEL_CITY: _ClassVar[TaxRate.JurisdictionLevel]
        JURISDICTION_LEVEL_COUNTRY: _ClassVar[TaxRate.JurisdictionLevel]
        JURISDICTION_LEVEL_COUNTY: _ClassVar[TaxRate.JurisdictionLevel]
        JURISDICTION_LEVEL_DISTRICT: _ClassVar[TaxRate.JurisdictionLevel]
        JURISDICTION_LEVEL_MULTIPLE: _ClassVar[TaxRate.JurisdictionLevel]
        JURISDICTION_LEVEL_STATE: _ClassVar[TaxRate.JurisdictionLevel]
    JURISDICTION_LEVEL_UNSPECIFIED: TaxRate.JurisdictionLevel
    JURISDICTION_LEVEL_CITY: TaxRate.JurisdictionLevel
    JURISDICTION_LEVEL_COUNTRY: TaxRate.JurisdictionLevel
    JURISDICTION_LEVEL_COUNTY: TaxRate.JurisdictionLevel
    JURISDICTION_LEVEL_DISTRICT: TaxRate.JurisdictionLevel
    JURISDICTION_LEVEL_MULTIPLE: TaxRate.JurisdictionLevel
    JURISDICTION_LEVEL_STATE: TaxRate.JurisdictionLevel
    class RateType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        RATE_TYPE_UNSPECIFIED: _ClassVar[TaxRate.RateType]
        RATE_TYPE_FLAT_AMOUNT: _ClassVar[TaxRate.RateType]
        RATE_TYPE_PERCENTAGE: _ClassVar[TaxRate.RateType]
    RATE_TYPE_UNSPECIFIED: TaxRate.RateType
    RATE_TYPE_FLAT_AMOUNT: TaxRate.RateType
    RATE_TYPE_PERCENTAGE: TaxRate.RateType
    class TaxType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        TAX_TYPE_UNSPECIFIED: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_ADMISSIONS_TAX: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_AMUSEMENT_TAX: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_ATTENDANCE_TAX: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_COMMUNICATIONS_TAX: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_DIGITAL_EXCISE_TAX: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_ENTERTAINMENT_TAX: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_GET_FUND: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_GROSS_RECEIPTS_TAX: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_GST: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_HOSPITALITY_TAX: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_HST: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_IGST: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_JCT: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_LEASE_TAX: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_LUXURY_TAX: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_MASS_TRANSIT_PARKING_TAX: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_NHIL: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_PARKING_TAX: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_PST: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_QST: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_RESORT_TAX: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_RETAIL_DELIVERY_FEE: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_RST: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_SALES_TAX: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_SERVICE_TAX: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_TOURISM_TAX: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_UTILITY_USERS_TAX: _ClassVar[TaxRate.TaxType]
        TAX_TYPE_VAT: _ClassVar[TaxRate.TaxType]
    TAX_TYPE_UNSPECIFIED: TaxRate.TaxType
    TAX_TYPE_ADMISSIONS_TAX: TaxRate.TaxType
    TAX_TYPE_AMUSEMENT_TAX: TaxRate.TaxType
    TAX_TYPE_ATTENDANCE_TAX: TaxRate.TaxType
    TAX_TYPE_COMMUNICATIONS_TAX: TaxRate.TaxType
    TAX_TYPE_DIGITAL_EXCISE_TAX: TaxRate.TaxType
    TAX_TYPE_ENTERTAINMENT_TAX: TaxRate.TaxType
    TAX_TYPE_GET_FUND: TaxRate.TaxType
    TAX_TYPE_GROSS_RECEIPTS_TAX: TaxRate.TaxType
    TAX_TYPE_GST: TaxRate.TaxType
    TAX_TYPE_HOSPITALITY_TAX: TaxRate.TaxType
    TAX_TYPE_HST: TaxRate.TaxType
    TAX_TYPE_IGST: TaxRate.TaxType
    TAX_TYPE_JCT: TaxRate.TaxType
    TAX_TYPE_LEASE_TAX: TaxRate.TaxType
    TAX_TYPE_LUXURY_TAX: TaxRate.TaxType
    TAX_TYPE_MASS_TRANSIT_PARKING_TAX: TaxRate.TaxType
    TAX_TYPE_NHIL: TaxRate.TaxType
    TAX_TYPE_PARKING_TAX: TaxRate.TaxType
    TAX_TYPE_PST: TaxRate.TaxType
    TAX_TYPE_QST: TaxRate.TaxType
    TAX_TYPE_RESORT_TAX: TaxRate.TaxType
    TAX_TYPE_RETAIL_DELIVERY_FEE: TaxRate.TaxType
    TAX_TYPE_RST: TaxRate.TaxType
    TAX_TYPE_SALES_TAX: TaxRate.TaxType
    TAX_TYPE_SERVICE_TAX: TaxRate.TaxType
    TAX_TYPE_TOURISM_TAX: TaxRate.TaxType
    TAX_TYPE_UTILITY_USERS_TAX: TaxRate.TaxType
    TAX_TYPE_VAT: TaxRate.TaxType
    class FlatAmount(_message.Message):
        __slots__ = ("amount", "currency", "unmodeled_fields")
        AMOUNT_FIELD_NUMBER: _ClassVar[int]
        CURRENCY_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        amount: int
        currency: str
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, amount: _Optional[int] = ..., currency: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    EFFECTIVE_PERCENTAGE_FIELD_NUMBER: _ClassVar[int]
    FLAT_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    INCLUSIVE_FIELD_NUMBER: _ClassVar[int]
    JURISDICTION_FIELD_NUMBER: _ClassVar[int]
    JURISDICTION_LEVEL_FIELD_NUMBER: _ClassVar[int]
    LIVEMODE_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    PERCENTAGE_FIELD_NUMBER: _ClassVar[int]
    RATE_TYPE_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    TAX_TYPE_FIELD_NUMBER: _ClassVar[int]
    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    active: bool
    country: str
    created: int
    description: str
    display_name: str
    effective_percentage: float
    flat_amount: TaxRate.FlatAmount
    id: str
    inclusive: bool
    jurisdiction: str
    jurisdiction_level: TaxRate.JurisdictionLevel
    livemode: bool
    metadata: _containers.ScalarMap[str, str]
    object: str
    percentage: float
    rate_type: TaxRate.RateType
    state: str
    tax_type: TaxRate.TaxType
    unmodeled_fields: _struct_pb2.Struct
    def __init__(self, active: _Optional[bool] = ..., country: _Optional[str] = ..., created: _Optional[int] = ..., description: _Optional[str] = ..., display_name: _Optional[str] = ..., effective_percentage: _Optional[float] = ..., flat_amount: _Optional[_Union[TaxRate.FlatAmount, _Mapping]] = ..., id: _Optional[str] = ..., inclusive: _Optional[bool] = ..., jurisdiction: _Optional[str] = ..., jurisdiction_level: _Optional[_Union[TaxRate.JurisdictionLevel, str]] = ..., livemode: _Optional[bool] = ..., metadata: _Optional[_Mapping[str, str]] = ..., object: _Optional[str] = ..., percentage: _Optional[float] = ..., rate_type: _Optional[_Union[TaxRate.RateType, str]] = ..., state: _Optional[str] = ..., tax_type: _Optional[_Union[TaxRate.TaxType, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
