"""The newsner pipeline: normalize -> tokenize -> stanza NER -> rules -> resolve.

A :class:`Pipeline` holds each stage once (tokenizer, tagger, compiled rule matchers) and runs
documents through them in batches: many documents are tokenized with ``nlp.pipe`` and their
sentences go to the tagger together, which is what makes newsner fast on whole archives.
Everything stages exchange is in normalized-text coordinates (:class:`Candidate`); only the
last step maps spans back to the caller's string, so ``text[e.start:e.end] == e.text`` holds
for every entity whatever the normalizer changed.
"""

from __future__ import annotations

import gc
import os
import re
import threading
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from itertools import accumulate
from pathlib import Path

import regex

from newsner.candidates import Candidate
from newsner.normalize import Normalized, normalize
from newsner.paths import check_model_dir
from newsner.paths import default_model_dir as _default_model_dir
from newsner.policy import DEFAULT_POLICY, MergePolicy
from newsner.types import Document, Entity, EntityGroup

#: Texts longer than this are refused: split them first (a book is not a news article).
MAX_TEXT_CHARS = 20_000_000
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
_GRAPHEME = regex.compile(r"\X")
#: General categories that never begin or end an entity: controls, format (zero-width, bidi),
#: surrogates, private use, unassigned, separators, symbols (emoji, modifiers, U+FFFD), and
#: marks that lead a cluster (orphans of the character before the entity, e.g. ")\u0301Joko").
_EDGE_JUNK = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp", "So", "Sk",
                        "Mn", "Mc", "Me"})


def _is_edge_junk(cluster: str) -> bool:
    return cluster[0].isspace() or unicodedata.category(cluster[0]) in _EDGE_JUNK


def default_model_dir() -> Path:
    """``$NEWSNER_MODEL_DIR``, else the model installed with the package, else the ``models/``
    folder of the newsner checkout (:func:`newsner.paths.model_dir_and_source`)."""
    return _default_model_dir()


POLICIES = tuple(p.value for p in MergePolicy)


def check_policy(policy: str | None) -> str:
    """``policy`` (default :data:`DEFAULT_POLICY`) if it is a merge policy, else a ValueError
    that lists the valid ones."""
    if policy is None:
        return DEFAULT_POLICY.value
    if not isinstance(policy, str) or policy not in POLICIES:
        raise ValueError(f"{policy!r} is not a valid merge policy; valid policies: "
                         f"{', '.join(POLICIES)}")
    return str(policy)


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


def _sanitize(text: str) -> str:
    """Same-length copy safe for every C library below us: lone surrogates and NUL become
    spaces (they cannot be encoded to UTF-8), so offsets are unchanged."""
    if text.isascii() and "\x00" not in text:
        return text
    return "".join(" " if ("\ud800" <= ch <= "\udfff" or ch == "\x00") else ch for ch in text)


