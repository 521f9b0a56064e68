"""Rules ``title_person``, ``title_alias`` and ``title_juris``: what follows an office or title.

A title ("Menlu", "Menteri Luar Negeri", "Kapolri") or a capitalised rank ("Jenderal") starts
``TITLE [JURIS | OFFICE]* [,] [RANK]* NAME [(ALIAS)]``:

* JURIS, a known place or body ("Menteri Luar Negeri **Rusia**", "Ketua **DPR**", "Amerika
  Serikat (AS)", "RI untuk Jepang"): ``title_juris``, strong;
* OFFICE, a run of portfolio words ("Menteri Kelautan dan Perikanan");
* RANK, ranks and honorifics ("Kapolri Jenderal", "Irjen Pol.", "(Purn)", "Prof. Dr."): never
  part of a span, and no candidate may cover them (``suppressed_tokens``: "Letjen TNI");
* NAME, a capitalised name ("Menlu AS **Blinken**"): ``title_person``, strong. Where the
  name's boundary is unclear (a capitalised word or a gazetteer hit right after it, or an
  organisation-heading title with no jurisdiction: "Direktur Indofood Franciscus Welirang")
  it proposes nothing;
* ALIAS, a bracketed nickname right after the name ("Joko Widodo (**Jokowi**)"):
  ``title_alias``, strong.

A title inside a name ("Instruksi Presiden Nomor 2"), a place ("Raja Ampat") or a facility
("Jalan Jenderal Sudirman") starts nothing.
"""

from __future__ import annotations

import spacy
from spacy.lang.id.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher
from spacy.tokens import Token

from newsner.rules.lexicon import (
    DAYS,
    FACILITY_WORDS,
    JURIS_SKIP,
    MONTHS,
    NAME_OK_TITLES,
    NAME_PARTICLES,
    NON_TRIGGER_RANKS,
    ORG_TITLE_HEADS,
)
from newsner.rules.patterns import Patterns
from newsner.rules.state import DocState
from newsner.rules.words import (
    ALL_CAPS_WORD,
    INITIAL,
    LETTER,
    NAME_WORD,
    ROMAN,
    cap_neighbour,
    is_name_word,
)

#: Most JURIS/OFFICE steps after a title.
_MAX_JURIS_STEPS = 6
#: Most name words in a name.
_MAX_NAME_WORDS = 4
_OFFICE_JOINERS = frozenset({",", "dan", "&", "serta"})


