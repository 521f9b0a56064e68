"""Short forms a document defines for itself: "Komisi Pemberantasan Korupsi (KPK)".

:func:`find_definitions` finds the pairs; the rules ``acronym_def`` and ``acronym_doc``
(:class:`Acronyms`) label them.

The alignment between a short form and the words before (or inside) the brackets is the
Schwartz-Hearst algorithm (Schwartz & Hearst, PSB 2003): walk both strings from the end, match
every letter of the short form in order, and require its first letter to begin a word. It finds
"Amerika Serikat" in "Menteri Luar Negeri Amerika Serikat (AS)" and "Joko Widodo" in "Joko Widodo
(Jokowi)". On top of it we demand that the long form looks like a name (capitalised words, with
only a few lowercase connectors), which keeps "... anggota sidang (AS)" out.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
import regex
from spacy.attrs import ORTH
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from newsner.rules.lexicon import ORG_HEADS
from newsner.rules.patterns import Patterns
from newsner.rules.state import DocState

#: A token that may be a short form: starts with a capital, 2-12 letters/digits/-/&/. .
SHORT_FORM = r"^[A-Z][A-Za-z0-9&.\-]{1,11}$"
_SHORT_FORM_RE = regex.compile(SHORT_FORM)
#: Lowercase words allowed inside a long form ("Badan Riset dan Inovasi Nasional").
CONNECTORS = frozenset(str.split("dan untuk di dari bagi serta atas of and the for & , -"))
_CAPITALISED = regex.compile(r"^[\p{Lu}\p{N}]")


@dataclass(frozen=True)
class Definition:
    """One ``long (SHORT)`` or ``SHORT (long)`` pair found in a document (token offsets)."""

    short: str
    long: str
    short_start: int
    short_end: int
    long_start: int
    long_end: int


def align(short: str, long: str) -> int | None:
    """Schwartz-Hearst: the char offset in ``long`` where the long form of ``short`` starts."""
    s = len(short) - 1
    lo = len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while lo >= 0 and (
            long[lo].lower() != c or (s == 0 and lo > 0 and long[lo - 1].isalnum())
        ):
            lo -= 1
        if lo < 0:
            return None
        lo -= 1
        s -= 1
    # back up to the start of the word holding the first match
    start = lo + 1
    while start > 0 and long[start - 1].isalnum():
        start -= 1
    return start


def _looks_like_name(tokens: list[str]) -> bool:
    if not tokens or not _CAPITALISED.match(tokens[0]) or not _CAPITALISED.match(tokens[-1]):
        return False
    lowers = [t for t in tokens if not _CAPITALISED.match(t) and t not in {",", "-", "&"}]
    return all(t.lower() in CONNECTORS for t in lowers) and len(lowers) <= 2


def _long_form(doc: Doc, short: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Token span ``[a, hi)`` within ``doc[lo:hi]`` that is the long form of ``short``."""
    if hi <= lo:
        return None
    base = doc[lo].idx
    text = doc[lo:hi].text  # not doc.text: that joins the whole doc on every call
    at = align(short, text)
    if at is None:
        return None
    char = base + at
    a = next((i for i in range(lo, hi) if doc[i].idx == char), None)
    if a is None:
        return None
    words = [t.text for t in doc[a:hi]]
    max_words = min(len(short) + 5, 2 * len(short) + 1)
    if len(words) > max_words or not _looks_like_name(words):
        return None
    if len(words) == 1 and words[0] == short:
        return None
    return a, hi


