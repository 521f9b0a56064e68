"""The tagger's fast path (newsner.tagging) against stanza's own prediction, and its CRF decoding.

``StanzaTagger`` runs the layers of stanza's ``NERTagger`` itself and decodes with its own
batched Viterbi and forward-backward (``viterbi_batch``, ``crf_marginals_batch``), reaching
into stanza's private attributes to do so. These tests turn red when a stanza upgrade or an
edit there changes what the tagger predicts:

* on real sentences (the seed article, NER-UI test.01), decoding raw scores (``o_bias=0``), its
  tags equal those of stanza's ``Trainer.predict`` (stanza's ``DataLoader``, ``NERTagger``
  forward, ``viterbi_decode``), and its scores equal the CRF marginals that stanza's own CRF
  gives (the gradient of ``CRFLoss.crf_log_norm``, the log partition, by the unary scores);
* on small random inputs, the Viterbi path is the best of all paths and the marginals are the
  brute-force ones (every path enumerated).
"""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from newsner.tagging import crf_marginals, crf_marginals_batch, viterbi_batch

NERUI_SENTENCES = 200  # of NER-UI test.01: enough to see every tag, quick on a busy CPU


# --- brute force over every path ----------------------------------------------------------------


def _path_scores(unary: np.ndarray, trans: np.ndarray) -> dict[tuple[int, ...], float]:
    """The score of every tag path of one sequence (``unary``: ``(n, K)``; ``trans[i, j]``:
    from tag i to tag j, stanza's convention)."""
    n, k = unary.shape
    return {path: float(sum(unary[t, y] for t, y in enumerate(path))
                        + sum(trans[a, b] for a, b in itertools.pairwise(path)))
            for path in itertools.product(range(k), repeat=n)}


def _brute_marginals(unary: np.ndarray, trans: np.ndarray) -> np.ndarray:
    scores = _path_scores(unary.astype(np.float64), trans.astype(np.float64))
    top = max(scores.values())
    weights = {p: np.exp(s - top) for p, s in scores.items()}
    z = sum(weights.values())
    out = np.zeros(unary.shape)
    for path, w in weights.items():
        out[np.arange(len(path)), path] += w / z
    return out


def _random_batch(rng: np.random.Generator, lens: list[int], k: int, scale: float = 2.0,
                  ) -> tuple[np.ndarray, np.ndarray]:
    scores = (rng.normal(size=(len(lens), max(lens), k)) * scale).astype(np.float32)
    for b, n in enumerate(lens):
        scores[b, n:] = rng.normal(size=(max(lens) - n, k)) * 50  # padding must not matter
    trans = (rng.normal(size=(k, k)) * scale).astype(np.float32)
    return scores, trans


BATCHES = [  # (lengths of the sequences in one padded batch, number of tags)
    ([4, 3, 2, 1], 3),  # longest first, as the fast path sends them
    ([1, 4, 2, 3], 4),  # any order
    ([4, 4], 4),
    ([1], 3),
    ([2, 1, 1], 3),
]


@pytest.mark.parametrize(("lens", "k"), BATCHES)
@pytest.mark.parametrize("seed", range(5))
def test_viterbi_batch_returns_the_best_path(lens: list[int], k: int, seed: int) -> None:
    scores, trans = _random_batch(np.random.default_rng(seed), lens, k)
    paths = viterbi_batch(scores, trans, lens)
    assert paths.shape == scores.shape[:2]
    for b, n in enumerate(lens):
        every = _path_scores(scores[b, :n], trans)
        best = max(every, key=every.get)
        assert tuple(paths[b, :n].tolist()) == best, (lens, b)
        assert not paths[b, n:].any()  # zeros past the end


@pytest.mark.parametrize(("lens", "k"), BATCHES)
@pytest.mark.parametrize("seed", range(5))
def test_marginals_are_the_brute_force_ones(lens: list[int], k: int, seed: int) -> None:
    scores, trans = _random_batch(np.random.default_rng(100 + seed), lens, k)
    margs = crf_marginals_batch(scores, trans, lens)
    for b, n in enumerate(lens):
        expected = _brute_marginals(scores[b, :n], trans)
        np.testing.assert_allclose(margs[b, :n].sum(axis=1), 1.0, atol=1e-9)
        np.testing.assert_allclose(margs[b, :n], expected, atol=1e-9)
        np.testing.assert_allclose(crf_marginals(scores[b, :n], trans), expected, atol=1e-9)


def test_marginals_in_log_space_when_transitions_would_underflow() -> None:
    """A transition matrix with entries ~1000 below its maximum makes the probability-space
    recursion underflow; the log-space fallback must give the brute-force marginals too."""
    rng = np.random.default_rng(7)
    lens = [4, 2, 3]
    scores, trans = _random_batch(rng, lens, 3)
    trans[0, 1] = trans[2, 0] = -1000.0
    trans[1, 1] = 5.0
    margs = crf_marginals_batch(scores, trans, lens)
    for b, n in enumerate(lens):
        np.testing.assert_allclose(margs[b, :n], _brute_marginals(scores[b, :n], trans),
                                   atol=1e-9)
        np.testing.assert_allclose(margs[b, :n].sum(axis=1), 1.0, atol=1e-9)


