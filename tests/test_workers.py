"""`checkout-gateway serve --workers N`: worker processes sharing one port, and their supervisor.

The integration tests run the real CLI (conftest's spawn_serve) against an emulator in this
process, and look at the processes and sockets through /proc.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import grpc
import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2 as r
from checkout_gateway.v1 import checkout_session_service_pb2_grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from gateway.config import Config
from gateway.server import SERVICE_NAME
from stripe_emulator import Emulator, Fault
from tests.conftest import API_KEY, CLI, spawn_serve
from tests.test_gateway_rpcs import create_request

CHANNELS = 16

# (max_connections, max_waiting, rate_limit, rate_burst) for the whole gateway, the number of
# workers, and one worker's share.
SHARES = [
    ((1024, 1024, 0.0, 0), 1, (1024, 1024, 0.0, 0)),
    ((1024, 1024, 0.0, 0), 2, (512, 512, 0.0, 0)),
    ((1024, 1000, 100.0, 0), 3, (342, 334, 100 / 3, 0)),  # rounded up; burst 0 stays 0
    ((10, 0, 25.0, 5), 4, (3, 0, 6.25, 2)),  # max_waiting 0 (none may wait) stays 0
    ((1, 1, 1.0, 1), 8, (1, 1, 0.125, 1)),  # never below 1
]


@pytest.mark.parametrize(("total", "workers", "share"), SHARES)
def test_each_worker_gets_its_share_of_the_upstream_limits(
    total: tuple[int, int, float, int], workers: int, share: tuple[int, int, float, int]
) -> None:
    max_connections, max_waiting, rate_limit, rate_burst = total
    config = Config(
        api_key=API_KEY,
        max_connections=max_connections,
        max_waiting=max_waiting,
        rate_limit=rate_limit,
        rate_burst=rate_burst,
        workers=workers,
        max_retries=3,
    )
    mine = config.per_worker()
    assert (mine.max_connections, mine.max_waiting, mine.rate_limit, mine.rate_burst) == share
    assert mine.workers == 1 and mine.per_worker() == mine
    assert (mine.api_key, mine.max_retries, mine.listen) == (API_KEY, 3, config.listen)


# --- the real CLI, in processes -----------------------------------------------------------


def worker_pids(pid: int) -> list[int]:
    """The supervisor's worker processes (not multiprocessing's resource tracker)."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(c) for c in children if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


async def gone(*pids: int, within: float = 10) -> bool:
    async with asyncio.timeout(within):
        while any(running(p) for p in pids):
            await asyncio.sleep(0.02)
    return True


ESTABLISHED, LISTEN = "01", "0A"


