"""Readers for the annotated corpora in ``../shared/data`` and the span-JSON gold format.

Every corpus is harmonised to newsner's three labels (PER, LOC, ORG) with the table in
``shared/data/SOURCES.md``; labels with no newsner counterpart become ``O``. A sentence is
available both as tokens + BIO tags (what the tagger is trained on) and as text + character
spans (what the pipeline is scored on), joined with single spaces so the two views agree.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsner.paths import from_env_or_checkout
from newsner.tags import bio_to_token_spans

#: Corpus label -> newsner label; a label missing here is dropped to ``O``.
LABEL_MAPS: dict[str, dict[str, str]] = {
    "nerui": {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"},
    "nerugm": {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"},
    "nergrit": {"PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG"},
    "nerp": {"PPL": "PER", "PLC": "LOC", "IND": "ORG"},
}

#: The splits each corpus has, as file stems.
FOLDED = ("nerui", "nerugm")
SPLITS: dict[str, tuple[str, ...]] = {
    "nerui": tuple(f"{s}.0{k}" for k in range(1, 6) for s in ("train", "dev", "test")),
    "nerugm": tuple(f"{s}.0{k}" for k in range(1, 6) for s in ("train", "dev", "test")),
    "nergrit": ("train", "valid", "test"),
    "nerp": ("train", "valid", "test"),
}


def data_dir() -> Path:
    """Where the shared corpora live: ``$NEWSNER_DATA`` or ``../shared/data`` from the repo."""
    return from_env_or_checkout("NEWSNER_DATA", "../shared/data")


@dataclass(frozen=True)
class Span:
    """A gold or predicted mention as character offsets into a text."""

    start: int
    end: int
    label: str

    def as_tuple(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.label)


@dataclass
class Sentence:
    """One annotated sentence: tokens with harmonised BIO tags, and the same as text + spans."""

    tokens: list[str]
    tags: list[str]
    id: str = ""
    _offsets: list[tuple[int, int]] = field(default_factory=list, repr=False)

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    @property
    def token_offsets(self) -> list[tuple[int, int]]:
        if not self._offsets:
            pos = 0
            for tok in self.tokens:
                self._offsets.append((pos, pos + len(tok)))
                pos += len(tok) + 1
        return self._offsets

    @property
    def spans(self) -> list[Span]:
        return [
            Span(self.token_offsets[i][0], self.token_offsets[j - 1][1], label)
            for i, j, label in bio_to_token_spans(self.tags)
        ]


def harmonise_tag(tag: str, label_map: dict[str, str]) -> str:
    """Map one corpus BIO tag to newsner's label set (``O`` when the label is dropped)."""
    if tag in ("O", ""):
        return "O"
    prefix, _, label = tag.partition("-")
    new = label_map.get(label)
    return f"{prefix}-{new}" if new else "O"


def read_conll(path: str | os.PathLike[str], label_map: dict[str, str] | None = None,
               ) -> list[Sentence]:
    """Read a ``token<TAB>tag`` file with blank lines between sentences.

    Tags are harmonised with ``label_map`` when given; a stray ``I-`` after ``O`` is repaired
    to ``B-`` so the BIO is well formed for training.
    """
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    stem = Path(path).stem

    def flush() -> None:
        if tokens:
            fixed = _repair_bio(tags)
            sentences.append(Sentence(list(tokens), fixed, id=f"{stem}:{len(sentences)}"))
            tokens.clear()
            tags.clear()

    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                flush()
                continue
            parts = line.split("\t")
            if len(parts) < 2:
                parts = line.rsplit(" ", 1)
            token, tag = parts[0], parts[-1].strip()
            if not token.strip():
                continue
            tags.append(harmonise_tag(tag, label_map) if label_map is not None else tag)
            tokens.append(token.strip())
    flush()
    return sentences


def _repair_bio(tags: list[str]) -> list[str]:
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def read_corpus(corpus: str, split: str, root: str | os.PathLike[str] | None = None,
                ) -> list[Sentence]:
    """Read ``corpus`` (nerui, nerugm, nergrit, nerp) ``split`` (e.g. ``test.01``, ``valid``)."""
    if corpus not in LABEL_MAPS:
        raise ValueError(f"unknown corpus {corpus!r}; known: {sorted(LABEL_MAPS)}")
    if split not in SPLITS[corpus]:
        raise ValueError(f"unknown split {split!r} for {corpus}; known: {SPLITS[corpus]}")
    base = Path(root) if root else data_dir()
    path = base / corpus / f"{split}.tsv"
    if not path.exists():
        raise FileNotFoundError(f"{path} not found; set NEWSNER_DATA to the shared data folder")
    return read_conll(path, LABEL_MAPS[corpus])


def read_fold(corpus: str, fold: int, root: str | os.PathLike[str] | None = None,
              ) -> dict[str, list[Sentence]]:
    """The IndoLEM fold ``k`` of NER-UI or NER-UGM: ``{"train", "dev", "test"}``."""
    if corpus not in FOLDED or not 1 <= fold <= 5:
        raise ValueError("folds exist for nerui and nerugm, k = 1..5")
    return {s: read_corpus(corpus, f"{s}.0{fold}", root) for s in ("train", "dev", "test")}


def read_conllu_sentences(path: str | os.PathLike[str]) -> Iterator[list[str]]:
    """Surface tokens of each sentence of a CoNLL-U file (multi-word tokens kept whole)."""
    tokens: list[str] = []
    skip_until = 0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line:
                if tokens:
                    yield tokens
                tokens = []
                skip_until = 0
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "." in cols[0]:
                continue
            if "-" in cols[0]:
                skip_until = int(cols[0].split("-")[1])
                tokens.append(cols[1])
                continue
            if int(cols[0]) <= skip_until:
                continue
            tokens.append(cols[1])
    if tokens:
        yield tokens


# --- span-JSON gold ------------------------------------------------------------------------


@dataclass
class GoldDocument:
    """A document annotated with character spans (``shared/fixtures/*.gold.json`` format).

    ``ignore``: predictions overlapping these regions are neither rewarded nor penalised.
    ``boilerplate``: any prediction overlapping these is a false positive.
    """

    id: str
    text: str
    entities: list[Span]
    ignore: list[tuple[int, int, str]] = field(default_factory=list)
    boilerplate: list[tuple[int, int, str]] = field(default_factory=list)


def read_gold_json(path: str | os.PathLike[str]) -> GoldDocument:
    """Read a span-JSON gold file and the text file it names (resolved next to it)."""
    path = Path(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    text_path = path.parent / data["file"]
    text = text_path.read_text(encoding="utf-8")
    entities = [Span(e["start"], e["end"], e["label"]) for e in data["entities"]]
    for ent, raw in zip(entities, data["entities"], strict=True):
        if "text" in raw and text[ent.start:ent.end] != raw["text"]:
            raise ValueError(f"{path}: gold span {raw} does not match the text")
    return GoldDocument(
        id=data.get("id", path.stem),
        text=text,
        entities=entities,
        ignore=[(r["start"], r["end"], r.get("reason", "")) for r in data.get("ignore", [])],
        boilerplate=[(r["start"], r["end"], r.get("reason", ""))
                     for r in data.get("boilerplate", [])],
    )
