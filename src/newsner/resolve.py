"""Document-level resolution: merge model and rule candidates, then group mentions of one entity.

:func:`merge` turns the tagger's and the rules' candidates into one non-overlapping list under a
configurable :class:`MergePolicy`; :func:`group` clusters the merged mentions into real-world
entities ("Lavrov" with "Sergey Lavrov", "AS" with "Amerika Serikat", "STOCKHOLM" with
"Stockholm"); :func:`harmonise_labels` optionally gives every mention of a group its majority
label. All offsets index the normalized ``text`` the candidates were found in.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from newsner.candidates import UNCASED, Candidate
from newsner.policy import DEFAULT_POLICY, MergePolicy
from newsner.rules.lexicon import load_lexicon

__all__ = [
    "MergePolicy",
    "group",
    "harmonise_labels",
    "merge",
    "resolve",
]

Group = tuple[str, str, list[int]]

_EDGE_PUNCT = " \t\r\n,.;:()[]{}\"'“”‘’-–—/|"


# ---------------------------------------------------------------------------------- merge


def merge(
    model: Sequence[Candidate],
    rules: Sequence[Candidate],
    text: str,
    policy: MergePolicy | str,
) -> list[Candidate]:
    """Non-overlapping candidates sorted by start, combined under ``policy``.

    Under every policy but ``model``, the model's PER spans first lose the titles, ranks and
    forms of address they start with (:func:`_without_leading_titles`); ``model`` keeps the
    tagger's spans as they are, so it scores the tagger alone."""
    policy = MergePolicy(policy)
    model = _valid(model, text)
    if policy is not MergePolicy.MODEL:
        model = [t for t in (_without_leading_titles(c, text) for c in model) if t is not None]
    model_c = _non_overlapping(model, _model_rank)
    rule_c = _non_overlapping(_valid(rules, text), _rule_rank)
    if policy is MergePolicy.MODEL:
        return model_c
    if policy is MergePolicy.RULES:
        return rule_c
    if policy is MergePolicy.UNION_MODEL_FIRST:
        overriding = [r for r in rule_c if r.strength == "strong"]
        fillers = [r for r in rule_c if r.strength != "strong"]
    else:  # rules first, but a rule from a sentence without capitals only where strong
        overriding = [r for r in rule_c if r.strength == "strong" or not r.extra.get(UNCASED)]
        fillers = [r for r in rule_c if r not in overriding]
    return _union(model_c, overriding, fillers, text)


def _valid(cands: Iterable[Candidate], text: str) -> list[Candidate]:
    return [c for c in cands if 0 <= c.start < c.end <= len(text)]


_WORD = re.compile(r"\S+")


def _without_leading_titles(c: Candidate, text: str) -> Candidate | None:
    """A model PER span without the titles, ranks and forms of address it starts with ("Dr.
    Jamhari" -> "Jamhari", "Kapolri Jenderal Tito" -> "Tito"), or None when nothing else is
    left ("Kapolri" alone names an office, not a person). The tagger learned the convention
    from NER-UI, whose PER spans never start with a common title, but still slips on rarer
    ones. Titles, ranks and forms of address are the rule layer's curated lists
    (:meth:`~newsner.rules.lexicon.Lexicon.leading_titles`)."""
    if c.label != "PER":
        return c
    words = list(_WORD.finditer(text, c.start, c.end))
    i = load_lexicon().leading_titles([w.group().lower().rstrip(".") for w in words])
    if i == 0:
        return c
    if i == len(words):
        return None
    if not words[i].group()[:1].isupper():
        return c  # "Menteri bidang ...": no title followed by a name; leave it to the tagger
    return dataclasses.replace(c, start=words[i].start())


def _model_rank(c: Candidate) -> tuple:
    return (-c.score, -c.length, c.start)


def _rule_rank(c: Candidate) -> tuple:
    return (c.strength != "strong", -c.length, -c.score, c.start)


class _Occupied:
    """Non-overlapping spans kept sorted by start, so that "which kept spans overlap this one?"
    is two binary searches, not a scan: a 10 MB text has 10^5 mentions, and pairwise checks
    made resolution quadratic (minutes for one page)."""

    def __init__(self, spans: Iterable[Candidate] = ()) -> None:
        self._items: list[Candidate] = []
        self._starts: list[int] = []
        self._ends: list[int] = []  # sorted too: the spans do not overlap
        for c in spans:
            self.add(c)

    def overlapping(self, c: Candidate) -> list[Candidate]:
        lo = bisect_right(self._ends, c.start)  # first kept span ending after c starts
        hi = bisect_left(self._starts, c.end)  # first kept span starting at or after c's end
        return self._items[lo:hi]

    def add(self, c: Candidate) -> None:
        """Keep ``c``; the caller has checked that it overlaps nothing kept."""
        i = bisect_left(self._starts, c.start)
        self._items.insert(i, c)
        self._starts.insert(i, c.start)
        self._ends.insert(i, c.end)


