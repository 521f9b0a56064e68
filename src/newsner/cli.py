"""The ``newsner`` command: extract, evaluate, train, cv, info.

Examples::

    newsner extract article.txt                 # JSON to stdout
    cat a.txt | newsner extract - --format tsv  # from stdin, one entity a line
    newsner extract 'data/*.txt' --format jsonl
    newsner evaluate --corpus nerui --fold 1    # NER-UI fold 1 test, per-label table
    newsner evaluate --gold ../shared/fixtures/republika-lavrov-blinken.gold.json --json
    newsner train --config configs/shipped.toml --all --save-dir work/final
    newsner cv --models work/cv/models --name shipped --out benchmarks/results/nerui-cv.json
    newsner info                                # version, model, scores, licences, extras

A mistake in the command line (a missing file, a fold that does not exist, a file that is not
what the option needs) ends with one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

from newsner.policy import DEFAULT_POLICY, POLICIES
from newsner.textfiles import InputError

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


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr (and exit 2), not the usage text."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {' '.join(message.split())} (see {self.prog} "
                     "--help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
    ext.description += (
        "\nFiles in another encoding than UTF-8 are detected (charset-normalizer) and "
        "decoded;\nbinary files are refused; .html/.htm files and text that starts like "
        "HTML are read\nas pages (as with --html) when the html extra is installed.")
    ext.add_argument("inputs", nargs="+", metavar="INPUT",
                     help="text files, glob patterns (quote them: 'news/*.txt'), or '-' for "
                          "stdin")
    ext.add_argument("--format", "-f", choices=["json", "jsonl", "tsv", "conll"], default="json",
                     help="json (default): a list with one object per file (entities, "
                          "groups), also for one file; "
                          "jsonl: one entity a line; tsv: a header and one entity a line; "
                          "conll: token<TAB>BIO-tag, a blank line between sentences, "
                          "'-DOCSTART- FILE' before each file")
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
                               "  newsner evaluate --gold "
                               "../shared/fixtures/republika-lavrov-blinken.gold.json --json\n"
                               "corpora are read from ../shared/data or NEWSNER_DATA; a warning "
                               "says when the\nmodel was trained on the data it is scored on "
                               "(the shipped model: all of NER-UI)")
    ev.add_argument("--corpus", choices=["nerui", "nerugm", "nergrit", "nerp"])
    ev.add_argument("--fold", type=int, help="NER-UI/NER-UGM fold 1-5 (scores test.0k)")
    ev.add_argument("--split", help="split name: test.01 ... (nerui, nerugm), train, valid, "
                                    "test (nergrit, nerp)")
    ev.add_argument("--gold", help="span-JSON gold file")
    ev.add_argument("--model-dir", default=None)
    ev.add_argument("--model-only", action="store_true", help="score the tagger alone")
    ev.add_argument("--policy", default=None,
                    choices=POLICIES,
                    help=f"merge policy between model and rules (default: {DEFAULT_POLICY.value})")
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
    cv.add_argument("--uncased-models", default=None, metavar="DIR/NAME",
                    help="lower- and upper-cased sentences of fold k go to DIR/NAME-fold<k>.pt "
                         "(the shipped folder's casing_models)")
    cv.add_argument("--manifest", default=None, metavar="MODEL_DIR",
                    help="with --o-bias-grid: write the chosen shipped bias into "
                         "MODEL_DIR/newsner.json (the model trained on all of NER-UI)")

    inf = sub.add_parser(
        "info", help="version, model folder, model card scores, licences, installed extras",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="examples:\n  newsner info\n  newsner info --json\n"
               "  newsner info --model-dir models")
    inf.add_argument("--model-dir", default=None, help="describe this model folder instead")
    inf.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


def _fail(message: str, command: str = "extract") -> SystemExit:
    """One line on stderr; the caller raises the returned ``SystemExit(2)``."""
    message = " ".join(str(message).split())  # one line, whatever the message held
    print(f"newsner {command}: error: {message}", file=sys.stderr)
    return SystemExit(2)


def _warn(message: str, command: str) -> None:
    print(f"newsner {command}: warning: {message}", file=sys.stderr)


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
    """The text of ``path`` (``-``: stdin): UTF-8, or another encoding detected with
    charset-normalizer (a note on stderr says which); binary input is an :class:`InputError`."""
    from newsner.textfiles import decode, read_file

    if path == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # an in-memory stdin (tests, notebooks)
            return sys.stdin.read()
        try:
            decoded = decode(stream.read(), "stdin")
        except OSError as exc:
            raise InputError(f"stdin: cannot read: {exc.strerror or exc}") from exc
    else:
        decoded = read_file(path)
    if decoded.detected:
        name = "stdin" if path == "-" else path
        _warn(f"{name}: not UTF-8; read as {decoded.encoding} (detected)", "extract")
    return decoded.text


def _texts(paths: list[str], html: bool, as_html: list[bool]) -> Iterator[str]:
    """The text of each input; HTML pages (``html``, an .html name, or text that starts like
    HTML) become their article text. ``as_html`` gets one flag per input as it is read."""
    from newsner.textfiles import html_extra_installed, looks_like_html

    noted = False
    for path in paths:
        text = _read(path)
        page = html or looks_like_html(path, text)
        if page and not html:
            if not html_extra_installed():
                raise InputError(f"{path}: looks like an HTML page; install the html extra "
                                 "(pip install 'newsner[html]') and pass --html, or give its "
                                 "text")
            if not noted:
                _warn(f"{path}: looks like an HTML page: tagging the article text extracted "
                      "from it, as with --html (offsets index that text, which the json "
                      "output includes)", "extract")
                noted = True
        as_html.append(page)
        if not page:
            yield text
            continue
        from newsner.html import html_to_text

        text = html_to_text(text)
        if not text:
            _warn(f"{path}: no article text found in the HTML", "extract")
        yield text


def cmd_extract(args: argparse.Namespace) -> int:
    from newsner.output import write_entities
    from newsner.pipeline import load
    from newsner.textfiles import HTML_SUFFIXES, check_head, html_extra_installed

    try:
        paths = _expand_inputs(args.inputs)
    except InputError as exc:
        raise _fail(str(exc)) from None
    if args.batch_size < 1 or args.n_process < 1:
        raise _fail("--batch-size and --n-process must be at least 1")
    if args.dask:
        from newsner.dask import run_cli

        try:
            return run_cli(paths, args)
        except SystemExit as exc:  # its messages for bad options: one line and status 2
            if isinstance(exc.code, str):
                raise _fail(exc.code.removeprefix("newsner: ")) from None
            raise
    try:  # binary files are refused before anything is written
        for path in paths:
            if path != "-":
                check_head(path)
    except InputError as exc:
        raise _fail(str(exc)) from None
    if args.html and not html_extra_installed():
        raise _fail("--html needs the html extra (trafilatura): pip install 'newsner[html]'")
    pages = [p for p in paths if Path(p).suffix.lower() in HTML_SUFFIXES]
    if pages and not args.html and not html_extra_installed():
        raise _fail(f"{pages[0]}: an HTML page; install the html extra (pip install "
                    "'newsner[html]') and pass --html, or give its text")
    if args.output and not Path(args.output).absolute().parent.is_dir():
        raise _fail(f"{args.output}: cannot write: no such folder")
    _check_model_dir(args.model_dir)
    try:
        nlp = load(args.model_dir, stanza_tokenizer=args.stanza_tokenizer)
    except FileNotFoundError as exc:  # e.g. no stanza tokenizer at --stanza-tokenizer
        raise _fail(str(exc)) from None
    as_html: list[bool] = []
    docs = nlp.pipe(_texts(paths, args.html, as_html), batch_size=args.batch_size,
                    n_process=args.n_process, clean=not args.no_clean)
    if not args.no_progress and (args.progress or len(paths) > PROGRESS_FILES):
        from tqdm import tqdm

        docs = tqdm(docs, total=len(paths), desc="newsner", unit="file", file=sys.stderr)
    if args.output:
        try:
            out = open(args.output, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        except OSError as exc:
            raise _fail(f"{args.output}: cannot write: {exc.strerror or exc}") from None
    else:
        _utf8_stdout()
        out = sys.stdout
    try:
        n = write_entities(out, paths, docs, args.format, include_text=as_html,
                           tokenizer=nlp.tokenizer)
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


def _check_model_dir(model_dir: str | None, command: str = "extract") -> dict:
    """The model folder's ``meta.json`` after checking there is a model made for this newsner
    (exit 2 with newsner's message otherwise); nothing is loaded."""
    from newsner.paths import ModelVersionError, check_model_dir, default_model_dir
    from newsner.tagging import ModelNotFoundError

    folder = Path(model_dir) if model_dir else default_model_dir()
    if model_dir and not folder.is_dir():
        raise _fail(f"--model-dir {model_dir}: no such folder", command)
    try:
        return check_model_dir(folder)
    except (ModelNotFoundError, ModelVersionError) as exc:
        raise _fail(str(exc), command) from None


def _check_evaluate(args: argparse.Namespace) -> str | None:
    """Refuse impossible combinations and missing data before the model loads; returns the
    corpus split that will be scored (``None`` for a gold file)."""
    fail = _evaluate_fail
    if args.gold and args.corpus:
        raise fail("give either --corpus (with --fold or --split) or --gold, not both")
    if not (args.gold or args.corpus):
        raise fail("give --corpus (with --fold or --split) or --gold")
    if args.limit is not None and args.limit < 1:
        raise fail("--limit must be at least 1")
    if args.errors < 0:
        raise fail("--errors must be 0 or more")
    if args.gold:
        if args.fold is not None or args.split:
            raise fail("--fold and --split go with --corpus, not --gold")
        if args.model_only:
            raise fail("--model-only scores pre-tokenized corpora; a gold file goes through "
                       "the pipeline")
        _check_gold(args.gold)
        return None
    from newsner.training.corpora import FOLDED, SPLITS, data_dir

    if args.fold is not None and args.split:
        raise fail("give --fold or --split, not both")
    if args.fold is not None:
        if args.corpus not in FOLDED:
            raise fail(f"{args.corpus} has no folds (folds: {', '.join(FOLDED)}); give "
                       f"--split, one of: {', '.join(SPLITS[args.corpus])}")
        if not 1 <= args.fold <= 5:
            raise fail(f"--fold {args.fold} is not a valid fold; valid folds: 1, 2, 3, 4, 5")
        split = f"test.0{args.fold}"
    elif args.split is None and args.corpus in FOLDED:
        raise fail(f"{args.corpus} is scored by fold: give --fold 1-5 (scores test.0k) or "
                   f"--split, one of: {', '.join(SPLITS[args.corpus])}")
    else:
        split = args.split or "test"
        if split not in SPLITS[args.corpus]:
            hint = " (or --fold 1-5)" if args.corpus in FOLDED else ""
            raise fail(f"{split!r} is not a valid split of {args.corpus}; valid splits: "
                       f"{', '.join(SPLITS[args.corpus])}{hint}")
    path = data_dir() / args.corpus / f"{split}.tsv"
    if not path.is_file():
        raise fail(f"{path}: no such file; the corpora are read from ../shared/data next to "
                   f"the checkout, or from the folder NEWSNER_DATA names")
    return split


def _evaluate_fail(message: str) -> SystemExit:
    return _fail(message, "evaluate")


def _check_gold(gold: str) -> None:
    """A span-JSON gold file that reads: exit 2 with what is wrong otherwise."""
    from newsner.training.corpora import read_gold_json

    path = Path(gold)
    if path.is_dir():
        raise _evaluate_fail(f"--gold {gold}: is a directory, not a span-JSON gold file")
    if not path.is_file():
        raise _evaluate_fail(f"--gold {gold}: no such file")
    try:
        read_gold_json(path)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _evaluate_fail(f"--gold {gold}: not a span-JSON gold file (not JSON: {exc})"
                             ) from None
    except FileNotFoundError as exc:
        raise _evaluate_fail(f"--gold {gold}: the text file it names is missing: "
                             f"{exc.filename}") from None
    except (KeyError, TypeError, AttributeError, IndexError) as exc:
        raise _evaluate_fail(f"--gold {gold}: not a span-JSON gold file (needs \"file\" and "
                             f"\"entities\" with start, end, label; {type(exc).__name__}: "
                             f"{exc})") from None
    except (OSError, ValueError) as exc:
        raise _evaluate_fail(f"--gold {gold}: {exc}") from None


def training_overlap(meta: dict, corpus: str, split: str) -> str | None:
    """Why the model of a folder with this ``meta.json`` has seen ``corpus`` ``split`` when
    it was made (its ``trained_on``), or ``None``."""
    seen = meta.get("trained_on", {}).get(corpus)
    if not seen:
        return None
    splits = seen.get("splits", [])
    how = seen.get("how", f"the model was trained on {corpus}")
    if splits == "all" or split in splits:
        return how
    kind, _, fold = split.partition(".")
    if kind in ("test", "dev") and fold:
        # IndoLEM folds: each fold's test (and dev) sentences are in the other folds' train
        other = [s for s in splits if s.startswith("train.") and s != f"train.{fold}"]
        if other:
            return f"{how}, which holds sentences of {corpus} {split}"
    return None


def cmd_evaluate(args: argparse.Namespace) -> int:
    from newsner.training.evaluate import evaluate, print_report

    split = _check_evaluate(args)
    meta = _check_model_dir(args.model_dir, "evaluate")
    if split is not None:
        overlap = training_overlap(meta, args.corpus, split)
        if overlap:
            _warn(f"{args.corpus} {split} is not held out for this model: {overlap}. These "
                  "scores overstate it; the held-out figures are the cross-validation ones "
                  "(newsner info, models/README.md)", "evaluate")
    try:
        report = evaluate(corpus=args.corpus, fold=args.fold, split=args.split,
                          gold=args.gold, model_dir=args.model_dir, model_only=args.model_only,
                          policy=args.policy, limit=args.limit, o_bias=args.o_bias)
    except (ValueError, FileNotFoundError) as exc:  # a mistake the checks above did not see
        raise _evaluate_fail(str(exc)) from None
    if args.json:
        _utf8_stdout()
        print(json.dumps(report.to_dict(errors=args.errors), indent=1, ensure_ascii=False))
    else:
        print_report(report, errors=args.errors)
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    import logging
    import tomllib

    config_path = Path(args.config)
    if not config_path.is_file():
        raise _fail(f"--config {args.config}: no such file (the configs are in configs/*.toml)",
                    "train")
    if args.fold is not None and not 1 <= args.fold <= 5:
        raise _fail(f"--fold {args.fold} is not a valid fold; valid folds: 1, 2, 3, 4, 5",
                    "train")
    if args.max_steps is not None and args.max_steps < 1:
        raise _fail("--max-steps must be at least 1", "train")
    from newsner.training.corpora import data_dir
    from newsner.training.train import TrainConfig, train_ner

    try:
        config = TrainConfig.from_toml(config_path).resolve_paths(Path.cwd())
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError,
            TypeError) as exc:
        raise _fail(f"--config {args.config}: not a newsner training config: {exc}",
                    "train") from None
    if not data_dir().is_dir():
        raise _fail(f"{data_dir()}: no such folder; training reads the corpora from "
                    "../shared/data next to the checkout, or the folder NEWSNER_DATA names",
                    "train")
    logging.basicConfig(level=logging.INFO)
    fold = None if args.all else args.fold
    try:
        path = train_ner(config, fold, Path(args.save_dir),
                         Path(args.work_dir), cpu=not args.gpu, max_steps=args.max_steps)
    except ImportError as exc:
        raise _fail(f"{exc} (training needs the train extra: pip install -e '.[train]')",
                    "train") from None
    print(path)
    return 0


