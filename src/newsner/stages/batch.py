"""What the stages work on: a :class:`Batch` of documents (:class:`Work`) and, while the
tokenizer, tagger and rules run, the :class:`Piece` objects of one round.

Memory stays bounded whatever the length of a text: normalized text is tokenized in pieces of at
most :data:`CHUNK_CHARS` characters (:func:`chunk_bounds`), and pieces go through the stages in
rounds of at most :data:`ROUND_CHARS` characters (:func:`rounds`), so the spaCy docs of one round
are freed before the next. Only candidates, a few hundred bytes per mention, are kept until a
document is resolved.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

import regex

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsner.candidates import Candidate
    from newsner.normalize import Normalized
    from newsner.types import Document

#: Normalized text is tokenized in pieces of at most this many characters, cut at paragraph
#: or line breaks (never inside a sentence that has one), so memory stays bounded.
CHUNK_CHARS = 50_000
#: Characters tokenized, tagged and matched together: the spaCy docs and tagger batches of one
#: round are freed before the next, so memory is bounded whatever the length of a text (only
#: candidates, a few hundred bytes per mention, are kept until the document is resolved).
ROUND_CHARS = 200_000
#: Longest run of non-space characters tokenized in one piece (see :func:`chunk_bounds`).
MAX_RUN_CHARS = 200
_RUN = re.compile(r"\S+")
#: One extended grapheme cluster (a letter with its marks, an emoji with its modifiers).
GRAPHEME = regex.compile(r"\X")

T = TypeVar("T")

#: What a stage runs over (``Stage.over``): once over all the documents of a batch, or round by
#: round over their pieces.
DOCUMENTS, PIECES = "documents", "pieces"


@dataclass(eq=False, slots=True)
class Work:
    """One document on its way through the stages; each field is written by one stage."""

    #: the caller's string (checked by the pipeline)
    text: str
    #: normalize: the cleaned text and the map back to ``text``
    norm: Normalized | None = None
    #: tag: the model's candidates, in normalized-text offsets
    model: list[Candidate] = field(default_factory=list)
    #: rules: the rules' candidates, in normalized-text offsets
    rules: list[Candidate] = field(default_factory=list)
    #: rules: short form -> long form, as the document defines them
    acronyms: dict[str, str] = field(default_factory=dict)
    #: resolve: the result, in the caller's offsets
    result: Document | None = None


@dataclass(eq=False, slots=True)
class Piece:
    """A piece of one document's normalized text, tokenized and matched as one spaCy doc."""

    work: Work
    #: where the piece starts in ``work.norm.text``
    offset: int
    text: str
    #: whether no piece of the document comes after this one
    last: bool
    #: tokenize: the piece's spaCy doc (freed with its round)
    doc: Doc | None = None
    #: tokenize: each sentence as ``(token, start, end)`` in normalized-text offsets
    sentences: list[list[tuple[str, int, int]]] = field(default_factory=list)


@dataclass(eq=False, slots=True)
class Batch:
    """Documents processed together, and the pieces of the round being processed (empty
    outside the stages that run over pieces)."""

    docs: list[Work]
    #: whether page chrome is removed (``clean`` of :meth:`newsner.Pipeline.pipe`)
    clean: bool = True
    pieces: list[Piece] = field(default_factory=list)

    def round(self, pieces: list[Piece]) -> Batch:
        """The same documents with the pieces of one round."""
        return Batch(self.docs, self.clean, pieces)


def chunk_bounds(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Cut ``text`` into pieces of about ``size`` characters at paragraph, line or space breaks.

    A run of more than ``MAX_RUN_CHARS`` non-space characters goes in pieces of its own, cut
    between graphemes: no word is that long, and spaCy's affix splitting is quadratic in the
    length of a run ("<<<<...", "-.-.-."), so a 100,000-character line would take minutes.
    """

    def grapheme_floor(lo: int, hi: int) -> int:
        """The last grapheme boundary in ``(lo, hi]``, or ``hi`` if there is none."""
        last = max((m.end() for m in GRAPHEME.finditer(text, lo, hi + 1) if m.end() <= hi),
                   default=lo)
        return last if last > lo else hi

    bounds: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + size)
        run = next((m for m in _RUN.finditer(text, start, end)
                    if m.end() - m.start() > MAX_RUN_CHARS), None)
        if run is not None and run.start() > start:
            end = run.start()  # the text before a long run: it starts after whitespace
        elif run is not None:
            end = grapheme_floor(start, min(n, start + MAX_RUN_CHARS))
        elif end < n:
            window = text[start:end]
            for sep in ("\n\n", "\n", ". ", " "):
                cut = window.rfind(sep)
                if cut > size // 4:
                    end = start + cut + len(sep)
                    break
            else:  # no break at all: cut between graphemes, never before a combining mark
                end = grapheme_floor(start, end)
        bounds.append((start, end))
        start = end
    return bounds


def pieces(work: Work, bounds: list[tuple[int, int]]) -> Iterator[Piece]:
    """The pieces of ``work``'s normalized text within ``bounds`` that are not blank."""
    text = work.norm.text
    kept = [(s, e) for s, e in bounds if text[s:e].strip()]
    for i, (s, e) in enumerate(kept):
        yield Piece(work, s, text[s:e], last=i == len(kept) - 1)


def rounds(items: Iterable[Piece], max_chars: int = ROUND_CHARS) -> Iterator[list[Piece]]:
    """Consecutive pieces in groups of at most ``max_chars`` characters (at least one piece)."""
    group: list[Piece] = []
    size = 0
    for piece in items:
        if group and size + len(piece.text) > max_chars:
            yield group
            group, size = [], 0
        group.append(piece)
        size += len(piece.text)
    if group:
        yield group


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter)."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
