"""``kg build --scheduler`` on real Dask clusters: a ``LocalCluster`` of two worker
processes, and a ``dask scheduler`` with two ``dask worker`` processes started as a user
starts them. Every output is compared byte for byte with a local ``--jobs 1`` build.

The failures are made deterministic with a worker plugin (shipped to the workers by
value) that wraps :func:`kg.process.process_file` on the workers only: it logs every
file a worker extracts, holds one file until a marker file appears (so that the test
kills the worker process holding it, mid-build), or raises on one file.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import cloudpickle
import pytest
from distributed import Client, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

import kg
from kg.cache import ExtractionCache
from kg.cluster import Cluster, ClusterError

ROOT = Path(__file__).resolve().parent.parent
CORPUS = [ROOT / "tests" / "corpus7", ROOT / "tests" / "corpus4"]
HELD = "y05_th_cn_strategic_dialogue7_bangkok"       # the file held (or crashed on) by the hook
START_TIMEOUT = 60                                   # seconds for a cluster or a marker to appear
#: how long no file may come back before the held one is let go: long enough for a worker slowed
#: by other load on the machine to take more than two files (1.5 s once let only two come back)
QUIET_SECONDS = 3.0
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}

cloudpickle.register_pickle_by_value(sys.modules[__name__])   # the workers cannot import this test module


class Hook(WorkerPlugin):
    """On each worker: ``kg.process.process_file`` logs each path into ``log`` (one
    file per worker process) and, for paths containing ``match``, ``hold``s until
    ``release`` exists (writing ``held-PID`` first) or raises (``crash``); with
    ``code``, the worker's extraction fingerprint is another version's."""

    name = "kg-test-hook"

    def __init__(self, folder: str, match: str | None = None, action: str | None = None):
        self.folder, self.match, self.action = folder, match, action

    def setup(self, worker):
        import kg.cache as cache
        import kg.process as proc

        if self.action == "code":                    # this worker extracts with other code
            cache._kg_test_fingerprint = getattr(cache, "_kg_test_fingerprint", cache.fingerprint)
            cache.fingerprint = lambda: "another version of the extractor"

        original = getattr(proc, "_kg_test_original", proc.process_file)
        proc._kg_test_original = original
        folder, match, action = Path(self.folder), self.match, self.action

        def process_file(path):
            with open(folder / f"log-{os.getpid()}", "a", encoding="utf-8") as fh:
                fh.write(f"{path}\n")
            if match and match in path:
                if action == "crash":
                    raise RuntimeError("test crash in the extractor")
                (folder / f"held-{os.getpid()}").write_text(path)
                while not (folder / "release").exists():
                    time.sleep(0.05)
            return original(path)

        proc.process_file = process_file

    def teardown(self, worker):
        import kg.cache as cache
        import kg.process as proc

        if hasattr(cache, "_kg_test_fingerprint"):
            cache.fingerprint = cache._kg_test_fingerprint
            del cache._kg_test_fingerprint

        if hasattr(proc, "_kg_test_original"):
            proc.process_file = proc._kg_test_original
            del proc._kg_test_original


def _logged(folder: Path) -> list[str]:
    return sorted(ln for f in folder.glob("log-*") for ln in f.read_text(encoding="utf-8").splitlines())


@pytest.fixture
def hook(tmp_path):
    """Install a :class:`Hook` on a cluster's workers (``install(client, match, action)``);
    removed at the end of the test."""
    folder = tmp_path / "hook"
    folder.mkdir()
    installed = []

    def install(client, match=None, action=None):
        client.register_plugin(Hook(str(folder), match, action), name=Hook.name)
        installed.append(client)
        return folder

    yield install
    for client in installed:
        try:
            client.unregister_worker_plugin(Hook.name)
        except Exception:  # noqa: BLE001 - a plugin a restarted worker never had
            pass


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> Path:
    """The corpus built locally, one process: what every cluster build must equal."""
    out = tmp_path_factory.mktemp("reference") / "out"
    kg.build([str(p) for p in CORPUS], out=out, jobs=1, progress=False)
    return out


@pytest.fixture(scope="module")
def local_cluster():
    """A ``LocalCluster``: two worker processes of one thread, on 127.0.0.1."""
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None, worker_dashboard_address=None)
    client = Client(cluster, set_as_default=False)
    try:
        yield cluster, client
    finally:
        client.close()
        cluster.close()


def _outputs(out: Path) -> dict[str, bytes]:
    """Every output file under OUT (through its links), by relative path; not the cache,
    the lock, the generation folders themselves or a generation's hidden files (the
    entity pages' keys, kg.site.KEYS_FILE: not outputs, never linked into OUT)."""
    cur = out / ".gen" / "current"
    root = cur.resolve() if cur.exists() else out
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and not p.relative_to(root).parts[0].startswith(".")}


