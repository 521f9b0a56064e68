"""The page's own outlet: the names the page gives it, and the lines that are its label."""

from __future__ import annotations

from newsner.normalize import patterns as p
from newsner.normalize.datelines import find_datelines
from newsner.normalize.lines import Line, bare_name, ends_sentence

#: Besides the outlet's name, a site label has at most this many words (in the head).
_OUTLET_LINE_MAX_REST = 6
#: A line naming the outlet has at most this many words in all (in the body: the name and
#: one word, "VIDEO NGOPIBARENG"; at the edges a slogan, or the outlet's sentence about itself).
_OUTLET_BODY_MAX_WORDS = 3
_COPYRIGHT_NAME_MAX_WORDS = 4
#: An outlet's name, compacted, has at least this many letters.
_NAME_MIN_LEN = 3
_OUTLET_LINE_MAX_WORDS = 30


def _outlet_keys(token: str) -> set[str]:
    """What a domain or e-mail address names: "sumutpos.jawapos.com" -> {"sumutpos", "jawapos"};
    a government, school or association domain names no outlet."""
    labels = token.casefold().rsplit("@", 1)[-1].strip(".,;:()[]<>\"'").split(".")
    if len(labels) < 2 or p.NON_OUTLET_LABELS.intersection(labels[1:-1]):
        return set()
    return {x.replace("-", "") for x in labels[:-1]
            if len(x) >= 3 and x not in p.DOMAIN_LABELS and not x.isdigit()}


def _sub_brand(word: str, keys: set[str]) -> bool:
    """An outlet's channel written in camel case after its name ("detikFinance")."""
    cut = next((k for k in range(1, len(word)) if word[k].isupper()), 0)
    return cut > 0 and word[:cut].islower() and word[:cut] in keys and len(word) > cut + 1


def _compact(words: list[str]) -> str:
    return "".join(c for c in "".join(words).casefold() if c.isalnum())


def _own_outlets(text: str) -> set[str]:
    """The names this page gives its outlet, compacted ("batampos", "idntimes"): the sites in
    its domains and e-mail addresses, the outlets of its datelines, and the name beside its
    copyright sign ("© 2026 Kabar Madura"), with and without a suffix ("Banjarnegara News"
    -> "banjarnegaranews", "banjarnegara"), but never the place of a dateline."""
    keys: set[str] = set()
    cities, outlets = find_datelines(text)
    for m in p.TOP_LEVEL_DOMAIN.finditer(text):  # then the token around it: no backtracking
        start = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        keys |= _outlet_keys(text[start:m.end()])
    for start, end in outlets:
        name = text[start:end].strip("() ")
        keys |= _outlet_keys(name) if "." in name else {_compact(name.split())}
    signed = [line for line in text.split("\n") if "©" in line] if "©" in text else []
    for part in (x.strip(" .-") for line in signed for x in p.COPYRIGHT_PARTS.split(line)):
        words = part.split()
        if (0 < len(words) <= _COPYRIGHT_NAME_MAX_WORDS
                and p.COPYRIGHT_WORDS.isdisjoint(w.casefold() for w in words)):
            keys |= _outlet_keys(part) if "." in part else {_compact(words)}
            if len(words) > 1 and words[-1].casefold() in p.OUTLET_SUFFIXES:
                keys.add(_compact(words[:-1]))
    # "jl" of an address is no outlet; nor is the place the page datelines, which "Banjarnegara
    # News" without its suffix would be
    places = {_compact(text[start:end].split()) for start, end in cities}
    return {k for k in keys if len(k) >= _NAME_MIN_LEN and k not in places}


def _outlet_rest(line: str, keys: set[str]) -> tuple[list[str], int, int, str] | None:
    """The words of ``line`` besides the outlet's name, the indices of the name's first word
    and of the word after it (first occurrence), and what stands between the name and the
    next word with a letter or figure ("  ", " - "); ``None`` if the line does not name the
    outlet."""
    folded = _compact([line])
    if not any(k in folded for k in keys):
        return None
    spans = [m.span() for m in p.WORD.finditer(line)]
    words = [line[a:b] for a, b in spans]
    compact = [_compact([w]) for w in words]
    named = [False] * len(words)
    start = after = -1
    for i, word in enumerate(words):
        if named[i]:
            continue
        n = 1 if (("." in word or "@" in word) and _outlet_keys(word) & keys) or _sub_brand(
            word, keys) else next(
            (n for n in (3, 2, 1) if i + n <= len(words) and compact[i + n - 1]
             and "".join(compact[i:i + n]) in keys),
            0)
        if n:
            named[i:i + n] = [True] * n
            if after < 0:
                start, after = i, i + n
    if after < 0:
        return None
    rest = [w for w, n in zip(words, named, strict=True) if not n and any(c.isalnum() for c in w)]
    nxt = next((k for k in range(after, len(words)) if any(c.isalnum() for c in words[k])),
               len(words))
    gap = line[spans[after - 1][1]:spans[nxt][0]] if nxt < len(words) else ""
    return rest, start, after, gap


