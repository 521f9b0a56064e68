"""``nlp.add_pipe("newsner")``: newsner as a component of any spaCy pipeline.

::

    import spacy
    nlp = spacy.blank("id")
    nlp.add_pipe("newsner")                 # found through the ``spacy_factories`` entry point
    doc = nlp("Presiden Joko Widodo tiba di Jakarta.")
    [(ent.text, ent.label_, ent.start_char) for ent in doc.ents]
    # [('Joko Widodo', 'PER', 9), ('Jakarta', 'LOC', 29)]

The component runs newsner on ``doc.text`` and writes its entities to ``doc.ents`` (replacing
entities set before it), with ``span._.newsner_score``, ``span._.newsner_source`` and
``span._.newsner_canonical``. newsner's character offsets are exact; when the host tokenizer
puts an entity edge inside a token, the span is widened to whole tokens
(``alignment_mode="expand"``), and where widened spans would overlap the longest is kept. To get
newsner's offsets exactly in a spaCy ``Doc``, use :meth:`newsner.Document.to_spacy`, which
splits such tokens instead. ``nlp.pipe`` runs newsner on batches of texts.

Config: what :func:`newsner.load` takes, ``model_dir`` (default: the shipped model),
``policy``, ``harmonise``, ``stanza_tokenizer`` and ``o_bias`` (a number, or a dict per casing:
``{"cased": 2.0, "lower": 0.5}``), plus ``clean`` (remove page chrome, default true) and
``batch_size`` (texts tagged together in ``nlp.pipe``, default 32)::

    nlp.add_pipe("newsner", config={"o_bias": 0, "policy": "model"})
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsner.stages.batch import batched
from newsner.types import Entity


class NewsnerComponent:
    """Sets ``doc.ents`` from newsner (see the module docstring)."""

    def __init__(self, name: str = "newsner", model_dir: str | None = None, clean: bool = True,
                 batch_size: int = 32, **load_options: Any) -> None:
        from newsner.display import register_extensions
        from newsner.pipeline import load

        self.name = name
        self.pipeline = load(model_dir, **load_options)
        self.clean = clean
        self.batch_size = batch_size
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        return self._set_ents(doc, self.pipeline.extract(doc.text, clean=self.clean))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        size = batch_size or self.batch_size
        for batch in batched(docs, size):
            yield from self._pipe_batch(batch, size)

    def _pipe_batch(self, batch: list[Doc], size: int) -> Iterator[Doc]:
        results = self.pipeline.pipe([d.text for d in batch], batch_size=size, clean=self.clean)
        for doc, result in zip(batch, results, strict=True):
            yield self._set_ents(doc, result.entities)

    @staticmethod
    def _set_ents(doc: Doc, entities: Iterable[Entity]) -> Doc:
        from spacy.util import filter_spans

        from newsner.display import entity_span

        spans = [entity_span(doc, ent, "expand") for ent in entities]
        doc.ents = filter_spans([s for s in spans if s is not None])
        return doc


@Language.factory(
    "newsner",
    default_config={"model_dir": None, "clean": True, "batch_size": 32, "policy": None,
                    "harmonise": False, "stanza_tokenizer": None, "o_bias": None},
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
)
def make_newsner(nlp: Language, name: str, model_dir: str | None, clean: bool,
                 batch_size: int, policy: str | None, harmonise: bool,
                 stanza_tokenizer: str | None, o_bias: Any) -> NewsnerComponent:
    # o_bias is Any: spaCy validates config values against the annotations, and a float or a
    # dict per casing are both valid
    return NewsnerComponent(name=name, model_dir=model_dir, clean=clean, batch_size=batch_size,
                            policy=policy, harmonise=harmonise,
                            stanza_tokenizer=stanza_tokenizer, o_bias=o_bias)


__all__ = ["NewsnerComponent", "make_newsner"]
