"""The internal currency between pipeline stages: labelled spans over the cleaned text.

Stages (tagger, rules, resolver) speak in :class:`Candidate` objects whose offsets index the
*normalized* text the tagger saw; only the pipeline's last step maps them back to the caller's
string and turns them into public :class:`newsner.Entity` objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: ``Candidate.extra`` key: a rule candidate from a sentence without reliable capitals
#: (:mod:`newsner.casing`), which under every policy only fills gaps unless it is strong.
UNCASED = "uncased"


@dataclass(frozen=True)
class Candidate:
    """A proposed mention: ``[start, end)`` in normalized text, a label, a score and its origin.

    ``source`` is ``"model"`` or ``"rule"`` (``"model+rule"`` once merged); ``rule`` names the
    rule that proposed it, for error analysis; ``strength`` lets strong rules (a title before a
    name, a curated gazetteer hit) override the model while weak ones only fill gaps.
    """

    start: int
    end: int
    label: str
    score: float = 1.0
    source: str = "model"
    rule: str = ""
    strength: str = "weak"
    extra: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end

    @property
    def length(self) -> int:
        return self.end - self.start