class Titles:
    """Parse every title in the document; propose names and jurisdictions after them."""

    def __init__(self, patterns: Patterns) -> None:
        self.lex = lex = patterns.lex
        self.vocab = patterns.vocab
        # titles and multi-word ranks, case-insensitive
        self._titles = PhraseMatcher(self.vocab, attr="LOWER")
        self._titles.add("TITLE", patterns.tokenize(sorted(lex.titles)))
        self._titles.add("RANK", patterns.tokenize(sorted(r for r in lex.ranks if " " in r)))
        self._juris_skip = PhraseMatcher(self.vocab, attr="ORTH")
        self._juris_skip.add("SKIP", patterns.tokenize(JURIS_SKIP))

    def __call__(self, st: DocState) -> None:
        skip_at = {a: b for _k, a, b in self._juris_skip(st.doc)}
        done_until = -1
        for a, b in self._triggers(st):
            if a >= done_until:
                done_until = self._parse_title(st, a, b, skip_at)

    # ------------------------------------------------------------------ triggers

    def _triggers(self, st: DocState) -> list[tuple[int, int]]:
        """``[a, b)`` of each title or rank that starts a parse, in document order."""
        doc = st.doc
        strings = self.vocab.strings
        title_matches = self._titles(doc)
        spans = spacy.util.filter_spans(
            [doc[a:b] for _k, a, b in title_matches]
            + [doc[i:i + 1] for i, w in enumerate(st.words)
               if w[:1].isupper() and w.lower().rstrip(".") in self.lex.ranks
               and w.lower().rstrip(".") not in NON_TRIGGER_RANKS]
        )
        keys = {(a, b): strings[k] for k, a, b in title_matches}
        out = []
        for span in spans:
            a, b = span.start, span.end
            if keys.get((a, b)) == "RANK" and not doc[a].text[:1].isupper():
                continue
            if self._starts_nothing(st, a):
                continue
            out.append((a, b))
        return out

    def _starts_nothing(self, st: DocState, a: int) -> bool:
        """A title at ``a`` that is part of a place, a name or a facility."""
        if a in st.gaz_at and st.gaz_at[a][0] > a + 1:
            return True  # "Raja Ampat" is a place
        if cap_neighbour(st, self.lex, a - 1):
            return True  # inside a name: "Instruksi Presiden Nomor 2", "Direktorat Jenderal"
        lo = max(st.sent_start[a], a - 2)
        # "Jalan Jenderal Sudirman", "Bandara Internasional Jenderal Ahmad Yani"
        return any(st.doc[i].lower_.rstrip(".") in FACILITY_WORDS for i in range(lo, a))

    # ------------------------------------------------------------------ one title

    def _parse_title(self, st: DocState, a: int, b: int, skip_at: dict[int, int]) -> int:
        """Parse ``TITLE [JURIS | OFFICE]* [,] [RANK]* NAME [(ALIAS)]`` from title ``[a, b)``;
        return the token where parsing stopped (no title before it starts another parse)."""
        doc = st.doc
        end = st.sent_end[a]
        k, juris = self._jurisdictions(st, b, end, skip_at)
        for ja, jb, label in juris:
            st.propose(ja, jb, label, "title_juris", "strong")
        if k < end and doc[k].text == "," and k + 1 < end:
            k += 1
        first_rank = k
        k = self._ranks(st, b, k, end)
        st.suppressed_tokens.update(range(first_rank, k))
        name = self.parse_name(st, k, end, strict=st.headline[a])
        if name is None:
            return k
        na, nb = name
        if nb < end and (nb in st.gaz_at or self._blocks_name(st, doc[nb])):
            return nb  # "Pelatih Timnas Indonesia", "anggota Satpol PP": no clear name boundary
        if not juris and self._heads_organisation(st, a, b):
            person = self._name_after_org_title(st, a, name, end)
            if person is None:
                return nb
            na, nb = person
        st.propose(na, nb, "PER", "title_person", "strong")
        return self._alias(st, nb, end)

    def _jurisdictions(self, st: DocState, k: int, end: int, skip_at: dict[int, int],
                       ) -> tuple[int, list[tuple[int, int, str]]]:
        """The JURIS and OFFICE words from ``k``: where they end, and the JURIS spans."""
        doc = st.doc
        juris: list[tuple[int, int, str]] = []
        for _ in range(_MAX_JURIS_STEPS):
            if k >= end:
                break
            if k in st.gaz_at and k not in st.outlet_tokens:
                j_end, label, _kind = st.gaz_at[k]
                juris.append((k, j_end, label))
                k = j_end
                if k + 2 < end and doc[k].text == "(" and doc[k + 2].text == ")" \
                        and ALL_CAPS_WORD.match(doc[k + 1].text):
                    k += 3  # "Amerika Serikat (AS)"
            elif k in skip_at:
                k = skip_at[k]  # "Kapolda Metro Jaya"
            elif self._is_office_word(doc[k]):
                k = self._office_run(st, k, end)
                continue
            else:
                break
            if k + 1 < end and doc[k].lower_ in {"untuk", "di"} and (k + 1) in st.gaz_at:
                k += 1  # "Dubes RI untuk Jepang"
        return k, juris

    def _is_office_word(self, t: Token) -> bool:
        return t.text[:1].isupper() and t.lower_ in self.lex.office_words

    def _office_run(self, st: DocState, k: int, end: int) -> int:
        """After the office word at ``k``: past a joiner and the office word after it
        ("Kelautan dan Perikanan", "Politik, Hukum, dan Keamanan")."""
        doc = st.doc
        k += 1
        j = k
        while j < end and j - k < 2 and doc[j].lower_ in _OFFICE_JOINERS:
            j += 1
        if j > k and j < end and self._is_office_word(doc[j]):
            k = j
        return k

    def _ranks(self, st: DocState, b: int, k: int, end: int) -> int:
        """Past the ranks and honorifics from ``k`` ("Jenderal", "Irjen Pol.", "(Purn)",
        "Prof. Dr."); ``b`` ends the title."""
        doc = st.doc
        first_rank = k
        while k < end:
            t = doc[k]
            low = t.lower_.rstrip(".")
            # "TNI" is an organisation, but in "Letjen TNI" it is part of the rank
            is_rank = low in self.lex.ranks and (t.i not in st.gaz_at or k > first_rank)
            if is_rank or (t.text == "." and k > b and not doc[k - 1].whitespace_):
                k += 1
            elif t.text == "(" and k + 2 < end and doc[k + 1].lower_ in self.lex.ranks \
                    and doc[k + 2].text == ")":
                k += 3
            else:
                break
        return k

    def _blocks_name(self, st: DocState, t: Token) -> bool:
        """A capitalised word right after a name that makes its end uncertain."""
        if not t.is_alpha or not t.text[:1].isupper() or t.i == st.sent_start[t.i]:
            return False
        low = t.lower_
        return not (low in DAYS or low in MONTHS or low in self.lex.titles
                    or low in self.lex.ranks or low in STOP_WORDS)

    @staticmethod
    def _heads_organisation(st: DocState, a: int, b: int) -> bool:
        """Does the title ``[a, b)`` head an organisation or team ("Direktur", "pelatih")?"""
        return bool({t.lower_ for t in st.doc[a:b]} & ORG_TITLE_HEADS)

    def _name_after_org_title(self, st: DocState, a: int, name: tuple[int, int], end: int,
                              ) -> tuple[int, int] | None:
        """The name after an organisation-heading title with no jurisdiction, or ``None``
        where the organisation and the name cannot be told apart."""
        na, nb = name
        # "Direktur Indofood Franciscus Welirang": which words are the company? Unknown.
        if sum(1 for t in st.doc[na:nb] if NAME_WORD.match(t.text)) >= 3:
            return None
        # "pelatih Leicester, Claudio Ranieri": the name is after the comma
        if nb + 1 < end and st.doc[nb].text == ",":
            after = self.parse_name(st, nb + 1, end, strict=st.headline[a])
            if after is not None and after[1] - after[0] >= 2:
                return after
        return name

    def _alias(self, st: DocState, nb: int, end: int) -> int:
        """Propose a bracketed nickname right after the name ending at ``nb`` ("Joko Widodo
        (Jokowi)"); return where the name, with its alias, ends."""
        doc = st.doc
        if nb + 2 < end and doc[nb].text == "(" and doc[nb + 2].text == ")" \
                and is_name_word(st, self.lex, doc[nb + 1], strict=False):
            st.propose(nb + 1, nb + 2, "PER", "title_alias", "strong")
            return nb + 3
        return nb

    # ------------------------------------------------------------------ names

    def parse_name(self, st: DocState, k: int, end: int, strict: bool,
                   ) -> tuple[int, int] | None:
        """The person's name starting at ``k`` (up to four name words, with particles,
        initials and hyphenated parts, and a regnal number), or ``None``."""
        doc = st.doc
        if not (k < end and (is_name_word(st, self.lex, doc[k], strict) or (
                LETTER.match(doc[k].text) and k + 1 < end
                and is_name_word(st, self.lex, doc[k + 1], strict)))):  # "M Nasir"
            return None
        start = j = k
        words = 0
        while j < end and words < _MAX_NAME_WORDS:
            step = self._name_step(st, start, j, end, strict)
            if step is None:
                break
            j += step[0]
            words += step[1]
        # a name never ends in a particle
        while j > start + 1 and doc[j - 1].lower_ in NAME_PARTICLES:
            j -= 1
        if words == 0:
            return None
        if j < end and ROMAN.match(doc[j].text):
            j += 1  # "Elizabeth II"
        return start, min(j, end)

    def _name_step(self, st: DocState, start: int, j: int, end: int, strict: bool,
                   ) -> tuple[int, int] | None:
        """One step of a name started at ``start``, at token ``j``: (tokens it takes, name
        words among them), or ``None`` where the name ends."""
        doc = st.doc
        t = doc[j]
        nxt = doc[j + 1] if j + 1 < end else None
        if is_name_word(st, self.lex, t, strict) or (
                j > start and t.lower_ in NAME_OK_TITLES and NAME_WORD.match(t.text)):
            return 1, 1
        if j > start and t.lower_ in NAME_PARTICLES and nxt is not None and (
                is_name_word(st, self.lex, nxt, strict) or nxt.text == "-"):
            return 1, 0  # "bin Salman", "van der"
        glued = j > 0 and not doc[j - 1].whitespace_
        if j > start and t.text in {"-", "'", "’"} and glued and not t.whitespace_ \
                and nxt is not None and nxt.is_alpha:
            return 2, 1  # "Shin Tae-yong", "al-Assad"
        if (INITIAL.match(t.text) or LETTER.match(t.text)) and nxt is not None \
                and is_name_word(st, self.lex, nxt, strict):
            return 1, 0  # "Susilo B. Yudhoyono", "Luhut B Pandjaitan"
        return None
