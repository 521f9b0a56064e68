"""Shared pieces of the benchmarks: the machine, the texts, timing and result files.

Not a benchmark itself (``run_all.py`` runs the ``bench_*.py`` scripts that are). The texts:

* **sentences**: the 426 NER-UI ``test.01`` sentences, as the text that
  ``newsner.training.evaluate`` feeds
  the pipeline (tokens joined by single spaces);
* **articles**: ~600-token "articles" built from the NER-UI test sentences of all five folds
  (2,126 sentences), drawn at random with a fixed seed, four sentences to a paragraph and
  paragraphs separated by a blank line, so every system sees the same texts.

Token counts are NER-UI tokens, the same for every system, so ``tokens/s`` figures compare.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import random
import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results"
SEED = REPO.parent / "shared" / "fixtures" / "republika-lavrov-blinken.txt"
ARTICLE_TOKENS = 600
SENTENCES_PER_PARAGRAPH = 4


@dataclass(frozen=True)
class Text:
    text: str
    tokens: int
    sentences: tuple[tuple[str, ...], ...]  # the NER-UI tokens of each sentence


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine_info() -> dict[str, object]:
    try:
        affinity = len(os.sched_getaffinity(0))
    except AttributeError:
        affinity = os.cpu_count()
    try:
        load = os.getloadavg()
    except OSError:
        load = None
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "cpu_count": os.cpu_count(),
            "usable_cpus": affinity,
            "cpu_model": cpu_model(),
            "loadavg_at_start": [round(x, 2) for x in load] if load else None,
        },
    }


def sentences(split: str = "test.01") -> list[Text]:
    from newsner.training.corpora import read_corpus

    return [Text(s.text, len(s.tokens), (tuple(s.tokens),)) for s in read_corpus("nerui", split)]


def articles(n: int, tokens: int = ARTICLE_TOKENS, seed: int = 0) -> list[Text]:
    """``n`` articles of about ``tokens`` NER-UI tokens from the five NER-UI test folds."""
    from newsner.training.corpora import read_corpus

    pool = [s for k in range(1, 6) for s in read_corpus("nerui", f"test.0{k}")]
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        picked = []
        count = 0
        while count < tokens:
            s = pool[rng.randrange(len(pool))]
            picked.append(s)
            count += len(s.tokens)
        paras = [" ".join(s.text for s in picked[i:i + SENTENCES_PER_PARAGRAPH])
                 for i in range(0, len(picked), SENTENCES_PER_PARAGRAPH)]
        out.append(Text("\n\n".join(paras), count, tuple(tuple(s.tokens) for s in picked)))
    return out


def pct(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0-100), linear between order statistics."""
    xs = sorted(values)
    if len(xs) == 1:
        return xs[0]
    pos = (len(xs) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def cpu_seconds() -> float:
    """CPU time of this process and its reaped children (user + system), for load-robust
    throughput: tokens per CPU-second hardly change when other jobs share the cores."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def median(values: list[float]) -> float:
    return statistics.median(values)


def run_json(code: str, timeout: float = 600, env: dict[str, str] | None = None) -> dict:
    """Run ``code`` in a fresh interpreter; it must print one JSON object as its last line.

    The interpreter is started by a ``/bin/sh`` that forks it (not by us directly): Linux
    carries ``ru_maxrss`` across ``execve``, so a child exec'd straight from this (large)
    benchmark process would report *our* peak RSS as its own.
    """
    proc = subprocess.run(["/bin/sh", "-c", '"$0" -c "$1"; exit $?', sys.executable, code],
                          capture_output=True, text=True, timeout=timeout, cwd=REPO,
                          env={**os.environ, **(env or {})})
    if proc.returncode != 0:
        raise RuntimeError(f"subprocess failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def peak_rss_mb() -> dict[str, float]:
    """This process's peak RSS: ``ru_maxrss`` and ``/proc/self/status`` ``VmHWM`` (MB)."""
    import resource

    out = {"ru_maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                out["vmhwm_mb"] = round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return out


def write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(REPO)}", file=sys.stderr)
