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
* **Dependencies between lines are explicit and bounded.** A header such as "Baca Juga" or
  "Berita Terkait" takes the lines listed under it only while each is headline-shaped (no
  sentence end, not a list item or table row), at most :data:`MAX_BLOCK` of them, and the block
  ends at the first line that is not (blank lines between them aside; a block printed without
  blank lines ends at its first one). A single headline-shaped line set apart from the header
  by a blank line stays in the body: it is more often a subheading under a widget whose links
  the scraper dropped. In the tail, a header also takes a single headline or a question, a
  short title in title case ("Kamu Sudah Baca?") takes two or more title-case headlines, and
  three or more topics between chrome lines are a tag list without its label. A comment
  header takes the readers' comments under it only when the thread shows it is one (a time
  ago, a handle, a reply button, a prompt). In the head, kickers above the first headline
  ("RAMADAN 1445 H"), a repeated copy of a headline with chrome between the copies, and a
  bare name over a timestamp (a byline) go; bylines right under the lead paragraph go.
  Republika's verse banner ("Yuk Ngaji Hari Ini") takes at most its verse, translation and
  reference, and only when the verse in Arabic script follows it directly.
* **The page names its outlet.** Its domains, e-mail addresses, dateline and copyright line
  give the outlet's names (:func:`_own_outlets`); a short line at the head or tail that is the
  name and a slogan or a prompt ("Gorontalo Post - Jernih Melihat"), or anywhere the name and
  one word ("VIDEO NGOPIBARENG"), is the site's label.
* **Icons are decoration.** "☰ Menu", "💬 12 Komentar", "« Sebelumnya | Selanjutnya »" are read
  without their icons (:func:`undecorated`).

A few kinds are cut out of an article line instead of the whole line (ad markers, photo credits
in brackets, "(ams/ams)" editor codes at a paragraph end).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from newsner.normalize import patterns as p
from newsner.normalize.datelines import find_datelines

#: At most this many lines go with one related-links header, and with one tag-list label.
MAX_BLOCK = 8
MAX_TAGS = 15
#: At most this many readers' comments go with one comment header, each this long at most.
MAX_COMMENTS = 40
_COMMENT_MAX_WORDS = 40
_COMMENT_HEADER_MAX_LEN = 40
#: Chrome between the comments of a thread: its buttons, notes, times.
_THREAD_REASONS = frozenset({"comments", "disclaimer", "buttons", "timestamp", "widgets",
                             "share buttons"})
#: A headline under a header: 6-25 words, short, no sentence end. Shorter lines under a header
#: are more often the article's own subheadings ("Kasus Terkait di Daerah Lain").
_HEADLINE_MIN_WORDS = 6
_HEADLINE_MAX_LEN = 180
_HEADLINE_MAX_WORDS = 25
#: Menus and lines of widgets are shorter than this.
_MENU_MAX_LEN = 300
_TICKER_MAX_LEN = 300
#: A section label or menu entry above the article: one or two words.
_LABEL_MAX_WORDS = 2
_LABEL_MAX_LEN = 30
#: Longest title of a list of links at the page's end ("Berita Lainnya dari Kota Ini").
_TITLE_MAX_WORDS = 5
#: A body paragraph ends like a sentence and has this many words, or is this long anyway.
_PARAGRAPH_MIN_WORDS = 6
_PARAGRAPH_LONG_WORDS = 20
_TAIL_PARAGRAPH_MIN_WORDS = 12
#: The reasons of credit lines that some outlets print right under the lead paragraph.
_CREDIT_REASONS = frozenset({"reporter and editor", "byline"})
_BESIDE_CREDITS = frozenset({"timestamp", "comments", "widgets"})
#: A menu in single spaces has at least this many words.
_MENU_MIN_WORDS = 5
#: A kicker or section label above the title has at most this many words.
_KICKER_MAX_WORDS = 6
#: Besides the outlet's name, a site label has at most this many words (in the head).
_OUTLET_LINE_MAX_REST = 6
#: A line naming the outlet has at most this many words in all (in the body: the name and
#: one word, "VIDEO NGOPIBARENG"; at the edges a slogan, or the outlet's sentence about itself).
_OUTLET_BODY_MAX_WORDS = 3
_COPYRIGHT_NAME_MAX_WORDS = 4
_OUTLET_LINE_MAX_WORDS = 30
#: Topics one per line after chrome, with no label above them: at least this many.
_BARE_TAGS_MIN = 3
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
    inline: list[tuple[int, int, str]] | None = None  # chrome inside the line, once read

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


