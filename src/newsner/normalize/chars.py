"""Character-level clean-up: each step is an :class:`Aligned` -> :class:`Aligned` rewrite.

The tagger was trained on plain ASCII punctuation and single spaces; scraped pages bring curly
quotes, em dashes, non-breaking and zero-width spaces, soft hyphens, CRLF, decomposed accents and
mojibake. Each step below finds only the characters it must change (so clean ASCII pages cost
almost nothing) and emits edits, which :meth:`Aligned.apply` composes into the offset map. No step
ever merges two *words*: removed invisible characters only vanish between characters that were
already adjacent, and control characters become spaces (C1 controls are first read as the
Windows-1252 characters they almost always were, as ftfy does).
"""

from __future__ import annotations

import html
import re
import unicodedata

import regex

from newsner.lazy_imports import deferred

# ftfy imports wcwidth (~0.03 s) for its terminal-width helpers, which newsner never calls
with deferred(modules={"wcwidth": ("wcswidth", "wcwidth")}):
    import ftfy
    import ftfy.bad_codecs  # noqa: F401  (registers the "sloppy-windows-1252" codec)

from newsner.normalize.aligned import Aligned, Edit

# -- mojibake ---------------------------------------------------------------------------------

#: Characters a UTF-8 byte >= 0x80 turns into when decoded as Latin-1 or Windows-1252. Mojibake
#: is always a run of two or more of them.
_MOJIBAKE_RUN = re.compile(
    "[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac"
    "\u2122]{2,}"
)
#: Mojibake of mojibake of mojibake is the most one meets in practice.
_MAX_ROUNDS = 3


def _c1_as_cp1252(c: str) -> str:
    """A C1 control read as the Windows-1252 character it was (ftfy's ``fix_c1_controls``)."""
    if "\x80" <= c <= "\x9f":
        return bytes([ord(c)]).decode("sloppy-windows-1252")
    return c


def _byte_of(c: str) -> int | None:
    """The byte a mojibake character stands for (Windows-1252 first, then Latin-1)."""
    for codec in ("sloppy-windows-1252", "latin-1"):
        try:
            return c.encode(codec)[0]
        except UnicodeEncodeError:
            continue
    return None


def utf8_groups(run: str) -> list[tuple[int, int, str]]:
    """Spans of ``run`` whose characters, read as bytes, form one well-formed UTF-8 sequence,
    with the character that sequence encodes.

    The scan goes left to right and restarts after every group or stray character, so the
    groups found in any slice that starts at a group boundary are the same as in the whole run:
    the property that makes repaired offsets consistent.
    """
    data = [_byte_of(c) for c in run]
    groups: list[tuple[int, int, str]] = []
    i = 0
    while i < len(data):
        lead = data[i]
        size = 0
        if lead is not None:
            size = 2 if 0xC2 <= lead < 0xE0 else 3 if 0xE0 <= lead < 0xF0 else 4 if (
                0xF0 <= lead < 0xF5) else 0
        chunk = data[i : i + size]
        if size and len(chunk) == size and None not in chunk:
            try:
                decoded = bytes(chunk).decode("utf-8")  # type: ignore[arg-type]
            except UnicodeDecodeError:
                pass
            else:
                groups.append((i, i + size, decoded))
                i += size
                continue
        i += 1
    return groups


def fix_mojibake(a: Aligned) -> Aligned:
    """Repair UTF-8 text that was decoded as Latin-1/Windows-1252 (``"â€œ"`` -> ``"“"``).

    Candidate sequences are found by :func:`utf8_groups` and ftfy judges each one on its own.
    Judging sequence by sequence (rather than whole lines, which ftfy could weigh differently)
    keeps every repaired character tied to exactly the characters it came from, and the same
    text always repairs the same way wherever it is cut. Repeated rounds undo double encoding.
    """
    for _ in range(_MAX_ROUNDS):
        edits: list[Edit] = []
        for m in _MOJIBAKE_RUN.finditer(a.text):
            run = m.group()
            for s, e, decoded in utf8_groups(run):
                # ftfy is the judge; a verdict other than this decoding (say, only its C1
                # clean-up) is left to the character step, which does that per character
                if ftfy.fix_encoding(run[s:e]) == decoded:
                    edits.append((m.start() + s, m.start() + e, decoded))
        if not edits:
            return a
        a = a.apply(edits)
    return a


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});")


