"""High-precision rules over a tokenized document: titles, acronyms, gazetteers, datelines.

:class:`RuleMatcher` compiles spaCy ``PhraseMatcher``/``Matcher`` objects once from the curated
lists in ``rules/data`` and, for each ``Doc``, proposes :class:`~newsner.candidates.Candidate`
spans with ``source="rule"``. The rules, and the ``rule`` name each candidate carries:

``title_person``  a capitalised name after an office or title ("Menlu AS **Blinken**",
                  "Menteri Kelautan dan Perikanan **Susi Pudjiastuti**", "Kapolri Jenderal
                  **Listyo Sigit**"); title, portfolio and rank are never part of the span.
                  Strong. Where the name's boundary is unclear it proposes nothing.
``title_alias``   a bracketed nickname right after such a name ("Joko Widodo (**Jokowi**)"). Strong.
``title_juris``   the country/body/region inside a title ("Menteri Luar Negeri **Rusia**",
                  "Ketua **DPR**"). Strong.
``dateline``      the city of a news dateline ("REPUBLIKA.CO.ID, **STOCKHOLM** --"); the outlet is
                  not an entity. Strong.
``acronym_def``   both halves of "Komisi Pemberantasan Korupsi (KPK)" when the label is known.
``acronym_doc``   later mentions of a short/long form the document defined. Strong.
``gaz_<kind>``    a curated gazetteer hit (country, province, region, capital, city, org).
                  A hit glued to unlisted capitalised words is dropped as part of another
                  name ("Pos Indonesia", "Bekasi Timur"); a country standing alone is strong,
                  everything else weak.
``org_head``      "Kementerian Luar Negeri Rusia", "Universitas Gadjah Mada": an organisation
                  head word and a short capitalised run. Weak.
``name_memory``   a later bare mention of a name a title rule found ("**Lavrov** mengatakan").
                  Weak.

The matcher returns non-overlapping candidates sorted by start; where two rules compete the
more specific wins (title > dateline > acronym > gazetteer/org by length > name memory).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import regex
import spacy
from spacy.lang.id import Indonesian
from spacy.lang.id.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
from spacy.vocab import Vocab, create_vocab

from newsner.candidates import UNCASED, Candidate
from newsner.casing import CASED, UPPER, casing
from newsner.rules.acronyms import Definition, find_definitions
from newsner.rules.lexicon import (
    DAYS,
    FACILITY_WORDS,
    GOV_PREFIXES,
    JURIS_SKIP,
    MONTHS,
    NAME_OK_TITLES,
    NAME_PARTICLES,
    NON_TRIGGER_RANKS,
    NOT_NAME_WORDS,
    ORG_HEADS,
    ORG_TITLE_HEADS,
    PLACE_PREFIXES,
    Lexicon,
    load_lexicon,
)
from newsner.tokenization import sentence_bounds, token_texts

#: Fixed prior scores of rule candidates, by rule.
SCORES = {
    "title_person": 0.9,
    "title_alias": 0.85,
    "title_juris": 0.9,
    "dateline": 0.9,
    "acronym_def": 0.9,
    "acronym_doc": 0.85,
    "gaz_country": 0.9,
    "org_head": 0.6,
    "name_memory": 0.6,
}
DEFAULT_SCORE = 0.7
_PRIORITY = {
    "title_person": 100,
    "title_alias": 99,
    "title_juris": 95,
    "dateline": 90,
    "acronym_def": 85,
    "acronym_doc": 80,
    "name_memory": 30,
}
_GAZ_PRIORITY = 60  # gazetteer hits and org_head compete on length

#: Head words the org_head rule trusts (NER-UI leaves "Liga Champions", "Komisi VII" and the
#: "Pemkot" of "Pemkot Surabaya" out of its ORG spans).
ORG_RULE_HEADS = frozenset(str.split(
    "universitas institut kementerian partai pt bank yayasan asosiasi perhimpunan "
    "organisasi lembaga"
))

#: Extra head words that make an unknown long form an organisation ("Pakta ...", "Tentara ...").
ACRONYM_ORG_HEADS = ORG_HEADS | frozenset(str.split(
    "perserikatan pakta tentara angkatan kamar pusat gerakan front dana serikat pasukan korps "
    "satuan kesatuan perum bursa maskapai koalisi aliansi jaringan forum kongres parlemen "
    "senat pengurus"
))
_NAME_WORD = regex.compile(r"^\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*$")
_INITIAL = regex.compile(r"^\p{Lu}\.$")
_LETTER = regex.compile(r"^\p{Lu}$")
_ROMAN = regex.compile(r"^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$")
_ALL_CAPS_WORD = regex.compile(r"^\p{Lu}{2,}$")
_DASHES = ["-", "--", "—", "–", "---"]
_DASH_SET = frozenset(_DASHES)
#: most tokens a dateline has before its dashes: "KOTA BARU BESAR ( ANTARA )"
_DATELINE_LOOKBACK = 6
_OUTLET = r"^(?:[A-Za-z0-9]+\.)+[A-Za-z]{2,}$|^[A-Z]{3,}$"
_DATELINE_CITY = r"^(?:[A-Z][A-Z]+|[A-Z][a-z]+)$"
_LANGUAGE_WORDS = frozenset({"bahasa", "berbahasa", "dialek", "aksen", "logat"})


@dataclass
class _Proposal:
    start: int  # token offsets
    end: int
    label: str
    rule: str
    strength: str
    priority: int
    extra: dict = field(default_factory=dict)


@dataclass
class RuleResult:
    """Everything the rules found in one document."""

    candidates: list[Candidate]
    #: short form -> long form, as the document itself defined them
    acronyms: dict[str, str]
    #: short form -> label, for the definitions whose label is known
    acronym_labels: dict[str, str]


class RuleMatcher:
    """Compile the rule matchers once; call on each ``Doc`` for its rule candidates.

    ``vocab`` must be the vocab of the tokenizer that makes the docs
    (``make_tokenizer().vocab``); ``None`` builds a fresh Indonesian one.
    """

    def __init__(self, vocab: Vocab | Language | None = None, *,
                 lexicon: Lexicon | None = None) -> None:
        self.lex = lexicon or load_lexicon()
        if isinstance(vocab, Language):
            vocab = vocab.vocab
        self.vocab = vocab if vocab is not None else create_vocab("id", Indonesian.Defaults)
        lex = self.lex
        self._tokenizer = pattern_tokenizer(
            self.vocab, [*lex.gazetteer, *lex.titles, *lex.ranks, *JURIS_SKIP])
        tok = self  # pattern docs come from self.pipe()

        # gazetteers, case-sensitive; one key per kind (each name tokenized once: cold start)
        name_docs = dict(zip(lex.gazetteer, tok.pipe(lex.gazetteer), strict=True))
        self._gaz = PhraseMatcher(self.vocab, attr="ORTH")
        by_kind: dict[str, list[Doc]] = {}
        for name, (_label, kind) in lex.gazetteer.items():
            by_kind.setdefault(kind, []).append(name_docs[name])
        for kind, docs in sorted(by_kind.items()):
            self._gaz.add(kind, docs)
        # the same, case-insensitive, for sentences without reliable capitals (newsner.casing):
        # only names that cannot be an everyday word there
        self._gaz_caseless = PhraseMatcher(self.vocab, attr="LOWER")
        caseless: dict[str, list[Doc]] = {}
        for name, (_label, kind) in lex.gazetteer.items():
            if self._caseless_safe(name):
                caseless.setdefault(kind, []).append(name_docs[name])
        for kind, docs in sorted(caseless.items()):
            self._gaz_caseless.add(kind, docs)
        # all-caps forms of places, only trusted inside datelines
        self._caps_places = PhraseMatcher(self.vocab, attr="LOWER")
        self._caps_places.add("PLACE", [name_docs[n] for n, (label, _k) in lex.gazetteer.items()
                                        if label == "LOC"])
        # titles and multi-word ranks, case-insensitive
        self._titles = PhraseMatcher(self.vocab, attr="LOWER")
        self._titles.add("TITLE", tok.pipe(sorted(lex.titles)))
        self._titles.add("RANK", tok.pipe(sorted(r for r in lex.ranks if " " in r)))
        self._juris_skip = PhraseMatcher(self.vocab, attr="ORTH")
        self._juris_skip.add("SKIP", tok.pipe(JURIS_SKIP))
        # datelines: "OUTLET, CITY --", "CITY, OUTLET -", "CITY (OUTLET) -"
        self._dateline = Matcher(self.vocab)
        city = {"TEXT": {"REGEX": _DATELINE_CITY}, "OP": "{1,3}"}
        outlet = {"TEXT": {"REGEX": _OUTLET}}
        dash = {"TEXT": {"IN": _DASHES}, "OP": "+"}
        self._dateline.add("OUTLET_CITY", [[outlet, {"ORTH": ","}, city, dash]], greedy="LONGEST")
        self._dateline.add("CITY_OUTLET", [[city, {"ORTH": ","}, outlet, dash]], greedy="LONGEST")
        self._dateline.add(
            "CITY_PAREN", [[city, {"ORTH": "("}, outlet, {"ORTH": ")"}, dash]], greedy="LONGEST")
        self._last: tuple[Doc, RuleResult] | None = None

    def _caseless_safe(self, name: str) -> bool:
        """Whether ``name`` matched in any case is still a name: several words, or one word of
        three letters or more that is no stop word and not in common_words.txt ("antara")."""
        low = name.lower()
        if " " in low:
            return True
        return len(low) >= 3 and low not in STOP_WORDS and low not in self.lex.common_words

    def pipe(self, names: Iterable[str]) -> list[Doc]:
        """Pattern docs for ``names``, tokenized as the Indonesian tokenizer would."""
        return [self._tokenizer(name) for name in names]

    # ------------------------------------------------------------------ public API

    def __call__(self, doc: Doc) -> list[Candidate]:
        return self.analyze(doc).candidates

    def acronyms(self, doc: Doc) -> dict[str, str]:
        """Short form -> long form, as ``doc`` defines them ("AS" -> "Amerika Serikat")."""
        return dict(self.analyze(doc).acronyms)

    def analyze(self, doc: Doc) -> RuleResult:
        if self._last is not None and self._last[0] is doc:
            return self._last[1]
        result = _DocRules(self, doc).run()
        self._last = (doc, result)
        return result


class _DocRules:
    """The per-document state of one :class:`RuleMatcher` call."""

    def __init__(self, rm: RuleMatcher, doc: Doc) -> None:
        self.rm = rm
        self.lex = rm.lex
        self.doc = doc
        n = len(doc)
        self.n = n
        # token texts, read once: each pass over a Doc builds a Token object per token
        self.words = words = token_texts(doc)
        # sentence of each token
        self.sent_start = [0] * n
        self.sent_end = [n] * n
        self.headline = [False] * n
        self.casing = [CASED] * n  # of each token's sentence: capitals are evidence only if CASED
        for a, b in sentence_bounds(doc):
            head = _is_headline(words[a:b])
            self.casing[a:b] = [casing(words[a:b])] * (b - a)
            self.sent_start[a:b] = [a] * (b - a)
            self.sent_end[a:b] = [b] * (b - a)
            self.headline[a:b] = [head] * (b - a)
        self.lower_words = {w for w in words if w.islower()}  # spaCy's is_lower, lower_
        self.attested = {
            w for i, w in enumerate(words)
            if not self.headline[i] and i > self.sent_start[i] and w[:1].isupper()
        }
        self.gaz_at: dict[int, tuple[int, str, str]] = {}  # start -> (end, label, kind)
        self.gaz_ends: set[int] = set()  # last tokens of gazetteer hits
        self.title_starts: set[int] = set()
        self.blocked: set[int] = set()  # outlet tokens of datelines
        self.proposals: list[_Proposal] = []
        self.suppressed: set[int] = set()  # ranks inside titles: "Letjen TNI" is no ORG

    # -------------------------------------------------------------- helpers

    def _span_text(self, a: int, b: int) -> str:
        return self.doc[a:b].text

    def _is_name_word(self, t: Token, strict: bool) -> bool:
        text = t.text
        if not _NAME_WORD.match(text):
            return False
        low = t.lower_
        if low in NOT_NAME_WORDS or low in STOP_WORDS or low in self.lex.titles:
            return False
        if low.rstrip(".") in self.lex.ranks or t.i in self.gaz_at:
            return False
        if low in self.lower_words:  # the document uses it as an ordinary word
            return False
        return not (strict and text not in self.attested)

    def _cap_neighbour(self, i: int) -> bool:
        """Is token ``i`` a capitalised word that could make a longer name with its neighbour?"""
        if i < 0 or i >= self.n:
            return False
        t = self.doc[i]
        if t.is_space or not t.text[:1].isupper() or not t.is_alpha or _ROMAN.match(t.text):
            return False
        if i == self.sent_start[i]:
            return False
        low = t.lower_
        return not (low in self.lex.titles or low in self.lex.ranks or low in STOP_WORDS)

    def _glued(self, i: int, before: bool) -> bool:
        """Does neighbour ``i`` make a gazetteer hit part of a longer unknown name ("Pos
        Indonesia", "Bekasi Timur", "Semen Gresik")? Government and place prefixes ("Pemkot
        Surabaya", "Kota Bandung": NER-UI tags the place alone) and a neighbouring known name
        ("DPRD Surabaya") do not."""
        if not self._cap_neighbour(i):
            return False
        low = self.doc[i].lower_
        if low in GOV_PREFIXES or low in PLACE_PREFIXES:
            return False
        return i not in (self.gaz_ends if before else self.gaz_at)

    def _add(self, a: int, b: int, label: str, rule: str, strength: str,
             priority: int | None = None, **extra: object) -> None:
        if b <= a:
            return
        prio = _PRIORITY.get(rule, _GAZ_PRIORITY) if priority is None else priority
        self.proposals.append(_Proposal(a, b, label, rule, strength, prio, dict(extra)))

    # -------------------------------------------------------------- rules

    def run(self) -> RuleResult:
        self._datelines()
        self._gazetteer()
        self._titles()
        acronyms, acr_labels = self._acronyms()
        self._org_heads()
        self._name_memory()
        return RuleResult(self._select(), acronyms, acr_labels)

    def _dateline_matches(self) -> list[tuple[int, int, int]]:
        """The dateline Matcher's matches, found by running it only just before and over each
        run of dashes (every dateline pattern ends in one, after at most
        ``_DATELINE_LOOKBACK`` other tokens): its regex predicates on every token of every
        doc were a tenth of the pipeline's time. Overlapping matches end in the same run, so
        each window sees every match the whole doc would, with the same greedy choice."""
        words, n = self.words, self.n
        windows: list[list[int]] = []
        for i in (k for k, w in enumerate(words) if w in _DASH_SET):
            start = max(0, i - _DATELINE_LOOKBACK)
            if windows and start <= windows[-1][1]:
                windows[-1][1] = min(n, i + 1)
            else:
                windows.append([start, min(n, i + 1)])
        matches = []
        for a, b in windows:
            matches += [(key, a + s, a + e) for key, s, e in self.rm._dateline(self.doc[a:b])]
        return matches

    def _datelines(self) -> None:
        doc = self.doc
        matches = self._dateline_matches()
        if not matches:
            return
        places = {(a, b) for _k, a, b in self.rm._caps_places(doc)}
        for key, a, b in matches:
            if a > 0 and not (doc[a - 1].is_space and "\n" in doc[a - 1].text):
                continue  # a dateline starts a line
            if self.casing[a] == UPPER:
                continue  # in capitals any "WORDS , WORD -" reads as "CITY, OUTLET -"
            kind = self.rm.vocab.strings[key]
            toks = list(range(a, b))
            if kind == "OUTLET_CITY":
                outlet, city = [a], [i for i in toks[2:] if doc[i].text not in _DASHES]
            else:
                comma_or_paren = next(i for i in toks if doc[i].text in {",", "("})
                city, outlet = list(range(a, comma_or_paren)), [comma_or_paren + 1]
            self.blocked.update(outlet)
            if not city or any(doc[i].lower_ in self.lex.titles for i in city):
                continue
            ca, cb = city[0], city[-1] + 1
            known = (ca, cb) in places or self.lex.label_of(doc[ca:cb].text) == "LOC"
            self._add(ca, cb, "LOC", "dateline", "strong" if known else "weak")

    def _gazetteer(self) -> None:
        doc = self.doc
        strings = self.rm.vocab.strings
        found = {(a, b): key for key, a, b in self.rm._gaz(doc)
                 if self.casing[a] != UPPER or self.rm._caseless_safe(doc[a:b].text)}
        for key, a, b in self.rm._gaz_caseless(doc):
            if self.casing[a] != CASED:
                found.setdefault((a, b), key)
        matches = sorted(((key, a, b) for (a, b), key in found.items()),
                         key=lambda m: (m[1], -(m[2] - m[1])))
        matches = [m for m in matches if not any(i in self.blocked for i in range(m[1], m[2]))]
        self.gaz_ends.update(b - 1 for _key, _a, b in matches)
        for key, a, b in matches:
            kind = strings[key]
            label = self.lex.label_of(doc[a:b].text) or ("ORG" if kind == "org" else "LOC")
            if a not in self.gaz_at or self.gaz_at[a][0] < b:
                self.gaz_at[a] = (b, label, kind)
        for key, a, b in matches:
            kind = strings[key]
            label = self.gaz_at[a][1] if self.gaz_at[a][0] == b else (
                self.lex.label_of(doc[a:b].text) or "LOC")
            if a > 0 and doc[a - 1].lower_ in _LANGUAGE_WORDS:
                continue  # "bahasa Inggris" is a language
            before, after = self._glued(a - 1, before=True), self._glued(b, before=False)
            if (before or after) and not self.headline[a]:
                continue  # part of a longer name nobody listed: "Pos Indonesia", "Selat Bali"
            strength = "weak"
            if kind == "country" and self.casing[a] == CASED and not self._cap_neighbour(
                    a - 1) and not self._cap_neighbour(b):
                strength = "strong"  # a country with no capitalised word beside it
            self._add(a, b, label, f"gaz_{kind}", strength)

    def _titles(self) -> None:
        doc = self.doc
        strings = self.rm.vocab.strings
        title_matches = self.rm._titles(doc)
        spans = spacy.util.filter_spans(
            [doc[a:b] for _k, a, b in title_matches]
            + [doc[i:i + 1] for i, w in enumerate(self.words)
               if w[:1].isupper() and w.lower().rstrip(".") in self.lex.ranks
               and w.lower().rstrip(".") not in NON_TRIGGER_RANKS]
        )
        keys = {(a, b): strings[k] for k, a, b in title_matches}
        self.title_starts = {span.start for span in spans}
        skip_at = {a: b for _k, a, b in self.rm._juris_skip(doc)}
        done_until = -1
        for span in spans:
            a, b = span.start, span.end
            if a < done_until:
                continue
            if keys.get((a, b)) == "RANK" and not doc[a].text[:1].isupper():
                continue
            if a in self.gaz_at and self.gaz_at[a][0] > a + 1:
                continue  # "Raja Ampat" is a place
            if self._cap_neighbour(a - 1):
                continue  # inside a name: "Instruksi Presiden Nomor 2", "Direktorat Jenderal"
            lo = max(self.sent_start[a], a - 2)
            if any(doc[i].lower_.rstrip(".") in FACILITY_WORDS for i in range(lo, a)):
                continue  # "Jalan Jenderal Sudirman", "Bandara Internasional Jenderal Ahmad Yani"
            done_until = self._parse_title(a, b, skip_at)

    def _is_office_word(self, t: Token) -> bool:
        return t.text[:1].isupper() and t.lower_ in self.lex.office_words

    def _parse_title(self, a: int, b: int, skip_at: dict[int, int]) -> int:
        """Parse ``TITLE [JURIS | OFFICE]* [,] [RANK]* NAME [(ALIAS)]`` from ``[a, b)``.

        JURIS is a known place or body ("Rusia", "DPR", "Amerika Serikat (AS)", "RI untuk
        Jepang"); OFFICE is a run of portfolio words ("Kelautan dan Perikanan").
        """
        doc = self.doc
        end = self.sent_end[a]
        title_words = {t.lower_ for t in doc[a:b]}
        org_title = bool(title_words & ORG_TITLE_HEADS)
        k = b
        juris: list[tuple[int, int, str]] = []
        for _ in range(6):
            if k >= end:
                break
            if k in self.gaz_at and k not in self.blocked:
                j_end, label, _kind = self.gaz_at[k]
                juris.append((k, j_end, label))
                k = j_end
                if k + 2 < end and doc[k].text == "(" and doc[k + 2].text == ")" \
                        and _ALL_CAPS_WORD.match(doc[k + 1].text):
                    k += 3
            elif k in skip_at:
                k = skip_at[k]
            elif self._is_office_word(doc[k]):
                k += 1
                # "Kelautan dan Perikanan", "Politik, Hukum, dan Keamanan"
                j = k
                while j < end and j - k < 2 and doc[j].lower_ in {",", "dan", "&", "serta"}:
                    j += 1
                if j > k and j < end and self._is_office_word(doc[j]):
                    k = j
                continue
            else:
                break
            if k + 1 < end and doc[k].lower_ in {"untuk", "di"} and (k + 1) in self.gaz_at:
                k += 1
        for ja, jb, label in juris:
            self._add(ja, jb, label, "title_juris", "strong")
        if k < end and doc[k].text == "," and k + 1 < end:
            k += 1
        # ranks and honorifics: "Jenderal", "Irjen Pol.", "(Purn)", "Prof. Dr."
        first_rank = k
        while k < end:
            t = doc[k]
            low = t.lower_.rstrip(".")
            # "TNI" is an organisation, but in "Letjen TNI" it is part of the rank
            is_rank = low in self.lex.ranks and (t.i not in self.gaz_at or k > first_rank)
            if is_rank or (t.text == "." and k > b and not doc[k - 1].whitespace_):
                k += 1
            elif t.text == "(" and k + 2 < end and doc[k + 1].lower_ in self.lex.ranks \
                    and doc[k + 2].text == ")":
                k += 3
            else:
                break
        self.suppressed.update(range(first_rank, k))
        name = self._parse_name(k, end, strict=self.headline[a])
        if name is None:
            return k
        na, nb = name
        if nb < end and (nb in self.gaz_at or self._blocks_name(doc[nb])):
            return nb  # "Pelatih Timnas Indonesia", "anggota Satpol PP": no clear name boundary
        if org_title and not juris:
            # "Direktur Indofood Franciscus Welirang": which words are the company? Unknown.
            words = sum(1 for t in doc[na:nb] if _NAME_WORD.match(t.text))
            if words >= 3:
                return nb
            # "pelatih Leicester, Claudio Ranieri": the name is after the comma
            if nb + 1 < end and doc[nb].text == ",":
                after = self._parse_name(nb + 1, end, strict=self.headline[a])
                if after is not None and after[1] - after[0] >= 2:
                    na, nb = after
        self._add(na, nb, "PER", "title_person", "strong", title=self._span_text(a, b))
        # "Joko Widodo (Jokowi)"
        if nb + 2 < end and doc[nb].text == "(" and doc[nb + 2].text == ")" \
                and self._is_name_word(doc[nb + 1], strict=False):
            self._add(nb + 1, nb + 2, "PER", "title_alias", "strong", alias_of=doc[na:nb].text)
            nb += 3
        return nb

    def _blocks_name(self, t: Token) -> bool:
        """A capitalised word right after a name that makes its end uncertain."""
        if not t.is_alpha or not t.text[:1].isupper() or t.i == self.sent_start[t.i]:
            return False
        low = t.lower_
        return not (low in DAYS or low in MONTHS or low in self.lex.titles
                    or low in self.lex.ranks or low in STOP_WORDS)

    def _parse_name(self, k: int, end: int, strict: bool) -> tuple[int, int] | None:
        doc = self.doc
        if k < end and _LETTER.match(doc[k].text) and k + 1 < end \
                and self._is_name_word(doc[k + 1], strict):
            start = k  # "M Nasir"
        elif k >= end or not self._is_name_word(doc[k], strict):
            return None
        else:
            start = k
        words = 0
        j = k
        while j < end and words < 4:
            t = doc[j]
            glued = j > 0 and not doc[j - 1].whitespace_
            nxt = doc[j + 1] if j + 1 < end else None
            if self._is_name_word(t, strict) or (
                    j > start and t.lower_ in NAME_OK_TITLES and _NAME_WORD.match(t.text)):
                words += 1
                j += 1
            elif (j > start and t.lower_ in NAME_PARTICLES and nxt is not None
                  and (self._is_name_word(nxt, strict) or nxt.text == "-")):
                j += 1
            elif j > start and t.text in {"-", "'", "’"} and glued and not t.whitespace_ \
                    and nxt is not None and nxt.is_alpha:
                j += 2  # "Shin Tae-yong", "al-Assad"
                words += 1
            elif (_INITIAL.match(t.text) or _LETTER.match(t.text)) and nxt is not None \
                    and self._is_name_word(nxt, strict):
                j += 1  # "Susilo B. Yudhoyono", "Luhut B Pandjaitan"
            else:
                break
        # a name never ends in a particle
        while j > start + 1 and doc[j - 1].lower_ in NAME_PARTICLES:
            j -= 1
        if words == 0:
            return None
        if j < end and _ROMAN.match(doc[j].text):
            j += 1  # "Elizabeth II"
        return start, min(j, end)

    def _acronyms(self) -> tuple[dict[str, str], dict[str, str]]:
        doc = self.doc
        defs = find_definitions(doc)
        persons = {(p.start, p.end) for p in self.proposals if p.label == "PER"}
        acronyms: dict[str, str] = {}
        labels: dict[str, str] = {}
        for d in defs:
            acronyms.setdefault(d.short, d.long)
            label = self._definition_label(d, persons)
            if label is None:
                continue
            labels.setdefault(d.short, label)
            self._add(d.short_start, d.short_end, label, "acronym_def", "strong", long=d.long)
            if label != "PER":
                ls = d.long_start
                if ls > 0 and doc[ls - 1].text in {"PT", "PT.", "Perum"}:
                    ls -= 1  # "PT Telekomunikasi Indonesia Tbk (Telkom)"
                self._add(ls, d.long_end, label, "acronym_def", "strong", short=d.short)
        # later mentions of a defined pair are as certain as the definition
        if labels:
            pm = PhraseMatcher(self.rm.vocab, attr="ORTH")
            forms: dict[str, list[Doc]] = {}
            for d in defs:
                label = labels.get(d.short)
                if label is None or acronyms[d.short] != d.long:
                    continue
                forms.setdefault(label, []).append(doc[d.short_start:d.short_end].as_doc())
                if label != "PER":
                    forms[label].append(doc[d.long_start:d.long_end].as_doc())
            for label, docs in forms.items():
                pm.add(label, docs)
            for key, a, b in pm(doc):
                self._add(a, b, self.rm.vocab.strings[key], "acronym_doc", "strong")
        return acronyms, labels

    def _definition_label(self, d: Definition, persons: set[tuple[int, int]]) -> str | None:
        known = self.lex.label_of(d.long) or self.lex.label_of(d.short)
        if known:
            return known
        if (d.long_start, d.long_end) in persons:
            return "PER"
        head = self.doc[d.long_start].lower_
        if head in ACRONYM_ORG_HEADS:
            return "ORG"
        return None

    def _org_heads(self) -> None:
        doc = self.doc
        for i, word in enumerate(self.words):
            head = word.lower()
            if head not in ORG_RULE_HEADS or not word[:1].isupper() or self.headline[i]:
                continue
            if self._cap_neighbour(i - 1):
                continue
            is_pt = head == "pt"
            end = self.sent_end[i]
            j, words = i + 1, 0
            while j < end and j - i <= 7:
                tt = doc[j]
                if _NAME_WORD.match(tt.text) or _ALL_CAPS_WORD.match(tt.text) \
                        or (is_pt and words and tt.like_num):
                    words += 1
                    j += 1
                elif tt.lower_ in {"dan", "&"} and words and j + 1 < end \
                        and _NAME_WORD.match(doc[j + 1].text):
                    j += 1
                else:
                    break
            if not words:
                continue
            stop = None
            if is_pt:
                stop = j  # "PT Pos Indonesia (Persero)", "PT Bank Danamon Indonesia Tbk"
                if stop < end and doc[stop].text in {"Tbk", "Tbk."}:
                    stop += 1
                if stop + 2 < end and doc[stop].text == "(" and doc[stop + 1].text == "Persero" \
                        and doc[stop + 2].text == ")":
                    stop += 3
            else:
                # ends in a known place: "Kementerian Luar Negeri Rusia"
                for x in range(i + 1, j):
                    if x in self.gaz_at and self.gaz_at[x][1] == "LOC" and self.gaz_at[x][0] <= j:
                        stop = self.gaz_at[x][0]
                        break
                if stop is None and words <= 3 and (j >= end or not doc[j].text[:1].isupper()):
                    stop = j
            if stop is not None:
                self._add(i, stop, "ORG", "org_head", "weak")

    def _name_memory(self) -> None:
        doc = self.doc
        fulls: dict[tuple[str, ...], Doc] = {}
        for p in self.proposals:
            if p.rule in ("title_person", "title_alias"):
                span = doc[p.start:p.end]
                fulls.setdefault(tuple(t.text for t in span), span.as_doc())
        if not fulls:
            return
        owners: dict[str, set[tuple[str, ...]]] = {}
        first_or_last: dict[str, Doc] = {}
        for words in fulls:
            names = [i for i, w in enumerate(words) if _NAME_WORD.match(w)]
            if len(names) >= 2:
                for i in (names[0], names[-1]):
                    owners.setdefault(words[i], set()).add(words)
                    first_or_last[words[i]] = fulls[words][i:i + 1].as_doc()
        forms = list(fulls.values())
        for w, who in owners.items():
            if len(who) == 1 and len(w) >= 3 and w not in self.lex.gazetteer \
                    and w.lower() not in self.lower_words:
                forms.append(first_or_last[w])
        pm = PhraseMatcher(self.rm.vocab, attr="ORTH")
        pm.add("PER", forms)
        for _key, a, b in pm(doc):
            if self._cap_neighbour(a - 1) or self._cap_neighbour(b):
                continue  # part of a longer name: "Rasyid Baswedan" is not "Anies Baswedan"
            self._add(a, b, "PER", "name_memory", "weak")

    # -------------------------------------------------------------- selection

    def _select(self) -> list[Candidate]:
        order = sorted(self.proposals, key=lambda p: (-p.priority, -(p.end - p.start),
                                                      p.strength != "strong", p.start))
        taken = [False] * self.n
        chosen: list[_Proposal] = []
        for p in order:
            span = range(p.start, p.end)
            if any(taken[i] or i in self.suppressed for i in span):
                continue
            for i in range(p.start, p.end):
                taken[i] = True
            chosen.append(p)
        doc = self.doc
        out = []
        for p in sorted(chosen, key=lambda p: p.start):
            start = doc[p.start].idx
            last = doc[p.end - 1]
            score = SCORES.get(p.rule, DEFAULT_SCORE)
            if p.rule == "gaz_country" and p.strength != "strong":
                score = DEFAULT_SCORE
            extra = p.extra
            if self.casing[p.start] != CASED:
                # found without the evidence capitals give: it may fill a gap the model left,
                # never override the model (newsner.resolve.merge)
                extra = {**extra, UNCASED: True}
            out.append(Candidate(start, last.idx + len(last.text), p.label, score=score,
                                 source="rule", rule=p.rule, strength=p.strength,
                                 extra=extra))
        return out


def pattern_tokenizer(vocab: Vocab, names: Iterable[str]) -> Tokenizer:
    """spaCy's Indonesian tokenizer, with only the special cases that ``names`` can hit.

    ``spacy.blank("id")`` spends seconds registering ~16,000 tokenizer exceptions; patterns
    made of a few thousand names touch a handful of them ("Bangsa-Bangsa", "PDI-P"). Same
    prefixes, suffixes, infixes and token/URL matches, so the patterns are tokenized exactly as
    ``make_tokenizer()`` tokenizes text (the tests check this for every shipped name).
    """
    defaults = Indonesian.Defaults
    exceptions = defaults.tokenizer_exceptions
    chunks = {chunk for name in names for chunk in name.split()}
    # an exception that holds punctuation ("PDI-P", "a.n.", nearly all of them) can only be a
    # substring of a chunk with punctuation: enumerate the substrings of those few chunks
    substrings: set[str] = set()
    for chunk in chunks:
        if not chunk.isalnum():
            substrings.update(chunk[i:j] for i in range(len(chunk))
                              for j in range(i + 1, len(chunk) + 1))
    joined = "\n".join(chunks)
    rules = {k: v for k, v in exceptions.items()
             if k in substrings or (k.isalnum() and k in joined)}
    return Tokenizer(
        vocab,
        rules=rules,
        prefix_search=compile_prefix_regex(defaults.prefixes).search,
        suffix_search=compile_suffix_regex(defaults.suffixes).search,
        infix_finditer=compile_infix_regex(defaults.infixes).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


def _is_headline(tokens: list[str]) -> bool:
    """A line in Title Case (headline, caption): its longer words are (nearly) all capitalised.

    ``tokens`` are the token texts of the line. A line ending in a full stop must be entirely
    capitalised to count ("Menteri Luar Negeri Rusia Sergey Lavrov."); one without final
    punctuation may have a lowercase word or two.
    """
    words = [t for t in tokens if t.isalpha() and len(t) >= 4]  # spaCy's is_alpha
    if len(words) < 3:
        return False
    ratio = sum(1 for w in words if w[:1].isupper()) / len(words)
    toks = [t for t in tokens if not t.isspace()]
    ends = bool(toks) and toks[-1] in {".", "!", "?", '"', "”"}
    return ratio == 1.0 if ends else ratio >= 0.75
