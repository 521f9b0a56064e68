"""Writing entities for the command line: JSON, JSONL, TSV and CoNLL."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from newsner.types import Document


def write_entities(out: TextIO, names: list[str], docs: Iterable[Document], fmt: str) -> None:
    """Write each document's entities to ``out``; ``names`` label documents (file paths)."""
    if fmt == "json":
        payload = [{"file": name, "entities": [e.to_dict() for e in doc.entities],
                    "groups": [{"canonical": g.canonical, "label": g.label, "count": g.count}
                               for g in doc.groups]}
                   for name, doc in zip(names, docs, strict=True)]
        json.dump(payload[0] if len(payload) == 1 else payload, out, ensure_ascii=False,
                  indent=1)
        out.write("\n")
        return
    for name, doc in zip(names, docs, strict=True):
        if fmt == "jsonl":
            for e in doc.entities:
                out.write(json.dumps({"file": name, **e.to_dict()}, ensure_ascii=False) + "\n")
        elif fmt == "tsv":
            for e in doc.entities:
                out.write(f"{name}\t{e.start}\t{e.end}\t{e.label}\t{e.text}\t{e.score:.3f}\t"
                          f"{e.canonical}\n")
        elif fmt == "conll":
            write_conll(out, doc)
        else:
            raise ValueError(f"unknown format {fmt!r}")


def write_conll(out: TextIO, doc: Document) -> None:
    """Whitespace tokens of the text with BIO tags, one per line, blank line between lines."""
    import regex

    starts = {e.start: e for e in doc.entities}
    current = None
    base = 0
    for raw in doc.text.splitlines(keepends=True):
        line, line_start = raw.rstrip("\r\n"), base
        base += len(raw)
        wrote = False
        for m in regex.finditer(r"\S+", line):
            s = line_start + m.start()
            if s in starts:
                current = starts[s]
                tag = f"B-{current.label}"
            elif current is not None and current.start < s < current.end:
                tag = f"I-{current.label}"
            else:
                current = None
                tag = "O"
            out.write(f"{m.group()}\t{tag}\n")
            wrote = True
        if wrote:
            out.write("\n")