def unescape_entities(a: Aligned) -> Aligned:
    """Turn HTML entities left by scrapers (``&quot;``, ``&#8220;``) into characters."""
    if "&" not in a.text:
        return a
    edits: list[Edit] = []
    for m in _ENTITY.finditer(a.text):
        rep = html.unescape(m.group())
        if rep != m.group():
            edits.append((m.start(), m.end(), rep))
    return a.apply(edits)


# -- single characters ------------------------------------------------------------------------

_SPACE = " "
_NEWLINE = "\n"


def _build_char_map() -> dict[str, str]:
    table: dict[str, str] = {}
    for c in "\v\f\u2028\u2029":
        table[c] = _NEWLINE
    for cp in [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F]:
        table[chr(cp)] = _SPACE
    for c in "\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B))):
        table[c] = _SPACE
    # invisible: soft hyphen, zero-width and bidi controls, word joiner, BOM
    invisible = "\u00ad\u061c\u180e\ufeff" + "".join(
        map(chr, [*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2065),
                  *range(0x2066, 0x206A)]))
    for c in invisible:
        table[c] = ""
    # guillemets stay: Indonesian pages use them as navigation arrows ("Home » Nasional"), not
    # quotes, and the tokenizer knows them
    for c in "\u201c\u201d\u201e\u201f\u2033\u2036\u301d\u301e\uff02":
        table[c] = '"'
    for c in "\u2018\u2019\u201a\u201b\u2032\u2035\uff07":
        table[c] = "'"
    for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d":
        table[c] = "-"
    table["\u2026"] = "..."
    # C1 controls are Windows-1252 text read as Latin-1 (ftfy's fix_c1_controls): "\x93" was
    # a curly quote, "\x80" a euro sign; the ones 1252 leaves undefined are controls
    for cp in range(0x80, 0xA0):
        c = chr(cp)
        decoded = _c1_as_cp1252(c)
        table[c] = _SPACE if decoded == c else table.get(decoded, decoded)
    return table


CHAR_MAP: dict[str, str] = _build_char_map()
#: Stdlib ``re`` on purpose: a plain character class is ten times faster there than in ``regex``.
_CHAR_RE = re.compile("[\r\ud800-\udfff" + "".join(re.escape(c) for c in CHAR_MAP) + "]")


def fix_characters(a: Aligned) -> Aligned:
    """Fold quotes/dashes to ASCII, spaces to ``" "``, CRLF to ``"\\n"``, drop invisibles.

    Surrogates can only reach a ``str`` from careless decoding: a high/low pair is joined into
    its character, a lone one becomes U+FFFD (it cannot be encoded, so the tagger must not get
    it).
    """
    text = a.text
    edits: list[Edit] = []
    skip = -1
    for m in _CHAR_RE.finditer(text):
        i = m.start()
        if i == skip:
            continue
        c = m.group()
        if c == "\r":
            if text.startswith("\n", i + 1):
                edits.append((i, i + 2, _NEWLINE))
            else:
                edits.append((i, i + 1, _NEWLINE))
        elif "\ud800" <= c <= "\udfff":
            nxt = text[i + 1 : i + 2]
            if c <= "\udbff" and "\udc00" <= nxt <= "\udfff":
                pair = chr(0x10000 + ((ord(c) - 0xD800) << 10) + (ord(nxt) - 0xDC00))
                edits.append((i, i + 2, pair))
                skip = i + 1
            else:
                edits.append((i, i + 1, "\ufffd"))
        else:
            edits.append((i, i + 1, CHAR_MAP[c]))
    return a.apply(edits)


