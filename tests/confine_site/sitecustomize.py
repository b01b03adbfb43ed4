"""In a Python process a test started: refuse paths beside the repository (tests/confine.py)."""

from __future__ import annotations

import os

import repo_confinement

_root = os.environ.get(repo_confinement.CONFINE_ENV)
if _root:
    repo_confinement.install(_root)
