"""Train everything issue #3 needs in one run on a machine with a GPU (and many cores).

1. forward and backward character LMs on the unlabeled text (``work/charlm``, made by
   ``newsner.training.train.write_charlm_text``), each within a wall-clock budget;
2. the NER grid: every (config, fold) pair named on the command line, all in parallel, each
   within a budget (stanza keeps the best-dev checkpoint, so a stopped run keeps its best model);
3. each fold model scored on its NER-UI test fold (strict entity-level micro F1, per label);
4. the models worth keeping, stored in float16 and packed into pieces under ``$OUT``.

It is also runnable on CPU with tiny budgets, which is how it is smoke-tested before a GPU run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import subprocess
import sys
import tarfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

from train_grid import run_one  # noqa: E402


def train_charlm(direction: str, out: Path, budget: int, hidden: int, cpu: bool) -> Path:
    save_dir = out / f"charlm-{direction}"
    save_dir.mkdir(parents=True, exist_ok=True)
    name = f"id_news_{direction}_charlm.pt"
    cmd = [sys.executable, "-m", "stanza.models.charlm", "--mode", "train",
           "--train_dir", str(ROOT / "work/charlm/train"),
           "--eval_file", str(ROOT / "work/charlm/dev.txt"), "--direction", direction,
           "--shorthand", "id_newsner", "--save_dir", str(save_dir), "--save_name", name,
           "--char_hidden_dim", str(hidden), "--cutoff", "5", "--epochs", "200",
           "--batch_size", "100", "--bptt_size", "250", "--eval_steps", "200"]
    if cpu:
        cmd.append("--cpu")
    log_path = out / f"charlm-{direction}.log"
    with open(log_path, "w") as log, contextlib.suppress(subprocess.TimeoutExpired):
        subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT, timeout=budget)
    return save_dir / name


def score_fold_model(model: Path, test_json: Path, assets: dict[str, Path | None]) -> dict:
    """Strict entity-level micro/per-label F1 of one fold model on its test fold."""
    from newsner.tagging import MODEL_FILES, StanzaTagger
    from newsner.training.corpora import bio_to_token_spans

    mdir = model.parent / (model.stem + "-dir")
    mdir.mkdir(exist_ok=True)
    links = {"ner": model, **assets}
    for key, path in links.items():
        target = mdir / MODEL_FILES[key]
        if path and not target.exists():
            target.symlink_to(path.resolve())
    sents = json.loads(test_json.read_text())
    tokens = [[w["text"] for w in s] for s in sents]
    gold = [bio_to_token_spans([w["ner"] for w in s]) for s in sents]
    tagger = StanzaTagger(mdir, batch_size=128)
    pred = [[(i, j, lab) for i, j, lab, _ in spans] for spans in tagger.tag(tokens)]
    counts: dict[str, list[int]] = {}
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(g), set(p)
        for label in ("PER", "LOC", "ORG", "ALL"):
            c = counts.setdefault(label, [0, 0, 0])
            gl = {x for x in gs if label in ("ALL", x[2])}
            pl = {x for x in ps if label in ("ALL", x[2])}
            c[0] += len(gl & pl)
            c[1] += len(pl)
            c[2] += len(gl)
    out = {}
    for label, (tp, npred, ngold) in counts.items():
        prec = tp / npred if npred else 0.0
        rec = tp / ngold if ngold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[label] = {"p": round(100 * prec, 2), "r": round(100 * rec, 2),
                      "f1": round(100 * f1, 2), "support": ngold}
    return out


def best_dev(log: Path) -> tuple[float | None, int | None, int | None]:
    text = log.read_text(errors="replace") if log.exists() else ""
    devs = [float(x) for x in re.findall(r"dev_score = ([0-9.]+)", text)]
    steps = re.findall(r"step (\d+)[:/]", text)
    m = re.search(r"Best dev F1 = ([0-9.]+), at iteration = (\d+)", text)
    if m:
        return float(m.group(1)), int(m.group(2)), int(steps[-1]) if steps else None
    return (round(100 * max(devs), 2) if devs else None, None,
            int(steps[-1]) if steps else None)


def to_half(src: Path, dst: Path) -> None:
    """Store a stanza checkpoint's float tensors as float16 (halves the size; stanza upcasts)."""
    import torch

    ckpt = torch.load(src, map_location="cpu", weights_only=False)

    def half(obj):  # noqa: ANN001, ANN202
        if isinstance(obj, torch.Tensor) and obj.is_floating_point():
            return obj.half()
        if isinstance(obj, dict):
            return {k: half(v) for k, v in obj.items()}
        return obj

    torch.save(half(ckpt), dst)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--configs", nargs="+", type=Path, required=True)
    p.add_argument("--jobs-spec", nargs="+", required=True,
                   help="CONFIGNAME:FOLD pairs, FOLD in 1..5 or 'all'")
    p.add_argument("--charlm-budget", type=int, default=150)
    p.add_argument("--charlm-hidden", type=int, default=512)
    p.add_argument("--ner-budget", type=int, default=330)
    p.add_argument("--cpu", action="store_true")
    p.add_argument("--out", type=Path, default=Path(os.environ.get("OUT", "work/device-out")))
    p.add_argument("--work", type=Path, default=Path("work/device"))
    p.add_argument("--keep-folds-of", nargs="*", default=None,
                   help="configs whose fold models to pack (default: best by mean dev F1)")
    args = p.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    args.work.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    timings: dict[str, float] = {}

    models = ROOT / "models"
    fwd, bwd = (models / f"id_news_{d}_charlm.pt" for d in ("forward", "backward"))
    if args.charlm_budget > 0:
        with ThreadPoolExecutor(2) as pool:
            paths = list(pool.map(lambda d: train_charlm(d, args.work, args.charlm_budget,
                                                         args.charlm_hidden, args.cpu),
                                  ["forward", "backward"]))
        for src, dst in zip(paths, (fwd, bwd), strict=True):
            if src.exists():
                dst.write_bytes(src.read_bytes())
    timings["charlm_s"] = round(time.time() - t0, 1)
    print("charlm done", timings, flush=True)

    by_name = {c.stem: c for c in args.configs}
    jobs = [(by_name[s.split(":")[0]], s.split(":")[1]) for s in args.jobs_spec]
    t1 = time.time()
    with ThreadPoolExecutor(len(jobs)) as pool:
        runs = list(pool.map(lambda j: run_one(j[0], j[1], args.work, args.ner_budget,
                                               args.cpu), jobs))
    timings["ner_s"] = round(time.time() - t1, 1)
    print("ner done", timings, flush=True)

    assets = {"pretrain": models / "id_news.pretrain.pt", "forward_charlm": fwd,
              "backward_charlm": bwd}

    def finish(run: dict) -> dict:
        tag = "all" if run["fold"] == "all" else "fold" + run["fold"]
        model = args.work / "models" / f"{run['config']}-{tag}.pt"
        dev, step, last = best_dev(Path(run["log"]))
        run.update(model=str(model), exists=model.exists(), best_dev=dev, best_step=step,
                   last_step=last)
        if model.exists() and run["fold"] != "all":
            from newsner.training.train import TrainConfig

            cfg = TrainConfig.from_toml(by_name[run["config"]])
            used = {"pretrain": assets["pretrain"] if cfg.pretrain else None,
                    "forward_charlm": fwd if cfg.charlm_forward else None,
                    "backward_charlm": bwd if cfg.charlm_backward else None}
            test_json = args.work / "data" / f"{run['config']}-fold{run['fold']}" / "test.json"
            try:
                run["test"] = score_fold_model(model, test_json, used)
            except Exception as exc:  # noqa: BLE001 - report and go on
                run["test_error"] = repr(exc)
        return run

    with ThreadPoolExecutor(8) as pool:
        runs = list(pool.map(finish, runs))
    timings["score_s"] = round(time.time() - t1 - timings["ner_s"], 1)

    summary: dict[str, dict] = {}
    for run in runs:
        if "test" in run:
            s = summary.setdefault(run["config"], {"folds": {}, "dev": {}})
            s["folds"][run["fold"]] = run["test"]["ALL"]["f1"]
            s["dev"][run["fold"]] = run["best_dev"]
    for s in summary.values():
        s["mean_test_f1"] = round(sum(s["folds"].values()) / len(s["folds"]), 2)
        devs = [d for d in s["dev"].values() if d is not None]
        s["mean_dev_f1"] = round(sum(devs) / len(devs), 2) if devs else None
    result = {"timings": timings, "summary": summary, "runs": runs}
    (args.out / "grid-results.json").write_text(json.dumps(result, indent=1))
    print(json.dumps(summary, indent=1), flush=True)

    keep = args.keep_folds_of
    if keep is None:
        full = {k: v for k, v in summary.items() if len(v["folds"]) == 5}
        keep = [max(full, key=lambda k: full[k]["mean_dev_f1"] or 0)] if full else []
    pack = args.work / "pack"
    pack.mkdir(exist_ok=True)
    for run in runs:
        if run["exists"] and (run["fold"] == "all" or run["config"] in keep):
            model = Path(run["model"])
            to_half(model, pack / model.name)
    for src in (fwd, bwd):
        if src.exists():
            to_half(src, pack / src.name)
    tar_path = args.work / "models.tar"
    with tarfile.open(tar_path, "w") as tar:
        for f in sorted(pack.iterdir()):
            tar.add(f, arcname=f.name)
    data = tar_path.read_bytes()
    piece = 15 * 1024 * 1024
    for i in range(0, len(data), piece):
        (args.out / f"models.tar.{i // piece:02d}").write_bytes(data[i:i + piece])
    with tarfile.open(args.out / "logs.tar.gz", "w:gz") as tar:
        for log in args.work.glob("*.log"):
            tar.add(log, arcname=log.name)
    print("packed", keep, len(data) // 1e6, "MB", flush=True)


if __name__ == "__main__":
    main()
