"""The input contract of ``extract``/``analyze``: what they take, what they refuse, what they
survive.

They take ``str`` only (bytes and ``None`` get a ``TypeError`` that says what to do), return
``[]`` for empty or blank text, refuse text over ``MAX_TEXT_CHARS`` with a ``ValueError``, and on
any hostile ``str`` (HTML, emoji, RTL scripts, combining marks, NFD, controls, lone surrogates,
NUL, 100,000-character lines) return entities whose offsets are exact, or a clear error: never a
crash deep in torch, never a wrong offset.
"""

from __future__ import annotations

import os
import resource
import time
import unicodedata

import pytest

import newsner
from newsner import pipeline as pl
from newsner.normalize import normalize
from newsner.stages import normalize as normalize_stage

SENTENCE = "Presiden Joko Widodo bertemu Sekjen PBB Antonio Guterres di Jakarta, Senin."

#: Article paragraphs for long texts: full names with titles, places and organisations.
PARAGRAPHS = (
    "Presiden Joko Widodo bertemu Sekretaris Jenderal PBB Antonio Guterres di Jakarta pada "
    "Senin untuk membahas krisis iklim dan kerja sama ekonomi.",
    "Menteri Luar Negeri Rusia Sergey Lavrov dan Menteri Luar Negeri Amerika Serikat Antony "
    "Blinken bertemu di Stockholm, Swedia, membahas konflik di Ukraina.",
    "Gubernur Jawa Barat Ridwan Kamil mengatakan Pemerintah Provinsi Jawa Barat akan membangun "
    "jalan tol baru dari Bandung ke Cirebon tahun depan.",
    "Bank Indonesia memutuskan mempertahankan suku bunga acuan, kata Gubernur BI Perry Warjiyo "
    "dalam konferensi pers di Jakarta, Kamis.",
)


def article_text(size: int) -> str:
    """About ``size`` characters of article paragraphs separated by blank lines."""
    block = "\n\n".join(PARAGRAPHS) + "\n\n"
    return (block * (size // len(block) + 1))[:size].rstrip()


HOSTILE = {
    "html": "<p>Presiden <b>Joko Widodo</b> tiba di <a href='/x'>Jakarta</a>.</p>"
            "<script>alert('PBB')</script>&nbsp;&amp;&#8220;&#0;&#xD800;&#1114112;&#99999999;",
    "emoji": "🇮🇩 Presiden Joko Widodo 😀 tiba di Jakarta 👍🏽. 👨‍👩‍👧 Menlu Retno Marsudi🎉",
    "arabic": "قال الرئيس جوكو ويدودو في جاكرتا " + SENTENCE + " يٰبَنِيْٓ اٰدَمَ",
    "hebrew_rtl": "שלום " + SENTENCE + " עולם",
    "bidi_controls": "\u202ePresiden Joko Widodo\u202c tiba di \u200fJakarta\u200e. "
                     "\u2067Antonio Guterres\u2069",
    "combining": "Presiden Jo\u0301ko\u0308 Wido\u0327do tiba di Jakarta\u0301\u0301\u0301. "
                 "\u0301\u0301 Sekjen PBB a\u20dd",
    "nfd": unicodedata.normalize(
        "NFD", "Presiden José Ramos-Horta tiba di Dili, Timor Léste, lalu ke São Paulo."),
    "hangul_nfd": unicodedata.normalize("NFD", "대한민국 서울 " + SENTENCE),
    "controls": "Presiden\x01Joko\x02Widodo\x1b[31m tiba\x7f di\x85Jakarta\x0c.\x9d\x93ya\x94",
    "lone_surrogates": "Presiden \ud800Joko Widodo\udfff tiba di Jakarta\udc00. \udbff",
    "surrogate_pair": "Presiden Joko \ud83d\ude00Widodo tiba di Jakarta.",
    "nul": "Presiden\x00Joko Widodo\x00 tiba di Jakarta\x00.\x00",
    "zero_width": "Presiden\u200bJoko\u200dWidodo\ufeff tiba\u00addi Jak\u200barta.",
    "crlf": "Presiden Joko Widodo\r\ntiba di\r\rJakarta.\r\n\r\nSekjen PBB\r",
    "mojibake": "Presiden Joko Widodo berkata â€œyaâ€\x9d di Jakarta.",
    "private_use": "\ue000Presiden Joko Widodo\U0010ffff tiba di Jakarta\U000e0041.",
    "fullwidth": "Ｐｒｅｓｉｄｅｎ Ｊｏｋｏ Ｗｉｄｏｄｏ ｔｉｂａ ｄｉ Ｊａｋａｒｔａ．",
    "mixed_scripts": "Presiden Джоко Widodo ταξίδεψε Jakarta दिल्ली ﬁ " + SENTENCE,
    "cjk": "习近平在北京会见了印度尼西亚总统佐科。" * 50 + SENTENCE,
    "punctuation_only": ".,;:!?()[]{}\"'-–—…" * 500,
    "abbreviation_run": "Dr. " * 3000 + SENTENCE,
    "repeated_name": " ".join(["Joko"] * 1000),
    "long_url": "https://" + "a" * 500 + ".com/Jakarta?q=" + "%20" * 200 + " " + SENTENCE,
    "line_100k_no_spaces": "x" * 100_000 + " " + SENTENCE,
    "line_100k_cjk": "习" * 100_000,
    "line_100k_name_glued": "Jakarta" * 15_000,
    # every token an entity (13,000 of them once took 6 minutes; now seconds, see test_resolve)
    "no_spaces_all_entities": "Jakarta," * 1_500,
}


# -- types ----------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("data", [SENTENCE.encode(), bytearray(SENTENCE.encode())],
                         ids=["bytes", "bytearray"])
def test_bytes_are_refused_with_the_fix(nlp, data):
    for fn in (newsner.extract, newsner.analyze, nlp.extract, nlp.analyze):
        with pytest.raises(TypeError, match=r"not bytes.*decode\("):
            fn(data)
    with pytest.raises(TypeError, match="decode"):
        list(nlp.extract_many([SENTENCE, data]))


@pytest.mark.slow
@pytest.mark.parametrize("value", [None, 42, 1.5, ["Jakarta"], object()],
                         ids=["None", "int", "float", "list", "object"])
def test_non_str_is_refused(nlp, value):
    for fn in (newsner.extract, newsner.analyze, nlp.extract, nlp.analyze):
        with pytest.raises(TypeError, match=f"takes str, got {type(value).__name__}"):
            fn(value)


def test_check_text_is_the_contract():
    assert pl.check_text("Jakarta") == "Jakarta"
    assert pl.check_text("") == ""
    with pytest.raises(TypeError, match="decode"):
        pl.check_text(b"Jakarta")
    with pytest.raises(TypeError, match="NoneType"):
        pl.check_text(None)


# -- size -----------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("text", ["", " ", "\n\n\t ", "\r\n", "\u00a0\u200b\u3000\ufeff",
                                  "\x00\x00", "\ud800"],
                         ids=["empty", "space", "blank", "crlf", "invisible", "nul",
                              "surrogate"])
