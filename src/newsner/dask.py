"""Run newsner on a Dask cluster, for collections that outgrow one machine.

Needs the ``[dask]`` extra (``pip install 'newsner[dask]'``)::

    import dask.bag as db
    from distributed import Client
    from newsner.dask import PreloadPipeline, extract_bag, extract_dataframe

    client = Client("tcp://scheduler:8786")           # or Client(LocalCluster(...))
    client.register_plugin(PreloadPipeline())         # optional: load the model at worker start
    mentions = extract_bag(db.from_sequence(texts, npartitions=64)).compute()
    table = extract_dataframe(dd.read_parquet("news/"))   # columns id, text -> one row a mention
    table.to_parquet("mentions.parquet")

Each partition is one batched :meth:`newsner.Pipeline.pipe` call, so results are exactly what
:func:`newsner.extract_many` gives on the same texts, in input order. The pipeline is built once
per worker process (:func:`newsner.pipeline.load` caches it; :class:`PreloadPipeline` builds it
when a worker starts instead of on its first task), never once per article. Workers find the
model in ``model_dir`` when one is given, else in ``$NEWSNER_MODEL_DIR`` on the worker.

An article that raises (a value that is not ``str``, a text over the size limit, a bug) does not
abort the run: :func:`extract_bag` yields a :class:`FailedArticle` (an empty list whose
``error`` says why) in its place, and :func:`extract_dataframe` writes one row with that
article's id and an ``error`` message. A worker that dies is Dask's business: the scheduler
reruns its tasks elsewhere (up to ``distributed.scheduler.allowed-failures`` times), and as each
task is a whole partition no article is lost or duplicated.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import os
import sys
from collections.abc import Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

try:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
    from distributed import WorkerPlugin
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError("newsner.dask needs the [dask] extra: pip install 'newsner[dask]'"
                      ) from exc

from newsner.pipeline import Pipeline, check_text, load

if TYPE_CHECKING:
    import argparse

    from distributed import Client

    from newsner.types import Entity

__all__ = [
    "MENTION_KEYS",
    "FailedArticle",
    "PreloadPipeline",
    "extract_bag",
    "extract_dataframe",
    "failures",
    "mentions_meta",
    "read_inputs",
    "run_cli",
]

log = logging.getLogger(__name__)

#: The keys of each mention dict, and (with ``id`` and ``error``) the output table's columns.
MENTION_KEYS: tuple[str, ...] = ("text", "label", "start", "end", "score", "canonical")
COLUMNS: tuple[str, ...] = ("id", "label", "text", "start", "end", "canonical", "score", "error")
_STRING = pd.StringDtype("pyarrow")
_DTYPES: dict[str, Any] = {"label": _STRING, "text": _STRING, "start": "Int64", "end": "Int64",
                           "canonical": _STRING, "score": "float64", "error": _STRING}
TABLE_SUFFIXES = (".parquet", ".pq")
JSONL_SUFFIXES = (".jsonl", ".ndjson")


class FailedArticle(list):
    """What :func:`extract_bag` yields for an article that raised: no mentions, and why.

    It is an (empty) list so code that loops over mentions keeps working; test for it with
    ``isinstance`` or collect all of them with :func:`failures`.
    """

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error

    def __repr__(self) -> str:
        return f"FailedArticle({self.error!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (FailedArticle, (self.error,))


def failures(results: Iterable[list[dict[str, Any]]]) -> list[tuple[int, str]]:
    """``(position, error)`` of each failed article in computed :func:`extract_bag` results."""
    return [(i, r.error) for i, r in enumerate(results) if isinstance(r, FailedArticle)]


def mention_dicts(entities: Iterable[Entity]) -> list[dict[str, Any]]:
    """The plain-dict form of mentions that crosses process boundaries: :data:`MENTION_KEYS`."""
    return [{"text": e.text, "label": e.label, "start": e.start, "end": e.end,
             "score": e.score, "canonical": e.canonical} for e in entities]


# --- what runs on the workers ------------------------------------------------------------------

def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _precheck(text: object) -> None:
    if text is None or text is pd.NA or (isinstance(text, float) and math.isnan(text)):
        raise ValueError("missing text")
    check_text(text)


def extract_texts(texts: Sequence[object], model_dir: str | None = None, clean: bool = True,
                  batch_size: int = 32, stanza_tokenizer: str | None = None,
                  ) -> list[list[dict[str, Any]]]:
    """Mention dicts of each text, one :meth:`Pipeline.pipe` call for all of them.

    What each partition runs. Invalid values are refused before tagging; if a batch still
    raises, its articles are redone one at a time so only the culprit becomes a
    :class:`FailedArticle`, and the rest of the texts go on being piped in batches.
    """
    out: list[Any] = [None] * len(texts)
    good: list[int] = []
    for i, text in enumerate(texts):
        try:
            _precheck(text)
        except Exception as exc:
            out[i] = FailedArticle(_describe(exc))
        else:
            good.append(i)
    if not good:
        return out
    # cached per process: built on the first partition (or by the plugin)
    nlp = load(model_dir, stanza_tokenizer=stanza_tokenizer)
    pending = good
    while pending:
        done = 0
        try:
            for doc in nlp.pipe((texts[i] for i in pending), batch_size=batch_size, clean=clean):
                out[pending[done]] = mention_dicts(doc.entities)
                done += 1
            break
        except Exception:
            culprits = pending[done:done + batch_size]
            for i in culprits:
                out[i] = _one(nlp, texts[i], clean)  # type: ignore[arg-type]
            pending = pending[done + len(culprits):]
    for i, result in enumerate(out):
        if isinstance(result, FailedArticle):
            log.warning("newsner: article %d of its partition failed: %s", i, result.error)
    return out


def _one(nlp: Pipeline, text: str, clean: bool) -> list[dict[str, Any]]:
    try:
        return mention_dicts(nlp.analyze(text, clean=clean).entities)
    except Exception as exc:
        return FailedArticle(_describe(exc))


def _extract_partition(partition: Iterable[object], model_dir: str | None, clean: bool,
                       batch_size: int, stanza_tokenizer: str | None = None,
                       ) -> list[list[dict[str, Any]]]:
    return extract_texts(list(partition), model_dir, clean, batch_size, stanza_tokenizer)


def mentions_meta(id_dtype: Any = "object") -> pd.DataFrame:
    """The empty frame that describes :func:`extract_dataframe`'s output."""
    columns = {"id": pd.Series([], dtype=id_dtype)}
    columns.update({c: pd.Series([], dtype=_DTYPES[c]) for c in COLUMNS[1:]})
    return pd.DataFrame(columns)