#: Marks kept when a line's decorations are stripped: they carry meaning (a copyright sign).
_MEANINGFUL_SYMBOLS = frozenset("©®℗")
#: Quotation marks that menus use as arrows ("« Sebelumnya | Selanjutnya »").
_ARROW_QUOTES = frozenset("«»‹›")
#: Unicode categories of icons and what trails them (emoji variation selectors, joiners).
_DECORATIONS = frozenset({"So", "Sk", "Sm", "Cn", "Co", "Mn", "Me", "Cf"})
#: A line without letters at most this long is a widget ("💬 57", "▶ 02:14", "2").
_LETTERLESS_MAX_LEN = 20


def _decoration(c: str) -> bool:
    if c in _MEANINGFUL_SYMBOLS:
        return False
    return c in _ARROW_QUOTES or c.isspace() or unicodedata.category(c) in _DECORATIONS


def undecorated(line: str) -> str:
    """``line`` without the icons and arrows a page prints around a widget's words
    ("☰ Menu", "💬 12 Komentar", "« Sebelumnya | Selanjutnya »")."""
    start, end = 0, len(line)
    while start < end and _decoration(line[start]):
        start += 1
    while end > start and _decoration(line[end - 1]):
        end -= 1
    return line[start:end]


def _words(line: str) -> set[str]:
    return {w.strip(".,;:!?\"'()[]").casefold() for w in line.split()}


def _accepts(rule: p.LineRule, line: str, words: list[set[str]]) -> bool:
    """Whether ``rule`` takes ``line``; ``words`` caches the line's words (read once)."""
    if len(line) > rule.max_len:
        return False
    if rule.requires and not any(t in line for t in rule.requires):
        return False
    if rule.also is not None and rule.also.search(line) is None:
        return False
    if rule.pattern.fullmatch(line) is None:
        return False
    if not rule.closed:
        return True
    if not words:
        words.append(_words(line))
    return rule.closed.isdisjoint(words[0])


def classify_line(line: str) -> p.LineRule | None:
    """The rule that takes the whole stripped ``line`` as chrome, if any (scope aside)."""
    if len(line) > p.LINE_MAX_LEN or p.NUMBERED_ITEM.match(line):
        return None
    words: list[set[str]] = []
    m = p.LINE_RULES_COMBINED.fullmatch(line)
    if m is not None:
        first = _RULE_INDEX[m.lastgroup]  # type: ignore[index]
        for rule in p.ALL_LINE_RULES[first:]:
            if _accepts(rule, line, words):
                return rule
    for rule in p.GUARDED_LINE_RULES:
        if _accepts(rule, line, words):
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


def _listed_headline(line: str) -> bool:
    """A headline under a header, or a bulleted one in title case ("• DPRD Tangsel Panggil
    DLH Soal Longsor Sampah Cipeucang"); an article's bulleted list is in sentence case."""
    m = p.BULLET.match(line)
    return _headline_shaped(line[m.end():] if m else line) and (m is None or _title_case(line))


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
    if words[0].casefold() in ("home", "beranda") and sections >= 3:  # "Beranda Makro Tekno .."
        return len(words) >= 4 and all(w[0].isupper() or w == "&" for w in words)
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
    share = False
    counts = 0  # pieces that are figures only
    for raw in pieces:
        piece = undecorated(raw)
        if piece.casefold() in p.SHARE_ICONS:  # "f", "X", "in", "WA" on a share bar
            share = True
            continue
        rule = classify_line(piece)
        if rule is None and not any(c.isalpha() for c in piece) and len(piece) <= 12:
            counts += 1  # a count beside an icon ("💬 5"): chrome only beside a share bar
            continue
        if rule is not None and rule.reason != "tags":  # lower-case words: any table cell
            scopes.append(rule.scope)
            # a share bar or a player is chrome wherever it stands, and so is its line
            share = share or rule.reason in ("share buttons", "video") or (
                p.THREAD_BUTTON.fullmatch(piece) is not None)
        elif p.NAME_PIECE.fullmatch(piece) is None and p.TIME_PIECE.fullmatch(piece) is None:
            return None
    if share and scopes:
        return p.ANYWHERE
    if counts:
        return None  # figures beside other pieces: a table's row ("1 | Persib | 8 | 18")
    if scopes and all(p.DURATION.fullmatch(undecorated(x)) or p.NAME_PIECE.fullmatch(
            undecorated(x)) for x in pieces):
        # a time beside a name may be a table's row ("Jakarta | 09:00"): a player's teaser
        # is told by its neighbours (_video_teaser)
        return p.EDGE
    if not scopes:  # names only: "Dwi Ardiansyah | Rendy Saputra", a byline under the title
        two_words = all(len(x.split()) >= 2 for x in pieces)
        return p.TOP if two_words and "|" in line else None
    return p.ANYWHERE if all(x == p.ANYWHERE for x in scopes) else p.EDGE


