"""``nlp.add_pipe("newsner")``: newsner as a component of any spaCy pipeline.

The component runs newsner on ``doc.text`` and writes its entities to ``doc.ents`` (character
offsets are exact, so spans align to the host pipeline's tokens with ``alignment_mode="expand"``
only when the host tokenizer cuts differently).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class NewsnerComponent:
    def __init__(self, model_dir: str | None = None, clean: bool = True) -> None:
        from newsner.pipeline import load

        self.pipeline = load(model_dir)
        self.clean = clean

    def __call__(self, doc: Doc) -> Doc:
        entities = self.pipeline.extract(doc.text, clean=self.clean)
        spans = []
        for ent in entities:
            span = doc.char_span(ent.start, ent.end, label=ent.label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.ents = _non_overlapping(spans)
        return doc


def _non_overlapping(spans: list) -> list:
    from spacy.util import filter_spans

    return filter_spans(spans)


@Language.factory("newsner", default_config={"model_dir": None, "clean": True})
def make_newsner(nlp: Language, name: str, model_dir: str | None, clean: bool) -> NewsnerComponent:
    return NewsnerComponent(model_dir=model_dir, clean=clean)
