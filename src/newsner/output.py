"""Writing entities for the command line: JSON, JSONL, TSV and CoNLL.

- ``json``: a list with one ``{"file", "entities", "groups"}`` object per input (``"text"`` too
  with ``include_text``), whatever the number of inputs: one file gives a list of one.
- ``jsonl``: one entity a line, ``{"file", "text", "label", "start", "end", "score", "source",
  "canonical"}``: streams, and loads with ``pandas.read_json(path, lines=True)``.
- ``tsv``: a header line, then ``file start end label text score source canonical`` a line
  (tabs and line breaks inside names become spaces; offsets stay exact).
- ``conll``: ``token<TAB>BIO-tag`` a line, a blank line after each sentence and
  ``-DOCSTART- <file><TAB>O`` before each input (the line starts with ``-DOCSTART-``, as CoNLL
  readers expect, and names the input; tabs and line breaks in the name become spaces),
  tokenized and split into sentences the way newsner's tagger sees text (the NER-UI
  convention), with token edges at every entity edge.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, TextIO

from newsner.types import Document

FORMATS = ("json", "jsonl", "tsv", "conll")
TSV_COLUMNS = ("file", "start", "end", "label", "text", "score", "source", "canonical")


def write_entities(out: TextIO, names: list[str], docs: Iterable[Document], fmt: str,
                   include_text: bool | Sequence[bool] = False, tokenizer: Any = None) -> int:
    """Write each document's entities to ``out``; ``names`` label documents (file paths).

    ``json`` is always a list, one object per document. ``include_text`` adds each document's
    text to ``json`` output (needed when offsets index text the caller does not have, e.g. the
    article extracted from HTML): one flag for all, or one per document (a sequence read at
    the time each document is written, so it may be filled while the documents are made).
    ``tokenizer`` (``conll``): newsner's spaCy tokenizer, e.g. ``Pipeline.tokenizer``, to
    reuse one already built. Returns the number of documents written.
    """
    if fmt not in FORMATS:
        raise ValueError(f"{fmt!r} is not a valid format; valid formats: {', '.join(FORMATS)}")
    if fmt == "json":
        payload = [_json_doc(name, doc, include_text if isinstance(include_text, bool)
                             else bool(include_text[i]))
                   for i, (name, doc) in enumerate(zip(names, docs, strict=True))]
        json.dump(payload, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return len(payload)
    if fmt == "tsv":
        out.write("\t".join(TSV_COLUMNS) + "\n")
    n = 0
    for name, doc in zip(names, docs, strict=True):
        n += 1
        if fmt == "jsonl":
            for e in doc.entities:
                out.write(json.dumps({"file": name, **e.to_dict()}, ensure_ascii=False) + "\n")
        elif fmt == "tsv":
            for e in doc.entities:
                out.write(f"{_cell(name)}\t{e.start}\t{e.end}\t{e.label}\t{_cell(e.text)}\t"
                          f"{e.score:.3f}\t{e.source}\t{_cell(e.canonical)}\n")
        else:
            out.write(f"-DOCSTART- {_cell(name)}\tO\n\n")
            write_conll(out, doc, tokenizer)
    return n


def _json_doc(name: str, doc: Document, include_text: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"file": name}
    if include_text:
        out["text"] = doc.text
    out["entities"] = [e.to_dict() for e in doc.entities]
    out["groups"] = [{"canonical": g.canonical, "label": g.label, "count": g.count}
                     for g in doc.groups]
    return out


def _cell(value: str) -> str:
    return " ".join(value.split()) if any(c in value for c in "\t\r\n") else value


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    from newsner.tokenization import make_tokenizer

    return make_tokenizer()


def write_conll(out: TextIO, doc: Document, tokenizer: Any = None) -> None:
    """``token<TAB>tag`` lines with BIO tags, sentences separated by a blank line."""
    from newsner.display import to_spacy
    from newsner.tokenization import split_sentences

    sdoc = split_sentences(to_spacy(doc, nlp=tokenizer or _tokenizer()))
    for ent in sdoc.ents:  # never break a sentence inside a name
        for tok in ent[1:]:
            tok.is_sent_start = False
    for sent in sdoc.sents:
        lines = [f"{t.text}\t{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else f"{t.text}\tO"
                 for t in sent if not t.is_space]
        if lines:
            out.write("\n".join(lines) + "\n\n")
