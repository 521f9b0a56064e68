"""Tests for newsner.normalize: offsets, character clean-up, page chrome, datelines.

The seed article is read from ``../shared/fixtures`` (never copied); the outlet pages in
``tests/pages`` were written for these tests, one per outlet, each with a JSON file naming the
lines that must go (``removed``), the article text that must stay (``kept``) and the dateline
city and outlet. A ``removed`` string is looked up at its first occurrence in the page.
"""

from __future__ import annotations

import json
import pickle
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsner.normalize import Normalized, chrome, normalize
from newsner.types import RemovedSpan

FIXTURES = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures"
SEED = FIXTURES / "republika-lavrov-blinken.txt"
SEED_GOLD = FIXTURES / "republika-lavrov-blinken.gold.json"
PAGES = Path(__file__).resolve().parent / "pages"
PAGE_NAMES = sorted(p.stem for p in PAGES.glob("*.txt"))

needs_seed = pytest.mark.skipif(
    not (SEED.exists() and SEED_GOLD.exists()),
    reason=f"seed fixture not found at {FIXTURES} (the shared fixtures checkout is missing)",
)


# -- helpers -----------------------------------------------------------------------------------


def surviving_letters(n: Normalized, start: int, end: int) -> str:
    """Letters of ``original[start:end]`` that are not inside any removed span."""
    covered = [False] * (end - start)
    for r in n.removed:
        for i in range(max(r.start, start), min(r.end, end)):
            covered[i - start] = True
    return "".join(
        c for i, c in enumerate(n.original[start:end]) if c.isalpha() and not covered[i]
    )


def assert_reaches_tagger(n: Normalized, start: int, end: int) -> tuple[int, int]:
    """``original[start:end]`` is not removed and maps to one exact span of ``n.text``."""
    assert not n.is_removed(start, end), f"{n.original[start:end]!r} was removed"
    span = n.from_original(start, end)
    assert span is not None, f"{n.original[start:end]!r} does not map into n.text intact"
    assert n.to_original(*span) == (start, end)
    expected = normalize(n.original[start:end], remove_chrome=False).text
    assert n.text[span[0] : span[1]] == expected
    return span


def check_offsets(n: Normalized) -> None:
    """Every character of n.text maps inside the original, in order."""
    last = 0
    for i in range(len(n.text)):
        s, e = n.to_original(i, i + 1)
        assert 0 <= s <= e <= len(n.original)
        assert s >= last or n.text[i].isspace()
        last = max(last, s)
    s, e = n.to_original(0, len(n.text))
    assert 0 <= s <= e <= len(n.original)


def letter_runs(text: str) -> list[tuple[int, int]]:
    runs, start = [], None
    for i, c in enumerate(text + " "):
        if c.isalpha() and i < len(text):
            start = i if start is None else start
        elif start is not None:
            runs.append((start, i))
            start = None
    return runs


# -- the seed article --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> tuple[Normalized, dict]:
    if not (SEED.exists() and SEED_GOLD.exists()):
        pytest.skip(f"seed fixture not found at {FIXTURES}")
    text = SEED.read_text(encoding="utf-8")
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    return normalize(text), gold


@needs_seed
def test_seed_every_gold_entity_reaches_the_tagger(seed):
    n, gold = seed
    assert len(gold["entities"]) == 69
    for ent in gold["entities"]:
        assert n.original[ent["start"] : ent["end"]] == ent["text"]
        span = assert_reaches_tagger(n, ent["start"], ent["end"])
        assert n.text[span[0] : span[1]] == ent["text"]


@needs_seed
def test_seed_dateline_city_and_outlet(seed):
    n, _ = seed
    cities = [n.to_original(*d) for d in n.datelines]
    assert (301, 310) in cities
    assert [n.text[s:e] for s, e in n.datelines] == ["STOCKHOLM"]
    outlets = [n.to_original(*s) for s in n.suppressed]
    assert (284, 299) in outlets  # REPUBLIKA.CO.ID yields no entity


@needs_seed
def test_seed_boilerplate_is_removed(seed):
    n, gold = seed
    for region in gold["boilerplate"]:
        left = surviving_letters(n, region["start"], region["end"])
        assert left == "", f"{region['reason']}: {left[:80]!r} reaches the tagger"
    for needle in ("Advertisement", "Yuk Ngaji", "Berita Lainnya", "Baca Juga", "Anadolu",
                   "Wahai anak cucu Adam", "QS. Al-A'raf", "aa.com.tr", "WIB"):
        assert needle not in n.text
    assert not any("\u0600" <= c <= "\u06ff" for c in n.text)


@needs_seed
def test_seed_ignore_regions_photo_credit_and_source_removed(seed):
    n, gold = seed
    for region in gold["ignore"]:
        if region["reason"] in ("photo credit line", "source attribution line"):
            assert surviving_letters(n, region["start"], region["end"]) == ""
    assert "Sumber, https://" not in n.text
    assert "Foto: AP" not in n.text


@needs_seed
def test_seed_removed_spans_are_well_formed_and_article_survives(seed):
    n, gold = seed
    assert all(isinstance(r, RemovedSpan) for r in n.removed)
    assert all(0 <= r.start < r.end <= len(n.original) for r in n.removed)
    assert list(n.removed) == sorted(n.removed, key=lambda r: r.start)
    # chrome became paragraph breaks: the article text on either side stays separate
    assert "Ukraina.\n\nLavrov mengatakan" not in n.text
    assert "utama.\n\nLavrov mengatakan Rusia" in n.text
    assert n.text.startswith("Menlu Rusia dan AS Bertemu Bahas Ukraina")
    assert n.text.endswith("yang dipenjara di Rusia.")
    check_offsets(n)


# -- outlet pages ------------------------------------------------------------------------------


def test_there_are_pages_for_at_least_eight_outlets():
    assert len(PAGE_NAMES) >= 8
    for name in PAGE_NAMES:
        assert (PAGES / f"{name}.json").exists(), name


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_outlet_page(name):
    text = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    expect = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    n = normalize(text)
    for chunk in expect["removed"]:
        start = text.find(chunk)
        assert start >= 0, f"test data: {chunk!r} not in {name}.txt"
        left = surviving_letters(n, start, start + len(chunk))
        assert left == "", f"{name}: {chunk!r} not removed ({left!r} left)"
    for chunk in expect["kept"]:
        start = text.find(chunk)
        assert start >= 0, f"test data: {chunk!r} not in {name}.txt"
        assert_reaches_tagger(n, start, start + len(chunk))
    assert [n.text[s:e] for s, e in n.datelines] == expect["datelines"]
    assert [n.text[s:e] for s, e in n.suppressed] == expect["suppressed"]
    check_offsets(n)


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_outlet_page_without_chrome_removal_keeps_every_line(name):
    text = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    n = normalize(text, remove_chrome=False)
    assert n.removed == ()
    letters = [c for c in unicodedata.normalize("NFC", text) if c.isalpha()]
    assert [c for c in n.text if c.isalpha()] == letters


# -- character clean-up ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Joko\u00a0Widodo", "Joko Widodo"),
        ("Jo\u200bko  Wi\u00addodo", "Joko Widodo"),
        ("\ufeffJakarta\u2009\u2013 Presiden", "Jakarta - Presiden"),
        ("Baris satu.\r\n\r\nBaris dua.\rBaris tiga.", "Baris satu.\n\nBaris dua.\nBaris tiga."),
        ("\u201cHalo,\u201d kata \u2018dia\u2019", "\"Halo,\" kata 'dia'"),
        ("Rusia\u2014AS", "Rusia-AS"),
        ("Cafe\u0301 di Bogor", "Café di Bogor"),
        ("\u00e2\u20ac\u0153Halo,\u00e2\u20ac\u009d kata Jokowi", "\"Halo,\" kata Jokowi"),
        ("Jos\u00c3\u00a9 Ramos-Horta", "José Ramos-Horta"),
        ("Tunggu\u2026 ya", "Tunggu... ya"),
        ("PT Tunas &amp; Co &quot;Baru&quot;", "PT Tunas & Co \"Baru\""),
        ("a\tb\x00c\x7fd", "a b c d"),
        ("  \n\n  Jakarta  \n\n\n\n  Bogor  \n ", "Jakarta\n\nBogor"),
        ("x\ud800y", "x\ufffdy"),
        ("senyum \ud83d\ude00", "senyum \U0001f600"),
    ],
)
def test_character_cleanup(raw, clean):
    n = normalize(raw, remove_chrome=False)
    assert n.text == clean
    check_offsets(n)


def test_offsets_through_character_cleanup():
    raw = "Menlu\u00a0Jo\u200bko \u201cJos\u00c3\u00a9\u201d Cafe\u0301\r\nSelesai"
    n = normalize(raw)
    assert n.text == 'Menlu Joko "José" Café\nSelesai'
    for word, original in [("Joko", "Jo\u200bko"), ("José", "Jos\u00c3\u00a9"),
                           ("Café", "Cafe\u0301"), ("Selesai", "Selesai"),
                           ('"José"', "\u201cJos\u00c3\u00a9\u201d")]:
        s = n.text.index(word)
        o = n.to_original(s, s + len(word))
        assert n.original[o[0] : o[1]] == original
        assert n.from_original(*o) == (s, s + len(word))
    # a repaired mojibake character maps to exactly its own bytes' characters
    s = n.text.index("é")
    assert n.original[slice(*n.to_original(s, s + 1))] == "\u00c3\u00a9"


def test_nfd_letters_compose_and_map_back():
    raw = "Sa\u0303o Paulo dan Hu\u0308tter"
    n = normalize(raw)
    assert n.text == "São Paulo dan Hütter"
    assert unicodedata.is_normalized("NFC", n.text)
    s = n.text.index("São")
    assert n.original[slice(*n.to_original(s, s + 3))] == "Sa\u0303o"


def test_to_original_contract():
    n = normalize("Jakarta\u00a0Pusat")
    assert n.to_original(0, 0) == (0, 0)
    assert n.to_original(len(n.text), len(n.text)) == (len(n.original), len(n.original))
    for bad in [(-1, 2), (3, 2), (0, len(n.text) + 1)]:
        with pytest.raises(ValueError):
            n.to_original(*bad)


def test_type_errors_and_empty_input():
    with pytest.raises(TypeError, match="str"):
        normalize(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="decode"):
        normalize(b"Jakarta")  # type: ignore[arg-type]
    n = normalize("")
    assert (n.original, n.text, n.removed, n.datelines, n.suppressed) == ("", "", (), (), ())
    assert n.to_original(0, 0) == (0, 0)
    blank = normalize(" \n\u200b\n ")
    assert blank.text == "" and blank.to_original(0, 0) == (0, 0)


def test_normalized_pickles():
    n = normalize("JAKARTA, KOMPAS.com - Presiden\u00a0Joko Widodo tiba.\n\nAdvertisement")
    m = pickle.loads(pickle.dumps(n))
    assert m == n and m.to_original(0, 7) == n.to_original(0, 7)


# -- chrome policy -----------------------------------------------------------------------------

PARA = ("Presiden Joko Widodo meresmikan Bendungan Sadawarna di Kabupaten Subang, Jawa Barat, "
        "pada Senin pagi bersama Menteri PUPR Basuki Hadimuljono.")
PARA2 = ("Bendungan itu diharapkan mampu mengairi ribuan hektare sawah dan menyediakan air baku "
         "bagi warga di sekitar Subang dan Indramayu.")


def test_header_before_any_prose_only_removes_its_own_line():
    n = normalize(f"Berita Terkait\n\n{PARA}\n\n{PARA2}")
    assert n.text == f"{PARA}\n\n{PARA2}"
    assert [r.reason for r in n.removed] == ["related links"]


def test_header_takes_only_the_headline_shaped_lines_under_it():
    prose = ("Ini adalah paragraf panjang yang terlihat seperti prosa artikel dan memang "
             "ditulis sebagai bagian dari artikel.")
    n = normalize(f"{PARA}\n\nBerita Lainnya\n{prose}\nPolisi Tangkap Pencuri Motor")
    assert n.text == f"{PARA}\n\n{prose}\nPolisi Tangkap Pencuri Motor"
    n = normalize(f"{PARA}\nBerita Lainnya\nPolisi Tangkap Pencuri Motor di Pasar Minggu\n"
                  f"Harga Cabai di Surabaya Naik Lagi Pekan Ini\nKasus Serupa di Daerah Lain\n"
                  f"{PARA2}")
    # a short line under the list reads as the article's own subheading and stays
    assert n.text == f"{PARA}\n\nKasus Serupa di Daerah Lain\n{PARA2}"


def test_header_blank_then_one_subheading_keeps_it():
    sub = "Sikap Amerika Serikat terhadap Rusia Kini Berubah"
    n = normalize(f"{PARA}\n\nBaca Juga\n\n{sub}\n{PARA2}")
    assert sub in n.text
    two = f"{sub}\nHarga Beras di Pasar Induk Cipinang Mulai Stabil"
    n = normalize(f"{PARA}\n\nBaca Juga\n\n{two}\n\n{PARA2}")
    assert n.text == f"{PARA}\n\n{PARA2}"


def test_header_block_is_bounded():
    headlines = [f"Judul Berita Nomor {i} di Jakarta" for i in range(20)]
    n = normalize("\n".join([PARA, "Baca Juga", *headlines, PARA2]))
    kept = [h for h in headlines if h in n.text]
    assert len(kept) == 20 - chrome.MAX_BLOCK


def test_ads_remove_only_their_own_lines():
    n = normalize(f"{PARA}\nAdvertisement\nAdvertisement\n{PARA2}")
    assert n.text == f"{PARA}\n\n{PARA2}"
    n = normalize(f"{PARA}\n\n{PARA2}\nAdvertisement\n\nAdvertisement\n1. Harga cabai naik lagi")
    assert n.text == f"{PARA}\n\n{PARA2}\n\n1. Harga cabai naik lagi"


def test_inline_chrome_is_cut_as_a_span():
    n = normalize(f"{PARA} SCROLL TO CONTINUE WITH CONTENT {PARA2} (ams/ams)")
    assert n.text == f"{PARA}\n\n{PARA2}"
    assert [r.reason for r in n.removed] == ["advertisement", "outlet code"]
    n = normalize(f"{PARA} Baca juga: Jokowi Resmikan Tol Cisumdawu")
    assert n.text == PARA


def test_lines_that_only_look_like_chrome_are_kept():
    lines = [
        "Sumber, yang enggan disebutkan namanya, mengatakan rapat itu berlangsung tertutup "
        "selama tiga jam di kantor kementerian.",
        "Topik pembahasan rapat adalah rencana pembangunan ibu kota baru di Kalimantan Timur.",
        "Oleh karena itu, pemerintah meminta masyarakat tetap tenang dan tidak panik.",
        "Iklan rokok dilarang tayang di televisi sebelum pukul 21.30 WIB.",
        "Editor senior majalah itu, Bambang Harymurti, menyebut pers harus tetap independen.",
        "Menlu Rusia dan AS Bertemu Bahas Ukraina",
        "Halaman depan surat kabar itu memuat foto Presiden.",
        "Lihat juga bagaimana pemerintah daerah menangani sampah plastik di kota besar.",
        "Share saham pemerintah di perusahaan itu mencapai 51 persen.",
        "Komentar Presiden itu menuai kritik dari kelompok oposisi di parlemen.",
        "Ikuti kami ke Senayan, kata para buruh dalam orasi di depan gedung DPR.",
        "Jakarta - Bandung kini dapat ditempuh dalam waktu tiga jam.",
    ]
    text = "\n\n".join(lines)
    n = normalize(text)
    assert n.removed == ()
    assert n.text == text


