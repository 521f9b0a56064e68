"""The statistical tagger: our stanza NER model, loaded offline from a model directory.

The model is loaded through ``stanza.Pipeline`` with explicit paths and
``download_method=None`` (stanza never touches the network), pretokenized input (our spaCy
tokenizer already split the text the way the training corpora were split). For tagging we call
the loaded processor's trainer directly on batches of sentences from many documents at once,
because that lets us read the CRF's scores: besides the Viterbi path we run forward-backward to
get each token's marginal probability, and an entity's ``score`` is the mean marginal of its
tags. That is the model's real confidence, not a constant.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsner.candidates import Candidate
from newsner.corpora import bio_to_token_spans

log = logging.getLogger(__name__)

#: Files a model directory holds (see ``models/README.md``); only ``ner`` is required.
MODEL_FILES = {
    "ner": "id_newsner_nertagger.pt",
    "pretrain": "id_news.pretrain.pt",
    "forward_charlm": "id_news_forward_charlm.pt",
    "backward_charlm": "id_news_backward_charlm.pt",
}
MAX_TOKEN_CHARS = 60  # longer "tokens" (URLs, base64, run-on lines) are masked for the tagger
_MASK_TOKEN = "<url>"


class ModelNotFoundError(FileNotFoundError):
    """The model directory lacks the NER model; the message says how to get or point to one."""


@dataclass(frozen=True)
class ModelPaths:
    ner: Path
    pretrain: Path | None
    forward_charlm: Path | None
    backward_charlm: Path | None

    @classmethod
    def from_dir(cls, model_dir: str | os.PathLike[str]) -> ModelPaths:
        base = Path(model_dir)
        manifest = base / "newsner.json"
        files = dict(MODEL_FILES)
        if manifest.exists():
            files.update(json.loads(manifest.read_text(encoding="utf-8")).get("files", {}))
        ner = base / files["ner"]
        if not ner.exists():
            raise ModelNotFoundError(
                f"No newsner NER model at {ner}. newsner ships its model in the repository's "
                "models/ folder; pass newsner.load(model_dir=...) pointing at a folder holding "
                f"{files['ner']} (and optionally its vectors and charlm), or train one with "
                "`newsner train --config configs/shipped.toml`.")

        def optional(key: str) -> Path | None:
            path = base / files[key]
            return path if path.exists() else None

        return cls(ner, optional("pretrain"), optional("forward_charlm"),
                   optional("backward_charlm"))


class StanzaTagger:
    """Wraps one stanza NER model; thread-safe, loads once, tags batches of sentences."""

    def __init__(self, model_dir: str | os.PathLike[str], batch_size: int = 64,
                 threads: int | None = None) -> None:
        import torch

        self.paths = ModelPaths.from_dir(model_dir)
        self.batch_size = batch_size
        if threads:
            torch.set_num_threads(threads)
        self._lock = threading.Lock()
        self._pipeline = self._load_pipeline()
        self._trainer = self._pipeline.processors["ner"].trainers[0]
        self._config = self._pipeline.processors["ner"].configs[0]
        self._tag_vocab = self._trainer.vocab["tag"]

    def _load_pipeline(self):  # noqa: ANN202 - stanza type
        import stanza

        # stanza wants a resources.json in its dir even when told not to download
        self._resources_dir = tempfile.mkdtemp(prefix="newsner-stanza-")
        Path(self._resources_dir, "resources.json").write_text("{}", encoding="utf-8")
        kwargs = {
            "lang": "id",
            "dir": self._resources_dir,
            "processors": "tokenize,ner",
            "tokenize_pretokenized": True,
            "ner_model_path": str(self.paths.ner),
            "download_method": None,
            "allow_unknown_language": True,
            "use_gpu": False,
            "ner_batch_size": self.batch_size,
            "logging_level": "WARN",
        }
        if self.paths.pretrain:
            kwargs["ner_pretrain_path"] = str(self.paths.pretrain)
        if self.paths.forward_charlm and self.paths.backward_charlm:
            kwargs["ner_forward_charlm_path"] = str(self.paths.forward_charlm)
            kwargs["ner_backward_charlm_path"] = str(self.paths.backward_charlm)
        return stanza.Pipeline(**kwargs)

    @property
    def labels(self) -> list[str]:
        return sorted(self._trainer.get_known_tags())

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[int, int, str, float]]]:
        """Entities of each tokenized sentence as ``(first token, end token, label, score)``."""
        import torch
        from stanza.models.common.doc import Document
        from stanza.models.ner.data import DataLoader

        if not sentences:
            return []
        cleaned = [[t if len(t) <= MAX_TOKEN_CHARS else _MASK_TOKEN for t in s] for s in sentences]
        doc = Document([[{"id": (i + 1,), "text": t} for i, t in enumerate(s)] for s in cleaned])
        with self._lock, torch.inference_mode():
            loader = DataLoader(doc, self.batch_size, self._config, vocab=self._trainer.vocab,
                                evaluation=True, preprocess_tags=False,
                                bert_tokenizer=self._trainer.model.bert_tokenizer)
            tags_and_scores: list[tuple[list[str], list[float]]] = []
            for batch in loader:
                tags_and_scores.extend(self._predict(batch))
        results = []
        for tags, probs in tags_and_scores:
            spans = []
            for i, j, label in bio_to_token_spans(tags):
                spans.append((i, j, label, float(np.mean(probs[i:j]))))
            results.append(spans)
        return results

    def _predict(self, batch) -> list[tuple[list[str], list[float]]]:  # noqa: ANN001
        from stanza.models.common.crf import viterbi_decode
        from stanza.models.common.utils import unsort
        from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
        from stanza.models.ner.trainer import fix_singleton_tags, unpack_batch

        model = self._trainer.model
        device = next(model.parameters()).device
        inputs, orig_idx, word_orig_idx, char_orig_idx, sentlens, wordlens, charlens, \
            charoffsets = unpack_batch(batch, device)
        word, wordchars, wordchars_mask, chars, tags = inputs
        model.eval()
        _, logits, trans = model(word, wordchars, wordchars_mask, tags, word_orig_idx, sentlens,
                                 wordlens, chars, charoffsets, charlens, char_orig_idx)
        scores = logits[0].float().cpu().numpy()
        transition = trans[0].float().cpu().numpy()
        out = []
        for i in range(scores.shape[0]):
            unary = scores[i, : sentlens[i]]
            path, _ = viterbi_decode(unary, transition)
            path = [p if p >= VOCAB_PREFIX_SIZE else VOCAB_PREFIX_SIZE for p in path]
            marg = crf_marginals(unary, transition)
            probs = [float(marg[t, p]) for t, p in enumerate(path)]
            unmapped = self._tag_vocab.unmap([(p,) for p in path])
            tagset = self._trainer.args.get("predict_tagset") or 0
            tag_names = fix_singleton_tags(
                [x[tagset] if isinstance(x, list | tuple) else x for x in unmapped])
            out.append((tag_names, probs))
        return unsort(out, orig_idx)

    def tag_candidates(self, sentences: Sequence[Sequence[tuple[str, int, int]]],
                       ) -> list[list[Candidate]]:
        """Tag sentences of ``(token, start, end)`` and return char-offset Candidates."""
        tagged = self.tag([[t[0] for t in s] for s in sentences])
        out = []
        for sent, spans in zip(sentences, tagged, strict=True):
            out.append([Candidate(sent[i][1], sent[j - 1][2], label, score, "model")
                        for i, j, label, score in spans])
        return out


def crf_marginals(unary: np.ndarray, transition: np.ndarray) -> np.ndarray:
    """Per-token tag marginals of a linear-chain CRF (forward-backward in log space)."""
    from scipy.special import logsumexp

    n, k = unary.shape
    alpha = np.empty((n, k))
    beta = np.zeros((n, k))
    alpha[0] = unary[0]
    for t in range(1, n):
        alpha[t] = unary[t] + logsumexp(alpha[t - 1][:, None] + transition, axis=0)
    for t in range(n - 2, -1, -1):
        beta[t] = logsumexp(transition + (unary[t + 1] + beta[t + 1])[None, :], axis=1)
    log_z = logsumexp(alpha[-1])
    return np.exp(alpha + beta - log_z)
