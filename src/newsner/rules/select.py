"""The last step of the rules: pick non-overlapping proposals and make them candidates.

Where two proposals overlap the more specific rule wins (title > dateline > acronym >
gazetteer/org_head by length > name memory), then the longer, then the strong one, then the
earlier. No candidate covers a token in ``suppressed_tokens``. A candidate from a sentence
without reliable capitals carries ``extra[UNCASED]``: it may fill a gap the model left, never
override the model (:func:`newsner.resolve.merge`).
"""

from __future__ import annotations

from newsner.candidates import UNCASED, Candidate
from newsner.casing import CASED
from newsner.rules.state import DocState, Proposal

#: Fixed prior scores of rule candidates, by rule.
SCORES = {
    "title_person": 0.9,
    "title_alias": 0.85,
    "title_juris": 0.9,
    "dateline": 0.9,
    "acronym_def": 0.9,
    "acronym_doc": 0.85,
    "gaz_country": 0.9,
    "org_head": 0.6,
    "name_memory": 0.6,
}
DEFAULT_SCORE = 0.7
#: Which rule wins an overlap, by rule.
PRIORITY = {
    "title_person": 100,
    "title_alias": 99,
    "title_juris": 95,
    "dateline": 90,
    "acronym_def": 85,
    "acronym_doc": 80,
    "name_memory": 30,
}
_GAZ_PRIORITY = 60  # gazetteer hits and org_head compete on length


def _rank(p: Proposal) -> tuple[int, int, bool, int]:
    return (-PRIORITY.get(p.rule, _GAZ_PRIORITY), -(p.end - p.start), p.strength != "strong",
            p.start)


def select(st: DocState) -> list[Candidate]:
    """The non-overlapping winners among ``st.proposals`` as candidates, sorted by start."""
    taken = [False] * st.n
    chosen: list[Proposal] = []
    for p in sorted(st.proposals, key=_rank):
        if any(taken[i] or i in st.suppressed_tokens for i in range(p.start, p.end)):
            continue
        for i in range(p.start, p.end):
            taken[i] = True
        chosen.append(p)
    return [_candidate(st, p) for p in sorted(chosen, key=lambda p: p.start)]


def _candidate(st: DocState, p: Proposal) -> Candidate:
    """``p`` in character offsets, with its score and, from an uncased sentence, UNCASED."""
    doc = st.doc
    last = doc[p.end - 1]
    score = SCORES.get(p.rule, DEFAULT_SCORE)
    if p.rule == "gaz_country" and p.strength != "strong":
        score = DEFAULT_SCORE
    extra = {UNCASED: True} if st.casing[p.start] != CASED else {}
    return Candidate(doc[p.start].idx, last.idx + len(last.text), p.label, score=score,
                     source="rule", rule=p.rule, strength=p.strength, extra=extra)
