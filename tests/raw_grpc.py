"""A gRPC client at the HTTP/2 frame level, for requests no gRPC library will send.

grpc-python and grpc-js refuse to send a non-UTF-8 text header or to reset a connection in
the middle of a stream; a gateway must survive both, so these tests speak HTTP/2 themselves
(with h2, which does the framing and HPACK).
"""

from __future__ import annotations

import asyncio
import socket
import struct
from dataclasses import dataclass, field

import h2.config
import h2.connection
import h2.events


def frame(message: bytes) -> bytes:
    """One gRPC length-prefixed message (uncompressed)."""
    return struct.pack(">?I", False, len(message)) + message


@dataclass
class Answer:
    headers: dict[bytes, bytes] = field(default_factory=dict)
    data: bytes = b""
    trailers: dict[bytes, bytes] = field(default_factory=dict)
    reset: bool = False

    @property
    def status(self) -> int | None:
        raw = self.trailers.get(b"grpc-status", self.headers.get(b"grpc-status"))
        return None if raw is None else int(raw)

    @property
    def message(self) -> str:
        raw = self.trailers.get(b"grpc-message", self.headers.get(b"grpc-message", b""))
        return raw.decode("utf-8", "replace")


class RawConnection:
    """One HTTP/2 connection to a gRPC server on loopback; `close(reset=True)` sends a TCP RST."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        config = h2.config.H2Configuration(
            client_side=True, header_encoding=None, validate_outbound_headers=False
        )
        self.h2 = h2.connection.H2Connection(config=config)
        self.h2.initiate_connection()

    @classmethod
    async def open(cls, port: int) -> RawConnection:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        connection = cls(reader, writer)
        await connection.flush()
        return connection

    async def flush(self) -> None:
        self.writer.write(self.h2.data_to_send())
        await self.writer.drain()

    async def start(self, method: str, message: bytes, headers: list[tuple[bytes, bytes]]) -> int:
        """Send one request (its headers, its message, end of stream); the stream's id."""
        stream = self.h2.get_next_available_stream_id()
        self.h2.send_headers(
            stream,
            [
                (b":method", b"POST"),
                (b":scheme", b"http"),
                (b":path", method.encode()),
                (b":authority", b"127.0.0.1"),
                (b"content-type", b"application/grpc"),
                (b"te", b"trailers"),
                *headers,
            ],
        )
        self.h2.send_data(stream, frame(message), end_stream=True)
        await self.flush()
        return stream

    async def answer(self, stream: int, *, until_data: int = 0) -> Answer:
        """Read until the stream ends (or, with `until_data`, until that many bytes of data)."""
        answer = Answer()
        while True:
            chunk = await self.reader.read(65536)
            if not chunk:
                answer.reset = True
                return answer
            for event in self.h2.receive_data(chunk):
                if isinstance(event, h2.events.DataReceived) and event.stream_id == stream:
                    answer.data += event.data
                    self.h2.acknowledge_received_data(event.flow_controlled_length, stream)
                elif isinstance(event, h2.events.ResponseReceived) and event.stream_id == stream:
                    answer.headers = dict(event.headers)
                elif isinstance(event, h2.events.TrailersReceived) and event.stream_id == stream:
                    answer.trailers = dict(event.headers)
                elif isinstance(event, h2.events.StreamReset) and event.stream_id == stream:
                    answer.reset = True
                    return answer
                elif isinstance(event, h2.events.StreamEnded) and event.stream_id == stream:
                    await self.flush()
                    return answer
            await self.flush()
            if until_data and len(answer.data) >= until_data:
                return answer

    def close(self, *, reset: bool = False) -> None:
        if reset:
            # Linger 0: the kernel answers the peer's next write with a TCP RST.
            sock = self.writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.writer.close()
