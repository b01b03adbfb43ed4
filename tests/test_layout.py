"""The emulator and the gateway share no import: only the CLI names both packages. Inside the
gateway, its subpackages keep their direction: the process wires them in, they import none of
each other, and the rest of the gateway reaches each through its face (`__init__`)."""

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


# The gateway's subpackages, and the process modules that wire them together.
SUBPACKAGES = ("trust", "events", "telemetry")
WIRING = {"cli", "server", "workers"}
# A top-level module outside the wiring that imports a subpackage, and which: the servicer
# hosts the two events RPCs (WatchCheckoutSession, StreamCheckoutSessionEvents) inside its
# call boundary, so it imports their bodies from gateway.events.
IMPORTS_A_SUBPACKAGE = {"servicer": {"events"}}


def gateway_imports(path: Path, root: Path = ROOT) -> set[str]:
    """Every gateway module or package that `path` imports, as a dotted name (relative
    imports resolved; `from gateway import x` is `gateway.x`)."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = path.relative_to(root).with_suffix("").parts[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else ()
            module = ".".join([*base, *([node.module] if node.module else [])])
            if module == "gateway":
                found.update(f"gateway.{alias.name}" for alias in node.names)
            else:
                found.add(module)
    return {name for name in found if name.split(".")[0] == "gateway"}


def subpackage_of(name: str) -> str | None:
    """`trust` for `gateway.trust` or `gateway.trust.policy`; None for a top-level module."""
    parts = name.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in SUBPACKAGES else None


def _top_level(path: Path) -> bool:
    return path.parent == ROOT / "gateway"


def test_every_subpackage_is_found() -> None:
    found = {p.parent.name for p in GATEWAY_MODULES if not _top_level(p)}
    assert found == set(SUBPACKAGES)


@pytest.mark.parametrize(
    "path", [p for p in GATEWAY_MODULES if not _top_level(p)], ids=lambda p: layout_name(p)
)
def test_a_subpackage_imports_nothing_of_the_others_nor_the_wiring(path: Path) -> None:
    own = path.parent.name
    imported = gateway_imports(path)
    assert {subpackage_of(n) for n in imported} - {own, None} == set()
    above = WIRING | {"servicer"}
    assert {n for n in imported if n.split(".")[-1] in above and subpackage_of(n) is None} == set()


@pytest.mark.parametrize("path", [p for p in GATEWAY_MODULES if _top_level(p)], ids=layout_name)
def test_the_rest_of_the_gateway_imports_a_subpackage_only_through_its_face(path: Path) -> None:
    inside = {n for n in gateway_imports(path) if subpackage_of(n) and n.count(".") > 1}
    assert inside == set()


@pytest.mark.parametrize(
    "path", [p for p in GATEWAY_MODULES if _top_level(p) and p.stem not in WIRING], ids=layout_name
)
def test_only_the_wiring_imports_the_subpackages(path: Path) -> None:
    imported = {subpackage_of(n) for n in gateway_imports(path)} - {None}
    assert imported <= IMPORTS_A_SUBPACKAGE.get(path.stem, set())


def test_the_direction_check_sees_every_form_of_import(tmp_path: Path) -> None:
    module = tmp_path / "gateway" / "events" / "probe.py"
    module.parent.mkdir(parents=True)
    module.write_text(
        "def f():\n    from gateway import servicer\n"
        "import gateway.trust.policy\nfrom gateway.telemetry import Telemetry\n"
        "from . import bus\nfrom ..limits import connect\nimport json\n"
    )
    found = gateway_imports(module, root=tmp_path)
    assert found == {
        "gateway.servicer",
        "gateway.trust.policy",
        "gateway.telemetry",
        "gateway.events",
        "gateway.limits",
    }
    assert {subpackage_of(n) for n in found} == {None, "trust", "telemetry", "events"}
