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
  give the outlet's names (:mod:`newsner.normalize.outlets`); a short line at the head or tail
  that is the name and a slogan or a prompt ("Gorontalo Post - Jernih Melihat"), or anywhere
  the name and one word ("VIDEO NGOPIBARENG"), is the site's label. Readers' comment threads
  are read in :mod:`newsner.normalize.threads`.
* **Icons are decoration.** "☰ Menu", "💬 12 Komentar", "« Sebelumnya | Selanjutnya »" are read
  without their icons (:func:`newsner.normalize.lines.undecorated`).

* **A learned reader sees what the rules kept, within a bound.** With the model folder's line
  model (:mod:`newsner.normalize.linemodel`), :func:`find_chrome` also drops the lines it
  scores as chrome, among :func:`model_candidates` only: short lines that are no title,
  caption, list item, table row or list label. No paragraph, headline or table is in reach.

A few kinds are cut out of an article line instead of the whole line (ad markers, photo credits
in brackets, "(ams/ams)" editor codes at a paragraph end).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import regex

from newsner.normalize import patterns as p
from newsner.normalize.linemodel import LineModel
from newsner.normalize.lines import (
    CLOSERS,
    HEADLINE_MIN_WORDS,
    Line,
    bare_name,
    ends_sentence,
    headline_shaped,
    nearest_above,
    nearest_below,
    neighbours,
    split_lines,
    tail_headline,
    title_case,
    undecorated,
    words_of,
)
from newsner.normalize.outlets import own_outlet_lines
from newsner.normalize.threads import comment_threads

#: At most this many lines go with one related-links header, and with one tag-list label.
MAX_BLOCK = 8
#: A widget's table (standings, results) has at most this many rows, its header among them.
MAX_TABLE_ROWS = 25
MAX_TAGS = 15
#: Menus and lines of widgets are shorter than this.
_MENU_MAX_LEN = 300
_TICKER_MAX_LEN = 300
#: Pieces with a figure that make a line of readings a ticker without a price or degree mark.
_TICKER_MIN_FIGURES = 3
_TICKER_PIECE_MAX_WORDS = 8
_TICKER_ITEM_MAX_WORDS = 20
#: A ticker with no label: three headlines of three words or more.
_BARE_TICKER_MIN_ITEMS = 3
_BARE_TICKER_ITEM_MIN_WORDS = 3
#: ... so such a line has this many spaces at least (a label and two items, marks between).
_BARE_TICKER_MIN_SPACES = 8
#: A section label or menu entry above the article: one or two words.
_LABEL_MAX_WORDS = 2
_LABEL_MAX_LEN = 30
#: Longest title of a list of links at the page's end ("Berita Lainnya dari Kota Ini").
_TITLE_MAX_WORDS = 5
#: A sentence's end and the spaces after it (:data:`newsner.normalize.patterns.SENTENCE_GAP`).
_SENTENCE_GAP_MAX = 4
#: A banner above the headline stands this many lines above it at most.
_BANNER_REACH = 16
#: A title over a widget's table ("Jadwal Imsakiyah Sragen dan Sekitarnya, Kamis ...").
_TABLE_TITLE_MAX_WORDS = 14
#: A widget's title over a line of the widget ("Harga Pangan DIY Hari Ini (PIHPS)"), unless
#: it dates the widget ("Jadwal Salat Kudus dan Sekitarnya, Selasa 10 September 2024").
_WIDGET_TITLE_MAX_WORDS = 8
#: A body paragraph ends like a sentence and has this many words, or is this long anyway.
_PARAGRAPH_MIN_WORDS = 6
_PARAGRAPH_LONG_WORDS = 20
_TAIL_PARAGRAPH_MIN_WORDS = 12
#: The reasons of credit lines that some outlets print right under the lead paragraph.
_CREDIT_REASONS = frozenset({"reporter and editor", "byline"})
_BESIDE_CREDITS = frozenset({"timestamp", "comments", "widgets"})
#: A menu in single spaces has at least this many words.
_MENU_MIN_WORDS = 5
#: A site's slogan above the title has at most this many words.
_SLOGAN_MAX_WORDS = 9
#: A masthead's line (slogan, date) has at most this many words; a menu bar this many links.
_MASTHEAD_MAX_WORDS = 8
_NAV_MIN_LINKS = 4
#: An ad's text under its marker has at most this many words.
_AD_MAX_WORDS = 25
#: Dated subheadings of one shape in the body that make a series (a live report's).
_DATED_SUBHEADINGS_MIN = 2
#: A sentence that introduces a list or a table has this many words at least; a table's row
#: this many cells.
_INTRO_MIN_WORDS = 4
_TABLE_MIN_CELLS = 3
#: Reasons given for a line's shape alone, which a list's or a table's line may have.
_SHAPE_REASONS = frozenset({"menu", "ticker", "widgets", "tags", "timestamp", "section label",
                            "site label", "source", "byline", "reporter and editor"})
#: Lines of a widget, under its title.
_WIDGET_REASONS = frozenset({"widgets", "ticker", "menu"})
#: At most this many of the outlet's sentences about itself close a page.
_SELF_DESCRIPTIONS_MAX = 3
#: A note on the author has at most this many words; a credited name this many letters.
_AUTHOR_NOTE_MAX_WORDS = 60
_NAME_MIN_LEN = 4
#: A section label's shape over a byline is a title with this many words ("Pasar Beringin
#: Terbakar"); a label has fewer ("Hukum & Kriminal").
_SHORT_TITLE_WORDS = 3
#: A kicker or section label above the title has at most this many words.
_KICKER_MAX_WORDS = 6
#: Topics one per line after chrome, with no label above them: at least this many.
_BARE_TAGS_MIN = 3
_ARABIC_MIN_SHARE = 0.5
#: The reason given for a line the learned reader takes.
LEARNED = "chrome (line model)"
#: Lines of this many words or more are never the learned reader's to take: a paragraph, a
#: headline, a reader's comment are the rules' to decide.
_MODEL_MAX_WORDS = 6


@dataclass(frozen=True)
class Cut:
    """A span of the cleaned text to leave out, in that text's coordinates."""

    start: int
    end: int
    reason: str


#: A line without letters at most this long is a widget ("💬 57", "▶ 02:14", "2").
_LETTERLESS_MAX_LEN = 20


def _accepts(rule: p.LineRule, line: str, words: list[set[str]]) -> bool:
    """Whether ``rule`` takes ``line``; ``words`` caches the line's words (read once)."""
    if len(line) > rule.max_len:
        return False
    if rule.guard is not None and rule.guard.search(line) is None:
        return False
    if rule.also is not None and rule.also.search(line) is None:
        return False
    if rule.pattern.fullmatch(line) is None:
        return False
    if not rule.closed:
        return True
    if not words:
        words.append(words_of(line))
    return rule.closed.isdisjoint(words[0])