def test_long_line_starting_with_baca_juga_keeps_its_text():
    long_line = "Baca juga: " + PARA + " " + PARA2 + " " + PARA
    n = normalize(long_line)
    assert n.text == f"{PARA} {PARA2} {PARA}"


def test_related_headlines_under_a_bare_header_go_with_it():
    n = normalize(f"{PARA}\n\nBaca Juga\nJokowi Resmikan Tol Cisumdawu di Sumedang Hari Ini\n"
                  f"Harga Beras di Pasar Induk Cipinang Mulai Stabil\n\n{PARA2}")
    assert n.text == f"{PARA}\n\n{PARA2}"


def test_arabic_verse_in_the_article_is_kept():
    arabic = "\u0628\u0650\u0633\u0652\u0645\u0650 \u0627\u0644\u0644\u0651\u064e\u0647\u0650"
    text = f"{PARA}\n{arabic}\n{PARA2}"
    assert normalize(text).text == text
    mixed = f"Ia membaca {arabic} sebelum memulai pidatonya di depan ribuan jamaah masjid."
    assert normalize(mixed).text == mixed


def test_verse_banner_takes_at_most_verse_translation_and_reference():
    arabic = "\u0628\u0650\u0633\u0652\u0645\u0650 \u0627\u0644\u0644\u0651\u064e\u0647\u0650"
    banner = f"Yuk Ngaji Hari Ini\n{arabic}\nDengan nama Allah.\n(QS. Al-Fatihah ayat 1)"
    n = normalize(f"{PARA}\n\n{banner}\n{PARA2}")
    assert n.text == f"{PARA}\n\n{PARA2}"
    # no verse right after the label: the label goes alone
    n = normalize(f"{PARA}\n\nYuk Ngaji Hari Ini\n{PARA2}")
    assert PARA2 in n.text



@pytest.mark.parametrize(
    ("para", "city", "outlet"),
    [
        ("REPUBLIKA.CO.ID, STOCKHOLM -- " + PARA, "STOCKHOLM", "REPUBLIKA.CO.ID"),
        ("Jakarta (ANTARA) - " + PARA, "Jakarta", "(ANTARA)"),
        ("JAKARTA, KOMPAS.com - " + PARA, "JAKARTA", "KOMPAS.com"),
        ("Jakarta, CNN Indonesia -- " + PARA, "Jakarta", "CNN Indonesia"),
        ("Liputan6.com, Jakarta - " + PARA, "Jakarta", "Liputan6.com"),
        ("TEMPO.CO, Jakarta - " + PARA, "Jakarta", "TEMPO.CO"),
        ("Jakarta - " + PARA, "Jakarta", None),
        ("KOMPAS.com - " + PARA, None, "KOMPAS.com"),
        ("Kuala Lumpur (ANTARA/Bernama) - " + PARA, "Kuala Lumpur", "(ANTARA/Bernama)"),
        ("Jakarta \u2014 " + PARA, "Jakarta", None),
        (PARA, None, None),
        ("Rusia - Ukraina Memanas", None, None),
    ],
)
def test_datelines(para, city, outlet):
    n = normalize(f"Judul Berita Hari Ini\n\n{para}")
    assert [n.text[s:e] for s, e in n.datelines] == ([city] if city else [])
    assert [n.text[s:e] for s, e in n.suppressed] == ([outlet] if outlet else [])


# -- properties --------------------------------------------------------------------------------

FRAGMENTS = [
    "Jakarta", "Joko Widodo", " ", "  ", "\n", "\n\n", "\r\n", "\t", ".", ",", "-", "--",
    "\u00a0", "\u200b", "\u00ad", "\ufeff", "\u201c", "\u201d", "\u2019", "\u2014", "\u2026",
    "e\u0301", "a\u0308", "\u0301", "\u00c3\u00a9", "\u00e2\u20ac\u0153", "\u00e2\u20ac",
    "\ud800", "\udfff", "\ud83d\ude00", "\U0001f1ee\U0001f1e9", "\u0628\u0650\u0633\u0652\u0645",
    "\x00", "\x1b", "\x85", "&amp;", "&#8220;", "Baca juga: Judul", "Advertisement",
    "SCROLL TO CONTINUE WITH CONTENT", "(ams/ams)", "Berita Lainnya", "Foto: AP/Nama",
    "JAKARTA, KOMPAS.com - ", "Jakarta (ANTARA) - ", "Sumber: Reuters", "\u1100\u1161",
    "\ufb2c", "\u0344", "\u212b",
]
#: Characters mojibake is made of, to stress the repair's offset bookkeeping.
MOJIBAKE_ALPHABET = list("\u00c3\u00c2\u00e2\u20ac\u0153\u009d\u0080\u0081\u00a9\u00a4\u0160"
                         "\u0161\u0153\u0178\u00aa\u00b5\u00ba\u00e9\u00a0\u201c\u00c5a \u0301")
texts = st.one_of(
    st.text(st.characters(blacklist_categories=()), max_size=60),
    st.text(st.sampled_from(MOJIBAKE_ALPHABET), max_size=24),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=30).map(
        "".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.booleans())
def test_property_offsets_stay_inside_and_letters_round_trip(text, remove_chrome):
    n = normalize(text, remove_chrome=remove_chrome)
    assert n.original == text
    check_offsets(n)
    for r in n.removed:
        assert 0 <= r.start < r.end <= len(text)
    for s, e in n.datelines + n.suppressed:
        assert 0 <= s < e <= len(n.text)
    for s, e in letter_runs(n.text):
        for a, b in {(s, e), (s, s + 1), (e - 1, e)}:
            o0, o1 = n.to_original(a, b)
            assert 0 <= o0 < o1 <= len(text)
            again = normalize(text[o0:o1], remove_chrome=False).text
            assert again == n.text[a:b], (text[o0:o1], n.text[a:b])


@settings(max_examples=200, deadline=None)
@given(texts, st.data())
def test_property_any_span_maps_inside(text, data):
    n = normalize(text)
    if not n.text:
        return
    a = data.draw(st.integers(0, len(n.text)))
    b = data.draw(st.integers(a, len(n.text)))
    s, e = n.to_original(a, b)
    assert 0 <= s <= e <= len(text)
    if a < b:
        assert s < e


# --- article text that looks like chrome: each line is decided on its own evidence ----------

HEADLINE_12 = ("Gubernur Jawa Barat Ridwan Kamil Tinjau Banjir Bandang di Garut Bersama "
               "Kapolda Selasa")


@pytest.mark.parametrize("article", [
    # what follows these labels is a clause, not a closed form
    "Hak cipta atas lagu itu, kata dia, sudah lama dipegang oleh keluarga almarhum di Bandung.",
    "Wartawan: sejumlah wartawan yang meliput di lokasi mengaku dihalangi petugas keamanan.",
    "Reuters/Ipsos dalam survei terbarunya menyebut bahwa dukungan publik terus menurun.",
    "Unduh aplikasi itu, menurut Kominfo, kini wajib bagi warga yang ingin mendaftar bantuan.",
    "Senin (4/3/2024) lalu, polisi menangkap dua tersangka di sebuah rumah di Depok.",
    "Sumber: pejabat yang enggan disebut namanya mengatakan rapat itu berlangsung tertutup.",
])
def test_prose_that_starts_like_a_label_is_kept_anywhere(article):
    for text in (f"{article}\n{PARA}", f"{PARA}\n{article}\n{PARA2}", f"{PARA}\n{article}"):
        assert normalize(text).text == text


def test_long_headline_then_comment_counter_keeps_the_article():
    n = normalize(f"{HEADLINE_12}\n12 Komentar\n{PARA}\n{PARA2}")
    assert n.text == f"{HEADLINE_12}\n\n{PARA}\n{PARA2}"


@pytest.mark.parametrize("middle", [
    "Tonton video berikut",  # a video widget label in the middle of the article
    "ADVERTISEMENT",
    "Berita Terkait",
])
def test_widget_labels_mid_article_take_no_article_text(middle):
    items = ["1. Warga diminta menjauhi bantaran sungai.", "2. Sekolah diliburkan dua hari."]
    sub = "Kasus Terkait di Daerah Lain"
    text = "\n".join([PARA, middle, *items, sub, PARA2])
    n = normalize(text)
    for line in (*items, sub, PARA, PARA2):
        assert line in n.text


def test_table_rows_and_codes_inside_the_body_are_kept():
    rows = ["Tim | Ketua | Kode", "Tim Kerja (TK/03) | Budi Santoso | (tk/03)", "(ant/bud)"]
    text = "\n".join([PARA, *rows, PARA2])
    assert normalize(text).text == text


def test_edge_forms_go_at_the_edges_and_stay_in_the_body():
    date = "Senin, 4 Maret 2024"
    source = "Sumber: BPS"
    n = normalize("\n".join([date, PARA, date, PARA2, source, "(ant/bud)"]))
    assert n.text == f"{PARA}\n{date}\n{PARA2}"
    n = normalize("\n".join([PARA, source, PARA2]))
    assert source in n.text


@pytest.mark.parametrize(("end", "cut"), [
    (" (gal/c7/ilm)", "(gal/c7/ilm)"),  # codes with figures, three parts, capitals
    (" (fre/din/JPG)", "(fre/din/JPG)"),
    (" (Ant)", "(Ant)"),
    (" (ADN)", "(ADN)"),
    (" (Lugas Subarkah)", "(Lugas Subarkah)"),  # the reporter's name after the last sentence
    (" (Dok. PSSI)", "(Dok. PSSI)"),
    (" Foto: Ricardo/JPNN.com", "Foto: Ricardo/JPNN.com"),
    (" Photo : VIVA/Yudha Pratama", "Photo : VIVA/Yudha Pratama"),
    (" Foto/dok.SINDOnews", "Foto/dok.SINDOnews"),
    (" (YOGI ISTI PAMBUDI/RADAR JOGJA)", "(YOGI ISTI PAMBUDI/RADAR JOGJA)"),
])
def test_signoffs_and_credits_after_the_last_sentence_are_cut(end, cut):
    n = normalize(PARA + end)
    assert n.text == PARA
    assert [(PARA + end)[r.start:r.end] for r in n.removed] == [cut]


@pytest.mark.parametrize("line", [
    "Tim Kerja (TK/03)",  # a table cell: no sentence before the code
    "Warga berkumpul pada Rabu (2/10).",  # a date, not a code
    "Ia menambahkan bahwa laporan itu diserahkan ke Bank Indonesia (BI)",
])
def test_brackets_inside_or_without_a_sentence_before_them_stay(line):
    assert normalize(line).text == line


def test_a_titled_list_of_links_at_the_page_end_goes():
    links = ["Erick Thohir Rombak Direksi Garuda Indonesia dan Pelita Air",
             "Saham BBRI Menguat Setelah Sunarso Umumkan Dividen Jumbo"]
    for title in ("Kontan Terpopuler", "Pilihan Kami Hari Ini"):
        n = normalize("\n".join([PARA, PARA2, "", title, *links]))
        assert n.text.strip() == f"{PARA}\n{PARA2}"
    # inside the body, or under a colon (an article's own list), or one line only: kept
    for text in ("\n".join([PARA, "Pilihan Kami Hari Ini", *links, PARA2]),
                 "\n".join([PARA, PARA2, "Daftar tersangka:", *links]),
                 "\n".join([PARA, PARA2, "Pilihan Kami Hari Ini", links[0]])):
        assert normalize(text).text == text


def test_names_only_byline_goes_above_the_first_paragraph_only():
    title = "Dewan Pers Minta Platform Digital Bagi Hasil Iklan dengan Media"
    names = "Dwi Ardiansyah | Rendy Saputra"
    n = normalize("\n".join([title, names, PARA, PARA2]))
    assert names not in n.text and title in n.text
    text = "\n".join([PARA, PARA2, "Capres | Cawapres", "Anies Baswedan | Muhaimin Iskandar"])
    assert normalize(text).text == text  # a table at the end of the article


def test_an_info_box_at_the_end_is_not_a_list_of_links():
    box = ["Profil", "Nama: Dian Puspitasari", "Lahir: Bandung, 12 Mei 1979",
           "Pendidikan: S-1 Meteorologi Institut Teknologi Bandung; S-3 Universitas Kyoto, Jepang",
           "Jabatan: Peneliti Ahli Utama di Badan Riset dan Inovasi Nasional"]
    text = "\n".join([PARA, PARA2, *box])
    assert normalize(text).text == text


@pytest.mark.parametrize("line", [
    "1. Unduh aplikasi Sakpole di Play Store atau App Store.",  # a step of the article's list
    "Unduh aplikasi Travoy milik Jasa Marga sebelum berangkat juga disarankan polisi agar "
    "pemudik dapat memantau kepadatan di ruas tol dan antrean di rest area secara langsung.",
])
def test_app_sentences_in_the_article_are_kept(line):
    text = "\n".join([PARA, line, PARA2, line])
    assert normalize(text).text == text


@pytest.mark.parametrize("line", [
    "Font: A- A+", "Putar ulang  |  Bagikan video", "01:42 | Putar video", "Halaman 1/2",
    "Tautan: https://bangka.tribunnews.com/2024/12/24/vonis",
    "Download NU Online Super App, aplikasi keislaman terlengkap!",
    "Dengarkan artikel ini ▶ 04:12",
])
def test_player_font_pagination_link_and_app_widgets_go_anywhere(line):
    assert normalize(f"{PARA}\n{line}\n{PARA2}").text == f"{PARA}\n\n{PARA2}"


@pytest.mark.parametrize("line", [
    "Belum ada komentar. Jadilah yang pertama berkomentar!", "Masuk untuk berkomentar",
    "(Laporan ini akan terus diperbarui)",
])
def test_comment_prompts_and_update_notes_go_at_the_edges(line):
    assert normalize(f"{PARA}\n{PARA2}\n{line}").text.strip() == f"{PARA}\n{PARA2}"
    assert line in normalize(f"{PARA}\n{line}\n{PARA2}").text


def test_a_short_sentence_under_the_article_does_not_extend_its_body():
    tail = ["Tag: singkong, tapioka, petani Lampung", "Komentar",
            "Belum ada komentar. Jadilah yang pertama berkomentar!"]
    assert normalize("\n".join([PARA, PARA2, *tail])).text.strip() == f"{PARA}\n{PARA2}"
    title = ("Terjerat Utang di 14 Aplikasi Pinjol Ilegal, Guru Honorer di Pringsewu Diteror "
             "Penagih hingga Foto Wajahnya Disebar ke Grup Sekolah")  # 20 words: a title
    n = normalize("\n".join([title, "Penulis: Putri Anggraini | Editor: Sri Agustina", PARA]))
    assert n.text.split("\n")[0] == title and "Penulis" not in n.text


@pytest.mark.parametrize("line", [
    "⏱ 4 menit baca", "Baca dalam 3 menit", "Sumber:", "Tribunnews.com © 2024 | Tribun Network",
    "Jambi Independent © 2024 | Disway Network",
])
def test_read_times_bare_labels_and_copyright_footers_go_at_the_edges(line):
    assert normalize(f"{PARA}\n{PARA2}\n{line}").text.strip() == f"{PARA}\n{PARA2}"
    assert line in normalize(f"{PARA}\n{line}\n{PARA2}").text


