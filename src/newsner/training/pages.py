"""The page corpus: scraped pages with every line classed and gold entities, and its scoring.

Pages live in ``tests/pages/corpus/<split>/`` (:func:`splits`) in the line-prefix format of
``tests/pages/corpus/FORMAT.md``: ``P| `` article, ``G| `` caption, ``C| `` chrome, gold
mentions written ``[text]{LABEL}`` and chrome fragments inside a line ``{{...}}``.
:func:`score_pages` measures what normalization costs on them: article and caption characters
removed, mentions lost, chrome lines kept, mentions predicted in chrome, and strict F1 on the
page against F1 on the same article lines alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsner.training.corpora import Span

ARTICLE, CAPTION, CHROME = "P", "G", "C"
#: The page corpus of the checkout.
CORPUS = Path(__file__).resolve().parents[3] / "tests" / "pages" / "corpus"


def splits(corpus: Path = CORPUS) -> list[str]:
    """The corpus's splits, ``dev`` first: the held-out rounds (``heldout``, ``heldout2``, ...)
    were each written by someone who never saw the rules, and read after the rules of their
    time were frozen and measured (``benchmarks/results/pages-round<k>-frozen.json``)."""
    if not corpus.is_dir():
        return []
    names = [d.name for d in corpus.iterdir() if d.is_dir() and any(d.glob("*.txt"))]
    return sorted(names, key=lambda n: (n != "dev", len(n), n))
_PREFIXES = {"P| ": ARTICLE, "G| ": CAPTION, "C| ": CHROME}
_MARKUP = re.compile(r"\[([^\[\]{}]+)\]\{(PER|LOC|ORG)\}|\{\{([^{}]+)\}\}")


@dataclass
class PageLine:
    start: int
    end: int
    kind: str  # ARTICLE, CAPTION, CHROME or "" for an empty line


@dataclass
class Page:
    """One page: its text, the class of every character, its lines and its gold mentions."""

    name: str
    text: str
    classes: str  # one of P/G/C per character ("\n" between lines is classed " ")
    lines: list[PageLine]
    gold: list[Span]
    meta: dict[str, str] = field(default_factory=dict)

    def article_only(self) -> tuple[str, list[Span]]:
        """The article and caption lines alone (chrome fragments dropped), with their gold."""
        parts: list[str] = []
        gold: list[Span] = []
        pos = 0
        for line in self.lines:
            if line.kind not in (ARTICLE, CAPTION):
                continue
            keep = [i for i in range(line.start, line.end) if self.classes[i] != CHROME]
            text = "".join(self.text[i] for i in keep)
            new_at = {old: pos + k for k, old in enumerate(keep)}
            for s in self.gold:
                if line.start <= s.start < line.end:
                    gold.append(Span(new_at[s.start], new_at[s.end - 1] + 1, s.label))
            parts.append(text)
            pos += len(text) + 2
        return "\n\n".join(parts), gold


def parse_page(raw: str, name: str = "") -> Page:
    """Read one page file's content (see FORMAT.md)."""
    meta: dict[str, str] = {}
    rows = raw.split("\n")
    while rows and rows[0].startswith("## "):
        key, _, value = rows.pop(0)[3:].partition(":")
        meta[key.strip()] = value.strip()
    while rows and rows[-1] == "":
        rows.pop()
    text: list[str] = []
    classes: list[str] = []
    lines: list[PageLine] = []
    gold: list[Span] = []
    pos = 0
    for n, row in enumerate(rows, 1):
        if n > 1:
            text.append("\n")
            classes.append(" ")
            pos += 1
        if row == "":
            lines.append(PageLine(pos, pos, ""))
            continue
        kind = _PREFIXES.get(row[:3])
        if kind is None:
            raise ValueError(f"{name}:{n}: a page line starts with 'P| ', 'G| ' or 'C| '")
        body, start = row[3:], pos
        if kind == CHROME:
            text.append(body)
            classes.append(CHROME * len(body))
            pos += len(body)
        else:
            at = 0
            for m in _MARKUP.finditer(body):
                plain = body[at:m.start()]
                text.append(plain)
                classes.append(kind * len(plain))
                pos += len(plain)
                if m.group(3) is not None:
                    text.append(m.group(3))
                    classes.append(CHROME * len(m.group(3)))
                    pos += len(m.group(3))
                else:
                    text.append(m.group(1))
                    classes.append(kind * len(m.group(1)))
                    gold.append(Span(pos, pos + len(m.group(1)), m.group(2)))
                    pos += len(m.group(1))
                at = m.end()
            text.append(body[at:])
            classes.append(kind * len(body[at:]))
            pos += len(body[at:])
        lines.append(PageLine(start, pos, kind))
    page = Page(name, "".join(text), "".join(classes), lines, gold, meta)
    assert len(page.text) == len(page.classes)
    return page


