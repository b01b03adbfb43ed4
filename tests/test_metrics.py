"""Prometheus metrics: a real scrape of a real `checkout-gateway serve` after a known mix of calls.

The mix (`run_mix`) and the series it must leave (`expected`) are written out once; one test
scrapes a single process, another `--workers 2`, whose supervisor must serve the sum.
In-process tests check what one process cannot show through the CLI: the caller label and
the refusals of an interceptor placed after the metrics one.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import subprocess
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import grpc
import httpx
import pytest
from checkout_gateway.v1 import checkout_session_requests_pb2 as r
from checkout_gateway.v1 import checkout_session_service_pb2_grpc
from prometheus_client import CollectorRegistry
from prometheus_client.parser import text_string_to_metric_families

from gateway.exceptions import (
    DeadlineExceeded,
    Overloaded,
    StripeAPIError,
    UpstreamTimeout,
    UpstreamUnavailable,
)
from gateway.identity import CALLER
from gateway.observe import failure_kind, retry_reason, route_template
from gateway.routes import ROUTES, SESSIONS
from gateway.server import SERVICE_NAME
from gateway.telemetry.metrics import (
    MAX_CALLERS,
    Metrics,
    MetricsInterceptor,
    UpstreamMetrics,
    serve_metrics,
)
from stripe_emulator import Emulator, Fault
from tests.conftest import API_KEY, CLI, spawn_serve
from tests.test_gateway_rpcs import create_request
from tests.test_workers import ESTABLISHED, kill, sockets_per_worker, worker_pids

METRICS_LINE = re.compile(rb"metrics on http://127\.0\.0\.1:(\d+)/metrics")
Series = dict[tuple[str, frozenset[tuple[str, str]]], float]


async def scrape(port: int) -> Series:
    async with httpx.AsyncClient() as client:
        response = await client.get(f"http://127.0.0.1:{port}/metrics", timeout=10)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    series: Series = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            series[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return series


def value(series: Series, name: str, **labels: str) -> float:
    return series.get((name, frozenset(labels.items())), 0.0)


def stub(channel: grpc.aio.Channel) -> checkout_session_service_pb2_grpc.CheckoutSessionServiceStub:
    return checkout_session_service_pb2_grpc.CheckoutSessionServiceStub(channel)


async def run_mix(channel: grpc.aio.Channel, emulator: Emulator) -> None:
    """OK, NOT_FOUND, INVALID_ARGUMENT, a GET retried after a 503, and a stream of 250 items."""
    s = stub(channel)
    created = await s.CreateCheckoutSession(create_request(), timeout=20)
    await s.GetCheckoutSession(r.GetCheckoutSessionRequest(id=created.id), timeout=20)
    with pytest.raises(grpc.aio.AioRpcError) as missing:
        await s.GetCheckoutSession(r.GetCheckoutSessionRequest(id="cs_test_missing"), timeout=20)
    assert missing.value.code() == grpc.StatusCode.NOT_FOUND
    with pytest.raises(grpc.aio.AioRpcError) as invalid:
        await s.GetCheckoutSession(r.GetCheckoutSessionRequest(id="not an id"), timeout=20)
    assert invalid.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    emulator.faults.inject(Fault(status=503, method="GET"), count=1)
    await s.GetCheckoutSession(r.GetCheckoutSessionRequest(id=created.id), timeout=20)
    walk = s.StreamCheckoutSessions(r.StreamCheckoutSessionsRequest(max_items=250), timeout=60)
    assert len([item async for item in walk]) == 250  # in 3 pages of 100


def expected(mixes: int) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every series the mix touches, times `mixes`."""
    svc = SERVICE_NAME
    unary = {"grpc_type": "unary", "grpc_service": svc}
    stream = {"grpc_type": "server_stream", "grpc_service": svc}
    create = {**unary, "grpc_method": "CreateCheckoutSession"}
    get = {**unary, "grpc_method": "GetCheckoutSession"}
    walk = {**stream, "grpc_method": "StreamCheckoutSessions"}
    one = {"route": "/v1/checkout/sessions/{id}"}
    rows: list[tuple[str, dict[str, str], float]] = [
        ("grpc_server_started_total", create, 1),
        ("grpc_server_started_total", get, 4),
        ("grpc_server_started_total", walk, 1),
        ("grpc_server_handled_total", {**create, "grpc_code": "OK", "caller": "-"}, 1),
        ("grpc_server_handled_total", {**get, "grpc_code": "OK", "caller": "-"}, 2),
        ("grpc_server_handled_total", {**get, "grpc_code": "NOT_FOUND", "caller": "-"}, 1),
        ("grpc_server_handled_total", {**get, "grpc_code": "INVALID_ARGUMENT", "caller": "-"}, 1),
        ("grpc_server_handled_total", {**walk, "grpc_code": "OK", "caller": "-"}, 1),
        ("grpc_server_msg_received_total", create, 1),
        ("grpc_server_msg_received_total", get, 4),
        ("grpc_server_msg_received_total", walk, 1),
        ("grpc_server_msg_sent_total", create, 1),
        ("grpc_server_msg_sent_total", get, 2),
        ("grpc_server_msg_sent_total", walk, 250),
        ("grpc_server_handling_seconds_count", create, 1),
        ("grpc_server_handling_seconds_count", get, 4),
        ("grpc_server_handling_seconds_count", walk, 1),
        (
            "gateway_upstream_requests_total",
            {"method": "POST", "route": "/v1/checkout/sessions", "status": "200"},
            1,
        ),
        ("gateway_upstream_requests_total", {"method": "GET", **one, "status": "200"}, 2),
        ("gateway_upstream_requests_total", {"method": "GET", **one, "status": "404"}, 1),
        ("gateway_upstream_requests_total", {"method": "GET", **one, "status": "503"}, 1),
        (
            "gateway_upstream_requests_total",
            {"method": "GET", "route": "/v1/checkout/sessions", "status": "200"},
            3,  # 3 pages of 100 for 250 items
        ),
        ("gateway_upstream_request_seconds_count", {"method": "GET", **one}, 4),
        ("gateway_upstream_retries_total", {"reason": "http_503"}, 1),
        ("gateway_upstream_admission_wait_seconds_count", {}, 8),
        ("gateway_upstream_admission_refused_total", {"reason": "rate_limit"}, 0),
        ("gateway_upstream_connections_in_use", {}, 0),
    ]
    return {(name, frozenset(labels.items())): n * mixes for name, labels, n in rows}


