"""The normalization pipeline: characters, then chrome, then whitespace, then datelines.

The order matters. Chrome patterns are written for clean text (ASCII quotes and dashes, one
kind of space), so characters are cleaned first. Removed chrome becomes a paragraph break so
text on either side can never be read as one sentence, and whitespace is collapsed after that
so the breaks stay uniform. Datelines are found last, at paragraph starts of the final text,
which is exactly where the tagger will see them.
"""

from __future__ import annotations

from newsner.normalize.aligned import Aligned
from newsner.normalize.chars import clean_characters, collapse_whitespace
from newsner.normalize.chrome import find_chrome
from newsner.normalize.datelines import find_datelines
from newsner.normalize.linemodel import LineModel
from newsner.normalize.result import Normalized
from newsner.types import RemovedSpan

#: What removed chrome becomes in ``Normalized.text``: a paragraph break.
CHROME_SEPARATOR = "\n\n"


def normalize(text: str, *, remove_chrome: bool = True,
              line_model: LineModel | None = None) -> Normalized:
    """Clean a scraped news page for tagging, keeping a map back to exact offsets in ``text``.

    ``remove_chrome=False`` keeps every line (for text that is known to be article only) and
    still cleans characters, collapses whitespace and finds datelines. ``line_model`` (the
    model folder's, :meth:`LineModel.load`) reads the lines the rules kept
    (:func:`newsner.normalize.chrome.find_chrome`); without one the rules decide alone.
    """
    if not isinstance(text, str):
        kind = type(text).__name__
        hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(
            text, bytes | bytearray) else ""
        raise TypeError(f"normalize() needs a str, got {kind}{hint}")
    if not text:
        return Normalized(text, text)
    a = clean_characters(Aligned.identity(text))
    removed: list[RemovedSpan] = []
    if remove_chrome:
        cuts = find_chrome(a.text, line_model)
        for cut in cuts:
            start, end = a.to_original(cut.start, cut.end)
            if cut.end == len(a.text):  # chrome that ends the page takes trailing blanks too
                end = len(text)
            removed.append(RemovedSpan(start, end, cut.reason))
        a = a.apply([(c.start, c.end, CHROME_SEPARATOR) for c in cuts])
    a = collapse_whitespace(a)
    datelines, suppressed = find_datelines(a.text)
    return Normalized(
        original=text,
        text=a.text,
        removed=tuple(removed),
        datelines=datelines,
        suppressed=suppressed,
        alignment=a,
    )
