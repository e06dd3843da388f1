"""The whole pipeline: input files → ``OUT/kg.ttl``, ``metrics.json``, ``graph.html``, ``report.json``.

Each file is read and extracted on its own (in worker processes with ``jobs > 1``),
so one bad release yields a :class:`~kg.model.Problem` and never costs the others
their facts. Every output is written to a temporary file and renamed into place, so a
crash or a kill leaves the previous ``OUT`` whole.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import report as _report
from ._gc import gc_paused
from .cache import FILE_MODE
from .model import Extraction, Problem
from .process import process_file
from .read import iter_inputs

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

#: Set by the ``kg`` command, which exits with ``os._exit`` right after the build: the
#: build's large structures (extractions, resolution, graph) are then parked here
#: instead of being freed object by object when the functions return, and moved out of
#: the garbage collector's sight (``gc.freeze``) when it is enabled again. A library
#: caller (a notebook) leaves it False.
PARK_FOR_EXIT = False
_parked: list = []


def default_inputs() -> list[Path]:
    """The bundled releases: ``seeds/`` beside the package (a source checkout)."""
    return [SEEDS]


@dataclass
class BuildResult:
    out: Path
    releases: int = 0
    meetings: int = 0
    officials: int = 0
    triples: int = 0
    refused: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)
    per_release: dict[str, dict] = field(default_factory=dict)
    conflicts: list[dict] = field(default_factory=list)
    written: bool = True          # False when --strict (or nothing read) left OUT untouched
    unchanged: bool = False       # True when nothing changed since the last build: OUT was kept as it was
    seconds: float = 0.0
    #: wall seconds of each stage, in order (``kg build --timings`` prints them)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def problems(self) -> list[Problem]:
        return self.refused + self.warnings

    def summary(self) -> str:
        """One line for stdout; every input file is in one of its counts (read, duplicate,
        skipped, refused), so 995 duplicates among 1,000 files are not hidden."""
        kinds = _report.note_kinds(self.notes)
        return (f"{self.releases} releases read, {self.meetings} meetings, {self.officials} officials, "
                f"{kinds['duplicates']} duplicates, {kinds['skipped']} skipped, "
                f"{len(self.refused)} refused, {len(self.warnings)} warnings → {self.out}")


@contextmanager
def atomic_write(path: Path, mode: str = "w", errors: str = "strict"):
    """Write to a temporary file beside ``path`` and rename it into place on success."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, FILE_MODE)  # mkstemp makes 0600; outputs are shared like any file
        with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8", newline=None if "b" in mode else "\n",
                       errors=None if "b" in mode else errors) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _process_slim(path: str) -> Extraction:
    """:func:`process_file`, the release's body dropped (see :func:`kg.cache.slim`): what
    a worker sends back and what the build keeps, a few hundred bytes per release."""
    from .cache import slim_extraction

    return slim_extraction(process_file(path))


def _extract_chunk(paths: list[str]) -> list[bytes]:
    """A worker's task: a chunk of files, returned in one message, each extraction pickled
    (the form the cache stores: this process unpickles it once and never pickles it again)."""
    import pickle

    return [pickle.dumps(_process_slim(p), protocol=pickle.HIGHEST_PROTOCOL) for p in paths]


