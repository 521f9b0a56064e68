"""A model folder's ``casing_models``: each sentence is tagged by the NER model of its casing.

The shipped folder tags mixed-case sentences with a model trained on text as written and
lower- or upper-cased ones with a case-augmented model (``models/README.md``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsner.casing import CASED, CASINGS, LOWER, UPPER, casing
from newsner.paths import check_model_dir
from newsner.pipeline import default_model_dir
from newsner.tagging import (
    MODEL_FILES,
    UNCASED_NER_FILE,
    ModelNotFoundError,
    Tagger,
    ner_files,
)

pytestmark = pytest.mark.needs_model

SENTENCES = [
    "Presiden Joko Widodo meresmikan Bendungan Karian di Lebak , Banten , Jumat .",
    "Menteri Keuangan Sri Mulyani hadir dalam rapat bersama Komisi XI DPR di Jakarta .",
    "Kapolda Metro Jaya Irjen Karyoto memimpin apel di Monas .",
    "Pertamina dan PLN menandatangani kerja sama di Surabaya , Jawa Timur .",
    "Gubernur Jawa Barat Ridwan Kamil meninjau banjir di Bandung bersama BPBD .",
]


def _recased() -> list[list[str]]:
    out = []
    for s in SENTENCES:
        out += [s.split(), s.lower().split(), s.upper().split()]
    return out


@pytest.fixture(scope="module")
def shipped() -> Tagger:
    return Tagger(default_model_dir())


def test_the_shipped_folder_gives_lower_and_upper_sentences_their_own_model(shipped):
    files = ner_files(default_model_dir())
    assert files[CASED].name == MODEL_FILES["ner"]
    assert files[LOWER].name == files[UPPER].name == UNCASED_NER_FILE
    assert shipped.models[LOWER] is shipped.models[UPPER] is not shipped.models[CASED]
    # one copy of the word vectors for both models
    assert shipped.models[LOWER]._model.word_emb is shipped.models[CASED]._model.word_emb


def test_each_sentence_is_tagged_by_the_model_of_its_casing(shipped):
    sents = _recased()
    got = shipped.tag_tokens(sents)
    for sent, (tags, probs) in zip(sents, got, strict=True):
        alone_tags, alone_probs = shipped.models[casing(sent)].tag_tokens([sent])[0]
        assert tags == alone_tags
        assert probs == pytest.approx(alone_probs, abs=1e-5)  # batch padding: float noise
    # the test can fail: the two models disagree on some of these sentences
    other = {CASED: shipped.models[LOWER], LOWER: shipped.models[CASED],
             UPPER: shipped.models[CASED]}
    assert any(result[0] != other[casing(sent)].tag_tokens([sent])[0][0]
               for sent, result in zip(sents, got, strict=True))


def test_bias_and_threads_reach_every_model(shipped):
    before = dict(shipped.o_bias)
    try:
        shipped.o_bias = dict.fromkeys(CASINGS, 50.0)
        assert all(m.o_bias == dict.fromkeys(CASINGS, 50.0) for m in shipped.models.values())
        assert shipped.tag(_recased()) == [[] for _ in _recased()]
    finally:
        shipped.o_bias = before
    assert shipped.labels == ["LOC", "ORG", "PER"]


def _folder(tmp_path: Path, manifest: dict) -> Path:
    for fname in MODEL_FILES.values():
        if (default_model_dir() / fname).exists():
            (tmp_path / fname).symlink_to((default_model_dir() / fname).resolve())
    (tmp_path / "newsner.json").write_text(json.dumps(manifest), encoding="utf-8")
    return tmp_path


def test_a_folder_without_casing_models_uses_one_model(tmp_path):
    tagger = Tagger(_folder(tmp_path, {}))
    assert len({id(m) for m in tagger.models.values()}) == 1


def test_casing_models_name_casings_and_existing_files(tmp_path):
    folder = _folder(tmp_path, {"casing_models": {"title": "x.pt"}})
    with pytest.raises(ModelNotFoundError, match="valid casings: cased, lower, upper"):
        check_model_dir(folder)
    with pytest.raises(ValueError, match="valid casings: cased, lower, upper"):
        Tagger(folder)
    (folder / "newsner.json").write_text(json.dumps({"casing_models": {"lower": "gone.pt"}}))
    with pytest.raises(ModelNotFoundError, match="gone.pt"):
        check_model_dir(folder)
    with pytest.raises(ModelNotFoundError, match="gone.pt"):
        Tagger(folder)