def assert_counts(series: Series, mixes: int) -> None:
    want = expected(mixes)
    got = {key: series.get(key, 0.0) for key in want}
    assert got == want
    # Nothing else was counted: every handled call of the gateway's service is in the table.
    handled = {
        k: v
        for k, v in series.items()
        if k[0] == "grpc_server_handled_total" and ("grpc_service", SERVICE_NAME) in k[1]
    }
    assert sum(handled.values()) == 6 * mixes
    upstream = [v for k, v in series.items() if k[0] == "gateway_upstream_requests_total"]
    assert sum(upstream) == 8 * mixes


def channel(port: int) -> grpc.aio.Channel:
    # Its own TCP connection (not shared with other channels), so the kernel may pick a worker.
    return grpc.aio.insecure_channel(
        f"127.0.0.1:{port}", options=[("grpc.use_local_subchannel_pool", 1)]
    )


async def test_a_scrape_after_a_known_mix_of_calls_shows_exact_counts() -> None:
    async with Emulator(api_key=API_KEY, seed=250) as emulator:
        process, port, lines = await spawn_serve(
            *("--stripe-api-base", emulator.base_url, "--metrics-listen", "127.0.0.1:0"),
            api_key=API_KEY,
        )
        try:
            metrics_port = int(next(m for line in lines if (m := METRICS_LINE.search(line)))[1])
            async with channel(port) as ch:
                await run_mix(ch, emulator)
            series = await scrape(metrics_port)
            assert_counts(series, mixes=1)
            # The latency histograms have their buckets, the gauge is back to 0.
            assert (
                value(
                    series,
                    "grpc_server_handling_seconds_bucket",
                    grpc_type="unary",
                    grpc_service=SERVICE_NAME,
                    grpc_method="GetCheckoutSession",
                    le="+Inf",
                )
                == 4
            )
        finally:
            await kill(process)


