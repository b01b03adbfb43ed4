"""A pytest plugin: no test, and no Python process a test starts, opens a path beside the repo.

The repository must stand alone: a clone with nothing beside it passes `make test`. A test
that reads `../shared/...` or another checkout passes here and fails there, so any `open()`
(or directory listing) of a path under the repository's parent folder but outside the
repository is refused with PermissionError and fails the test that made it. System and
Python locations (the interpreter, the virtualenv, the temp folder) stay open, in case the
repository's parent folder holds them.

Processes started by tests (the bench and soak smoke runs, `checkout-gateway serve`, the
generators in tools/) inherit CONFINE_ENV and a PYTHONPATH entry whose sitecustomize installs
the same hook, so scripts in bench/ and tools/ are held to the same rule.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.confine_site.repo_confinement import CONFINE_ENV, install, violations

SITE_DIR = Path(__file__).resolve().parent / "confine_site"
ROOT = Path(__file__).resolve().parent.parent


def pytest_configure(config: pytest.Config) -> None:
    install(str(ROOT))
    # Python processes the tests start: the same hook, through sitecustomize.
    os.environ[CONFINE_ENV] = str(ROOT)
    paths = [str(SITE_DIR), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    os.environ["PYTHONPATH"] = os.pathsep.join(paths)


@pytest.fixture(autouse=True)
def _confined() -> Iterator[None]:
    """Fails the test that opened a path beside the repository, even if it caught the error."""
    seen = len(violations)
    yield
    if len(violations) > seen:
        new = violations[seen:]
        del violations[seen:]
        pytest.fail("opened outside the repository:\n" + "\n".join(new), pytrace=False)
