"""ISSUE 4: the hostile kit (tests/hostile/make_kit.py) beside the seeds.

One build of seeds + kit (in-process), then one parametrised check per kit case,
read from report.json and the dump: every file ends in the state its case names,
every good release keeps its meeting, the seeds' facts are unchanged, the dump
re-parses strictly and the view carries release text only as inert data.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from kg import cli  # noqa: E402
from kg.build import build  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
sys.path.insert(0, str(ROOT / "tests" / "hostile"))
from make_kit import CASES, HOSTILE, Case, make_kit  # noqa: E402

MFA = "https://w3id.org/thai-mfa-kg/ontology#"
DCT = "http://purl.org/dc/terms/"
SMALL = [c for c in CASES if not c.big]


def load(ttl: Path) -> ox.Store:
    store = ox.Store()
    store.load(path=str(ttl), format=ox.RdfFormat.TURTLE)  # strict: raises on any syntax error
    return store


def seed_facts(store: ox.Store) -> dict:
    """Per seed release: what the scorer reads through the contract's terms."""
    q = f"""
    PREFIX mfa: <{MFA}> PREFIX dcterms: <{DCT}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT ?rid ?p ?o WHERE {{
      ?r dcterms:identifier ?rid . ?m mfa:reportedIn ?r .
      {{ ?m ?p ?o . FILTER(isLiteral(?o) || ?p IN (mfa:attendanceMode, mfa:status)) }}
      UNION {{ ?m mfa:coChairedBy ?c . ?c mfa:code ?o . BIND(mfa:coChairedBy AS ?p) }}
      UNION {{ ?x mfa:attended ?m . ?x rdfs:label ?o . BIND(mfa:attended AS ?p) }}
      UNION {{ ?m mfa:inSeries ?s . ?s rdfs:label ?o . BIND(mfa:inSeries AS ?p) }}
    }}"""
    out: dict[str, set] = {}
    for row in store.query(q):
        if row["rid"].value[:3].isdigit():
            out.setdefault(row["rid"].value, set()).add((row["p"].value, str(row["o"])))
    return out


@pytest.fixture(scope="module")
def seeds_only(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seeds-out")
    build([SEEDS], out=out, progress=False)
    return out


@pytest.fixture(scope="module")
def kit_build(tmp_path_factory):
    src = tmp_path_factory.mktemp("kit")
    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, src / f.name)
    make_kit(src)
    out = tmp_path_factory.mktemp("kit-out")
    result = build([src], out=out, progress=False)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return src, out, result, report


def entry_for(report: dict, src: Path, case: Case) -> dict:
    entries = {e["file"]: e for e in list(report["releases"].values()) + report["skipped"]}
    path = src / case.name
    for p in (path, *path.parents):  # a file in a skipped folder is accounted for by the folder
        if str(p) in entries:
            return entries[str(p)]
    raise AssertionError(f"{case.name} is not accounted for in report.json")


@pytest.mark.parametrize("case", SMALL, ids=[c.id for c in SMALL])
def test_every_kit_file_is_accounted_for(kit_build, case):
    src, out, result, report = kit_build
    e = entry_for(report, src, case)
    assert e["status"] == case.status, e
    messages = " ".join([e.get("error", ""), e.get("reason", ""), e.get("duplicate_of", ""), *e.get("warnings", [])])
    assert case.says in messages, messages
    if case.status == "ok":
        assert [f["number"] for f in e["facts"]] == [case.number], e["facts"]
    if case.status in ("ok", "no-meeting"):
        assert not e.get("error")


@pytest.mark.parametrize("case", [c for c in SMALL if c.status == "ok"], ids=lambda c: c.id)
def test_good_kit_release_keeps_its_meeting_in_the_dump(kit_build, case):
    src, out, result, report = kit_build
    rid = Path(case.name).stem
    store = load(out / "kg.ttl")
    q = f"""PREFIX mfa: <{MFA}> PREFIX dcterms: <{DCT}>
    SELECT ?n WHERE {{ ?r dcterms:identifier ?rid . ?m mfa:reportedIn ?r ; mfa:numberInSeries ?n .
                       FILTER(STR(?rid) = {json.dumps(rid, ensure_ascii=False)}) }}"""
    assert [int(r["n"].value) for r in store.query(q)] == [case.number]


