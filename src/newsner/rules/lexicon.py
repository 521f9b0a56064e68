"""The curated word lists behind the rules, loaded once from ``rules/data``.

Every list is a small hand-written text file shipped with the package (see the header comment
of each file). :func:`load_lexicon` reads them into a frozen :class:`Lexicon`; it is cached, so
all :class:`~newsner.rules.RuleMatcher` objects and the resolver share one copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources


def _words(text: str) -> list[str]:
    return text.split()


#: Gazetteer files and the (label, kind) of their entries, in order of precedence: a name listed
#: in two files keeps the first one's kind ("Singapura" is a country before it is a capital).
GAZETTEER_FILES: tuple[tuple[str, str, str], ...] = (
    ("countries.txt", "LOC", "country"),
    ("id_provinces.txt", "LOC", "province"),
    ("regions.txt", "LOC", "region"),
    ("capitals.txt", "LOC", "capital"),
    ("id_cities.txt", "LOC", "city"),
    ("cities_world.txt", "LOC", "city"),
    ("organizations.txt", "ORG", "org"),
)

#: Capitalised words that start a sentence or a headline and are not names.
DAYS = frozenset(_words("senin selasa rabu kamis jumat jum'at sabtu minggu ahad"))
MONTHS = frozenset(_words(
    "januari februari maret april mei juni juli agustus september oktober november desember "
    "jan feb mar apr jun jul agu agt ags sep sept okt nov des dec"
))

#: First words of organisation names ("Kementerian Luar Negeri", "Polda Metro Jaya").
ORG_HEADS = frozenset(_words(
    "universitas institut kementerian partai pt badan dewan majelis mahkamah pengadilan "
    "kejaksaan kepolisian polda polres polresta polrestabes polsek kodam kodim korem pemprov "
    "pemkot pemkab dprd kejati kejari bank yayasan lembaga persatuan asosiasi perhimpunan "
    "ikatan himpunan organisasi komite komisi liga federasi otoritas perusahaan kantor "
    "sekretariat direktorat kedutaan konsulat timnas"
))

#: Words that are never part of a person's name (geography, institutions, generic nouns that
#: news capitalises).
NOT_NAME_WORDS = frozenset(_words(
    "kota kabupaten provinsi daerah istimewa kepulauan pulau utara selatan barat timur tengah "
    "raya jalan jl jln gedung istana bandara stadion pelabuhan masjid gereja museum taman "
    "republik kerajaan federasi negara nasional internasional pemerintah pemerintahan "
    "rakyat umum foto sumber baca juga lihat video berita advertisement nomor no"
)) | ORG_HEADS | DAYS | MONTHS

#: Words before a title that turn "Jenderal Sudirman" into a place or building, not a person.
FACILITY_WORDS = frozenset(_words(
    "jalan jl jln gedung bandara stadion universitas institut museum monumen lapangan taman "
    "masjid rs rsud rumah kapal kri kmp pelabuhan terminal stasiun tol internasional "
    "sekolah"
))

#: Name particles allowed inside a name when followed by a capitalised word ("bin Salman").
NAME_PARTICLES = frozenset(_words("bin binti ibn van von de da der den del al el la le dos"))

#: Things that may stand where a title's jurisdiction goes but are not entities themselves
#: ("Kapolda Metro Jaya", "juru bicara Kremlin").
JURIS_SKIP: tuple[str, ...] = ("Metro Jaya", "Kremlin", "Gedung Putih", "Istana")

#: Single-word titles that are also common parts of names ("Lukman Hakim", "Ratu Atut"): they
#: may appear inside a name, though never at its start.
NAME_OK_TITLES = frozenset(_words("hakim raja ratu pangeran jaksa imam mayor"))

#: Titles whose holder heads an organisation or a team ("Direktur Indofood X", "pelatih Mainz
#: X"): an unknown capitalised word after them may be the organisation, not the name.
ORG_TITLE_HEADS = frozenset(_words(
    "direktur dirut ceo ketua wakil sekretaris sekjen pelatih pendiri komisaris kepala "
    "juru jubir anggota pemimpin koordinator komandan rektor dekan analis pengamat ekonom "
    "peneliti aktor aktris penyanyi presiden dirjen bendahara"
))

#: Prefixes of government bodies that do not swallow the place after them in NER-UI style
#: ("Pemkot **Surabaya**", "DPRD **Surabaya**", "Komisi VII **DPR**").
GOV_PREFIXES = frozenset(_words(
    "pemkot pemkab pemprov pemda polda polres polresta polrestabes polsek kejari kejati dprd "
    "kodam kodim korem fraksi dinas komisi pengadilan"
))

#: Words before a place that make one place name with it ("Kota Surabaya", "Selat Bali").
PLACE_PREFIXES = frozenset(_words(
    "kota kabupaten provinsi kecamatan kelurahan desa pulau kepulauan selat teluk gunung "
    "sungai danau tanjung semenanjung"
))

#: Ranks that may sit between title and name but do not announce a name on their own.
NON_TRIGGER_RANKS = frozenset({"tni", "pol", "polisi", "purn", "h", "hj"})

#: Forms of address that precede names in news text and, like titles and ranks, are never part
#: of a PER span ("kata Pak Basuki", "Bu Risma").
ADDRESS_WORDS = frozenset(_words("pak bu bapak ibu mas mbak bang kak"))


@dataclass(frozen=True)
class Lexicon:
    """Every curated list, by purpose."""

    #: surface form -> (label, kind); kind is country/province/region/capital/city/org/alias
    gazetteer: dict[str, tuple[str, str]]
    #: short form -> (full form, label), from aliases.tsv
    aliases: dict[str, tuple[str, str]]
    #: lower-cased titles ("menteri luar negeri", "menlu")
    titles: frozenset[str]
    #: lower-cased ranks and honorifics, trailing full stop removed
    ranks: frozenset[str]
    #: lower-cased words of office names ("kelautan", "perikanan", "humas")
    office_words: frozenset[str] = frozenset()
    #: gazetteer names that are also everyday words ("antara", "malang"), from common_words.txt
    common_words: frozenset[str] = frozenset()

    def label_of(self, name: str) -> str | None:
        hit = self.gazetteer.get(name)
        return hit[0] if hit else None

    @cached_property
    def longest_title(self) -> int:
        """Words in the longest title or rank ("wakil menteri luar negeri")."""
        return max(len(t.split()) for t in self.titles | self.ranks)

    def leading_titles(self, words: Sequence[str]) -> int:
        """How many of ``words`` (lower-cased, trailing full stops removed), from the first, are
        titles, ranks and forms of address, the longest phrase first at each word: 2 for
        "kapolri jenderal tito", 1 for "dr jamhari", 0 for "joko widodo"."""
        i = 0
        while i < len(words):
            for n in range(min(self.longest_title, len(words) - i), 0, -1):
                phrase = " ".join(words[i:i + n])
                if phrase in self.titles or phrase in self.ranks or (
                        n == 1 and phrase in ADDRESS_WORDS):
                    i += n
                    break
            else:
                break
        return i

    def is_title_phrase(self, text: str) -> bool:
        """True when ``text`` is only titles and ranks ("Menlu", "Menteri Luar Negeri")."""
        words = [w.strip(".,") for w in text.lower().split()]
        words = [w for w in words if w]
        if not words:
            return False
        joined = " ".join(words)
        if joined in self.titles:
            return True
        return all(w in self.titles or w in self.ranks for w in words)


def _read_lines(name: str) -> list[str]:
    text = resources.files("newsner.rules").joinpath("data", name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@cache
def load_lexicon() -> Lexicon:
    """Read all data files (once per process)."""
    gazetteer: dict[str, tuple[str, str]] = {}
    for fname, label, kind in GAZETTEER_FILES:
        for name in _read_lines(fname):
            gazetteer.setdefault(name, (label, kind))
    aliases: dict[str, tuple[str, str]] = {}
    for line in _read_lines("aliases.tsv"):
        parts = line.split("\t")
        if len(parts) != 3 or parts[2] not in ("PER", "LOC", "ORG"):
            raise ValueError(f"aliases.tsv: bad line {line!r}")
        short, full, label = parts
        aliases.setdefault(short, (full, label))
        kind = "country" if label == "LOC" and gazetteer.get(full, ("", ""))[1] == "country" \
            else ("org" if label == "ORG" else "alias")
        gazetteer.setdefault(short, (label, kind))
        gazetteer.setdefault(full, (label, kind))
    titles = frozenset(t.lower() for t in _read_lines("titles.txt"))
    ranks = frozenset(r.lower().rstrip(".") for r in _read_lines("ranks.txt"))
    office = frozenset(w.lower() for w in _read_lines("office_words.txt"))
    common = frozenset(w.lower() for w in _read_lines("common_words.txt"))
    return Lexicon(gazetteer=gazetteer, aliases=aliases, titles=titles, ranks=ranks,
                   office_words=office, common_words=common)
