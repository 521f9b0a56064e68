"""The ``newsner`` command: extract, evaluate, train, cv.

Examples::

    newsner extract article.txt                 # JSON to stdout
    cat a.txt | newsner extract - --format tsv  # from stdin, one entity a line
    newsner extract 'data/*.txt' --format jsonl
    newsner evaluate --corpus nerui --fold 1    # NER-UI fold 1 test, per-label table
    newsner evaluate --gold ../shared/fixtures/republika-lavrov-blinken.gold.json --json
    newsner train --config configs/shipped.toml --all --save-dir models/
    newsner cv --config configs/shipped.toml --out benchmarks/results/nerui-cv.json
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
from pathlib import Path

EPILOG = __doc__.split("Examples::", 1)[1]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsner", description="People, places and organisations in Indonesian news.",
        epilog="examples:" + EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    ext = sub.add_parser("extract", help="print the entities of files, globs or stdin ('-')",
                         formatter_class=argparse.RawDescriptionHelpFormatter,
                         epilog="examples:\n  newsner extract article.txt\n"
                                "  newsner extract 'news/*.txt' --format jsonl > ents.jsonl\n"
                                "  cat page.html | newsner extract - --html --format tsv")
    ext.add_argument("inputs", nargs="+", help="files, glob patterns, or '-' for stdin")
    ext.add_argument("--format", choices=["json", "jsonl", "tsv", "conll"], default="json")
    ext.add_argument("--model-dir", default=None, help="model folder (default: shipped model)")
    ext.add_argument("--no-clean", action="store_true", help="do not remove page chrome")
    ext.add_argument("--html", action="store_true", help="inputs are HTML pages")
    ext.add_argument("--progress", action="store_true", help="progress bar on stderr")
    ext.add_argument("--batch-size", type=int, default=32)
    ext.add_argument("--n-process", type=int, default=1)
    ext.add_argument("--dask", default=None, metavar="SCHEDULER|local",
                     help="run on a Dask cluster and write Parquet to --output")
    ext.add_argument("--output", default=None, help="output path (Parquet with --dask)")

    ev = sub.add_parser("evaluate", help="score the pipeline or the model on annotated data",
                        formatter_class=argparse.RawDescriptionHelpFormatter,
                        epilog="examples:\n  newsner evaluate --corpus nerui --fold 1\n"
                               "  newsner evaluate --corpus nergrit --split test --model-only\n"
                               "  newsner evaluate --gold fixture.gold.json --json")
    ev.add_argument("--corpus", choices=["nerui", "nerugm", "nergrit", "nerp"])
    ev.add_argument("--fold", type=int, help="NER-UI/NER-UGM fold (scores test.0k)")
    ev.add_argument("--split", help="split name, e.g. test, valid, dev.01")
    ev.add_argument("--gold", help="span-JSON gold file")
    ev.add_argument("--model-dir", default=None)
    ev.add_argument("--model-only", action="store_true", help="score the tagger alone")
    ev.add_argument("--policy", default=None, help="merge policy between model and rules")
    ev.add_argument("--json", action="store_true", help="machine-readable output")
    ev.add_argument("--errors", type=int, default=0, help="print the first N errors")
    ev.add_argument("--limit", type=int, default=None, help="score only the first N sentences")

    tr = sub.add_parser("train", help="train the NER model from a config file")
    tr.add_argument("--config", required=True)
    where = tr.add_mutually_exclusive_group(required=True)
    where.add_argument("--fold", type=int, help="train on NER-UI train.0k, early-stop on dev.0k")
    where.add_argument("--all", action="store_true", help="train on all of NER-UI (shipping)")
    tr.add_argument("--save-dir", default="work/models")
    tr.add_argument("--work-dir", default="work/data")
    tr.add_argument("--max-steps", type=int, default=None)
    tr.add_argument("--gpu", action="store_true", help="train on a GPU if torch sees one")

    cv = sub.add_parser("cv", help="score fold models (5-fold NER-UI protocol) into a JSON")
    cv.add_argument("--models", required=True, help="folder with <name>-fold<k>.pt models")
    cv.add_argument("--name", required=True, help="config name (model file prefix)")
    cv.add_argument("--assets", default="models", help="folder with vectors and charlm")
    cv.add_argument("--out", default="benchmarks/results/nerui-cv.json")
    return parser


def _expand_inputs(inputs: list[str]) -> list[str]:
    paths: list[str] = []
    for item in inputs:
        if item == "-":
            paths.append("-")
            continue
        matches = sorted(glob.glob(item)) if any(c in item for c in "*?[") else [item]
        if not matches:
            raise SystemExit(f"newsner: no file matches {item!r}")
        for path in matches:
            if not Path(path).is_file():
                raise SystemExit(f"newsner: {path}: no such file")
            paths.append(path)
    return paths


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    return Path(path).read_text(encoding="utf-8", errors="replace")


def cmd_extract(args: argparse.Namespace) -> int:
    from newsner.output import write_entities
    from newsner.pipeline import load

    paths = _expand_inputs(args.inputs)
    if args.dask:
        from newsner.dask import run_cli

        return run_cli(paths, args)
    nlp = load(args.model_dir)
    texts = (_read(p) for p in paths)
    if args.html:
        from newsner.html import html_to_text

        texts = (html_to_text(t) for t in texts)
    docs = nlp.pipe(texts, batch_size=args.batch_size, n_process=args.n_process,
                    progress=args.progress or len(paths) > 20, clean=not args.no_clean,
                    total=len(paths))
    write_entities(sys.stdout, paths, docs, args.format)
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from newsner.evaluate import evaluate, print_report

    if not (args.gold or args.corpus):
        raise SystemExit("newsner evaluate: give --corpus (with --fold or --split) or --gold")
    report = evaluate(corpus=args.corpus, fold=args.fold, split=args.split, gold=args.gold,
                      model_dir=args.model_dir, model_only=args.model_only, policy=args.policy,
                      limit=args.limit)
    if args.json:
        print(json.dumps(report.to_dict(errors=args.errors), indent=1, ensure_ascii=False))
    else:
        print_report(report, errors=args.errors)
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    import logging

    from newsner.train import TrainConfig, train_ner

    logging.basicConfig(level=logging.INFO)
    config = TrainConfig.from_toml(args.config).resolve_paths(Path.cwd())
    path = train_ner(config, None if args.all else args.fold, Path(args.save_dir),
                     Path(args.work_dir), cpu=not args.gpu, max_steps=args.max_steps)
    print(path)
    return 0


def cmd_cv(args: argparse.Namespace) -> int:
    from newsner.evaluate import cross_validate

    result = cross_validate(Path(args.models), args.name, Path(args.assets))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=1))
    print(json.dumps(result["summary"], indent=1))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {"extract": cmd_extract, "evaluate": cmd_evaluate, "train": cmd_train,
                "cv": cmd_cv}
    return handlers[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
