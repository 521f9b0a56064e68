"""Stage ``tag``: the NER model's candidates (:class:`newsner.tagging.Tagger`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from newsner.stages.batch import PIECES, Batch, Work

if TYPE_CHECKING:
    from newsner.tagging import Tagger


class Tag:
    """Tag the sentences of every piece of the round in one call to the tagger (many
    documents' sentences batch together), adding the candidates to their documents."""

    name: ClassVar[str] = "tag"
    over: ClassVar[str] = PIECES
    reads: ClassVar[tuple[str, ...]] = ("Piece.sentences",)
    writes: ClassVar[tuple[str, ...]] = ("Work.model",)

    def __init__(self, tagger: Tagger) -> None:
        self.tagger = tagger

    def __call__(self, batch: Batch) -> None:
        sentences: list[list[tuple[str, int, int]]] = []
        owners: list[Work] = []
        for piece in batch.pieces:
            sentences += piece.sentences
            owners += [piece.work] * len(piece.sentences)
        if sentences:
            for work, cands in zip(owners, self.tagger.tag_candidates(sentences), strict=True):
                work.model.extend(cands)
