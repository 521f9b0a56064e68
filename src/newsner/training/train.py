"""Train newsner's statistical models with stanza's own trainers, reproducibly from a config.

Three artefacts, each made by our code from the corpora in ``../shared/data`` (never copied):

* word vectors (gensim word2vec, saved in stanza's ``Pretrain`` format),
* a forward and a backward character language model (``stanza.models.charlm``),
* the NER tagger (``stanza.models.ner_tagger``), a BiLSTM-CRF over the vectors and the charlm.

The unlabeled text for vectors and charlm never includes NER-UI, so nothing a fold's test
sentences could leak reaches its model; everything learned from NER-UI comes from the fold's
training part only. The config file (``configs/*.toml``) names the data mix and every
hyperparameter, so ``newsner train --config configs/shipped.toml`` reproduces the shipped model.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import random
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsner.training.augment import case_copies, recased
from newsner.training.corpora import (
    SPLITS,
    Sentence,
    data_dir,
    read_conllu_sentences,
    read_corpus,
    read_fold,
)

log = logging.getLogger(__name__)


@dataclass
class TrainConfig:
    """What ``configs/*.toml`` holds; see ``configs/shipped.toml`` for the documented example."""

    name: str = "newsner"
    extra_corpora: list[str] = field(default_factory=list)  # whole corpora added to training
    case_share: float = 0.0  # share of training sentences that get a re-cased copy (augment)
    case_dev: bool = False  # dev also holds lower- and upper-cased copies (checkpoint choice)
    pretrain: str | None = None  # stanza .pt word vectors
    charlm_forward: str | None = None
    charlm_backward: str | None = None
    max_steps: int = 5000
    eval_interval: int = 250
    batch_size: int = 32
    hidden_dim: int = 256
    dropout: float = 0.5
    word_dropout: float = 0.01
    seed: int = 1234
    final_steps: int = 4000  # steps for the model trained on all of NER-UI (chosen by CV)
    extra_args: list[str] = field(default_factory=list)

    @classmethod
    def from_toml(cls, path: str | os.PathLike[str]) -> TrainConfig:
        raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        flat: dict[str, Any] = {}
        for section in raw.values():
            if isinstance(section, dict):
                flat.update(section)
        flat.update({k: v for k, v in raw.items() if not isinstance(v, dict)})
        known = {f for f in cls.__dataclass_fields__}
        unknown = set(flat) - known
        if unknown:
            raise ValueError(f"{path}: unknown config keys {sorted(unknown)}")
        return cls(**flat)

    def resolve_paths(self, base: Path) -> TrainConfig:
        for attr in ("pretrain", "charlm_forward", "charlm_backward"):
            value = getattr(self, attr)
            if value and not Path(value).is_absolute():
                setattr(self, attr, str(base / value))
        return self


# --- training data ---------------------------------------------------------------------------


def write_stanza_json(sentences: Iterable[Sentence], path: str | os.PathLike[str]) -> int:
    """Write sentences in the JSON that stanza's NER trainer reads (it converts BIO to BIOES)."""
    doc = [[{"text": t, "ner": g} for t, g in zip(s.tokens, s.tags, strict=True)]
           for s in sentences]
    Path(path).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return len(doc)


def extra_training_sentences(corpora: Iterable[str]) -> list[Sentence]:
    """Every sentence of the named non-NER-UI corpora (all their splits), harmonised."""
    out: list[Sentence] = []
    for corpus in corpora:
        if corpus == "nerui":
            raise ValueError("NER-UI is the evaluation corpus; it cannot be an extra corpus")
        splits = SPLITS[corpus]
        if corpus == "nerugm":  # its five folds are permutations of one corpus: take fold 1
            splits = ("train.01", "dev.01", "test.01")
        for split in splits:
            out.extend(training_split(corpus, split))
    return out


def training_split(corpus: str, split: str) -> list[Sentence]:
    """One split of a non-NER-UI corpus as training data (NERP's many entity-less lines dropped)."""
    sents = read_corpus(corpus, split)
    if corpus == "nerp":
        sents = [s for s in sents if any(t != "O" for t in s.tags)]
    return sents


def nerui_all() -> list[Sentence]:
    """All 2,125 NER-UI sentences (fold 1's train + dev + test is the whole corpus)."""
    fold = read_fold("nerui", 1)
    return fold["train"] + fold["dev"] + fold["test"]


def prepare_fold(config: TrainConfig, fold: int | None, out_dir: Path) -> dict[str, Path]:
    """Write train/dev(/test) JSON for ``fold`` (1..5) or, with ``fold=None``, all of NER-UI."""
    out_dir.mkdir(parents=True, exist_ok=True)
    extra = extra_training_sentences(config.extra_corpora)
    paths = {k: out_dir / f"{k}.json" for k in ("train", "dev", "test")}
    if fold is None:
        train, test = nerui_all(), None
        dev = read_fold("nerui", 1)["dev"]  # inside training: only used to checkpoint
    else:
        data = read_fold("nerui", fold)
        train, dev, test = data["train"], data["dev"], data["test"]
    cased = case_copies(train, config.case_share, seed=config.seed)
    write_stanza_json(train + cased + extra, paths["train"])
    if config.case_dev:
        dev = dev + recased(dev, str.lower) + recased(dev, str.upper)
    write_stanza_json(dev, paths["dev"])
    if test is None:
        paths.pop("test")
    else:
        write_stanza_json(test, paths["test"])
    return paths


# --- unlabeled text: word vectors and character LM ---------------------------------------------


def nlp_id_sentences() -> Iterator[list[str]]:
    """The ~33k tokenized news sentences shipped by the MIT-licensed ``nlp-id`` package.

    A training-time dependency only (``pip install --no-deps nlp-id``); located without
    importing the package, whose import pulls in pinned dependencies we do not need.
    """
    spec = importlib.util.find_spec("nlp_id")
    if spec is None or not spec.submodule_search_locations:
        log.warning("nlp-id is not installed: word vectors/charlm get less text")
        return
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "dataset_postag.txt"
    tokens: list[str] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if not line:
                if tokens:
                    yield tokens
                tokens = []
                continue
            tokens.append(line.split("\t")[0])
    if tokens:
        yield tokens


def unlabeled_sentences(include_lowercased: bool = False) -> Iterator[list[str]]:
    """Tokenized Indonesian sentences for vectors/charlm: everything we have except NER-UI."""
    yield from nlp_id_sentences()
    for corpus in ("nerugm", "nergrit"):
        splits = ("train.01", "dev.01", "test.01") if corpus == "nerugm" else SPLITS[corpus]
        for split in splits:
            for s in read_corpus(corpus, split):
                yield s.tokens
    if include_lowercased:
        for split in SPLITS["nerp"]:
            for s in read_corpus("nerp", split):
                yield s.tokens
    for conllu in sorted((data_dir() / "ud").glob("*.conllu")):
        yield from read_conllu_sentences(conllu)


def write_charlm_text(out_dir: Path, dev_fraction: float = 0.02, seed: int = 13) -> dict[str, Path]:
    """Write ``train/`` and ``dev.txt`` for stanza's charlm: one tokenized sentence a line.

    The NER model feeds the charlm its tokens joined by single spaces, so the LM is trained on
    exactly that form. NERP is left out: its lower-cased text would teach the LM wrong casing.
    """
    sents = [" ".join(toks) for toks in unlabeled_sentences(include_lowercased=False)]
    random.Random(seed).shuffle(sents)
    n_dev = max(1, int(len(sents) * dev_fraction))
    (out_dir / "train").mkdir(parents=True, exist_ok=True)
    paths = {"train": out_dir / "train", "dev": out_dir / "dev.txt"}
    (out_dir / "train" / "train.txt").write_text("\n".join(sents[n_dev:]) + "\n", encoding="utf-8")
    paths["dev"].write_text("\n".join(sents[:n_dev]) + "\n", encoding="utf-8")
    return paths


def build_vectors(out_pt: Path, dim: int = 100, max_vocab: int = 40000, epochs: int = 10,
                  seed: int = 1, workers: int = 2, gazetteer_columns: bool = True,
                  corpus_columns: bool = True) -> Path:
    """Train word2vec (skip-gram) on the unlabeled text and save it as a stanza ``Pretrain``.

    Lower-cased, because stanza's NER looks words up lower-cased in the pretrained vocabulary;
    that also lets the lower-cased NERP text contribute. With ``gazetteer_columns`` the DBpedia
    gazetteer features are appended (:mod:`newsner.training.gazetteer_features`), and with
    ``corpus_columns`` the label counts of the other annotated corpora after them, as in the
    shipped file (the corpus columns come only with the gazetteer columns).
    """
    from gensim.models import Word2Vec
    from stanza.models.common.pretrain import Pretrain

    sents = [[t.lower() for t in toks] for toks in unlabeled_sentences(include_lowercased=True)]
    log.info("word2vec on %d sentences", len(sents))
    model = Word2Vec(sents, vector_size=dim, window=5, min_count=2, sg=1, negative=10,
                     epochs=epochs, seed=seed, workers=workers, max_final_vocab=max_vocab)
    out_pt.parent.mkdir(parents=True, exist_ok=True)
    vec_txt = out_pt.with_suffix(".vec")
    model.wv.save_word2vec_format(str(vec_txt))
    pretrain = Pretrain(str(out_pt), str(vec_txt), max_vocab=max_vocab, save_to_file=True)
    pretrain.load()
    vec_txt.unlink()
    if gazetteer_columns:
        from newsner.training.gazetteer_features import add_gazetteer_features

        add_gazetteer_features(out_pt, out_pt, corpus_columns=corpus_columns)
    return out_pt


# --- an optional stanza tokenizer ---------------------------------------------------------------

TOKENIZER_DATA = {  # UD Indonesian in ../shared/data/ud (GSD ships no train split there)
    "train": ("id_csui-ud-train.conllu", "id_gsd-ud-dev.conllu"),
    "dev": ("id_pud-ud-test.conllu",),  # picks the checkpoint
}  # GSD test is held out: benchmarks/tokenizer_scores.py scores the tokenizer on it


def train_tokenizer(out_pt: Path, work_dir: Path, steps: int = 2000, seed: int = 1234) -> Path:
    """Train stanza's tokenizer on UD Indonesian (CSUI train + GSD dev; PUD picks the checkpoint).

    Not used by default (newsner's rule-based tokenizer splits as the NER corpora do); it is
    the model behind ``newsner.load(stanza_tokenizer=...)`` when no official stanza download
    is at hand, in the same format, so that option is tested on a real model.
    """
    from stanza.models import tokenizer
    from stanza.utils.datasets import conllu_to_text, prepare_tokenizer_data

    work_dir.mkdir(parents=True, exist_ok=True)
    ud = data_dir() / "ud"
    files: dict[str, dict[str, Path]] = {}
    for part, sources in TOKENIZER_DATA.items():
        f = {ext: work_dir / f"{part}.{ext}" for ext in ("conllu", "txt", "toklabels", "mwt.json")}
        f["conllu"].write_text("".join((ud / name).read_text(encoding="utf-8")
                                       for name in sources), encoding="utf-8")
        conllu_to_text.convert_text(str(f["conllu"]), str(f["txt"]))
        prepare_tokenizer_data.main([str(f["txt"]), str(f["conllu"]), "-o", str(f["toklabels"]),
                                     "-m", str(f["mwt.json"])])
        files[part] = f
    out_pt.parent.mkdir(parents=True, exist_ok=True)
    train, dev = files["train"], files["dev"]
    tokenizer.main([
        "--mode", "train", "--lang", "id", "--shorthand", "id_newsner", "--seed", str(seed),
        "--cpu", "--save_dir", str(out_pt.parent), "--save_name", out_pt.name,
        "--txt_file", str(train["txt"]), "--label_file", str(train["toklabels"]),
        "--mwt_json_file", str(train["mwt.json"]),
        "--dev_txt_file", str(dev["txt"]), "--dev_label_file", str(dev["toklabels"]),
        "--dev_conll_gold", str(dev["conllu"]), "--conll_file", str(work_dir / "dev.pred.conllu"),
        "--steps", str(steps), "--eval_steps", "500",
    ])
    return out_pt


# --- the NER tagger ----------------------------------------------------------------------------


def ner_args(config: TrainConfig, paths: dict[str, Path], save_dir: Path, save_name: str,
             max_steps: int, cpu: bool) -> list[str]:
    """The argument list for ``stanza.models.ner_tagger`` that ``config`` describes."""
    args = [
        "--mode", "train",
        "--train_file", str(paths["train"]),
        "--eval_file", str(paths["dev"]),
        "--shorthand", "id_newsner",
        "--save_dir", str(save_dir),
        "--save_name", save_name,
        "--max_steps", str(max_steps),
        "--max_steps_no_improve", str(max(2500, max_steps // 2)),
        "--eval_interval", str(config.eval_interval),
        "--batch_size", str(config.batch_size),
        "--hidden_dim", str(config.hidden_dim),
        "--dropout", str(config.dropout),
        "--word_dropout", str(config.word_dropout),
        "--seed", str(config.seed),
    ]
    if config.pretrain:
        args += ["--wordvec_pretrain_file", config.pretrain]
    else:
        args += ["--no_pretrain"]
    if config.charlm_forward and config.charlm_backward:
        args += ["--charlm", "--charlm_shorthand", "id_newsner",
                 "--charlm_forward_file", config.charlm_forward,
                 "--charlm_backward_file", config.charlm_backward]
    if cpu:
        args += ["--cpu"]
    return args + list(config.extra_args)


def train_ner(config: TrainConfig, fold: int | None, save_dir: Path, work_dir: Path,
              cpu: bool = True, max_steps: int | None = None) -> Path:
    """Train one NER model: a CV fold (1..5) or the final model on all of NER-UI (``None``)."""
    from stanza.models import ner_tagger

    tag = "all" if fold is None else f"fold{fold}"
    paths = prepare_fold(config, fold, work_dir / f"{config.name}-{tag}")
    steps = max_steps or (config.max_steps if fold else config.final_steps)
    save_name = f"{config.name}-{tag}.pt"
    save_dir.mkdir(parents=True, exist_ok=True)
    ner_tagger.main(ner_args(config, paths, save_dir, save_name, steps, cpu))
    return save_dir / save_name
