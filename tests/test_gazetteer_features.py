"""Gazetteer features carried in the word vectors (newsner.training.gazetteer_features)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from newsner.training.corpora import data_dir
from newsner.training.gazetteer_features import (
    CORPUS_FEATURE_NAMES,
    CORPUS_LABELS,
    FEATURE_NAMES,
    MAX_NAME_TOKENS,
    TokenLabelLexicon,
    add_gazetteer_features,
    corpus_token_counts,
    extend_vectors,
    feature_matrix,
    load_names,
    token_label_counts,
)

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
    all_words, out = extend_vectors(words, vectors, [TokenLabelLexicon(counts, min_count=2)])
    assert out.shape == (len(all_words), 2 + len(FEATURE_NAMES))
    np.testing.assert_array_equal(out[:2, :2], vectors)
    # in two names each and not in the word2vec vocabulary: added, with a zero word2vec part
    assert {"joko", "bandung", "universitas"} <= set(all_words[2:])
    assert "widodo" not in all_words  # in one name only
    row = out[all_words.index("joko")]
    assert not row[:2].any() and row[2 + SHARE["PER"]] > 0


@pytest.fixture()
def small_pretrain(tmp_path: Path) -> Path:
    """A stanza ``Pretrain`` file of three 4-dimensional word vectors."""
    from stanza.models.common.pretrain import Pretrain

    vec = tmp_path / "small.vec"
    vec.write_text("3 4\njakarta 0.1 0.2 0.3 0.4\nmakan -0.1 0.0 0.1 0.2\nkota 0.5 0.5 0.5 0.5\n",
                   encoding="utf-8")
    out = tmp_path / "small.pt"
    Pretrain(str(out), str(vec), save_to_file=True).load()
    return out


def test_vectors_file_gains_the_columns_and_loads_in_stanza(
        small_gazetteers: Path, small_pretrain: Path, tmp_path: Path) -> None:
    from stanza.models.common.pretrain import Pretrain

    out = add_gazetteer_features(small_pretrain, tmp_path / "gaz.pt", folder=small_gazetteers)
    before, after = Pretrain(str(small_pretrain)), Pretrain(str(out))
    dim = before.emb.shape[1]
    assert after.emb.shape[1] == dim + len(FEATURE_NAMES)
    i, j = before.vocab.unit2id("jakarta"), after.vocab.unit2id("jakarta")
    assert torch.equal(after.emb[j, :dim], before.emb[i])
    # a place-name token the word2vec text never showed joins the vocabulary
    assert before.vocab.unit2id("qwertania") == before.vocab.unit2id("<UNK>")
    row = after.emb[after.vocab.unit2id("qwertania")]
    assert not row[:dim].any()
    assert row[dim + SHARE["LOC"]] > 0
    assert after.emb[after.vocab.unit2id("kota"), dim + SHARE["LOC"]] > 0


def test_columns_are_not_appended_twice(small_gazetteers: Path, small_pretrain: Path,
                                        tmp_path: Path) -> None:
    once = add_gazetteer_features(small_pretrain, tmp_path / "once.pt", folder=small_gazetteers)
    with pytest.raises(ValueError, match="already carries"):
        add_gazetteer_features(once, tmp_path / "twice.pt", folder=small_gazetteers)


def test_corpus_counts_come_from_the_annotated_training_splits() -> None:
    """The second lexicon: the real NER-UGM/NERGrit/NERP training splits, read from the shared
    data. Common names and function words must land where any Indonesian reader puts them."""
    counts = corpus_token_counts()
    assert counts["jakarta"]["LOC"] > counts["jakarta"]["PER"]
    assert counts["yang"]["O"] > 0.99 * sum(counts["yang"].values())
    feats = feature_matrix(["jakarta", "yang"], counts, CORPUS_LABELS)
    share = {label: CORPUS_FEATURE_NAMES.index(f"corpus_share_{label}") for label in CORPUS_LABELS}
    assert feats[0, share["LOC"]] > 0.5
    assert feats[1, share["O"]] > 0.99


def test_corpus_columns_follow_the_gazetteer_columns(small_gazetteers: Path,
                                                      small_pretrain: Path,
                                                      tmp_path: Path) -> None:
    from stanza.models.common.pretrain import Pretrain

    out = add_gazetteer_features(small_pretrain, tmp_path / "both.pt", folder=small_gazetteers,
                                 corpus_columns=True)
    before, after = Pretrain(str(small_pretrain)), Pretrain(str(out))
    dim = before.emb.shape[1]
    assert after.emb.shape[1] == dim + len(FEATURE_NAMES) + len(CORPUS_FEATURE_NAMES)
    assert torch.load(out, weights_only=True)["newsner_gazetteer_columns"] == [
        *FEATURE_NAMES, *CORPUS_FEATURE_NAMES]
    # "jakarta" is no DBpedia name in the small lists, but the corpora tag it LOC
    row = after.emb[after.vocab.unit2id("jakarta")]
    corpus_loc = dim + len(FEATURE_NAMES) + CORPUS_FEATURE_NAMES.index("corpus_share_LOC")
    assert not row[dim:dim + len(FEATURE_NAMES)].any() and row[corpus_loc] > 0


@pytest.mark.skipif(not (data_dir() / "gazetteers").is_dir(),
                    reason=f"gazetteers not found under {data_dir()}")
def test_gazetteer_names_are_clean() -> None:
    names = load_names()
    assert min(len(v) for v in names.values()) > 5000
    for label_names in names.values():
        for tokens in label_names[:2000]:
            assert 0 < len(tokens) <= MAX_NAME_TOKENS
            assert "\ufffd" not in "".join(tokens) and tokens[0][0].isupper()
