"""What ``newsner extract`` reads and writes (issue 22): any text encoding, never binary, HTML
pages with or without ``--html``, one JSON shape, CoNLL documents that name their file; and
``newsner evaluate``'s warning when the scored data was in the model's training set."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest

from newsner import cli
from newsner.cli import main, training_overlap
from newsner.output import write_entities
from newsner.textfiles import HEAD_BYTES, InputError, check_head, decode, looks_like_html
from newsner.types import Document, Entity

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PAGE = sorted((HERE / "html").glob("*.html"))[0]
# written for these tests
HORTA = "Presiden Timor Leste José Ramos-Horta tiba di Jakarta, Senin.\n"


# --- decoding (no model) ---------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_western_codepages_are_detected(encoding: str) -> None:
    decoded = decode(HORTA.encode(encoding), "a.txt")
    assert decoded.text == HORTA and decoded.detected


def test_windows_1252_punctuation_and_other_codepages() -> None:
    text = "“Peña” dan José – kata Menlu.\n"
    assert decode(text.encode("cp1252")).text == text
    cyrillic = "Москва и Санкт-Петербург сегодня\n"
    assert decode(cyrillic.encode("cp1251")).text == cyrillic


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_unicode_encodings_are_read_as_such(encoding: str) -> None:
    decoded = decode(HORTA.encode(encoding))
    assert decoded.text == HORTA and not decoded.detected


@pytest.mark.parametrize("data, message", [
    (random.Random(1).randbytes(4000), "looks like a binary file"),
    (b"abc\x00\x01\x02def" * 200, "looks like a binary file"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(100), "a PDF document"),
    (b"PK\x03\x04" + bytes(100), "a ZIP archive"),
    (b"\x89PNG\r\n\x1a\n" + bytes(100), "a PNG image"),
    (b"\x1f\x8b\x08\x00" + bytes(100), "a gzip file"),
])
def test_binary_is_refused_with_its_name(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as exc:
        decode(data, "blob.bin")
    assert str(exc.value).startswith("blob.bin: ")


def test_text_that_starts_like_a_signature_is_still_text() -> None:
    text = "MZ Hadi dan BZh tiba di Jakarta.\n"
    assert decode(text.encode()).text == text
    assert decode(b"").text == ""


def test_the_head_check_does_not_cut_a_character(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("é" * (HEAD_BYTES // 2 + 1) + " ok\n", encoding="utf-8")  # no space early
    check_head(path)
    path.write_bytes(("Surabaya " * 2000).encode() + random.Random(2).randbytes(HEAD_BYTES))
    check_head(path)  # binary after the head: read_file refuses it later
    path.write_bytes(random.Random(3).randbytes(HEAD_BYTES * 2))
    with pytest.raises(InputError):
        check_head(path)


@pytest.mark.parametrize("name, text, html", [
    ("a.html", "", True),
    ("A.HTM", "Presiden Joko Widodo", True),
    ("a.txt", "<!DOCTYPE html>\n<html lang='id'>", True),
    ("a.txt", "\ufeff  <html>\n<head>", True),
    ("a", "<?xml version='1.0'?>\n<html xmlns='x'>", True),
    ("a.txt", "<!-- saved -->\n<!doctype html>", True),
    ("a.txt", "Presiden <b>Joko</b> Widodo", False),
    ("a.txt", "Jakarta, <html> adalah tag", False),
])
def test_html_is_told_by_name_or_start(name: str, text: str, html: bool) -> None:
    assert looks_like_html(name, text) is html


def test_binary_input_stops_before_any_output(capsys, tmp_path: Path) -> None:
    good, bad = tmp_path / "a.txt", tmp_path / "b.dat"
    good.write_text(HORTA, encoding="utf-8")
    bad.write_bytes(random.Random(4).randbytes(3000))
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(good), str(bad), "-f", "tsv"])
    out, err = capsys.readouterr()
    assert exc.value.code == 2 and out == ""
    assert err == f"newsner extract: error: {bad}: looks like a binary file, not text (no text " \
                  "encoding reads it): newsner reads plain text or, with --html, HTML pages\n"


def test_html_page_without_the_html_extra_is_refused_with_the_hint(capsys, monkeypatch,
                                                                   tmp_path: Path) -> None:
    monkeypatch.setattr("newsner.textfiles.html_extra_installed", lambda: False)
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.read_bytes())
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(page)])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and err.count("\n") == 1
    assert "pip install 'newsner[html]'" in err and "--html" in err


# --- output shapes (no model) ----------------------------------------------------------------


def docs() -> list[Document]:
    return [Document(HORTA, (Entity("José Ramos-Horta", "PER", 21, 37),)),
            Document("Tidak ada nama di sini.\n")]


def test_json_is_a_list_whatever_the_number_of_files() -> None:
    for n in (1, 2):
        out = io.StringIO()
        assert write_entities(out, ["a.txt", "b.txt"][:n], docs()[:n], "json") == n
        data = json.loads(out.getvalue())
        assert isinstance(data, list) and [d["file"] for d in data] == ["a.txt", "b.txt"][:n]


def test_json_text_per_document() -> None:
    out = io.StringIO()
    write_entities(out, ["page.html", "b.txt"], docs(), "json", include_text=[True, False])
    first, second = json.loads(out.getvalue())
    assert first["text"] == HORTA and "text" not in second


def test_conll_docstart_lines_name_their_file() -> None:
    out = io.StringIO()
    write_entities(out, ["news/a b.txt", "tab\there.txt"], docs(), "conll")
    starts = [line for line in out.getvalue().splitlines() if line.startswith("-DOCSTART-")]
    assert starts == ["-DOCSTART- news/a b.txt\tO", "-DOCSTART- tab here.txt\tO"]
    assert "José\tB-PER\nRamos\tI-PER" in out.getvalue() and "Horta\tI-PER" in out.getvalue()


def test_unknown_format_lists_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="valid formats: json, jsonl, tsv, conll"):
        write_entities(io.StringIO(), ["a"], docs()[:1], "xml")


# --- evaluate on training data (no model) ----------------------------------------------------


SHIPPED_META = json.loads((ROOT / "models" / "meta.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("corpus, split, warned", [
    ("nerui", "test.01", True),
    ("nerui", "dev.03", True),
    ("nergrit", "test", False),
    ("nergrit", "train", True),
    ("nerp", "valid", False),
    ("nerugm", "test.01", False),
    ("nerugm", "test.02", True),  # fold 2's test sentences are in train.01
])
def test_training_overlap_of_the_shipped_model(corpus: str, split: str, warned: bool) -> None:
    assert bool(training_overlap(SHIPPED_META, corpus, split)) is warned
    assert training_overlap({}, corpus, split) is None  # a folder that says nothing


class _Report:
    def to_dict(self, errors: int = 0) -> dict:
        return {"name": "stub", "errors": errors}


@pytest.fixture()
def stub_evaluate(monkeypatch, tmp_path: Path) -> dict:
    """``evaluate`` replaced by a stub (no model load), and a data folder with NER-UI fold 1."""
    calls: dict = {}

    def evaluate(**kwargs):  # noqa: ANN003, ANN202
        calls.update(kwargs)
        return _Report()

    monkeypatch.setattr("newsner.training.evaluate.evaluate", evaluate)
    data = tmp_path / "data"
    for corpus, split in (("nerui", "test.01"), ("nergrit", "test")):
        (data / corpus).mkdir(parents=True, exist_ok=True)
        (data / corpus / f"{split}.tsv").write_text("", encoding="utf-8")
    monkeypatch.setenv("NEWSNER_DATA", str(data))
    return calls


def test_evaluate_warns_when_the_model_trained_on_the_data(capsys, stub_evaluate: dict,
                                                           tmp_path: Path) -> None:
    assert main(["evaluate", "--corpus", "nerui", "--fold", "1", "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["name"] == "stub" and stub_evaluate["fold"] == 1
    assert err.startswith("newsner evaluate: warning: nerui test.01 is not held out")
    assert "all 2,125 NER-UI sentences" in err
    assert main(["evaluate", "--corpus", "nergrit", "--split", "test", "--json"]) == 0
    assert capsys.readouterr().err == ""
    other = tmp_path / "other-model"  # a folder whose meta.json says nothing of NER-UI
    other.mkdir()
    (other / "id_newsner_nertagger.pt").write_bytes(b"")
    assert main(["evaluate", "--corpus", "nerui", "--fold", "1", "--json", "--model-dir",
                 str(other)]) == 0
    assert capsys.readouterr().err == ""


# --- on the shipped model --------------------------------------------------------------------


def run(capsys, *argv: str) -> tuple[str, str]:
    assert main(list(argv)) == 0
    return capsys.readouterr()


@pytest.mark.slow
@pytest.mark.needs_model
def test_latin1_file_gives_the_whole_name(capsys, tmp_path: Path) -> None:
    path = tmp_path / "horta.txt"
    path.write_bytes(HORTA.encode("latin-1"))
    out, err = run(capsys, "extract", str(path), "-f", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert ("José Ramos-Horta", "PER") in {(r["text"], r["label"]) for r in rows}
    assert all(HORTA[r["start"]:r["end"]] == r["text"] for r in rows)
    assert err == f"newsner extract: warning: {path}: not UTF-8; read as cp1252 (detected)\n"


@pytest.mark.slow
@pytest.mark.needs_model
def test_html_without_the_flag_goes_through_the_html_path(capsys, tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    from newsner.html import html_to_text

    saved = tmp_path / "saved-page.txt"  # HTML under a text name: told by its start
    saved.write_bytes(PAGE.read_bytes())
    text = tmp_path / "a.txt"
    text.write_text(HORTA, encoding="utf-8")
    out, err = run(capsys, "extract", str(saved), str(text))
    page, plain = json.loads(out)
    assert page["text"] == html_to_text(PAGE.read_text(encoding="utf-8")) and page["entities"]
    assert "ORG" not in {e["text"] for e in page["entities"] if e["text"] == "DOCTYPE"}
    assert all(page["text"][e["start"]:e["end"]] == e["text"] for e in page["entities"])
    assert "text" not in plain
    assert err.count("\n") == 1 and "looks like an HTML page" in err
    with_flag, _ = run(capsys, "extract", str(saved), "--html")
    assert json.loads(with_flag)[0]["entities"] == page["entities"]


def test_extract_reads_stdin_bytes_in_any_encoding(capsys, monkeypatch) -> None:
    """stdin goes through the same decoding (checked without the model: the reader alone)."""
    class Stdin:
        buffer = io.BytesIO(HORTA.encode("latin-1"))

    monkeypatch.setattr("sys.stdin", Stdin())
    assert cli._read("-") == HORTA
    assert "read as cp1252" in capsys.readouterr().err
