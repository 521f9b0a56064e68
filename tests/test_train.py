"""Training set-up (no training here: that runs by hand or on a benchmark machine)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsner.training.corpora import Sentence
from newsner.training.train import (
    SOURCE,
    TrainConfig,
    average_snapshots,
    ner_args,
    nerui_all,
    prepare_fold,
    saving_snapshots,
    silver_sentences,
    write_stanza_json,
)

ROOT = Path(__file__).resolve().parents[1]


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



def test_init_from_makes_stanza_fine_tune_that_model(tmp_path: Path) -> None:
    paths = {"train": tmp_path / "t.json", "dev": tmp_path / "d.json"}
    plain = ner_args(TrainConfig(), paths, tmp_path, "m.pt", 100, cpu=True)
    assert "--finetune" not in plain
    tuned = ner_args(TrainConfig(init_from="src.pt"), paths, tmp_path, "m.pt", 100, cpu=True)
    assert tuned[tuned.index("--finetune_load_name") + 1] == "src.pt"
    config = TrainConfig.from_toml(ROOT / "configs/ablation-ft-ugm-grit.toml").resolve_paths(ROOT)
    assert config.init_from == str(ROOT / "work/ft/models/source-ugm-grit-source.pt")


def test_source_data_holds_no_nerui_sentence_and_keeps_dev_apart(tmp_path: Path) -> None:
    config = TrainConfig.from_toml(ROOT / "configs/source-ugm-grit.toml")
    paths = prepare_fold(config, SOURCE, tmp_path)
    assert set(paths) == {"train", "dev"}
    train, dev = (
        {tuple(w["text"] for w in s) for s in json.loads(paths[k].read_text(encoding="utf-8"))}
        for k in ("train", "dev"))
    assert len(train) > 2500 and len(dev) > 300
    assert not train & dev
    assert not (train | dev) & {tuple(s.tokens) for s in nerui_all()}
    with pytest.raises(ValueError, match="extra_corpora"):
        prepare_fold(TrainConfig(), SOURCE, tmp_path / "none")


def test_silver_sentences_carry_the_teachers_confident_tags(nlp) -> None:
    """Self-training data from the shipped model: its entities become BIO tags, token for token,
    and a sentence the teacher is unsure of anywhere is left out."""
    pool = [["Presiden", "Joko", "Widodo", "tiba", "di", "Surabaya", "bersama", "Menteri", "BUMN",
             "Erick", "Thohir", "."],
            ["Xqzv", "Blorp", "Kwat", "Mnerr", "Zzyk", "Frob", "."]]
    teacher = str(nlp.model_dir)
    sure = TrainConfig(silver_teacher=teacher, silver_sentences=5, silver_min_score=0.0)
    silver = silver_sentences(sure, "all", pool=pool)
    assert [s.tokens for s in silver] == pool
    joko = silver[0]
    assert joko.tags[1:3] == ["B-PER", "I-PER"] and joko.tags[5] == "B-LOC"
    assert joko.tags[9:11] == ["B-PER", "I-PER"]
    assert all(t == "O" or t[:2] in ("B-", "I-") for s in silver for t in s.tags)
    one = TrainConfig(silver_teacher=teacher, silver_sentences=1, silver_min_score=0.0)
    assert silver_sentences(one, "all", pool=pool) == silver[:1]
    impossible = TrainConfig(silver_teacher=teacher, silver_sentences=5, silver_min_score=1.01)
    assert silver_sentences(impossible, "all", pool=pool) == []
    assert silver_sentences(TrainConfig(), "all", pool=pool) == []


def test_mention_replacement_swaps_whole_mentions_and_keeps_tags_aligned() -> None:
    from newsner.training.augment import replace_mentions
    from newsner.training.corpora import bio_to_token_spans

    sent = Sentence(["Presiden", "Joko", "Widodo", "tiba", "di", "Jakarta", "."],
                    ["O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"], id="s1")
    plain = Sentence(["Hujan", "turun", "."], ["O", "O", "O"], id="s2")
    names = {"PER": [["Ani"]], "LOC": [["Kota", "Bandar", "Lampung"]], "ORG": []}
    copies = replace_mentions([sent, plain], names, copies=3, rate=1.0, seed=1)
    assert len(copies) == 3  # the sentence without mentions gets none
    for c in copies:
        assert c.tokens == ["Presiden", "Ani", "tiba", "di", "Kota", "Bandar", "Lampung", "."]
        assert bio_to_token_spans(c.tags) == [(1, 2, "PER"), (4, 7, "LOC")]
    none = replace_mentions([sent], names, copies=2, rate=0.0)
    assert none == []  # a copy with nothing swapped is not kept
    again = replace_mentions([sent], names, copies=2, rate=0.5, seed=7)
    assert [c.tokens for c in again] == [
        c.tokens for c in replace_mentions([sent], names, copies=2, rate=0.5, seed=7)]


@pytest.mark.skipif(not (Path(__file__).parents[2] / "shared/data/gazetteers").is_dir(),
                    reason="needs ../shared/data/gazetteers")
def test_gazetteer_names_are_clean() -> None:
    from newsner.training.augment import MAX_NAME_TOKENS, load_names

    names = load_names()
    assert min(len(v) for v in names.values()) > 5000
    for label_names in names.values():
        for tokens in label_names[:2000]:
            assert 0 < len(tokens) <= MAX_NAME_TOKENS
            assert "\ufffd" not in "".join(tokens) and tokens[0][0].isupper()


def test_snapshots_are_saved_at_training_steps_only(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The hook counts stanza's training updates (not its dev-set passes) and saves on the
    multiples of ``every`` from ``start``; stanza's own method is back afterwards."""
    from stanza.models.ner.trainer import Trainer

    monkeypatch.setattr(Trainer, "update", lambda self, batch, eval=False: 0.5)
    original = Trainer.update

    class FakeTrainer:
        saved: list[str] = []

        def save(self, filename: str) -> None:
            self.saved.append(Path(filename).name)

    trainer = FakeTrainer()
    with saving_snapshots(tmp_path / "snaps", every=3, start=4):
        for _ in range(10):
            assert Trainer.update(trainer, None) == 0.5
            Trainer.update(trainer, None, eval=True)  # a dev pass in between: not a step
    assert trainer.saved == ["step000006.pt", "step000009.pt"]
    assert Trainer.update is original


def test_average_of_snapshots_is_the_mean_of_their_weights(tmp_path: Path) -> None:
    """Averaging the shipped model with a copy whose float weights are shifted by 2 gives the
    shipped weights plus 1; the vocabulary and config come through and the result loads."""
    import torch

    shipped = torch.load(ROOT / "models/id_newsner_nertagger.pt", map_location="cpu",
                         weights_only=False)
    shifted = dict(shipped, model={k: v + 2 if torch.is_floating_point(v) else v
                                   for k, v in shipped["model"].items()})
    paths = [tmp_path / "a.pt", tmp_path / "b.pt"]
    for params, path in zip((shipped, shifted), paths, strict=True):
        torch.save(params, path)
    out = average_snapshots(paths, tmp_path / "mean.pt")
    mean = torch.load(out, map_location="cpu", weights_only=False)
    assert mean["model"].keys() == shipped["model"].keys()
    for key, value in shipped["model"].items():
        if torch.is_floating_point(value):
            assert torch.allclose(mean["model"][key], value + 1, atol=1e-5), key
    assert mean["config"] == shipped["config"] and mean["vocab"] == shipped["vocab"]
    with pytest.raises(ValueError, match="no snapshots"):
        average_snapshots([], tmp_path / "none.pt")