@pytest.mark.parametrize(("end", "cut"), [
    (" (GenPI.co/far)", "(GenPI.co/far)"), (" (tribunjogja.com)", "(tribunjogja.com)"),
    (" Dok. Basarnas Banten", "Dok. Basarnas Banten"),
])
def test_outlet_signoffs_and_dok_credits_are_cut(end, cut):
    n = normalize(PARA + end)
    assert [(PARA + end)[r.start:r.end] for r in n.removed] == [cut]


def test_copyright_inside_prose_is_kept():
    line = "Hak cipta © foto itu milik warga yang mengunggahnya dan kini dipersoalkan."
    text = f"{PARA}\n{PARA2}\n{line}"
    assert normalize(text).text == text


def test_topics_one_per_line_under_a_topic_prompt_go_with_it():
    topics = ["Pilpres AS 2024", "Donald Trump", "Kamala Harris", "CSIS"]
    text = "\n".join([PARA, PARA2, "Simak berita lainnya seputar topik artikel ini, di sini:",
                      *topics])
    assert normalize(text).text.strip() == f"{PARA}\n{PARA2}"


@pytest.mark.parametrize("line", [
    "Dwi Rachmawati - Bisnis.com", "Silakan login untuk berkomentar",
])
def test_name_dash_outlet_bylines_and_login_prompts_go_at_the_edges(line):
    assert normalize(f"{PARA}\n{PARA2}\n{line}").text.strip() == f"{PARA}\n{PARA2}"


def test_network_and_group_labels_go_at_the_edges():
    line = "Tribun Network: Tribunnews.com | Tribun-Timur.com | TribunMakassar"
    assert normalize(f"{PARA}\n{PARA2}\n{line}").text.strip() == f"{PARA}\n{PARA2}"
    prose = "Lippo Group akan membangun rumah sakit di Medan."
    assert prose in normalize(f"{PARA}\n{PARA2}\n{prose}").text


def test_a_question_title_in_sentence_case_does_not_end_the_head():
    title = "Kamala Harris kantongi dukungan untuk gantikan Biden - Apa artinya bagi Indonesia?"
    n = normalize("\n".join([title, "Penulis, Nadia Kusumawardani", "23 Juli 2024", PARA, PARA2]))
    assert "Nadia" not in n.text and "23 Juli" not in n.text and title in n.text


def test_story_headers_and_first_to_know_prompts_go():
    links = ["Donald Trump Selamat dari Upaya Pembunuhan di Pennsylvania",
             "Joe Biden Mundur dari Pencalonan Presiden Amerika Serikat"]
    prompt = ("Jadilah yang pertama mendapatkan berita, investigasi dan liputan mendalam dari "
              "BBC News Indonesia, langsung di WhatsApp Anda.")
    n = normalize("\n".join([PARA, prompt, "Cerita terkait", *links, PARA2]))
    assert n.text.split() == f"{PARA}\n{PARA2}".split()


def test_a_header_in_a_menu_does_not_take_the_title_across_a_breadcrumb():
    title = ("Pemprov Lampung Daftarkan 25 Motif Tapis ke DJKI, Perajin di Pesisir Barat "
             "Berharap Tak Lagi Dijiplak Pengusaha Luar")
    page = ["Home", "Bisnis", "Sport", "Video", "Home » Lampung » Pesisir Barat", title,
            "12 Komentar", PARA, PARA2]
    assert title in normalize("\n".join(page)).text


# -- widgets with icons, players, the page's own outlet, kickers, bylines, tag lists ----------

TITLE = "Presiden Resmikan Bendungan Sadawarna untuk Mengairi Sawah di Subang dan Indramayu"


@pytest.mark.parametrize("line", [
    "☰ Menu", "💬 12 Komentar", "« Sebelumnya | Selanjutnya »", "👁 8.912 views", "▶ 02:14",
    "🔗 Bagikan", "💬 5   |   ↗ Bagikan",
])
def test_widgets_with_icons_go_at_the_edges(line):
    assert normalize(f"{PARA}\n{PARA2}\n{line}").text.strip() == f"{PARA}\n{PARA2}"


def test_a_video_teaser_goes_but_a_table_row_with_a_time_stays():
    teaser = "Detik-detik Kapal Peti Kemas Raksasa Memasuki Alur Batuampar | 02:47"
    assert normalize(f"{PARA}\n{teaser}\n{PARA2}").text == f"{PARA}\n\n{PARA2}"
    rows = ["Acara | Pukul", "Upacara pembukaan di lapangan kantor bupati Subang | 08:00",
            "Ramah tamah bersama warga | 10:30"]
    text = "\n".join([PARA, *rows, PARA2])
    assert normalize(text).text == text


def test_the_pages_own_outlet_goes_at_the_edges_only_beside_a_slogan():
    lead = "GORONTALO, gorontalopost.id - " + PARA
    page = ["Gorontalo Post - Jernih Melihat, Cerdas Memberitakan", TITLE, lead, PARA2,
            "Punya cerita serupa? Kirim ke redaksi@gorontalopost.id",
            "Gorontalo Post - Jernih Melihat, Cerdas Memberitakan"]
    assert normalize("\n".join(page)).text.split() == f"{TITLE}\n{lead}\n{PARA2}".split()
    # a title about the outlet, and a dateline on its own line, stay
    kept = ["Gorontalo Post Raih Penghargaan Dewan Pers", "GORONTALO, gorontalopost.id -",
            lead, PARA2]
    assert normalize("\n".join(kept)).text == "\n".join(kept)


def test_kickers_above_the_title_go_when_chrome_stands_above_them():
    page = ["Home > Regional > Jawa Barat", "RAMADAN 1445 H", "Makassar | Hukum & Kriminal",
            TITLE, "Senin, 4 Maret 2024 10:15 WIB", PARA, PARA2]
    assert normalize("\n".join(page)).text.split() == f"{TITLE}\n{PARA}\n{PARA2}".split()
    # a pasted article: a short title over a subtitle, nothing above them
    text = "\n".join(["Bendungan Sadawarna Diresmikan", TITLE, PARA, PARA2])
    assert normalize(text).text == text
    # a short title in two parts under chrome is a title, not a kicker
    short = "Malam Tumbilotohe, Gorontalo Bermandikan Cahaya"
    n = normalize("\n".join(["Beranda | Daerah | Budaya", "TRADISI RAMADAN", short, TITLE, PARA]))
    assert short in n.text and "TRADISI" not in n.text


def test_a_title_printed_twice_in_the_head_keeps_its_copy_nearest_the_article():
    page = ["Home / News / Daerah", TITLE, "Daerah", TITLE, "Reporter: Antonio", PARA, PARA2]
    assert normalize("\n".join(page)).text.split() == f"{TITLE}\n{PARA}\n{PARA2}".split()


def test_a_bare_name_over_the_timestamp_is_a_byline_but_a_dateline_stays():
    page = ["Home > Nasional", TITLE, "Dimas Adi Nugroho", "Selasa, 02 April 2024 - 10:15 WIB",
            PARA, PARA2]
    assert normalize("\n".join(page)).text.split() == f"{TITLE}\n{PARA}\n{PARA2}".split()
    text = "\n".join(["Home > Nasional", TITLE, "Kuala Lumpur", PARA, PARA2])
    assert "Kuala Lumpur" in normalize(text).text


def test_topics_without_a_label_after_the_signoff_go_but_a_listed_tail_stays():
    tail = ["(aid/rrd)", "Sri Mulyani", "APBN", "Defisit APBN", "Kemenkeu", "Berita Terkait"]
    assert normalize("\n".join([PARA, PARA2, *tail])).text.strip() == f"{PARA}\n{PARA2}"
    text = "\n".join([PARA, PARA2, "Lokasi razia pekan ini:", "Jakarta Pusat", "Jakarta Barat",
                      "Jakarta Timur"])
    assert normalize(text).text == text


def test_a_header_at_the_end_takes_a_single_headline_and_questions():
    for links in (["", "Jalur Kaliurang Ditutup Sementara, BPBD Sleman Pasang Rambu Waspada"],
                  ["Siapa J.D. Vance, calon wakil presiden pilihan Donald Trump?",
                   "Mengapa Tesla belum juga berinvestasi di Indonesia?"]):
        n = normalize("\n".join([PARA, PARA2, "Cerita terkait", *links]))
        assert n.text.strip() == f"{PARA}\n{PARA2}"


@pytest.mark.parametrize(("end", "cut"), [
    (" (MANGGALA AGNI DAOPS DUMAI FOR RIAU POS)", "(MANGGALA AGNI DAOPS DUMAI FOR RIAU POS)"),
    (" tvOnenews/Annisa Rahmawati", "tvOnenews/Annisa Rahmawati"),
    (" (cr5/tribun-medan.com)", "(cr5/tribun-medan.com)"), (" (Shutterstock)", "(Shutterstock)"),
    (" Foto: Dok. Satlantas Polres Bogor", "Foto: Dok. Satlantas Polres Bogor"),
])
def test_more_credit_forms_after_the_last_sentence_are_cut(end, cut):
    n = normalize(PARA + end)
    assert [(PARA + end)[r.start:r.end] for r in n.removed] == [cut]


@pytest.mark.parametrize("line", [
    "Artikel Selanjutnya: Wagub Bali Made Swastika Ajak Wisatawan Hormati Nyepi",
    "BREAKING: PSSI Tunjuk Hendra Wijaya Jadi Direktur Teknik Baru",
    "GALERI FOTO: Genangan di Darmo dan Wonokromo, Warga Dorong Motor Mogok (10 foto)",
    "▶ Musisi Kafe di Malang Curhat soal Royalti: Kami Juga Pencipta Lagu (03:05)",
    "Bagikan   f   X   in   WA   |   12 Komentar", "Oleh Maria Goretti Lumbantobing",
])
def test_teasers_share_bars_and_bylines_go_anywhere(line):
    assert normalize(f"{PARA}\n{line}\n{PARA2}").text == f"{PARA}\n\n{PARA2}"


def test_the_outlets_name_with_one_word_goes_anywhere_but_an_interview_label_stays():
    lead = "MALANG, ngopibareng.id - " + PARA
    n = normalize("\n".join([TITLE, lead, "VIDEO NGOPIBARENG", PARA2, PARA]))
    assert "NGOPIBARENG" not in n.text
    text = "\n".join([TITLE, lead, "Ngopibareng:", PARA2, PARA])
    assert normalize(text).text == text


def test_a_comment_thread_goes_when_it_shows_it_is_one():
    thread = ["KOMENTAR", "Ahmad Fauzi - Semoga jangan cuma hangat-hangat tahi ayam seperti dulu.",
              "Siti Aisyah - Mantap pak wali, anak saya bisa sekolah naik bus air.",
              "Tulis komentar Anda..."]
    n = normalize("\n".join([TITLE, PARA, PARA2, *thread]))
    assert n.text.split() == f"{TITLE}\n{PARA}\n{PARA2}".split()
    counted = ["Komentar (2)", "Ach. Fauzan: Luar biasa kiai. Semoga jadi contoh pesantren lain.",
               "Nur Laili: Garamnya bisa dibeli online di mana?", "Tentang Kami | Redaksi | Kontak"]
    n = normalize("\n".join([TITLE, PARA, PARA2, *counted]))
    assert n.text.split() == f"{TITLE}\n{PARA}\n{PARA2}".split()


def test_an_interview_under_a_comment_counter_stays():
    qa = ["8 Komentar", "Tanya: Kapan dana untuk pembangunan jalan itu dicairkan?",
          "Jawab: Bulan depan, setelah semua dokumen kami periksa di kantor dinas."]
    text = "\n".join([TITLE, *qa, PARA, PARA2])
    assert all(line in normalize(text).text for line in qa[1:])


def test_a_tight_block_of_links_ends_at_a_blank_line():
    block = ["BERITA TERKAIT", "Satgas Karhutla Riau Kerahkan Dua Helikopter ke Rokan Hilir",
             "Gubernur Riau Tetapkan Status Siaga Darurat Kebakaran Hutan dan Lahan"]
    sub = "Kilas Balik: Kasus Serupa di Pelalawan Tahun Lalu"
    n = normalize("\n\n".join([PARA, "\n".join(block), sub, PARA2]))
    assert sub in n.text and "Satgas" not in n.text


def test_a_caption_above_the_lead_does_not_start_the_body():
    caption = ("Peserta uji kompetensi wartawan mengikuti simulasi wawancara di Manado, Selasa "
               "(19/5/2026). (FOTO: Rikson Karundeng/Manado Post)")
    page = [TITLE, caption, "Penulis: Rikson Karundeng", PARA, PARA2]
    assert "Penulis" not in normalize("\n".join(page)).text


def test_the_name_beside_the_copyright_sign_is_the_outlet():
    page = ["KABAR MADURA - Suara Pulau Garam", TITLE, PARA, PARA2,
            "Hak Cipta © 2026 Kabar Madura"]
    assert normalize("\n".join(page)).text.split() == f"{TITLE}\n{PARA}\n{PARA2}".split()


def test_credits_under_the_lead_go_but_a_dated_subheading_there_stays():
    page = [TITLE, PARA, "Penulis: Rikson Karundeng", "Editor: Tommy Waworundeng", PARA2, PARA]
    n = normalize("\n".join(page))
    assert "Penulis" not in n.text and "Editor" not in n.text
    text = "\n".join([TITLE, PARA, "Senin, 4 Maret 2024", PARA2, PARA])
    assert "Senin, 4 Maret 2024" in normalize(text).text


def test_a_ticker_goes_at_the_edges_but_a_price_table_stays():
    ticker = "Emas Antam Rp1.712.000/gr ▲ | USD/IDR 16.385 ▼ | Beras Medium Rp13.200/kg ▬"
    site = "Radar Cirebon | Berita Cirebon Hari Ini"
    assert ticker not in normalize("\n".join([site, ticker, TITLE, PARA, PARA2])).text
    table = ["Komoditas | Harga | Perubahan", "Cabai rawit | Rp48.000/kg | ▲",
             "Beras medium | Rp13.200/kg | ▼", "Emas Antam | Rp1.712.000/gr | ▲"]
    text = "\n".join([PARA, PARA2, *table])
    assert normalize(text).text == text


def test_a_menu_in_single_spaces_is_not_taken_for_the_title():
    menu = "News Bandung Raya Jabar Ekbis Hiburan Sport Opini Video"
    n = normalize("\n".join(["JABAR EKSPRES", menu, "RAMADAN 1445 H", TITLE, PARA, PARA2]))
    assert menu not in n.text and "RAMADAN" not in n.text and TITLE in n.text


def test_bulleted_links_in_title_case_go_under_a_header_but_an_article_list_stays():
    links = ["• DPRD Tangsel Panggil DLH Soal Longsor Sampah Cipeucang",
             "• Pemkot Tangsel Jajaki Kerja Sama Pengolahan Sampah dengan Kabupaten Serang"]
    n = normalize("\n".join([PARA, "Berita Terkait", *links, PARA2]))
    assert n.text.split() == f"{PARA}\n{PARA2}".split()
    items = ["• rest area darurat di jalur arteri dengan fasilitas toilet dan musala",
             "• layanan kesehatan gratis bersama dinas kesehatan di setiap pos"]
    text = "\n".join([PARA, "Berita Terkait", *items, PARA2])
    assert all(item in normalize(text).text for item in items)


