"""Text that remembers where every character came from.

Every clean-up step in :mod:`newsner.normalize` (mojibake repair, quote folding, chrome removal,
whitespace collapse) rewrites the text, yet entities found in the rewritten text must be
reported at exact offsets of the caller's string. Instead of keeping a per-character index
array (costly in Python for long pages), an :class:`Aligned` keeps a short list of *segments*:

* an **identity** segment is a run of characters copied unchanged from the original, so offsets
  inside it translate one to one;
* a **replacement** segment is text that stands for a whole original range (``"â€œ"`` became
  ``'"'``, a removed chrome line became ``"\\n\\n"``); any character of it maps to that whole
  range, never to a point inside it.

Each step produces a list of edits over the current text; :meth:`Aligned.apply` composes them
with the segments it already has, so the mapping always points straight into the original, no
matter how many steps ran. Segments are ordered in both coordinates, so mapped spans are always
well formed and inside the original.
"""

from __future__ import annotations

import operator
from bisect import bisect_right
from collections.abc import Iterable

#: ``(clean_start, clean_end, orig_start, orig_end, identity)``
Segment = tuple[int, int, int, int, bool]
#: ``(start, end, replacement)`` over the current clean text; ``""`` deletes.
Edit = tuple[int, int, str]


class Aligned:
    """A cleaned text plus the segment map back to the original string."""

    __slots__ = ("text", "original", "_segs", "_starts")

    def __init__(self, text: str, original: str, segs: list[Segment]) -> None:
        self.text = text
        self.original = original
        self._segs: tuple[Segment, ...] = tuple(segs)
        self._starts = [s[0] for s in segs]

    @classmethod
    def identity(cls, original: str) -> Aligned:
        """The original text mapped onto itself (the starting point of every pipeline)."""
        segs: list[Segment] = [(0, len(original), 0, len(original), True)] if original else []
        return cls(original, original, segs)

    @property
    def segments(self) -> tuple[Segment, ...]:
        return self._segs

    # -- mapping -------------------------------------------------------------------------------

    def _seg_at(self, pos: int) -> Segment:
        return self._segs[bisect_right(self._starts, pos) - 1]

    def _char_start(self, pos: int) -> int:
        cs, _, os_, _, ident = self._seg_at(pos)
        return os_ + (pos - cs) if ident else os_

    def _char_end(self, pos: int) -> int:
        cs, _, os_, oe, ident = self._seg_at(pos)
        return os_ + (pos - cs) + 1 if ident else oe

    def boundary(self, pos: int) -> int:
        """Original offset of the boundary *before* clean character ``pos``."""
        if not self.text:
            return 0
        if pos < len(self.text):
            return self._char_start(pos)
        return self._char_end(len(self.text) - 1)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` that clean ``[start, end)`` was made from."""
        n = len(self.text)
        start, end = operator.index(start), operator.index(end)
        if not 0 <= start <= end <= n:
            raise ValueError(f"span [{start}, {end}) is not inside the clean text (0..{n})")
        if start == end:
            p = self.boundary(start)
            return p, p
        return self._char_start(start), self._char_end(end - 1)

    def from_original(self, start: int, end: int) -> tuple[int, int] | None:
        """The clean span whose :meth:`to_original` is exactly ``[start, end)``, or ``None``.

        ``None`` means the original span did not survive intact (it was removed, or it starts
        or ends inside a range that was rewritten as a whole).
        """
        if not 0 <= start < end <= len(self.original):
            return None
        s = e = None
        for cs, ce, os_, oe, ident in self._segs:
            if s is None:
                if ident and os_ <= start < oe:
                    s = cs + (start - os_)
                elif not ident and os_ == start and ce > cs:
                    s = cs
            if s is not None:
                if ident and os_ < end <= oe:
                    e = cs + (end - os_)
                    break
                if not ident and oe == end and ce > cs:
                    e = ce
                    break
                if os_ >= end:
                    break
        if s is None or e is None or s >= e or self.to_original(s, e) != (start, end):
            return None
        return s, e

    # -- rewriting -----------------------------------------------------------------------------

    def apply(self, edits: Iterable[Edit]) -> Aligned:
        """A new :class:`Aligned` with ``edits`` applied, still mapped to the same original.

        ``edits`` must be sorted and non-overlapping. Text between edits is copied with its
        existing mapping; each replacement maps to the original range its source span mapped to.
        """
        edits = list(edits)
        if not edits:
            return self
        parts: list[str] = []
        segs: list[Segment] = []
        out = 0
        pos = 0

        def push(seg: Segment) -> None:
            if segs:
                pcs, pce, pos_, poe, pident = segs[-1]
                if pident and seg[4] and poe == seg[2] and pce == seg[0]:
                    segs[-1] = (pcs, seg[1], pos_, seg[3], True)
                    return
            segs.append(seg)

        def copy(a: int, b: int) -> None:
            nonlocal out
            if a >= b:
                return
            parts.append(self.text[a:b])
            i = bisect_right(self._starts, a) - 1
            while a < b:
                cs, ce, os_, oe, ident = self._segs[i]
                hi = min(ce, b)
                if ident:
                    push((out, out + hi - a, os_ + a - cs, os_ + hi - cs, True))
                else:
                    push((out, out + hi - a, os_, oe, False))
                out += hi - a
                a = hi
                i += 1

        for start, end, rep in edits:
            if start < pos or end < start or end > len(self.text):
                raise ValueError(f"edits must be sorted, disjoint and in range: {start, end}")
            copy(pos, start)
            if rep:
                o0, o1 = self.to_original(start, end)
                parts.append(rep)
                push((out, out + len(rep), o0, o1, False))
                out += len(rep)
            pos = end
        copy(pos, len(self.text))
        return Aligned("".join(parts), self.original, segs)
