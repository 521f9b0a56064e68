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
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsner.training.augment import case_copies, recased
from newsner.training.corpora import (
    SPLITS,
    Sentence,
    bio_to_token_spans,
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
    mention_copies: int = 0  # mention-replaced copies of each NER-UI training sentence
    mention_rate: float = 0.5  # chance that a mention is swapped in a copy (augment)
    silver_teacher: str | None = None  # model folder that tags silver data ("{tag}": fold1, all)
    silver_sentences: int = 0  # nlp-id news sentences the teacher tags for self-training
    silver_min_score: float = 0.9  # drop a silver sentence if any token's tag scores below this
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
    average_from: int = 0  # >0: ship the mean of the weights saved every eval_interval from here
    init_from: str | None = None  # stanza NER model (e.g. a --source one) to start from
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
        for attr in ("pretrain", "charlm_forward", "charlm_backward", "silver_teacher",
                     "init_from"):
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


SOURCE = 0  # the ``fold`` that means: train on ``extra_corpora`` alone (a source model)
SOURCE_SPLITS = {  # (train, dev); test splits stay out so the corpora still score the model
    "nerugm": ("train.01", "dev.01"),  # its five folds are permutations of one corpus
    "nergrit": ("train", "valid"),
    "nerp": ("train", "valid"),
}


def source_sentences(corpora: Iterable[str]) -> dict[str, list[Sentence]]:
    """Train and dev sentences of the non-NER-UI corpora alone, for a source model.

    A source model learns PER/LOC/ORG from the other corpora before a NER-UI fold fine-tunes
    it (``init_from``). Mixing those corpora into a fold's training set makes the tagger learn
    two annotation conventions at once (NER-UGM puts titles inside PER spans); starting from
    their weights instead lets the fold's own data have the last word. Each corpus's own dev
    split early-stops it, so no NER-UI sentence decides which source checkpoint is kept, and
    their test splits are left out so that they still measure a model trained this way.
    """
    corpora = list(corpora)
    if not corpora:
        raise ValueError("a source model needs extra_corpora")
    if "nerui" in corpora:
        raise ValueError("NER-UI is the evaluation corpus; it cannot be a source corpus")
    parts: dict[str, list[Sentence]] = {"train": [], "dev": []}
    for corpus in corpora:
        for part, split in zip(("train", "dev"), SOURCE_SPLITS[corpus], strict=True):
            parts[part].extend(training_split(corpus, split))
    log.info("source data: %d train, %d dev sentences", len(parts["train"]), len(parts["dev"]))
    return parts


def nerui_all() -> list[Sentence]:
    """All 2,125 NER-UI sentences (fold 1's train + dev + test is the whole corpus)."""
    fold = read_fold("nerui", 1)
    return fold["train"] + fold["dev"] + fold["test"]


def prepare_fold(config: TrainConfig, fold: int | None, out_dir: Path) -> dict[str, Path]:
    """Write train/dev(/test) JSON for ``fold`` (1..5) or, with ``fold=None``, all of NER-UI."""
    out_dir.mkdir(parents=True, exist_ok=True)
    if fold == SOURCE:
        paths = {k: out_dir / f"{k}.json" for k in ("train", "dev")}
        for part, sents in source_sentences(config.extra_corpora).items():
            write_stanza_json(sents, paths[part])
        return paths
    extra = extra_training_sentences(config.extra_corpora)
    paths = {k: out_dir / f"{k}.json" for k in ("train", "dev", "test")}
    if fold is None:
        train, test = nerui_all(), None
        dev = read_fold("nerui", 1)["dev"]  # inside training: only used to checkpoint
    else:
        data = read_fold("nerui", fold)
        train, dev, test = data["train"], data["dev"], data["test"]
    silver = silver_sentences(config, "all" if fold is None else f"fold{fold}")
    cased = case_copies(train, config.case_share, seed=config.seed)
    write_stanza_json(train + cased + augmented(config, train) + silver + extra, paths["train"])
    if config.case_dev:
        dev = dev + recased(dev, str.lower) + recased(dev, str.upper)
    write_stanza_json(dev, paths["dev"])
    if test is None:
        paths.pop("test")
    else:
        write_stanza_json(test, paths["test"])
    return paths


def augmented(config: TrainConfig, train: list[Sentence]) -> list[Sentence]:
    """Mention-replaced copies of ``train`` (none unless ``mention_copies`` > 0)."""
    if config.mention_copies <= 0:
        return []
    from newsner.training.augment import load_names, replace_mentions

    copies = replace_mentions(train, load_names(), copies=config.mention_copies,
                              rate=config.mention_rate, seed=config.seed)
    log.info("mention replacement: %d copies of %d sentences", len(copies), len(train))
    return copies


def silver_sentences(config: TrainConfig, tag: str,
                     pool: Sequence[list[str]] | None = None) -> list[Sentence]:
    """Self-training data: nlp-id news sentences tagged by a teacher trained on the same fold.

    The teacher (``silver_teacher`` with ``{tag}`` filled in) must have learned from this fold's
    training part only, so nothing from the test fold reaches the student. A sentence is kept
    only if the teacher gives every token's tag a marginal probability of at least
    ``silver_min_score``: sure of its entities and equally sure of the words it leaves out, so
    a name it half-recognised does not become a silver "O". ``pool`` replaces the nlp-id
    sentences (tests); it is used in the order given.
    """
    if config.silver_sentences <= 0 or not config.silver_teacher:
        return []
    from newsner.tagging import StanzaTagger

    if pool is None:
        pool = [toks for toks in nlp_id_sentences() if 5 <= len(toks) <= 60
                and any(t[:1].isupper() for t in toks[1:])]  # sentences likely to hold a name
        random.Random(config.seed).shuffle(pool)
    teacher = StanzaTagger(config.silver_teacher.format(tag=tag))
    out: list[Sentence] = []
    for start in range(0, len(pool), 512):
        chunk = pool[start:start + 512]
        for toks, (tags, probs) in zip(chunk, teacher.tag_tokens(chunk), strict=True):
            if min(probs) < config.silver_min_score:
                continue
            bio = ["O"] * len(toks)
            for i, j, label in bio_to_token_spans(tags):
                bio[i:j] = [f"B-{label}"] + [f"I-{label}"] * (j - i - 1)
            out.append(Sentence(list(toks), bio, id=f"silver-{len(out)}"))
            if len(out) >= config.silver_sentences:
                log.info("silver data: %d sentences tagged by %s", len(out), teacher.paths.ner)
                return out
    log.info("silver data: %d sentences (pool exhausted)", len(out))
    return out


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
                  corpus_columns: bool = True, position_columns: bool = False) -> Path:
    """Train word2vec (skip-gram) on the unlabeled text and save it as a stanza ``Pretrain``.

    Lower-cased, because stanza's NER looks words up lower-cased in the pretrained vocabulary;
    that also lets the lower-cased NERP text contribute. With ``gazetteer_columns`` the DBpedia
    gazetteer features are appended (:mod:`newsner.training.gazetteer_features`), and with
    ``corpus_columns`` the label counts of the other annotated corpora after them, as in the
    shipped file (the corpus columns come only with the gazetteer columns), and with
    ``position_columns`` both lexicons again split by position in the name (B-/I-).
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

        add_gazetteer_features(out_pt, out_pt, corpus_columns=corpus_columns,
                               position_columns=position_columns)
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
    if config.init_from:
        args += ["--finetune", "--finetune_load_name", config.init_from]
    if cpu:
        args += ["--cpu"]
    return args + list(config.extra_args)


def train_ner(config: TrainConfig, fold: int | None, save_dir: Path, work_dir: Path,
              cpu: bool = True, max_steps: int | None = None) -> Path:
    """Train one NER model: a CV fold (1..5), the final model on all NER-UI (``None``), or a
    source model on the other corpora alone (``SOURCE``)."""
    from stanza.models import ner_tagger

    tag = "all" if fold is None else "source" if fold == SOURCE else f"fold{fold}"
    paths = prepare_fold(config, fold, work_dir / f"{config.name}-{tag}")
    steps = max_steps or (config.max_steps if fold else config.final_steps)
    save_name = f"{config.name}-{tag}.pt"
    save_dir.mkdir(parents=True, exist_ok=True)
    model_file = save_dir / save_name
    snapshot_dir = save_dir / f"{config.name}-{tag}-snapshots"
    averaging = config.average_from > 0
    with (saving_snapshots(snapshot_dir, every=config.eval_interval, start=config.average_from)
          if averaging else nullcontext()):
        ner_tagger.main(ner_args(config, paths, save_dir, save_name, steps, cpu))
    if not averaging:
        return model_file
    model_file.replace(snapshot_dir / "best-dev.pt")
    return average_snapshots(sorted(snapshot_dir.glob("step*.pt")), model_file)


@contextmanager
def saving_snapshots(directory: Path, every: int, start: int) -> Iterator[None]:
    """Save the NER model every ``every`` training steps from step ``start`` on.

    stanza's trainer keeps only the checkpoint with the best dev F1, and NER-UI's dev folds
    (170 sentences) are small enough that this pick is noisy: dev F1 moves by a point between
    evaluations at a constant learning rate. Averaging the weights along the plateau
    (``average_snapshots``) needs the intermediate weights, which stanza offers no option to
    keep; counting its ``Trainer.update`` calls gives the step without touching its loop.
    """
    from stanza.models.ner.trainer import Trainer

    directory.mkdir(parents=True, exist_ok=True)
    original = Trainer.update
    steps = 0

    def update_and_snapshot(self: Any, batch: Any, eval: bool = False) -> Any:  # noqa: A002
        nonlocal steps
        loss = original(self, batch, eval=eval)
        if not eval:
            steps += 1
            if steps >= start and steps % every == 0:
                self.save(str(directory / f"step{steps:06d}.pt"))
        return loss

    Trainer.update = update_and_snapshot
    try:
        yield
    finally:
        Trainer.update = original


def average_snapshots(snapshots: Sequence[Path], out: Path) -> Path:
    """Write a stanza NER model whose weights are the mean of ``snapshots`` (same run).

    Snapshots of one run at a constant learning rate lie in one basin, so their mean is a
    model too (stochastic weight averaging, Izmailov et al. 2018): it tags at the speed of
    one model, unlike an ensemble. Integer buffers, the vocabulary and the config are the
    last snapshot's.
    """
    import torch

    if not snapshots:
        raise ValueError("no snapshots to average")
    states = [torch.load(p, map_location="cpu", weights_only=False) for p in snapshots]
    params = states[-1]
    params["model"] = {
        key: (sum(s["model"][key] for s in states) / len(states)
              if torch.is_floating_point(value) else value)
        for key, value in params["model"].items()
    }
    torch.save(params, out, _use_new_zipfile_serialization=False)
    log.info("averaged %d snapshots into %s", len(states), out)
    return out
