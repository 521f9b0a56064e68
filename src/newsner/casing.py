"""How a sentence is cased: as written (mixed case), all lower-case or all upper-case.

Capitals are the strongest cue a tagger has for a name, and they are missing or meaningless in
text users feed besides news bodies: lower-cased social media, transcripts and archives,
headlines and section titles in capitals. Components read a sentence's casing to adapt (the
tagger decodes each casing with its own bias towards "no entity", chosen by cross-validation
on NER-UI re-cased; see :class:`newsner.tagging.StanzaTagger`).
"""

from __future__ import annotations

from collections.abc import Sequence

CASED, LOWER, UPPER = "cased", "lower", "upper"
CASINGS = (CASED, LOWER, UPPER)
#: A word in capitals this short may be an acronym inside lower-cased text ("ke KPK").
_ACRONYM_MAX = 5
#: Share of words written in capitals that makes a sentence upper-cased.
_UPPER_SHARE = 0.8
_MIN_WORDS = 3


def casing(tokens: Sequence[str]) -> str:
    """:data:`LOWER` when no word starts with a capital (short acronyms aside), :data:`UPPER`
    when most words are in capitals, else :data:`CASED`. Too few words to tell: CASED."""
    words = [t for t in tokens if t.lower() != t.upper()]  # tokens with cased letters
    if len(words) < _MIN_WORDS:
        return CASED
    caps = sum(1 for w in words if len(w) > 1 and w.isupper())
    if caps >= _UPPER_SHARE * len(words):
        return UPPER
    if not any(w[:1].isupper() and not (w.isupper() and len(w) <= _ACRONYM_MAX) for w in words):
        return LOWER
    return CASED