def test_empty_and_blank_text_give_no_entities(nlp, text):
    assert nlp.extract(text) == []
    assert newsner.extract(text) == []
    doc = nlp.analyze(text)
    assert doc.entities == () and doc.groups == () and doc.text == text


@pytest.mark.slow
def test_text_over_the_limit_is_refused_before_any_work(nlp, monkeypatch):
    too_long = " " * (pl.MAX_TEXT_CHARS + 1)

    def boom(*args, **kwargs):
        raise AssertionError("normalize ran on a text over the limit")

    monkeypatch.setattr(normalize_stage, "normalize", boom)
    for fn in (newsner.extract, newsner.analyze, nlp.extract):
        with pytest.raises(ValueError, match="over newsner's limit"):
            fn(too_long)
    with pytest.raises(ValueError, match="split it"):
        list(nlp.extract_many(["Jakarta", too_long]))
    assert pl.check_text(too_long[:-1]) is not None  # exactly at the limit is accepted


def test_chunks_cover_the_text_and_cut_at_breaks():
    text = normalize(article_text(300_000)).text
    bounds = pl.chunk_bounds(text)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    assert all(0 < e - s <= pl.CHUNK_CHARS for s, e in bounds)
    assert all(text[s - 2 : s] == "\n\n" for s, _ in bounds[1:])  # paragraph breaks only


@pytest.mark.parametrize("text", [
    "x" * 120_001,
    "x\u0301" * 60_000,
    "a\u0301\u0302\u0303" * 30_000,
    "\U0001f600" * 120_000,
    "y" * 49_999 + "\u0301" * 10 + "z" * 60_000,
], ids=["ascii", "marks", "stacked-marks", "emoji", "marks-at-cut"])
def test_hard_chunk_cuts_never_split_a_character(text):
    bounds = pl.chunk_bounds(text)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    for s, e in bounds:
        assert e > s
        assert s == 0 or not unicodedata.combining(text[s]), f"cut before a mark at {s}"


@pytest.mark.parametrize("text", [
    "<" * 100_000 + "\n\n" + SENTENCE,
    ".,;:!?()[]{}\"'-" * 8_000,
    "a-b" * 40_000,
    ("x" * 201 + " ") * 500,
    "Jakarta, " * 5_000 + "https://example.com/" + "a" * 10_000 + " " + SENTENCE,
], ids=["angle-brackets", "punctuation", "hyphens", "just-over", "url-in-prose"])
def test_no_piece_holds_a_run_longer_than_the_tokenizer_can_take(text):
    """spaCy's affix splitting is quadratic in a run's length: "<" * 100_000 took minutes."""
    bounds = pl.chunk_bounds(text)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    for s, e in bounds:
        assert max(map(len, text[s:e].split()), default=0) <= pl.MAX_RUN_CHARS


def test_prose_before_a_long_run_stays_whole():
    prose = "Jakarta, " * 5_000
    bounds = pl.chunk_bounds(prose + "a" * 10_000 + " " + SENTENCE)
    assert bounds[0] == (0, len(prose))
    assert bounds[-1][1] - bounds[-1][0] > len(SENTENCE)  # the tail is one piece again


