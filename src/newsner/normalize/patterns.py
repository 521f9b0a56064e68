"""The catalogue of page-chrome patterns, in one place so it can be read and extended.

Patterns describe what Indonesian news sites (Republika, Kompas, Detik, Tempo, CNN Indonesia,
Antara, Liputan6, Okezone, Tribunnews, Kumparan, ...) wrap around an article, not any one page:
the phrases are the sites' own fixed widget labels, so a match is positive evidence of chrome.
Every line pattern is matched against a *whole* stripped line and carries a length cap, so a
long article paragraph that merely starts with the same words is never taken for chrome.

They run on text that :mod:`newsner.normalize.chars` already cleaned (ASCII quotes and dashes,
single-character spaces), which keeps them short.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import regex

_I = regex.IGNORECASE | regex.VERSION0
_CASE = regex.VERSION0

# -- building blocks --------------------------------------------------------------------------

MONTH = (
    r"(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|mar(?:et|ch)?|apr(?:il)?|mei|may|jun(?:i|e)?"
    r"|jul(?:i|y)?|agu(?:stus)?|ags|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?"
    r"|nov(?:ember)?|des(?:ember)?|dec(?:ember)?)\.?"
)
#: Academic degrees after a name: ", S.H., M.H.", ", MA".
DEGREES = r"(?:\s*,\s*\p{Lu}[\p{L}]{0,4}\.?(?:\s?\p{Lu}[\p{L}]{0,4}\.?){0,3})"
HIJRI_MONTH = (
    r"(?:muharr?am|safar|shafar|rabi'?ul\s+(?:awal|akhir)|jumadil\s+(?:awal|akhir)"
    r"|jumadil?\s+(?:ula|tsani(?:yah)?)|rajab|sya'?ban|syakban|ramadh?an|syawal|dzulkaidah"
    r"|dzulqa'?dah|zulkaidah|dzulhijj?ah|zulhijjah)"
)
DAY = (
    r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)"
)
DATE = (
    rf"(?:\d{{1,2}}\s+{MONTH}\s+\d{{4}}|{MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})"
)
TIME = (
    r"(?:pukul\s+|jam\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"(?:\s*(?:WIB|WITA|WIT|UTC|GMT(?:\s*[+-]\s*\d{1,2})?|[AP]M))?"
)
#: A time ago: "2 jam lalu".
_AGO = r"\d+\s+(?:detik|menit|jam|hari|minggu|bulan)\s+(?:yang\s+)?lalu"
#: A time ago in a line ("Rudi Hartono · 2 jam lalu").
TIME_AGO = regex.compile(rf"\b{_AGO}\b", _I)
#: A thread's short time ago: "5 j", "12 mnt", "3 hr".
_AGO_SHORT = r"\d+\s?(?:j|jam|mnt|menit|hr|hari|mg|dtk|detik)\b"
#: A row of standings or results with its cells in single spaces: "1 PSMS Medan 11 24".
RANKED_ROW = re.compile(r"\d{1,2}\.?\s+[^\d\s][^\d]{1,40}?(?:\s+\d{1,3}(?:-\d{1,3})?){2,}")
#: A widget's title names what it shows: the day's prices, rates, weather, times, standings.
WIDGET_TITLE = re.compile(r"\b(?:hari\s+ini|klasemen|jadwal|harga|kurs|cuaca|prakiraan|skor|hasil"
                          r"|imsakiyah|salat|sholat|kualitas\s+udara)\b", re.IGNORECASE)
#: A team's points in a standings row.
POINTS = re.compile(r"\d+\s*(?:poin|pts|points?)\s*$", re.IGNORECASE)
#: Outlet names as they appear in datelines and site labels ("KOMPAS.com", "CNN Indonesia").
KNOWN_OUTLETS = (
    r"(?i:CNN +Indonesia|CNBC +Indonesia|ANTARA(?: +News)?|Okezone|kumparan\w*|Kompas(?:TV)?"
    r"|Republika|Tempo|detik\w*|Bisnis|iNews|Sindonews|Metro *TV|VOA(?: +Indonesia)?"
    r"|BBC(?: +News)?,?(?: +Indonesia)?|Beritasatu|IDN +Times|Katadata|Gatra|Jawa +Pos"
    r"|Media +Indonesia|Tribun\w*|Liputan6|VIVA|JPNN|Merdeka|Suara|Medcom)"
)
#: Outlets named by their domain: "REPUBLIKA.CO.ID", "Liputan6.com", "TEMPO.CO".
OUTLET_DOMAIN = r"[\w-]+(?i:\.(?:com|co|id|net|org|news|tv|my))+"
OUTLET = rf"(?:{OUTLET_DOMAIN}|{KNOWN_OUTLETS})"
#: Agencies and outlets that sign photo credits ("ANTARA FOTO/Name", "(AP/Name)").
_CREDIT_SOURCES = (
    r"(?:[\w-]+\.(?:com|co\.id|id)|ANTARA\s+FOTO|ANTARA|REUTERS|Reuters|AP|AFP|EPA|TEMPO|KOMPAS\.com|KOMPAS\.COM"
    r"|TRIBUNNEWS\.COM|Tribunnews\.com|Liputan6\.com|Okezone|kumparan|Dok\.?|DOK\.?|dok\.?"
    r"|Getty\s+Images|iStock|Shutterstock)"
)
#: A date alone, weekday or not ("Senin, 3 Maret 2025"), as a dated subheading is written.
DATE_ALONE = regex.compile(rf"(?:{DAY}\s*,?\s*)?{DATE}\s*:?", regex.IGNORECASE)
#: A live report's subheading under the hour: "10.05 WIB — Wali Kota Tiba di Lokasi".
TIMED_SUBHEADING = regex.compile(rf"{TIME}\s*[—–-]\s*\S.*", regex.IGNORECASE)
#: A publication time: "Senin, 4 Maret 2024 10:15 WIB", "Diperbarui 22 Apr 2024, 14:05 WIB".
_STAMP = (
    rf"(?:(?:diperbarui|diterbitkan|dipublikasikan|dipublikasi|diunggah|diposting|dimulai"
    rf"|pembaruan(?:\s+terakhir)?"
    rf"|terbit|published|updated"
    rf"|posted|last\s+updated)(?:\s+terakhir)?\s*:?\s*)?(?:[\w.]+(?: [\w.]+){{0,2}}\s*-{{1,3}}\s*)?"
    # by whom: "Diterbitkan oleh Redaksi Merangin News - 5 Desember 2024, 22.41 WIB"
    rf"(?:oleh\s+[\w.]+(?: [\w.]+){{0,3}}\s*[-,|]\s*)?"
    # the place before the weekday: "Jepara, Rabu, 17 Juli 2024 10:05 WIB"
    rf"(?:[\w.]+(?: [\w.]+){{0,2}}\s*,\s*(?={DAY}))?"
    rf"(?:{DAY}\s*,?\s*)?{DATE}"
    rf"(?:\s*[,|/·•-]?\s*{TIME})?"
    # when it was updated: "Rabu, 9 Juli 2025 07:05 WIT  Diperbarui 21:48 WIT"
    rf"(?:\s*[,|·•-]?\s*(?:terakhir\s+)?(?:diperbarui|update[d]?|pembaruan)(?:\s+terakhir)?\s*:?\s*"
    rf"(?:{DATE}\s*,?\s*)?{TIME})?"
    r"(?:\s*\((?:diperbarui|updated?)\))?"
    # the Hijri date beside it: "Sabtu, 8 Februari 2025 | 9 Syakban 1446 H"
    rf"(?:\s*[|/·•-]\s*\d{{1,2}}\s+{HIJRI_MONTH}\s+\d{{4}}\s*H\b\.?)?"
    r"(?:\s*[|·•-]\s*(?:waktu\s+baca\s*:?\s*)?\d+\s*menit(?:\s+(?:baca|membaca))?)?"
    # "Rabu, 30 Juli 2025, 13:22 WIB - Oleh Dinda Permatasari"
    r"(?:\s*[|·•-]\s*(?:oleh|by)\s+[^\W\d_][\w.' ]{1,40})?"
)
#: An editor sign-off code: "(ams/ams)", "(rzr/mea)", "(*/ant)".
#: An editor's code of initials: "(rzy/bil)", "(gal/c7/ilm)", "(fre/din/JPG)"; each part has a
#: letter, so a date "(2/10)" is not one.
_CODE_PART = r"\*?(?=\d*[A-Za-z])[A-Za-z\d]{1,6}\*?"
_SLASH_CODE = rf"\({_CODE_PART}(?:/{_CODE_PART}){{1,3}}\)"

# -- line rules -------------------------------------------------------------------------------


class LazyPattern:
    """A ``regex`` pattern compiled on its first use.

    A line rule's own pattern runs only after the combined alternation below matched that
    line (the alternation is built from the source text), so most never run on a given
    article; compiling all of them would add ~0.05 s to every cold start.
    """

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern, self.flags = pattern, flags
        self._compiled: regex.Pattern[str] | None = None

    def compiled(self) -> regex.Pattern[str]:
        if self._compiled is None:  # a race only compiles the same pattern twice
            self._compiled = regex.compile(self.pattern, self.flags)
        return self._compiled

    def fullmatch(self, string: str) -> regex.Match[str] | None:
        return self.compiled().fullmatch(string)

    def search(self, string: str) -> regex.Match[str] | None:
        return self.compiled().search(string)


#: Where a line rule may remove its line. ``ANYWHERE``: the form cannot be article text
#: ("Baca juga: ...", "ADVERTISEMENT", a share bar). ``EDGE``: article text can take the same
#: form (a dated subheading, "Sumber: ..." in a table), so the line goes only in the page's head
#: (before the first body paragraph) or tail (after the last); ``TOP``: only before the first
#: body paragraph (a tail may hold a table); ``HEAD``: only above the headline (section labels).
#: ``HEADER``: a label that also takes the headline-shaped lines listed under it
#: (:func:`newsner.normalize.chrome.find_chrome`). Any line above the headline is chrome.
#: ``LEAD``: a credit line right under the first body paragraph (set by
#: :func:`newsner.normalize.chrome.find_chrome`, never by a rule).
ANYWHERE, EDGE, TOP, HEAD, HEADER = "anywhere", "edge", "top", "head", "header"
LEAD = "lead"


@dataclass(frozen=True)
class LineRule:
    """A whole-line pattern and where it applies (``scope``).

    ``requires``: substrings one of which must be in the line before the pattern is tried (keeps
    patterns that scan a whole line off the common path). ``also``: a second pattern that must
    be found in the line (share/pagination lines made only of filler words are not chrome).
    ``closed``: what follows the label must be a closed form (names, dates, outlets, counts):
    a line with one of these words in it ("yang", "bahwa", "kata", ...) is prose and stays.
    """

    reason: str
    pattern: LazyPattern
    max_len: int = 200
    scope: str = ANYWHERE
    requires: tuple[str, ...] = ()
    also: LazyPattern | None = None
    closed: frozenset[str] = frozenset()
    #: ``requires`` as one pattern: a C-level scan of the line instead of one per substring
    guard: re.Pattern[str] | None = None


def _rule(reason: str, pattern: str, max_len: int = 200, scope: str = ANYWHERE, *,
          flags: int = _I, requires: tuple[str, ...] = (), also: str = "",
          closed: frozenset[str] = frozenset()) -> LineRule:
    guard = re.compile("|".join(map(re.escape, requires))) if requires else None
    return LineRule(reason, LazyPattern(pattern, flags), max_len, scope, requires,
                    LazyPattern(also, _I) if also else None, closed, guard)


#: Words that make a line a clause (Indonesian function words, verbs of saying, pronouns).
#: Chrome after a label is names, dates, outlets, URLs and counts; it never holds these.
CLAUSE_WORDS = frozenset(
    "yang bahwa kata ujar ucap tutur jelas menurut tersebut mereka dia ia adalah ini itu akan "
    "telah sudah tidak belum saat ketika namun tetapi bisa dapat harus agar untuk dengan dalam "
    "pada oleh kepada terhadap sebagai setelah sejak karena masih hanya para sedang ada"
    .split())
#: The smaller set for promotions, which are sentences themselves ("Anda harus install
#: aplikasi Telegram terlebih dulu di ponsel"): only what marks reported speech or reference.
REPORT_WORDS = frozenset("yang bahwa kata ujar ucap tutur menurut tersebut mereka dia ia".split())
#: What the outlet's prompts to its reader name: the reader, a store, a channel, an account.
_READER_PROMPT = (r"\b(?:anda|kamu|rekening|redaksi|google\s+play|app\s*store|play\s*store"
                  r"|email|surel|gratis|setiap|klik|aplikasi|ketinggalan|whatsapp|google\s+news"
                  r"|ikuti|terdaftar|premium|pelanggan|android|ios)\b|\ba\.n\.")
#: What an ad says (:data:`AD_COPY`): an offer, a prize, a price cut, a call.
_AD_WORDS = (r"\b(?:promo|diskon|cicilan|dp\s+\d|hubungi|gratis|harga\s+mulai|kunjungi"
             r"|pesan\s+sekarang|order\s+sekarang|daftar\s+sekarang|berhadiah|hadiah\s+langsung"
             r"|undian|tabungan|mulai\s+rp|reservasi|bunga\s+ringan|voucher|paket\s+(?:menginap"
             r"|meeting|wisata|sunrise|liburan|pernikahan)|pesan\s+online|buka\s+setiap\s+hari"
             r"|tarik\s+tunai)\b|\d\s*%")

#: Labels that head a list of links or teasers; the headline-shaped lines under one go with it.
HEADER_RULES: tuple[LineRule, ...] = (
    _rule("related links",
          r"[-*>#\s]*(?:(?:baca|lihat|simak)\s+(?:juga|pula)|(?:berita|artikel|cerita|kisah|link"
          r"|tautan)\s+(?:terkait"
          r"|lainnya|lain|pilihan|terpopuler|populer|rekomendasi|terkini|terbaru|menarik"
          r"|selanjutnya)(?:\s+untuk\s+anda)?|baca\s+berita\s+lain(?:nya)?|terpopuler|populer"
          r"|most\s+popular|rekomendasi(?:\s+untuk\s+anda)?|baca\s+(?:berikutnya|selanjutnya|selengkapnya)"
          r"|(?:pilihan|rekomendasi)\s+(?:editor|redaksi)|(?:lihat|tampilkan)\s+semua"
          r"|(?:video|foto|galeri)\s+(?:pilihan|terkait|terpopuler|terbaru|lainnya)"
          r"|(?:tonton|saksikan|simak)\s+(?:juga|video(?:\s+(?:berikut|ini|pilihan))?)"
          r"|video(?:\s+(?:berikut|terkini))?|topik\s+(?:terkait|pilihan|populer|menarik)"
          r"|(?:berita|artikel)\s+(?:ini\s+)?(?:menarik\s+)?lainnya|terkait|more\s+news"
          r"|read\s+(?:also|more|next)|related(?:\s+(?:news|articles?))?|jangan\s+lewatkan"
          r"|rekomendasi\s+(?:berita|artikel|video)|pilihan\s+untuk\s+anda|terbaru|terkini"
          r"|(?:berita|artikel|video|topik)\s+(?:unggulan|utama|hangat|trending)|trending"
          r"|lainnya|baca\s+(?:juga|pula)\s+(?:berita|artikel)(?:\s+(?:ini|berikut))?"
          r"|trending\s+now|next\s+article|lainnya\s+dari\s+[\w .]{2,30}"
          r"|(?:berita|artikel|video)(?:\s+\S+){1,2}\s+(?:lainnya|terkait|terpopuler"
          r"|pilihan|terkini)|(?:terpopuler|populer|terkini|trending)\s+hari\s+ini"
          r"|editor'?s\s+(?:picks?|choice)|selanjutnya\s*:.{0,120}|next\s*:.{0,120}"
          r"|(?:berita|artikel|video|foto|cerita|konten|topik|tautan|link|bacaan|liputan)"
          r"(?:\s+\w+)?\s+(?:terkait|terpopuler|populer|terbaru|terkini|pilihan|rekomendasi"
          r"|unggulan)(?:\s+hari\s+ini)?|" + KNOWN_OUTLETS + r"\s+(?:terpopuler|populer|terkini"
          r"|terbaru|pilihan)|paling\s+(?:banyak\s+)?(?:dibaca|populer)|(?:kamu|anda)\s+sudah"
          r"\s+baca|jangan\s+lewatkan(?:\s+\w+){0,3}"
          r"|(?:terpopuler|populer|terkini|terbaru|trending)\s+di\s+[\w.]+(?:\s+[\w.]+)?"
          r"|(?:terpopuler|populer|terbanyak\s+dibaca|trending)\s+(?:hari|minggu|pekan|bulan)\s+ini"
          r"|terbanyak\s+dibaca"
          r"|galeri\s+(?:foto|video)|(?-i:VIDEO\s+[A-Z][A-Z.]+(?:\s+[A-Z.]+){0,2})"
          r"|advertorial|konten\s+bersponsor"
          r"|(?:lihat|baca)\s+(?:lainnya|selengkapnya)(?:\s+dari\s+[^\W\d_][\w .']{1,40})?)"
          r"\s*[:?]?[-*\s]*",
          60, HEADER, flags=_I),
)

#: A cookie banner's buttons: "Setuju", "OK, Saya Mengerti", "Pengaturan Cookie", "Tolak".
_COOKIE_BUTTON = (r"(?:ok(?:e|ay)?\s*,?\s*)?(?:saya\s+)?(?:setuju|mengerti|paham)"
                  r"|terima(?:\s+semua)?|tolak|pengaturan(?:\s+cookies?)?|pelajari\s+lebih\s+lanjut"
                  r"|accept(?:\s+all)?")

#: Lines that are chrome wherever they stand, and lines that are chrome only at the edges.
LINE_RULES: tuple[LineRule, ...] = (
    # "Baca juga: <headline>"; without the colon only a headline (no final full stop), so
    # "Lihat juga bagaimana ... ." in an article stays
    _rule("related links", r"(?:baca|lihat|simak|tonton|saksikan|cek)\s+(?:juga|pula)"
          r"(?:\s*:.*|\b.{0,150}(?<![.!?]))"
          r"|baca\s+selengkapnya\b.*|baca\s+artikel\s+selengkapnya\b.*"
          r"|baca\s+(?:selanjutnya|berikutnya)\b.{0,30}:\s*\S.*"
          r"|(?:pilihan|rekomendasi)\s+(?:editor|redaksi)\s*:.*"
          r"|(?:simak|saksikan|tonton)\s+(?:video|juga)\b.*|klik\s+(?:di\s*)?(?:sini|link)\b.*"
          r"|(?:(?:berita|artikel)\s+)?(?:terkait|lainnya|pilihan)\s*:\s*\S.{0,150}(?<![.!?])"
          r"|(?:terpopuler|terpopular|populer)(?:\s+hari\s+ini)?\s*:\s*\S.{0,250}(?<![.!?])"
          r"|(?:baca|lihat)\s+(?:berita\s+)?lainnya\s*:.*|baca\s+(?:berikutnya|selanjutnya)\s*:.*"
          # (a video's caption is a sentence and its credit: "Video: Suasana peron ... dari
          # Jakarta. (Garut Post/Rani Oktaviani)")
          r"|(?:video|galeri(?:\s+(?:foto|video))?|infografis)(?:\s+[\w.]+){0,2}\s*[:|]"
          r"(?!.*[.!?]\s*\([^()]{1,60}\)$)\s*\S.{0,150}(?<![.!?])"
          r"|foto\s*:\s*\S.{0,150}\(\d+\s+foto\)"
          r"|(?:read\s+(?:also|more|next))\s*:.*|promosi\s*:.*|baca\s*:\s*\S.{0,150}(?<![.!?])"
          r"|tonton\s*:\s*\S.{0,150}"
          # "Artikel Selanjutnya: <headline>", "BREAKING: <headline>"
          r"|(?:artikel\s+|berita\s+)?(?:selanjutnya|berikutnya)\s*[:»>›]\s*\S.{0,150}(?<![.!?])"
          r"|(?:breaking(?:\s+news)?|flash|trending|terkini|terpopuler)\s*:\s*\S"
          r".{0,150}(?<![.!?])",
          300),
    # "BACA JUGA Judul ... dan tulisan Penulis lainnya.": in capitals the label is never prose
    _rule("related links", r"BACA\s+(?:JUGA|PULA)\b.{0,250}", 300, flags=_CASE),
    # a player or media prompt: "Live Streaming Metro TV", "Tonton Selengkapnya di Metro TV",
    # "Dengarkan RRI di mana saja melalui aplikasi RRI Digital"; no full stop (prose has one)
    _rule("promotion", r"(?:tonton|saksikan|dengarkan)\s+(?:di|melalui|lewat)\s+\S.{0,60}"
          r"(?<![.,;:])", 80),
    _rule("promotion",
          r"(?:dengarkan|tonton|saksikan|ikuti|putar|live\s+streaming|streaming)\b.{0,100}"
          r"(?<![.,;:])",
          120, also=r"\b(?:live|streaming|siaran\s+langsung|episode|selengkapnya|aplikasi"
          r"|youtube|spotify|radio|tv|podcast)\b", closed=REPORT_WORDS),
    _rule("advertisement",
          r"advertisements?|iklan|ads?|scroll\s+to\s+(?:continue|resume)\s+(?:with\s+)?content"
          r"|(?:iklan|advertisement)\s*[-|·:]\s*(?:lanjutkan\s+membaca|scroll)\b.{0,30}"

          r"|scroll\s+untuk\s+lanjut(?:kan)?\s+membaca|scroll\s+(?:ke"
          r"\s+bawah\s+)?untuk\s+melanjutkan(?:\s+membaca)?|lanjutkan\s+membaca(?:\s+artikel)?"
          r"(?:\s+di\s+bawah(?:\s+ini)?)?|sponsored(?:\s+content)?|konten\s+(?:sponsor|berbayar)"
          r"|artikel\s+sponsor|promoted|[-–—\s]*(?:advertisements?|iklan|ads?)[-–—\s]*"
          r"|content\s+continues\s+below"
          r"|lanjutkan\s+membaca\s*[↓▼⬇>»]+"
          r"|konten\s+premium|premium|(?:baca|klik|cek|lihat|simak)\s.{0,60}\bdi\s+sini\W*",
          60),
    # "Foto: AP/Name", "Foto: Istimewa", "Foto: Budi Santoso"; not a caption after the label
    # ("Foto: Warga mengantre di pasar"): a source with a slash, or a name, or a stock word
    _rule("photo credit",
          r"\(?\s*(?i:foto|photo|ilustrasi|gambar|grafis|infografis|sumber\s+foto|kredit"
          r"\s+foto|foto\s+ilustrasi|dok(?:umentasi)?\.?)\s*:\s*(?:[^\s/]+(?: [^\s/]+){0,3}\s*/"
          r"\s*\S.{0,100}|(?:\p{Lu}[\p{L}.'-]*\s*){1,5}|(?i:istimewa|ist|dok(?:umentasi)?\.?"
          r"(?:\s+\S+){0,4}|shutterstock|freepik|unsplash|pexels|getty\s+images|canva))\)?",
          120, flags=_CASE, requires=(":",), closed=CLAUSE_WORDS),
    _rule("photo credit", r"sumber\s+(?:gambar|foto|video)\s*[,:]\s*\S.{0,80}", 100,
          closed=CLAUSE_WORDS),
    _rule("photo credit", rf"\(?{_CREDIT_SOURCES}\s*/\s*\S.*", 100, flags=_CASE,
          closed=CLAUSE_WORDS),
    _rule("share buttons",
          r"\[?(?:(?:bagikan|share|facebook|fb|twitter|tweet|whatsapp|wa|telegram|line|linkedin|to"
          r"|e-?mail|pinterest|x|copy(?:\s+link)?|salin(?:\s+(?:tautan|link))?|link"
          r"|(?:artikel|berita|laporan|tulisan|wawancara|galeri|foto|video|live(?:\s+report)?)"
          r"(?:\s+ini)?|on|lewat"
          r"|shares?|story|kali\s+dibagikan|this(?:\s+article)?|ke|via|f|t|w|g|in|ig|yt|𝕏"
          r"|\d{1,3}(?:[.,]\d{3})*|\d{1,3}(?:,\d)?\s?(?:rb|k)|sedang\s+berlangsung)\b"
          r"(?:\s*\(\d{1,3}(?:[.,]\d{1,3})?\s?(?:rb|k)?\))?"
          # one separator class, whole words only: no two ways to split a run (no ReDoS)
          r"[\s:|,/·•▸▶►⟶→➜\[\]\p{So}-]*)+(?:total\s+[\d.,]+\s*(?:shares?|dibagikan))?",
          120,
          also=r"\b(?:bagikan|share|facebook|twitter|whatsapp|telegram|linkedin|pinterest"
          r"|salin)\b"),
    _rule("share buttons", r"(?:(?:bagikan|share)\s*:?\s*)?(?:\[?(?:f|t|w|wa|in|x|fb|tw|ig|yt|g|li"
          r"|tg|line|email)\]?\s*){3,}|(?:(?:f|t|x|wa|tg|in|fb|tw)\s+[\d.,]+\s*(?:rb|k)?\s*){2,}",
          50),
    _rule("share buttons",
          r"(?:url|link|tautan)\s+(?:telah\s+|berhasil\s+|sudah\s+)?(?:tercopy|tersalin|disalin"
          r"|dicopy|disalin)", 40),
    _rule("pagination",
          r"[-=*\s]*(?:(?:halaman|artikel|berita|selanjutnya|berikutnya|sebelumnya|next"
          r"|prev(?:ious)?|semua|all|dari|per"
          r"|of|tampilkan|lihat|baca|load\s+more|muat\s+lebih\s+banyak|\d{1,3})\b"
          # one separator class, whole words only: no two ways to split a run (no ReDoS)
          r"[\s|:»«>‹›<→←⟶⟵./=*\[\]-]*)+|1(?:\s+\d{1,2}){0,12}",
          120,
          also=r"\b(?:halaman|selanjutnya|berikutnya|sebelumnya|next|load\s+more"
          r"|muat\s+lebih|show\s+all|tampilkan\s+semua)\b|^1(?:\s+\d{1,2}){0,12}$"),
    _rule("embedded media", r"\[(?:gambas|embed)\s*:[^\]]*\]", 200),
    _rule("embedded media", r"lihat\s+lebih\s+banyak\s+di\s+\w+.{0,120}", 200,
          also=r"tidak\s+bertanggung\s+jawab|youtube|instagram|tiktok|twitter|facebook"),
    _rule("buttons",
          r"[·•|*\s]+|a\s*a\s*a|aa|a\+\s*a-|a-\s*a\+|zoom[- ]?(?:in|out)|lihat\s+foto|perbesar"
          r"(?:\s+foto)?|(?:font|text\s+sizes?|ukuran\s+(?:font|huruf|teks))\s*:?\s*"
          r"(?:a\s*-\s*a\s*\+|a\s+a\s+a)?"
          r"|putar(?:\s+(?:ulang|video|audio))?(?:\s*\(?\d{1,2}:\d{2}\)?)?|bagikan\s+video|ikuti"
          r"|follow|verified|(?:menu\s+)?cari(?:\s+masuk)?|cari\s+di\s+.{2,30}|masuk|login|menu|kirim"
          r"|lihat\s+(?:\d+\s+)?(?:foto|video|galeri)(?:\s+lainnya)?\b\W{0,3}"
          r"|cetak|print|kirim\s+ke\s+teman"
          r"|(?:balas|suka)(?:\s*\(?\d+\)?)?(?:\s+(?:balas|suka)(?:\s*\(?\d+\)?)?)*|laporkan"
          r"|muat\s+lebih\s+banyak\s+komentar"
          r"|simpan(?:\s+(?:artikel|berita))?|lihat\s+\w+(?:\s+\w+)?\s+(?:lengkap|selengkapnya)"
          r"|langganan(?:\s+sekarang)?|daftar(?:\s+sekarang)?|(?:nama|e-?mail|situs\s+web|website"
          r"|komentar)\s*\*|e-?mail\s+(?:kamu|anda)"
          r"|loading\W*|memuat\W*|dengarkan\s+(?:berita|artikel)(?:\s+ini)?(?:\s+\d{1,2}:\d{2})?"
          r"|(?:lompat|lewati)\s+ke\s+(?:konten|isi)(?:\s+utama)?|skip\s+to\s+(?:main\s+)?content"
          r"|kembali\s+ke\s+atas\W*|ikuti\s+(?:di|lewat)\s+(?:instagram|twitter|x|tiktok)\s*:?\s*@\S+"
          r"|ikuti\s+kami|instagram|youtube|facebook|twitter|tiktok|x|forum|lihat\s+komentar"
          r"(?:\s*\(\d+\))?|belum\s+punya\s+akun\?.{0,30}"
          r"|lihat\s+semua(?:\s+(?:tulisan|artikel|berita)(?:\s+\w[\w.']*){0,4})?\W*"
          r"|(?:\[[^\[\]]{1,30}\]\s*){1,4}"
          r"|klasemen\s+(?:lengkap|selengkapnya)\b.{0,30}|sudah\s+punya\s+akun\?.{0,30}"
          r"|masuk\s*(?:/|\||atau|dan)?\s*(?:daftar|berlangganan)|lanjutkan\s+membaca\s+artikel\s+ini|klik\s+di\s+sini|informasi\s+artikel"
          r"|bagikan\s+(?:artikel|berita)\s*:?|konten\s+tidak\s+tersedia"
          r"|akhir\s+dari\s+\w+(?:\s+post)?"
          r"|copy\s+link|salin\s+(?:tautan|link)|bagikan\s+(?:artikel|berita)\s+ini(?:\s+(?:melalui"
          r"|via|ke))?\s*:?|show\s+all|load\s+more|muat\s+lebih\s+banyak"
          r"|(?:tonton\s+)?video\s+lainnya(?:\s+dari\s+[\w.]{2,30})?", 40),
    # a search box with its placeholder: "Cari berita Pangkalpinang, Bangka, Belitung"
    _rule("buttons", r"(?:menu\s+)?(?:cari\s+(?:berita|artikel)|search)\b[^.!?]{0,60}(?:\.{3}|…)?"
          r"|cari\s*(?:\.{3}|…)|cari\s+[^.!?]{2,60}(?:\.{3}|…)", 80, EDGE, closed=CLAUSE_WORDS),
    _rule("buttons", r"lewati\s+\w+\s+post\b.{0,40}", 80),
    # a notice or a form with its button in brackets: "Mode hemat data aktif. ... [Matikan]",
    # "Alamat email Anda    [ Daftar ]"
    _rule("buttons", r".{2,120}\[\s*(?:matikan|aktifkan|nonaktifkan|tutup|daftar|kirim|ok|oke|pilih"
          r"|lanjut(?:kan)?|langganan|berlangganan|masuk|setuju|x)\s*\]\W*", 160, EDGE,
          requires=("[",), closed=REPORT_WORDS),
    _rule("promotion",
          r".{0,90}\b(?:google\s+news|(?:whatsapp|wa|telegram)\s+channel|podcast|google\s+play"
          r"|app\s*store|play\s*store)(?:\s+[\w.]+\.(?:com|id|co\.id))?[\s!:.]*", 120),
    _rule("promotion",
          r"jadilah\s+yang\s+pertama\s+(?:mendapatkan|mengetahui|tahu|membaca)\b.{0,150}", 200),
    _rule("url", r"(?:(?:sumber|tautan|link|url)\s*[,:]?\s*)?(?:https?://|www\.)\S+\.?", 300),
    _rule("breadcrumb", r"(?:anda\s+(?:berada\s+)?di\s*:\s*)?(?:home|beranda|news|berita|index)"
          r"\s*(?:[>›»/]\s*[\w .&-]{1,40}){1,6}",
          150),
    _rule("breadcrumb", r"[\w.&-]+(?: [\w.&-]+){0,3}(?:\s*[>›»]\s*[\w.&-]+(?: [\w.&-]+){0,3}){1,5}",
          150, EDGE),
    # in slashes only in the head: "Metropolis / Kota Bekasi / Bencana"
    _rule("breadcrumb",
          r"\p{Lu}[\w.&-]*(?: [\w.&-]+){0,2}(?: / \p{Lu}[\w.&-]*(?: [\w.&-]+){0,2}){2,5}", 150, TOP,
          flags=_CASE, closed=CLAUSE_WORDS),
    # an office's address under the article: "Graha Pena Tangerang, Jl. Veteran No. 8, Kota ..."
    _rule("address", r".{0,60}\b(?:jl|jln|jalan)\.?\s+\S.{0,80}?\bno\.?\s*\d+\w?\b.{0,80}", 220,
          EDGE, closed=CLAUSE_WORDS, requires=("Jl", "jl", "JL", "alan", "ALAN")),
    # a syndication line, not a data source: a list's "Sumber:" line keeps its place, this goes
    _rule("syndication", r"(?:sebagian\s+)?(?:artikel|berita|tulisan|wawancara|laporan)\s+ini\s+"
          r"(?:juga\s+)?"
          r"(?:telah\s+|sudah\s+)?(?:pertama\s+kali\s+)?(?:tayang|terbit|dimuat|diterbitkan)"
          r"\s+(?:di|pada|dalam)\s+\S.*", 400),
    # a prompt longer than a short line speaks to the reader ("Anda", "klik", "gabung"): a
    # sentence that tells of an app ("Unduh aplikasi Travoy ... disarankan polisi") is prose
    _rule("promotion",
          r"(?=.{0,120}$|.*\b(?:anda|kamu|kami|klik|sekarang|gratis|caranya|yuk|ayo|segera"
          r"|di\s+sini|download|install|gabung\w*|ikuti|follow|subscribe|\w*langgan\w*)\b)"
          r"(?:dapatkan\s+(?:update|informasi|berita)|simak\s+breaking\s+news"
          r"|jangan\s+(?:sampai\s+)?(?:ketinggalan|lewatkan)"
          r"|ikuti\s+(?:berita|kami|channel|kanal|saluran|update|akun|whatsapp|instagram)"
          r"|follow\s+(?:berita|kami|us|akun|channel|whatsapp|instagram)"
          r"|(?:download|unduh)\s+(?:[\w.-]+\s+){0,4}(?:aplikasi|apps?)\b|gabung\w*\s+(?:di\s+|ke\s+)?"
          r"(?:grup|channel|kanal|saluran|komunitas)|pilih\s+saluran\s+andalanmu"
          r"|langganan\s+(?:newsletter|kabar|berita|buletin)"
          r"|berlangganan|subscribe|daftar\s+(?:newsletter|sekarang)|daftarkan\s+(?:e-?mail|diri)"
          r"|selalu\s+update\s+informasi\s+terverifikasi|pastikan\s+(?:kamu|anda)\s+sudah"
          r"|baca\s+berita\s+tanpa\s+iklan|(?:follow|ikuti)\s+\S+(?:\s+\S+)?\s+(?:untuk|di)\b"
          r"|dapatkan\s+kabar|jadilah\s+yang\s+pertama|(?:aktifkan|nyalakan|hidupkan)\s+notifikasi|.{0,40}\bhadir\s+di\s+(?:whatsapp|telegram"
          r"|instagram|tiktok|youtube|google\s+news))\b.*",
          400,
          also=r"google\s+(?:news|play)|app\s*store|play\s*store|whatsapp|telegram|channel"
          r"|saluran|aplikasi|apps?\b|instagram|twitter|facebook|tiktok|youtube|newsletter|grup"
          r"|komunitas|terverifikasi|\bakun\b|email|surel|inbox|langganan|newsletter|berita"
          r"|liputan|investigasi", closed=REPORT_WORDS),
    _rule("disclaimer",
          r"konten\s+(?:dari|ini\s+(?:dibuat|ditulis)\s+oleh)\s+pengguna\b.*"
          r"|(?:artikel|tulisan)\s+ini\s+(?:merupakan|adalah)\s+(?:kiriman|tulisan)"
          r"\s+(?:dari\s+)?(?:pengguna|netizen|pembaca)\b.*|disclaimer\s*:.*"
          r"|.{0,80}\btidak\s+(?:mewakili|mencerminkan)\s+(?:pandangan|sikap)\s+(?:dari\s+)?redaksi.*"
          r"|komentar\b.{0,80}\bpendapat\s+pribadi\b.*"
          r"|komentar\s+(?:menjadi|sepenuhnya|adalah)\s+(?:\w+\s+)?tanggung\s+jawab\b.{0,100}"
          r"|isi\s+berita\s+(?:ini\s+)?(?:sepenuhnya\s+)?(?:menjadi\s+)?tanggung\s+jawab\s+redaksi\b.*"
          r"|catatan\s*:\s*.{0,60}\bpraduga\s+tak\s+bersalah\b.{0,120}",
          300),
    # a cookie banner and its buttons: "Kami menggunakan cookie untuk ... Anda menyetujui ..."
    _rule("cookies", r".{0,200}\bcookies?\b.{0,200}", 420,
          also=r"\b(?:anda|kamu|setuju|menyetujui|terima|kebijakan|pengalaman|izinkan)\b",
          requires=("ookie", "OOKIE")),
    _rule("cookies",
          rf"(?:{_COOKIE_BUTTON})(?:\s*[|·•]\s*|\s{{2,}}|$){{1,4}}(?:{_COOKIE_BUTTON})?", 60),
    # a gallery's counter, title and buttons: "FOTO 2 dari 5", "GALERI FOTO (4)", "‹ Foto
    # sebelumnya | Foto berikutnya ›"
    _rule("gallery", r"(?:foto|gambar|slide)\s+\d{1,2}\s*(?:dari|/)\s*\d{1,2}"
          r"(?:\s*[·|•-]\s*[^.!?]{1,40})?|(?:galeri\s*[·|•:-]\s*)?\d{1,3}\s+foto"
          r"(?:\s*[·|•]\s*[^.!?·|•]{1,40})?|\d{1,2}\s+/\s+\d{1,2}|lihat\s+semua\s+\d{1,3}\s+foto"
          r"|[‹«<]\s*sebelumnya\b.{0,40}\bberikutnya\s*[›»>]"
          r"|galeri\s+(?:foto|video)(?:\s*\(\d+\))?(?:\s*[-–|·]\s*geser\b.{0,40})?|galeri\s+(?:foto|video)\s+.{5,150}\(\d+\s+foto\)"
          # "GALERI FOTO KARNAVAL (1/4)", "📷 GALERI FOTO (1/6)   ◀ Sebelumnya | Berikutnya ▶"
          r"|\W{0,3}galeri\s+(?:foto|video)(?:\s+\w+){0,3}\s*\(\d{1,2}\s*/\s*\d{1,2}\)"
          r"(?:\W+(?:sebelumnya|berikutnya|selanjutnya)){0,2}\W*"
          r"|(?:foto|gambar|slide)\s+(?:sebelumnya|berikutnya|selanjutnya)"
          r"|galeri\W+\d{1,2}\s*/\s*\d{1,2}\W*", 160),
    # counters of shares and reads: "1.284 kali dibagikan", "1,2 rb dibaca", "Share 87"
    _rule("share buttons", r"(?:[\d.,]+\s*(?:rb|ribu|jt|k)?\s*(?:kali\s+)?"
          r"(?:dibagikan|dibaca|dilihat)|(?:share|bagikan)\s*[\d.,]+\s*(?:rb|ribu|k)?"
          r"|(?:dibagikan|dibaca|dilihat)\s+[\d.,]+\s*(?:rb|ribu|k)?\s*(?:kali|x)?"
          r"|bagikan\s+(?:artikel|berita)(?:\s+ini)?\s*:\s*[\d.,]+\s*(?:kali\s+)?dibagikan)", 60),
    # a row of counters under icons: "↗ 88   💬 4   🔖 Simpan", "👁 3.105   ↗ 214 Shares   💬 9"
    _rule("share buttons", r"(?:(?:[^\w\s]{1,3}\s*)?(?:[\d.,]+\s*(?:rb|ribu|jt|k)?|simpan|bagikan"
          r"|shares?|suka|likes?|komentar|balas|views?|dibaca|kali)\b[\s|·•]*)+", 60,
          # two counts, and an icon or a counter's word: no row of a table of figures
          also=r"(?=.*\d[\d.,]*\D+\d)(?=.*(?:[^\w\s|.,/:;()%+-]|\b(?:simpan|bagikan|shares?|suka"
               r"|likes?|komentar|balas|views?|dibaca)\b))"),
    # a paywall's count: "Anda telah membaca 1 dari 3 artikel gratis bulan ini. ..."
    _rule("promotion",
          r"(?:anda|kamu)\s+(?:telah|sudah)\s+membaca\s+\d+\s+dari\s+\d+\s+artikel\b.*", 400),
    # an audio player: "▶ Dengarkan   00:00 / 24:31   Unduh audio", "Dengarkan berita ini (4 menit)"
    _rule("buttons", r"dengarkan\b.{0,40}?\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}.{0,30}"
          r"|dengarkan\s+(?:berita|artikel)(?:\s+ini)?\s*(?:\(\d+\s+menit\)|[·|•▶-]\s*\d+\s+menit"
          r"|\(\d{1,2}:\d{2}\))"
          r"(?:\s+a-\s+a\s+a\+?)?|unduh\s+audio|a-\s+a\s+a\+?", 100),
    # a link to the article's next page: "Baca Halaman Selanjutnya: Industri di Kawasan ..."
    _rule("pagination", r"baca\s+halaman\s+(?:selanjutnya|berikutnya|\d+)\s*:.{0,150}"
          r"|(?:(?:artikel|berita)\s+(?:selanjutnya|berikutnya)\s+di\s+halaman\s+\d+"
          r"|halaman\s+(?:selanjutnya|berikutnya)|lanjut\s+ke\s+halaman\s+\d+)\s*:.{0,150}"
          r"|(?:baca|tampilkan)\s+(?:(?:artikel|berita)\s+ini\s+)?dalam\s+satu\s+halaman",
          200),
    # a newsletter's form and pitch: "Masukkan email Anda   Daftar", "Nama *  Email *",
    # "Ringkasan berita pilihan redaksi, dikirim ke surel Anda setiap pagi."
    _rule("promotion", r"masukkan\s+(?:alamat\s+)?e-?mail(?:\s+(?:anda|kamu))?(?:\s+(?:daftar"
          r"|kirim|langganan|berlangganan))?\W*|alamat\s+e-?mail\W*"
          r"|(?:(?:nama|e-?mail|situs\s+web|website|komentar)\s*\*?\s*){2,}"
          r"|.{0,100}\bdikirim\s+(?:langsung\s+)?ke\s+(?:surel|e-?mail|inbox|kotak\s+masuk)"
          r"\s+(?:anda|kamu)\b.{0,60}", 200,
          requires=("mail", "MAIL", "dikirim", "DIKIRIM", "*")),
    # a thread's moderation note: "Komentar di sini dimoderasi. VOA berhak menghapus ..."
    _rule("disclaimer", r".{0,80}\bkomentar\b.{0,80}\b(?:dimoderasi|berhak\s+menghapus)\b.*", 300,
          requires=("omentar", "OMENTAR")),
    # a paywall's note: "Artikel ini hanya dapat dibaca selengkapnya oleh pelanggan ...",
    # "Untuk membaca halaman 3 dan artikel premium lainnya, silakan masuk ke akun ... Anda."
    _rule("promotion", r".{0,60}\bhanya\s+(?:dapat|bisa)\s+dibaca\b.{0,40}\b(?:pelanggan|pengguna"
          r"|member|anggota)\b.{0,80}|[-–\s]*(?:artikel|konten|berita|tulisan)\s+ini\s+khusus\s+(?:untuk\s+)?"
          r"(?:pelanggan|member|anggota)\b.{0,100}|untuk\s+membaca\b.{0,80}\b(?:silakan|berlangganan|masuk\s+ke"
          r"\s+akun)\b.{0,100}", 260,
          requires=("ibaca", "IBACA", "embaca", "EMBACA", "husus", "HUSUS")),
    # "Lanjutkan membaca analisis lengkap ... dengan berlangganan Bisnis.com Premium"
    _rule("promotion", r"lanjutkan\s+membaca\b.{0,250}", 300, requires=("anjutkan", "ANJUTKAN")),
    # a plea for donations: "Donasi mulai Rp10.000 melalui Saweria", "Dukung kerja jurnalisme ..."
    _rule("promotion", r".{0,120}\bdonasi\s+(?:mulai|minimal|sekarang|melalui)\b.{0,150}"
          r"|dukung\s+(?:kerja\s+)?(?:jurnalisme|liputan|redaksi)\b.{0,100}", 300,
          # the outlet asks for itself: a plea for disaster victims is the article's
          also=r"\b(?:jurnalisme|jurnalistik|liputan|redaksi|kami|independen|saweria|trakteer)\b",
          requires=("onasi", "ONASI", "ukung", "UKUNG")),
    # a login wall: "Masuk ke akun TIMEX Anda atau berlangganan ...", "Masuk atau daftar gratis
    # untuk membaca wawancara ini sampai habis."
    _rule("promotion", r"(?:silakan\s+)?masuk\s+(?:atau|dan|/)\s+(?:daftar|berlangganan)\b"
          r".{0,200}"
          r"|.{0,80}\bmasuk\s+ke\s+akun\b.{0,40}\b(?:anda|kamu)\b.{0,100}"
          r"|(?:silakan\s+)?masuk\s+untuk\s+(?:menyimpan|membaca|melanjutkan|mengikuti)"
          r"\s+(?:artikel|berita|wawancara|tulisan|konten)\b.{0,100}", 300,
          requires=("asuk", "ASUK")),
    # a note that the article is part of a series: "Artikel ini merupakan bagian dari liputan
    # data Zonautara.com tentang kesehatan anak di Sulawesi Utara."
    _rule("disclaimer", r"(?:artikel|tulisan|liputan|berita)\s+ini\s+(?:merupakan\s+|adalah\s+)?"
          r"bagian\s+dari\s+(?:liputan|seri|serial|program|proyek|kolaborasi)\b.{0,200}", 260,
          EDGE),
    # a note on the right of reply: "Redaksi membuka ruang hak jawab bagi pihak-pihak ..."
    _rule("disclaimer", r".{0,60}\bredaksi\b.{0,60}\bhak\s+jawab\b.{0,200}", 300,
          requires=("hak jawab", "Hak Jawab", "HAK JAWAB", "Hak jawab")),
    # a sponsor's note and a plea for support: "Konten ini merupakan advertorial hasil kerja sama
    # ...", "Bantu Mongabay Indonesia tetap independen dan gratis ...", "Donasi Sekarang"
    _rule("disclaimer",
          r"(?:konten|artikel|tulisan|berita)\s+ini\s+(?:merupakan|adalah)\s+(?:advertorial"
          r"|konten\s+(?:bersponsor|berbayar)|(?:hasil\s+)?kerja\s*sama)\b.*", 300),
    _rule("promotion",
          r".{0,200}\b(?:bantu|dukung)\s+[^.!?]{1,40}\btetap\s+(?:independen|gratis)\b.{0,200}"
          r"|dukung\s+(?:jurnalisme|liputan|media|kami)\b[^.!?]{0,40}|donasi(?:\s+sekarang)?\W*",
          400, requires=("ukung", "UKUNG", "onasi", "ONASI", "etap", "ETAP")),
    # "Tulisan yang terbit di ... sepenuhnya merupakan tanggung jawab penulis."
    _rule("disclaimer", r".{0,200}\b(?:tulisan|artikel|konten|isi|komentar)\b.{0,120}"
          r"\btanggung\s+jawab\s+(?:penulis\w*|pengirim|kontributor|pengguna|anda|pembaca"
          r"|masing-masing)\b.{0,120}", 300,
          requires=("tanggung jawab", "Tanggung Jawab", "TANGGUNG JAWAB", "Tanggung jawab")),
    # "Harap berkomentar dengan sopan. Komentar yang mengandung SARA akan dihapus."
    _rule("disclaimer",
          r".{0,80}\bkomentar\b.{0,60}\b(?:mengandung\s+sara|akan\s+dihapus)\b.{0,100}",
          250, EDGE, requires=("omentar", "OMENTAR"), closed=REPORT_WORDS - {"yang"}),
    # "Sukabumi News tidak bertanggung jawab atas isi komentar pembaca. ..."
    _rule("disclaimer",
          r".{0,80}\btidak\s+bertanggung\s+jawab\s+atas\s+(?:isi\s+)?komentar\b.{0,200}",
          300, EDGE, requires=("tanggung jawab",)),
    # -- at the page's head and tail only --
    # a legal or medical note: "... disiapkan semata-mata untuk tujuan pendidikan ..."
    _rule("disclaimer", r".{0,200}\bsemata-mata\s+untuk\s+(?:tujuan\s+)?(?:pendidikan|informasi)"
          r"\b.{0,200}", 400, EDGE, requires=("emata-mata",)),
    # "Artikel yang diterbitkan oleh Asrida Elisabeth"
    _rule("byline", r"(?:artikel|tulisan|berita)(?:\s+yang)?\s+(?:diterbitkan|ditulis"
          r"|dipublikasikan)\s+oleh\s+[^\W\d_][\w.' ]{1,60}", 100, EDGE,
          closed=CLAUSE_WORDS - {"yang", "oleh"}),
    # a podcast's teaser: "Episode 42 - Laut Memanas ...", "Podcast Mongabay: Bincang Alam"
    _rule("podcast", r"(?:.{0,40}\b)?(?:eps?\.?|episode)\s*\d{1,3}\s*[-–:|]\s*.{5,150}"
          r"|podcast\s+[^.!?]{2,60}", 200, EDGE,
          requires=("Ep", "ep", "EP", "Podcast", "podcast", "PODCAST")),
    # the office's address: "Alamat Redaksi: Jalan SPG Taruna Waena, Kota Jayapura, Papua 99358"
    _rule("address", r"(?:alamat\s+)?(?:redaksi|kantor(?:\s+redaksi)?)\s*:\s*(?:jl|jln|jalan|gedung"
          r"|graha|komplek|kompleks|gd)\b.{0,150}", 200, EDGE),
    # a program's or column's name: "Program: Ruang Publik KBR"
    _rule("section label", r"(?:program|rubrik|kanal|kolom|segmen)\s*:\s*[^.!?]{2,40}", 60, EDGE,
          closed=CLAUSE_WORDS),
    # "Tentang Penulis: Bayu Anggara Putra adalah jurnalis IDXChannel ..."
    _rule("author", r"(?:tentang|profil)\s+(?:penulis|pengarang|kontributor)\s*:\s*\S.{0,300}", 340,
          EDGE),
    # an editorial board: "SUSUNAN REDAKSI", "Pemimpin Redaksi: Ahmad Faisal Lubis"
    _rule("reporter and editor", r"(?:susunan|dewan|box)\s+redaksi\s*:?|(?:wakil\s+)?pemimpin"
          r"\s+(?:redaksi|umum|perusahaan)(?:\s*/\s*(?:pemimpin\s+)?(?:redaksi|umum|penanggung\s+jawab))?"
          r"\s*:\s*\S.{0,80}|redaktur\s+pelaksana\s*:\s*\S.{0,80}|penerbit\s*:\s*(?:PT|CV)\s.{2,80}"
          r"|redaksi\s+\S+(?:\s+\S+)?",
          120, EDGE, closed=CLAUSE_WORDS),
    # a company's address: "PT Victory Media Nusantara, Jl. Frans Seda, Kota Kupang, NTT"
    _rule("address", r"(?:PT|CV)\s.{2,60},\s*(?:jl|jln|jalan)\.?\s.{2,120}", 200, EDGE,
          closed=CLAUSE_WORDS, requires=("PT", "CV")),
    # an office's street, after the outlet's name or ending in a postcode: "Morotai Post | Jl.
    # Pemuda, Daruba, ... 97771", "Jl. Basuki Rahmat Km 9, Kota Sorong, Papua Barat Daya 98416"
    _rule("address", r"(?:[^|]{2,60}\|\s*|alamat\s*:\s*)?(?:jl|jln)\.\s+\S.{2,150}?"
          r"(?:,\s*[\p{L} ]{2,40}\s\d{5})?", 220, EDGE, closed=CLAUSE_WORDS,
          also=r"\|\s*jln?\.|^alamat\b|\b\d{5}$", requires=("Jl", "jl", "JL")),
    # a market quote or the weather in a widget: "Emas Antam Rp1.378.000/gr ▼ 0,22%",
    # "Cuaca Pekanbaru hari ini: 34°C, berasap. Kualitas udara (ISPU): 118 - Tidak Sehat"
    _rule("ticker", r"[^.!?]{2,60}\s[\w$.,/]*\d\S*\s*[▲▼]\s*[\d.,]+\s*%"
          r"|cuaca\b.{0,60}\d+\s*°\s*C\b.{0,120}", 200, EDGE, requires=("▲", "▼", "°")),
    # a price with its move, one per line: "Beras medium Rp12.800/kg ▼ 200"
    _rule("ticker", r"[^.!?]{2,60}\sRp\s?[\d.,]+(?:/\w+)?\s*[▲▼▬△▽]\s*[\d.,]*", 120, EDGE,
          closed=CLAUSE_WORDS, requires=("▲", "▼", "▬", "△", "▽")),
    # the weather at sea, a prayer schedule's title with its place and day: "Cuaca Maritim
    # Perairan Pulau Banyak: Gelombang 0,5-1,25 m | Angin ...", "Jadwal Imsakiyah & Salat -
    # Padangsidimpuan, Selasa 17 Desember 2024"
    _rule("ticker", r"cuaca\b.{0,60}:\s*.{0,150}\|.{0,100}"
          r"|jadwal\s+(?:imsakiyah\s*&\s*)?(?:salat|sholat|shalat)\s*[-–|:]\s*.{2,80}", 260, EDGE,
          also=r"\b(?:gelombang|angin|hujan|berawan|cerah|knot|\d{4})\b", closed=CLAUSE_WORDS),
    # an editor's note closing the page: "Catatan redaksi: Penulisan nama tersangka ..."
    _rule("disclaimer", r"catatan\s+redaksi\s*:.{5,300}", 320, EDGE),
    _rule("copyright", r".{2,120}\bhak\s+cipta\s+dilindungi\b.{0,60}", 200, EDGE,
          requires=("ipta", "IPTA")),
    # the date and the weather, or the weather's readings, between bars: "Senin, 28 Oktober 2024
    # | Ambon 29°C Berawan", "☁ Palembang 32°C | Berawan, peluang hujan sore 60% | ..."
    _rule("ticker", r".{0,100}\b\d{1,2}\s?°\s?C\b.{0,120}", 240, EDGE, requires=("°",),
          also=r"\s[|·•]\s|\b\d{1,2}\s+\p{L}+\s+\d{4}\b", closed=REPORT_WORDS),
    # "Sebagian informasi dalam laporan ini berasal dari kantor berita Antara dan Reuters."
    _rule("source", r"(?:sebagian\s+)?(?:informasi|bahan|data)\s+(?:dalam|untuk)\s+"
          r"(?:laporan|artikel|berita|tulisan)\s+ini\s+(?:berasal|diambil|dihimpun)\s+dari\b.{2,150}",
          220, EDGE),
    # an author's note under an opinion piece: "Penulis adalah dosen ..."
    _rule("author", r"\W{0,3}\s*penulis\s+(?:adalah|merupakan)\s+.{3,200}", 240, EDGE),
    # prayer times: "Jadwal Salat Kendari, Sabtu 29 November 2025: Subuh 04.14  Zuhur 11.38 ..."
    _rule("widgets", r"(?:.{0,80}\b)?(?:(?:imsak|subuh|terbit|dzuhur|zuhur|duhur|ashar|asar|maghrib"
          r"|magrib|isya)\s*:?\s*\d{1,2}[.:]\d{2}\W*){3,}", 300, EDGE,
          requires=("sya", "SYA", "ubuh", "UBUH", "agrib", "AGRIB")),
    _rule("timestamp", rf"(?:{_STAMP}\s*[|·•,]?\s*){{1,2}}", 160, EDGE),
    # the hour alone: "Pukul 10.25 WITA"
    _rule("timestamp", r"pukul\s+\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT))?"
          r"|\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)", 30, EDGE),
    _rule("timestamp", r"\d{1,3}\s+(?:detik|menit|jam|hari|minggu|bulan)\s+(?:yang\s+)?lalu"
          r"|\W{0,2}\s*(?:waktu\s+|dibaca\s+)?baca\s*(?::|dalam)?\s*\d{1,2}\s*(?:menit|detik)"
          r"|dibaca\s+(?:normal\s+)?\d{1,2}\s*menit|\W{0,2}\s*\d{1,2}\s*menit\s+(?:baca|membaca)"
          r"|(?:terakhir\s+)?(?:diperbarui|update)\s+(?:terus|" + TIME + ")"
          r"|(?:\d{1,2}\s*)?min(?:ute)?s?\s+read|bacaan\s+\d{1,2}\s+menit", 40, EDGE),
    _rule("timestamp", rf"(?:terakhir\s+)?(?:diperbarui|diupdate|updated?)(?:\s+terakhir)?\s*:?"
          r"\s*(?:pada\s+)?"
          rf"(?:{DAY}\s*,?\s*)?{DATE}(?:\s*[,|·-]?\s*{TIME})?"
          r"(?:\s+oleh\s+[^\W\d_][\w.' ]{1,40})?",
          100, EDGE),
    _rule("live report", r"[(\s-]*(?:laporan|berita|artikel)\s+(?:ini\s+)?(?:akan\s+)?(?:terus\s+)?"
          r"(?:diperbarui|diupdate|di-update)(?:\s+secara\s+berkala)?[\s.)-]*"
          r"|(?:laporan|liputan)\s+(?:langsung\s+)?ini\s+(?:telah|sudah)\s+(?:berakhir|selesai)\W*"
          r"|pembaruan\s+berikutnya\b.{0,80}"
          r"|bersambung\W*(?:(?:laporan|berita)\s+(?:ini\s+)?akan\s+(?:terus\s+)?diperbarui\W*)?",
          60, EDGE),
    # the page's own note says so wherever it stands ("Halaman ini diperbarui secara berkala.
    # Muat ulang untuk ..."); a report's may close its last paragraph's thought, at the edges
    _rule("live report", r"(?:halaman|laman)\s+ini\s+(?:akan\s+)?(?:terus\s+)?diperbarui\b.{0,120}",
          160),
    _rule("live report", r"(?:live\s+)?(?:pembaruan|diperbarui)\s+(?:otomatis|terus)\b.{0,60}", 80,
          EDGE),
    _rule("live report", r".{0,80}\b(?:halaman|laman)\s+ini\s+(?:akan\s+)?(?:terus\s+)?diperbarui"
          r"\b.{0,80}|(?:laporan|berita|artikel)\s+(?:ini\s+)?(?:akan\s+)?terus\s+diperbarui\.\s*"
          r".{0,100}\b(?:pembaruan|muat\s+ulang|refresh|f5)\b.{0,30}", 200, EDGE,
          requires=("iperbarui", "IPERBARUI")),
    _rule("video duration",
          r"(?:durasi\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?", 30),
    # a player's count: "1,2 rb kali ditonton", "1,2 rb tayangan"
    _rule("video", r"[\d.,]+\s*(?:rb|ribu|jt|juta|k)?\s*(?:kali\s+)?(?:ditonton|tayangan)", 30),
    # "Laporan Wartawan Bangkapos.com, Cepi Hidayat", "Laporan Rahmat Maulana | Banda Aceh":
    # a report's credit line, which some outlets print under the lead paragraph
    _rule("reporter and editor",
          r"(?i:laporan\s+(?:wartawan|reporter|koresponden|kontributor))(?:\s+[\w.-]+){0,3}\s*,"
          r"\s*[A-Z][^\W\d_.']*(?: [A-Z][^\W\d_.']*){0,4}"
          r"|(?i:laporan)\s+[A-Z][^\W\d_]*(?: [A-Z][^\W\d_]*){1,4}\s*\|\s*[A-Z][^\W\d_]*"
          r"(?: [A-Z][^\W\d_]*){0,2}",
          100, flags=_CASE),
    _rule("reporter and editor",
          r"(?:pewarta|editor|penulis|reporter|redaktur|penyunting|kontributor|koresponden"
          r"|fotografer|videografer|editor\s+bahasa|penerjemah|wartawan|jurnalis|produser|publisher"
          r"|pewawancara"
          r"|reporter\s+dan\s+editor|tim\s+redaksi|rep|red|author|peranan"
          r"|liputan|reportase|penanggung\s+jawab\s+berita|teks\s*(?:&|dan)\s*foto|foto\s*(?:&|dan)\s*teks)"
          r"(?:(?:\s+[A-Z][a-z]+)?\s*[:,]|(?:\s+[A-Z][a-z]+){2}\s*:)\s*\S.*",
          160, EDGE, closed=CLAUSE_WORDS),
    # "Laporan: Rahmat Maulana | Banda Aceh": a report's credit names its reporter; "LAPORAN
    # LANGSUNG: <headline>", "LAPORAN TERKINI: ..." is a live report's title, as "LIVE:" is
    _rule("reporter and editor",
          r"(?i:laporan)(?!\s+(?i:langsung|terkini|khusus|utama|eksklusif|lengkap)\b)"
          r"(?:\s+\p{L}+)?\s*[:,]\s*\p{Lu}[\p{L}.']*(?:\s+\p{Lu}[\p{L}.']*){0,3}"
          r"(?:\s*\([^()]{1,30}\))?(?:\s*,\s*\p{Lu}[\p{L}.']*(?:\s+\p{Lu}[\p{L}.']*){0,2})?"
          r"(?:\s*(?:&|dan)\s*\p{Lu}[\p{L}.']*(?:\s+\p{Lu}[\p{L}.']*){0,3})?"
          r"(?:,?\s+dari\s+\p{Lu}[\p{L}.']*(?:\s+\p{Lu}[\p{L}.']*){0,2})?(?:\s*[|/–-]\s*.{0,60})?",
          160, EDGE, flags=_CASE, closed=CLAUSE_WORDS),
    # "Tim Redaksi Tarakan Today", "Tim Liputan Sapos"
    _rule("reporter and editor", r"tim\s+(?:redaksi|liputan)(?:\s+[\p{L}.]+){1,4}"
          r"(?:\s*[|·]\s*.{2,100})?", 160, EDGE, flags=_I, closed=CLAUSE_WORDS),
    # credits paired on one line: "Teks: Siti Khoirunnisa | Foto: Rizky Firmansyah",
    # "Wawancara: Irfan Wahyudi Saleh | Foto: Ahmad Fauzi", "(Reporter: X | Editor: Y)"
    _rule("reporter and editor",
          r"\(?\s*(?:teks|foto|wawancara|naskah|video|grafis|ilustrasi|reporter|penulis|editor"
          r"|fotografer|liputan|laporan|penyunting|oleh|pewawancara|reportase(?:\s+lapangan)?)\s*:\s*"
          r"[^|·/:]{2,80}?\s*(?:(?:[|·/]|\s[-–]\s)\s*(?:teks|foto|wawancara|naskah|video|grafis"
          r"|ilustrasi|reporter|penulis|editor|fotografer|liputan|laporan|penyunting)\s*:\s*"
          r"[^|·/:]{2,60}?\s*){1,3}\)?",
          200, EDGE, closed=CLAUSE_WORDS - {"oleh"}),
    # an advertorial's partnership under its title: "Kerja sama Natuna News dan Dinas
    # Pariwisata Kabupaten Natuna"
    _rule("byline",
          r"(?:artikel\s+ini\s+)?(?:hasil\s+)?kerja\s*sama\s+(?:antara\s+)?\p{Lu}.{2,100}",
          120, EDGE, flags=_I, closed=CLAUSE_WORDS, requires=("erja", "ERJA")),
    # a team's credit: "Tim Raja Ampat Today: Ferdinand Mayor, Yohana Sauyai (foto)", "Tim
    # JemberToday.com | Dimulai Senin, 3 Februari 2025", "Live blog oleh Desk Olahraga ..."
    _rule("reporter and editor",
          r"(?:laporan\s+langsung\s+)?tim\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}\s*"
          r"(?:[:|]\s*.{2,150}|\([^()]{2,100}\))"
          r"|foto\s*(?:&|dan)\s*video\s*:\s*.{2,80}|liputan\s+langsung\s+dari\s+.{2,80}"
          r"|laporan\s+\p{Lu}[\p{L}.']*(?:\s+\p{Lu}[\p{L}.']*){1,3}\s+dari\s+.{2,60}"
          r"|(?:live\s+blog|liputan\s+langsung|laporan\s+langsung)\s+oleh\s+.{2,80}"
          r"|tim\s+advertorial(?:\s+[\p{L}.]+){1,4}", 200, EDGE, flags=_I,
          requires=("Tim", "TIM", "tim", "blog", "BLOG", "iputan", "IPUTAN", "aporan", "APORAN",
                    "ideo", "IDEO"), closed=CLAUSE_WORDS - {"oleh"}),
    _rule("reporter and editor", r"melaporkan\s+dari\s+\p{Lu}[\p{L}. -]{1,50}", 70, EDGE,
          flags=_I, closed=CLAUSE_WORDS),
    _rule("reporter and editor",
          r"(?:penulis|reporter)\s+\S.{0,60}\|\s*editor\s+\S.{0,60}"
          r"|laporan\s+(?:(?:wartawan|reporter|koresponden)\s+|oleh\s+)\S.{0,100}",
          160, EDGE, closed=CLAUSE_WORDS - {"oleh"}),
    # "Oleh Maria Goretti Lumbantobing": a name after "Oleh" and nothing else is a byline
    # ... and its outlet or role: "Oleh: Agung Hermawan - Sukabumi News", "Oleh Maya Larasati,
    # Jurnalis TangselNews"
    _rule("byline", r"(?:Oleh|OLEH|By|BY)\s*:?\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,4}"
          r"(?:\s*(?:&|dan)\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,4})?"
          r"(?:\s*[-–—|,]\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})?",
          80, flags=_CASE, requires=("Oleh", "OLEH", "By", "BY")),
    # two reporters of one word or more each: "Oleh Yuliana & Dimas Prayoga | BengkalisToday"
    _rule("byline", r"(?:Oleh|OLEH|By|BY)\s*:?\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,4}"
          r"\s*(?:&|dan)\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,4}"
          r"(?:\s*[-–—|,]\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})?",
          100, EDGE, flags=_CASE, requires=("Oleh", "OLEH", "By", "BY")),
    _rule("byline", r"[\p{L} .,'&-]{2,80}\s+-\s+detik[\p{L}]*", 100, EDGE, requires=("detik",),
          closed=CLAUSE_WORDS),
    # "oleh Riza Salman [Kendari] di 2 September 2024", "Oleh Dr. H. Ahmad Zuhri Nasution, MA",
    # "Oleh: Nanang Prasetyo (Reporter) / Bambang Irawan (Editor)"
    _rule("byline",
          rf"(?i:oleh|by)\s*:?\s+(?:\p{{Lu}}[\p{{L}}.'-]*\s*){{1,5}}{DEGREES}{{0,3}}"
          r"(?:\s*\([\p{L} ]{1,20}\)|\s*\[[\p{L} ]{1,30}\])?"
          rf"(?:(?i:\s*(?:pada|di|[,|-])\s*(?:{DAY}\s*,?\s*)?{DATE}.*)"
          r"|\s*[/|]\s*[\p{L}.: ]{1,40}(?:\s*\([\p{L} ]{1,20}\))?)?",
          140, EDGE, flags=_CASE, requires=("Oleh", "oleh", "OLEH", "By", "by", "BY")),
    _rule("byline",
          r"\p{Lu}[\p{L}.']*(?: \p{Lu}[\p{L}.']*){0,4}\s*,\s*(?i:jurnalis|wartawan|reporter"
          r"|kontributor|penulis|editor)\b.{0,80}", 140, EDGE, requires=(",",),
          closed=CLAUSE_WORDS),
    _rule("byline",
          r"(?i:laporan(?!\s+langsung)|editor|penulis|reporter|pewarta|redaktur)\s+"
          r"(?:\p{Lu}[\p{L}.']*\s*){1,5}"
          rf"(?:\s*[|/,]\s*[\p{{L}} ]{{2,40}}|(?i:\s*[-|,]\s*(?:{DAY}\s*,?\s*)?{DATE}.{{0,40}}))?",
          120, EDGE, flags=_CASE,
          requires=("aporan", "ditor", "enulis", "eporter", "ewarta", "edaktur", "APORAN",
                    "DITOR", "ENULIS", "EPORTER"), closed=CLAUSE_WORDS),
    # "Market - Chandra Dwi Pranata, CNBC Indonesia"
    _rule("byline", r"[\p{L}&]+(?: [\p{L}&]+)?\s+-\s+\p{Lu}[\p{L}.']*(?: \p{Lu}[\p{L}.']*){0,4}"
          r"\s*,\s*" + OUTLET, 100, EDGE, closed=CLAUSE_WORDS),
    # "Dwi Rachmawati - Bisnis.com"
    _rule("byline", r"\p{Lu}[\p{L}.']*(?: \p{Lu}[\p{L}.']*){1,4}\s+-\s+" + OUTLET, 80, EDGE,
          flags=_CASE),
    _rule("byline", rf"tim\s+(?:(?:redaksi|liputan|editor|penulis)\b.{{0,100}}|{OUTLET})", 140,
          EDGE, closed=CLAUSE_WORDS),
    _rule("byline", r"(?:ditulis|diedit|disunting|wawancara)\s+oleh\s*:?\s+.{2,120}", 160, EDGE,
          closed=CLAUSE_WORDS - {"oleh", "pada"}),
    _rule("site label", OUTLET + r"(?:\s+(?:network|group|media|news|bola|tv|digital|plus"
          r"|premium|play|insight\s+center|[A-Z][a-z]+))?\+?", 50, EDGE),
    # "Medcom.id - Pusat Berita Terkini Indonesia", "(tirto.id - Hukum)"
    # "Suara Merdeka Network", "Tribun Network: Tribunnews.com | TribunMakassar"
    _rule("site label", r"\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,3}(?: (?:National|Media))?"
          r" (?:Network|Group)(?:\s*[:|].{0,150})?", 200, EDGE, flags=_CASE, closed=CLAUSE_WORDS),
    _rule("site label", r"(?:jaringan|network|grup|group)\s*:\s*[^.]{2,200}", 220, EDGE,
          closed=CLAUSE_WORDS),
    _rule("site label", r"\(?\s*" + OUTLET + r"\s*[-|:]\s*[^\W\d_][\w ]{1,50}\)?", 80, EDGE,
          closed=CLAUSE_WORDS),
    _rule("tags", r"(?:(?:topics?|tags?|topik|trending|populer|hashtag)\s*:?\s*)?"
          r"(?:#\s?[\w'-]+(?: [\w'-]+){0,3}\s*){2,}",
          300, EDGE),
    _rule("tags", r"[a-z][a-z0-9&-]*(?: [a-z0-9&-]+){0,3}", 40, EDGE, flags=_CASE),
    _rule("copyright",
          r"(?:copyright|hak\s+cipta)\b.*", 300, EDGE,
          also=r"©|\(c\)|\b(?:19|20)\d\d\b|reserved|dilindungi|undang|milik|\.com|\.co\b",
          closed=CLAUSE_WORDS),
    _rule("copyright", r"dilarang\s+(?:keras\s+)?(?:mengambil|mengutip|menyalin|menayangkan)\b.*"
          r"|.{0,40}\bterverifikasi\s+(?:oleh\s+)?dewan\s+pers\b.{0,80}", 300, EDGE),
    # a line that starts with the sign or says "all rights reserved"; a caption that ends in
    # "©2024 Merdeka.com/Name" keeps its caption (the credit is an inline cut)
    _rule("copyright", r"\s*(?:©|\(c\)).*|.*\ball\s+rights?\s+reserved\b.*", 300, EDGE),
    # "Tribunnews.com © 2024 | Tribun Network", "Jambi Independent © 2024"
    _rule("copyright", r"[^©]{1,60}©\s*(?:\d{4})?[^©]{0,60}", 120, EDGE, requires=("©",),
          closed=CLAUSE_WORDS),
    # "Lampung Geh © 2025 - Kabar Lampung yang Asyik": a year and a slogan after the sign
    _rule("copyright", r"[^©]{1,60}©\s*\d{4}\s*[-|·]\s*[^©]{1,80}", 150, EDGE, requires=("©",),
          closed=REPORT_WORDS - {"yang"}),
    # "Ambon Ekspres | Jl. Ahmad Yani No. 12, Ambon | Telp. (0911) 312xxx"
    _rule("footer",
          r".{0,120}(?:\||·)\s*(?:telp|telepon|tel|fax|faks|hp|wa)\.?\s*:?\s*[(+\d].{0,40}", 200,
          EDGE),
    _rule("source", r"sumber\s*:\s*(?:\S+\s*){0,8}|\(\s*sumber\s*:[^()]{1,100}\)", 120, EDGE,
          closed=CLAUSE_WORDS),
    _rule("comments", r"(?:\d[\d.,]*\s*(?:suka|likes?|komentar|comments?|views?|dilihat"
          r"|kali\s+dibaca|dibaca|shares?|pembaruan)\s*[·|•,]?\s*){1,4}"
          r"|(?:dibaca|dilihat)\s*:?\s+[\d.,]+(?:\s*(?:kali|x))?|komentar\s+pembaca(?:\s*\(\d+\))?"
          r"|(?:live\s*[·|•-]\s*)?[\d.,]+\s+pembaca(?:\s+(?:aktif|sedang\s+(?:mengikuti|membaca)))?"
          r"|(?:live\s*[·|•-]\s*)?[\d.,]+\s+(?:orang\s+)?sedang\s+(?:membaca|menonton|mengikuti)"
          r"|(?:artikel|berita)\s+ini\s+(?:telah\s+|sudah\s+)?(?:dibaca|dilihat)\s+[\d.,]+\s*(?:kali|x)",
          80, EDGE),
    # a share bar with its label: "Bagikan artikel: Facebook | X | WhatsApp | Line"
    _rule("share buttons", r"(?:bagikan|share)(?:\s+(?:artikel|berita|ini)(?:\s+ini)?)?\s*:\s*"
          r"(?:(?:facebook|fb|x|twitter|whatsapp|wa|telegram|line|linkedin|e-?mail|salin"
          r"(?:\s+(?:tautan|link))?|copy\s+link)\b[\s|·•,]*){2,}", 120),
    # a thread's controls: "Tampilkan: Terbaru ▾", "Suka ini: ★ Suka  Jadilah yang pertama ..."
    _rule("comments", r"(?:tampilkan|urutkan)(?:\s+(?:menurut|berdasarkan))?\s*:\s*\w+\W*"
          r"|tampilkan\s+lebih\s+banyak\s+(?:komentar|balasan)\W*|suka\s+ini\s*:.{0,60}"
          r"|(?:masuk|login)\s+dengan\s+(?:akun\s+)?.{2,60}?\buntuk\s+(?:menulis\s+komentar|berkomentar"
          r"|ikut\s+berdiskusi)\W*"
          r"|tinggalkan\s+(?:balasan|komentar)\s*[-–|·]\s*alamat\s+e-?mail\b.{0,80}"
          r"|(?:atau\s+)?(?:masuk|login)\s+dengan\s+\w+(?:\s*(?:[|·/]|atau|dan)\s*"
          r"(?:(?:masuk|login)\s+dengan\s+)?\w+)*"
          r"|lihat\s+semua\s+(?:foto|video)(?:\s*\(\d+\))?\W*|lihat\s+galeri\s*:?.{0,80}", 100),
    # a reader's comment with its reply button on the line: "Cucu Suryana: Reueus ... · Balas"
    _rule("comments", r".{5,300}\s[·|•]\s*balas(?:\s*[·|•].{0,30})?", 340,
          requires=("alas", "ALAS")),
    # a thread's buttons, chrome wherever they stand: "Suka · Balas · 5 j"
    _rule("comments",
          r"(?:" + _AGO_SHORT + r"\s*[·|•]\s*|\d+\s+)?"
          r"(?:balas|(?:\d+\s+)?suka(?:\s*\(\d+\))?)"
          r"(?:\s*[·|•]\s*(?:balas|(?:\d+\s+)?suka(?:\s*\(\d+\))?|" + _AGO_SHORT + r")){1,3}"
          r"|[\d.,]+\s+(?:balas|suka)", 40),
    # its prompts, at the page's edges: "Masuk atau daftar untuk ikut berkomentar",
    # "Tambahkan komentar..."
    _rule("comments",
          r"(?:silakan\s+)?(?:masuk|login|daftar)(?:\s+(?:atau|dan)\s+(?:masuk|login|daftar))?"
          # "Masuk dengan akun Anda", "Masuk dengan Google atau Facebook"
          r"(?:\s+dengan\s+(?:akun\s+(?:anda|kamu)|\w+(?:\s*(?:atau|dan|/)\s*\w+)?))?"
          r"(?:\s+terlebih\s+dahulu)?\s+untuk\s+(?:ikut\s+|dapat\s+|bisa\s+)?"
          r"(?:berkomentar|berdiskusi|(?:memberikan|menulis|meninggalkan)\s+komentar)\b"
          r"(?:\W+(?:masuk|login|daftar)(?:\s*[|·/]\s*(?:masuk|login|daftar))?)?\W*"
          r"(?:belum\s+punya\s+akun\?\s*daftar(?:\s+gratis|\s+sekarang)?\W*)?"
          r"|tambahkan\s+komentar\W*|plugin\s+komentar(?:\s+facebook)?", 100, EDGE),
    _rule("comments", r"(?:\d+\s+)?komentar(?:\s*\(\d+\))?\s*:?"
          r"|komentar\s+(?:untuk\s+(?:artikel|berita)\s+ini\s+)?(?:telah\s+|sudah\s+)?ditutup\W*"
          # a poll's options and buttons: "( ) Sudah, nama saya terdaftar", "[Pilih]   Lihat hasil"
          r"|(?:\(\s\)|○|◯|⚪)\s*\S[^()○\[]{0,60}(?:\s{2,}(?:\(\s\)|○|◯|⚪)\s*\S[^()○\[]{0,60}){0,5}"
          r"(?:\[\s*pilih\s*\])?"
          r"|\[\s*pilih\s*\](?:\s*[·|]?\s*(?:[\d.,]+\s+suara|lihat\s+hasil(?:\s*\(\s*[\d.,]+\s+suara\s*\))?))*"
          r"|lihat\s+hasil(?:\s*·\s*[\d.,]+\s+suara)?|(?:tulis|kirim|lihat"
          r"(?:\s+semua)?|tampilkan|beri|berikan)\s+komentar\b.{0,80}|comments?\s*:?"
          r"|(?:\d+\s+)?komentar(?:\s*\(\d+\))?\s*[-–|·]\s*lihat\s+semua\s+komentar"
          r"|(?:komentar\s*:\s*)?(?:silakan\s+)?(?:login|masuk)\s+untuk\s+(?:melihat\s+dan\s+)?"
          r"(?:menulis|mengirim)\s+komentar\b.{0,60}"
          r"|suka\s+(?:artikel|berita|tulisan)\s+ini\?.{0,60}"
          r"|\d+\s+comments?|komentar\s+\d+|(?:\d+\s+)?(?:tanggapan|balasan)"
          r"|(?:tulis|kirim|berikan|sampaikan)\s+(?:pendapat|tanggapan|komentar)\w*\b.{0,50}"
          r"|belum\s+ada\s+komentar\b.{0,60}|(?:silakan\s+)?(?:masuk|login|daftar)\s+untuk\s+"
          r"(?:berkomentar|memberi\s+komentar|menulis\s+komentar|komentar)\b.{0,30}"
          r"(?:belum\s+punya\s+akun\b.{0,50})?"
          r"|anda\s+harus\s+(?:masuk|login)\s+untuk\s+berkomentar\b.{0,70}"
          r"|(?:lihat|tampilkan|muat)\s+(?:\d+\s+)?(?:semua\s+)?(?:komentar|balasan)(?:\s+lainnya)?"
          r"(?:\s*\(\d+\))?"
          r"|tinggalkan\s+(?:balasan|komentar)|alamat\s+e-?mail\s+anda\s+tidak\s+akan\s+"
          r"(?:dipublikasikan|ditampilkan)\b.{0,80}"
          r"|(?:\d+\s+)?komentar(?:\s*\(\d+\))?\s*[-–—:|·]\s*(?:jadilah\s+yang\s+pertama|belum\s+ada"
          r"|(?:masuk|login)\s+(?:dengan|untuk\s+(?:ikut\s+)?(?:berkomentar|berdiskusi"
          r"|menulis\s+komentar)))"
          r"\b.{0,60}"
          # "Jadilah yang pertama berkomentar. Masuk dengan Google atau Facebook."
          r"|jadilah\s+yang\s+pertama\s+(?:berkomentar|memberi\s+komentar)\b.{0,60}"
          r"|(?:anda\s+harus\s+|silakan\s+)?(?:masuk|login)\s+untuk\s+(?:mengirim|menulis)\s+komentar\b.{0,60}"
          r"|komentar\s+(?:dinonaktifkan|dimatikan|tidak\s+tersedia)\b.{0,80}",
          80, EDGE),
    # "Tag jagung, harga jagung, Bulog Sulutgo": topics after the label, no colon
    _rule("tags",
          r"(?:tags?|topik)\s+[\w'.-]+(?: [\w'.-]+){0,3}(?:,\s*[\w'.-]+(?: [\w'.-]+){0,3}){2,}",
          300, EDGE, closed=CLAUSE_WORDS),
    # topics after a colon, between commas: a topic may hold a clause word ("emas hari ini")
    _rule("tags",
          r"(?:tags?|topik|kata\s+kunci|label)\s*:\s*[^,.!?:]{1,40}(?:,\s*[^,.!?:]{1,40}){2,}", 400,
          EDGE),
    _rule("tags", r"(?:tags?|topics?|topik|topik\s+(?:terkait|pilihan|populer)|tag\s+terkait"
          r"|kategori|kata\s+kunci|keywords?|label)\s*(?::.*)?", 400, EDGE, closed=CLAUSE_WORDS),
    _rule("editor code",
          _SLASH_CODE + r"|\(\*?[A-Za-z]{2,6}\*?\)|\(\*\)|\([A-Z]{1,3}-\d{1,3}\)"
          r"|\([a-z]{2,6}\.[a-z]{2,6}\)", 40, EDGE,
          flags=_CASE),
    _rule("section label",
          r"(?:nasional|internasional|international|ekonomi|bisnis|politik|hukum|olahraga"
          r"|sport|sports|teknologi|tekno|gaya\s+hidup|lifestyle|hiburan|entertainment"
          r"|otomotif|kesehatan|health|pendidikan|megapolitan|metro|daerah|regional|dunia"
          r"|world|news|berita|finance|keuangan|opini|kolom|sains|travel|wisata|sepak\s*bola"
          r"|bola|edukasi|humaniora|religi|khazanah|nusantara|jabodetabek|hot\s+news"
          r"|headline|trending|terkini|breaking\s+news|live|eksklusif|exclusive|infografis"
          r"|foto|video|galeri)"
          r"(?:\s*[|/>›»·•-]\s*[^\W\d_ ][^\W\d_ ]{1,29}(?: [^\W\d_]+){0,3}){0,3}", 60, EDGE),
    # an advertorial's label with its headline, a banner ending in a call to action
    _rule("advertisement",
          r"(?:iklan|advertorial|advertisement|konten\s+bersponsor|sponsored)\s*[·:|-]\s*\S.{0,200}"
          r"|.{10,200}?(?:[-|·:!]\s*|\s)(?:klik\s+di\s+sini|ajukan\s+sekarang|pesan\s+sekarang"
          r"|beli\s+sekarang|hubungi\s+(?:kami|\+?\d[\dx\s-]{6,}))\W{0,3}", 260,
          closed=REPORT_WORDS),
    # a sponsor's banner at the page's edges, a brand and its offer: "Bank Sulselbar -
    # Tabungan Pesona, Hadiah Langsung Tanpa Diundi", "Hotel Aston Pontianak: Paket Menginap
    # Spesial Kulminasi, Mulai Rp650 Ribu"
    _rule("advertisement", r"(?![^|]*\s\|\s)(?:\p{Lu}[\p{L}.&']*(?:\s+[\p{L}.&']+){0,5}\s+[-–—]"
          r"|(?:Bank|Hotel|Toko|Dealer|Apotek|Klinik|Resort)(?:\s+[\p{L}.&']+){1,5}\s*:)\s+\p{Lu}.{5,200}",
          220, EDGE, flags=_CASE, also=_AD_WORDS, closed=CLAUSE_WORDS,
          requires=(" - ", " – ", " — ", "Bank", "Hotel", "Toko", "Dealer", "Apotek", "Klinik",
                    "Resort")),
    # a greeting from a firm or the outlet: "Selamat Hari Raya Idulfitri 1446 H - Mohon Maaf
    # Lahir dan Batin. Keluarga Besar Gorontalo Ekspres"
    _rule("advertisement", r"selamat\b.{5,150}\b(?:keluarga\s+besar|segenap\s+(?:pimpinan|direksi"
          r"|karyawan|redaksi))\b.{0,100}", 260, EDGE, closed=CLAUSE_WORDS),
    # a breaking-news banner over the page, a sentence or two: above the first paragraph it is
    # no lead ("BREAKING NEWS: Banjir bandang terjang Desa Bangga, Sigi. Ikuti laporan ...")
    _rule("ticker", r"(?:breaking\s+news|news\s+flash|flash\s+news)\s*[:|–—-]\s*\S.{5,300}",
          320, TOP,
          also=r"[.!]\s+\S"),
    # a teaser for a gallery, a video or a column: "GALERI ▸ Meriahnya Parade Perahu Hias di
    # Danau Poso (15 foto)", "KOLOM: "Ketika Kebyar Bertemu TikTok" - oleh I Made Bandem Putra"
    _rule("related links", r"(?:video|galeri|foto|podcast)\s*[▸►▶»]\s*\S.{5,150}"
          r"|(?:wawancara|sosok|opini|kolom|berita|artikel|foto|video|kisah|cerita|liputan)\s+lainnya"
          r"\s*(?::|›+|»+)\s*\S.{4,150}"
          r"|selanjutnya\s*[▸►▶»›]+\s*\S.{5,150}|(?:saksikan|tonton)\s*:\s*\[video\].{5,150}"
          r"|lihat\s+postingan\s+ini\s+di\s+instagram"
          r"|(?:kolom|opini|esai)\s*:\s*.{5,150}\s[-–—]\s*oleh\s+\p{Lu}.{2,60}", 240,
          requires=("▸", "►", "▶", "»", "›", "ainnya", "AINNYA", "oleh", "OLEH", "VIDEO",
                    "ostingan")),
    # a poll at the page's edges: its title, its question to the reader
    _rule("comments", r"jajak\s+pendapat|polling|menurut\s+(?:anda|kamu)\s*,.{5,150}\?", 170, EDGE),
    # sponsors: "Didukung oleh: Bank Papua · Dinas Pariwisata Raja Ampat"
    _rule("advertisement", r"(?:didukung|disponsori|dipersembahkan)\s+oleh\s*:?\s*\S.{2,120}", 150,
          EDGE, closed=CLAUSE_WORDS - {"oleh"}),
    # the outlet asks the reader for news, writing, money, or to read it elsewhere: "Punya
    # informasi ...? Kirim laporan warga ke WA Redaksi ...", "Ingin tulisan Anda dimuat? ...",
    # "Salurkan donasi ... a.n. Yayasan ...", "... Unduh di Google Play.", "Dapatkan Laporan
    # Khusus ... langsung di email Anda setiap Senin."
    _rule("promotion",
          r"punya\s+(?:informasi|info|cerita|foto|video|berita|kabar)\b.{0,150}\bkirim\w*\b.{0,120}"
          r"|ingin\s+(?:tulisan|opini|artikel|karya|cerita)\s+(?:anda|kamu)\s+dimuat\b.{0,200}"
          r"|salurkan\s+donasi\b.{0,250}"
          r"|dapatkan\s+(?:\S+\s+){1,6}?(?:langsung\s+)?(?:di|ke)\s+(?:email|surel|inbox"
          r"|kotak\s+masuk)\s+(?:anda|kamu)\b.{0,60}"
          r"|newsletter\s+[^:.]{2,60}:.{5,160}"
          r"|(?:pasang|install)\s+aplikasi\b.{0,150}|follow\s+saluran\b.{0,150}"
          r"|simak\s+berita\s+pilihan\b.{0,150}|saluran\s+whatsapp\b.{0,80}\bhadir\b.{0,100}",
          300, EDGE, also=_READER_PROMPT),
    # ... and the same asked after a sentence: "Pantau jadwal kapal ... Unduh di Google Play.",
    # "Suka kabar seni? Daftarkan email Anda ...", "Kabar pilihan ... Masukkan email Anda ..."
    _rule("promotion",
          r".{0,150}\bunduh\s+(?:aplikasi\s+[\w. ]{2,30}?\s+)?(?:di|melalui|lewat)\s+"
          r"(?:google\s+play|app\s*store|play\s*store)\b.{0,60}"
          r"|.{0,80}\?\s*daftarkan\s+(?:alamat\s+)?e-?mail\b.{0,120}"
          r"|.{5,100}[.!?]\s*masukkan\s+(?:alamat\s+)?e-?mail\b.{0,80}"
          r"|.{0,100}\bunduh\s+aplikasi\s+[\w. ]{2,30}\W*"
          r"|.{0,40}\bhanya\s+untuk\s+(?:pembaca|pengguna|pelanggan)\s+(?:terdaftar|premium)\b.{0,60}"
          r"|.{0,150}\b(?:aktifkan|nyalakan|hidupkan)\s+notifikasi\b.{0,60}"
          r"|.{0,60}\btanpa\s+spam\b.{0,40}|whatsapp\s+channel\b.{0,150}",
          300, EDGE, also=_READER_PROMPT + r"|\b(?:spam|notifikasi)\b",
          requires=("nduh", "NDUH", "aftarkan", "AFTARKAN", "asukkan", "ASUKKAN", "anya untuk",
                    "ANYA UNTUK", "otifikasi", "OTIFIKASI", "spam", "hatsApp Channel")),
    # a line that closes with the copyright sign: "Yogya Pos Plus adalah layanan berlangganan
    # PT Jogja Pawarta Nusantara. © 2025"
    _rule("copyright", r".{2,200}[.!|]\s*©\s*\d{4}\.?", 240, EDGE, requires=("©",)),
    # subscriptions and paywalls: "Daftar newsletter Netralnews gratis", "Dapatkan Akses Premium",
    # "Muat ulang halaman untuk pembaruan terbaru"; "berlangganan" as a prompt (first, after a
    # mark, a gap or "dengan", "atau", ...), not in a title ("Parkir Berlangganan Ditunda")
    _rule("promotion",
          r".{0,150}\b(?:newsletter|(?<=^\W{0,3}|[^\w\s]\s{0,3}|\s\s|\b(?:dengan|atau|silakan"
          r"|untuk|sudah|berhenti|mulai)\s)berlangganan|langganan\s+(?:sekarang|newsletter|premium|mulai)"
          r"|akses\s+premium|konten\s+premium|tanpa\s+iklan|muat\s+ulang\s+(?:halaman|untuk)"
          r"|syarat\s*(?:&|dan)\s*ketentuan|android\s*(?:&|dan)\s*ios"
          r"|(?:perbarui|refresh)\s+halaman|versi\s+digital|e-?paper|unduh\s+gratis"
          r"|(?:download|unduh)\s+sekarang"
          # "Artikel ini khusus untuk pembaca terdaftar", "Masuk untuk melanjutkan membaca",
          # "Akses tanpa batas ... mulai Rp19.000/bulan", "Ringkasan berita Klaten ... di email"
          r"|pembaca\s+terdaftar|melanjutkan\s+membaca|akses\s+tanpa\s+batas|artikel\s+premium"
          r"|(?:ringkasan|rangkuman)\s+berita)\b.{0,100}",
          250, EDGE, closed=REPORT_WORDS - {"yang"},
          requires=("ewsletter", "angganan", "remium", "iklan", "alaman", "EWSLETTER",
                    "ANGGANAN", "REMIUM", "IKLAN", "ALAMAN", "digital", "aper", "gratis",
                    "sekarang", "terdaftar", "embaca", "batas", "ingkasan", "angkuman", "yarat",
                    "ndroid", "uat ulang")),
    # a teaser at the page's end: "Infografis Waspada Penipuan Berkedok Undangan Digital"
    _rule("related links", r"(?i:infografis|video|galeri|foto)\s+\p{Lu}.{10,150}(?<![.!?])", 160,
          EDGE, flags=_CASE, requires=("Infografis", "Video", "Galeri", "Foto", "INFOGRAFIS",
                                       "VIDEO"), closed=CLAUSE_WORDS),
    _rule("footer",
          r".*\b(?:tentang\s+kami|redaksi|pedoman\s+media\s+siber|kebijakan\s+privasi"
          r"|privacy\s+policy|syarat\s+(?:dan|&)\s+ketentuan|kontak|info\s+iklan|karir"
          r"|disclaimer|sitemap|about\s+us|contact\s+us|terms)\b.*", 300, EDGE,
          also=r"(?:[|·•]|\s{2,}).*(?:[|·•]|\s{2,})", closed=CLAUSE_WORDS),
)

#: Republika's "Yuk Ngaji Hari Ini": the label, then a verse in Arabic script, its translation
#: and its reference. Only this label takes prose with it, and only when the very next line is
#: in Arabic script.
VERSE_BANNER = regex.compile(r"yuk\s+ngaji\s+hari\s+ini\s*:?", _I)
VERSE_REFERENCE = regex.compile(r"\(\s*(?:QS|HR|Q\.S)\b[^()\n]{1,80}\)\.?", _I)

#: Lines that are never a related headline, whatever follows a header: list items, Q&A turns.
NOT_A_HEADLINE = regex.compile(
    r"(?:\d{1,3}[.)]|[a-z][.)]|[-*\u2022\u00b7>]|(?:tanya|jawab|t|j|q|a)\s*:)\s", _I)
#: A tag-list label with its topics on the lines under it ("TOPIK TERKAIT", "Tags:").
TAGS_HEADER = regex.compile(
    r"[-*>#\s]*(?:topik|tags?|kata\s+kunci|keywords?|label)(?:\s+(?:terkait|pilihan|populer"
    r"|menarik|berita))?\s*:?\s*"
    # "Simak berita lainnya seputar topik artikel ini, di sini:"
    r"|(?:simak|baca|lihat|cek)\s.{0,60}\btopik\b.{0,40}:\s*", _I)
#: What a section label is made of: letters, spaces, "&" and "-".
LABEL_CHARS = regex.compile(r"[\p{L}][\p{L} &-]*")
#: What an ad says: an offer, a price cut, a call ("Promo Akhir Bulan ... Diskon hingga 70%").
AD_COPY = regex.compile(_AD_WORDS, _I)
#: An ad's marker on its own line.
AD_LABEL = regex.compile(r"iklan|advertorial|advertisements?|sponsored|konten\s+bersponsor", _I)
#: The parts of a question-and-answer article, its own subheadings, never a site's label.
QA_LABEL = regex.compile(r"(?:pertanyaan|jawaban|tanya|jawab|tanya\s+jawab|intisari\s+jawaban"
                         r"|question|answer)\s*:?", _I)
#: A ticker's label before its headlines: "BREAKING NEWS  Gubsu Tinjau ...  •  Polda ...".
TICKER_LABEL = regex.compile(r"(?:breaking(?:\s+news)?|(?:berita|info)\s+terkini|terkini|terbaru"
                             r"|trending|sekilas(?:\s+info)?|news\s+flash|flash\s+news|headlines?"
                             r"|(?:news\s+)?ticker|flash|live\s+score|skor\s+(?:langsung|terkini))\b",
                             _I)
#: What separates a ticker's headlines: a bar, a bullet, an arrow, an icon, "***", ">>",
#: one of them repeated ("▸▸", "•••").
_HEADLINE_MARK = r"(?:[|•·»›▸►▶●◆■✦★]{1,3}|\*{3}|>>|(?![©®])\p{So}{1,3})"
HEADLINE_SEPARATOR = regex.compile(rf"\s+{_HEADLINE_MARK}\s+")
#: A ticker's marks that no table uses between its cells: all of them but the bar.
BULLET_SEPARATOR = regex.compile(r"(?:^|\s+)(?:[•·»›▸►▶●◆■✦★]{1,3}|\*{3}|>>|(?![©®])\p{So}{1,3})"
                                 r"(?:\s+|$)")
#: Whether a line may hold such marks at all (one stdlib ``re`` class, run on lines first).
BULLET_HINT = re.compile(r"[•·»›▸►▶●◆■✦★>*\u2190-\u2bff\U0001f300-\U0001faff]")
#: What sets a ticker's headlines apart from its label: a colon, a dash, a wide gap, a mark.
TICKER_GAP = regex.compile(rf"\s*(?:[:–—-]|{_HEADLINE_MARK})\s+|\s{{2,}}")
#: A box about the author under the article ("Tentang Penulis").
AUTHOR_BOX = regex.compile(r"(?:tentang|profil)\s+(?:penulis|pengarang|kontributor)\s*:?"
                           r"|about\s+the\s+author", _I)
#: What follows the author's name in a note on them: " adalah jurnalis ...", ", dosen ...".
_PROFESSION = (r"(?:jurnalis|wartawan|dosen|kontributor|penulis|peneliti|editor|redaktur|pengajar"
               r"|guru|mahasiswa|pegiat|aktivis|praktisi|pemerhati|koresponden|reporter"
               r"|fotografer|alumnus|lulusan)\b")
AUTHOR_NOTE = regex.compile(r"(?:,\s*[\p{L}. ]{0,20})?\s+(?:adalah|merupakan|ialah)\s+"
                            r"(?:seorang\s+)?" + _PROFESSION)
#: A note on the author under their name: "Kontributor Mongabay Indonesia di Palangka Raya."
PROFESSION_NOTE = regex.compile(r"(?:seorang\s+)?" + _PROFESSION, _I)
#: A name's academic degrees at its end: "Dian Kartika Sari, S.H., M.H.".
NAME_DEGREES = regex.compile(DEGREES + r"+\s*$")
#: A line of an info box: a field, a colon, then a short figure or a list of names ("Call
#: center Polres Tasikmalaya Kota: 110", "SPBU 24 jam: Rajapolah, Ciawi, Indihiang").
INFO_ITEM = regex.compile(r"[^\W\d_][^:\n]{1,60}:\s*(?:[(+\d]\S*(?:\s+\S+){0,3}"
                          r"|\w+(?:\s+\w+){0,2}(?:,\s*\w+(?:\s+\w+){0,2}){2,}"
                          # a name and where it is from: "Juara I: Ahmad Zaini (Kabupaten Tapin)"
                          r"|[^()\n]{2,60}\([^()\n]{2,40}\))")
#: An info box's title: "INFO POSKO & DONASI", "Informasi Layanan", "Fakta Singkat".
INFO_TITLE = regex.compile(r"\W*(?:info|informasi|fakta|data|profil|kronologi)\b", _I)
#: A field of an info box and its value: "Call Center Tirta Asasta: (021) 7720xxxx".
FIELD_LINE = regex.compile(r"[^\W\d_][^:\n]{1,60}:\s+\S.*")
#: A run of letters or figures.
WORD_RUN = re.compile(r"\w+")
#: A date, a time of day or a time ago anywhere in a line.
DATE_IN_LINE = regex.compile(DATE, _I)
STAMP_IN_LINE = regex.compile(rf"{DATE}|{_AGO}|\b{TIME}", _I)
#: A data source's line ("Sumber: PT Liga Indonesia Baru, diolah KLIKPOSITIF").
SOURCE_LINE = regex.compile(r"\W*(?:sumber|source)\b", _I)
#: A figure anywhere in a line.
DIGIT = re.compile(r"\d")
#: An icon ("💬", "👁"): what a counter stands beside.
ICONS = regex.compile(r"(?![©®])\p{So}")
#: What separates the pieces of a line of widgets ("Bagikan | Salin Tautan | 4 komentar").
PIECE_SEPARATOR = regex.compile(r"\s[|·•▶►]\s|\s{3,}|\s*(?:(?![©®])\p{So})+\s*", _CASE)
#: A short name or place beside widgets ("Bandung Raya | Selasa, 12 Maret 2024").
NAME_PIECE = regex.compile(r"\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}")
#: A numbered list item ("1. Unduh aplikasi ... di Play Store."): article structure, never taken
#: by a line rule (a ranked list of links goes with its header).
NUMBERED_ITEM = re.compile(r"\d{1,2}[.)]\s+\S")
#: A caption's sentence and its photo's credit after it ("... di Poboya. FOTO: PALU EKSPRES/MOH.
#: FAISAL"), in any shape.
CAPTION_CREDIT = re.compile(r"[.!?]\s+(?:foto|photo|dok)\b", re.IGNORECASE)
#: The end of a sentence of three words or more and what follows it on the line: a caption's
#: credit ("Pengunjung ber-snorkeling di perairan Pahawang Kecil. Pesawaran Post/Gilang").
CREDIT_AFTER_SENTENCE = regex.compile(r"\p{L}+\s+\p{L}+\s+\p{L}{3,}\.\s+(?=\S[^.!?]*$)")
#: A short bracketed group at the end of a line: a sign-off code, a credit ("(rzy/bil)").
TRAILING_BRACKET = re.compile(r"(?<=[.!?\"'])\s*\([^()]{1,30}\)\s*$")
#: What separates the names on a copyright line ("© 2025 KRjogja.com - Kedaulatan Rakyat
#: Online. All rights reserved.", "Radar Banjarmasin © 2026 | Jawa Pos Group").
COPYRIGHT_PARTS = re.compile(r"\s+[-–|·]\s+|[©,|]|\.(?:\s|$)|\b(?:19|20)\d\d\b")
#: Words of a copyright line that name no outlet.
COPYRIGHT_WORDS = frozenset(
    "copyright hak cipta all rights reserved dilindungi undang-undang milik"
    # the footer's links beside it ("Sampit News © 2024 | Tentang | Redaksi | Disclaimer")
    " tentang redaksi disclaimer pedoman kebijakan privasi kontak karir iklan".split())
#: A word after an outlet's name that is not part of it ("Kedaulatan Rakyat Online").
OUTLET_SUFFIXES = frozenset("online media group network news digital id com".split())
#: What separates the pieces of a kicker or section label ("Makassar | Hukum & Kriminal").
LABEL_SEPARATOR = re.compile(r"\s*[|/>›»·•]\s*|\s{2,}")
#: The end of a domain or an e-mail address ("sumutpos.jawapos.com", "redaksi@indozone.id").
TOP_LEVEL_DOMAIN = re.compile(r"(?<=\w)\.(?:com|co\.id|id|net|co|tv|news)\b", re.IGNORECASE)
#: Labels of a domain that name no site ("www", "co" in "co.id").
DOMAIN_LABELS = frozenset("www m amp co web my mobile news berita".split())
#: Second-level labels of government, school and association domains ("jakarta.go.id").
NON_OUTLET_LABELS = frozenset("go ac or sch mil desa".split())
#: A word of a line, as the outlet's name is looked for.
WORD = re.compile(r"\S+")
#: What sets an outlet's name apart from a slogan after it: two spaces or a separator.
NAME_GAP = re.compile(r"\s{2,}|\s*[-|:·•/,]\s*")
#: The verb of an outlet's sentence about itself ("ERA.id adalah media online ...").
SELF_DESCRIPTION = frozenset("adalah merupakan".split())
#: A line that opens like a dateline ("JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta - ...")
#: or ends in its dash.
DATELINE_SHAPE = re.compile(r"\W*[^,\-\n]{1,40},[^,\-\n]{1,40}\s-{1,3}(?:\s|$)|.*\s-{1,3}\s*$")
#: Two parts joined by a comma ("Jakarta, CNN Indonesia"), as a dateline has.
TWO_PARTS = re.compile(r"[^,]{1,40},[^,]{1,40}")
#: The header of a comment thread ("KOMENTAR", "Komentar Pembaca (2)", "8 Komentar").
COMMENT_HEADER = regex.compile(
    r"(?:\d+\s+)?(?:komentar|comments?|tanggapan)(?:\s+pembaca)?(?:\s*\(\d+\))?\s*:?"
    # with the thread's sort control or link: "3 Komentar   Urutkan menurut: Terbaru",
    # "17 Komentar - Lihat semua komentar"
    r"(?:\s*[|·]?\s+(?:urutkan|sort)(?:\s+(?:menurut|berdasarkan|by))?\s*:?\s*\w+"
    r"|\s*[-|·]\s*lihat\s+semua\s+komentar"
    r"|\s*[-–|·]\s*(?:login|masuk)\s+untuk\s+(?:menulis\s+komentar|berkomentar))?"
    r"|tinggalkan\s+(?:balasan|komentar)"
    r"|\d+\s+(?:tanggapan|komentar)\s+untuk\s+[\"“].{5,150}[\"”]", _I)
#: The role of whoever answers in a thread, after their name: "Yermias Kayoi (Penulis)".
READER_ROLE = (r"\s*\((?i:penulis|admin|redaksi|author|editor|moderator|pengelola)"
               r"(?:\s+[\w.]{1,30})?\)")
READER_ROLE_AFTER = regex.compile(READER_ROLE + "$")
#: A reader's comment: a name or handle, maybe a place or a time, then the comment after a
#: colon or a dash ("Meity W. - 1 jam lalu: Pak Ronald ..."), or the name and a time alone.
_READER = (r"(?!(?i:sumber|tanya|jawab|foto|editor|penulis|reporter|catatan|keterangan|baca|tag"
           r"|balas|suka|laporkan|reply"
           r"|topik|lokasi|waktu|tempat|nama|info)\b)[^\W\d_][\w.@'-]{0,29}"
           r"(?: [\w.@'-]{1,30}){0,3}(?: \p{So})?")
COMMENT_LINE = regex.compile(
    rf"{_READER}(?:{READER_ROLE})?(?:\s+(?:membalas|menanggapi)\s+{_READER})?"
    r"(?:\s*[·•-]\s*[^:\n]{1,30}?)?\s*(?::|\s[-–]\s)\s*\S"
    rf"|{_READER},\s*[\w.' -]{{1,30}}?:\s*\S", _CASE)
#: A comment's author and when it was written, over the comment's text ("Rina Marlina · 2 jam
#: lalu", "arif_batu (1 jam lalu)", "Zahrul Fuadi - 15 Juni 2025, 11:20").
COMMENT_AUTHOR = regex.compile(
    # a reply names whom it answers: "Rahmat Hidayat membalas Yuyun Kartini | 40 menit lalu"
    rf"{_READER}(?:\s+(?:membalas|menanggapi)\s+{_READER})?(?:{READER_ROLE})?\s*(?:[·•|-]\s*(?:{_AGO}|{_AGO_SHORT})"
    rf"|\(\s*{_AGO}\s*\)|(?:[·•|-]\s*|\s+)(?i:{DATE}(?:\s*[,|·•]?\s*{TIME})?))", _CASE)
#: What stands before a dash and after it: "Veronika Kabes - Fakfak Post".
NAME_BEFORE_DASH = regex.compile(r"(.{2,60}?)\s+[-–—|]\s+(.{2,60})")
#: A word of a list of links' title ("Hukrim Terpopuler"), never of a reader's name.
LINK_LIST_WORD = regex.compile(r"\b(?:terpopuler|populer|terkini|terbaru|lainnya|terkait|pilihan"
                               r"|trending|rekomendasi|paling\s+(?:dicari|dibaca|banyak\s+dibaca))\b",
                               _I)
#: A reply's author over its text: "Dodi Purba membalas Butet Simanjuntak".
REPLY_AUTHOR = regex.compile(rf"{_READER}\s+(?:membalas|menanggapi)\s+@?{_READER}", _CASE)
#: A site's slogan above the headline: a word for a publication, then a few more ("Koran
#: Terbesar di Bumi Rafflesia", "Harian Pagi Kebanggaan Maluku").
SLOGAN = regex.compile(r"(?:koran|harian|berita|kabar|media|portal|situs|jendela|majalah|tabloid"
                       r"|suara)\s+[^\W\d_][^.!?:]{2,60}", _I)
#: A reader's handle alone on a line ("bang_jali", "Rizky_Pratama88").
HANDLE = regex.compile(r"[^\W\d_][\w.]*(?:_|\d|(?<=\w)\.\w)[\w.]*", _CASE)
#: A button of a comment thread ("Balas", "Suka").
THREAD_BUTTON = regex.compile(r"(?:balas|suka|reply|like|laporkan)(?:\s*\(\d+\))?", _I)
#: What shows a thread of comments: a time ago, a handle ("Putri_Dumai", "yuliana.kupang"), a
#: reply or like button, a note on who answers for the comments.
THREAD_MARK = regex.compile(
    rf"\b{_AGO}\b|^(?P<handle>[^\W\d_][\w.@-]*(?:_|\w\.\w|\d)[\w.@-]*)\s*[:·•-]"
    r"|^\W*(?:[\d.,]+\s+)?(?:balas|suka|laporkan)\b|[·•|]\s*(?:balas|suka|laporkan)\s*(?:[·•|]|$)|muat\s+lebih\s+banyak\s+komentar"
    r"|(?:tulis|kirim|beri|berikan)\s+komentar|lebih\s+banyak\s+komentar"
    r"|untuk\s+(?:dapat\s+|ikut\s+|bisa\s+)?(?:berkomentar|berdiskusi)"
    r"|(?:tampilkan|urutkan)\s*:\s*(?:terbaru|terlama|terpopuler|teratas)"
    r"|\bkomentar\b.{0,80}\btanggung\s+jawab|\btanggung\s+jawab\b.{0,80}\bkomentar"
    r"|^\d+\s+tanggapan\s+untuk\s+[\"“]", _I)
#: A line that opens with a dateline: an outlet or a place in capitals, then a dash
#: ("JawaPos.com - Arus ...", "RADARJOGJA.ID - ...", "BANDUNG, ERA.id - ...").
DATELINE_OPENING = regex.compile(
    rf"\W*(?:{OUTLET}|\p{{Lu}}[\p{{Lu}}.]+(?: \p{{Lu}}[\p{{Lu}}.]+)*)(?:\s*,\s*[^\n-]{{1,40}}?)?"
    r"\s*-{1,3}\s", _CASE)
#: Icons of a share bar, one or two letters each ("f  X  in  WA").
SHARE_ICONS = frozenset("f x 𝕏 in wa t w g ig yt fb tw li tg".split())
#: What separates the pieces of a ticker ("Emas Rp1.735.000/gr ▲ | CPO Rp12.870/kg ▲").
TICKER_SEPARATOR = re.compile(r"\s[|·•]\s")
#: A priced, measured or moving figure in a ticker.
TICK = regex.compile(r"Rp\s?[\d.,]+|[\d.,]+\s*°\s?C|[▲▼▬△▽]|/(?:kg|gr|gram|liter|ton)\b|\bISPU\b"
                     r"|\b(?:USD|EUR|SGD)/IDR\b|\([+-][\d.,]+\s?%\)")
#: Capitalised words only, as a menu in single spaces ("News Bandung Raya Jabar Sport").
MENU_WORDS = regex.compile(r"\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|&|e-\p{L}+))+")
#: A bullet before a list item ("• ", "- ", "▪ ").
BULLET = re.compile(r"[-*\u2022\u00b7\u25aa\u25cf\u2013]\s")
#: What separates a video's title from its length ("... | 03:12", "02:47 · KRTV").
TEASER_SEPARATOR = re.compile(r"\s[|·]\s")
#: A video's length in brackets after its title ("... Pencipta Lagu (03:05)").
TRAILING_DURATION = re.compile(r"\s*\(\d{1,2}:\d{2}(?::\d{2})?\)$")
#: A video's length beside its title ("02:47", "(01:48)").
DURATION = re.compile(r"\(?\d{1,2}:\d{2}(?::\d{2})?\)?")
#: A video channel beside a teaser's title or length ("Radar TV", "Rakyat Aceh TV").
VIDEO_CHANNEL = regex.compile(r"(?:\p{Lu}[\w.]*\s+){0,3}(?:TV|Video)", _CASE)
#: A time of day beside other widgets ("09:12 WIB").
TIME_PIECE = regex.compile(TIME, _I)
#: A header of a ranked list ("Terpopuler", "Paling banyak dibaca"): its items may be numbered.
RANKED_HEADER = regex.compile(
    r".{0,30}\b(?:terpopuler|populer|paling\s+(?:banyak\s+)?dibaca|terbanyak\s+dibaca|trending"
    r"|most\s+popular)"
    r"\b.{0,20}", _I)
#: The rank before a headline in a ranked list: "1  ", "2. ".
RANK = regex.compile(r"\d{1,2}[.)]?\s+")
#: What separates the items of a menu: two spaces, a dot or a bar.
MENU_SEPARATOR = re.compile(r"\s{2,}|\s*[|·•]\s*")
#: Words of site sections, for menus written with single spaces ("Terkini Politik Hukum").
SECTION_WORDS = frozenset(
    "home beranda terkini terbaru populer politik hukum ekonomi bisnis metro olahraga sport "
    "humaniora dunia internasional nasional foto video infografis infografik opini kolom tekno "
    "teknologi otomotif hiburan lifestyle gaya hidup kesehatan sains edukasi pendidikan travel "
    "wisata finansial market keuangan properti daerah regional news berita bola leisure "
    "khazanah religi indeks index kanal podcast seleb showbiz film musik women woman majalah "
    "jogjapolitan".split())
#: A "Baca juga" marker inside a line too long to be a widget line by itself.
RELATED_MARKER = regex.compile(r"(?:baca|lihat|simak)\s+(?:juga|pula)\s*:", _I)

#: A name after a role label ("Reporter: Andita Rahma", "Penulis Ardito Ramadhan | Editor ..."),
#: used to recognise the same name signed at the end of the article.
NAME_FIELD = regex.compile(
    r"(?:pewarta|editor|penulis|reporter|redaktur|penyunting|kontributor|wartawan|oleh|rep|red)"
    r"\s*:?\s+([\p{L}.' ]+?)\s*(?=[|/,]|$|\s+pada\b|\s+[-–—]\s)", _I)

# -- inline rules -----------------------------------------------------------------------------


class Substrings:
    """A guard that finds any of a few substrings in a line (``search`` as a pattern's, ``None``
    when none is there): for a handful, ``in`` is faster than a regex alternation."""

    __slots__ = ("words",)

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words

    def search(self, line: str) -> bool | None:
        return True if any(w in line for w in self.words) else None


#: A sentence's end and the 1-3 spaces after it, before the next word.
SENTENCE_GAP = re.compile(r"[.!?]\s{1,3}(?=\S)")


@dataclass(frozen=True)
class InlineRule:
    """A pattern cut out of a line that otherwise stays (ad markers, photo credits, codes).

    ``triggers``: substrings one of which the line must contain before the regex runs (a
    cheap filter: article lines are long and these markers rare). ``window``: a rule that can
    only match at the end of a line searches just its last ``window`` characters.
    """

    reason: str
    pattern: regex.Pattern[str]
    triggers: tuple[str, ...] = ()
    window: int = 0
    #: a line with table cells (tabs, " | ") keeps its last cell ("(rp/kg)", "(abc/def)")
    cells: bool = True
    #: the pattern is tried only right after a sentence's end and the 1-3 spaces after it
    #: (:data:`SENTENCE_GAP`), where a caption's credit starts: one match per sentence instead
    #: of one attempt per character
    after_sentence: bool = False
    #: two ``triggers`` or more, looked for once per line (one is a substring)
    guard: Substrings | None = field(init=False, default=None, compare=False)

    def __post_init__(self) -> None:
        if len(self.triggers) > 1:
            object.__setattr__(self, "guard", Substrings(self.triggers))


INLINE_RULES: tuple[InlineRule, ...] = (
    InlineRule("advertisement", regex.compile(
        r"scroll\s+to\s+(?:continue|resume)\s+(?:with\s+)?content|\bADVERTISEMENT\b",
        regex.IGNORECASE),
        ("SCROLL", "Scroll", "scroll", "ADVERTISEMENT")),
    InlineRule("embedded media", regex.compile(
        r"\[(?:gambas|embed)\s*:[^\]\n]{0,200}\]", _I), ("[",)),
    InlineRule("photo credit", regex.compile(
        r"\(\s*(?:(?:foto|photo|video|ilustrasi|sumber\s+foto)\s*:|dok\s*[.:])[^()\n]{1,150}\)",
        _I), ("(",)),
    # "(AP/Name)"; not "Kuala Lumpur (ANTARA/Bernama) - ", which is a dateline
    InlineRule("photo credit", regex.compile(
        rf"\({_CREDIT_SOURCES}\s*/[^()\n]{{1,100}}\)(?!\s*-)", _CASE), ("/",)),
    # a caption ending in its credit: "Gedung KPK, Jakarta. TEMPO/Imam Sukamto",
    # "... Banda Aceh. SERAMBINEWS.COM/RAHMAT MAULANA", "... (CNN Indonesia/Adhi Wicaksono)":
    # a source of one or two words, a slash, a name; only after the caption's last sentence
    InlineRule("photo credit", regex.compile(
        rf"(?:{_CREDIT_SOURCES}\s*/[^\n]{{2,80}}"
        r"|\(?(?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}.-]*(?: [\p{Lu}][\p{L}.-]*){0,3}\s*/\s*[\p{Lu}]"
        r"[\p{L}.'-]*(?: [\p{L}.'-]+){0,5}\)?"
        r"|(?i:foto|photo|video|ilustrasi|grafis|infografis|sumber\s+foto)\s*[:/]\s*"
        r"(?:[^.!?\n]|\.(?=\S)|(?<=\b(?i:dok))\.\s){2,100}\.?"
        r"|(?i:dok|doc)\.\s*\p{Lu}[^.!?\n]{1,60}"
        # "(MANGGALA AGNI DAOPS DUMAI FOR RIAU POS)": a credit in capitals, two words or more
        r"|\((?:\p{Lu}[\p{Lu}.'/-]*\s+){1,9}\p{Lu}[\p{Lu}.'/-]*\))$", _CASE),
        ("/", ":", "Dok.", "dok.", "DOK.", "Doc.", ")"), 120, after_sentence=True),
    InlineRule("source", regex.compile(r"\(\s*sumber\s*:[^()\n]{1,120}\)\s*$", _I), (")",), 200),
    # "... di Jakarta. ©2024 Merdeka.com/Rizki Ananda" ending a caption
    InlineRule("photo credit", regex.compile(
        r"(?<=[.!?]\s{1,3})(?:©|\(c\))\s*(?:\d{4}\s*)?[^\n]{2,80}$", _CASE), ("©", "(c)"), 120),
    # "(ams/ams)", "(ant)", "(ADN)", "(Lugas Subarkah)": a reporter's code or name ending a
    # paragraph, after its last sentence (not a table cell)
    InlineRule("outlet code", regex.compile(
        # after a sentence's end (a quote after it aside), not after another bracket (a
        # table's cells "(ton/ha) (rp/kg)", whose tabs are spaces by now) nor after a quoted
        # title ('"Syair Pelayaran" (Wakatobi)')
        rf"(?<=[.!?][\"']?\s{{0,3}})(?:{_SLASH_CODE}|\(\s*\*?[A-Za-z]{{2,6}}\*?\s*\)|\(\*\)"
        # a reporter's name only after a sentence's end: after a quoted title it is a place
        # ("Pulang Sebelum Subuh" (Pantai Manggar))
        r"|(?<=[.!?][\"')\]]?\s{0,3})\((?:\p{Lu}[\p{L}'.-]+ ){1,3}\p{Lu}[\p{L}'.-]+\)"
        r"|\([\w-]+\.(?:com|co\.id|co|id|net)(?:/[A-Za-z\d]{1,6}){0,2}\)"
        r"|\((?:[A-Za-z\d]{1,6}/){1,2}[\w-]+\.(?:com|co\.id|co|id|net)\)"
        r"|\((?i:shutterstock|getty\s+images|istock(?:photo)?|freepik|unsplash|pexels|istimewa"
        r"|ist|reuters|afp|ap)\)"
        r"|\((?i:\s*(?:rep|red|ed|editor|penulis)\s*:\s*[\w ]{1,20}"
        r"(?:/\s*(?:rep|red|ed|editor)\s*:\s*[\w ]{1,20})?)\))\s*$", _CASE),
        (")",), 60, cells=False),
    # "... kata dia. Baca juga: Headline Tanpa Titik" at the end of a paragraph line
    InlineRule("related links", regex.compile(
        r"(?<=[.!?\"]\s{1,3})(?:baca|lihat|simak)\s+(?:juga|pula)\s*:\s*[^.!?\n]{1,150}$", _I),
        ("juga", "Juga", "JUGA", "pula", "Pula", "PULA"), 200),
)

# -- combined forms ---------------------------------------------------------------------------


def _scoped(pattern: LazyPattern) -> str:
    """``pattern`` as a group that keeps its own case sensitivity inside an alternation."""
    flag = "i" if pattern.flags & regex.IGNORECASE else "-i"
    return f"(?{flag}:{pattern.pattern})"


def _in_combined(rule: LineRule) -> bool:
    return not rule.requires and "\\p" not in rule.pattern.pattern


ALL_LINE_RULES: tuple[LineRule, ...] = HEADER_RULES + LINE_RULES
#: Every common line rule in one alternation (group ``r<i>`` is rule ``i``): one C-level match
#: per line instead of one Python call per rule. Stdlib ``re`` runs this alternation about three
#: times faster than ``regex``; rules needing ``regex`` features (``\p{..}``) stay out of it.
def _combined(longer_than: int) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<r{i}>{_scoped(r.pattern)})"
                               for i, r in enumerate(ALL_LINE_RULES)
                               if _in_combined(r) and r.max_len > longer_than))


#: The alternation for lines of any length, and for lines longer than each of these lengths
#: the alternation of the rules that take such lines (most rules take short lines only, and
#: most lines are longer).
LINE_RULES_COMBINED = _combined(0)
LINE_LENGTHS = (40, 80, 160)
LINE_RULES_BY_LENGTH = tuple((n, _combined(n)) for n in reversed(LINE_LENGTHS))
#: Rules kept out of the alternation, tried only when their substring is present.
GUARDED_LINE_RULES: tuple[LineRule, ...] = tuple(
    r for r in ALL_LINE_RULES if not _in_combined(r))
LINE_MAX_LEN = max(r.max_len for r in ALL_LINE_RULES)

# -- other evidence ---------------------------------------------------------------------------

#: Runs of Arabic-block characters (letters and harakat); stdlib ``re`` for speed.
ARABIC_RUN = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+")
