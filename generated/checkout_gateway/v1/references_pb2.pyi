from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Account(_message.Message):
    __slots__ = ("id", "object", "unmodeled_fields")
    ID_FIELD_NUMBER: _ClassVar[int]
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    id: str
    object: str
    unmodeled_fields: _struct_pb2.Struct
    def __init__(self, id: _Optional[str] = ..., object: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class Customer(_message.Message):
    __slots__ = ("id", "object", "unmodeled_fields")
    ID_FIELD_NUMBER: _ClassVar[int]
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    id: str
    object: str
    unmodeled_fields: _struct_pb2.Struct
    def __init__(self, id: _Optional[str] = ..., object: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class Coupon(_message.Message):
    __slots__ = ("id", "object", "unmodeled_fields")
    ID_FIELD_NUMBER: _ClassVar[int]
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    id: str
    object: str
    unmodeled_fields: _struct_pb2.Struct
    def __init__(self, id: _Optional[str] = ..., object: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class PromotionCode(_message.Message):
    __slots__ = ("id", "object", "unmodeled_fields")
    ID_FIELD_NUMBER: _ClassVar[int]
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    id: str
    object: str
    unmodeled_fields: _struct_pb2.Struct
    def __init__(self, id: _Optional[str] = ..., object: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class Invoice(_message.Message):
    __slots__ = ("id", "object", "unmodeled_fields")
    ID_FIELD_NUMBER: _ClassVar[int]
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    id: str
    object: str
    unmodeled_fields: _struct_pb2.Struct
    def __init__(self, id: _Optional[str] = ..., object: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class TaxId(_message.Message):
    __slots__ = ("id", "object", "unmodeled_fields")
    ID_FIELD_NUMBER: _ClassVar[int]
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    id: str
    object: str
    unmodeled_fields: _struct_pb2.Struct
    def __init__(self, id: _Optional[str] = ..., object: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class TaxCode(_message.Message):
    __slots__ = ("id", "object", "unmodeled_fields")
    ID_FIELD_NUMBER: _ClassVar[int]
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    id: str
    object: str
    unmodeled_fields: _struct_pb2.Struct
    def __init__(self, id: _Optional[str] = ..., object: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class PaymentIntent(_message.Message):
    __slots__ = ("id", "object", "unmodeled_fields")
    ID_FIELD_NUMBER: _ClassVar[int]
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    id: str
    object: str
    unmodeled_fields: _struct_pb2.Struct
    def __init__(self, id: _Optional[str] = ..., object: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class PaymentLink(_message.Message):
    __slots__ = ("id", "object", "unmodeled_fields")
    ID_FIELD_NUMBER: _ClassVar[int]
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    id: str
    object: str
    unmodeled_fields: _struct_pb2.Struct
    def __init__(self, id: _Optional[str] = ..., object: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class SetupIntent(_message.Message):
    __slots__ = ("id", "object", "unmodeled_fields")
    ID_FIELD_NUMBER: _ClassVar[int]
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    id: str
    object: str
    unmodeled_fields: _struct_pb2.Struct
    def __init__(self, id: _Optional[str] = ..., object: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class ShippingRate(_message.Message):
    __slots__ = ("id", "object", "unmodeled_fields")
    ID_FIELD_NUMBER: _ClassVar[int]
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    id: str
    object: str
    unmodeled_fields: _struct_pb2.Struct
    def __init__(self, id: _Optional[str] = ..., object: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class Subscription(_message.Message):
    __slots__ = ("id", "object", "unmodeled_fields")
    ID_FIELD_NUMBER: _ClassVar[int]
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    id: str
    object: str
    unmodeled_fields: _struct_pb2.Struct
    def __init__(self, id: _Optional[str] = ..., object: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
