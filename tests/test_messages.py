"""The rough edges a new user hits: each message and exit code, exactly."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.cli import main

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = ["build", "evaluate", "query", "serve", "publish", "train"]


@pytest.fixture(scope="module")
def dump(seeds_out):
    return seeds_out / "kg.ttl"


def test_evaluate_refuses_an_empty_gold_folder(dump, tmp_path, capsys):
    assert main(["evaluate", str(dump), str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"kg: error: GOLD_DIR {tmp_path}: holds no *.gold.json file: nothing to score against\n"


def test_evaluate_with_its_arguments_swapped_names_the_argument(dump, capsys):
    gold = ROOT / "tests" / "gold_seeds"
    assert main(["evaluate", str(gold), str(dump)]) == 2
    assert capsys.readouterr().err == (f"kg: error: GOLD_DIR {dump}: is a file, not a folder of *.gold.json "
                                       "(the arguments are DUMP GOLD_DIR: swapped?)\n")
    assert main(["evaluate", str(gold), str(gold)]) == 2
    assert capsys.readouterr().err == (f"kg: error: DUMP {gold}: is a folder, not a Turtle dump "
                                       "(the arguments are DUMP GOLD_DIR: swapped?)\n")


def test_evaluate_names_a_bad_gold_file_and_a_bad_dump(dump, tmp_path, capsys):
    (tmp_path / "x.gold.json").write_text("[1, 2", encoding="utf-8")
    assert main(["evaluate", str(dump), str(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith(f"kg: error: GOLD_DIR {tmp_path / 'x.gold.json'}: not valid JSON (")
    bad = tmp_path / "kg.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    assert main(["evaluate", str(bad), str(ROOT / "tests" / "gold_seeds")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"kg: error: DUMP {bad}: cannot parse the Turtle (") and err.count("\n") == 1


def test_a_misspelt_option_gets_the_subcommands_usage_and_a_suggestion(capsys):
    assert main(["build", "--ouput", "x"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("usage: kg build ")
    assert err.endswith("kg: error: unrecognized arguments: --ouput (did you mean --out?)\n")
    assert main(["query", "meetings", "--tiemout", "3"]) == 2
    assert capsys.readouterr().err.endswith("(did you mean --timeout?)\n")


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_is_wrapped_to_the_terminal(command, monkeypatch, capsys):
    monkeypatch.setenv("COLUMNS", "80")
    assert main(([command] if command else []) + ["--help"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) > 5
    assert max(len(line) for line in lines) <= 80, max(lines, key=len)


def test_the_summary_line_counts_duplicates_and_skipped_files(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    seed = ROOT / "seeds" / "000_5cf68c7f035a1530.txt"
    shutil.copy(seed, src / "a.txt")
    shutil.copy(seed, src / "b.txt")                        # the same text again
    shutil.copy(seed, src / "c.txt")
    (src / ".hidden.txt").write_text("x", encoding="utf-8")
    (src / "scan.png").write_bytes(b"\x89PNG\r\n")                 # not a release file type
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    line = capsys.readouterr().out
    assert line == f"kg: 1 releases read, 1 meetings, 4 officials, 2 duplicates, 2 skipped, 0 refused, " \
                   f"0 warnings → {out}\n"
    summary = json.loads((out / "report.json").read_text(encoding="utf-8"))["summary"]
    assert (summary["files"], summary["duplicates"], summary["skipped"]) == (5, 2, 2)   # the report agrees


def test_guard_and_cors_options_are_checked(dump, capsys):
    assert main(["query", "meetings", "--dump", str(dump), "--timeout", "0"]) == 2
    assert capsys.readouterr().err == "kg: error: --timeout 0: give a number of seconds above 0\n"
    assert main(["serve", "--dump", str(dump), "--cors", "example.org/page"]) == 2
    assert capsys.readouterr().err == ("kg: error: --cors example.org/page: give an origin such as "
                                       "https://example.org (scheme and host, no path), or *\n")
