"""Find page chrome in a cleaned news page, line by line.

Scrapers save a page as lines: the article's paragraphs plus the site's widgets (related links,
ads, credits, share buttons, timestamps, tag lists, promotional banners). Widgets are short lines
made of fixed labels, so :mod:`newsner.normalize.patterns` recognises them by whole-line
patterns; a few kinds are cut out of an article line instead (ad markers, photo credits in
brackets, "(ams/ams)" editor codes). The policy is *positive evidence only*: a line no pattern
recognises stays, however odd it looks, because losing article text costs more than tagging a
stray widget.

Some rules look beyond one line:

* **the tail**: after a label such as "Berita Lainnya" or "Yuk Ngaji Hari Ini", or the editor's
  sign-off code on a line of its own ("(mea/rzr)"), the rest of the page is not the article,
  even lines that read as prose (a banner's verse translation, related headlines). It applies
  only once some article prose has been seen, so a widget label at the top of a page cannot
  swallow the article. A run of two or more ad lines also starts the tail, but only when no
  article prose follows it.
* **related-link blocks**: the headlines listed directly under a bare "Baca Juga" header (no
  blank line between) go with the header.
* **sign-offs**: a line that is just a name the page gave in a "Reporter:"/"Penulis:" line
  (Tempo ends articles with the reporter's name in capitals).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsner.normalize import patterns as p

#: A line with at least this many spaces (about ten words) and no chrome pattern is prose.
_PROSE_MIN_SPACES = 9
#: Headlines under a related-links header are short and do not end like a sentence.
_HEADLINE_MAX_LEN = 150
_ARABIC_MIN_SHARE = 0.5


@dataclass(frozen=True)
class Cut:
    """A span of the cleaned text to leave out, in that text's coordinates."""

    start: int
    end: int
    reason: str


@dataclass
class _Line:
    start: int
    end: int
    text: str
    kind: str = ""  # "", "line" or "tail"
    reason: str = ""

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def prose(self) -> bool:
        return not self.kind and self.text.count(" ") >= _PROSE_MIN_SPACES


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        content = raw.strip(" ")
        start = pos + (len(raw) - len(raw.lstrip(" "))) if content else pos
        lines.append(_Line(start, start + len(content), content))
        pos += len(raw) + 1
    return lines


def _accepts(rule: p.LineRule, line: str) -> bool:
    if len(line) > rule.max_len:
        return False
    if rule.requires and not any(t in line for t in rule.requires):
        return False
    return rule.also is None or rule.also.search(line) is not None


def classify_line(line: str) -> tuple[str, str] | None:
    """``(kind, reason)`` if the whole stripped ``line`` is chrome, else ``None``."""
    if len(line) <= p.LINE_MAX_LEN:
        m = p.LINE_RULES_COMBINED.fullmatch(line)
        if m is not None:
            first = _RULE_INDEX[m.lastgroup]  # type: ignore[index]
            for rule in p.ALL_LINE_RULES[first:]:
                if _accepts(rule, line) and rule.pattern.fullmatch(line):
                    return rule.kind, rule.reason
        for rule in p.GUARDED_LINE_RULES:
            if _accepts(rule, line) and rule.pattern.fullmatch(line):
                return rule.kind, rule.reason
    if _mostly_arabic(line):
        return "line", "arabic-script banner"
    return None


_RULE_INDEX = {f"r{i}": i for i in range(len(p.ALL_LINE_RULES))}


def _mostly_arabic(line: str) -> bool:
    """Whether most non-space characters are Arabic script (a verse or a banner)."""
    if line.isascii():
        return False
    arabic = sum(len(run) for run in p.ARABIC_RUN.findall(line))
    return arabic >= 3 and arabic >= _ARABIC_MIN_SHARE * (len(line) - line.count(" "))


