"""The statistical taggers: our stanza NER models, loaded offline from a model directory.

The model is loaded with stanza's own NER ``Trainer`` from explicit paths (never a download;
building a whole ``stanza.Pipeline`` only added cold-start time), and takes pretokenized input
(our spaCy tokenizer already split the text the way the training corpora were split). We run
the model's layers on batches of sentences from many documents at once, which also lets us
read the CRF's scores: besides the Viterbi path we run forward-backward to
get each token's marginal probability, and an entity's ``score`` is the mean marginal of its
tags. That is the model's real confidence, not a constant.

Decoding can favour "no entity" by a constant (``o_bias``, added to the O tag's score of every
token before Viterbi; a model folder sets it in its ``newsner.json``), one per casing of the
sentence (:mod:`newsner.casing`). Our NER-UI models, early-stopped on a 170-sentence dev set,
predict more entities on unseen text than it holds; the bias trades that surplus back. On
lower- or upper-cased text the model finds fewer names, and the same bias would cost recall,
so each casing has its own. How the shipped values were chosen (each fold's by the other folds,
never by itself) is in :func:`newsner.training.evaluate.cross_validate` and
``models/README.md``.

A model folder can also give a casing its own NER model (``casing_models`` in its
``newsner.json``): the shipped folder tags mixed-case sentences with a model trained on text as
written and lower- or upper-cased sentences with one trained on re-cased copies as well, which
reads text without capitals far better but costs mixed-case text most of a point.
:class:`Tagger`, the tagging stage, sends each sentence to the model of its casing.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import pickle
import threading
import types
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsner.candidates import Candidate
from newsner.casing import CASINGS, casing
from newsner.tags import bio_to_token_spans

log = logging.getLogger(__name__)

#: Files a model directory holds (see ``models/README.md``); only ``ner`` is required.
MODEL_FILES = {
    "ner": "id_newsner_nertagger.pt",
    "pretrain": "id_news.pretrain.pt",
    "forward_charlm": "id_news_forward_charlm.pt",
    "backward_charlm": "id_news_backward_charlm.pt",
}
#: The NER model file that a model folder made by newsner gives lower- and upper-cased
#: sentences (``casing_models`` in its ``newsner.json``).
UNCASED_NER_FILE = "id_newsner_anycase_nertagger.pt"
MAX_TOKEN_CHARS = 60  # longer "tokens" (URLs, base64, run-on lines) are masked for the tagger
_MASK_TOKEN = "<url>"
#: torch threads the tagger runs with (``NEWSNER_TORCH_THREADS`` or ``threads=`` to change).
#: On 2 cores a second intra-op thread gained 0-25% while we had priority on both cores but cost
#: 1.7x to over 10x whenever another job held a core (OpenMP threads wait on each other), while
#: ``n_process=2`` (one thread per worker) gained 1.8-2x; so one thread, and processes to scale.
DEFAULT_THREADS = 1
_CHAR_BATCH = 1024  # words per character-LSTM call (bigger: more memory, no faster)


class ModelNotFoundError(FileNotFoundError):
    """The model directory lacks the NER model; the message says how to get or point to one."""


def read_manifest(model_dir: str | os.PathLike[str]) -> dict:
    """A model folder's optional ``newsner.json``: ``files`` (names other than
    :data:`MODEL_FILES`), ``casing_models`` (casing -> NER model file, for the casings that do
    not use ``files.ner``) and ``decoding`` (``o_bias``); ``{}`` when there is none."""
    manifest = Path(model_dir) / "newsner.json"
    return json.loads(manifest.read_text(encoding="utf-8")) if manifest.exists() else {}


def ner_files(model_dir: str | os.PathLike[str], manifest: dict | None = None,
              ) -> dict[str, Path]:
    """The NER model file of each casing: ``casing_models`` of the manifest, else ``files.ner``.
    Raises ValueError for a key that is not a casing (the files may be missing: see
    :meth:`ModelPaths.from_dir`)."""
    base = Path(model_dir)
    manifest = read_manifest(base) if manifest is None else manifest
    default = base / {**MODEL_FILES, **manifest.get("files", {})}["ner"]
    routed = manifest.get("casing_models", {})
    unknown = set(routed) - set(CASINGS)
    if unknown:
        raise ValueError(f"{base / 'newsner.json'}: casing_models: {sorted(unknown)} are not "
                         f"casings; valid casings: {', '.join(CASINGS)}")
    return {c: base / routed[c] if c in routed else default for c in CASINGS}


OBias = float | dict[str, float]


def decoding_biases(o_bias: OBias | None, manifest: dict) -> dict[str, float]:
    """The bias of each casing: ``o_bias`` (one number for all, or per casing) over the model
    folder's ``decoding.o_bias`` (the same two forms), over 0."""
    out = dict.fromkeys(CASINGS, 0.0)
    for source in (manifest.get("decoding", {}).get("o_bias"), o_bias):
        if source is None:
            continue
        if isinstance(source, dict):
            unknown = set(source) - set(CASINGS)
            if unknown:
                raise ValueError(f"o_bias: {sorted(unknown)} are not casings; valid casings: "
                                 f"{', '.join(CASINGS)}")
            out.update({k: float(v) for k, v in source.items()})
        else:
            out = dict.fromkeys(CASINGS, float(source))
    return out


