"""Run newsner's benchmarks (``make bench``) and write the side-by-side summary.

Each ``bench_*.py`` runs in its own interpreter, one after the other (they would otherwise
compete for the same cores), and writes its JSON to ``benchmarks/results``; this script then
compares newsner with the IndoBERT-shaped tagger and checks the performance bars:

* newsner >= 20x the IndoBERT-shaped tagger's tokens/s on the same cores,
* warm p50 < 100 ms for one ~600-token article,
* cold start (import + first result) < 3 s,
* peak RSS < 600 MB,
* ``extract_many(..., n_process=2)`` >= 1.8x ``n_process=1`` on 500 articles.

The bars are reported, never asserted: timings depend on the machine and on what else runs on
it (``loadavg_at_start`` is recorded; numbers taken while other jobs use the cores are not
comparable). Ratios measured in the same run are the headline, not absolute times.

    python benchmarks/run_all.py [--quick] [--skip indobert equivalence normalize]

Writes ``benchmarks/results/bench.json`` and ``benchmarks/results/bench.md`` (also printed).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from bench_common import RESULTS, machine_info, write_json

HERE = Path(__file__).resolve().parent
BARS = {
    "throughput_ratio": 20.0,
    "latency_p50_ms": 100.0,
    "cold_start_s": 3.0,
    "peak_rss_mb": 600.0,
    "n_process_speedup": 1.8,
}
BENCHES = ["equivalence", "normalize", "pipeline", "indobert"]


def run(name: str, quick: bool, articles: int | None) -> float:
    cmd = [sys.executable, str(HERE / f"bench_{name}.py")]
    if quick:
        cmd += ["--rounds", "20"] if name == "normalize" else ["--quick"]
    if articles and name in ("pipeline", "indobert"):
        cmd += ["--articles", str(articles if name == "pipeline" else min(articles, 20))]
    print(f"== bench_{name}: {' '.join(cmd[1:])}", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=HERE, stdout=subprocess.DEVNULL)
    if proc.returncode not in (0, 1):  # equivalence exits 1 on a difference: still summarise
        raise SystemExit(f"bench_{name} failed with exit code {proc.returncode}")
    return time.perf_counter() - t0


def load(name: str, quick: bool) -> dict | None:
    for candidate in ([f"{name}-quick.json"] if quick else []) + [f"{name}.json"]:
        path = RESULTS / candidate
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))
    return None


def _fmt(x: float | None, digits: int = 0) -> str:
    if x is None:
        return "n/a"
    return f"{x:,.{digits}f}"


def _met(ok: bool | None) -> str:
    return "n/a" if ok is None else ("**yes**" if ok else "**no**")


def summarise(pipe: dict | None, bert: dict | None, equiv: dict | None) -> tuple[dict, str]:
    s: dict = {"bars": BARS, "checks": {}}
    lines: list[str] = []
    if pipe is None:
        return s, "no pipeline results\n"
    tp = pipe["throughput"]
    n1 = tp["articles_n1"]["tokens_per_s"]
    n2 = tp["articles_n2"]["tokens_per_s"]
    sent = tp["sentences_n1"]["tokens_per_s"]
    lat = pipe["latency_article"]
    cold = pipe["cold_start"]
    rss_cold = max(cold["maxrss_mb"], cold.get("vmhwm_mb") or 0)
    rss_run = pipe["peak_rss"]["n_process_1"]["ru_maxrss_mb"]
    rss = max(rss_cold, rss_run)
    speedup = pipe["n_process_speedup"]
    b_art = bert["throughput"]["articles"]["tokens_per_s"] if bert else None
    b_sent = bert["throughput"]["sentences"]["tokens_per_s"] if bert else None

    def ratio(a: float, b: float | None) -> float | None:
        return round(a / b, 1) if b else None

    checks = {
        "throughput_ratio": (ratio(n1, b_art), BARS["throughput_ratio"], "ge"),
        "latency_p50_ms": (lat["p50_ms"], BARS["latency_p50_ms"], "lt"),
        "cold_start_s": (cold["cold_start_s"], BARS["cold_start_s"], "lt"),
        "peak_rss_mb": (rss, BARS["peak_rss_mb"], "lt"),
        "n_process_speedup": (speedup, BARS["n_process_speedup"], "ge"),
    }
    for key, (value, bar, how) in checks.items():
        ok = None if value is None else (value >= bar if how == "ge" else value < bar)
        s["checks"][key] = {"value": value, "bar": bar, "met": ok}
    s["ratios"] = {
        "articles_n1_vs_indobert": ratio(n1, b_art),
        "articles_n2_vs_indobert": ratio(n2, b_art),
        "sentences_n1_vs_indobert": ratio(sent, b_sent),
        "latency_p50_indobert_over_newsner":
            round(bert["latency_article"]["p50_ms"] / lat["p50_ms"], 1) if bert else None,
        "cold_start_indobert_over_newsner":
            round(bert["cold_start"]["cold_start_s"] / cold["cold_start_s"], 1) if bert else None,
        "n_process_2_over_1": speedup,
        "articles_per_cpu_s_vs_indobert": ratio(
            tp["articles_n1"].get("tokens_per_cpu_s") or 0,
            bert["throughput"]["articles"].get("tokens_per_cpu_s") if bert else None),
    }
    m = pipe["machine"]
    lines += [
        f"# newsner benchmarks ({pipe['date']}"
        f"{', QUICK smoke sizes' if pipe.get('quick') else ''})",
        "",
        f"Machine: {m['cpu_model']}, {m['cpu_count']} CPUs ({m['usable_cpus']} usable), "
        f"{m['platform']}, Python {m['python']}; load average at start "
        f"{m['loadavg_at_start']}. newsner: tagger on {pipe.get('tagger_threads')} torch "
        f"thread(s); IndoBERT-"
        f"shaped: {bert['torch_threads'] if bert else 'n/a'} threads, batch "
        f"{bert['batch_size'] if bert else 'n/a'}, {bert['pieces'] if bert else ''}.",
        "",
        "| measure | newsner | IndoBERT-shaped | newsner advantage | bar | met |",
        "|---|---:|---:|---:|---|---|",
        f"| tokens/s, NER-UI test sentences (n_process=1) | {_fmt(sent)} | {_fmt(b_sent)} "
        f"| {_fmt(s['ratios']['sentences_n1_vs_indobert'], 1)}x | | |",
        f"| tokens/s, ~600-token articles, n_process=1 ({tp['articles_n1']['texts']} articles)"
        f" | {_fmt(n1)} | {_fmt(b_art)} | {_fmt(s['ratios']['articles_n1_vs_indobert'], 1)}x "
        f"| >= 20x | {_met(s['checks']['throughput_ratio']['met'])} |",
        f"| tokens/s, articles, n_process=2 | {_fmt(n2)} | (2 threads above) "
        f"| {_fmt(s['ratios']['articles_n2_vs_indobert'], 1)}x | | |",
        f"| tokens per CPU-second, articles (load-robust; n_process=1 / 2) "
        f"| {_fmt(tp['articles_n1'].get('tokens_per_cpu_s'))} / "
        f"{_fmt(tp['articles_n2'].get('tokens_per_cpu_s'))} | "
        + (_fmt(bert['throughput']['articles'].get('tokens_per_cpu_s')) if bert else "n/a")
        + f" | {_fmt(s['ratios'].get('articles_per_cpu_s_vs_indobert'), 1)}x | | |",
        f"| articles/s, n_process=1 / 2 | {_fmt(tp['articles_n1']['texts_per_s'], 1)} / "
        f"{_fmt(tp['articles_n2']['texts_per_s'], 1)} "
        f"| {_fmt(bert['throughput']['articles']['texts_per_s'], 2) if bert else 'n/a'} | | | |",
        f"| latency, one ~600-token article, warm: p50 / p95 ms | {_fmt(lat['p50_ms'], 1)} / "
        f"{_fmt(lat['p95_ms'], 1)} | "
        + (f"{_fmt(bert['latency_article']['p50_ms'])} / {_fmt(bert['latency_article']['p95_ms'])}"
           if bert else "n/a")
        + f" | {_fmt(s['ratios']['latency_p50_indobert_over_newsner'], 1)}x "
        f"| p50 < 100 ms | {_met(s['checks']['latency_p50_ms']['met'])} |",
        f"| cold start: import + first result, s (control: `import torch` alone "
        f"{_fmt(cold.get('control_import_torch_s'), 2)} s in the same run) "
        f"| {_fmt(cold['cold_start_s'], 2)} | "
        + (f"{_fmt(bert['cold_start']['cold_start_s'], 2)}" if bert else "n/a")
        + f" | {_fmt(s['ratios']['cold_start_indobert_over_newsner'], 1)}x | < 3 s "
        f"| {_met(s['checks']['cold_start_s']['met'])} |",
        f"| peak RSS, MB (cold + 1 article; after {pipe['peak_rss']['articles']} articles) "
        f"| {_fmt(rss_cold)}; {_fmt(rss_run)} | "
        + (f"{_fmt(bert['peak_rss_mb'])}" if bert else "n/a")
        + f" | | < 600 MB | {_met(s['checks']['peak_rss_mb']['met'])} |",
        f"| extract_many n_process=2 / n_process=1 (control: pure-Python work in 2 processes "
        f"vs 1: {_fmt(pipe.get('machine_scaling_control', {}).get('speedup'), 2)}x) "
        f"| {_fmt(speedup, 2)}x | | | >= 1.8x "
        f"| {_met(s['checks']['n_process_speedup']['met'])} |",
        f"| F1, NER-UI fold 1 test (pipeline; tagger alone) "
        f"| {pipe['f1']['pipeline_nerui_fold1']}; {pipe['f1']['tagger_alone_nerui_fold1']} "
        "| (untrained) | | | |",
        "",
    ]
    if "articles_n1_tagger_2threads" in tp:
        two = tp["articles_n1_tagger_2threads"]["tokens_per_s"]
        lines += [f"n_process=1 with the tagger on 2 torch threads instead of "
                  f"{pipe.get('tagger_threads', 1)}: {_fmt(two)} tokens/s.", ""]
    for key, title in (("stages_articles", "articles"), ("stages_sentences", "sentences")):
        st = pipe.get(key)
        if not st:
            continue
        lines += [f"newsner stages inside one extract_many run over {st['texts']} {title} "
                  f"({st['tokens']:,} tokens, {st['total_s']} s):", "",
                  "| stage | seconds | share | tokens/s |", "|---|---:|---:|---:|"]
        for name, row in st["stages"].items():
            lines.append(f"| {name} | {row['seconds']} | {row['share']:.1%} "
                         f"| {_fmt(row['tokens_per_s'])} |")
        lines.append("")
    if equiv:
        tok, tag = equiv["tokenizer"], equiv["tagger"]
        lines += [f"Equivalence of the fast paths: tokenizer {tok['differing_texts']} of "
                  f"{tok['texts']:,} texts differ; tagger {tag['sentences_with_different_spans']} "
                  f"of {tag['sentences']} sentences differ in spans, max score difference "
                  f"{tag['max_score_diff']:.1e}.", ""]
    return s, "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smoke-test sizes")
    parser.add_argument("--skip", nargs="*", default=[], choices=BENCHES)
    parser.add_argument("--articles", type=int, default=None,
                        help="articles for the pipeline (default 500; IndoBERT gets <= 20)")
    parser.add_argument("--summary-only", action="store_true",
                        help="only rebuild bench.md/bench.json from existing results")
    args = parser.parse_args(argv)
    seconds: dict[str, float] = {}
    if not args.summary_only:
        for name in BENCHES:
            if name not in args.skip:
                seconds[name] = round(run(name, args.quick, args.articles), 1)
    pipe, bert = load("pipeline", args.quick), load("indobert", args.quick)
    summary, table = summarise(pipe, bert, load("equivalence", False))
    summary = {**machine_info(), "quick": args.quick, "bench_seconds": seconds, **summary,
               "sources": {k: f"benchmarks/results/{k}{'-quick' if args.quick else ''}.json"
                           for k in ("pipeline", "indobert")}}
    suffix = "-quick" if args.quick else ""
    write_json(RESULTS / f"bench{suffix}.json", summary)
    (RESULTS / f"bench{suffix}.md").write_text(table + "\n", encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
