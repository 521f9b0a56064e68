"""Showing newsner results: highlighted HTML, terminal tables, DataFrames and spaCy ``Doc``\\ s.

Everything here works on the caller's text and the offsets newsner returned for it, so what
is highlighted is exactly ``text[e.start:e.end]``::

    doc = newsner.analyze(text)
    doc                              # in Jupyter: the text with entities highlighted
    newsner.display.show(text, newsner.extract(text))   # the same for a list of entities
                                                        # (in a terminal: coloured text, rich)
    newsner.display.print_entities(doc)                 # a table in the terminal (rich)
    newsner.to_dataframe(doc)                           # one row per mention (pandas)
    doc.to_spacy().ents                                 # a spaCy Doc with the entities set

The heavy libraries (spaCy, pandas, rich, IPython) are imported only when a function needs
them, so ``import newsner`` stays cheap.
"""

from __future__ import annotations

import html as _html
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from newsner.about import import_extra
from newsner.types import LABELS, Document, Entity, EntityGroup

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Highlight colours (displaCy's own colours for PERSON, LOC and ORG).
COLORS: dict[str, str] = {"PER": "#aa9cfc", "LOC": "#ff9561", "ORG": "#7aecec"}
#: Terminal (rich) styles per label.
RICH_STYLES: dict[str, str] = {"PER": "bold magenta", "LOC": "bold dark_orange",
                               "ORG": "bold cyan"}
#: Columns of :func:`to_dataframe` for mentions (multi-document frames start with ``doc``).
ENTITY_COLUMNS: tuple[str, ...] = ("text", "label", "start", "end", "score", "source",
                                   "canonical")
GROUP_COLUMNS: tuple[str, ...] = ("canonical", "label", "count", "mentions", "first_start")

# displaCy's entity template plus data attributes (exact offsets, for tests and scripts) and a
# tooltip with the score, the source and the canonical name.
# Removed page chrome goes through the same template, greyed out, labelled with its reason.
_TPL_ENT = (
    '<mark class="{cls}" data-label="{label}" data-start="{start}" data-end="{end}" '
    'title="{tooltip}" style="background: {bg}; padding: 0.45em 0.6em; margin: 0 0.25em; '
    'line-height: 1; border-radius: 0.35em;{extra_style}">{text}<span style="font-size: 0.8em; '
    "font-weight: bold; line-height: 1; border-radius: 0.35em; vertical-align: middle; "
    'margin-left: 0.5rem">{badge}{kb_link}</span></mark>'
)
#: The pseudo-label and colour of removed chrome in :func:`render`.
REMOVED_LABEL = "REMOVED"
REMOVED_COLOR = "#eeeeee"
_REMOVED_STYLE = " color: #999999; text-decoration: line-through;"


# --- HTML ------------------------------------------------------------------------------------


def render(text: str | Document, entities: Iterable[Entity] | None = None, *,
           title: str | None = None, colors: Mapping[str, str] | None = None,
           page: bool = False, removed: bool = True) -> str:
    """Highlighted HTML of ``text`` with ``entities`` (offsets into ``text``), via displaCy.

    ``text`` may be a :class:`Document` (its own entities are used unless ``entities`` is
    given); then the page chrome it left out is shown too, greyed out and struck through with
    its reason (``<mark class="newsner-removed" data-label="REMOVED" title="reason">``), so
    you can see what was taken away (``removed=False`` hides it). Every entity becomes one
    ``<mark class="entity" data-label=... data-start=... data-end=...>`` element. Overlapping
    entities cannot be nested in HTML: the earlier (then longer) one is kept. ``page=True``
    returns a whole HTML page.
    """
    from spacy import displacy

    spans: list[dict[str, Any]] = []
    if isinstance(text, Document) and removed:
        spans = [{"start": r.start, "end": r.end, "label": REMOVED_LABEL, "params": {
            "start": r.start, "end": r.end, "tooltip": _html.escape(r.reason, quote=True),
            "cls": "newsner-removed", "extra_style": _REMOVED_STYLE,
            "badge": _html.escape(r.reason)}} for r in text.removed]
    text, placed = _placed(text, entities, "render")
    ents = [{"start": e.start, "end": e.end, "label": e.label,
             "params": {"start": e.start, "end": e.end, "tooltip": _tooltip(e),
                        "cls": "entity", "extra_style": "", "badge": e.label}} for e in placed]
    # chrome never holds an entity (the tagger never saw it), so the two never overlap
    ents = sorted(ents + spans, key=lambda x: x["start"])
    options = {"colors": {**COLORS, REMOVED_LABEL: REMOVED_COLOR, **(colors or {})},
               "template": _TPL_ENT}
    title = _html.escape(title) if title else None
    return displacy.render({"text": text, "ents": ents, "title": title}, style="ent",
                           manual=True, jupyter=False, page=page, options=options)


def _placed(text: str | Document, entities: Iterable[Entity] | None, caller: str,
            ) -> tuple[str, list[Entity]]:
    """The text, and the entities to show on it: a :class:`Document`'s own unless
    ``entities`` is given, in text order, an entity overlapping an earlier (then longer) one
    left out, each checked against the text."""
    if isinstance(text, Document):
        if entities is None:
            entities = text.entities
        text = text.text
    if not isinstance(text, str):
        raise TypeError(f"{caller} needs the text as str, got {type(text).__name__}")
    placed: list[Entity] = []
    end = 0
    for e in sorted(entities or (), key=lambda e: (e.start, -e.end)):
        if e.start < end:
            continue
        if text[e.start:e.end] != e.text:
            raise ValueError(f"entity {e.text!r} [{e.start}, {e.end}) does not match the text "
                             f"there ({text[e.start:e.end]!r}): wrong text for these entities?")
        placed.append(e)
        end = e.end
    return text, placed


def _tooltip(e: Entity) -> str:
    parts = [e.label, f"score {e.score:.2f}", e.source]
    if e.canonical and e.canonical != e.text:
        parts.append(f"= {e.canonical}")
    return _html.escape(" · ".join(parts), quote=True)


def document_html(doc: Document, title: str | None = None) -> str:
    """A one-line summary followed by the highlighted text (``Document._repr_html_``)."""
    return (f'<div class="newsner-summary" style="font-family: sans-serif; font-size: 0.9em">'
            f"{_html.escape(summary(doc))}</div>" + render(doc, title=title))


def show(text: str | Document, entities: Iterable[Entity] | None = None, *,
         console: Any = None, **kwargs: Any) -> Any:
    """Show ``text`` with its entities highlighted, wherever Python runs.

    In a notebook (a Jupyter kernel) it displays :func:`render`'s HTML and returns the
    ``IPython.display.HTML``; ``kwargs`` go to :func:`render`. Anywhere else (a terminal, a
    script, plain or terminal IPython) it prints the text to the terminal with rich, each
    entity coloured and followed by its label (:func:`terminal_text`), and returns ``None``;
    ``console`` is the ``rich.console.Console`` to print on (default: a new one on stdout),
    and of ``kwargs`` only ``title`` is used.
    """
    if _in_notebook():
        from IPython.display import HTML, display

        out = HTML(render(text, entities, **kwargs))
        display(out)
        return out
    from rich.console import Console

    unknown = set(kwargs) - {"title", "colors", "page"}
    if unknown:
        raise TypeError(f"show() got unexpected keyword arguments {sorted(unknown)}; valid: "
                        "console, title, colors, page")
    console = console or Console()
    title = kwargs.get("title")
    if title:
        console.rule(title)
    console.print(terminal_text(text, entities))
    return None


def _in_notebook() -> bool:
    """Whether this runs in a Jupyter kernel (where HTML displays), without importing IPython."""
    import sys

    ipython = sys.modules.get("IPython")
    get = getattr(ipython, "get_ipython", None)
    shell = get() if get else None
    return shell is not None and getattr(shell, "kernel", None) is not None


def terminal_text(text: str | Document, entities: Iterable[Entity] | None = None) -> Any:
    """A ``rich.text.Text`` of ``text`` with each entity in its label's style
    (:data:`RICH_STYLES`) followed by a dim ``[LABEL]``: what :func:`show` prints outside a
    notebook. Overlapping entities keep the earlier (then longer) one, as in :func:`render`."""
    from rich.text import Text

    text, placed = _placed(text, entities, "show")
    out = Text()
    pos = 0
    for e in placed:
        out.append(text[pos:e.start])
        out.append(e.text, style=RICH_STYLES.get(e.label, "bold"))
        out.append(f"[{e.label}]", style="dim")
        pos = e.end
    out.append(text[pos:])
    return out


def summary(doc: Document) -> str:
    """``"71 entities (PER 14, LOC 50, ORG 7) in 19 groups; 1,234 characters of chrome left
    out"`` for a document."""
    counts = {label: 0 for label in LABELS}
    for e in doc.entities:
        counts[e.label] = counts.get(e.label, 0) + 1
    by_label = ", ".join(f"{k} {v}" for k, v in counts.items())
    n = len(doc.entities)
    g = len(doc.groups)
    out = (f"{n} {'entity' if n == 1 else 'entities'} ({by_label}) in {g} "
           f"{'group' if g == 1 else 'groups'}")
    removed = sum(r.end - r.start for r in doc.removed)
    if removed:
        out += f"; {removed:,} characters of page chrome left out"
    return out


# --- the terminal ----------------------------------------------------------------------------


def entities_table(entities: Iterable[Entity] | Document, title: str | None = None) -> Any:
    """A ``rich.table.Table`` of mentions: offsets, label, text, score, source, canonical."""
    from rich.table import Table
    from rich.text import Text

    if isinstance(entities, Document):
        entities = entities.entities
    table = Table(title=title, show_lines=False, header_style="bold")
    table.add_column("start", justify="right")
    table.add_column("end", justify="right")
    table.add_column("label")
    table.add_column("text", overflow="fold")
    table.add_column("score", justify="right")
    table.add_column("source")
    table.add_column("canonical", overflow="fold")
    for e in entities:
        style = RICH_STYLES.get(e.label, "bold")
        table.add_row(str(e.start), str(e.end), Text(e.label, style=style),
                      Text(_one_line(e.text)), f"{e.score:.2f}", e.source,
                      Text(_one_line(e.canonical)))
    return table


def groups_table(groups: Iterable[EntityGroup] | Document, title: str | None = None) -> Any:
    """A ``rich.table.Table`` of entity groups: canonical name, label, count, surface forms."""
    from rich.table import Table
    from rich.text import Text

    if isinstance(groups, Document):
        groups = groups.groups
    table = Table(title=title, header_style="bold")
    table.add_column("canonical", overflow="fold")
    table.add_column("label")
    table.add_column("mentions", justify="right")
    table.add_column("surface forms", overflow="fold")
    for g in groups:
        table.add_row(Text(_one_line(g.canonical)),
                      Text(g.label, style=RICH_STYLES.get(g.label, "bold")), str(g.count),
                      Text(", ".join(_one_line(s) for s in _surfaces(g))))
    return table


def document_renderable(doc: Document) -> Any:
    """What ``rich.print(doc)`` shows (``Document.__rich__``): summary, mentions, groups."""
    from rich.console import Group
    from rich.text import Text

    parts: list[Any] = [Text(summary(doc), style="bold"), entities_table(doc, title="mentions")]
    if doc.groups:
        parts.append(groups_table(doc, title="groups"))
    return Group(*parts)


def print_entities(obj: Document | Iterable[Entity], console: Any = None,
                   groups: bool = True) -> None:
    """Print a readable table of a document's (or a list's) entities to the terminal."""
    from rich.console import Console

    console = console or Console()
    if isinstance(obj, Document):
        console.print(document_renderable(obj) if groups else entities_table(obj))
    else:
        console.print(entities_table(list(obj)))


def _one_line(s: str) -> str:
    return " ".join(s.split())


def _surfaces(group: EntityGroup) -> list[str]:
    return list(dict.fromkeys(m.text for m in group.mentions))


# --- pandas ----------------------------------------------------------------------------------


def to_dataframe(obj: Any) -> Any:
    """A ``pandas.DataFrame`` of mentions, one row each, with the columns of :class:`Entity`.

    ``obj`` may be a :class:`Document`, an :class:`Entity` or a list of them (``extract``),
    several documents or lists of entities (``extract_many``, ``pipe``; a ``doc`` column holds
    each one's position), a mapping ``{name: document}`` (``doc`` holds the name), or groups
    (``doc.groups``: one row per :class:`EntityGroup`). Needs ``newsner[pandas]``.
    """
    pd = import_extra("pandas", "newsner.to_dataframe", "pandas")
    if isinstance(obj, Document):
        return _entities_frame(pd, obj.entities)
    if isinstance(obj, Entity):
        return _entities_frame(pd, [obj])
    if isinstance(obj, EntityGroup):
        return _groups_frame(pd, [obj])
    if isinstance(obj, Mapping):
        return _many_frame(pd, list(obj.items()))
    if isinstance(obj, str | bytes) or not isinstance(obj, Iterable):
        raise TypeError(f"to_dataframe takes entities, documents or groups, not "
                        f"{type(obj).__name__}")
    items = list(obj)
    if all(isinstance(i, Entity) for i in items):
        return _entities_frame(pd, items)
    if all(isinstance(i, EntityGroup) for i in items):
        return _groups_frame(pd, items)
    if all(isinstance(i, Document | list | tuple) for i in items):
        return _many_frame(pd, list(enumerate(items)))
    kinds = sorted({type(i).__name__ for i in items})
    raise TypeError(f"to_dataframe cannot mix or take {', '.join(kinds)}")


def _entities_frame(pd: Any, entities: Sequence[Entity], doc: Any = None) -> Any:
    rows = [[getattr(e, c) for c in ENTITY_COLUMNS] for e in entities]
    frame = pd.DataFrame(rows, columns=list(ENTITY_COLUMNS))
    return frame.astype({"start": "int64", "end": "int64", "score": "float64"})


def _many_frame(pd: Any, items: list[tuple[Any, Any]]) -> Any:
    rows = []
    for key, item in items:
        ents = item.entities if isinstance(item, Document) else item
        for e in ents:
            if not isinstance(e, Entity):
                raise TypeError(f"expected entities, got {type(e).__name__}")
            rows.append([key, *(getattr(e, c) for c in ENTITY_COLUMNS)])
    frame = pd.DataFrame(rows, columns=["doc", *ENTITY_COLUMNS])
    return frame.astype({"start": "int64", "end": "int64", "score": "float64"})


def _groups_frame(pd: Any, groups: Sequence[EntityGroup]) -> Any:
    rows = [[g.canonical, g.label, g.count, _surfaces(g),
             min((m.start for m in g.mentions), default=-1)] for g in groups]
    frame = pd.DataFrame(rows, columns=list(GROUP_COLUMNS))
    return frame.astype({"count": "int64", "first_start": "int64"})


# --- spaCy -----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _blank_id() -> Language:
    import spacy

    return spacy.blank("id")


def register_extensions() -> None:
    """``span._.newsner_score``, ``span._.newsner_source`` and ``span._.newsner_canonical``."""
    from spacy.tokens import Span

    for name in ("newsner_score", "newsner_source", "newsner_canonical"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


def to_spacy(doc: Document | str, entities: Iterable[Entity] | None = None,
             nlp: Language | None = None, align: str = "split") -> Doc:
    """A spaCy ``Doc`` of the text with ``doc.ents`` set to newsner's entities.

    The text is tokenized with ``nlp.make_doc`` (default ``spacy.blank("id")``; other
    components of ``nlp`` are not run). Every entity keeps its exact character offsets:
    ``span.start_char == e.start`` and ``span.end_char == e.end``. Where an entity edge falls
    inside a token (rare: "AS-Rusia" tokenized whole), ``align="split"`` splits that token at
    the edge; ``align="expand"`` keeps the tokenization and widens the span to whole tokens
    instead (offsets then differ). Score, source and canonical name are on
    ``span._.newsner_score``/``newsner_source``/``newsner_canonical``.
    """
    if isinstance(doc, Document):
        text = doc.text
        ents = list(doc.entities if entities is None else entities)
    else:
        text = doc
        ents = list(entities or ())
    if align not in ("split", "expand"):
        raise ValueError(f"align must be 'split' or 'expand', got {align!r}")
    nlp = nlp or _blank_id()
    sdoc = nlp.make_doc(text)
    if align == "split" and any(sdoc.char_span(e.start, e.end) is None for e in ents):
        sdoc = _split_tokens(sdoc, {b for e in ents for b in (e.start, e.end)})
    register_extensions()
    spans = []
    for e in ents:
        span = entity_span(sdoc, e, "strict" if align == "split" else "expand")
        if span is None:
            raise ValueError(f"entity {e.text!r} [{e.start}, {e.end}) is not in the text")
        spans.append(span)
    from spacy.util import filter_spans

    sdoc.ents = filter_spans(spans)
    return sdoc


def entity_span(sdoc: Doc, e: Entity, alignment_mode: str) -> Any:
    """The spaCy ``Span`` of ``e`` in ``sdoc`` with newsner's extension attributes set, or
    None where ``alignment_mode`` cannot place it (extensions must be registered)."""
    span = sdoc.char_span(e.start, e.end, label=e.label, alignment_mode=alignment_mode)
    if span is not None:
        span._.newsner_score = e.score
        span._.newsner_source = e.source
        span._.newsner_canonical = e.canonical
    return span


def _split_tokens(sdoc: Doc, boundaries: set[int]) -> Doc:
    """A copy of ``sdoc``'s tokenization with tokens cut at every offset in ``boundaries``."""
    from spacy.tokens import Doc as SpacyDoc

    text = sdoc.text
    words: list[str] = []
    spaces: list[bool] = []
    for tok in sdoc:
        start, end = tok.idx, tok.idx + len(tok.text)
        cuts = [start, *sorted(b for b in boundaries if start < b < end), end]
        for a, b in zip(cuts, cuts[1:], strict=False):
            words.append(text[a:b])
            spaces.append(False)
        spaces[-1] = bool(tok.whitespace_)
    return SpacyDoc(sdoc.vocab, words=words, spaces=spaces)
