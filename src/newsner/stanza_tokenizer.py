"""Tokens and sentences from a stanza tokenizer model, as a spaCy ``Doc`` the pipeline can use.

newsner tokenizes with spaCy's rule-based Indonesian tokenizer by default, because it splits
the way the NER corpora do and costs nothing to load. A user who has stanza's official
Indonesian models on disk (or a tokenizer trained with ``stanza.models.tokenizer``, such as
``models/stanza/id_newsner_tokenizer.pt``) can have it split tokens and sentences instead:
``newsner.load(stanza_tokenizer=PATH)``. Nothing is downloaded: ``PATH`` is either a stanza
resources folder (what ``stanza.download("id")`` writes, with its ``resources.json``) or one
tokenizer ``.pt`` file.

The rules and the tagger read spaCy docs, so stanza's tokens become one: each token is the
exact slice of the text between stanza's ``start_char`` and ``end_char``, and whatever lies
between tokens (spaces, newlines) becomes spaCy whitespace, so ``doc.text`` is the input text
and every offset holds. spacy-stanza does the same job, but every release of it pins a stanza
older than the one our NER model needs (< 1.7 / < 1.11), so this small adapter is ours.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import regex
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsner.tokenization import keep_text

_RUNS = regex.compile(r"\s+|\S+")


def stanza_tokenize_pipeline(path: str | os.PathLike[str], lang: str = "id") -> Any:
    """A stanza ``Pipeline`` with only the tokenize processor, loaded from ``path`` offline."""
    import stanza

    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"no stanza tokenizer at {path}")
    options: dict[str, Any] = {"processors": "tokenize", "download_method": None,
                               "use_gpu": False, "logging_level": "WARN"}
    if path.is_file():
        # stanza still wants a resources.json in its dir, even with an explicit model path;
        # an empty one is enough (the file is read at construction and not kept)
        with tempfile.TemporaryDirectory() as empty:
            (Path(empty) / "resources.json").write_text("{}", encoding="utf-8")
            options["logging_level"] = "ERROR"  # not "unsupported language": it is the point
            return stanza.Pipeline(lang, dir=empty, tokenize_model_path=str(path),
                                   allow_unknown_language=True, **options)
    return stanza.Pipeline(lang, dir=str(path), **options)


class StanzaTokenizer:
    """A spaCy tokenizer (``nlp.tokenizer``) backed by a stanza tokenize processor.

    Sentence starts come from stanza too, so a pipeline using it needs no sentence splitter.
    """

    def __init__(self, vocab: Vocab, path: str | os.PathLike[str], lang: str = "id") -> None:
        self.vocab = vocab
        self.stanza = stanza_tokenize_pipeline(path, lang)

    def __call__(self, text: str) -> Doc:
        return self._to_doc(text, self.stanza(text) if text.strip() else None)

    def _to_doc(self, text: str, parsed: Any) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        starts: list[bool | None] = []
        cursor = 0

        def add_gap(end: int) -> None:
            """Text stanza put in no token: whitespace, or (kept as tokens) anything it skipped."""
            for run in _RUNS.findall(text, cursor, end):
                if run.isspace() and words and not spaces[-1] and run[0] == " ":
                    spaces[-1] = True
                    run = run[1:]
                    if not run:
                        continue
                words.append(run)
                spaces.append(False)
                starts.append(not starts)  # a doc's first token starts it

        for sentence in parsed.sentences if parsed is not None else ():
            first = True
            for token in sentence.tokens:
                begin, end = token.start_char, token.end_char
                if begin < cursor or end > len(text) or begin >= end:
                    raise ValueError(f"stanza token {token.text!r} has offsets {begin}-{end}")
                add_gap(begin)
                words.append(text[begin:end])
                spaces.append(False)
                starts.append(first)
                first = False
                cursor = end
        add_gap(len(text))
        doc = Doc(self.vocab, words=words, spaces=spaces, sent_starts=starts or None)
        if doc.text != text:  # cannot happen if the offsets above hold; never return a shifted doc
            raise ValueError("stanza tokens do not rebuild the text")
        return keep_text(doc, text)


def make_stanza_tokenizer(path: str | os.PathLike[str], lang: str = "id") -> Language:
    """Like :func:`newsner.tokenization.make_tokenizer`, with stanza's tokens and sentences."""
    from newsner.tokenization import make_tokenizer

    nlp = make_tokenizer()
    for name in list(nlp.pipe_names):  # our hyphen re-joiner and sentence splitter
        nlp.remove_pipe(name)
    nlp.tokenizer = StanzaTokenizer(nlp.vocab, path, lang)
    return nlp
