"""Articles per second of ``newsner.dask.extract_bag`` on a LocalCluster of 1 and 2 workers.

The corpus is N synthetic articles of about ten NER-UI sentences each (8 to 12, drawn with a
fixed seed from all of NER-UI, so the run is repeatable), joined into paragraphs of three.
Each cluster has worker processes with one thread each on loopback; the model is loaded by
:class:`newsner.dask.PreloadPipeline` and every worker tags a few articles before the clock
starts, so the figure is steady-state throughput. Startup (processes + model load) is reported
on its own. ``--serial`` adds plain ``extract_many`` in this process as the baseline.

    python benchmarks/bench_dask.py [--n 2000] [--workers 1 2] [--batch-size 32] [--serial]

Writes ``benchmarks/results/dask.json``. The load average at the start is recorded: figures
from a machine that is busy with something else are not throughput figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import math
import os
import platform
import random
import sys
import time
from pathlib import Path

import dask
import dask.bag as db
from distributed import Client

from newsner.dask import PreloadPipeline, extract_bag, failures, local_cluster
from newsner.training.corpora import read_corpus

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "results" / "dask.json"


def build_articles(n: int, seed: int = 13) -> list[str]:
    """``n`` articles of 8-12 NER-UI sentences, in paragraphs of three sentences."""
    sentences = [s.text for split in ("train.01", "dev.01", "test.01")
                 for s in read_corpus("nerui", split)]
    rng = random.Random(seed)
    articles = []
    for _ in range(n):
        picked = rng.sample(sentences, rng.randint(8, 12))
        paragraphs = [" ".join(picked[i:i + 3]) for i in range(0, len(picked), 3)]
        articles.append("\n\n".join(paragraphs))
    return articles


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    return (f"{platform.system()} {platform.machine()} ({cpu}), {os.cpu_count()} CPUs, "
            f"Python {platform.python_version()}")


def _warm(texts: list[str]) -> int:
    from newsner.pipeline import load

    return sum(len(ents) for ents in load().extract_many(texts))


def run_cluster(articles: list[str], workers: int, batch_size: int) -> dict[str, object]:
    t0 = time.perf_counter()
    with local_cluster(workers, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        client.register_plugin(PreloadPipeline())
        client.run(_warm, articles[:4])
        startup = time.perf_counter() - t0
        npartitions = max(4 * workers, math.ceil(len(articles) / (2 * batch_size)))
        bag = extract_bag(db.from_sequence(articles, npartitions=npartitions),
                          batch_size=batch_size)
        t1 = time.perf_counter()
        result = client.compute(bag).result()
        seconds = time.perf_counter() - t1
    if len(result) != len(articles) or failures(result):
        raise RuntimeError(f"{workers} workers: {len(result)} results, {failures(result)[:3]}")
    return {"workers": workers, "threads_per_worker": 1, "partitions": npartitions,
            "startup_s": round(startup, 2), "seconds": round(seconds, 2),
            "articles_per_s": round(len(articles) / seconds, 2),
            "mentions": sum(map(len, result))}


def run_serial(articles: list[str], batch_size: int) -> dict[str, object]:
    from newsner.pipeline import load

    t0 = time.perf_counter()
    nlp = load()
    _warm(articles[:4])
    startup = time.perf_counter() - t0
    t1 = time.perf_counter()
    mentions = sum(len(e) for e in nlp.extract_many(articles, batch_size=batch_size))
    seconds = time.perf_counter() - t1
    return {"workers": 0, "note": "extract_many in the benchmark process, no Dask",
            "startup_s": round(startup, 2), "seconds": round(seconds, 2),
            "articles_per_s": round(len(articles) / seconds, 2), "mentions": mentions}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="number of articles")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--serial", action="store_true", help="also time plain extract_many")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)

    load_at_start = os.getloadavg()[0]
    articles = build_articles(args.n)
    runs = []
    if args.serial:
        runs.append(run_serial(articles, args.batch_size))
    for workers in args.workers:
        runs.append(run_cluster(articles, workers, args.batch_size))
        print(json.dumps(runs[-1]), file=sys.stderr)
    by_workers = {r["workers"]: r["articles_per_s"] for r in runs}
    result = {
        "machine": machine(),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "load_average_at_start": round(load_at_start, 2),
        "dask": dask.__version__,
        "articles": len(articles),
        "mean_chars_per_article": round(sum(map(len, articles)) / len(articles)),
        "batch_size": args.batch_size,
        "runs": runs,
        "speedup_2_vs_1": (round(by_workers[2] / by_workers[1], 2)
                           if 1 in by_workers and 2 in by_workers else None),
    }
    cpus = os.cpu_count() or 1
    if load_at_start > 0.5 * cpus:
        result["warning"] = (f"load average {load_at_start:.1f} on {cpus} CPUs at the start: "
                             "the machine was busy, so these are not throughput figures")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