def write_decoding_bias(model_dir: str | os.PathLike[str], o_bias: OBias) -> Path:
    """Set ``decoding.o_bias`` in a model folder's ``newsner.json`` (other keys kept)."""
    manifest = read_manifest(model_dir)
    manifest.setdefault("decoding", {})["o_bias"] = o_bias
    path = Path(model_dir) / "newsner.json"
    path.write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return path


@dataclass(frozen=True)
class ModelPaths:
    ner: Path
    pretrain: Path | None
    forward_charlm: Path | None
    backward_charlm: Path | None

    @classmethod
    def from_dir(cls, model_dir: str | os.PathLike[str], ner: Path | None = None) -> ModelPaths:
        """The files of ``model_dir`` (``ner``: another NER model file than ``files.ner``,
        such as one of :func:`ner_files`)."""
        base = Path(model_dir)
        files = {**MODEL_FILES, **read_manifest(base).get("files", {})}
        ner = ner or base / files["ner"]
        if not ner.exists():
            raise ModelNotFoundError(
                f"No newsner NER model at {ner}. newsner ships its model in the repository's "
                "models/ folder; pass newsner.load(model_dir=...) pointing at a folder holding "
                f"{ner.name} (and optionally its vectors and charlm), or train one with "
                "`newsner train --config configs/shipped.toml`.")

        def optional(key: str) -> Path | None:
            path = base / files[key]
            return path if path.exists() else None

        return cls(ner, optional("pretrain"), optional("forward_charlm"),
                   optional("backward_charlm"))


class _Spans:
    """Entities from ``tag_tokens`` (tags and marginals per token), for both tagger classes."""

    def tag_tokens(self, sentences: Sequence[Sequence[str]]) -> list[tuple[list[str], list[float]]]:
        raise NotImplementedError

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[int, int, str, float]]]:
        """Entities of each tokenized sentence as ``(first token, end token, label, score)``."""
        results = []
        for tags, probs in self.tag_tokens(sentences):
            spans = []
            for i, j, label in bio_to_token_spans(tags):
                spans.append((i, j, label, sum(probs[i:j]) / (j - i)))
            results.append(spans)
        return results

    def tag_candidates(self, sentences: Sequence[Sequence[tuple[str, int, int]]],
                       ) -> list[list[Candidate]]:
        """Tag sentences of ``(token, start, end)`` and return char-offset Candidates."""
        tagged = self.tag([[t[0] for t in s] for s in sentences])
        out = []
        for sent, spans in zip(sentences, tagged, strict=True):
            out.append([Candidate(sent[i][1], sent[j - 1][2], label, score, "model")
                        for i, j, label, score in spans])
        return out


def _masked(sentence: Sequence[str]) -> list[str]:
    """``sentence`` with tokens too long to be words (URLs, base64) masked for the model."""
    return [t if len(t) <= MAX_TOKEN_CHARS else _MASK_TOKEN for t in sentence]