def _video_teaser(lines: list[_Line], i: int, core: str) -> bool:
    """A player's teaser: a title and its duration ("Kisah Perajin Tenun Sumba | 03:12",
    "Tribun Video | 02:15", "Musisi Kafe di Malang Curhat soal Royalti (03:05)"). A table
    row can pair a cell with a time of day, so a line next to another line with cells is not
    one."""
    if " | " not in core and " · " not in core and not core.endswith(")"):
        return False
    m = p.TRAILING_DURATION.search(core)
    if m and " | " not in core:  # "Musisi Kafe di Malang Curhat soal Royalti (03:05)"
        return _headline_shaped(core[: m.start()])
    pieces = [x.strip() for x in p.TEASER_SEPARATOR.split(core)]
    if len(pieces) != 2 or not any(p.DURATION.fullmatch(x) for x in pieces):
        return False
    title = pieces[0] if p.DURATION.fullmatch(pieces[1]) else pieces[1]
    if not (_headline_shaped(title) or p.NAME_PIECE.fullmatch(title)
            or classify_line(title) is not None):
        return False
    return not any(" | " in lines[j].text for j in _neighbours(lines, i))


def _neighbours(lines: list[_Line], i: int) -> list[int]:
    """The nearest non-blank lines above and below line ``i``."""
    found = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and lines[j].blank:
            j += step
        if 0 <= j < len(lines):
            found.append(j)
    return found


def _ticker(line: str) -> bool:
    """A ticker of prices, rates or weather: three or more pieces, two of them priced, in
    degrees or with an arrow ("Emas Antam Rp1.712.000/gr ▲ | USD/IDR 16.385 ▼ | ...",
    "Padang 29°C Berawan | ..."). A table's row has figures too, but not these marks."""
    if len(line) > _TICKER_MAX_LEN or not any(c.isdigit() for c in line):
        return False
    pieces = p.TICKER_SEPARATOR.split(line)
    return len(pieces) >= 3 and sum(p.TICK.search(x) is not None for x in pieces) >= 2


def _table_row(line: str) -> bool:
    """Three cells or more, one with a figure: a row of a table."""
    return len(p.TICKER_SEPARATOR.split(line)) >= 3 and any(c.isdigit() for c in line)


def _section_label(line: str) -> bool:
    """A one- or two-word label ("Nasional", "LIVE UPDATE", "Liga Indonesia"): letters only,
    so a dateline on its own line ("REPUBLIKA.CO.ID, JAKARTA") is not one."""
    if len(line) > _LABEL_MAX_LEN:
        return False
    words = [w for w in line.split() if w not in ("&", "dan")]  # "Hukum & Kriminal"
    return len(words) <= _LABEL_MAX_WORDS and p.LABEL_CHARS.fullmatch(line) is not None


def _title_index(lines: list[_Line], first: int) -> int:
    """The page's headline: the last line of four or more words above the first paragraph
    that no rule took (``first`` when there is none). Labels go only above it, so a name or a
    subtitle between the headline and the lead stays."""
    for i in range(first - 1, -1, -1):
        line = lines[i]
        if not line.reason and len(line.text.split()) >= 4:
            return i
    return first


def _captioned(line: _Line) -> bool:
    """Whether ``line`` ends in a photo's credit, as a caption does."""
    return any(reason == "photo credit" and end == len(line.text)
               for _, end, reason in _inline(line))


def _inline(line: _Line) -> list[tuple[int, int, str]]:
    """:func:`inline_cuts` of ``line``, read once."""
    if line.inline is None:
        line.inline = inline_cuts(line.text)
    return line.inline


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
        shaped, limit = (_tag_shaped, MAX_TAGS) if tags else (_listed_headline, MAX_BLOCK)
        if not tags and p.RANKED_HEADER.fullmatch(line.text):
            shaped = _ranked_headline  # "1  Gempa guncang Sulawesi Utara" under "Terpopuler"
        scope = p.ANYWHERE if line.scope == p.HEADER else line.scope
        run, detached = _listed_under(lines, i, shaped, limit,
                                      frozenset({"tags"}) if tags else frozenset())
        if detached and len(run) < 2:
            continue  # a subheading under a widget whose links the scraper dropped
        for j in run:
            lines[j].reason, lines[j].scope = line.reason, scope


