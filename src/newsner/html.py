"""News pages as HTML: the article text (trafilatura), then newsner on it.

::

    doc = newsner.from_html(page_html)
    doc.text                 # the article: headline and body, without menus, ads, footers
    doc.entities             # offsets index ``doc.text``

Extraction is offline (``trafilatura.extract`` on the string; nothing is fetched) and needs
the ``html`` extra: ``pip install 'newsner[html]'``.
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Any

from newsner.about import import_extra
from newsner.types import Document


def html_to_text(html: str | bytes, title: bool = True) -> str:
    """The article text of a news page: paragraphs one a line, without site chrome.

    Uses ``trafilatura.extract(html, include_comments=False, favor_recall=True)``. With
    ``title`` the headline (from the page's metadata) comes first when the body does not
    already start with it. Returns ``""`` when the page has no article text.
    """
    if not isinstance(html, str | bytes):
        raise TypeError(f"html_to_text takes the page as str or bytes, got "
                        f"{type(html).__name__}")
    if not html.strip():
        return ""
    trafilatura = import_extra("trafilatura", "newsner's HTML input", "html")
    body = trafilatura.extract(html, include_comments=False, favor_recall=True) or ""
    body = body.strip()
    if title:
        meta = trafilatura.extract_metadata(html)
        headline = " ".join((getattr(meta, "title", None) or "").split())
        if headline and not body.startswith(headline):
            body = f"{headline}\n{body}" if body else headline
    return body


def from_html(html: str | bytes, *, title: bool = True, clean: bool = True,
              model_dir: str | os.PathLike[str] | None = None, pipeline: Any = None,
              ) -> Document:
    """:class:`Document` of a news page: ``text`` is the extracted article
    (:func:`html_to_text`) and every entity's offsets index it.

    ``pipeline`` (a :class:`newsner.Pipeline`) or ``model_dir`` choose the model; by default
    the shipped one. ``doc.meta["source"]`` is ``"html"``.
    """
    from newsner.pipeline import load

    text = html_to_text(html, title=title)
    nlp = pipeline or load(model_dir)
    doc = nlp.analyze(text, clean=clean)
    return replace(doc, meta={**doc.meta, "source": "html", "html_chars": len(html)})