async def test_under_workers_one_scrape_of_the_supervisor_returns_the_sum() -> None:
    channels: list[grpc.aio.Channel] = []
    async with Emulator(api_key=API_KEY, seed=250) as emulator:
        process, port, lines = await spawn_serve(
            *("--stripe-api-base", emulator.base_url, "--metrics-listen", "127.0.0.1:0"),
            *("--workers", "2"),
            api_key=API_KEY,
        )
        try:
            metrics_port = int(next(m for line in lines if (m := METRICS_LINE.search(line)))[1])
            workers = worker_pids(process.pid)
            # One mix per channel, each channel its own connection, until both workers have
            # served some (the kernel picks; two channels on one worker is a coin toss).
            mixes = 0
            while mixes < 12:
                ch = channel(port)
                channels.append(ch)
                await run_mix(ch, emulator)
                mixes += 1
                if mixes >= 2 and all(sockets_per_worker(port, workers, ESTABLISHED)):
                    break
            assert all(sockets_per_worker(port, workers, ESTABLISHED))
            assert_counts(await scrape(metrics_port), mixes)
            # The supervisor made the workers' directory, and removes it when it stops.
            environ = Path(f"/proc/{workers[0]}/environ").read_bytes().split(b"\0")
            directory = Path(
                next(v for v in environ if v.startswith(b"PROMETHEUS_MULTIPROC_DIR="))
                .split(b"=", 1)[1]
                .decode()
            )
            assert any(directory.glob("*.db"))
            process.send_signal(signal.SIGTERM)
            async with asyncio.timeout(30):
                assert await process.wait() == 0
            assert not directory.exists()
        finally:
            for ch in channels:
                await ch.close()
            await kill(process)


# --- in one process: the caller label, and what an inner interceptor refuses ----------------


