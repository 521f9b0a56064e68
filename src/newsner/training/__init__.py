"""The lab: corpora, training, cross-validation, feature building and the page corpus.

Nothing on the runtime path (``newsner.extract``, ``analyze``, ``load``, the CLI's ``extract``)
imports this package; ``tests/test_api.py`` checks that in a fresh interpreter.
"""
