"""Lever check for issue #3: correct fold models with a lexicon mined from the fold's training part.

For fold k, every entity string of ``train.0k`` with its label counts is the lexicon. Two
corrections are tried on the test predictions (model alone and full pipeline):

* relabel: a predicted span whose text the lexicon knows, with one label in at least
  ``share`` of at least ``min_count`` occurrences, takes that label;
* add: a lexicon string (capitalised, labelled in at least ``ratio`` of its occurrences in the
  training text, at least ``min_count`` times, one label in 80% of them) found in a test
  sentence where nothing was predicted becomes an entity.

    python benchmarks/lexicon_postprocess.py --models work/long/models --name vec-6k
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from newsner.training.corpora import Sentence, Span, bio_to_token_spans, read_fold
from newsner.training.evaluate import predict_sentences, score

Lexicon = dict[tuple[str, ...], Counter]
#: (relabel share, relabel min count, add ratio, add min count); 0 switches a correction off
VARIANTS = [(0, 0, 0, 0), (0.7, 1, 0, 0), (0.8, 2, 0, 0), (1.0, 1, 0, 0), (0, 0, 0.7, 3),
            (0, 0, 0.9, 2), (0, 0, 1.0, 1), (0.8, 2, 0.9, 2), (0.8, 1, 0.9, 1)]
MAX_WORDS = 8


def mine(train: list[Sentence]) -> tuple[Lexicon, Counter]:
    """Label counts of each entity string, and how often each string occurs at all."""
    labels: Lexicon = defaultdict(Counter)
    for s in train:
        for i, j, label in bio_to_token_spans(s.tags):
            labels[tuple(s.tokens[i:j])][label] += 1
    seen: Counter = Counter()
    for s in train:
        for i in range(len(s.tokens)):
            for n in range(1, min(MAX_WORDS, len(s.tokens) - i) + 1):
                if (key := tuple(s.tokens[i:i + n])) in labels:
                    seen[key] += 1
    return labels, seen


def correct(s: Sentence, pred: list[Span], labels: Lexicon, seen: Counter,
            share: float, min_count: int, ratio: float, add_min: int) -> list[Span]:
    starts = {a: i for i, (a, _) in enumerate(s.token_offsets)}
    ends = {b: i + 1 for i, (_, b) in enumerate(s.token_offsets)}
    out, covered = [], set()
    for p in pred:
        label = p.label
        if p.start in starts and p.end in ends:
            i, j = starts[p.start], ends[p.end]
            covered.update(range(i, j))
            counts = labels.get(tuple(s.tokens[i:j]))
            if share and counts and sum(counts.values()) >= min_count:
                top, n = counts.most_common(1)[0]
                if n / sum(counts.values()) >= share:
                    label = top
        else:
            covered.update(t for t, (a, b) in enumerate(s.token_offsets)
                           if a < p.end and p.start < b)
        out.append(Span(p.start, p.end, label))
    i = 0
    while ratio and i < len(s.tokens):
        for n in range(min(MAX_WORDS, len(s.tokens) - i), 0, -1):
            key = tuple(s.tokens[i:i + n])
            counts = labels.get(key)
            if not counts or covered.intersection(range(i, i + n)) or not key[0][:1].isupper():
                continue
            total = sum(counts.values())
            top, m = counts.most_common(1)[0]
            if total >= add_min and total / seen[key] >= ratio and m / total >= 0.8:
                out.append(Span(s.token_offsets[i][0], s.token_offsets[i + n - 1][1], top))
                i += n
                break
        else:
            i += 1
    return out


def main() -> None:
    from newsner.pipeline import Pipeline

    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", type=Path, required=True,
                        help="folder with <name>-fold<k>-dir model folders (newsner cv makes them)")
    parser.add_argument("--name", required=True)
    parser.add_argument("--out", type=Path,
                        default=Path("benchmarks/results/lexicon-postprocess.json"))
    args = parser.parse_args()
    f1: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for k in range(1, 6):
        fold = read_fold("nerui", k)
        labels, seen = mine(fold["train"])
        nlp = Pipeline(args.models / f"{args.name}-fold{k}-dir")
        gold = [s.spans for s in fold["test"]]
        for kind in ("model", "pipeline"):
            pred = predict_sentences(fold["test"], nlp, model_only=kind == "model")
            for v in VARIANTS:
                fixed = [correct(s, p, labels, seen, *v) for s, p in zip(fold["test"], pred,
                                                                       strict=True)]
                f1[kind][str(v)].append(score(gold, fixed).scores["micro"]["f1"])
    out = {"what": __doc__.split("\n")[0], "models": f"{args.models}/{args.name}-fold*",
           "variants": "(relabel share, relabel min count, add ratio, add min count)",
           "f1": {kind: {v: {"folds": s, "mean": round(sum(s) / len(s), 2)}
                         for v, s in rows.items()} for kind, rows in f1.items()}}
    args.out.write_text(json.dumps(out, indent=1) + "\n")
    for kind, rows in out["f1"].items():
        for v, row in rows.items():
            print(kind, v, row["mean"], row["folds"])


if __name__ == "__main__":
    main()
