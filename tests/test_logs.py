"""Logs: `--log-format json` writes one JSON object per line, each call's with its trace id."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import signal
import sys
import time

import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2 as r
from checkout_gateway.v1 import checkout_session_service_pb2_grpc
from opentelemetry import trace
from opentelemetry.proto.trace.v1.trace_pb2 import Span

import gateway.logs
from gateway.logs import RPC_LOG, ContextFilter, _LineHandler, formatter, info_line, rpc_line
from stripe_emulator import Emulator
from tests.conftest import API_KEY, spawn_serve
from tests.otlp_receiver import otlp_receiver
from tests.test_gateway_rpcs import create_request
from tests.test_metrics import channel
from tests.test_tracing import traceparent
from tests.test_workers import kill

CALL_KEYS = {
    "time",
    "level",
    "logger",
    "message",
    "method",
    "code",
    "latency_ms",
    "request_id",
    "idempotency_key",
    "caller",
    "worker",
    "trace_id",
    "span_id",
}


async def test_json_lines_parse_and_carry_the_trace_id_of_their_call(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OTEL_BSP_SCHEDULE_DELAY", "50")
    monkeypatch.delenv("OTEL_SDK_DISABLED", raising=False)
    async with otlp_receiver() as receiver, Emulator(api_key=API_KEY) as emulator:
        monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", f"http://127.0.0.1:{receiver.port}")
        process, port, first = await spawn_serve(
            *("--stripe-api-base", emulator.base_url, "--log-format", "json"), api_key=API_KEY
        )
        try:
            header, trace_id, _ = traceparent()
            async with channel(port) as ch:
                stub = checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(ch)
                created = await stub.CreateCheckoutSession(
                    create_request(),
                    metadata=[("traceparent", header), ("idempotency-key", "order-6735")],
                    timeout=20,
                )
                await stub.GetCheckoutSession(
                    r.GetCheckoutSessionRequest(id=created.id), timeout=20
                )
            process.send_signal(signal.SIGTERM)
            assert process.stderr is not None
            async with asyncio.timeout(30):
                rest = await process.stderr.read()
                assert await process.wait() == 0
        finally:
            await kill(process)
        spans = await receiver.wait_for(4)

    lines = [json.loads(line) for line in [*first, *rest.splitlines()] if line.strip()]
    assert all(isinstance(line, dict) for line in lines)
    assert any("serving" in line["message"] for line in lines)
    calls = {line["method"]: line for line in lines if line.get("logger") == "gateway.rpc"}
    create, get = calls["CreateCheckoutSession"], calls["GetCheckoutSession"]
    assert set(create) >= CALL_KEYS
    assert (create["level"], create["code"], create["caller"], create["worker"]) == (
        "INFO",
        "OK",
        "-",
        0,
    )
    assert create["idempotency_key"] == "order-6735"
    assert create["request_id"].startswith("req_") and create["latency_ms"] > 0
    # The trace id is the caller's, and the span id the gateway's server span for the call.
    (server,) = [
        s
        for s in spans
        if s.span.kind == Span.SPAN_KIND_SERVER and s.span.name.endswith("/CreateCheckoutSession")
    ]
    assert create["trace_id"] == trace_id == server.span.trace_id.hex()
    assert create["span_id"] == server.span.span_id.hex()
    # The other call, with no traceparent, has a trace of its own; a GET sends no key.
    assert get["trace_id"] != trace_id and get["idempotency_key"] is None


def record(**extra: object) -> logging.LogRecord:
    rec = logging.LogRecord("gateway.rpc", logging.INFO, __file__, 1, "rpc %s", ("x",), None)
    rec.__dict__.update(extra)
    return rec


def test_text_stays_the_default_with_the_worker_in_the_logger_name() -> None:
    line = formatter("text", worker=2).format(record())
    assert line.endswith(" INFO gateway.rpc[worker-2] rpc x")


def test_a_json_line_has_the_records_extra_fields_and_the_worker() -> None:
    rec = record(method="GetCheckoutSession", code="OK")
    ContextFilter(worker=3).filter(rec)
    line = json.loads(formatter("json").format(rec))
    assert line["message"] == "rpc x" and line["level"] == "INFO" and line["worker"] == 3
    assert (line["method"], line["code"], line["logger"]) == (
        "GetCheckoutSession",
        "OK",
        "gateway.rpc",
    )
    assert "trace_id" not in line  # outside any span


# Times a line may carry: the epoch, just before and after a second, a date of today's size.
CREATED = [0.0, 0.0005, 0.9999, 1.0, 1.9996, 1_764_662_400.123456, 1_764_662_400.9]


@pytest.mark.parametrize("worker", [0, 2])
def test_the_text_lines_time_is_logging_formatters_to_the_millisecond(worker: int) -> None:
    ours = formatter("text", worker)
    assert isinstance(ours._fmt, str)
    plain = logging.Formatter(ours._fmt)
    for created in [*CREATED, *reversed(CREATED)]:  # and back: a cached second goes stale
        rec = record()
        rec.created, rec.msecs = created, int((created - int(created)) * 1000) + 0.0
        assert ours.format(rec) == plain.format(rec)


def test_a_text_formatter_with_a_date_format_keeps_it() -> None:
    ours = formatter("text")
    ours.datefmt = "%H:%M"
    rec = record()
    assert ours.formatTime(rec) == logging.Formatter(datefmt="%H:%M").formatTime(rec)


EXTRA = {
    "method": "GetCheckoutSession",
    "code": "OK",
    "latency_ms": 1.25,
    "request_id": "req_1",
    "idempotency_key": None,
    "caller": "-",
}


def info_records(caplog: pytest.LogCaptureFixture) -> tuple[logging.LogRecord, logging.LogRecord]:
    """The same line logged by logger.info and by info_line."""
    logger = logging.getLogger("gateway.test_info_line")
    with caplog.at_level(logging.INFO, logger=logger.name):
        logger.info("rpc method=GetCheckoutSession code=OK", extra=EXTRA)
        info_line(logger, "rpc method=GetCheckoutSession code=OK", EXTRA)
    plain, ours = caplog.records
    return plain, ours


TIMED = {"created", "msecs", "relativeCreated", "asctime"}


def test_an_info_line_is_the_record_logger_info_makes(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No caller, thread or process looked up, as gateway.logs.configure sets it.
    monkeypatch.setattr(logging, "_srcfile", None)
    for switch in ("logThreads", "logProcesses", "logMultiprocessing"):
        monkeypatch.setattr(logging, switch, False)
    plain, ours = info_records(caplog)
    assert type(ours) is not logging.LogRecord  # built from the template
    assert set(vars(ours)) == set(vars(plain))
    assert {k: v for k, v in vars(ours).items() if k not in TIMED} == {
        k: v for k, v in vars(plain).items() if k not in TIMED
    }
    assert ours.msecs == int((ours.created - int(ours.created)) * 1000)
    since = (ours.created - plain.created) * 1000
    assert ours.relativeCreated == pytest.approx(plain.relativeCreated + since, abs=0.01)


def test_an_info_line_where_logging_looks_up_the_caller_is_logger_infos(
    caplog: pytest.LogCaptureFixture,
) -> None:
    plain, ours = info_records(caplog)
    assert type(ours) is logging.LogRecord
    assert {k: v for k, v in vars(ours).items() if k not in TIMED | {"lineno"}} == {
        k: v for k, v in vars(plain).items() if k not in TIMED | {"lineno"}
    }
    assert ours.pathname == __file__  # the caller of info_line, as logger.info names it


def test_an_info_line_below_the_loggers_level_is_not_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    logger = logging.getLogger("gateway.test_info_line")
    with caplog.at_level(logging.WARNING, logger=logger.name):
        info_line(logger, "rpc", EXTRA)
    assert caplog.records == []


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="text, json"):
        formatter("xml")


async def test_under_workers_every_line_is_json_and_names_its_worker() -> None:
    async with Emulator(api_key=API_KEY) as emulator:
        process, port, first = await spawn_serve(
            *("--stripe-api-base", emulator.base_url, "--workers", "2", "--log-format", "json"),
            api_key=API_KEY,
        )
        try:
            for _ in range(4):
                async with channel(port) as ch:
                    stub = checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(ch)
                    await stub.CreateCheckoutSession(create_request(), timeout=20)
            process.send_signal(signal.SIGTERM)
            assert process.stderr is not None
            async with asyncio.timeout(30):
                rest = await process.stderr.read()
                assert await process.wait() == 0
        finally:
            await kill(process)

    lines = [json.loads(line) for line in [*first, *rest.splitlines()] if line.strip()]
    calls = [line for line in lines if line["logger"] == "gateway.rpc"]
    assert len(calls) == 4 and {c["worker"] for c in calls} <= {1, 2}
    assert {line["worker"] for line in lines if line["logger"] == "gateway.workers"} >= {0, 1, 2}
    served = [line for line in lines if "serving" in line["message"]]
    assert [line["worker"] for line in served] == [0]  # the supervisor's line, once all serve


def call_record(created: float) -> logging.LogRecord:
    """A call's line as info_line makes it: a message with no arguments, extra fields."""
    rec = logging.LogRecord("gateway.rpc", logging.INFO, "(unknown file)", 0, "rpc x", (), None)
    rec.__dict__.update(EXTRA)
    rec.created, rec.msecs = created, int((created - int(created)) * 1000) + 0.0
    return rec


