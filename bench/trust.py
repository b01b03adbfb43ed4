"""`python -m bench.trust`: what the trust boundary costs a call, mode by mode.

One gateway process at a time (`checkout-gateway serve`, against the emulator in fast mode,
each its own process) in each mode: plaintext with no policy (today's loopback default), then
a policy with a static token, TLS, mTLS, and a JWT (RS256). This process keeps
`--concurrency` GetCheckoutSession calls in flight over `--channels` channels for `--duration`
seconds per mode and prints the gateway's CPU per call (what a busy machine skews least),
calls/s and latency percentiles. Certificates come from a test
CA (trustme) made for the run. No timing claims are made in tests; this is where they come from.

    python -m bench.trust [--duration 5] [--concurrency 50] [--channels 4]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import tempfile
import time
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
import jwt
import trustme
from checkout_gateway.v1 import checkout_session_requests_pb2 as req
from checkout_gateway.v1 import checkout_session_service_pb2_grpc
from cryptography.hazmat.primitives.asymmetric import rsa

from bench.common import (
    API_KEY,
    free_port,
    percentile,
    python_command,
    start,
    stop,
    tree_cpu_seconds,
)

TOKEN = "bench-token-0123456789abcdef0123456789abcdef"
ISSUER, AUDIENCE = "https://issuer.bench.example", "checkout-gateway"


@dataclass(frozen=True)
class Mode:
    name: str
    flags: tuple[str, ...]
    tls: bool = False
    client_cert: bool = False
    bearer: str = ""


@dataclass(frozen=True)
class Pki:
    ca: bytes
    client_key: bytes
    client_cert: bytes
    jwt: str


def prepare(directory: Path) -> tuple[Pki, list[Mode]]:
    """Files for every mode (certificates, policy, JWT keys) and the modes themselves."""
    ca = trustme.CA()
    server = ca.issue_cert("127.0.0.1")
    client = ca.issue_cert("bench-client.example")
    server.cert_chain_pems[0].write_to_path(str(directory / "server.pem"))
    server.private_key_pem.write_to_path(str(directory / "server.key"))
    ca.cert_pem.write_to_path(str(directory / "ca.pem"))
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    (directory / "jwks.json").write_text(json.dumps({"keys": [{**jwk, "alg": "RS256"}]}))
    digest = hashlib.sha256(TOKEN.encode()).hexdigest()
    (directory / "policy.toml").write_text(
        f'[[callers]]\nid = "token-caller"\nrpcs = ["*"]\ntoken_sha256 = "{digest}"\n'
        '[[callers]]\nid = "bench-client.example"\nrpcs = ["*"]\n'
        '[[callers]]\nid = "jwt-caller"\nrpcs = ["*"]\n'
    )
    claims = {"iss": ISSUER, "aud": AUDIENCE, "sub": "jwt-caller", "exp": time.time() + 86400}
    token = jwt.encode(claims, key, algorithm="RS256")
    d = str(directory)
    policy = ("--policy", f"{d}/policy.toml")
    tls = ("--tls-cert", f"{d}/server.pem", "--tls-key", f"{d}/server.key")
    mtls = (*tls, "--tls-client-ca", f"{d}/ca.pem")
    jwt_flags = ("--jwt-keys", f"{d}/jwks.json", "--jwt-issuer", ISSUER, "--jwt-audience", AUDIENCE)
    modes = [
        Mode("plaintext, no policy", ()),
        Mode("plaintext, policy, static token", policy, bearer=TOKEN),
        Mode("TLS, policy, static token", (*tls, *policy), tls=True, bearer=TOKEN),
        Mode("mTLS, policy, certificate identity", (*mtls, *policy), tls=True, client_cert=True),
        Mode(
            "mTLS, policy, JWT (RS256)",
            (*mtls, *policy, *jwt_flags),
            tls=True,
            client_cert=True,
            bearer=token,
        ),
    ]
    pki = Pki(
        ca.cert_pem.bytes(),
        client.private_key_pem.bytes(),
        client.cert_chain_pems[0].bytes(),
        token,
    )
    return pki, modes


def channel(target: str, mode: Mode, pki: Pki) -> grpc.aio.Channel:
    options = [("grpc.use_local_subchannel_pool", 1)]  # a connection per channel
    if not mode.tls:
        return grpc.aio.insecure_channel(target, options=options)
    credentials = grpc.ssl_channel_credentials(
        pki.ca,
        pki.client_key if mode.client_cert else None,
        pki.client_cert if mode.client_cert else None,
    )
    return grpc.aio.secure_channel(target, credentials, options=options)


async def measure(
    target: str, mode: Mode, pki: Pki, session_id: str, args: argparse.Namespace, pid: int
) -> dict[str, Any]:
    channels = [channel(target, mode, pki) for _ in range(args.channels)]
    stubs: list[Any] = [
        checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(c) for c in channels
    ]
    metadata = (("authorization", f"Bearer {mode.bearer}"),) if mode.bearer else ()
    request = req.GetCheckoutSessionRequest(id=session_id)
    await asyncio.gather(*(c.channel_ready() for c in channels))  # handshakes done first
    latencies: list[float] = []
    errors = 0
    cpu: list[float] = []
    start_at = time.perf_counter()
    warm_until = start_at + args.warmup
    end = warm_until + args.duration

    async def caller(n: int) -> None:
        nonlocal errors
        stub = stubs[n % len(stubs)]
        while (began := time.perf_counter()) < end:
            try:
                await stub.GetCheckoutSession(request, metadata=metadata, timeout=30)
            except grpc.aio.AioRpcError:
                errors += 1
                continue
            if began >= warm_until:
                latencies.append(time.perf_counter() - began)

    async def cpu_at_the_window() -> None:
        # The gateway's CPU over the measured window: robust where a busy machine skews calls/s.
        await asyncio.sleep(max(0.0, warm_until - time.perf_counter()))
        cpu.append(tree_cpu_seconds(pid))
        await asyncio.sleep(max(0.0, end - time.perf_counter()))
        cpu.append(tree_cpu_seconds(pid))

    try:
        await asyncio.gather(cpu_at_the_window(), *(caller(n) for n in range(args.concurrency)))
    finally:
        for c in channels:
            await c.close()
    latencies.sort()
    return {
        "mode": mode.name,
        "calls_per_s": len(latencies) / args.duration,
        "cpu_us_per_call": (cpu[1] - cpu[0]) / max(1, len(latencies)) * 1e6,
        "p50_ms": percentile(latencies, 0.5) * 1000,
        "p99_ms": percentile(latencies, 0.99) * 1000,
        "errors": errors,
    }


def run_mode(mode: Mode, pki: Pki, url: str, session_id: str, args: argparse.Namespace) -> Any:
    port = free_port()
    command = [
        *python_command("-m", "gateway.cli", "serve", "--stripe-api-base", url),
        *("--listen", f"127.0.0.1:{port}", "--log-level", "WARNING", *mode.flags),
    ]
    gateway = start(command, port, env={"STRIPE_API_KEY": API_KEY})
    try:
        return asyncio.run(measure(f"127.0.0.1:{port}", mode, pki, session_id, args, gateway.pid))
    finally:
        stop(gateway)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.trust", description=__doc__)
    parser.add_argument("--duration", type=float, default=5.0, help="measured seconds per mode")
    parser.add_argument("--warmup", type=float, default=1.0, help="unmeasured seconds first")
    parser.add_argument("--concurrency", type=int, default=50, help="calls in flight")
    parser.add_argument("--channels", type=int, default=4, help="gRPC channels (connections)")
    args = parser.parse_args(argv)
    emulator_port = free_port()
    emulator = start(
        [
            *python_command("-m", "gateway.cli", "emulator", "--fast", "--seed", "10"),
            *("--listen", f"127.0.0.1:{emulator_port}"),
        ],
        emulator_port,
    )
    url = f"http://127.0.0.1:{emulator_port}"
    try:
        listed = emulator_json(f"{url}/v1/checkout/sessions?limit=1")
        session_id = str(listed["data"][0]["id"])
        with tempfile.TemporaryDirectory() as directory:
            pki, modes = prepare(Path(directory))
            rows = [run_mode(mode, pki, url, session_id, args) for mode in modes]
    finally:
        stop(emulator)
    base = rows[0]["cpu_us_per_call"]
    print(
        f"GetCheckoutSession, {args.concurrency} in flight over {args.channels} channels, "
        f"{args.duration:g} s per mode, one gateway process\n"
    )
    print("| mode | gateway CPU µs/call | vs plaintext | calls/s | p50 ms | p99 ms | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row['mode']} | {row['cpu_us_per_call']:.0f} "
            f"| {row['cpu_us_per_call'] / base:.2f}x | {row['calls_per_s']:.0f} "
            f"| {row['p50_ms']:.2f} | {row['p99_ms']:.2f} | {row['errors']} |"
        )


def emulator_json(url: str) -> Any:
    """The emulator's JSON answer at `url`, asked with the bench's key."""
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {API_KEY}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


if __name__ == "__main__":
    main()
