"""Time the newsner pipeline end to end, stage by stage, cold and warm, and score it.

On the texts of ``bench_common`` (NER-UI test sentences; ~600-token articles built from NER-UI
test sentences):

* **throughput**: ``extract_many`` over the sentences, and over ``--articles`` articles with
  ``n_process`` 1 and 2 (tokens/s and articles/s; fork start-up included);
* **latency**: ``extract`` of one ~600-token article, warm, p50/p95 over ``--latency-runs``
  different articles;
* **stages**: where the time goes inside a real ``extract_many`` run (normalize, tokenize,
  tag, rules, resolve; each stage wrapped with a timer, nothing else changed);
* **cold start**: a fresh interpreter running ``import newsner; newsner.extract(article)``
  (median of ``--cold-runs``; the OS file cache is warm, as on a server that restarts);
* **peak RSS**: ``ru_maxrss`` of that fresh interpreter, and of one that processes
  ``--rss-articles`` articles (with ``n_process=2``: the largest worker, too);
* **F1**: ``newsner.evaluate(corpus="nerui", fold=1)`` (pipeline) and the tagger alone.

    python benchmarks/bench_pipeline.py [--articles 500] [--quick]

Writes ``benchmarks/results/pipeline.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from bench_common import (
    RESULTS,
    Text,
    articles,
    cpu_seconds,
    machine_info,
    median,
    pct,
    run_json,
    sentences,
)
from bench_common import write_json as save

COLD = """
import json, sys, time
t0 = time.perf_counter()
import newsner
t1 = time.perf_counter()
ents = newsner.extract({text!r})
t2 = time.perf_counter()
sys.path.insert(0, "benchmarks")
from bench_common import peak_rss_mb
rss = peak_rss_mb()
print(json.dumps({{"import_s": t1 - t0, "cold_start_s": t2 - t0, "entities": len(ents),
                  "maxrss_mb": rss["ru_maxrss_mb"], "vmhwm_mb": rss.get("vmhwm_mb")}}))
"""

RSS = """
import json, resource, sys
sys.path.insert(0, "benchmarks")
from bench_common import articles, peak_rss_mb
import newsner
texts = [a.text for a in articles({n}, seed=7)]
n = sum(len(e) for e in newsner.extract_many(texts, n_process={n_process}))
print(json.dumps({{
    **peak_rss_mb(),
    "largest_worker_ru_maxrss_mb":
        round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
    "entities": n}}))
"""


def throughput(nlp, texts: list[Text], n_process: int, batch_size: int = 32,  # noqa: ANN001
               repeat: int = 1) -> dict:
    runs = []
    cpus = []
    n_ents = 0
    for _ in range(repeat):
        c0, t0 = cpu_seconds(), time.perf_counter()
        n_ents = sum(len(e) for e in nlp.extract_many([t.text for t in texts], n_process=n_process,
                                                       batch_size=batch_size))
        runs.append(time.perf_counter() - t0)
        cpus.append(cpu_seconds() - c0)
    secs = median(runs)
    cpu = median(cpus)
    tokens = sum(t.tokens for t in texts)
    return {"texts": len(texts), "tokens": tokens, "n_process": n_process,
            "batch_size": batch_size, "seconds": round(secs, 3), "runs": len(runs),
            "tokens_per_s": round(tokens / secs, 1), "texts_per_s": round(len(texts) / secs, 2),
            "cpu_seconds": round(cpu, 3), "tokens_per_cpu_s": round(tokens / cpu, 1),
            "entities": n_ents}


def latency(nlp, texts: list[Text], runs: int) -> dict:  # noqa: ANN001
    for t in texts[:3]:
        nlp.extract(t.text)
    times = []
    for i in range(runs):
        text = texts[i % len(texts)].text
        t0 = time.perf_counter()
        nlp.extract(text)
        times.append(time.perf_counter() - t0)
    return {"runs": runs, "distinct_articles": min(runs, len(texts)),
            "mean_tokens": round(sum(t.tokens for t in texts) / len(texts), 1),
            "p50_ms": round(pct(times, 50) * 1000, 2), "p95_ms": round(pct(times, 95) * 1000, 2),
            "min_ms": round(min(times) * 1000, 2)}


class _TimedStage:
    """A pipeline stage that adds the seconds of each call to ``seconds[stage.name]``."""

    def __init__(self, stage, seconds: dict[str, float]) -> None:  # noqa: ANN001
        self.stage, self.seconds = stage, seconds
        self.name, self.over = stage.name, stage.over

    def __call__(self, batch) -> None:  # noqa: ANN001
        t0 = time.perf_counter()
        self.stage(batch)
        self.seconds[self.name] = self.seconds.get(self.name, 0.0) + time.perf_counter() - t0


def stages(nlp, texts: list[Text]) -> dict:  # noqa: ANN001
    """Seconds per stage inside one ``extract_many`` run (each of ``nlp.stages`` timed)."""
    seconds: dict[str, float] = {}
    saved = nlp.stages
    nlp.stages = tuple(_TimedStage(stage, seconds) for stage in saved)
    try:
        t0 = time.perf_counter()
        for _ in nlp.extract_many([t.text for t in texts]):
            pass
        total = time.perf_counter() - t0
    finally:
        nlp.stages = saved
    tokens = sum(t.tokens for t in texts)
    secs = dict(seconds)
    secs["other"] = max(0.0, total - sum(secs.values()))
    order = [stage.name for stage in saved] + ["other"]
    return {"texts": len(texts), "tokens": tokens, "total_s": round(total, 3),
            "stages": {k: {"seconds": round(secs.get(k, 0.0), 3),
                           "share": round(secs.get(k, 0.0) / total, 3),
                           "tokens_per_s": round(tokens / secs[k]) if secs.get(k) else None}
                       for k in order}}


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_scaling(n: int = 20_000_000) -> dict:
    """Control: the same pure-Python work twice, in one process and in two. Its speedup is
    the most any ``n_process=2`` run can get on this machine at this moment (other jobs, or
    virtual CPUs that share a physical core, keep it below 2)."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    out = {}
    for procs in (1, 2):
        with ctx.Pool(procs) as pool:
            pool.map(_spin, [1000] * procs)
            t0 = time.perf_counter()
            pool.map(_spin, [n, n], chunksize=1)
            out[procs] = time.perf_counter() - t0
    return {"one_process_s": round(out[1], 3), "two_processes_s": round(out[2], 3),
            "speedup": round(out[1] / out[2], 3)}


