"""Reading input files for the command line: text in any common encoding, never binary.

- UTF-8 (with or without a byte-order mark), UTF-16 and UTF-32 with a byte-order mark are
  decoded as such.
- Other text (Windows-1252, Latin-1, ...) is detected with charset-normalizer; when several
  Western codepages read the bytes equally well, Windows-1252 (a superset of the printable
  Latin-1) is preferred, so ``José`` stays ``José``.
- Binary files (PDF, Office documents, images, archives, executables, or bytes that are text
  in no encoding) are refused with :class:`InputError`, whose message names the file.
- :func:`looks_like_html` tells an HTML page (by its name or its first characters), which the
  CLI extracts the article text of.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path


class InputError(Exception):
    """A bad command-line input (missing file, directory, unreadable, binary ...)."""


@dataclass(frozen=True)
class Decoded:
    text: str
    #: the encoding the bytes were read with (``"utf-8"``, ``"cp1252"`` ...)
    encoding: str

    @property
    def detected(self) -> bool:
        """Whether the encoding was guessed (not UTF-8 and no byte-order mark)."""
        return self.encoding not in ("utf-8", "utf-8-sig", "utf-16", "utf-32")


#: Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
#: Signatures of binary formats people pass by mistake: what the message calls them.
_MAGIC = ((b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.odt)"),
          (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc/.xls)"),
          (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
          (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"),
          (b"\x1f\x8b", "a gzip file"), (b"BZh", "a bzip2 file"),
          (b"\xfd7zXZ\x00", "an xz file"), (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
          (b"\x7fELF", "an executable"), (b"MZ", "a Windows executable"),
          (b"SQLite format 3\x00", "an SQLite database"), (b"PAR1", "a Parquet file"),
          (b"\x80\x04\x95", "a Python pickle"), (b"RIFF", "a media file"))
#: C0 controls that do not occur in text (tab, line feed, form feed, carriage return, vertical
#: tab and escape do).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
#: Share of such characters above which decoded "text" is taken for binary.
_MAX_CONTROL_SHARE = 0.01
#: Names of HTML pages.
HTML_SUFFIXES = frozenset((".html", ".htm", ".xhtml", ".shtml"))
_HTML_START = re.compile(r"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
                         r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)",
                         re.IGNORECASE | re.DOTALL)


def decode(data: bytes, name: str = "input") -> Decoded:
    """The text of ``data``; :class:`InputError` (naming ``name``) when it is binary."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), encoding, name)
            except UnicodeDecodeError:
                break  # a byte-order mark followed by something else: detect below
    try:
        utf8: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    clean = utf8 is not None and not _mostly_controls(utf8)
    for magic, kind in _MAGIC:
        # a signature of printable letters ("MZ", "BZh") may also start a text: it counts
        # only for bytes that are not clean UTF-8 text
        if data.startswith(magic) and (not clean or magic == b"%PDF-"
                                       or not magic.isascii() or not magic.isalnum()):
            raise InputError(f"{name}: {kind}, not text: newsner reads plain text (UTF-8 or "
                             f"another text encoding) or, with --html, HTML pages")
    if utf8 is not None:
        return _checked(utf8, "utf-8", name)
    return _checked(*_detect(data, name), name)


def _mostly_controls(text: str) -> bool:
    sample = text[:65536]
    return bool(sample) and len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample)


def _detect(data: bytes, name: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise _binary(name)
    # codepages that read these bytes as well as the best one: prefer Windows-1252
    for match in matches:
        if match.chaos <= best.chaos and match.coherence >= best.coherence and (
                "cp1252" in match.could_be_from_charset):
            return data.decode("cp1252"), "cp1252"
    return str(best), best.encoding


def _checked(text: str, encoding: str, name: str) -> Decoded:
    if _mostly_controls(text):
        raise _binary(name)
    return Decoded(text, encoding)


def _binary(name: str) -> InputError:
    return InputError(f"{name}: looks like a binary file, not text (no text encoding reads "
                      f"it): newsner reads plain text or, with --html, HTML pages")


def read_file(path: str | Path) -> Decoded:
    """The decoded text of the file at ``path`` (:func:`decode`); :class:`InputError` when it
    cannot be read or is binary."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    return decode(data, str(path))


#: Bytes :func:`check_head` reads of each file.
HEAD_BYTES = 8192


def check_head(path: str | Path) -> None:
    """Refuse a binary file (:class:`InputError`) from its first :data:`HEAD_BYTES` bytes, so
    that a command stops before it writes anything; :func:`read_file` reads it all later."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if len(head) == HEAD_BYTES:
        # end at a space or line break: no multi-byte character of UTF-8 or of a single-byte
        # codepage is cut there (UTF-16/32 are told by their byte-order mark first)
        cut = max(head.rfind(b" "), head.rfind(b"\n"))
        if cut > HEAD_BYTES // 2:
            head = head[:cut]
    decode(head, str(path))


def looks_like_html(name: str, text: str) -> bool:
    """Whether an input is an HTML page: an ``.html``/``.htm`` name, or text that starts like
    one (a doctype, ``<html>``, ``<head>``, ``<body>``), whatever its name."""
    if Path(name).suffix.lower() in HTML_SUFFIXES:
        return True
    return bool(_HTML_START.match(text[:4096].lstrip("\ufeff \t\r\n")))


def html_extra_installed() -> bool:
    """Whether trafilatura (the ``html`` extra) can be imported."""
    import importlib.util

    return importlib.util.find_spec("trafilatura") is not None
