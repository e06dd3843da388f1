"""Incremental builds: the extraction cache gives the same dump as a clean build."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import importlib

import kg.cache as kc
from kg import cli
from kg.build import build
from kg.read import read_release

kb = importlib.import_module("kg.build")  # the module (the package exports a function of that name)
ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
OUTPUTS = ("kg.ttl", "metrics.json", "graph.html")


@pytest.fixture()
def calls(monkeypatch):
    """The paths actually read and extracted (jobs=1 runs in this process)."""
    seen: list[str] = []
    real = kb.process_file

    def counting(path):
        seen.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(kb, "process_file", counting)
    return seen


def corpus_copy(dst: Path, n: int | None = None) -> list[Path]:
    """The first ``n`` dev-corpus releases, saved a minute ago (so the builds take their
    digests from the stat table, as a daily rebuild does)."""
    dst.mkdir(parents=True, exist_ok=True)
    files = sorted(CORPUS.glob("*.txt"))[:n]
    for f in files:
        shutil.copy(f, dst / f.name)
        age(dst / f.name)
    return files


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def test_rebuild_from_cache_is_byte_identical_and_reads_nothing(tmp_path, calls):
    src = tmp_path / "in"
    files = corpus_copy(src)
    build([src], out=tmp_path / "o", progress=False)
    assert len(calls) == len(files)
    assert (tmp_path / "o" / ".cache" / "extractions.sqlite").is_file()
    first = outputs(tmp_path / "o")
    (tmp_path / "o" / "graph.html").unlink()             # an output gone: the build runs again
    calls.clear()
    again = build([src], out=tmp_path / "o", progress=False)
    assert calls == [] and not again.unchanged          # every release came from the cache
    assert outputs(tmp_path / "o") == first


def stats(out: Path) -> dict[str, tuple]:
    """Every output file's inode and mtime (the lock, rewritten by each build, is not an output)."""
    return {f.relative_to(out).as_posix(): (f.stat().st_ino, f.stat().st_mtime_ns)
            for f in out.rglob("*") if f.is_file() and ".cache" not in f.parts and f.name != ".lock"}


def test_nothing_changed_keeps_every_output_untouched(tmp_path, calls):
    src = tmp_path / "in"
    corpus_copy(src)
    first = build([src], out=tmp_path / "o", progress=False)
    before = stats(tmp_path / "o")
    calls.clear()
    again = build([src], out=tmp_path / "o", progress=False)
    assert calls == [] and again.unchanged and not first.unchanged
    assert stats(tmp_path / "o") == before               # not even rewritten
    assert (again.releases, again.meetings, again.officials, again.triples) == \
        (first.releases, first.meetings, first.officials, first.triples)
    assert again.summary() == first.summary()
    assert list(again.timings) == ["inputs and outputs unchanged: outputs kept"]


@pytest.mark.parametrize("change", ["output edited", "output deleted", "input added", "option changed",
                                    "code changed"])
def test_any_change_rebuilds(tmp_path, change, monkeypatch):
    src = tmp_path / "in"
    files = corpus_copy(src, 6)
    held = src / files[-1].name
    held.rename(tmp_path / "held.txt")
    build([src], out=tmp_path / "o", progress=False)
    max_nodes = 500
    if change == "output edited":
        with open(tmp_path / "o" / "metrics.json", "a", encoding="utf-8") as fh:
            fh.write(" ")
    elif change == "output deleted":
        (tmp_path / "o" / "metrics" / "summary.csv").unlink()
    elif change == "input added":
        (tmp_path / "held.txt").rename(held)
    elif change == "option changed":
        max_nodes = 20
    else:
        monkeypatch.setattr(kc, "build_fingerprint", lambda: "a newer kg")
    again = build([src], out=tmp_path / "o", progress=False, max_nodes=max_nodes)
    assert not again.unchanged
    clean = tmp_path / "clean"
    build([src], out=clean, progress=False, max_nodes=max_nodes, cache=False)
    assert outputs(tmp_path / "o") == outputs(clean)
    assert (tmp_path / "o" / "metrics" / "summary.csv").read_bytes() == (clean / "metrics" / "summary.csv").read_bytes()