def _listed_under(lines: list[_Line], i: int, shaped: Callable[[str], bool], limit: int,
                  own: frozenset[str] = frozenset()) -> tuple[list[int], bool]:
    """The lines listed under line ``i``: those ``shaped`` accepts, at most ``limit``, up to
    the first line that is not (an ad marker, or an item already taken for the header's own
    reasons ``own`` (the header's own reason by default), between them aside; any other
    chrome, or two blank lines, ends the list). A list printed without blank lines ends at
    its first blank line: what follows a gap in a tight list is the article's again (a
    subheading under a block of links). Also whether a blank line stood before the first
    item."""
    run: list[int] = []
    detached = False
    tight = True  # no blank line yet between the header and its items
    j = i + 1
    while j < len(lines) and len(run) < limit:
        nxt = lines[j]
        if nxt.blank:
            if (j + 1 < len(lines) and lines[j + 1].blank) or (run and tight):
                break
            detached = detached or not run
            tight = False
        elif nxt.reason == "advertisement" or (
                nxt.reason and nxt.reason in (own or {lines[i].reason})):
            pass
        elif (nxt.reason and nxt.scope != p.HEAD) or not shaped(nxt.text):
            break  # a one- or two-word label (HEAD) may be an item: "APBN", "Polda Jabar"
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


def _comment_threads(lines: list[_Line]) -> None:
    """A comment header ("KOMENTAR", "Komentar Pembaca (2)", "8 Komentar") takes the readers'
    comments under it, each shaped as one ("Ahmad Fauzi - Semoga ...", "Meity W. - 1 jam lalu:
    Pak Ronald ...", "arif_batu · 2 jam lalu"), with the thread's buttons and notes between
    them, at most :data:`MAX_COMMENTS`, up to the first line that is neither. Only a thread
    that shows it is one goes: a time ago, a reader's handle, a reply button, a prompt or a
    note on who answers for comments; or a header that counts exactly the two or more
    comments under it ("Komentar (2)" over two). A counter over an interview ("8 Komentar",
    then "Tanya: ...") shows none of these and keeps its lines."""
    for i, line in enumerate(lines):
        if (not line.text or len(line.text) > _COMMENT_HEADER_MAX_LEN
                or p.COMMENT_HEADER.fullmatch(undecorated(line.text)) is None):
            continue
        items, comments = _thread_under(lines, i)
        count = "".join(c for c in line.text if c.isdigit())
        if comments and (any(_thread_mark(x) for x in items)
                         or (comments > 1 and count == str(comments))):
            for x in [line, *items]:
                x.reason, x.scope = "comments", p.ANYWHERE


def _thread_under(lines: list[_Line], i: int) -> tuple[list[_Line], int]:
    """The lines of the thread under the comment header ``i`` and how many comments they
    hold: comments ("Name: text"), a comment's author over its text ("Rina Marlina · 2 jam
    lalu" or "Ibu Ety Souisa", then the text), and the thread's buttons and notes; up to the
    first other line (or two blank lines), at most :data:`MAX_COMMENTS` comments."""
    items: list[_Line] = []
    comments = 0
    author = False  # the line before named a comment's author: its text may follow
    j = i + 1
    while j < len(lines) and comments < MAX_COMMENTS:
        x = lines[j]
        if x.blank:
            if j + 1 < len(lines) and lines[j + 1].blank:
                break
        elif p.COMMENT_AUTHOR.fullmatch(undecorated(x.text)) or _reader_name(x.text):
            items.append(x)
            comments += 1
            author = True
        elif _comment_line(x.text) or (author and _comment_text(x.text)):
            items.append(x)
            comments += not author
            author = False
        elif x.reason in _THREAD_REASONS:
            items.append(x)
        else:
            break
        j += 1
    return items, comments


def _reader_name(line: str) -> bool:
    """A comment's author alone on a line: a name of two to four words ("Ibu Ety Souisa") or a
    handle ("bang_jali", "Rizky_Pratama88")."""
    return _bare_name(line) or p.HANDLE.fullmatch(line) is not None


def _comment_text(line: str) -> bool:
    """The text of a comment under its author's line: short, not a title-case headline nor a
    list item."""
    core = undecorated(line)
    return (core.count(" ") < _COMMENT_MAX_WORDS and p.NOT_A_HEADLINE.match(core) is None
            and not (_headline_shaped(core) and _title_case(core)))


def _comment_line(line: str) -> bool:
    """A reader's comment (:data:`newsner.normalize.patterns.COMMENT_LINE`) whose text is not a
    headline, not a lead opening with a dateline ("JawaPos.com - Arus penyeberangan ..."), not
    long."""
    m = p.COMMENT_LINE.match(line)
    return (m is not None and not _headline_shaped(line[m.end() - 1:])
            and p.DATELINE_OPENING.match(line) is None
            and line.count(" ") < _COMMENT_MAX_WORDS)


def _thread_mark(line: _Line) -> bool:
    """What shows a thread of comments: a reply button, a note on who answers for comments,
    a time ago, or a reader's handle ("Putri_Dumai", "yuliana.kupang"; not a domain)."""
    m = p.THREAD_MARK.search(line.text)
    return m is not None and (m.group("handle") is None
                              or p.TOP_LEVEL_DOMAIN.search(m.group("handle")) is None)


