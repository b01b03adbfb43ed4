"""`make bench` at tiny size: it runs end to end and writes its table. No timing asserted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.docs import markers, write_region

ROOT = Path(__file__).resolve().parent.parent


def test_quick_bench_prints_and_writes_the_table(tmp_path: Path) -> None:
    docs = tmp_path / "benchmarks.md"
    docs.write_text("# kept\n\n<!-- soak:start -->\nsoak numbers\n<!-- soak:end -->\n")
    result = subprocess.run(
        [sys.executable, "-m", "bench.run", "--docs", str(docs)],
        cwd=ROOT,
        env={**os.environ, "BENCH_QUICK": "1"},
        capture_output=True,
        text=True,
        timeout=300,  # generous: the machine may be loaded
    )
    assert result.returncode == 0, result.stderr[-3000:]
    for heading in ("### GetCheckoutSession", "### Create and Update", "### Targets"):
        assert heading in result.stdout
    assert "bare grpc.aio echo" in result.stdout and "gateway.transport" in result.stdout
    for row in ("concurrent identical Gets", "parallel export", "Redis killed at second"):
        assert row in result.stdout
    written = docs.read_text()
    assert written.startswith("# kept\n")
    assert "<!-- soak:start -->\nsoak numbers\n<!-- soak:end -->" in written
    start, end = markers("bench")
    assert "### Targets" in written.split(start)[1].split(end)[0]


def test_write_region_keeps_everything_else(tmp_path: Path) -> None:
    docs = tmp_path / "new" / "benchmarks.md"
    write_region(docs, "bench", "first")
    created = docs.read_text()
    assert "<!-- bench:start -->\nfirst\n<!-- bench:end -->" in created
    assert "<!-- soak:start -->\n<!-- soak:end -->" in created
    write_region(docs, "soak", "soaked")
    write_region(docs, "bench", "second")
    text = docs.read_text()
    assert "first" not in text
    assert "<!-- bench:start -->\nsecond\n<!-- bench:end -->" in text
    assert "<!-- soak:start -->\nsoaked\n<!-- soak:end -->" in text


def test_memory_bench_runs_and_prints_its_table() -> None:
    tiny = ("--streams", "4", "--items", "3", "--rounds", "1", "--settle", "0.2")
    result = subprocess.run(
        [sys.executable, "-m", "bench.memory", *tiny],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "| after burst 1 (12 items) |" in result.stdout
    assert "| after malloc_trim(0) |" in result.stdout
    assert "malloc_trim(0) took" in result.stdout


def test_event_log_bench_runs_at_tiny_size() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bench.event_log", "--events", "50"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "| sessions unchanged after |" in result.stdout
    assert "| sessions changed after |" in result.stdout


def test_watchers_bench_runs_at_tiny_size() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bench.watchers", "--watchers", "20", "--channels", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (row,) = [line for line in result.stdout.splitlines() if line.startswith("| 20 |")]
    assert row.split("|")[5].strip() == "2"  # session GETs: the first state and the change


def test_the_telemetry_bench_runs_every_variant() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bench.telemetry", "--calls", "20", "--rounds", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    rows = [line for line in result.stdout.splitlines() if line.startswith("| ")][1:]
    assert [row.split(" | ")[0] for row in rows] == [
        "| none (default)",
        "| metrics",
        "| traces",
        "| metrics + traces + JSON logs",
    ]
    # Both traced variants' spans reached the receiver: each call's server span at least (the
    # bench's identical Gets in flight together share one upstream request, and its span).
    spans = int(result.stderr.rsplit("spans received: ", 1)[1].split()[0])
    assert spans >= 2 * 20


def test_the_translation_bench_runs_every_case() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bench.translation", "--loops", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    rows = [line.split()[0] for line in result.stdout.splitlines()[1:]]
    assert rows == [
        "decode-session",
        "decode-example",
        "decode-item",
        "decode-price",
        "validate-create",
        "encode-create",
        "validate-update",
        "encode-update",
    ]


def test_export_walk_bench_runs_in_virtual_time() -> None:
    from bench.export_walk import measure

    idle = measure(sessions=1_000, page_latency=0.05, parallelism=8, cost=0.0)
    assert idle.in_order and idle.items == 1_000
    # Exact, as time is the loop's own: ten pages' latency, walked by several at once.
    assert 0.05 <= idle.wall < 10 * 0.05
    busy = measure(sessions=1_000, page_latency=0.05, parallelism=8, cost=0.001)
    # At least the consumer's time and the first page's (up to rounding).
    assert busy.in_order and busy.wall >= 1_000 * 0.001 + 0.05 - 1e-9


@pytest.mark.parametrize("op", ["get", "create"])
async def test_every_upstream_cost_layer_gets_an_answer_from_the_emulator(op: str) -> None:
    from bench.common import API_KEY
    from bench.upstream_cost import LAYERS, _client, _requests, layer_call
    from stripe_emulator import Emulator

    emulator = Emulator(api_key=API_KEY, seed=2)
    await emulator.start()
    try:
        ids = list(emulator.store.sessions)
        before = len(ids)
        for layer in LAYERS:
            client = _client(emulator.base_url)
            prepare, send = layer_call(layer, client, emulator.base_url)
            for parts in _requests(op, ids, 3):
                await send(prepare(parts))  # raises unless the emulator answered 2xx
            await client.close()
        made = len(emulator.store.sessions) - before
    finally:
        await emulator.stop()
    assert made == (3 * len(LAYERS) if op == "create" else 0)