def test_each_problem_is_reported_once(kit_build):
    _, _, result, report = kit_build
    keys = [(p["path"], p["message"]) for p in report["problems"]]
    assert len(keys) == len(set(keys))
    refused = {Path(p.path).name for p in result.refused}
    assert refused == {c.name for c in SMALL if c.status == "refused"}


def test_seed_facts_unchanged_beside_the_kit(seeds_only, kit_build):
    _, out, _, _ = kit_build
    alone = seed_facts(load(seeds_only / "kg.ttl"))
    beside = seed_facts(load(out / "kg.ttl"))
    assert len(alone) == 5 and all(alone.values())
    assert beside == alone


def test_copy_of_a_seed_does_not_displace_it(tmp_path, seeds_only):
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    seed = sorted(SEEDS.glob("*.txt"))[0]
    # sorts before the seed ("0 copy" < "0.txt"), and re-saved with a BOM and CRLF
    (src / f"{seed.stem} copy.txt").write_bytes(b"\xef\xbb\xbf" + seed.read_bytes().replace(b"\n", b"\r\n"))
    out = tmp_path / "out"
    result = build([src], out=out, progress=False)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["releases"][f"{seed.stem} copy"]["status"] == "duplicate"
    assert report["releases"][seed.stem]["status"] == "ok"
    assert result.releases == 5
    assert seed_facts(load(out / "kg.ttl")) == seed_facts(load(seeds_only / "kg.ttl"))


def test_conflicting_releases_keep_both_values_with_provenance(kit_build):
    _, out, result, report = kit_build
    [conflict] = report["conflicts"]
    assert conflict["property"] == "startDate" and conflict["number"] == 50
    assert conflict["values"] == {"conflict-a": "2023-03-10", "conflict-b": "2023-03-12"}
    store = load(out / "kg.ttl")
    q = f"""PREFIX mfa: <{MFA}> PREFIX dcterms: <{DCT}> PREFIX prov: <http://www.w3.org/ns/prov#>
    SELECT ?v ?rid WHERE {{ ?c a mfa:Claim ; mfa:claimProperty mfa:startDate ; mfa:claimValue ?v ;
                           mfa:meeting [ mfa:numberInSeries 50 ] ;
                           prov:wasDerivedFrom ?r . ?r dcterms:identifier ?rid }}"""
    got = {(r["v"].value, r["rid"].value) for r in store.query(q)}
    assert got == {("2023-03-10", "conflict-a"), ("2023-03-12", "conflict-b")}


def test_hostile_names_give_valid_release_iris(kit_build):
    _, out, _, _ = kit_build
    store = load(out / "kg.ttl")
    q = f"PREFIX dcterms: <{DCT}> SELECT ?r ?rid WHERE {{ ?r dcterms:identifier ?rid }}"
    iris = {r["rid"].value: r["r"].value for r in store.query(q)}
    for name in ("release with spaces", "release #1 100%", "ข่าว ประชุม ไทย-ลาว", "injection <script>"):
        assert re.fullmatch(r"https://w3id\.org/thai-mfa-kg/id/release/[A-Za-z0-9_\-]+", iris[name]), iris[name]
    assert len(set(iris.values())) == len(iris)


def test_release_text_reaches_turtle_intact(kit_build):
    _, out, _, _ = kit_build
    store = load(out / "kg.ttl")
    q = f"""PREFIX dcterms: <{DCT}> SELECT ?t WHERE {{ ?r dcterms:identifier "injection <script>" ; dcterms:title ?t }}"""
    [row] = list(store.query(q))
    assert row["t"].value.startswith(HOSTILE.replace("\\n", "\\n").strip()[:40])
    assert '"q" \\ >' in row["t"].value


def test_view_has_no_live_script_from_release_text(kit_build, seeds_only):
    _, out, _, _ = kit_build
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "alert(" in html                       # the hostile release is in the view ...
    for raw in ("<script>alert", "</script><script", "<img src=x"):
        assert raw not in html                    # ... only as inert, escaped data
    plain = (seeds_only / "graph.html").read_text(encoding="utf-8").lower()
    for tag in ("<script", "</script", "<img"):   # release text adds no tag at all
        assert html.lower().count(tag) == plain.count(tag), tag


