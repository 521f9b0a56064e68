"""``newsner extract`` (and ``--help``): run in-process through ``newsner.cli.main``."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsner.cli import main

HERE = Path(__file__).resolve().parent
PAGES = sorted((HERE / "html").glob("*.html"))

# written for these tests
TEXT_A = ("Presiden Joko Widodo bertemu Sekretaris Jenderal PBB Antonio Guterres di Jakarta, "
          "Senin. Keduanya membahas krisis di Myanmar.\n")
TEXT_B = ("Menteri Luar Negeri Rusia Sergey Lavrov dan Menteri Luar Negeri AS Antony Blinken "
          "bertemu di Stockholm, Swedia.\n\nPertemuan itu membahas situasi di Ukraina.\n")


@pytest.fixture()
def files(tmp_path: Path) -> list[Path]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(TEXT_A, encoding="utf-8")
    b.write_text(TEXT_B, encoding="utf-8")
    return [a, b]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def fail(capsys, *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(list(argv))
    out, err = capsys.readouterr()
    return exc.value.code, out, err


# --- help and bad input (no model needed) ----------------------------------------------------


@pytest.mark.parametrize("argv", [[], ["extract"], ["evaluate"]])
def test_help_has_examples(capsys, argv: list[str]) -> None:
    code, out, _ = fail(capsys, *argv, "--help")
    assert code == 0
    assert "examples:" in out and "newsner " in out


def test_extract_help_documents_formats_and_stdin(capsys) -> None:
    _, out, _ = fail(capsys, "extract", "--help")
    for word in ("json", "jsonl", "tsv", "conll", "--html", "--progress", "stdin", "--output"):
        assert word in out


@pytest.mark.parametrize("bad, message", [
    ("missing.txt", "missing.txt: no such file"),
    ("nothing-*.txt", "no file matches"),
    (".", "is a directory"),
])
def test_bad_path_is_a_clear_error_without_traceback(capsys, tmp_path: Path, monkeypatch,
                                                     bad: str, message: str) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = fail(capsys, "extract", bad)
    assert code == 2 and out == ""
    assert err.startswith("newsner extract: error: ") and message in err
    assert "Traceback" not in err


def test_stdin_only_once_and_bad_numbers(capsys) -> None:
    code, _, err = fail(capsys, "extract", "-", "-")
    assert code == 2 and "only once" in err
    code, _, err = fail(capsys, "extract", "-", "--batch-size", "0")
    assert code == 2 and "--batch-size" in err
    code, _, err = fail(capsys, "extract", "-", "--format", "xml")
    assert code == 2 and "invalid choice" in err


def test_unwritable_output(capsys, files: list[Path], tmp_path: Path) -> None:
    code, _, err = fail(capsys, "extract", str(files[0]), "-o",
                        str(tmp_path / "no" / "such" / "dir.json"))
    assert code == 2 and "cannot write" in err


# --- on the shipped model --------------------------------------------------------------------


def check_offsets(text: str, ents: list[dict]) -> None:
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"]
        assert e["label"] in ("PER", "LOC", "ORG")


@pytest.mark.slow
@pytest.mark.needs_model
def test_json_one_file_is_a_list_of_one(capsys, files: list[Path]) -> None:
    code, out, err = run(capsys, "extract", str(files[0]))
    assert code == 0 and err == ""
    [data] = json.loads(out)  # one shape whatever the number of files
    assert data["file"] == str(files[0]) and "text" not in data
    check_offsets(TEXT_A, data["entities"])
    assert ("Joko Widodo", "PER") in {(e["text"], e["label"]) for e in data["entities"]}
    assert {"canonical", "label", "count"} <= set(data["groups"][0])


@pytest.mark.slow
@pytest.mark.needs_model
def test_json_many_files_and_globs_are_lists(capsys, files: list[Path]) -> None:
    _, out, _ = run(capsys, "extract", *map(str, files))
    data = json.loads(out)
    assert [d["file"] for d in data] == [str(f) for f in files]
    _, out, _ = run(capsys, "extract", str(files[0].parent / "*.txt"))
    assert [d["file"] for d in json.loads(out)] == sorted(str(f) for f in files)
    _, out, _ = run(capsys, "extract", str(files[0].parent / "a*.txt"))
    assert isinstance(json.loads(out), list)  # a glob may match many: always a list


@pytest.mark.slow
@pytest.mark.needs_model
def test_jsonl_tsv_and_output_file(capsys, files: list[Path], tmp_path: Path) -> None:
    texts = {str(f): f.read_text(encoding="utf-8") for f in files}
    _, out, _ = run(capsys, "extract", *map(str, files), "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert {r["file"] for r in rows} == set(texts)
    for r in rows:
        check_offsets(texts[r["file"]], [r])
        assert set(r) == {"file", "text", "label", "start", "end", "score", "source",
                          "canonical"}
    target = tmp_path / "ents.tsv"
    code, out, err = run(capsys, "extract", *map(str, files), "-f", "tsv", "-o", str(target))
    assert code == 0 and out == "" and f"2 files -> {target}" in err
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["file", "start", "end", "label", "text", "score", "source",
                                    "canonical"]
    assert len(lines) == len(rows) + 1
    for line in lines[1:]:
        name, start, end, label, text, score, source, _canonical = line.split("\t")
        assert texts[name][int(start):int(end)] == text
        assert 0.0 <= float(score) <= 1.0


@pytest.mark.slow
@pytest.mark.needs_model
def test_conll_is_token_tab_bio_with_sentences(capsys, files: list[Path]) -> None:
    _, out, _ = run(capsys, "extract", str(files[1]), "--format", "conll")
    blocks = out.strip("\n").split("\n\n")
    assert blocks[0] == f"-DOCSTART- {files[1]}\tO"  # names the file
    sentences = [[line.split("\t") for line in b.splitlines()] for b in blocks[1:]]
    assert len(sentences) == 2  # one sentence a paragraph
    tokens = [tok for sent in sentences for tok in sent]
    assert all(len(t) == 2 and " " not in t[0] for t in tokens)
    assert "Lavrov" in [t[0] for t in tokens] and "," in [t[0] for t in tokens]
    prev = "O"
    for _word, tag in tokens:
        assert tag == "O" or tag[:2] in ("B-", "I-") and tag[2:] in ("PER", "LOC", "ORG")
        if tag.startswith("I-"):
            assert prev[2:] == tag[2:]
        prev = tag
    tagged = {w: t for w, t in tokens}
    assert tagged["Sergey"] == "B-PER" and tagged["Lavrov"] == "I-PER"


@pytest.mark.slow
@pytest.mark.needs_model
def test_stdin_in_process(capsys, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(TEXT_A))
    _, out, _ = run(capsys, "extract", "-", "--format", "tsv")
    lines = out.splitlines()
    assert lines[0].startswith("file\t")
    assert all(line.startswith("-\t") for line in lines[1:])
    assert any("\tJoko Widodo\t" in line for line in lines)


@pytest.mark.slow
@pytest.mark.needs_model
def test_progress_bar_on_stderr(capsys, tmp_path: Path) -> None:
    for i in range(21):
        (tmp_path / f"{i:02d}.txt").write_text(f"Warga Bogor ke-{i} bertemu Joko Widodo.",
                                               encoding="utf-8")
    pattern = str(tmp_path / "*.txt")
    _, out, err = run(capsys, "extract", pattern, "-f", "jsonl")  # > 20 files: automatic
    assert "newsner" in err and "21/21" in err
    assert len({json.loads(line)["file"] for line in out.splitlines()}) == 21
    _, _, err = run(capsys, "extract", pattern, "-f", "jsonl", "--no-progress")
    assert err == ""
    _, _, err = run(capsys, "extract", str(tmp_path / "00.txt"), "--progress")
    assert "1/1" in err


@pytest.mark.slow
@pytest.mark.needs_model
def test_html_input(capsys) -> None:
    from newsner.html import html_to_text

    page = PAGES[0]
    _, out, _ = run(capsys, "extract", str(page), "--html")
    [data] = json.loads(out)
    assert data["text"] == html_to_text(page.read_text(encoding="utf-8"))
    check_offsets(data["text"], data["entities"])
    assert data["entities"]
    _, out, _ = run(capsys, "extract", *map(str, PAGES), "--html", "-f", "jsonl")
    assert {json.loads(line)["file"] for line in out.splitlines()} == {str(p) for p in PAGES}


@pytest.mark.slow
@pytest.mark.needs_model
def test_subprocess_stdin(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}  # output must still be UTF-8 JSON
    text = "Wali Kota Surabaya Eri Cahyadi meresmikan taman di Surabaya, Jawa Timur.\n"
    proc = subprocess.run([sys.executable, "-m", "newsner.cli", "extract", "-"],
                          input=text.encode("utf-8"), capture_output=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    [data] = json.loads(proc.stdout.decode("utf-8"))
    assert data["file"] == "-"
    check_offsets(text, data["entities"])
    assert ("Surabaya", "LOC") in {(e["text"], e["label"]) for e in data["entities"]}
    bad = subprocess.run([sys.executable, "-m", "newsner.cli", "extract", "nope.txt"],
                         capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert bad.returncode == 2 and "nope.txt: no such file" in bad.stderr
    assert "Traceback" not in bad.stderr
