"""Scraped pages: what normalization removes and keeps, per split of the page corpus.

For each split of ``tests/pages/corpus/`` (``dev``: pages the rules were written against;
``heldout``, ``heldout2``, ...: rounds of pages written by someone else from the format and a
list of cases only, each read after the rules of its time were frozen) this prints: article
and caption characters removed, gold mentions lost, chrome lines kept, mentions predicted in
chrome, and strict F1 on the page against F1 on its article lines alone. ``--details`` lists
every loss and kept chrome line; ``--out`` writes the figures, with each page's losses and
kept chrome lines.

    python benchmarks/pages.py [--split dev heldout] [--details] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import newsner
from newsner.training.pages import CORPUS, read_pages, score_pages, splits

COLUMNS = ("pages", "article_chars", "article_chars_removed", "caption_chars_removed",
           "mentions", "mentions_lost", "chrome_lines", "chrome_lines_kept",
           "mentions_in_chrome", "f1_page", "f1_article_only")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", nargs="+", default=splits(),
                        help="default: every split of the corpus")
    parser.add_argument("--details", action="store_true", help="list losses and kept chrome")
    parser.add_argument("--out", type=Path, help="write the figures as JSON")
    args = parser.parse_args()
    nlp = newsner.load()
    results = {}
    for split in args.split:
        res = score_pages(read_pages(CORPUS / split), nlp)
        results[split] = res
        kept = 100 * res["chrome_lines_kept"] / max(1, res["chrome_lines"])
        print(f"== {split}: " + ", ".join(f"{k} {res[k]}" for k in COLUMNS)
              + f" (chrome kept {kept:.1f} %)")
        if args.details:
            for name, m in res["per_page"].items():
                for key in ("mentions_lost", "chrome_lines_kept", "mentions_in_chrome"):
                    for item in m[key]:
                        print(f"  {name}: {key}: {item}")
                if m["article_chars_removed"] or m["caption_chars_removed"]:
                    print(f"  {name}: article chars removed {m['article_chars_removed']}, "
                          f"caption chars removed {m['caption_chars_removed']}")
    if args.out:
        for res in results.values():  # a page with nothing lost or kept says nothing
            res["per_page"] = {name: found for name, m in res["per_page"].items()
                               if (found := {k: v for k, v in m.items()
                                             if v and k != "chrome_lines"})}
        args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n",
                            encoding="utf-8")


if __name__ == "__main__":
    main()
