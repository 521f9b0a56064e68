"""The newsner pipeline: normalize -> tokenize -> stanza NER -> rules -> resolve.

A :class:`Pipeline` holds each stage once (tokenizer, tagger, compiled rule matchers) and runs
documents through them in batches: many documents are tokenized with ``nlp.pipe`` and their
sentences go to the tagger together, which is what makes newsner fast on whole archives.
Everything stages exchange is in normalized-text coordinates (:class:`Candidate`); only the
last step maps spans back to the caller's string, so ``text[e.start:e.end] == e.text`` holds
for every entity whatever the normalizer changed.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from newsner.candidates import Candidate
from newsner.normalize import Normalized, normalize
from newsner.paths import from_env_or_checkout
from newsner.types import Document, Entity, EntityGroup

#: Texts longer than this are refused: split them first (a book is not a news article).
MAX_TEXT_CHARS = 20_000_000
#: Normalized text is tokenized in pieces of at most this many characters, cut at paragraph
#: or line breaks (never inside a sentence that has one), so memory stays bounded.
CHUNK_CHARS = 50_000
DEFAULT_POLICY = "union_model_first"


def default_model_dir() -> Path:
    """``$NEWSNER_MODEL_DIR``, else the ``models/`` folder of the newsner checkout."""
    return from_env_or_checkout("NEWSNER_MODEL_DIR", "models")


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
    """Cut ``text`` into pieces of about ``size`` characters at paragraph, line or space breaks."""
    bounds: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            window = text[start:end]
            for sep in ("\n\n", "\n", ". ", " "):
                cut = window.rfind(sep)
                if cut > size // 4:
                    end = start + cut + len(sep)
                    break
        bounds.append((start, end))
        start = end
    return bounds


class Pipeline:
    """newsner's stages, loaded once. ``extract``/``analyze`` for one text, ``pipe`` for many.

    ``policy`` chooses how model and rule spans merge (see :class:`newsner.resolve.MergePolicy`);
    ``harmonise`` enforces one label per entity group.
    """

    def __init__(self, model_dir: str | os.PathLike[str] | None = None,
                 policy: str | None = None, harmonise: bool = False,
                 batch_size: int = 64) -> None:
        from newsner.rules import RuleMatcher
        from newsner.tagging import StanzaTagger
        from newsner.tokenization import make_tokenizer

        self.model_dir = Path(model_dir) if model_dir else default_model_dir()
        self.policy = policy or DEFAULT_POLICY
        self.harmonise = harmonise
        self.tokenizer = make_tokenizer()
        self.tagger = StanzaTagger(self.model_dir, batch_size=batch_size)
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
        """Entities of each text, in input order, tagging ``batch_size`` texts at a time."""
        for doc in self.pipe(texts, batch_size=batch_size, n_process=n_process,
                             progress=progress, clean=clean):
            yield list(doc.entities)

    def pipe(self, texts: Iterable[str], batch_size: int = 32, n_process: int = 1,
             progress: bool = False, clean: bool = True, total: int | None = None,
             ) -> Iterator[Document]:
        """:class:`Document` for each text, in input order (``n_process`` > 1 forks workers)."""
        if batch_size < 1 or n_process < 1:
            raise ValueError("batch_size and n_process must be at least 1")
        if progress:
            from tqdm.auto import tqdm

            texts = tqdm(texts, total=total, desc="newsner", unit="doc")
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
        pieces: list[tuple[int, int]] = []  # (doc index, offset of piece in normalized text)
        piece_texts: list[str] = []
        for d, norm in enumerate(norms):
            for s, e in chunk_bounds(norm.text):
                if norm.text[s:e].strip():
                    pieces.append((d, s))
                    piece_texts.append(norm.text[s:e])
        with self._lock:
            spacy_docs = list(self.tokenizer.pipe(piece_texts))
        from newsner.tokenization import sentence_tokens

        sentences = []
        owners = []
        for p, sdoc in enumerate(spacy_docs):
            offset = pieces[p][1]
            for sent in sentence_tokens(sdoc):
                sentences.append([(t, s + offset, e + offset) for t, s, e in sent])
                owners.append(pieces[p][0])
        model_c: list[list[Candidate]] = [[] for _ in texts]
        if sentences:
            for owner, cands in zip(owners, self.tagger.tag_candidates(sentences), strict=True):
                model_c[owner].extend(cands)
        rule_c: list[list[Candidate]] = [[] for _ in texts]
        acronyms: list[dict[str, str]] = [{} for _ in texts]
        if self.policy != "model":
            for p, sdoc in enumerate(spacy_docs):
                d, offset = pieces[p]
                result = self.rules.analyze(sdoc)
                rule_c[d].extend(replace(c, start=c.start + offset, end=c.end + offset)
                                 for c in result.candidates)
                acronyms[d].update(result.acronyms)
        return [self._finish(texts[d], norms[d], model_c[d], rule_c[d], acronyms[d])
                for d in range(len(texts))]

    def _finish(self, text: str, norm: Normalized, model: list[Candidate],
                rules: list[Candidate], acronyms: dict[str, str]) -> Document:
        from newsner.resolve import resolve

        if self.policy != "model":
            rules = rules + [Candidate(s, e, "LOC", 1.0, "rule", "dateline", "strong")
                             for s, e in norm.datelines]
        if norm.suppressed:
            def free(c: Candidate) -> bool:
                return not any(c.start < e and s < c.end for s, e in norm.suppressed)

            model = [c for c in model if free(c)]
            rules = [c for c in rules if free(c)]
        final, groups = resolve(model, rules, norm.text, acronyms, policy=self.policy,
                                harmonise=self.harmonise)
        entities: list[Entity] = []
        index_of: dict[int, int] = {}
        for i, cand in enumerate(final):
            start, end = norm.to_original(cand.start, cand.end)
            surface = text[start:end]
            stripped = surface.strip()
            if not stripped:
                continue
            start += len(surface) - len(surface.lstrip())
            end = start + len(stripped)
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
         harmonise: bool = False) -> Pipeline:
    """A :class:`Pipeline` (cached per arguments, so repeated calls do not reload models)."""
    key = (str(model_dir or default_model_dir()), policy or DEFAULT_POLICY, harmonise)
    with _DEFAULT_LOCK:
        if key not in _DEFAULT:
            _DEFAULT[key] = Pipeline(model_dir, policy=policy, harmonise=harmonise)
        return _DEFAULT[key]


def extract(text: str, clean: bool = True) -> list[Entity]:
    """Every PER/LOC/ORG mention in ``text`` with offsets into ``text``, using the shipped model."""
    return load().extract(check_text(text), clean=clean)


def analyze(text: str, clean: bool = True) -> Document:
    """:class:`Document` of ``text``: entities, groups and removed page chrome."""
    return load().analyze(check_text(text), clean=clean)


def extract_many(texts: Iterable[str], batch_size: int = 32, n_process: int = 1,
                 progress: bool = False, clean: bool = True) -> Iterator[list[Entity]]:
    """Entities for each of ``texts``, in order, batched (and forked with ``n_process`` > 1)."""
    return load().extract_many(texts, batch_size=batch_size, n_process=n_process,
                               progress=progress, clean=clean)
