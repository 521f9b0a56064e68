"""Measured, not adopted: int8 dynamic quantization of the tagger's word BiLSTM.

``torch.ao.quantization.quantize_dynamic`` swaps the ``nn.LSTM`` for an int8 one. This script
tags NER-UI test.01 (three times over) with the shipped tagger as it is and quantized, and
reports tokens per CPU-second and how many sentences get different entities. PyTorch 2.13
warns that these quantization functions are deprecated and will be removed, which is why
newsner does not build on them.

    python benchmarks/bench_quantization.py
"""

from __future__ import annotations

import time
import warnings

import torch

from newsner.tagging import StanzaTagger
from newsner.training.corpora import read_fold


def best_cpu_seconds(tagger: StanzaTagger, sentences: list[list[str]]) -> tuple[list, float]:
    best, out = float("inf"), []
    for _ in range(3):
        t0 = time.process_time()
        out = tagger.tag(sentences)
        best = min(best, time.process_time() - t0)
    return out, best


def main() -> None:
    sentences = [s.tokens for s in read_fold("nerui", 1)["test"]] * 3
    tokens = sum(map(len, sentences))
    plain, plain_s = best_cpu_seconds(StanzaTagger("models"), sentences)
    quantized_tagger = StanzaTagger("models")
    model = quantized_tagger._model
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model.taggerlstm.lstm = torch.ao.quantization.quantize_dynamic(
            torch.nn.Sequential(model.taggerlstm.lstm), {torch.nn.LSTM}, dtype=torch.qint8)[0]
        quantized, quantized_s = best_cpu_seconds(quantized_tagger, sentences)
    differ = sum(1 for a, b in zip(plain, quantized, strict=True)
                 if [x[:3] for x in a] != [x[:3] for x in b])
    print(f"tokens per CPU-second: float32 {tokens / plain_s:,.0f}, int8 LSTM "
          f"{tokens / quantized_s:,.0f} ({plain_s / quantized_s:.2f}x); sentences with other "
          f"entities: {differ} of {len(sentences)} ({len(sentences) // 3} distinct, each 3 times)")


if __name__ == "__main__":
    main()
