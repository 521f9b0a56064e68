"""Rule ``name_memory``: a later bare mention of a name a title rule found.

"Menlu Rusia Sergey Lavrov ... **Lavrov** mengatakan": the full names of ``title_person`` and
``title_alias`` proposals, and the first or last word of a full name when it belongs to only
one of them (three letters or more, no gazetteer name, never written in lower case in the
document). A mention glued to another capitalised word is part of a longer name ("Rasyid
Baswedan" is not "Anies Baswedan"). Weak.
"""

from __future__ import annotations

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from newsner.rules.patterns import Patterns
from newsner.rules.state import DocState
from newsner.rules.words import NAME_WORD, cap_neighbour


class NameMemory:
    """Propose later mentions of the names the title rules found."""

    def __init__(self, patterns: Patterns) -> None:
        self.lex = patterns.lex
        self.vocab = patterns.vocab

    def __call__(self, st: DocState) -> None:
        forms = self._forms(st)
        if not forms:
            return
        pm = PhraseMatcher(self.vocab, attr="ORTH")
        pm.add("PER", forms)
        for _key, a, b in pm(st.doc):
            if cap_neighbour(st, self.lex, a - 1) or cap_neighbour(st, self.lex, b):
                continue  # part of a longer name: "Rasyid Baswedan" is not "Anies Baswedan"
            st.propose(a, b, "PER", "name_memory", "weak")

    def _forms(self, st: DocState) -> list[Doc]:
        """The full names, then the words that stand for one of them alone."""
        doc = st.doc
        fulls: dict[tuple[str, ...], Doc] = {}
        for p in st.proposals:
            if p.rule in ("title_person", "title_alias"):
                span = doc[p.start:p.end]
                fulls.setdefault(tuple(t.text for t in span), span.as_doc())
        if not fulls:
            return []
        owners: dict[str, set[tuple[str, ...]]] = {}
        first_or_last: dict[str, Doc] = {}
        for words in fulls:
            names = [i for i, w in enumerate(words) if NAME_WORD.match(w)]
            if len(names) >= 2:
                for i in (names[0], names[-1]):
                    owners.setdefault(words[i], set()).add(words)
                    first_or_last[words[i]] = fulls[words][i:i + 1].as_doc()
        forms = list(fulls.values())
        for w, who in owners.items():
            if len(who) == 1 and len(w) >= 3 and w not in self.lex.gazetteer \
                    and w.lower() not in st.lower_words:
                forms.append(first_or_last[w])
        return forms
