"""A learned second reader for the short lines the rules kept: a linear model over each line's
words, shape, place on the page and neighbours, trained on the page corpus
(:mod:`newsner.training.linemodel`).

It reads only what :func:`newsner.normalize.chrome.model_candidates` gives it: lines of five
words at most that are not the title, a caption, a list item or a table row. A paragraph, a
headline or a table is out of its reach by construction, whatever it scores, so its worst error
is a short line. It takes a line at or above a threshold chosen on rounds of pages it was not
trained on.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from newsner.normalize.lines import ends_sentence, nearest_above, nearest_below, title_case

if TYPE_CHECKING:
    from newsner.normalize.chrome import Reading

#: The file the model is kept in, in a model directory.
FILENAME = "linemodel.json"
_WORD = re.compile(r"\w+")
#: At most this many of a line's words (and their bigrams) are features.
_MAX_WORDS = 16


def _bucket(n: int) -> str:
    """A count as a coarse class, so that a feature generalises over nearby counts."""
    return str(n) if n <= 3 else "4-5" if n <= 5 else "6-8" if n <= 8 else "9-12" if n <= 12 \
        else "13-20" if n <= 20 else "21+"


def _zone(reading: Reading, i: int) -> str:
    """Where line ``i`` stands: above the title, the title, between it and the lead, in the
    body, or after the last paragraph."""
    if i < reading.title:
        return "H"
    if i == reading.title:
        return "T"
    if i < reading.first:
        return "h"
    return "B" if i <= reading.last else "t"


def _shape(line: str) -> list[str]:
    words = line.split()
    n = len(words)
    out = [f"n={_bucket(n)}", f"end={line[-1:] if not line[-1:].isalnum() else 'a'}"]
    if ends_sentence(line):
        out.append("sentence")
    if title_case(line):
        out.append("title")
    if line.isupper():
        out.append("upper")
    digits = sum(c.isdigit() for c in line)
    out.append(f"d={_bucket(digits)}")
    if line[:1].isdigit():
        out.append("digit0")
    out.extend(f"sym={c}" for c in {c for c in line if not c.isalnum() and not c.isspace()})
    return out


def features(reading: Reading, i: int) -> list[str]:
    """The features of line ``i`` of ``reading``."""
    lines = reading.lines
    text = lines[i].text
    zone = _zone(reading, i)
    words = [w.casefold() for w in _WORD.findall(text)[:_MAX_WORDS]]
    shape = _shape(text)
    out = [f"z={zone}", *shape, *(f"{zone}{s}" for s in shape[:2])]
    if lines[i].reason:
        out.append(f"rule={lines[i].reason}")
    out.extend(f"w={w}" for w in words)
    out.extend(f"b={a}_{b}" for a, b in zip(words, words[1:], strict=False))
    if words:
        out.append(f"f={words[0]}")
        out.append(f"l={words[-1]}")
    for nearest, step, tag in ((nearest_above, -1, "p"), (nearest_below, 1, "x")):
        found = nearest(lines, i)
        if not found:
            out.append(f"{tag}=none")
            continue
        j = found[0]
        out.append(f"{tag}gap={j != i + step}")  # a blank line between them
        out.append(f"{tag}cut={reading.cut(j)}")
        out.append(f"{tag}n={_bucket(len(lines[j].text.split()))}")
        if lines[j].reason:
            out.append(f"{tag}rule={lines[j].reason}")
    return out


@dataclass
class LineModel:
    """Weights of a logistic regression over :func:`features`, and the threshold to take a
    line at."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def score(self, found: list[str]) -> float:
        """The probability that a line with features ``found`` is chrome (each feature counts
        once, as in training)."""
        w = self.weights
        z = self.bias + sum(w.get(f, 0.0) for f in set(found))
        return 1.0 / (1.0 + math.exp(-z))

    def chrome(self, reading: Reading, lines: list[int]) -> list[int]:
        """Those of ``lines`` it takes for chrome."""
        return [i for i in lines if self.score(features(reading, i)) >= self.threshold]

    @classmethod
    def from_folder(cls, folder: str | Path) -> LineModel | None:
        """The model a model folder holds (:data:`FILENAME`), or ``None``: without one, the
        rules decide alone."""
        path = Path(folder) / FILENAME
        return cls.load(path) if path.is_file() else None

    @classmethod
    def load(cls, path: str | Path) -> LineModel:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(data["weights"], data["bias"], data["threshold"])

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps({"bias": self.bias, "threshold": self.threshold,
                                          "weights": self.weights}, ensure_ascii=False),
                              encoding="utf-8")
