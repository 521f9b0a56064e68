"""Stage ``rules``: the rule layer's candidates (:class:`newsner.rules.RuleMatcher`), and the
datelines the normalizer found."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from newsner.candidates import Candidate
from newsner.stages.batch import PIECES, Batch

if TYPE_CHECKING:
    from newsner.normalize import Normalized
    from newsner.rules import RuleMatcher


class Rules:
    """Run the rules over each piece's doc, adding its candidates (moved to normalized-text
    offsets) and acronym definitions to its document; after a document's last piece, the
    cities of its datelines (:func:`dateline_candidates`)."""

    name: ClassVar[str] = "rules"
    over: ClassVar[str] = PIECES
    reads: ClassVar[tuple[str, ...]] = ("Piece.doc", "Piece.offset", "Piece.last",
                                        "Work.norm")
    writes: ClassVar[tuple[str, ...]] = ("Work.rules", "Work.acronyms")

    def __init__(self, matcher: RuleMatcher) -> None:
        self.matcher = matcher

    def __call__(self, batch: Batch) -> None:
        for piece in batch.pieces:
            result = self.matcher.analyze(piece.doc)
            work, offset = piece.work, piece.offset
            work.rules.extend(
                (replace(c, start=c.start + offset, end=c.end + offset) for c in result.candidates)
                if offset else result.candidates)
            work.acronyms.update(result.acronyms)
            if piece.last:
                work.rules += dateline_candidates(work.norm)


def dateline_candidates(norm: Normalized) -> list[Candidate]:
    """The city of each dateline found by the normalizer, a strong LOC rule candidate."""
    return [Candidate(s, e, "LOC", 1.0, "rule", "dateline", "strong") for s, e in norm.datelines]
