"""Showing results: displaCy HTML, rich tables, DataFrames, spaCy Docs, and HTML input."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

import newsner
from newsner import display
from newsner.html import from_html, html_to_text
from newsner.types import Document, Entity, EntityGroup

HERE = Path(__file__).resolve().parent
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "fixtures" / "republika-lavrov-blinken.txt"
needs_seed = pytest.mark.skipif(not SEED.exists(),
                                reason=f"the seed article is not here ({SEED}): "
                                       "../shared/fixtures is missing")
PAGES = sorted((HERE / "html").glob("*.html"))
MARK = re.compile(r'<mark class="entity" data-label="(\w+)" data-start="(\d+)" '
                  r'data-end="(\d+)"[^>]*>(.*?)<span[^>]*>(\w+)', re.S)


def ent(text: str, surface: str, label: str, nth: int = 0, **kw) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Entity(surface, label, start, start + len(surface), **kw)


TEXT = ("Presiden Joko Widodo bertemu Sekjen PBB Antonio Guterres di Jakarta.\n\n"
        "Jokowi & Guterres <b>membahas</b> Myanmar.")


@pytest.fixture()
def doc() -> Document:
    ents = (ent(TEXT, "Joko Widodo", "PER", canonical="Joko Widodo", score=0.97),
            ent(TEXT, "PBB", "ORG", score=0.8, source="rule"),
            ent(TEXT, "Antonio Guterres", "PER", source="model+rule"),
            ent(TEXT, "Jakarta", "LOC"),
            ent(TEXT, "Jokowi", "PER", canonical="Joko Widodo"),
            ent(TEXT, "Guterres", "PER", nth=1, canonical="Antonio Guterres"),
            ent(TEXT, "Myanmar", "LOC"))
    groups = (EntityGroup("Joko Widodo", "PER", (ents[0], ents[4])),
              EntityGroup("PBB", "ORG", (ents[1],)),
              EntityGroup("Antonio Guterres", "PER", (ents[2], ents[5])),
              EntityGroup("Jakarta", "LOC", (ents[3],)),
              EntityGroup("Myanmar", "LOC", (ents[6],)))
    return Document(TEXT, ents, groups)


def marks(html: str) -> list[tuple[str, int, int, str, str]]:
    return [(lab, int(s), int(e), txt.strip(), lab2) for lab, s, e, txt, lab2 in MARK.findall(html)]


# --- HTML ------------------------------------------------------------------------------------


def test_repr_html_marks_every_entity_with_its_label_and_offsets(doc: Document) -> None:
    html = doc._repr_html_()
    found = marks(html)
    assert html.count("<mark") == len(doc.entities) == len(found)
    for e, (label, start, end, text, shown_label) in zip(doc.entities, found, strict=True):
        assert (label, start, end, shown_label) == (e.label, e.start, e.end, e.label)
        assert text == e.text.replace("&", "&amp;")
    assert "7 entities (PER 4, LOC 2, ORG 1) in 5 groups" in html


def test_render_escapes_the_text_and_keeps_line_breaks(doc: Document) -> None:
    html = display.render(doc)
    assert "<b>" not in html and "&lt;b&gt;membahas&lt;/b&gt;" in html
    assert "Jokowi" in html and "&amp;" in html
    assert "<br>" in html
    assert 'title="PER · score 0.97 · model"' in html
    assert "= Joko Widodo" in html  # Jokowi's tooltip names its group


def test_render_a_list_of_entities_against_the_callers_text(doc: Document) -> None:
    ents = [e for e in doc.entities if e.label == "PER"]
    html = display.render(TEXT, ents, title="people")
    assert [m[1:3] for m in marks(html)] == [(e.start, e.end) for e in ents]
    assert "people" in html
    with pytest.raises(ValueError, match="does not match the text"):
        display.render(TEXT.upper(), ents)
    page = display.render(doc, page=True)
    assert page.lstrip().lower().startswith("<!doctype html>")


def test_render_drops_overlaps_and_handles_no_entities() -> None:
    text = "Bank Indonesia di Jakarta"
    ents = [ent(text, "Bank Indonesia", "ORG"), ent(text, "Indonesia", "LOC"),
            ent(text, "Jakarta", "LOC")]
    assert [m[3] for m in marks(display.render(text, ents))] == ["Bank Indonesia", "Jakarta"]
    assert "<mark" not in display.render(text, [])
    assert "<mark" not in Document("tanpa nama")._repr_html_()


def test_entity_repr_html() -> None:
    html = Entity("Jakarta", "LOC", 10, 17)._repr_html_()
    assert marks(html) == [("LOC", 0, 7, "Jakarta", "LOC")]


# --- the terminal ----------------------------------------------------------------------------


def _console():
    from rich.console import Console

    return Console(record=True, width=120, color_system=None)


def test_print_entities_is_a_readable_table(doc: Document) -> None:
    console = _console()
    display.print_entities(doc, console=console)
    out = console.export_text()
    assert "7 entities" in out
    for e in doc.entities:
        assert e.text in out
    assert "Antonio Guterres" in out and "model+rule" in out
    assert "Guterres, Antonio Guterres" in out or "Antonio Guterres, Guterres" in out
    console = _console()
    display.print_entities(list(doc.entities)[:2], console=console)
    out = console.export_text()
    assert "PBB" in out and "Jakarta" not in out


def test_document_rich_protocol(doc: Document) -> None:
    console = _console()
    console.print(doc)
    out = console.export_text()
    assert "Joko Widodo" in out and "groups" in out and "mentions" in out


# --- pandas ----------------------------------------------------------------------------------


def test_to_dataframe_of_a_document(doc: Document) -> None:
    df = newsner.to_dataframe(doc)
    assert list(df.columns) == list(display.ENTITY_COLUMNS)
    assert len(df) == len(doc.entities)
    assert df["start"].dtype == "int64" and df["score"].dtype == "float64"
    assert df.equals(doc.to_dataframe())
    for row, e in zip(df.itertuples(index=False), doc.entities, strict=True):
        assert TEXT[row.start:row.end] == row.text == e.text
    assert newsner.to_dataframe(list(doc.entities)).equals(df)
    assert len(newsner.to_dataframe(doc.entities[0])) == 1


def test_to_dataframe_of_many_documents_groups_and_empty(doc: Document) -> None:
    many = newsner.to_dataframe([doc, Document("kosong"), list(doc.entities[:2])])
    assert list(many.columns) == ["doc", *display.ENTITY_COLUMNS]
    assert many["doc"].tolist() == [0] * 7 + [1] * 0 + [2] * 2
    named = newsner.to_dataframe({"a.txt": doc, "b.txt": doc})
    assert set(named["doc"]) == {"a.txt", "b.txt"} and len(named) == 14
    groups = newsner.to_dataframe(doc.groups)
    assert list(groups.columns) == list(display.GROUP_COLUMNS)
    row = groups.set_index("canonical").loc["Antonio Guterres"]
    assert row["count"] == 2 and row["mentions"] == ["Antonio Guterres", "Guterres"]
    empty = newsner.to_dataframe(Document("tanpa nama"))
    assert empty.empty and list(empty.columns) == list(display.ENTITY_COLUMNS)
    assert newsner.to_dataframe([]).empty
    with pytest.raises(TypeError):
        newsner.to_dataframe("Joko Widodo")
    with pytest.raises(TypeError):
        newsner.to_dataframe([doc.entities[0], doc.groups[0]])


def test_to_dataframe_without_pandas_names_the_extra(doc: Document, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"newsner\[pandas\]"):
        newsner.to_dataframe(doc)
    with pytest.raises(ImportError, match=r"newsner\[pandas\]"):
        doc.to_dataframe()


# --- spaCy -----------------------------------------------------------------------------------


def test_to_spacy_keeps_offsets_labels_and_attributes(doc: Document) -> None:
    sdoc = doc.to_spacy()
    assert sdoc.text == TEXT and sdoc.lang_ == "id"
    got = [(s.start_char, s.end_char, s.label_, s.text) for s in sdoc.ents]
    assert got == [(e.start, e.end, e.label, e.text) for e in doc.entities]
    jokowi = sdoc.ents[4]
    assert jokowi._.newsner_canonical == "Joko Widodo" and jokowi._.newsner_source == "model"
    assert sdoc.ents[0]._.newsner_score == pytest.approx(0.97)


def test_to_spacy_splits_tokens_at_entity_edges_or_expands() -> None:
    text = "KTT ASEAN+3 digelar di Jakarta_Bandung."
    ents = [ent(text, "ASEAN", "ORG"), ent(text, "Jakarta", "LOC"), ent(text, "Bandung", "LOC")]
    doc = Document(text, tuple(ents))
    sdoc = doc.to_spacy()
    assert sdoc.text == text
    assert [(s.start_char, s.end_char) for s in sdoc.ents] == [(e.start, e.end) for e in ents]
    assert [t.text for t in sdoc][:4] == ["KTT", "ASEAN", "+3", "digelar"]
    expanded = display.to_spacy(doc, align="expand")
    assert [s.text for s in expanded.ents] == ["ASEAN+3", "Jakarta_Bandung"]
    import spacy

    custom = display.to_spacy(text, ents, nlp=spacy.blank("en"))
    assert custom.lang_ == "en" and len(custom.ents) == 3
    with pytest.raises(ValueError):
        display.to_spacy(doc, align="strict")


# --- HTML input ------------------------------------------------------------------------------


def _page_case(page: Path) -> dict:
    return json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_html_to_text_keeps_the_article_and_drops_the_chrome(page: Path) -> None:
    case = _page_case(page)
    text = html_to_text(page.read_text(encoding="utf-8"))
    assert text.startswith(case["title"])
    for sentence in case["article"]:
        assert sentence in text
    for chrome in case["chrome"]:
        assert chrome not in text, chrome
    assert "<" not in text and "gtag(" not in text
    assert html_to_text(page.read_bytes()) == text
    import trafilatura

    html = page.read_text(encoding="utf-8")
    body = trafilatura.extract(html, include_comments=False, favor_recall=True).strip()
    assert html_to_text(html, title=False) == body
    assert text in (body, case["title"] + "\n" + body)


def test_html_to_text_of_nothing() -> None:
    assert html_to_text("") == ""
    assert html_to_text("<html><head><title></title></head><body></body></html>") == ""
    assert html_to_text(b"   ") == ""
    with pytest.raises(TypeError):
        html_to_text(None)  # type: ignore[arg-type]


# --- on the shipped model --------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_doc() -> Document:
    return newsner.analyze(SEED.read_text(encoding="utf-8"))


@pytest.mark.slow
@pytest.mark.needs_model
@needs_seed
def test_seed_article_html_marks_every_entity(seed_doc: Document) -> None:
    html = seed_doc._repr_html_()
    found = marks(html)
    assert len(seed_doc.entities) > 20
    assert html.count('<mark class="entity"') == len(found) == len(seed_doc.entities)
    assert html.count('<mark class="newsner-removed"') == len(seed_doc.removed)
    for e, (label, start, end, text, shown) in zip(seed_doc.entities, found, strict=True):
        assert (label, shown, start, end) == (e.label, e.label, e.start, e.end)
        assert text == e.text  # the seed's names have no characters HTML escapes
    labels = {m[0] for m in found}
    assert {"PER", "LOC"} <= labels


@pytest.mark.slow
@pytest.mark.needs_model
@needs_seed
def test_seed_article_round_trips_through_spacy(seed_doc: Document) -> None:
    sdoc = seed_doc.to_spacy()
    assert sdoc.text == seed_doc.text
    assert [(s.start_char, s.end_char, s.label_) for s in sdoc.ents] == [
        (e.start, e.end, e.label) for e in seed_doc.entities]
    tagger_tokens = seed_doc.to_spacy(nlp=newsner.load().tokenizer)  # newsner's own tokens
    assert [(s.start_char, s.end_char) for s in tagger_tokens.ents] == [
        (e.start, e.end) for e in seed_doc.entities]


@pytest.mark.slow
@pytest.mark.needs_model
@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_from_html_offsets_index_the_extracted_text(page: Path) -> None:
    case = _page_case(page)
    html = page.read_text(encoding="utf-8")
    doc = newsner.from_html(html)
    assert doc.text == html_to_text(html)
    assert doc.meta["source"] == "html"
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text
    found = {(e.text, e.label) for e in doc.entities}
    missing = [tuple(pair) for pair in case["entities"] if tuple(pair) not in found]
    assert not missing, f"{page.name}: not found {missing}; found {sorted(found)}"
    for chrome in case["chrome"]:
        assert all(chrome not in e.text for e in doc.entities)
    assert from_html(html, title=False).text == html_to_text(html, title=False)



def test_render_shows_removed_chrome_greyed_with_its_reason() -> None:
    text = ("Baca juga: Jokowi Resmikan Tol Cisumdawu di Sumedang Hari Ini\n"
            "Presiden Joko Widodo meresmikan bendungan di Subang, Jawa Barat, pada Senin pagi.")
    doc = newsner.analyze(text)
    assert doc.removed
    html = newsner.display.render(doc)
    marks = re.findall(r'<mark class="newsner-removed" data-label="REMOVED" data-start="(\d+)" '
                       r'data-end="(\d+)" title="([^"]+)"', html)
    assert [(int(a), int(b), r) for a, b, r in marks] == [
        (r.start, r.end, r.reason) for r in doc.removed]
    assert html.count('<mark class="entity"') == len(doc.entities)
    assert "newsner-removed" not in newsner.display.render(doc, removed=False)
