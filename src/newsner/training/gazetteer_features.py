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

The same trick carries a second lexicon (``corpus_columns``, in the shipped vectors since it won
on the 5-fold protocol): how often each token
was tagged PER, LOC, ORG or O in the *other* annotated news corpora (the training splits of
NER-UGM fold 1, NERGrit and NERP; never NER-UI, and never the splits we score those corpora
on). The DBpedia lists say what a token can name; these counts say what it names in news text,
and how often it names nothing at all ("kota", "presiden"). NERP is lower-cased, which does not
matter here: every column is looked up lower-cased.

The columns cost next to no tagging time: the vector is looked up either way, a few numbers
longer (the word LSTM reads 106 inputs a token instead of 100, 114 with both lexicons).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsner.types import LABELS


def column_names(labels: Sequence[str], prefix: str = "") -> tuple[str, ...]:
    """Names of a lexicon's columns: log counts per label, then each label's share."""
    return (tuple(f"{prefix}log_{label}" for label in labels)
            + tuple(f"{prefix}share_{label}" for label in labels))


#: the DBpedia gazetteer columns: log1p(count of names containing the token) per label, then
#: the share of each label among those names
FEATURE_NAMES = column_names(LABELS)

#: the labels counted in the annotated corpora: the entity labels and "outside any entity"
CORPUS_LABELS = (*LABELS, "O")
CORPUS_FEATURE_NAMES = column_names(CORPUS_LABELS, prefix="corpus_")

#: the annotated splits behind the corpus columns: training parts only, so that the splits
#: we score these corpora on stay unseen, and nothing from NER-UI
CORPUS_SOURCES = (("nerugm", "train.01"), ("nergrit", "train"), ("nerp", "train"))

#: key in the saved vectors file that marks the columns as added (stanza ignores it)
MARKER = "newsner_gazetteer_columns"

#: a token counted this many times for a label gets the full log-count value for it
LOG_CEILING = 1000

#: gazetteer file -> the label of its names (in ``<data>/gazetteers``)
GAZETTEER_FILES = {"PER": "dbpedia-person.txt", "LOC": "dbpedia-place.txt",
                   "ORG": "dbpedia-organization.txt"}
MAX_NAME_TOKENS = 6


@dataclass(frozen=True)
class TokenLabelLexicon:
    """Per-token label counts that become columns of the word vectors (not the rule layer's
    curated :class:`newsner.rules.lexicon.Lexicon`).

    ``min_count``: how many entity (PER/LOC/ORG) counts a token the word2vec text never showed
    needs to join the vocabulary."""

    counts: dict[str, Counter[str]]
    labels: tuple[str, ...] = LABELS
    prefix: str = ""
    min_count: int = 2

    @property
    def feature_names(self) -> tuple[str, ...]:
        return column_names(self.labels, self.prefix)

    def entity_count(self, token: str) -> int:
        by_label = self.counts.get(token)
        return sum(by_label[label] for label in LABELS) if by_label else 0


def load_names(folder: Path | None = None) -> dict[str, list[list[str]]]:
    """Tokenized names by label, from the DBpedia gazetteers (``folder``: the gazetteers
    directory; default ``<data>/gazetteers``).

    The lists are noisy (broken encodings, band names among people), so only lines that look
    like names are kept: printable, capitalised, no brackets or quotes, 1-6 tokens."""
    from newsner.tokenization import make_tokenizer
    from newsner.training.corpora import data_dir

    folder = folder or data_dir() / "gazetteers"
    tokenizer = make_tokenizer().tokenizer
    names: dict[str, list[list[str]]] = {}
    for label, fname in GAZETTEER_FILES.items():
        lines = (folder / fname).read_text(encoding="utf-8", errors="replace").splitlines()
        kept = []
        for line in dict.fromkeys(line.strip() for line in lines):
            if _looks_like_a_name(line):
                tokens = [t.text for t in tokenizer(line) if not t.is_space]
                if 0 < len(tokens) <= MAX_NAME_TOKENS:
                    kept.append(tokens)
        names[label] = kept
    return names


def _looks_like_a_name(line: str) -> bool:
    return (bool(line) and line.isprintable() and "\ufffd" not in line
            and line[0].isupper() and not any(c in line for c in "()[]{}<>|/\\\"“”"))


def token_label_counts(folder: Path | None = None) -> dict[str, Counter[str]]:
    """For each lower-cased token, in how many gazetteer names of each label it occurs
    (names from :func:`load_names`; a token counts once a name)."""
    counts: dict[str, Counter[str]] = {}
    for label, names in load_names(folder).items():
        for name in names:
            for token in {t.lower() for t in name}:
                counts.setdefault(token, Counter())[label] += 1
    return counts