def _same(out: Path, reference: Path, but: tuple[str, ...] = ()) -> None:
    mine, theirs = _outputs(out), _outputs(reference)
    for name in but:
        mine.pop(name), theirs.pop(name)
    assert sorted(mine) == sorted(theirs)
    assert len(mine) > 10
    different = [name for name in theirs if mine[name] != theirs[name]]
    assert not different, f"outputs that differ from the local build: {different}"


def test_local_cluster_build_equals_a_local_build(local_cluster, reference, tmp_path, hook):
    import threading

    cluster, client = local_cluster
    files = [str(p) for d in CORPUS for p in sorted(d.iterdir())]
    # the first file comes back last: the results arrive out of order and must be put back
    folder = hook(client, Path(files[0]).name, "hold")

    taken = []

    def release():
        """Once the other worker has taken what it can (every other file, or nothing new
        for a while: the rest waits behind the held file on its worker)."""
        try:
            end, seen, quiet = time.monotonic() + START_TIMEOUT, -1, 0.0
            while time.monotonic() < end and quiet < QUIET_SECONDS:
                n = len(_logged(folder))
                quiet = quiet + 0.1 if n == seen or n == len(files) else 0.0
                seen = n
                time.sleep(0.1)
            taken.append(seen)
        finally:
            (folder / "release").write_text("")

    releaser = threading.Thread(target=release, daemon=True)
    releaser.start()
    res = kg.build([str(p) for p in CORPUS], out=tmp_path / "out", jobs=1, progress=False,
                   cluster=cluster.scheduler_address)
    releaser.join()
    assert taken[0] > 2                              # files after the held one came back before it
    assert not res.refused
    _same(tmp_path / "out", reference)
    # each file's extraction is cached under that file: the results were put back in input order
    # (the outputs alone cannot tell: they are the same for any order of the same extractions)
    store = ExtractionCache(tmp_path / "out" / ".cache")
    try:
        keys = store.file_keys(files)
        cached = store.get_many(keys)
        assert [cached[k].release.path for k in keys] == files
    finally:
        store.discard()
    assert _logged(folder) == sorted(files)          # every file extracted on a worker, once

    # the cache still applies: a new file is the only one sent
    extra = tmp_path / "extra"
    extra.mkdir()
    added = extra / "z01_added.txt"
    shutil.copyfile(ROOT / "seeds" / "000_5cf68c7f035a1530.txt", added)
    for f in folder.glob("log-*"):
        f.unlink()
    kg.build([*map(str, CORPUS), str(extra)], out=tmp_path / "out", jobs=1, progress=False,
             cluster=cluster.scheduler_address)
    assert _logged(folder) == [str(added)]
    # and what the cache gave back is each file's own extraction: the same outputs as a local build
    # (iri-map.json is the history of IRIs published in OUT, two builds here, one there)
    kg.build([*map(str, CORPUS), str(extra)], out=tmp_path / "local", jobs=1, progress=False, cache=False)
    _same(tmp_path / "out", tmp_path / "local", but=("iri-map.json",))


def test_sending_the_text_gives_the_same_outputs(local_cluster, reference, tmp_path, hook):
    cluster, client = local_cluster
    folder = hook(client)
    kg.build([str(p) for p in CORPUS], out=tmp_path / "out", jobs=2, progress=False,
             cluster=Cluster(scheduler=cluster.scheduler_address, files="send"))
    _same(tmp_path / "out", reference)
    assert _logged(folder) == []                     # the workers were sent bytes: no path opened there


