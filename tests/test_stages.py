"""The pipeline's stages (``newsner.stages``): one entry point each, wired in one place, each
reading only what is given or what an earlier stage wrote, and writing what it says."""

from __future__ import annotations

from dataclasses import fields

import pytest

from newsner import pipeline as pl
from newsner.stages.batch import DOCUMENTS, PIECES, Piece, Work, chunk_bounds

ORDER = ["normalize", "tokenize", "tag", "rules", "resolve"]
#: fields the pipeline gives: the caller's text, and each piece as it is cut
GIVEN = {"Work.text", "Piece.text", "Piece.offset", "Piece.last", "Piece.work"}
TEXTS = [
    "REPUBLIKA.CO.ID, STOCKHOLM -- Menteri Luar Negeri Rusia Sergey Lavrov bertemu Menlu AS "
    "Antony Blinken di Stockholm. Lavrov mengatakan Rusia tidak ingin perang.",
    "Komisi Pemberantasan Korupsi (KPK) memeriksa pejabat di Jakarta. Juru bicara KPK Ali "
    "Fikri membenarkan.",
    "",
    "   \n\n ",
]

pytestmark = [pytest.mark.slow, pytest.mark.needs_model]


def test_stages_run_in_the_documented_order(nlp) -> None:
    assert [s.name for s in nlp.stages] == ORDER
    assert [s.over for s in nlp.stages] == [DOCUMENTS, PIECES, PIECES, PIECES, DOCUMENTS]
    model_only = pl.load(policy="model")
    assert [s.name for s in model_only.stages] == [n for n in ORDER if n != "rules"]


def test_each_stage_reads_what_is_given_or_written_before(nlp) -> None:
    known = set(GIVEN)
    for stage in nlp.stages:
        assert set(stage.reads) <= known, (stage.name, set(stage.reads) - known)
        known |= set(stage.writes)
    declared = {f"Work.{f.name}" for f in fields(Work)} | {f"Piece.{f.name}" for f in fields(Piece)}
    assert known == declared


def _snapshot(batch) -> dict[str, tuple]:  # noqa: ANN001
    def state(value: object) -> tuple:
        return id(value), len(value) if hasattr(value, "__len__") else None

    out = {}
    for i, work in enumerate(batch.docs):
        out |= {f"Work.{f.name}#{i}": state(getattr(work, f.name)) for f in fields(Work)}
    for i, piece in enumerate(batch.pieces):
        out |= {f"Piece.{f.name}#{i}": state(getattr(piece, f.name)) for f in fields(Piece)}
    return out


class _Checked:
    """A stage that fails when it changes a field it does not declare, and records the
    characters of each round it sees."""

    def __init__(self, stage, rounds: list[int]) -> None:  # noqa: ANN001
        self.stage, self.rounds = stage, rounds
        self.name, self.over = stage.name, stage.over

    def __call__(self, batch) -> None:  # noqa: ANN001
        before = _snapshot(batch)
        self.stage(batch)
        after = _snapshot(batch)
        changed = {k.split("#")[0] for k in after if after[k] != before[k]}
        assert changed <= set(self.stage.writes), (self.name, changed)
        if self.over == PIECES:
            self.rounds.append(sum(len(p.text) for p in batch.pieces))


def test_stages_write_what_they_declare_and_rounds_stay_bounded(nlp, monkeypatch) -> None:
    expected = [d.to_dict() for d in nlp.pipe(TEXTS)]
    rounds: list[int] = []
    monkeypatch.setattr(nlp, "stages", tuple(_Checked(s, rounds) for s in nlp.stages))
    assert [d.to_dict() for d in nlp.process_batch(TEXTS)] == expected
    monkeypatch.setattr(pl, "chunk_bounds", lambda text: chunk_bounds(text, size=40))
    monkeypatch.setattr(pl, "ROUND_CHARS", 100)
    rounds.clear()
    docs = nlp.process_batch(TEXTS * 3)
    assert all(0 < r <= 100 for r in rounds) and len(rounds) > 3
    assert [d.text for d in docs] == TEXTS * 3
