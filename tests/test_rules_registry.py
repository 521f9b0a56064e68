"""The rule registry (``newsner.rules.matcher.RULES``) says what each rule reads and writes:
check it against what the rules do, and the order against what they need."""

from __future__ import annotations

import copy
from dataclasses import fields
from pathlib import Path

import pytest

from newsner.candidates import UNCASED
from newsner.rules.matcher import RULES, SELECT_READS
from newsner.rules.state import DocState
from newsner.rules.titles import Titles

#: fields the document gives (DocState.of); the rest start empty and are written by rules
DOC_FIELDS = frozenset({"doc", "words", "sent_start", "sent_end", "headline", "casing",
                        "lower_words", "attested", "n"})
RULE_FIELDS = frozenset(f.name for f in fields(DocState)) - DOC_FIELDS

TEXTS = [
    "REPUBLIKA.CO.ID, STOCKHOLM -- Menteri Luar Negeri Rusia Sergey Lavrov bertemu Menlu AS "
    "Antony Blinken di Stockholm. Lavrov mengatakan Rusia tidak ingin perang.",
    "Presiden Joko Widodo (Jokowi) meresmikan bendungan di Sulawesi Selatan bersama Kapolri "
    "Jenderal Listyo Sigit Prabowo.",
    "Komisi Pemberantasan Korupsi (KPK) memeriksa pejabat Kementerian Luar Negeri Rusia dan "
    "Universitas Gadjah Mada. Juru bicara KPK Ali Fikri membenarkan.",
    "JAKARTA (ANTARA) - Menteri Kelautan dan Perikanan Susi Pudjiastuti tiba di Jakarta.",
]
PAGES = sorted((Path(__file__).parent / "pages").glob("*.txt"))


def _texts() -> list[str]:
    base = TEXTS + [p.read_text(encoding="utf-8") for p in PAGES]
    return base + [t.lower() for t in TEXTS] + [t.upper() for t in TEXTS]


class _Recording:
    """A DocState that records which of its attributes a rule reads."""

    def __init__(self, st: DocState) -> None:
        object.__setattr__(self, "_st", st)
        object.__setattr__(self, "seen", set())

    def __getattr__(self, name: str) -> object:
        self.seen.add("proposals" if name == "propose" else name)
        return getattr(self._st, name)

    def __setattr__(self, name: str, value: object) -> None:
        raise AssertionError(f"a rule rebinds DocState.{name}")


def test_registry_order_gives_each_rule_what_it_reads() -> None:
    written: set[str] = set()
    for step in RULES:
        assert set(step.reads) <= RULE_FIELDS and set(step.writes) <= RULE_FIELDS, step
        missing = set(step.reads) - written
        assert not missing, f"{step.rule.__name__} reads {missing} before any rule wrote them"
        written |= set(step.writes)
    assert set(SELECT_READS) <= written
    assert written == RULE_FIELDS, "every rule-written field has a writer"


def test_rules_read_and_write_what_the_registry_says(tokenizer, rules) -> None:
    assert [type(r) for r in rules.rules] == [step.rule for step in RULES]
    accessed: dict[str, set[str]] = {step.rule.__name__: set() for step in RULES}
    changed: dict[str, set[str]] = {step.rule.__name__: set() for step in RULES}
    for text in _texts():
        doc = tokenizer(text)
        st = DocState.of(doc)
        given = {f: copy.copy(getattr(st, f)) for f in DOC_FIELDS - {"doc", "n"}}
        for step, rule in zip(RULES, rules.rules, strict=True):
            name = step.rule.__name__
            before = {f: copy.deepcopy(getattr(st, f)) for f in RULE_FIELDS}
            recording = _Recording(st)
            rule(recording)  # type: ignore[arg-type]
            seen = recording.seen - DOC_FIELDS
            assert seen <= set(step.reads) | set(step.writes), (name, seen)
            now = {f for f in RULE_FIELDS if getattr(st, f) != before[f]}
            assert now <= set(step.writes), (name, now)
            accessed[name] |= seen
            changed[name] |= now
        assert {f: getattr(st, f) for f in given} == given, "document fields are read-only"
    for step in RULES:
        name = step.rule.__name__
        # nothing declared that the rule never touches on these texts
        assert set(step.reads) <= accessed[name], (name, set(step.reads) - accessed[name])
        assert set(step.writes) == changed[name], (name, set(step.writes) ^ changed[name])


def test_candidates_carry_no_extra_but_uncased(tokenizer, rules) -> None:
    keys = set()
    for text in _texts():
        for c in rules(tokenizer(text)):
            keys |= set(c.extra)
            assert c.extra.get(UNCASED, True) is True
    assert keys == {UNCASED}


@pytest.mark.parametrize(("text", "name"), [
    ("Presiden Susilo B. Yudhoyono hadir.", "Susilo B. Yudhoyono"),
    ("Pelatih Shin Tae-yong hadir.", "Shin Tae-yong"),
    ("Ratu Elizabeth II wafat.", "Elizabeth II"),
    ("Putra Mahkota Mohammed bin Salman hadir.", "Mohammed bin Salman"),
    ("Ketua M Nasir hadir.", "M Nasir"),
    ("Presiden Joko Widodo bin hadir.", "Joko Widodo"),  # never ends in a particle
])
def test_parse_name(tokenizer, rules, text, name) -> None:
    titles = next(r for r in rules.rules if isinstance(r, Titles))
    doc = tokenizer(text)
    st = DocState.of(doc)
    k = next(i for i, t in enumerate(doc) if t.text == name.split()[0])
    span = titles.parse_name(st, k, len(doc), strict=False)
    assert span is not None and doc[span[0]:span[1]].text == name


def test_no_name_after_title(tokenizer, rules) -> None:
    titles = next(r for r in rules.rules if isinstance(r, Titles))
    doc = tokenizer("Presiden mengatakan itu.")
    assert titles.parse_name(DocState.of(doc), 1, len(doc), strict=False) is None
