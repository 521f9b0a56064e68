"""The record of the page corpus's held-out rounds, each as measured when its rules were frozen.

Reads every ``benchmarks/results/pages-round<k>-frozen.json`` (written by ``benchmarks/pages.py
--split heldout<k> --out ...`` before anyone read round k) and ``pages.json`` (today's figures
on every split) and writes ``benchmarks/results/pages-history.md``: one row per round as frozen,
then every split with the current rules.

    python benchmarks/pages_history.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
OUT = RESULTS / "pages-history.md"


def _round(split: str) -> int:
    """``heldout`` is round 1, ``heldout<k>`` round k."""
    return int(split[len("heldout"):] or 1)


def _row(name: str, m: dict) -> str:
    kept = 100 * m["chrome_lines_kept"] / max(1, m["chrome_lines"])
    gap = m["f1_article_only"] - m["f1_page"]
    return (f"| {name} | {m['pages']} | {m['article_chars_removed']:,} of {m['article_chars']:,}"
            f" | {m['caption_chars_removed']} | {m['mentions_lost']} of {m['mentions']:,}"
            f" | {m['chrome_lines_kept']} of {m['chrome_lines']:,} ({kept:.1f} %)"
            f" | {m['mentions_in_chrome']} | {m['f1_page']:.2f} / {m['f1_article_only']:.2f}"
            f" ({gap:+.2f}) |")


def main() -> None:
    frozen: dict[int, dict] = {}
    for path in sorted(RESULTS.glob("pages-round*-frozen.json")):
        for split, m in json.loads(path.read_text(encoding="utf-8")).items():
            if split.startswith("heldout"):
                frozen[_round(split)] = m
    today = json.loads((RESULTS / "pages.json").read_text(encoding="utf-8"))
    head = ("| round | pages | article chars removed | caption chars removed | mentions lost "
            "| chrome lines kept | mentions in chrome | F1 page / article alone (gap) |\n"
            "|---|---|---|---|---|---|---|---|")
    lines = ["# Page corpus: held-out rounds", "",
             "Each round was written by a helper session from `tests/pages/corpus/FORMAT.md` and "
             "a list of cases only, and measured with the rules of its time frozen and "
             "committed before anyone read it. Written by `benchmarks/pages_history.py`.", "",
             "## As frozen", "", head]
    lines += [_row(f"round {k}", frozen[k]) for k in sorted(frozen)]
    lines += ["", "## Today, with the current rules", "",
              "A round's pages may have been read, and the rules revised on them, after it was "
              "measured frozen: these rows are not held-out figures for such rounds.", "", head]
    rounds = sorted((s for s in today if re.fullmatch(r"heldout\d*", s)), key=_round)
    lines += [_row("dev", today["dev"])] if "dev" in today else []
    lines += [_row(f"round {_round(s)}", today[s]) for s in rounds]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
