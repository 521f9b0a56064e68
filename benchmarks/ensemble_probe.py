"""What an ensemble of fold models would score on NER-UI (model alone and full pipeline).

Not a shipped feature: a measurement for issue #3's "seeds" lever. For each fold, the unary
scores and CRF transitions of several models trained on that fold's training part (different
configs or seeds) are averaged before one Viterbi decode, then the ensemble is scored like
``newsner cv`` (model alone and full pipeline, on the fold's test part). Tagging time grows with
the number of models, which is why newsner ships one.

    python benchmarks/ensemble_probe.py --member work/wd/models/vec-6k-wd10-fold{k}.pt \
        --member work/long/models/vec-6k-fold{k}.pt --out work/ensemble.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def ensemble_tag_tokens(taggers: list[Any]):  # noqa: ANN201 - a tag_tokens replacement
    """``StanzaTagger.tag_tokens`` over the mean unary scores and transitions of ``taggers``."""
    import torch

    first = taggers[0]
    assert all(t._tag_names == first._tag_names for t in taggers), "different tag sets"

    def tag_tokens(sentences):  # noqa: ANN001, ANN202
        sentences = [list(s) for s in sentences]
        if not sentences:
            return []
        out: list[Any] = [None] * len(sentences)
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]), reverse=True)
        with torch.inference_mode():
            prepared = []
            for t in taggers:
                looked = [[t._lookup(w) for w in s] for s in sentences]
                chars, slot = t._char_table(looked)
                prepared.append((t, looked, chars, slot))
            for b0 in range(0, len(order), first.batch_size):
                idx = order[b0:b0 + first.batch_size]
                logits_sum, trans_sum = None, None
                for t, looked, chars, slot in prepared:
                    reps = chars[torch.tensor([slot[w] for i in idx for w in sentences[i]])]
                    logits, trans = t._forward([looked[i] for i in idx], reps)
                    logits_sum = logits if logits_sum is None else logits_sum + logits
                    trans_sum = trans if trans_sum is None else trans_sum + trans
                n = len(taggers)
                decoded = first._decode(logits_sum / n, trans_sum / n,
                                        [len(sentences[i]) for i in idx])
                for i, res in zip(idx, decoded, strict=True):
                    out[i] = res
        return out

    return tag_tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--member", action="append", required=True,
                        help="fold model path with {k} for the fold number")
    parser.add_argument("--folds", type=int, nargs="+", default=[1, 2, 3, 4, 5])
    parser.add_argument("--assets", type=Path, default=ROOT / "models")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    from newsner.pipeline import Pipeline
    from newsner.tagging import StanzaTagger
    from newsner.training.evaluate import evaluate, model_folder

    result: dict[str, Any] = {"members": args.member, "folds": {}}
    for k in args.folds:
        dirs = [model_folder(Path(m.format(k=k)), args.assets) for m in args.member]
        nlp = Pipeline(dirs[0])
        taggers = [nlp.tagger] + [StanzaTagger(d) for d in dirs[1:]]
        single = {kind: evaluate("nerui", fold=k, model_only=kind == "model", pipeline=nlp)
                  .scores["micro"]["f1"] for kind in ("model", "pipeline")}
        nlp.tagger.tag_tokens = ensemble_tag_tokens(taggers)
        ens = {kind: evaluate("nerui", fold=k, model_only=kind == "model", pipeline=nlp)
               .scores["micro"]["f1"] for kind in ("model", "pipeline")}
        result["folds"][str(k)] = {"first_member": single, "ensemble": ens}
        print(k, result["folds"][str(k)], flush=True)
    for who in ("first_member", "ensemble"):
        result[f"mean_{who}"] = {
            kind: round(sum(f[who][kind] for f in result["folds"].values()) / len(args.folds), 2)
            for kind in ("model", "pipeline")}
    print(result["mean_first_member"], result["mean_ensemble"])
    args.out.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
