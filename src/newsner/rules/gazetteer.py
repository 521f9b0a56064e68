"""Rules ``gaz_<kind>``: a curated gazetteer hit (country, province, region, capital, city, org).

Case-sensitive, except in sentences without reliable capitals (newsner.casing), where names
that cannot be an everyday word there also match in any case. Hits overlapping a dateline
outlet are dropped. Every hit, kept or not as a candidate, fills ``gaz_at``/``gaz_ends`` for the
later rules. A hit glued to unlisted capitalised words is dropped as part of another name ("Pos
Indonesia", "Bekasi Timur"), as is a language ("bahasa Inggris"); a country standing alone in a
cased sentence is strong, everything else weak.
"""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from newsner.casing import CASED, UPPER
from newsner.rules.lexicon import GOV_PREFIXES, PLACE_PREFIXES
from newsner.rules.patterns import Patterns
from newsner.rules.state import DocState
from newsner.rules.words import cap_neighbour

_LANGUAGE_WORDS = frozenset({"bahasa", "berbahasa", "dialek", "aksen", "logat"})


class Gazetteer:
    """Find gazetteer hits (``gaz_at``, ``gaz_ends``) and propose the free-standing ones."""

    def __init__(self, patterns: Patterns) -> None:
        self.lex = lex = patterns.lex
        self.vocab = patterns.vocab
        # case-sensitive; one key per kind
        self._gaz = PhraseMatcher(self.vocab, attr="ORTH")
        by_kind: dict[str, list[Doc]] = {}
        for name, (_label, kind) in lex.gazetteer.items():
            by_kind.setdefault(kind, []).append(patterns.gazetteer[name])
        for kind, docs in sorted(by_kind.items()):
            self._gaz.add(kind, docs)
        # the same, case-insensitive, for sentences without reliable capitals (newsner.casing):
        # only names that cannot be an everyday word there
        self._gaz_caseless = PhraseMatcher(self.vocab, attr="LOWER")
        caseless: dict[str, list[Doc]] = {}
        for name, (_label, kind) in lex.gazetteer.items():
            if self._caseless_safe(name):
                caseless.setdefault(kind, []).append(patterns.gazetteer[name])
        for kind, docs in sorted(caseless.items()):
            self._gaz_caseless.add(kind, docs)

    def _caseless_safe(self, name: str) -> bool:
        """Whether ``name`` matched in any case is still a name: several words, or one word of
        three letters or more that is no stop word and not in common_words.txt ("antara")."""
        low = name.lower()
        if " " in low:
            return True
        return len(low) >= 3 and low not in STOP_WORDS and low not in self.lex.common_words

    def hits(self, st: DocState) -> list[tuple[int, int, int]]:
        """``(key, start, end)`` of every hit the casing of its sentence allows, outside dateline
        outlets, by start and longest first."""
        doc = st.doc
        found = {(a, b): key for key, a, b in self._gaz(doc)
                 if st.casing[a] != UPPER or self._caseless_safe(doc[a:b].text)}
        for key, a, b in self._gaz_caseless(doc):
            if st.casing[a] != CASED:
                found.setdefault((a, b), key)
        matches = sorted(((key, a, b) for (a, b), key in found.items()),
                         key=lambda m: (m[1], -(m[2] - m[1])))
        return [m for m in matches if not any(i in st.outlet_tokens for i in range(m[1], m[2]))]

    def __call__(self, st: DocState) -> None:
        doc = st.doc
        strings = self.vocab.strings
        matches = self.hits(st)
        st.gaz_ends.update(b - 1 for _key, _a, b in matches)
        for key, a, b in matches:
            kind = strings[key]
            label = self.lex.label_of(doc[a:b].text) or ("ORG" if kind == "org" else "LOC")
            if a not in st.gaz_at or st.gaz_at[a][0] < b:
                st.gaz_at[a] = (b, label, kind)
        for key, a, b in matches:
            kind = strings[key]
            label = st.gaz_at[a][1] if st.gaz_at[a][0] == b else (
                self.lex.label_of(doc[a:b].text) or "LOC")
            if a > 0 and doc[a - 1].lower_ in _LANGUAGE_WORDS:
                continue  # "bahasa Inggris" is a language
            before, after = self._glued(st, a - 1, before=True), self._glued(st, b, before=False)
            if (before or after) and not st.headline[a]:
                continue  # part of a longer name nobody listed: "Pos Indonesia", "Selat Bali"
            strength = "weak"
            if kind == "country" and st.casing[a] == CASED and not cap_neighbour(
                    st, self.lex, a - 1) and not cap_neighbour(st, self.lex, b):
                strength = "strong"  # a country with no capitalised word beside it
            st.propose(a, b, label, f"gaz_{kind}", strength)

    def _glued(self, st: DocState, i: int, before: bool) -> bool:
        """Does neighbour ``i`` make a gazetteer hit part of a longer unknown name ("Pos
        Indonesia", "Bekasi Timur", "Semen Gresik")? Government and place prefixes ("Pemkot
        Surabaya", "Kota Bandung": NER-UI tags the place alone) and a neighbouring known name
        ("DPRD Surabaya") do not."""
        if not cap_neighbour(st, self.lex, i):
            return False
        low = st.doc[i].lower_
        if low in GOV_PREFIXES or low in PLACE_PREFIXES:
            return False
        return i not in (st.gaz_ends if before else st.gaz_at)
