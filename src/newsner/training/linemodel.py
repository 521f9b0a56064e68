"""Train the learned reader of page lines (:mod:`newsner.normalize.linemodel`) on the page
corpus, and measure it out of sample, a round of pages at a time.

Examples are the lines the model may take (:func:`newsner.normalize.chrome.model_candidates`):
what the rules kept outside the article's prose, labelled chrome or not by the corpus. The
model is a logistic regression (scikit-learn) over :func:`newsner.normalize.linemodel.features`.
Its threshold comes from :func:`cross_validate`: whole splits (a held-out round each: its own
outlets) are left out in turn, and the threshold is one step of :data:`THRESHOLDS` above the
lowest at which no left-out article or caption line is taken.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from newsner.normalize.aligned import Aligned
from newsner.normalize.chars import clean_characters
from newsner.normalize.chrome import model_candidates, read_page
from newsner.normalize.linemodel import LineModel, features
from newsner.training.pages import CHROME, Page

#: Inverse regularisation strength of the regression.
C = 10.0
#: The thresholds measured; the model's is the step above the lowest that took no article line.
THRESHOLDS = (0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99, 0.995, 0.998)


@dataclass
class Example:
    page: str
    text: str
    features: list[str]
    chrome: bool
    gold_mentions: int  # gold mentions on the line (lost if an article line is taken)
    predicted: int = 0  # mentions the pipeline predicts on it without the model


def examples(pages: Sequence[Page], split: str = "",
             predicted: Callable[[Page], list[tuple[int, int]]] | None = None) -> list[Example]:
    """The candidate lines of ``pages``; ``predicted`` gives a page's predicted mentions
    (start, end in the page's text) to count on each line."""
    found = []
    for page in pages:
        a = clean_characters(Aligned.identity(page.text))
        reading = read_page(a.text)
        spans = predicted(page) if predicted else []
        for i in model_candidates(reading):
            line = reading.lines[i]
            start, end = a.to_original(line.start, line.end)
            classes = [c for c, t in zip(page.classes[start:end], page.text[start:end],
                                         strict=True) if not t.isspace()]
            chrome = classes.count(CHROME) * 2 > len(classes)
            found.append(Example(
                f"{split}/{page.name}", line.text, features(reading, i), chrome,
                sum(1 for g in page.gold if start <= g.start < end),
                sum(1 for s, _ in spans if start <= s < end)))
    return found


def fit_sklearn(train: Sequence[Example], c: float = C) -> tuple[Any, Any]:
    """The scikit-learn vectorizer and regression fitted on ``train``."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(e.features, 1) for e in train])
    return vectorizer, LogisticRegression(C=c, max_iter=5000).fit(x, [e.chrome for e in train])


def fit(train: Sequence[Example], c: float = C, threshold: float = 0.5) -> LineModel:
    """The :class:`LineModel` of :func:`fit_sklearn`: its weights, rounded, by feature name."""
    vectorizer, model = fit_sklearn(train, c)
    weights = {name: round(float(w), 5)
               for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0],
                                  strict=True) if abs(w) >= 1e-5}
    return LineModel(weights, float(model.intercept_[0]), threshold)


def cross_validate(by_split: dict[str, list[Example]], folds: int = 5,
                   c: float = C) -> dict[str, Any]:
    """Out-of-fold figures per threshold, whole splits left out together, and the threshold
    chosen from them."""
    names = sorted(by_split)
    scored: list[tuple[Example, float]] = []
    for k in range(folds):
        test = [n for j, n in enumerate(names) if j % folds == k]
        model = fit([e for n in names if n not in test for e in by_split[n]], c)
        scored += [(e, model.score(e.features)) for n in test for e in by_split[n]]
    table = []
    for t in THRESHOLDS:
        taken = [e for e, s in scored if s >= t]
        table.append({
            "threshold": t,
            "chrome_lines_taken": sum(e.chrome for e in taken),
            "mentions_in_chrome_taken": sum(e.predicted for e in taken if e.chrome),
            "article_lines_taken": sum(not e.chrome for e in taken),
            "gold_mentions_taken": sum(e.gold_mentions for e in taken if not e.chrome),
            "article_lines_taken_text": [e.page + ": " + e.text for e in taken
                                         if not e.chrome],
        })
    safe = next((k for k, row in enumerate(table) if row["article_lines_taken"] == 0),
                len(THRESHOLDS) - 1)
    return {
        "splits": len(names), "folds": folds, "C": c,
        "candidates": len(scored),
        "chrome_candidates": sum(e.chrome for e, _ in scored),
        "mentions_in_chrome_candidates": sum(e.predicted for e, _ in scored if e.chrome),
        "article_candidates": sum(not e.chrome for e, _ in scored),
        "gold_mentions_in_article_candidates": sum(e.gold_mentions for e, _ in scored
                                                   if not e.chrome),
        "by_threshold": table,
        "lowest_safe_threshold": THRESHOLDS[safe],
        "threshold": THRESHOLDS[min(safe + 1, len(THRESHOLDS) - 1)],
    }
