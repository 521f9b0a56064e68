"""Score weight-averaging windows against the best-dev checkpoint on the NER-UI folds.

A config with ``average_from`` (``configs/ablation-vec-6k-wd10-swa.toml``) leaves, for each
fold, ``<name>-fold<k>-snapshots/`` with the weights every eval interval and the best-dev
checkpoint stanza picked. This builds, for each window start, the mean of the snapshots from
that step to the end, and scores it and the best-dev checkpoint on the fold's dev part (model
alone: what a window may be chosen by) and on its test part (model alone and full pipeline,
``newsner cv``'s protocol). The window for the shipped model is the one with the best mean
dev F1; test F1 is reported for every window, never used to choose.

    python benchmarks/average_windows.py --models work/swa/models --name vec-6k-wd10-swa \
        --starts 3000 4000 5000 --out benchmarks/results/average-windows.json
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path
from typing import Any

from newsner.pipeline import Pipeline
from newsner.training.evaluate import cross_validate, evaluate
from newsner.training.train import average_snapshots

ROOT = Path(__file__).resolve().parents[1]


def build_variants(snapshots: Path, out_dir: Path, name: str, fold: int,
                   starts: list[int]) -> None:
    """``<name>-best-fold<k>.pt`` (the best-dev checkpoint, linked) and
    ``<name>-from<S>-fold<k>.pt`` (the mean of the snapshots from step S) in ``out_dir``."""
    best = out_dir / f"{name}-best-fold{fold}.pt"
    if not best.exists():
        best.symlink_to((snapshots / "best-dev.pt").resolve())
    steps = sorted(snapshots.glob("step*.pt"))
    for start in starts:
        chosen = [p for p in steps if int(p.stem.removeprefix("step")) >= start]
        path = out_dir / f"{name}-from{start}-fold{fold}.pt"
        if chosen and not path.exists():
            average_snapshots(chosen, path)


def dev_f1(model_dir: Path, fold: int) -> float:
    report = evaluate("nerui", split=f"dev.0{fold}", model_only=True,
                      pipeline=Pipeline(model_dir))
    return report.scores["micro"]["f1"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", type=Path, required=True)
    parser.add_argument("--name", required=True)
    parser.add_argument("--starts", type=int, nargs="+", default=[3000, 4000, 5000])
    parser.add_argument("--folds", type=int, nargs="+", default=[1, 2, 3, 4, 5])
    parser.add_argument("--assets", type=Path, default=ROOT / "models")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    out_dir = args.models / "variants"
    out_dir.mkdir(exist_ok=True)
    result: dict[str, Any] = {"what": __doc__.split("\n\n")[0], "model": args.name,
                              "folds": args.folds, "variants": {}}
    for fold in args.folds:
        snapshots = args.models / f"{args.name}-fold{fold}-snapshots"
        build_variants(snapshots, out_dir, args.name, fold, args.starts)
    for variant in ["best", *(f"from{s}" for s in args.starts)]:
        name = f"{args.name}-{variant}"
        cv = cross_validate(out_dir, name, args.assets, folds=args.folds)
        dev = {str(k): dev_f1(out_dir / f"{name}-fold{k}-dir", k) for k in args.folds}
        result["variants"][variant] = {
            "dev_model": dev, "mean_dev_model": round(sum(dev.values()) / len(dev), 2),
            "test": cv["folds"], "mean_test": cv["summary"]}
        print(variant, result["variants"][variant]["mean_dev_model"], cv["summary"], flush=True)
    starts = [f"from{s}" for s in args.starts]
    result["chosen_by_dev"] = max(starts, key=lambda v: result["variants"][v]["mean_dev_model"])
    args.out.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
