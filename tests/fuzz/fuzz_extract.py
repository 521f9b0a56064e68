"""Fuzz target for ``newsner.normalize`` and ``newsner.extract``.

    python tests/fuzz/fuzz_extract.py -max_total_time=120              # normalize + extract
    python tests/fuzz/fuzz_extract.py --mode=normalize -max_total_time=120
    python tests/fuzz/fuzz_extract.py --mode=extract -max_total_time=120 corpus_dir/

With atheris installed (``pip install atheris``) this is a coverage-guided libFuzzer target:
every libFuzzer flag works, a crash writes ``crash-<sha1>`` to the working directory (an input
running over ``-timeout``, 30 s unless given, ``timeout-<sha1>``), and
``python tests/fuzz/fuzz_extract.py crash-<sha1>`` replays it. Without atheris it falls back to
a hypothesis-driven random loop over the same input decoder and the same checks (only
``-max_total_time``/``-runs`` are understood then).

Each input becomes a ``str``: either raw (any code point, lone surrogates included) or built
from Indonesian news words, titles and places joined by hostile separators, so the tagger sees
real entities next to zero-width characters, NBSP, emoji, controls, CRLF and HTML. Checks:

* normalize: never raises; every character of the clean text maps to a non-empty range inside
  the original; identity segments copy the original exactly; ``from_original`` round-trips;
  removed, dateline and suppressed spans are in range, sorted and disjoint.
* extract: never raises; every entity satisfies the output contract of
  ``tests/conftest.py::check_entities``; the same input gives the same result twice.

Every input that ever broke one of these is kept in ``tests/regressions/`` and re-run by
``tests/test_regressions.py``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ for conftest

from conftest import check_entities  # noqa: E402

WORDS = (
    "Presiden Joko Widodo Prabowo Subianto Menteri Luar Negeri Retno Marsudi Gubernur Anies "
    "Baswedan Jakarta Surabaya Bandung Jawa Barat Timur Papua Indonesia Rusia Amerika Serikat "
    "AS PBB KPK DPR TNI Polri Bank Indonesia PT Pertamina (Persero) Tbk Universitas Gadjah Mada "
    "Sergey Lavrov Antony Blinken Stockholm Ukraina NATO Kapolri Jenderal Listyo Sigit Dr. H. "
    "di ke dari dan yang untuk dengan pada dalam bahwa tidak akan telah kata ujar mengatakan "
    "bertemu tiba membahas Senin Kamis REPUBLIKA.CO.ID, Liputan6.com, KOMPAS.com (ANTARA) "
    "Baca Juga: Advertisement Jakarta - STOCKHOLM -- \" ' ( ) , . : ; ! ? - -- /"
).split()
NOISE = (
    " ", " ", " ", "\n", "\n\n", "\r\n", "\r", "\t", "\u00a0", "\u200b", "\u200d", "\ufeff",
    "\u00ad", "\u202e", "\u2066", "\x00", "\x01", "\x1b", "\x85", "\x93", "\ud800", "\udfff",
    "\ud83d\ude00", "😀", "👍🏽", "🇮🇩", "\u0301", "\u0327\u0308", "&amp;", "&quot;", "&#8220;",
    "<b>", "</p>", "<br/>", "â€œ", "â€", "“", "”", "—", "…", "\u3000", "\U000e0041",
    "\ue000", "\U0010ffff", "ﬁ", "ا", "ש", "\u2028",
)

_NLP = None


def decode(data: bytes) -> str:
    """Turn fuzzer bytes into a text: raw code points or hostile Indonesian-like news."""
    try:
        import atheris

        fdp = atheris.FuzzedDataProvider(data)
        kind = fdp.ConsumeIntInRange(0, 3)
        if kind == 0:
            return fdp.ConsumeUnicode(fdp.remaining_bytes())
        if kind == 1:
            return fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
        parts: list[str] = []
        while fdp.remaining_bytes() > 0:
            parts.append(fdp.PickValueInList(list(WORDS)))
            if fdp.remaining_bytes() > 0:
                parts.append(fdp.PickValueInList(list(NOISE)))
        return "".join(parts)
    except ImportError:
        return _decode_plain(data)


def _decode_plain(data: bytes) -> str:
    """:func:`decode` without atheris: UTF-16 (lone surrogates too), UTF-8, or news words."""
    if not data:
        return ""
    kind, body = data[0] % 4, data[1:]
    if kind == 0:
        return body[: len(body) // 2 * 2].decode("utf-16-le", errors="surrogatepass")
    if kind == 1:
        return body.decode("utf-8", errors="replace")
    return "".join(WORDS[b % len(WORDS)] if i % 2 == 0 else NOISE[b % len(NOISE)]
                   for i, b in enumerate(body))


def check_normalize(text: str) -> None:
    from newsner.normalize import normalize

    for remove_chrome in (True, False):
        n = normalize(text, remove_chrome=remove_chrome)
        assert n.original is text
        a = n.alignment
        for cs, ce, os_, oe, ident in a.segments:
            assert 0 <= cs <= ce <= len(n.text) and 0 <= os_ <= oe <= len(text)
            if ident:
                assert n.text[cs:ce] == text[os_:oe], (cs, ce, os_, oe)
        last = 0
        for i in range(len(n.text)):
            s, e = n.to_original(i, i + 1)
            assert 0 <= s < e <= len(text), (i, s, e)
            assert s >= last, f"mapping goes backwards at {i}"
            last = s
        for w_start, w_end in _words(n.text):
            s, e = n.to_original(w_start, w_end)
            back = n.from_original(s, e)
            assert back is None or n.to_original(*back) == (s, e), (w_start, w_end, back)
        prev = 0
        for r in n.removed:
            assert prev <= r.start < r.end <= len(text), n.removed
            prev = r.end
        for spans in (n.datelines, n.suppressed):
            for s, e in spans:
                assert 0 <= s < e <= len(n.text), spans


def _words(s: str) -> list[tuple[int, int]]:
    out, start = [], None
    for i, c in enumerate(s + " "):
        if c.isspace():
            if start is not None:
                out.append((start, i))
                start = None
        elif start is None:
            start = i
    return out[:50]


def check_extract(text: str) -> None:
    global _NLP
    if _NLP is None:
        import newsner

        _NLP = newsner.load()
    doc = _NLP.analyze(text)
    check_entities(text, doc.entities)
    for g in doc.groups:
        assert all(m in doc.entities for m in g.mentions), g
    for r in doc.removed:
        assert 0 <= r.start < r.end <= len(text), r
    assert _NLP.extract(text) == list(doc.entities), "not deterministic"


MODES = {
    "normalize": (check_normalize,),
    "extract": (check_extract,),
    "all": (check_normalize, check_extract),
}


def main(argv: list[str]) -> None:
    mode = "all"
    rest = []
    for arg in argv[1:]:
        if arg.startswith("--mode="):
            mode = arg.split("=", 1)[1]
        else:
            rest.append(arg)
    if mode not in MODES:
        raise SystemExit(f"--mode must be one of {sorted(MODES)}")
    checks = MODES[mode]
    try:
        import atheris
    except ImportError:
        atheris = None
    else:
        with atheris.instrument_imports(include=["newsner"]):
            import newsner.normalize
            import newsner.pipeline  # noqa: F401
    if check_extract in checks:
        check_extract("Presiden Joko Widodo tiba di Jakarta.")  # load the model before fuzzing

    def one_input(data: bytes) -> None:
        text = decode(data)
        for check in checks:
            check(text)

    if atheris is None:
        _hypothesis_loop(one_input, rest)
        return
    if not any(a.startswith("-timeout=") for a in rest):
        rest.append("-timeout=30")  # a hang (ReDoS) is a finding: save it as timeout-<sha1>
    atheris.Setup([argv[0], *rest], one_input)
    atheris.Fuzz()


def _hypothesis_loop(one_input, args: list[str]) -> None:  # noqa: ANN001
    """Random inputs from hypothesis until ``-max_total_time`` seconds or ``-runs`` inputs.

    Runs rounds of a ``@given`` test so that a failure is shrunk and reported by hypothesis.
    """
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    opts = dict(a.lstrip("-").split("=", 1) for a in args if a.startswith("-") and "=" in a)
    deadline = time.monotonic() + float(opts.get("max_total_time", 60))
    runs = int(opts.get("runs", 10**9))
    count = 0

    @settings(max_examples=200, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.binary(max_size=2048))
    def round_(data: bytes) -> None:
        nonlocal count
        if count >= runs or time.monotonic() > deadline:
            return
        count += 1
        one_input(data)

    while count < runs and time.monotonic() < deadline:
        round_()
    print(f"hypothesis fuzz loop: {count} inputs, no failure")


if __name__ == "__main__":
    main(sys.argv)