def _check_cv(args: argparse.Namespace) -> None:
    from newsner.tagging import MODEL_FILES
    from newsner.training.corpora import data_dir

    fail = lambda message: _fail(message, "cv")  # noqa: E731
    models = Path(args.models)
    if not models.is_dir():
        raise fail(f"--models {args.models}: no such folder")
    bad = [k for k in args.folds if not 1 <= k <= 5]
    if bad:
        raise fail(f"--folds: {bad} are not valid folds; valid folds: 1, 2, 3, 4, 5")
    wanted = [models / f"{args.name}-fold{k}.pt" for k in args.folds]
    if args.uncased_models:
        prefix = Path(args.uncased_models)
        wanted += [prefix.with_name(f"{prefix.name}-fold{k}.pt") for k in args.folds]
    missing = [str(path) for path in wanted if not path.is_file()]
    if missing:
        raise fail(f"no fold model {', '.join(missing)} (--models holds <name>-fold<k>.pt; "
                   "train them with make cv or newsner train --fold k)")
    if not (Path(args.assets) / MODEL_FILES["pretrain"]).is_file():
        raise fail(f"--assets {args.assets}: no {MODEL_FILES['pretrain']} there (the word "
                   "vectors the fold models use; the shipped ones are in models/)")
    if args.manifest and not Path(args.manifest).is_dir():
        raise fail(f"--manifest {args.manifest}: no such folder")
    if args.manifest and not args.o_bias_grid:
        raise fail("--manifest writes the bias --o-bias-grid chooses: give --o-bias-grid")
    if not (data_dir() / "nerui").is_dir():
        raise fail(f"{data_dir() / 'nerui'}: no such folder; the corpora are read from "
                   "../shared/data next to the checkout, or the folder NEWSNER_DATA names")
    out = Path(args.out).absolute()
    if out.is_dir():
        raise fail(f"--out {args.out}: is a directory; give a .json file")


def cmd_cv(args: argparse.Namespace) -> int:
    from newsner.training.evaluate import cross_validate

    _check_cv(args)
    result = cross_validate(Path(args.models), args.name, Path(args.assets), folds=args.folds,
                            o_bias_grid=args.o_bias_grid,
                            uncased=Path(args.uncased_models) if args.uncased_models else None)
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


def cmd_info(args: argparse.Namespace) -> int:
    from newsner.about import format_info, info

    if args.model_dir and not Path(args.model_dir).is_dir():
        raise _fail(f"--model-dir {args.model_dir}: no such folder", "info")
    data = info(args.model_dir)
    _utf8_stdout()
    print(json.dumps(data, indent=1, ensure_ascii=False) if args.json else format_info(data))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {"extract": cmd_extract, "evaluate": cmd_evaluate, "train": cmd_train,
                "cv": cmd_cv, "info": cmd_info}
    try:
        return handlers[args.command](args)
    except InputError as exc:
        raise _fail(str(exc), args.command) from None
    except KeyboardInterrupt:
        print(f"newsner {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
