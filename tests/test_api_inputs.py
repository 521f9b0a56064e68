"""The Python API's input contract and feedback (issue 22): a str is not an iterable of texts,
invalid values are listed, the progress bar counts finished documents, ``display.show`` works
outside a notebook. No model is loaded here (a pipeline without its stages stands in)."""

from __future__ import annotations

import io

import pytest

import newsner
from newsner.pipeline import Pipeline, check_policy
from newsner.types import Document, Entity

TEXT = "Presiden Joko Widodo tiba di Jakarta."
ENTS = [Entity("Joko Widodo", "PER", 9, 20), Entity("Jakarta", "LOC", 29, 36)]


class StubPipeline(Pipeline):
    """A Pipeline whose batches are made without models: each text becomes an empty document,
    and the texts it was asked for are recorded."""

    def __init__(self) -> None:  # no models
        self.seen: list[str] = []

    def process_batch(self, texts: list[str], clean: bool = True) -> list[Document]:
        self.seen.extend(texts)
        return [Document(t) for t in texts]


@pytest.mark.parametrize("bad", ["Presiden Joko Widodo", b"Jakarta", bytearray(b"x")])
def test_a_str_is_not_an_iterable_of_texts(bad: object) -> None:
    nlp = StubPipeline()
    for call in (newsner.extract_many, nlp.extract_many, nlp.pipe):
        with pytest.raises(TypeError, match="not an iterable of texts|takes an iterable"):
            call(bad)  # refused at the call, not at the first result
    assert nlp.seen == []


def test_not_iterable_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="takes an iterable of texts"):
        StubPipeline().pipe(42)  # type: ignore[arg-type]


def test_lists_generators_and_tuples_still_work() -> None:
    nlp = StubPipeline()
    assert [d.text for d in nlp.pipe(["a", "b"])] == ["a", "b"]
    assert list(nlp.extract_many(t for t in ("c",))) == [[]]
    assert [d.text for d in nlp.pipe(("d",), batch_size=1)] == ["d"]


def test_invalid_policy_lists_the_valid_ones() -> None:
    valid = "model, rules, union_model_first, rules_first"
    for call in (lambda: newsner.load(policy="bogus"), lambda: check_policy("bogus"),
                 lambda: Pipeline(policy="bogus")):
        with pytest.raises(ValueError, match=f"'bogus' is not a valid merge policy; valid "
                                             f"policies: {valid}"):
            call()
    assert check_policy(None) == "rules_first" and check_policy("model") == "model"
    from newsner.resolve import MergePolicy, merge

    with pytest.raises(ValueError, match=f"valid policies: {valid}"):
        merge([], [], "", policy="bogus")
    assert MergePolicy("rules") is MergePolicy.RULES
    from newsner.pipeline import POLICIES

    assert tuple(p.value for p in MergePolicy) == POLICIES


def test_invalid_o_bias_casing_lists_the_valid_ones() -> None:
    from newsner.tagging import decoding_biases

    with pytest.raises(ValueError, match="valid casings: "):
        decoding_biases({"shouting": 1.0}, {})


class RecordingBar:
    """Stands in for ``tqdm.auto.tqdm``: counts what passes through it."""

    made: list[RecordingBar] = []

    def __init__(self, iterable, total=None, **kwargs) -> None:  # noqa: ANN001, ANN003
        self.iterable, self.total, self.n, self.items = iterable, total, 0, []
        RecordingBar.made.append(self)

    def __iter__(self):  # noqa: ANN204
        for item in self.iterable:
            self.n += 1
            self.items.append(item)
            yield item


def test_progress_counts_finished_documents(monkeypatch) -> None:
    monkeypatch.setattr("tqdm.auto.tqdm", RecordingBar)
    RecordingBar.made.clear()
    nlp = StubPipeline()
    texts = [f"teks {i}" for i in range(10)]
    for i, doc in enumerate(nlp.pipe(texts, batch_size=4, progress=True)):
        bar = RecordingBar.made[-1]
        # a bar over the texts would stand at 4 (a whole batch read) when the first doc arrives
        assert bar.n == i + 1 and isinstance(doc, Document)
    assert bar.total == 10 and all(isinstance(d, Document) for d in bar.items)
    list(nlp.extract_many(iter(texts), progress=True))
    assert RecordingBar.made[-1].n == 10 and RecordingBar.made[-1].total is None
    list(nlp.pipe(iter(texts), progress=True, total=10))
    assert RecordingBar.made[-1].total == 10


# --- display.show ----------------------------------------------------------------------------


def test_show_outside_a_notebook_prints_to_the_terminal(capsys) -> None:
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, width=100, color_system=None)
    assert newsner.display.show(TEXT, ENTS, console=console, title="berita") is None
    out = buffer.getvalue()
    assert "Presiden Joko Widodo[PER] tiba di Jakarta[LOC]." in out and "berita" in out
    assert "IPython" not in out and "object" not in out
    newsner.display.show(Document(TEXT, tuple(ENTS)))  # a new console on stdout
    out = capsys.readouterr().out
    assert "Joko Widodo[PER]" in out and "<IPython" not in out


def test_show_styles_entities_and_checks_offsets() -> None:
    from newsner.display import RICH_STYLES, terminal_text

    text = terminal_text(TEXT, ENTS)
    styled = {text.plain[s.start:s.end]: str(s.style) for s in text.spans}
    assert styled["Joko Widodo"] == RICH_STYLES["PER"] and styled["Jakarta"] == RICH_STYLES["LOC"]
    with pytest.raises(ValueError, match="does not match the text"):
        terminal_text("Presiden Jokowi", ENTS)
    with pytest.raises(TypeError):
        newsner.display.show(TEXT, ENTS, colour="red")


def test_show_in_a_notebook_displays_html(monkeypatch) -> None:
    pytest.importorskip("IPython")
    from IPython.display import HTML

    monkeypatch.setattr("newsner.display._in_notebook", lambda: True)
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj: shown.append(obj))
    out = newsner.display.show(TEXT, ENTS)
    assert isinstance(out, HTML) and shown == [out] and 'data-label="PER"' in out.data


def test_not_in_a_notebook_here() -> None:
    from newsner.display import _in_notebook

    assert _in_notebook() is False
