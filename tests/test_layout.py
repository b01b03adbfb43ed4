"""The emulator and the gateway share no import: only the CLI names both packages."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

EMULATOR_MODULES = sorted((ROOT / "stripe_emulator").rglob("*.py"))
GATEWAY_MODULES = sorted((ROOT / "gateway").rglob("*.py"))
# The one module allowed to start the embedded emulator for `serve --emulator`.
GATEWAY_CLI = ROOT / "gateway" / "cli.py"


def imported_packages(path: Path, root: Path = ROOT) -> set[str]:
    """Top-level package of every import in the module, relative imports resolved."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = path.relative_to(root).parts[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            found.add(package if node.level else (node.module or "").split(".")[0])
    return found


def test_both_packages_are_found() -> None:
    assert len(EMULATOR_MODULES) > 5 and len(GATEWAY_MODULES) > 5
    assert GATEWAY_CLI in GATEWAY_MODULES


@pytest.mark.parametrize("path", EMULATOR_MODULES, ids=lambda p: p.name)
def test_emulator_imports_nothing_of_the_gateway(path: Path) -> None:
    assert not imported_packages(path) & {"gateway", "checkout_gateway"}


@pytest.mark.parametrize(
    "path", [p for p in GATEWAY_MODULES if p != GATEWAY_CLI], ids=lambda p: p.name
)
def test_only_the_cli_imports_the_emulator(path: Path) -> None:
    assert "stripe_emulator" not in imported_packages(path)


def test_the_cli_does_import_the_emulator() -> None:
    assert "stripe_emulator" in imported_packages(GATEWAY_CLI)


def test_the_check_sees_imports_inside_functions_and_relative_ones(tmp_path: Path) -> None:
    module = tmp_path / "stripe_emulator" / "probe.py"
    module.parent.mkdir()
    module.write_text(
        "def f():\n    from gateway import server\n    import checkout_gateway.v1 as v1\n"
        "from . import ids\n"
    )
    found = imported_packages(module, root=tmp_path)
    assert found == {"gateway", "checkout_gateway", "stripe_emulator"}


def _named_in(text: str) -> set[str]:
    """Every `word` or `package/word` in backticks in `text`."""
    return set(re.findall(r"`([a-z_]+(?:/[a-z_]+)?)`", text))


def layout_name(path: Path) -> str:
    """How the README's Layout names a gateway module: `servicer`, or `trust/policy` in a
    subpackage (stems repeat across packages: `runtime`, `events/runtime`)."""
    return path.relative_to(ROOT / "gateway").with_suffix("").as_posix()


def test_the_readme_layout_names_every_gateway_module() -> None:
    readme = (ROOT / "README.md").read_text()
    layout = readme.split("## Layout", 1)[1]
    modules = {layout_name(p) for p in GATEWAY_MODULES if p.stem != "__init__"}
    assert modules - _named_in(layout) == set()


def test_a_module_in_a_subpackage_is_named_with_its_package() -> None:
    assert layout_name(ROOT / "gateway" / "trust" / "policy.py") == "trust/policy"
    assert layout_name(ROOT / "gateway" / "servicer.py") == "servicer"
    assert _named_in("`policy`, `trust/policy`.") == {"policy", "trust/policy"}


def test_the_emulator_guide_names_every_emulator_module() -> None:
    guide = (ROOT / "docs" / "emulator.md").read_text()
    listed = guide.split("## Modules", 1)[1]
    modules = {p.stem for p in EMULATOR_MODULES if p.stem != "__init__"}
    assert modules - _named_in(listed) == set()
