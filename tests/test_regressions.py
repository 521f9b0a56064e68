"""Every input that ever broke newsner (or its checks), re-run through normalize and extract.

``tests/regressions/`` holds one JSON file per input: the text, as ``input`` or, for long
repetitive ones, as ``parts`` (``[[piece, count], ...]``, joined); then ``found_by``, ``broke``
(what went wrong) and ``fix``. JSON escapes keep lone surrogates and NUL intact. To add one,
drop a file there (for a fuzzer crash: ``decode()`` the crash file with
``tests/fuzz/fuzz_extract.py`` and store the text).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsner.normalize import normalize

REGRESSIONS = Path(__file__).resolve().parent / "regressions"
CASES = sorted(REGRESSIONS.glob("*.json"))


def load_case(path: Path) -> str:
    case = json.loads(path.read_text(encoding="utf-8"))
    assert {"found_by", "broke", "fix"} <= case.keys(), path
    assert ("input" in case) != ("parts" in case), f"{path}: give input or parts"
    if "parts" in case:
        return "".join(piece * count for piece, count in case["parts"])
    assert isinstance(case["input"], str)
    return case["input"]


def test_the_corpus_is_not_empty():
    assert CASES, f"no regression inputs in {REGRESSIONS}"


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_normalize_keeps_offsets(path):
    text = load_case(path)
    for remove_chrome in (True, False):
        n = normalize(text, remove_chrome=remove_chrome)
        for i in range(len(n.text)):
            s, e = n.to_original(i, i + 1)
            assert 0 <= s < e <= len(text)
        for cs, ce, os_, oe, ident in n.alignment.segments:
            if ident:
                assert n.text[cs:ce] == text[os_:oe]


@pytest.mark.slow
@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_extract_keeps_offsets(path, nlp, entity_invariants):
    text = load_case(path)
    doc = nlp.analyze(text)
    entity_invariants(text, doc.entities)
    for group in doc.groups:
        assert all(m in doc.entities for m in group.mentions)
    assert nlp.extract(text) == list(doc.entities)
