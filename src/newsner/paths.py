"""Where newsner finds things outside the package: its checkout, the models, the shared data.

newsner is used from a checkout (``pip install -e .``), so the shipped ``models/`` folder and
the ``../shared/data`` corpora are found relative to the checkout root; environment variables
override both for installed copies and clusters.
"""

from __future__ import annotations

import os
from pathlib import Path


def checkout_root() -> Path | None:
    """The folder holding newsner's ``pyproject.toml``, if newsner runs from a checkout."""
    for parent in Path(__file__).resolve().parents:
        if (parent / "pyproject.toml").exists() and (parent / "src" / "newsner").is_dir():
            return parent
    return None


def from_env_or_checkout(variable: str, relative: str) -> Path:
    """``$variable`` if set, else ``relative`` to the checkout root (or to the cwd)."""
    env = os.environ.get(variable)
    if env:
        return Path(env)
    return (checkout_root() or Path.cwd()) / relative
