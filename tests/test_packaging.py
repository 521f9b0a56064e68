"""Installing newsner as a library (issue 22): where the model is found, the version a model
folder was made for, ``newsner.info()``, and a wheel that carries the model."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import newsner
from newsner import paths
from newsner.cli import main

ROOT = Path(__file__).resolve().parents[1]


def fake_model(folder: Path, version: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / paths.NER_FILE).write_bytes(b"")
    if version:
        (folder / "meta.json").write_text(json.dumps({"newsner_version": version}), "utf-8")
    return folder


# --- where the model is ----------------------------------------------------------------------


def test_environment_then_package_then_checkout(monkeypatch, tmp_path: Path) -> None:
    packaged = tmp_path / "site-packages" / "newsner" / "models"
    monkeypatch.setattr(paths, "PACKAGED_MODEL_DIR", packaged)
    monkeypatch.delenv("NEWSNER_MODEL_DIR", raising=False)
    assert paths.model_dir_and_source() == (ROOT / "models", "checkout")  # nothing packaged
    fake_model(packaged)
    assert paths.model_dir_and_source() == (packaged, "package")
    monkeypatch.setenv("NEWSNER_MODEL_DIR", str(tmp_path / "mine"))
    assert paths.model_dir_and_source() == (tmp_path / "mine", "NEWSNER_MODEL_DIR")
    from newsner.pipeline import default_model_dir

    assert default_model_dir() == tmp_path / "mine"


def test_outside_a_checkout_the_package_is_the_default(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(paths, "checkout_root", lambda: None)
    monkeypatch.setattr(paths, "PACKAGED_MODEL_DIR", tmp_path / "pkg-models")
    monkeypatch.delenv("NEWSNER_MODEL_DIR", raising=False)
    monkeypatch.chdir(tmp_path)  # never the working directory's models/
    fake_model(tmp_path / "models")
    assert paths.model_dir_and_source() == (tmp_path / "pkg-models", "package")


def test_missing_model_names_every_way_to_point_at_one(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NEWSNER_MODEL_DIR", raising=False)
    with pytest.raises(newsner.ModelNotFoundError) as exc:
        paths.check_model_dir(tmp_path)
    message = str(exc.value)
    assert f"No newsner NER model at {tmp_path / paths.NER_FILE}" in message
    for way in ("NEWSNER_MODEL_DIR", "--model-dir", "newsner.load(model_dir="):
        assert way in message
    monkeypatch.setenv("NEWSNER_MODEL_DIR", str(tmp_path))
    with pytest.raises(newsner.ModelNotFoundError, match="NEWSNER_MODEL_DIR is set to"):
        paths.check_model_dir(tmp_path)
    with pytest.raises(newsner.ModelNotFoundError, match="NEWSNER_MODEL_DIR"):
        newsner.load(tmp_path / "elsewhere")  # checked before anything loads


# --- the version a model folder was made for -------------------------------------------------


def test_the_shipped_folder_records_this_version() -> None:
    meta = json.loads((ROOT / "models" / "meta.json").read_text(encoding="utf-8"))
    assert meta["newsner_version"] == newsner.__version__
    assert meta["card"]["scores"]["pipeline (as written)"]["micro"] > 0
    assert "nerui" in meta["trained_on"]


@pytest.mark.parametrize("made_for, ok", [("0.1.0", True), ("0.9.2", True), (None, True),
                                           ("1.0.0", False), ("v2.3", False)])
def test_a_folder_for_another_major_version_is_refused(tmp_path: Path, made_for: str | None,
                                                       ok: bool) -> None:
    folder = fake_model(tmp_path / "m", made_for)
    if ok:
        paths.check_model_version(folder, version="0.1.0")
        return
    with pytest.raises(newsner.ModelVersionError, match=f"made for newsner {made_for}"):
        paths.check_model_version(folder, version="0.1.0")


def test_load_refuses_an_incompatible_folder_before_loading(tmp_path: Path) -> None:
    folder = fake_model(tmp_path / "future", "99.0.0")
    with pytest.raises(newsner.ModelVersionError, match="99.0.0"):
        newsner.load(folder)
    (folder / "meta.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(newsner.ModelVersionError, match="not a readable model meta file"):
        newsner.load(folder)


# --- info ------------------------------------------------------------------------------------


def test_info_says_version_model_scores_licences_and_extras(monkeypatch) -> None:
    monkeypatch.delenv("NEWSNER_MODEL_DIR", raising=False)
    data = newsner.info()
    assert data["newsner"] == newsner.__version__
    model = data["model"]
    assert model["source"] in ("checkout", "package") and model["found"] is True
    assert model["made_for"] == newsner.__version__
    assert paths.NER_FILE in model["files"]
    assert data["card"]["scores"]["pipeline (as written)"]["micro"] > 85
    assert data["licences"]["code"] == "Apache-2.0"
    assert any("NER-UI" in k and "IndoLEM" in v for k, v in data["licences"].items())
    assert {"pandas", "html", "dask", "train", "dev"} <= set(data["extras"])
    for row in data["extras"].values():
        assert row["installed"] is (not row["missing"]) and row["brings"]
    json.dumps(data)  # machine-readable as it is


def test_info_command(capsys, tmp_path: Path) -> None:
    assert main(["info"]) == 0
    out = capsys.readouterr().out
    for word in (f"newsner {newsner.__version__}", "model", "scores", "licences", "extras",
                 "Apache-2.0", "pandas"):
        assert word in out
    assert main(["info", "--json", "--model-dir", str(tmp_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["model"] == {**data["model"], "path": str(tmp_path), "source": "argument",
                             "found": False}


# --- the wheel -------------------------------------------------------------------------------


def copy_source(dest: Path, with_model: bool = True) -> Path:
    """What a checkout holds that a build reads (src/ without caches, models/, metadata)."""
    dest.mkdir(parents=True)
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy2(ROOT / name, dest / name)
    shutil.copytree(ROOT / "src", dest / "src",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    if with_model:
        shutil.copytree(ROOT / "models", dest / "models")
    return dest


def build_wheel(source: Path, out: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation",
         "--no-index", "-q", "-w", str(out)],
        capture_output=True, text=True, timeout=600, cwd=source,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", **env})


@pytest.mark.slow
def test_the_wheel_carries_the_shipped_model(tmp_path: Path) -> None:
    pytest.importorskip("setuptools")
    source = copy_source(tmp_path / "src-tree")
    proc = build_wheel(source, tmp_path / "dist")
    assert proc.returncode == 0, proc.stderr[-3000:]
    [wheel] = (tmp_path / "dist").glob("newsner-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {str(p.relative_to(ROOT / "models")) for p in (ROOT / "models").rglob("*")
               if p.is_file()}
    assert {f"newsner/models/{n}" for n in shipped} <= names
    assert "newsner/models/id_newsner_nertagger.pt" in names
    assert "newsner/models/meta.json" in names and "newsner/paths.py" in names
    assert not (source / "src" / "newsner" / "models").exists()  # models/ stays where it is


@pytest.mark.slow
def test_no_wheel_without_a_model(tmp_path: Path) -> None:
    pytest.importorskip("setuptools")
    source = copy_source(tmp_path / "src-tree", with_model=False)
    proc = build_wheel(source, tmp_path / "dist")
    assert proc.returncode != 0 and "no id_newsner_nertagger.pt" in proc.stderr
    proc = build_wheel(source, tmp_path / "dist", NEWSNER_WHEEL_WITHOUT_MODEL="1")
    assert proc.returncode == 0, proc.stderr[-3000:]