def sockets_per_worker(port: int, pids: list[int], state: str) -> list[int]:
    """The sockets on local port `port` in `state` each worker holds: the kernel's TCP tables
    matched by inode to each worker's descriptors. tcp6 too: grpc's sockets are dual-stack,
    so 127.0.0.1 shows there as ::ffff:127.0.0.1."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == state:
                inodes.add(f"socket:[{fields[9]}]")
    counts = []
    for pid in pids:
        held = 0
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            with contextlib.suppress(FileNotFoundError):  # closed since listed
                held += os.readlink(fd) in inodes
        counts.append(held)
    return counts


@contextlib.asynccontextmanager
async def gateway(
    emulator: Emulator, *args: str
) -> AsyncIterator[tuple[asyncio.subprocess.Process, int]]:
    """`serve --workers 2 ARGS` in front of `emulator`, once it serves: (process, port)."""
    process, port, _ = await spawn_serve(
        "--stripe-api-base", emulator.base_url, "--workers", "2", *args, api_key=API_KEY
    )
    try:
        yield process, port
    finally:
        await kill(process)


async def finish(process: asyncio.subprocess.Process) -> tuple[int, str]:
    """The exit code and the rest of the log, once the process ends by itself."""
    assert process.stderr is not None
    try:
        async with asyncio.timeout(20):
            log = (await process.stderr.read()).decode()
            return await process.wait(), log
    finally:
        await kill(process)


async def kill(process: asyncio.subprocess.Process) -> None:
    """A gateway still running when a test ends must not outlive it."""
    if process.returncode is None:
        process.kill()
        await process.wait()


def channel(port: int) -> grpc.aio.Channel:
    # Its own subchannel pool: a TCP connection of its own, not shared with other channels.
    return grpc.aio.insecure_channel(
        f"127.0.0.1:{port}", options=[("grpc.use_local_subchannel_pool", 1)]
    )


async def test_workers_share_the_port_spread_connections_and_drain_at_sigterm() -> None:
    channels: list[grpc.aio.Channel] = []
    async with Emulator(api_key=API_KEY) as emulator, gateway(emulator) as (process, port):
        try:
            workers = worker_pids(process.pid)
            assert len(workers) == 2
            # The serving line comes once every worker listens (the supervisor's socket
            # holds the port without listening).
            assert sockets_per_worker(port, workers, LISTEN) == [1, 1]
            for pid in workers:  # the key travels over the pipe, never in argv
                assert API_KEY.encode() not in Path(f"/proc/{pid}/cmdline").read_bytes()

            # Every channel is answered, and the kernel spread them over both workers: with
            # 16 connections all landing on one of two is a 1-in-32768 chance, so try again.
            for _ in range(4):
                new = [channel(port) for _ in range(CHANNELS)]
                channels += new
                for ch in new:
                    stub = checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(ch)
                    created = await stub.CreateCheckoutSession(create_request(), timeout=10)
                    got = await stub.GetCheckoutSession(
                        r.GetCheckoutSessionRequest(id=created.id), timeout=10
                    )
                    assert got.id == created.id
                    health = await health_pb2_grpc.HealthStub(ch).Check(
                        health_pb2.HealthCheckRequest(service=SERVICE_NAME), timeout=10
                    )
                    assert health.status == health_pb2.HealthCheckResponse.SERVING
                counts = sockets_per_worker(port, workers, ESTABLISHED)
                assert sum(counts) == len(channels)
                if all(counts):
                    break
            assert all(counts), counts

            # One call in flight on every channel, then SIGTERM: every worker drains.
            emulator.faults.inject(Fault(latency=0.5, method="POST"), count=None)
            before = len(emulator.requests)
            calls = [
                asyncio.ensure_future(
                    checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(
                        ch
                    ).CreateCheckoutSession(create_request(), timeout=10)
                )
                for ch in channels
            ]
            async with asyncio.timeout(10):
                while len(emulator.requests) < before + len(calls):
                    await asyncio.sleep(0.02)
            process.send_signal(signal.SIGTERM)
            assert len(await asyncio.gather(*calls)) == len(channels)
            code, log = await finish(process)
            assert code == 0, log
            assert await gone(*workers)
            assert "gateway.server[worker-1] shutting down" in log
            assert "gateway.server[worker-2] shutting down" in log
            # Both workers answered calls; the per-call line itself is unchanged.
            assert "gateway.rpc[worker-1] rpc method=CreateCheckoutSession code=OK" in log
            assert "gateway.rpc[worker-2] rpc method=CreateCheckoutSession code=OK" in log
        finally:
            for ch in channels:
                await ch.close()


async def test_ctrl_c_reaching_every_process_is_one_clean_stop() -> None:
    async with Emulator(api_key=API_KEY) as emulator, gateway(emulator) as (process, _port):
        workers = worker_pids(process.pid)
        for pid in [process.pid, *workers]:  # what a terminal does to its foreground group
            os.kill(pid, signal.SIGINT)
        code, log = await finish(process)
        assert code == 0, log
        assert await gone(*workers)
        assert "Traceback" not in log


async def test_a_worker_that_dies_takes_the_gateway_down() -> None:
    async with Emulator(api_key=API_KEY) as emulator, gateway(emulator) as (process, _port):
        victim, other = worker_pids(process.pid)
        os.kill(victim, signal.SIGKILL)
        code, log = await finish(process)
        assert code == 1
        assert await gone(other)
        assert f"(pid {victim}) was killed by SIGKILL: stopping the others" in log


async def test_a_worker_that_dies_before_serving_takes_the_gateway_down() -> None:
    async with Emulator(api_key=API_KEY) as emulator:
        process = await asyncio.create_subprocess_exec(
            str(CLI),
            *("serve", "--listen", "127.0.0.1:0", "--workers", "2"),
            *("--stripe-api-base", emulator.base_url),
            env={**os.environ, "STRIPE_API_KEY": API_KEY},
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            async with asyncio.timeout(10):
                while len(workers := worker_pids(process.pid)) < 2:
                    await asyncio.sleep(0.005)
            os.kill(workers[0], signal.SIGKILL)  # long before it has even imported grpc
            code, log = await finish(process)
        finally:
            await kill(process)
        assert code == 1
        assert await gone(*workers)
        assert "was killed by SIGKILL before serving: stopping the others" in log
        assert " serving " not in log


async def test_workers_do_not_outlive_a_killed_supervisor() -> None:
    async with Emulator(api_key=API_KEY) as emulator, gateway(emulator) as (process, _port):
        workers = worker_pids(process.pid)
        process.kill()  # no SIGTERM to relay: each worker sees its parent's pipe close
        await process.wait()
        assert await gone(*workers)


def test_a_port_in_use_is_refused_with_a_clear_message() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        listen = f"127.0.0.1:{taken.getsockname()[1]}"
        result = subprocess.run(
            [str(CLI), "serve", "--listen", listen, "--workers", "2"],
            env={**os.environ, "STRIPE_API_KEY": API_KEY},
            capture_output=True,
            text=True,
            timeout=30,
        )
    assert result.returncode == 1
    assert f"cannot listen on {listen}: [Errno 98] Address already in use" in result.stderr


async def test_one_process_gateway_does_not_share_its_port_with_another() -> None:
    # grpc turns SO_REUSEPORT on by default: without turning it off, a second gateway on the
    # same port would quietly take half the connections instead of failing.
    first, port, _ = await spawn_serve(api_key=API_KEY)
    try:
        second = await asyncio.create_subprocess_exec(
            str(CLI),
            "serve",
            "--listen",
            f"127.0.0.1:{port}",
            env={**os.environ, "STRIPE_API_KEY": API_KEY},
            stderr=asyncio.subprocess.PIPE,
        )
        _, stderr = await asyncio.wait_for(second.communicate(), 30)
    finally:
        first.terminate()
        await first.wait()
    assert second.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}: in use".encode() in stderr
