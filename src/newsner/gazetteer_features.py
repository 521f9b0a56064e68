"""Gazetteer features for the tagger, carried inside its word vectors.

Stanza's NER tagger takes no extra input features, but it does take any pretrained word
vectors. So the DBpedia gazetteers (``../shared/data/gazetteers``: 43k people, 140k places,
6.5k organisations, never NER-UI) reach the tagger as extra columns appended to each word's
vector: for every lower-cased token, how many PER/LOC/ORG names contain it (log counts) and the
share of each label among those names. "kota" is mostly in place names, "universitas" in
organisations, "joko" in people. Tokens that the gazetteers know but the word2vec text never
showed join the vocabulary with a zero word2vec part, so a name the tagger has never seen can
still carry a hint of its type. The tagger learns from each fold's training part how far to
trust the hints; nothing here comes from NER-UI.

The columns cost next to no tagging time: the vector is looked up either way, six numbers
longer (the word LSTM reads 306 inputs a token instead of 300).
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import numpy as np

from newsner.types import LABELS

#: the appended columns: log1p(count of names containing the token) per label, then the
#: share of each label among those names
FEATURE_NAMES = tuple(f"log_{label}" for label in LABELS) + tuple(f"share_{label}"
                                                                  for label in LABELS)


#: key in the saved vectors file that marks the columns as added (stanza ignores it)
MARKER = "newsner_gazetteer_columns"

#: a token in this many names of a label gets the full log-count value for it
LOG_CEILING = 1000


def token_label_counts(folder: Path | None = None) -> dict[str, Counter[str]]:
    """For each lower-cased token, in how many gazetteer names of each label it occurs
    (names cleaned and tokenized as for mention replacement; a token counts once a name)."""
    from newsner.augment import load_names

    counts: dict[str, Counter[str]] = {}
    for label, names in load_names(folder).items():
        for name in names:
            for token in {t.lower() for t in name}:
                counts.setdefault(token, Counter())[label] += 1
    return counts


def feature_matrix(words: list[str], counts: dict[str, Counter[str]]) -> np.ndarray:
    """The feature columns for ``words``, each in [0, 1]: one row a word, zeros where the
    gazetteers do not know it."""
    out = np.zeros((len(words), len(FEATURE_NAMES)), dtype=np.float32)
    n = len(LABELS)
    for row, word in enumerate(words):
        by_label = counts.get(word)
        if not by_label:
            continue
        total = sum(by_label.values())
        for col, label in enumerate(LABELS):
            out[row, col] = min(1.0, math.log1p(by_label[label]) / math.log1p(LOG_CEILING))
            out[row, n + col] = by_label[label] / total
    return out


def extend_vectors(words: list[str], vectors: np.ndarray, counts: dict[str, Counter[str]],
                   min_count: int = 2) -> tuple[list[str], np.ndarray]:
    """``vectors`` with the gazetteer columns appended, and the vocabulary grown by every
    gazetteer token in at least ``min_count`` names (word2vec part zero for those).

    The columns lie in [0, 1] (log counts divided by ``log1p(LOG_CEILING)`` and capped) and
    are then scaled to about three times the root mean square of the word2vec values, so a
    strong hint is as loud as a large word2vec value, no louder.
    """
    known = set(words)
    extra = sorted(t for t, c in counts.items()
                   if t not in known and sum(c.values()) >= min_count)
    all_words = list(words) + extra
    base = np.vstack([vectors, np.zeros((len(extra), vectors.shape[1]), dtype=vectors.dtype)])
    feats = feature_matrix(all_words, counts)
    feats *= np.float32(3 * np.sqrt(np.mean(vectors.astype(np.float64) ** 2)))
    return all_words, np.hstack([base, feats]).astype(np.float32)


def add_gazetteer_features(src_pt: Path, out_pt: Path, min_count: int = 2,
                           folder: Path | None = None) -> Path:
    """Write ``out_pt``: the stanza ``Pretrain`` at ``src_pt`` with the gazetteer columns
    appended and the gazetteer-only tokens added (see :func:`extend_vectors`). The word2vec part
    of every known word is unchanged, so a model trained on it differs from one trained on
    ``src_pt`` by the gazetteer columns alone."""
    import torch
    from stanza.models.common.pretrain import Pretrain, PretrainedWordVocab
    from stanza.models.common.vocab import VOCAB_PREFIX

    if MARKER in torch.load(src_pt, weights_only=True):
        raise ValueError(f"{src_pt} already carries gazetteer columns")
    src = Pretrain(str(src_pt))
    n_special = len(VOCAB_PREFIX)
    words = list(src.vocab)[n_special:]
    emb = np.asarray(src.emb, dtype=np.float32)
    all_words, vectors = extend_vectors(words, emb[n_special:], token_label_counts(folder),
                                        min_count=min_count)
    special = np.zeros((n_special, vectors.shape[1]), dtype=np.float32)
    special[:, :emb.shape[1]] = emb[:n_special]
    data = {"vocab": PretrainedWordVocab(all_words).state_dict(),
            "emb": torch.from_numpy(np.vstack([special, vectors])),
            MARKER: list(FEATURE_NAMES)}
    out_pt.parent.mkdir(parents=True, exist_ok=True)
    torch.save(data, out_pt, _use_new_zipfile_serialization=False)
    return out_pt
