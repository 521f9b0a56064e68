"""The learned reader of page lines (:mod:`newsner.normalize.linemodel`): its reach, bounded by
construction, the shipped model on the page corpus, and its scores against scikit-learn's."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsner
from newsner.normalize import chrome, normalize
from newsner.normalize.aligned import Aligned
from newsner.normalize.chars import clean_characters
from newsner.normalize.linemodel import LineModel
from newsner.paths import default_model_dir
from newsner.training.pages import ARTICLE, CHROME, read_pages, splits

CORPUS = Path(__file__).parent / "pages" / "corpus"
SHIPPED = LineModel.from_folder(default_model_dir())
#: A model that takes every line it is given: what the bound alone allows.
GREEDY = LineModel({}, 50.0, 0.5)

PARA = ("Presiden Joko Widodo meresmikan Bendungan Sadawarna di Kabupaten Subang, Jawa Barat, "
        "pada Senin pagi.")
PARA2 = ("Bendungan itu diharapkan mampu mengairi ribuan hektare sawah di Subang dan Indramayu, "
         "kata Menteri PUPR Basuki Hadimuljono.")
needs_corpus = pytest.mark.skipif(not splits(CORPUS), reason="no page corpus in this checkout")


def test_greedy_model_reaches_short_lines_only():
    """Even a model that takes whatever it is offered leaves the title, paragraphs, headlines,
    lists and their label, tables and captions: only short lines the rules kept go."""
    page = ["Bendungan Sadawarna Diresmikan",  # a short title
            "Kamis, 4 Juli 2024",
            PARA,
            "Manfaat bagi petani",  # a subheading: short, the model's to read
            PARA2,
            "RINGKASAN",
            "1. Mengairi 1.000 hektare sawah",
            "2. Menyediakan air baku",
            "Kecamatan | Luas sawah | Petani",
            "Cibogo | 400 ha | 1.200",
            "Warga melintas di atas bendungan. Foto: Dedi Kurniawan",
            "Jokowi Resmikan Tiga Bendungan di Jawa Barat Tahun Ini",  # a headline in the tail
            "Foto Bendungan",  # a short title over its credit
            "Fotografer: Dedi Kurniawan",
            "Bagikan"]
    text = "\n".join(page)
    n = normalize(text, line_model=GREEDY)
    learned = {text[r.start:r.end] for r in n.removed if r.reason == chrome.LEARNED}
    assert learned <= {"Manfaat bagi petani", "Bagikan"}
    assert "Manfaat bagi petani" in learned  # the bound lets a short line go: the threshold
    for line in page[:3] + page[4:13]:  # keeps it in the shipped model
        assert line not in learned


def test_greedy_model_takes_nothing_without_a_body_nor_in_the_head_of_a_short_title():
    text = "Bagikan\nJokowi di Subang\nKPK tahan dua tersangka suap proyek irigasi"
    assert all(r.reason != chrome.LEARNED for r in normalize(text, line_model=GREEDY).removed)
    text = "\n".join(["Bendungan Diresmikan", "Foto Jokowi", PARA, PARA2, "Jokowi di Subang"])
    assert [text[r.start:r.end] for r in normalize(text, line_model=GREEDY).removed
            if r.reason == chrome.LEARNED] == ["Jokowi di Subang"]  # the tail is still its to read


@needs_corpus
def test_every_line_the_greedy_model_could_take_is_short():
    for split in splits(CORPUS):
        for page in read_pages(CORPUS / split):
            reading = chrome.read_page(clean_characters(Aligned.identity(page.text)).text)
            for i in chrome.model_candidates(reading):
                assert len(reading.lines[i].text.split()) < 6, (page.name, i)
                assert i != reading.title


def test_shipped_model_is_loaded_by_the_pipeline():
    assert SHIPPED is not None and 0.5 < SHIPPED.threshold < 1 and SHIPPED.weights
    assert newsner.load().stages[0].line_model == SHIPPED
    n = normalize("\n".join(["Bendungan Sadawarna Diresmikan", PARA, "Manfaat bagi petani",
                             PARA2]), line_model=SHIPPED)
    assert "Manfaat bagi petani" in n.text  # a subheading stays


@needs_corpus
def test_shipped_model_takes_chrome_and_no_article_on_the_dev_pages():
    taken = {ARTICLE: 0, CHROME: 0}
    for page in read_pages(CORPUS / "dev"):
        for r in normalize(page.text, line_model=SHIPPED).removed:
            if r.reason == chrome.LEARNED:
                kinds = set(page.classes[r.start:r.end]) - {" "}
                taken[ARTICLE if kinds - {CHROME} else CHROME] += 1
    assert taken[ARTICLE] == 0 and taken[CHROME] >= 3


@needs_corpus
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # scipy's L-BFGS options, in sklearn
def test_scores_match_scikit_learn():
    pytest.importorskip("sklearn")
    from newsner.training.linemodel import examples, fit, fit_sklearn

    train = [e for split in splits(CORPUS)[:3] for e in examples(read_pages(CORPUS / split))]
    vectorizer, model = fit_sklearn(train)
    expected = model.predict_proba(vectorizer.transform(
        [dict.fromkeys(e.features, 1) for e in train]))[:, 1]
    ours = fit(train)
    assert len(train) > 50
    assert [round(ours.score(e.features), 3) for e in train] == pytest.approx(
        [round(float(x), 3) for x in expected], abs=2e-3)


def test_save_and_load_round_trip(tmp_path):
    model = LineModel({"w=bagikan": 3.5, "z=t": -0.25}, -1.0, 0.9)
    model.save(tmp_path / "linemodel.json")
    assert LineModel.from_folder(tmp_path) == model
    assert LineModel.from_folder(tmp_path / "nothing") is None