def test_nothing_changed_reports_the_same_problems_and_exit_code(tmp_path, capsys):
    src = tmp_path / "in"
    corpus_copy(src, 3)
    (src / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")        # refused: an image
    age(src / "broken.txt")
    argv = ["build", str(src), "--out", str(tmp_path / "o"), "--quiet"]
    first_code = cli.main(argv)
    first = capsys.readouterr()
    before = stats(tmp_path / "o")
    again_code = cli.main(argv)
    again = capsys.readouterr()
    assert first_code == again_code == 1
    assert (again.out, again.err) == (first.out, first.err)
    assert stats(tmp_path / "o") == before                 # kept, not rebuilt


def test_cli_says_when_it_kept_the_outputs(tmp_path, capsys):
    src = tmp_path / "in"
    corpus_copy(src, 2)
    argv = ["build", str(src), "--out", str(tmp_path / "o")]
    assert cli.main(argv) == 0
    assert "kept" not in capsys.readouterr().err
    assert cli.main(argv) == 0
    err = capsys.readouterr().err
    assert f"kg: nothing changed since the last build: the outputs in {tmp_path / 'o'} are kept " \
           "(--no-cache rebuilds them)\n" in err


def test_adding_one_release_extracts_only_it_and_equals_a_clean_build(tmp_path, calls):
    src = tmp_path / "in"
    files = corpus_copy(src)
    extra = src / files[-1].name
    extra.rename(tmp_path / "held_back.txt")
    build([src], out=tmp_path / "inc", progress=False)
    (tmp_path / "held_back.txt").rename(extra)
    calls.clear()
    build([src], out=tmp_path / "inc", progress=False)
    assert calls == [extra.name]
    build([src], out=tmp_path / "clean", progress=False, cache=False)
    assert not (tmp_path / "clean" / ".cache").exists()
    assert outputs(tmp_path / "inc") == outputs(tmp_path / "clean")


def test_edited_release_is_extracted_again(tmp_path, calls):
    src = tmp_path / "in"
    corpus_copy(src, 6)
    build([src], out=tmp_path / "o", progress=False)
    victim = sorted(src.glob("*.txt"))[2]
    text = victim.read_text(encoding="utf-8")
    victim.write_text(text.replace("ครั้งที่", "ครั้งที่ 99 ครั้งที่", 1), encoding="utf-8")
    calls.clear()
    build([src], out=tmp_path / "o", progress=False)
    assert calls == [victim.name]
    build([src], out=tmp_path / "clean", progress=False, cache=False)
    assert outputs(tmp_path / "o") == outputs(tmp_path / "clean")


def test_same_content_under_another_name_is_not_reused_for_the_wrong_id(tmp_path, calls):
    src = tmp_path / "in"
    files = corpus_copy(src, 3)
    build([src], out=tmp_path / "o", progress=False)
    (src / files[0].name).rename(src / ("renamed_" + files[0].name))
    calls.clear()
    build([src], out=tmp_path / "o", progress=False)
    assert calls == ["renamed_" + files[0].name]
    assert "renamed_" + files[0].stem in (tmp_path / "o" / "kg.ttl").read_text(encoding="utf-8")


def test_new_extractor_version_invalidates_every_entry(tmp_path, calls, monkeypatch):
    src = tmp_path / "in"
    files = corpus_copy(src, 4)
    build([src], out=tmp_path / "o", progress=False)
    kx = importlib.import_module("kg.extract")
    monkeypatch.setattr(kx, "EXTRACTOR_VERSION", kx.EXTRACTOR_VERSION + "-next")
    kc.fingerprint.cache_clear()
    try:
        calls.clear()
        build([src], out=tmp_path / "o", progress=False)
        assert sorted(calls) == sorted(f.name for f in files)
    finally:
        kc.fingerprint.cache_clear()


def test_new_vocabulary_version_changes_the_key(tmp_path, monkeypatch):
    f = sorted(CORPUS.glob("*.txt"))[0]
    before = kc.file_key(f)
    monkeypatch.setattr(importlib.import_module("kg.vocab"), "versions", lambda: {"countries": "999"})
    kc.fingerprint.cache_clear()
    try:
        assert kc.file_key(f) != before
    finally:
        kc.fingerprint.cache_clear()


def test_damaged_cache_is_ignored_and_replaced(tmp_path, calls):
    src = tmp_path / "in"
    files = corpus_copy(src, 4)
    build([src], out=tmp_path / "clean", progress=False, cache=False)
    cache = tmp_path / "o" / ".cache"
    cache.mkdir(parents=True)
    (cache / "extractions.sqlite").write_bytes(b"this is not a database" * 100)
    calls.clear()
    build([src], out=tmp_path / "o", progress=False)
    assert len(calls) == len(files)
    assert outputs(tmp_path / "o") == outputs(tmp_path / "clean")
    calls.clear()
    build([src], out=tmp_path / "o", progress=False)     # the replaced store now serves every file
    assert calls == []


def test_cache_keeps_only_the_last_builds_entries(tmp_path):
    src = tmp_path / "in"
    corpus_copy(src, 5)
    build([src], out=tmp_path / "o", progress=False)
    for f in sorted(src.glob("*.txt"))[:3]:
        f.unlink()
    build([src], out=tmp_path / "o", progress=False)
    import sqlite3

    db = sqlite3.connect(tmp_path / "o" / ".cache" / "extractions.sqlite")
    assert db.execute("SELECT count(*) FROM extraction").fetchone()[0] == 2
    db.close()


def test_cli_no_cache_and_cache_dir(tmp_path, capsys):
    src = tmp_path / "in"
    corpus_copy(src, 3)
    assert cli.main(["build", str(src), "--out", str(tmp_path / "a"), "--quiet", "--no-cache"]) == 0
    assert not (tmp_path / "a" / ".cache").exists()
    assert cli.main(["build", str(src), "--out", str(tmp_path / "b"), "--quiet",
                     "--cache-dir", str(tmp_path / "shared-cache")]) == 0
    assert (tmp_path / "shared-cache" / "extractions.sqlite").is_file()
    assert not (tmp_path / "b" / ".cache").exists()
    assert (tmp_path / "a" / "kg.ttl").read_bytes() == (tmp_path / "b" / "kg.ttl").read_bytes()
    capsys.readouterr()


def test_slim_release_drops_the_body_but_keeps_text_identity():
    files = sorted(CORPUS.glob("*.txt"))
    a, b = read_release(files[0]), read_release(files[1])
    sa, sb = kc.slim(a), kc.slim(b)
    assert len(sa.body) < 80 and sa.title == a.title and sa.published == a.published and sa.sha256 == a.sha256
    assert kc.slim(sa) == sa                                   # idempotent
    assert kc.slim(read_release(files[0])) == sa               # same text, same slim body
    assert sa.body != sb.body


# ------------------------------------------------------------- the inputs' stat signatures
def age(path: Path, seconds: float = 60) -> None:
    """Date the file's mtime back (a file saved a minute ago, as in a daily rebuild)."""
    import os
    import time

    t = time.time_ns() - int(seconds * 1e9)
    os.utime(path, ns=(t, t))


def keys_of(directory: Path, paths: list[str]) -> tuple[list, int]:
    """What a build does with the cache: keys before extraction, then each file not in
    the store extracted and keyed by the bytes its extraction read; the keys used, and
    how many files were hashed before extraction."""
    from kg.build import _process_slim

    store = kc.ExtractionCache(directory)
    keys = store.file_keys(paths)
    known = store.known(keys)
    for i, (p, k) in enumerate(zip(paths, keys)):
        if k not in known:
            ex = _process_slim(p)
            keys[i] = store.settle(p, ex)
            store.put(keys[i], ex)
    store.commit()
    return keys, store.hashed


def test_unchanged_inputs_are_not_hashed_again(tmp_path):
    src = tmp_path / "in"
    files = [str(src / f.name) for f in corpus_copy(src, 4)]
    first, hashed = keys_of(tmp_path / "c", files)
    assert hashed == 0                # no store yet: each file is read once, by its extraction
    assert first == [kc.file_key(f) for f in files]
    again, hashed = keys_of(tmp_path / "c", files)
    assert (again, hashed) == (first, 0)


def test_an_edit_keeping_size_and_mtime_is_still_seen(tmp_path):
    """The ctime (which no program can set back) betrays an edit that restored the mtime."""
    import os

    src = tmp_path / "in"
    f = src / corpus_copy(src, 1)[0].name
    (before,), _ = keys_of(tmp_path / "c", [str(f)])
    st = os.stat(f)
    data = f.read_bytes()
    f.write_bytes(data[:-1] + (b"x" if data[-1:] != b"x" else b"y"))        # same size
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))                     # same mtime
    (after,), hashed = keys_of(tmp_path / "c", [str(f)])
    assert hashed == 1
    assert after == kc.file_key(f) != before