class _Authenticate(grpc.aio.ServerInterceptor):  # type: ignore[misc]
    """Stands where authentication goes, after the metrics interceptor: sets the caller
    inside the handler it wraps, or refuses the call with its own handler."""

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        handler = await continuation(details)
        token = dict(details.invocation_metadata or ()).get("authorization")
        if token is None:

            async def refuse(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
                await context.abort(grpc.StatusCode.UNAUTHENTICATED, "no token")

            return grpc.unary_unary_rpc_method_handler(
                refuse,
                request_deserializer=handler.request_deserializer,
                response_serializer=handler.response_serializer,
            )
        inner = handler.unary_unary

        async def authenticated(request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
            CALLER.set("orders-service" if token == "Bearer orders" else "unknown")
            return await inner(request, context)

        return grpc.unary_unary_rpc_method_handler(
            authenticated,
            request_deserializer=handler.request_deserializer,
            response_serializer=handler.response_serializer,
        )


@pytest.fixture
async def metered() -> AsyncIterator[tuple[Metrics, grpc.aio.Channel, Emulator]]:
    from gateway.servicer import CheckoutSessionServicer
    from gateway.upstream import StripeClient

    metrics = Metrics(CollectorRegistry())
    async with Emulator(api_key=API_KEY) as emulator:
        client = StripeClient(
            base_url=emulator.base_url, api_key=API_KEY, observer=UpstreamMetrics(metrics)
        )
        server = grpc.aio.server(interceptors=[MetricsInterceptor(metrics), _Authenticate()])
        checkout_session_service_pb2_grpc.add_CheckoutSessionServiceServicer_to_server(
            CheckoutSessionServicer(client), server
        )
        port = server.add_insecure_port("127.0.0.1:0")
        await server.start()
        try:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as ch:
                yield metrics, ch, emulator
        finally:
            await server.stop(0)
            await client.close()


def handled(metrics: Metrics, code: str, caller: str) -> float:
    labels = {
        "grpc_type": "unary",
        "grpc_service": SERVICE_NAME,
        "grpc_method": "CreateCheckoutSession",
        "grpc_code": code,
        "caller": caller,
    }
    return metrics.registry.get_sample_value("grpc_server_handled_total", labels) or 0.0


async def test_handled_calls_carry_the_caller_an_inner_interceptor_set(
    metered: tuple[Metrics, grpc.aio.Channel, Emulator],
) -> None:
    metrics, ch, _ = metered
    await stub(ch).CreateCheckoutSession(
        create_request(), metadata=[("authorization", "Bearer orders")], timeout=20
    )
    assert handled(metrics, "OK", "orders-service") == 1
    assert handled(metrics, "OK", "-") == 0


async def test_a_refusal_by_an_inner_interceptor_is_counted_with_its_code(
    metered: tuple[Metrics, grpc.aio.Channel, Emulator],
) -> None:
    metrics, ch, emulator = metered
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await stub(ch).CreateCheckoutSession(create_request(), timeout=20)
    assert refused.value.code() == grpc.StatusCode.UNAUTHENTICATED
    assert handled(metrics, "UNAUTHENTICATED", "-") == 1
    assert len(emulator.requests) == 0  # refused before Stripe


async def test_the_metrics_endpoint_serves_the_registry_it_is_given() -> None:
    metrics = Metrics(CollectorRegistry())
    metrics.upstream_retries.labels("timeout").inc(3)
    server, port = serve_metrics("127.0.0.1:0", metrics.registry)
    try:
        series = await scrape(port)
    finally:
        server.shutdown()
        server.server_close()
    assert value(series, "gateway_upstream_retries_total", reason="timeout") == 3


# --- the label tables, every row ----------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "template"),
    [
        ("/v1/checkout/sessions", "/v1/checkout/sessions"),
        ("/v1/checkout/sessions/cs_test_a1B2", "/v1/checkout/sessions/{id}"),
        ("/v1/checkout/sessions/cs_test_a1B2/expire", "/v1/checkout/sessions/{id}/expire"),
        ("/v1/checkout/sessions/cs_test_a1B2/line_items", "/v1/checkout/sessions/{id}/line_items"),
        ("/v1/checkout/sessions/cs_test_a1B2/other", "unknown"),
        ("/v1/prices/price_1", "unknown"),
    ],
)
def test_paths_are_counted_by_route_template_never_by_id(path: str, template: str) -> None:
    assert route_template(path) == template


def api_error(status: int, should_retry: bool | None = None) -> StripeAPIError:
    return StripeAPIError(
        http_status=status, error=None, body_text="", request_id=None, should_retry=should_retry
    )


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (UpstreamTimeout(), "timeout"),
        (DeadlineExceeded(), "deadline"),
        (UpstreamUnavailable(), "connection_error"),
        (Overloaded("full"), "refused"),
        (asyncio.CancelledError(), "cancelled"),
        (RuntimeError("bug"), "error"),
    ],
)
def test_failure_kinds(exc: BaseException, kind: str) -> None:
    assert failure_kind(exc) == kind


@pytest.mark.parametrize(
    ("exc", "reason"),
    [
        (api_error(503), "http_503"),
        (api_error(409), "http_409"),
        (api_error(400, should_retry=True), "should_retry_header"),
        (UpstreamTimeout(), "timeout"),
        (UpstreamUnavailable(), "connection_error"),
    ],
)
def test_retry_reasons(exc: BaseException, reason: str) -> None:
    assert retry_reason(exc) == reason


# --- admission: what the gateway's own limits did -------------------------------------------


