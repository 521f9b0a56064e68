"""A page's lines as the chrome finder reads them, and the shapes a line can have.

:mod:`newsner.normalize.chrome` decides each line; the page's own outlet
(:mod:`newsner.normalize.outlets`) and readers' comment threads
(:mod:`newsner.normalize.threads`) are read on the same lines with the same shapes.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from newsner.normalize import patterns as p

#: A headline under a header: 6-25 words, short, no sentence end. Shorter lines under a header
#: are more often the article's own subheadings ("Kasus Terkait di Daerah Lain").
HEADLINE_MIN_WORDS = 6
HEADLINE_MAX_LEN = 180
HEADLINE_MAX_WORDS = 25
SENTENCE_END = ".!?"
CLOSERS = "\"')]»"
#: Marks kept when a line's decorations are stripped: they carry meaning (a copyright sign).
_MEANINGFUL_SYMBOLS = frozenset("©®℗")
#: Quotation marks that menus use as arrows ("« Sebelumnya | Selanjutnya »").
_ARROW_QUOTES = frozenset("«»‹›")
#: Unicode categories of icons and what trails them (emoji variation selectors, joiners).
_DECORATIONS = frozenset({"So", "Sk", "Sm", "Cn", "Co", "Mn", "Me", "Cf"})


@dataclass
class Line:
    start: int
    end: int
    text: str
    reason: str = ""  # why the line is chrome ("" while it is not)
    scope: str = ""  # where the line may go: p.ANYWHERE, p.EDGE, p.TOP, p.HEAD or p.HEADER
    inline: list[tuple[int, int, str]] | None = None  # chrome inside the line, once read
    _words: int = -1
    _core: str | None = None

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def core(self) -> str:
        """The line without its decorations (:func:`undecorated`), read once."""
        if self._core is None:
            self._core = undecorated(self.text)
        return self._core

    @property
    def words(self) -> int:
        """How many words the line has (split on whitespace), counted once."""
        if self._words < 0:
            self._words = len(self.text.split())
        return self._words


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        content = raw.strip(" ")
        start = pos + (len(raw) - len(raw.lstrip(" "))) if content else pos
        lines.append(Line(start, start + len(content), content))
        pos += len(raw) + 1
    return lines


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


def words_of(line: str) -> set[str]:
    return {w.strip(".,;:!?\"'()[]").casefold() for w in line.split()}


def ends_sentence(line: str) -> bool:
    """Whether ``line`` ends like a sentence, a sign-off in brackets after it aside
    ("... kata dia. (rzy/bil)")."""
    return p.TRAILING_BRACKET.sub("", line).rstrip(CLOSERS)[-1:] in SENTENCE_END


def title_case(line: str) -> bool:
    """Most longer words capitalised, as in a headline ("Pramono Temui Anies, Bahas Apa?")."""
    words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) * 4 >= len(words) * 3


def headline_shaped(line: str) -> bool:
    """A related headline: 6-25 words, not a list item, table row or Q&A turn, and no sentence
    end (a question or exclamation only in title case)."""
    words = line.split()
    if not (HEADLINE_MIN_WORDS <= len(words) <= HEADLINE_MAX_WORDS
            and len(line) <= HEADLINE_MAX_LEN and line[-1:] not in ":;,"
            and p.NOT_A_HEADLINE.match(line) is None and " | " not in line
            and "\t" not in line):
        return False
    end = p.TRAILING_BRACKET.sub("", line).rstrip(CLOSERS)[-1:]
    return end not in SENTENCE_END or (end in "?!" and title_case(line))


def tail_headline(line: str) -> bool:
    """A headline in a list of links at the page's end, where a question in sentence case
    ("Mengapa Tesla belum juga berinvestasi di Indonesia?") is one too."""
    if headline_shaped(line):
        return True
    words = line.split()
    return (HEADLINE_MIN_WORDS <= len(words) <= HEADLINE_MAX_WORDS
            and len(line) <= HEADLINE_MAX_LEN and p.NOT_A_HEADLINE.match(line) is None
            and p.TRAILING_BRACKET.sub("", line).rstrip(CLOSERS)[-1:] in "?!")


def bare_name(line: str) -> bool:
    """Two to four capitalised words and nothing else ("Dimas Adi Nugroho"), degrees after
    them aside ("Dian Kartika Sari, S.H., M.H.")."""
    line = p.NAME_DEGREES.sub("", line)
    words = line.split()
    return (2 <= len(words) <= 4 and p.NAME_PIECE.fullmatch(line) is not None
            and not line.isupper())


def _nearest(lines: list[Line], i: int, step: int) -> list[int]:
    j = i + step
    while 0 <= j < len(lines) and lines[j].blank:
        j += step
    return [j] if 0 <= j < len(lines) else []


def nearest_above(lines: list[Line], i: int) -> list[int]:
    """The nearest non-blank line above line ``i`` (none at the page's top)."""
    return _nearest(lines, i, -1)


def nearest_below(lines: list[Line], i: int) -> list[int]:
    """The nearest non-blank line below line ``i`` (none at the page's end)."""
    return _nearest(lines, i, 1)


def neighbours(lines: list[Line], i: int) -> list[int]:
    """The nearest non-blank lines above and below line ``i``."""
    return nearest_above(lines, i) + nearest_below(lines, i)