def _non_overlapping(cands: list[Candidate], rank) -> list[Candidate]:
    """Greedy by ``rank``: keep a candidate unless it overlaps one already kept."""
    kept = _Occupied()
    for c in sorted(cands, key=rank):
        if not kept.overlapping(c):
            kept.add(c)
    return kept._items


def _union(
    model: list[Candidate],
    overriding: list[Candidate],
    fillers: list[Candidate],
    text: str,
) -> list[Candidate]:
    out: list[Candidate] = []
    placed: set[Candidate] = set()  # rules already represented in ``out``
    blocked: set[Candidate] = set()  # rules that lost to a model span
    strong = set(overriding)
    same_span: dict[tuple[int, int], Candidate] = {}
    for r in overriding + fillers:
        same_span.setdefault((r.start, r.end), r)
    overriding_spans = _Occupied(overriding)
    for m in model:
        r = same_span.get((m.start, m.end))
        if r is not None:
            if r.label == m.label:
                out.append(dataclasses.replace(
                    m, source="model+rule", score=max(m.score, r.score), rule=r.rule,
                    strength=r.strength, extra={**m.extra, **r.extra}))
                placed.add(r)
            elif r in strong:
                out.append(r)
                placed.add(r)
            else:
                out.append(m)
                blocked.add(r)
            continue
        over = overriding_spans.overlapping(m)
        if not over:
            out.append(m)
        elif all(m.start <= r.start and r.end <= m.end and r.label == m.label for r in over):
            out.append(m)  # the model found the fuller span of the same entity
            blocked.update(over)
        else:
            out.extend(_remainders(m, over, text))  # the rules themselves are added below
    out.extend(r for r in overriding if r not in placed and r not in blocked)
    taken = _Occupied(_dedupe(out))
    for f in fillers:
        if f not in blocked and not taken.overlapping(f):
            taken.add(f)
    return taken._items


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """Sorted, non-overlapping: the first of overlapping spans wins (a model+rule agreement
    before others at the same place)."""
    out: list[Candidate] = []
    reach = -1  # end of the kept spans so far: they are sorted and disjoint
    for c in sorted(cands, key=lambda c: (c.start, c.end, c.source != "model+rule")):
        if c.start < reach:
            continue
        out.append(c)
        reach = c.end
    return out


def _remainders(m: Candidate, rules: list[Candidate], text: str) -> list[Candidate]:
    """The parts of model span ``m`` that no overriding rule covers and that still look like a
    name ("Rusia Sergey Lavrov" PER minus the rule "Rusia" LOC leaves "Sergey Lavrov" PER)."""
    lex = load_lexicon()
    cuts = sorted((max(r.start, m.start), min(r.end, m.end)) for r in rules)
    pieces: list[tuple[int, int]] = []
    pos = m.start
    for a, b in cuts:
        if a > pos:
            pieces.append((pos, a))
        pos = max(pos, b)
    if pos < m.end:
        pieces.append((pos, m.end))
    out = []
    for a, b in pieces:
        while a < b and text[a] in _EDGE_PUNCT:
            a += 1
        while b > a and text[b - 1] in _EDGE_PUNCT:
            b -= 1
        piece = text[a:b]
        if b - a < 2 or not piece[:1].isupper() or lex.is_title_phrase(piece):
            continue
        # must sit on word boundaries
        if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
            continue
        out.append(dataclasses.replace(m, start=a, end=b))
    return out


# ---------------------------------------------------------------------------------- group


