"""Rule ``dateline``: the city of a news dateline ("REPUBLIKA.CO.ID, **STOCKHOLM** --").

The house styles "OUTLET, CITY --", "CITY, OUTLET -" and "CITY (OUTLET) -", matched in tokens at
the start of a line, with the dashes and the restriction to lines not in capitals of
:mod:`newsner.normalize.datelines`, which owns what a dateline is (and finds them in the
pipeline's normalized text). The outlet is not an entity: its tokens go to ``outlet_tokens``,
which the gazetteer and title rules respect. The city is strong when it is a known place, weak
otherwise.
"""

from __future__ import annotations

from spacy.matcher import Matcher, PhraseMatcher

from newsner.normalize.datelines import MAX_DASHES, RAW_DASHES, in_capitals
from newsner.rules.patterns import Patterns
from newsner.rules.state import DocState

_DASHES = ["-" * n for n in range(1, MAX_DASHES + 1)] + list(RAW_DASHES)
_DASH_SET = frozenset(_DASHES)
#: most tokens a dateline has before its dashes: "KOTA BARU BESAR ( ANTARA )"
_DATELINE_LOOKBACK = 6
_OUTLET = r"^(?:[A-Za-z0-9]+\.)+[A-Za-z]{2,}$|^[A-Z]{3,}$"
_DATELINE_CITY = r"^(?:[A-Z][A-Z]+|[A-Z][a-z]+)$"


class Datelines:
    """Propose the city of each dateline; mark its outlet in ``outlet_tokens``."""

    def __init__(self, patterns: Patterns) -> None:
        self.lex = patterns.lex
        self.vocab = patterns.vocab
        self.matcher = Matcher(self.vocab)
        city = {"TEXT": {"REGEX": _DATELINE_CITY}, "OP": "{1,3}"}
        outlet = {"TEXT": {"REGEX": _OUTLET}}
        dash = {"TEXT": {"IN": _DASHES}, "OP": "+"}
        self.matcher.add("OUTLET_CITY", [[outlet, {"ORTH": ","}, city, dash]], greedy="LONGEST")
        self.matcher.add("CITY_OUTLET", [[city, {"ORTH": ","}, outlet, dash]], greedy="LONGEST")
        self.matcher.add(
            "CITY_PAREN", [[city, {"ORTH": "("}, outlet, {"ORTH": ")"}, dash]], greedy="LONGEST")
        # all-caps forms of places, only trusted inside datelines
        self._caps_places = PhraseMatcher(self.vocab, attr="LOWER")
        self._caps_places.add("PLACE", [doc for name, doc in patterns.gazetteer.items()
                                        if self.lex.gazetteer[name][0] == "LOC"])

    def matches(self, st: DocState) -> list[tuple[int, int, int]]:
        """The dateline Matcher's matches, found by running it only just before and over each
        run of dashes (every dateline pattern ends in one, after at most
        ``_DATELINE_LOOKBACK`` other tokens): its regex predicates on every token of every
        doc were a tenth of the pipeline's time. Overlapping matches end in the same run, so
        each window sees every match the whole doc would, with the same greedy choice."""
        words, n = st.words, st.n
        windows: list[list[int]] = []
        for i in (k for k, w in enumerate(words) if w in _DASH_SET):
            start = max(0, i - _DATELINE_LOOKBACK)
            if windows and start <= windows[-1][1]:
                windows[-1][1] = min(n, i + 1)
            else:
                windows.append([start, min(n, i + 1)])
        matches = []
        for a, b in windows:
            matches += [(key, a + s, a + e) for key, s, e in self.matcher(st.doc[a:b])]
        return matches

    def __call__(self, st: DocState) -> None:
        doc = st.doc
        matches = self.matches(st)
        if not matches:
            return
        places = {(a, b) for _k, a, b in self._caps_places(doc)}
        for key, a, b in matches:
            if a > 0 and not (doc[a - 1].is_space and "\n" in doc[a - 1].text):
                continue  # a dateline starts a line
            if in_capitals(st.words[st.sent_start[a]:st.sent_end[a]]):
                continue
            kind = self.vocab.strings[key]
            toks = list(range(a, b))
            if kind == "OUTLET_CITY":
                outlet, city = [a], [i for i in toks[2:] if doc[i].text not in _DASH_SET]
            else:
                comma_or_paren = next(i for i in toks if doc[i].text in {",", "("})
                city, outlet = list(range(a, comma_or_paren)), [comma_or_paren + 1]
            st.outlet_tokens.update(outlet)
            if not city or any(doc[i].lower_ in self.lex.titles for i in city):
                continue
            ca, cb = city[0], city[-1] + 1
            known = (ca, cb) in places or self.lex.label_of(doc[ca:cb].text) == "LOC"
            st.propose(ca, cb, "LOC", "dateline", "strong" if known else "weak")
