"""Every user mistake on the command line: one line on stderr, exit status 2, no traceback; and
every example that ``--help`` prints parses as printed (issue 22).

None of these load the model: each mistake is caught before it.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from newsner.cli import _check_evaluate, _parser, main

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def one_line_error(capsys, argv: list[str]) -> str:
    """Run ``newsner ARGV`` in-process; it must exit 2 with one line on stderr, nothing on
    stdout. Returns that line."""
    with pytest.raises(SystemExit) as exc:
        main(argv)
    out, err = capsys.readouterr()
    assert exc.value.code == 2, (argv, exc.value.code, err)
    assert out == "", out
    assert err.endswith("\n") and err.count("\n") == 1, f"not one line: {err!r}"
    assert err.startswith("newsner") and ": error: " in err, err
    assert "Traceback" not in err
    return err.strip()


@pytest.fixture()
def bad_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "text": tmp_path / "a.txt",
        "binary": tmp_path / "blob.dat",
        "png": tmp_path / "photo.txt",
        "gold_no_text": tmp_path / "orphan.gold.json",
        "gold_list": tmp_path / "list.gold.json",
        "toml": tmp_path / "bad.toml",
        "empty_models": tmp_path / "empty-models",
    }
    files["text"].write_text("Presiden Joko Widodo tiba di Jakarta.\n", encoding="utf-8")
    files["binary"].write_bytes(bytes(range(256)) * 40)
    files["png"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    files["gold_no_text"].write_text(json.dumps({"file": "gone.txt", "entities": []}),
                                     encoding="utf-8")
    files["gold_list"].write_text("[1, 2, 3]", encoding="utf-8")
    files["toml"].write_text("[model\nname = ", encoding="utf-8")
    files["empty_models"].mkdir()
    return files


# --- evaluate --------------------------------------------------------------------------------


@pytest.mark.parametrize("argv, message", [
    (["evaluate", "--gold", "missing.json"], "--gold missing.json: no such file"),
    (["evaluate", "--corpus", "nerui", "--fold", "9"], "valid folds: 1, 2, 3, 4, 5"),
    (["evaluate", "--corpus", "nerui", "--fold", "0"], "valid folds: 1, 2, 3, 4, 5"),
    (["evaluate", "--corpus", "nerui", "--split", "nosuch"], "valid splits: train.01"),
    (["evaluate", "--corpus", "nergrit", "--split", "nosuch"], "valid splits: train, valid, test"),
    (["evaluate", "--corpus", "nergrit", "--fold", "1"], "nergrit has no folds"),
    (["evaluate", "--corpus", "nerui"], "give --fold 1-5"),
    (["evaluate", "--corpus", "nerui", "--fold", "1", "--split", "test.01"], "not both"),
    (["evaluate"], "give --corpus"),
    (["evaluate", "--corpus", "nosuch"], "invalid choice: 'nosuch'"),
    (["evaluate", "--corpus", "nerui", "--fold", "x"], "invalid int value"),
    (["evaluate", "--corpus", "nerui", "--fold", "1", "--policy", "bogus"],
     "choose from 'model', 'rules', 'union_model_first', 'rules_first'"),
    (["evaluate", "--corpus", "nerui", "--fold", "1", "--limit", "0"], "--limit"),
])
def test_evaluate_mistakes(capsys, argv: list[str], message: str) -> None:
    assert message in one_line_error(capsys, argv)


def test_evaluate_bad_gold_files(capsys, bad_files: dict[str, Path]) -> None:
    err = one_line_error(capsys, ["evaluate", "--gold", str(bad_files["text"])])
    assert "not a span-JSON gold file (not JSON" in err
    err = one_line_error(capsys, ["evaluate", "--gold", str(bad_files["gold_no_text"])])
    assert "the text file it names is missing" in err and "gone.txt" in err
    err = one_line_error(capsys, ["evaluate", "--gold", str(bad_files["gold_list"])])
    assert "not a span-JSON gold file" in err
    err = one_line_error(capsys, ["evaluate", "--gold", str(bad_files["empty_models"])])
    assert "is a directory" in err
    err = one_line_error(capsys, ["evaluate", "--gold", str(bad_files["text"]), "--corpus",
                                  "nerui", "--fold", "1"])
    assert "not both" in err
    err = one_line_error(capsys, ["evaluate", "--gold", str(bad_files["text"]), "--model-only"])
    assert "--model-only" in err


def test_evaluate_without_the_corpora(capsys, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEWSNER_DATA", str(tmp_path / "no-data"))
    err = one_line_error(capsys, ["evaluate", "--corpus", "nerui", "--fold", "1"])
    assert "test.01.tsv: no such file" in err and "NEWSNER_DATA" in err


def test_evaluate_with_a_model_folder_without_a_model(capsys, monkeypatch,
                                                      bad_files: dict[str, Path]) -> None:
    data = bad_files["empty_models"].parent / "data"
    (data / "nerui").mkdir(parents=True)
    (data / "nerui" / "test.01.tsv").write_text("", encoding="utf-8")
    monkeypatch.setenv("NEWSNER_DATA", str(data))
    err = one_line_error(capsys, ["evaluate", "--corpus", "nerui", "--fold", "1",
                                  "--model-dir", str(bad_files["empty_models"])])
    assert "No newsner NER model" in err and "--model-dir" in err


# --- cv and train ----------------------------------------------------------------------------


def test_cv_mistakes(capsys, tmp_path: Path) -> None:
    err = one_line_error(capsys, ["cv", "--models", str(tmp_path), "--name", "shipped"])
    assert "no fold model" in err and "shipped-fold1.pt" in err
    err = one_line_error(capsys, ["cv", "--models", str(tmp_path / "absent"), "--name", "x"])
    assert "no such folder" in err
    err = one_line_error(capsys, ["cv", "--models", str(tmp_path), "--name", "x", "--folds", "7"])
    assert "not valid folds" in err
    err = one_line_error(capsys, ["cv", "--models", str(tmp_path)])
    assert "--name" in err
    for k in range(1, 6):
        (tmp_path / f"x-fold{k}.pt").write_bytes(b"")
    err = one_line_error(capsys, ["cv", "--models", str(tmp_path), "--name", "x",
                                  "--assets", str(tmp_path)])
    assert "id_news.pretrain.pt" in err


def test_train_mistakes(capsys, bad_files: dict[str, Path]) -> None:
    err = one_line_error(capsys, ["train", "--config", "missing.toml", "--all"])
    assert "--config missing.toml: no such file" in err
    err = one_line_error(capsys, ["train", "--config", str(bad_files["toml"]), "--all"])
    assert "not a newsner training config" in err
    err = one_line_error(capsys, ["train", "--config", str(ROOT / "configs/shipped.toml"),
                                  "--fold", "9"])
    assert "valid folds" in err
    err = one_line_error(capsys, ["train", "--config", str(ROOT / "configs/shipped.toml")])
    assert "one of the arguments --fold --all is required" in err


# --- extract, info and the parser ------------------------------------------------------------


def test_extract_mistakes(capsys, monkeypatch, tmp_path: Path,
                          bad_files: dict[str, Path]) -> None:
    monkeypatch.chdir(tmp_path)
    assert "missing.txt: no such file" in one_line_error(capsys, ["extract", "missing.txt"])
    assert "no file matches" in one_line_error(capsys, ["extract", "nothing-*.txt"])
    assert "is a directory" in one_line_error(capsys, ["extract", "."])
    err = one_line_error(capsys, ["extract", str(bad_files["text"]), str(bad_files["binary"])])
    assert "blob.dat: looks like a binary file" in err
    err = one_line_error(capsys, ["extract", str(bad_files["png"])])
    assert "a PNG image, not text" in err
    err = one_line_error(capsys, ["extract", str(bad_files["text"]), "--model-dir",
                                  str(bad_files["empty_models"])])
    assert "No newsner NER model" in err
    assert "NEWSNER_MODEL_DIR" in err and "--model-dir" in err
    err = one_line_error(capsys, ["extract", str(bad_files["text"]), "--model-dir",
                                  str(tmp_path / "absent")])
    assert "no such folder" in err
    err = one_line_error(capsys, ["extract", str(bad_files["text"]), "--format", "xml"])
    assert "invalid choice: 'xml'" in err


def test_model_made_for_another_major_version(capsys, tmp_path: Path,
                                              bad_files: dict[str, Path]) -> None:
    folder = tmp_path / "future-model"
    folder.mkdir()
    (folder / "id_newsner_nertagger.pt").write_bytes(b"")
    (folder / "meta.json").write_text(json.dumps({"newsner_version": "7.0.0"}), "utf-8")
    err = one_line_error(capsys, ["extract", str(bad_files["text"]), "--model-dir",
                                  str(folder)])
    assert "made for newsner 7.0.0" in err


def test_missing_model_from_the_environment(capsys, monkeypatch,
                                            bad_files: dict[str, Path]) -> None:
    monkeypatch.setenv("NEWSNER_MODEL_DIR", str(bad_files["empty_models"]))
    err = one_line_error(capsys, ["extract", str(bad_files["text"])])
    assert f"NEWSNER_MODEL_DIR is set to {bad_files['empty_models']}" in err


@pytest.mark.parametrize("argv, message", [
    ([], "the following arguments are required: command"),
    (["nosuch"], "invalid choice: 'nosuch'"),
    (["extract"], "the following arguments are required: INPUT"),
    (["extract", "-", "--nosuch"], "unrecognized arguments: --nosuch"),
    (["info", "--model-dir", "/nonexistent/models"], "no such folder"),
])
def test_parser_mistakes(capsys, argv: list[str], message: str) -> None:
    err = one_line_error(capsys, argv)
    assert message in err


def test_as_a_command_no_traceback(tmp_path: Path) -> None:
    """The installed entry point behaves the same (a fresh interpreter, the real exit status)."""
    for argv in (["evaluate", "--gold", "missing.json"], ["cv", "--models", ".", "--name", "x"]):
        proc = subprocess.run([sys.executable, "-m", "newsner.cli", *argv], cwd=tmp_path,
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 2, proc.stderr
        assert proc.stdout == "" and proc.stderr.count("\n") == 1, proc.stderr
        assert "Traceback" not in proc.stderr


# --- the examples of every --help ------------------------------------------------------------


def subparsers() -> dict:
    parser = _parser()
    [action] = [a for a in parser._actions if a.dest == "command"]
    return {"newsner": parser, **action.choices}


def examples(parser) -> list[list[str]]:  # noqa: ANN001 - an argparse parser
    """The ``newsner ...`` command lines of a parser's help text, split as a shell would, up
    to a pipe, a redirection or a comment."""
    found = []
    for line in parser.format_help().splitlines():
        match = re.search(r"(?:^\s+|\|\s*)(newsner\s.*)$", line)
        if not match or line.lstrip().startswith("usage:"):
            continue
        tokens = shlex.split(match.group(1), comments=True)
        cut = next((i for i, t in enumerate(tokens) if t in ("|", ">", ">>")), len(tokens))
        found.append(tokens[1:cut])
    return found


def test_every_help_prints_examples() -> None:
    for name, parser in subparsers().items():
        assert examples(parser), f"`newsner {name} --help` prints no example"


@pytest.mark.parametrize("name", list(subparsers()))
def test_help_examples_parse_and_their_files_exist(name: str, monkeypatch) -> None:
    """Each example parses with newsner's own parser; files it names from the repository
    (configs, the models folder) exist, and so do ../shared ones when ../shared is here.
    (Training and cross-validation cannot run in a test: they are parsed, not run.)"""
    monkeypatch.chdir(ROOT)
    parser = _parser()
    for argv in examples(subparsers()[name]):
        if name != "newsner" and argv[:1] != [name]:
            continue  # a cross-reference to another command, checked with that one
        args = parser.parse_args(argv)  # SystemExit (a failed test) if it does not parse
        for token in argv:
            path = Path(token)
            if token.startswith(("configs/", "models")):
                assert path.exists(), f"`newsner {' '.join(argv)}`: no {token}"
            if token.startswith("../shared/") and SHARED.is_dir():
                assert path.exists(), f"`newsner {' '.join(argv)}`: no {token}"
        if args.command == "cv":
            assert (ROOT / args.assets / "id_news.pretrain.pt").exists()
        if args.command == "evaluate" and SHARED.is_dir():
            _check_evaluate(args)  # the corpus, split or gold file it names is there


def test_info_examples_run(capsys, monkeypatch) -> None:
    """``newsner info`` loads nothing, so its examples run for real."""
    monkeypatch.chdir(ROOT)
    for argv in examples(subparsers()["info"]):
        assert main(argv) == 0
        out = capsys.readouterr().out
        if "--json" in argv:
            assert json.loads(out)["newsner"]
        else:
            assert out.startswith("newsner ")
