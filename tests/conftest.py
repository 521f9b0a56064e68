"""Shared fixtures: the shipped pipeline (loaded once per session) and the shared data folder."""

from __future__ import annotations

import bisect
import contextlib
import json
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


@pytest.fixture(scope="session")
def seed_article(shared_dir: Path) -> tuple[str, dict]:
    """The seed article's text and its gold annotation (``../shared/fixtures``)."""
    fixtures = shared_dir / "fixtures"
    text = (fixtures / "republika-lavrov-blinken.txt").read_text(encoding="utf-8")
    gold = json.loads((fixtures / "republika-lavrov-blinken.gold.json").read_text("utf-8"))
    return text, gold


@pytest.fixture(scope="session")
def tokenizer():
    """newsner's tokenizer and sentence splitter (``make_tokenizer()``), built once."""
    from newsner.tokenization import make_tokenizer

    return make_tokenizer()


@pytest.fixture(scope="session")
def rules(tokenizer):
    """newsner's rules (``RuleMatcher``) over the tokenizer's vocab, compiled once."""
    from newsner.rules import RuleMatcher

    return RuleMatcher(tokenizer.vocab)


def _missing_model() -> str | None:
    """Why the shipped model cannot be loaded, or None when it can."""
    from newsner.pipeline import default_model_dir
    from newsner.tagging import ModelNotFoundError, ModelPaths

    try:
        ModelPaths.from_dir(default_model_dir())
    except ModelNotFoundError as err:
        return str(err)
    return None


def _missing_shared_data() -> str | None:
    """Why the shared corpora cannot be read (no ``../shared/data``, or no folder at
    ``$NEWSNER_DATA``), or None when the folder is there."""
    from newsner.training.corpora import data_dir

    folder = data_dir()
    if folder.is_dir():
        return None
    return (f"shared data folder not found at {folder} (a clone without ../shared next to it; "
            "check out ../shared or set NEWSNER_DATA)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``needs_model`` are skipped, with the reason, when models/ is empty, and
    tests marked ``shared_data`` when the shared corpora are absent."""
    marked = [item for item in items if item.get_closest_marker("needs_model")]
    reason = _missing_model() if marked else None
    if reason:
        for item in marked:
            item.add_marker(pytest.mark.skip(reason=f"no trained model: {reason}"))
    marked = [item for item in items if item.get_closest_marker("shared_data")]
    reason = _missing_shared_data() if marked else None
    if reason:
        for item in marked:
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):  # noqa: ANN201 - a hook wrapper
    """A test that reads the shared corpora without the ``shared_data`` mark (a corpus split,
    the gazetteers, the UD files) is skipped with the reason, not failed, when the whole shared
    data folder is absent (a plain clone: ``.ci/plain-clone``). A file missing from a shared
    folder that *is* there still fails the test."""
    try:
        return (yield)
    except FileNotFoundError as exc:
        reason = _missing_shared_data()
        if reason is None:
            raise
        from newsner.training.corpora import data_dir

        missing = str(exc.filename or exc)
        if str(data_dir()) not in missing:
            raise
        pytest.skip(f"needs ../shared/data: {reason}")