def group(
    final: Sequence[Candidate],
    text: str,
    acronyms: dict[str, str] | None = None,
    *,
    use_gazetteer: bool = True,
) -> list[Group]:
    """One ``(canonical, label, indices into final)`` per real-world entity, in text order.

    Mentions join when they are the same string up to case ("STOCKHOLM", "Stockholm"); when
    one is a short form of the other according to ``acronyms`` (the document's own
    definitions, e.g. ``RuleMatcher.acronyms(doc)``) or, with ``use_gazetteer``, the curated
    alias list ("AS" -> "Amerika Serikat"); and when a PER mention is the first or last word(s)
    of exactly one longer PER mention ("Lavrov" -> "Sergey Lavrov"). A bare surname shared by
    two different full names stays on its own. The canonical name is the fullest one used;
    the label is the majority label of the group.
    """
    n = len(final)
    surfaces = [" ".join(text[c.start:c.end].split()) for c in final]
    keys = [s.casefold() for s in surfaces]
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    first_of: dict[str, int] = {}
    for i, k in enumerate(keys):
        if k in first_of:
            union(first_of[k], i)
        else:
            first_of[k] = i

    # short forms: the document's own definitions override the curated ones
    mapping: dict[str, str] = {}
    if use_gazetteer:
        mapping.update({short: full for short, (full, _lab) in load_lexicon().aliases.items()})
    mapping.update(acronyms or {})
    for i, s in enumerate(surfaces):
        full = mapping.get(s)
        if full is not None:
            j = first_of.get(" ".join(full.split()).casefold())
            if j is not None:
                union(i, j)

    # partial person names, longest first so that full-name variants merge before surnames
    per_forms: dict[str, tuple[str, ...]] = {}
    for i, c in enumerate(final):
        if c.label == "PER" and keys[i]:
            per_forms.setdefault(keys[i], tuple(keys[i].split()))
    # a part of a name shares its first or last word: look only there (not at every name)
    by_edge_word: dict[str, list[str]] = defaultdict(list)
    for key, words in per_forms.items():
        by_edge_word[words[0]].append(key)
        if words[-1] != words[0]:
            by_edge_word[words[-1]].append(key)
    for key, words in sorted(per_forms.items(), key=lambda kv: len(kv[1]), reverse=True):
        near = {*by_edge_word[words[0]], *by_edge_word[words[-1]]}
        roots = {
            find(first_of[other])
            for other in near
            if len(per_forms[other]) > len(words) and _part_of_name(words, per_forms[other])
        }
        if len(roots) == 1:
            union(first_of[key], roots.pop())

    members: dict[int, list[int]] = {}
    for i in range(n):
        members.setdefault(find(i), []).append(i)
    groups: list[Group] = []
    for idxs in sorted(members.values(), key=lambda ix: ix[0]):
        canonical = _canonical([surfaces[i] for i in idxs])
        groups.append((canonical, _majority_label(final, idxs, surfaces, canonical), idxs))
    return groups


def _part_of_name(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """``short`` is the first or last word of ``long``, or a subsequence of it that keeps its
    first or last word ("sri mulyani" in "sri mulyani indrawati")."""
    if len(short) == 1:
        return short[0] in (long[0], long[-1])
    if short[0] != long[0] and short[-1] != long[-1]:
        return False
    it = iter(long)
    return all(w in it for w in short)


def _canonical(forms: list[str]) -> str:
    counts = Counter(forms)
    order = {f: i for i, f in reversed(list(enumerate(forms)))}
    return max(counts, key=lambda f: (len(f.split()), len(f), not f.isupper(), counts[f],
                                      -order[f]))


def _majority_label(final: Sequence[Candidate], idxs: list[int], surfaces: list[str],
                    canonical: str) -> str:
    counts = Counter(final[i].label for i in idxs)
    best = max(counts.values())
    tied = {lab for lab, c in counts.items() if c == best}
    if len(tied) == 1:
        return tied.pop()
    for i in idxs:  # a tie goes to the label of the canonical mention
        if surfaces[i] == canonical and final[i].label in tied:
            return final[i].label
    return next(final[i].label for i in idxs if final[i].label in tied)


def harmonise_labels(
    final: Sequence[Candidate], groups: Sequence[Group], enabled: bool = True
) -> list[Candidate]:
    """Give every mention its group's label (majority vote); ``enabled=False`` is a no-op."""
    out = list(final)
    if not enabled:
        return out
    for _canonical_name, label, idxs in groups:
        for i in idxs:
            c = out[i]
            if c.label != label:
                out[i] = dataclasses.replace(c, label=label,
                                             extra={**c.extra, "label_before_group": c.label})
    return out


def resolve(
    model: Sequence[Candidate],
    rules: Sequence[Candidate],
    text: str,
    acronyms: dict[str, str] | None = None,
    *,
    policy: MergePolicy | str = DEFAULT_POLICY,
    harmonise: bool = False,
    use_gazetteer: bool = True,
) -> tuple[list[Candidate], list[Group]]:
    """:func:`merge`, :func:`group` and (optionally) :func:`harmonise_labels` in one call."""
    final = merge(model, rules, text, policy)
    groups = group(final, text, acronyms, use_gazetteer=use_gazetteer)
    final = harmonise_labels(final, groups, enabled=harmonise)
    return final, groups