def test_a_file_too_new_to_trust_is_hashed_every_time(tmp_path):
    """Saved under two seconds before it was hashed: a same-size rewrite within the
    clock's granularity could keep its mtime, so its digest is not remembered."""
    src = tmp_path / "in"
    files = [str(src / f.name) for f in corpus_copy(src, 2)]
    age(Path(files[1]), 0)                              # saved just now
    keys_of(tmp_path / "c", files)
    again, hashed = keys_of(tmp_path / "c", files)
    assert hashed == 1
    assert again == [kc.file_key(f) for f in files]


def test_stat_entries_of_removed_inputs_are_dropped(tmp_path):
    import os
    import sqlite3

    src = tmp_path / "in"
    files = [str(src / f.name) for f in corpus_copy(src, 3)]
    keys_of(tmp_path / "c", files)
    keys_of(tmp_path / "c", files[:1])
    with sqlite3.connect(tmp_path / "c" / "extractions.sqlite") as db:
        assert [p for (p,) in db.execute("SELECT path FROM stat")] == [os.fsencode(f) for f in files[:1]]


def test_a_store_without_the_stat_table_is_not_read_and_is_rebuilt(tmp_path):
    import sqlite3

    src = tmp_path / "in"
    files = [str(src / f.name) for f in corpus_copy(src, 2)]
    keys_of(tmp_path / "c", files)
    with sqlite3.connect(tmp_path / "c" / "extractions.sqlite") as db:
        db.execute("DROP TABLE stat")
    store = kc.ExtractionCache(tmp_path / "c")
    assert [n.message for n in store.notes] == [
        "not a kg cache of this version, or damaged (OperationalError: no such table: stat): not read; "
        "every file is extracted again and the cache is rebuilt"]
    store.discard()
    keys, hashed = keys_of(tmp_path / "c", files)
    assert (keys, hashed) == ([kc.file_key(f) for f in files], 0)
    assert keys_of(tmp_path / "c", files) == (keys, 0)          # rebuilt: every digest from the stat table