def test_comments_under_their_authors_go_with_the_thread():
    thread = ["💬 3 Komentar", "Rina Marlina · 2 jam lalu",
              "Semoga cepat ditangani, kasihan mama-mama di Hamadi.", "Balas · Suka (4)",
              "Rudy H, Serpong: Kenapa Kecamatan Ciputat Timur tidak ada di daftar?"]
    n = normalize("\n".join([TITLE, PARA, PARA2, *thread]))
    assert n.text.split() == f"{TITLE}\n{PARA}\n{PARA2}".split()


def test_a_thread_of_authors_texts_and_reply_buttons_goes():
    thread = ["Komentar (7)", "Ongen Pattikawa",
              "Semoga jangan telat lagi kaya bulan lalu, tunggu di pelabuhan sampe subuh.",
              "Balas", "bang_jali", "Usut tuntas pak polisi, tangkap yang ngaku-ngaku.",
              "12 jam lalu | Balas | 6 ❤", "Tinggalkan Balasan",
              "Alamat email Anda tidak akan dipublikasikan."]
    n = normalize("\n".join([TITLE, PARA, PARA2, *thread]))
    assert n.text.split() == f"{TITLE}\n{PARA}\n{PARA2}".split()
    # names and their words under a counter, nothing that shows a thread: an interview stays
    qa = ["3 Komentar", "Budi Santoso", "Kami sudah memetakan titik rawan kemacetan di jalur ini."]
    text = "\n".join([TITLE, *qa, PARA, PARA2])
    assert all(line in normalize(text).text for line in qa[1:])


def test_the_sites_slogan_above_the_title_goes():
    page = ["RAKYAT BENGKULU", "Koran Terbesar di Bumi Rafflesia", TITLE, PARA, PARA2,
            "Lampung Geh © 2025 - Kabar Lampung yang Asyik"]
    assert normalize("\n".join(page)).text.split() == f"{TITLE}\n{PARA}\n{PARA2}".split()


def test_a_date_alone_over_the_lead_is_a_subheading_but_a_credit_run_under_it_goes():
    page = ["Halaman 2 dari 2", "Senin, 3 Maret 2025", PARA, PARA2]
    assert "Senin, 3 Maret 2025" in normalize("\n".join(page)).text
    page = [TITLE, PARA, "Minggu, 27 Oktober 2024 21:48 WIT",
            "Penulis: Marthen Wanimbo | Editor: Frans Kobak", PARA2, PARA]
    n = normalize("\n".join(page))
    assert "Marthen" not in n.text and "21:48" not in n.text


def test_a_weekly_most_read_list_goes_at_the_end():
    ranked = ["POPULER MINGGU INI",
              "1. Kapolda Maluku Pimpin Sertijab Tiga Kapolres di Pulau Seram",
              "2. Jadwal Kapal Cepat Ambon-Masohi Selama Libur Panjang Akhir Tahun"]
    n = normalize("\n".join([PARA, PARA2, *ranked]))
    assert n.text.strip() == f"{PARA}\n{PARA2}"


def test_a_place_after_a_quoted_title_and_a_table_of_units_keep_their_brackets():
    items = ['1. Fikri Ramadhan - "Pulang Sebelum Subuh" (Pantai Manggar)',
             '2. Yohanes Lado - "Tawar-Menawar Pagi" (Pasar Klandasan)',
             '3. "Syair Pelayaran" (Wakatobi)']
    units = "Kabupaten/Kota\tLuas panen\tProduktivitas\n\t(ha)\t(ton/ha)\t(rp/kg)"
    for text in ("\n".join([PARA, *items, PARA2]), "\n".join([PARA, units, PARA2])):
        assert not normalize(text).removed


@pytest.mark.parametrize("line", [
    "ADVERTORIAL · Villa Senggigi Asri: Diskon 30% Menginap Akhir Pekan, Pesan Sekarang!",
    "Bank Jateng Cabang Tegal: Kredit Mitra Jateng untuk UMKM, Proses Cepat - Ajukan Sekarang!",
    "Anda berada di: Beranda > Ekonomi > Perkebunan", "🔗 Bagikan | 🖨 Cetak | ✉ Kirim ke teman",
])
def test_advertorials_breadcrumbs_and_print_buttons_go_anywhere(line):
    assert normalize(f"{PARA}\n{line}\n{PARA2}").text == f"{PARA}\n\n{PARA2}"


def test_a_slogan_line_is_no_headline_for_the_kicker_under_it():
    page = ["SUMBAR TODAY - Berita Ranah Minang Hari Ini", "Padang | Bukittinggi | Solok | Kuliner",
            "KULINER · FESTIVAL", "Payakumbuh Pecahkan Rekor Masak Rendang Serentak",
            "PAYAKUMBUH, sumbartoday.com - " + PARA, PARA2]
    n = normalize("\n".join(page))
    assert "KULINER" not in n.text and "SUMBAR TODAY" not in n.text
    assert "Payakumbuh Pecahkan" in n.text


@pytest.mark.parametrize("line", [
    "Baca selanjutnya di halaman 2: Joki dan Jawi dari Sungai Tarab »",
    "Iklan - Bank Kalteng: Tabungan Petani Sawit, Setoran Ringan. Kunjungi kantor cabang terdekat!",
    "Video · 01:24 · Singgalang TV",
])
def test_next_page_links_ads_and_video_bars_go_anywhere(line):
    assert normalize(f"{PARA}\n{line}\n{PARA2}").text == f"{PARA}\n\n{PARA2}"


def test_a_byline_with_its_date_under_a_comment_counter_is_no_thread():
    page = ["Home  News  Politik", TITLE, "12 Komentar",
            "Fachri Audhia Hafiez • 06 Maret 2024 13:42",
            "Jakarta: Komisi Pemilihan Umum memastikan rekapitulasi suara rampung sebelum tenggat "
            "yang ditetapkan undang-undang, kata dia.", PARA2]
    assert "Jakarta: Komisi" in normalize("\n".join(page)).text


def test_a_title_with_one_section_word_is_no_menu():
    title = "Potret Nelayan Manggar Juarai Lomba Foto HUT Kota Balikpapan"
    page = ["BALIKPAPAN POS", "Beranda | Balikpapan | Kaltim", title, PARA, PARA2]
    assert title in normalize("\n".join(page)).text


def test_a_syndication_line_under_a_list_goes_but_a_lists_source_stays():
    items = ["1. Nabila Azzahra - SMAN 8 Pekanbaru (Pekanbaru)",
             "2. Fadhil Akbar - SMAN 1 Bengkalis (Bengkalis)"]
    line = 'Artikel ini telah tayang di RiauKini.com dengan judul "Gurindam Sungai Siak"'
    n = normalize("\n".join([TITLE, PARA, PARA2, *items, line]))
    assert "RiauKini" not in n.text and all(item in n.text for item in items)
    text = "\n".join([TITLE, PARA, *items, "Sumber: Dinas Pendidikan Riau", PARA2])
    assert "Sumber: Dinas Pendidikan Riau" in normalize(text).text


def test_a_thread_with_dated_authors_goes():
    thread = ["💬 Komentar (2)", "Zahrul Fuadi - 15 Juni 2025, 11:20",
              "Alhamdulillah. Semoga naskah di dayah-dayah di Pidie juga ikut didata.", "Balas",
              "Redaksi Rakyat Aceh - 15 Juni 2025, 12:30",
              "@Cut Rina silakan hubungi Museum Aceh di jam kerja.", "Balas"]
    n = normalize("\n".join([TITLE, PARA, PARA2, *thread]))
    assert n.text.split() == f"{TITLE}\n{PARA}\n{PARA2}".split()


@pytest.mark.parametrize("line", [
    "Sabtu, 8 Februari 2025 | 9 Syakban 1446 H", "Rabu, 26 Juni 2024 • 14:20 WITA • 💬 34",
    "Bagikan: [f] [X] [in] [WA]", "☰ MENU   🔍 Cari berita Pangkalpinang, Bangka, Belitung",
    "Metropolis / Kota Bekasi / Bencana",
    "🌫 ISPU Pekanbaru 168 (Tidak Sehat) · Dumai 142 · Siak 131 · Jarak pandang 1.200 m",
])
def test_dates_counters_share_bars_search_boxes_and_readings_go_in_the_head(line):
    n = normalize("\n".join(["RADAR BEKASI", line, TITLE, PARA, PARA2]))
    assert n.text.split() == f"{TITLE}\n{PARA}\n{PARA2}".split()


def test_a_table_row_of_figures_alone_is_no_ticker():
    row = "1 | Persib Bandung | 8 | 18"
    assert row in normalize("\n".join(["#Liga1 #Persib", row, "Show All"])).text


@pytest.mark.parametrize("lines", [
    ["▶ VIDEO PILIHAN", "Tgk Muhammad Yusuf: Berita Bohong Sama dengan Fitnah | Rakyat Aceh TV"],
    ["▶ VIDEO | Detik-detik Tanggul Kali Bekasi Jebol", "02:47 · Radar TV"],
    ["- IKLAN -"],
    ["Iklan", "Rumah Subsidi di Lubuk Buaya, DP 0 Persen. Hubungi PT Griya Lestari Padang"],
    ["ADVERTISEMENT", "Promo Akhir Bulan Grand Metropolitan Mall Bekasi - Diskon hingga 70%"],
    ["🔔 Aktifkan notifikasi agar tidak ketinggalan berita dari Rakyat Aceh"],
])
def test_video_teasers_ads_and_prompts_go_inside_the_body(lines):
    n = normalize("\n".join([TITLE, PARA, *lines, PARA2]))
    assert n.text.split() == f"{TITLE}\n{PARA}\n{PARA2}".split()


def test_a_sentence_under_an_ad_marker_stays():
    line = "Pemerintah memberikan diskon tarif listrik 50 persen untuk pelanggan kecil."
    assert line in normalize("\n".join([TITLE, PARA, "Iklan", line, PARA2])).text


def test_an_office_address_goes_at_the_end_but_a_sentence_with_one_stays():
    address = "Gedung Graha Pena Bekasi, Jl. Ir. H. Juanda No. 12, Bekasi Timur"
    assert address not in normalize("\n".join([TITLE, PARA, PARA2, address])).text
    line = "Posko berada di Jl. Veteran No. 8 dan dibuka untuk warga yang mengungsi."
    assert line in normalize("\n".join([TITLE, PARA, PARA2, line])).text


def test_a_masthead_slogan_goes_but_a_title_above_the_menu_stays():
    page = ["KENDARIPOS.CO.ID", "Terbit Pagi, Terpercaya Setiap Hari",
            "Metro Kendari | Sultra | Politik | Hukum | Ekonomi", TITLE, PARA, PARA2]
    assert normalize("\n".join(page)).text.split() == f"{TITLE}\n{PARA}\n{PARA2}".split()
    # a short title above the menu with no headline below it stays
    page = ["KENDARIPOS.CO.ID", "Banjir Lagi, Warga Mengungsi",
            "Metro Kendari | Sultra | Politik | Hukum | Ekonomi", PARA, PARA2]
    assert "Banjir Lagi, Warga Mengungsi" in normalize("\n".join(page)).text


def _only_article(lines: list[str]) -> bool:
    """The page's text is the title and the two paragraphs, nothing else."""
    return normalize("\n".join(lines)).text.split() == f"{TITLE}\n{PARA}\n{PARA2}".split()


@pytest.mark.parametrize("lines", [
    ["Kami menggunakan cookie untuk memastikan Anda mendapatkan pengalaman terbaik di situs kami.",
     "Terima | Pengaturan"],
    ["TERKINI  ▸ Harga Beras Medium Naik di 20 Provinsi  ▸ KPU Tetapkan 580 Anggota DPR Terpilih"],
    ["FOTO 2 dari 5"], ["‹ Foto sebelumnya   |   Foto berikutnya ›"], ["1.284 kali dibagikan"],
    ["▶ Dengarkan   00:00 / 24:31   Unduh audio"], ["🔊 Dengarkan berita ini (4 menit)"],
    ["Anda telah membaca 1 dari 3 artikel gratis bulan ini. Lanjutkan dengan berlangganan."],
    ["Masukkan email Anda   Daftar"], ["Nama *  Email *"], ["Suka · Balas · 5 j"],
    ["Konten ini merupakan advertorial hasil kerja sama ZONASULTRA.ID dengan DPRD Kota Baubau."],
    ["Baca Halaman Selanjutnya: Industri di Kawasan Terboyo Diminta Berhenti Sedot Air Tanah"],
])
def test_banners_tickers_galleries_players_and_forms_go_anywhere(lines):
    assert _only_article([TITLE, PARA, *lines, PARA2])


def test_thanks_and_a_sentence_on_cookies_or_a_trending_topic_stay():
    for line in ("Terima kasih.", "Terkini, polisi masih memburu dua pelaku yang kabur ke Bekasi.",
                 "Peretas mencuri cookie peramban milik pegawai bank tersebut, kata polisi."):
        assert line in normalize("\n".join([TITLE, PARA, line, PARA2])).text


@pytest.mark.parametrize("line", [
    "oleh Riza Salman [Kendari] di 2 September 2024", "Oleh Dr. H. Ahmad Zuhri Nasution, MA",
    "Oleh: Nanang Prasetyo (Reporter) / Bambang Irawan (Editor)",
    "Laporan Muhammad Faisal Daulay  -  Minggu, 19 Oktober 2025, 21:14 WIB",
    "Tim Liputan TribunJabar.id: Lutfi Ahmad Mauludin, Sidqi Al Ghifari, Firman Suryaman",
    "Bacaan 7 Menit", "Cari regulasi, putusan, atau artikel...",
])
def test_more_bylines_reading_times_and_search_boxes_go_in_the_head(line):
    assert _only_article([TITLE, line, PARA, PARA2])


@pytest.mark.parametrize("lines", [
    ["Tags: harga emas, Antam, Logam Mulia, emas hari ini, Pegadaian"],
    ["Artikel yang diterbitkan oleh Asrida Elisabeth"],
    ["Tentang Penulis", "Rina Marlina",
     "Kontributor di Palangka Raya. Menulis soal gambut dan masyarakat adat Dayak."],
    ["Penulis adalah dosen Fakultas Hukum Universitas Sumatera Utara."],
    ["Episode 42 - Laut Memanas, Nelayan Maluku Utara Berburu Ikan Makin Jauh"],
    ["Alamat Redaksi: Jalan SPG Taruna Waena, Kota Jayapura, Papua 99358"],
    ["Subuh 05:12  Dzuhur 12:35  Ashar 15:58  Maghrib 18:38  Isya 19:51"],
])
def test_tags_author_notes_podcasts_addresses_and_prayer_times_go_at_the_end(lines):
    assert _only_article([TITLE, PARA, PARA2, *lines])