def find_definitions(doc: Doc) -> list[Definition]:
    """Every ``long (SHORT)`` and ``SHORT (long)`` pair in ``doc``, in document order."""
    out: list[Definition] = []
    n = len(doc)
    # the "(" tokens, found on the ORTH column in C rather than by a Token object per token
    opening = numpy.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings["("]).tolist()
    for i in opening:
        if i + 1 >= n:
            continue
        # long (SHORT)
        if i + 2 < n and doc[i + 2].text == ")" and _SHORT_FORM_RE.match(doc[i + 1].text):
            short = doc[i + 1].text
            lo = i
            limit = max(0, i - (len(short) + 6))
            while lo > limit and not doc[lo - 1].is_space and not doc[lo - 1].is_sent_end \
                    and doc[lo - 1].text not in {".", ";", ":", "(", ")", '"', "“", "”"}:
                lo -= 1
            span = _long_form(doc, short, lo, i)
            if span:
                out.append(Definition(short, doc[span[0]:span[1]].text, i + 1, i + 2, *span))
            continue
        # SHORT (long)
        if i > 0 and _SHORT_FORM_RE.match(doc[i - 1].text):
            short = doc[i - 1].text
            close = next((j for j in range(i + 1, min(n, i + len(short) + 8))
                          if doc[j].text == ")" or doc[j].is_space), None)
            if close is None or doc[close].text != ")":
                continue
            span = _long_form(doc, short, i + 1, close)
            if span and span[0] == i + 1:
                out.append(Definition(short, doc[span[0]:span[1]].text, i - 1, i, *span))
    return out


#: Extra head words that make an unknown long form an organisation ("Pakta ...", "Tentara ...").
ACRONYM_ORG_HEADS = ORG_HEADS | frozenset(str.split(
    "perserikatan pakta tentara angkatan kamar pusat gerakan front dana serikat pasukan korps "
    "satuan kesatuan perum bursa maskapai koalisi aliansi jaringan forum kongres parlemen "
    "senat pengurus"
))


class Acronyms:
    """Rules ``acronym_def`` and ``acronym_doc``: label the document's own definitions.

    ``acronym_def``: both halves of "Komisi Pemberantasan Korupsi (KPK)" when the label is
    known: from the gazetteer, from a person a title rule found ("Joko Widodo (Jokowi)"), or
    from an organisation head word. ``acronym_doc``: later mentions of a short or long form so
    defined, as certain as the definition. Both strong. Every definition, labelled or not,
    goes to ``acronyms`` (its label, where known, to ``acronym_labels``).
    """

    def __init__(self, patterns: Patterns) -> None:
        self.lex = patterns.lex
        self.vocab = patterns.vocab

    def __call__(self, st: DocState) -> None:
        doc = st.doc
        defs = find_definitions(doc)
        persons = {(p.start, p.end) for p in st.proposals if p.label == "PER"}
        acronyms, labels = st.acronyms, st.acronym_labels
        for d in defs:
            acronyms.setdefault(d.short, d.long)
            label = self._label(doc, d, persons)
            if label is None:
                continue
            labels.setdefault(d.short, label)
            st.propose(d.short_start, d.short_end, label, "acronym_def", "strong")
            if label != "PER":
                ls = d.long_start
                if ls > 0 and doc[ls - 1].text in {"PT", "PT.", "Perum"}:
                    ls -= 1  # "PT Telekomunikasi Indonesia Tbk (Telkom)"
                st.propose(ls, d.long_end, label, "acronym_def", "strong")
        if labels:
            self._later_mentions(st, defs)

    def _later_mentions(self, st: DocState, defs: list[Definition]) -> None:
        """Propose every mention of a labelled pair's forms (``acronym_doc``)."""
        doc = st.doc
        pm = PhraseMatcher(self.vocab, attr="ORTH")
        forms: dict[str, list[Doc]] = {}
        for d in defs:
            label = st.acronym_labels.get(d.short)
            if label is None or st.acronyms[d.short] != d.long:
                continue
            forms.setdefault(label, []).append(doc[d.short_start:d.short_end].as_doc())
            if label != "PER":
                forms[label].append(doc[d.long_start:d.long_end].as_doc())
        for label, docs in forms.items():
            pm.add(label, docs)
        for key, a, b in pm(doc):
            st.propose(a, b, self.vocab.strings[key], "acronym_doc", "strong")

    def _label(self, doc: Doc, d: Definition, persons: set[tuple[int, int]]) -> str | None:
        known = self.lex.label_of(d.long) or self.lex.label_of(d.short)
        if known:
            return known
        if (d.long_start, d.long_end) in persons:
            return "PER"
        if doc[d.long_start].lower_ in ACRONYM_ORG_HEADS:
            return "ORG"
        return None
