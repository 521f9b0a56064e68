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

import regex
import spacy
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
    """Mark sentence starts on ``doc`` (see the module docstring for the policy)."""
    n = len(doc)
    if n == 0:
        return doc
    starts = [False] * n
    starts[0] = True
    since_start = 0
    for i in range(1, n):
        prev = doc[i - 1]
        tok = doc[i]
        since_start += 1
        boundary = False
        if prev.is_space and _PARAGRAPH.search(prev.text):
            boundary = True
        elif tok.is_space and _PARAGRAPH.search(tok.text):
            boundary = False
        else:
            # walk back over closing quotes/brackets (attached: no space before them)
            j = i - 1
            while j > 0 and doc[j].text in CLOSING and not doc[j - 1].whitespace_:
                j -= 1
            boundary = _ends_sentence(doc, j) and _starts_sentence(doc, i)
        if not boundary and since_start >= MAX_SENTENCE_TOKENS and not tok.is_space:
            boundary = True
        if boundary:
            starts[i] = True
            since_start = 0
    for i, token in enumerate(doc):
        token.is_sent_start = starts[i]
    return doc


def _ends_sentence(doc: Doc, j: int) -> bool:
    tok = doc[j].text
    if tok in SENTENCE_END:
        if tok != ".":
            return True
        before = doc[j - 1].text.lower() if j > 0 else ""
        return not (before in ABBREVIATIONS or (len(before) == 1 and before.isalpha()))
    # spaCy keeps some abbreviations whole ("Dr."); a word glued to its full stop ends a
    # sentence only when it is not a known abbreviation
    return tok.endswith(".") and len(tok) > 2 and tok[:-1].isalpha() and (
        tok[:-1].lower() not in ABBREVIATIONS)


def _starts_sentence(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if tok.text in OPENING_QUOTES:
        # an opening quote has space before it and none after it
        return bool(doc[i - 1].whitespace_) and not tok.whitespace_
    if tok.text in CLOSING:
        return False
    first = tok.text[:1]
    return first.isupper() or first.isdigit() or first in "([“‘"


def make_tokenizer() -> Language:
    """A spaCy ``Language`` that tokenizes Indonesian and marks sentences; no statistical parts."""
    nlp = spacy.blank("id")
    nlp.add_pipe("newsner_sentences")
    return nlp


def sentence_tokens(doc: Doc) -> list[list[tuple[str, int, int]]]:
    """Each sentence as ``(token text, start char, end char)`` triples, whitespace dropped."""
    out: list[list[tuple[str, int, int]]] = []
    for sent in doc.sents:
        toks = [(t.text, t.idx, t.idx + len(t.text)) for t in sent if not t.is_space]
        if toks:
            out.append(toks)
    return out