def read_pages(folder: str | Path) -> list[Page]:
    """Every ``*.txt`` page in ``folder``, sorted by name."""
    return [parse_page(p.read_text(encoding="utf-8"), p.stem)
            for p in sorted(Path(folder).glob("*.txt"))]


def _removed_mask(n: int, removed: Iterable[Any]) -> bytearray:
    mask = bytearray(n)
    for r in removed:
        mask[r.start:r.end] = b"\x01" * (r.end - r.start)
    return mask


def page_measures(page: Page, doc: Any) -> dict[str, Any]:
    """What normalization did to ``page``, from the pipeline's ``Document`` for its text."""
    mask = _removed_mask(len(page.text), doc.removed)
    lost = {ARTICLE: 0, CAPTION: 0}
    for i, cls in enumerate(page.classes):
        if mask[i] and cls in lost and not page.text[i].isspace():
            lost[cls] += 1
    chrome_lines = [ln for ln in page.lines if ln.kind == CHROME]
    kept = []
    for ln in chrome_lines:
        chars = [i for i in range(ln.start, ln.end) if not page.text[i].isspace()]
        if sum(1 for i in chars if not mask[i]) * 2 > len(chars):
            kept.append(page.text[ln.start:ln.end])
    lost_mentions = [page.text[s.start:s.end] for s in page.gold
                     if any(mask[s.start:s.end])]
    in_chrome = [f"{e.label} {e.text}" for e in doc.entities
                 if CHROME in page.classes[e.start:e.end]]
    return {"article_chars_removed": lost[ARTICLE], "caption_chars_removed": lost[CAPTION],
            "mentions_lost": lost_mentions, "chrome_lines": len(chrome_lines),
            "chrome_lines_kept": kept, "mentions_in_chrome": in_chrome}


def score_pages(pages: Sequence[Page], nlp: Any) -> dict[str, Any]:
    """Normalization measures summed over ``pages`` and F1 on the page vs the article alone."""
    from newsner.training.evaluate import score

    per_page: dict[str, dict[str, Any]] = {}
    gold_page, pred_page, gold_art, pred_art = [], [], [], []
    for page in pages:
        doc = nlp.analyze(page.text)
        per_page[page.name] = page_measures(page, doc)
        gold_page.append(page.gold)
        pred_page.append([Span(e.start, e.end, e.label) for e in doc.entities])
        art_text, art_gold = page.article_only()
        gold_art.append(art_gold)
        pred_art.append([Span(e.start, e.end, e.label) for e in nlp.extract(art_text)])
    m = per_page.values()
    return {
        "pages": len(pages),
        "article_chars": sum(sum(1 for c, t in zip(p.classes, p.text, strict=True)
                                 if c == ARTICLE and not t.isspace()) for p in pages),
        "article_chars_removed": sum(x["article_chars_removed"] for x in m),
        "caption_chars_removed": sum(x["caption_chars_removed"] for x in m),
        "mentions": sum(len(p.gold) for p in pages),
        "mentions_lost": sum(len(x["mentions_lost"]) for x in m),
        "chrome_lines": sum(x["chrome_lines"] for x in m),
        "chrome_lines_kept": sum(len(x["chrome_lines_kept"]) for x in m),
        "mentions_in_chrome": sum(len(x["mentions_in_chrome"]) for x in m),
        "f1_page": score(gold_page, pred_page).scores["micro"]["f1"],
        "f1_article_only": score(gold_art, pred_art).scores["micro"]["f1"],
        "per_page": per_page,
    }
