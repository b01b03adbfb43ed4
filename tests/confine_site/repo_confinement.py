"""Refuse, in this process, every open or listing of a path beside the repository.

Used by the pytest plugin tests/confine.py, and by sitecustomize.py beside this file in the
Python processes the tests start. No third-party import: it runs at every interpreter start.
"""

from __future__ import annotations

import os
import sys
import tempfile

CONFINE_ENV = "CHECKOUT_GATEWAY_CONFINE_TO"
# Audit events that name a path to read or list.
EVENTS = frozenset({"open", "os.listdir", "os.scandir"})
SYSTEM = ("/usr", "/lib", "/lib64", "/etc", "/proc", "/sys", "/dev", "/run", "/var", "/opt")

violations: list[str] = []


def _allowed_prefixes(beside: str) -> tuple[str, ...]:
    """Places that stay open though under the repository's parent: never one that holds the
    repository itself (a clone in /tmp, or in $HOME), or it would open every sibling too."""
    places = {sys.prefix, sys.base_prefix, sys.exec_prefix, tempfile.gettempdir(), *SYSTEM}
    home = os.environ.get("HOME")
    if home:
        places.add(home)
    prefixes = (os.path.join(os.path.abspath(p), "") for p in places)
    return tuple(p for p in prefixes if not beside.startswith(p))


def install(root: str) -> None:
    """Refuse, from now on in this process, every open or listing beside `root`."""
    root = os.path.abspath(root)
    inside = os.path.join(root, "")
    beside = os.path.join(os.path.dirname(root), "")
    allowed = _allowed_prefixes(beside)

    def hook(event: str, args: tuple[object, ...]) -> None:
        if event not in EVENTS or not args:
            return
        target = args[0]
        if isinstance(target, int) or target is None:
            return  # a file descriptor, or the current folder: nothing new is reached
        if not isinstance(target, str | bytes | os.PathLike):
            return  # not a path (os.fsdecode would raise TypeError)
        try:
            path = os.path.abspath(os.fsdecode(target))
        except (TypeError, ValueError):
            return
        candidate = os.path.join(path, "")
        if (
            candidate.startswith(beside)
            and not candidate.startswith(inside)
            and not candidate.startswith(allowed)
        ):
            message = f"{path} is outside the repository ({root}): tests must not depend on it"
            violations.append(message)
            raise PermissionError(message)

    sys.addaudithook(hook)
