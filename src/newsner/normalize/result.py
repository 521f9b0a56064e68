"""The value :func:`newsner.normalize.normalize` returns."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsner.normalize.aligned import Aligned
from newsner.types import RemovedSpan

Span = tuple[int, int]


@dataclass(frozen=True)
class Normalized:
    """A page made ready for the tagger, with the way back to the caller's offsets.

    ``text`` is what the tokenizer and tagger see; ``original`` is the caller's string. Spans
    found in ``text`` are reported through :meth:`to_original`, so the pipeline never shows the
    user an offset into ``text``. ``removed`` lists the chrome left out (original coordinates);
    ``datelines`` and ``suppressed`` are in ``text`` coordinates because the pipeline applies
    them to its own predictions before mapping back.
    """

    original: str
    text: str
    removed: tuple[RemovedSpan, ...] = ()
    datelines: tuple[Span, ...] = ()
    suppressed: tuple[Span, ...] = ()
    alignment: Aligned = field(default=None, repr=False, compare=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.alignment is None:
            if self.text != self.original:
                raise ValueError("a Normalized whose text differs needs its alignment")
            object.__setattr__(self, "alignment", Aligned.identity(self.original))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The ``[start, end)`` of ``original`` that ``text[start:end]`` was made from.

        Always inside ``original``; ``original[s:e]`` holds exactly the characters behind the
        span (a curly quote for ``'"'``, ``"e\\u0301"`` for ``"é"``, the whole ``"â€œ"`` for a
        repaired quote). Raises :class:`ValueError` for a span outside ``text``.
        """
        return self.alignment.to_original(start, end)

    def from_original(self, start: int, end: int) -> Span | None:
        """The span of ``text`` that maps back to exactly ``[start, end)``, if it survived."""
        return self.alignment.from_original(start, end)

    def is_removed(self, start: int, end: int) -> bool:
        """Whether original ``[start, end)`` overlaps any removed chrome."""
        return any(r.start < end and start < r.end for r in self.removed)