def _extract_frame(pdf: pd.DataFrame, text_column: str, id_column: str | None,
                   model_dir: str | None, clean: bool, batch_size: int,
                   id_dtype: Any, stanza_tokenizer: str | None = None) -> pd.DataFrame:
    ids = list(pdf.index if id_column is None else pdf[id_column])
    results = extract_texts(pdf[text_column].tolist(), model_dir, clean, batch_size,
                            stanza_tokenizer)
    rows: dict[str, list[Any]] = {c: [] for c in COLUMNS}
    for article_id, mentions in zip(ids, results, strict=True):
        if isinstance(mentions, FailedArticle):
            for c in COLUMNS:
                rows[c].append(None)
            rows["id"][-1] = article_id
            rows["error"][-1] = mentions.error
            continue
        for m in mentions:
            rows["id"].append(article_id)
            for c in MENTION_KEYS:
                rows[c].append(m[c])
            rows["error"].append(None)
    frame = pd.DataFrame({"id": pd.Series(rows["id"], dtype=id_dtype)})
    for c in COLUMNS[1:]:
        frame[c] = pd.Series(rows[c], dtype=_DTYPES[c])
    return frame


class PreloadPipeline(WorkerPlugin):
    """Build the pipeline when a worker starts (and when a restarted one comes back).

    ``client.register_plugin(PreloadPipeline(model_dir))``: a missing model then fails the
    registration at once instead of every task, and the first partition does not pay the load.
    Tasks use the same per-process cache, so the model is still loaded once per worker.
    """

    name = "newsner-preload"

    def __init__(self, model_dir: str | os.PathLike[str] | None = None,
                 stanza_tokenizer: str | os.PathLike[str] | None = None) -> None:
        self.model_dir = _model_arg(model_dir)
        self.stanza_tokenizer = _model_arg(stanza_tokenizer)

    async def setup(self, worker: Any) -> None:
        await asyncio.get_running_loop().run_in_executor(
            None, partial(load, self.model_dir, stanza_tokenizer=self.stanza_tokenizer))


