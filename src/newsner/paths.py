"""Where newsner finds things outside its code: the model, its checkout, the shared data.

The model folder is, in this order:

1. ``$NEWSNER_MODEL_DIR`` when it is set (``load(model_dir=...)`` and the CLI's ``--model-dir``
   override even that);
2. the model inside the installed package (``newsner/models/``): a wheel built from the
   repository copies the top-level ``models/`` there at build time (``setup.py``);
3. the ``models/`` folder of the checkout newsner runs from (``pip install -e .``).

The ``../shared/data`` corpora are found relative to the checkout root, or ``$NEWSNER_DATA``.

A model folder may hold a ``meta.json`` naming the newsner version it was made for
(``{"newsner_version": "0.1.0", ...}``); loading one made for another major version is refused
(:class:`ModelVersionError`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from newsner.version import __version__

#: The NER model file a model folder must hold (``newsner.tagging.MODEL_FILES["ner"]``; a
#: folder's ``newsner.json`` may rename it).
NER_FILE = "id_newsner_nertagger.pt"
#: Where a wheel carries the shipped model, inside the installed package.
PACKAGED_MODEL_DIR = Path(__file__).resolve().parent / "models"


class ModelVersionError(ValueError):
    """A model folder made for a newsner version this one cannot load."""


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


def model_dir_and_source() -> tuple[Path, str]:
    """The default model folder and how it was chosen: ``"NEWSNER_MODEL_DIR"``,
    ``"package"`` (the model a wheel carries) or ``"checkout"`` (``models/`` of the checkout).

    When none holds a model, the checkout's ``models/`` (or the package's, outside a checkout)
    is returned, and loading it raises a :class:`newsner.ModelNotFoundError` that says where
    newsner looked.
    """
    env = os.environ.get("NEWSNER_MODEL_DIR")
    if env:
        return Path(env), "NEWSNER_MODEL_DIR"
    if _has_model(PACKAGED_MODEL_DIR):
        return PACKAGED_MODEL_DIR, "package"
    root = checkout_root()
    if root is not None:
        return root / "models", "checkout"
    return PACKAGED_MODEL_DIR, "package"


def default_model_dir() -> Path:
    """``$NEWSNER_MODEL_DIR``, else the model installed with the package, else the checkout's
    ``models/`` (see the module docstring)."""
    return model_dir_and_source()[0]


def _has_model(folder: Path) -> bool:
    return (folder / NER_FILE).is_file() or (folder / "newsner.json").is_file()


def model_not_found_message(model_dir: str | os.PathLike[str], missing: Path | None = None,
                            ) -> str:
    """What a :class:`newsner.ModelNotFoundError` says: what is missing, where newsner looked,
    and the three ways to point it at a model."""
    what = f"No newsner NER model at {missing or Path(model_dir) / NER_FILE}."
    env = os.environ.get("NEWSNER_MODEL_DIR")
    if Path(model_dir).absolute() != default_model_dir().absolute():
        where = ""  # a folder the caller chose
    elif env:
        where = f" NEWSNER_MODEL_DIR is set to {env}."
    else:
        root = checkout_root()
        where = (f" newsner looked in the model installed with the package ({PACKAGED_MODEL_DIR})"
                 + (f" and in the checkout's models/ ({root / 'models'})." if root else "."))
    return (what + where + " A wheel built from the repository (pip install <checkout>) "
            "carries the model; otherwise point newsner at a model folder with the environment "
            "variable NEWSNER_MODEL_DIR=<folder> (it also sets the default of "
            "newsner.extract/analyze/extract_many), the CLI's --model-dir <folder>, or "
            "newsner.load(model_dir=<folder>); or train one from a checkout with "
            "`newsner train --config configs/shipped.toml --all`.")


def read_model_meta(model_dir: str | os.PathLike[str]) -> dict:
    """A model folder's ``meta.json`` (``{}`` when it has none)."""
    path = Path(model_dir) / "meta.json"
    if not path.is_file():
        return {}
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelVersionError(f"{path}: not a readable model meta file ({exc})") from None
    if not isinstance(meta, dict):
        raise ModelVersionError(f"{path}: not a model meta file (a JSON object)")
    return meta


def check_model_version(model_dir: str | os.PathLike[str], version: str | None = None) -> dict:
    """The folder's ``meta.json``, after checking that it was made for this newsner's major
    version (``version``, default this newsner's); raises :class:`ModelVersionError` if not."""
    if version is None:
        version = __version__
    meta = read_model_meta(model_dir)
    made_for = meta.get("newsner_version")
    if made_for is None:
        return meta
    if _major(str(made_for)) != _major(version):
        raise ModelVersionError(
            f"the model in {model_dir} was made for newsner {made_for}, and this is newsner "
            f"{version}: a model works with the newsner major version it was made for "
            f"({_major(str(made_for))}.x). Install newsner {_major(str(made_for))}.x, or use a "
            f"model folder made for {_major(version)}.x (the one its wheel carries).")
    return meta


def _major(version: str) -> str:
    return version.strip().lstrip("vV").split(".", 1)[0]


def check_model_dir(model_dir: str | os.PathLike[str]) -> dict:
    """Check that ``model_dir`` holds a NER model made for this newsner, before anything is
    loaded: raises :class:`newsner.ModelNotFoundError` (saying where newsner looked and how to
    point it elsewhere) or :class:`ModelVersionError`. Returns the folder's ``meta.json``."""
    from newsner.tagging import ModelNotFoundError, ner_files

    folder = Path(model_dir)
    try:
        files = ner_files(folder)
    except (OSError, ValueError) as exc:
        raise ModelNotFoundError(f"{folder / 'newsner.json'}: unreadable ({exc})") from None
    for ner in dict.fromkeys(files.values()):
        if not ner.is_file():
            raise ModelNotFoundError(model_not_found_message(folder, ner))
    return check_model_version(folder)
