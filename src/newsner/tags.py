"""BIO and BIOES tag sequences, as the tagger writes them and the corpora store them."""

from __future__ import annotations


def bio_to_token_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Token-index spans ``[i, j)`` from BIO (or BIOES) tags; a stray I- starts a new span."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, lab = tag.partition("-")
        continues = prefix in ("I", "E") and lab == label and start >= 0
        if not continues and start >= 0:
            spans.append((start, i, label))
            start, label = -1, ""
        if prefix in ("B", "S") or (prefix in ("I", "E") and not continues):
            start, label = i, lab
        if prefix in ("E", "S") and start >= 0:
            spans.append((start, i + 1, label))
            start, label = -1, ""
    return spans
