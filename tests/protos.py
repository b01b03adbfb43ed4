"""A message class's descriptor, typed as the one class the tests walk."""

from __future__ import annotations

from google.protobuf.descriptor import Descriptor
from google.protobuf.message import Message


def descriptor(cls: type[Message]) -> Descriptor:
    """`cls.DESCRIPTOR`: the stubs say pure-Python or upb descriptor; upb's passes isinstance."""
    found = cls.DESCRIPTOR
    assert isinstance(found, Descriptor)
    return found
