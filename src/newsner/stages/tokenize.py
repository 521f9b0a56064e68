"""Stage ``tokenize``: spaCy docs and sentences of a round's pieces (:mod:`newsner.tokenization`,
or a stanza tokenizer)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, ClassVar

from newsner.stages.batch import PIECES, Batch
from newsner.tokenization import sentence_tokens

if TYPE_CHECKING:
    from spacy.language import Language


class Tokenize:
    """Tokenize every piece of the round with ``nlp.pipe`` (one call, under a lock: spaCy
    tokenizers are not made for concurrent calls), and list its sentences' tokens in
    normalized-text offsets."""

    name: ClassVar[str] = "tokenize"
    over: ClassVar[str] = PIECES
    reads: ClassVar[tuple[str, ...]] = ("Piece.text", "Piece.offset")
    writes: ClassVar[tuple[str, ...]] = ("Piece.doc", "Piece.sentences")

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._lock = threading.RLock()

    def __call__(self, batch: Batch) -> None:
        with self._lock:
            docs = list(self.nlp.pipe(piece.text for piece in batch.pieces))
        for piece, doc in zip(batch.pieces, docs, strict=True):
            piece.doc = doc
            offset = piece.offset
            piece.sentences = [[(t, s + offset, e + offset) for t, s, e in sent]
                               for sent in sentence_tokens(doc)]
