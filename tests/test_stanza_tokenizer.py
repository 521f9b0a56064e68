"""A stanza tokenizer model in place of newsner's rule-based tokenizer (``stanza_tokenizer=``).

The model is the one in ``models/stanza/`` (stanza's tokenizer trainer on UD Indonesian, the
same file format as stanza's official Indonesian tokenizer), so these tests run the real
loading and alignment code on a real model.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsner
from newsner.pipeline import Pipeline
from newsner.stanza_tokenizer import make_stanza_tokenizer
from newsner.tokenization import sentence_tokens

ROOT = Path(__file__).resolve().parents[1]
TOKENIZER = ROOT / "models" / "stanza" / "id_newsner_tokenizer.pt"
GOLD = ROOT.parent / "shared" / "fixtures" / "republika-lavrov-blinken.gold.json"

pytestmark = pytest.mark.skipif(not TOKENIZER.exists(), reason="no stanza tokenizer model")


@pytest.fixture(scope="module")
def stanza_nlp() -> Pipeline:
    return newsner.load(stanza_tokenizer=TOKENIZER)


@pytest.fixture(scope="module")
def stanza_tokens():
    return make_stanza_tokenizer(TOKENIZER)


@pytest.mark.parametrize("text", [
    "Menlu AS Antony Blinken tiba di Jakarta.  Ia bertemu Presiden Joko Widodo.",
    "\n\n  Gubernur Jawa Barat Ridwan Kamil\tmeninjau Bandung, Senin (3/4).\r\n",
    "KPK memeriksa 2 saksi.\u00a0Mereka dari Kementerian Keuangan. \u200b",
    "   ",
    "",
])
def test_doc_text_is_the_input_and_tokens_are_its_slices(stanza_tokens, text: str) -> None:
    doc = stanza_tokens(text)
    assert doc.text == text
    for sentence in sentence_tokens(doc):
        for token, start, end in sentence:
            assert text[start:end] == token and token.strip() == token


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(list("ab AB\n\t.,-'\"(") + [
    "\u00a0", "\u200b", "\u2028", "\ufeff", "\u0301", "\r\n", "😀", "مرحبا", "Jakarta", "KPK"]),
    max_size=40).map("".join))
def test_any_text_is_rebuilt_exactly_and_entities_keep_offsets(stanza_tokens, stanza_nlp,
                                                               text: str) -> None:
    assert stanza_tokens(text).text == text
    for e in stanza_nlp.extract(text):
        assert text[e.start:e.end] == e.text


def test_text_stanza_leaves_out_of_tokens_is_kept_as_tokens(stanza_tokens) -> None:
    # stanza's tokens need not cover every visible character; what they skip must stay in
    # the doc (as tokens of its own) so that offsets after it do not shift
    from types import SimpleNamespace

    text = "Ia \u200b\u200b  ke Bogor"
    tokens = [SimpleNamespace(text=w, start_char=s, end_char=e)
              for w, s, e in (("Ia", 0, 2), ("ke", 7, 9), ("Bogor", 10, 15))]
    parsed = SimpleNamespace(sentences=[SimpleNamespace(tokens=tokens)])
    doc = stanza_tokens.tokenizer._to_doc(text, parsed)
    assert doc.text == text
    assert [t for t, _s, _e in sentence_tokens(doc)[0]] == ["Ia", "\u200b\u200b", "ke", "Bogor"]


def test_sentences_come_from_stanza(stanza_tokens) -> None:
    text = "Lavrov tiba di Stockholm. Blinken datang sehari kemudian.\nKeduanya bertemu."
    sentences = [" ".join(t for t, _s, _e in sent) for sent in sentence_tokens(stanza_tokens(text))]
    assert sentences[0] == "Lavrov tiba di Stockholm ."
    assert len(sentences) == 3


def test_seed_article_with_stanza_tokens(stanza_nlp: Pipeline, seed_article, entity_invariants
                                         ) -> None:
    text, _gold = seed_article
    doc = stanza_nlp.analyze(text)
    entity_invariants(text, doc.entities)
    found = {(e.text, e.label) for e in doc.entities}
    for expected in [("Sergey Lavrov", "PER"), ("Antony Blinken", "PER"), ("Rusia", "LOC"),
                     ("Amerika Serikat", "LOC"), ("OSCE", "ORG"), ("NATO", "ORG")]:
        assert expected in found, expected
    report = newsner.evaluate(gold=GOLD, pipeline=stanza_nlp)
    assert report.scores["micro"]["f1"] >= 90.0


def test_command_line_option(capsys, tmp_path: Path) -> None:
    from newsner.cli import main

    text = "Menlu AS Antony Blinken tiba di Jakarta.\n\nIa bertemu Presiden Joko Widodo.\n"
    source = tmp_path / "a.txt"
    source.write_text(text, encoding="utf-8")
    assert main(["extract", str(source), "--stanza-tokenizer", str(TOKENIZER), "-f", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert ("Antony Blinken", "PER") in {(r["text"], r["label"]) for r in rows}
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)
    with pytest.raises(SystemExit):
        main(["extract", str(source), "--stanza-tokenizer", str(tmp_path / "absent.pt")])
    assert "no stanza tokenizer" in capsys.readouterr().err


def test_dask_workers_use_the_stanza_tokenizer() -> None:
    pytest.importorskip("distributed")
    import dask.bag as db

    import newsner.dask as nd

    texts = ["Menlu AS Antony Blinken tiba di Jakarta.", "KPK memeriksa Gubernur Papua."]
    bag = nd.extract_bag(db.from_sequence(texts, npartitions=2), stanza_tokenizer=TOKENIZER)
    result = bag.compute(scheduler="synchronous")
    expected = newsner.load(stanza_tokenizer=TOKENIZER).extract_many(texts)
    assert result == [nd.mention_dicts(ents) for ents in expected]
    assert ("Antony Blinken", "PER") in {(m["text"], m["label"]) for m in result[0]}


def test_a_missing_tokenizer_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no stanza tokenizer"):
        Pipeline(stanza_tokenizer=tmp_path / "absent.pt")
