"""Settings tables: each setting's flag, environment variable, type and help, as data.

The gateway's own settings (gateway.config) and the trust boundary's (gateway.security) are
two such tables; both are added to the same parser and read the same way: a flag wins over
its environment variable, which wins over the default (the setting is then left out).
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping

__all__ = ["Setting", "add_arguments", "read"]

# name -> (flag, environment variable, type, help)
Setting = tuple[str, str, type, str]


def add_arguments(parser: argparse.ArgumentParser, table: Mapping[str, Setting]) -> None:
    for name, (flag, env, kind, text) in table.items():
        parser.add_argument(flag, dest=name, type=kind, default=None, help=f"{text} (${env})")


def read(
    args: argparse.Namespace, environ: Mapping[str, str], table: Mapping[str, Setting]
) -> dict[str, object]:
    """The settings given, by flag or environment; raises ValueError naming a bad variable."""
    values: dict[str, object] = {}
    for name, (_flag, env, kind, _text) in table.items():
        value = getattr(args, name, None)
        if value is None and environ.get(env):
            try:
                value = kind(environ[env])
            except ValueError as exc:
                raise ValueError(f"${env}: {exc}") from None
        if value is not None:
            values[name] = value
    return values