async def serve_with_metrics(emulator: Emulator, *args: str) -> tuple[Any, int, int]:
    """`serve ARGS --metrics-listen` in front of `emulator`: (process, port, metrics port)."""
    process, port, lines = await spawn_serve(
        *("--stripe-api-base", emulator.base_url, "--metrics-listen", "127.0.0.1:0", *args),
        api_key=API_KEY,
    )
    return process, port, int(next(m for line in lines if (m := METRICS_LINE.search(line)))[1])


async def test_rate_limit_waits_and_refusals_are_counted() -> None:
    async with Emulator(api_key=API_KEY) as emulator:
        # One request every 5 s, one at once: the second call waits, a third with a 1 s
        # deadline cannot get a slot in time and is refused at once.
        process, port, metrics_port = await serve_with_metrics(
            emulator, "--rate-limit", "0.2", "--rate-burst", "1"
        )
        try:
            async with channel(port) as ch:
                s = stub(ch)
                created = await s.CreateCheckoutSession(create_request(), timeout=30)
                await s.GetCheckoutSession(r.GetCheckoutSessionRequest(id=created.id), timeout=30)
                with pytest.raises(grpc.aio.AioRpcError) as refused:
                    await s.GetCheckoutSession(
                        r.GetCheckoutSessionRequest(id=created.id), timeout=1
                    )
                assert refused.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
            series = await scrape(metrics_port)
        finally:
            await kill(process)
    gateway = {"bucket": "gateway"}
    assert value(series, "gateway_upstream_rate_limit_wait_seconds_count", **gateway) == 1
    assert value(series, "gateway_upstream_rate_limit_wait_seconds_sum", **gateway) > 0
    assert value(series, "gateway_upstream_admission_refused_total", reason="rate_limit") == 1
    assert value(series, "gateway_upstream_admission_refused_total", reason="connections") == 0
    assert value(series, "gateway_upstream_admission_wait_seconds_count") == 2  # the admitted
    assert sum(v for k, v in series.items() if k[0] == "gateway_upstream_requests_total") == 2


async def test_waits_are_shown_by_reason_connection_slot_read_and_write_bucket() -> None:
    """One connection; reads at one per 10 s with a burst of 2, writes at one per 10 s.

    Seconds 0-5: the first read holds the connection (the emulator answers it in 5 s), the
    second, within the burst, waits for the connection. Then the third read waits ~5 s for
    the read bucket, while the writes go: the first at once, the second waits ~10 s for the
    write bucket (it is sent after the third read, so it finds the connection free). Each gap
    is 5 s, far above what a loaded machine adds.
    """
    async with Emulator(api_key=API_KEY, seed=3) as emulator:
        ids = list(emulator.store.sessions)
        process, port, metrics_port = await serve_with_metrics(
            emulator,
            *("--max-connections", "1", "--max-waiting", "10"),
            *("--read-rate-limit", "0.1", "--read-rate-burst", "2"),
            *("--write-rate-limit", "0.1", "--write-rate-burst", "1"),
        )
        try:
            async with channel(port) as ch:
                s = stub(ch)

                async def get(i: int) -> None:
                    # Distinct ids: identical reads in flight would share one request.
                    await s.GetCheckoutSession(r.GetCheckoutSessionRequest(id=ids[i]), timeout=40)

                async def writes() -> None:
                    for _ in range(2):
                        await s.CreateCheckoutSession(create_request(), timeout=40)

                emulator.faults.inject(Fault(latency=5, method="GET"), count=1)
                holder = asyncio.ensure_future(get(0))
                async with asyncio.timeout(20):
                    while not emulator.requests:
                        await asyncio.sleep(0.02)
                await asyncio.gather(holder, get(1))
                await asyncio.gather(get(2), writes())
            series = await scrape(metrics_port)
        finally:
            await kill(process)
    wait = "gateway_upstream_rate_limit_wait_seconds"
    counts = {
        "connections": value(series, "gateway_upstream_connection_wait_seconds_count"),
        **{b: value(series, f"{wait}_count", bucket=b) for b in ("gateway", "read", "write")},
        "admitted": value(series, "gateway_upstream_admission_wait_seconds_count"),
    }
    assert counts == {"connections": 1, "gateway": 0, "read": 1, "write": 1, "admitted": 5}
    parts = [
        value(series, "gateway_upstream_connection_wait_seconds_sum"),
        value(series, f"{wait}_sum", bucket="read"),
        value(series, f"{wait}_sum", bucket="write"),
    ]
    assert all(part > 0 for part in parts)
    # The parts are each attempt's waits; the total also holds the time around them.
    assert sum(parts) <= value(series, "gateway_upstream_admission_wait_seconds_sum")


