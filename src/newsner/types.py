"""The objects newsner hands back to users.

Everything here is a plain frozen dataclass so results can be hashed, compared across runs and
processes, pickled to Dask workers, and turned into JSON with :func:`dataclasses.asdict`.
Offsets always index the string the caller passed in: ``text[e.start:e.end] == e.text``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Label = Literal["PER", "LOC", "ORG"]
LABELS: tuple[str, ...] = ("PER", "LOC", "ORG")

#: Where an entity came from: the statistical tagger, the rule layer, or both agreeing.
Source = Literal["model", "rule", "model+rule"]


@dataclass(frozen=True)
class Entity:
    """One mention of a person, place or organisation.

    ``start``/``end`` are character offsets into the caller's text. ``score`` is the model's
    confidence in [0, 1] (rules that fire without the model report their own fixed prior).
    ``canonical`` names the document group the mention belongs to; before resolution it is the
    mention's own text.
    """

    text: str
    label: str
    start: int
    end: int
    score: float = 1.0
    source: str = "model"
    canonical: str = ""

    def __post_init__(self) -> None:
        if self.label not in LABELS:
            raise ValueError(f"label must be one of {LABELS}, got {self.label!r}")
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")
        if not self.canonical:
            object.__setattr__(self, "canonical", self.text)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def _repr_html_(self) -> str:
        from newsner.display import render

        return render(self.text, [Entity(self.text, self.label, 0, len(self.text), self.score,
                                         self.source, self.canonical)])


@dataclass(frozen=True)
class RemovedSpan:
    """A region of the caller's text left out of tagging as page chrome, and why."""

    start: int
    end: int
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class EntityGroup:
    """All mentions of one real-world entity in a document ("Lavrov", "Sergey Lavrov")."""

    canonical: str
    label: str
    mentions: tuple[Entity, ...]

    @property
    def count(self) -> int:
        return len(self.mentions)

    def to_dict(self) -> dict[str, Any]:
        return {
            "canonical": self.canonical,
            "label": self.label,
            "count": self.count,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(frozen=True)
class Document:
    """The full result of :func:`newsner.analyze`: entities, their groups, and removed chrome."""

    text: str
    entities: tuple[Entity, ...] = ()
    groups: tuple[EntityGroup, ...] = ()
    removed: tuple[RemovedSpan, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "entities": [e.to_dict() for e in self.entities],
            "groups": [g.to_dict() for g in self.groups],
            "removed": [r.to_dict() for r in self.removed],
        }

    # --- display and interop (newsner.display; heavy libraries are imported on use) -------

    def _repr_html_(self) -> str:
        """Jupyter shows a document as its text with the entities highlighted (displaCy)."""
        from newsner.display import document_html

        return document_html(self)

    def __rich__(self) -> Any:
        """``rich.print(doc)``: a summary and tables of the mentions and groups."""
        from newsner.display import document_renderable

        return document_renderable(self)

    def to_dataframe(self) -> Any:
        """One row per mention (``pandas.DataFrame``; needs ``newsner[pandas]``)."""
        from newsner.display import to_dataframe

        return to_dataframe(self)

    def to_spacy(self, nlp: Any = None) -> Any:
        """A spaCy ``Doc`` of the text (``spacy.blank("id")`` tokens unless ``nlp`` is given)
        whose ``ents`` are these entities, with the same character offsets."""
        from newsner.display import to_spacy

        return to_spacy(self, nlp=nlp)
