"""Issue 13, the build's side: faults and attacks, each case asserting its invariant.

| case | fault | invariant |
|---|---|---|
| planted pickle | a pickle that runs code, in every row of the cache | it never runs; the build is a clean build |
| corrupt value | a byte changed inside a cached extraction | discarded with a note; the dump is a clean build's |
| revert during a build | a file appended to between hashing and extraction, then restored | the next build is a clean build of the restored file |
| two builds at once | two builds into one OUT, the second started at several offsets | one waits; OUT is wholly one build's; the next build is right |
| --no-wait | a build while another holds OUT | exit 3 at once, one line; waiting says so, then builds |
| stale lock | the lock of a build that died | taken over, with a note; leftovers swept |
| signals | SIGTERM, or SIGINT to the process group, at 5 points, with --jobs 1 and 2 | one line, exit 128+N, no process left, stdout closed; OUT wholly old or wholly new; the next build sweeps and is right |
| writer child killed | the process writing kg.ttl gets SIGKILL | exit 1, one line; OUT untouched |
| disk full | a small tmpfs | exit 1, one line naming the path; OUT untouched; no staging left; a later build with room works |
| readers | a generation pinned by a reader during a build | kept, whole, until released; then swept |
| --cache-dir a file, OUT/.cache a file | | exit 2 and one line; a note and a cache-less build, on every build |
| 2 GB sparse input | | refused by its size, never read or hashed |
| garbage -journal | beside the cache | the cache still works at the next build |
| duplicate files | a seed and its copy saved with BOM and CRLF | each keeps its release, linked by mfa:sameTextAs; queries by either id answer |
"""
from __future__ import annotations

import importlib
import json
import os
import pickle
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg.cache as kc
from kg import cli, outdir
from kg.build import build

kb = importlib.import_module("kg.build")
ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "tests" / "corpus"          # 24 releases: enough for the process pool (> 16 to extract)
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}


# --------------------------------------------------------------------------- helpers

def snapshot(out: Path) -> dict[str, bytes]:
    """What a reader of OUT sees: each output, through the links into the current generation."""
    files = {}
    for top in sorted(out.iterdir()):
        if top.name.startswith("."):
            continue
        if top.is_dir():
            files.update({f"{top.name}/{p.relative_to(top)}": p.read_bytes()
                          for p in sorted(top.rglob("*")) if p.is_file()})
        elif top.is_file():
            files[top.name] = top.read_bytes()
    return files


def same_set(got: dict[str, bytes], want: dict[str, bytes]) -> bool:
    """The same output set: every file byte for byte, report.json but its notes (which say
    what happened to this build: a lock taken over, a cache rebuilt)."""
    def strip(s):
        s = dict(s)
        rep = json.loads(s.pop("report.json"))
        return s, rep["releases"], rep["summary"], rep["conflicts"]
    return set(got) == set(want) and strip(got) == strip(want)


def leftovers(out: Path) -> list[str]:
    """Anything a build may leave that a finished build must not: generations besides the
    current one, temporary files, cache side files."""
    gen = out / ".gen"
    cur = os.readlink(gen / "current") if (gen / "current").is_symlink() else None
    found = [f".gen/{p.name}" for p in gen.iterdir() if p.name not in ("current", cur)] if gen.is_dir() else []
    found += [str(p.relative_to(out)) for p in out.rglob("*.tmp")]
    found += [str(p.relative_to(out)) for p in out.glob(".cache/.new-*")]
    return found


def kg_cmd(*argv, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *map(str, argv)], capture_output=True, text=True, env=ENV,
                          timeout=300, **kw)


@pytest.fixture(scope="module")
def seeds_set(tmp_path_factory) -> tuple[Path, dict]:
    """OUT holding a build of the seeds (copied for each test), and what a reader sees in it."""
    out = tmp_path_factory.mktemp("seeds-set") / "out"
    build([SEEDS], out=out, progress=False)
    return out, snapshot(out)