def _credit_line(line: str, keys: set[str]) -> bool:
    """A reporter credited beside the page's own outlet: "Veronika Kabes - Fakfak Post",
    "MUKOMUKO POS / Rio Pradana"."""
    byline = p.NAME_BEFORE_DASH.fullmatch(line)
    if byline is not None and bare_name(byline.group(1)):
        found = _outlet_rest(byline.group(2), keys)
        if found is not None and not found[0]:
            return True
    outlet, slash, name = line.partition(" / ")
    if slash and bare_name(name.strip()):
        found = _outlet_rest(outlet, keys)
        return found is not None and not found[0]
    return False


def _outlet_line(line: str, keys: set[str], where: str) -> bool:
    """Whether ``line``, at the page's ``where`` ("head", "body", "end" (the last paragraph)
    or "tail"), is the page's own outlet beside a slogan, a product or a prompt, or its
    sentence about itself (see :func:`own_outlet_lines`)."""
    if p.DATELINE_SHAPE.match(line) or p.NOT_A_HEADLINE.match(line) or p.INFO_TITLE.match(line):
        return False  # "Jakarta, CNN Indonesia -", "- Liputan6.com, Jakarta - ...", "INFO ...":
        # article
    found = _outlet_rest(line, keys)
    if found is None:
        return False
    credit = p.CREDIT_AFTER_SENTENCE.search(line)
    if credit and _outlet_rest(line[credit.end():], keys) is not None:
        return False  # a caption and its credit: "... di Pahawang. Pesawaran Post/Gilang"
    rest, start, after, gap = found
    if len(rest) <= 2 and p.TWO_PARTS.fullmatch(line):
        return False  # "Jakarta, CNN Indonesia": a dateline on its own line
    words = line.split()
    about = after < len(words) and words[after].casefold() in p.SELF_DESCRIPTION
    if about and (where in ("head", "tail") or (where == "end" and start == 0)):
        return True  # the last paragraph only when it opens with the name
    if where in ("body", "end"):  # "VIDEO NGOPIBARENG", "Kompas.com Play", "Sumber: Bola.com"
        return len(rest) <= 1 and len(words) <= _OUTLET_BODY_MAX_WORDS and not line.endswith(":")
    if where == "head":
        apart = (start == 0 and len(rest) <= 2) or p.NAME_GAP.fullmatch(gap) is not None
        ok = apart and len(rest) <= _OUTLET_LINE_MAX_REST
    else:
        ok = len(rest) <= _OUTLET_LINE_MAX_REST + 2
    return (ok and not ends_sentence(line)
            and p.REPORT_WORDS.isdisjoint(w.casefold().strip(".,;:!?") for w in rest))


def own_outlet_lines(text: str, lines: list[Line], first: int, last: int) -> None:
    """A short line that names the page's own outlet (:func:`_own_outlets`) beside a slogan,
    a product or a prompt: at the page's head or tail "Gorontalo Post - Jernih Melihat",
    "Solopos.com  Panduan Informasi", "PT Indozone Media Indonesia", "Punya cerita? Kirim ke
    redaksi@indozone.id" and an outlet's sentence about itself ("ERA.id adalah media online
    ..."); anywhere, the name with one word at most ("VIDEO NGOPIBARENG", "Sumber: Bola.com").
    In the head the name must stand apart (a separator after it, or the name first and two
    words at most besides it), so a title or a caption that names the outlet stays; a
    dateline never goes."""
    candidates = []
    for i, line in enumerate(lines):
        if (not line.text or (line.reason and line.scope not in (p.HEAD, p.EDGE))
                or "\t" in line.text):  # a table's row ("1\tPerseta Tulungagung\t5\t13")
            continue
        where = "head" if i < first else "tail" if i > last else "end" if i == last else "body"
        core = line.core
        n = core.count(" ") + 1  # at most the words (cheap: paragraphs go here)
        if core and n <= (_OUTLET_BODY_MAX_WORDS if where == "body" else _OUTLET_LINE_MAX_WORDS):
            candidates.append((i, where, core))
    keys = _own_outlets(text) if candidates else set()
    if not keys:
        return
    for i, where, core in candidates:
        if lines[i].scope == p.EDGE and where in ("head", "tail"):
            continue  # its own rule takes it already (a byline: "Tim Redaksi <outlet> | ...")
        if where in ("head", "tail") and _credit_line(core, keys):
            lines[i].reason, lines[i].scope = "byline", p.EDGE
        elif _outlet_line(core, keys, where):
            lines[i].reason = "site label"
            lines[i].scope = p.EDGE if where in ("head", "tail") else p.ANYWHERE