def _dated_subheading(lines: list[_Line], first: int) -> None:
    """A date alone (no time of day) right above the first paragraph and right under a page
    marker ("Halaman 2 dari 2") opens a page of the article: it is a dated subheading
    ("Senin, 3 Maret 2025"), not the page's timestamp."""
    above = [j for j in _neighbours(lines, first) if j < first] if first > 0 else []
    if not above or lines[above[0]].reason != "timestamp":
        return
    date = lines[above[0]]
    before = [j for j in _neighbours(lines, above[0]) if j < above[0]]
    if (p.DATE_ALONE.fullmatch(date.text) and before
            and lines[before[0]].reason == "pagination"):
        date.reason = date.scope = ""


def _credits_under_the_lead(lines: list[_Line], first: int) -> None:
    """Bylines and editor lines right under the first paragraph, as some outlets print them
    ("Penulis: Rikson Karundeng", "Editor: Tommy Waworundeng"), with the timestamps and
    counters beside them: a run of them up to the next line of another kind goes, when it holds
    a credit. A dated subheading or a source there alone stays (edge rules)."""
    run = []
    j = first + 1
    while 0 < j < len(lines) and (lines[j].blank or lines[j].reason in _CREDIT_REASONS
                                  or lines[j].reason in _BESIDE_CREDITS):
        run += [lines[j]] if lines[j].reason else []
        j += 1
    if any(x.reason in _CREDIT_REASONS or p.NAME_FIELD.search(x.text) for x in run):
        for x in run:
            x.scope = p.LEAD if x.scope == p.EDGE else x.scope


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
            and p.NOT_A_HEADLINE.match(line.text) is None
            and line.text[-1:] not in ";,." and _title_case(line.text))


def _tail_headline(line: str) -> bool:
    """A headline in a list of links at the page's end, where a question in sentence case
    ("Mengapa Tesla belum juga berinvestasi di Indonesia?") is one too."""
    if _headline_shaped(line):
        return True
    words = line.split()
    return (_HEADLINE_MIN_WORDS <= len(words) <= _HEADLINE_MAX_WORDS
            and len(line) <= _HEADLINE_MAX_LEN and p.NOT_A_HEADLINE.match(line) is None
            and p.TRAILING_BRACKET.sub("", line).rstrip(_CLOSERS)[-1:] in "?!")


def _tail_item(line: str) -> bool:
    """A headline (:func:`_tail_headline`) or a bulleted one in title case under a header at the
    page's end."""
    return _tail_headline(line) or _listed_headline(line)


def _closed(lines: list[_Line], run: list[int]) -> bool:
    """Whether the page ends after ``run``, or the next line after it is chrome."""
    after = _neighbours(lines, run[-1])
    nxt = [j for j in after if j > run[-1]]
    return not nxt or bool(lines[nxt[0]].reason)


def _tail_link_lists(lines: list[_Line], last: int) -> None:
    """Lists of links after the last body paragraph (edge chrome: nothing above ``last`` is
    read):

    * a header ("Berita Terkait", "Terpopuler Hari Ini") takes the headlines under it, a
      question among them, a single one set apart by a blank line too;
    * a widget title (:func:`_widget_title`) takes the title-case headlines under it, two at
      least (a subheading over an unmarked list, or over one line of an info box, stays);
    * a run of three or more topics (:func:`_tag_shaped`) between chrome lines is a tag list
      printed without its label.
    """
    for i in range(last + 1, len(lines)):
        line = lines[i]
        if _is_header(line):
            run, _ = _listed_under(lines, i, _tail_item, MAX_BLOCK)
            taken = [i, *run] if run else []
        elif _widget_title(line):
            run, _ = _listed_under(lines, i, _title_case_headline, MAX_BLOCK)
            taken = [i, *run] if len(run) >= 2 else []
        elif line.reason and line.reason != "advertisement":
            run, _ = _listed_under(lines, i, _bare_tag, MAX_TAGS)
            taken = run if len(run) >= _BARE_TAGS_MIN and _closed(lines, run) else []
            for k in taken:
                lines[k].reason, lines[k].scope = "tags", p.EDGE
            continue
        else:
            continue
        for k in taken:
            lines[k].reason, lines[k].scope = "related links", p.EDGE


def _bare_tag(line: str) -> bool:
    """A topic of a tag list printed one per line without a label: 1-4 words, no figures."""
    return (_tag_shaped(line) and "," not in line and not any(c.isdigit() for c in line)
            and ":" not in line)


