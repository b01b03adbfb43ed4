"""The emulator's time: the wall clock by default, which tests may freeze and move forward."""

from __future__ import annotations

import time
from collections.abc import Callable


class Clock:
    """Seconds since the epoch, as `time.time()`; never goes back.

    Frozen, it stands still until advanced or unfrozen; unfrozen, it runs on from where it
    stood. `advance` moves it forward either way. Calling the clock reads it.
    """

    def __init__(self, source: Callable[[], float] = time.time) -> None:
        self._source = source
        self._offset = 0.0
        self._frozen_at: float | None = None

    def __call__(self) -> float:
        if self._frozen_at is not None:
            return self._frozen_at
        return self._source() + self._offset

    @property
    def frozen(self) -> bool:
        return self._frozen_at is not None

    def freeze(self) -> None:
        if self._frozen_at is None:
            self._frozen_at = self()

    def unfreeze(self) -> None:
        if self._frozen_at is not None:
            self._offset = self._frozen_at - self._source()
            self._frozen_at = None

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("the clock only moves forward: seconds must not be negative")
        if self._frozen_at is not None:
            self._frozen_at += seconds
        else:
            self._offset += seconds

    def to_json(self) -> dict[str, object]:
        return {"now": int(self()), "frozen": self.frozen}
