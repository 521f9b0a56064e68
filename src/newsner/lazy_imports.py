"""Import heavy packages without running the parts of their ``__init__`` that newsner never uses.

Most of a cold start is importing PyTorch, spaCy and stanza. Two package initialisers among
them do work for code newsner does not call: ``stanza/__init__.py`` imports ``stanza.Pipeline``
with every processor (about a second; newsner builds its tagger from ``stanza.models``
directly), and ``spacy/cli/__init__.py``, which ``import spacy`` runs only to expose
``spacy.info``, imports every spaCy command (the training loop, project tooling, downloads).

:func:`defer_package_init` registers such a package as a bare package before anything imports
it: its submodules import as usual, and the first attribute asked of the package itself runs
the real ``__init__`` in place, so ``stanza.Pipeline`` or ``spacy.cli.download`` keep working
for the user afterwards. A package that is already imported is left alone.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from importlib.machinery import ModuleSpec
from pathlib import Path

__all__ = ["defer_package_init", "finish_deferred"]


def defer_package_init(name: str) -> bool:
    """Make package ``name`` (e.g. ``"stanza"``, ``"spacy.cli"``) importable without running its
    ``__init__`` until one of its own attributes is used. True when the stub was installed."""
    if name in sys.modules:
        return False
    spec = _package_spec(name)
    if spec is None or not spec.origin:
        return False  # not a normal package on disk: the plain import will say what is wrong
    stub = types.ModuleType(name)
    stub.__path__ = list(spec.submodule_search_locations or [])
    stub.__spec__ = spec
    stub.__file__ = spec.origin
    stub.__loader__ = spec.loader
    stub.__package__ = name
    origin = spec.origin

    def __getattr__(attr: str):  # noqa: ANN202, N807 - PEP 562 module hook
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        stub.__dict__.pop("__getattr__", None)
        code = compile(Path(origin).read_bytes(), origin, "exec")
        exec(code, stub.__dict__)  # noqa: S102 - the installed package's own __init__
        return getattr(stub, attr)

    stub.__getattr__ = __getattr__
    sys.modules[name] = stub
    return True


def finish_deferred(name: str) -> None:
    """Call once the imports that wanted the deferred package ``name`` are done.

    Binds ``parent.child`` (the import system binds a submodule to its parent only when it
    loads it itself), and drops the submodules bound on the stub meanwhile: the real
    ``__init__`` rebinds some of those names to functions (``spacy.cli.download`` is a
    function, not the module), so the next attribute use must run it."""
    module = sys.modules.get(name)
    if module is None or "__getattr__" not in vars(module):
        return  # not deferred, or its __init__ has run
    parent_name, _, child = name.rpartition(".")
    parent = sys.modules.get(parent_name) if parent_name else None
    if parent is not None and child not in vars(parent):
        setattr(parent, child, module)
    for attr, value in list(vars(module).items()):
        if isinstance(value, types.ModuleType):
            delattr(module, attr)


def _package_spec(name: str) -> ModuleSpec | None:
    """The spec of package ``name`` found on disk, without importing its parents."""
    top, *rest = name.split(".")
    spec = importlib.util.find_spec(top)
    if spec is None or not spec.submodule_search_locations:
        return None
    if not rest:
        return spec
    base = Path(next(iter(spec.submodule_search_locations))).joinpath(*rest)
    init = base / "__init__.py"
    if not init.is_file():
        return None
    return importlib.util.spec_from_file_location(name, init,
                                                  submodule_search_locations=[str(base)])
