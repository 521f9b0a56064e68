"""Time an IndoBERT-sized token classifier on the same texts as ``bench_pipeline.py``.

The alternative to newsner's BiLSTM-CRF is a fine-tuned IndoBERT-base token classifier
(110 M parameters, 12 layers, hidden 768). Its speed does not depend on its weights, so this
is a randomly initialised ``BertForTokenClassification`` of exactly that shape (``transformers``
needed: ``pip install transformers``), run the way one would deploy it on CPU:
``torch.inference_mode()``, 2 torch threads, batches of 16 sequences sorted by length and padded
per batch, at most 512 positions.

Word pieces: IndoBERT's WordPiece splits Indonesian news into about 1.3 pieces per word, so by
default each NER-UI token becomes 1.3 pieces (a sentence of n tokens is ``round(1.3 n)`` pieces
plus ``[CLS]``/``[SEP]``), with random piece ids; tokenizing costs nothing here, which flatters
the transformer slightly. ``--wordpiece`` instead trains a 31,923-piece WordPiece tokenizer
(``tokenizers``) on the NER-UI ``train.01`` text and tokenizes with it, timing included.
Sentences are sequences; an article is cut between sentences into sequences of at most 510
pieces. Cold start loads the model from a local ``save_pretrained`` folder (safetensors), as a
deployed fine-tuned model would be.

    python benchmarks/bench_indobert.py [--articles 20] [--quick] [--wordpiece]

Writes ``benchmarks/results/indobert.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from bench_common import (
    RESULTS,
    Text,
    articles,
    cpu_seconds,
    machine_info,
    median,
    pct,
    run_json,
    sentences,
)
from bench_common import write_json as save

CONFIG = {"vocab_size": 31923, "hidden_size": 768, "num_hidden_layers": 12,
          "num_attention_heads": 12, "intermediate_size": 3072,
          "max_position_embeddings": 512, "num_labels": 7}
PIECES_PER_WORD = 1.3
BATCH = 16
MAX_LEN = 512
THREADS = 2


class Encoder:
    """Word-piece ids of a text's sentences, cut into sequences of at most ``MAX_LEN``."""

    def __init__(self, wordpiece: bool) -> None:
        self.tokenizer = train_wordpiece() if wordpiece else None
        self.rng = random.Random(0)

    def sentence_ids(self, tokens: tuple[str, ...]) -> list[int]:
        if self.tokenizer is not None:
            return self.tokenizer.encode(list(tokens), is_pretokenized=True,
                                         add_special_tokens=False).ids
        n = max(1, round(PIECES_PER_WORD * len(tokens)))
        return [self.rng.randrange(5, CONFIG["vocab_size"]) for _ in range(n)]

    def sequences(self, text: Text) -> list[list[int]]:
        seqs: list[list[int]] = []
        cur: list[int] = []
        for sent in text.sentences:
            ids = self.sentence_ids(sent)[: MAX_LEN - 2]
            if cur and len(cur) + len(ids) > MAX_LEN - 2:
                seqs.append(cur)
                cur = []
            cur = cur + ids
        if cur:
            seqs.append(cur)
        return [[2, *s, 3] for s in seqs]  # [CLS] ... [SEP]


