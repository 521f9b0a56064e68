"""newsner: people, places and organisations in Indonesian news, with exact offsets.

>>> import newsner
>>> ents = newsner.extract("Presiden Joko Widodo tiba di Jakarta.")  # doctest: +SKIP
>>> [(e.text, e.label) for e in ents]                                   # doctest: +SKIP
[('Joko Widodo', 'PER'), ('Jakarta', 'LOC')]

``extract``, ``extract_many`` and ``analyze`` share one lazily loaded default pipeline
(the model shipped in ``models/``, which a wheel carries inside the package);
``load(model_dir=...)`` or ``NEWSNER_MODEL_DIR`` choose another folder. ``newsner.info()`` says
which model is used, its scores and licences, and which extras are installed.
"""

from typing import TYPE_CHECKING, Any

from newsner.normalize import Normalized, normalize
from newsner.paths import ModelVersionError
from newsner.pipeline import Pipeline, analyze, extract, extract_many, load
from newsner.tagging import ModelNotFoundError
from newsner.types import LABELS, Document, Entity, EntityGroup, RemovedSpan
from newsner.version import __version__ as __version__

if TYPE_CHECKING:
    from newsner.about import info
    from newsner.display import to_dataframe
    from newsner.html import from_html
    from newsner.training.evaluate import evaluate

#: Names whose modules load on first use (PEP 562): tables and HTML input are not on the path
#: of ``import newsner; newsner.extract(text)``, whose cold start they would lengthen.
_LAZY = {"from_html": "newsner.html", "to_dataframe": "newsner.display",
         "evaluate": "newsner.training.evaluate", "info": "newsner.about"}
_LAZY_MODULES = frozenset(("display", "html"))  # ``newsner.display.show(...)`` after import

__all__ = [
    "LABELS",
    "Document",
    "Entity",
    "EntityGroup",
    "ModelNotFoundError",
    "ModelVersionError",
    "Normalized",
    "Pipeline",
    "RemovedSpan",
    "analyze",
    "evaluate",
    "extract",
    "extract_many",
    "from_html",
    "info",
    "load",
    "normalize",
    "to_dataframe",
]


def __getattr__(name: str) -> Any:  # noqa: ANN401 - whatever the lazy name is
    import importlib

    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    if name in _LAZY_MODULES:
        return importlib.import_module(f"newsner.{name}")
    raise AttributeError(f"module 'newsner' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY) | _LAZY_MODULES)
