"""The newsner pipeline: normalize -> tokenize -> tag -> rules -> resolve.

A :class:`Pipeline` loads the tokenizer, the tagger and the compiled rule matchers once, wires
the five stages of :mod:`newsner.stages` in one place (``Pipeline.__init__``) and runs documents
through them in batches (:meth:`Pipeline.process_batch`): many documents are tokenized with
``nlp.pipe`` and their sentences go to the tagger together, which is what makes newsner fast on
whole archives. Everything stages exchange is in normalized-text coordinates
(:class:`~newsner.candidates.Candidate`); only the last stage maps spans back to the caller's
string, so ``text[e.start:e.end] == e.text`` holds for every entity whatever the normalizer
changed.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import groupby
from operator import attrgetter
from pathlib import Path

from newsner.paths import check_model_dir, default_model_dir
from newsner.policy import POLICIES, check_policy
from newsner.stages import Stage
from newsner.stages.batch import (
    CHUNK_CHARS,
    DOCUMENTS,
    MAX_RUN_CHARS,
    ROUND_CHARS,
    Batch,
    Work,
    batched,
    chunk_bounds,
    pieces,
    rounds,
)
from newsner.types import Document, Entity

__all__ = [
    "CHUNK_CHARS",
    "MAX_RUN_CHARS",
    "MAX_TEXT_CHARS",
    "POLICIES",
    "ROUND_CHARS",
    "Pipeline",
    "analyze",
    "check_policy",
    "check_text",
    "check_texts",
    "chunk_bounds",
    "default_model_dir",
    "extract",
    "extract_many",
    "load",
]

#: Texts longer than this are refused: split them first (a book is not a news article).
MAX_TEXT_CHARS = 20_000_000


def check_texts(texts: object, name: str = "extract_many") -> Iterable[str]:
    """An iterable of texts, refusing a single ``str`` (whose items would be its characters)."""
    if isinstance(texts, str | bytes | bytearray):
        raise TypeError(f"{name} takes an iterable of texts (e.g. a list of str), not a "
                        f"{type(texts).__name__}: a str is not an iterable of texts. For one "
                        f"text use extract(text) or analyze(text), or pass [text].")
    if not isinstance(texts, Iterable):
        raise TypeError(f"{name} takes an iterable of texts (e.g. a list of str), got "
                        f"{type(texts).__name__}")
    return texts


def check_text(text: object) -> str:
    """The input contract of every public entry point: a ``str`` of bounded size."""
    if isinstance(text, bytes | bytearray):
        raise TypeError("newsner takes str, not bytes: decode first, e.g. "
                        "text.decode('utf-8', errors='replace')")
    if not isinstance(text, str):
        raise TypeError(f"newsner takes str, got {type(text).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        raise ValueError(f"text of {len(text):,} characters is over newsner's limit of "
                         f"{MAX_TEXT_CHARS:,}; split it into articles first")
    return text


class Pipeline:
    """newsner's stages, loaded once. ``extract``/``analyze`` for one text, ``pipe`` for many.

    ``policy`` chooses how model and rule spans merge (see :class:`newsner.resolve.MergePolicy`);
    ``harmonise`` enforces one label per entity group. ``stanza_tokenizer`` (a stanza resources
    folder, such as stanza's official Indonesian download, or one tokenizer ``.pt``) splits
    tokens and sentences instead of newsner's rule-based tokenizer
    (:mod:`newsner.stanza_tokenizer`); the NER model is newsner's either way. ``o_bias``
    overrides the model folder's decoding bias towards "no entity", one number for every
    casing or a dict per casing (``{"cased": 2.0, "lower": 0.5, "upper": 0.5}``; see
    :class:`newsner.tagging.Tagger`; 0 decodes the model's raw scores).
    """

    def __init__(self, model_dir: str | os.PathLike[str] | None = None,
                 policy: str | None = None, harmonise: bool = False,
                 batch_size: int = 64,
                 stanza_tokenizer: str | os.PathLike[str] | None = None,
                 o_bias: float | dict[str, float] | None = None) -> None:
        self.model_dir = Path(model_dir) if model_dir else default_model_dir()
        self.policy = check_policy(policy)
        #: the model folder's ``meta.json`` (``{}`` without one); checked before loading
        self.model_meta = check_model_dir(self.model_dir)
        self.harmonise = harmonise
        self.stanza_tokenizer = Path(stanza_tokenizer) if stanza_tokenizer else None
        with _cyclic_gc_paused():
            from newsner.lazy_imports import deferred

            # spacy/__init__ imports spacy.cli (every spaCy command) and spacy.cli.info (typer,
            # weasel, requests) only to expose spacy.info
            with deferred(["spacy.cli"], {"spacy.cli.info": ("info",)}):
                from newsner.normalize.linemodel import LineModel
                from newsner.rules import RuleMatcher
                from newsner.stages.normalize import Normalize
                from newsner.stages.resolve import Resolve
                from newsner.stages.rules import Rules
                from newsner.stages.tag import Tag
                from newsner.stages.tokenize import Tokenize
                from newsner.tagging import Tagger
                from newsner.tokenization import make_tokenizer

            if self.stanza_tokenizer is None:
                self.tokenizer = make_tokenizer()
            else:
                from newsner.stanza_tokenizer import make_stanza_tokenizer

                self.tokenizer = make_stanza_tokenizer(self.stanza_tokenizer)
            self.tagger = Tagger(self.model_dir, batch_size=batch_size, o_bias=o_bias)
            self.rules = RuleMatcher(self.tokenizer.vocab)
            #: the stages, in the order they run (:mod:`newsner.stages`): no rules under the
            #: policy "model", which scores the tagger alone
            self.stages: tuple[Stage, ...] = (
                Normalize(LineModel.from_folder(self.model_dir)),
                Tokenize(self.tokenizer),
                Tag(self.tagger),
                *(() if self.policy == "model" else (Rules(self.rules),)),
                Resolve(self.policy, harmonise=self.harmonise),
            )

    # --- public API ------------------------------------------------------------------------

    def extract(self, text: str, clean: bool = True) -> list[Entity]:
        """Every PER/LOC/ORG mention in ``text``, in text order."""
        return list(self.analyze(text, clean=clean).entities)

    def analyze(self, text: str, clean: bool = True) -> Document:
        """Entities, their document groups, and the page chrome that was left out."""
        return next(iter(self.pipe([text], clean=clean)))

    def extract_many(self, texts: Iterable[str], batch_size: int = 32, n_process: int = 1,
                     progress: bool = False, clean: bool = True) -> Iterator[list[Entity]]:
        """Entities of each text, in input order, tagging ``batch_size`` texts at a time.

        ``texts`` is an iterable of str (a single str is refused with a TypeError); with
        ``progress`` a bar counts the documents finished."""
        docs = self.pipe(check_texts(texts, "extract_many"), batch_size=batch_size,
                         n_process=n_process, progress=progress, clean=clean)
        return (list(doc.entities) for doc in docs)

    def pipe(self, texts: Iterable[str], batch_size: int = 32, n_process: int = 1,
             progress: bool = False, clean: bool = True, total: int | None = None,
             ) -> Iterator[Document]:
        """:class:`Document` for each text, in input order (``n_process`` > 1 forks workers).

        ``texts`` is an iterable of str; a single str is refused (TypeError) when ``pipe`` is
        called, not when its first result is asked for. ``progress`` shows a bar (tqdm) that
        counts finished documents, out of ``total`` (default: ``len(texts)`` when it has one).
        """
        texts = check_texts(texts, "pipe")
        if batch_size < 1 or n_process < 1:
            raise ValueError("batch_size and n_process must be at least 1")
        docs = self._pipe(texts, batch_size, n_process, clean)
        if progress:
            from tqdm.auto import tqdm

            if total is None and hasattr(texts, "__len__"):
                total = len(texts)  # type: ignore[arg-type]
            docs = iter(tqdm(docs, total=total, desc="newsner", unit="doc"))
        return docs

    def _pipe(self, texts: Iterable[str], batch_size: int, n_process: int, clean: bool,
              ) -> Iterator[Document]:
        if n_process > 1:
            # imported here only to keep multiprocessing off ``import newsner``
            from newsner.parallel import pipe_parallel

            yield from pipe_parallel(self.process_batch, texts, batch_size, n_process, clean)
            return
        for batch in batched(texts, batch_size):
            yield from self.process_batch(batch, clean)

    def process_batch(self, texts: list[str], clean: bool = True) -> list[Document]:
        """:class:`Document` of each of ``texts``, in order: :attr:`stages` run over them as one
        batch. Stages over documents run once on the batch; consecutive stages over pieces run
        round by round over the pieces of the normalized texts (:func:`chunk_bounds`, grouped
        in rounds of :data:`ROUND_CHARS` characters)."""
        batch = Batch([Work(check_text(t)) for t in texts], clean)
        for over, group in groupby(self.stages, key=attrgetter("over")):
            stages = tuple(group)
            if over == DOCUMENTS:
                for stage in stages:
                    stage(batch)
                continue
            cut = (p for work in batch.docs for p in pieces(work, chunk_bounds(work.norm.text)))
            for part in rounds(cut, ROUND_CHARS):
                piece_batch = batch.round(part)
                for stage in stages:
                    stage(piece_batch)
        return [work.result for work in batch.docs]


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Loading builds a few hundred thousand long-lived objects (torch, spaCy, stanza's
    vocabularies, the gazetteers), and the cyclic collector re-scans them over and over while
    they are made: pausing it for the load took 10-15% off a cold start. Nothing is lost:
    loading makes no garbage cycles worth collecting early, and collection resumes (if it was
    on) after.

    At the end, everything is moved to the oldest generation in O(1) (``gc.freeze()`` then
    ``gc.unfreeze()``, which splice the generation lists): left in the young generations, the
    load's objects would be traversed two more times by the first ``extract`` (~0.13 s on this
    project's machine). Nothing stays frozen; every object remains collectable."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()


# --- the lazily loaded default pipeline ----------------------------------------------------

_DEFAULT: dict[tuple, Pipeline] = {}
_DEFAULT_LOCK = threading.Lock()


def load(model_dir: str | os.PathLike[str] | None = None, policy: str | None = None,
         harmonise: bool = False,
         stanza_tokenizer: str | os.PathLike[str] | None = None,
         o_bias: float | dict[str, float] | None = None) -> Pipeline:
    """A :class:`Pipeline` (cached per arguments, so repeated calls do not reload models)."""
    policy = check_policy(policy)
    bias_key = tuple(sorted(o_bias.items())) if isinstance(o_bias, dict) else o_bias
    key = (str(model_dir or default_model_dir()), policy, harmonise,
           str(stanza_tokenizer or ""), bias_key)
    with _DEFAULT_LOCK:
        if key not in _DEFAULT:
            _DEFAULT[key] = Pipeline(model_dir, policy=policy, harmonise=harmonise,
                                     stanza_tokenizer=stanza_tokenizer, o_bias=o_bias)
        return _DEFAULT[key]


def extract(text: str, clean: bool = True) -> list[Entity]:
    """Every PER/LOC/ORG mention in ``text`` with offsets into ``text``, using the shipped model."""
    return load().extract(check_text(text), clean=clean)


def analyze(text: str, clean: bool = True) -> Document:
    """:class:`Document` of ``text``: entities, groups and removed page chrome."""
    return load().analyze(check_text(text), clean=clean)


def extract_many(texts: Iterable[str], batch_size: int = 32, n_process: int = 1,
                 progress: bool = False, clean: bool = True) -> Iterator[list[Entity]]:
    """Entities for each of ``texts``, in order, batched (and forked with ``n_process`` > 1).

    ``texts`` is an iterable of str: a single str is refused with a TypeError."""
    texts = check_texts(texts, "extract_many")
    return load().extract_many(texts, batch_size=batch_size, n_process=n_process,
                               progress=progress, clean=clean)
