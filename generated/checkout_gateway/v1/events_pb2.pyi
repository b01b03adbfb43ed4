from checkout_gateway.v1 import checkout_session_pb2 as _checkout_session_pb2
from checkout_gateway.v1 import checkout_session_requests_pb2 as _checkout_session_requests_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class WatchCheckoutSessionRequest(_message.Message):
    __slots__ = ("id", "expand")
    ID_FIELD_NUMBER: _ClassVar[int]
    EXPAND_FIELD_NUMBER: _ClassVar[int]
    id: str
    expand: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, id: _Optional[str] = ..., expand: _Optional[_Iterable[str]] = ...) -> None: ...

class StreamCheckoutSessionEventsRequest(_message.Message):
    __slots__ = ("types", "starting_after_event", "created", "follow")
    TYPES_FIELD_NUMBER: _ClassVar[int]
    STARTING_AFTER_EVENT_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    FOLLOW_FIELD_NUMBER: _ClassVar[int]
    types: _containers.RepeatedScalarFieldContainer[str]
    starting_after_event: str
    created: _checkout_session_requests_pb2.ListCheckoutSessionsRequest.Created
    follow: bool
    def __init__(self, types: _Optional[_Iterable[str]] = ..., starting_after_event: _Optional[str] = ..., created: _Optional[_Union[_checkout_session_requests_pb2.ListCheckoutSessionsRequest.Created, _Mapping]] = ..., follow: _Optional[bool] = ...) -> None: ...

class Event(_message.Message):
    __slots__ = ("id", "type", "created", "api_version", "data", "request", "account", "livemode", "pending_webhooks", "unmodeled_fields")
    class Data(_message.Message):
        __slots__ = ("object", "previous_attributes")
        OBJECT_FIELD_NUMBER: _ClassVar[int]
        PREVIOUS_ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
        object: _checkout_session_pb2.CheckoutSession
        previous_attributes: _struct_pb2.Struct
        def __init__(self, object: _Optional[_Union[_checkout_session_pb2.CheckoutSession, _Mapping]] = ..., previous_attributes: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class Request(_message.Message):
        __slots__ = ("id", "idempotency_key")
        ID_FIELD_NUMBER: _ClassVar[int]
        IDEMPOTENCY_KEY_FIELD_NUMBER: _ClassVar[int]
        id: str
        idempotency_key: str
        def __init__(self, id: _Optional[str] = ..., idempotency_key: _Optional[str] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    API_VERSION_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    LIVEMODE_FIELD_NUMBER: _ClassVar[int]
    PENDING_WEBHOOKS_FIELD_NUMBER: _ClassVar[int]
    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    id: str
    type: str
    created: int
    api_version: str
    data: Event.Data
    request: Event.Request
    account: str
    livemode: bool
    pending_webhooks: int
    unmodeled_fields: _struct_pb2.Struct
    def __init__(self, id: _Optional[str] = ..., type: _Optional[str] = ..., created: _Optional[int] = ..., api_version: _Optional[str] = ..., data: _Optional[_Union[Event.Data, _Mapping]] = ..., request: _Optional[_Union[Event.Request, _Mapping]] = ..., account: _Optional[str] = ..., livemode: _Optional[bool] = ..., pending_webhooks: _Optional[int] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