def test_normalize_time_grows_linearly_with_paragraphs():
    """A page of many short lines must not take quadratic time (a denial of service)."""
    line = "Presiden Joko Widodo tiba di Jakarta hari ini.\n"
    small, large = line * 800, line * 8_000

    def timed(text: str) -> float:
        t0 = time.perf_counter()
        normalize(text)
        return time.perf_counter() - t0

    base = min(timed(small) for _ in range(2))
    assert timed(large) < max(1.0, 30 * base), "normalize is superlinear in paragraph count"


@pytest.mark.parametrize("line", [
    " ".join(str(i) for i in range(1, 15)) + " Jakarta",
    "dari " * 17 + "daridandanStockholmdan Presiden Joko",
    "ke " * 19 + "Jakarta",
], ids=["numbers", "dari", "share-buttons"])
def test_no_line_pattern_backtracks_exponentially(line):
    t0 = time.perf_counter()
    normalize("Presiden Joko Widodo tiba di Jakarta.\n" + line)
    assert time.perf_counter() - t0 < 0.2


@pytest.mark.slow
def test_multi_chunk_text_has_exact_offsets_everywhere(nlp, monkeypatch, entity_invariants):
    """Entities found in every chunk map back to the caller's string (small chunks, same path)."""
    original = pl.chunk_bounds
    monkeypatch.setattr(pl, "chunk_bounds", lambda text: original(text, size=700))
    text = article_text(4_000)
    assert len(pl.chunk_bounds(normalize(text).text)) > 4
    ents = nlp.extract(text)
    entity_invariants(text, ents)
    last_paragraph = text.rindex("\n\n")
    assert any(e.start > last_paragraph for e in ents), "nothing found in the last chunk"


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("NEWSNER_HUGE_TEXT"),
                    reason="10 MB through the tagger takes ~10 minutes: set NEWSNER_HUGE_TEXT=1")
def test_ten_megabytes_complete_in_bounded_memory(nlp, entity_invariants):
    text = article_text(10_000_000)
    nlp.extract(SENTENCE)  # warm up: first-call allocations are not growth
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    ents = nlp.extract(text)
    growth_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    entity_invariants(text, ents)
    assert len(ents) > 10_000
    assert max(e.end for e in ents) > len(text) - 1_000
    print(f"10 MB text: {len(ents)} entities, peak RSS grew by {growth_mib:.0f} MiB")
    assert growth_mib < 1024, f"peak RSS grew by {growth_mib:.0f} MiB for a 10 MB text"


# -- hostile text ---------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_gives_exact_offsets(nlp, name, entity_invariants):
    text = HOSTILE[name]
    doc = nlp.analyze(text)
    entity_invariants(text, doc.entities)
    assert doc.text is text
    for group in doc.groups:
        assert group.label in newsner.LABELS
        assert all(m in doc.entities for m in group.mentions)
    for r in doc.removed:
        assert 0 <= r.start < r.end <= len(text)
    assert nlp.extract(text) == list(doc.entities)


@pytest.mark.slow
@pytest.mark.parametrize("junk", ["\x00", "\u00a0", "\t", "\u2003", "\ud800", "\x7f", "\x81"],
                         ids=["nul", "nbsp", "tab", "em-space", "lone-surrogate", "del", "c1"])
def test_same_length_junk_for_spaces_changes_nothing(nlp, junk):
    """Characters the pipeline reads as a space, put in place of spaces, give the same spans."""
    expected = [(e.start, e.end, e.label) for e in nlp.extract(SENTENCE)]
    hostile = SENTENCE.replace(" ", junk)
    assert [(e.start, e.end, e.label) for e in nlp.extract(hostile)] == expected


@pytest.mark.slow
@pytest.mark.parametrize("invisible", ["\u200b", "\ufeff", "\u00ad", "\u2060", "\u200e"])
def test_invisible_characters_inside_words_change_nothing_but_offsets(nlp, invisible,
                                                                     entity_invariants):
    expected = [(e.text, e.label) for e in nlp.extract(SENTENCE)]
    hostile = SENTENCE.replace("o", "o" + invisible).replace("a", invisible + "a")
    ents = nlp.extract(hostile)
    entity_invariants(hostile, ents)
    assert [(e.text.replace(invisible, ""), e.label) for e in ents] == expected


@pytest.mark.slow
@pytest.mark.parametrize("prefix", ["x" * 100_000 + "\n\n", "习" * 100_000 + "\n\n",
                                    "\u0301" * 100_000 + "\n\n", "<" * 100_000 + "\n\n"],
                         ids=["ascii", "cjk", "marks", "angle-brackets"])
def test_a_100k_line_does_not_disturb_the_next_paragraph(nlp, prefix):
    expected = [(e.start + len(prefix), e.end + len(prefix), e.label)
                for e in nlp.extract(SENTENCE)]
    got = [(e.start, e.end, e.label) for e in nlp.extract(prefix + SENTENCE)
           if e.start >= len(prefix)]
    assert got == expected
