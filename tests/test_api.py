"""The public API contract, on the shipped model and the real seed article."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsner
from newsner.training.corpora import read_gold_json

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "fixtures" / "republika-lavrov-blinken.txt"
GOLD = SHARED / "fixtures" / "republika-lavrov-blinken.gold.json"
needs_seed = pytest.mark.skipif(not SEED.exists(), reason="../shared/fixtures is not here")

# written by us for these tests
OWN_TEXT = ("Presiden Joko Widodo menerima Sekretaris Jenderal PBB Antonio Guterres di Istana "
            "Merdeka, Jakarta, Senin. Keduanya membahas krisis di Myanmar.\n\n"
            "Menurut Komisi Pemberantasan Korupsi (KPK), kasus itu melibatkan pejabat "
            "Kementerian Keuangan.")


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def check_contract(text: str, ents: list[newsner.Entity]) -> None:
    assert all(isinstance(e, newsner.Entity) for e in ents)
    for e in ents:
        assert text[e.start:e.end] == e.text
        assert e.label in newsner.LABELS
        assert 0.0 <= e.score <= 1.0
        assert set(e.source.split("+")) <= {"model", "rule"}
        assert e.canonical
    assert [(e.start, e.end) for e in ents] == sorted((e.start, e.end) for e in ents)
    assert all(a.end <= b.start for a, b in zip(ents, ents[1:], strict=False))


def test_entity_is_a_frozen_dataclass_in_documented_field_order() -> None:
    names = [f.name for f in dataclasses.fields(newsner.Entity)]
    assert names == ["text", "label", "start", "end", "score", "source", "canonical"]
    ent = newsner.Entity("Bogor", "LOC", 3, 8)
    assert ent.canonical == "Bogor" and ent.score == 1.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        ent.label = "PER"  # type: ignore[misc]
    with pytest.raises(ValueError):
        newsner.Entity("x", "MISC", 0, 1)


def test_own_text_people_places_organisations() -> None:
    ents = newsner.extract(OWN_TEXT)
    check_contract(OWN_TEXT, ents)
    found = {(e.text, e.label) for e in ents}
    assert ("Joko Widodo", "PER") in found
    assert ("Antonio Guterres", "PER") in found
    assert ("Jakarta", "LOC") in found
    assert ("KPK", "ORG") in found
    assert not any(e.text.startswith(("Presiden", "Sekretaris")) for e in ents)


@needs_seed
def test_seed_article_body_entities(seed_text: str) -> None:
    doc = newsner.analyze(seed_text)
    check_contract(seed_text, list(doc.entities))
    found = {(e.text, e.label) for e in doc.entities}
    for expected in [("Sergey Lavrov", "PER"), ("Antony Blinken", "PER"), ("Lavrov", "PER"),
                     ("STOCKHOLM", "LOC"), ("Stockholm", "LOC"), ("Rusia", "LOC"),
                     ("Amerika Serikat", "LOC"), ("Ukraina", "LOC"), ("OSCE", "ORG"),
                     ("NATO", "ORG")]:
        assert expected in found, expected
    assert doc.removed, "the seed's page chrome should be reported as removed"
    groups = {g.canonical: {m.text for m in g.mentions} for g in doc.groups}
    assert groups["Sergey Lavrov"] >= {"Sergey Lavrov", "Lavrov"}
    assert groups["Amerika Serikat"] >= {"Amerika Serikat", "AS"}


@needs_seed
def test_seed_scores_and_no_boilerplate_predictions(seed_text: str) -> None:
    gold = read_gold_json(GOLD)
    report = newsner.evaluate(gold=GOLD)
    assert report.boilerplate_predictions == 0
    assert report.scores["micro"]["f1"] >= 90.0
    ents = newsner.extract(seed_text)
    for s, e, _ in gold.boilerplate:
        assert not [x for x in ents if x.start < e and s < x.end]


@needs_seed
def test_clean_false_keeps_chrome(seed_text: str) -> None:
    raw = newsner.analyze(seed_text, clean=False)
    assert raw.removed == ()
    check_contract(seed_text, list(raw.entities))


def test_extract_many_matches_extract_and_keeps_order() -> None:
    texts = [OWN_TEXT, "", "Gubernur Jawa Barat Ridwan Kamil meninjau Bandung.", "   "]
    batched = list(newsner.extract_many(texts, batch_size=2))
    assert len(batched) == 4
    assert batched == [newsner.extract(t) for t in texts]
    assert batched[1] == [] and batched[3] == []


def test_load_returns_a_pipeline_with_the_same_api() -> None:
    nlp = newsner.load()
    assert nlp is newsner.load()
    assert nlp.extract(OWN_TEXT) == newsner.extract(OWN_TEXT)
    assert list(nlp.analyze(OWN_TEXT).entities) == newsner.extract(OWN_TEXT)


def test_document_serialises() -> None:
    doc = newsner.analyze(OWN_TEXT)
    data = json.loads(json.dumps(doc.to_dict()))
    assert data["entities"][0]["text"] == doc.entities[0].text
    assert {g["canonical"] for g in data["groups"]} == {g.canonical for g in doc.groups}


def test_missing_model_dir_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(newsner.ModelNotFoundError, match="model_dir"):
        newsner.load(tmp_path)


@pytest.mark.parametrize("bad", [None, b"Jakarta", 42])
def test_non_str_input_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        newsner.extract(bad)  # type: ignore[arg-type]


@pytest.mark.slow
@pytest.mark.needs_model
@pytest.mark.parametrize("first_import", ["import spacy.cli", "import spacy.cli.info"])
def test_deferred_package_inits_leave_stanza_and_spacy_whole(first_import: str) -> None:
    """Loading skips the __init__ of stanza, spacy.cli, networkx and requests, the
    spacy.cli.info, IPython and wcwidth modules, and newsner's display and HTML modules (cold
    start); afterwards all must behave as if imported normally, for the user's own code,
    whichever of them the user imports first."""
    import subprocess
    import sys

    code = (
        "import sys, newsner\n"
        "assert newsner.extract('Presiden Joko Widodo tiba di Jakarta.')\n"
        "deferred = not {'spacy.training.loop', 'typer', 'networkx.algorithms', 'requests.api',"
        " 'IPython', 'wcwidth', 'newsner.display', 'newsner.html'} & set(sys.modules)\n"
        f"{first_import}\n"
        "import spacy, spacy.cli, stanza, networkx, requests, ftfy.formatting\n"
        "version = isinstance(stanza.__version__, str)  # a dunder first: before any name\n"
        "from spacy.cli.info import info\n"
        "from importlib.util import find_spec\n"
        "ipython = find_spec('IPython') is None or __import__('IPython').get_ipython() is None\n"
        "print(deferred, callable(spacy.cli.download), callable(spacy.cli.info), callable(info),"
        " isinstance(stanza.Pipeline, type), callable(stanza.download),"
        " spacy.info()['spacy_version'] == spacy.__version__,"
        " networkx.MultiDiGraph().number_of_nodes() == 0, callable(requests.get), ipython,"
        " ftfy.formatting.display_ljust('\u4e2d', 4) == '\u4e2d  ',"
        " callable(newsner.display.show), callable(newsner.to_dataframe),"
        " callable(newsner.from_html), callable(newsner.evaluate), version)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["True"] * 16


def test_extract_path_imports_no_lab_module() -> None:
    """``extract``/``analyze``/``load`` never import training, corpora or evaluation code."""
    code = (
        "import sys, newsner\n"
        "newsner.extract('Presiden Joko Widodo tiba di Jakarta.')\n"
        "newsner.load().analyze('Menlu Retno Marsudi di Jenewa.')\n"
        "print(sorted(m for m in sys.modules if m.startswith('newsner.training')"
        " or m.split('.')[0] in ('gensim', 'nervaluate')))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300, cwd=Path(__file__).parent.parent)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
