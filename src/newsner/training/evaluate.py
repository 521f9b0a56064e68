"""Score newsner (the full pipeline, or the tagger alone) against annotated data.

Scoring is strict entity-level matching on character spans (same start, end and label),
computed by ``nervaluate``'s "strict" schema, micro over all labels and per label. Besides the
figures a :class:`Report` keeps the list of errors, each classified as ``missed``,
``spurious``, ``wrong_label`` (same span, other label), or ``wrong_boundary`` (overlapping span),
so error analysis starts from the data rather than from a single number.

Corpus sentences are scored on their text joined by single spaces (what a user would pass);
span-JSON gold documents honour their ``ignore`` regions (predictions there do not count) and
``boilerplate`` regions (every prediction there is a false positive).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from statistics import fmean
from typing import Any

from newsner.training.corpora import (
    GoldDocument,
    Sentence,
    Span,
    read_corpus,
    read_fold,
    read_gold_json,
)
from newsner.types import LABELS


@dataclass
class ErrorCase:
    doc: int
    kind: str  # missed | spurious | wrong_label | wrong_boundary
    gold: Span | None
    pred: Span | None
    context: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc, "kind": self.kind,
            "gold": self.gold.as_tuple() if self.gold else None,
            "pred": self.pred.as_tuple() if self.pred else None,
            "context": self.context,
        }


@dataclass
class Report:
    """Precision/recall/F1 (in %) micro and per label, counts, and the classified errors."""

    scores: dict[str, dict[str, float]]
    errors: list[ErrorCase] = field(default_factory=list)
    name: str = ""
    n_docs: int = 0
    boilerplate_predictions: int = 0

    @property
    def f1(self) -> float:
        return self.scores["micro"]["f1"]

    def to_dict(self, errors: int = 0) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "n_docs": self.n_docs, "scores": self.scores}
        if self.boilerplate_predictions:
            out["boilerplate_predictions"] = self.boilerplate_predictions
        counts: dict[str, int] = {}
        for err in self.errors:
            counts[err.kind] = counts.get(err.kind, 0) + 1
        out["error_counts"] = counts
        if errors:
            out["errors"] = [e.to_dict() for e in self.errors[:errors]]
        return out

    def to_dataframe(self):  # noqa: ANN201 - pandas is optional
        import pandas as pd

        return pd.DataFrame(self.scores).T[["precision", "recall", "f1", "support", "predicted"]]


def score(gold: Sequence[Sequence[Span]], pred: Sequence[Sequence[Span]],
          texts: Sequence[str] | None = None, name: str = "") -> Report:
    """Strict span scoring of ``pred`` against ``gold`` (one list of spans per document)."""
    from nervaluate import Evaluator

    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold documents but {len(pred)} predicted")

    def as_dicts(docs: Sequence[Sequence[Span]]) -> list[list[dict[str, Any]]]:
        # nervaluate treats ``end`` as inclusive; strict matching is the same either way
        return [[{"label": s.label, "start": s.start, "end": s.end - 1} for s in d] for d in docs]

    result = Evaluator(as_dicts(gold), as_dicts(pred), tags=list(LABELS),
                       loader="dict").evaluate()
    scores: dict[str, dict[str, float]] = {"micro": _row(result["overall"]["strict"])}
    for label in LABELS:
        per_label = result["entities"].get(label)
        scores[label] = _row(per_label["strict"]) if per_label else _EMPTY_ROW.copy()
    return Report(scores=scores, errors=classify_errors(gold, pred, texts), name=name,
                  n_docs=len(gold))


_EMPTY_ROW = {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0, "predicted": 0,
              "correct": 0}


def _row(res: Any) -> dict[str, float]:
    return {"precision": round(100 * res.precision, 2), "recall": round(100 * res.recall, 2),
            "f1": round(100 * res.f1, 2), "support": res.possible, "predicted": res.actual,
            "correct": res.correct}


def classify_errors(gold: Sequence[Sequence[Span]], pred: Sequence[Sequence[Span]],
                    texts: Sequence[str] | None = None) -> list[ErrorCase]:
    """Every non-exact match, as missed / spurious / wrong_label / wrong_boundary."""
    errors: list[ErrorCase] = []
    for d, (gs, ps) in enumerate(zip(gold, pred, strict=True)):
        gset, pset = {g.as_tuple() for g in gs}, {p.as_tuple() for p in ps}
        text = texts[d] if texts else ""
        used: set[tuple[int, int, str]] = set()
        for g in gs:
            if g.as_tuple() in pset:
                continue
            same_span = [p for p in ps if (p.start, p.end) == (g.start, g.end)]
            overlap = [p for p in ps if p.start < g.end and g.start < p.end
                       and p.as_tuple() not in gset]
            ctx = _context(text, g.start, g.end)
            if same_span:
                errors.append(ErrorCase(d, "wrong_label", g, same_span[0], ctx))
                used.add(same_span[0].as_tuple())
            elif overlap:
                errors.append(ErrorCase(d, "wrong_boundary", g, overlap[0], ctx))
                used.update(p.as_tuple() for p in overlap)
            else:
                errors.append(ErrorCase(d, "missed", g, None, ctx))
        for p in ps:
            if p.as_tuple() not in gset and p.as_tuple() not in used:
                errors.append(ErrorCase(d, "spurious", None, p, _context(text, p.start, p.end)))
    return errors


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    if not text:
        return ""
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"{left}[[{text[start:end]}]]{right}"


# --- gold documents with ignore / boilerplate regions ----------------------------------------


def filter_for_gold(doc: GoldDocument, pred: Sequence[Span]) -> tuple[list[Span], int]:
    """Drop predictions inside ``ignore`` regions; return how many hit ``boilerplate``.

    Predictions overlapping boilerplate stay in the list (so they count as spurious).
    """
    def overlaps(span: Span, regions: list[tuple[int, int, str]]) -> bool:
        return any(span.start < e and s < span.end for s, e, _ in regions)

    gold_spans = {g.as_tuple() for g in doc.entities}
    kept = [p for p in pred if p.as_tuple() in gold_spans
            or overlaps(p, doc.boilerplate) or not overlaps(p, doc.ignore)]
    in_boilerplate = sum(1 for p in kept if overlaps(p, doc.boilerplate))
    return kept, in_boilerplate


# --- running the pipeline or the model on data -----------------------------------------------


def predict_sentences(sentences: Sequence[Sentence], pipeline: Any, model_only: bool,
                      ) -> list[list[Span]]:
    """Predictions for corpus sentences: the tagger on gold tokens, or the pipeline on text."""
    if model_only:
        tagged = pipeline.tagger.tag([s.tokens for s in sentences])
        return [[Span(s.token_offsets[i][0], s.token_offsets[j - 1][1], label)
                 for i, j, label, _ in spans] for s, spans in zip(sentences, tagged, strict=True)]
    out = []
    for ents in pipeline.extract_many([s.text for s in sentences], batch_size=64, clean=False):
        out.append([Span(e.start, e.end, e.label) for e in ents])
    return out


def evaluate(corpus: str | None = None, fold: int | None = None, split: str | None = None,
             gold: str | os.PathLike[str] | None = None, model_dir: str | None = None,
             model_only: bool = False, policy: str | None = None, limit: int | None = None,
             pipeline: Any = None, o_bias: float | None = None) -> Report:
    """Score the pipeline (or with ``model_only`` the tagger alone) on a corpus split or fold,
    or on a span-JSON gold file. ``fold=k`` scores NER-UI/NER-UGM ``test.0k``."""
    from newsner.pipeline import load

    nlp = pipeline or load(model_dir, policy=policy, o_bias=o_bias)
    if gold is not None:
        doc = read_gold_json(gold)
        if model_only:
            raise ValueError("--model-only scores pre-tokenized corpora; gold files go through "
                             "the pipeline")
        ents = nlp.extract(doc.text)
        pred, boiler = filter_for_gold(doc, [Span(e.start, e.end, e.label) for e in ents])
        report = score([doc.entities], [pred], [doc.text], name=f"{doc.id}")
        report.boilerplate_predictions = boiler
        return report
    if corpus is None:
        raise ValueError("give a corpus (with fold or split) or a gold file")
    if fold is not None:
        sentences = read_fold(corpus, fold)["test"]
        name = f"{corpus} fold {fold} test"
    else:
        split = split or "test"
        sentences = read_corpus(corpus, split)
        name = f"{corpus} {split}"
    if limit:
        sentences = sentences[:limit]
    return score_sentences(sentences, nlp, model_only, name)


def score_sentences(sentences: Sequence[Sentence], nlp: Any, model_only: bool,
                    name: str = "") -> Report:
    """Strict scores of the pipeline (or the tagger alone) on annotated sentences."""
    pred = predict_sentences(sentences, nlp, model_only)
    kind = "model" if model_only else "pipeline"
    return score([s.spans for s in sentences], pred, [s.text for s in sentences],
                 name=f"{name} ({kind})")


#: The columns of the casing protocol: each test sentence as written, lower- and upper-cased
#: (token by token, so gold spans follow), and the casing whose decoding bias each column picks.
CASE_COLUMNS: dict[str, tuple[Any, str]] = {
    "as_written": (None, "cased"), "lower": (str.lower, "lower"), "upper": (str.upper, "upper")}


def recase(sentences: Sequence[Sentence], column: str) -> list[Sentence]:
    """``sentences`` re-cased for a :data:`CASE_COLUMNS` column."""
    case = CASE_COLUMNS[column][0]
    if case is None:
        return list(sentences)
    return [Sentence([case(t) for t in s.tokens], list(s.tags), id=s.id) for s in sentences]


def print_report(report: Report, errors: int = 0) -> None:
    """A per-label table (rich) and, optionally, the first errors."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=report.name)
    for col in ("label", "precision", "recall", "F1", "support", "predicted"):
        table.add_column(col, justify="right" if col != "label" else "left")
    for label, row in report.scores.items():
        table.add_row(label, f"{row['precision']:.2f}", f"{row['recall']:.2f}",
                      f"{row['f1']:.2f}", str(row["support"]), str(row["predicted"]))
    console = Console()
    console.print(table)
    if report.boilerplate_predictions:
        console.print(f"predictions in boilerplate: {report.boilerplate_predictions}")
    counts = report.to_dict()["error_counts"]
    console.print("errors: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    for err in report.errors[:errors]:
        console.print(f"  {err.kind:14} gold={err.gold and err.gold.as_tuple()} "
                      f"pred={err.pred and err.pred.as_tuple()}  {err.context}", markup=False)


def model_folder(model: Path, assets: Path, uncased: Path | None = None) -> Path:
    """A loadable model folder ``<model stem>-dir`` next to a bare NER model file (a CV fold's):
    the model and the shipped word vectors from ``assets``, linked, not copied. With
    ``uncased``, lower- and upper-cased sentences go to that NER model file instead
    (``casing_models`` of the folder's ``newsner.json``, as in the shipped folder)."""
    from newsner.casing import LOWER, UPPER
    from newsner.tagging import MODEL_FILES, UNCASED_NER_FILE

    mdir = model.with_name(model.stem + ("-routed-dir" if uncased else "-dir"))
    mdir.mkdir(exist_ok=True)
    links = {fname: model if key == "ner" else assets / fname
             for key, fname in MODEL_FILES.items()}
    if uncased:
        links[UNCASED_NER_FILE] = uncased
        manifest = {"casing_models": dict.fromkeys((LOWER, UPPER), UNCASED_NER_FILE)}
        (mdir / "newsner.json").write_text(json.dumps(manifest) + "\n", encoding="utf-8")
    for fname, src in links.items():
        dst = mdir / fname
        if dst.is_symlink() and dst.resolve() != src.resolve():
            dst.unlink()
        if src.exists() and not dst.exists():
            dst.symlink_to(src.resolve())
    return mdir


def cross_validate(models_dir: Path, name: str, assets: Path, policy_list: Sequence[str] = (
        "model", "pipeline"), folds: Sequence[int] = (1, 2, 3, 4, 5),
        o_bias_grid: Sequence[float] = (), columns: Sequence[str] = tuple(CASE_COLUMNS),
        cache: Path | None = None, uncased: Path | None = None) -> dict[str, Any]:
    """The 5-fold NER-UI protocol for fold models ``<name>-fold<k>.pt`` in ``models_dir``:
    each fold's model scored on its test fold, alone and inside the full pipeline, with the
    test sentences as written, lower-cased and upper-cased (``columns``). ``folds`` scores a
    subset (the mean is then over those folds only, and says so). With ``uncased`` (a path
    prefix ``DIR/NAME``), lower- and upper-cased sentences of fold k are tagged by
    ``DIR/NAME-fold<k>.pt`` (:func:`model_folder`), as the shipped folder routes them.

    With ``o_bias_grid`` every fold is scored at each decoding bias of the grid, and fold k
    decodes each casing with the bias that :func:`held_out_choices` picks for it from the
    *other* folds' pipeline scores on that casing's column, so no fold's own test labels choose
    its biases. ``o_bias.shipped`` holds, per casing, the grid value with the best mean pipeline
    F1 over all the folds: what a model trained on all of NER-UI should decode with.

    ``cache`` (default ``<models_dir>/<name>-cv-cache.json``) keeps each fold's grid scores,
    so folds already scored (while others still train) are not scored again; an entry is keyed
    by the model file and its modification time."""
    from newsner.pipeline import Pipeline
    from newsner.tagging import decoding_biases

    grid = sorted({0.0, *map(float, o_bias_grid)}) if o_bias_grid else []
    chooser = "pipeline" if "pipeline" in policy_list else policy_list[0]
    tests = {k: read_fold("nerui", k)["test"] for k in folds}
    def uncased_model(k: int) -> Path | None:
        return uncased.with_name(f"{uncased.name}-fold{k}.pt") if uncased else None

    models = {k: model_folder(models_dir / f"{name}-fold{k}.pt", assets, uncased_model(k))
              for k in folds}

    def run(nlp: Any, k: int, column: str, kinds: Sequence[str] = policy_list) -> dict[str, Any]:
        sents = recase(tests[k], column)
        return {kind: score_sentences(sents, nlp, kind == "model").to_dict()["scores"]
                for kind in kinds}

    # grid: column -> bias -> fold -> chooser F1 (every casing decoded with that bias)
    f1: dict[str, dict[float, dict[str, float]]] = {c: {} for c in columns}
    per_fold: dict[str, dict[str, dict[str, Any]]] = {c: {} for c in columns}
    cache = cache or models_dir / f"{name}-cv-cache.json"
    stored = json.loads(cache.read_text(encoding="utf-8")) if cache.exists() else {}
    for k in folds:
        pts = [models_dir / f"{name}-fold{k}.pt", *filter(None, [uncased_model(k)])]
        key = (",".join(f"{pt.resolve()}@{pt.stat().st_mtime_ns}" for pt in pts)
               + f":{chooser}:{grid}:{list(columns)}")
        if key not in stored:
            nlp = Pipeline(models[k])
            scores: dict[str, dict[str, float]] = {c: {} for c in columns}
            for bias in grid:
                nlp.tagger.o_bias = decoding_biases(bias, {})
                for column in columns:
                    scores[column][str(bias)] = run(nlp, k, column, [chooser])[chooser][
                        "micro"]["f1"]  # the grid needs only the chooser's scores
            stored[key] = scores
            cache.write_text(json.dumps(stored, indent=1), encoding="utf-8")
        for column in columns:
            for bias, value in stored[key][column].items():
                f1[column].setdefault(float(bias), {})[str(k)] = value
    choice: dict[str, dict[str, float]] = {}  # fold -> casing -> bias
    if grid:
        for column in columns:
            picks = held_out_choices(f1[column]) if len(folds) > 1 else {
                str(folds[0]): _best_bias(f1[column])}  # one fold: a screen, not a result
            for k, bias in picks.items():
                choice.setdefault(k, {})[CASE_COLUMNS[column][1]] = bias
    for k in folds:
        nlp = Pipeline(models[k])
        if grid:
            nlp.tagger.o_bias = decoding_biases(choice[str(k)], {})
        for column in columns:
            per_fold[column][str(k)] = run(nlp, k, column)
    result: dict[str, Any] = {
        "protocol": "IndoLEM NER-UI 5-fold: train.0k, early stop on dev.0k, score test.0k "
                    "as written, lower-cased and upper-cased",
        "model": name, "folds_scored": list(folds)}
    if uncased:
        result["uncased_model"] = (f"lower- and upper-cased sentences tagged by "
                                   f"{uncased.name}-fold<k>.pt")
    if grid:
        result["o_bias"] = {
            "selection": f"fold k decodes each casing with the bias whose mean {chooser} F1 on "
                         "that casing's column over the other folds' test sets is best (ties: "
                         "the smaller bias)",
            "per_fold": choice,
            "shipped": {CASE_COLUMNS[c][1]: _best_bias(f1[c]) for c in columns},
            "grid": {c: {b: round(fmean(v.values()), 2) for b, v in f1[c].items()}
                     for c in columns},
        }
    result["summary"] = {c: {kind: _summary({k: v[kind] for k, v in per_fold[c].items()})
                             for kind in policy_list} for c in columns}
    result["folds"] = per_fold
    return result


def held_out_choices(f1: dict[float, dict[str, float]]) -> dict[str, float]:
    """For each fold, the bias (a key of ``f1``: bias -> fold -> F1) with the best mean F1 over
    the other folds; the smaller bias wins a tie."""
    return {k: _best_bias(f1, leave_out=k) for k in sorted(next(iter(f1.values())))}


def _best_bias(f1: dict[float, dict[str, float]], leave_out: str | None = None) -> float:
    """The bias with the best mean F1 over the folds (but ``leave_out``); ties: the smaller."""
    return max(f1, key=lambda b: (
        round(fmean(v for k, v in f1[b].items() if k != leave_out), 4), -b))


def _summary(folds: dict[str, Any]) -> dict[str, float]:
    """Mean F1 over folds, micro and per label."""
    return {label: round(fmean(f[label]["f1"] for f in folds.values()), 2)
            for label in ("micro", *LABELS)}


def save_report(report: Report, path: str | os.PathLike[str]) -> None:
    Path(path).write_text(json.dumps(report.to_dict(errors=50), indent=1, ensure_ascii=False))
