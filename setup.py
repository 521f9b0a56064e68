"""Build hook: a wheel carries the shipped model.

The model stays in the repository's top-level ``models/`` (the layout the project is known
by); building a wheel (``pip install .``, ``pip wheel .``, ``python -m build``) copies it into
the package as ``newsner/models/``, where :mod:`newsner.paths` finds it with no
configuration. An editable install (``pip install -e .``) copies nothing: it reads
``models/`` from the checkout. Everything else about the package is in ``pyproject.toml``.

Building a wheel without a model fails, so that no wheel is made that cannot run; set
``NEWSNER_WHEEL_WITHOUT_MODEL=1`` to build one anyway (it then needs ``NEWSNER_MODEL_DIR``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
MODELS = ROOT / "models"
#: The file every model folder must hold (``newsner.tagging.MODEL_FILES["ner"]``).
NER_FILE = "id_newsner_nertagger.pt"


def model_files() -> list[Path]:
    """The files of ``models/`` the wheel carries (hidden files and caches left out)."""
    if not MODELS.is_dir():
        return []
    return sorted(p for p in MODELS.rglob("*") if p.is_file()
                  and not any(part.startswith(".") or part == "__pycache__"
                              for part in p.relative_to(MODELS).parts))


class BuildPyWithModel(build_py):
    """``build_py`` that also copies ``models/`` to ``<build>/newsner/models/``."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # the checkout's models/ is read in place
        files = model_files()
        if not any(p.name == NER_FILE for p in files):
            if os.environ.get("NEWSNER_WHEEL_WITHOUT_MODEL") == "1":
                return
            raise SystemExit(f"newsner build: no {NER_FILE} in {MODELS}: a wheel without "
                             "the model cannot extract anything (set "
                             "NEWSNER_WHEEL_WITHOUT_MODEL=1 to build one anyway)")
        target = Path(self.build_lib) / "newsner" / "models"
        for src in files:
            dst = target / src.relative_to(MODELS)
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dst)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if getattr(self, "editable_mode", False):
            return outputs
        target = Path(self.build_lib) / "newsner" / "models"
        return outputs + [str(target / p.relative_to(MODELS)) for p in model_files()]


setup(cmdclass={"build_py": BuildPyWithModel})
