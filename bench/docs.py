"""Rewriting one marked region of docs/benchmarks.md, leaving the rest as it is."""

from __future__ import annotations

import os
from pathlib import Path

INTRO = """# Benchmarks

Numbers measured on one machine by the project's own scripts; rerun them there before quoting
them. `make bench` (bench/) writes the region between the `bench` markers; the soak run writes
the region between the `soak` markers. Everything else here is edited by hand.
"""
REGIONS = ("bench", "soak")


def markers(name: str) -> tuple[str, str]:
    return f"<!-- {name}:start -->", f"<!-- {name}:end -->"


def skeleton() -> str:
    parts = [INTRO]
    for name in REGIONS:
        start, end = markers(name)
        parts.append(f"{start}\n{end}\n")
    return "\n".join(parts)


def write_region(path: Path, name: str, body: str) -> None:
    """Replace what lies between `name`'s markers with `body` (creating the file if need be).

    The file is read now, just before writing, so other regions written meanwhile are kept."""
    text = path.read_text() if path.exists() else skeleton()
    start, end = markers(name)
    if start not in text or end not in text:
        text = text.rstrip("\n") + f"\n\n{start}\n{end}\n"
    head, _, rest = text.partition(start)
    _, _, tail = rest.partition(end)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written aside, then renamed: no half-written file, and a short window for another writer.
    tmp = path.with_name(f".{path.name}.{name}-{os.getpid()}")
    tmp.write_text(f"{head}{start}\n{body.strip()}\n{end}{tail}")
    os.replace(tmp, path)
