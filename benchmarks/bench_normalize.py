"""Time ``newsner.normalize.normalize`` over real-looking news pages.

Normalization runs on every document before tokenization and tagging, so it has to stay far
below the tagger's cost: the budget is under 2 ms for a typical article. The corpus is the seed
Republika page (``../shared/fixtures``, when present) plus the outlet pages in ``tests/pages``.
Each round normalizes every page once; the figure reported is the median round, divided by the
number of pages, which is stable against the odd slow round on a shared machine.

    python benchmarks/bench_normalize.py [--rounds N]

Writes ``benchmarks/results/normalize.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

from newsner.normalize import normalize

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "fixtures" / "republika-lavrov-blinken.txt"
PAGES = REPO / "tests" / "pages"
OUT = REPO / "benchmarks" / "results" / "normalize.json"


def load_pages() -> dict[str, str]:
    pages = {p.stem: p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.txt"))}
    if SEED.exists():
        pages["seed:republika-lavrov-blinken"] = SEED.read_text(encoding="utf-8")
    return pages


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    return (f"{platform.system()} {platform.machine()} ({cpu}), {os.cpu_count()} CPUs, "
            f"Python {platform.python_version()}")


def bench(pages: dict[str, str], rounds: int) -> dict[str, object]:
    texts = list(pages.values())
    for text in texts:  # warm up: regex caches, ftfy tables
        normalize(text)
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        for text in texts:
            normalize(text)
        times.append(time.perf_counter() - t0)
    per_round = statistics.median(times)
    chars = sum(len(t) for t in texts)
    return {
        "machine": machine(),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "ms_per_article": round(per_round / len(texts) * 1000, 4),
        "chars_per_s": round(chars / per_round),
        "articles": len(texts),
        "mean_chars_per_article": round(chars / len(texts)),
        "rounds": rounds,
        "seed_included": SEED.exists(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args(argv)
    result = bench(load_pages(), args.rounds)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    print(f"wrote {OUT.relative_to(REPO)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
