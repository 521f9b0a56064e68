"""The tagger's decoding bias towards O (``o_bias``) and how cross-validation chooses it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsner.casing import CASINGS
from newsner.tagging import MODEL_FILES, StanzaTagger
from newsner.training.evaluate import held_out_choices

ROOT = Path(__file__).resolve().parents[1]


def test_held_out_choice_ignores_the_fold_it_chooses_for() -> None:
    f1 = {0.0: {"1": 90.0, "2": 88.0, "3": 88.0},
          1.0: {"1": 80.0, "2": 89.0, "3": 89.0}}
    # fold 1's own scores favour 0.0 strongly, but folds 2 and 3 choose 1.0 for it
    assert held_out_choices(f1) == {"1": 1.0, "2": 0.0, "3": 0.0}
    f1[1.0]["1"] = 99.0  # changing fold 1's own score cannot change fold 1's choice
    assert held_out_choices(f1)["1"] == 1.0


def test_ties_go_to_the_smaller_bias() -> None:
    assert held_out_choices({0.5: {"1": 90.0, "2": 90.0}, 0.0: {"1": 90.0, "2": 90.0}}) == {
        "1": 0.0, "2": 0.0}


@pytest.fixture(scope="module")
def seed_tokens(seed_article: tuple[str, dict], tokenizer) -> list[list[str]]:  # noqa: ANN001
    text, _ = seed_article
    return [[t.text for t in sent if not t.is_space] for sent in tokenizer(text).sents]


def _model_dir() -> Path:
    from newsner.pipeline import default_model_dir

    return default_model_dir()


@pytest.mark.needs_model
def test_a_larger_bias_drops_page_chrome_and_keeps_the_people(
        seed_tokens: list[list[str]]) -> None:
    """The raw tagger on the whole seed page (chrome not removed): a bias of 2 makes it find
    fewer entities (the model before case augmentation called "Advertisement" one at bias 0),
    none of them "Advertisement", and still both ministers."""

    def names(o_bias: float) -> set[str]:
        tagged = StanzaTagger(_model_dir(), o_bias=o_bias).tag(seed_tokens)
        return {" ".join(toks[i:j]) for toks, spans in zip(seed_tokens, tagged, strict=True)
                for i, j, _, _ in spans}

    raw, biased = names(0.0), names(2.0)
    assert "Advertisement" not in biased
    assert len(biased) < len(raw)
    assert {"Sergey Lavrov", "Antony Blinken", "Lavrov", "Blinken"} <= biased


@pytest.mark.needs_model
def test_a_model_folder_sets_its_bias_in_newsner_json(tmp_path: Path) -> None:
    for fname in MODEL_FILES.values():
        if (_model_dir() / fname).exists():
            (tmp_path / fname).symlink_to((_model_dir() / fname).resolve())
    every = dict.fromkeys(CASINGS, 0.0)
    assert StanzaTagger(tmp_path).o_bias == every  # no manifest: the model's raw scores
    (tmp_path / "newsner.json").write_text(json.dumps({"decoding": {"o_bias": 1.25}}))
    assert StanzaTagger(tmp_path).o_bias == dict.fromkeys(CASINGS, 1.25)
    assert StanzaTagger(tmp_path, o_bias=0.0).o_bias == every  # an explicit value wins
    per_casing = {"cased": 2.0, "lower": 0.5, "upper": 1.0}
    (tmp_path / "newsner.json").write_text(json.dumps({"decoding": {"o_bias": per_casing}}))
    assert StanzaTagger(tmp_path).o_bias == per_casing
    assert StanzaTagger(tmp_path, o_bias={"lower": 0.0}).o_bias == {**per_casing, "lower": 0.0}
    with pytest.raises(ValueError, match="valid casings: cased, lower, upper"):
        StanzaTagger(tmp_path, o_bias={"title": 1.0})


@pytest.mark.needs_model
def test_each_sentence_decodes_with_its_casing_bias() -> None:
    """A huge bias on one casing silences exactly the sentences of that casing."""
    sents = [["Presiden", "Joko", "Widodo", "tiba", "di", "Jakarta", "."],
             ["presiden", "joko", "widodo", "tiba", "di", "jakarta", "."],
             ["PRESIDEN", "JOKO", "WIDODO", "TIBA", "DI", "JAKARTA", "."]]
    tagger = StanzaTagger(_model_dir(), o_bias=0.0)
    found = [bool(s) for s in tagger.tag(sents)]
    assert found[0]
    for i, name in enumerate(CASINGS):
        tagger.o_bias = {**dict.fromkeys(CASINGS, 0.0), name: 50.0}
        tagged = tagger.tag(sents)
        assert [bool(s) for s in tagged] == [f and j != i for j, f in enumerate(found)]


def test_the_shipped_bias_is_the_one_cross_validation_chose() -> None:
    """models/newsner.json must carry the value benchmarks/results/nerui-cv.json chose."""
    cv = json.loads((ROOT / "benchmarks/results/nerui-cv.json").read_text(encoding="utf-8"))
    manifest = json.loads((ROOT / "models/newsner.json").read_text(encoding="utf-8"))
    assert manifest["decoding"]["o_bias"] == cv["o_bias"]["shipped"]
    assert set(manifest["decoding"]["o_bias"]) == set(CASINGS)


@pytest.mark.needs_model
def test_evaluate_decodes_with_the_bias_it_is_given(shared_dir: Path, capsys) -> None:  # noqa: ANN001
    """``newsner evaluate --o-bias B`` decodes with another bias: with the shipped one the
    pipeline finds all 69 gold mentions of the seed page and nothing else; a huge bias
    silences the tagger (the model alone then finds nothing on NER-UI sentences)."""
    from newsner.cli import main

    gold = str(shared_dir / "fixtures" / "republika-lavrov-blinken.gold.json")
    assert main(["evaluate", "--gold", gold, "--json"]) == 0
    seed = json.loads(capsys.readouterr().out)["scores"]["micro"]
    assert seed["predicted"] == seed["correct"] == 69
    found = {}
    for bias in ("0", "50"):
        assert main(["evaluate", "--corpus", "nerui", "--fold", "1", "--model-only", "--limit",
                     "40", "--json", "--o-bias", bias]) == 0
        found[bias] = json.loads(capsys.readouterr().out)["scores"]["micro"]["predicted"]
    assert found["0"] > 20 and found["50"] == 0
