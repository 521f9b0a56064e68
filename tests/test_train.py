"""Training set-up (no training here: that runs by hand or on a benchmark machine)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsner.corpora import Sentence
from newsner.train import TrainConfig, ner_args, write_stanza_json

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
