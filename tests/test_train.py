"""Training set-up (no training here: that runs by hand or on a benchmark machine)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsner.training.corpora import Sentence, data_dir
from newsner.training.train import (
    TrainConfig,
    ner_args,
    nerui_all,
    prepare_fold,
    write_stanza_json,
)

ROOT = Path(__file__).resolve().parents[1]
needs_data = pytest.mark.skipif(not (data_dir() / "nerui").is_dir(),
                                reason=f"NER-UI not found under {data_dir()}")


def test_shipped_config_parses_and_points_at_shipped_vectors() -> None:
    config = TrainConfig.from_toml(ROOT / "configs/shipped.toml").resolve_paths(ROOT)
    assert config.name == "shipped"
    assert config.pretrain and Path(config.pretrain).exists()
    assert config.charlm_forward is None


def test_unknown_config_keys_are_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "x"\n[ner]\nmax_stepz = 3\n')
    with pytest.raises(ValueError, match="max_stepz"):
        TrainConfig.from_toml(bad)


def test_stanza_json_and_arguments(tmp_path: Path) -> None:
    path = tmp_path / "train.json"
    write_stanza_json([Sentence(["Amir", "di", "Bogor"], ["B-PER", "O", "B-LOC"])], path)
    assert json.loads(path.read_text()) == [[
        {"text": "Amir", "ner": "B-PER"}, {"text": "di", "ner": "O"},
        {"text": "Bogor", "ner": "B-LOC"}]]
    config = TrainConfig(pretrain="v.pt", charlm_forward="f.pt", charlm_backward="b.pt")
    args = ner_args(config, {"train": path, "dev": path}, tmp_path, "m.pt", 100, cpu=True)
    assert args[args.index("--wordvec_pretrain_file") + 1] == "v.pt"
    assert "--charlm" in args and "--cpu" in args
    assert "--no_pretrain" in ner_args(TrainConfig(), {"train": path, "dev": path}, tmp_path,
                                       "m.pt", 100, cpu=False)


@pytest.mark.parametrize("path", sorted((ROOT / "configs").glob("*.toml")), ids=lambda p: p.name)
def test_every_config_parses_and_points_at_files_that_exist(path: Path) -> None:
    config = TrainConfig.from_toml(path).resolve_paths(ROOT)
    for attr in ("pretrain", "charlm_forward", "charlm_backward"):
        assert getattr(config, attr) is None or Path(getattr(config, attr)).exists(), attr


def _sentence_set(path: Path) -> set[tuple[str, ...]]:
    return {tuple(w["text"] for w in s) for s in json.loads(path.read_text(encoding="utf-8"))}


@needs_data
def test_a_fold_trains_on_its_training_part_only(tmp_path: Path) -> None:
    from newsner.training.corpora import read_fold

    paths = prepare_fold(TrainConfig(), 2, tmp_path)
    fold = read_fold("nerui", 2)
    train, dev, test = (_sentence_set(paths[k]) for k in ("train", "dev", "test"))
    assert train == {tuple(s.tokens) for s in fold["train"]}
    assert dev == {tuple(s.tokens) for s in fold["dev"]}
    assert test == {tuple(s.tokens) for s in fold["test"]}


@needs_data
def test_the_final_model_trains_on_all_of_nerui(tmp_path: Path) -> None:
    paths = prepare_fold(TrainConfig(), None, tmp_path)
    assert set(paths) == {"train", "dev"}  # nothing is left to test on
    assert _sentence_set(paths["train"]) == {tuple(s.tokens) for s in nerui_all()}


@needs_data
def test_case_augmentation_adds_recased_copies_to_train_and_dev(tmp_path: Path) -> None:
    from newsner.training.corpora import read_fold

    config = TrainConfig.from_toml(ROOT / "configs/anycase.toml")
    paths = prepare_fold(config, 1, tmp_path)
    fold = read_fold("nerui", 1)
    train = json.loads(paths["train"].read_text(encoding="utf-8"))
    original = {tuple(s.tokens) for s in fold["train"]}
    copies = [s for s in train if tuple(w["text"] for w in s) not in original]
    assert 0.4 * len(original) < len(copies) < 0.6 * len(original)  # case_share 0.5
    dev = json.loads(paths["dev"].read_text(encoding="utf-8"))
    assert len(dev) == 3 * len(fold["dev"])  # as written, lower-cased, upper-cased
    assert [w["text"] for w in dev[len(fold["dev"])]] == [t.lower() for t in fold["dev"][0].tokens]
    assert _sentence_set(paths["test"]) == {tuple(s.tokens) for s in fold["test"]}


def test_case_copies_recase_tokens_and_keep_tags() -> None:
    from newsner.training.augment import case_copies, recased

    sents = [Sentence(["Presiden", "Joko", "Widodo", f"hari{i}"],
                      ["O", "B-PER", "I-PER", "O"], id=f"s{i}") for i in range(300)]
    assert case_copies(sents, 0.0) == []
    copies = case_copies(sents, 0.5, seed=3)
    assert 100 < len(copies) < 200
    assert copies == case_copies(sents, 0.5, seed=3)  # seeded
    assert [c.tokens[1] for c in copies[:3]] == ["joko", "JOKO", "Joko"]  # lower, upper, title
    assert all(c.tags == ["O", "B-PER", "I-PER", "O"] for c in copies)
    lower = recased(sents[:1], str.lower)[0]
    assert lower.tokens == ["presiden", "joko", "widodo", "hari0"] and lower.id == "s0-lower"
