from checkout_gateway.v1 import checkout_session_pb2 as _checkout_session_pb2
from checkout_gateway.v1 import checkout_session_requests_pb2 as _checkout_session_requests_pb2
from checkout_gateway.v1 import events_pb2 as _events_pb2
from checkout_gateway.v1 import line_item_pb2 as _line_item_pb2
from google.protobuf import descriptor as _descriptor
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor
