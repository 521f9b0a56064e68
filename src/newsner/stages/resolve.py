"""Stage ``resolve``: each document's entities and groups in the caller's offsets
(:func:`newsner.resolve.resolve`, then the map back through the normalizer)."""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from dataclasses import replace
from itertools import accumulate
from typing import ClassVar

from newsner.candidates import Candidate
from newsner.policy import MergePolicy
from newsner.resolve import resolve
from newsner.stages.batch import DOCUMENTS, GRAPHEME, Batch, Work
from newsner.types import Document, Entity, EntityGroup

#: General categories that never begin or end an entity: controls, format (zero-width, bidi),
#: surrogates, private use, unassigned, separators, symbols (emoji, modifiers, U+FFFD), and
#: marks that lead a cluster (orphans of the character before the entity, e.g. ")\u0301Joko").
_EDGE_JUNK = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp", "So", "Sk",
                        "Mn", "Mc", "Me"})


def _is_edge_junk(cluster: str) -> bool:
    return cluster[0].isspace() or unicodedata.category(cluster[0]) in _EDGE_JUNK


class Resolve:
    """Drop candidates over the outlet names of datelines, merge model and rule candidates
    under ``policy`` and group the mentions (:func:`newsner.resolve.resolve`), and map every
    span back to the caller's string as an :class:`~newsner.types.Entity`."""

    name: ClassVar[str] = "resolve"
    over: ClassVar[str] = DOCUMENTS
    reads: ClassVar[tuple[str, ...]] = ("Work.text", "Work.norm", "Work.model", "Work.rules",
                                        "Work.acronyms")
    writes: ClassVar[tuple[str, ...]] = ("Work.result",)

    def __init__(self, policy: MergePolicy | str, harmonise: bool = False) -> None:
        self.policy = policy
        self.harmonise = harmonise

    def __call__(self, batch: Batch) -> None:
        for work in batch.docs:
            work.result = self.document(work)

    def document(self, work: Work) -> Document:
        text, norm, model, rules = work.text, work.norm, work.model, work.rules
        if norm.suppressed:
            # sorted starts and running max of ends: one bisect per candidate, not a scan of
            # every outlet span (a page of thousands of "KOMPAS.com -" lines made it quadratic)
            spans = sorted(norm.suppressed)
            starts = [s for s, _ in spans]
            reach = list(accumulate((e for _, e in spans), max))

            def free(c: Candidate) -> bool:
                i = bisect_left(starts, c.end)
                return i == 0 or reach[i - 1] <= c.start

            model = [c for c in model if free(c)]
            rules = [c for c in rules if free(c)]
        final, groups = resolve(model, rules, norm.text, work.acronyms, policy=self.policy,
                                harmonise=self.harmonise)
        entities: list[Entity] = []
        index_of: dict[int, int] = {}
        for i, cand in enumerate(final):
            start, end = norm.to_original(cand.start, cand.end)
            # trim whole graphemes of whitespace, controls, invisibles and symbols (emoji) off
            # both ends: a span never ends inside "👍🏽" or starts on a zero-width space
            clusters = GRAPHEME.findall(text, start, end)
            lo, hi = 0, len(clusters)
            while lo < hi and _is_edge_junk(clusters[lo]):
                lo += 1
            while hi > lo and _is_edge_junk(clusters[hi - 1]):
                hi -= 1
            if lo == hi:
                continue
            start += sum(map(len, clusters[:lo]))
            end -= sum(map(len, clusters[hi:]))
            while end < len(text) and unicodedata.category(text[end])[0] == "M":
                end += 1  # marks after the last letter belong to it
            index_of[i] = len(entities)
            entities.append(Entity(text=text[start:end], label=cand.label, start=start, end=end,
                                   score=round(float(cand.score), 4), source=cand.source))
        out_groups: list[EntityGroup] = []
        for canonical, label, indices in groups:
            members = [index_of[i] for i in indices if i in index_of]
            if not members:
                continue
            for m in members:
                entities[m] = replace(entities[m], canonical=canonical)
            out_groups.append(EntityGroup(canonical, label, tuple(entities[m] for m in members)))
        entities.sort(key=lambda e: (e.start, e.end))
        return Document(text=text, entities=tuple(entities), groups=tuple(out_groups),
                        removed=norm.removed)