def train_wordpiece():  # noqa: ANN201 - tokenizers.Tokenizer
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers

    from newsner.training.corpora import read_corpus

    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    trainer = trainers.WordPieceTrainer(
        vocab_size=CONFIG["vocab_size"],
        special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"])
    tok.train_from_iterator([s.text for s in read_corpus("nerui", "train.01")], trainer)
    return tok


def build_model():  # noqa: ANN201
    import torch
    from transformers import BertConfig, BertForTokenClassification

    torch.manual_seed(0)
    model = BertForTokenClassification(BertConfig(**CONFIG))
    return model.eval()


def predict(model, seqs: list[list[int]]) -> int:  # noqa: ANN001
    """Label every piece of ``seqs``; returns the number of labelled pieces."""
    import torch

    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    labelled = 0
    with torch.inference_mode():
        for b0 in range(0, len(order), BATCH):
            batch = [seqs[i] for i in order[b0:b0 + BATCH]]
            width = max(map(len, batch))
            ids = torch.zeros(len(batch), width, dtype=torch.long)
            mask = torch.zeros(len(batch), width, dtype=torch.long)
            for r, s in enumerate(batch):
                ids[r, : len(s)] = torch.tensor(s)
                mask[r, : len(s)] = 1
            logits = model(input_ids=ids, attention_mask=mask).logits
            labelled += int(mask.sum())
            logits.argmax(-1)
    return labelled


def throughput(model, enc: Encoder, texts: list[Text]) -> dict:  # noqa: ANN001
    c0, t0 = cpu_seconds(), time.perf_counter()
    seqs = [s for t in texts for s in enc.sequences(t)]
    pieces = predict(model, seqs)
    secs = time.perf_counter() - t0
    cpu = cpu_seconds() - c0
    tokens = sum(t.tokens for t in texts)
    return {"texts": len(texts), "tokens": tokens, "sequences": len(seqs), "pieces": pieces,
            "pieces_per_token": round(pieces / tokens, 3), "seconds": round(secs, 3),
            "tokens_per_s": round(tokens / secs, 1), "texts_per_s": round(len(texts) / secs, 3),
            "cpu_seconds": round(cpu, 3), "tokens_per_cpu_s": round(tokens / cpu, 1)}


def latency(model, enc: Encoder, texts: list[Text], runs: int) -> dict:  # noqa: ANN001
    predict(model, enc.sequences(texts[0]))
    times = []
    for i in range(runs):
        t0 = time.perf_counter()
        predict(model, enc.sequences(texts[i % len(texts)]))
        times.append(time.perf_counter() - t0)
    return {"runs": runs, "p50_ms": round(pct(times, 50) * 1000, 1),
            "p95_ms": round(pct(times, 95) * 1000, 1), "min_ms": round(min(times) * 1000, 1)}


COLD = """
import json, sys, time
t0 = time.perf_counter()
import torch
from transformers import BertForTokenClassification
torch.set_num_threads({threads})
model = BertForTokenClassification.from_pretrained({path!r}).eval()
t1 = time.perf_counter()
sys.path.insert(0, "benchmarks")
from bench_indobert import predict
from bench_common import peak_rss_mb
predict(model, {seqs!r})
t2 = time.perf_counter()
rss = peak_rss_mb()
print(json.dumps({{"load_s": t1 - t0, "cold_start_s": t2 - t0,
                  "maxrss_mb": rss["ru_maxrss_mb"], "vmhwm_mb": rss.get("vmhwm_mb")}}))
"""


def cold_start(model, seqs: list[list[int]], runs: int) -> dict:  # noqa: ANN001
    with tempfile.TemporaryDirectory(prefix="newsner-indobert-") as tmp:
        model.save_pretrained(tmp)
        size = sum(p.stat().st_size for p in Path(tmp).iterdir())
        results = []
        for _ in range(runs):
            t0 = time.perf_counter()
            res = run_json(COLD.format(threads=THREADS, path=tmp, seqs=seqs))
            res["process_wall_s"] = time.perf_counter() - t0
            results.append(res)
    return {"runs": runs, "model_mb_on_disk": round(size / 2**20, 1),
            **{k: round(median([r[k] for r in results]), 3)
               for k in ("load_s", "cold_start_s", "process_wall_s", "maxrss_mb")},
            "vmhwm_mb": median([r["vmhwm_mb"] for r in results if r.get("vmhwm_mb")] or [0])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--sentences", type=int, default=426, help="NER-UI test.01 sentences")
    parser.add_argument("--latency-runs", type=int, default=10)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--wordpiece", action="store_true", help="a real WordPiece tokenizer")
    parser.add_argument("--quick", action="store_true", help="tiny sizes, for a smoke test")
    args = parser.parse_args(argv)
    if args.quick:
        args.articles, args.sentences, args.latency_runs, args.cold_runs = 2, 32, 2, 1
    try:
        import torch
        import transformers
    except ImportError:
        print("bench_indobert needs transformers: pip install transformers", file=sys.stderr)
        return 2
    torch.set_num_threads(THREADS)
    enc = Encoder(args.wordpiece)
    model = build_model()
    n_params = sum(p.numel() for p in model.parameters())
    sents = sentences()[: args.sentences]
    arts = articles(max(args.articles, 1))
    predict(model, enc.sequences(arts[0]))  # warm up
    result: dict = {
        **machine_info(), "system": "IndoBERT-shaped BertForTokenClassification (random init)",
        "quick": args.quick, "config": CONFIG, "parameters": n_params,
        "torch": torch.__version__, "transformers": transformers.__version__,
        "torch_threads": torch.get_num_threads(), "batch_size": BATCH, "max_length": MAX_LEN,
        "pieces": "wordpiece trained on NER-UI train.01" if args.wordpiece
        else f"fixed {PIECES_PER_WORD} pieces per token",
    }
    print("throughput ...", file=sys.stderr)
    result["throughput"] = {"sentences": throughput(model, enc, sents),
                            "articles": throughput(model, enc, arts[: args.articles])}
    print("latency ...", file=sys.stderr)
    result["latency_article"] = latency(model, enc, arts, args.latency_runs)
    print("cold start ...", file=sys.stderr)
    result["cold_start"] = cold_start(model, enc.sequences(arts[0]), args.cold_runs)
    result["peak_rss_mb"] = result["cold_start"]["maxrss_mb"]
    name = "indobert-quick.json" if args.quick else "indobert.json"
    save(RESULTS / name, result)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
