"""Mention replacement: more names for the tagger to learn from, at training time only.

NER-UI gives each fold 1,530 training sentences, so the tagger sees few names, and many test
errors are names it never saw. Mention replacement (Dai & Adel, COLING 2020) copies training
sentences with some of their PER/LOC/ORG mentions swapped for other names of the same label.
The names come from the DBpedia gazetteers in ``../shared/data/gazetteers`` (Alfina et al.
2017: 43k people, 140k places, 6.5k organisations), never from NER-UI, so the fold protocol
holds: what the model learns from NER-UI still comes from the fold's training part only.

The lists are noisy (broken encodings, one-word surnames, band names among people), so only
names that look like names are used: printable, capitalised, 1-6 tokens, no brackets.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from pathlib import Path

from newsner.training.corpora import Sentence, bio_to_token_spans, data_dir

#: gazetteer file -> the label of its names
GAZETTEER_FILES = {"PER": "dbpedia-person.txt", "LOC": "dbpedia-place.txt",
                   "ORG": "dbpedia-organization.txt"}
MAX_NAME_TOKENS = 6


def load_names(folder: Path | None = None) -> dict[str, list[list[str]]]:
    """Tokenized names by label, from the DBpedia gazetteers (``folder``: the gazetteers
    directory; default ``<data>/gazetteers``)."""
    from newsner.tokenization import make_tokenizer

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


def replace_mentions(sentences: Sequence[Sentence], names: dict[str, list[list[str]]],
                     copies: int = 1, rate: float = 0.5, seed: int = 13) -> list[Sentence]:
    """``copies`` new versions of each sentence that has mentions, each mention swapped with
    probability ``rate`` for a random gazetteer name of its label (BIO tags follow). A copy in
    which nothing was swapped is dropped, so the originals are not simply repeated."""
    rng = random.Random(seed)
    out: list[Sentence] = []
    for sent in sentences:
        spans = [s for s in bio_to_token_spans(sent.tags) if names.get(s[2])]
        if not spans:
            continue
        for c in range(copies):
            tokens: list[str] = []
            tags: list[str] = []
            pos = 0
            swapped = False
            for i, j, label in spans:
                tokens += sent.tokens[pos:i]
                tags += sent.tags[pos:i]
                if rng.random() < rate:
                    new = rng.choice(names[label])
                    swapped = True
                else:
                    new = sent.tokens[i:j]
                tokens += new
                tags += [f"B-{label}"] + [f"I-{label}"] * (len(new) - 1)
                pos = j
            tokens += sent.tokens[pos:]
            tags += sent.tags[pos:]
            if swapped:
                out.append(Sentence(tokens, tags, id=f"{sent.id}+mr{c}"))
    return out


def recased(sentences: Sequence[Sentence], case: Callable[[str], str]) -> list[Sentence]:
    """``sentences`` with every token passed through ``case`` (tags unchanged)."""
    return [Sentence([case(t) for t in s.tokens], list(s.tags), id=f"{s.id}-{case.__name__}")
            for s in sentences]


#: The casings a copy can take: what users feed besides careful mixed case (issue: any casing).
CASINGS: tuple[Callable[[str], str], ...] = (str.lower, str.upper, str.title)


def case_copies(sentences: Sequence[Sentence], share: float, seed: int = 0) -> list[Sentence]:
    """Re-cased copies of a random ``share`` of ``sentences``, lower, upper and title case in turn.

    The tagger's word vectors are looked up lower-cased, so case reaches it only through the
    character model; copies with other casings teach that model not to lean on capitals alone.
    """
    if share <= 0:
        return []
    rng = random.Random(seed)
    chosen = [s for s in sentences if rng.random() < share]
    return [recased([s], CASINGS[i % len(CASINGS)])[0] for i, s in enumerate(chosen)]
