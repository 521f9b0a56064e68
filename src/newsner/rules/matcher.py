"""High-precision rules over a tokenized document: :class:`RuleMatcher` runs :data:`RULES`.

Each rule is a class in its own module that compiles its spaCy matchers once from the curated
lists in ``rules/data`` and, called on a document's :class:`~newsner.rules.state.DocState`,
adds :class:`~newsner.rules.state.Proposal` objects and leaves facts for the rules after it.
:func:`~newsner.rules.select.select` then keeps non-overlapping proposals (the more specific
rule wins) as :class:`~newsner.candidates.Candidate` spans with ``source="rule"``, sorted by
start. The ``rule`` name each candidate carries, and where it is made:

=================  ==========================  ============================================
rule               module                      finds
=================  ==========================  ============================================
``dateline``       :mod:`.datelines`           "REPUBLIKA.CO.ID, **STOCKHOLM** --"
``gaz_<kind>``     :mod:`.gazetteer`           a curated country, province, region, capital,
                                               city or organisation
``title_person``   :mod:`.titles`              "Menlu AS **Blinken**"
``title_juris``    :mod:`.titles`              "Menteri Luar Negeri **Rusia**"
``title_alias``    :mod:`.titles`              "Joko Widodo (**Jokowi**)"
``acronym_def``    :mod:`.acronyms`            "**Komisi Pemberantasan Korupsi** (**KPK**)"
``acronym_doc``    :mod:`.acronyms`            a later "**KPK**" of that document
``org_head``       :mod:`.org_heads`           "**Universitas Gadjah Mada**"
``name_memory``    :mod:`.name_memory`         a later "**Lavrov** mengatakan"
=================  ==========================  ============================================
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from spacy.lang.id import Indonesian
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab, create_vocab

from newsner.candidates import Candidate
from newsner.rules.acronyms import Acronyms
from newsner.rules.datelines import Datelines
from newsner.rules.gazetteer import Gazetteer
from newsner.rules.lexicon import Lexicon, load_lexicon
from newsner.rules.name_memory import NameMemory
from newsner.rules.org_heads import OrgHeads
from newsner.rules.patterns import Patterns
from newsner.rules.select import select
from newsner.rules.state import DocState
from newsner.rules.titles import Titles


class Rule(Protocol):
    """A rule: built once from the :class:`Patterns`, then called on each document's state."""

    def __init__(self, patterns: Patterns) -> None: ...

    def __call__(self, st: DocState) -> None: ...


class Step(NamedTuple):
    """One registered rule, with the :class:`DocState` fields written by earlier rules that it
    reads, and the fields it writes. Every rule may read the fields the document gives
    (``doc``, ``words``, ``sent_start``, ``sent_end``, ``headline``, ``casing``,
    ``lower_words``, ``attested``)."""

    rule: type[Rule]
    reads: tuple[str, ...]
    writes: tuple[str, ...]


#: The rules, in the order they run. The order is what each needs from the ones before:
#:
#: 1. datelines mark the outlet ("REPUBLIKA.CO.ID") that no gazetteer hit or title may use;
#: 2. the gazetteer fills ``gaz_at``: the titles take their jurisdictions from it, and a
#:    gazetteer word is never a name word; org_head ends an organisation at a place in it;
#: 3. titles find the persons, whose bracketed short forms the acronym rule labels PER
#:    ("Joko Widodo (Jokowi)") and whose later mentions name memory finds; their ranks go to
#:    ``suppressed_tokens``, which no candidate may cover;
#: 4. acronyms, 5. org_head, 6. name memory add proposals only.
#:
#: ``proposals`` keep this order, and where :func:`~newsner.rules.select.select` finds two
#: proposals equal (same priority, span and strength) the earlier rule's wins.
RULES: tuple[Step, ...] = (
    Step(Datelines, reads=(), writes=("outlet_tokens", "proposals")),
    Step(Gazetteer, reads=("outlet_tokens",), writes=("gaz_at", "gaz_ends", "proposals")),
    Step(Titles, reads=("outlet_tokens", "gaz_at"),
         writes=("suppressed_tokens", "proposals")),
    Step(Acronyms, reads=("proposals",),
         writes=("acronyms", "acronym_labels", "proposals")),
    Step(OrgHeads, reads=("gaz_at",), writes=("proposals",)),
    Step(NameMemory, reads=("proposals",), writes=("proposals",)),
)
#: What :func:`~newsner.rules.select.select` reads once every rule ran.
SELECT_READS = ("proposals", "suppressed_tokens")


@dataclass
class RuleResult:
    """Everything the rules found in one document."""

    candidates: list[Candidate]
    #: short form -> long form, as the document itself defined them
    acronyms: dict[str, str]
    #: short form -> label, for the definitions whose label is known
    acronym_labels: dict[str, str]


class RuleMatcher:
    """Compile the rules once; call on each ``Doc`` for its rule candidates.

    ``vocab`` must be the vocab of the tokenizer that makes the docs
    (``make_tokenizer().vocab``); ``None`` builds a fresh Indonesian one.
    """

    def __init__(self, vocab: Vocab | Language | None = None, *,
                 lexicon: Lexicon | None = None) -> None:
        self.lex = lexicon or load_lexicon()
        if isinstance(vocab, Language):
            vocab = vocab.vocab
        self.vocab = vocab if vocab is not None else create_vocab("id", Indonesian.Defaults)
        patterns = Patterns(self.vocab, self.lex)  # its pattern docs are freed once compiled
        #: the rules of :data:`RULES`, compiled, in order
        self.rules: tuple[Rule, ...] = tuple(step.rule(patterns) for step in RULES)
        self._tokenizer = patterns.tokenizer
        self._last: tuple[Doc, RuleResult] | None = None

    def tokenize_patterns(self, names: Iterable[str]) -> list[Doc]:
        """Pattern docs for ``names``, tokenized as the Indonesian tokenizer would."""
        return [self._tokenizer(name) for name in names]

    def __call__(self, doc: Doc) -> list[Candidate]:
        return self.analyze(doc).candidates

    def acronyms(self, doc: Doc) -> dict[str, str]:
        """Short form -> long form, as ``doc`` defines them ("AS" -> "Amerika Serikat")."""
        return dict(self.analyze(doc).acronyms)

    def analyze(self, doc: Doc) -> RuleResult:
        """Run every rule of :data:`RULES` over ``doc``, in order, then select (the last
        document's result is kept: ``__call__`` and ``acronyms`` on it share one run)."""
        if self._last is not None and self._last[0] is doc:
            return self._last[1]
        st = DocState.of(doc)
        for rule in self.rules:
            rule(st)
        result = RuleResult(select(st), st.acronyms, st.acronym_labels)
        self._last = (doc, result)
        return result