# --------------------------------------------------------------------------- the CLI
def run_cli(argv, capsys):
    code = cli.main(argv)
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def test_cli_kit_exit_1_names_each_refused_file(kit_build, tmp_path, capsys):
    src, _, _, _ = kit_build
    code, out, err = run_cli(["build", str(src), "--out", str(tmp_path / "o"), "--quiet", "--jobs", "2"], capsys)
    assert code == 1
    assert "Traceback" not in err
    for c in SMALL:
        if c.status == "refused":
            assert err.count(str(src / c.name) + ":") == 1, c.name
    assert (tmp_path / "o" / "kg.ttl").exists()


def test_cli_seeds_exit_0(tmp_path, capsys):
    code, out, err = run_cli(["build", str(SEEDS), "--out", str(tmp_path / "o"), "--quiet"], capsys)
    assert code == 0 and "refused" not in err
    assert "5 releases read" in out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cli_timings_name_every_stage_on_stderr(tmp_path, capsys, jobs):
    code, out, err = run_cli(["build", str(SEEDS), "--out", str(tmp_path / "o"), "--quiet", "--timings",
                              "--jobs", jobs, "--no-cache"], capsys)
    assert code == 0 and "kg: timing" not in out
    stages = [ln.split(" s  ", 1)[1] for ln in err.splitlines() if ln.startswith("kg: timing:")]
    dump = "kg.ttl" if jobs == "1" else "kg.ttl (forked writer, after the wait)"
    expected = ["read and extract", "duplicates and resolution", "metrics, exports and view", "entity pages",
                "report.json", "commit", "cache", "in all (after start-up)"]
    assert stages == [*expected[:2], *([dump] if jobs == "1" else []), *expected[2:4],
                      *([dump] if jobs == "2" else []), *expected[4:]]
    seconds = [float(ln.split()[2]) for ln in err.splitlines() if ln.startswith("kg: timing:")]
    assert abs(sum(seconds[:-1]) - seconds[-1]) < 0.01              # "in all" is every stage, end to end


@pytest.mark.parametrize("argv,code", [(["--help"], 0), (["build", "--bogus"], 2), (["build", "SEEDS", "--quiet"], 0),
                                       (["query", "--list"], 0)], ids=["help", "usage-error", "build", "query-list"])
def test_the_command_exits_with_mains_code_and_flushed_output(tmp_path, argv, code):
    """``kg`` (kg.cli.run) skips the interpreter's teardown with os._exit: exit codes and
    output must survive that."""
    import subprocess
    import sys

    argv = [str(SEEDS) if a == "SEEDS" else a for a in argv]
    if argv[0] == "build" and code == 0:
        argv += ["--out", str(tmp_path / "o")]
    p = subprocess.run([sys.executable, "-m", "kg", *argv], capture_output=True, text=True, cwd=tmp_path)
    assert p.returncode == code, p.stderr
    if argv[0] == "--help":
        assert p.stdout.startswith("usage: kg")
    elif code == 2:
        assert "unrecognized arguments: --bogus" in p.stderr
    elif argv[0] == "build":
        assert p.stdout.startswith("kg: 5 releases read") and (tmp_path / "o" / "kg.ttl").stat().st_size > 0
    else:
        assert "attended-with" in p.stdout


def test_cli_missing_input_is_a_usage_error(tmp_path, capsys):
    code, _, err = run_cli(["build", str(tmp_path / "nope"), "--out", str(tmp_path / "o")], capsys)
    assert code == 2 and "no such file or folder" in err
    assert not (tmp_path / "o").exists()


def test_cli_out_is_a_file_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "o").write_text("x")
    code, _, err = run_cli(["build", str(SEEDS), "--out", str(tmp_path / "o")], capsys)
    assert code == 2 and "not a folder" in err


def test_cli_unknown_option_exit_2(capsys):
    code, _, err = run_cli(["build", "--no-such-option"], capsys)
    assert code == 2 and "Traceback" not in err


def test_cli_folder_without_releases_replaces_nothing(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / ".DS_Store").write_bytes(b"\x00\x01")
    code, _, err = run_cli(["build", str(tmp_path / "in"), "--out", str(tmp_path / "o")], capsys)
    assert code == 1 and "nothing in" in err
    assert not (tmp_path / "o" / "kg.ttl").exists()


