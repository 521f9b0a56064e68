"""Score newsner's rule-based tokenizer and a stanza tokenizer on UD Indonesian GSD test.

Both split the raw text of GSD test (paragraph by paragraph, as ``conllu_to_text`` writes it)
and the UD scorer compares their tokens, words and sentences with the treebank's. The rule-based
tokenizer does not expand multi-word tokens ("bukunya" stays one word), which the Words score
counts against it; the NER corpora do not split them either.

    python benchmarks/tokenizer_scores.py --stanza models/stanza/id_newsner_tokenizer.pt \
        --out benchmarks/results/stanza-tokenizer.json
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from stanza.models.common.utils import ud_scores
from stanza.utils.datasets.conllu_to_text import convert_text

from newsner.stanza_tokenizer import make_stanza_tokenizer
from newsner.tokenization import make_tokenizer, sentence_tokens
from newsner.training.corpora import data_dir

METRICS = ("Tokens", "Sentences", "Words")


def as_conllu(nlp, paragraphs: list[str]) -> str:  # noqa: ANN001 - a spaCy Language
    """One CoNLL-U sentence per sentence the tokenizer found (a chain of heads, no labels)."""
    lines = []
    for paragraph in paragraphs:
        for sentence in sentence_tokens(nlp(paragraph)):
            for i, (token, _start, _end) in enumerate(sentence, 1):
                lines.append(f"{i}\t{token}\t_\t_\t_\t_\t{i - 1}\t{'root' if i == 1 else 'dep'}"
                             "\t_\t_")
            lines.append("")
    return "\n".join(lines) + "\n"


def score(nlp, gold: Path, paragraphs: list[str], work: Path, name: str) -> dict[str, float]:  # noqa: ANN001
    system = work / f"{name}.conllu"
    system.write_text(as_conllu(nlp, paragraphs), encoding="utf-8")
    scores = ud_scores(str(gold), str(system))
    return {m: round(100 * scores[m].f1, 2) for m in METRICS}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stanza", type=Path, required=True, help="stanza tokenizer .pt/folder")
    parser.add_argument("--out", type=Path,
                        default=Path("benchmarks/results/stanza-tokenizer.json"))
    args = parser.parse_args()
    gold = data_dir() / "ud" / "id_gsd-ud-test.conllu"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        convert_text(str(gold), str(work / "test.txt"))
        raw = (work / "test.txt").read_text(encoding="utf-8")
        paragraphs = [p.replace("\n", " ") for p in raw.split("\n\n") if p.strip()]
        result = {
            "test": "UD Indonesian GSD test, raw text split by each tokenizer; UD scorer F1",
            "rule-based (newsner default)": score(make_tokenizer(), gold, paragraphs, work, "rule"),
            f"stanza ({args.stanza.name})": score(make_stanza_tokenizer(args.stanza), gold,
                                                  paragraphs, work, "stanza"),
        }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1))
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