def _extract_in_parallel(todo: list[str], jobs: int,
                         tick: Callable[[int], None]) -> Iterable[tuple[Extraction, bytes | None]]:
    """``todo``'s extractions, in order, from ``jobs - 1`` worker processes and this one,
    each with its pickle when a worker made one. They are yielded as soon as every
    earlier one is in (between this process's own chunks), so the workers' results do
    not pile up: at 100k releases their pickles alone would hold 600 MB.

    The files go in chunks. The workers take chunks from the front, this process takes
    them from the back, until the two meet, so neither waits long for the other. A
    worker returns a whole chunk in one message: with one message per release, this
    process's result thread woke thousands of times, each time taking the GIL from this
    process's own extraction (extraction of 10k releases on 2 cores: 1.6× one process
    with a message per release, 1.8× with chunks; two independent processes reach 2.0×).
    If the pool breaks (a worker killed, out of memory), the chunks it held are
    extracted here and the build goes on.
    """
    import pickle
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    size = max(1, min(500, len(todo) // (jobs * 8)))
    chunks = [todo[i:i + size] for i in range(0, len(todo), size)]
    results: list[list[tuple[Extraction, bytes | None]] | None] = [None] * len(chunks)
    front, back = 0, len(chunks)            # chunks[front:back] are not taken yet
    pending: dict = {}                      # future → chunk index
    broken = False
    pool = ProcessPoolExecutor(max_workers=jobs - 1)

    def stop(e: BaseException) -> None:
        nonlocal broken
        if not broken:
            print(f"kg: note: parallel extraction stopped ({type(e).__name__}); continuing in one process",
                  file=sys.stderr)
            broken = True
            pool.shutdown(wait=False, cancel_futures=True)

    def feed() -> None:
        nonlocal front
        while not broken and front < back and len(pending) < 2 * (jobs - 1):
            try:
                pending[pool.submit(_extract_chunk, chunks[front])] = front
            except Exception as e:  # noqa: BLE001 - a broken pool refuses new work
                stop(e)
                return
            front += 1

    def collect(block: bool) -> None:
        done = wait(pending, return_when=FIRST_COMPLETED).done if block else [f for f in pending if f.done()]
        for f in done:
            i = pending.pop(f)
            try:
                results[i] = [(pickle.loads(b), b) for b in f.result()]
            except Exception as e:  # noqa: BLE001 - a worker died (BrokenProcessPool, MemoryError…)
                stop(e)
                results[i] = [(_process_slim(q), None) for q in chunks[i]]
            tick(len(chunks[i]))

    emitted = 0                             # results[:emitted] are yielded (and dropped)
    try:
        feed()
        while front < back:
            back -= 1
            mine = results[back] = []
            for q in chunks[back]:
                mine.append((_process_slim(q), None))
                tick(1)
            collect(block=False)
            feed()
            while emitted < len(chunks) and results[emitted] is not None:
                yield from results[emitted]
                results[emitted] = None
                emitted += 1
        while pending:
            collect(block=True)
    finally:
        pool.shutdown(cancel_futures=True)
    for chunk in results[emitted:]:
        yield from chunk


def _extractions(files: list[Path], keys: list[str | None], jobs: int, progress: bool,
                 cache=None) -> Iterable[Extraction]:
    """Each file's extraction, in input order: from ``cache`` (a :class:`kg.cache.ExtractionCache`)
    when it holds the file's content under its key in ``keys``, else read and extracted
    (in ``jobs`` processes)."""
    from tqdm import tqdm

    paths = [str(f) for f in files]
    known = cache.known(keys) if cache is not None else set()
    todo = [p for p, k in zip(paths, keys) if k not in known]
    bar = tqdm(total=len(files), unit="release", desc="extract", file=sys.stderr,
               disable=not progress or None if progress else True, leave=False)
    if jobs > 1 and len(todo) > 16:
        fresh = _extract_in_parallel(todo, jobs, bar.update)
        counted = len(todo)                           # on the progress bar already
    else:
        fresh = ((_process_slim(q), None) for q in todo)
        counted = 0
    try:
        cached = cache.get_many(k for k in keys if k in known) if cache is not None else {}
        for p, k in zip(paths, keys):
            ex = cached.pop(k, None) if k in known else None
            if ex is None and k in known:
                ex = _process_slim(p)                 # a damaged entry: read again
                bar.update()
            elif ex is None:
                ex, blob = next(fresh)
                if cache is not None:
                    cache.put(k, ex, blob)
                if not counted:
                    bar.update()
            else:
                bar.update()
            yield ex
    finally:
        fresh.close()                                 # a build stopped midway: the pool shuts down now
        if cache is not None:
            cache.flush()
        bar.close()


def build(inputs: Iterable[str | Path] | None = None, *, out: str | Path = "out", jobs: int = 1,
          progress: bool = True, max_nodes: int = 500,
          on_problem: Callable[[Problem], None] | None = None, strict: bool = False,
          cache: bool = True, cache_dir: str | Path | None = None, license: str | None = None) -> BuildResult:
    """Build the knowledge graph of ``inputs`` (files or folders; default: the seeds) into ``out``.

    With ``strict``, any refused file or warning leaves ``out`` untouched (``written`` is
    False); so does a build in which no release at all could be read. ``license`` is the
    IRI written as the dataset's ``dcterms:license`` in ``void.ttl`` (default:
    :data:`kg.dataset.DEFAULT_LICENSE`)."""
    import gc

    with gc_paused():
        try:
            return _build(inputs, out=out, jobs=jobs, progress=progress, max_nodes=max_nodes, on_problem=on_problem,
                          strict=strict, cache=cache, cache_dir=cache_dir, license=license)
        finally:
            if PARK_FOR_EXIT:
                # the first allocation after the collector is back would walk every object the
                # build left alive (1.7 s at 100k releases), for a process about to exit
                gc.freeze()


def _build(inputs, *, out, jobs, progress, max_nodes, on_problem, strict, cache, cache_dir, license) -> BuildResult:
    from . import dataset, rdf
    from .ids import FILE_NAME as IDS_FILE
    from .ids import IdMap
    from .ids import save as save_ids
    from .resolve import resolve

    t0 = time.perf_counter()
    license = dataset.check_license(license or dataset.DEFAULT_LICENSE)
    out = Path(out)
    ids = IdMap.load(out / IDS_FILE)      # kept with --no-cache too: it is what was published (kg.ids)
    inputs = list(inputs) if inputs else default_inputs()
    files, notes = iter_inputs(inputs, skip=[out])      # OUT may sit inside an input folder
    result = BuildResult(out=out, notes=[n for n in notes if n.severity == "note"],
                         refused=[n for n in notes if n.severity == "error"])
    extractions: list[Extraction] = []
    from .cache import ExtractionCache

    store = ExtractionCache(cache_dir if cache_dir is not None else out / ".cache") if cache else None
    keys: list[str | None] = [None] * len(files)
    signature = None
    if store is not None:
        keys = store.file_keys([str(f) for f in files])
        signature = _signature(keys, notes, out=out, max_nodes=max_nodes, strict=strict, license=license)
        kept = _unchanged(store, signature, out)
        if kept is not None:
            for pr in kept.pop("problems"):
                if on_problem:
                    on_problem(pr)
            store.discard()
            result = kept["result"]
            result.unchanged = True
            result.seconds = time.perf_counter() - t0
            result.timings = {"inputs and outputs unchanged: outputs kept": round(result.seconds, 3)}
            return result
    seen: list[Problem] = []
    for ex in _extractions(files, keys, jobs, progress, store):
        for pr in ex.problems:
            {"error": result.refused, "warning": result.warnings, "note": result.notes}[pr.severity].append(pr)
            seen.append(pr)
            if on_problem:
                on_problem(pr)
        if ex.release is not None:
            extractions.append(ex)
    lap = _Laps(result.timings, t0)
    lap("read and extract")
    extractions = _report.account(extractions, result)  # duplicates counted once, shared ids flagged
    res = resolve(extractions)
    rdf.stabilise(res, ids)
    result.releases = len(res.releases)
    result.meetings = len(res.meetings)
    result.officials = len(res.officials)
    result.conflicts = _report.conflicts(res)
    lap("duplicates and resolution")
    if not extractions:
        result.refused.append(Problem(", ".join(map(str, inputs)),
                                      "no release could be read: nothing in the output folder was replaced", "error"))
    if (strict and result.problems) or not extractions:
        result.written = False
        result.seconds = time.perf_counter() - t0
        if store is not None:
            store.discard()
        return result

    turtle = _TurtleInChild.start(res, out / "kg.ttl") if jobs > 1 else None
    if turtle is None:
        with atomic_write(out / "kg.ttl") as fh:
            result.triples = rdf.to_turtle(rdf.triples(res), fh)
        lap("kg.ttl")
    try:
        written = ["kg.ttl", "void.ttl", IDS_FILE, "report.json", *_write_analyst_files(res, out, max_nodes)]
    except BaseException:
        if turtle is not None:
            turtle.abandon()
        raise
    lap("metrics, exports and view")
    if turtle is not None:
        result.triples = turtle.finish()
        lap("kg.ttl (forked writer, after the wait)")
    save_ids(ids, out)                    # after kg.ttl: the map never names IRIs no dump has published
    with atomic_write(out / "void.ttl") as fh:
        fh.write(dataset.describe(res, triples=result.triples, license=license))
    result.seconds = time.perf_counter() - t0
    # a path under a folder whose name is not UTF-8 holds lone surrogates: written as \udcff,
    # a valid JSON escape, instead of failing the build
    with atomic_write(out / "report.json", errors="backslashreplace") as fh:
        # indented for reading when small; compact past a thousand releases (it is then for scripts)
        fh.write(json.dumps(_report.to_json(result, res, license=license), ensure_ascii=False, sort_keys=True,
                            indent=1 if result.releases <= 1000 else None))
    lap("report.json")
    if PARK_FOR_EXIT:
        _parked.append((extractions, res))
    if store is not None:
        import copy

        kept = copy.copy(result)
        kept.timings, kept.seconds = {}, 0.0
        store.record_build({"signature": signature, "outputs": _output_signatures(out, written),
                            "result": kept, "problems": seen})
        store.commit()   # the cache changes only once the outputs are written
    lap("cache")
    return result


def _signature(keys: list[str | None], notes: list[Problem], *, out: Path, max_nodes: int, strict: bool,
               license: str) -> str:
    """What a build's outputs depend on: its inputs (content, path and order), what the
    input listing said, the options, and the package's code, data and libraries."""
    import hashlib

    from .cache import build_fingerprint

    doc = {"code": build_fingerprint(), "out": str(out.resolve()), "max_nodes": max_nodes, "strict": strict,
           "license": license, "epoch": os.environ.get("SOURCE_DATE_EPOCH"),
           "keys": keys, "notes": [(n.path, n.message, n.severity) for n in notes]}
    return hashlib.sha256(json.dumps(doc, sort_keys=True).encode("utf-8", "surrogateescape")).hexdigest()


def _output_signatures(out: Path, names: list[str]) -> dict[str, str] | None:
    from .cache import stat_signature

    try:
        return {name: stat_signature(os.stat(out / name)) for name in names}
    except OSError:
        return None


def _unchanged(store, signature: str, out: Path) -> dict | None:
    """The last build's record if it had this signature and its outputs are still as it
    wrote them (same stat signatures: not edited, replaced or deleted since), else None."""
    brief = store.last_build(brief=True)
    if not (isinstance(brief, dict) and brief.get("signature") == signature):
        return None
    outputs = brief.get("outputs")
    if not (outputs and _output_signatures(out, list(outputs)) == outputs):
        return None
    last = store.last_build()       # written with the brief record, in one transaction
    return last if isinstance(last, dict) and isinstance(last.get("result"), BuildResult) else None


class _Laps:
    """Record the seconds since the previous lap under a stage's name."""

    def __init__(self, into: dict[str, float], t0: float):
        self.into, self.last = into, t0

    def __call__(self, stage: str) -> None:
        now = time.perf_counter()
        self.into[stage] = round(now - self.last, 3)
        self.last = now


def _write_analyst_files(res, out: Path, max_nodes: int) -> list[str]:
    """metrics.json, metrics/*.csv, graph.gexf, graph.graphml and graph.html (their names)."""
    from . import export, metrics, view

    graph = metrics.to_networkx(res)
    doc = metrics.compute(graph)  # also sets each node's metrics, used by the view and the exports
    with atomic_write(out / "metrics.json") as fh:
        # json.dumps, not json.dump: dump streams through the pure-Python encoder (10× slower)
        fh.write(json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True))
    names = ["metrics.json", "graph.html"]
    for name, text in export.files(graph, doc).items():  # metrics/*.csv, graph.gexf, graph.graphml
        with atomic_write(out / name) as fh:
            fh.write(text)
        names.append(name)
    html = view.render(graph, max_nodes=max_nodes)
    with atomic_write(out / "graph.html") as fh:
        fh.write(html)
    from . import site
    site.write(res, graph, out)    # out/site/: one page per entity
    if PARK_FOR_EXIT:
        _parked.append((graph, doc))
    return names


class _TurtleInChild:
    """``kg.ttl`` written by forked children while the parent computes the metrics and view.

    With ``--jobs`` above 1 the work after resolution runs side by side (fork shares the
    resolution copy-on-write: nothing is pickled). The dump is written in two parts, by
    two children: the subjects ``id:claim/`` to ``id:org/``, and ``id:participation/`` to
    ``id:series/`` (:data:`kg.rdf.KINDS`). The sorted dump is the first part followed by
    the second, so the parent joins them by appending the second file to the first, in
    the kernel. At 100k releases the parent, done with its own outputs, waited 6 s for
    one child writing the whole dump; for the two halves it waits about 1 s.

    Each child writes a temporary file beside the dump and reports its triple count
    through a pipe; only the parent renames the joined file into place, after its own
    outputs are written, so a build killed at any moment never leaves a dump of a newer
    build beside older metrics.
    """

    #: the first kind of subject of the second part (:data:`kg.rdf.KINDS` is in the dump's order)
    SPLIT_AT = "participation"

    def __init__(self, children: list, path: Path):
        self.children, self.path = children, path        # [(process, connection, temporary file)]

    @classmethod
    def start(cls, res, path: Path) -> _TurtleInChild | None:
        import multiprocessing as mp

        from .rdf import KINDS

        if "fork" not in mp.get_all_start_methods():
            return None                       # Windows: written in this process
        cut = KINDS.index(cls.SPLIT_AT)
        parts = (KINDS[:cut], KINDS[cut:])
        path.parent.mkdir(parents=True, exist_ok=True)
        ctx = mp.get_context("fork")
        children = []
        try:
            for i, kinds in enumerate(parts):
                fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{i}.", suffix=".tmp", dir=path.parent)
                os.close(fd)
                children.append((None, None, Path(tmp)))
                recv, send = ctx.Pipe(duplex=False)
                proc = ctx.Process(target=_turtle_child, args=(res, tmp, send, os.getpid(), kinds, i == 0),
                                   daemon=True)
                proc.start()
                send.close()
                children[-1] = (proc, recv, Path(tmp))
        except BaseException:
            cls(children, path).abandon()
            raise
        return cls(children, path)

    def finish(self) -> int:
        total = 0
        failure = None
        for proc, conn, _tmp in self.children:
            try:
                kind, value = conn.recv()
            except EOFError:
                kind, value = "error", f"the process writing kg.ttl died (exit code {proc.exitcode})"
            proc.join()
            if kind == "ok":
                total += value
            elif failure is None:
                failure = value
        if failure is not None:
            self.abandon()
            raise RuntimeError(f"writing kg.ttl failed: {failure}")
        first = self.children[0][2]
        try:
            with open(first, "r+b", buffering=0) as dst:
                for _proc, _conn, tmp in self.children[1:]:
                    with open(tmp, "rb", buffering=0) as src:
                        _append(src, dst)
                os.fsync(dst.fileno())
            os.chmod(first, FILE_MODE)
            os.replace(first, self.path)
        except BaseException:
            self.abandon()
            raise
        for _proc, _conn, tmp in self.children[1:]:
            _unlink(tmp)
        return total

    def abandon(self) -> None:
        for proc, _conn, tmp in self.children:
            if proc is not None:
                if proc.is_alive():
                    proc.kill()
                proc.join()
            _unlink(tmp)


def _append(src, dst) -> None:
    """Append the file ``src`` to ``dst`` (both open unbuffered, binary; ``dst`` not in
    append mode, which ``copy_file_range`` refuses): in the kernel where it can."""
    import shutil

    dst.seek(0, os.SEEK_END)
    try:
        while os.copy_file_range(src.fileno(), dst.fileno(), 1 << 30):
            pass
        return
    except (AttributeError, OSError):       # not Linux, an old kernel, a file system without it
        pass
    shutil.copyfileobj(src, dst, 1 << 20)   # on from where the kernel stopped: both offsets moved with it


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _die_with_parent(parent: int) -> None:
    """Linux: the kernel kills this process when its parent dies (``PR_SET_PDEATHSIG``)."""
    import signal

    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)     # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:                           # the parent died before prctl
        os._exit(1)


def _turtle_child(res, tmp: str, conn, parent: int, kinds: tuple[str, ...], prefixes: bool) -> None:
    from . import rdf

    _die_with_parent(parent)
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            n = rdf.to_turtle(rdf.triples(res, kinds=kinds), fh, prefixes=prefixes)
            fh.flush()
            os.fsync(fh.fileno())
        conn.send(("ok", n))
    except BaseException as e:  # noqa: BLE001 - reported to the parent, which raises
        conn.send(("error", f"{type(e).__name__}: {e}"))
    finally:
        conn.close()
