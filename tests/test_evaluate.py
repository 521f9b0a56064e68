"""The scorer against hand-computed cases, error classification, and gold-file regions."""

from __future__ import annotations

import pytest

from newsner.training.corpora import GoldDocument, Span
from newsner.training.evaluate import classify_errors, filter_for_gold, score


def test_strict_scores_by_hand() -> None:
    gold = [[Span(0, 5, "PER"), Span(10, 15, "LOC"), Span(20, 23, "ORG")],
            [Span(0, 4, "LOC")]]
    pred = [[Span(0, 5, "PER"), Span(10, 15, "ORG"), Span(20, 22, "ORG")],
            [Span(0, 4, "LOC"), Span(6, 9, "PER")]]
    report = score(gold, pred)
    # 2 correct of 5 predicted and 4 gold: P = 40, R = 50, F1 = 2PR/(P+R) = 44.44
    assert report.scores["micro"]["precision"] == 40.0
    assert report.scores["micro"]["recall"] == 50.0
    assert report.scores["micro"]["f1"] == pytest.approx(44.44, abs=0.01)
    # PER: gold 1, pred 2, correct 1 -> P 50 R 100 F1 66.67
    assert report.scores["PER"]["f1"] == pytest.approx(66.67, abs=0.01)
    # LOC: gold 2 (one predicted as ORG), pred 1, correct 1 -> P 100, R 50
    assert (report.scores["LOC"]["precision"], report.scores["LOC"]["recall"]) == (100.0, 50.0)
    # ORG: gold 1, pred 2 (a wrong label and a wrong boundary), correct 0
    assert report.scores["ORG"]["f1"] == 0.0
    kinds = sorted(e.kind for e in report.errors)
    assert kinds == ["spurious", "wrong_boundary", "wrong_label"]


def test_perfect_and_empty() -> None:
    assert score([[Span(0, 1, "PER")]], [[Span(0, 1, "PER")]]).f1 == 100.0
    assert score([[]], [[]]).f1 == 0.0
    with pytest.raises(ValueError):
        score([[]], [])


def test_error_kinds_and_context() -> None:
    text = "Presiden Joko Widodo di Jakarta"
    errors = classify_errors([[Span(9, 20, "PER"), Span(24, 31, "LOC")]],
                             [[Span(14, 20, "PER")]], [text])
    assert [(e.kind, e.context.split("[[")[1].split("]]")[0]) for e in errors] == [
        ("wrong_boundary", "Joko Widodo"), ("missed", "Jakarta")]


def test_gold_regions_ignore_and_boilerplate() -> None:
    doc = GoldDocument("d", "x" * 100, [Span(0, 5, "LOC")], ignore=[(10, 20, "credit")],
                       boilerplate=[(50, 100, "tail")])
    pred = [Span(0, 5, "LOC"), Span(12, 15, "PER"), Span(60, 65, "ORG"), Span(30, 35, "PER")]
    kept, in_boiler = filter_for_gold(doc, pred)
    assert kept == [Span(0, 5, "LOC"), Span(60, 65, "ORG"), Span(30, 35, "PER")]
    assert in_boiler == 1
    report = score([doc.entities], [kept])
    assert report.scores["micro"]["precision"] == pytest.approx(33.33, abs=0.01)
