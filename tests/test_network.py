"""No network at run time, safe model loading, and a clear error for a missing model.

The whole suite runs with sockets disabled (pytest-socket, see ``addopts`` in pyproject.toml).
Here we also make every download route of stanza (and ``requests``) raise, build a fresh
``Pipeline`` from the shipped model directory and tag a sentence: nothing may try the network.

stanza 1.10+ reads its NER model, vectors and charlm with ``torch.load(..., weights_only=True)``
(``stanza/models/ner/trainer.py``, ``common/pretrain.py``, ``common/char_model.py``), so a
model file can hold tensors and plain containers only; ``test_model_files_load_weights_only``
checks that ours do, and ``test_pickled_code_in_a_model_file_is_not_run`` that a file carrying
code is refused without running it. Model directories are still trusted input: see SECURITY.md.
"""

from __future__ import annotations

import pickle
import socket
from pathlib import Path

import pytest

import newsner
from newsner.pipeline import default_model_dir
from newsner.tagging import MODEL_FILES, ModelNotFoundError, ModelPaths

pytestmark = pytest.mark.slow

SENTENCE = "Presiden Joko Widodo bertemu Sekjen PBB Antonio Guterres di Jakarta, Senin."


def _model_dir() -> Path:
    path = default_model_dir()
    if not (path / MODEL_FILES["ner"]).exists():
        pytest.skip(f"shipped model not found in {path}")
    return path


@pytest.mark.filterwarnings("ignore:A test tried to use socket.socket")
def test_sockets_are_blocked_in_this_suite():
    with pytest.raises(Exception, match="[Ss]ocket"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_load_and_extract_without_network_or_downloads(monkeypatch, entity_invariants):
    import requests
    import stanza
    import stanza.resources.common as resources

    calls: list[str] = []

    def forbidden(name: str):  # noqa: ANN202
        def fail(*args, **kwargs):
            calls.append(name)
            raise AssertionError(f"{name} was called: newsner must never download")

        return fail

    monkeypatch.setattr(stanza, "download", forbidden("stanza.download"))
    monkeypatch.setattr(resources, "download", forbidden("stanza.resources.common.download"))
    monkeypatch.setattr(resources, "download_resources_json",
                        forbidden("stanza.resources.common.download_resources_json"))
    monkeypatch.setattr(resources, "request_file", forbidden("stanza request_file"))
    monkeypatch.setattr(requests, "get", forbidden("requests.get"))
    monkeypatch.setattr(requests, "head", forbidden("requests.head"))
    monkeypatch.setattr(requests.Session, "request", forbidden("requests.Session.request"))
    monkeypatch.setattr(socket, "create_connection", forbidden("socket.create_connection"))

    pipeline = newsner.Pipeline(_model_dir())  # a fresh load, not the cached default
    ents = pipeline.extract(SENTENCE)
    entity_invariants(SENTENCE, ents)
    assert ents, "the shipped model found nothing in a plain news sentence"
    assert calls == []


def test_missing_model_dir_says_how_to_get_one(tmp_path):
    missing = tmp_path / "no-such-models"
    with pytest.raises(ModelNotFoundError) as info:
        newsner.Pipeline(missing)
    message = str(info.value)
    assert str(missing) in message
    assert "model_dir" in message and "newsner train" in message
    assert isinstance(info.value, FileNotFoundError)
    assert newsner.ModelNotFoundError is ModelNotFoundError


def test_missing_model_via_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSNER_MODEL_DIR", str(tmp_path))
    with pytest.raises(ModelNotFoundError, match="model_dir"):
        newsner.load()


def test_model_files_load_weights_only():
    import torch

    files = sorted(_model_dir().glob("*.pt"))
    assert files
    for path in files:
        data = torch.load(path, map_location="cpu", weights_only=True)
        assert isinstance(data, dict), path


class _Exploit:
    """Unpickling this writes a marker file: what a malicious model file could do."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):  # noqa: ANN204
        return (Path.write_text, (self.marker, "pwned"))


@pytest.mark.parametrize("poisoned", ["ner", "pretrain"])
def test_pickled_code_in_a_model_file_is_not_run(tmp_path, poisoned):
    import shutil

    import torch

    marker = tmp_path / "marker.txt"
    model_dir = tmp_path / "model"
    model_dir.mkdir()
    if poisoned != "ner":  # a good tagger next to a poisoned vectors file
        shutil.copy(_model_dir() / MODEL_FILES["ner"], model_dir / MODEL_FILES["ner"])
    bad = model_dir / MODEL_FILES[poisoned]
    torch.save({"config": {}, "emb": torch.zeros(1), "vocab": _Exploit(marker),
                "model": _Exploit(marker)}, bad)
    with pytest.raises(pickle.UnpicklingError):
        torch.load(bad, weights_only=True)
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do, as long as it is one
        newsner.Pipeline(model_dir)
    assert not marker.exists(), "loading a model directory ran code from a pickle"
    assert getattr(ModelPaths.from_dir(model_dir), poisoned) == bad
