"""Word shapes and word tests that several rules share."""

from __future__ import annotations

import regex
from spacy.lang.id.stop_words import STOP_WORDS
from spacy.tokens import Token

from newsner.rules.lexicon import NOT_NAME_WORDS, Lexicon
from newsner.rules.state import DocState

#: "Lavrov", "O'Brien": a capital, then letters with at least one lowercase
NAME_WORD = regex.compile(r"^\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*$")
INITIAL = regex.compile(r"^\p{Lu}\.$")
LETTER = regex.compile(r"^\p{Lu}$")
ROMAN = regex.compile(r"^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$")
ALL_CAPS_WORD = regex.compile(r"^\p{Lu}{2,}$")


def is_name_word(st: DocState, lex: Lexicon, t: Token, strict: bool) -> bool:
    """Can ``t`` be a word of a person's name? Not a title, rank, gazetteer hit or a word the
    document also writes in lower case; ``strict`` (headlines): also seen capitalised in a
    sentence of running text."""
    text = t.text
    if not NAME_WORD.match(text):
        return False
    low = t.lower_
    if low in NOT_NAME_WORDS or low in STOP_WORDS or low in lex.titles:
        return False
    if low.rstrip(".") in lex.ranks or t.i in st.gaz_at:
        return False
    if low in st.lower_words:  # the document uses it as an ordinary word
        return False
    return not (strict and text not in st.attested)


def cap_neighbour(st: DocState, lex: Lexicon, i: int) -> bool:
    """Is token ``i`` a capitalised word that could make a longer name with its neighbour?"""
    if i < 0 or i >= st.n:
        return False
    t = st.doc[i]
    if t.is_space or not t.text[:1].isupper() or not t.is_alpha or ROMAN.match(t.text):
        return False
    if i == st.sent_start[i]:
        return False
    low = t.lower_
    return not (low in lex.titles or low in lex.ranks or low in STOP_WORDS)