# --- the public collections API ----------------------------------------------------------------

def _model_arg(model_dir: str | os.PathLike[str] | None) -> str | None:
    return None if model_dir is None else str(model_dir)


def _check_batch(batch_size: int) -> None:
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")


def extract_bag(bag: db.Bag, model_dir: str | os.PathLike[str] | None = None,
                clean: bool = True, batch_size: int = 32,
                stanza_tokenizer: str | os.PathLike[str] | None = None) -> db.Bag:
    """A bag with the mention dicts (:data:`MENTION_KEYS`) of each text of ``bag``, in order.

    ``model_dir`` is a path as the workers see it (default: their ``$NEWSNER_MODEL_DIR`` or
    the shipped model); so is ``stanza_tokenizer`` (see :class:`newsner.pipeline.Pipeline`).
    An article that raises yields a :class:`FailedArticle` in its place.
    """
    _check_batch(batch_size)
    func = partial(_extract_partition, model_dir=_model_arg(model_dir), clean=clean,
                   batch_size=batch_size, stanza_tokenizer=_model_arg(stanza_tokenizer))
    return bag.map_partitions(func)


def extract_dataframe(ddf: dd.DataFrame, text_column: str = "text", id_column: str | None = "id",
                      model_dir: str | os.PathLike[str] | None = None, clean: bool = True,
                      batch_size: int = 32,
                      stanza_tokenizer: str | os.PathLike[str] | None = None) -> dd.DataFrame:
    """One row per mention of each article of ``ddf``: ``id, label, text, start, end,
    canonical, score, error`` (see :func:`mentions_meta`).

    ``id_column=None`` takes ids from the index. Rows keep input order, mentions text order;
    an article with no mention has no row; an article that raised has one row with its ``id``,
    an ``error`` message and nulls elsewhere.
    """
    _check_batch(batch_size)
    if text_column not in ddf.columns:
        raise KeyError(f"no column {text_column!r} in {list(ddf.columns)}")
    if id_column is not None and id_column not in ddf.columns:
        raise KeyError(f"no column {id_column!r} in {list(ddf.columns)}; pass id_column=None "
                       "to use the index")
    id_dtype = ddf.index.dtype if id_column is None else ddf[id_column].dtype
    func = partial(_extract_frame, text_column=text_column, id_column=id_column,
                   model_dir=_model_arg(model_dir), clean=clean, batch_size=batch_size,
                   id_dtype=id_dtype, stanza_tokenizer=_model_arg(stanza_tokenizer))
    return ddf.map_partitions(func, meta=mentions_meta(id_dtype), clear_divisions=True)


# --- the command line: newsner extract --dask ... --output out.parquet -------------------------

def _read_text_files(paths: list[str]) -> pd.DataFrame:
    texts = [Path(p).read_text(encoding="utf-8", errors="replace") for p in paths]
    return pd.DataFrame({"id": pd.Series(paths, dtype=_STRING),
                         "text": pd.Series(texts, dtype=_STRING)})


def _kind(path: str) -> str:
    p = Path(path)
    name = p.name.lower()
    if p.is_dir():
        return "parquet" if any(p.rglob("*.parquet")) else "dir"
    if name.endswith(TABLE_SUFFIXES):
        return "parquet"
    if name.endswith(JSONL_SUFFIXES) or name.endswith(tuple(s + ".gz" for s in JSONL_SUFFIXES)):
        return "jsonl"
    return "text"


def _id_text(ddf: dd.DataFrame, source: str) -> dd.DataFrame:
    missing = {"id", "text"} - set(ddf.columns)
    if missing:
        raise SystemExit(f"newsner: {source}: no column(s) {sorted(missing)}; tables need id, text")
    return ddf[["id", "text"]]


