"""Choose the merge policy between model and rules by measurement (issue #5).

For each NER-UI fold model, score the pipeline on the fold's *dev* split under every merge
policy (model only, rules only, both), with and without one-label-per-group harmonisation,
and the same on the seed article. Writes ``benchmarks/results/policies.json``.

    python benchmarks/bench_policies.py --models work/cpu-grid/models --name shipped
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

from newsner.pipeline import Pipeline
from newsner.tagging import MODEL_FILES
from newsner.training.corpora import read_corpus
from newsner.training.evaluate import evaluate, predict_sentences, score

ROOT = Path(__file__).resolve().parents[1]
SEED_GOLD = ROOT.parent / "shared" / "fixtures" / "republika-lavrov-blinken.gold.json"
POLICIES = ["model", "rules", "union_model_first", "rules_first"]


def fold_model_dir(models: Path, name: str, k: int, assets: Path) -> Path:
    mdir = models / f"{name}-fold{k}-dir"
    mdir.mkdir(exist_ok=True)
    for key, fname in MODEL_FILES.items():
        src = models / f"{name}-fold{k}.pt" if key == "ner" else assets / fname
        dst = mdir / fname
        if src.exists() and not dst.exists():
            dst.symlink_to(src.resolve())
    return mdir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--models", type=Path, required=True)
    parser.add_argument("--name", default="shipped")
    parser.add_argument("--assets", type=Path, default=ROOT / "models")
    parser.add_argument("--folds", type=int, nargs="+", default=[1, 2, 3, 4, 5])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/policies.json")
    args = parser.parse_args()
    results: dict[str, dict] = {}
    for k in args.folds:
        if not (args.models / f"{args.name}-fold{k}.pt").exists():
            print(f"fold {k}: no model, skipped")
            continue
        mdir = fold_model_dir(args.models, args.name, k, args.assets)
        nlp = Pipeline(mdir)
        dev = read_corpus("nerui", f"dev.0{k}")
        for harmonise in (False, True):
            for policy in POLICIES:
                nlp.policy, nlp.harmonise = policy, harmonise
                pred = predict_sentences(dev, nlp, model_only=False)
                rep = score([s.spans for s in dev], pred)
                key = f"{policy}{'+harmonise' if harmonise else ''}"
                results.setdefault(key, {})[f"dev.0{k}"] = rep.scores["micro"]["f1"]
                if SEED_GOLD.exists():
                    seed = evaluate(gold=SEED_GOLD, pipeline=nlp)
                    results[key][f"seed(fold{k} model)"] = seed.scores["micro"]["f1"]
        print(k, {p: v.get(f"dev.0{k}") for p, v in results.items()}, flush=True)
    for row in results.values():
        devs = [v for key, v in row.items() if key.startswith("dev")]
        row["mean_dev"] = round(sum(devs) / len(devs), 2) if devs else None
    out = {"what": "pipeline F1 on NER-UI dev folds (fold models) and the seed, per policy",
           "fold_models": f"{args.models}/{args.name}-fold<k>.pt",
           "date": time.strftime("%Y-%m-%d"), "machine": platform.platform(),
           "results": results}
    args.out.write_text(json.dumps(out, indent=1))
    print(json.dumps({k: v["mean_dev"] for k, v in results.items()}, indent=1))


if __name__ == "__main__":
    main()