def classify_line(line: str) -> p.LineRule | None:
    """The rule that takes the whole stripped ``line`` as chrome, if any (scope aside)."""
    if len(line) > p.LINE_MAX_LEN or p.NUMBERED_ITEM.match(line):
        return None
    words: list[set[str]] = []
    n = len(line)
    combined = next((c for length, c in p.LINE_RULES_BY_LENGTH if n > length),
                    p.LINE_RULES_COMBINED)
    m = combined.fullmatch(line)
    if m is not None:
        first = _RULE_INDEX[m.lastgroup]  # type: ignore[index]
        for rule in p.ALL_LINE_RULES[first:]:
            if _accepts(rule, line, words):
                return rule
    for rule in p.GUARDED_LINE_RULES:  # the cheap checks inline: most lines fail them
        if n > rule.max_len or (rule.guard is not None and rule.guard.search(line) is None):
            continue
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


def _listed_headline(line: str) -> bool:
    """A headline under a header, or a bulleted one in title case ("• DPRD Tangsel Panggil
    DLH Soal Longsor Sampah Cipeucang"); an article's bulleted list is in sentence case."""
    m = p.BULLET.match(line)
    return headline_shaped(line[m.end():] if m else line) and (m is None or title_case(line))


def _ranked_headline(line: str) -> bool:
    """A headline of a ranked list, its rank number before it or not."""
    m = p.RANK.match(line)
    return headline_shaped(line[m.end():] if m else line)


def _tag_shaped(line: str) -> bool:
    """A topic under a tag label (1-4 words, no sentence end), or a line of them separated by
    commas ("Dana Insentif Fiskal, Kementerian Keuangan, Sri Mulyani")."""
    if ends_sentence(line) or p.NOT_A_HEADLINE.match(line) is not None:
        return False
    items = [i.strip() for i in line.split(",")]
    if len(items) > 1:
        return p.CLAUSE_WORDS.isdisjoint(words_of(line)) and all(
            0 < len(i.split()) <= 4 for i in items)
    return len(line.split()) <= 4 and len(line) <= 40


def _menu_line(line: str) -> bool:
    """A navigation bar, a footer menu or a list of topics: several short items and nothing else.

    Items are separated by two spaces or a dot ("Home  News  Bola", "A · B · C") or, when there
    are many of them, by bars; a table row has few cells or figures in them.
    """
    if len(line) > _MENU_MAX_LEN or ends_sentence(line):
        return False  # a paragraph, the common case: no need to look at its words
    if not p.CLAUSE_WORDS.isdisjoint(words_of(line)):
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
    pieces = [x.strip() for x in p.PIECE_SEPARATOR.split(line) if x.strip(" |·•")]
    if len(pieces) < 2:
        return None
    scopes = []
    share = False
    counts = 0  # pieces that are figures only
    timed = ruled = stamped = False  # a time; chrome of another kind; a publication time
    cores = [undecorated(x) for x in pieces]
    for piece in cores:
        if piece.casefold() in p.SHARE_ICONS:  # "f", "X", "in", "WA" on a share bar
            share = True
            continue
        rule = None if piece.isdigit() else classify_line(piece)  # "1" of "1 | Persib | ..."
        if rule is None and not any(c.isalpha() for c in piece) and len(piece) <= 12:
            counts += 1  # a count beside an icon ("💬 5"): chrome only beside a share bar
            continue
        if rule is not None and rule.reason != "tags":  # lower-case words: any table cell
            scopes.append(p.ANYWHERE if rule.scope == p.HEADER else rule.scope)
            timed = timed or rule.reason == "video duration"
            ruled = ruled or rule.reason != "video duration"
            stamped = stamped or rule.reason == "timestamp"
            # a share bar or a player is chrome wherever it stands, and so is its line
            share = share or rule.reason in ("share buttons", "video") or (
                p.THREAD_BUTTON.fullmatch(piece) is not None)
        elif p.NAME_PIECE.fullmatch(piece) is None and p.TIME_PIECE.fullmatch(piece) is None:
            return None
    if share and scopes:
        return p.ANYWHERE
    if counts and not (stamped and p.ICONS.search(line)):
        # figures beside other pieces: a table's row ("1 | Persib | 8 | 18"); beside a
        # publication time and an icon, a counter ("Rabu, 26 Juni 2024 • 14:20 • 💬 34")
        return None
    if timed and not ruled and all(
            p.DURATION.fullmatch(x) or p.NAME_PIECE.fullmatch(x) for x in cores):
        # a time beside a name may be a table's row ("Jakarta | 09:00"): a player's teaser
        # is told by its neighbours (_video_teaser)
        return p.EDGE
    if not scopes:  # names only: "Dwi Ardiansyah | Rendy Saputra", a byline under the title
        two_words = all(len(x.split()) >= 2 for x in pieces)
        return p.TOP if two_words and "|" in line else None
    return p.ANYWHERE if all(x == p.ANYWHERE for x in scopes) else p.EDGE


def _video_teaser(lines: list[Line], i: int, core: str) -> bool:
    """A player's teaser: a title and its duration ("Kisah Perajin Tenun Sumba | 03:12",
    "Tribun Video | 02:15", "Musisi Kafe di Malang Curhat soal Royalti (03:05)"). A table
    row can pair a cell with a time of day, so a line next to another line with cells is not
    one."""
    if " | " not in core and " · " not in core and not core.endswith(")"):
        return False
    m = p.TRAILING_DURATION.search(core)
    if m and " | " not in core:  # "Musisi Kafe di Malang Curhat soal Royalti (03:05)"
        return headline_shaped(core[: m.start()])
    pieces = [x.strip() for x in p.TEASER_SEPARATOR.split(core)]
    marks = [bool(p.DURATION.fullmatch(x) or p.VIDEO_CHANNEL.fullmatch(x)) for x in pieces]
    if len(pieces) != 2 or not any(marks):
        return False
    title = pieces[1] if marks[0] else pieces[0]
    if not (headline_shaped(title) or p.NAME_PIECE.fullmatch(title)
            or classify_line(title) is not None):
        return False
    # a row of a table beside it (not a line already taken, like "▶ VIDEO | Banjir ...", nor
    # another teaser with its duration)
    return not any(" | " in lines[j].text and not lines[j].reason
                   and p.DURATION.search(lines[j].text) is None for j in neighbours(lines, i))


