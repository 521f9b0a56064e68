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
from collections.abc import Iterator
from pathlib import Path

EPILOG = __doc__.split("Examples::", 1)[1]

#: ``newsner extract`` shows a progress bar by default above this many files.
PROGRESS_FILES = 20

EXTRACT_EPILOG = """examples:
  newsner extract article.txt                          # JSON: entities and groups
  newsner extract 'news/*.txt' --format jsonl > ents.jsonl
  newsner extract a.txt b.txt --format tsv -o ents.tsv
  echo 'Presiden Joko Widodo tiba di Jakarta.' | newsner extract - --format tsv
  newsner extract page.html --html --format json       # article text of a saved page
  newsner extract 'corpus/**/*.txt' --format conll --progress > corpus.conll
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsner", description="People, places and organisations in Indonesian news.",
        epilog="examples:" + EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    ext = sub.add_parser(
        "extract", help="print the entities of files, globs or stdin ('-')",
        description="Find the people (PER), places (LOC) and organisations (ORG) in "
                    "Indonesian news files.\nOffsets are character offsets into each file's "
                    "text (read as UTF-8);\nwith --html, into the article text extracted from "
                    "the page.",
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EXTRACT_EPILOG)
    ext.add_argument("inputs", nargs="+", metavar="INPUT",
                     help="text files, glob patterns (quote them: 'news/*.txt'), or '-' for "
                          "stdin")
    ext.add_argument("--format", "-f", choices=["json", "jsonl", "tsv", "conll"], default="json",
                     help="json (default): one object per file with entities and groups; "
                          "jsonl: one entity a line; tsv: a header and one entity a line; "
                          "conll: token<TAB>BIO-tag, a blank line between sentences")
    ext.add_argument("--output", "-o", default=None, metavar="PATH",
                     help="write to PATH instead of stdout (a Parquet folder with --dask)")
    ext.add_argument("--model-dir", default=None, help="model folder (default: shipped model)")
    ext.add_argument("--stanza-tokenizer", default=None, metavar="PATH",
                     help="split tokens and sentences with a stanza tokenizer instead of "
                          "newsner's rules: a stanza resources folder (e.g. stanza's official "
                          "Indonesian download) or one tokenizer .pt")
    ext.add_argument("--no-clean", action="store_true",
                     help="keep page chrome (bylines, 'Baca juga', share bars) in the text")
    ext.add_argument("--html", action="store_true",
                     help="inputs are HTML pages: tag the article text trafilatura extracts "
                          "(json output then includes that text, which the offsets index)")
    ext.add_argument("--progress", action="store_true",
                     help="progress bar on stderr (on by default above 20 files)")
    ext.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    ext.add_argument("--batch-size", type=int, default=32, help="texts tagged together (32)")
    ext.add_argument("--n-process", type=int, default=1, help="worker processes (1)")
    ext.add_argument("--dask", default=None, metavar="SCHEDULER|local",
                     help="run on a Dask cluster and write Parquet to --output")

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
    ev.add_argument("--o-bias", type=float, default=None,
                    help="decoding bias towards O (default: the model folder's newsner.json; "
                         "0: the model's raw scores)")
    ev.add_argument("--json", action="store_true", help="machine-readable output")
    ev.add_argument("--errors", type=int, default=0, help="print the first N errors")
    ev.add_argument("--limit", type=int, default=None, help="score only the first N sentences")

    tr = sub.add_parser(
        "train", help="train the NER model from a config file",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="examples:\n"
               "  newsner train --config configs/shipped.toml --all --save-dir work/final\n"
               "      the shipped model (then copy work/final/shipped-all.pt to models/)\n"
               "  newsner train --config configs/shipped.toml --fold 1 --save-dir work/cv/models\n"
               "      one fold of the NER-UI protocol (see also: make cv)\n"
               "needs the training extra (pip install -e '.[train]') and ../shared/data or\n"
               "NEWSNER_DATA; writes <save-dir>/<config name>-fold<k>.pt or -all.pt")
    tr.add_argument("--config", required=True, help="TOML file (configs/*.toml)")
    where = tr.add_mutually_exclusive_group(required=True)
    where.add_argument("--fold", type=int, help="train on NER-UI train.0k, early-stop on dev.0k")
    where.add_argument("--all", action="store_true", help="train on all of NER-UI (shipping)")
    where.add_argument("--source", action="store_true",
                       help="train on the config's extra_corpora alone (a model to start from)")
    tr.add_argument("--save-dir", default="work/models", help="where the model goes")
    tr.add_argument("--work-dir", default="work/data", help="stanza's prepared JSON data")
    tr.add_argument("--max-steps", type=int, default=None, help="override the config's")
    tr.add_argument("--gpu", action="store_true", help="train on a GPU if torch sees one")

    cv = sub.add_parser(
        "cv", help="score fold models (5-fold NER-UI protocol) into a JSON",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="example:\n"
               "  newsner cv --models work/cv/models --name shipped --assets models\n"
               "      scores work/cv/models/shipped-fold{1..5}.pt on NER-UI test.0k, model alone\n"
               "      and full pipeline, per fold and label (make cv trains and runs this)")
    cv.add_argument("--models", required=True, help="folder with <name>-fold<k>.pt models")
    cv.add_argument("--name", required=True, help="config name (model file prefix)")
    cv.add_argument("--assets", default="models", help="folder with vectors and charlm")
    cv.add_argument("--out", default="benchmarks/results/nerui-cv.json")
    cv.add_argument("--folds", type=int, nargs="+", default=[1, 2, 3, 4, 5],
                    help="score only these folds (the mean is over them)")
    cv.add_argument("--o-bias-grid", type=float, nargs="+", default=[],
                    help="decoding biases towards O to score; each fold reports the one the "
                         "other folds choose (see newsner.training.evaluate.cross_validate)")
    cv.add_argument("--manifest", default=None, metavar="MODEL_DIR",
                    help="with --o-bias-grid: write the chosen shipped bias into "
                         "MODEL_DIR/newsner.json (the model trained on all of NER-UI)")
    return parser


class InputError(Exception):
    """A bad command-line input (missing file, directory, unreadable, not UTF-8 ...)."""


def _fail(message: str) -> SystemExit:
    print(f"newsner extract: error: {message}", file=sys.stderr)
    return SystemExit(2)


def _expand_inputs(inputs: list[str]) -> list[str]:
    """Files in the order given; globs (``*``, ``?``, ``[``, ``**``) expanded and sorted."""
    paths: list[str] = []
    for item in inputs:
        if item == "-":
            if "-" in paths:
                raise InputError("stdin ('-') can be read only once")
            paths.append("-")
            continue
        if any(c in item for c in "*?["):
            matches = sorted(p for p in glob.glob(item, recursive=True) if Path(p).is_file())
            if not matches:
                raise InputError(f"no file matches {item!r}")
            paths.extend(matches)
            continue
        path = Path(item)
        if path.is_dir():
            raise InputError(f"{item}: is a directory (give files or a glob such as "
                             f"'{path / '*.txt'}')")
        if not path.exists():
            raise InputError(f"{item}: no such file")
        if not path.is_file():
            raise InputError(f"{item}: not a regular file")
        paths.append(item)
    return paths


def _read(path: str) -> str:
    """The text of ``path`` (``-``: stdin) as UTF-8; undecodable bytes become U+FFFD."""
    try:
        if path == "-":
            stream = getattr(sys.stdin, "buffer", None)
            if stream is None:  # an in-memory stdin (tests, notebooks)
                return sys.stdin.read()
            return stream.read().decode("utf-8", errors="replace")
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def _texts(paths: list[str], html: bool) -> Iterator[str]:
    if not html:
        yield from (_read(p) for p in paths)
        return
    from newsner.html import html_to_text

    for path in paths:
        text = html_to_text(_read(path))
        if not text:
            print(f"newsner extract: warning: {path}: no article text found in the HTML",
                  file=sys.stderr)
        yield text


def cmd_extract(args: argparse.Namespace) -> int:
    from newsner.output import write_entities
    from newsner.pipeline import load
    from newsner.tagging import ModelNotFoundError

    try:
        paths = _expand_inputs(args.inputs)
    except InputError as exc:
        raise _fail(str(exc)) from None
    if args.batch_size < 1 or args.n_process < 1:
        raise _fail("--batch-size and --n-process must be at least 1")
    if args.dask:
        from newsner.dask import run_cli

        return run_cli(paths, args)
    if args.output and not Path(args.output).absolute().parent.is_dir():
        raise _fail(f"{args.output}: cannot write: no such folder")
    try:
        nlp = load(args.model_dir, stanza_tokenizer=args.stanza_tokenizer)
    except (ModelNotFoundError, FileNotFoundError) as exc:
        raise _fail(str(exc)) from None
    docs = nlp.pipe(_texts(paths, args.html), batch_size=args.batch_size,
                    n_process=args.n_process, clean=not args.no_clean)
    if not args.no_progress and (args.progress or len(paths) > PROGRESS_FILES):
        from tqdm import tqdm

        docs = tqdm(docs, total=len(paths), desc="newsner", unit="file", file=sys.stderr)
    single = len(args.inputs) == 1 and not any(c in args.inputs[0] for c in "*?[")
    if args.output:
        try:
            out = open(args.output, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        except OSError as exc:
            raise _fail(f"{args.output}: cannot write: {exc.strerror or exc}") from None
    else:
        _utf8_stdout()
        out = sys.stdout
    try:
        n = write_entities(out, paths, docs, args.format, as_list=not single,
                           include_text=args.html, tokenizer=nlp.tokenizer)
        out.flush()
    except InputError as exc:
        raise _fail(str(exc)) from None
    except BrokenPipeError:  # ``newsner extract ... | head``
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    finally:
        if out is not sys.stdout:
            out.close()
    if args.output:
        print(f"newsner: {n} file{'s' if n != 1 else ''} -> {args.output}", file=sys.stderr)
    return 0


def _utf8_stdout() -> None:
    """Names are written as they are (not \\u-escaped): make sure stdout takes UTF-8."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8" and hasattr(sys.stdout, "reconfigure"):
        import contextlib

        with contextlib.suppress(AttributeError, ValueError, OSError):
            sys.stdout.reconfigure(encoding="utf-8")


def cmd_evaluate(args: argparse.Namespace) -> int:
    from newsner.training.evaluate import evaluate, print_report

    if not (args.gold or args.corpus):
        raise SystemExit("newsner evaluate: give --corpus (with --fold or --split) or --gold")
    report = evaluate(corpus=args.corpus, fold=args.fold, split=args.split, gold=args.gold,
                      model_dir=args.model_dir, model_only=args.model_only, policy=args.policy,
                      limit=args.limit, o_bias=args.o_bias)
    if args.json:
        print(json.dumps(report.to_dict(errors=args.errors), indent=1, ensure_ascii=False))
    else:
        print_report(report, errors=args.errors)
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    import logging

    from newsner.training.train import SOURCE, TrainConfig, train_ner

    logging.basicConfig(level=logging.INFO)
    config = TrainConfig.from_toml(args.config).resolve_paths(Path.cwd())
    fold = None if args.all else SOURCE if args.source else args.fold
    path = train_ner(config, fold, Path(args.save_dir),
                     Path(args.work_dir), cpu=not args.gpu, max_steps=args.max_steps)
    print(path)
    return 0


def cmd_cv(args: argparse.Namespace) -> int:
    from newsner.training.evaluate import cross_validate

    result = cross_validate(Path(args.models), args.name, Path(args.assets), folds=args.folds,
                            o_bias_grid=args.o_bias_grid)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=1))
    print(json.dumps({k: v for k, v in result.items() if k.startswith("summary")}, indent=1))
    if "o_bias" in result:
        print("o_bias per fold", result["o_bias"]["per_fold"], "shipped",
              result["o_bias"]["shipped"])
        if args.manifest:
            from newsner.tagging import write_decoding_bias

            print(write_decoding_bias(Path(args.manifest), result["o_bias"]["shipped"]))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {"extract": cmd_extract, "evaluate": cmd_evaluate, "train": cmd_train,
                "cv": cmd_cv}
    return handlers[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
