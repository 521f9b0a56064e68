"""Rules: titles, acronyms, gazetteers and datelines over a spaCy ``Doc``.

>>> from newsner.tokenization import make_tokenizer
>>> from newsner.rules import RuleMatcher
>>> nlp = make_tokenizer()
>>> rules = RuleMatcher(nlp.vocab)
>>> doc = nlp("Menlu AS Blinken tiba di Jakarta.")
>>> [(doc.text[c.start:c.end], c.label) for c in rules(doc)]
[('AS', 'LOC'), ('Blinken', 'PER'), ('Jakarta', 'LOC')]
"""

from newsner.rules.acronyms import Definition, align, find_definitions
from newsner.rules.lexicon import Lexicon, load_lexicon
from newsner.rules.matcher import RuleMatcher, RuleResult

__all__ = [
    "Definition",
    "Lexicon",
    "RuleMatcher",
    "RuleResult",
    "align",
    "find_definitions",
    "load_lexicon",
]