def test_the_viterbi_path_of_sharp_scores_has_the_highest_marginals() -> None:
    """Where one path dominates, Viterbi and the marginals agree on it (a consistency check
    between the two decoders, at the sizes the tagger sees: 17 tags, 40 tokens)."""
    rng = np.random.default_rng(3)
    lens = [40, 25, 7]
    scores, trans = _random_batch(rng, lens, 17, scale=1.0)
    truth = rng.integers(0, 17, size=scores.shape[:2])
    np.put_along_axis(scores, truth[..., None], 30.0, axis=2)
    paths = viterbi_batch(scores, trans, lens)
    margs = crf_marginals_batch(scores, trans, lens)
    for b, n in enumerate(lens):
        assert paths[b, :n].tolist() == truth[b, :n].tolist()
        assert margs[b, :n].argmax(axis=1).tolist() == truth[b, :n].tolist()
        assert margs[b, np.arange(n), truth[b, :n]].min() > 0.99


# --- the shipped model: the fast path against stanza's Trainer ---------------------------------


@pytest.fixture(scope="module")
def one_torch_thread():
    """Both sides run on one torch thread: the test shares the CPU with other jobs, where
    OpenMP threads wait on each other (the tagger runs on one thread by default too)."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def model_dir() -> Path:
    from newsner.pipeline import default_model_dir

    return default_model_dir()


@pytest.fixture(scope="module", params=["cased", "lower"])
def ner_path(request, model_dir: Path) -> Path:  # noqa: ANN001
    """Each shipped tagger: the one of mixed-case sentences and the one of lower-cased ones."""
    from newsner.tagging import ner_files

    return ner_files(model_dir)[request.param]


@pytest.fixture(scope="module")
def stanza_trainer(model_dir: Path, ner_path: Path, one_torch_thread):
    """A shipped model loaded by stanza alone: its ``Trainer`` with the model file and its
    word vectors, as stanza's NER processor loads it (no newsner loader, no fast unpickler)."""
    from stanza.models.common.pretrain import Pretrain
    from stanza.models.ner.trainer import Trainer

    from newsner.tagging import ModelPaths

    paths = ModelPaths.from_dir(model_dir, ner_path)
    if paths.forward_charlm or paths.backward_charlm:
        pytest.skip("the reference here loads a model without a charlm, as the shipped one is")
    pretrain = Pretrain(str(paths.pretrain)) if paths.pretrain else None
    return Trainer(args={"charlm_forward_file": None, "charlm_backward_file": None},
                   model_file=str(paths.ner), pretrain=pretrain, device="cpu")


@pytest.fixture(scope="module")
def raw_tagger(model_dir: Path, ner_path: Path, one_torch_thread):
    """newsner's tagger decoding the model's raw scores (no bias towards O)."""
    from newsner.tagging import StanzaTagger

    tagger = StanzaTagger(model_dir, o_bias=0, ner=ner_path)
    assert tagger._fast, "the shipped model should take the fast path"
    return tagger


@pytest.fixture(scope="module")
def seed_sentences(seed_article: tuple[str, dict], tokenizer) -> list[list[str]]:
    """The seed article's sentences as newsner's tokenizer splits them."""
    from newsner.tagging import MAX_TOKEN_CHARS
    from newsner.tokenization import sentence_tokens

    sents = [[t for t, _s, _e in sent] for sent in sentence_tokens(tokenizer(seed_article[0]))]
    # tokens the tagger masks (URLs, run-on lines) would differ from stanza's input by design
    return [s for s in sents if all(len(t) <= MAX_TOKEN_CHARS for t in s)]


@pytest.fixture(scope="module")
def nerui_sentences(shared_dir: Path) -> list[list[str]]:
    from newsner.training.corpora import data_dir, read_fold

    if not (data_dir() / "nerui").is_dir():
        pytest.skip(f"NER-UI not found under {data_dir()}")
    return [s.tokens for s in read_fold("nerui", 1)["test"][:NERUI_SENTENCES]]


