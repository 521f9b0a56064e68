"""Readers for every shared corpus: sentence and entity counts, harmonised labels, both views."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsner.training.corpora import (
    bio_to_token_spans,
    harmonise_tag,
    read_conll,
    read_conllu_sentences,
    read_corpus,
    read_fold,
    read_gold_json,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
needs_data = pytest.mark.skipif(not (SHARED / "data").is_dir(),
                                reason="../shared/data is not here (it is in CI and sessions)")

# (corpus, split) -> (sentences, tokens, {label: entities}), counted once by hand from the files
EXPECTED = {
    ("nerui", "train.01"): (1530, 33435, {"LOC": 886, "ORG": 1417, "PER": 1389}),
    ("nerui", "dev.01"): (170, 3620, {"LOC": 94, "ORG": 167, "PER": 137}),
    ("nerui", "test.01"): (426, 9135, {"LOC": 256, "ORG": 365, "PER": 344}),
    ("nerugm", "train.01"): (1687, 37293, {"LOC": 749, "ORG": 591, "PER": 1045}),
    ("nerugm", "test.01"): (469, 10383, {"LOC": 202, "ORG": 174, "PER": 299}),
    ("nergrit", "train"): (1672, 56210, {"LOC": 2688, "ORG": 1015, "PER": 1618}),
    ("nergrit", "test"): (209, 6854, {"LOC": 357, "ORG": 124, "PER": 207}),
    ("nerp", "train"): (6720, 156409, {"LOC": 4404, "ORG": 3089, "PER": 4863}),
    ("nerp", "test"): (840, 19952, {"LOC": 554, "ORG": 383, "PER": 624}),
}


@needs_data
@pytest.mark.parametrize(("corpus", "split"), sorted(EXPECTED))
def test_corpus_counts_and_harmonised_labels(corpus: str, split: str) -> None:
    sentences = read_corpus(corpus, split)
    n_sent, n_tok, per_label = EXPECTED[(corpus, split)]
    assert len(sentences) == n_sent
    assert sum(len(s.tokens) for s in sentences) == n_tok
    counts = Counter(span.label for s in sentences for span in s.spans)
    assert dict(counts) == per_label
    assert {t for s in sentences for t in s.tags} <= {
        "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"}


@needs_data
@pytest.mark.parametrize("corpus", ["nerui", "nerugm"])
def test_every_fold_partitions_the_whole_corpus(corpus: str) -> None:
    texts = None
    for k in range(1, 6):
        fold = read_fold(corpus, k)
        these = sorted(s.text for part in fold.values() for s in part)
        assert texts is None or these == texts, f"fold {k} is not a permutation of fold 1"
        texts = these


@needs_data
def test_nerugm_time_and_quantity_are_dropped() -> None:
    raw_tags = {line.split("\t")[-1].strip() for line in
                (SHARED / "data/nerugm/train.01.tsv").read_text().splitlines() if "\t" in line}
    assert "B-TIME" in raw_tags and "B-QUANTITY" in raw_tags
    tags = {t for s in read_corpus("nerugm", "train.01") for t in s.tags}
    assert not any("TIME" in t or "QUANTITY" in t for t in tags)


@needs_data
def test_text_and_span_view_agree_with_tokens() -> None:
    for s in read_corpus("nerui", "dev.01"):
        for (i, j, label), span in zip(bio_to_token_spans(s.tags), s.spans, strict=True):
            assert s.text[span.start:span.end] == " ".join(s.tokens[i:j])
            assert span.label == label


@needs_data
@pytest.mark.parametrize(("name", "count"), [
    ("id_csui-ud-train.conllu", 656), ("id_csui-ud-test.conllu", 374),
    ("id_gsd-ud-dev.conllu", 559), ("id_gsd-ud-test.conllu", 557),
    ("id_pud-ud-test.conllu", 1000)])
def test_ud_reader(name: str, count: int) -> None:
    sents = list(read_conllu_sentences(SHARED / "data/ud" / name))
    assert len(sents) == count
    assert all(all(tok.strip() for tok in s) for s in sents)


@needs_data
def test_gold_json_reader() -> None:
    gold = read_gold_json(SHARED / "fixtures/republika-lavrov-blinken.gold.json")
    assert len(gold.entities) == 69
    assert Counter(e.label for e in gold.entities) == {"LOC": 54, "PER": 13, "ORG": 2}
    assert gold.ignore and gold.boilerplate
    assert gold.text[gold.entities[0].start:gold.entities[0].end] == "Rusia"


def test_bio_repair_and_harmonise(tmp_path: Path) -> None:
    path = tmp_path / "x.tsv"
    path.write_text("Bank\tI-ORGANIZATION\nIndonesia\tI-ORGANIZATION\ndi\tO\n"
                    "Jakarta\tB-LOCATION\nkemarin\tB-TIME\n\nAmir\tB-PERSON\n",
                    encoding="utf-8")
    sents = read_conll(path, {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"})
    assert [s.tags for s in sents] == [["B-ORG", "I-ORG", "O", "B-LOC", "O"], ["B-PER"]]
    assert [(sp.start, sp.end, sp.label) for sp in sents[0].spans] == [
        (0, 14, "ORG"), (18, 25, "LOC")]
    assert harmonise_tag("B-PPL", {"PPL": "PER"}) == "B-PER"
    assert harmonise_tag("I-EVT", {"PPL": "PER"}) == "O"


def test_bio_to_token_spans_handles_bioes_and_stray_inside() -> None:
    assert bio_to_token_spans(["B-PER", "E-PER", "S-LOC", "O"]) == [(0, 2, "PER"), (2, 3, "LOC")]
    assert bio_to_token_spans(["O", "I-ORG", "I-ORG", "B-ORG"]) == [(1, 3, "ORG"), (3, 4, "ORG")]
    assert bio_to_token_spans(["B-PER", "I-LOC"]) == [(0, 1, "PER"), (1, 2, "LOC")]


def test_unknown_corpus_and_split_are_clear_errors() -> None:
    with pytest.raises(ValueError, match="unknown corpus"):
        read_corpus("conll03", "train")
    with pytest.raises(ValueError, match="unknown split"):
        read_corpus("nerui", "train")
