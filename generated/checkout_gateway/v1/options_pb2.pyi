from google.protobuf import descriptor_pb2 as _descriptor_pb2
from google.protobuf import descriptor as _descriptor
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor
STRIPE_VALUE_FIELD_NUMBER: _ClassVar[int]
stripe_value: _descriptor.FieldDescriptor
REQUIRED_FIELD_NUMBER: _ClassVar[int]
required: _descriptor.FieldDescriptor
EXPANDABLE_FIELD_NUMBER: _ClassVar[int]
expandable: _descriptor.FieldDescriptor