def inline_cuts(line: str) -> list[tuple[int, int, str]]:
    """Chrome spans inside an article line, relative to the line, sorted, non-overlapping."""
    found: list[tuple[int, int, str]] = []
    m = p.RELATED_MARKER.match(line)
    if m:  # long line starting "Baca juga:": drop the label, keep the text (it may be article)
        found.append((0, m.end(), "related links"))
    for rule in p.INLINE_RULES:
        if rule.triggers and not any(t in line for t in rule.triggers):
            continue
        pos = max(0, len(line) - rule.window) if rule.window else 0
        for m in rule.pattern.finditer(line, pos):
            end = len(line[: m.end()].rstrip(" "))
            if end > m.start():
                found.append((m.start(), end, rule.reason))
    if len(found) > 1:
        found.sort()
        kept = [found[0]]
        for cut in found[1:]:
            if cut[0] >= kept[-1][1]:
                kept.append(cut)
        found = kept
    return found


def _classify_until_tail(lines: list[_Line]) -> int | None:
    """Classify lines in order; return the index where a labelled tail starts, if any.

    A tail label counts only after some prose (before that it is a widget header and only its
    own line goes). Lines after the tail are not classified: they all go anyway.
    """
    seen_prose = False
    for i, line in enumerate(lines):
        if line.blank:
            continue
        hit = classify_line(line.text)
        if hit:
            line.kind, line.reason = hit
            if line.kind == "tail" and seen_prose:
                return i
        elif not seen_prose:
            seen_prose = line.prose
    return None


def _ad_run_tail(lines: list[_Line]) -> int | None:
    """Start of a run of two or more ad lines (blank lines aside) with no prose after it."""
    prose = [i for i, ln in enumerate(lines) if ln.prose]
    if not prose:
        return None
    run_start, ads = None, 0
    for i in range(prose[-1] + 1, len(lines)):
        line = lines[i]
        if line.blank:
            continue
        if line.reason == "advertisement":
            run_start = i if run_start is None else run_start
            ads += 1
            if ads >= 2:
                return run_start
        else:
            run_start, ads = None, 0
    return None


def _related_blocks(lines: list[_Line]) -> None:
    """Mark headlines listed directly under a bare related-links header."""
    for i, line in enumerate(lines):
        if line.reason != "related links" or not p.RELATED_HEADER.fullmatch(line.text):
            continue
        for nxt in lines[i + 1 :]:
            t = nxt.text
            if nxt.blank or nxt.kind or len(t) > _HEADLINE_MAX_LEN or t[-1] in ".!?\"'":
                break
            nxt.kind, nxt.reason = "line", "related links"


def _signoffs(lines: list[_Line]) -> None:
    """Mark a reporter's sign-off ("ANDITA RAHMA" at the end of a Tempo article).

    Only names the page itself gave in a reporter/editor line count, so this never guesses.
    """
    names = set()
    for line in lines:
        if line.reason in ("reporter and editor", "byline"):
            for part in p.NAME_FIELD.findall(line.text):
                name = " ".join(part.split()).casefold()
                if len(name) >= 4:
                    names.add(name)
    if not names:
        return
    for line in lines:
        if not line.kind and line.text and " ".join(line.text.split()).casefold() in names:
            line.kind, line.reason = "line", "reporter and editor"


def find_chrome(text: str) -> list[Cut]:
    """Spans of ``text`` (already character-cleaned) that are page chrome, sorted."""
    lines = _split_lines(text)
    tail = _classify_until_tail(lines)
    _related_blocks(lines if tail is None else lines[:tail])
    _signoffs(lines if tail is None else lines[:tail])
    if tail is None:
        tail = _ad_run_tail(lines)
    body = lines if tail is None else lines[:tail]
    cuts: list[Cut] = []
    for line in body:
        if line.blank:
            continue
        if line.kind:
            cuts.append(Cut(line.start, line.end, line.reason))
            continue
        for s, e, reason in inline_cuts(line.text):
            cuts.append(Cut(line.start + s, line.start + e, reason))
    if tail is not None:
        first = lines[tail]
        cuts.append(Cut(first.start, len(text), first.reason or "after the article"))
    return cuts
