"""gateway.telemetry.grpclog: grpc's tracebacks for what callers do become one WARNING line,
rate-limited."""

from __future__ import annotations

import asyncio
import logging
import re
import sys
from collections.abc import Iterator

import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2 as r

from gateway.telemetry.grpclog import GRPC_LOGGER, QUIETED, GrpcNoiseFilter
from stripe_emulator import Emulator
from tests.conftest import API_KEY, Stack, spawn_serve, start_stack, stop_stack
from tests.raw_grpc import RawConnection
from tests.test_deadlines import tracebacks

SERVICE = "/checkout_gateway.v1.CheckoutSessionService/"
UNDECODABLE = b"\n\x02\xff\xfe"


def record(message: str, exception: type[BaseException] | None) -> logging.LogRecord:
    exc_info = None
    if exception is not None:
        try:
            raise exception("boom")
        except BaseException:
            exc_info = sys.exc_info()
    return logging.LogRecord(GRPC_LOGGER, logging.ERROR, "cygrpc", 1, message, None, exc_info)


def named(name: str) -> type[Exception]:
    """An exception class with grpc's class name (cygrpc's own are private)."""
    return type(name, (Exception,), {})


@pytest.mark.parametrize(("row", "line"), list(QUIETED.items()))
def test_quieted_rows(row: tuple[str, str], line: str) -> None:
    prefix, exception = row
    rec = record(prefix + " b'acct_\\xff'", named(exception))
    assert GrpcNoiseFilter().filter(rec)
    assert (rec.levelno, rec.levelname, rec.getMessage()) == (logging.WARNING, "WARNING", line)
    assert rec.exc_info is None and rec.exc_text is None


@pytest.mark.parametrize(
    ("message", "exception"),
    [
        ("Unexpected [RuntimeError] raised by servicer method [/x/Y]", RuntimeError),
        ("Invalid encoding on b'x'", ValueError),  # the wording, but not the exception
        ("Abort error unexpectedly suppressed", None),
    ],
)
def test_genuine_errors_pass_unchanged(message: str, exception: type[BaseException] | None) -> None:
    rec = record(message, exception)
    assert GrpcNoiseFilter().filter(rec)
    assert rec.levelno == logging.ERROR and rec.getMessage() == message
    assert (rec.exc_info is not None) == (exception is not None)


def test_one_line_per_kind_per_interval_counting_the_rest() -> None:
    now = [100.0]
    quiet = GrpcNoiseFilter(interval=60.0, clock=lambda: now[0])
    bad_metadata = ("Invalid encoding on b'x'", UnicodeDecodeError)

    def emit(message: str, exc: type[BaseException]) -> logging.LogRecord | None:
        rec = record(message, named(exc.__name__))
        return rec if quiet.filter(rec) else None

    assert emit(*bad_metadata) is not None
    assert emit(*bad_metadata) is None
    assert emit("", named("ExecuteBatchError")) is not None  # another kind: its own budget
    now[0] += 30
    assert emit(*bad_metadata) is None
    now[0] += 30
    again = emit(*bad_metadata)
    assert again is not None and "(2 more like it in the last 60 s)" in again.getMessage()


@pytest.fixture
def fresh_filter(stack: Stack) -> Iterator[None]:
    """The filter the gateway installed, swapped for a new one (no earlier test's budget)."""
    logger = logging.getLogger(GRPC_LOGGER)
    (installed,) = [f for f in logger.filters if isinstance(f, GrpcNoiseFilter)]
    logger.removeFilter(installed)
    logger.addFilter(GrpcNoiseFilter())
    yield
    for f in [f for f in logger.filters if isinstance(f, GrpcNoiseFilter)]:
        logger.removeFilter(f)
    logger.addFilter(installed)


# Issue 12's third reproduction: a text metadata value that is not UTF-8, sent five times.
async def test_non_utf8_metadata_is_one_warning_and_no_traceback(
    stack: Stack, caplog: pytest.LogCaptureFixture, fresh_filter: None
) -> None:
    connection = await RawConnection.open(stack.gateway.port)
    try:
        request = r.GetCheckoutSessionRequest(id="cs_test_1").SerializeToString()
        for _ in range(5):
            stream = await connection.start(
                SERVICE + "GetCheckoutSession", request, [(b"stripe-account", b"acct_\xff\xfe")]
            )
            answer = await connection.answer(stream)
            assert answer.status == 3  # INVALID_ARGUMENT
            assert "acct_" in answer.message
    finally:
        connection.close()
    grpc_records = [rec for rec in caplog.records if rec.name == GRPC_LOGGER]
    warnings = [rec for rec in grpc_records if rec.levelno >= logging.WARNING]
    assert [(rec.levelname, rec.getMessage()) for rec in warnings] == [
        ("WARNING", QUIETED["Invalid encoding on", "UnicodeDecodeError"])
    ]
    assert tracebacks(caplog) == []


# The other: a stream whose connection is reset while the gateway writes to it.
async def test_a_stream_reset_mid_write_logs_no_error(caplog: pytest.LogCaptureFixture) -> None:
    stack = await start_stack(seed=400)
    try:
        for _ in range(3):
            connection = await RawConnection.open(stack.gateway.port)
            stream = await connection.start(SERVICE + "StreamCheckoutSessions", b"", [])
            await connection.answer(stream, until_data=1)
            connection.close(reset=True)
        for _ in range(100):
            if caplog.text.count("method=StreamCheckoutSessions code=CANCELLED") == 3:
                break
            await asyncio.sleep(0.05)
        assert caplog.text.count("method=StreamCheckoutSessions code=CANCELLED") == 3
    finally:
        await stop_stack(stack)
    assert tracebacks(caplog) == []
    assert [rec.getMessage() for rec in caplog.records if rec.levelno >= logging.ERROR] == []


# The three reproductions against `checkout-gateway serve` itself (uvloop, its own logging).
async def test_the_served_process_logs_no_traceback_for_any_of_them() -> None:
    emulator = Emulator(api_key=API_KEY, seed=300)
    await emulator.start()
    process, port, _ = await spawn_serve("--stripe-api-base", emulator.base_url, api_key=API_KEY)
    try:
        for i in range(5):
            connection = await RawConnection.open(port)
            stream = await connection.start(SERVICE + "StreamCheckoutSessions", b"", [])
            await connection.answer(stream, until_data=1 + i * 5000)
            connection.close(reset=True)
        connection = await RawConnection.open(port)
        get = r.GetCheckoutSessionRequest(id="cs_test_1").SerializeToString()
        for _ in range(3):
            stream = await connection.start(
                SERVICE + "GetCheckoutSession", get, [(b"stripe-account", b"acct_\xff")]
            )
            assert (await connection.answer(stream)).status == 3
            stream = await connection.start(SERVICE + "CreateCheckoutSession", UNDECODABLE, [])
            assert (await connection.answer(stream)).status == 3
        connection.close()
    finally:
        process.terminate()
        assert process.stderr is not None
        log = (await process.stderr.read()).decode()
        await process.wait()
        await emulator.stop()
    assert "Traceback" not in log and " ERROR " not in log, log[-3000:]
    assert log.count(" WARNING ") == 1, log[-3000:]
    assert len(re.findall(r"rpc method=\S+ code=INVALID_ARGUMENT", log)) == 6
    # ...and each refused create, a write, has its audit record (gateway.audit) as well.
    assert len(re.findall(r"audit .* rpc=CreateCheckoutSession .* code=INVALID_ARGUMENT", log)) == 3
