"""Shared fixtures: the shipped pipeline (loaded once per session) and the shared data folder."""

from __future__ import annotations

import bisect
import contextlib
from collections.abc import Sequence
from pathlib import Path

import pytest
import regex

#: ``../shared`` next to the checkout: corpora and fixtures that are read, never copied.
SHARED_DIR = Path(__file__).resolve().parents[1].parent / "shared"
_WORDLIKE = regex.compile(r"[\p{L}\p{N}\p{M}]")

# urllib3 (stanza imports it) binds a loopback socket at import to probe IPv6 support: let it
# do so now, before pytest-socket blocks sockets for the tests
with contextlib.suppress(ImportError):
    import urllib3.util.connection  # noqa: F401


def check_entities(text: str, entities: Sequence) -> None:
    """The output contract: exact offsets, known labels, sorted, disjoint, whole graphemes."""
    from newsner import LABELS

    previous_end = 0
    for e in entities:
        assert 0 <= e.start < e.end <= len(text), e
        assert text[e.start : e.end] == e.text, (e, text[e.start : e.end])
        assert e.label in LABELS, e
        assert e.text == e.text.strip(), f"entity with surrounding whitespace: {e}"
        assert e.start >= previous_end, f"entities unsorted or overlapping at {e}"
        previous_end = e.end
        assert not ("\ud800" <= text[e.start - 1 : e.start] <= "\udbff"
                    and "\udc00" <= e.text[0] <= "\udfff"), f"splits a surrogate pair: {e}"
        assert not ("\ud800" <= e.text[-1] <= "\udbff"
                    and "\udc00" <= text[e.end : e.end + 1] <= "\udfff"), f"splits a pair: {e}"
    if entities and len(text) <= 2_000_000:
        # never cut through a grapheme's letters, digits or marks: a letter stays with its
        # accents, no entity starts on an orphaned mark (what may be left outside: invisible
        # characters and symbol modifiers, e.g. a ZWJ or the skin tone of an emoji)
        bounds = [0, *(m.end() for m in regex.finditer(r"\X", text))]
        for e in entities:
            for p in (e.start, e.end):
                i = bisect.bisect_left(bounds, p)
                if bounds[i] != p:
                    gap = text[p : bounds[i]] if p == e.end else text[bounds[i - 1] : p]
                    assert not _WORDLIKE.search(gap), f"splits a grapheme at {p}: {e}"


@pytest.fixture(scope="session")
def entity_invariants():
    """:func:`check_entities`, for tests that check every entity they get."""
    return check_entities


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline (``newsner.load()``), or a skip naming the missing model."""
    import newsner

    try:
        return newsner.load()
    except newsner.ModelNotFoundError as err:
        pytest.skip(f"shipped model not available: {err}")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared``; tests that need it are skipped when it is not checked out."""
    if not SHARED_DIR.is_dir():
        pytest.skip(f"shared data folder not found at {SHARED_DIR} (check out ../shared)")
    return SHARED_DIR
