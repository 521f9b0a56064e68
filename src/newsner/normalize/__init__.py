"""Turn a scraped Indonesian news page into clean text for the tagger, with exact offsets.

>>> n = normalize("Jakarta - Presiden\\u00a0Joko Widodo berkata \\u201cya\\u201d.")
>>> n.text
'Jakarta - Presiden Joko Widodo berkata "ya".'
>>> n.original[slice(*n.to_original(10, 18))]
'Presiden'

Modules, one job each: :mod:`~newsner.normalize.aligned` (the offset map),
:mod:`~newsner.normalize.chars` (character clean-up), :mod:`~newsner.normalize.patterns` and
:mod:`~newsner.normalize.chrome` (site chrome), :mod:`~newsner.normalize.datelines`,
:mod:`~newsner.normalize.result` (the returned value) and :mod:`~newsner.normalize.core` (the
pipeline).
"""

from newsner.normalize.aligned import Aligned
from newsner.normalize.core import normalize
from newsner.normalize.result import Normalized

__all__ = ["Aligned", "Normalized", "normalize"]