class Tagger(_Spans):
    """The tagging stage: one :class:`StanzaTagger` per NER model of the folder, and each
    sentence tagged by the model of its casing (:func:`ner_files`; a folder with one model
    tags every sentence with it). ``o_bias`` and ``threads`` apply to every model."""

    def __init__(self, model_dir: str | os.PathLike[str], batch_size: int = 64,
                 threads: int | None = None, o_bias: OBias | None = None) -> None:
        files = ner_files(model_dir)
        loaded: dict[Path, StanzaTagger] = {}
        for path in dict.fromkeys(files.values()):  # the folder's default model first
            loaded[path] = StanzaTagger(model_dir, batch_size=batch_size, threads=threads,
                                        o_bias=o_bias, ner=path)
        #: casing -> the model that tags sentences of that casing
        self.models = {c: loaded[files[c]] for c in CASINGS}
        self._distinct = list(loaded.values())
        first = self._distinct[0]
        for other in self._distinct[1:]:
            other.share_vectors(first)

    @property
    def o_bias(self) -> dict[str, float]:
        return self._distinct[0].o_bias

    @o_bias.setter
    def o_bias(self, value: dict[str, float]) -> None:
        for model in self._distinct:
            model.o_bias = value

    @property
    def threads(self) -> int:
        return self._distinct[0].threads

    @threads.setter
    def threads(self, value: int) -> None:
        for model in self._distinct:
            model.threads = value

    @property
    def labels(self) -> list[str]:
        return sorted({label for m in self._distinct for label in m.labels})

    def tag_tokens(self, sentences: Sequence[Sequence[str]]) -> list[tuple[list[str], list[float]]]:
        """:meth:`StanzaTagger.tag_tokens` of each sentence by the model of its casing."""
        if len(self._distinct) == 1:
            return self._distinct[0].tag_tokens(sentences)
        casings = [casing(_masked(s)) for s in sentences]
        groups: dict[int, list[int]] = {}
        for i, cased in enumerate(casings):
            groups.setdefault(id(self.models[cased]), []).append(i)
        out: list[tuple[list[str], list[float]]] = [([], [])] * len(sentences)
        for model in self._distinct:
            idx = groups.get(id(model), [])
            tagged = model.tag_tokens([sentences[i] for i in idx], [casings[i] for i in idx])
            for i, res in zip(idx, tagged, strict=True):
                out[i] = res
        return out


