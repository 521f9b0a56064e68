"""Run many NER trainings at once (configs x NER-UI folds), each within a wall-clock budget.

``make cv`` trains the shipped config's five fold models with it, two at a time, before
``newsner cv`` scores them; a lever is measured the same way, with its config next to the
shipped one. Each training is a separate ``newsner train`` process (one OpenMP thread);
stanza keeps the checkpoint with the best dev F1, so a run stopped by the budget still leaves
its best model. On a machine with a GPU (and many cores) all runs go in parallel.

    python benchmarks/train_grid.py --configs configs/shipped.toml --folds 1 2 3 4 5 \
        --jobs 2 --budget 5400 --out work/cv

Writes ``<out>/models/<config name>-fold<k>.pt`` (``-all.pt`` for the fold ``all``), the
prepared data under ``<out>/data``, one log per run and ``<out>/runs.json`` (exit code and
seconds of each run).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


def run_one(config: Path, fold: str, out: Path, budget: int, cpu: bool) -> dict:
    name = config.stem
    log_path = out / f"{name}-{fold}.log"
    cmd = [sys.executable, "-m", "newsner.cli", "train", "--config", str(config),
           "--save-dir", str(out / "models"), "--work-dir", str(out / "data")]
    cmd += ["--all"] if fold == "all" else ["--fold", fold]
    if not cpu:
        cmd.append("--gpu")
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    start = time.time()
    with open(log_path, "w") as log:
        try:
            proc = subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT, env=env,
                                  timeout=budget)
            rc = proc.returncode
        except subprocess.TimeoutExpired:
            rc = "budget"
    return {"config": name, "fold": fold, "rc": rc, "seconds": round(time.time() - start, 1),
            "log": str(log_path)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--configs", nargs="+", type=Path, required=True)
    parser.add_argument("--folds", nargs="+", default=["1", "2", "3", "4", "5"],
                        help="fold numbers; 'all': the final model on all of NER-UI")
    parser.add_argument("--only", nargs="*", default=[],
                        help="restrict to CONFIG:FOLD pairs (e.g. baseline:1)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--budget", type=int, default=900, help="seconds per training run")
    parser.add_argument("--out", type=Path, default=Path("work/grid"))
    parser.add_argument("--gpu", action="store_true")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    jobs = [(c, f) for c in args.configs for f in args.folds]
    if args.only:
        wanted = {tuple(x.split(":")) for x in args.only}
        jobs = [(c, f) for c, f in jobs if (c.stem, f) in wanted]
    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda cf: run_one(cf[0], cf[1], args.out, args.budget,
                                                   not args.gpu), jobs))
    (args.out / "runs.json").write_text(json.dumps(results, indent=1))
    for r in results:
        print(r)


if __name__ == "__main__":
    main()
