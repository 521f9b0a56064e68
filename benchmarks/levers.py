"""Compare levers screened on some NER-UI folds with the shipped config's own fold models.

Each lever is a ``newsner cv`` JSON (its fold models scored alone and in the pipeline),
compared with ``--baseline`` or with its own baseline after an ``@``. Only the folds a lever
was scored on are compared, so a lever screened on fold 1 is set against fold 1.

    python benchmarks/levers.py --baseline benchmarks/results/nerui-cv-6k-wd001.json \\
        --lever "word dropout 0.10=benchmarks/results/nerui-cv.json" \\
        --lever "self-training=work/wd/cv-st.json@benchmarks/results/nerui-cv.json"

(``models/README.md`` gives the command that made ``benchmarks/results/levers-6k.json``.)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"
LABELS = ("micro", "PER", "LOC", "ORG")
KINDS = ("model", "pipeline")


def fold_scores(cv: dict[str, Any], kind: str, fold: str) -> dict[str, float]:
    scores = cv["folds"][kind][fold]
    return {label: scores[label]["f1"] for label in LABELS}


def compare(lever: dict[str, Any], baseline: dict[str, Any]) -> dict[str, Any]:
    """Per fold and on average over the lever's folds: lever and baseline F1, and the delta."""
    folds = [str(k) for k in lever["folds_scored"]]
    row: dict[str, Any] = {"folds": folds, "per_fold": {}}
    for k in folds:
        row["per_fold"][k] = {kind: {"lever": fold_scores(lever, kind, k),
                                     "baseline": fold_scores(baseline, kind, k)}
                              for kind in KINDS}
    for kind in KINDS:
        mean = {side: sum(row["per_fold"][k][kind][side]["micro"] for k in folds) / len(folds)
                for side in ("lever", "baseline")}
        row[f"mean_{kind}"] = {side: round(v, 2) for side, v in mean.items()} | {
            "delta": round(mean["lever"] - mean["baseline"], 2)}
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lever", action="append", required=True,
                        metavar="NAME=CV_JSON[@BASELINE_CV_JSON]")
    parser.add_argument("--baseline", type=Path, default=RESULTS / "nerui-cv.json")
    parser.add_argument("--out", type=Path, default=RESULTS / "levers-6k.json")
    args = parser.parse_args()
    out: dict[str, Any] = {"what": "levers on some NER-UI folds against a baseline's fold models",
                           "levers": {}}
    for spec in args.lever:
        name, _, paths = spec.rpartition("=")
        path, _, own_baseline = paths.partition("@")
        baseline_path = Path(own_baseline) if own_baseline else args.baseline
        baseline = json.loads(baseline_path.read_text())
        row = compare(json.loads(Path(path).read_text()), baseline)
        out["levers"][name] = {"baseline": f"{baseline['model']} ({baseline_path})"} | row
    args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    for name, row in out["levers"].items():
        print(f"{name} (folds {', '.join(row['folds'])}): "
              + "; ".join(f"{kind} {row[f'mean_{kind}']}" for kind in KINDS))


if __name__ == "__main__":
    main()
