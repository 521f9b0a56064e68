"""The state the rules share over one document: :class:`DocState`.

Its first fields are what the document gives (:meth:`DocState.of` fills them; no rule changes
them); the others start empty and are written by the rules, in the order and by the rules that
:data:`newsner.rules.matcher.RULES` names. All offsets are token indices into ``doc``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from newsner.casing import CASED, casing
from newsner.tokenization import sentence_bounds, token_texts


@dataclass
class Proposal:
    """A span a rule proposes, before :func:`newsner.rules.select.select` picks among them."""

    start: int  # token offsets
    end: int
    label: str
    rule: str
    strength: str


@dataclass(eq=False)
class DocState:
    """What one document's rules read and write (see :data:`newsner.rules.matcher.RULES`)."""

    # -- given by the document
    doc: Doc
    #: token texts, read once: each pass over a Doc builds a Token object per token
    words: list[str]
    #: per token: first token of its sentence, and the end of that sentence
    sent_start: list[int]
    sent_end: list[int]
    #: per token: its sentence is a Title Case line (headline, caption)
    headline: list[bool]
    #: per token: its sentence's casing (newsner.casing); capitals are evidence only if CASED
    casing: list[str]
    #: words the document writes in lower case: ordinary words there (spaCy's is_lower)
    lower_words: set[str]
    #: capitalised words seen inside a sentence outside headlines: surely capitalised as names
    attested: set[str]
    # -- written by the rules
    #: outlet tokens of datelines ("REPUBLIKA.CO.ID"): no gazetteer hit, no jurisdiction
    outlet_tokens: set[int] = field(default_factory=set)
    #: gazetteer hits: start -> (end, label, kind), the longest at each start
    gaz_at: dict[int, tuple[int, str, str]] = field(default_factory=dict)
    #: last tokens of gazetteer hits
    gaz_ends: set[int] = field(default_factory=set)
    #: tokens no candidate may cover: ranks inside titles ("Letjen TNI" is no ORG)
    suppressed_tokens: set[int] = field(default_factory=set)
    #: every rule's proposals, in the order the rules made them
    proposals: list[Proposal] = field(default_factory=list)
    #: short form -> long form, as the document defines them ("AS" -> "Amerika Serikat")
    acronyms: dict[str, str] = field(default_factory=dict)
    #: short form -> label, for the definitions whose label is known
    acronym_labels: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc) -> DocState:
        """The state of ``doc`` before any rule ran."""
        words = token_texts(doc)
        n = len(doc)
        sent_start, sent_end = [0] * n, [n] * n
        headline, cased = [False] * n, [CASED] * n
        for a, b in sentence_bounds(doc):
            line = words[a:b]
            sent_start[a:b] = [a] * (b - a)
            sent_end[a:b] = [b] * (b - a)
            headline[a:b] = [is_headline(line)] * (b - a)
            cased[a:b] = [casing(line)] * (b - a)
        attested = {w for i, w in enumerate(words)
                    if not headline[i] and i > sent_start[i] and w[:1].isupper()}
        return cls(doc=doc, words=words, sent_start=sent_start, sent_end=sent_end,
                   headline=headline, casing=cased,
                   lower_words={w for w in words if w.islower()}, attested=attested)

    @property
    def n(self) -> int:
        """Number of tokens."""
        return len(self.words)

    def propose(self, a: int, b: int, label: str, rule: str, strength: str) -> None:
        """Record a proposal for tokens ``[a, b)`` (nothing when empty)."""
        if b > a:
            self.proposals.append(Proposal(a, b, label, rule, strength))


def is_headline(tokens: list[str]) -> bool:
    """A line in Title Case (headline, caption): its longer words are (nearly) all capitalised.

    ``tokens`` are the token texts of the line. A line ending in a full stop must be entirely
    capitalised to count ("Menteri Luar Negeri Rusia Sergey Lavrov."); one without final
    punctuation may have a lowercase word or two.
    """
    words = [t for t in tokens if t.isalpha() and len(t) >= 4]  # spaCy's is_alpha
    if len(words) < 3:
        return False
    ratio = sum(1 for w in words if w[:1].isupper()) / len(words)
    toks = [t for t in tokens if not t.isspace()]
    ends = bool(toks) and toks[-1] in {".", "!", "?", '"', "”"}
    return ratio == 1.0 if ends else ratio >= 0.75
