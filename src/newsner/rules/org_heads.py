"""Rule ``org_head``: an organisation head word and a short capitalised run after it.

"Kementerian Luar Negeri Rusia" (up to the end of a known place in the run), "Universitas
Gadjah Mada" (else at most three words, ending before lower case), "PT Pos Indonesia
(Persero)" (with numbers, "Tbk" and "(Persero)"). Not in headlines, not after a capitalised
word. Weak.
"""

from __future__ import annotations

from newsner.rules.patterns import Patterns
from newsner.rules.state import DocState
from newsner.rules.words import ALL_CAPS_WORD, NAME_WORD, cap_neighbour

#: Head words the org_head rule trusts (NER-UI leaves "Liga Champions", "Komisi VII" and the
#: "Pemkot" of "Pemkot Surabaya" out of its ORG spans).
ORG_RULE_HEADS = frozenset(str.split(
    "universitas institut kementerian partai pt bank yayasan asosiasi perhimpunan "
    "organisasi lembaga"
))
#: Most tokens after the head word.
_MAX_RUN = 7


class OrgHeads:
    """Propose ``ORG`` for a trusted head word and the capitalised run after it."""

    def __init__(self, patterns: Patterns) -> None:
        self.lex = patterns.lex

    def __call__(self, st: DocState) -> None:
        for i, word in enumerate(st.words):
            head = word.lower()
            if head not in ORG_RULE_HEADS or not word[:1].isupper() or st.headline[i]:
                continue
            if cap_neighbour(st, self.lex, i - 1):
                continue
            is_pt = head == "pt"
            end = st.sent_end[i]
            j, words = self._run(st, i, end, is_pt)
            if not words:
                continue
            stop = self._pt_end(st, j, end) if is_pt else self._end(st, i, j, end, words)
            if stop is not None:
                st.propose(i, stop, "ORG", "org_head", "weak")

    @staticmethod
    def _run(st: DocState, i: int, end: int, is_pt: bool) -> tuple[int, int]:
        """The capitalised run after the head at ``i``: where it ends, and its word count."""
        doc = st.doc
        j, words = i + 1, 0
        while j < end and j - i <= _MAX_RUN:
            tt = doc[j]
            if NAME_WORD.match(tt.text) or ALL_CAPS_WORD.match(tt.text) \
                    or (is_pt and words and tt.like_num):
                words += 1
                j += 1
            elif tt.lower_ in {"dan", "&"} and words and j + 1 < end \
                    and NAME_WORD.match(doc[j + 1].text):
                j += 1
            else:
                break
        return j, words

    @staticmethod
    def _pt_end(st: DocState, j: int, end: int) -> int:
        """A company's name ends with its run, "Tbk" and "(Persero)" included ("PT Pos
        Indonesia (Persero)", "PT Bank Danamon Indonesia Tbk")."""
        doc = st.doc
        stop = j
        if stop < end and doc[stop].text in {"Tbk", "Tbk."}:
            stop += 1
        if stop + 2 < end and doc[stop].text == "(" and doc[stop + 1].text == "Persero" \
                and doc[stop + 2].text == ")":
            stop += 3
        return stop

    @staticmethod
    def _end(st: DocState, i: int, j: int, end: int, words: int) -> int | None:
        """Where any other organisation's name ends: with the first known place in its run
        ("Kementerian Luar Negeri Rusia"), else with a short run followed by no capital."""
        for x in range(i + 1, j):
            if x in st.gaz_at and st.gaz_at[x][1] == "LOC" and st.gaz_at[x][0] <= j:
                return st.gaz_at[x][0]
        if words <= 3 and (j >= end or not st.doc[j].text[:1].isupper()):
            return j
        return None