_REPLAYED: dict[tuple, dict] = {}


def replay(tmp_path: Path, *history: Path) -> dict:
    """What a reader sees after builds of each input in ``history``, one after the other,
    without a fault and without the cache, into a fresh folder. (The IRIs of an OUT
    depend on what it published before: OUT/iri-map.json. So the set a build must leave
    is the one the same history leaves.) Histories of the fixed inputs are built once."""
    fixed = all(src in (SEEDS, CORPUS) for src in history)
    if fixed and history in _REPLAYED:
        return _REPLAYED[history]
    out = tmp_path / f"replay-{len(list(tmp_path.glob('replay-*')))}"
    for src in history:
        build([src], out=out, progress=False, cache=False)
    seen = snapshot(out)
    if fixed:
        _REPLAYED[history] = seen
    return seen


@pytest.fixture(scope="module")
def corpus_set(tmp_path_factory) -> dict:
    """What a reader sees after the dev corpus is built into the seeds' OUT."""
    return replay(tmp_path_factory.mktemp("corpus-set"), SEEDS, CORPUS)


def copy_out(seeds_set, dst: Path) -> Path:
    shutil.copytree(seeds_set[0], dst, symlinks=True)
    return dst


# --------------------------------------------------------------------------- 1. the cache runs no code

class _Plant:
    """Unpickled, this makes a folder: the proof that code ran."""

    def __init__(self, marker: Path):
        self.marker = str(marker)

    def __reduce__(self):
        return (os.mkdir, (self.marker,))


def _plant(cache: Path, payload: bytes) -> int:
    """Put ``payload`` into every value of the cache, with a valid checksum where the
    format has one (the checksum is no defence: the decoder must be)."""
    n = 0
    with sqlite3.connect(cache) as db:
        for table, keycol in (("extraction", "key"), ("build", "name")):
            cols = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
            for (k,) in db.execute(f"SELECT {keycol} FROM {table}").fetchall():
                if "sum" in cols:
                    db.execute(f"UPDATE {table} SET value = ?, sum = ? WHERE {keycol} = ?",
                               (payload, kc._sum(k, payload), k))
                else:
                    db.execute(f"UPDATE {table} SET value = ? WHERE {keycol} = ?", (payload, k))
                n += 1
    return n


