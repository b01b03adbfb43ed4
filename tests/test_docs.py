"""The documentation keeps up with the code: every flag of `serve` is documented."""

from __future__ import annotations

import argparse

import pytest

from gateway.cli import build_parser
from tests.conftest import ROOT

GUIDES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _serve_flags() -> list[str]:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    serve = subparsers.choices["serve"]
    return sorted(
        option
        for action in serve._actions
        for option in action.option_strings
        if option.startswith("--") and option != "--help"
    )


@pytest.mark.parametrize("flag", _serve_flags())
def test_every_serve_flag_is_in_the_readmes_configuration_table(flag: str) -> None:
    readme = (ROOT / "README.md").read_text()
    table = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    assert f"`{flag}`" in table


def test_every_guide_the_readme_links_exists() -> None:
    readme = (ROOT / "README.md").read_text()
    for guide in GUIDES[1:]:
        if guide.name != "benchmarks.md":
            assert f"(docs/{guide.name})" in readme, guide.name
