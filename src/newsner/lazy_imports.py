"""Import heavy packages without running the parts of their ``__init__`` that newsner never uses.

Two package initialisers on newsner's load path do work for code newsner does not call:
``stanza/__init__.py`` imports ``stanza.Pipeline`` with every processor (newsner builds its
tagger from ``stanza.models`` directly), and ``spacy/cli/__init__.py``, which ``import spacy``
runs only to expose ``spacy.info``, imports every spaCy command. Both cost cold-start time
(``make bench`` measures it) and nothing else.

:func:`defer_package_init` registers such a package as a stub before anything imports it, and
:func:`defer_module` registers a plain module as a stub of forwarders. Why that is safe:

* The stub is a module in ``sys.modules`` with the package's real ``__path__``, ``__spec__``
  and ``__file__``, which is what the import system reads to import a submodule, so
  ``stanza.models.ner.trainer`` is imported from the same files as without the stub.
* The stub *is* the package object: the first attribute asked of it that it lacks (other than
  a dunder the import system probes) runs the installed ``__init__`` in the stub's own
  namespace, once, and the object becomes a plain module. Whoever holds a reference sees the
  initialised package; names the ``__init__`` binds win over submodules bound meanwhile, as
  after a normal import.
* After :func:`finish_deferred` any attribute read runs the ``__init__`` first, so code outside
  the deferred block (the user's ``import stanza; stanza.Pipeline``, ``stanza.__version__``)
  never sees the stub's partial namespace.
* A package or module that is already imported is left alone: a user who imported stanza,
  spaCy's CLI or IPython before newsner gets the real objects throughout.
* A module stub's forwarders import the real module on their first call and call the real
  function, so they return what it returns, later; the stub leaves ``sys.modules`` when the
  block ends, so any later ``import`` loads the real module. A stand-in replaces a forwarder
  only where the answer is known without the module: ``IPython.get_ipython()`` is ``None`` in
  a process that has not imported IPython (a running shell would have imported it, and then
  nothing is deferred); stanza asks it at import to pick a progress bar.
"""

from __future__ import annotations

import contextlib
import importlib.util
import sys
import types
from collections.abc import Callable, Iterator, Mapping, Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path

__all__ = ["defer_module", "defer_package_init", "deferred", "finish_deferred", "no_ipython_shell"]

#: What :func:`defer_module` puts in the stub: names to forward, or name -> stand-in function.
Functions = tuple[str, ...] | Mapping[str, Callable[..., object]]


@contextlib.contextmanager
def deferred(packages: Sequence[str] = (),
             modules: Mapping[str, Functions] | None = None) -> Iterator[None]:
    """Defer ``packages`` (:func:`defer_package_init`) and ``modules`` (name -> the functions
    :func:`defer_module` forwards) for the imports done inside the block, then finish them."""
    installed = [name for name in packages if defer_package_init(name)]
    installed += [name for name, functions in (modules or {}).items()
                  if defer_module(name, functions)]
    try:
        yield
    finally:
        for name in reversed(installed):  # a submodule before its package
            finish_deferred(name)


def defer_package_init(name: str) -> bool:
    """Make package ``name`` (e.g. ``"stanza"``, ``"spacy.cli"``) importable without running its
    ``__init__`` until one of its own attributes is used. True when the stub was installed."""
    if name in sys.modules:
        return False
    spec = _package_spec(name)
    if spec is None or not spec.origin:
        return False  # not a normal package on disk: the plain import will say what is wrong
    stub = _DeferredPackage(name)
    stub.__path__ = list(spec.submodule_search_locations or [])
    stub.__spec__ = spec
    stub.__file__ = spec.origin
    stub.__loader__ = spec.loader
    stub.__package__ = name
    sys.modules[name] = stub
    return True


class _DeferredPackage(types.ModuleType):
    """A package whose ``__init__`` has not run: the first attribute it lacks runs it."""

    def __getattr__(self, attr: str):  # noqa: ANN204 - PEP 562 style hook
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        _run_package_init(self)
        return getattr(self, attr)


class _FinishedDeferredPackage(_DeferredPackage):
    """After :func:`finish_deferred`: *any* attribute read runs the ``__init__``, even of a name
    bound meanwhile (a user's ``import spacy.cli.info`` binds the submodule ``info``, where
    the real package has the function), and so does a dunder the stub lacks
    (``stanza.__version__``); the dunders the stub has (``__path__``, ``__spec__``) are read
    by the import system and are the real package's already."""

    def __getattribute__(self, attr: str):  # noqa: ANN204
        if not (attr.startswith("__") and attr.endswith("__")):
            _run_package_init(self)
        return types.ModuleType.__getattribute__(self, attr)

    def __getattr__(self, attr: str):  # noqa: ANN204 - only for names the stub lacks
        _run_package_init(self)
        return types.ModuleType.__getattribute__(self, attr)


def _run_package_init(package: types.ModuleType) -> None:
    """Run the installed package's own ``__init__`` in the stub, which then becomes a plain
    module (every name the ``__init__`` binds wins over what was bound meanwhile)."""
    if type(package) is types.ModuleType:
        return
    package.__class__ = types.ModuleType
    origin = package.__file__
    code = compile(Path(origin).read_bytes(), origin, "exec")
    exec(code, package.__dict__)  # noqa: S102 - the installed package's own __init__


def defer_module(name: str, functions: Functions) -> bool:
    """Make ``from <name> import f`` (``f`` in ``functions``) cheap: ``f`` is a forwarder that
    imports the real module ``name`` when first called, or the stand-in that ``functions``
    maps it to. Call :func:`finish_deferred` after the import that wanted it, so that any later
    ``import name`` loads the real module."""
    if name in sys.modules:
        return False
    stub = types.ModuleType(name)
    stub.__newsner_deferred__ = True

    def forwarder(function: str):  # noqa: ANN202
        def call(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            return getattr(importlib.import_module(name), function)(*args, **kwargs)

        call.__name__ = call.__qualname__ = function
        call.__module__ = name
        call.__doc__ = f"``{name}.{function}``, imported on first call (newsner cold start)."
        return call

    for function in functions:
        stand_in = functions[function] if isinstance(functions, Mapping) else None
        setattr(stub, function, stand_in or forwarder(function))
    sys.modules[name] = stub
    return True


def no_ipython_shell() -> None:
    """``IPython.get_ipython()`` in a process that has not imported IPython: no shell runs."""
    return None


def finish_deferred(name: str) -> None:
    """Call once the imports that wanted the deferred package ``name`` are done.

    A package stub gets bound as ``parent.child`` (the import system binds a submodule to its
    parent only when it loads it itself), and from now on any attribute use runs its real
    ``__init__``, which rebinds names that are functions in the real package
    (``spacy.cli.download``) but were bound as submodules meanwhile. A module stub leaves
    ``sys.modules``, so the next ``import`` of it loads the real module."""
    module = sys.modules.get(name)
    if module is not None and vars(module).get("__newsner_deferred__"):
        del sys.modules[name]  # a module stub: only its forwarders stay in use
        parent_name, _, child = name.rpartition(".")
        parent = sys.modules.get(parent_name)
        if parent is not None and vars(parent).get(child) is module:
            delattr(parent, child)
        return
    if not isinstance(module, _DeferredPackage) or type(module) is types.ModuleType:
        return  # not deferred, or its __init__ has run
    parent_name, _, child = name.rpartition(".")
    parent = sys.modules.get(parent_name) if parent_name else None
    if parent is not None and child not in vars(parent):
        setattr(parent, child, module)
    module.__class__ = _FinishedDeferredPackage


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
