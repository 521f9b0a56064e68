"""newsner: people, places and organisations in Indonesian news, with exact offsets.

>>> import newsner
>>> ents = newsner.extract("Presiden Joko Widodo tiba di Jakarta.")  # doctest: +SKIP
>>> [(e.text, e.label) for e in ents]                                   # doctest: +SKIP
[('Joko Widodo', 'PER'), ('Jakarta', 'LOC')]

``extract``, ``extract_many`` and ``analyze`` share one lazily loaded default pipeline
(the model shipped in ``models/``); ``load(model_dir=...)`` builds one from another folder.
"""

from newsner.display import to_dataframe
from newsner.evaluate import evaluate
from newsner.html import from_html
from newsner.normalize import Normalized, normalize
from newsner.pipeline import Pipeline, analyze, extract, extract_many, load
from newsner.tagging import ModelNotFoundError
from newsner.types import LABELS, Document, Entity, EntityGroup, RemovedSpan

__version__ = "0.1.0"

__all__ = [
    "LABELS",
    "Document",
    "Entity",
    "EntityGroup",
    "ModelNotFoundError",
    "Normalized",
    "Pipeline",
    "RemovedSpan",
    "analyze",
    "evaluate",
    "extract",
    "extract_many",
    "from_html",
    "load",
    "normalize",
    "to_dataframe",
]