def corpus_token_counts(sources: Sequence[tuple[str, str]] = CORPUS_SOURCES,
                        root: Path | None = None) -> dict[str, Counter[str]]:
    """For each lower-cased token, how often the annotated ``sources`` tag it PER, LOC, ORG or
    O (labels harmonised; NERP's events and food brands count as O, as in evaluation)."""
    from newsner.training.corpora import read_corpus

    counts: dict[str, Counter[str]] = {}
    for corpus, split in sources:
        for sentence in read_corpus(corpus, split, root):
            for token, tag in zip(sentence.tokens, sentence.tags, strict=True):
                key = tag if tag == "O" else tag[2:]
                counts.setdefault(token.lower(), Counter())[key] += 1
    return counts


def feature_matrix(words: list[str], counts: dict[str, Counter[str]],
                   labels: Sequence[str] = LABELS) -> np.ndarray:
    """The feature columns for ``words``, each in [0, 1]: one row a word, zeros where the
    lexicon does not know it."""
    out = np.zeros((len(words), 2 * len(labels)), dtype=np.float32)
    n = len(labels)
    for row, word in enumerate(words):
        by_label = counts.get(word)
        if not by_label:
            continue
        total = sum(by_label[label] for label in labels)
        if not total:
            continue
        for col, label in enumerate(labels):
            out[row, col] = min(1.0, math.log1p(by_label[label]) / math.log1p(LOG_CEILING))
            out[row, n + col] = by_label[label] / total
    return out


def extend_vectors(words: list[str], vectors: np.ndarray, lexicons: Sequence[TokenLabelLexicon],
                   ) -> tuple[list[str], np.ndarray]:
    """``vectors`` with each lexicon's columns appended, and the vocabulary grown by every
    token some lexicon counts at least its ``min_count`` times as an entity (word2vec part zero
    for those).

    The columns lie in [0, 1] (log counts divided by ``log1p(LOG_CEILING)`` and capped) and
    are then scaled to about three times the root mean square of the word2vec values, so a
    strong hint is as loud as a large word2vec value, no louder.
    """
    known = set(words)
    extra = sorted({t for lex in lexicons for t in lex.counts
                    if t not in known and lex.entity_count(t) >= lex.min_count})
    all_words = list(words) + extra
    base = np.vstack([vectors, np.zeros((len(extra), vectors.shape[1]), dtype=vectors.dtype)])
    scale = np.float32(3 * np.sqrt(np.mean(vectors.astype(np.float64) ** 2)))
    feats = [feature_matrix(all_words, lex.counts, lex.labels) * scale for lex in lexicons]
    return all_words, np.hstack([base, *feats]).astype(np.float32)


def add_gazetteer_features(src_pt: Path, out_pt: Path, min_count: int = 2,
                           folder: Path | None = None, corpus_columns: bool = False) -> Path:
    """Write ``out_pt``: the stanza ``Pretrain`` at ``src_pt`` with the gazetteer columns
    appended and the gazetteer-only tokens added (see :func:`extend_vectors`); with
    ``corpus_columns`` also the columns counted in the other annotated corpora (any token they
    tag as an entity joins the vocabulary). The word2vec part of every known word is
    unchanged, so a model trained on it differs from one trained on ``src_pt`` by the columns
    alone."""
    import torch
    from stanza.models.common.pretrain import Pretrain, PretrainedWordVocab
    from stanza.models.common.vocab import VOCAB_PREFIX

    if MARKER in torch.load(src_pt, weights_only=True):
        raise ValueError(f"{src_pt} already carries gazetteer columns")
    lexicons = [TokenLabelLexicon(token_label_counts(folder), min_count=min_count)]
    if corpus_columns:
        lexicons.append(TokenLabelLexicon(corpus_token_counts(), CORPUS_LABELS, "corpus_",
                                          min_count=1))
    src = Pretrain(str(src_pt))
    n_special = len(VOCAB_PREFIX)
    words = list(src.vocab)[n_special:]
    emb = np.asarray(src.emb, dtype=np.float32)
    all_words, vectors = extend_vectors(words, emb[n_special:], lexicons)
    special = np.zeros((n_special, vectors.shape[1]), dtype=np.float32)
    special[:, :emb.shape[1]] = emb[:n_special]
    data = {"vocab": PretrainedWordVocab(all_words).state_dict(),
            "emb": torch.from_numpy(np.vstack([special, vectors])),
            MARKER: [name for lex in lexicons for name in lex.feature_names]}
    out_pt.parent.mkdir(parents=True, exist_ok=True)
    torch.save(data, out_pt, _use_new_zipfile_serialization=False)
    return out_pt