@pytest.mark.parametrize(
    ("reason", "name", "labels"),
    [
        ("connections", "gateway_upstream_connection_wait_seconds", {}),
        ("gateway", "gateway_upstream_rate_limit_wait_seconds", {"bucket": "gateway"}),
        ("read", "gateway_upstream_rate_limit_wait_seconds", {"bucket": "read"}),
        ("write", "gateway_upstream_rate_limit_wait_seconds", {"bucket": "write"}),
        ("caller", "gateway_upstream_rate_limit_wait_seconds", {"bucket": "caller"}),
    ],
)
def test_each_reason_for_a_wait_is_its_own_series(
    reason: str, name: str, labels: dict[str, str]
) -> None:
    registry = CollectorRegistry()
    Metrics(registry).waited(reason, 0.25)
    assert registry.get_sample_value(f"{name}_count", labels) == 1
    assert registry.get_sample_value(f"{name}_sum", labels) == 0.25


async def test_connections_in_use_and_refusals_when_none_is_free() -> None:
    async with Emulator(api_key=API_KEY) as emulator:
        process, port, metrics_port = await serve_with_metrics(
            emulator, "--max-connections", "1", "--max-waiting", "0"
        )
        try:
            async with channel(port) as ch:
                s = stub(ch)
                emulator.faults.inject(Fault(latency=8, method="POST"), count=1)  # holds the slot
                slow = asyncio.ensure_future(s.CreateCheckoutSession(create_request(), timeout=30))
                async with asyncio.timeout(20):
                    while not emulator.requests:
                        await asyncio.sleep(0.02)
                during = await scrape(metrics_port)
                with pytest.raises(grpc.aio.AioRpcError) as refused:
                    await s.CreateCheckoutSession(create_request(), timeout=30)
                assert refused.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
                await slow
            after = await scrape(metrics_port)
        finally:
            await kill(process)
    assert value(during, "gateway_upstream_connections_in_use") == 1
    assert value(after, "gateway_upstream_connections_in_use") == 0
    assert value(after, "gateway_upstream_admission_refused_total", reason="connections") == 1


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_metrics_port_in_use_is_refused_with_a_clear_message(workers: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        listen = f"127.0.0.1:{taken.getsockname()[1]}"
        result = subprocess.run(
            [str(CLI), "serve", "--listen", "127.0.0.1:0", "--metrics-listen", listen],
            env={**os.environ, "STRIPE_API_KEY": API_KEY, "GATEWAY_WORKERS": workers},
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1
    assert f"cannot serve metrics on {listen}: Address already in use" in result.stderr
    assert "Traceback" not in result.stderr


async def test_every_kind_of_rpc_is_counted_with_its_type() -> None:
    """Health Check (unary), health Watch (a stream that writes) and reflection (bidi)."""
    from grpc_health.v1 import health, health_pb2, health_pb2_grpc
    from grpc_reflection.v1alpha import reflection, reflection_pb2, reflection_pb2_grpc

    metrics = Metrics(CollectorRegistry())
    server = grpc.aio.server(interceptors=[MetricsInterceptor(metrics)])
    health_servicer = health.aio.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    reflection.enable_server_reflection((health.SERVICE_NAME, reflection.SERVICE_NAME), server)
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as ch:
            health_stub = health_pb2_grpc.HealthStub(ch)
            await health_stub.Check(health_pb2.HealthCheckRequest(), timeout=20)
            watch = health_stub.Watch(health_pb2.HealthCheckRequest(), timeout=20)
            assert (await watch.read()).status == health_pb2.HealthCheckResponse.SERVING
            watch.cancel()
            requests = [reflection_pb2.ServerReflectionRequest(list_services="")] * 2
            answers = reflection_pb2_grpc.ServerReflectionStub(ch).ServerReflectionInfo(
                iter(requests), timeout=20
            )
            assert len([a async for a in answers]) == 2
    finally:
        await server.stop(0)

    def sample(name: str, kind: str, service: str, method: str, **labels: str) -> float | None:
        return metrics.registry.get_sample_value(
            name, {"grpc_type": kind, "grpc_service": service, "grpc_method": method, **labels}
        )

    hc, refl = "grpc.health.v1.Health", "grpc.reflection.v1alpha.ServerReflection"
    done = {"grpc_code": "OK", "caller": "-"}
    assert sample("grpc_server_handled_total", "unary", hc, "Check", **done) == 1
    assert sample("grpc_server_msg_sent_total", "server_stream", hc, "Watch") == 1
    cancelled = {"grpc_code": "CANCELLED", "caller": "-"}
    assert sample("grpc_server_handled_total", "server_stream", hc, "Watch", **cancelled) == 1
    info = ("bidi_stream", refl, "ServerReflectionInfo")
    assert sample("grpc_server_msg_received_total", *info) == 2
    assert sample("grpc_server_msg_sent_total", *info) == 2
    assert sample("grpc_server_handled_total", *info, **done) == 1


@pytest.mark.parametrize("name", sorted(ROUTES))
def test_every_route_is_counted_under_its_own_template(name: str) -> None:
    route = ROUTES[name]
    request = r.GetCheckoutSessionRequest(id="cs_test_a1B2")
    assert route_template(route.path(request)) == SESSIONS + route.template


def test_the_caller_label_is_bounded() -> None:
    metrics = Metrics(CollectorRegistry())
    assert metrics.caller_label(None) == "-"
    callers = [f"spiffe://corp.example/ns/shop/sa/{n}" for n in range(MAX_CALLERS)]
    assert [metrics.caller_label(c) for c in callers] == callers
    assert metrics.caller_label("spiffe://corp.example/ns/x/sa/one-too-many") == "other"
    assert metrics.caller_label(callers[0]) == callers[0]  # those seen keep their label


async def test_a_client_stream_is_counted_with_its_messages() -> None:
    """No gateway RPC streams requests: a service of bytes stands in for the last grpc_type."""

    async def collect(requests: Any, context: grpc.aio.ServicerContext[Any, Any]) -> bytes:
        return b"".join([r async for r in requests])

    metrics = Metrics(CollectorRegistry())
    server = grpc.aio.server(interceptors=[MetricsInterceptor(metrics)])
    handler = grpc.stream_unary_rpc_method_handler(collect)
    server.add_generic_rpc_handlers(
        (grpc.method_handlers_generic_handler("test.Bytes", {"Collect": handler}),)
    )
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as ch:
            joined = await ch.stream_unary("/test.Bytes/Collect")(iter([b"a", b"b", b"c"]))
    finally:
        await server.stop(0)
    assert joined == b"abc"
    labels = {"grpc_type": "client_stream", "grpc_service": "test.Bytes", "grpc_method": "Collect"}
    get = metrics.registry.get_sample_value
    assert get("grpc_server_msg_received_total", labels) == 3
    assert get("grpc_server_msg_sent_total", labels) == 1
    assert get("grpc_server_handled_total", {**labels, "grpc_code": "OK", "caller": "-"}) == 1