@pytest.mark.parametrize("worker", [0, 2])
def test_a_text_line_without_arguments_is_logging_formatters(worker: int) -> None:
    ours = formatter("text", worker)
    assert isinstance(ours._fmt, str)
    plain = logging.Formatter(ours._fmt)
    for created in [*CREATED, *reversed(CREATED)]:
        assert ours.format(call_record(created)) == plain.format(call_record(created))


def test_a_text_line_with_an_exception_is_logging_formatters() -> None:
    ours = formatter("text")
    assert isinstance(ours._fmt, str)
    try:
        raise ValueError("boom")
    except ValueError:
        rec = logging.LogRecord("gateway", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    line = ours.format(rec)
    assert line == logging.Formatter(ours._fmt).format(rec)
    assert line.endswith("ValueError: boom")


@pytest.mark.parametrize("latency", [0.0, 0.004, 0.005, 0.015, 1.005, 2.675, 12.3456, 999.995])
def test_a_call_lines_latency_field_is_the_latency_rounded_to_the_hundredth(
    latency: float, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger=RPC_LOG.name):
        rpc_line("GetCheckoutSession", "OK", latency)
    (rec,) = caplog.records
    assert vars(rec)["latency_ms"] == round(latency, 2)
    assert f"latency_ms={latency:.2f} " in rec.getMessage()


def test_inside_a_span_a_record_gets_its_trace_and_span_ids() -> None:
    ids = trace.SpanContext(trace_id=0xABC, span_id=0xDEF, is_remote=False)
    rec = record()
    with trace.use_span(trace.NonRecordingSpan(ids)):
        ContextFilter(worker=1).filter(rec)
    assert (vars(rec)["trace_id"], vars(rec)["span_id"]) == (f"{0xABC:032x}", f"{0xDEF:016x}")
    assert vars(rec)["worker"] == 1


def test_the_configured_handler_writes_what_a_stream_handler_writes() -> None:
    ours, plain = io.StringIO(), io.StringIO()
    handlers = [_LineHandler(ours), logging.StreamHandler(plain)]
    for handler in handlers:
        handler.setFormatter(formatter("text"))
    for rec in (call_record(1_764_662_400.123456), record()):
        for handler in handlers:
            handler.handle(rec)
    assert ours.getvalue() == plain.getvalue() and ours.getvalue().count("\n") == 2


def _lone_text_logger(
    name: str, monkeypatch: pytest.MonkeyPatch, worker: int = 0
) -> tuple[logging.Logger, io.StringIO]:
    """A logger whose only handler is configure()'s, on a stream, at a fixed time."""
    monkeypatch.setattr(logging, "_srcfile", None)
    for switch in ("logThreads", "logProcesses", "logMultiprocessing"):
        monkeypatch.setattr(logging, switch, False)
    monkeypatch.setattr(time, "time", lambda: 1_764_662_400.123456)
    stream = io.StringIO()
    handler = _LineHandler(stream)
    handler.setFormatter(formatter("text", worker))
    handler.addFilter(ContextFilter(worker))
    logger = logging.getLogger(name)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    monkeypatch.setattr(logger, "handlers", [handler])
    return logger, stream


@pytest.mark.parametrize("worker", [0, 2])
def test_a_line_written_without_a_record_is_the_records_line(
    worker: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    logger, stream = _lone_text_logger("gateway.test_lone_text", monkeypatch, worker)
    monkeypatch.setattr(gateway.logs, "_InfoRecord", None)  # no record is made
    info_line(logger, "rpc method=GetCheckoutSession code=OK", EXTRA)
    (handler,) = logger.handlers
    handler.handle(logging.makeLogRecord({**vars(call_record(time.time())), "name": logger.name}))
    direct, from_record = stream.getvalue().splitlines()
    assert direct == from_record.replace("rpc x", "rpc method=GetCheckoutSession code=OK")


class Kept(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_a_line_another_handler_would_see_is_made_as_a_record(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    logger, stream = _lone_text_logger("gateway.test_lone_text", monkeypatch)
    other = Kept()
    monkeypatch.setattr(logger, "handlers", [*logger.handlers, other])
    info_line(logger, "rpc method=GetCheckoutSession code=OK", EXTRA)
    assert [vars(rec)["method"] for rec in other.records] == ["GetCheckoutSession"]
    assert stream.getvalue().endswith(" rpc method=GetCheckoutSession code=OK\n")


def test_a_line_a_logger_filter_would_see_is_made_as_a_record(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    logger, stream = _lone_text_logger("gateway.test_lone_text", monkeypatch)
    monkeypatch.setattr(logger, "filters", [lambda rec: vars(rec)["code"] != "OK"])
    info_line(logger, "rpc method=GetCheckoutSession code=OK", EXTRA)
    assert stream.getvalue() == ""
