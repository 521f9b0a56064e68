"""Check that newsner's fast paths give the same answers as the slow reference paths.

The speed-ups in ``tagging.py`` and ``pipeline.py`` replace library code paths with cheaper
ones that are meant to be equivalent; this script measures how equivalent:

* ``make_tokenizer()`` against ``stock_tokenizer()`` (spaCy's stock Indonesian tokenizer with all
  ~16k special cases): tokens, offsets, norms and sentence starts on every corpus text we have
  (NER-UI, NER-UGM, NERGrit, NERP, the outlet pages, the seed article, hyphen stress cases);
* the tagger's fast path against stanza's own ``DataLoader`` + ``NERTagger.forward`` +
  per-sentence ``viterbi_decode``, and the batched forward-backward against the per-sentence
  scipy one: entity spans and labels, and the largest score difference, on NER-UI test.01.

    python benchmarks/bench_equivalence.py [--quick]

Writes ``benchmarks/results/equivalence.json``; exits 1 if tokens or spans differ.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from bench_common import RESULTS, SEED, machine_info, write_json

REPO = Path(__file__).resolve().parents[1]
HYPHEN_STRESS = [
    'anak-anak/bapak-bapak (kura-kura) "Anak-Anak," ANAK-ANAK. Rusia-AS pro-Rusia x-ray',
    "e-mail ke-2 Bangsa-Bangsa/PBB kupu-kupu-nya sehari-hari; Sehari-Hari: -anak- a-b-c",
]


def corpus_texts(quick: bool) -> list[str]:
    from newsner.training.corpora import SPLITS, read_corpus

    texts: list[str] = []
    for corpus in ("nerui", "nerugm", "nergrit", "nerp"):
        for split in SPLITS.get(corpus, []):
            try:
                texts += [s.text for s in read_corpus(corpus, split)]
            except (FileNotFoundError, ValueError):
                continue
    texts = sorted(set(texts))
    if quick:
        texts = texts[:2000]
    pages = sorted((REPO / "tests" / "pages").glob("*.txt"))
    texts += [p.read_text(encoding="utf-8") for p in pages]
    if SEED.exists():
        texts.append(SEED.read_text(encoding="utf-8"))
    return texts + HYPHEN_STRESS


def check_tokenizer(texts: list[str]) -> dict:
    from newsner.tokenization import make_tokenizer, stock_tokenizer

    t0 = time.perf_counter()
    fast = make_tokenizer()
    t1 = time.perf_counter()
    stock = stock_tokenizer()
    t2 = time.perf_counter()

    def toks(nlp, docs):  # noqa: ANN001, ANN202
        return [[(t.text, t.idx, t.is_sent_start, t.norm_, t.whitespace_) for t in d]
                for d in nlp.pipe(docs)]

    differing = [t for t, a, b in zip(texts, toks(fast, texts), toks(stock, texts), strict=True)
                 if a != b]
    return {"texts": len(texts), "chars": sum(map(len, texts)), "differing_texts": len(differing),
            "examples": [d[:200] for d in differing[:5]],
            "build_s": {"make_tokenizer": round(t1 - t0, 3), "stock_tokenizer": round(t2 - t1, 3)}}


def check_tagger() -> dict:
    import numpy as np
    from stanza.models.common.crf import viterbi_decode

    from newsner.pipeline import default_model_dir
    from newsner.tagging import (
        MAX_TOKEN_CHARS,
        StanzaTagger,
        crf_marginals,
        crf_marginals_batch,
        viterbi_batch,
    )
    from newsner.training.corpora import read_corpus

    tagger = StanzaTagger(default_model_dir())
    sents = [s.tokens for s in read_corpus("nerui", "test.01")]
    sents += [["x" * (MAX_TOKEN_CHARS + 5), "Joko", "Widodo"], ["A"], ["Jakarta", "."]]
    t0 = time.perf_counter()
    fast = tagger.tag(sents)
    t1 = time.perf_counter()
    # reference: stanza's DataLoader and NERTagger.forward; keep its logits for the decoders
    captured: list = []
    decode = tagger._decode

    def capture(logits, trans, lens, biases):  # noqa: ANN001, ANN202
        captured.append((logits.float().numpy().copy(), trans.float().numpy().copy(), list(lens)))
        return decode(logits, trans, lens, biases)

    tagger._decode, tagger._fast = capture, False
    t2 = time.perf_counter()
    ref = tagger.tag(sents)
    t3 = time.perf_counter()
    tagger._decode, tagger._fast = decode, True
    viterbi_mismatch = 0
    marg_diff = 0.0
    for logits, trans, lens in captured:
        paths = viterbi_batch(logits, trans, lens)
        margs = crf_marginals_batch(logits, trans, lens)
        for b, n in enumerate(lens):
            path, _ = viterbi_decode(logits[b, :n], trans)
            viterbi_mismatch += int(paths[b, :n].tolist() != [int(p) for p in path])
            marg_diff = max(marg_diff, float(np.abs(
                margs[b, :n] - crf_marginals(logits[b, :n], trans)).max()))
    span_diff = sum(1 for a, b in zip(fast, ref, strict=True)
                    if [x[:3] for x in a] != [x[:3] for x in b])
    score_diff = max((abs(x[3] - y[3]) for a, b in zip(fast, ref, strict=True)
                      for x, y in zip(a, b, strict=False)), default=0.0)
    return {"sentences": len(sents), "entities": sum(len(x) for x in fast),
            "sentences_with_different_spans": span_diff, "max_score_diff": score_diff,
            "batched_viterbi_vs_stanza_viterbi_mismatches": viterbi_mismatch,
            "batched_marginals_vs_scipy_max_diff": marg_diff,
            "seconds": {"fast_path": round(t1 - t0, 3), "stanza_forward": round(t3 - t2, 3)}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a sample of the corpus texts")
    args = parser.parse_args(argv)
    result = {**machine_info(), "tokenizer": check_tokenizer(corpus_texts(args.quick)),
              "tagger": check_tagger()}
    write_json(RESULTS / "equivalence.json", result)
    print(json.dumps(result, indent=2))
    ok = (result["tokenizer"]["differing_texts"] == 0
          and result["tagger"]["sentences_with_different_spans"] == 0)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
