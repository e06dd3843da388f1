"""ISSUE 4.4: outputs are replaced atomically; a killed or failed build leaves the
previous OUT complete and loadable; --strict failures replace nothing.

(The fault-injection table of issue 13, signals at many points, disk full, two builds
at once, lives in tests/test_faults.py.)"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import atomic_write, build

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def snapshot(out: Path) -> dict[str, bytes]:
    """What a reader of OUT sees: every output (through the links into the current
    generation), not the lock, the cache or the generations themselves."""
    files = {}
    for top in sorted(out.iterdir()):
        if top.name.startswith("."):
            continue
        if top.is_dir():
            files.update({f"{top.name}/{p.relative_to(top)}": p.read_bytes() for p in sorted(top.rglob("*"))
                          if p.is_file()})
        elif top.is_file():
            files[top.name] = top.read_bytes()
    return files


def generations(out: Path) -> list[str]:
    """The generation folders in OUT/.gen: after a build, only the current one."""
    return sorted(p.name for p in (out / ".gen").iterdir() if p.name != "current")


def assert_loadable(out: Path) -> None:
    store = ox.Store()
    store.load(path=str(out / "kg.ttl"), format=ox.RdfFormat.TURTLE)  # strict
    assert len(store) > 100
    json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert (out / "graph.html").read_text(encoding="utf-8").rstrip().endswith("</html>")


@pytest.fixture()
def previous(tmp_path) -> Path:
    out = tmp_path / "out"
    build([SEEDS], out=out, progress=False)
    assert_loadable(out)
    return out


SLOW_BUILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    import kg.dump as dump
    import kg.rdf as rdf
    from kg.build import build

    real, real_units = rdf.to_turtle, dump.write

    def slow(ts, fh, **kw):    # write the whole dump (or a forked writer's part), then stall before the rename
        n = real(ts, fh, **kw)
        fh.flush()
        Path(sys.argv[3]).write_text("writing")
        time.sleep(120)
        return n

    def slow_units(res, path, **kw):    # the same, for the dump written by units (a build with its cache)
        n = real_units(res, path, **kw)
        Path(sys.argv[3]).write_text("writing")
        time.sleep(120)
        return n

    rdf.to_turtle, dump.write = slow, slow_units
    build([sys.argv[1]], out=sys.argv[2], progress=False, jobs=int(sys.argv[4]))
""")


@pytest.mark.parametrize("jobs", [1, 2], ids=["one-process", "dump-written-by-a-forked-child"])
def test_sigkill_while_writing_leaves_previous_out_whole(previous, tmp_path, jobs):
    before = snapshot(previous)
    flag = tmp_path / "flag"
    proc = subprocess.Popen([sys.executable, "-c", SLOW_BUILD, str(ROOT / "tests" / "corpus"), str(previous), str(flag),
                             str(jobs)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 90
        while not flag.exists():
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the build never started writing"
            time.sleep(0.05)
        current = os.readlink(previous / ".gen" / "current")
        partial = [p for p in previous.glob(".gen/build-*/*kg.ttl*") if p.parent.name != current]
        # the new dump is being written (with --jobs 2, in parts: one may not have begun yet)
        assert partial and any(p.stat().st_size > 0 for p in partial)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    time.sleep(0.5)   # a forked writer dies with its parent (PR_SET_PDEATHSIG) and renames nothing
    assert snapshot(previous) == before
    assert_loadable(previous)
    assert len(generations(previous)) == 2                 # the dead build's folder, never current
    build([SEEDS], out=previous, progress=False, cache=False)
    assert len(generations(previous)) == 1                 # swept by the next build
    after = snapshot(previous)
    notes = [p["message"] for p in json.loads(after.pop("report.json"))["problems"]]
    assert any("did not finish (killed?); its lock is taken over; removed what it left: .gen/build-" in n
               for n in notes)
    assert after == {k: v for k, v in before.items() if k != "report.json"}


@pytest.mark.parametrize("jobs", [1, 2], ids=["one-process", "dump-written-by-a-forked-child"])
def test_failure_midway_leaves_previous_files_and_no_temporaries(previous, monkeypatch, jobs):
    import kg.view

    before = snapshot(previous)

    def boom(*a, **k):
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(kg.view, "render", boom)
    with pytest.raises(RuntimeError):
        build([SEEDS], out=previous, progress=False, jobs=jobs, cache=False)  # no cache: the same inputs would keep OUT
    assert not list(previous.rglob("*.tmp")) and len(generations(previous)) == 1
    after = snapshot(previous)
    assert after["graph.html"] == before["graph.html"] and after["report.json"] == before["report.json"]
    assert_loadable(previous)


@pytest.mark.parametrize("module,name,what,output", [
    ("kg.rdf", "to_turtle", "kg.ttl", "kg.ttl"),        # the forked dump writer
    ("kg.site", "write", "the entity pages", None),     # with --jobs 2, pages are written beside the metrics
], ids=["dump-writer", "pages-writer"])
def test_a_failing_forked_writer_fails_the_build_and_replaces_nothing(previous, monkeypatch, module, name, what, output):
    import importlib

    before = snapshot(previous)

    def boom(*a, **k):
        raise MemoryError("no room")

    monkeypatch.setattr(importlib.import_module(module), name, boom)      # inherited by the forked writer
    with pytest.raises(RuntimeError, match=f"writing {what} failed: MemoryError: no room"):
        build([SEEDS], out=previous, progress=False, jobs=2, cache=False)
    assert not list(previous.rglob("*.tmp")) and len(generations(previous)) == 1
    after = snapshot(previous)
    assert (after[output] == before[output]) if output else after == before


def test_atomic_write_keeps_old_file_on_error(tmp_path):
    target = tmp_path / "f.txt"
    target.write_text("old")
    with pytest.raises(ValueError):
        with atomic_write(target) as fh:
            fh.write("half")
            raise ValueError
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]


def test_outputs_are_readable_by_others(previous):
    umask = os.umask(0)
    os.umask(umask)
    for name in ("kg.ttl", "graph.html", "report.json", "metrics.json"):
        assert (previous / name).stat().st_mode & 0o777 == 0o666 & ~umask


def test_strict_build_with_a_refused_file_replaces_nothing(previous, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for f in SEEDS.glob("*.txt"):
        (src / f.name).write_bytes(f.read_bytes())
    (src / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    before = snapshot(previous)
    result = build([src], out=previous, progress=False, strict=True)
    assert not result.written and [Path(p.path).name for p in result.refused] == ["broken.txt"]
    assert snapshot(previous) == before
    result = build([src], out=previous, progress=False)       # not strict: good releases kept
    assert result.written and result.releases == 5
    assert_loadable(previous)