def test_a_note_on_the_credited_author_goes_but_one_on_another_person_stays():
    page = [TITLE, "Oleh: La Ode Muhammad Arsyad / Editor: Rahmawati Saleh", PARA, PARA2,
            "La Ode Muhammad Arsyad adalah jurnalis Zonasultra sejak 2019. Meliput isu hukum."]
    assert _only_article(page)
    note = "Andi Rahman adalah jurnalis senior yang pernah meliput konflik tambang di Konawe."
    page = [TITLE, "Oleh: La Ode Muhammad Arsyad / Editor: Rahmawati Saleh", PARA, note, PARA2]
    assert note in normalize("\n".join(page)).text


def test_prayer_times_in_the_body_stay():
    line = "Subuh 04.21 Zuhur 12.08 Asar 15.31 Magrib 18.22 Isya 19.36"
    assert line in normalize("\n".join([TITLE, PARA, line, PARA2])).text


def test_the_outlets_sentence_about_itself_at_the_end_goes():
    about = ("Mongabay adalah lembaga media konservasi dan lingkungan nirlaba yang didirikan "
             "Rhett A. Butler pada 1999.")
    page = [TITLE, PARA, PARA2, "Tags: orangutan, karhutla, Kalimantan Tengah", about,
            "© 2024 Mongabay.co.id. Hak cipta dilindungi."]
    assert _only_article(page)


def test_a_caption_under_related_links_a_qa_label_and_a_short_title_over_its_byline_stay():
    caption = ("Warga Kecamatan Routa membentangkan spanduk saat melapor ke Polda Sultra, Kendari, "
               "Senin (8/9/2025). Foto: La Ode Muhammad/Zonasultra")
    page = [TITLE, PARA, "BACA JUGA:", "DPRD Konawe Bentuk Pansus Konflik Lahan Tambang di Routa",
            caption, PARA2]
    assert caption.split(" Foto:")[0] in normalize("\n".join(page)).text
    page = ["Home » Persib", "Persib Tekuk Persija", "Minggu, 23 Juni 2024 21:58 WIB", PARA, PARA2]
    assert "Persib Tekuk Persija" in normalize("\n".join(page)).text
    page = ["Klinik › Ketenagakerjaan", TITLE, "Bagikan   Simpan", "Pertanyaan",
            "Saya staf gudang selama enam tahun, berapa pesangon saya?", PARA, PARA2]
    assert "Pertanyaan" in normalize("\n".join(page)).text


def test_an_info_box_after_the_last_paragraph_stays():
    box = ["INFO PENTING PEMUDIK", "Call center Polres Tasikmalaya Kota: 110",
           "Posko Terpadu Dishub Kabupaten Tasikmalaya: (0265) 331 xxx",
           "SPBU 24 jam: Rajapolah, Ciawi, Indihiang, Cihaurbeuti"]
    n = normalize("\n".join([TITLE, PARA, PARA2, *box, "TRENDING",
                             "#1 Pemudik Motor Asal Depok Kecelakaan di Ciawi, Dua Luka Ringan"]))
    assert all(line in n.text for line in box)


def test_a_short_title_is_no_byline_where_credit_lines_name_the_authors():
    page = ["Home | Medan | Sumut | Ekonomi | Bisnis | Olahraga", "Harga TBS Sawit Naik",
            "Senin, 18 November 2024 10:06 WIB | Reporter: Dewi Purba | Editor: Hasan Basri",
            PARA, PARA2]
    assert "Harga TBS Sawit Naik" in normalize("\n".join(page)).text


@pytest.mark.parametrize("lines", [
    ["SUSUNAN REDAKSI", "Pemimpin Redaksi: Ahmad Faisal Lubis"],
    ["Emas Antam Rp1.378.000/gr ▼ 0,22%", "USD/IDR 16.285 ▼ 0,10%"],
    ["PT Victory Media Nusantara, Jl. Frans Seda, Kota Kupang, NTT"],
    ["Tentang Penulis: Bayu Anggara Putra adalah jurnalis yang meliput sektor energi."],
    ["Komentar (2)", "Komentar di sini dimoderasi. Redaksi berhak menghapus komentar.",
     "andreas.t", "Ohio State juga banyak mahasiswa Indonesia sekarang?", "Balas (4)",
     "dewi.lestari88 · 52 menit yang lalu", "Semoga warga yang mengungsi diberi kesehatan."],
])
def test_boards_market_quotes_addresses_and_threads_go_at_the_end(lines):
    assert _only_article([TITLE, PARA, PARA2, *lines])


def test_an_info_line_naming_who_answers_for_a_project_stays():
    line = "Penanggung jawab: Otorita IKN dan Kementerian PANRB"
    assert line in normalize("\n".join([TITLE, PARA, PARA2, line])).text


def test_a_table_introduced_by_a_sentence_stays_but_a_standings_widget_goes():
    table = ["Pos | Tim | Main | M | S | K | Poin", "1 | Persija Jakarta | 3 | 3 | 0 | 0 | 9",
             "2 | Borneo FC | 3 | 2 | 1 | 0 | 7",
             "Sumber: PT Liga Indonesia Baru, diolah Kompas.com"]
    intro = "Berikut posisi sejumlah tim di klasemen sementara Liga 1 hingga pekan ketiga:"
    n = normalize("\n".join([TITLE, PARA, PARA2, intro, *table, "© 2025 Kompas.com"]))
    assert all(line in n.text for line in table)
    widget = ["KLASEMEN LIGA 1", "1  PSMS Medan  7  5  1  1  16",
              "2  Persiraja Banda Aceh  7  4  2  1  14", "3  PSPS Pekanbaru  7  4  1  2  13",
              "Klasemen lengkap »"]
    n = normalize("\n".join([TITLE, PARA, PARA2, *widget]))
    assert "PSMS Medan" not in n.text and "Klasemen lengkap" not in n.text


@pytest.mark.parametrize("lines", [
    ["BREAKING NEWS  Tol Surabaya-Gresik Padat Merayap di KM 8, Polisi Berlakukan Contraflow"],
    ["TERKINI: Bupati Kampar Lantik 9 Kepala Desa *** Banjir Rendam 3 Desa di Kampar Kiri"],
    ["Masuk atau daftar gratis untuk membaca wawancara ini sampai habis."],
    ["Sudah punya akun? Masuk di sini"], ["[ Masuk ]   [ Daftar dengan Google ]"],
])
def test_more_tickers_and_login_walls_go_anywhere(lines):
    assert _only_article([TITLE, PARA, *lines, PARA2])


def test_a_live_title_and_a_short_title_over_an_updated_timestamp_stay():
    title = "LIVE: Puncak Arus Mudik di Pelabuhan Merak, Antrean Kendaraan Mengular"
    page = ["Home » Nasional » Mudik Lebaran", title, "Sabtu, 06 April 2024 - 21:30 WIB", PARA,
            PARA2]
    assert title in normalize("\n".join(page)).text
    page = ["Tribun Maluku Network", "LIVE UPDATE", "Banjir Rendam Ambon",
            "Rabu, 9 Juli 2025 07:05 WIT  Diperbarui 21:48 WIT", PARA, PARA2]
    n = normalize("\n".join(page))
    assert "Banjir Rendam Ambon" in n.text and "Diperbarui" not in n.text


def test_a_thread_under_a_prompt_to_discuss_goes():
    thread = ["9 Komentar", "Masuk untuk ikut berdiskusi", "H. Sanusi Cisoka · 6 jam lalu",
              "Kasihan para orang tua. Pemilik biro harus ditangkap.", "Balas · 31 suka",
              "↪ Dewi Anggraini · 5 jam lalu", "Betul pak, tetangga saya juga ikut jadi korban.",
              "Balas · 8 suka"]
    assert _only_article([TITLE, PARA, PARA2, *thread])


def test_a_slogan_over_a_menu_in_one_item_a_line_goes_over_a_short_title():
    page = ["MEMORANDUM", "Sahabat Rakyat Jawa Timur", "Beranda", "Surabaya", "Hukum",
            "Pleno KPU Samarinda Rampung", PARA, PARA2, "© 2025 Memorandum.co.id"]
    n = normalize("\n".join(page))
    assert "Sahabat Rakyat" not in n.text and "Pleno KPU Samarinda Rampung" in n.text


@pytest.mark.parametrize("lines", [
    ["BERITA TERKINI ▸ Pj Wali Kota Metro Tinjau Banjir di Hadimulyo ▸ Polresta Amankan 12 Pelaku"],
    ["BREAKING » Tol Pandaan-Malang Berlakukan Contraflow » Kapolresta Malang Cek Pos Terpadu"],
    ["HEADLINE | Kejati NTT Periksa Mantan Kadis PUPR • Polda NTT Gagalkan Pengiriman PMI Ilegal"],
    ["Dibagikan 446 kali"], ["👁 5.903 | 💬 27 | Bagikan 312"],
    ["Ingin mengirim foto jurnalisme warga? Masuk ke akun TangerangNews Anda terlebih dahulu."],
    ["Artikel ini khusus untuk pelanggan Rakyat Sulsel Premium."],
])
def test_tickers_counters_and_walls_of_more_shapes_go_anywhere(lines):
    assert _only_article([TITLE, PARA, *lines, PARA2])


def test_a_menu_beside_a_weather_ticker_and_a_series_note_at_the_end_go():
    page = ["Bogor, 24°C Hujan Ringan | Bandung 21°C Berawan | Bekasi 29°C Cerah Berawan",
            "Home | Bandung Raya | Bogor | Bekasi | Depok | Cirebon | Pilkada 2024 | Ekonomi",
            "Sabtu, 14 September 2024 - 18:40 WIB (diperbarui)", TITLE, PARA, PARA2,
            "Artikel ini merupakan bagian dari liputan data tentang kesehatan anak di Manado."]
    assert _only_article(page)


def test_a_reply_that_names_whom_it_answers_goes_with_its_thread():
    thread = ["6 Komentar", "Ucok Hutagalung · 2 jam lalu", "Pertahanan kita rapuh sekali.",
              "↳ Dedi Pane membalas Ucok Hutagalung: Setuju bang, kebobolan dari bola mati.",
              "Balas"]
    assert _only_article([TITLE, PARA, PARA2, *thread])


def test_a_dated_subheading_between_the_last_sentences_of_a_live_report_stays():
    page = [TITLE, PARA, PARA2, "Senin, 7 April 2025, 06.00 WIB",
            "Arus kendaraan masih lancar. Laporan ini akan terus diperbarui. ***",
            "Tags: arus balik, nagreg, lebaran 2025"]
    assert "Senin, 7 April 2025, 06.00 WIB" in normalize("\n".join(page)).text


def test_a_thread_with_its_sort_control_and_authors_dated_without_a_separator_goes():
    thread = ["64 Komentar", "Tampilkan: Terbaru ▾", "Ande Lau 2 Oktober 2024 pukul 18:22",
              "Mantap Kejari Alor, lanjutkan. Masih banyak desa lain yang begini.",
              "Maria Seran 2 Oktober 2024 pukul 19:05", "Kasihan warga, jalan rusak terus.",
              "Tampilkan lebih banyak komentar",
              "Silakan login terlebih dahulu untuk dapat berkomentar."]
    assert _only_article([TITLE, PARA, PARA2, *thread])


@pytest.mark.parametrize("line", [
    "Bagikan artikel: Facebook | X | WhatsApp | Line",
    "Bagikan: WhatsApp Facebook Twitter Telegram",
    "Login dengan Google | Login dengan Facebook", "Lihat galeri: Pesona Pantai Selatan Blitar",
])
def test_labelled_share_bars_logins_and_gallery_links_go_anywhere(line):
    assert _only_article([TITLE, PARA, line, PARA2])


def test_an_address_field_in_an_info_box_stays_but_the_offices_address_goes():
    box = ["INFO LAYANAN PELANGGAN", "Call Center Tirta Asasta: (021) 7720xxxx",
           "Kantor Pusat: Jalan Siliwangi No. 5, Pancoran Mas, Depok"]
    n = normalize("\n".join([TITLE, PARA, PARA2, *box, "Tag: Tirta Asasta, PDAM Depok, Air Mati"]))
    assert all(line in n.text for line in box)
    office = "Gedung Graha Pena Bekasi, Jl. Ir. H. Juanda No. 12, Bekasi Timur"
    assert _only_article([TITLE, PARA, PARA2, "Tag: banjir, Bekasi, BPBD", office])


@pytest.mark.parametrize("lines", [
    ["Lanjutkan membaca analisis lengkap prospek harga sawit 2025 dan dampak B40 terhadap petani."],
    ["Jurnalisme warga bertahan karena dukungan pembaca. Donasi mulai Rp10.000 melalui Saweria."],
    ["Halaman ini diperbarui secara berkala. Muat ulang untuk informasi terkini."],
])
def test_paywall_teasers_donation_pleas_and_live_notes_go_anywhere(lines):
    assert _only_article([TITLE, PARA, *lines, PARA2])


def test_a_journalists_note_under_their_name_at_the_end_goes():
    page = [TITLE, PARA, PARA2, "MOH. FAHRUR ROZI",
            "Wartawan RadarMadura.id di Bangkalan sejak 2017. Meliput isu keagamaan dan pesantren.",
            "© 2025 RadarMadura.id"]
    assert _only_article(page)


def test_a_live_pages_first_dated_subheading_and_short_title_stay():
    page = ["LIVE UPDATE", "Lewotobi Erupsi Lagi",
            "Tim Ekora NTT | Kamis, 7 Agustus 2025 | Terakhir diperbarui 21:10 WITA",
            "Halaman ini diperbarui secara berkala. Muat ulang untuk informasi terkini.",
            "Kamis, 7 Agustus 2025 - 21.10 WITA", PARA, PARA2]
    n = normalize("\n".join(page))
    assert "Lewotobi Erupsi Lagi" in n.text and "Kamis, 7 Agustus 2025 - 21.10 WITA" in n.text


def test_a_live_reports_title_and_a_short_title_over_a_live_credit_stay():
    title = ("LAPORAN LANGSUNG: Gunung Lewotobi Laki-laki Kembali Erupsi, Ribuan Warga "
             "Mengungsi ke Larantuka")
    page = ["Beranda » Flores » Flores Timur", title, "Ditulis oleh Emanuel Boli", PARA, PARA2]
    assert title in normalize("\n".join(page)).text
    page = ["Hukum", "Sidang Korupsi Pasar Kranji", "Laporan langsung: Yoga Aditya", PARA, PARA2]
    assert "Sidang Korupsi Pasar Kranji" in normalize("\n".join(page)).text


def test_a_source_under_an_info_field_stays():
    lines = ["Jetty aktif di pesisir Langgikima dan Molawe: 11 unit",
             "Sumber: Dinas ESDM Sulawesi Tenggara, 2024"]
    n = normalize("\n".join([TITLE, PARA, PARA2, *lines, "TRENDING DI KENDARIINFO"]))
    assert all(line in n.text for line in lines)


def test_a_live_reports_first_dated_subheading_printed_like_the_others_stays():
    page = ["LIVE REPORT", TITLE, "Senin, 3 Februari 2025 | Diperbarui 21:40 WIB",
            "Bagikan  Facebook  Twitter  WhatsApp  Salin", "Senin, 3 Februari 2025, 21.30 WIB",
            PARA, "Senin, 3 Februari 2025, 19.15 WIB", PARA2, "Senin, 3 Februari 2025, 17.00 WIB",
            PARA]
    n = normalize("\n".join(page))
    assert "21.30 WIB" in n.text and "Diperbarui 21:40" not in n.text