def _classify(line: _Line) -> None:
    """Give ``line`` the reason and scope of the line rule that takes it, if any; a line of
    icons, figures and punctuation only is a widget ("💬 57", "▶ 02:14")."""
    core = undecorated(line.text)
    if not core:
        line.reason, line.scope = "buttons", p.ANYWHERE
        return
    rule = classify_line(core)
    if rule is None:
        if core != line.text:
            rule = classify_line(line.text)
        if rule is None:
            if len(core) <= _LETTERLESS_MAX_LEN and not any(c.isalpha() for c in core):
                line.reason, line.scope = "widgets", p.EDGE
            return
    line.reason, line.scope = rule.reason, rule.scope


def _label_shaped(line: str) -> bool:
    """A kicker or section label: at most three pieces of at most three words (four in
    capitals), six words in all, no clause and no sentence end ("RAMADAN 1445 H", "Makassar |
    Hukum & Kriminal", "Berita Ekonomi Bisnis"); a dateline on its own line ends in a dash
    and is not one."""
    if _ends_sentence(line) or line.endswith("-") or p.NOT_A_HEADLINE.match(line):
        return False
    pieces = [x for x in p.LABEL_SEPARATOR.split(line) if x.strip()]
    words = line.split()
    most = 4 if line.isupper() else 3  # "HUT PEKABARAN INJIL KE-170"
    return (0 < len(pieces) <= 3 and all(len(x.split()) <= most for x in pieces)
            and len(words) <= _KICKER_MAX_WORDS and p.CLAUSE_WORDS.isdisjoint(_words(line)))


def _head_labels_and_names(lines: list[_Line], first: int) -> None:
    """Chrome of the page's head that no line rule knows, placed by the page's first headline
    (the first headline-shaped line above the first paragraph no rule took):

    * menus in single spaces under other chrome (:func:`_menu_words`), which are no headline;
    * above it, kickers, section labels (:func:`_label_shaped`) and the site's slogan
      ("Koran Terbesar di Bumi Rafflesia"), when some chrome stands above it too (a pasted
      article with a short title and a subtitle keeps both);
    * a headline that the head prints again further down, chrome between the two copies
      (the page's title bar; the copy nearest the article stays);
    * below it, a bare name of two to four words with chrome under it: the author's byline
      ("Dimas Adi Nugroho" over the timestamp), not a dateline, which the lead follows.
    """
    head = range(max(first, 0))
    for i in head:  # a menu is no headline: "News Bandung Raya Jabar Ekbis Hiburan Sport"
        if (not lines[i].reason and _menu_words(lines[i].text)
                and any(lines[k].reason for k in range(i))):
            lines[i].reason, lines[i].scope = "menu", p.TOP
    seen: dict[str, int] = {}  # a headline's text -> where it stands last
    for i in reversed(head):
        line = lines[i]
        if line.reason or not _tail_headline(line.text):
            continue
        key = " ".join(line.text.split()).casefold()
        if key in seen and any(lines[k].reason for k in range(i + 1, seen[key])):
            line.reason, line.scope = "title bar", p.TOP
        seen.setdefault(key, i)
    top = next((i for i in head if not lines[i].reason and _tail_headline(lines[i].text)), None)
    if top is None:
        return
    for i in head:
        line = lines[i]
        if not line.text or (line.reason and line.scope != p.HEAD):
            continue
        if i < top:
            if not any(lines[k].reason for k in range(top)):
                continue
            if p.SLOGAN.fullmatch(line.text) and len(line.text.split()) <= _KICKER_MAX_WORDS + 1:
                line.reason, line.scope = "site label", p.TOP
            elif _label_shaped(line.text):
                line.reason, line.scope = "section label", p.TOP
        elif i > top and _bare_name(line.text):
            below = [k for k in _neighbours(lines, i) if k > i]
            if below and lines[below[0]].reason not in ("", "advertisement"):
                line.reason, line.scope = "byline", p.TOP


def _menu_words(line: str) -> bool:
    """A menu in single spaces above the first headline: five or more capitalised words, no
    figures or punctuation, two of them site sections ("Cirebon Raya Kuningan Nasional
    Hiburan Indeks")."""
    words = line.split()
    return (len(words) >= _MENU_MIN_WORDS and p.MENU_WORDS.fullmatch(line) is not None
            and sum(w.casefold() in p.SECTION_WORDS for w in words) >= 2)


def _bare_name(line: str) -> bool:
    """Two to four capitalised words and nothing else ("Dimas Adi Nugroho")."""
    words = line.split()
    return (2 <= len(words) <= 4 and p.NAME_PIECE.fullmatch(line) is not None
            and not line.isupper())


def _outlet_keys(token: str) -> set[str]:
    """What a domain or e-mail address names: "sumutpos.jawapos.com" -> {"sumutpos", "jawapos"};
    a government, school or association domain names no outlet."""
    labels = token.casefold().rsplit("@", 1)[-1].strip(".,;:()[]<>\"'").split(".")
    if len(labels) < 2 or p.NON_OUTLET_LABELS.intersection(labels[1:-1]):
        return set()
    return {x.replace("-", "") for x in labels[:-1]
            if len(x) >= 3 and x not in p.DOMAIN_LABELS and not x.isdigit()}