@pytest.mark.parametrize("where", ["this kg's cache", "an older kg's cache (pickled values)"])
def test_a_planted_pickle_never_runs(tmp_path, where):
    src = tmp_path / "in"
    shutil.copytree(CORPUS, src)
    out = tmp_path / "out"
    build([src], out=out, progress=False)
    cache = out / ".cache" / "extractions.sqlite"
    if where.startswith("an older"):              # the file of kg before format 2, as shipped
        cache.unlink()
        with sqlite3.connect(cache) as db:
            db.execute("CREATE TABLE extraction (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
            db.execute("CREATE TABLE build (name TEXT PRIMARY KEY, value BLOB NOT NULL)")
            db.executemany("INSERT INTO extraction VALUES (?, x'00')", [(kc.file_key(f),) for f in sorted(src.iterdir())])
            db.executemany("INSERT INTO build VALUES (?, x'00')", [("brief",), ("last",)])
    marker = tmp_path / "PWNED"
    assert _plant(cache, pickle.dumps(_Plant(marker))) > 20
    (out / "graph.html").unlink()                 # an output gone: the build must read every entry back
    result = build([src], out=out, progress=False)
    assert not marker.exists(), "the cache ran code"
    assert same_set(snapshot(out), replay(tmp_path, src))
    notes = [n.message for n in result.notes if n.path == str(cache)]
    assert notes and ("failed their checksum or format check" in notes[0] or "older kg" in notes[0])
    again = build([src], out=out, progress=False)  # the rebuilt cache serves the next build
    assert again.unchanged and not marker.exists()


def test_no_module_of_kg_unpickles():
    """Nothing read from disk is unpickled: no pickle.load(s) anywhere in the package."""
    for f in (ROOT / "kg").rglob("*.py"):
        text = f.read_text(encoding="utf-8")
        assert "pickle.load" not in text and "import pickle" not in text, f.name


# --------------------------------------------------------------------------- 4. the cache trusts content

def test_a_corrupt_cached_value_is_discarded_not_used(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(CORPUS, src)
    out = tmp_path / "out"
    build([src], out=out, progress=False)
    cache = out / ".cache" / "extractions.sqlite"
    changed = 0
    with sqlite3.connect(cache) as db:
        for k, v in db.execute("SELECT key, value FROM extraction").fetchall():
            old = "รัสเซีย".encode()                # a country's name inside an extraction: same length after
            if old in v:
                db.execute("UPDATE extraction SET value = ? WHERE key = ?", (v.replace(old, "รัสเซอา".encode()), k))
                changed += 1
    assert changed
    (out / "graph.html").unlink()
    result = build([src], out=out, progress=False)
    assert "รัสเซอา" not in (out / "kg.ttl").read_text(encoding="utf-8")
    assert same_set(snapshot(out), replay(tmp_path, src))
    assert f"{changed} cache entr" in " ".join(n.message for n in result.notes)


def test_a_file_changed_during_the_build_then_restored_is_read_again(tmp_path, monkeypatch):
    """Hashed before an append, extracted after it: the extraction is keyed by the bytes
    it read, so once the original bytes are back the next build reads them again."""
    src = tmp_path / "in"
    src.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for f in seeds[:3]:
        shutil.copy(f, src / f.name)
    out = tmp_path / "out"
    build([src], out=out, progress=False)
    victim = src / seeds[0].name
    victim.write_bytes(victim.read_bytes() + b"\n")        # an edit: the next build hashes it before extraction
    edited = victim.read_bytes()
    real = kb.process_file

    def append_first(path):
        if Path(path) == victim:
            with open(victim, "ab") as fh:                     # someone appends another release's text
                fh.write(b"\n" + seeds[3].read_bytes())
        return real(path)

    monkeypatch.setattr(kb, "process_file", append_first)
    during = build([src], out=out, progress=False)
    monkeypatch.setattr(kb, "process_file", real)
    assert any("changed while the build read it" in n.message for n in during.notes)
    appended = victim.read_bytes()
    victim.write_bytes(edited)                                 # the append undone
    again = build([src], out=out, progress=False)
    assert not again.unchanged
    # the same history without a cache (the IRI map remembers what each build published)
    twin, twin_out = tmp_path / "twin" / "in", tmp_path / "twin" / "out"
    shutil.copytree(SEEDS, twin, ignore=lambda d, names: [n for n in names if n not in {f.name for f in seeds[:3]}])
    for content in (None, appended, edited):
        if content is not None:
            (twin / victim.name).write_bytes(content)
        clean = build([twin], out=twin_out, progress=False, cache=False)
    assert (out / "kg.ttl").read_bytes() == (twin_out / "kg.ttl").read_bytes()
    assert again.triples == clean.triples


# --------------------------------------------------------------------------- 2. one writer per OUT

@pytest.mark.parametrize("offset", [0.0, 0.8, 1.6, 3.0])
def test_two_builds_into_one_out(tmp_path, offset, corpus_set):
    """The first build (the seeds) dawdles 2 s after writing its dump, as a large build
    would; the second (the corpus) starts ``offset`` seconds after it: before its lock,
    during its extraction, during its pause, or after it is done."""
    out = tmp_path / "out"
    first = subprocess.Popen([sys.executable, "-c", FAULT, "build", str(SEEDS), "--out", str(out), "--jobs", "1"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={**ENV, "KG_FAULT": f"view:{tmp_path / 'flag'}:sleep=2"})
    time.sleep(offset)
    second = subprocess.Popen([sys.executable, "-m", "kg", "build", str(CORPUS), "--out", str(out), "--jobs", "1"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    (_, err1), (_, err2) = first.communicate(timeout=300), second.communicate(timeout=300)
    assert first.returncode == second.returncode == 0, err1 + err2
    assert "Traceback" not in err1 + err2
    seen = snapshot(out)
    last = CORPUS if json.loads(seen["report.json"])["summary"]["releases"] == 24 else SEEDS
    history = (SEEDS, CORPUS) if last == CORPUS else (CORPUS, SEEDS)
    assert same_set(seen, replay(tmp_path, *history))                       # wholly the last build's
    waited = [e for e in (err1, err2) if "is being written by another kg build" in e]
    if waited:                                                              # the one that waited wrote last
        assert (last == CORPUS) == (waited[0] == err2)
    assert not leftovers(out)
    for src in (CORPUS, SEEDS, CORPUS):                                     # the next builds are right
        build([src], out=out, progress=False)
        history += (src,)
        assert same_set(snapshot(out), replay(tmp_path, *history))


def test_no_wait_fails_at_once_and_waiting_says_so(tmp_path, seeds_set):
    out = copy_out(seeds_set, tmp_path / "out")
    lock = outdir.WriterLock(out).acquire()
    try:
        t = time.monotonic()
        p = kg_cmd("build", SEEDS, "--out", out, "--no-wait")
        assert p.returncode == 3 and time.monotonic() - t < 30
        assert p.stderr.strip().splitlines() == [
            f"kg: error: {out} is being written by another kg build (pid {os.getpid()}, started "
            f"{time.strftime('%H:%M:%S', time.localtime(json.loads((out / '.lock').read_text())['started']))}); "
            "not waiting (--no-wait)"]
        waiting = subprocess.Popen([sys.executable, "-m", "kg", "build", str(CORPUS), "--out", str(out), "--quiet"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
        deadline = time.monotonic() + 60
        line = waiting.stderr.readline()
        assert "is being written by another kg build" in line and "waiting for it to finish" in line
        assert time.monotonic() < deadline and waiting.poll() is None
        assert same_set(snapshot(out), seeds_set[1])           # nothing written while it waits
    finally:
        lock.release()
    assert waiting.wait(timeout=120) == 0
    waiting.stderr.close()
    waiting.stdout.close()
    assert not leftovers(out)


def test_the_lock_of_a_dead_build_is_taken_over(tmp_path, seeds_set):
    out = copy_out(seeds_set, tmp_path / "out")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (out / ".lock").write_text(json.dumps({"pid": dead.pid, "host": os.uname().nodename, "started": time.time()}))
    (out / ".gen" / "build-deadbeef").mkdir()
    (out / ".gen" / "build-deadbeef" / "kg.ttl").write_text("half a dump")
    p = kg_cmd("build", CORPUS, "--out", out)
    assert p.returncode == 0, p.stderr
    assert f"another kg build (pid {dead.pid}" in p.stderr and "did not finish (killed?); its lock is taken over" \
        in p.stderr and ".gen/build-deadbeef" in p.stderr
    assert not leftovers(out)
    assert (out / ".lock").read_text() == ""                  # released: nothing stale for the next build


# --------------------------------------------------------------------------- 6. signals at many points

FAULT = r"""
import importlib, os, signal, sys, time
point, flag, action = os.environ["KG_FAULT"].split(":", 2)

def reached():
    try:
        fd = os.open(flag, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        os.close(fd)
    except FileExistsError:
        pass
    if action == "kill-self":
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(float(action.split("=")[1]) if action.startswith("sleep=") else 300)

def wrap(owner, name, when="before", nth=1):
    real = getattr(owner, name)
    count = [0]
    def f(*a, **k):
        count[0] += 1
        if when == "before" and count[0] == nth:
            reached()
        r = real(*a, **k)
        if when == "after" and count[0] == nth:
            reached()
        return r
    setattr(owner, name, f)

m = importlib.import_module
{"extract": lambda: wrap(m("kg.build"), "_process_slim", nth=8),   # in a worker, or in the build with --jobs 1
 "dump": lambda: wrap(m("kg.dump"), "write", when="after"),        # kg.ttl written (by units: a build with its
                                                                   # cache), not joined (forked writers)
 "view": lambda: wrap(m("kg.view"), "render"),                     # the dump's writers running or done
 "switch": lambda: wrap(m("kg.outdir").Generations, "_switch"),    # every output written and synced, not current
 "cache": lambda: wrap(m("kg.cache").ExtractionCache, "commit"),   # the new set current, the cache not updated
}[point]()
sys.argv = ["kg", *sys.argv[1:]]
from kg.cli import run
run()
"""

#: where the build is stopped, and which output set OUT must then hold
POINTS = {"extract": "old", "dump": "old", "view": "old", "switch": "old", "cache": "new"}
SIGNALS = ([("SIGTERM", point, jobs) for point in POINTS for jobs in (1, 2)]
           + [("SIGINT", point, jobs) for point, jobs in (("extract", 1), ("extract", 2), ("dump", 2), ("switch", 2))])


def _run_to(point: str, action: str, out: Path, flag: Path, jobs: int) -> subprocess.Popen:
    """``kg build CORPUS --out OUT`` in its own session, paused (or killed) at ``point``."""
    proc = subprocess.Popen([sys.executable, "-c", FAULT, "build", str(CORPUS), "--out", str(out),
                             "--jobs", str(jobs), "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            env={**ENV, "KG_FAULT": f"{point}:{flag}:{action}"})
    deadline = time.monotonic() + 120
    while not flag.exists() and proc.poll() is None:
        assert time.monotonic() < deadline, f"the build never reached {point}"
        time.sleep(0.02)
    time.sleep(0.1)
    return proc


def _gone(pgid: int, within: float = 10) -> bool:
    """No process of the build's session is left (workers, writers: none orphaned)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("sig,point,jobs", SIGNALS, ids=[f"{s}-at-{p}-jobs{j}" for s, p, j in SIGNALS])
def test_a_signal_at_any_point_leaves_one_whole_output_set(tmp_path, seeds_set, corpus_set, sig, point, jobs):
    out = copy_out(seeds_set, tmp_path / "out")
    proc = _run_to(point, "pause", out, tmp_path / "flag", jobs)
    if sig == "SIGINT":
        os.killpg(proc.pid, signal.SIGINT)       # Ctrl-C: the whole foreground group gets it
    else:
        os.kill(proc.pid, signal.SIGTERM)        # kill, timeout(1), systemd: the build alone
    stdout, stderr = proc.communicate(timeout=60)  # returns only once no process holds the pipes
    signum = getattr(signal, sig)
    assert proc.returncode == 128 + signum, stderr
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1, stderr
    assert stderr.startswith(f"kg: interrupted by {sig}: {out} holds ")
    assert _gone(proc.pid), "a worker or writer outlived the build"
    want = seeds_set[1] if POINTS[point] == "old" else corpus_set
    assert same_set(snapshot(out), want)
    assert ("previous build's outputs, untouched" in stderr) == (POINTS[point] == "old")
    again = build([CORPUS], out=out, progress=False)          # sweeps, and is right
    assert not leftovers(out) and not again.unchanged
    assert same_set(snapshot(out), corpus_set)


CTRL_C_AT_FORK = r"""
import multiprocessing as mp, os, signal, sys
from kg import outdir  # registers the fork hook a Ctrl-C once interrupted
from kg.build import _release_signals, _signals_held

def child(conn):
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # as the build's children do, then release
    if HELD:
        _release_signals()
    conn.send("alive")

HELD = sys.argv[1] == "held"
recv, send = mp.get_context("fork").Pipe(duplex=False)
proc = mp.get_context("fork").Process(target=child, args=(send,))
try:
    if HELD:
        with _signals_held():
            proc.start()
            os.killpg(0, signal.SIGINT)               # Ctrl-C reaches the group as the child starts
    else:
        proc.start()
        os.killpg(0, signal.SIGINT)
except KeyboardInterrupt:
    pass
proc.join(20)
print(proc.exitcode, recv.recv() if recv.poll(1) else "nothing")
"""


def test_a_child_forked_as_ctrl_c_arrives_ignores_it_and_the_build_takes_it():
    """The race behind a fault test's rare extra traceback: Ctrl-C reaching the group while a
    child is being forked, before it ignores Ctrl-C. Forked under :func:`_signals_held`, the
    child finishes its work, says nothing on stderr, and this process takes the interrupt."""
    # (run with "plain", the child prints a KeyboardInterrupt from the fork's hooks: the race itself)
    done = subprocess.run([sys.executable, "-c", CTRL_C_AT_FORK, "held"], capture_output=True, text=True,
                          env=ENV, start_new_session=True, timeout=60)
    assert done.stdout.split() == ["0", "alive"], done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "KeyboardInterrupt" not in done.stderr, done.stderr


def test_a_killed_writer_child_is_one_line_and_replaces_nothing(tmp_path, seeds_set, corpus_set):
    out = copy_out(seeds_set, tmp_path / "out")
    proc = _run_to("dump", "kill-self", out, tmp_path / "flag", 2)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert stderr.strip().splitlines() == [
        f"kg: error: the process writing kg.ttl was killed by SIGKILL; nothing in {out} was replaced "
        "(it holds the previous build's outputs)"]
    assert _gone(proc.pid)
    assert same_set(snapshot(out), seeds_set[1])
    assert not leftovers(out)                      # the failed build removed its own generation
    build([CORPUS], out=out, progress=False)
    assert same_set(snapshot(out), corpus_set)


# --------------------------------------------------------------------------- 3. disk full

DISK_FULL = r"""
import json, os, shutil, subprocess, sys
root, seeds, corpus, kb = sys.argv[1:5]
def kg(*a):
    p = subprocess.run([sys.executable, "-m", "kg", "build", *a], capture_output=True, text=True)
    return {"code": p.returncode, "err": p.stderr}
res = {"seeds": kg(seeds, "--out", root + "/out", "--jobs", "1", "--quiet")}
used = shutil.disk_usage(root).used
subprocess.run(["mount", "-o", f"remount,size={used + int(kb) * 1024}", root], check=True)
res["full"] = [kg(corpus, "--out", root + "/out", "--jobs", str(j), "--quiet") for j in (1, 2)]
res["visible"] = sorted(os.listdir(root + "/out"))
res["gens"] = sorted(os.listdir(root + "/out/.gen"))
res["ttl"] = open(root + "/out/kg.ttl", "rb").read().decode()
res["report"] = json.load(open(root + "/out/report.json"))["summary"]
subprocess.run(["mount", "-o", "remount,size=64m", root], check=True)
res["room"] = kg(corpus, "--out", root + "/out", "--jobs", "2", "--quiet")
res["after"] = json.load(open(root + "/out/report.json"))["summary"]
res["gens_after"] = sorted(os.listdir(root + "/out/.gen"))
print(json.dumps(res))
"""


def _tmpfs_runner(mnt: Path) -> list[str] | str:
    """A command prefix that runs its command with a small tmpfs mounted at ``mnt``
    (in a private mount namespace), or why there is none here."""
    why = []
    for prefix in (["unshare", "--user", "--map-root-user", "--mount"], ["unshare", "--mount"]):
        if shutil.which("unshare") is None:
            return "no unshare(1) on this machine"
        try:
            p = subprocess.run([*prefix, "sh", "-c", f"mount -t tmpfs -o size=4m tmpfs {mnt} && echo mounted"],
                               capture_output=True, text=True, timeout=30)
        except OSError as e:
            why.append(str(e))
            continue
        if p.stdout.strip() == "mounted":
            return prefix
        why.append(p.stderr.strip())
    return "; ".join(why)


def test_disk_full_names_the_path_and_leaves_out_whole(tmp_path, seeds_set):
    mnt = tmp_path / "small"
    mnt.mkdir()
    prefix = _tmpfs_runner(mnt)
    if isinstance(prefix, str):
        pytest.skip(f"cannot mount a small tmpfs here (needs user namespaces, or root, for mount -t tmpfs): {prefix}")
    p = subprocess.run([*prefix, "sh", "-c", f'mount -t tmpfs -o size=32m tmpfs "{mnt}" && exec "$@"', "sh",
                        sys.executable, "-c", DISK_FULL, str(mnt), str(SEEDS), str(CORPUS), "300"],
                       capture_output=True, text=True, env=ENV, timeout=300)
    assert p.returncode == 0, p.stderr
    res = json.loads(p.stdout)
    assert res["seeds"]["code"] == 0, res["seeds"]["err"]
    for full in res["full"]:
        lines = full["err"].strip().splitlines()
        assert full["code"] == 1 and len(lines) == 1 and "Traceback" not in full["err"], full["err"]
        assert lines[0].startswith(f"kg: error: {mnt}/out/") and "No space left on device" in lines[0]
        assert lines[0].endswith("nothing in " + f"{mnt}/out was replaced (it holds the previous build's outputs)")
    assert res["report"]["releases"] == 5 and "5cf68c7f035a1530" in res["ttl"]    # the seeds' set, whole
    assert [g for g in res["gens"] if g != "current"] and len(res["gens"]) == 2  # no staging left behind
    assert res["room"]["code"] == 0, res["room"]["err"]
    assert res["after"]["releases"] == 24 and len(res["gens_after"]) == 2


# --------------------------------------------------------------------------- 3. readers

def test_a_pinned_generation_outlives_builds_until_released(tmp_path, seeds_set, corpus_set):
    out = copy_out(seeds_set, tmp_path / "out")
    with outdir.pinned(out / "kg.ttl") as dump:
        assert dump.parent.parent == out / ".gen" and dump.read_bytes() == seeds_set[1]["kg.ttl"]
        build([CORPUS], out=out, progress=False)
        assert same_set(snapshot(out), corpus_set)                       # the new set is current
        assert dump.read_bytes() == seeds_set[1]["kg.ttl"]               # the pinned one is whole
        assert (dump.parent / "report.json").read_bytes() == seeds_set[1]["report.json"]
    build([SEEDS], out=out, progress=False)
    assert not dump.parent.exists() and not leftovers(out)


def test_query_and_store_read_the_current_generation(tmp_path, seeds_set, corpus_set):
    from kg import query, store

    out = copy_out(seeds_set, tmp_path / "out")
    loc = store.ensure(out / "kg.ttl")
    assert loc == out.resolve() / "store"                    # beside the links, not inside a generation
    build([CORPUS], out=out, progress=False)
    assert not store.is_current(out / "kg.ttl", hash_if_needed=False)
    st = store.open_read_only(out / "kg.ttl")
    want = len(query.load(out / "kg.ttl"))
    assert len(st) == want and store.is_current(out / "kg.ttl")


# --------------------------------------------------------------------------- 7. crashes

def test_cache_dir_that_is_a_file(tmp_path):
    (tmp_path / "afile").write_text("x")
    p = kg_cmd("build", SEEDS, "--out", tmp_path / "o", "--cache-dir", tmp_path / "afile")
    assert p.returncode == 2 and p.stderr.strip().splitlines() == [
        f"kg: error: --cache-dir {tmp_path / 'afile'}: exists and is not a folder"]
    assert not (tmp_path / "o").exists()
    (tmp_path / "o2").mkdir()
    (tmp_path / "o2" / ".cache").write_text("not a folder")
    for _ in range(2):                                         # on every build, not only the first
        p = kg_cmd("build", SEEDS, "--out", tmp_path / "o2")
        assert p.returncode == 0 and "Traceback" not in p.stderr
        assert f"kg:   {tmp_path / 'o2' / '.cache'}: not a folder, so the extraction cache is off for this build" \
            in p.stderr
        assert (tmp_path / "o2" / "kg.ttl").stat().st_size > 0


def test_a_huge_sparse_file_is_refused_by_its_size_unread(tmp_path, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], src / "a.txt")
    build([src], out=tmp_path / "out", progress=False)          # a cache to look keys up in: inputs get hashed
    with open(src / "huge.txt", "wb") as fh:
        fh.truncate(2 << 30)                                    # 2 GB, no disk used
    reads = []
    real_open = open

    def counting_open(file, mode="r", *a, **k):
        if str(file).endswith("huge.txt") and "r" in mode:
            reads.append(mode)
        return real_open(file, mode, *a, **k)

    import builtins

    monkeypatch.setattr(builtins, "open", counting_open)
    t = time.monotonic()
    result = build([src], out=tmp_path / "out", progress=False)
    assert time.monotonic() - t < 30 and reads == []
    assert [(Path(r.path).name, r.message.split(" (")[0]) for r in result.refused] == [("huge.txt", "too large")]
    assert result.releases == 1


def test_a_garbage_journal_does_not_turn_the_cache_off(tmp_path, capsys):
    src = tmp_path / "in"
    shutil.copytree(CORPUS, src)
    argv = ["build", str(src), "--out", str(tmp_path / "out")]
    assert cli.main(argv) == 0
    cache = tmp_path / "out" / ".cache" / "extractions.sqlite"
    Path(f"{cache}-journal").write_bytes(os.urandom(3000))
    capsys.readouterr()
    assert cli.main(argv) == 0                                  # the cache is read: nothing changed
    assert "nothing changed since the last build" in capsys.readouterr().err
    Path(f"{cache}-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + os.urandom(3000))  # a journal header
    (tmp_path / "out" / "graph.html").unlink()
    assert cli.main(argv) == 0
    assert cli.main(argv) == 0
    assert "nothing changed since the last build" in capsys.readouterr().err


# --------------------------------------------------------------------------- 7. every file keeps its identity

def test_each_duplicate_file_keeps_its_release(tmp_path):
    from pyshacl import validate
    from rdflib import Graph

    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    seed = sorted(SEEDS.glob("*.txt"))[0]
    # the same release saved with a BOM and CRLF, under a shorter name: it stands for the text
    (src / "x05_bom_crlf.txt").write_bytes(b"\xef\xbb\xbf" + seed.read_bytes().replace(b"\n", b"\r\n"))
    build([src], out=tmp_path / "out", progress=False)
    store = ox.Store()
    store.load(path=str(tmp_path / "out" / "kg.ttl"), format=ox.RdfFormat.TURTLE)
    q = """PREFIX mfa: <https://w3id.org/thai-mfa-kg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>
           SELECT ?title (COUNT(DISTINCT ?m) AS ?meetings) WHERE {
             ?r a mfa:PressRelease ; dcterms:identifier "%s" ; dcterms:title ?title .
             ?r mfa:sameTextAs? ?t . ?m mfa:reportedIn ?t } GROUP BY ?title"""
    answers = {rid: [(row["title"].value, int(row["meetings"].value)) for row in store.query(q % rid)]
               for rid in (seed.stem, "x05_bom_crlf")}
    assert answers[seed.stem] == answers["x05_bom_crlf"] and answers[seed.stem][0][1] >= 1
    links = {(s.value.rsplit("/", 1)[1], o.value.rsplit("/", 1)[1]) for s, _, o, _ in store.quads_for_pattern(
        None, ox.NamedNode("https://w3id.org/thai-mfa-kg/ontology#sameTextAs"), None)}
    assert links == {(seed.stem, "x05_bom_crlf"), ("x05_bom_crlf", seed.stem)}
    data = Graph().parse(tmp_path / "out" / "kg.ttl")
    ok, _, text = validate(data, shacl_graph=Graph().parse(ROOT / "ontology" / "shapes.ttl"))
    assert ok, text