def test_a_file_the_client_cannot_send_is_refused_as_locally(local_cluster, tmp_path):
    from kg.read import MAX_BYTES

    cluster, client = local_cluster
    src = tmp_path / "in"
    src.mkdir()
    with open(src / "huge.txt", "wb") as fh:         # sparse: refused by its size, never read
        fh.truncate(MAX_BYTES + 1)
    res = kg.build([str(src)], out=tmp_path / "out", progress=False,
                   cluster=Cluster(scheduler=cluster.scheduler_address, files="send"))
    local = kg.build([str(src)], out=tmp_path / "local", progress=False)
    assert [(p.path, p.message) for p in res.refused] == [(p.path, p.message) for p in local.refused]
    assert str(src / "huge.txt") in [p.path for p in res.refused] and not res.written


def test_workers_import_only_what_extraction_needs(local_cluster, reference, tmp_path):
    cluster, client = local_cluster
    kg.build([str(CORPUS[0])], out=tmp_path / "out", progress=False, cluster=cluster.scheduler_address,
             cache=False)

    def heavy():
        return sorted(m for m in sys.modules if m.split(".")[0] in ("rdflib", "networkx", "pyoxigraph", "pyvis")
                      or m in ("kg.rdf", "kg.metrics", "kg.view", "kg.site", "kg.query"))

    ran = client.run(lambda: "kg.extract" in sys.modules)
    assert ran and all(ran.values())                 # the workers did extract
    assert client.run(heavy) == {w: [] for w in ran}


def test_a_file_that_crashes_the_extractor_is_refused_and_the_others_kept(local_cluster, tmp_path, hook):
    cluster, client = local_cluster
    hook(client, HELD, "crash")
    out = tmp_path / "out"
    res = kg.build([str(CORPUS[0])], out=out, jobs=1, progress=False, cluster=cluster.scheduler_address)
    bad = str(next(CORPUS[0].glob(f"{HELD}*")))
    assert [p.path for p in res.refused] == [bad]
    assert "crashed" in res.refused[0].message and "RuntimeError" in res.refused[0].message
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert bad in json.dumps(report, ensure_ascii=False)
    # every other release's facts: the dump of a local build without that file
    others = tmp_path / "others"
    others.mkdir()
    for f in CORPUS[0].iterdir():
        if HELD not in f.name:
            os.symlink(f, others / f.name)
    local = tmp_path / "local"
    kg.build([str(others)], out=local, jobs=1, progress=False)
    assert res.releases == len(list(others.iterdir()))
    assert _triples(out / "kg.ttl") == _triples(local / "kg.ttl")


def test_a_worker_on_other_extraction_code_stops_the_build(local_cluster, tmp_path, hook):
    cluster, client = local_cluster
    hook(client, None, "code")
    with pytest.raises(ClusterError, match="other extraction code"):
        kg.build([str(CORPUS[0])], out=tmp_path / "out", progress=False, cluster=cluster.scheduler_address)
    assert not (tmp_path / "out" / "kg.ttl").exists()


def _triples(dump: Path) -> set:
    """The dump's statements, paths aside (the symlinked folder names its files differently)."""
    import pyoxigraph as ox

    return {str(q) for q in ox.parse(path=str(dump), format=ox.RdfFormat.TURTLE)}


# --------------------------------------------------------------------------- a user's cluster
def _wait_for(check, what: str, proc: subprocess.Popen | None = None):
    end = time.monotonic() + START_TIMEOUT
    while time.monotonic() < end:
        value = check()
        if value:
            return value
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"{what}: the process ended ({proc.returncode}): {proc.stderr.read()[-3000:]}")
        time.sleep(0.1)
    raise AssertionError(f"{what}: not within {START_TIMEOUT} s")


