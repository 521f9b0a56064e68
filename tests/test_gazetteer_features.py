"""Gazetteer features carried in the word vectors (newsner.gazetteer_features)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from newsner.gazetteer_features import (
    FEATURE_NAMES,
    add_gazetteer_features,
    extend_vectors,
    feature_matrix,
    token_label_counts,
)
from newsner.pipeline import default_model_dir

SHARE = {label: FEATURE_NAMES.index(f"share_{label}") for label in ("PER", "LOC", "ORG")}


@pytest.fixture(scope="module")
def small_gazetteers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("gazetteers")
    (folder / "dbpedia-person.txt").write_text("Joko Widodo\nJoko Anwar\nSri Mulyani\n",
                                               encoding="utf-8")
    (folder / "dbpedia-place.txt").write_text(
        "Kota Bandung\nKota Medan\nBandung Barat\nQwertania Utara\nQwertania Selatan\n",
        encoding="utf-8")
    (folder / "dbpedia-organization.txt").write_text(
        "Universitas Indonesia\nUniversitas Gadjah Mada\n(bukan nama)\n", encoding="utf-8")
    return folder


def test_counts_are_per_name_lower_cased_and_skip_lines_that_are_not_names(
        small_gazetteers: Path) -> None:
    counts = token_label_counts(small_gazetteers)
    assert counts["joko"] == {"PER": 2}
    assert counts["bandung"] == {"LOC": 2}
    assert counts["universitas"] == {"ORG": 2}
    assert "bukan" not in counts  # the bracketed line is not a name


def test_features_say_which_label_a_token_belongs_to(small_gazetteers: Path) -> None:
    counts = token_label_counts(small_gazetteers)
    feats = feature_matrix(["joko", "kota", "universitas", "makan"], counts)
    assert feats[0, SHARE["PER"]] == 1.0 and feats[0, SHARE["LOC"]] == 0.0
    assert feats[1, SHARE["LOC"]] == 1.0
    assert feats[2, SHARE["ORG"]] == 1.0
    assert not feats[3].any()  # unknown to the gazetteers: no hint at all
    assert feats.min() >= 0.0 and feats.max() <= 1.0


def test_extend_keeps_word2vec_part_and_adds_gazetteer_only_tokens(
        small_gazetteers: Path) -> None:
    counts = token_label_counts(small_gazetteers)
    words = ["makan", "kota"]
    vectors = np.array([[0.5, -0.5], [0.1, 0.2]], dtype=np.float32)
    all_words, out = extend_vectors(words, vectors, counts, min_count=2)
    assert out.shape == (len(all_words), 2 + len(FEATURE_NAMES))
    np.testing.assert_array_equal(out[:2, :2], vectors)
    # in two names each and not in the word2vec vocabulary: added, with a zero word2vec part
    assert {"joko", "bandung", "universitas"} <= set(all_words[2:])
    assert "widodo" not in all_words  # in one name only
    row = out[all_words.index("joko")]
    assert not row[:2].any() and row[2 + SHARE["PER"]] > 0


def test_shipped_vectors_gain_the_columns_and_the_file_loads_in_stanza(
        small_gazetteers: Path, tmp_path: Path) -> None:
    from stanza.models.common.pretrain import Pretrain

    src = default_model_dir() / "id_news.pretrain.pt"
    out = add_gazetteer_features(src, tmp_path / "gaz.pt", folder=small_gazetteers)
    before, after = Pretrain(str(src)), Pretrain(str(out))
    assert after.emb.shape[1] == before.emb.shape[1] + len(FEATURE_NAMES)
    # a place-name token the word2vec text never showed joins the vocabulary
    assert before.vocab.unit2id("qwertania") == before.vocab.unit2id("<UNK>")
    assert len(after.vocab) > len(before.vocab)
    word = "jakarta"
    i, j = before.vocab.unit2id(word), after.vocab.unit2id(word)
    assert torch.equal(after.emb[j, :before.emb.shape[1]], before.emb[i])
    row = after.emb[after.vocab.unit2id("qwertania")]
    assert not row[:before.emb.shape[1]].any()
    assert row[before.emb.shape[1] + SHARE["LOC"]] > 0
