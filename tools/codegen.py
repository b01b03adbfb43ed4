"""Regenerate generated/ (Python messages, gRPC stubs, .pyi) from proto/ with grpcio-tools.

Usage: python tools/codegen.py [--out DIR]   (`make proto` runs it after protogen.py)
The output is committed; tests/test_contract_tooling.py fails when it is stale.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from importlib import resources
from pathlib import Path

from grpc_tools import protoc

ROOT = Path(__file__).resolve().parent.parent
PROTO = ROOT / "proto"
PACKAGE_DIR = Path("checkout_gateway")


def generate(out: Path) -> None:
    target = out / PACKAGE_DIR
    if target.exists():
        shutil.rmtree(target)
    out.mkdir(parents=True, exist_ok=True)
    files = sorted(str(p.relative_to(PROTO)) for p in PROTO.rglob("*.proto"))
    well_known = str(resources.files("grpc_tools") / "_proto")
    code = protoc.main(
        [
            "grpc_tools.protoc",
            f"-I{PROTO}",
            f"-I{well_known}",
            f"--python_out={out}",
            f"--pyi_out={out}",
            f"--grpc_python_out={out}",
            *files,
        ]
    )
    if code != 0:
        raise SystemExit(f"protoc failed with exit code {code}")
    # Packages, so the modules import as checkout_gateway.v1.*_pb2.
    for directory in [target, *(p for p in target.rglob("*") if p.is_dir())]:
        (directory / "__init__.py").write_text("")
    for pyc in target.rglob("__pycache__"):
        shutil.rmtree(pyc)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "generated")
    generate(parser.parse_args().out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
