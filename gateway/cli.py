"""The `checkout-gateway` command: `serve` runs the gateway, `emulator` the local Stripe."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from gateway.emulator import cli as emulator_cli


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="checkout-gateway", description=__doc__)
    subparsers = parser.add_subparsers(dest="command", required=True)
    emulator_cli.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
