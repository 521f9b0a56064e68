"""Tokens and sentences, split the way the NER corpora were split.

NER-UI, NER-UGM and the other corpora we train on are pre-tokenized: punctuation and hyphens
are separate tokens ("Rusia - AS"), clitics are split. spaCy's rule-based Indonesian tokenizer
(``spacy.blank("id")``) reproduces that closely and costs microseconds, so it is the tokenizer
the tagger was trained to expect, and its ``Doc`` is also the substrate for the rule matchers.

spaCy's stock ``sentencizer`` splits after every full stop, including "PT." and "Dr.", and
leaves closing quotes on the next sentence; news text needs better, so
:func:`split_sentences` is a small component that knows Indonesian abbreviations, keeps closing
quotes with their sentence, always splits at blank lines (paragraphs, removed page chrome), and
caps sentence length so one run-on line cannot blow up the tagger's memory.
"""

from __future__ import annotations

import numpy
import regex
import spacy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

#: Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """pt tbk cv dr drs dra ir prof h hj kh st sh se mm mh mba msi msc phd jl jln no nomor
    kec kab kel kota prov rt rw tn ny nn sdr bpk bp ibu yth dll dsb dst dkk tsb a.n u.p
    mr mrs ms jr sr co inc ltd corp vs vol hal tgl kol letjen mayjen brigjen jend
    kompol kombes aiptu aipda bripka brigadir ipda iptu akp akbp irjen komjen laksda laksma
    marsda marsma mayor kapt lettu letda serda sertu pelda peltu hlm""".split()
)
SENTENCE_END = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
OPENING_QUOTES = frozenset({'"', "'", "“", "‘", "«"})
CLOSING = frozenset({'"', "'", "”", "’", ")", "]", "»"})
MAX_SENTENCE_TOKENS = 120
_PARAGRAPH = regex.compile(r"\n\s*\n|\n")


@Language.component("newsner_sentences")
def split_sentences(doc: Doc) -> Doc:
    """Mark sentence starts on ``doc`` (see the module docstring for the policy).

    The starts are written with one ``Doc.from_array`` call: setting ``token.is_sent_start``
    token by token re-scans the doc each time, which made long pieces quadratic.
    """
    n = len(doc)
    if n == 0:
        return doc
    words = token_texts(doc)
    flags = doc.to_array([SPACY, IS_SPACE]).astype(bool)  # one C pass, not a Token per attribute
    spaced = flags[:, 0].tolist()
    space = flags[:, 1].tolist()
    # SENT_START values: 1 starts a sentence, -1 (as uint64, which spaCy reads back) does not
    starts = numpy.full(n, -1, dtype=numpy.int64)
    starts[0] = 1
    since_start = 0
    for i in range(1, n):
        since_start += 1
        if space[i - 1] and _PARAGRAPH.search(words[i - 1]):
            boundary = True
        elif space[i] and _PARAGRAPH.search(words[i]):
            boundary = False
        else:
            # walk back over closing quotes/brackets (attached: no space before them)
            j = i - 1
            while j > 0 and words[j] in CLOSING and not spaced[j - 1]:
                j -= 1
            boundary = _ends_sentence(words, j) and _starts_sentence(words, spaced, i)
        if not boundary and since_start >= MAX_SENTENCE_TOKENS and not space[i]:
            boundary = True
        if boundary:
            starts[i] = 1
            since_start = 0
    doc.from_array([SENT_START], starts.astype(numpy.uint64)[:, None])
    return doc


def _ends_sentence(words: list[str], j: int) -> bool:
    tok = words[j]
    if tok in SENTENCE_END:
        if tok != ".":
            return True
        before = words[j - 1].lower() if j > 0 else ""
        return not (before in ABBREVIATIONS or (len(before) == 1 and before.isalpha()))
    # spaCy keeps some abbreviations whole ("Dr."); a word glued to its full stop ends a
    # sentence only when it is not a known abbreviation
    return tok.endswith(".") and len(tok) > 2 and tok[:-1].isalpha() and (
        tok[:-1].lower() not in ABBREVIATIONS)


def _starts_sentence(words: list[str], spaced: list[bool], i: int) -> bool:
    tok = words[i]
    if tok in OPENING_QUOTES:
        # an opening quote has space before it and none after it
        return spaced[i - 1] and not spaced[i]
    if tok in CLOSING:
        return False
    first = tok[:1]
    return first.isupper() or first.isdigit() or first in "([“‘"


def stock_tokenizer() -> Language:
    """The reference for :func:`make_tokenizer`: ``spacy.blank("id")`` as shipped, plus our
    sentence splitter. Same tokens and sentences, but building it takes over a second."""
    nlp = spacy.blank("id")
    nlp.add_pipe("newsner_sentences")
    return nlp


_TEXT_KEY = "newsner.text"


def keep_text(doc: Doc, text: str) -> Doc:
    """File ``text`` (which must be ``doc.text``) in the doc for :func:`doc_text`."""
    doc.user_data[_TEXT_KEY] = text
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per doc: spaCy joins it from a ``Token`` built per token on
    every access, and the tokenizer's components and the rules each need it."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def token_texts(doc: Doc) -> list[str]:
    """The text of each token, sliced from ``doc.text``: ``[t.text for t in doc]`` builds a
    ``Token`` object per token, and the pipeline reads every doc several times. (spaCy forbids
    special cases that change the text, so a token's text is always its slice.)"""
    text = doc_text(doc)
    return [text[i:i + n] for i, n in doc.to_array([IDX, LENGTH]).tolist()]


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """``(start, end)`` token indices of each sentence (the whole doc when none are set),
    read from the SENT_START column instead of building ``doc.sents`` spans."""
    n = len(doc)
    if n == 0:
        return []
    if not doc.has_annotation("SENT_START"):
        return [(0, n)]
    starts = numpy.flatnonzero(doc.to_array(SENT_START).astype(numpy.int64) == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return list(zip(starts, [*starts[1:], n], strict=True))


def sentence_tokens(doc: Doc) -> list[list[tuple[str, int, int]]]:
    """Each sentence as ``(token text, start char, end char)`` triples, whitespace dropped."""
    text = doc_text(doc)
    cols = doc.to_array([IDX, LENGTH, IS_SPACE]).tolist()
    out: list[list[tuple[str, int, int]]] = []
    for a, b in sentence_bounds(doc):
        toks = [(text[i:i + n], i, i + n) for i, n, space in cols[a:b] if not space]
        if toks:
            out.append(toks)
    return out


def make_tokenizer() -> Language:
    """A spaCy ``Language`` that tokenizes Indonesian and marks sentences, no statistical parts:
    :func:`stock_tokenizer` built in a tenth of the time.

    ``spacy.blank("id")`` registers ~15,600 hyphenated words ("anak-anak", "Bangsa-Bangsa")
    as tokenizer special cases, creating a lexeme for each: over a second of every cold start.
    Here they are a set that the tokenizer's ``token_match`` consults instead (a whole word in
    the set stays one token, exactly as its special case would keep it), and the rare glued run
    the special-case matcher would re-join ("anak-anak/bapak-bapak") is re-joined by a first
    pipe, ``newsner_hyphen_words``. Tokens, offsets and sentences equal ``stock_tokenizer()``'s
    (``benchmarks/bench_equivalence.py`` checks it on every corpus we have).
    """
    from spacy.util import registry

    if "newsner.IndonesianTokenizer.v1" not in registry.tokenizers.get_all():
        registry.tokenizers.register("newsner.IndonesianTokenizer.v1", func=_tokenizer_factory)
    if not Language.has_factory("newsner_hyphen_words"):
        Language.component("newsner_hyphen_words", func=_join_hyphen_words)
    nlp = spacy.blank("id", config={
        "nlp": {"tokenizer": {"@tokenizers": "newsner.IndonesianTokenizer.v1"}}})
    nlp.add_pipe("newsner_hyphen_words")
    nlp.add_pipe("newsner_sentences")
    return nlp


_HYPHEN_WORDS: frozenset[str] = frozenset()
_GLUED_HYPHEN = regex.compile(r"(?<=\S)-|-(?=\S)")  # a hyphen a word could hold


def _tokenizer_factory():  # noqa: ANN202 - spaCy tokenizer factory
    def make(nlp):  # noqa: ANN001, ANN202
        from spacy.symbols import ORTH
        from spacy.tokenizer import Tokenizer
        from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

        global _HYPHEN_WORDS
        d = nlp.Defaults
        exc = d.tokenizer_exceptions
        _HYPHEN_WORDS = frozenset(
            k for k, v in exc.items()
            if "-" in k and len(v) == 1 and v[0].keys() == {ORTH} and v[0][ORTH] == k)
        if d.token_match is not None:  # not so for Indonesian; keep the semantics if it changes
            raise RuntimeError("make_tokenizer assumes a language without token_match")
        words = _HYPHEN_WORDS
        return _TextKeepingTokenizer(Tokenizer(
            nlp.vocab,
            rules={k: v for k, v in exc.items() if k not in words},
            prefix_search=compile_prefix_regex(d.prefixes).search,
            suffix_search=compile_suffix_regex(d.suffixes).search,
            infix_finditer=compile_infix_regex(d.infixes).finditer,
            token_match=words.__contains__,
            url_match=d.url_match,
        ))

    return make


class _TextKeepingTokenizer:
    """spaCy's ``Tokenizer`` that also files the text in the doc for :func:`doc_text`, so that
    no later step has to re-join it from the tokens. Everything else is the tokenizer's."""

    def __init__(self, tokenizer) -> None:  # noqa: ANN001 - spacy.tokenizer.Tokenizer
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        return keep_text(self.tokenizer(text), text)

    def __getattr__(self, name: str):  # noqa: ANN204 - explain, pipe, to_disk, vocab, ...
        return getattr(self.tokenizer, name)


def _join_hyphen_words(doc):  # noqa: ANN001, ANN202 - spaCy Doc
    """Re-join hyphenated exception words that infix splitting cut inside a glued run of
    tokens (what spaCy's special-case matcher does for registered special cases)."""
    text = doc_text(doc)
    if "-" not in text:
        return doc
    hyphens = [m.start() for m in _GLUED_HYPHEN.finditer(text)]
    if not hyphens:
        return doc
    words = _HYPHEN_WORDS
    cols = doc.to_array([IDX, LENGTH]).astype(numpy.int64)
    starts, ends = cols[:, 0], cols[:, 0] + cols[:, 1]
    glued = starts[1:] == ends[:-1]  # glued[i]: no whitespace between token i and i + 1
    n = len(doc)
    spans = []
    done = -1  # runs are handled once, however many hyphens they hold
    for pos in hyphens:
        tok = int(numpy.searchsorted(starts, pos, side="right")) - 1
        if tok <= done:
            continue
        i = tok
        while i > 0 and glued[i - 1]:
            i -= 1
        j = tok
        while j < n - 1 and glued[j]:
            j += 1
        done = j
        k = i
        while k < j:
            end = next((e for e in range(j + 1, k + 1, -1)
                        if text[starts[k]:ends[e - 1]] in words), 0)
            if end:
                spans.append(doc[k:end])
                k = end
            else:
                k += 1
    if spans:
        with doc.retokenize() as retok:
            for span in spans:
                retok.merge(span)
    return doc
