"""Pipeline speed of two model folders, in one process, runs alternating.

This shared machine's speed drifts by up to 2x between runs, so two ``make bench`` runs cannot
tell whether a new model tags slower than the old one. Here both pipelines load side by side
and tag the same articles in alternating rounds (A B, B A, ...), so drift hits both alike.

    mkdir -p /tmp/old && for f in id_news.pretrain.pt id_newsner_nertagger.pt; do
        git show bea29e8:models/$f > /tmp/old/$f; done
    python benchmarks/compare_models_speed.py --a /tmp/old --name-a "models/ at bea29e8" \\
        --b models --name-b "models/ with gazetteer columns"
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from bench_common import RESULTS, articles, machine_info, write_json


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--a", required=True, help="model folder A (e.g. the previous model)")
    parser.add_argument("--b", default="models", help="model folder B (default: models/)")
    parser.add_argument("--name-a", default=None, help="what A is, for the record")
    parser.add_argument("--name-b", default=None, help="what B is, for the record")
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--out", type=Path, default=RESULTS / "model-speed.json")
    args = parser.parse_args()

    from newsner.pipeline import Pipeline

    texts = articles(args.articles)
    n_tokens = sum(t.tokens for t in texts)
    pipes = {"a": Pipeline(args.a), "b": Pipeline(args.b)}
    for pipe in pipes.values():  # warm up
        list(pipe.extract_many([t.text for t in texts[:5]]))
    speeds: dict[str, list[float]] = {"a": [], "b": []}
    for r in range(args.rounds):
        for side in ("a", "b") if r % 2 == 0 else ("b", "a"):
            start = time.perf_counter()
            list(pipes[side].extract_many([t.text for t in texts]))
            speeds[side].append(n_tokens / (time.perf_counter() - start))
    result = {
        **machine_info(),
        "what": "tokens/s of the full pipeline, n_process=1, same articles, alternating rounds",
        "articles": args.articles, "tokens": n_tokens,
        **{side: {"model_dir": path, "name": name or path,
                  "tokens_per_s": [round(x) for x in speeds[side]],
                  "median": round(statistics.median(speeds[side]))}
           for side, path, name in (("a", args.a, args.name_a), ("b", args.b, args.name_b))},
    }
    result["b_over_a"] = round(result["b"]["median"] / result["a"]["median"], 3)
    write_json(args.out, result)
    print(f"A {result['a']['median']:,} tokens/s, B {result['b']['median']:,} tokens/s, "
          f"B/A {result['b_over_a']}")


if __name__ == "__main__":
    main()
