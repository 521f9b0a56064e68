"""The pipeline's stages: ``normalize -> tokenize -> tag -> rules -> resolve``.

Every stage is an object with one entry point, ``stage(batch) -> None``, called on a
:class:`~newsner.stages.batch.Batch`; it reads fields of the batch's documents
(:class:`~newsner.stages.batch.Work`) or pieces (:class:`~newsner.stages.batch.Piece`) that
earlier stages wrote, and writes its own. :class:`newsner.Pipeline` builds the list once, in
``Pipeline.__init__``, and runs it (``Pipeline.process_batch``): stages over ``documents`` run
once on the whole batch; consecutive stages over ``pieces`` run round by round, every piece of a
round through all of them before the next round is cut, so the spaCy docs of one round are
freed before the next.

=============  ====================  =========  ================================================
stage          class                 over       reads -> writes
=============  ====================  =========  ================================================
normalize      :class:`.Normalize`   documents  text -> norm
tokenize       :class:`.Tokenize`    pieces     piece.text, piece.offset -> piece.doc,
                                                piece.sentences
tag            :class:`.Tag`         pieces     piece.sentences -> model
rules          :class:`.Rules`       pieces     piece.doc, piece.offset, piece.last, norm ->
                                                rules, acronyms
resolve        :class:`.Resolve`     documents  text, norm, model, rules, acronyms -> result
=============  ====================  =========  ================================================

Bare names are fields of ``Work``, ``piece.`` ones of ``Piece``. Under the merge policy
``model`` the list has no ``rules`` stage. Pieces are cut between ``normalize`` and the first
stage over pieces; their ``text``, ``offset`` and ``last`` are given. Candidates stay in
normalized-text offsets until ``resolve`` maps them to the caller's string. Each stage class
lists what it reads and writes (``reads``, ``writes``), as above.

The stage modules import spaCy, the tagger's code and the rules; this package's ``__init__``
and :mod:`~newsner.stages.batch` do not, so ``import newsner`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Protocol

if TYPE_CHECKING:
    from newsner.stages.batch import Batch


class Stage(Protocol):
    """One stage of the pipeline."""

    #: the stage's name, as in the table above
    name: ClassVar[str]
    #: :data:`~newsner.stages.batch.DOCUMENTS` or :data:`~newsner.stages.batch.PIECES`
    over: ClassVar[str]
    #: the fields of ``Work`` and ``Piece`` it reads, and those it writes
    reads: ClassVar[tuple[str, ...]]
    writes: ClassVar[tuple[str, ...]]

    def __call__(self, batch: Batch) -> None: ...