def _ticker(line: str) -> bool:
    """A ticker of prices, rates or weather: two or more pieces, two of them priced, in
    degrees or with an arrow ("Emas Antam Rp1.712.000/gr ▲ | USD/IDR 16.385 ▼ | ...",
    "Padang 29°C Berawan | ..."). A table's row has figures too, but not these marks."""
    if len(line) > _TICKER_MAX_LEN or p.DIGIT.search(line) is None:
        return False
    pieces = p.TICKER_SEPARATOR.split(line)
    if len(pieces) >= _TICKER_MIN_FIGURES and all(
            len(x.split()) <= _TICKER_PIECE_MAX_WORDS for x in pieces):
        # a widget of readings, each a name and its figure: "ISPU Pekanbaru 168 (Tidak
        # Sehat) · Dumai 142 · Siak 131"; a table's row has cells of figures alone
        read = [any(c.isdigit() for c in x) and any(c.isalpha() for c in x) for x in pieces]
        return sum(read) >= _TICKER_MIN_FIGURES and all(
            read_ or not any(c.isdigit() for c in x) for read_, x in zip(read, pieces, strict=True))
    return len(pieces) >= 2 and sum(p.TICK.search(x) is not None for x in pieces) >= 2


def _headline_ticker(line: str) -> bool:
    """A ticker's label, then two or more headlines between separators ("TERKINI  ▸ Harga
    Beras Naik  ▸ KPU Tetapkan 580 Anggota DPR"); a sentence has no such separators."""
    m = p.TICKER_LABEL.match(line)
    gap = p.TICKER_GAP.match(line, m.end()) if m else None
    if gap is None:
        return False
    items = [x for x in p.HEADLINE_SEPARATOR.split(line[gap.end():]) if x.strip()]
    if any(ends_sentence(x) for x in items):
        return False
    if len(items) >= 2:  # headlines between the ticker's marks
        return all(3 <= len(x.split()) <= _TICKER_ITEM_MAX_WORDS for x in items)
    # or one headline after a wide gap or a dash ("BREAKING NEWS  Tol Surabaya-Gresik Padat
    # Merayap di KM 8, Polisi Berlakukan Contraflow"); after a colon it may be the title
    return (len(items) == 1 and headline_shaped(undecorated(items[0]))
            and ":" not in gap.group())


def _bare_ticker(line: str) -> bool:
    """A ticker with no label: three headlines or more between bullets or arrows (">> Jalan
    Trans Sarmi kembali bisa dilalui >> Pemkab Sarmi umumkan ..."), or two after a label in
    capitals ("SIAGA BANJIR • Debit Lae Souraya Terus Naik • Posko Utama di ..."). A list
    written on one line has shorter items; a table's cells stand between bars, which do not
    count here."""
    if line.count(" ") < _BARE_TICKER_MIN_SPACES or p.BULLET_HINT.search(line) is None:
        return False
    items = [x for x in p.BULLET_SEPARATOR.split(line) if x.strip()]
    least = _BARE_TICKER_MIN_ITEMS
    if len(items) >= _BARE_TICKER_MIN_ITEMS and items[0].isupper() and len(items[0].split()) <= 3:
        items, least = items[1:], _BARE_TICKER_MIN_ITEMS - 1
    return (len(items) >= least and not any(ends_sentence(x) for x in items)
            and all(_BARE_TICKER_ITEM_MIN_WORDS <= len(x.split()) <= _TICKER_ITEM_MAX_WORDS
                    for x in items))


def _plain_row(line: Line) -> bool:
    """A table's row that no rule took and that is no ticker or menu itself: a line beside it
    with cells is a row of the same table (a header, another row)."""
    if line.reason or not _table_row(line.text):
        return False
    core = line.core
    return not (_ticker(core) or _menu_line(core) or _headline_ticker(core))


def _table_row(line: str) -> bool:
    """Three cells or more, one with a figure: a row of a table."""
    return len(p.TICKER_SEPARATOR.split(line)) >= 3 and any(c.isdigit() for c in line)


def _section_label(line: str) -> bool:
    """A one- or two-word label ("Nasional", "LIVE UPDATE", "Liga Indonesia"): letters only,
    so a dateline on its own line ("REPUBLIKA.CO.ID, JAKARTA") is not one."""
    if len(line) > _LABEL_MAX_LEN:
        return False
    words = [w for w in line.split() if w not in ("&", "dan")]  # "Hukum & Kriminal"
    return (len(words) <= _LABEL_MAX_WORDS and p.LABEL_CHARS.fullmatch(line) is not None
            and p.QA_LABEL.fullmatch(line) is None)


def _title_index(lines: list[Line], first: int) -> int:
    """The page's headline: the last line of four or more words (with letters) above the first
    paragraph that no rule took, and no caption (``first`` when there is none). Labels go only
    above it, so a name or a subtitle between the headline and the lead stays."""
    for i in range(first - 1, -1, -1):
        line = lines[i]
        if (not line.reason and not _captioned(line)
                and sum(any(c.isalpha() for c in w) for w in line.text.split()) >= 4):
            return i  # a photo's caption over the lead is no headline, nor "↗ 88 💬 4 Simpan"
    return first


def _captioned(line: Line) -> bool:
    """Whether ``line`` ends in a photo's credit, as a caption does."""
    return any(reason == "photo credit" and end == len(line.text)
               for _, end, reason in _inline(line))


def _inline(line: Line) -> list[tuple[int, int, str]]:
    """:func:`inline_cuts` of ``line``, read once."""
    if line.inline is None:
        line.inline = inline_cuts(line.text)
    return line.inline


def _is_paragraph(line: Line) -> bool:
    """A body paragraph: a line no rule took that reads as a sentence (or is long anyway), and
    not shaped like a headline (a 20-word headline is the page's title, not its body)."""
    if line.reason or line.blank:
        return False
    n = line.words
    return ((n >= _PARAGRAPH_LONG_WORDS or (n >= _PARAGRAPH_MIN_WORDS
                                            and ends_sentence(line.text)))
            and not headline_shaped(line.text))


def rule_matches(rule: p.InlineRule, line: str) -> Iterable[regex.Match[str]]:
    """Where ``rule``'s pattern matches ``line``: in its last ``window`` characters, and for a
    rule ``after_sentence`` only right after a sentence's end (its first such match)."""
    pos = max(0, len(line) - rule.window) if rule.window else 0
    if not rule.after_sentence:
        return rule.pattern.finditer(line, pos)
    gaps = (g.end() for g in p.SENTENCE_GAP.finditer(line, max(0, pos - _SENTENCE_GAP_MAX)))
    matches = (rule.pattern.match(line, start) for start in gaps if start >= pos)
    first = next((m for m in matches if m is not None), None)
    return [first] if first is not None else []