@pytest.fixture(scope="module")
def user_cluster(tmp_path_factory):
    """``dask scheduler`` and two ``dask worker`` processes, each in its own process
    group (killed whole at the end: a worker is a nanny and its worker process)."""
    d = tmp_path_factory.mktemp("dask")
    sched_file = d / "scheduler.json"
    dask = [sys.executable, "-m", "dask"]           # the `dask` command of this Python's Dask
    procs = []

    def start(*args):
        proc = subprocess.Popen([*dask, *args], cwd=d, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                text=True, start_new_session=True)
        procs.append(proc)
        return proc

    try:
        sched = start("scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                      "--scheduler-file", str(sched_file))
        _wait_for(sched_file.exists, "the scheduler file", sched)
        for _ in range(2):
            start("worker", "--scheduler-file", str(sched_file), "--nworkers", "1", "--nthreads", "1",
                  "--no-dashboard", "--host", "127.0.0.1")
        client = Client(scheduler_file=str(sched_file), set_as_default=False, timeout=START_TIMEOUT)
        client.wait_for_workers(2, timeout=START_TIMEOUT)
        yield sched_file, client
        client.close()
    finally:
        for proc in procs:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()
            if proc.stderr:
                proc.stderr.close()


def _kg(*args: str, env: dict | None = None, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", *args], env=env or ENV, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)


def test_a_worker_killed_mid_build_loses_nothing(user_cluster, reference, tmp_path, hook):
    sched_file, client = user_cluster
    folder = hook(client, HELD, "hold")
    out = tmp_path / "out"
    # KG_SCHEDULER names no scheduler at all: the option wins over it
    build = _kg("build", *map(str, CORPUS), "--out", str(out), "--jobs", "1", "--scheduler", str(sched_file),
                env={**ENV, "KG_SCHEDULER": "tcp://127.0.0.1:9"})
    try:
        first = _wait_for(lambda: list(folder.glob("held-*")), "a worker holding the file", build)
        victim = int(first[0].name.split("-")[1])
        os.kill(victim, signal.SIGKILL)               # the worker process, mid-extraction
        # the scheduler gives the file to another worker, which holds it in turn
        again = _wait_for(lambda: [f for f in folder.glob("held-*") if f != first[0]], "the file retried", build)
        assert int(again[0].name.split("-")[1]) != victim
        (folder / "release").write_text("")
        stdout, stderr = build.communicate(timeout=START_TIMEOUT)
    finally:
        if build.poll() is None:
            build.kill()
            build.wait()
    assert build.returncode == 0, stderr
    assert "32 releases read" in stdout and "0 refused" in stdout
    _same(out, reference)


def test_kg_build_through_the_environment(user_cluster, reference, tmp_path, monkeypatch, capsys):
    from kg import cli

    sched_file, client = user_cluster
    # (a worker killed by the test before is restarted by its nanny: wait until both are back)
    client.wait_for_workers(2, timeout=START_TIMEOUT)
    address = json.loads(sched_file.read_text())["address"]
    monkeypatch.setenv("KG_SCHEDULER", address)
    code = cli.main(["build", *map(str, CORPUS), "--out", str(tmp_path / "out"), "--jobs", "2"])
    assert code == 0
    assert f"cluster {address}: 2 workers" in capsys.readouterr().err
    _same(tmp_path / "out", reference)


def test_an_unreachable_scheduler_is_a_one_line_error(tmp_path):
    import socket

    with socket.socket() as s:                       # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    t0 = time.monotonic()
    build = _kg("build", str(CORPUS[0]), "--out", str(tmp_path / "out"), "--scheduler-timeout", "2",
                env={**ENV, "KG_SCHEDULER": address})
    stdout, stderr = build.communicate(timeout=60)
    assert build.returncode == 1
    assert time.monotonic() - t0 < 30
    errors = [ln for ln in stderr.splitlines() if ln.startswith("kg: error:")]
    assert len(errors) == 1 and address in errors[0] and "Traceback" not in stderr
    assert not (tmp_path / "out").exists()           # nothing made


def test_without_dask_the_error_says_what_to_install(tmp_path):
    code = ("import sys; sys.modules['distributed'] = None\n"     # import distributed → ImportError
            "from kg.cli import main\n"
            f"sys.exit(main(['build', {str(CORPUS[0])!r}, '--out', {str(tmp_path / 'out')!r}, "
            "'--scheduler', 'tcp://127.0.0.1:9']))")
    p = subprocess.run([sys.executable, "-c", code], env=ENV, capture_output=True, text=True, timeout=120)
    assert p.returncode == 1
    assert "pip install 'thai-mfa-kg[cluster]'" in p.stderr and "Traceback" not in p.stderr
