"""Files re-read when their contents change: TLS material, JWT keys, the policy.

Contents, not modification times, say what changed: a rewrite within one timestamp tick,
or a symlink swapped by Kubernetes, is still seen. Polled, not watched with inotify: grpc
asks for TLS material at each handshake anyway, and the files are small. A new version that
does not load is logged once and the previous value stays in use.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Generic, TypeVar

log = logging.getLogger("gateway.watched")

T = TypeVar("T")


def read_all(paths: Sequence[Path]) -> tuple[bytes, ...]:
    return tuple(path.read_bytes() for path in paths)


class Watched(Generic[T]):
    """`value`: what `load` made of the files' contents, refreshed by `refresh()`.

    The first load happens here and raises on failure (start-up must not go on without it);
    later loads that fail are logged and keep the previous value. `refresh()` looks at the
    files at most once per `interval` seconds; it may be called from any thread.
    """

    def __init__(
        self,
        name: str,
        paths: Sequence[Path],
        load: Callable[[tuple[bytes, ...]], T],
        *,
        interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.name, self.paths, self._load = name, tuple(paths), load
        self.interval, self._clock = interval, clock
        self._lock = threading.Lock()
        self._contents = read_all(self.paths)
        self.value: T = load(self._contents)
        self._refused: tuple[bytes, ...] | None = None
        self._checked = clock()

    def refresh(self, *, force: bool = False) -> bool:
        """Reload if the files changed; True when `value` is new."""
        with self._lock:
            now = self._clock()
            if not force and now - self._checked < self.interval:
                return False
            self._checked = now
            try:
                contents = read_all(self.paths)
            except OSError as exc:
                if self._refused != ():
                    log.error("%s: cannot read %s; keeping the previous one", self.name, exc)
                    self._refused = ()
                return False
            if contents == self._contents or contents == self._refused:
                return False
            try:
                value = self._load(contents)
            except Exception as exc:  # whatever the loader refuses, the old value serves on
                log.error("%s: new version refused, keeping the previous one: %s", self.name, exc)
                self._refused = contents
                return False
            self.value, self._contents, self._refused = value, contents, None
            log.info("%s: reloaded from %s", self.name, ", ".join(map(str, self.paths)))
            return True

    def get(self) -> T:
        self.refresh()
        return self.value
