"""Datelines: the "CITY, OUTLET -- " opening of a news article.

The city in a dateline is a place the story was filed from, which the gold annotation counts
as LOC, but the tagger rarely sees all-caps "STOCKHOLM" followed by an outlet name in its
training corpora, so the pipeline reports the city from here. The outlet name
("REPUBLIKA.CO.ID", "(ANTARA)", "KOMPAS.com") is the publisher's byline, not a mention, and
is reported as *suppressed*: no entity may be emitted there.

Every Indonesian house style is covered::

    REPUBLIKA.CO.ID, STOCKHOLM -- ...     outlet, city
    Liputan6.com, Jakarta - ...           outlet, city
    TEMPO.CO, Jakarta - ...               outlet, city
    JAKARTA, KOMPAS.com - ...             city, outlet
    Jakarta, CNN Indonesia -- ...         city, outlet
    Jakarta (ANTARA) - ...                city, (outlet)
    KOMPAS.com - ...                      outlet only
    Jakarta - ...                         city only (detik, okezone): first paragraphs only

Patterns are anchored at paragraph starts of the normalized text (quotes and dashes are
already ASCII there). This module owns what a dateline is: the house styles above, the dashes
that end one (:data:`MAX_DASHES`, :data:`RAW_DASHES`) and that a line in capitals has none
(:func:`in_capitals`); the dateline rule (:mod:`newsner.rules.datelines`), which finds the first
three styles in tokens of any text, takes them from here.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsner.casing import UPPER, casing
from newsner.normalize.patterns import OUTLET

_CITY = (
    r"\p{Lu}[\p{L}'.]*(?:[ -](?:(?:de|da|del|van|von|am|al|el) )?\p{Lu}[\p{L}'.]*){0,3}"
)
#: A dateline ends in a run of at most this many hyphens ("STOCKHOLM -- ", "Jakarta - ").
MAX_DASHES = 3
#: Dashes that stand for the hyphens in text that was not normalized (normalization folds every
#: dash into "-", :mod:`newsner.normalize.chars`).
RAW_DASHES = ("\u2014", "\u2013")
_DASH = rf" *-{{1,{MAX_DASHES}}} *(?=\S)"

_M = regex.VERSION0
_OUTLET_CITY = regex.compile(rf"(?P<outlet>{OUTLET}) *, *(?P<city>{_CITY}){_DASH}", _M)
_CITY_OUTLET = regex.compile(rf"(?P<city>{_CITY}) *, *(?P<outlet>{OUTLET}){_DASH}", _M)
_ANTARA = regex.compile(
    rf"(?P<city>{_CITY})(?: *, *\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)? *"
    rf"(?P<outlet>\((?i:antara)(?: +news)?(?: */ *[^)\n]{{1,30}})?\))(?: *-{{1,{MAX_DASHES}}})? *"
    r"(?=\S)",
    _M,
)
_OUTLET_ONLY = regex.compile(rf"(?P<outlet>{OUTLET}){_DASH}", _M)
_OUTLET_FULL = regex.compile(OUTLET)
#: "Jakarta - Presiden ..." (detik, okezone): the paragraph must be prose-long, not a headline
#: such as "Rusia - Ukraina Memanas".
_CITY_ONLY = regex.compile(rf"(?P<city>{_CITY}) *-{{1,2}} +(?=[\"'\p{{Lu}}])", _M)
_CITY_ONLY_MIN_PARAGRAPH = 80
_CITY_ONLY_MAX_PARAGRAPH_INDEX = 8
_CITY_MAX_LEN = 40
#: A dateline's outlet, city and dash fit in this many characters.
_OPENING_MAX_LEN = 160

Span = tuple[int, int]


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    pos = text.find("\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def in_capitals(words: Sequence[str]) -> bool:
    """Whether a line of ``words`` is written in capitals, where any "WORDS - " or "WORDS, WORD
    -" reads as a dateline: such a line has none (asked only once a pattern matched)."""
    return casing(words) == UPPER


def find_datelines(text: str) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """``(city spans, outlet spans)`` of the datelines in ``text``, both sorted."""
    cities: list[Span] = []
    outlets: list[Span] = []
    starts = _paragraph_starts(text)
    for pos in starts:
        if pos >= len(text) or not text[pos].isalpha():
            continue
        # bound each match by its paragraph: unbounded, the regex module scans to the end of
        # the text for a required literal at every paragraph start (quadratic on long pages)
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        opening = text[pos:min(end, pos + _OPENING_MAX_LEN)]
        if "-" not in opening and "(" not in opening:
            continue  # every style but the bare city ends in a dash, ANTARA's in a bracket
        for pattern in (_OUTLET_CITY, _CITY_OUTLET, _ANTARA):
            m = pattern.match(text, pos, end)
            if (m and len(m.group("city")) <= _CITY_MAX_LEN
                    and not _OUTLET_FULL.fullmatch(m.group("city"))
                    and not in_capitals(text[pos:end].split())):
                cities.append(m.span("city"))
                outlets.append(m.span("outlet"))
                break
        else:
            m = _OUTLET_ONLY.match(text, pos, end)
            if m:
                outlets.append(m.span("outlet"))
    if not outlets:
        city = _city_only(text, starts)
        if city:
            cities.append(city)
    return tuple(cities), tuple(outlets)


def _city_only(text: str, starts: list[int]) -> Span | None:
    """The detik-style bare dateline, looked for only in the first paragraphs."""
    for pos in starts[:_CITY_ONLY_MAX_PARAGRAPH_INDEX]:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if end - pos < _CITY_ONLY_MIN_PARAGRAPH:
            continue
        m = _CITY_ONLY.match(text, pos, end)
        if m and len(m.group("city")) <= _CITY_MAX_LEN and not _OUTLET_FULL.fullmatch(
            m.group("city")
        ) and not in_capitals(text[pos:end].split()):
            return m.span("city")
    return None
