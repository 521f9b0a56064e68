"""Train the learned reader of page lines on the page corpus and measure it out of sample.

Every split of ``tests/pages/corpus/`` gives examples: the lines the rules kept outside the
article's prose (:func:`newsner.normalize.chrome.model_candidates`), labelled chrome or not.
Whole splits are left out in turn (5 folds) to count, per threshold, the chrome lines taken
(and the mentions the pipeline predicts on them) against the article and caption lines taken
(and their gold mentions). The threshold chosen from that table and the model fitted on all
splits go to ``models/linemodel.json``; the table to ``benchmarks/results/linemodel-cv.json``.

    python benchmarks/linemodel.py [--model-out models/linemodel.json] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import newsner
from newsner.normalize.linemodel import FILENAME
from newsner.training.linemodel import cross_validate, examples, fit
from newsner.training.pages import CORPUS, read_pages, splits

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-out", type=Path, default=ROOT / "models" / FILENAME)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/linemodel-cv.json")
    args = parser.parse_args()
    nlp = newsner.Pipeline()
    nlp.stages[0].line_model = None  # the mentions the rules alone leave on each line

    def predicted(page):
        return [(e.start, e.end) for e in nlp.analyze(page.text).entities]

    by_split = {s: examples(read_pages(CORPUS / s), s, predicted) for s in splits()}
    report = cross_validate(by_split)
    model = fit([e for ex in by_split.values() for e in ex], report["C"], report["threshold"])
    model.save(args.model_out)
    _record_splits(args.model_out.parent / "meta.json", sorted(by_split, key=_round))
    report["features"] = len(model.weights)
    args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    print(f"{report['candidates']} candidate lines ({report['chrome_candidates']} chrome, "
          f"{report['mentions_in_chrome_candidates']} predicted mentions on them)")
    for row in report["by_threshold"]:
        print(f"  >= {row['threshold']}: chrome lines {row['chrome_lines_taken']} "
              f"(mentions {row['mentions_in_chrome_taken']}), article lines "
              f"{row['article_lines_taken']} (gold mentions {row['gold_mentions_taken']})")
    print(f"threshold {report['threshold']}; {len(model.weights)} weights -> {args.model_out}")


def _round(split: str) -> int:
    """dev first, then the held-out rounds in order ("heldout" is round 1)."""
    return -1 if split == "dev" else int(split.removeprefix("heldout") or 1)


def _record_splits(meta_path: Path, trained: list[str]) -> None:
    """Name in the model folder's meta.json the page splits the line model was trained on:
    later rounds are its held-out pages."""
    if not meta_path.exists():
        return
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    last = trained[-1].removeprefix("heldout") or "1"
    meta.setdefault("trained_on", {})["pages"] = {
        "splits": trained,
        "how": (f"the line model ({FILENAME}) was trained on dev and held-out rounds 1-{last} of "
                f"the page corpus tests/pages/corpus; later rounds are its held-out pages"),
    }
    meta_path.write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