def test_info_boxes_on_donations_and_a_short_title_over_a_team_byline_stay():
    box = ["INFO POSKO & DONASI", "Posko utama: Kantor Wali Nagari Bukik Batabuah, Canduang",
           "Kontak: 0812-6634-xxxx (Rina Marlina, relawan PMI Agam)",
           "Rekening donasi: Bank Nagari a.n. Peduli Bencana Agam"]
    n = normalize("\n".join([TITLE, PARA, PARA2, *box, "Baca Juga: Gubernur Tinjau Lokasi"]))
    assert all(line in n.text for line in box)
    plea = "Pembaca yang ingin membantu korban banjir Bima dapat menyalurkan donasi melalui:"
    n = normalize("\n".join([TITLE, PARA, PARA2, "SALURKAN BANTUAN", plea,
                             "Baznas Provinsi NTB – rekening BSI 7000-xxx"]))
    assert plea in n.text
    page = ["LIVE REPORT", "Kabut Asap Kepung Jambi", "Tim Redaksi Jambiupdate.co", PARA, PARA2]
    assert "Kabut Asap Kepung Jambi" in normalize("\n".join(page)).text


def test_a_results_box_and_short_titles_over_a_deck_or_a_dated_site_line_stay():
    box = ["JUARA FESTIVAL MADIHIN KALSEL 2024",
           "Juara I: Rahmadi & Syahrul Ramadhan (Hulu Sungai Selatan)",
           "Juara II: Nor Aina & Fitriani (Kota Banjarmasin)"]
    n = normalize("\n".join([TITLE, PARA, PARA2, *box, "« Sebelumnya   1   2"]))
    assert all(line in n.text for line in box)
    page = ["Indeks Berita", "Transportasi", "Dermaga Gunungsitoli Dibenahi",
            "Jadwal feri Gunungsitoli-Sibolga berubah selama tiga bulan, penumpang diminta membeli "
            "tiket lebih awal", PARA, PARA2]
    assert "Dermaga Gunungsitoli Dibenahi" in normalize("\n".join(page)).text
    page = ["KarawangPost.com", "Hukum & Kriminal", "Begal Motor Diringkus",
            "Karawang Post · 3 jam lalu", PARA, PARA2]
    assert "Begal Motor Diringkus" in normalize("\n".join(page)).text


def test_a_live_reports_labelled_title_stays_but_a_report_credit_goes():
    title = "LAPORAN TERKINI: Erupsi Gunung Lewotobi Laki-laki, Ribuan Warga Wulanggitang Mengungsi"
    page = ["Bencana / Flores Timur", title, "Diperbarui Kamis, 20 Maret 2025 10:05 WITA", PARA,
            PARA2]
    assert title in normalize("\n".join(page)).text
    for credit in ("Laporan: Benny Tabuni, Wamena", "Laporan: Elisabeth Bua' - Sapan, Toraja Utara",
                   "Laporan: Rizal Tandjung (Morowali) - Penyunting: Nurhayati Ibrahim"):
        assert _only_article([TITLE, credit, PARA, PARA2])


def test_the_place_of_a_dateline_is_no_name_of_the_outlet():
    """"Banjarnegara News" is also "Banjarnegara" without its suffix, but not where the page
    datelines Banjarnegara: the emergency numbers under the article name the place."""
    box = ["NOMOR DARURAT BENCANA BANJARNEGARA", "Polres Banjarnegara: 110",
           "PMI Banjarnegara: (0286) 592-044"]
    lead = ("BANJARNEGARA, banjarnegaranews.id - Badan Penanggulangan Bencana Daerah memasang "
            "12 alat peringatan dini longsor di zona merah, kata kepala pelaksana.")
    n = normalize("\n".join([TITLE, lead, PARA, *box, "© 2024 Banjarnegara News"]))
    assert all(line in n.text for line in box)
    assert "© 2024" not in n.text


def test_a_caption_over_the_lead_is_no_title_and_a_short_title_over_a_byline_stays():
    page = ["Fosil Gajah Purba Ditemukan", "Ahmad Fauzi", "Rabu, 6 Agustus 2025 pukul 11.20 WIB",
            "Petugas membersihkan fragmen tulang gajah purba di Kalijambe, Sragen. "
            "Foto: Ahmad Fauzi/Sragenpost.com", PARA, PARA2]
    reading = chrome.read_page("\n".join(page))
    assert reading.lines[reading.title].text == page[0]
    page = ["Longsor Tutup Jalan Jenawi", "Oleh Fajar Nugroho - Rabu, 6 Maret 2024 | 13:05 WIB",
            PARA, PARA2]
    n = normalize("\n".join(page))
    assert page[0] in n.text and "Fajar" not in n.text


def test_a_last_update_stamp_goes():
    assert _only_article([TITLE, "Update terakhir: 15/11/2025 17.05 WIB", PARA, PARA2])
    line = "Update terakhir kasus ini: polisi menahan dua orang di Subang."
    assert line in normalize("\n".join([TITLE, PARA, line, PARA2])).text


def test_a_short_title_with_a_subscription_word_or_over_a_bare_byline_stays():
    page = ["Salatiga Raya › Pemerintahan", "Parkir Berlangganan Ditunda",
            "Reporter: Hana Pertiwi · Editor: Maria Ardiningsih", PARA, PARA2,
            "Masuk atau berlangganan mulai Rp 25.000/bulan untuk membaca selengkapnya."]
    n = normalize("\n".join(page))
    assert "Parkir Berlangganan Ditunda" in n.text and "Rp 25.000" not in n.text
    page = ["JOMBANG TODAY", "Ekonomi › UMKM", "Manik-manik Gudo Mendunia", "Ninik Rahayu",
            "Jumat, 21 November 2025 · 09.00 WIB", "↗ 88   💬 4   🔖 Simpan", PARA, PARA2]
    n = normalize("\n".join(page))
    assert "Manik-manik Gudo Mendunia" in n.text and "Simpan" not in n.text


@pytest.mark.parametrize("line", ["↗ 88   💬 4   🔖 Simpan", "👁 3.105   ↗ 214 Shares   💬 9",
                                  "0 Komentar | 👁 1.184", "OK, Saya Mengerti   Pengaturan"])
def test_counters_under_icons_and_cookie_buttons_go(line):
    assert _only_article([TITLE, line, PARA, PARA2])


@pytest.mark.parametrize("line", ["2021 | 27,4 | 54", "Padi | 5,2 | 7,1 | (ton/ha)",
                                  "Saya mengerti."])
def test_rows_of_figures_and_a_sentence_stay(line):
    assert line in normalize("\n".join([TITLE, PARA, line, PARA2])).text


@pytest.mark.parametrize("line", [
    "Penanggung jawab berita: Yoga Adi Nugraha", "Teks & Foto: Fajar Nugroho",
    "Selasa, 12 November 2024 | Pembaruan terakhir 16:48 WIB", "Diunggah: 11/10/2024 08:05 WIB",
    "Jepara, Rabu, 17 Juli 2024 10:05 WIB",
    "Silakan masuk untuk menulis komentar. Belum punya akun? Daftar gratis.",
    "Masuk dengan Google atau Facebook untuk ikut berdiskusi",
    "27 Komentar  |  Masuk untuk berkomentar", "Atau masuk dengan Google | Facebook",
    "Ringkasan berita Klaten terbaru setiap Senin dan Kamis.",
    "Artikel ini khusus untuk pembaca terdaftar.", "Masuk untuk melanjutkan membaca secara GRATIS",
    "Akses tanpa batas ke seluruh berita, analisis, dan arsip PatiNews.id mulai Rp19.000/bulan.",
    "Langganan mulai Rp29.000/bulan · Gratis 7 hari pertama",
    "Lihat semua tulisan Dimas Anggoro →", "Lihat semua foto (5)", "Lewati ke konten utama",
])
def test_credits_stamps_prompts_and_paywalls_of_more_shapes_go_at_the_edges(line):
    assert _only_article([TITLE, PARA, PARA2, line])


def test_a_title_under_a_section_header_and_over_its_byline_stays():
    title = ("Warga Cilowong Tolak Rencana Penambahan Kiriman Sampah dari Tangerang Selatan, "
             "Pemkot Serang Diminta Tinjau Ulang Kerja Sama")
    page = ["Berita Utama", title, "Oleh Irfan Maulana, Senin 13 Januari 2025 10:05", PARA, PARA2]
    assert title in normalize("\n".join(page)).text
    title = "Semarak Festival Belimbing Depok 2025 di Alun-alun Kota Depok"
    page = ["GALERI FOTO", title, "Fotografer: Bagas Wirawan | Teks: Melati Kusumawardani",
            PARA, PARA2]
    n = normalize("\n".join(page))
    assert title in n.text and "Fotografer" not in n.text


def test_the_first_field_of_an_info_box_and_a_videos_caption_stay():
    box = ["POSKO DARURAT BANJIR GARUT",
           "Posko utama: Pendopo Kabupaten Garut, Jalan Kabupaten No. 1",
           "Call center BPBD Garut: (0262) 2xx-xxx"]
    assert all(line in normalize("\n".join([TITLE, PARA, PARA2, *box])).text for line in box)
    caption = "Video: Suasana peron Stasiun Garut saat kedatangan KA Cikuray dari Jakarta."
    n = normalize("\n".join([TITLE, PARA, caption + " (Garut Post/Rani Oktaviani)", PARA2]))
    assert caption in n.text and "Rani" not in n.text


def test_the_day_over_a_live_reports_first_hour_stays():
    page = ["LIVE: Kebakaran Pasar Kemiri Muka Depok, Ratusan Kios Hangus",
            "Update terakhir: Sabtu, 12/04/2025 10:05 WIB", "Sabtu, 12 April 2025",
            "10.05 WIB — Wali Kota Tiba di Lokasi", PARA, PARA2]
    n = normalize("\n".join(page))
    assert "Sabtu, 12 April 2025" in n.text and "Update terakhir" not in n.text


@pytest.mark.parametrize("line", [
    "Login dengan Google / Facebook untuk berkomentar",
    "0 Komentar — Jadilah yang pertama berkomentar. Masuk untuk menulis komentar.",
    "27 komentar · Masuk untuk berkomentar", "5 jam · Suka · Balas",
    "Liputan: Galih Pratama, Rahmi Aulia | Penyunting: Hendra Kusuma",
    "Oleh: Agung Hermawan - Sukabumi News", "Oleh Maya Larasati, Jurnalis TangselNews",
    "Diterbitkan: Senin, 16 Juni 2025, 07.00 WIB | Pembaruan: 16 Juni 2025, 13.45 WIB",
    "Muat ulang untuk pembaruan terbaru ↻",
    "Baca lebih cepat di aplikasi Bekasi Timur Post. Gratis di Android dan iOS.",
    "Dengan mendaftar, Anda menyetujui syarat & ketentuan kami.",
    "Sukabumi News tidak bertanggung jawab atas isi komentar pembaca.",
    "f 862  x 214  wa 208",
])
def test_more_prompts_credits_and_counters_go_at_the_edges(line):
    assert _only_article([TITLE, PARA, PARA2, line])


@pytest.mark.parametrize("line", [
    "GALERI FOTO KARNAVAL (1/4)", "📷 GALERI FOTO (1/6)   ◀ Sebelumnya | Berikutnya ▶",
    "Foto 1 dari 4 · Geser untuk foto berikutnya",
    "Bagikan artikel ini: [Facebook] [WhatsApp] [X] [Telegram]",
    "Bagikan: Facebook | WhatsApp | Twitter | Line    Total 386 share",
    "Komentar untuk artikel ini telah ditutup.", "( ) Sudah, nama saya terdaftar",
    "○ Ya, pasti   ○ Mungkin   ○ Tidak", "[Pilih] · 1.932 suara · Lihat hasil",
    "Harap berkomentar dengan sopan. Komentar yang mengandung SARA akan dihapus.",
    "Diposting 03 Oktober 2024 pukul 11.20",
])
def test_galleries_polls_and_moderation_notes_go(line):
    assert _only_article([TITLE, PARA, PARA2, line])


def test_a_caption_credited_to_the_outlet_is_no_site_label():
    caption = "Pengunjung ber-snorkeling di perairan Pahawang Kecil."
    page = [TITLE, PARA, PARA2, "GALERI: Pesona dan Padatnya Pahawang di Libur Natal",
            caption + " Pesawaran Post/Gilang Ramadhan", "© 2025 Pesawaran Post"]
    n = normalize("\n".join(page))
    assert caption in n.text and "Gilang" not in n.text


def test_short_titles_over_their_credits_and_an_info_box_title_stay():
    page = ["SAMPIT NEWS", "HOME | KOTIM | KALTENG | BUDAYA", "Sosok",
            "Suara Terakhir dari Hulu Mentaya",
            "Penulis: Agus Salim Lubis | Editor: Yohana Elisabeth Marpaung", PARA, PARA2,
            "Sampit News © 2024 | Tentang | Redaksi | Disclaimer"]
    assert "Suara Terakhir dari Hulu Mentaya" in normalize("\n".join(page)).text
    page = ["TARAKAN TODAY", "Home / Tarakan / Peristiwa", "LIVE REPORT",
            "Pasar Beringin Terbakar", "Tim Redaksi Tarakan Today",
            "Diperbarui terakhir: Jumat, 4 Oktober 2024 - 06:15 WITA", PARA, PARA2]
    n = normalize("\n".join(page))
    assert "Pasar Beringin Terbakar" in n.text and "Diperbarui" not in n.text
    box = "INFO PENTING SPMB SMP NEGERI KOTA BINJAI 2025"
    page = [TITLE, "BINJAI, binjaitoday.com - " + PARA, PARA2, box,
            "Pendaftaran: 23 Juni – 28 Juni 2025", "© 2025 Binjai Today"]
    assert box in normalize("\n".join(page)).text


@pytest.mark.parametrize("line", [
    "Penanggung jawab: Otorita IKN dan Kementerian PANRB",
    "Ringkasan berita utama hari ini menunjukkan bahwa harga beras naik, kata dia.",
    "Liputan khusus ini menunjukkan bahwa warga kesulitan air, kata dia.",
    "Oleh karena itu, Presiden Joko Widodo meminta menteri bekerja cepat.",
    "Komentar warga menunjukkan bahwa banyak yang akan dihapus dari daftar, kata dia.",
])
def test_fields_and_sentences_that_start_like_new_chrome_stay_at_the_end(line):
    """A field, or a clause, after a label the rules of this kind read ("Penanggung jawab",
    "Ringkasan berita", "Liputan", "Oleh", "Komentar ... akan dihapus")."""
    assert line in normalize("\n".join([TITLE, PARA, PARA2, line])).text



@pytest.mark.parametrize("line", [
    ">> Jalan Trans Sarmi kembali bisa dilalui >> Pemkab Sarmi umumkan hasil seleksi CPNS"
    " >> Harga kopra di Pantai Timur naik >>",
    "SEKILAS ▸▸ Kapal Sabuk Nusantara tiba di Kaimana ▸▸ PLN padamkan listrik di Krooy Rabu pagi",
    "LIVE SCORE ▸ Persifa Fakfak 2-1 Perseman Manokwari (FT) ▸ Persikos Sorong 0-0 Persikaba"
    " Kaimana (FT)",
    "TERKINI: Kapal Batal Berlayar ke Elat karena Cuaca Buruk ••• Pemkab Malra Buka Seleksi"
    " Perangkat Ohoi ••• Polres Tual Amankan 40 Liter Sopi",
])
def test_tickers_with_or_without_a_label_and_with_doubled_marks_go_at_the_head(line):
    """A ticker above the title is no first paragraph: the byline and stamp under the title
    are still the head's, and go."""
    page = ["SARMI POST", line, TITLE, "Rep: Albert Sawen | Red: Nur Aisyah",
            "Selasa, 8 Juli 2025 11:02 WIT", PARA, PARA2]
    assert _only_article(page)


