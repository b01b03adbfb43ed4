"""A pytest plugin: no Stripe secret key in any log record, gRPC status or response metadata.

Registered by tests/conftest.py, it runs every test with the root logger at DEBUG and a
handler that formats every record (exception text included) and looks in it for a secret:
the keys registered with `register()` and anything shaped like a Stripe key (`sk_test_…`,
`rk_live_…`), which covers every key a test makes up. `interceptors()` gives client
interceptors that look the same way at every status message, status detail and metadata a
gateway sends back (conftest's start_stack puts them on its channel).

A leak fails the test it happened in (an error at teardown), and any leak seen outside a
test fails the run at the end of the session.

conftest.py imports this module before pytest loads it as a plugin, so pytest cannot rewrite
its asserts (it has none): PYTEST_DONT_REWRITE.
"""

from __future__ import annotations

import asyncio
import logging
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import grpc
import pytest

# A Stripe secret or restricted key, or a webhook signing secret, in full: the redacted forms
# (`sk_test_…abcd`, `sk_test_****abcd`) do not match, having no run of 8 letters or digits
# after the prefix.
KEY_SHAPE = re.compile(r"(?:[sr]k_(?:test|live)|whsec)_[A-Za-z0-9]{8,}")
_SECRETS: set[str] = set()


def register(*secrets: str) -> None:
    """Secrets to look for besides anything shaped like a key."""
    _SECRETS.update(s for s in secrets if s)


def find_secrets(text: str | bytes) -> list[str]:
    """The secrets in `text`; bytes (binary metadata, packed details) are read as Latin-1."""
    if isinstance(text, bytes):
        text = text.decode("latin-1")
    found = {s for s in _SECRETS if s in text}
    found.update(KEY_SHAPE.findall(text))
    return sorted(found)


class Collector:
    """Leaks seen so far: (where, the secret redacted for the report)."""

    def __init__(self) -> None:
        self.leaks: list[str] = []
        self._lock = threading.Lock()

    def check(self, where: str, text: str | bytes | None) -> None:
        if not text:
            return
        for secret in find_secrets(text):
            with self._lock:
                self.leaks.append(f"{where}: {secret[:8]}…{secret[-4:]}")

    def check_metadata(self, where: str, metadata: Iterable[Any] | None) -> None:
        for key, value in metadata or ():
            self.check(f"{where} {key}", key)
            self.check(f"{where} {key}", value)

    def check_status(
        self, where: str, code: Any, details: Any, trailing: Any, initial: Any
    ) -> None:
        self.check(f"{where} status message ({code})", details)
        self.check_metadata(f"{where} trailing metadata", trailing)
        self.check_metadata(f"{where} initial metadata", initial)


COLLECTOR = Collector()


class RecordingHandler(logging.Handler):
    """Formats every record, exception and stack text included, and checks it."""

    def __init__(self, collector: Collector) -> None:
        super().__init__(logging.DEBUG)
        self.collector = collector
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = self.format(record)
        except Exception:  # a record whose args do not fit its message: check the parts
            text = f"{record.msg!r} {record.args!r}"
        self.count += 1
        self.collector.check(f"log record {record.name} {record.levelname}", text)


# --- gRPC client interceptors ---------------------------------------------------------------


def _method(details: Any) -> str:
    method = details.method
    return method.decode() if isinstance(method, bytes) else str(method)


class _UnaryUnary(grpc.aio.UnaryUnaryClientInterceptor):  # type: ignore[misc]
    def __init__(self, collector: Collector) -> None:
        self.collector = collector

    async def intercept_unary_unary(
        self, continuation: Callable[..., Any], client_call_details: Any, request: Any
    ) -> Any:
        call = await continuation(client_call_details, request)
        try:
            code = await call.code()  # the call as a whole: response, status and trailers
        except asyncio.CancelledError:
            call.cancel()
            raise
        self.collector.check_status(
            _method(client_call_details),
            code,
            await call.details(),
            await call.trailing_metadata(),
            await call.initial_metadata(),
        )
        return call


class _UnaryStream(grpc.aio.UnaryStreamClientInterceptor):  # type: ignore[misc]
    def __init__(self, collector: Collector) -> None:
        self.collector = collector

    async def intercept_unary_stream(
        self, continuation: Callable[..., Any], client_call_details: Any, request: Any
    ) -> Any:
        call = await continuation(client_call_details, request)
        where = _method(client_call_details)
        collector = self.collector

        async def responses() -> Any:
            try:
                async for response in call:
                    yield response
            except grpc.aio.AioRpcError as err:
                collector.check_status(
                    where,
                    err.code(),
                    err.details(),
                    err.trailing_metadata(),
                    err.initial_metadata(),
                )
                raise
            collector.check_status(
                where,
                await call.code(),
                await call.details(),
                await call.trailing_metadata(),
                await call.initial_metadata(),
            )

        return responses()


def interceptors(collector: Collector = COLLECTOR) -> list[grpc.aio.ClientInterceptor]:
    """Client interceptors checking every status and metadata a server answers with."""
    return [_UnaryUnary(collector), _UnaryStream(collector)]


# --- the plugin --------------------------------------------------------------------------

_HANDLER = RecordingHandler(COLLECTOR)
_reported = 0


def pytest_configure(config: pytest.Config) -> None:
    logging.getLogger().addHandler(_HANDLER)


def pytest_unconfigure(config: pytest.Config) -> None:
    logging.getLogger().removeHandler(_HANDLER)


@pytest.fixture(autouse=True)
def _no_secret_leaks() -> Iterator[None]:
    """Every test at DEBUG; a secret in a log record or a gateway's answer fails it."""
    global _reported
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.DEBUG)
    start = len(COLLECTOR.leaks)
    try:
        yield
    finally:
        root.setLevel(level)
    leaks = COLLECTOR.leaks[start:]
    _reported = len(COLLECTOR.leaks)
    if leaks:
        pytest.fail("a Stripe secret leaked:\n  " + "\n  ".join(leaks), pytrace=False)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if len(COLLECTOR.leaks) > _reported and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if COLLECTOR.leaks:
        terminalreporter.section("Stripe secrets leaked", red=True)
        for leak in COLLECTOR.leaks:
            terminalreporter.line(leak)
    else:
        terminalreporter.line(
            f"secrets guard: no Stripe secret in {_HANDLER.count} log records "
            "or in any status or metadata checked"
        )