def _sub_brand(word: str, keys: set[str]) -> bool:
    """An outlet's channel written in camel case after its name ("detikFinance")."""
    cut = next((k for k in range(1, len(word)) if word[k].isupper()), 0)
    return cut > 0 and word[:cut].islower() and word[:cut] in keys and len(word) > cut + 1


def _compact(words: list[str]) -> str:
    return "".join(c for c in "".join(words).casefold() if c.isalnum())


def _own_outlets(text: str) -> set[str]:
    """The names this page gives its outlet, compacted ("batampos", "idntimes"): the sites in
    its domains and e-mail addresses, the outlets of its datelines, and the name beside its
    copyright sign ("© 2026 Kabar Madura")."""
    keys: set[str] = set()
    for m in p.TOP_LEVEL_DOMAIN.finditer(text):  # then the token around it: no backtracking
        start = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        keys |= _outlet_keys(text[start:m.end()])
    for start, end in find_datelines(text)[1]:
        name = text[start:end].strip("() ")
        keys |= _outlet_keys(name) if "." in name else {_compact(name.split())}
    signed = [line for line in text.split("\n") if "©" in line] if "©" in text else []
    for part in (x.strip(" .-") for line in signed for x in p.COPYRIGHT_PARTS.split(line)):
        words = part.split()
        if (0 < len(words) <= _COPYRIGHT_NAME_MAX_WORDS
                and p.COPYRIGHT_WORDS.isdisjoint(w.casefold() for w in words)):
            keys |= _outlet_keys(part) if "." in part else {_compact(words)}
            if len(words) > 1 and words[-1].casefold() in p.OUTLET_SUFFIXES:
                keys.add(_compact(words[:-1]))
    keys.discard("")
    return keys


def _outlet_rest(line: str, keys: set[str]) -> tuple[list[str], int, int, str] | None:
    """The words of ``line`` besides the outlet's name, the indices of the name's first word
    and of the word after it (first occurrence), and what stands between the name and the
    next word with a letter or figure ("  ", " - "); ``None`` if the line does not name the
    outlet."""
    folded = _compact([line])
    if not any(k in folded for k in keys):
        return None
    spans = [m.span() for m in p.WORD.finditer(line)]
    words = [line[a:b] for a, b in spans]
    compact = [_compact([w]) for w in words]
    named = [False] * len(words)
    start = after = -1
    for i, word in enumerate(words):
        if named[i]:
            continue
        n = 1 if (("." in word or "@" in word) and _outlet_keys(word) & keys) or _sub_brand(
            word, keys) else next(
            (n for n in (1, 2, 3) if i + n <= len(words) and "".join(compact[i:i + n]) in keys),
            0)
        if n:
            named[i:i + n] = [True] * n
            if after < 0:
                start, after = i, i + n
    if after < 0:
        return None
    rest = [w for w, n in zip(words, named, strict=True) if not n and any(c.isalnum() for c in w)]
    nxt = next((k for k in range(after, len(words)) if any(c.isalnum() for c in words[k])),
               len(words))
    gap = line[spans[after - 1][1]:spans[nxt][0]] if nxt < len(words) else ""
    return rest, start, after, gap


def _outlet_line(line: str, keys: set[str], where: str) -> bool:
    """Whether ``line``, at the page's ``where`` ("head", "body" or "tail"), is the page's own
    outlet beside a slogan, a product or a prompt (see :func:`_own_outlet_lines`)."""
    if p.DATELINE_SHAPE.match(line) or p.NOT_A_HEADLINE.match(line):
        return False  # "Jakarta, CNN Indonesia -", "- Liputan6.com, Jakarta - ...": article
    found = _outlet_rest(line, keys)
    if found is None:
        return False
    rest, start, after, gap = found
    if len(rest) <= 2 and p.TWO_PARTS.fullmatch(line):
        return False  # "Jakarta, CNN Indonesia": a dateline on its own line
    words = line.split()
    if where == "body":  # "VIDEO NGOPIBARENG", "Kompas.com Play", "Sumber: Bola.com"
        return len(rest) <= 1 and len(words) <= _OUTLET_BODY_MAX_WORDS and not line.endswith(":")
    about = after < len(words) and words[after].casefold() in p.SELF_DESCRIPTION
    if about:
        return True
    if where == "head":
        apart = (start == 0 and len(rest) <= 2) or p.NAME_GAP.fullmatch(gap) is not None
        ok = apart and len(rest) <= _OUTLET_LINE_MAX_REST
    else:
        ok = len(rest) <= _OUTLET_LINE_MAX_REST + 2
    return (ok and not _ends_sentence(line)
            and p.REPORT_WORDS.isdisjoint(w.casefold().strip(".,;:!?") for w in rest))