def test_items_between_bullets_inside_the_body_stay():
    """Three bulleted phrases on one line read like a ticker with no label, but inside the
    body only a labelled one goes."""
    items = ("• Membawa kartu identitas asli • Mengisi formulir pendaftaran daring "
             "• Menyerahkan surat keterangan sehat")
    assert items in normalize("\n".join([TITLE, PARA, items, PARA2])).text


STANDINGS = ["KLASEMEN LIGA 4 MALUT - GRUP B", "Pos\tTim\tMain\tPoin", "1\tPersimor Morotai\t4\t9",
             "2\tPS Tidore Kepulauan\t4\t7", "3\tPersiter Ternate\t4\t6"]


def test_a_standings_widget_below_chrome_or_over_its_button_goes():
    for page in ([TITLE, PARA, PARA2, "Tag: Persimor, Liga 4", *STANDINGS, "© 2025 Morotai Post"],
                 [TITLE, PARA, PARA2, *STANDINGS, "Klasemen lengkap »", "Tag: Persimor, Liga 4"]):
        n = normalize("\n".join(page))
        assert "Persimor Morotai" not in n.text and "KLASEMEN" not in n.text
        assert PARA in n.text and PARA2 in n.text


def test_an_articles_own_table_at_its_end_stays():
    """The same table under the last paragraph, with no button of its own, and a titled table
    inside the body, are the article's."""
    for page in ([TITLE, PARA, PARA2, *STANDINGS, "Tag: Persimor, Liga 4"],
                 [TITLE, PARA, *STANDINGS, PARA2, "Tag: Persimor, Liga 4"]):
        n = normalize("\n".join(page))
        assert all(" ".join(row.split()) in n.text for row in STANDINGS)


@pytest.mark.parametrize("line", [
    "Bagikan artikel   🔗   💬 5", "Bagikan laporan ini:  WhatsApp  Facebook  X  Telegram",
    "Bagikan: [Facebook] [WhatsApp] [X] [Salin]", "Bagikan ⟶ Facebook · X · WhatsApp",
    "Bagikan galeri ini:  Facebook · WhatsApp · X",
    "Jangan ketinggalan info lowongan ASN di Maluku Tengah! Gabung Saluran WhatsApp Masohi Post"
    " sekarang.",
])
def test_share_bars_with_icons_or_brackets_and_a_channel_prompt_go(line):
    assert _only_article([TITLE, PARA, PARA2, line])


def test_a_thread_with_replies_by_the_outlet_or_the_author_goes_whole():
    """Replies marked "↳", an answer by "Nabire Post (Admin)" or "Name (Penulis)", and buttons
    after a time ("1 jam · Suka · Balas") show a thread: its comments go, long ones too, and
    the tail above them is still the tail."""
    thread = ["💬 3 Komentar", "Hendra Djuma",
              "Semoga anggaran pendidikan benar-benar sampai ke sekolah di pulau-pulau, bukan "
              "cuma di kota.", "1 jam · Suka · Balas", "↳ Nabire Post (Admin)",
              "Terima kasih atas tanggapannya, Bapak. Kami akan terus kawal.", "Balas",
              "↳ Yulianti Tonoro", "Betul pak, SD di Pulau Kumo sampai sekarang masih kekurangan "
              "guru dan buku.", "45 mnt · Suka · Balas"]
    page = [TITLE, PARA, PARA2, "Penulis: Nona Lumalessil | Editor: Melky Manuhutu", *thread]
    assert _only_article(page)


def test_tabbed_rows_are_a_table_while_chrome_is_read_and_spaces_after():
    """Tabs survive until chrome is read, so tabbed lines are a table's rows (a row that names
    the outlet's town is no site label, a standings widget over its button goes whole); in the
    text the tagger reads they are spaces."""
    rows = ["Pos\tTim\tMain\tPoin", "1\tPerseta Tulungagung\t5\t13", "2\tPersenga Nganjuk\t5\t10"]
    page = [TITLE, "TULUNGAGUNG, Tulungagung Post - " + PARA, PARA2, *rows,
            "© 2025 Tulungagung Post"]
    n = normalize("\n".join(page))
    assert "1 Perseta Tulungagung 5 13" in n.text and "\t" not in n.text
    n = normalize("\n".join([*page[:3], "KLASEMEN LIGA 4 JATIM", *rows, "Klasemen lengkap »",
                             page[-1]]))
    assert "Perseta" not in n.text and "KLASEMEN" not in n.text and PARA2 in n.text


@pytest.mark.parametrize("line", [
    "Teks: Siti Khoirunnisa | Foto: Rizky Firmansyah",
    "(Reporter: Rivaldo Gorango | Editor: Herlina Gorango)",
    "Laporan: Theresia Sitompul dari Balige", "Oleh Benny Pigai & Sisilia Tatogo",
    "Oleh: Dr. Yohanes Sawaki, S.Pd., M.Pd.",
    "Tim Redaksi Pontianak Today | Editor: Yohanes Kurniawan",
    "Tim Raja Ampat Today: Ferdinand Mayor, Yohana Sauyai, Daud Arempeley (foto)",
    "Live blog oleh Desk Olahraga Biak Numfor Today", "Pukul 10.25 WITA",
    "Morotai Post | Jl. Pemuda, Daruba, Morotai Selatan, Kabupaten Pulau Morotai 97771",
    "Jl. Basuki Rahmat Km 9, Kota Sorong, Papua Barat Daya 98416",
    "Senin, 28 Oktober 2024 | Ambon 29°C Berawan", "🔴 LIVE  Pembaruan otomatis setiap 60 detik",
    "Artikel ini telah dibaca 2.904 kali", "🔴 Live · 4.512 pembaca aktif",
    "Mode hemat data aktif. Gambar tidak dimuat otomatis. [Matikan]",
    "Alamat email Anda    [ Daftar ]",
    "Bank Sulselbar - Tabungan Pesona, Hadiah Langsung Tanpa Diundi",
    "Hotel Aston Pontianak: Paket Menginap Spesial Kulminasi, Mulai Rp650 Ribu",
    "Selamat Hari Raya Idulfitri 1446 H - Mohon Maaf Lahir dan Batin. Keluarga Besar Gorontalo",
    "Punya informasi atau foto kejadian di sekitar Anda? Kirim laporan warga ke WA Redaksi.",
    "Ingin tulisan Anda dimuat? Kirim opini ke opini@seruinews.com (maks. 1.000 kata).",
    "Salurkan donasi untuk korban banjir Sigi melalui Palu Today Peduli: BSI 7123 a.n. Yayasan",
    "Pantau jadwal kapal di aplikasi Raja Ampat Today. Unduh di Google Play.",
    "Dapatkan Laporan Khusus Sorong Kota News langsung di email Anda setiap Senin.",
    "Yogya Pos Plus adalah layanan berlangganan PT Jogja Pawarta Nusantara. © 2025",
    "Jadilah yang pertama berkomentar. Masuk dengan Google atau Facebook.",
    "Anda harus login untuk mengirim komentar. Login | Daftar Akun KediriToday",
    "Komentar dinonaktifkan untuk artikel hukum yang masih berproses.",
    "JAJAK PENDAPAT", "Menurut Anda, apa prioritas utama APBD Tolitoli 2026?",
    "[ Pilih ]   Lihat hasil (1.204 suara)",
    "Didukung oleh: Bank Papua · Dinas Pariwisata Raja Ampat",
    "Share on: Facebook Twitter WhatsApp Line", "[Share] Facebook | Twitter | WhatsApp | 37 shares",
    "Bagikan: 📘 📱 🐦 - 2.118 kali dibagikan", "▶ Dengarkan artikel ini (6 menit)      A-  A  A+",
])
def test_credits_addresses_weather_ads_prompts_and_polls_of_more_shapes_go_at_the_edges(line):
    assert _only_article([TITLE, PARA, PARA2, line])


@pytest.mark.parametrize("line", [
    "Galeri · 8 foto", "8 foto | Lihat mode layar penuh", "2 / 6", "Lihat semua 6 foto",
    "‹ Sebelumnya  Geser untuk foto berikutnya  Berikutnya ›", "----- Halaman 2 dari 3 -----",
    "1 | 2 | Tampilkan Semua", "Artikel selanjutnya di halaman 2: Gubernur Sulsel Datangi DPRD",
    "GALERI ▸ Meriahnya Parade Perahu Hias di Danau Poso (15 foto)",
    "VIDEO ▸ Mengenal Sanggar Fatce Sula, Rumah Seniman Muda Kepulauan Sula",
    "SELANJUTNYA ▸  Warga Bonjol Minta Dilibatkan dalam Pengelolaan Museum",
    "Saksikan: [VIDEO] Cuplikan Gol PS Sungai Penuh vs Persibri Batanghari (5-1)",
    "Lihat postingan ini di Instagram",
])
def test_gallery_counters_teasers_embeds_and_pages_go_anywhere(line):
    assert _only_article([TITLE, PARA, line, PARA2])


@pytest.mark.parametrize("line", [
    "Warga yang ingin menyalurkan donasi dapat menghubungi posko di balai desa, kata dia.",
    "Suhu di Palembang mencapai 32°C pada siang hari, menurut BMKG.",
    "Bank Jateng menyalurkan kredit usaha rakyat kepada 2.000 nasabah di Solo.",
    "Tim SAR gabungan menemukan korban di Sungai Musi pada Selasa sore.",
])
def test_sentences_about_donations_weather_banks_and_teams_stay_at_the_end(line):
    assert line in normalize("\n".join([TITLE, PARA, PARA2, line])).text


def test_a_breaking_news_banner_above_the_title_is_no_first_paragraph():
    banner = ("⚡ BREAKING NEWS: Banjir bandang terjang Desa Bangga, Sigi. Ikuti laporan langsung "
              "tim Palu Today.")
    page = ["PALU TODAY", banner, TITLE,
            "Tim Liputan Palu Today | Diperbarui Rabu, 12 Mar 2025 16.40", PARA, PARA2]
    assert _only_article(page)


def test_a_widgets_title_a_reporters_byline_with_the_outlet_and_a_ranked_list_go():
    """A title over a widget's line in the tail, "Name - <outlet>" under the headline, and a
    list title with a word of link lists over ranked headlines."""
    page = ["FAKFAK POST", TITLE, "Veronika Kabes - Fakfak Post", "FAKFAK, Fakfak Post - " + PARA,
            PARA2, "Harga Pangan DIY Hari Ini (PIHPS)",
            "Beras premium Rp 15.200 ▲ | Gula pasir Rp 17.750 ▼ | Telur ayam Rp 28.000 ▲",
            "Hukrim Terpopuler", "1. Polda Sultra Tetapkan Tersangka Baru Kasus Ore Nikel Ilegal",
            "2. Mantan Kadis ESDM Sultra Ajukan Praperadilan ke Pengadilan Negeri Kendari",
            "© 2025 Fakfak Post"]
    n = normalize("\n".join(page))
    assert n.text.split() == f"{TITLE}\nFAKFAK, Fakfak Post - {PARA}\n{PARA2}".split()


def test_threads_under_a_login_note_with_buttons_and_replies_go():
    thread = ["Komentar (2) - Login untuk menulis komentar",
              "Agus Kogoya: Selamat Natal untuk semua saudara di Baliem | Balas",
              "Mince Wetipo: Damai selalu di tanah Wamena | Balas"]
    assert _only_article([TITLE, PARA, PARA2, *thread])
    thread = ["28 Komentar", "Butet Simanjuntak",
              "Mantap Pak Polisi! Ringroad juga tolong dipantau.",
              "👍 45  Balas", "↳ Dodi Purba membalas Butet Simanjuntak",
              "Betul kak, adikku pun pernah dikejar di situ.", "👍 12  Balas",
              "Berita Terkait", "Polda Sumut Bentuk Tim Khusus Berantas Begal di Kota Medan"]
    assert _only_article([TITLE, PARA, PARA2, *thread])


def test_a_banner_that_reads_as_a_paragraph_over_the_headline_is_the_head():
    """A line above the headline that reads as a paragraph is no lead when, before any other
    paragraph, a headline stands over its byline or dated stamp: those go."""
    banner = "Gelombang tinggi empat meter, kapal ke Enggano ditunda hingga Jumat."
    page = ["BENGKULU TODAY", banner, "Home", TITLE, "Penulis: Ratna Dewi | Fotografer: Bayu Aji",
            "Kamis, 11 Desember 2025 | 09:40 WIB", PARA, PARA2]
    n = normalize("\n".join(page))
    assert "Ratna" not in n.text and "09:40" not in n.text and PARA in n.text and TITLE in n.text


def test_a_lead_with_a_dateline_or_a_live_update_is_never_taken_for_a_banner():
    """A lead that opens with a dateline stays the first paragraph though a teaser headline
    with its date follows it; a caption over a live report's next hour is no headline."""
    teaser = "Gubernur Tinjau Bendungan Jatigede yang Mulai Dialiri Air Irigasi"
    page = [TITLE, "SUBANG, Subang Today - " + PARA, teaser, "Senin, 3 Maret 2025", "Pasar",
            PARA2]
    n = normalize("\n".join(page))
    assert "Pasar" in n.text and PARA in n.text
    page = ["BEKASI POS", "BANJIR BEKASI TERKINI: Kali Bekasi Meluap, Ribuan Rumah Terendam",
            "Tim Bekasi Pos", "Sabtu, 1 Maret 2025 | Pembaruan terakhir 18:50 WIB",
            "Bagikan: WhatsApp | Facebook | X", "Update 18.50 WIB", PARA,
            "Petugas mengevakuasi warga menggunakan perahu karet di Perumahan Pondok Gede Permai",
            "Update 16.20 WIB", PARA2]
    reading = chrome.read_page("\n".join(page))
    assert reading.lines[reading.first].text == PARA