class StanzaTagger(_Spans):
    """Wraps one stanza NER model; thread-safe, loads once, tags batches of sentences.

    The model is stanza's own ``NERTagger`` (built by stanza's ``Trainer.load``), but neither
    ``stanza.Pipeline`` nor the trainer's optimizer is created, and for the shipped kind of model
    (word vectors + character LSTM, no charlm or transformer) inference runs the model's layers
    directly: no stanza ``Document``/``DataLoader``, no CRF loss, one character-LSTM pass per
    distinct word of a call, sentences batched longest first over the whole call, and one
    batched Viterbi and forward-backward per batch. The layers are stanza's; only batch
    composition differs, so tags equal stanza's own ``forward`` and scores agree to ~1e-7
    (``benchmarks/bench_equivalence.py`` checks both).
    """

    def __init__(self, model_dir: str | os.PathLike[str], batch_size: int = 64,
                 threads: int | None = None, o_bias: OBias | None = None,
                 ner: Path | None = None) -> None:
        self.paths = ModelPaths.from_dir(model_dir, ner)
        self.batch_size = batch_size
        #: added to the O tag's unary score before decoding, per casing of the sentence (see
        #: the module docstring); from ``o_bias``, else the model folder's ``newsner.json``
        self.o_bias = decoding_biases(o_bias, read_manifest(model_dir))
        #: torch intra-op threads while tagging (restored afterwards); see DEFAULT_THREADS
        self.threads = threads or int(os.environ.get("NEWSNER_TORCH_THREADS") or 0) or (
            DEFAULT_THREADS)
        self._lock = threading.Lock()
        self._trainer = _load_trainer(self.paths)
        self._model = self._trainer.model
        self._model.eval()
        self._config = dict(self._trainer.args)
        self._config["batch_size"] = batch_size
        from stanza.models.common.vocab import VOCAB_PREFIX_SIZE

        self._tag_vocab = self._trainer.vocab["tag"]
        tagset = self._trainer.args.get("predict_tagset") or 0
        self._tag_names = []
        for i in range(self._tag_vocab.lens()[0]):  # ids of the first tag column
            if i < VOCAB_PREFIX_SIZE:  # <PAD>, <UNK>, ...: decoding maps them to the first tag
                self._tag_names.append("O")
                continue
            name = self._tag_vocab.unmap([(i,)])[0]
            self._tag_names.append(name[tagset] if isinstance(name, list | tuple) else name)
        self._o_id = self._tag_names.index("O", VOCAB_PREFIX_SIZE)
        self._fast = _fast_path_ok(self._model, self._config)
        #: token -> (word id, delta id, char ids, token); bounded, cleared when full
        self._word_cache: dict[str, tuple[int, int, list[int], str]] = {}

    @property
    def labels(self) -> list[str]:
        return sorted(self._trainer.get_known_tags())

    def share_vectors(self, other: StanzaTagger) -> None:
        """Use ``other``'s word-vector table when both models load the same frozen vectors
        (stanza copies the vectors file into each model: two models would hold it twice)."""
        mine, theirs = self._model, other._model
        if (self.paths.pretrain and self.paths.pretrain == other.paths.pretrain
                and "word_emb" in mine.unsaved_modules and "word_emb" in theirs.unsaved_modules
                and mine.word_emb.weight.shape == theirs.word_emb.weight.shape):
            import torch

            if torch.equal(mine.word_emb.weight, theirs.word_emb.weight):
                mine.word_emb = theirs.word_emb

    def tag_tokens(self, sentences: Sequence[Sequence[str]], casings: Sequence[str] | None = None,
                   ) -> list[tuple[list[str], list[float]]]:
        """Per token of each sentence: its tag (stanza's BIOES, e.g. ``S-LOC``) and the model's
        marginal probability of it (``newsner.tags.bio_to_token_spans`` reads the tags as spans).
        ``casings``: each sentence's casing, when the caller has read it (:class:`Tagger`).

        ``tag`` builds entities from this.
        """
        import torch

        if not sentences:
            return []
        cleaned = [_masked(s) for s in sentences]
        if casings is None:
            casings = [casing(s) for s in cleaned]
        with self._lock, torch.inference_mode(), _torch_threads(self.threads):
            biases = [self.o_bias[c] for c in casings]
            run = self._tag_fast if self._fast else self._tag_generic
            return run(cleaned, biases)

    # --- the fast path: the model's layers, called directly ----------------------------------

    def _tag_fast(self, sentences: list[list[str]], biases: list[float],
                  ) -> list[tuple[list[str], list[float]]]:
        import torch

        looked = [[self._lookup(w) for w in s] for s in sentences]
        # character LSTM once per distinct word of the call ("yang" is run once, not 300 times)
        chars, slot = self._char_table(looked) if self._has_chars else (None, None)
        out: list[tuple[list[str], list[float]]] = [([], [])] * len(sentences)
        # longest first over the whole call, so each batch holds sentences of similar length
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]), reverse=True)
        for b0 in range(0, len(order), self.batch_size):
            idx = order[b0:b0 + self.batch_size]
            batch = [looked[i] for i in idx]
            reps = None
            if chars is not None:
                reps = chars[torch.tensor([slot[w] for i in idx for w in sentences[i]])]
            logits, trans = self._forward(batch, reps)
            decoded = self._decode(logits, trans, [len(b) for b in batch], [biases[i] for i in idx])
            for i, res in zip(idx, decoded, strict=True):
                out[i] = res
        return out

    def _lookup(self, word: str) -> tuple[int, int, list[int], str]:
        got = self._word_cache.get(word)
        if got is None:
            from stanza.models.common.vocab import PAD_ID, UNK_ID

            vocab = self._trainer.vocab
            low = word.lower() if self._config.get("lowercase", True) else word
            wid = vocab["word"].unit2id(low) if "word" in vocab else UNK_ID
            did = vocab["delta"].unit2id(low) if "delta" in vocab else PAD_ID
            if "word" in vocab and did == UNK_ID and wid != UNK_ID:
                did = PAD_ID  # known to the vectors: no delta (NERTagger.forward's unk_mask)
            chars = word.lower() if self._config.get("char_lowercase", False) else word
            got = (wid, did, vocab["char"].map(list(chars)) if "char" in vocab else [], word)
            if len(self._word_cache) >= 200_000:
                self._word_cache.clear()
            self._word_cache[word] = got
        return got

    @property
    def _has_chars(self) -> bool:
        return getattr(self._model, "charmodel", None) is not None

    def _forward(self, batch, char_reps):  # noqa: ANN001, ANN202 - (logits, transitions)
        """Unary scores ``(B, T, K)`` and the transition matrix for looked-up sentences sorted
        longest first (``char_reps``: their words' character vectors, in sentence order):
        ``NERTagger.forward`` in eval mode without its loss."""
        import torch
        from torch.nn.utils.rnn import PackedSequence, pack_padded_sequence

        model = self._model
        lens = [len(s) for s in batch]
        bsz, width = len(batch), lens[0]
        ids = np.zeros((2, bsz, width), dtype=np.int64)
        for b, sent in enumerate(batch):
            ids[:, b, : lens[b]] = np.array([x[:2] for x in sent], dtype=np.int64).T
        ids_t = torch.from_numpy(ids)
        emb = None
        if "word" in model.vocab:
            emb = model.word_emb(ids_t[0])
        if model.delta_emb is not None and "delta" in model.vocab:
            delta = model.delta_emb(ids_t[1])
            emb = delta if emb is None else emb + delta
        packed = pack_padded_sequence(emb, lens, batch_first=True)
        sents, steps = _packed_rows(packed.batch_sizes)
        inputs = [packed.data]
        if char_reps is not None:
            starts = torch.from_numpy(np.cumsum([0, *lens[:-1]]))
            inputs.append(char_reps[starts[sents] + steps])
        x = torch.cat(inputs, 1)
        if model.input_transform is not None:
            x = model.input_transform(x)
        layers = self._config["num_layers"]
        hidden = self._config["hidden_dim"]
        hx = (model.taggerlstm_h_init.expand(2 * layers, bsz, hidden).contiguous(),
              model.taggerlstm_c_init.expand(2 * layers, bsz, hidden).contiguous())
        out, _ = model.taggerlstm.lstm(PackedSequence(x, packed.batch_sizes), hx)
        logits = model.tag_clfs[0](out.data)
        padded = torch.zeros(bsz, width, logits.shape[1], dtype=logits.dtype)
        padded[sents, steps] = logits
        return padded, model.crits[0]._transitions

    def _char_table(self, looked):  # noqa: ANN001, ANN202
        """Character-LSTM vectors of the distinct words in ``looked``: ``(table, slot)`` with
        ``table[slot[word]]`` the word's vector (``CharacterModel.forward`` in eval mode)."""
        import torch
        from torch.nn.utils.rnn import pack_padded_sequence

        cm = self._model.charmodel
        distinct: dict[str, list[int]] = {}
        for sent in looked:
            for w in sent:
                distinct.setdefault(w[3], w[2])
        words = sorted(distinct, key=lambda w: len(distinct[w]), reverse=True)
        slot = {w: i for i, w in enumerate(words)}
        ndir, layers, hid = cm.num_dir, cm.args["char_num_layers"], cm.args["char_hidden_dim"]
        parts = []
        for c0 in range(0, len(words), _CHAR_BATCH):
            chunk = [distinct[w] for w in words[c0:c0 + _CHAR_BATCH]]
            wordlens = [max(1, len(c)) for c in chunk]
            chars = np.zeros((len(chunk), wordlens[0]), dtype=np.int64)
            for r, c in enumerate(chunk):
                chars[r, : len(c)] = c
            embs = pack_padded_sequence(cm.char_emb(torch.from_numpy(chars)), wordlens,
                                        batch_first=True)
            hx = (cm.charlstm_h_init.expand(ndir * layers, len(chunk), hid).contiguous(),
                  cm.charlstm_c_init.expand(ndir * layers, len(chunk), hid).contiguous())
            _, (h, _c) = cm.charlstm.lstm(embs, hx)
            parts.append(h[-2:].transpose(0, 1).contiguous().view(len(chunk), -1))
        return torch.cat(parts), slot

    def _decode(self, logits, trans, lens, biases):  # noqa: ANN001
        """Viterbi tags and the CRF marginal of each chosen tag, for a padded batch
        (``biases``: each sentence's bias towards O)."""
        from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
        from stanza.models.ner.trainer import fix_singleton_tags

        scores = logits.float().cpu().numpy()
        if any(biases):
            scores = scores.copy()
            scores[..., self._o_id] += np.asarray(biases, dtype=scores.dtype)[:, None]
        transition = trans.float().cpu().numpy()
        paths = viterbi_batch(scores, transition, lens)
        margs = crf_marginals_batch(scores, transition, lens)
        out = []
        for b, n in enumerate(lens):
            path = np.maximum(paths[b, :n], VOCAB_PREFIX_SIZE)
            probs = margs[b, np.arange(n), path].tolist()
            names = [self._tag_names[p] for p in path.tolist()]
            if any(tag[0] in "BIE" for tag in names):  # fix_singleton_tags only rewrites these
                names = fix_singleton_tags(names)
            out.append((names, probs))
        return out

    # --- any other stanza NER model (charlm, transformer): stanza's DataLoader and forward ---

    def _tag_generic(self, sentences: list[list[str]], biases: list[float],
                     ) -> list[tuple[list[str], list[float]]]:
        from stanza.models.common.doc import Document
        from stanza.models.common.utils import unsort
        from stanza.models.ner.data import DataLoader
        from stanza.models.ner.trainer import unpack_batch

        doc = Document([[{"id": (i + 1,), "text": t} for i, t in enumerate(s)]
                        for s in sentences])
        loader = DataLoader(doc, self.batch_size, self._config, vocab=self._trainer.vocab,
                            evaluation=True, preprocess_tags=False,
                            bert_tokenizer=self._model.bert_tokenizer)
        model = self._model
        device = next(model.parameters()).device
        out: list[tuple[list[str], list[float]]] = []
        done = 0  # the loader batches the sentences in order, each batch sorted by length
        for batch in loader:
            inputs, orig_idx, word_orig_idx, char_orig_idx, sentlens, wordlens, charlens, \
                charoffsets = unpack_batch(batch, device)
            part = biases[done:done + len(sentlens)]
            done += len(sentlens)
            word, wordchars, wordchars_mask, chars, tags = inputs
            _, logits, trans = model(word, wordchars, wordchars_mask, tags, word_orig_idx,
                                     sentlens, wordlens, chars, charoffsets, charlens,
                                     char_orig_idx)
            out.extend(unsort(self._decode(logits[0], trans[0], sentlens,
                                           [part[j] for j in orig_idx]), orig_idx))
        return out


