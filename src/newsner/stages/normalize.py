"""Stage ``normalize``: each document's text cleaned for tagging (:func:`newsner.normalize`)."""

from __future__ import annotations

from typing import ClassVar

from newsner.normalize import normalize
from newsner.normalize.linemodel import LineModel
from newsner.stages.batch import DOCUMENTS, Batch


def sanitize(text: str) -> str:
    """Same-length copy safe for every C library below us: lone surrogates and NUL become
    spaces (they cannot be encoded to UTF-8), so offsets are unchanged."""
    if text.isascii() and "\x00" not in text:
        return text
    return "".join(" " if ("\ud800" <= ch <= "\udfff" or ch == "\x00") else ch for ch in text)


class Normalize:
    """Clean characters, remove page chrome (unless ``batch.clean`` is false), find datelines.
    ``line_model`` is the model folder's learned reader of the lines the rules keep."""

    name: ClassVar[str] = "normalize"
    over: ClassVar[str] = DOCUMENTS
    reads: ClassVar[tuple[str, ...]] = ("Work.text",)
    writes: ClassVar[tuple[str, ...]] = ("Work.norm",)

    def __init__(self, line_model: LineModel | None = None) -> None:
        self.line_model = line_model

    def __call__(self, batch: Batch) -> None:
        clean, model = batch.clean, self.line_model
        for work in batch.docs:
            work.norm = normalize(sanitize(work.text), remove_chrome=clean, line_model=model)
