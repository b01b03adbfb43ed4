"""bench/soak.py at a tiny size: it runs, passes, and rewrites only its region of the output."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SOAK = ROOT / "bench" / "soak.py"


def load_soak() -> ModuleType:
    spec = importlib.util.spec_from_file_location("soak_script", SOAK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


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
        [sys.executable, str(SOAK), *argv, "--output", str(output)],
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
    soak = load_soak()
    output = tmp_path / "docs" / "benchmarks.md"
    soak.write_region(output, "figures")
    text = output.read_text()
    assert text.startswith("# Benchmarks\n")
    assert "<!-- bench:start -->\n<!-- bench:end -->" in text
    assert "<!-- soak:start -->\nfigures\n<!-- soak:end -->" in text
    soak.write_region(output, "newer")  # idempotent on its own region
    assert output.read_text() == text.replace("\nfigures\n", "\nnewer\n")