@contextlib.contextmanager
def _torch_threads(n: int) -> Iterator[None]:
    import torch

    before = torch.get_num_threads()
    if before != n:
        torch.set_num_threads(n)
    try:
        yield
    finally:
        if before != n:
            torch.set_num_threads(before)


def _fast_path_ok(model, config: dict) -> bool:  # noqa: ANN001
    """Can :meth:`StanzaTagger._forward` run this model (word vectors + char LSTM only)?"""
    return (not config.get("charlm") and not config.get("bert_model")
            and config.get("word_emb_dim", 0) > 0 and len(model.tag_clfs) == 1
            and not getattr(model.taggerlstm.lstm, "cells", None)
            and (getattr(model, "charmodel", None) is None
                 or not getattr(model.charmodel.charlstm.lstm, "cells", None)))


def _packed_rows(batch_sizes):  # noqa: ANN001, ANN202
    """(sentence, position) of each row of a packed, longest-first batch, as index tensors."""
    import torch

    steps = torch.repeat_interleave(torch.arange(len(batch_sizes)), batch_sizes)
    sents = torch.cat([torch.arange(int(n)) for n in batch_sizes])
    return sents, steps


def _load_trainer(paths: ModelPaths):  # noqa: ANN202 - stanza Trainer
    """stanza's NER ``Trainer`` with its model, without ``stanza.Pipeline`` or an optimizer."""
    from newsner.lazy_imports import deferred, no_ipython_shell

    # stanza's __init__ imports stanza.Pipeline, its modules import networkx (dependency
    # graphs) and requests (downloads), and its progress-bar helper asks IPython for a notebook
    # shell: newsner uses none of them. Deferring them is safe because each package runs its
    # own __init__ in full the first time anything reads from it (newsner.lazy_imports).
    with deferred(["stanza", "networkx", "requests"],
                  {"IPython": {"get_ipython": no_ipython_shell}}):
        from stanza.models.common.pretrain import Pretrain
        from stanza.models.ner.trainer import Trainer

    trainer = Trainer.__new__(Trainer)  # Trainer.__init__ would also build an SGD optimizer
    pretrain = Pretrain(str(paths.pretrain)) if paths.pretrain else None
    charlms = {"charlm_forward_file": None, "charlm_backward_file": None}
    if paths.forward_charlm and paths.backward_charlm:
        charlms = {"charlm_forward_file": str(paths.forward_charlm),
                   "charlm_backward_file": str(paths.backward_charlm)}
    with _fast_safe_torch_load([paths.ner, paths.pretrain]):
        trainer.load(str(paths.ner), pretrain=pretrain, args=charlms, foundation_cache=None)
        if pretrain is not None:
            pretrain.emb  # noqa: B018 - load the vectors now, while the fast loader is in place
    if trainer.args.get("predict_tagset") is None:
        trainer.args["predict_tagset"] = 0
    trainer.model.to("cpu")
    return trainer