def _own_outlet_lines(text: str, lines: list[_Line], first: int, last: int) -> None:
    """A short line that names the page's own outlet (:func:`_own_outlets`) beside a slogan,
    a product or a prompt: at the page's head or tail "Gorontalo Post - Jernih Melihat",
    "Solopos.com  Panduan Informasi", "PT Indozone Media Indonesia", "Punya cerita? Kirim ke
    redaksi@indozone.id" and an outlet's sentence about itself ("ERA.id adalah media online
    ..."); anywhere, the name with one word at most ("VIDEO NGOPIBARENG", "Sumber: Bola.com").
    In the head the name must stand apart (a separator after it, or the name first and two
    words at most besides it), so a title or a caption that names the outlet stays; a
    dateline never goes."""
    candidates = []
    for i, line in enumerate(lines):
        if not line.text or (line.reason and line.scope not in (p.HEAD, p.EDGE)):
            continue
        where = "head" if i < first else "tail" if i > last else "body"
        core = undecorated(line.text)
        n = core.count(" ") + 1  # at most the words (cheap: paragraphs go here)
        if core and n <= (_OUTLET_BODY_MAX_WORDS if where == "body" else _OUTLET_LINE_MAX_WORDS):
            candidates.append((i, where, core))
    keys = _own_outlets(text) if candidates else set()
    if not keys:
        return
    for i, where, core in candidates:
        if _outlet_line(core, keys, where):
            lines[i].reason = "site label"
            lines[i].scope = p.ANYWHERE if where == "body" else p.EDGE


def find_chrome(text: str) -> list[Cut]:
    """Spans of ``text`` (already character-cleaned) that are page chrome, sorted."""
    lines = _split_lines(text)
    for line in lines:
        if line.text:
            _classify(line)
    _verse_banner(lines)
    _header_blocks(lines)
    _signoffs(lines)
    for i, line in enumerate(lines):
        if line.reason or not line.text:
            continue
        core = undecorated(line.text)
        scope = _composite(core)
        if _video_teaser(lines, i, core):
            line.reason, line.scope = "video", p.ANYWHERE
        elif scope is not None:
            line.reason, line.scope = "byline" if scope == p.TOP else "widgets", scope
        elif _menu_line(core):
            line.reason, line.scope = "menu", p.EDGE
        elif _ticker(core) and not any(_table_row(lines[j].text) for j in _neighbours(lines, i)):
            line.reason, line.scope = "ticker", p.EDGE  # a table's rows have neighbours
        elif _section_label(core):
            line.reason, line.scope = "section label", p.HEAD
    _comment_threads(lines)
    body = [i for i, line in enumerate(lines) if _is_paragraph(line)]
    # with no body paragraph there is no head or tail: a short text is all article
    first, last = (body[0], body[-1]) if body else (-1, len(lines))
    # the head ends at the first paragraph that is not a question nor a caption: a title in
    # sentence case ("Kamala Harris kantongi dukungan – Apa artinya bagi Indonesia?") or a
    # photo's caption above the lead ("... (23/10/2026). RADAR/Name") is not the body yet
    first = next((i for i in body if lines[i].text.rstrip(_CLOSERS)[-1:] not in "?!"
                  and not _captioned(lines[i])), first)
    # the tail starts after the last paragraph of some length: a short sentence under the
    # article ("Belum ada komentar. Jadilah yang pertama!") does not move it down, nor does a
    # question (a related headline in sentence case)
    last = next((i for i in reversed(body)
                 if len(lines[i].text.split()) >= _TAIL_PARAGRAPH_MIN_WORDS
                 and lines[i].text.rstrip(_CLOSERS)[-1:] not in "?!"), last)
    title = _title_index(lines, first)
    _dated_subheading(lines, first)
    _head_labels_and_names(lines, first)
    _tail_link_lists(lines, last)
    _own_outlet_lines(text, lines, first, last)
    _credits_under_the_lead(lines, first)
    _sources_under_lists(lines)
    cuts: list[Cut] = []
    for i, line in enumerate(lines):
        if line.blank:
            continue
        if line.reason and (line.scope in (p.ANYWHERE, p.HEADER) or i < title
                            or (line.scope in (p.EDGE, p.TOP) and i < first)
                            or (line.scope == p.EDGE and i > last)
                            or line.scope == p.LEAD):
            cuts.append(Cut(line.start, line.end, line.reason))
            continue
        for s, e, reason in _inline(line):
            cuts.append(Cut(line.start + s, line.start + e, reason))
    return cuts
