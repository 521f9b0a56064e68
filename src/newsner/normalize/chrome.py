"""Find page chrome in a cleaned news page, each line on its own evidence.

Scrapers save a page as lines: the article's paragraphs plus the site's widgets (related links,
ads, credits, share buttons, timestamps, tag lists, promotional banners). Losing an article line
costs all of its mentions, silently; keeping a widget line costs at most a stray mention. So the
design bounds the expensive error by construction:

* **A line is removed only for what it is.** Every rule in :mod:`newsner.normalize.patterns`
  matches a *whole* line, with a length cap, and rules that take a label ("Editor:", "Sumber:",
  "Tag:") demand a closed form after it (names, dates, outlets, counts): a clause with "yang",
  "bahwa", "kata", ... is prose and stays. No rule removes "the rest of the page".
* **Position matters for forms that article text can take.** Timestamps, bylines, copyright,
  sources, comment counters, tags, editor codes and sign-offs (``EDGE`` rules) are removed only
  in the page's head (before the first body paragraph) or tail (after the last one of 12
  words or more). A dated subheading in a live report or "Sumber: BPS" under a table in the
  body stays. A body paragraph is a line no rule took that reads as prose
  (see :func:`_is_paragraph`).
* **The one dependency between lines is explicit and bounded.** A header such as "Baca Juga" or
  "Berita Terkait" takes the lines listed under it only while each is headline-shaped (no
  sentence end, not a list item or table row), at most :data:`MAX_BLOCK` of them, and the block
  ends at the first line that is not (blank lines between them aside). A single headline-shaped
  line set apart from the header by a blank line stays: it is more often a subheading under a
  widget whose links the scraper dropped. In the tail, a short title in title case
  ("Kamu Sudah Baca?") takes the title-case headlines under it the same way. Republika's
  verse banner ("Yuk Ngaji Hari Ini") takes at most its verse, translation and reference, and
  only when the verse in Arabic script follows it directly.

A few kinds are cut out of an article line instead of the whole line (ad markers, photo credits
in brackets, "(ams/ams)" editor codes at a paragraph end).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newsner.normalize import patterns as p

#: At most this many lines go with one related-links header, and with one tag-list label.
MAX_BLOCK = 8
MAX_TAGS = 15
#: A headline under a header: 6-25 words, short, no sentence end. Shorter lines under a header
#: are more often the article's own subheadings ("Kasus Terkait di Daerah Lain").
_HEADLINE_MIN_WORDS = 6
_HEADLINE_MAX_LEN = 180
_HEADLINE_MAX_WORDS = 25
#: Menus and lines of widgets are shorter than this.
_MENU_MAX_LEN = 300
#: A section label or menu entry above the article: one or two words.
_LABEL_MAX_WORDS = 2
_LABEL_MAX_LEN = 30
#: Longest title of a list of links at the page's end ("Berita Lainnya dari Kota Ini").
_TITLE_MAX_WORDS = 5
#: A body paragraph ends like a sentence and has this many words, or is this long anyway.
_PARAGRAPH_MIN_WORDS = 6
_PARAGRAPH_LONG_WORDS = 20
_TAIL_PARAGRAPH_MIN_WORDS = 12
_ARABIC_MIN_SHARE = 0.5
_SENTENCE_END = ".!?"
_CLOSERS = "\"')]»"


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
    reason: str = ""  # why the line is chrome ("" while it is not)
    scope: str = ""  # where the line may go: p.ANYWHERE, p.EDGE, p.TOP, p.HEAD or p.HEADER

    @property
    def blank(self) -> bool:
        return not self.text


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        content = raw.strip(" ")
        start = pos + (len(raw) - len(raw.lstrip(" "))) if content else pos
        lines.append(_Line(start, start + len(content), content))
        pos += len(raw) + 1
    return lines


def _words(line: str) -> set[str]:
    return {w.strip(".,;:!?\"'()[]").casefold() for w in line.split()}


def _accepts(rule: p.LineRule, line: str) -> bool:
    if len(line) > rule.max_len:
        return False
    if rule.requires and not any(t in line for t in rule.requires):
        return False
    if rule.also is not None and rule.also.search(line) is None:
        return False
    return not (rule.closed and not rule.closed.isdisjoint(_words(line)))


def classify_line(line: str) -> p.LineRule | None:
    """The rule that takes the whole stripped ``line`` as chrome, if any (scope aside)."""
    if len(line) > p.LINE_MAX_LEN or p.NUMBERED_ITEM.match(line):
        return None
    m = p.LINE_RULES_COMBINED.fullmatch(line)
    if m is not None:
        first = _RULE_INDEX[m.lastgroup]  # type: ignore[index]
        for rule in p.ALL_LINE_RULES[first:]:
            if _accepts(rule, line) and rule.pattern.fullmatch(line):
                return rule
    for rule in p.GUARDED_LINE_RULES:
        if _accepts(rule, line) and rule.pattern.fullmatch(line):
            return rule
    return None


_RULE_INDEX = {f"r{i}": i for i in range(len(p.ALL_LINE_RULES))}


def _mostly_arabic(line: str) -> bool:
    """Whether most non-space characters are Arabic script (a verse)."""
    if line.isascii():
        return False
    arabic = sum(len(run) for run in p.ARABIC_RUN.findall(line))
    return arabic >= 3 and arabic >= _ARABIC_MIN_SHARE * (len(line) - line.count(" "))


def _ends_sentence(line: str) -> bool:
    """Whether ``line`` ends like a sentence, a sign-off in brackets after it aside
    ("... kata dia. (rzy/bil)")."""
    return p.TRAILING_BRACKET.sub("", line).rstrip(_CLOSERS)[-1:] in _SENTENCE_END


def _title_case(line: str) -> bool:
    """Most longer words capitalised, as in a headline ("Pramono Temui Anies, Bahas Apa?")."""
    words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) * 4 >= len(words) * 3


def _headline_shaped(line: str) -> bool:
    """A related headline: 6-25 words, not a list item, table row or Q&A turn, and no sentence
    end (a question or exclamation only in title case)."""
    words = line.split()
    if not (_HEADLINE_MIN_WORDS <= len(words) <= _HEADLINE_MAX_WORDS
            and len(line) <= _HEADLINE_MAX_LEN and line[-1:] not in ":;,"
            and p.NOT_A_HEADLINE.match(line) is None and " | " not in line
            and "\t" not in line):
        return False
    end = p.TRAILING_BRACKET.sub("", line).rstrip(_CLOSERS)[-1:]
    return end not in _SENTENCE_END or (end in "?!" and _title_case(line))


def _ranked_headline(line: str) -> bool:
    """A headline of a ranked list, its rank number before it or not."""
    m = p.RANK.match(line)
    return _headline_shaped(line[m.end():] if m else line)


def _tag_shaped(line: str) -> bool:
    """A topic under a tag label (1-4 words, no sentence end), or a line of them separated by
    commas ("Dana Insentif Fiskal, Kementerian Keuangan, Sri Mulyani")."""
    if _ends_sentence(line) or p.NOT_A_HEADLINE.match(line) is not None:
        return False
    items = [i.strip() for i in line.split(",")]
    if len(items) > 1:
        return p.CLAUSE_WORDS.isdisjoint(_words(line)) and all(
            0 < len(i.split()) <= 4 for i in items)
    return len(line.split()) <= 4 and len(line) <= 40


def _menu_line(line: str) -> bool:
    """A navigation bar, a footer menu or a list of topics: several short items and nothing else.

    Items are separated by two spaces or a dot ("Home  News  Bola", "A · B · C") or, when there
    are many of them, by bars; a table row has few cells or figures in them.
    """
    if len(line) > _MENU_MAX_LEN or _ends_sentence(line):
        return False  # a paragraph, the common case: no need to look at its words
    if not p.CLAUSE_WORDS.isdisjoint(_words(line)):
        return False
    items = [i for i in p.MENU_SEPARATOR.split(line) if i]
    enough = 5 if "|" in line else 3
    # figures in the items ("Ramadan 2024") only in a long list; a table row has few cells
    figures = len(items) < 4 and any(c.isdigit() for c in line)
    if len(items) >= enough and not figures and all(len(i.split()) <= 4 for i in items):
        return True
    words = line.split()
    sections = sum(w.casefold() in p.SECTION_WORDS for w in words)
    return len(words) >= 4 and sections * 10 >= 7 * len(words)


def _composite(line: str) -> str | None:
    """The scope of a line made of chrome pieces ("BAGIKAN | 6 komentar", "Fariz Fardianto |
    Rabu, 3 Apr 2024 | 09:12 WIB"): every piece is chrome by itself, or a short name or a
    time beside them. ``None`` if it is not such a line."""
    if len(line) > _MENU_MAX_LEN or not p.PIECE_SEPARATOR.search(line):
        return None
    pieces = [x.strip() for x in p.PIECE_SEPARATOR.split(line) if x.strip()]
    if len(pieces) < 2:
        return None
    scopes = []
    for piece in pieces:
        rule = classify_line(piece)
        if rule is not None and rule.reason != "tags":  # lower-case words: any table cell
            scopes.append(rule.scope)
        elif p.NAME_PIECE.fullmatch(piece) is None and p.TIME_PIECE.fullmatch(piece) is None:
            return None
    if not scopes:  # names only: "Dwi Ardiansyah | Rendy Saputra", a byline under the title
        two_words = all(len(x.split()) >= 2 for x in pieces)
        return p.TOP if two_words and "|" in line else None
    return p.ANYWHERE if all(x == p.ANYWHERE for x in scopes) else p.EDGE


def _section_label(line: str) -> bool:
    """A one- or two-word label ("Nasional", "LIVE UPDATE", "Liga Indonesia"): letters only,
    so a dateline on its own line ("REPUBLIKA.CO.ID, JAKARTA") is not one."""
    words = [w for w in line.split() if w not in ("&", "dan")]  # "Hukum & Kriminal"
    return (len(line) <= _LABEL_MAX_LEN and len(words) <= _LABEL_MAX_WORDS
            and p.LABEL_CHARS.fullmatch(line) is not None)


def _title_index(lines: list[_Line], first: int) -> int:
    """The page's headline: the last line of four or more words above the first paragraph
    that no rule took (``first`` when there is none). Labels go only above it, so a name or a
    subtitle between the headline and the lead stays."""
    for i in range(first - 1, -1, -1):
        line = lines[i]
        if not line.reason and len(line.text.split()) >= 4:
            return i
    return first


def _is_paragraph(line: _Line) -> bool:
    """A body paragraph: a line no rule took that reads as a sentence (or is long anyway), and
    not shaped like a headline (a 20-word headline is the page's title, not its body)."""
    if line.reason or line.blank:
        return False
    n = len(line.text.split())
    return ((n >= _PARAGRAPH_LONG_WORDS or (n >= _PARAGRAPH_MIN_WORDS
                                            and _ends_sentence(line.text)))
            and not _headline_shaped(line.text))


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


def _is_header(line: _Line) -> bool:
    """A label that lists links or topics on the lines under it."""
    if line.scope == p.HEADER:
        return True
    if line.reason == "related links":  # "Simak juga video pilihan berikut ini:"
        return line.text.endswith(":")
    return bool(line.reason) and p.TAGS_HEADER.fullmatch(line.text) is not None


def _header_blocks(lines: list[_Line]) -> None:
    """Give each header the headline-shaped lines listed under it (or, under a tag label, the
    topics), at most MAX_BLOCK (MAX_TAGS) of them. Taken lines never head a block themselves.
    They go wherever the header goes: a tag label only at the page's edges."""
    headers = [i for i, line in enumerate(lines) if _is_header(line)]
    for i in headers:
        line = lines[i]
        tags = p.TAGS_HEADER.fullmatch(line.text) is not None
        shaped, limit = (_tag_shaped, MAX_TAGS) if tags else (_headline_shaped, MAX_BLOCK)
        if not tags and p.RANKED_HEADER.fullmatch(line.text):
            shaped = _ranked_headline  # "1  Gempa guncang Sulawesi Utara" under "Terpopuler"
        scope = p.ANYWHERE if line.scope == p.HEADER else line.scope
        run, detached = _listed_under(lines, i, shaped, limit)
        if detached and len(run) < 2:
            continue  # a subheading under a widget whose links the scraper dropped
        for j in run:
            lines[j].reason, lines[j].scope = line.reason, scope


def _listed_under(lines: list[_Line], i: int, shaped: Callable[[str], bool], limit: int,
                  ) -> tuple[list[int], bool]:
    """The lines listed under line ``i``: those ``shaped`` accepts, at most ``limit``, up to
    the first line that is not (an ad marker between them aside; any other chrome, or two
    blank lines, ends the list). Also whether a blank line stood before the first of them."""
    run: list[int] = []
    detached = False
    j = i + 1
    while j < len(lines) and len(run) < limit:
        nxt = lines[j]
        if nxt.blank:
            if j + 1 < len(lines) and lines[j + 1].blank:
                break
            detached = detached or not run
        elif nxt.reason == "advertisement":
            pass
        elif nxt.reason or not shaped(nxt.text):
            break
        else:
            run.append(j)
        j += 1
    return run, detached


def _verse_banner(lines: list[_Line]) -> None:
    """Republika's "Yuk Ngaji Hari Ini": label, Arabic verse, translation, reference (at most)."""
    for i, line in enumerate(lines):
        if p.VERSE_BANNER.fullmatch(line.text) is None:
            continue
        rest = [ln for ln in lines[i + 1 : i + 8] if not ln.blank][:3]
        if not rest or not _mostly_arabic(rest[0].text):
            continue
        taken = rest[:2]  # the verse, then its translation (or directly its reference)
        if len(rest) == 3 and p.VERSE_REFERENCE.fullmatch(rest[2].text):
            taken.append(rest[2])
        for part in [line, *taken]:
            part.reason, part.scope = "religious banner", p.ANYWHERE


def _signoffs(lines: list[_Line]) -> None:
    """Mark a reporter's sign-off ("ANDITA RAHMA" at the end of a Tempo article) as edge chrome.

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
        if not line.reason and line.text and " ".join(line.text.split()).casefold() in names:
            line.reason, line.scope = "reporter and editor", p.EDGE


def _sources_under_lists(lines: list[_Line]) -> None:
    """A "Sumber: BMKG" line directly under a list item or a table row is that list's data
    source, article text: it keeps its line wherever the list stands."""
    for prev, line in zip(lines, lines[1:], strict=False):
        if (line.reason == "source" and not prev.blank and not prev.reason
                and (p.NOT_A_HEADLINE.match(prev.text) or " | " in prev.text)):
            line.reason, line.scope = "", ""


def _title_case_headline(line: str) -> bool:
    return _headline_shaped(line) and _title_case(line)


def _widget_title(line: _Line) -> bool:
    """A short title in title case, neither a field of an info box nor text that introduces
    or ends a sentence (no colon, no final full stop): "Kamu Sudah Baca?", "Kontan Terpopuler",
    "Bisnis Indonesia Premium"; a line no rule took, or an outlet's or section's label."""
    return ((not line.reason or line.scope in (p.EDGE, p.HEAD)) and not line.blank
            and len(line.text.split()) <= _TITLE_MAX_WORDS and ":" not in line.text
            and line.text[-1:] not in ";,." and _title_case(line.text))


def _tail_link_lists(lines: list[_Line], last: int) -> None:
    """After the last body paragraph, a widget title (:func:`_widget_title`) takes the
    title-case headline-shaped lines under it, two at least and MAX_BLOCK at most: a list of
    links at the page's end. Edge chrome: nothing above ``last`` is read, and a title above
    fewer than two such lines takes nothing (a subheading over an unmarked list stays)."""
    for i in range(last + 1, len(lines)):
        if not _widget_title(lines[i]):
            continue
        run, _ = _listed_under(lines, i, _title_case_headline, MAX_BLOCK)
        if len(run) >= 2:
            for k in [i, *run]:
                lines[k].reason, lines[k].scope = "related links", p.EDGE


def find_chrome(text: str) -> list[Cut]:
    """Spans of ``text`` (already character-cleaned) that are page chrome, sorted."""
    lines = _split_lines(text)
    for line in lines:
        rule = classify_line(line.text) if line.text else None
        if rule is not None:
            line.reason, line.scope = rule.reason, rule.scope
    _verse_banner(lines)
    _header_blocks(lines)
    _signoffs(lines)
    for line in lines:
        if line.reason or not line.text:
            continue
        scope = _composite(line.text)
        if scope is not None:
            line.reason, line.scope = "byline" if scope == p.TOP else "widgets", scope
        elif _menu_line(line.text):
            line.reason, line.scope = "menu", p.EDGE
        elif _section_label(line.text):
            line.reason, line.scope = "section label", p.HEAD
    body = [i for i, line in enumerate(lines) if _is_paragraph(line)]
    # with no body paragraph there is no head or tail: a short text is all article
    first, last = (body[0], body[-1]) if body else (-1, len(lines))
    # the head ends at the first paragraph that is not a question: a title in sentence case
    # ("Kamala Harris kantongi dukungan – Apa artinya bagi Indonesia?") is not the body yet
    first = next((i for i in body if lines[i].text.rstrip(_CLOSERS)[-1:] not in "?!"), first)
    # the tail starts after the last paragraph of some length: a short sentence under the
    # article ("Belum ada komentar. Jadilah yang pertama!") does not move it down
    last = next((i for i in reversed(body)
                 if len(lines[i].text.split()) >= _TAIL_PARAGRAPH_MIN_WORDS), last)
    title = _title_index(lines, first)
    _tail_link_lists(lines, last)
    _sources_under_lists(lines)
    cuts: list[Cut] = []
    for i, line in enumerate(lines):
        if line.blank:
            continue
        if line.reason and (line.scope in (p.ANYWHERE, p.HEADER) or i < title
                            or (line.scope in (p.EDGE, p.TOP) and i < first)
                            or (line.scope == p.EDGE and i > last)):
            cuts.append(Cut(line.start, line.end, line.reason))
            continue
        for s, e, reason in inline_cuts(line.text):
            cuts.append(Cut(line.start + s, line.start + e, reason))
    return cuts
