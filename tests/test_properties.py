"""Properties of ``extract`` over generated Indonesian-like news text with hostile noise.

The generator strings together capitalised name-like words, titles ("Presiden", "Menteri"),
places, organisations, Indonesian function words and punctuation, and inserts noise between
or inside words: zero-width characters, NBSP, emoji, controls, lone surrogates, CRLF, HTML
tags and entities, mojibake. Whatever it produces, every entity must satisfy the output
contract (``conftest.check_entities``), and results must not depend on the run or on how the
texts were batched or forked.

The tagger costs milliseconds per sentence, so examples are few and short; the whole file is
meant to stay under a minute.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.slow

TITLES = ["Presiden", "Menteri", "Gubernur", "Bupati", "Kapolri", "Jenderal", "Sekjen",
          "Menlu", "Dr.", "Prof.", "H.", "Ketua", "Direktur Utama", "Wali Kota"]
NAMES = ["Joko", "Widodo", "Prabowo", "Subianto", "Retno", "Marsudi", "Anies", "Baswedan",
         "Sergey", "Lavrov", "Antony", "Blinken", "Sri", "Mulyani", "Indrawati", "Budi",
         "Gunadi", "Sadikin", "Siti", "Nurbaya", "Ma'ruf", "Amin", "Listyo", "Sigit"]
PLACES = ["Jakarta", "Surabaya", "Bandung", "Jawa Barat", "Papua", "Indonesia", "Rusia",
          "Amerika Serikat", "AS", "Ukraina", "Stockholm", "Makassar", "Nusa Tenggara Timur"]
ORGS = ["PBB", "KPK", "DPR", "TNI", "Polri", "Bank Indonesia", "PT Pertamina (Persero)",
        "Universitas Gadjah Mada", "NATO", "Kementerian Keuangan", "Mahkamah Konstitusi"]
FUNCTION = ["di", "ke", "dari", "dan", "yang", "untuk", "dengan", "pada", "dalam", "bahwa",
            "tidak", "akan", "telah", "kata", "ujar", "mengatakan", "bertemu", "tiba",
            "membahas", "Senin", "Kamis", "hari", "ini", "itu"]
PUNCT = [",", ".", ":", ";", "!", "?", "-", "--", "(", ")", '"', "'", "/"]
NOISE = ["\u200b", "\u200d", "\ufeff", "\u00ad", "\u00a0", "\u202f", "\u202e", "\u2066",
         "😀", "👍🏽", "🇮🇩", "\x00", "\x01", "\x1b", "\x7f", "\x85", "\x93", "\ud800",
         "\udc00", "\r\n", "\r", "\n", "\n\n", "\t", "<b>", "</p>", "<br/>", "&amp;",
         "&quot;", "&#8220;", "â€œ", "\u0301", "\u3000", "\ue000", "\ufffd", "ا", "ש"]

word = st.one_of(
    st.sampled_from(TITLES), st.sampled_from(NAMES), st.sampled_from(PLACES),
    st.sampled_from(ORGS), st.sampled_from(FUNCTION), st.sampled_from(FUNCTION),
    st.sampled_from(PUNCT),
    # made-up capitalised names: "Xolani", "Wirabumi"
    st.builds(lambda a, b: a + b, st.sampled_from("ABDGHJKLMNPRSTWYZ"),
              st.text(alphabet="aeiounrstlmkgdbh", min_size=2, max_size=8)),
)
separator = st.one_of(st.just(" "), st.just(" "), st.just(" "), st.sampled_from(NOISE))


@st.composite
def news_text(draw) -> str:
    words = draw(st.lists(word, min_size=0, max_size=60))
    parts: list[str] = []
    for w in words:
        if w and draw(st.integers(0, 9)) == 0:  # noise inside a word
            i = draw(st.integers(0, len(w)))
            w = w[:i] + draw(st.sampled_from(NOISE)) + w[i:]
        parts.append(w)
        parts.append(draw(separator))
    return "".join(parts)


def assert_same(got: list[list], expected: list[list]) -> None:
    """Same entities; scores equal up to float noise (batch shapes and thread counts differ)."""
    def key(e):  # noqa: ANN001, ANN202
        return (e.start, e.end, e.label, e.text, e.source, e.canonical)

    assert [[key(e) for e in doc] for doc in got] == [[key(e) for e in doc] for doc in expected]
    for g, x in zip(got, expected, strict=True):
        assert [e.score for e in g] == pytest.approx([e.score for e in x], abs=2e-3)


FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FAST
@given(text=news_text())
def test_offsets_labels_order(nlp, entity_invariants, text):
    entity_invariants(text, nlp.extract(text))


@FAST
@given(text=st.text(st.characters(exclude_categories=()), max_size=200))  # surrogates too
def test_any_string_at_all(nlp, entity_invariants, text):
    entity_invariants(text, nlp.extract(text))


@settings(FAST, max_examples=50)
@given(text=news_text())
def test_deterministic_across_runs(nlp, text):
    first = nlp.extract(text)
    assert nlp.extract(text) == first
    assert list(nlp.analyze(text).entities) == first


@settings(FAST, max_examples=25)
@given(texts=st.lists(news_text(), min_size=1, max_size=6))
def test_batching_does_not_change_results(nlp, texts):
    one_by_one = [nlp.extract(t) for t in texts]
    assert_same(list(nlp.extract_many(texts, batch_size=4)), one_by_one)


def test_forked_workers_give_the_same_results(nlp):
    texts = ["Presiden Joko Widodo bertemu Sekjen PBB Antonio Guterres di Jakarta, Senin.",
             "Menlu Rusia Sergey Lavrov dan Menlu AS Antony\u00a0Blinken bertemu di Stockholm.",
             "",
             "Gubernur Jawa Barat Ridwan Kamil\u200b meresmikan jalan tol 👍🏽 di Bandung.",
             "KPK memeriksa Direktur Utama PT Pertamina (Persero) di\x00Jakarta \ud800.",
             "Bank Indonesia\r\nmempertahankan suku bunga, kata Perry Warjiyo."] * 2
    serial = list(nlp.extract_many(texts, batch_size=2, n_process=1))
    forked = list(nlp.extract_many(texts, batch_size=2, n_process=2))
    assert_same(forked, serial)
    assert any(serial)