def test_cli_strict_refused_file_exit_1_and_out_untouched(kit_build, tmp_path, capsys):
    src, _, _, _ = kit_build
    out = tmp_path / "o"
    assert run_cli(["build", str(SEEDS), "--out", str(out), "--quiet"], capsys)[0] == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    code, _, err = run_cli(["build", str(src), "--out", str(out), "--strict", "--quiet"], capsys)
    assert code == 1 and "--strict" in err and "nothing in" in err
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_cli_strict_clean_input_exit_0(tmp_path, capsys):
    code, _, _ = run_cli(["build", str(SEEDS), "--out", str(tmp_path / "o"), "--strict", "--quiet"], capsys)
    assert code == 0 and (tmp_path / "o" / "report.json").exists()


def test_cli_strict_warning_is_fatal(tmp_path, capsys):
    src = tmp_path / "in"
    make_kit(src)
    keep = {"utf8-plain.txt", "cut-short.txt"}
    for f in list(src.rglob("*")):
        if (f.is_file() or f.is_symlink() or not f.is_dir()) and f.name not in keep:
            f.unlink()
    code, _, err = run_cli(["build", str(src), "--out", str(tmp_path / "o"), "--quiet"], capsys)
    assert code == 0 and "cut-short.txt" in err
    code, _, err = run_cli(["build", str(src), "--out", str(tmp_path / "o2"), "--strict", "--quiet"], capsys)
    assert code == 1 and not (tmp_path / "o2" / "kg.ttl").exists()


# ------------------------------------------------------------ size: bounded time
def test_big_file_and_megabyte_lines_finish_in_bounded_time(tmp_path):
    """A 30-MB release and 1-MB lines without spaces (ASCII and Thai), built in a
    subprocess that must finish well inside a generous bound."""
    src = tmp_path / "in"
    make_kit(src, big=True)
    for f in list(src.rglob("*")):
        if not f.is_dir() and f.name not in ("big.txt", "long-line-ascii.txt", "long-line-thai.txt"):
            f.unlink()
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(src), "--out", str(tmp_path / "o"),
                           "--quiet", "--jobs", "1"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    report = json.loads((tmp_path / "o" / "report.json").read_text(encoding="utf-8"))
    assert {k: v["facts"][0]["number"] for k, v in report["releases"].items()} == \
        {"big": 52, "long-line-ascii": 45, "long-line-thai": 46}


def test_file_and_folder_names_that_are_not_utf8(tmp_path, capsys):
    """Bytes no UTF-8 decoder accepts, in a file name (the release id: refused by name)
    and in a folder name (kept: only the report names the folder, escaped)."""
    import json
    import os

    seed = sorted(SEEDS.glob("*.txt"))
    root = os.fsencode(tmp_path)
    os.makedirs(root + b"/in/sub\xe9")
    for i, name in enumerate([b"in/bad\xff\xfe.txt", b"in/ok.txt", b"in/sub\xe9/inner.txt"]):
        with open(root + b"/" + name, "wb") as fh:
            fh.write(seed[i].read_bytes())
    argv = ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"]
    for _ in range(2):                                       # and again, from the cache
        assert cli.main(argv) == 1
        out, err = capsys.readouterr()
        assert "kg: 2 releases read" in out
        assert f"{tmp_path / 'in'}/bad\\xff\\xfe.txt: the file name is not valid UTF-8" in err
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["releases"] == 2
    assert any(r.get("file", "").endswith("sub\udce9/inner.txt") for r in report["releases"].values())  # os.fsdecode's own form
    dump = (tmp_path / "out" / "kg.ttl").read_text(encoding="utf-8")
    assert '"inner.txt"' in dump and '"ok.txt"' in dump


@pytest.mark.parametrize("bait", [
    "นายสมชาย ใจดี (" + "A." * 3000 + " รัฐมนตรี",                         # a bracket of initials never closed
    "นายสมชาย ใจดี (" + "AB" * 3000 + ") รัฐมนตรี",
    "เข้าร่วมการประชุม " + "Ab of " * 3000 + "ครั้งที่ 3",                   # an English name that never ends
], ids=["initials", "capitals", "english-name"])
def test_latin_runs_cannot_make_the_extractor_backtrack(tmp_path, bait):
    """Regexes over Latin runs are possessive or unambiguous: a hostile run is read in
    linear time (a 20-initial run once took 40 s, and each more initial doubled it)."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "bait.txt").write_text("ข่าวสาร\n\nเมื่อวันที่ 3 มีนาคม 2567 " + bait + "\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(src), "--out", str(tmp_path / "o"),
                           "--quiet", "--jobs", "1", "--no-cache"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
