"""``newsner info`` / ``newsner.info()``: what is installed, in the manner of ``spacy info``.

The version, where the model is (or was) loaded from and the newsner version it was made for,
the model card's headline scores and the licences of the data it was trained on (from the
model folder's ``meta.json``), and which optional extras are installed. Nothing is loaded:
this is cheap, and works when the model is missing (it then says so).
"""

from __future__ import annotations

import importlib
import os
import platform
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from newsner.version import __version__

#: What each extra brings (the requirements themselves come from the package metadata).
EXTRAS: dict[str, str] = {
    "pandas": "DataFrames of mentions: newsner.to_dataframe, Document.to_dataframe",
    "html": "HTML pages: newsner.from_html, newsner extract --html (trafilatura)",
    "notebook": "the notebooks in notebooks/ and the test that runs them",
    "jupyter": "opening the notebooks: jupyter lab notebooks/, jupyter nbconvert",
    "dask": "corpus scale on a Dask cluster: newsner.dask, newsner extract --dask",
    "train": "training word vectors and models: newsner train, make vectors (gensim)",
    "bench": "the speed benchmark against an IndoBERT-shaped model (transformers)",
    "fuzz": "coverage-guided fuzzing: make fuzz (atheris)",
    "dev": "tests and lint: pytest, hypothesis, ruff",
}


def info(model_dir: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """A dict: ``newsner`` (version), ``location``, ``python``, ``platform``, ``model`` (folder,
    how it was chosen, whether a model is there, the newsner version it was made for, the
    pipelines loaded in this process), ``card`` (headline scores), ``licences`` and ``extras``
    (per extra: installed or not, and what is missing)."""
    from newsner.paths import model_dir_and_source, read_model_meta

    if model_dir is not None:
        folder, source = Path(model_dir), "argument"
    else:
        folder, source = model_dir_and_source()
    model: dict[str, Any] = {"path": str(folder), "source": source,
                             "found": _model_found(folder)}
    meta: dict[str, Any] = {}
    if folder.is_dir():
        try:
            meta = read_model_meta(folder)
        except ValueError as exc:
            model["meta_error"] = str(exc)
    model["made_for"] = meta.get("newsner_version")
    model["files"] = _files(folder)
    model["loaded"] = _loaded_model_dirs()
    card = dict(meta.get("card", {}))
    licences = card.pop("licences", {"code": "Apache-2.0"})
    return {
        "newsner": __version__,
        "location": str(Path(__file__).resolve().parent),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "model": model,
        "card": card,
        "licences": licences,
        "extras": extras_installed(),
    }


def _model_found(folder: Path) -> bool:
    try:
        from newsner.paths import check_model_dir

        check_model_dir(folder)
    except (FileNotFoundError, ValueError):
        return False
    return True


def _files(folder: Path) -> dict[str, int]:
    if not folder.is_dir():
        return {}
    return {str(p.relative_to(folder)): p.stat().st_size
            for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix == ".pt"}


def _loaded_model_dirs() -> list[str]:
    pipeline = sys.modules.get("newsner.pipeline")
    if pipeline is None:
        return []
    return sorted({str(p.model_dir.resolve()) for p in getattr(pipeline, "_DEFAULT", {}).values()})


def _requirements() -> list[str]:
    from importlib import metadata

    try:
        return list(metadata.requires("newsner") or [])
    except metadata.PackageNotFoundError:  # running from a checkout that was never installed
        import tomllib

        from newsner.paths import checkout_root

        root = checkout_root()
        if root is None:
            return []
        project = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["project"]
        return [f'{req}; extra == "{extra}"'
                for extra, reqs in project.get("optional-dependencies", {}).items()
                for req in reqs]


def import_extra(module: str, needed_by: str, extra: str) -> ModuleType:
    """``module`` imported, or an ImportError saying that ``needed_by`` needs it and which
    extra brings it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(f"{needed_by} needs {module}, which is not installed: "
                          f"pip install 'newsner[{extra}]'") from exc


def extras_installed() -> dict[str, dict[str, Any]]:
    """Per optional extra: ``installed`` (every requirement importable by its distribution
    name), ``missing`` (distribution names) and ``brings`` (what it is for)."""
    from importlib import metadata

    wanted: dict[str, list[str]] = {}
    for req in _requirements():
        extra = re.search(r"""extra\s*==\s*['"]([^'"]+)['"]""", req)
        if not extra:
            continue
        name = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", req)
        if name:
            wanted.setdefault(extra.group(1), []).append(name.group(1))
    out: dict[str, dict[str, Any]] = {}
    for extra, names in wanted.items():
        missing = []
        for name in dict.fromkeys(names):
            try:
                metadata.version(name)
            except metadata.PackageNotFoundError:
                missing.append(name)
        out[extra] = {"installed": not missing, "missing": missing,
                      "brings": EXTRAS.get(extra, "")}
    return out


def format_info(data: dict[str, Any]) -> str:
    """``info()`` as the text ``newsner info`` prints."""
    model = data["model"]
    how = {"NEWSNER_MODEL_DIR": "from NEWSNER_MODEL_DIR", "package": "installed with the package",
           "checkout": "the checkout's models/", "argument": "given"}[model["source"]]
    lines = [f"newsner {data['newsner']}",
             f"  location        {data['location']}",
             f"  python          {data['python']} ({data['platform']})",
             "", "model",
             f"  folder          {model['path']} ({how})",
             f"  found           {'yes' if model['found'] else 'NO: no NER model there'}"]
    if model.get("made_for"):
        lines.append(f"  made for        newsner {model['made_for']}")
    if model.get("meta_error"):
        lines.append(f"  meta.json       {model['meta_error']}")
    for name, size in model["files"].items():
        lines.append(f"  {name:<30}  {size / 1e6:.1f} MB")
    if model["loaded"]:
        lines.append(f"  loaded here     {', '.join(model['loaded'])}")
    card = data["card"]
    if card.get("scores"):
        lines += ["", f"scores (strict F1, {card.get('measured', '')})"]
        if card.get("protocol"):
            lines.append(f"  {card['protocol']}")
        for kind, row in card["scores"].items():
            per = ", ".join(f"{k} {v:.2f}" for k, v in row.items() if k != "micro")
            lines.append(f"  {kind:<22}  {row.get('micro', 0):.2f}  ({per})")
        if card.get("compare"):
            lines.append(f"  compare: {card['compare']}")
    lines += ["", "licences"]
    lines += [f"  {what}: {licence}" for what, licence in data["licences"].items()]
    lines += ["", "extras (pip install 'newsner[EXTRA]')"]
    for extra, row in data["extras"].items():
        state = "installed" if row["installed"] else f"missing {', '.join(row['missing'])}"
        lines.append(f"  {extra:<10} {state:<32} {row['brings']}")
    return "\n".join(lines)
