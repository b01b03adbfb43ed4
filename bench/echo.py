"""The floor for Python gRPC: a bare grpc.aio server answering the gateway's unary RPCs.

It serves the gateway's service name and methods, so the load generator uses the very same
stub, and answers every call with one pre-serialised CheckoutSession (the session the
benchmark reads, as the gateway would decode it): no validation, no upstream, no decoding.
Like `checkout-gateway serve`, it runs on uvloop.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import urllib.request
from typing import Any

import grpc
import uvloop
from checkout_gateway.v1 import checkout_session_pb2

from gateway.decoding import decode

SERVICE = "checkout_gateway.v1.CheckoutSessionService"
METHODS = ("GetCheckoutSession", "CreateCheckoutSession", "UpdateCheckoutSession")


def session_bytes(emulator: str, session_id: str, api_key: str) -> bytes:
    request = urllib.request.Request(
        f"{emulator}/v1/checkout/sessions/{session_id}",
        headers={"Authorization": f"Bearer {api_key}"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        data = json.loads(response.read())
    return decode(checkout_session_pb2.CheckoutSession, data).SerializeToString()


async def serve(port: int, body: bytes) -> None:
    async def answer(request: bytes, context: grpc.aio.ServicerContext[Any, Any]) -> bytes:
        return body

    handler = grpc.method_handlers_generic_handler(
        SERVICE, {name: grpc.unary_unary_rpc_method_handler(answer) for name in METHODS}
    )
    server = grpc.aio.server()
    server.add_generic_rpc_handlers((handler,))
    server.add_insecure_port(f"127.0.0.1:{port}")
    await server.start()
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopping.set)
    await stopping.wait()
    await server.stop(0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--emulator", required=True, help="the emulator's base URL")
    parser.add_argument("--session-id", required=True)
    parser.add_argument("--api-key", required=True)
    args = parser.parse_args()
    body = session_bytes(args.emulator, args.session_id, args.api_key)
    uvloop.run(serve(args.port, body))


if __name__ == "__main__":
    main()
