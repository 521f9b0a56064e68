"""Readers' comment threads under an article, read as a whole (see :func:`comment_threads`)."""

from __future__ import annotations

from newsner.normalize import patterns as p
from newsner.normalize.lines import Line, bare_name, headline_shaped, title_case, undecorated

#: At most this many readers' comments go with one comment header, each this long at most.
MAX_COMMENTS = 40
_COMMENT_MAX_WORDS = 40
_COMMENT_HEADER_MAX_LEN = 160
#: A comment's author and its time ago fit in this many characters.
_COMMENT_AUTHOR_MAX_LEN = 80
#: A line of the article's text above a thread with no header has this many words at least.
_BODY_MIN_WORDS = 15
#: Chrome between the comments of a thread: its buttons, notes, times.
_THREAD_REASONS = frozenset({"comments", "disclaimer", "buttons", "timestamp", "widgets",
                             "share buttons", "promotion"})


def comment_threads(lines: list[Line]) -> None:
    """A comment header ("KOMENTAR", "Komentar Pembaca (2)", "8 Komentar") takes the readers'
    comments under it, each shaped as one ("Ahmad Fauzi - Semoga ...", "Meity W. - 1 jam lalu:
    Pak Ronald ...", "arif_batu · 2 jam lalu"), with the thread's buttons and notes between
    them, at most :data:`MAX_COMMENTS`, up to the first line that is neither. Only a thread
    that shows it is one goes: a time ago, a reader's handle, a reply button, a prompt or a
    note on who answers for comments; or a header that counts exactly the two or more
    comments under it ("Komentar (2)" over two). A counter over an interview ("8 Komentar",
    then "Tanya: ...") shows none of these and keeps its lines. Below the article's text, a
    thread printed without a header goes too when it holds two comments or more and opens
    with its author and a time ago."""
    for i, line in enumerate(lines):
        if (not line.text or len(line.text) > _COMMENT_HEADER_MAX_LEN
                or p.COMMENT_HEADER.fullmatch(line.core) is None):
            continue
        items, comments = _thread_under(lines, i)
        count = "".join(c for c in line.text if c.isdigit())
        if comments and (any(_thread_mark(x) for x in [line, *items])
                         or (comments > 1 and count == str(comments))):
            for x in [line, *items]:
                x.reason, x.scope = "comments", p.ANYWHERE
    # a thread printed without its header, below the article's text: two comments or more,
    # the first under its author and the time ago ("Rudi Hartono Siagian · 2 jam lalu"); in
    # the head such a line is the outlet's credit ("Karawang Post · 3 jam lalu")
    body = next((i for i, line in enumerate(lines)
                 if not line.reason and line.words >= _BODY_MIN_WORDS), len(lines))
    for i, line in enumerate(lines):
        if (i <= body or line.reason == "comments" or "lalu" not in line.text
                or len(line.text) > _COMMENT_AUTHOR_MAX_LEN or p.TIME_AGO.search(line.text) is None
                or p.COMMENT_AUTHOR.fullmatch(line.core) is None):
            continue
        items, comments = _thread_under(lines, i - 1)
        if comments >= 2:
            for x in items:
                x.reason, x.scope = "comments", p.ANYWHERE


def _thread_under(lines: list[Line], i: int) -> tuple[list[Line], int]:
    """The lines of the thread under the comment header ``i`` and how many comments they
    hold: comments ("Name: text"), a comment's author over its text ("Rina Marlina · 2 jam
    lalu" or "Ibu Ety Souisa", then the text), and the thread's buttons and notes; up to the
    first other line (or two blank lines), at most :data:`MAX_COMMENTS` comments."""
    items: list[Line] = []
    comments = 0
    author = False  # the line before named a comment's author: its text may follow
    j = i + 1
    while j < len(lines) and comments < MAX_COMMENTS:
        x = lines[j]
        if x.blank:
            if j + 1 < len(lines) and lines[j + 1].blank:
                break
        elif x.scope == p.HEADER:  # "Berita Ekonomi Terbaru" heads links, it names no reader
            break
        elif (p.COMMENT_AUTHOR.fullmatch(x.core)
              or p.REPLY_AUTHOR.fullmatch(x.core)
              or _reader_name(p.READER_ROLE_AFTER.sub("", x.core))):
            items.append(x)
            comments += 1
            author = True
        elif author and x.reason == "timestamp":
            items.append(x)  # the date under the author's name, then the text
        elif _comment_line(x.core) or (author and _comment_text(x.text)):
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
    if p.LINK_LIST_WORD.search(line):
        return False  # "Hukrim Terpopuler" heads a list of links
    return bare_name(line) or (p.HANDLE.fullmatch(line) is not None
                               and p.TOP_LEVEL_DOMAIN.search(line) is None)


def _comment_text(line: str) -> bool:
    """The text of a comment under its author's line: short, not a title-case headline nor a
    list item."""
    core = undecorated(line)
    return (core.count(" ") < _COMMENT_MAX_WORDS and p.NOT_A_HEADLINE.match(core) is None
            and not (headline_shaped(core) and title_case(core)))


def _comment_line(line: str) -> bool:
    """A reader's comment (:data:`newsner.normalize.patterns.COMMENT_LINE`) whose text is not a
    headline, not a lead opening with a dateline ("JawaPos.com - Arus penyeberangan ..."), not
    long."""
    m = p.COMMENT_LINE.match(line)
    return (m is not None and not headline_shaped(line[m.end() - 1:])
            and p.DATELINE_OPENING.match(line) is None
            and line.count(" ") < _COMMENT_MAX_WORDS)


def _thread_mark(line: Line) -> bool:
    """What shows a thread of comments: a reply button, a note on who answers for comments,
    a time ago, or a reader's handle ("Putri_Dumai", "yuliana.kupang"; not a domain)."""
    m = p.THREAD_MARK.search(line.text)
    return m is not None and (m.group("handle") is None
                              or p.TOP_LEVEL_DOMAIN.search(m.group("handle")) is None)
