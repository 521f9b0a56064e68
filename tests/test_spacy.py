"""spaCy interop: the ``newsner`` pipeline component and ``Document.to_spacy``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

import newsner  # noqa: E402

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "fixtures" / "republika-lavrov-blinken.txt"
needs_seed = pytest.mark.skipif(not SEED.exists(),
                                reason=f"the seed article is not here ({SEED}): "
                                       "../shared/fixtures is missing")

# written for these tests
TEXTS = [
    "Presiden Joko Widodo menerima Sekjen PBB Antonio Guterres di Istana Merdeka, Jakarta.",
    "Menteri Luar Negeri Rusia Sergey Lavrov bertemu Antony Blinken di Stockholm, Swedia.",
    "Tidak ada nama di kalimat ini.",
    "Komisi Pemberantasan Korupsi (KPK) memeriksa pejabat Kementerian Keuangan di Jakarta.",
]


def test_factory_is_found_through_the_entry_point() -> None:
    """A fresh interpreter that never imports newsner still finds ``newsner`` (pyproject's
    ``spacy_factories`` entry point), without loading the model."""
    code = ("import sys, spacy\n"
            "assert 'newsner' not in sys.modules\n"
            "nlp = spacy.blank('id')\n"
            "meta = nlp.get_factory_meta('newsner')\n"
            "from newsner.pipeline import _DEFAULT as loaded\n"
            "print(nlp.has_factory('newsner'), sorted(meta.default_config),\n"
            "      'newsner.spacy_component' in sys.modules, len(loaded))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    options = ["batch_size", "clean", "harmonise", "model_dir", "o_bias", "policy",
               "stanza_tokenizer"]
    assert proc.stdout.split("\n")[0] == f"True {options} True 0"


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("id")
    nlp.add_pipe("newsner")
    return nlp


@pytest.mark.slow
@pytest.mark.needs_model
def test_add_pipe_sets_ents_at_newsners_offsets(nlp) -> None:
    assert nlp.pipe_names == ["newsner"]
    for text in TEXTS:
        doc = nlp(text)
        expected = newsner.extract(text)
        assert [(s.start_char, s.end_char, s.label_) for s in doc.ents] == [
            (e.start, e.end, e.label) for e in expected]
        for span, e in zip(doc.ents, expected, strict=True):
            assert span._.newsner_score == e.score
            assert span._.newsner_source == e.source
            assert span._.newsner_canonical == e.canonical
    found = {(s.text, s.label_) for s in nlp(TEXTS[0]).ents}
    assert ("Joko Widodo", "PER") in found and ("Jakarta", "LOC") in found
    assert nlp(TEXTS[2]).ents == ()


@pytest.mark.slow
@pytest.mark.needs_model
def test_nlp_pipe_batches_give_the_same_entities(nlp) -> None:
    one_by_one = [[(s.start_char, s.end_char, s.label_) for s in nlp(t).ents] for t in TEXTS]
    piped = [[(s.start_char, s.end_char, s.label_) for s in d.ents]
             for d in nlp.pipe(TEXTS * 2, batch_size=3)]
    assert piped == one_by_one * 2


@pytest.mark.slow
@pytest.mark.needs_model
def test_component_config_and_host_tokenizer() -> None:
    from newsner.spacy_component import NewsnerComponent

    en = spacy.blank("en")  # another tokenizer: spans are widened to its tokens if needed
    component = en.add_pipe("newsner", config={"clean": False, "batch_size": 4})
    assert isinstance(component, NewsnerComponent)
    assert component.clean is False and component.batch_size == 4
    doc = en("Wali Kota Surabaya Eri Cahyadi bertemu warga Surabaya-Sidoarjo.")
    starts = [s.start_char for s in doc.ents]
    assert starts == sorted(starts)
    assert all(s.label_ in newsner.LABELS for s in doc.ents)
    assert ("Eri Cahyadi", "PER") in {(s.text, s.label_) for s in doc.ents}


@pytest.mark.slow
@pytest.mark.needs_model
@needs_seed
def test_seed_article_to_spacy_round_trips_every_entity() -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = newsner.analyze(text)
    assert len(doc.entities) > 20
    sdoc = doc.to_spacy()
    assert sdoc.text == text and sdoc.lang_ == "id"
    assert len(sdoc.ents) == len(doc.entities)
    for span, e in zip(sdoc.ents, doc.entities, strict=True):
        assert (span.start_char, span.end_char, span.label_, span.text) == (
            e.start, e.end, e.label, e.text)
        assert span._.newsner_canonical == e.canonical
    tokens = [t.text for t in sdoc]
    assert "Lavrov" in tokens and "Stockholm" in tokens


def test_component_takes_the_options_load_takes() -> None:
    """Every option of newsner.load passes through the component's config, o_bias as a number
    or per casing, and gives the same pipeline load() gives."""
    nlp = spacy.blank("id")
    comp = nlp.add_pipe("newsner", config={"o_bias": 0, "policy": "model"})
    assert comp.pipeline is newsner.load(o_bias=0, policy="model")
    assert comp.pipeline.tagger.o_bias == {"cased": 0.0, "lower": 0.0, "upper": 0.0}
    per_casing = {"cased": 2.0, "lower": 0.25, "upper": 1.0}
    other = spacy.blank("id").add_pipe("newsner", config={"o_bias": per_casing})
    assert other.pipeline.tagger.o_bias == per_casing
    text = "presiden joko widodo bertemu menteri keuangan sri mulyani di jakarta."
    assert [(e.text, e.label_) for e in spacy.blank("id").add_pipe(
        "newsner", config={"o_bias": per_casing})(spacy.blank("id")(text)).ents] == [
        (e.text, e.label) for e in newsner.load(o_bias=per_casing).extract(text)]
