"""Pattern docs for the rules' ``PhraseMatcher`` objects, tokenized as text is tokenized."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property

from spacy.lang.id import Indonesian
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
from spacy.vocab import Vocab

from newsner.rules.lexicon import JURIS_SKIP, Lexicon


class Patterns:
    """What the rules compile their matchers from: the vocab, the lexicon, and pattern docs
    tokenized with :func:`pattern_tokenizer`, the gazetteer's once for all rules (cold start).
    Rules read it while they are built and keep none of it."""

    def __init__(self, vocab: Vocab, lex: Lexicon) -> None:
        self.vocab = vocab
        self.lex = lex
        self.tokenizer = pattern_tokenizer(
            vocab, [*lex.gazetteer, *lex.titles, *lex.ranks, *JURIS_SKIP])

    def tokenize(self, names: Iterable[str]) -> list[Doc]:
        """Pattern docs for ``names``, tokenized as the Indonesian tokenizer would."""
        return [self.tokenizer(name) for name in names]

    @cached_property
    def gazetteer(self) -> dict[str, Doc]:
        """Gazetteer name -> its pattern doc, in the lexicon's order."""
        return dict(zip(self.lex.gazetteer, self.tokenize(self.lex.gazetteer), strict=True))


def pattern_tokenizer(vocab: Vocab, names: Iterable[str]) -> Tokenizer:
    """spaCy's Indonesian tokenizer, with only the special cases that ``names`` can hit.

    ``spacy.blank("id")`` spends seconds registering ~16,000 tokenizer exceptions; patterns
    made of a few thousand names touch a handful of them ("Bangsa-Bangsa", "PDI-P"). Same
    prefixes, suffixes, infixes and token/URL matches, so the patterns are tokenized exactly as
    ``make_tokenizer()`` tokenizes text (the tests check this for every shipped name).
    """
    defaults = Indonesian.Defaults
    exceptions = defaults.tokenizer_exceptions
    chunks = {chunk for name in names for chunk in name.split()}
    # an exception that holds punctuation ("PDI-P", "a.n.", nearly all of them) can only be a
    # substring of a chunk with punctuation: enumerate the substrings of those few chunks
    substrings: set[str] = set()
    for chunk in chunks:
        if not chunk.isalnum():
            substrings.update(chunk[i:j] for i in range(len(chunk))
                              for j in range(i + 1, len(chunk) + 1))
    joined = "\n".join(chunks)
    rules = {k: v for k, v in exceptions.items()
             if k in substrings or (k.isalnum() and k in joined)}
    return Tokenizer(
        vocab,
        rules=rules,
        prefix_search=compile_prefix_regex(defaults.prefixes).search,
        suffix_search=compile_suffix_regex(defaults.suffixes).search,
        infix_finditer=compile_infix_regex(defaults.infixes).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )
