"""Per-label scores of the shipped model on every annotated corpus we have, for the model card.

NER-UI is scored by the 5-fold protocol elsewhere (``make cv``): the shipped model has seen all
of it, so here it is listed only as a training-fit check. The tagger was not trained on the
other corpora, but their raw text went into the word vectors and the label counts of their
training splits into the vectors' corpus lexicon columns
(``newsner.training.gazetteer_features``); the
test splits scored here were never read. They follow other annotation guidelines (NER-UGM puts
titles inside PER spans; NERP is lower-cased), so their scores show how far NER-UI's
conventions carry, not the model's accuracy on its own terms.

    python benchmarks/corpus_scores.py        # -> benchmarks/results/corpora.json
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench_common import RESULTS, machine_info, write_json

SETS = [  # (corpus, fold, split, note)
    ("nerugm", 1, None, "NER-UGM test.01 (news; titles inside PER spans)"),
    ("nergrit", None, "test", "NERGrit test (IndoNLU)"),
    ("nerp", None, "test", "NERP test (IndoNLU; lower-cased)"),
    ("nerui", 1, None, "NER-UI test.01 (in the shipped model's training data: fit, not accuracy)"),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-dir", default=None, help="default: the shipped models/")
    parser.add_argument("--out", type=Path, default=RESULTS / "corpora.json")
    args = parser.parse_args(argv)

    from newsner.pipeline import load
    from newsner.training.evaluate import evaluate

    nlp = load(args.model_dir)
    rows = []
    for corpus, fold, split, note in SETS:
        for kind in ("model", "pipeline"):
            rep = evaluate(corpus, fold=fold, split=split, model_only=(kind == "model"),
                           pipeline=nlp)
            scores = rep.to_dict()["scores"]
            rows.append({"corpus": corpus, "set": note, "kind": kind, "scores": scores})
            print(f"{note:70s} {kind:8s} F1 {scores['micro']['f1']:.2f}", file=sys.stderr)
    write_json(args.out, {"machine": machine_info(), "model_dir": str(nlp.model_dir),
                          "results": rows})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
