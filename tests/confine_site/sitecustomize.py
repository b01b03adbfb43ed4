"""In a Python process a test started: refuse paths beside the repository (tests/confine.py)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

# One file, two names: here it sits on sys.path beside us, while the tests (and mypy, which
# cannot give one file two module names) know it as tests.confine_site.repo_confinement.
if TYPE_CHECKING:
    from tests.confine_site import repo_confinement
else:
    import repo_confinement

_root = os.environ.get(repo_confinement.CONFINE_ENV)
if _root:
    repo_confinement.install(_root)