def test_a_store_mostly_dead_space_is_compacted(tmp_path, monkeypatch):
    """A new extractor invalidates every entry: the replaced ones must not stay on disk."""
    import sqlite3

    src = tmp_path / "in"
    corpus_copy(src, 8)
    monkeypatch.setattr(kc, "COMPACT_BYTES", 0)
    build([src], out=tmp_path / "o", progress=False)
    store = tmp_path / "o" / ".cache" / "extractions.sqlite"
    with sqlite3.connect(store) as db:
        db.execute("CREATE TABLE IF NOT EXISTS ballast (x BLOB)")
        db.executemany("INSERT INTO ballast VALUES (?)", [(b"x" * 4000,)] * 200)
    with sqlite3.connect(store) as db:
        db.execute("DELETE FROM ballast")                    # ~800 KB of free pages
    big = store.stat().st_size
    monkeypatch.setattr(kc, "build_fingerprint", lambda: "a newer kg")   # a rebuild that commits
    build([src], out=tmp_path / "o", progress=False)
    assert store.stat().st_size < big / 2
    with sqlite3.connect(store) as db:
        assert db.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM extraction").fetchone()[0] == 8


def test_an_output_folder_inside_the_input_folder_is_not_read(tmp_path, capsys):
    """``kg build . --out out``: the page out/graph.html is not a release, and the next
    build, with nothing changed, keeps out/ instead of reading its own outputs."""
    src = tmp_path / "in"
    corpus_copy(src, 3)
    argv = ["build", str(src), "--out", str(src / "out")]
    assert cli.main(argv) == 0
    assert "kg: 3 releases read" in capsys.readouterr().out
    assert cli.main(argv) == 0                         # out/ exists now, inside the input folder
    second = capsys.readouterr()
    assert "kg: 3 releases read" in second.out
    assert f"{src / 'out'}: the build's output folder skipped (its graph.html is not a release)" in second.err
    assert cli.main(argv) == 0
    third = capsys.readouterr()
    assert "kg: 3 releases read" in third.out and "are kept" in third.err
    assert "graph.html" not in (src / "out" / "kg.ttl").read_text(encoding="utf-8")


def _kg_imports(module: str) -> set[str]:
    """The package's own modules that ``module`` (a file name in kg/) imports, transitively:
    a module as its file name ("read.py"), a subpackage as its folder ("extract/")."""
    import ast

    here = ROOT / "kg"

    def file_of(target: Path) -> Path | None:
        if target.is_dir():
            return target / "__init__.py"
        return target.with_suffix(".py") if target.with_suffix(".py").exists() else None

    seen: set[Path] = set()
    todo = [here / module]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level >= 1:
                base = path.parent
                for _ in range(node.level - 1):
                    base = base.parent
                if node.module:
                    targets = [base.joinpath(*node.module.split("."))]
                else:
                    targets = [base / a.name for a in node.names]
                todo += [f for f in map(file_of, targets) if f is not None]
    inside = {p.relative_to(here) for p in seen}
    return {p.as_posix() if len(p.parts) == 1 else p.parts[0] + "/" for p in inside}


def test_the_fingerprint_covers_every_module_that_shapes_an_extraction():
    """An edit to the code that reads and extracts a file must make every cached extraction
    stale (a new fingerprint); an edit elsewhere (the build's orchestration, the dump,
    metrics) must not cost the next build a full re-extraction."""
    shaping = _kg_imports("process.py")
    assert {"process.py", "read.py", "extract/", "model.py"} <= shaping
    assert shaping == set(kc._FINGERPRINTED)
    assert "build.py" not in kc._FINGERPRINTED