#: The only globals a stanza checkpoint may name: tensors and ordered dicts.
_PICKLE_GLOBALS = frozenset({("collections", "OrderedDict"), ("torch._utils", "_rebuild_tensor_v2"),
                             ("torch._utils", "_rebuild_parameter")})
_LOAD_LOCK = threading.Lock()


class _TensorUnpickler(pickle.Unpickler):
    """Python's C unpickler allowed only :data:`_PICKLE_GLOBALS` (the "restricting globals"
    recipe of the ``pickle`` docs): no more than ``torch.load(weights_only=True)`` allows for
    these files, so a tampered file can run no code, and faster than torch's pure-Python
    weights-only unpickler on a checkpoint that is mostly vocabulary strings."""

    def find_class(self, module: str, name: str):  # noqa: ANN201
        if (module, name) in _PICKLE_GLOBALS or (module == "torch" and name.endswith("Storage")):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a newsner model file")


_SAFE_PICKLE = types.SimpleNamespace(
    __name__="newsner_tensor_pickle", Unpickler=_TensorUnpickler,
    load=lambda f, **kw: _TensorUnpickler(f, **kw).load())


@contextlib.contextmanager
def _fast_safe_torch_load(files: Sequence[Path | None]) -> Iterator[None]:
    """While stanza loads ``files`` (with ``torch.load(..., weights_only=True)``), load them
    with :class:`_TensorUnpickler` instead; anything it refuses goes to torch's own loader.

    Safe because: only these paths and only ``weights_only=True`` calls are redirected (every
    other call, from any thread, reaches the real ``torch.load``); the unpickler allows no more
    globals than ``weights_only``; the lock keeps two loads from restoring each other's
    ``torch.load``, which is restored even on error."""
    import torch

    ours = {os.path.realpath(f) for f in files if f}
    real = torch.load

    def load(f, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if (kwargs.get("weights_only") and isinstance(f, str | os.PathLike)
                and os.path.realpath(f) in ours):
            try:
                return real(f, *args, **{**kwargs, "weights_only": False,
                                         "pickle_module": _SAFE_PICKLE})
            except pickle.UnpicklingError:
                log.debug("%s needs torch's weights-only loader", f)
        return real(f, *args, **kwargs)

    with _LOAD_LOCK:
        torch.load = load
        try:
            yield
        finally:
            torch.load = real


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


def _logsumexp(x: np.ndarray, axis: int) -> np.ndarray:
    top = x.max(axis=axis, keepdims=True)
    return np.log(np.exp(x - top).sum(axis=axis)) + np.squeeze(top, axis)


def viterbi_batch(scores: np.ndarray, transition: np.ndarray, lens: Sequence[int]) -> np.ndarray:
    """Best tag path of each sequence of a padded ``(B, T, K)`` batch (float32, as stanza's
    ``viterbi_decode``, which it equals sequence by sequence); ``(B, T)``, zeros past ends."""
    bsz, width, _k = scores.shape
    trellis = np.empty_like(scores)
    back = np.zeros(scores.shape, dtype=np.int64)
    trellis[:, 0] = scores[:, 0]
    # longest first (as the fast path sends them): only the first `live` rows reach step t
    desc = all(a >= b for a, b in zip(lens, lens[1:], strict=False))
    for t in range(1, width):
        live = sum(1 for n in lens if n > t) if desc else bsz
        v = trellis[:live, t - 1, :, None] + transition[None]
        trellis[:live, t] = scores[:live, t] + v.max(axis=1)
        back[:live, t] = v.argmax(axis=1)
    rows = np.arange(bsz)
    ends = np.asarray(lens) - 1
    last = trellis[rows, ends].argmax(axis=1)
    paths = np.zeros((bsz, width), dtype=np.int64)
    cur = np.zeros(bsz, dtype=np.int64)
    for t in range(width - 1, -1, -1):
        follow = back[rows, t + 1, cur] if t + 1 < width else cur
        cur = np.where(t == ends, last, np.where(t < ends, follow, 0))
        paths[:, t] = cur
    return paths


def crf_marginals_batch(scores: np.ndarray, transition: np.ndarray,
                        lens: Sequence[int]) -> np.ndarray:
    """:func:`crf_marginals` for every sequence of a padded ``(B, T, K)`` batch at once
    (float64; rows past a sequence's end are meaningless).

    Forward-backward in probability space with per-step rescaling, so each step is one small
    matrix product instead of a ``(B, K, K)`` log-sum-exp; where that could underflow (a
    transition matrix with very negative entries) it falls back to log space.
    """
    unary = scores.astype(np.float64)
    trans = transition.astype(np.float64)
    bsz, width, k = unary.shape
    ends = np.asarray(lens) - 1
    top = trans.max()
    if trans.min() - top < -600:
        return _crf_marginals_log(unary, trans, ends)
    expt = np.exp(trans - top)  # (K, K); the constant shift cancels in every marginal
    phi = np.exp(unary - unary.max(axis=2, keepdims=True))
    alpha = np.empty((bsz, width, k))
    beta = np.ones((bsz, width, k))
    alpha[:, 0] = phi[:, 0] / phi[:, 0].sum(axis=1, keepdims=True)
    for t in range(1, width):
        a = (alpha[:, t - 1] @ expt) * phi[:, t]
        alpha[:, t] = a / a.sum(axis=1, keepdims=True)
    for t in range(width - 2, -1, -1):
        b = (phi[:, t + 1] * beta[:, t + 1]) @ expt.T
        b /= b.sum(axis=1, keepdims=True)
        beta[:, t] = np.where((t < ends)[:, None], b, 1.0)
    marg = alpha * beta
    marg /= marg.sum(axis=2, keepdims=True)
    if not np.isfinite(marg[np.arange(bsz), ends]).all():
        return _crf_marginals_log(unary, trans, ends)
    return marg


def _crf_marginals_log(unary: np.ndarray, trans: np.ndarray, ends: np.ndarray) -> np.ndarray:
    bsz, width, k = unary.shape
    alpha = np.empty((bsz, width, k))
    beta = np.zeros((bsz, width, k))
    alpha[:, 0] = unary[:, 0]
    for t in range(1, width):
        alpha[:, t] = unary[:, t] + _logsumexp(alpha[:, t - 1, :, None] + trans[None], axis=1)
    for t in range(width - 2, -1, -1):
        step = _logsumexp(trans[None] + (unary[:, t + 1] + beta[:, t + 1])[:, None, :], axis=2)
        beta[:, t] = np.where((t < ends)[:, None], step, 0.0)
    log_z = _logsumexp(alpha[np.arange(bsz), ends], axis=1)
    return np.exp(alpha + beta - log_z[:, None, None])