#: Control for the cold start: what importing PyTorch alone costs on this machine right now
#: (spaCy imports it through thinc, and the tagger needs it, so no newsner cold start is
#: shorter). Run alternately with the cold starts, so both sample the same machine state.
TORCH_ONLY = """
import json, time
t0 = time.perf_counter()
import torch
print(json.dumps({"import_torch_s": time.perf_counter() - t0}))
"""


def cold_start(text: str, runs: int) -> dict:
    code = COLD.format(text=text)
    results = []
    torch_only = []
    for _ in range(runs):
        t0 = time.perf_counter()
        res = run_json(code)
        res["process_wall_s"] = time.perf_counter() - t0
        results.append(res)
        torch_only.append(run_json(TORCH_ONLY)["import_torch_s"])
    cold = median([r["cold_start_s"] for r in results])
    return {"runs": runs,
            **{k: round(median([r[k] for r in results]), 3)
               for k in ("import_s", "cold_start_s", "process_wall_s", "maxrss_mb")},
            "all_cold_start_s": [round(r["cold_start_s"], 3) for r in results],
            "control_import_torch_s": round(median(torch_only), 3),
            "all_import_torch_s": [round(t, 3) for t in torch_only],
            "beyond_torch_import_s": round(cold - median(torch_only), 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--latency-runs", type=int, default=60)
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--rss-articles", type=int, default=200)
    parser.add_argument("--no-two-threads", action="store_true",
                        help="skip the extra n_process=1 run with a 2-thread tagger")
    parser.add_argument("--quick", action="store_true", help="tiny sizes, for a smoke test")
    args = parser.parse_args(argv)
    if args.quick:
        args.articles, args.latency_runs, args.cold_runs, args.rss_articles = 16, 6, 1, 8

    import torch

    import newsner

    result: dict = {**machine_info(), "system": "newsner", "quick": args.quick}
    sents = sentences()
    arts = articles(args.articles)
    t0 = time.perf_counter()
    nlp = newsner.load()
    result["load_s_in_process"] = round(time.perf_counter() - t0, 3)
    result["torch_threads"] = torch.get_num_threads()
    result["tagger_threads"] = nlp.tagger.threads
    throughput(nlp, arts[:8], 1)  # warm up
    print("throughput ...", file=sys.stderr)
    result["throughput"] = {
        "sentences_n1": throughput(nlp, sents, 1, repeat=3),
        "articles_n1": throughput(nlp, arts, 1),
        "articles_n2": throughput(nlp, arts, 2),
    }
    if not args.no_two_threads:
        nlp.tagger.threads = 2
        result["throughput"]["articles_n1_tagger_2threads"] = throughput(nlp, arts, 1)
        nlp.tagger.threads = result["tagger_threads"]
    result["machine_scaling_control"] = machine_scaling(2_000_000 if args.quick else 20_000_000)
    n1 = result["throughput"]["articles_n1"]["tokens_per_s"]
    result["n_process_speedup"] = round(result["throughput"]["articles_n2"]["tokens_per_s"] / n1, 3)
    print("latency, stages ...", file=sys.stderr)
    result["latency_article"] = latency(nlp, arts[: max(1, min(len(arts), args.latency_runs))],
                                        args.latency_runs)
    result["stages_articles"] = stages(nlp, arts[: min(len(arts), 100)])
    result["stages_sentences"] = stages(nlp, sents)
    print("F1 ...", file=sys.stderr)
    report = newsner.evaluate(corpus="nerui", fold=1, pipeline=nlp)
    model = newsner.evaluate(corpus="nerui", fold=1, pipeline=nlp, model_only=True)
    result["f1"] = {"pipeline_nerui_fold1": report.f1, "tagger_alone_nerui_fold1": model.f1,
                    "scores": report.scores}
    print("cold start, RSS ...", file=sys.stderr)
    result["cold_start"] = cold_start(arts[0].text, args.cold_runs)
    result["peak_rss"] = {
        "cold_single_article_mb": result["cold_start"]["maxrss_mb"],
        "articles": args.rss_articles,
        "n_process_1": run_json(RSS.format(n=args.rss_articles, n_process=1)),
        "n_process_2": run_json(RSS.format(n=args.rss_articles, n_process=2)),
    }
    save(RESULTS / ("pipeline-quick.json" if args.quick else "pipeline.json"), result)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