@pytest.mark.parametrize("line", [
    "Bagikan artikel ini:  Facebook 212   WhatsApp 1,1 rb   X 37",
    "🔴 Bagikan live ini   Facebook   WhatsApp   X", "Share: f / X / WA / IG Story",
    "Laporan: Ahmad Fauzi & Lestari Anggraini", "Kontributor Lampung Barat: Heri Setiawan",
    "Reportase lapangan: Ardiansyah Putra, Melati Kusuma | Editor: Sri Wahyuni",
    "Ditulis oleh Anang Kurniawan pada 2 Agustus 2024, 13:25",
    "Tim Salatiga Today (Fadhil Rahman, Teguh Suryadi)", "📌 Artikel ini diperbarui secara berkala",
    "Bersambung... Laporan akan diperbarui.", "● LIVE  |  3.487 sedang membaca",
    "Halaman selanjutnya: Warga Cipayung Tuntut Kompensasi Bau",
    "Lanjut ke halaman 3: Rangkaian Acara Haul Bung Karno", "Baca artikel ini dalam satu halaman",
    "Masuk dengan akun Google atau Facebook untuk menulis komentar.",
    "Tinggalkan Balasan - Alamat email Anda tidak akan dipublikasikan.",
    "Masuk untuk berkomentar. Belum punya akun Bekasi Pos? Daftar gratis.",
    "📱 Dapatkan notifikasi berita terbaru. Unduh aplikasi Depok Pos di Google Play.",
    "💌 Suka kabar seni dan budaya? Daftarkan email Anda untuk Buletin Akhir Pekan.",
    "⛅ Klaten, Kamis 4 April 2024: 24-32°C, berawan, peluang hujan sore 60%",
    "Beras medium Rp12.800/kg ▼ 200", "Apem Kukus Mbok Sinem - Pesan Online, Kirim ke Solo Raya",
    "Catatan redaksi: Penulisan nama tersangka menggunakan inisial sesuai asas praduga.",
    "Situbondo Pos - Berita Situbondo Terkini. Hak cipta dilindungi undang-undang.",
    "GALERI FOTO (5) - geser untuk melihat",
])
def test_share_bars_credits_notes_pages_prompts_and_widgets_of_further_shapes_go_at_the_edges(
        line):
    assert _only_article([TITLE, PARA, PARA2, line])


def test_two_video_teasers_side_by_side_and_a_standings_table_in_single_spaces_go():
    teasers = ["▶ 02:41 | Detik-detik Banteng Baluran Muncul di Savana Bekol, Pengunjung Histeris",
               "▶ 01:58 | Wabup Situbondo Coba Naik Perahu Kaca di Pantai Pasir Putih"]
    table = ["KLASEMEN CHAMPIONSHIP GRUP 1", "1 PSMS Medan 11 24", "2 Sriwijaya FC 11 21",
             "3 Persiraja 11 19"]
    page = [TITLE, PARA, PARA2, *teasers, "Tag: Baluran, Situbondo", *table]
    assert _only_article(page)


def test_a_thread_under_a_sorted_count_with_an_admins_reply_goes():
    thread = ["18 Komentar | Urutkan: Terbaru", "Aris Budiman",
              "Maju terus Macan Muria! Pokoknya tahun ini harus lolos ke Liga 1.", "Balas",
              "↳ Mira (Admin BengkuluToday): Terima kasih masukannya, Pak. Redaksi akan "
              "menindaklanjuti keluhan ini.", "Balas"]
    assert _only_article([TITLE, PARA, PARA2, *thread])


def test_a_tables_first_row_is_no_pagination():
    """"1 | Gelas Kaca | Iskandar Muda | Kebayakan": a rank and names are a table's row, though
    "1" alone reads as a page number."""
    rows = ["Juara | Kuda | Pemilik | Asal", "1 | Gelas Kaca | Iskandar Muda | Kebayakan",
            "2 | Petir Linge | Sarifuddin | Linge"]
    n = normalize("\n".join([TITLE, PARA, *rows, PARA2]))
    assert all(row in n.text for row in rows)


@pytest.mark.parametrize("line", [
    "Isi berita sepenuhnya tanggung jawab redaksi. Narasumber tidak mewakili sikap kami.",
    "Komentar menjadi tanggung jawab pribadi pengirim, sesuai UU ITE.",
    "Catatan: Setiap tersangka berhak atas asas praduga tak bersalah hingga ada putusan.",
    "Komentar (12) - Lihat semua komentar", "Komentar: Silakan masuk untuk menulis komentar.",
    "Login untuk melihat dan menulis komentar. Masuk dengan Google / Facebook",
    "Suka artikel ini?  👍 182  😮 14  😢 3",
    "Nelayan Balohan - Lebih baik uangnya untuk dermaga. · Balas",
    "3 jam · Suka (18) · Balas", "Laporan akan terus diperbarui.", "■ Laporan ini telah berakhir.",
    "🔄 Laporan langsung - halaman ini diperbarui otomatis",
    "Pemimpin Umum/Pemimpin Redaksi: H. Darwin",
    "Penerbit: PT Pantai Barat Media Pers", "Redaksi MeulabohToday", "Kembali ke atas ↑",
    "Ikuti di Instagram: @annisafeb", "Dengarkan artikel ini  ▶ 3 menit", "Halaman: 1 [2] 3",
    "GALERI  ◀ 1/4 ▶", "Foto & video: Rahmat Nugraha",
    "Liputan langsung dari Lapangan Belang Bebangka",
    "Laporan Teuku Hafiz dari Gedung DPRK Sabang",
    "Senin, 16 September 2024 | Update terakhir 13:47 WIB",
    "Pasang aplikasi Garut Today biar nggak ketinggalan berita Garut! Android | iOS",
    "Follow Saluran WhatsApp BEKASI TODAY biar nggak ketinggalan info banjir terkini!",
    "Simak berita pilihan BEKASI TODAY di Google News. Klik ikuti!",
    "Halaman 3 hanya untuk pembaca terdaftar.",
    "- Konten ini khusus pelanggan LebakToday Premium -",
    "Cuaca Maritim Perairan Pulau Banyak: Gelombang 0,5-1,25 m | Angin Barat Daya 8-15 knot",
    "Jadwal Imsakiyah & Salat - Padangsidimpuan, Selasa 17 Desember 2024",
    "Wawancara Lainnya: Kepala Syahbandar Banten Soal Kepadatan Pelabuhan Merak",
    "Bagikan lewat: WhatsApp | Facebook | X | Salin link",
    "🔴 SIAGA BANJIR • Debit Lae Souraya Terus Naik • Posko Utama di Kantor Camat Singkil",
])
def test_notes_prompts_credits_and_widgets_of_still_more_shapes_go_at_the_edges(line):
    assert _only_article([TITLE, PARA, PARA2, line])


def test_a_thread_without_its_header_goes_below_the_article_but_a_credit_stays_a_credit():
    thread = ["Rudi Hartono Siagian · 2 jam lalu",
              "Semoga cepat surut. Pemkab jangan tunggu banjir dulu baru turun.",
              "Fitri Ananda · 1 jam lalu",
              "Di Sirandorung air sudah mulai turun, tapi listrik masih padam."]
    assert _only_article([TITLE, PARA, PARA2, *thread])
    page = ["Begal Motor Diringkus", "Karawang Post · 3 jam lalu", "Oleh Ujang Sobari", PARA,
            PARA2]
    assert "Begal Motor Diringkus" in normalize("\n".join(page)).text


def test_short_ranked_headlines_under_a_header_and_a_widgets_title_over_its_header_row_go():
    ranked = ["Paling Populer", "1. Gempa Guncang Nias Barat", "2. Harga Cabai Melonjak",
              "3. Wali Kota Gunungsitoli Resmikan Pasar Beringin Baru"]
    table = ["Klasemen Liga 4 Jatim Grup E", "Pos Tim Main Poin", "1 PSBI Blitar 6 14",
             "2 Persedikab Kediri 6 12"]
    assert _only_article([TITLE, PARA, PARA2, "Tag: gempa, Nias", *ranked, *table])


def test_an_articles_list_under_a_title_in_the_tail_is_no_widget():
    """Items that end in words are an article's list, though a title-like line and chrome
    stand above them: only rows, or ranked items ending in their figures, make a widget."""
    items = ["1. Sulawesi Tengah, terutama di kawasan Indonesia Morowali Industrial Park (IMIP)",
             "2. Maluku Utara, berpusat di kawasan industri Weda Bay, Halmahera Tengah"]
    page = [TITLE, PARA, PARA2, "Tag: nikel, smelter",
            "Jadwal Debat Pilkada Jakarta 2024, KPU DKI Gelar Tiga Kali", *items]
    n = normalize("\n".join(page))
    assert all(item in n.text for item in items)


@pytest.mark.parametrize("line", [
    "Oleh: Deswita Rahmi  -  Penyunting: Aldo Firmansyah",
    "(Reporter: Rizki Siregar / Editor: Fahmi Daulay)", "Pewawancara: Aprizal Lubis",
    "Laporan: Theresia Saleleubaja, dari Siberut Selatan",
    "Anda harus masuk untuk berkomentar. Belum punya akun? Daftar gratis.",
    "💬 Komentar (8) - Masuk untuk ikut berdiskusi",
    "Pembaruan berikutnya akan ditampilkan di sini.",
    "Laporan ini terus diperbarui. Tekan F5 atau tarik ke bawah untuk melihat pembaruan.",
    "Pantau terus update gempa Pasaman di halaman ini. Aktifkan notifikasi Pasaman Today 🔔",
    "Kami hanya mengirim berita pilihan, tanpa spam.", "Media ini telah terverifikasi Dewan Pers",
    "Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel di atas.",
    "Bagikan artikel ini:  Facebook (214)  WhatsApp (1,1 rb)  Twitter (37)",
])
def test_credits_prompts_notes_and_counts_of_yet_more_shapes_go_at_the_edges(line):
    assert _only_article([TITLE, PARA, PARA2, line])


def test_a_short_title_over_a_dated_stamp_by_the_newsroom_stays():
    page = ["MERANGIN NEWS", "Pilkada 2024", "Rekapitulasi Suara Rampung",
            "Diterbitkan oleh Redaksi Merangin News - 5 Desember 2024, 22.41 WIB", PARA, PARA2]
    n = normalize("\n".join(page))
    assert "Rekapitulasi Suara Rampung" in n.text and "Diterbitkan" not in n.text


def test_a_wordpress_thread_under_its_count_of_replies_goes():
    thread = ['7 tanggapan untuk "Polisi Razia Tambang Emas Ilegal di Sungai Batang Merangin"',
              "Supardi Pamenang | 21 Juni 2024 pukul 17.20",
              "Alhamdulillah. Tapi besok pasti muncul lagi kalau pemodalnya tidak ditangkap.",
              "Nur Aisyah | 21 Juni 2024 pukul 18.05",
              "Air di Tabir sudah kuning seperti teh susu pak Kapolres, tolong ke sana juga."]
    assert _only_article([TITLE, PARA, PARA2, *thread])


def test_titles_over_their_decks_credits_and_bylines_stay():
    """A two-word title over its deck; a title over "<outlet> / Name"; a title under an
    advertorial's label and its ad, over "Name - Outlet"."""
    deck = "Tradisi syukur panen di Kedurang yang masih bertahan"
    page = ["MannaToday.com", "RAGAM › Budaya", "Sedekah Rame", deck,
            "Oleh TIKA WULANDARI | MannaToday.com", "Sabtu, 16 Agustus 2025, 07.10 WIB",
            "MANNA, MannaToday.com - " + PARA, PARA2]
    assert "Sedekah Rame" in normalize("\n".join(page)).text
    page = ["MUKOMUKO POS", "HUKRIM", "Kades Nonaktif Dituntut 6 Tahun",
            "MUKOMUKO POS / Rio Pradana", "Senin, 28 Juli 2025 - 17:55",
            "MUKOMUKO, Mukomuko Pos - " + PARA, PARA2, "© 2025 Mukomuko Pos"]
    n = normalize("\n".join(page))
    assert "Kades Nonaktif" in n.text and "Rio Pradana" not in n.text
    title = "Pemkab Bangka Tengah Buka Beasiswa Kuliah untuk 250 Mahasiswa, Ini Syaratnya"
    page = ["KOBA NEWS", "ADVERTORIAL",
            "Bank Sumsel Babel Cabang Koba: Tabungan Simpeda Berhadiah Motor, Buka Rekening!",
            title, "Sinta Maharani - Koba News", "Senin, 2 Juni 2025 | 08:30 WIB", PARA, PARA2]
    assert title in normalize("\n".join(page)).text


def test_a_tables_rows_with_names_and_shares_are_no_ads():
    rows = ["Calon | Nomor urut | Perolehan sementara",
            "Firdaus - Indra Mulyadi | 2 | 40,6%", "Hendra Kurniawan - Yulia Fitri | 3 | 28,0%"]
    source = "Sumber: Hitung cepat Andalas Insight, data masuk 96%"
    n = normalize("\n".join([TITLE, PARA, *rows, source, PARA2]))
    assert all(row in n.text for row in rows) and source in n.text


def test_short_last_paragraphs_titles_over_kickers_and_partnership_credits():
    """A short last paragraph signed with its code ends the article, so an agenda above it is
    the article's; a title over a kicker over its byline stays; an advertorial's title over
    its partnership credit is no link under the "ADVERTORIAL" label."""
    agenda = ["RANGKAIAN HARI JADI SIAK KE-26",
              "10 Oktober: Pawai budaya di Jalan Sultan Syarif Kasim",
              "11 Oktober: Malam Syair Kerajaan di Istana Siak"]
    page = [TITLE, PARA, PARA2, *agenda, "Seluruh kegiatan terbuka untuk umum. (nor)",
            "Tag: Hari Jadi Siak, syair"]
    n = normalize("\n".join(page))
    assert all(line in n.text for line in agenda)
    page = ["NATUNA NEWS", "Nelayan Natuna Bicara", "Wawancara",
            "Ditulis oleh Ahmad Rifai · Jumat, 21 Maret 2025 · 10.05 WIB", PARA, PARA2]
    assert "Nelayan Natuna Bicara" in normalize("\n".join(page)).text
    title = "Geopark Natuna Siap Sambut Wisatawan Libur Lebaran, Lima Geosite Wajib Dikunjungi"
    page = ["NATUNA NEWS", "ADVERTORIAL", title,
            "Kerja sama Natuna News dan Dinas Pariwisata Kabupaten Natuna",
            "Selasa, 25 Maret 2025 · 14.00 WIB", PARA, PARA2]
    n = normalize("\n".join(page))
    assert title in n.text and "Kerja sama" not in n.text


@pytest.mark.parametrize("line", [
    "Oleh Yuliana & Dimas Prayoga | BengkalisToday",
    "Gelombang Laut Natuna Utara hari ini: 2,5-4,0 m ⚠ Waspada · Ranai 29°C Berawan",
])
def test_two_reporters_and_a_long_weather_line_go_at_the_edges(line):
    assert _only_article([TITLE, PARA, PARA2, line])


def test_a_credit_tried_after_each_sentence_matches_the_lookbehind_search():
    """The inline rule marked ``after_sentence`` is tried only right after a sentence's end
    (``chrome.rule_matches``); the same pattern behind a lookbehind, searched at every
    position, finds the same credit (the outlet pages' lines and crafted spacings)."""
    import regex

    from newsner.normalize import patterns as p

    rule = next(r for r in p.INLINE_RULES if r.after_sentence)
    searched = regex.compile(r"(?<=[.!?]\s{1,3})" + rule.pattern.pattern, rule.pattern.flags)
    lines = [line for name in PAGE_NAMES for line in (PAGES / f"{name}.txt").read_text(
        encoding="utf-8").splitlines()]
    lines += ["Warga antre. TEMPO/Imam Sukamto", "Warga antre.    Foto: Budi", "Foto. X",
              "Banjir di Jatiasih!  (ANTARA FOTO/Budi Santoso)", "Dok. Humas", "a? Dok. Pemkot"]
    found = 0
    for line in lines:
        pos = max(0, len(line) - rule.window)
        expected = [m.span() for m in searched.finditer(line, pos)]
        assert [m.span() for m in chrome.rule_matches(rule, line)] == expected, line
        found += bool(expected)
    assert found >= 3