def read_inputs(paths: Sequence[str], files_per_partition: int | None = None) -> dd.DataFrame:
    """An ``id, text`` Dask DataFrame from text files and folders of them (id = path), or from
    Parquet/JSONL tables with ``id`` and ``text`` columns. Files are read by the workers, so
    they must be on a filesystem the workers see."""
    if "-" in paths:
        raise SystemExit("newsner: --dask reads files, not stdin")
    texts: list[str] = []
    tables: list[dd.DataFrame] = []
    for path in paths:
        kind = _kind(path)
        if kind == "parquet":
            tables.append(_id_text(dd.read_parquet(path), path))
        elif kind == "jsonl":
            tables.append(_id_text(dd.read_json(path, lines=True, blocksize=2**25), path))
        elif kind == "dir":
            texts.extend(str(p.resolve()) for p in sorted(Path(path).rglob("*.txt")))
        else:
            texts.append(str(Path(path).resolve()))
    if texts and tables:
        raise SystemExit("newsner: give either text files or Parquet/JSONL tables, not both")
    if tables:
        ddf = tables[0] if len(tables) == 1 else dd.concat(tables)
        if ddf.npartitions < 16:  # small tables: split so every worker gets work
            ddf = ddf.repartition(npartitions=16)
        return ddf
    if not texts:
        raise SystemExit("newsner: no input text files")
    per = files_per_partition or max(1, min(128, math.ceil(len(texts) / 16)))
    chunks = [texts[i:i + per] for i in range(0, len(texts), per)]
    meta = pd.DataFrame({"id": pd.Series([], dtype=_STRING), "text": pd.Series([], dtype=_STRING)})
    return dd.from_map(_read_text_files, chunks, meta=meta, label="read-text")


def local_cluster(n_workers: int = 2, **kwargs: Any) -> Any:
    """The ``--dask local`` cluster: worker processes with one thread each, on loopback."""
    from distributed import LocalCluster

    options = {"n_workers": n_workers, "threads_per_worker": 1, "processes": True,
               "host": "127.0.0.1", "dashboard_address": None}
    options.update(kwargs)
    return LocalCluster(**options)


def part_name(i: int) -> str:
    """Zero-padded part files, so a plain sorted listing (pandas, pyarrow) keeps row order."""
    return f"part.{i:06d}.parquet"


def _client(stack: contextlib.ExitStack, address: str) -> Client:
    from distributed import Client

    if address == "local":
        cluster = stack.enter_context(local_cluster())
        return stack.enter_context(Client(cluster))
    return stack.enter_context(Client(address))


def _worker_path(path: str | None) -> str | None:
    """A local path made absolute when it exists here; else kept as the workers' path."""
    if path is None:
        return None
    return str(Path(path).resolve()) if Path(path).exists() else path


def run_cli(paths: list[str], args: argparse.Namespace) -> int:
    """``newsner extract --dask SCHEDULER|local --output out.parquet INPUTS``.

    Writes a Parquet dataset (a folder of part files) of :func:`extract_dataframe` rows, shows
    distributed's progress bar on stderr (``--progress``, or when stderr is a terminal), and
    reports failed articles by id on stderr without failing the run.
    """
    if not args.output:
        raise SystemExit("newsner: --dask writes Parquet: give --output OUT.parquet")
    if getattr(args, "html", False):
        raise SystemExit("newsner: --html is not supported with --dask; extract the text first")
    model_dir = _worker_path(args.model_dir)
    stanza_tokenizer = _worker_path(getattr(args, "stanza_tokenizer", None))
    ddf = read_inputs(paths, files_per_partition=None)
    table = extract_dataframe(ddf, model_dir=model_dir, clean=not args.no_clean,
                              batch_size=args.batch_size, stanza_tokenizer=stanza_tokenizer)
    output = args.output if "://" in args.output else str(Path(args.output).absolute())
    from distributed import progress

    with contextlib.ExitStack() as stack:
        client = _client(stack, args.dask)
        client.register_plugin(PreloadPipeline(model_dir, stanza_tokenizer))
        future = client.compute(table.to_parquet(output, write_index=False, overwrite=True,
                                                 name_function=part_name, compute=False))
        if args.progress or sys.stderr.isatty():
            with contextlib.redirect_stdout(sys.stderr):
                progress(future, notebook=False, multi=False)
            print(file=sys.stderr)
        future.result()
        written = dd.read_parquet(output, columns=["id", "error"]).compute()
    failed = written[written["error"].notna()]
    print(f"newsner: {len(written) - len(failed)} mentions, {len(failed)} failed articles "
          f"-> {output}", file=sys.stderr)
    for row in failed.head(20).itertuples(index=False):
        print(f"newsner: failed {row.id}: {row.error}", file=sys.stderr)
    if len(failed) > 20:
        print(f"newsner: ... and {len(failed) - 20} more (rows with an error in {output})",
              file=sys.stderr)
    return 0