def chunk_bounds(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Cut ``text`` into pieces of about ``size`` characters at paragraph, line or space breaks.

    A run of more than ``MAX_RUN_CHARS`` non-space characters goes in pieces of its own, cut
    between graphemes: no word is that long, and spaCy's affix splitting is quadratic in the
    length of a run ("<<<<...", "-.-.-."), so a 100,000-character line would take minutes.
    """

    def grapheme_floor(lo: int, hi: int) -> int:
        """The last grapheme boundary in ``(lo, hi]``, or ``hi`` if there is none."""
        last = max((m.end() for m in _GRAPHEME.finditer(text, lo, hi + 1) if m.end() <= hi),
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
                from newsner.rules import RuleMatcher
                from newsner.tagging import Tagger
                from newsner.tokenization import make_tokenizer

            if self.stanza_tokenizer is None:
                self.tokenizer = make_tokenizer()
            else:
                from newsner.stanza_tokenizer import make_stanza_tokenizer

                self.tokenizer = make_stanza_tokenizer(self.stanza_tokenizer)
            self.tagger = Tagger(self.model_dir, batch_size=batch_size, o_bias=o_bias)
            self.rules = RuleMatcher(self.tokenizer.vocab)
        self._lock = threading.RLock()

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
            from newsner.parallel import pipe_parallel

            yield from pipe_parallel(self, texts, batch_size, n_process, clean)
            return
        for batch in _batched(texts, batch_size):
            yield from self._process_batch(batch, clean)

    # --- the stages ------------------------------------------------------------------------

    def _process_batch(self, texts: list[str], clean: bool) -> list[Document]:
        texts = [check_text(t) for t in texts]
        norms = [normalize(_sanitize(t), remove_chrome=clean) for t in texts]
        found = _Found(len(texts))
        pieces = ((d, s, norm.text[s:e]) for d, norm in enumerate(norms)
                  for s, e in chunk_bounds(norm.text) if norm.text[s:e].strip())
        for round_pieces in _rounds(pieces, ROUND_CHARS):
            self._tag_pieces(round_pieces, found)
        return [self._finish(texts[d], norms[d], found.model[d], found.rules[d], found.acronyms[d])
                for d in range(len(texts))]

    def _tag_pieces(self, pieces: list[tuple[int, int, str]], found: _Found) -> None:
        """Tokenize, tag and match ``(doc index, offset, text)`` pieces, adding their candidates
        (in normalized-text offsets) to ``found``; the spaCy docs die with this call."""
        from newsner.tokenization import sentence_tokens

        with self._lock:
            spacy_docs = list(self.tokenizer.pipe(text for _d, _o, text in pieces))
        sentences = []
        owners = []
        for (d, offset, _text), sdoc in zip(pieces, spacy_docs, strict=True):
            for sent in sentence_tokens(sdoc):
                sentences.append([(t, s + offset, e + offset) for t, s, e in sent])
                owners.append(d)
        if sentences:
            for owner, cands in zip(owners, self.tagger.tag_candidates(sentences), strict=True):
                found.model[owner].extend(cands)
        if self.policy == "model":
            return
        for (d, offset, _text), sdoc in zip(pieces, spacy_docs, strict=True):
            result = self.rules.analyze(sdoc)
            found.rules[d].extend(
                (replace(c, start=c.start + offset, end=c.end + offset) for c in result.candidates)
                if offset else result.candidates)
            found.acronyms[d].update(result.acronyms)

    def _finish(self, text: str, norm: Normalized, model: list[Candidate],
                rules: list[Candidate], acronyms: dict[str, str]) -> Document:
        from newsner.resolve import resolve

        if self.policy != "model":
            rules = rules + [Candidate(s, e, "LOC", 1.0, "rule", "dateline", "strong")
                             for s, e in norm.datelines]
        if norm.suppressed:
            # sorted starts and running max of ends: one bisect per candidate, not a scan of
            # every outlet span (a page of thousands of "KOMPAS.com -" lines made it quadratic)
            spans = sorted(norm.suppressed)
            starts = [s for s, _ in spans]
            reach = list(accumulate((e for _, e in spans), max))

            def free(c: Candidate) -> bool:
                i = bisect_left(starts, c.end)
                return i == 0 or reach[i - 1] <= c.start

            model = [c for c in model if free(c)]
            rules = [c for c in rules if free(c)]
        final, groups = resolve(model, rules, norm.text, acronyms, policy=self.policy,
                                harmonise=self.harmonise)
        entities: list[Entity] = []
        index_of: dict[int, int] = {}
        for i, cand in enumerate(final):
            start, end = norm.to_original(cand.start, cand.end)
            # trim whole graphemes of whitespace, controls, invisibles and symbols (emoji) off
            # both ends: a span never ends inside "👍🏽" or starts on a zero-width space
            clusters = _GRAPHEME.findall(text, start, end)
            lo, hi = 0, len(clusters)
            while lo < hi and _is_edge_junk(clusters[lo]):
                lo += 1
            while hi > lo and _is_edge_junk(clusters[hi - 1]):
                hi -= 1
            if lo == hi:
                continue
            start += sum(map(len, clusters[:lo]))
            end -= sum(map(len, clusters[hi:]))
            while end < len(text) and unicodedata.category(text[end])[0] == "M":
                end += 1  # marks after the last letter belong to it
            index_of[i] = len(entities)
            entities.append(Entity(text=text[start:end], label=cand.label, start=start, end=end,
                                   score=round(float(cand.score), 4), source=cand.source))
        out_groups: list[EntityGroup] = []
        for canonical, label, indices in groups:
            members = [index_of[i] for i in indices if i in index_of]
            if not members:
                continue
            for m in members:
                entities[m] = replace(entities[m], canonical=canonical)
            out_groups.append(EntityGroup(canonical, label, tuple(entities[m] for m in members)))
        entities.sort(key=lambda e: (e.start, e.end))
        return Document(text=text, entities=tuple(entities), groups=tuple(out_groups),
                        removed=norm.removed)


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


class _Found:
    """Candidates of each document of a batch, gathered piece by piece."""

    def __init__(self, n_docs: int) -> None:
        self.model: list[list[Candidate]] = [[] for _ in range(n_docs)]
        self.rules: list[list[Candidate]] = [[] for _ in range(n_docs)]
        self.acronyms: list[dict[str, str]] = [{} for _ in range(n_docs)]


def _rounds(pieces: Iterable[tuple[int, int, str]], max_chars: int,
            ) -> Iterator[list[tuple[int, int, str]]]:
    """Consecutive pieces in groups of at most ``max_chars`` characters (at least one piece)."""
    group: list[tuple[int, int, str]] = []
    size = 0
    for piece in pieces:
        if group and size + len(piece[2]) > max_chars:
            yield group
            group, size = [], 0
        group.append(piece)
        size += len(piece[2])
    if group:
        yield group


def _batched(items: Iterable[str], size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


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