# -- canonical composition --------------------------------------------------------------------

#: A possible base character followed by characters that may compose with it or reorder
#: (combining marks, Hangul vowel/final jamo), or a lone character NFC would replace.
_NFC_CLUSTER = regex.compile(r"\P{M}?[\p{M}\p{NFC_QC=M}\p{NFC_QC=N}]+")


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


_MAX_CLUSTER = 16  # longest prefix tried; bounds the cost of pathological runs of marks


def _compose_edits(cluster: str, offset: int) -> list[Edit]:
    """Compose ``cluster`` greedily so that every output character has its own source range.

    The longest prefix that NFC turns into a single character becomes one edit; what NFC would
    leave as several characters from one source character (rare presentation forms) stays
    as it is, because a letter must always map back to text that normalizes to that letter.
    """
    edits: list[Edit] = []
    i = 0
    n = len(cluster)
    while i < n:
        if _nfc(cluster[i : i + 2]) == cluster[i : i + 2] and i + 1 < n:
            i += 1  # nothing composes here (a run of stray marks): skip the longer tries
            continue
        for j in range(min(n, i + _MAX_CLUSTER), i, -1):
            piece = cluster[i:j]
            composed = _nfc(piece)
            if len(composed) == 1:
                if composed != piece:
                    edits.append((offset + i, offset + j, composed))
                i = j
                break
        else:
            i += 1
    return edits


def compose(a: Aligned) -> Aligned:
    """Bring the text to NFC (``"e\\u0301"`` -> ``"é"``), keeping per-character offsets."""
    if a.text.isascii() or unicodedata.is_normalized("NFC", a.text):
        return a
    edits: list[Edit] = []
    for m in _NFC_CLUSTER.finditer(a.text):
        if _nfc(m.group()) != m.group():
            edits.extend(_compose_edits(m.group(), m.start()))
    return a.apply(edits)


# -- whitespace -------------------------------------------------------------------------------

_WHITESPACE = re.compile(r"\n[ \n]*| [ \n]+")
#: The same with tabs, which chrome detection keeps (a tab separates a table's cells); most
#: texts have none, and the shorter pattern runs faster.
_WHITESPACE_TABS = re.compile(r"\n[ \t\n]*|[ \t][ \t\n]+|\t")


def collapse_whitespace(a: Aligned) -> Aligned:
    """One space between words, ``"\\n"`` between lines, ``"\\n\\n"`` between paragraphs.

    Any run with two or more newlines (blank lines, removed chrome) becomes exactly one
    paragraph break, which the sentence splitter always honours. Leading and trailing
    whitespace goes.
    """
    text = a.text
    n = len(text)
    lead = n - len(text.lstrip(" \t\n"))
    if lead == n:
        return a.apply([(0, n, "")]) if n else a
    body_end = len(text.rstrip(" \t\n"))
    edits: list[Edit] = [(0, lead, "")] if lead else []
    runs = _WHITESPACE_TABS if "\t" in text else _WHITESPACE
    for m in runs.finditer(text, lead, body_end):
        run = m.group()
        rep = ("\n\n" if run.count("\n") >= 2 else "\n") if "\n" in run else " "
        if rep != run:
            edits.append((m.start(), m.end(), rep))
    if body_end < n:
        edits.append((body_end, n, ""))
    return a.apply(edits)


def clean_characters(a: Aligned) -> Aligned:
    """All character-level steps, in the order that lets each see the previous one's output.

    Mojibake goes first (its repair yields curly quotes that must then be folded), entities
    next, then single characters, and composition last so that marks separated from their
    base by an invisible character still compose.
    """
    if not a.text.isascii():
        a = fix_mojibake(a)
    if "&" in a.text:
        a = unescape_entities(a)
    a = fix_characters(a)
    return compose(a)
