"""Case augmentation: re-cased copies of training sentences, at training time only.

NER-UI is mixed-case news; users also feed lower-cased, upper-cased and title-cased text.
``case_share`` in a training config adds re-cased copies of a share of the training sentences
(:func:`case_copies`), and ``case_dev`` adds lower- and upper-cased copies of the dev sentences
that pick the checkpoint (:func:`recased`). Re-casing moves no token, so the tags are kept.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from newsner.training.corpora import Sentence


def recased(sentences: Sequence[Sentence], case: Callable[[str], str]) -> list[Sentence]:
    """``sentences`` with every token passed through ``case`` (tags unchanged)."""
    return [Sentence([case(t) for t in s.tokens], list(s.tags), id=f"{s.id}-{case.__name__}")
            for s in sentences]


#: The casings a copy can take: what users feed besides careful mixed case (issue: any casing).
CASINGS: tuple[Callable[[str], str], ...] = (str.lower, str.upper, str.title)


def case_copies(sentences: Sequence[Sentence], share: float, seed: int = 0) -> list[Sentence]:
    """Re-cased copies of a random ``share`` of ``sentences``, lower, upper and title case in turn.

    The tagger's word vectors are looked up lower-cased, so case reaches it only through the
    character model; copies with other casings teach that model not to lean on capitals alone.
    """
    if share <= 0:
        return []
    rng = random.Random(seed)
    chosen = [s for s in sentences if rng.random() < share]
    return [recased([s], CASINGS[i % len(CASINGS)])[0] for i, s in enumerate(chosen)]