def inline_cuts(line: str) -> list[tuple[int, int, str]]:
    """Chrome spans inside an article line, relative to the line, sorted, non-overlapping."""
    found: list[tuple[int, int, str]] = []
    m = p.RELATED_MARKER.match(line)
    if m:  # long line starting "Baca juga:": drop the label, keep the text (it may be article)
        found.append((0, m.end(), "related links"))
    for rule in p.INLINE_RULES:
        if rule.guard is not None:
            if rule.guard.search(line) is None:
                continue
        elif rule.triggers and rule.triggers[0] not in line:
            continue
        if not rule.cells and ("\t" in line or " | " in line):
            continue
        for m in rule_matches(rule, line):
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


def _is_header(line: Line) -> bool:
    """A label that lists links or topics on the lines under it."""
    if line.scope == p.HEADER:
        return True
    if line.reason == "related links":  # "Simak juga video pilihan berikut ini:"
        return line.text.endswith(":")
    return bool(line.reason) and p.TAGS_HEADER.fullmatch(line.text) is not None


def _header_blocks(lines: list[Line]) -> None:
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


def _listed_under(lines: list[Line], i: int, shaped: Callable[[str], bool], limit: int,
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
        elif ((nxt.reason and nxt.scope != p.HEAD) or not shaped(nxt.text) or _captioned(nxt)
              or p.INFO_ITEM.fullmatch(nxt.text) or (not run and _over_byline(lines, j))):
            # a one- or two-word label (HEAD) may be an item: "APBN", "Polda Jabar"; a line
            # ending in a photo's credit is a caption, and a field with its value a line of an
            # info box ("Call center Polres Tasikmalaya Kota: 110"): the article's own; a
            # headline right under the header and over its author's byline is the page's
            # title under a section label ("Berita Utama", "GALERI FOTO")
            break
        else:
            run.append(j)
        j += 1
    return run, detached


def _over_byline(lines: list[Line], i: int) -> bool:
    """Whether the line under line ``i`` credits an author ("Oleh Irfan Maulana, Senin ...",
    "Fotografer: Bagas Wirawan | Teks: ...")."""
    below = nearest_below(lines, i)
    if not below:
        return False
    under = lines[below[0]]
    byline = p.NAME_BEFORE_DASH.fullmatch(under.text)  # "Sinta Maharani - Koba News"
    return under.reason in _CREDIT_REASONS or (
        under.reason == "timestamp" and p.NAME_FIELD.search(under.text) is not None) or (
        byline is not None and bare_name(byline.group(1)) and bare_name(byline.group(2)))


def _verse_banner(lines: list[Line]) -> None:
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


def _signoffs(lines: list[Line]) -> None:
    """Mark a reporter's sign-off ("ANDITA RAHMA" at the end of a Tempo article) as edge chrome.

    Only names the page itself gave in a reporter/editor line count, so this never guesses.
    """
    names = _credited_names(lines)
    if not names:
        return
    for line in lines:
        if not line.reason and line.text and " ".join(line.text.split()).casefold() in names:
            line.reason, line.scope = "reporter and editor", p.EDGE


def _dated_subheading(lines: list[Line], first: int) -> None:
    """A date alone (no time of day) right above the first paragraph and right under a page
    marker ("Halaman 2 dari 2") opens a page of the article: it is a dated subheading
    ("Senin, 3 Maret 2025"), not the page's timestamp."""
    above = nearest_above(lines, first)
    if not above or lines[above[0]].reason != "timestamp":
        return
    date = lines[above[0]]
    before = nearest_above(lines, above[0])
    # under a live page's note ("Halaman ini diperbarui secara berkala.") it may hold a time;
    # so may the first of a live report's dated subheadings, printed like two in the body
    if (before and ((p.DATE_ALONE.fullmatch(date.text) and lines[before[0]].reason == "pagination")
                    or lines[before[0]].reason == "live report")) or sum(
            x.reason == "timestamp" and _shape(x.text) == _shape(date.text)
            for x in lines[first + 1:]) >= _DATED_SUBHEADINGS_MIN:
        date.reason = date.scope = ""


def _day_over_timed_subheadings(lines: list[Line], first: int) -> None:
    """A date alone right over a subheading under the hour ("Sabtu, 12 April 2025" over
    "10.05 WIB — Wali Kota Tiba di Lokasi") is the day of a live report, above its lead."""
    for i in range(max(first, 0)):
        line = lines[i]
        if line.reason != "timestamp" or not p.DATE_ALONE.fullmatch(line.text):
            continue
        below = nearest_below(lines, i)
        if below and p.TIMED_SUBHEADING.fullmatch(lines[below[0]].text):
            line.reason = line.scope = ""


def _dated_subheadings_in_tail(lines: list[Line], last: int) -> None:
    """A date after the last long paragraph, between two sentences of the article, is a live
    report's dated subheading ("Senin, 7 April 2025, 06.00 WIB", then "Arus kendaraan masih
    lancar. ... ***"), not the page's timestamp (nor a comment's date under its author)."""
    for i in range(last + 1, len(lines)):
        if lines[i].reason != "timestamp":
            continue
        around = neighbours(lines, i)
        if len(around) == 2 and all(not lines[j].reason
                                    and ends_sentence(lines[j].text.rstrip(" *#~"))
                                    for j in around):
            lines[i].reason = lines[i].scope = ""


def _shape(line: str) -> str:
    """A line's punctuation with its words and figures as one mark each."""
    return p.WORD_RUN.sub("w", line)


def _credits_under_the_lead(lines: list[Line], first: int) -> None:
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


def _sources_under_lists(lines: list[Line]) -> None:
    """A "Sumber: BMKG" line directly under a list item or a table row is that list's data
    source, article text: it keeps its line wherever the list stands."""
    for i, line in enumerate(lines):
        if line.reason not in ("source", "site label") or not p.SOURCE_LINE.match(line.text):
            continue
        above = nearest_above(lines, i)
        prev = lines[above[0]] if above else None
        if (prev is not None and not prev.reason
                and (p.NOT_A_HEADLINE.match(prev.text) or " | " in prev.text
                     or p.FIELD_LINE.fullmatch(prev.text))):
            line.reason, line.scope = "", ""


def _fields_in_info_boxes(lines: list[Line]) -> None:
    """A field right beside another field of an info box is the box's line: an address
    ("WhatsApp Pengaduan: 0811-...", then "Kantor Pusat: Jalan Siliwangi No. 5, Pancoran Mas,
    Depok", or the other way round) is not the site's office, nor a contact that names the
    outlet its label."""
    for i, line in enumerate(lines):
        if line.reason not in ("address", "site label") or not p.FIELD_LINE.fullmatch(line.text):
            continue
        if any(not lines[j].reason and p.FIELD_LINE.fullmatch(lines[j].text)
               for j in neighbours(lines, i)):
            line.reason = line.scope = ""


def _introduced_lists(lines: list[Line]) -> None:
    """The rows of a table and the items of a list right under a sentence that introduces them
    ("Berikut posisi sejumlah tim di klasemen sementara Liga 1 hingga pekan ketiga:") are the
    article's, wherever they stand: no shape rule takes them (a standings table is no menu)."""
    for i, line in enumerate(lines):
        if (line.reason or not line.text.endswith(":")
                or line.words < _INTRO_MIN_WORDS):
            continue
        j, kind = i + 1, None
        while j < len(lines) and (lines[j].blank or lines[j].reason in _SHAPE_REASONS
                                  or not lines[j].reason):
            x = lines[j]
            if not x.blank:
                shape = _list_shape(x.text)
                if shape is None or kind not in (None, shape):
                    break
                kind = shape
                x.reason = x.scope = ""
            j += 1


def _list_shape(line: str) -> str | None:
    """"row" for a table's row (three cells or more, or tabs), "item" for a list's item, else
    ``None``."""
    if ("\t" in line or len(p.TICKER_SEPARATOR.split(line)) >= _TABLE_MIN_CELLS
            or (line[:1].isdigit() and p.RANKED_ROW.fullmatch(line))):
        return "row"
    return "item" if p.NOT_A_HEADLINE.match(line) else None


def _title_case_headline(line: str) -> bool:
    return headline_shaped(line) and title_case(line)


def _widget_title(line: Line) -> bool:
    """A short title in title case, neither a field of an info box nor text that introduces
    or ends a sentence (no colon, no final full stop): "Kamu Sudah Baca?", "Kontan Terpopuler",
    "Bisnis Indonesia Premium"; a line no rule took, or an outlet's or section's label. An info
    box's title ("INFO POSKO & DONASI") is not one."""
    return ((not line.reason or line.scope in (p.EDGE, p.HEAD)) and not line.blank
            and p.INFO_TITLE.match(line.text) is None
            and line.words <= _TITLE_MAX_WORDS and ":" not in line.text
            and p.NOT_A_HEADLINE.match(line.text) is None
            and line.text[-1:] not in ";,." and title_case(line.text))


def _table_title(line: Line) -> bool:
    """A title over a table in capitals or title case ("KLASEMEN LIGA 4 MALUT - GRUP B"), no
    rule's, that neither ends a sentence nor introduces one with a colon."""
    return (not line.reason and not line.blank and line.words <= _TABLE_TITLE_MAX_WORDS
            and line.text.rstrip()[-1:] not in ":;,.?!" and title_case(line.text)
            and _list_shape(line.text) is None)


def _widget_row(line: str) -> bool:
    """A row of a widget's table: a table's row, or a ranked item ending in its figure or
    points ("1. Maluku Putra Ambon - 13", "1. Persib Bandung  21 main  46 poin"); a list's
    item that ends in words is an article's."""
    shape = _list_shape(line)
    return shape == "row" or (shape == "item" and (line.rstrip()[-1:].isdigit()
                                                   or p.POINTS.search(line) is not None))


def _tail_item(line: str) -> bool:
    """A headline (:func:`tail_headline`) or a bulleted one in title case under a header at the
    page's end, or a ranked one, short too ("3. Harga Cabai Melonjak")."""
    return tail_headline(line) or _listed_headline(line) or _ranked_short_headline(line)


def _ranked_short_headline(line: str) -> bool:
    """A ranked headline in title case, three words at least ("3. Harga Cabai Melonjak")."""
    m = p.RANK.match(line)
    rest = line[m.end():] if m else ""
    return (m is not None and _SHORT_TITLE_WORDS <= len(rest.split()) <= _TICKER_ITEM_MAX_WORDS
            and title_case(rest) and not ends_sentence(rest))


def _closed(lines: list[Line], run: list[int]) -> bool:
    """Whether the page ends after ``run``, or the next line after it is chrome."""
    after = neighbours(lines, run[-1])
    nxt = [j for j in after if j > run[-1]]
    return not nxt or bool(lines[nxt[0]].reason)


def _tail_link_lists(lines: list[Line], last: int) -> None:
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
        elif _widget_title(line) and len(
                run := _listed_under(lines, i, _title_case_headline, MAX_BLOCK)[0]) >= 2:
            taken = [i, *run]
        elif (_widget_title(line) and p.LINK_LIST_WORD.search(line.text) and len(
                run := _listed_under(lines, i, _ranked_headline, MAX_BLOCK)[0]) >= 2):
            taken = [i, *run]  # "Hukrim Terpopuler" over "1. Polda Sultra Tetapkan ..."
        elif _table_title(line):
            # a widget's table ("KLASEMEN LIGA 4 - GRUP A" over its rows) below chrome (the
            # tags) or over its button ("Klasemen lengkap »"): the article's own table stands
            # above its last paragraph, or under it with no button of its own
            run, _ = _listed_under(lines, i, _widget_row, MAX_TABLE_ROWS)
            below = nearest_below(lines, run[-1]) if run else []
            if len(run) >= 2 and (any(lines[j].reason for j in range(last + 1, i))
                                  or (below and lines[below[0]].reason == "buttons")):
                above = nearest_above(lines, i)  # the widget's title over its header row
                title = above if above and above[0] > last and _table_title(lines[above[0]]) else []
                for k in [*title, i, *run]:
                    lines[k].reason, lines[k].scope = "widgets", p.EDGE
            elif (not run and p.WIDGET_TITLE.search(line.text)
                    and (line.words <= _WIDGET_TITLE_MAX_WORDS
                         or p.DATE_IN_LINE.search(line.text) is not None)
                    and (below := nearest_below(lines, i))
                    and lines[below[0]].reason in _WIDGET_REASONS):
                # the title of a widget the rules took ("JADWAL IMSAKIYAH & SALAT - MAKASSAR"
                # over its times, "Harga Pangan DIY Hari Ini" over its prices)
                line.reason, line.scope = "widgets", p.EDGE
            continue
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


def _classify(line: Line) -> None:
    """Give ``line`` the reason and scope of the line rule that takes it, if any; a line of
    icons, figures and punctuation only is a widget ("💬 57", "▶ 02:14")."""
    core = line.core
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
    if (ends_sentence(line) or line.endswith("-") or p.NOT_A_HEADLINE.match(line)
            or p.QA_LABEL.fullmatch(line)):
        return False
    pieces = [x for x in p.LABEL_SEPARATOR.split(line) if x.strip()]
    words = line.split()
    most = 4 if line.isupper() else 3  # "HUT PEKABARAN INJIL KE-170"
    return (0 < len(pieces) <= 3 and all(len(x.split()) <= most for x in pieces)
            and len(words) <= _KICKER_MAX_WORDS and p.CLAUSE_WORDS.isdisjoint(words_of(line)))


def _head_labels_and_names(lines: list[Line], first: int, credited: set[str]) -> None:
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
    chrome_above = False  # some line above this one is chrome
    for i in head:  # a menu is no headline: "News Bandung Raya Jabar Ekbis Hiburan Sport"
        if not lines[i].reason and chrome_above and _menu_words(lines[i].text):
            lines[i].reason, lines[i].scope = "menu", p.TOP
        chrome_above = chrome_above or bool(lines[i].reason)
    seen: dict[str, int] = {}  # a headline's text -> where it stands last
    for i in reversed(head):
        line = lines[i]
        if line.reason or not tail_headline(line.text):
            continue
        key = " ".join(line.text.split()).casefold()
        if key in seen and any(lines[k].reason for k in range(i + 1, seen[key])):
            line.reason, line.scope = "title bar", p.TOP
        seen.setdefault(key, i)
    _masthead(lines, first)
    top = next((i for i in head if not lines[i].reason and _title_like(lines[i].text)), None)
    if top is None:
        return
    chrome_above_top = any(lines[k].reason for k in range(top))
    for i in head:
        line = lines[i]
        if not line.text or (line.reason and line.scope != p.HEAD):
            continue
        if i < top:
            if line.reason == "section label" and _title_over_deck(lines, i, top, 2):
                line.reason = line.scope = ""  # "Sedekah Rame" over its deck is the title
                continue
            if not chrome_above_top:
                continue
            if (p.SLOGAN.fullmatch(line.text) and line.words <= _SLOGAN_MAX_WORDS
                    and not _over_credits(lines, i)):
                line.reason, line.scope = "site label", p.TOP
            elif (_label_shaped(line.text) and not _over_credits(lines, i)
                  and not _title_over_deck(lines, i, top)):
                line.reason, line.scope = "section label", p.TOP
        elif (i > top and bare_name(line.text)
              and (not credited or _name_key(line.text) in credited)):
            # where credit lines name the authors, a name of another is a short title
            below = nearest_below(lines, i)
            # chrome under it, but no credit: a byline is not printed over another
            if below and lines[below[0]].reason not in ("", "advertisement", *_CREDIT_REASONS):
                line.reason, line.scope = "byline", p.TOP


def _author_boxes(lines: list[Line], names: set[str]) -> None:
    """A box about the author at the page's edges: its label ("Tentang Penulis") with the
    name and a short note under it, up to a blank line or other chrome; a note under a name
    that a credit line of the page gave ("Rabul Sawal", then "Kontributor Mongabay Indonesia
    di Palangka Raya. ..."); a note that opens with such a name ("La Ode Muhammad Arsyad
    adalah jurnalis ...")."""
    for i, line in enumerate(lines):
        if not line.text:
            continue
        if line.reason in ("", "section label") and p.AUTHOR_BOX.fullmatch(line.core):
            line.reason, line.scope = "author", p.EDGE
            j, taken = i + 1, 0
            while (j < len(lines) and not lines[j].blank and taken < 2
                   and lines[j].reason in ("", "section label")):
                if taken and lines[j].words > _AUTHOR_NOTE_MAX_WORDS:
                    break
                lines[j].reason, lines[j].scope = "author", p.EDGE
                j, taken = j + 1, taken + 1
        elif not line.reason and p.PROFESSION_NOTE.match(line.text):
            name = _name_over_a_last_note(lines, i)
            if name is not None:  # "MOH. FAHRUR ROZI", then "Wartawan RadarMadura.id di ..."
                for x in (lines[name], line):
                    x.reason, x.scope = "author", p.EDGE
        elif line.reason == "reporter and editor" and line.text.casefold() in names:
            below = nearest_below(lines, i)
            note = lines[below[0]] if below else None
            if (note is not None and not note.reason and p.PROFESSION_NOTE.match(note.text)
                    and note.words <= _AUTHOR_NOTE_MAX_WORDS):
                note.reason, note.scope = "author", p.EDGE
        elif not line.reason and line.words <= _AUTHOR_NOTE_MAX_WORDS and any(
                line.text.casefold().startswith(n)
                and p.AUTHOR_NOTE.match(line.text.casefold(), len(n)) for n in names):
            line.reason, line.scope = "author", p.EDGE


def _name_over_a_last_note(lines: list[Line], i: int) -> int | None:
    """The line of the name over line ``i``, a short note on a journalist ("Wartawan
    RadarMadura.id di Bangkalan sejak 2017. ..."), when nothing but chrome follows the note."""
    if lines[i].words > _AUTHOR_NOTE_MAX_WORDS:
        return None
    above = nearest_above(lines, i)
    if not above or lines[above[0]].reason not in ("", "reporter and editor", "section label"):
        return None
    name = lines[above[0]].text
    if not (bare_name(name) or (name.isupper() and bare_name(name.title()))):
        return None
    if any(not x.blank and not x.reason for x in lines[i + 1:]):
        return None
    return above[0]


def _credited_names(lines: list[Line]) -> set[str]:
    """The names the page's credit lines give ("Penulis: Ken Fitriani" -> "ken fitriani"), in
    credit lines and in the lines beside them that carry one (widgets, a timestamp:
    "Oleh Fajar Nugroho - Rabu, 6 Maret 2024")."""
    names = set()
    for line in lines:
        if line.reason in _CREDIT_REASONS or line.reason in ("widgets", "timestamp"):
            for part in p.NAME_FIELD.findall(line.text):
                name = _name_key(part)
                if len(name) >= _NAME_MIN_LEN:
                    names.add(name)
    return names


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _ad_copy(lines: list[Line]) -> None:
    """The line right under an ad's marker ("Iklan", "ADVERTISEMENT"), when it reads as an ad
    (an offer, a price cut, a call to get in touch) and holds no clause: the ad's text."""
    for i, line in enumerate(lines):
        if line.reason != "advertisement" and not (
                line.reason and p.AD_LABEL.fullmatch(line.core)):
            continue  # "ADVERTORIAL" may head a block of links too
        below = nearest_below(lines, i)
        # a brand's offer is an ad at the edges on its own; under the marker, anywhere
        if not below or lines[below[0]].reason not in ("", "advertisement"):
            continue
        ad = lines[below[0]]
        if (ad.words <= _AD_MAX_WORDS and p.AD_COPY.search(ad.text)
                and p.CLAUSE_WORDS.isdisjoint(words_of(ad.text))):
            ad.reason, ad.scope = "advertisement", p.ANYWHERE


def _masthead(lines: list[Line], first: int) -> None:
    """A short line right under the site's name and above its menu, when a headline stands
    below the menu: the masthead's slogan ("Terbit Pagi, Terpercaya Setiap Hari"). A page's
    title is not between its site's name and its menu."""
    nav = next((i for i in range(max(first, 0)) if _navigation(lines[i])
                or _vertical_menu(lines, i)), None)
    if nav is None or not any(not lines[i].reason and lines[i].words >= 3
                              and not ends_sentence(lines[i].text)
                              for i in range(nav + 1, first)):
        return
    for i in range(nav):
        line = lines[i]
        if line.blank or line.reason:
            continue
        above = nearest_above(lines, i)
        if (above and lines[above[0]].reason == "site label"
                and not p.NOT_A_HEADLINE.match(line.text)  # a list's item is never taken
                and line.words <= _MASTHEAD_MAX_WORDS and not ends_sentence(line.text)):
            line.reason, line.scope = "site label", p.TOP


def _vertical_menu(lines: list[Line], i: int) -> bool:
    """A menu printed one item a line: two labels in a row ("HOME", "SERANG", ...)."""
    below = nearest_below(lines, i)
    return (lines[i].reason == "section label" and bool(below)
            and lines[below[0]].reason in ("section label", "menu"))


def _navigation(line: Line) -> bool:
    """A menu or breadcrumb line, or a bar of four or more links in words ("Beranda | Riau |
    Politik | Hukum"), not a bar of counters and buttons ("💬 5 | ↗ Bagikan")."""
    links = [x for x in p.MENU_SEPARATOR.split(line.text) if x.strip()]
    return line.reason in ("menu", "breadcrumb") or (
        line.reason == "widgets" and len(links) >= _NAV_MIN_LINKS
        and all(p.LABEL_CHARS.fullmatch(x.strip()) for x in links))


def _title_over_deck(lines: list[Line], i: int, top: int, least: int = 3) -> bool:
    """Whether line ``i`` is a short title in title case right over the first line taken for a
    headline when that one is in sentence case: a deck under its title ("Dermaga Gunungsitoli
    Dibenahi", then "Jadwal feri Gunungsitoli-Sibolga berubah selama tiga bulan, ...")."""
    below = nearest_below(lines, i)
    text = lines[i].text
    return (bool(below) and below[0] == top and not title_case(lines[top].text)
            and title_case(text) and not text.isupper() and lines[i].words >= least)


def _over_credits(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is one piece in sentence or title case right over a byline or a
    timestamp (or over a bare name over one): a title, however short ("Persib Tekuk
    Persija"). A kicker over them is in pieces or in capitals ("Makassar | Hukum & Kriminal",
    "RAMADAN 1445 H")."""
    text = lines[i].text
    if text.isupper() or p.PIECE_SEPARATOR.search(text) or " / " in text:
        return False
    below = nearest_below(lines, i)
    if not below:
        return False
    under = lines[below[0]]  # a credit, a timestamp, or widgets or the site with a time
    if under.reason == "section label" and under.words <= _LABEL_MAX_WORDS:
        below = nearest_below(lines, below[0])  # a kicker under the title: "Wawancara"
        if not below:
            return False
        under = lines[below[0]]
    if bare_name(under.text):  # or the author's bare name over one of them
        below = nearest_below(lines, below[0])
        if not below:
            return False
        under = lines[below[0]]
    return under.reason in _CREDIT_REASONS | {"timestamp"} or (
        under.reason in ("widgets", "site label")
        and p.STAMP_IN_LINE.search(under.text) is not None)


def _title_like(line: str) -> bool:
    """A headline, or a title longer than one (six words or more, no sentence end, no
    cells)."""
    if tail_headline(line):
        return True
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    return (len(words) >= HEADLINE_MIN_WORDS and not ends_sentence(line)
            and p.PIECE_SEPARATOR.search(line) is None)


def _menu_words(line: str) -> bool:
    """A menu in single spaces above the first headline: five or more capitalised words, no
    figures or punctuation, two of them site sections ("Cirebon Raya Kuningan Nasional
    Hiburan Indeks"); a title in title case has one at most ("Potret Nelayan Juarai Lomba
    Foto")."""
    words = line.split()
    return (len(words) >= _MENU_MIN_WORDS and p.MENU_WORDS.fullmatch(line) is not None
            and sum(w.casefold() in p.SECTION_WORDS for w in words) >= 2)


def _last_paragraph(lines: list[Line], body: list[int], default: int) -> int:
    """The last paragraph of some length that no rule took: a short sentence under the article
    ("Belum ada komentar. Jadilah yang pertama!") does not move the tail down, nor does a
    question (a related headline in sentence case)."""
    return next((i for i in reversed(body)
                 if not lines[i].reason
                 and (lines[i].words >= _TAIL_PARAGRAPH_MIN_WORDS or _signed(lines[i]))
                 and lines[i].text.rstrip(CLOSERS)[-1:] not in "?!"), default)


def _signed(line: Line) -> bool:
    """Whether ``line`` ends in its reporter's code ("... tidak dipungut biaya. (nor)"): an
    article's last paragraph, however short."""
    return any(reason == "outlet code" and end == len(line.text)
               for _, end, reason in _inline(line))


def _lead(line: Line) -> bool:
    """Whether a body paragraph may open the article: no question, no caption."""
    return line.text.rstrip(CLOSERS)[-1:] not in "?!" and not _captioned(line)


def _under_the_headline(lines: list[Line], leads: Iterator[int], first: int) -> tuple[int, int]:
    """The first paragraph, or the next one when a banner stands above the headline: a line
    that reads as a paragraph ("FLASH ▸ One way Tol Terpeka ...", "Kualitas Udara (ISPU) Kota
    Jambi: 142 - Tidak Sehat | ...") with, under it and before any row, source or sentence, a
    headline in title case over its byline or dated timestamp; and that headline (-1 when
    there is no banner). ``leads`` are the paragraphs that may open the article after
    ``first``. A lead that opens with a dateline is the article's already."""
    if first < 0 or p.DATELINE_OPENING.match(lines[first].text):
        return first, -1
    after = next(leads, -1)
    if after < 0:
        return first, -1
    for j in range(first + 1, min(after, first + _BANNER_REACH)):
        line = lines[j]
        if line.blank or line.reason:
            continue  # chrome between the banner and the headline: menus, labels
        if (line.words >= _SHORT_TITLE_WORDS and not ends_sentence(line.text)
                and title_case(line.text) and not _captioned(line)
                and _over_a_dated_credit(lines, j)):
            return after, j
        if _list_shape(line.text) or p.SOURCE_LINE.match(line.text) or _is_paragraph(line):
            break  # a table's row, a data source, a sentence: the article's already
    return first, -1


def _over_a_dated_credit(lines: list[Line], i: int) -> bool:
    """Whether the line under line ``i`` credits an author, or dates the page: not the hour
    of a live report's update ("Update 16.20 WIB")."""
    below = nearest_below(lines, i)
    if not below:
        return False
    under = lines[below[0]]
    return under.reason in _CREDIT_REASONS or (
        under.reason == "timestamp" and p.DATE_IN_LINE.search(under.text) is not None)


@dataclass
class Reading:
    """A page read line by line: each line's rule (``Line.reason``/``scope``), the first and
    last body paragraphs and the title, which decide where a rule's scope lets it cut."""

    lines: list[Line]
    first: int
    last: int
    title: int

    def cut(self, i: int) -> bool:
        """Whether line ``i`` goes whole: its rule's scope reaches where it stands."""
        line = self.lines[i]
        return bool(line.reason) and (
            line.scope in (p.ANYWHERE, p.HEADER, p.LEAD) or i < self.title
            or (line.scope in (p.EDGE, p.TOP) and i < self.first)
            or (line.scope == p.EDGE and i > self.last))


def find_chrome(text: str, line_model: LineModel | None = None) -> list[Cut]:
    """Spans of ``text`` (already character-cleaned) that are page chrome, sorted. With a
    ``line_model``, the lines it takes among :func:`model_candidates` go too."""
    reading = read_page(text)
    if line_model is not None:
        for i in line_model.chrome(reading, model_candidates(reading)):
            reading.lines[i].reason, reading.lines[i].scope = LEARNED, p.ANYWHERE
    cuts: list[Cut] = []
    for i, line in enumerate(reading.lines):
        if line.blank:
            continue
        if reading.cut(i):
            cuts.append(Cut(line.start, line.end, line.reason))
            continue
        for s, e, reason in _inline(line):
            cuts.append(Cut(line.start + s, line.start + e, reason))
    return cuts


def model_candidates(reading: Reading) -> list[int]:
    """The lines the learned reader (:mod:`newsner.normalize.linemodel`) may take: short lines
    (five words at most) that the rules kept, except the title (and the whole head where the
    title is shorter than four words), a line over a byline or timestamp, captions, a list's
    items, a table's rows, and the label over a list or table. Whatever it scores, a
    paragraph, a headline, a list or a table is out of its reach, so its worst error is a
    short line."""
    lines = reading.lines
    if reading.first < 0:  # no body paragraph, no head or tail: a short text is all article
        return []
    # where no line of four words or more heads the page, its title is short: the head is
    # the rules' alone
    start = 0 if reading.title < reading.first else reading.first
    found = []
    for i, line in enumerate(lines[start:], start):
        if (line.blank or i == reading.title or reading.cut(i)
                or line.words >= _MODEL_MAX_WORDS or _list_shape(line.text)
                or _captioned(line) or p.CAPTION_CREDIT.search(line.text)
                or _over_credits(lines, i)):  # a title, however short
            continue
        below = nearest_below(lines, i)
        if below and not lines[below[0]].reason and _list_shape(lines[below[0]].text):
            continue  # the label of a list or table ("RINGKASAN" over its points)
        found.append(i)
    return found


def read_page(text: str) -> Reading:
    """Every line of ``text`` (already character-cleaned) with the rule that takes it."""
    lines = split_lines(text)
    for line in lines:
        if line.text:
            _classify(line)
    _verse_banner(lines)
    _header_blocks(lines)
    _signoffs(lines)
    for i, line in enumerate(lines):
        if line.reason or not line.text:
            continue
        core = line.core
        scope = _composite(core)
        if _video_teaser(lines, i, core):
            line.reason, line.scope = "video", p.ANYWHERE
        elif scope is not None:
            line.reason, line.scope = "byline" if scope == p.TOP else "widgets", scope
        elif _menu_line(core) and not any(_plain_row(lines[j]) for j in neighbours(lines, i)):
            line.reason, line.scope = "menu", p.EDGE  # a table's header has its rows beside it
        elif _headline_ticker(core):
            line.reason, line.scope = "ticker", p.ANYWHERE
        elif _bare_ticker(core):  # a line of list items could read so: the head and tail only
            line.reason, line.scope = "ticker", p.EDGE
        elif _ticker(core) and not any(_plain_row(lines[j]) for j in neighbours(lines, i)):
            line.reason, line.scope = "ticker", p.EDGE  # a table's rows have neighbours
        elif _section_label(core) and not (  # a title of three words over its credit stays
                sum(w.isalpha() for w in core.split()) >= _SHORT_TITLE_WORDS
                and _over_credits(lines, i)):
            line.reason, line.scope = "section label", p.HEAD
    comment_threads(lines)
    _ad_copy(lines)
    credited = _credited_names(lines)  # no later pass gives a credit
    _author_boxes(lines, credited)
    body = [i for i, line in enumerate(lines) if _is_paragraph(line)]
    # with no body paragraph there is no head or tail: a short text is all article
    first, last = (body[0], body[-1]) if body else (-1, len(lines))
    # the head ends at the first paragraph that is not a question nor a caption: a title in
    # sentence case ("Kamala Harris kantongi dukungan – Apa artinya bagi Indonesia?") or a
    # photo's caption above the lead ("... (23/10/2026). RADAR/Name") is not the body yet
    leads = (i for i in body if _lead(lines[i]))
    first, headline = _under_the_headline(lines, leads, next(leads, first))
    last = _last_paragraph(lines, body, last)
    title = headline if headline >= 0 else _title_index(lines, first)
    _dated_subheading(lines, first)
    _day_over_timed_subheadings(lines, first)
    own_outlet_lines(text, lines, first, last)  # a slogan above the title is no headline
    # the outlet's sentences about itself ("VOA Indonesia adalah layanan dari ...", "VOA adalah
    # ...") end no article: the tail starts above them
    for _ in range(_SELF_DESCRIPTIONS_MAX):
        end, last = last, _last_paragraph(lines, body, last)
        if last == end:
            break
        own_outlet_lines(text, lines, first, last)
    _head_labels_and_names(lines, first, credited)
    _tail_link_lists(lines, last)
    _credits_under_the_lead(lines, first)
    _introduced_lists(lines)
    _sources_under_lists(lines)
    _fields_in_info_boxes(lines)
    _dated_subheadings_in_tail(lines, last)
    return Reading(lines, first, last, title)