def stanza_reference(trainer, sentences: list[list[str]]) -> list[dict]:  # noqa: ANN001
    """For each sentence: stanza's predicted tags (``Trainer.predict``), the unary scores and
    transitions of its ``NERTagger``, and the marginals of its CRF (``d log Z / d unary``, with
    ``log Z`` from ``CRFLoss.crf_log_norm``)."""
    import torch
    from stanza.models.common.doc import Document
    from stanza.models.common.utils import unsort
    from stanza.models.ner.data import DataLoader
    from stanza.models.ner.trainer import unpack_batch

    doc = Document([[{"id": (i + 1,), "text": t} for i, t in enumerate(s)] for s in sentences])
    config = {**trainer.args, "batch_size": 32}
    loader = DataLoader(doc, 32, config, vocab=trainer.vocab, evaluation=True,
                        preprocess_tags=False, bert_tokenizer=trainer.model.bert_tokenizer)
    model = trainer.model
    model.eval()
    out: list[dict] = []
    for batch in loader:
        tags = trainer.predict(batch, unsort=False)
        inputs, orig_idx, word_orig_idx, char_orig_idx, sentlens, wordlens, charlens, \
            charoffsets = unpack_batch(batch, "cpu")
        word, wordchars, wordchars_mask, chars, gold = inputs
        with torch.no_grad():
            _, logits, trans = model(word, wordchars, wordchars_mask, gold, word_orig_idx,
                                     sentlens, wordlens, chars, charoffsets, charlens,
                                     char_orig_idx)
        unary = logits[0].detach().clone().requires_grad_(True)
        padding = torch.arange(unary.shape[1])[None, :] >= torch.tensor(sentlens)[:, None]
        model.crits[0].crf_log_norm(unary, padding, None).sum().backward()
        margs = unary.grad.double().numpy()
        rows = [{"tags": tags[b], "unary": logits[0][b, :n].numpy(),
                 "trans": trans[0].detach().numpy(), "marginals": margs[b, :n]}
                for b, n in enumerate(sentlens)]
        out.extend(unsort(rows, orig_idx))
    return out


def _check_against_stanza(tagger, trainer, sentences: list[list[str]]) -> None:  # noqa: ANN001
    from stanza.models.common.crf import viterbi_decode
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE

    assert sentences
    ref = stanza_reference(trainer, sentences)
    fast = tagger.tag_tokens(sentences)
    assert len(fast) == len(ref) == len(sentences)
    worst = 0.0
    for sent, (tags, probs), r in zip(sentences, fast, ref, strict=True):
        assert tags == r["tags"], sent
        # the score of each token: the CRF marginal of the tag stanza's Viterbi chose (before
        # fix_singleton_tags renames it), from stanza's own CRF
        path, _ = viterbi_decode(r["unary"], r["trans"])
        chosen = np.maximum(np.asarray(path), VOCAB_PREFIX_SIZE)
        expected = r["marginals"][np.arange(len(sent)), chosen]
        np.testing.assert_allclose(probs, expected, atol=1e-5, err_msg=" ".join(sent))
        np.testing.assert_allclose(r["marginals"].sum(axis=1), 1.0, atol=1e-5)
        # and newsner's batched decoders on stanza's own scores, sequence by sequence
        n = len(sent)
        assert viterbi_batch(r["unary"][None], r["trans"], [n])[0].tolist() == [
            int(p) for p in path]
        worst = max(worst, float(np.abs(
            crf_marginals_batch(r["unary"][None], r["trans"], [n])[0] - r["marginals"]).max()))
    assert worst < 1e-5


@pytest.mark.needs_model
@pytest.mark.slow
def test_fast_path_equals_stanza_on_the_seed_article(raw_tagger, stanza_trainer,
                                                     seed_sentences: list[list[str]]) -> None:
    _check_against_stanza(raw_tagger, stanza_trainer, seed_sentences)


@pytest.mark.needs_model
@pytest.mark.slow
def test_fast_path_equals_stanza_on_nerui_test_sentences(raw_tagger, stanza_trainer,
                                                         nerui_sentences: list[list[str]],
                                                         ) -> None:
    # a few shapes the corpus lacks: one token, lower- and upper-cased text, words the
    # vectors never saw
    extra = [["A"], ["Jakarta", "."], [t.lower() for t in nerui_sentences[0]],
             [t.upper() for t in nerui_sentences[1]],
             ["Xqzvbl", "Kwatrop", "tiba", "di", "Mnerrgrad", "bersama", "Zzykowski", "."]]
    _check_against_stanza(raw_tagger, stanza_trainer, nerui_sentences + extra)


@pytest.mark.needs_model
@pytest.mark.slow
def test_generic_path_equals_stanza_too(raw_tagger, stanza_trainer,
                                        nerui_sentences: list[list[str]]) -> None:
    """The path any other stanza model takes (charlm, transformer): stanza's own DataLoader
    and forward, newsner's decoders; on the shipped model it must agree as well."""
    import torch

    sentences = nerui_sentences[:60]
    with torch.inference_mode():
        generic = raw_tagger._tag_generic(sentences, [0.0] * len(sentences))  # raw scores
    fast = raw_tagger.tag_tokens(sentences)
    for (gt, gp), (ft, fp), r in zip(generic, fast, stanza_reference(stanza_trainer, sentences),
                                     strict=True):
        assert gt == ft == r["tags"]
        np.testing.assert_allclose(gp, fp, atol=1e-5)
