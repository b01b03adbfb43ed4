"""bench.soak at a tiny size: it runs, passes, and rewrites only its region of the output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bench.docs import write_region

ROOT = Path(__file__).resolve().parent.parent


def test_tiny_soak_passes_and_writes_only_its_region(tmp_path: Path) -> None:
    output = tmp_path / "benchmarks.md"
    output.write_text(
        "# Mine\n\nhand-written\n\n<!-- bench:start -->\nBENCH FIGURES\n<!-- bench:end -->\n\n"
        "<!-- soak:start -->\nOLD SOAK FIGURES\n<!-- soak:end -->\n\ntrailer\n"
    )
    # --settle 0: no waiting for the upstream keep-alive to expire (the idle-FD check is the
    # full run's); --concurrency 16 keeps two cores from being the bottleneck of the test.
    argv = ["--calls", "300", "--streams", "3", "--concurrency", "16", "--settle", "0"]
    done = subprocess.run(
        [sys.executable, "-m", "bench.soak", *argv, "--output", str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,  # a hang guard only: the run takes a few seconds
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    text = output.read_text()
    assert text.startswith("# Mine\n\nhand-written\n\n<!-- bench:start -->\nBENCH FIGURES\n")
    assert text.endswith("<!-- soak:end -->\n\ntrailer\n")
    assert "OLD SOAK FIGURES" not in text
    region = text[text.index("<!-- soak:start -->") : text.index("<!-- soak:end -->")]
    assert "**Result: PASS**" in region
    assert "| unary calls | 300 in " in region
    assert "| unexpected answers | 0 |" in region
    assert "StreamCheckoutSessions" in region and "StreamCheckoutSessionLineItems" in region


def test_a_missing_output_file_is_created_with_both_regions(tmp_path: Path) -> None:
    output = tmp_path / "docs" / "benchmarks.md"
    write_region(output, "soak", "figures")
    text = output.read_text()
    assert text.startswith("# Benchmarks\n")
    assert "<!-- bench:start -->\n<!-- bench:end -->" in text
    assert "<!-- soak:start -->\nfigures\n<!-- soak:end -->" in text
    write_region(output, "soak", "newer")  # idempotent on its own region
    assert output.read_text() == text.replace("\nfigures\n", "\nnewer\n")
