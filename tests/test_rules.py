"""Rules on real Indonesian news sentences: titles, acronyms, gazetteers, datelines."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsner.rules import align, find_definitions, load_lexicon
from newsner.rules.lexicon import GAZETTEER_FILES

REPO = Path(__file__).resolve().parents[1]
SEED = "republika-lavrov-blinken"


def found(tokenizer, rules, text):
    """(surface, label, rule, strength) of every rule candidate, checking offsets."""
    doc = tokenizer(text)
    out = []
    for c in rules(doc):
        assert c.source == "rule" and c.strength in ("strong", "weak")
        out.append((text[c.start:c.end], c.label, c.rule, c.strength))
    return out


def spans(tokenizer, rules, text, label=None):
    return [(s, lab) for s, lab, _r, _st in found(tokenizer, rules, text) if label in (None, lab)]


# --------------------------------------------------------------------------- titles


@pytest.mark.parametrize(
    "text, persons",
    [
        ("Menteri Luar Negeri Rusia Sergey Lavrov tiba di Stockholm pada Kamis.",
         ["Sergey Lavrov"]),
        ("Menlu AS Blinken menegaskan niat Washington.", ["Blinken"]),
        ("Presiden Joko Widodo membuka rapat kabinet di Istana Bogor.", ["Joko Widodo"]),
        ("Gubernur DKI Jakarta Anies Baswedan meninjau banjir di Kemang.", ["Anies Baswedan"]),
        ("Kapolri Jenderal Listyo Sigit Prabowo memimpin upacara.", ["Listyo Sigit Prabowo"]),
        ("Ketua DPR Puan Maharani menerima delegasi parlemen Jepang.", ["Puan Maharani"]),
        ("Dubes RI untuk Jepang Heri Akhmadi menghadiri acara itu.", ["Heri Akhmadi"]),
        ("Sekjen PBB Antonio Guterres menyerukan gencatan senjata.", ["Antonio Guterres"]),
        ("Kepala BNPB Letjen TNI Suharyanto meninjau lokasi gempa.", ["Suharyanto"]),
        ("Perdana Menteri Jepang Fumio Kishida dan Kanselir Jerman Olaf Scholz bertemu.",
         ["Fumio Kishida", "Olaf Scholz"]),
        ("Putra Mahkota Arab Saudi Mohammed bin Salman menerima tamunya.",
         ["Mohammed bin Salman"]),
        ("Hal itu disampaikan juru bicara Kremlin Dmitry Peskov kepada wartawan.",
         ["Dmitry Peskov"]),
        ("Wali Kota Surabaya Eri Cahyadi dan Bupati Bogor Ade Yasin hadir.",
         ["Eri Cahyadi", "Ade Yasin"]),
        ("Kapolda Metro Jaya Irjen Fadil Imran memberikan keterangan.", ["Fadil Imran"]),
    ],
)
def test_title_gives_person_without_the_title(tokenizer, rules, text, persons):
    got = found(tokenizer, rules, text)
    per = [s for s, lab, _r, _st in got if lab == "PER"]
    assert per == persons
    for _s, lab, rule, strength in got:
        if lab == "PER":
            assert rule == "title_person" and strength == "strong"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Menteri Luar Negeri Rusia Sergey Lavrov berbicara.",
         [("Rusia", "LOC"), ("Sergey Lavrov", "PER")]),
        ("Menlu AS Blinken berbicara.", [("AS", "LOC"), ("Blinken", "PER")]),
        ("Ketua DPR Puan Maharani berbicara.", [("DPR", "ORG"), ("Puan Maharani", "PER")]),
        ("Gubernur DKI Jakarta Anies Baswedan berbicara.",
         [("DKI Jakarta", "LOC"), ("Anies Baswedan", "PER")]),
        ("Dubes RI untuk Jepang Heri Akhmadi berbicara.",
         [("RI", "LOC"), ("Jepang", "LOC"), ("Heri Akhmadi", "PER")]),
        ("Menteri Luar Negeri Amerika Serikat (AS) Antony Blinken berbicara.",
         [("Amerika Serikat", "LOC"), ("AS", "LOC"), ("Antony Blinken", "PER")]),
        # a title with its jurisdiction but no name: only the place
        ('"Rusia tidak menginginkan konflik," kata menlu Rusia menambahkan.',
         [("Rusia", "LOC"), ("Rusia", "LOC")]),
    ],
)
def test_title_jurisdiction_is_loc_or_org(tokenizer, rules, text, expected):
    assert spans(tokenizer, rules, text) == expected


@pytest.mark.parametrize(
    "text, persons",
    [
        # the minister's portfolio sits between the title and the name
        ("Menteri Kelautan dan Perikanan Susi Pudjiastuti meninjau pelabuhan.",
         ["Susi Pudjiastuti"]),
        ("Menteri Koordinator Politik, Hukum, dan Keamanan Mahfud menggelar rapat.",
         ["Mahfud"]),
        ("Kepala Pusat Data Informasi dan Humas BNPB Sutopo Purwo Nugroho memberi keterangan.",
         ["Sutopo Purwo Nugroho"]),
        # initials, a title-like word inside a name, a regnal number
        ("Menko Polhukam Luhut B Pandjaitan hadir.", ["Luhut B Pandjaitan"]),
        ("Menteri Agama Lukman Hakim Saefuddin berpidato.", ["Lukman Hakim Saefuddin"]),
        ("Ratu Elizabeth II wafat di Balmoral.", ["Elizabeth II"]),
        # an unknown organisation before the comma, the person after it
        ("Pelatih Leicester, Claudio Ranieri, memuji pemainnya.", ["Claudio Ranieri"]),
    ],
)
def test_title_office_words_and_name_shapes(tokenizer, rules, text, persons):
    assert [s for s, lab in spans(tokenizer, rules, text) if lab == "PER"] == persons


@pytest.mark.parametrize(
    "text",
    [
        "Aturan itu tertuang dalam Instruksi Presiden Nomor 2 Tahun 2016.",  # a document
        "Direktur Indofood Franciscus Welirang menjelaskan rencana itu.",  # company or name?
        "Ia dilantik sebagai anggota Satpol PP tahun lalu.",  # no clear end of a name
        "Direktorat Jenderal Imigrasi memperketat pengawasan.",  # a rank inside a name
    ],
)
def test_title_skips_unclear_names(tokenizer, rules, text):
    assert spans(tokenizer, rules, text, "PER") == []


def test_title_nickname_in_brackets(tokenizer, rules):
    text = "Presiden Joko Widodo (Jokowi) meresmikan bendungan di Sulawesi Selatan."
    assert spans(tokenizer, rules, text) == [
        ("Joko Widodo", "PER"), ("Jokowi", "PER"), ("Sulawesi Selatan", "LOC")]


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Minta Warga Tetap Tenang Hadapi Pandemi",  # a headline, not a name
        "Kantornya berada di Jalan Jenderal Sudirman, dekat Bundaran HI.",  # a street
        "Wakil Presiden menghadiri sidang kabinet pada Senin pagi.",  # a title alone
        "Presiden Senin (12/6) meresmikan jalan tol baru.",  # a weekday is no name
    ],
)
def test_title_does_not_invent_people(tokenizer, rules, text):
    assert spans(tokenizer, rules, text, "PER") == []


def test_name_memory_finds_bare_surnames_of_titled_people(tokenizer, rules):
    text = ("Menlu AS Antony Blinken tiba di Stockholm. Blinken bertemu Menteri Luar Negeri "
            "Rusia Sergey Lavrov. Lavrov mengatakan pertemuan itu produktif.")
    got = found(tokenizer, rules, text)
    memory = [(s, lab) for s, lab, rule, strength in got if rule == "name_memory"]
    assert memory == [("Blinken", "PER"), ("Lavrov", "PER")]
    assert all(st == "weak" for _s, _l, rule, st in got if rule == "name_memory")


def test_name_memory_leaves_other_people_with_the_same_surname(tokenizer, rules):
    text = ("Gubernur DKI Jakarta Anies Baswedan menerima tamu. Pamannya, Rasyid Baswedan, "
            "ikut hadir.")
    per = spans(tokenizer, rules, text, "PER")
    assert per == [("Anies Baswedan", "PER")]


# --------------------------------------------------------------------------- acronyms


def test_align_is_schwartz_hearst():
    assert align("AS", "Menteri Luar Negeri Amerika Serikat") == len("Menteri Luar Negeri ")
    assert align("KPK", "Komisi Pemberantasan Korupsi") == 0
    assert align("XYZ", "Komisi Pemberantasan Korupsi") is None


def test_document_teaches_acronyms(tokenizer, rules):
    text = ("Komisi Pemberantasan Korupsi (KPK) memeriksa seorang pejabat. Juru bicara KPK "
            "mengatakan Lembaga Perlindungan Saksi dan Korban (LPSK) ikut mendampingi saksi. "
            "LPSK menyediakan rumah aman.")
    doc = tokenizer(text)
    assert rules.acronyms(doc) == {
        "KPK": "Komisi Pemberantasan Korupsi",
        "LPSK": "Lembaga Perlindungan Saksi dan Korban",
    }
    got = [(text[c.start:c.end], c.label, c.rule, c.strength) for c in rules(doc)]
    assert ("Komisi Pemberantasan Korupsi", "ORG", "acronym_def", "strong") in got
    assert ("KPK", "ORG", "acronym_def", "strong") in got
    # the second KPK is claimed by the title rule ("Juru bicara KPK"): ORG and strong either way
    assert [(lab, st) for s, lab, _r, st in got if s == "KPK"] == [("ORG", "strong")] * 2
    # LPSK is in no list: the long form's head word ("Lembaga") makes it an ORG
    assert ("Lembaga Perlindungan Saksi dan Korban", "ORG", "acronym_def", "strong") in got
    assert ("LPSK", "ORG", "acronym_doc", "strong") in got


def test_acronym_defined_short_form_first(tokenizer, rules):
    text = "Ia bekerja di BRIN (Badan Riset dan Inovasi Nasional) sejak 2021."
    doc = tokenizer(text)
    assert rules.acronyms(doc) == {"BRIN": "Badan Riset dan Inovasi Nasional"}


def test_document_definition_beats_the_curated_meaning(tokenizer, rules):
    text = "Ketua Partai Bulan Bintang (PBB) Yusril Ihza Mahendra hadir. PBB mendukung usul itu."
    doc = tokenizer(text)
    assert rules.acronyms(doc)["PBB"] == "Partai Bulan Bintang"
    assert ("PBB", "ORG") in [(text[c.start:c.end], c.label) for c in rules(doc)]


def test_acronym_needs_a_name_like_long_form(tokenizer, rules):
    doc = tokenizer("Data itu dikumpulkan oleh tim survei nasional (TSN) pada 2020.")
    assert find_definitions(doc) == []
    assert rules.acronyms(doc) == {}


def test_country_acronym_definition(tokenizer, rules):
    text = "Pemerintah Amerika Serikat (AS) menyambut baik. AS akan mengirim bantuan."
    assert spans(tokenizer, rules, text) == [
        ("Amerika Serikat", "LOC"), ("AS", "LOC"), ("AS", "LOC")]


# --------------------------------------------------------------------------- gazetteers


def test_gazetteer_hits_with_exact_offsets(tokenizer, rules):
    text = ("Delegasi dari Korea Selatan, Papua Nugini, dan Uni Emirat Arab tiba di Kuala "
            "Lumpur sebelum terbang ke Surabaya, Jawa Timur, lalu ke Timur Tengah.")
    doc = tokenizer(text)
    got = [(c.start, c.end, c.label) for c in rules(doc)]
    expected = []
    for name in ["Korea Selatan", "Papua Nugini", "Uni Emirat Arab", "Kuala Lumpur",
                 "Surabaya", "Jawa Timur", "Timur Tengah"]:
        start = text.index(name)
        expected.append((start, start + len(name), "LOC"))
    assert got == expected


def test_organisations_and_parties(tokenizer, rules):
    text = ("NATO, ASEAN, dan Bank Dunia menggelar pertemuan. Politikus Gerindra, PDIP, "
            "dan PKS menghadiri rapat di DPR bersama pejabat OJK.")
    assert spans(tokenizer, rules, text) == [
        ("NATO", "ORG"), ("ASEAN", "ORG"), ("Bank Dunia", "ORG"), ("Gerindra", "ORG"),
        ("PDIP", "ORG"), ("PKS", "ORG"), ("DPR", "ORG"), ("OJK", "ORG")]


def test_uni_eropa_is_org(tokenizer, rules):
    text = "Uni Eropa menjatuhkan sanksi baru. UE juga membekukan aset."
    assert spans(tokenizer, rules, text) == [("Uni Eropa", "ORG"), ("UE", "ORG")]


def test_country_as_attribute_is_loc_and_strong(tokenizer, rules):
    text = "Persoalan itu dihadapi para diplomat Rusia di AS dan diplomat Amerika di Rusia."
    got = found(tokenizer, rules, text)
    assert [(s, lab) for s, lab, _r, _st in got] == [
        ("Rusia", "LOC"), ("AS", "LOC"), ("Amerika", "LOC"), ("Rusia", "LOC")]
    assert all(st == "strong" for *_rest, st in got)


def test_country_inside_a_longer_name_is_weak(tokenizer, rules):
    got = found(tokenizer, rules,
                "Ia kuliah di Universitas Indonesia dan Institut Teknologi Bandung.")
    assert [(s, lab, st) for s, lab, _r, st in got] == [
        ("Universitas Indonesia", "ORG", "weak"), ("Institut Teknologi Bandung", "ORG", "weak")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a listed place glued to unlisted capitalised words is part of another name
        ("Pegawai PT Pos Indonesia menerima bonus.", [("PT Pos Indonesia", "ORG")]),
        ("Warga Bekasi Timur mengeluhkan banjir.", []),
        ("Saham Semen Gresik naik.", []),
        # government and place prefixes stay outside the place (NER-UI style)
        ("Pemkot Surabaya dan DPRD Surabaya sepakat.",
         [("Surabaya", "LOC"), ("DPRD", "ORG"), ("Surabaya", "LOC")]),
        ("Banjir melanda Kota Bandung dan Kabupaten Bogor.",
         [("Bandung", "LOC"), ("Bogor", "LOC")]),
        ("Anggota Komisi VII DPR meninjau lokasi.", [("DPR", "ORG")]),
        # clubs named after cities
        ("AS Roma menang atas Real Madrid.", [("AS Roma", "ORG"), ("Real Madrid", "ORG")]),
    ],
)
def test_gazetteer_hits_inside_longer_names(tokenizer, rules, text, expected):
    assert spans(tokenizer, rules, text) == expected


def test_language_names_are_not_places(tokenizer, rules):
    assert spans(tokenizer, rules, "Dia fasih berbahasa Inggris dan bahasa Jepang.") == []


def test_longest_place_wins(tokenizer, rules):
    text = "Kapal itu berlayar di Laut China Selatan menuju Amerika Serikat."
    assert spans(tokenizer, rules, text) == [("Laut China Selatan", "LOC"),
                                             ("Amerika Serikat", "LOC")]


# --------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    "text, city",
    [
        ("REPUBLIKA.CO.ID, STOCKHOLM -- Menlu Rusia tiba.", "STOCKHOLM"),
        ("JAKARTA, KOMPAS.com - Hujan deras mengguyur ibu kota.", "JAKARTA"),
        ("Bandung (ANTARA) - Hujan deras mengguyur kota itu.", "Bandung"),
        ("TEMPO.CO, Jakarta - Hujan deras mengguyur ibu kota.", "Jakarta"),
    ],
)
def test_dateline_city_is_loc_and_outlet_is_nothing(tokenizer, rules, text, city):
    got = found(tokenizer, rules, text)
    assert got[0] == (city, "LOC", "dateline", "strong")
    outlets = ("REPUBLIKA", "KOMPAS", "ANTARA", "TEMPO")
    assert not any(s.startswith(outlets) for s, *_ in got)


def test_all_caps_place_outside_a_dateline_is_not_matched(tokenizer, rules):
    assert spans(tokenizer, rules, "Ia menulis STOCKHOLM besar-besar di papan.") == []


# --------------------------------------------------------------------------- data files


def test_data_files_have_headers_and_sane_entries():
    data = REPO / "src" / "newsner" / "rules" / "data"
    files = sorted(data.iterdir())
    assert {f.name for f in files} >= {f for f, _l, _k in GAZETTEER_FILES} | {
        "aliases.tsv", "titles.txt", "ranks.txt"}
    for f in files:
        lines = f.read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("#"), f.name
        assert "newsner" in " ".join(lines[:6]), f"{f.name}: header must say we wrote it"
    lex = load_lexicon()
    countries = [n for n, (_l, k) in lex.gazetteer.items() if k == "country"]
    assert len(countries) >= 195
    provinces = (data / "id_provinces.txt").read_text(encoding="utf-8")
    for p in ["Aceh", "Papua Barat Daya", "Papua Pegunungan", "Kalimantan Utara", "DKI Jakarta"]:
        assert p in provinces
    for short, (full, label) in lex.aliases.items():
        assert label in ("LOC", "ORG") and short and full


def test_patterns_are_tokenized_like_text(tokenizer, rules):
    lex = load_lexicon()
    names = [*lex.gazetteer, *lex.titles, *lex.ranks]
    for name, pattern in zip(names, rules.tokenize_patterns(names), strict=True):
        assert [t.text for t in pattern] == [t.text for t in tokenizer.make_doc(name)], name


def test_matcher_is_fast_once_compiled(tokenizer, rules):
    import time

    doc = tokenizer("Menlu AS Antony Blinken bertemu Menlu Rusia Sergey Lavrov di Stockholm. "
                    * 200)
    t = time.perf_counter()
    cands = rules(doc)
    assert time.perf_counter() - t < 5
    assert len(cands) >= 1000


# --------------------------------------------------------------------------- seed article


@pytest.mark.shared_data
def test_rules_alone_on_the_seed_article(tokenizer, rules, seed_article, capsys):
    text, gold = seed_article
    cands = rules(tokenizer(text))
    skip = gold["ignore"] + gold["boilerplate"]

    def skipped(c):
        return any(c.start < r["end"] and r["start"] < c.end for r in skip)

    pred = {(c.start, c.end, c.label) for c in cands if not skipped(c)}
    truth = {(e["start"], e["end"], e["label"]) for e in gold["entities"]}
    tp = len(pred & truth)
    precision, recall = tp / max(1, len(pred)), tp / len(truth)
    with capsys.disabled():
        print(f"\nrules-only on {SEED}: P={precision:.3f} R={recall:.3f} "
              f"({tp} tp, {len(pred)} predicted, {len(truth)} gold; "
              f"{sum(map(skipped, cands))} in ignore/boilerplate)")
    assert precision >= 0.95
    assert recall >= 0.9
    # no person, place or organisation is proposed in the page chrome either
    chrome = [c for c in cands if any(c.start < r["end"] and r["start"] < c.end
                                      for r in gold["boilerplate"])]
    assert chrome == []


def test_dateline_matcher_windows_find_what_the_whole_doc_finds(tokenizer, rules) -> None:
    """The dateline Matcher runs only around dash runs (speed); it must find exactly the
    matches a run over the whole doc finds, on pages with many dashes and datelines."""
    from pathlib import Path

    from newsner.rules.datelines import Datelines
    from newsner.rules.state import DocState

    pages = sorted((Path(__file__).parent / "pages").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in pages] + [
        "JAKARTA (ANTARA) - KPK memeriksa.\nKOMPAS.com - Presiden - - Joko - di Jakarta.",
        "REPUBLIKA.CO.ID, STOCKHOLM -- Menlu.\nSURABAYA, KOMPAS.com — Wali Kota -- Risma.",
        "- - -\nA - B - C\nKOTA BARU BESAR (ANTARA) ---",
    ]
    datelines = next(r for r in rules.rules if isinstance(r, Datelines))
    found = 0
    for text in texts:
        doc = tokenizer(text)
        whole = sorted(datelines.matcher(doc))
        assert sorted(datelines.matches(DocState.of(doc))) == whole
        found += len(whole)
    assert found >= 5
