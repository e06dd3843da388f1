"""The whole pipeline: input files → ``OUT/kg.ttl``, ``metrics.json``, ``graph.html``, ``report.json``.

Each file is read and extracted on its own (in worker processes with ``jobs > 1``, or
on a Dask cluster: :mod:`kg.cluster`), so one bad release yields a :class:`~kg.model.Problem` and never costs the others
their facts.

One build at a time writes into ``OUT`` (an exclusive lock on ``OUT/.lock``), and the
whole output set is written into a new generation folder and made current in one
atomic step (:mod:`kg.outdir`): a build that fails, is killed or runs out of disk
space at any moment leaves the previous ``OUT`` whole, and readers see either the
previous set or the new one, never a mix. SIGINT and SIGTERM stop the workers and
the dump's writer processes with the build; a child that dies is reported in one line
(:class:`BuildError`).
"""
from __future__ import annotations

import json
import os
import signal
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
    #: how the releases were resolved: "updated" (the previous build's resolution, with the
    #: releases added: :mod:`kg.resolve_state`), "full", or "" (no resolution: nothing changed)
    resolved: str = ""

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


class BuildError(RuntimeError):
    """The build stopped (a write failed, a child process died); the message says what,
    where, and that ``OUT`` still holds the previous build's outputs. One line."""


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


def _extract_chunk(paths: list[str], encode: bool = True) -> list[tuple[Extraction, bytes | None]]:
    """A worker's task: a chunk of files, returned in one message, each extraction with
    its encoding for the cache (:func:`kg.codec.encode_extraction`) when ``encode``: the
    parent stores those bytes as they are and never encodes the extraction again."""
    from .codec import encode_extraction

    out = []
    for p in paths:
        ex = _process_slim(p)
        out.append((ex, encode_extraction(ex) if encode else None))
    return out


_HELD = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def _signals_held():
    """Fork with Ctrl-C and SIGTERM held back. A child forked as Ctrl-C reaches the whole
    group would take it before it can ignore it: a KeyboardInterrupt in the fork's hooks
    (a traceback on the build's stderr) or in its start. Held, the signal waits: the child
    ignores it once it has said so (:func:`_release_signals`), and this process takes it as
    the block ends."""
    if not hasattr(signal, "pthread_sigmask"):      # Windows: no fork either
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _release_signals() -> None:
    """In a child forked under :func:`_signals_held`, once its own handlers are set."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)


def _worker_start(parent: int) -> None:
    """Each worker, as it starts: it dies with the build (never an orphan holding a pipe),
    leaves Ctrl-C to the build (which stops it), and holds no copy of the build's stdout
    (``out=$(kg build …)`` returns when the build does)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent(parent)
    _release_signals()
    _detach_stdout()


def _detach_stdout() -> None:
    try:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, 1)
        os.close(fd)
    except OSError:
        pass


def _extract_in_parallel(todo: list[str], jobs: int, tick: Callable[[int], None],
                         encode: bool = True) -> Iterable[tuple[Extraction, bytes | None]]:
    """``todo``'s extractions, in order, from ``jobs - 1`` worker processes and this one,
    each with its encoding for the cache when a worker made one. They are yielded as
    soon as every earlier one is in (between this process's own chunks), so the workers'
    results do not pile up.

    The files go in chunks. The workers take chunks from the front, this process takes
    them from the back, until the two meet, so neither waits long for the other. A
    worker returns a whole chunk in one message: with one message per release, this
    process's result thread woke thousands of times, each time taking the GIL from this
    process's own extraction (extraction of 10k releases on 2 cores: 1.6× one process
    with a message per release, 1.8× with chunks; two independent processes reach 2.0×).
    If the pool breaks (a worker killed, out of memory), the chunks it held are
    extracted here and the build goes on. If the build stops (Ctrl-C, SIGTERM, an
    error), the workers are killed at once, not waited for.
    """
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    size = max(1, min(500, len(todo) // (jobs * 8)))
    chunks = [todo[i:i + size] for i in range(0, len(todo), size)]
    results: list[list[tuple[Extraction, bytes | None]] | None] = [None] * len(chunks)
    front, back = 0, len(chunks)            # chunks[front:back] are not taken yet
    pending: dict = {}                      # future → chunk index
    broken = False
    pool = ProcessPoolExecutor(max_workers=jobs - 1, initializer=_worker_start, initargs=(os.getpid(),))

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
                with _signals_held():       # the pool forks its workers as work is submitted
                    pending[pool.submit(_extract_chunk, chunks[front], encode)] = front
            except Exception as e:  # noqa: BLE001 - a broken pool refuses new work
                stop(e)
                return
            front += 1

    def collect(block: bool) -> None:
        done = wait(pending, return_when=FIRST_COMPLETED).done if block else [f for f in pending if f.done()]
        for f in done:
            i = pending.pop(f)
            try:
                results[i] = f.result()
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
    except BaseException:
        _kill_pool(pool)
        raise
    pool.shutdown(cancel_futures=True)
    for chunk in results[emitted:]:
        yield from chunk


def _kill_pool(pool) -> None:
    """Stop a process pool now: kill its workers (a worker may be midway through a chunk
    of 500 files, or blocked writing its result), then let it go."""
    procs = list((getattr(pool, "_processes", None) or {}).values())
    for proc in procs:
        try:
            proc.kill()
        except (OSError, AttributeError, ValueError):
            pass
    try:
        pool.shutdown(wait=False, cancel_futures=True)
    except Exception:  # noqa: BLE001 - a broken pool: nothing more to stop
        pass
    for proc in procs:
        try:
            proc.join(timeout=5)
        except (OSError, AttributeError, ValueError, AssertionError):
            pass


#: up to this many new or changed files, a build with ``--jobs`` above 1 extracts them in
#: one worker beside the cache being read back, not in chunks across the workers
ASIDE_MAX = 16


def _extract_aside(todo: list[str], encode: bool) -> Iterable[tuple[Extraction, bytes | None]]:
    """``todo``'s extractions (a few files: a rebuild's new or changed releases) from one
    worker process started now, so that it reads and extracts them while this process
    reads the others' back from the cache: the first extraction in a process costs
    half a second of compiling the extractor's patterns, as long as the read-back of
    10k cached extractions. If the worker fails (killed, out of memory), they are
    extracted here."""
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=1, initializer=_worker_start, initargs=(os.getpid(),))
    try:
        with _signals_held():
            future = pool.submit(_extract_chunk, todo, encode)
    except Exception:  # noqa: BLE001 - no worker could be started: extracted here
        _kill_pool(pool)
        return ((_process_slim(q), None) for q in todo)

    def results() -> Iterable[tuple[Extraction, bytes | None]]:
        try:
            done = future.result()
        except Exception as e:  # noqa: BLE001 - the worker died (BrokenProcessPool, MemoryError…)
            print(f"kg: note: the extraction beside the cache stopped ({type(e).__name__}); continuing in one "
                  "process", file=sys.stderr)
            done = [(_process_slim(q), None) for q in todo]
        except BaseException:
            _kill_pool(pool)
            raise
        pool.shutdown(cancel_futures=True)
        yield from done

    gen = results()
    return _Closing(gen, pool)


class _Closing:
    """An iterator that also stops a pool when closed before its end (a build stopped
    midway: Ctrl-C, an error)."""

    def __init__(self, gen, pool):
        self.gen, self.pool = gen, pool

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.gen)

    def close(self) -> None:
        self.gen.close()
        _kill_pool(self.pool)


def _extractions(files: list[Path], keys: list[str | None], jobs: int, progress: bool,
                 cache=None, cluster=None) -> Iterable[tuple[Extraction, str | None]]:
    """Each file's extraction, in input order, with its cache key: from ``cache`` (a
    :class:`kg.cache.ExtractionCache`) when it holds the file's content under its key in
    ``keys``, else read and extracted (in ``jobs`` processes, or on the Dask cluster
    ``cluster``: :mod:`kg.cluster`) and stored under the key of the bytes that
    extraction read (:meth:`~kg.cache.ExtractionCache.settle`)."""
    from tqdm import tqdm

    paths = [str(f) for f in files]
    known = cache.known(keys) if cache is not None else set()
    todo = [p for p, k in zip(paths, keys) if k not in known]
    bar = tqdm(total=len(files), unit="release", desc="extract", file=sys.stderr,
               disable=not progress or None if progress else True, leave=False)
    encode = cache is not None and cache.usable
    if cluster is not None and todo:                  # only what the cache lacks goes to the cluster
        from . import cluster as _cluster

        fresh = _cluster.extractions(todo, cluster=cluster, encode=encode, tick=bar.update,
                                     say=_say if progress else None)
        counted = len(todo)
    elif jobs > 1 and len(todo) > ASIDE_MAX:
        fresh = _extract_in_parallel(todo, jobs, bar.update, encode)
        counted = len(todo)                           # on the progress bar already
    elif jobs > 1 and todo:
        fresh = _extract_aside(todo, encode)
        counted = 0
    else:
        fresh = ((_process_slim(q), None) for q in todo)
        counted = 0
    try:
        cached = cache.get_many(k for k in keys if k in known) if cache is not None else {}
        for p, k in zip(paths, keys):
            ex = cached.pop(k, None) if k in known else None
            if ex is None and k in known:
                ex = _process_slim(p)                 # a damaged entry: read again
                k = cache.settle(p, ex)
                cache.put(k, ex)
                bar.update()
            elif ex is None:
                ex, blob = next(fresh)
                if cache is not None:
                    k = cache.settle(p, ex)
                    cache.put(k, ex, blob)
                if not counted:
                    bar.update()
            else:
                bar.update()
            yield ex, k
    finally:
        fresh.close()                                 # a build stopped midway: the pool stops now
        if cache is not None:
            cache.flush()
        bar.close()


def build(inputs: Iterable[str | Path] | None = None, *, out: str | Path = "out", jobs: int = 1,
          progress: bool = True, max_nodes: int = 500,
          on_problem: Callable[[Problem], None] | None = None, strict: bool = False,
          cache: bool = True, cache_dir: str | Path | None = None, license: str | None = None, wait: bool = True,
          on_wait: Callable[[str], None] | None = None, cluster=None) -> BuildResult:
    """Build the knowledge graph of ``inputs`` (files or folders; default: the seeds) into ``out``.

    With ``strict``, any refused file or warning leaves ``out`` untouched (``written`` is
    False); so does a build in which no release at all could be read. ``license`` is the
    IRI written as the dataset's ``dcterms:license`` in ``void.ttl`` (default:
    :data:`kg.dataset.DEFAULT_LICENSE`).

    Another build writing into ``out``: wait for it (``on_wait`` is told why, by default
    on stderr), or with ``wait=False`` raise :class:`kg.outdir.Busy` at once.

    ``cluster``: read and extract on a Dask cluster, the rest here, with the same
    outputs: a :class:`kg.cluster.Cluster` or just the scheduler's address (or scheduler
    file). :class:`kg.cluster.ClusterError` (a :class:`BuildError`) when the cluster
    cannot do it."""
    import gc

    with gc_paused():
        try:
            return _build(inputs, out=out, jobs=jobs, progress=progress, max_nodes=max_nodes, on_problem=on_problem,
                          strict=strict, cache=cache, cache_dir=cache_dir, license=license, wait=wait,
                          on_wait=on_wait, cluster=cluster)
        finally:
            if PARK_FOR_EXIT:
                # the first allocation after the collector is back would walk every object the
                # build left alive (1.7 s at 100k releases), for a process about to exit
                gc.freeze()


def _say(message: str) -> None:
    print(f"kg: {message}", file=sys.stderr, flush=True)


def _build(inputs, *, out, jobs, progress, max_nodes, on_problem, strict, cache, cache_dir, license, wait,
           on_wait, cluster=None) -> BuildResult:
    from . import dataset, outdir

    license = dataset.check_license(license or dataset.DEFAULT_LICENSE)
    out = Path(out)
    lock = outdir.WriterLock(out, wait=wait, on_wait=on_wait or _say)
    lock.acquire()
    t0 = time.perf_counter()
    committed = False
    gens = outdir.Generations(out)
    try:
        swept = gens.sweep()                            # what dead builds left
        result = _build_locked(inputs, out=out, jobs=jobs, progress=progress, max_nodes=max_nodes,
                               on_problem=on_problem, strict=strict, cache=cache, cache_dir=cache_dir,
                               license=license, gens=gens, t0=t0, lock=lock, swept=swept, cluster=cluster)
        committed = result.written and not result.unchanged
        return result
    except BaseException as e:
        # for the message of whoever stops the build: which output set OUT holds now
        committed = gens.replaced()
        try:
            e.kg_replaced = committed
        except AttributeError:
            pass
        raise
    finally:
        empty = lock.created_out and not committed and not any(
            n != outdir.LOCK for n in os.listdir(out)) if out.is_dir() else False
        lock.release(remove=empty)
        if empty:
            try:
                out.rmdir()                             # --strict or nothing read into a new OUT: no trace
            except OSError:
                pass


def _interrupted_note(result, lock, swept, on_problem, transient: list) -> None:
    """Notes on what a dead build left: its lock, its files (now swept)."""
    if lock.stale is None and not swept:
        return
    what = f"{lock.stale} did not finish (killed?)" if lock.stale else "an interrupted build left files"
    gone = f"; removed what it left: {', '.join(swept[:5])}{' …' if len(swept) > 5 else ''}" if swept else ""
    pr = Problem(str(lock.path), f"{what}; its lock is taken over{gone}", "note")
    result.notes.append(pr)
    transient.append(pr)
    if on_problem:
        on_problem(pr)


def _build_locked(inputs, *, out, jobs, progress, max_nodes, on_problem, strict, cache, cache_dir, license, gens,
                  t0, lock, swept, cluster=None) -> BuildResult:
    from .ids import FILE_NAME as IDS_FILE
    from .ids import IdMap

    ids = IdMap.load(out / IDS_FILE)      # kept with --no-cache too: it is what was published (kg.ids)
    inputs = list(inputs) if inputs else default_inputs()
    files, notes = iter_inputs(inputs, skip=[out])      # OUT may sit inside an input folder
    result = BuildResult(out=out, notes=[n for n in notes if n.severity == "note"],
                         refused=[n for n in notes if n.severity == "error"])
    transient: list[Problem] = []                       # notes about this build alone, not replayed
    _interrupted_note(result, lock, swept, on_problem, transient)
    from .cache import ExtractionCache

    store = ExtractionCache(cache_dir if cache_dir is not None else out / ".cache") if cache else None
    try:
        return _build_cached(inputs, files, notes, result, store, transient, ids, out=out, jobs=jobs,
                             progress=progress, max_nodes=max_nodes, on_problem=on_problem, strict=strict,
                             license=license, gens=gens, t0=t0, cluster=cluster)
    except BaseException:
        if store is not None:
            store.discard()                               # no side file left behind
        raise


def _build_cached(inputs, files, notes, result, store, transient, ids, *, out, jobs, progress, max_nodes,
                  on_problem, strict, license, gens, t0, cluster=None) -> BuildResult:
    from . import rdf, resolve_state
    from .resolve import resolve

    extractions: list[Extraction] = []
    keyed_by: dict[int, str | None] = {}                # each extraction (by id) → its cache key
    paths = [str(f) for f in files]
    keys: list[str | None] = [None] * len(files)
    if store is not None:
        keys = store.file_keys(paths)
        signature = _signature(store.signature_keys(paths, keys), notes, out=out, max_nodes=max_nodes, strict=strict,
                               license=license)
        kept = _unchanged(store, signature, out)
        if kept is not None:
            result, problems = kept
            for pr in problems:
                if on_problem:
                    on_problem(pr)
            result.notes.extend(transient)                # a dead build's lock taken over, all the same
            store.discard()
            result.unchanged = True
            result.seconds = time.perf_counter() - t0
            result.timings = {"inputs and outputs unchanged: outputs kept": round(result.seconds, 3)}
            return result
    seen: list[Problem] = []
    used: list[str | None] = []
    for ex, key in _extractions(files, keys, jobs, progress, store, cluster):
        used.append(key)
        for pr in ex.problems:
            {"error": result.refused, "warning": result.warnings, "note": result.notes}[pr.severity].append(pr)
            seen.append(pr)
            if on_problem:
                on_problem(pr)
        if ex.release is not None:
            extractions.append(ex)
            keyed_by[id(ex)] = key
    if store is not None:
        _cache_notes(store, result, on_problem, transient)
    lap = _Laps(result.timings, t0)
    lap("read and extract")
    copies: dict = {}
    extractions = _report.account(extractions, result, copies=copies)  # duplicates counted once, shared ids flagged
    if store is not None:
        # the previous build's resolution, updated from the releases added when that is exact
        res, state, result.resolved = resolve_state.resolution(
            extractions, [keyed_by[id(ex)] for ex in extractions], gens.current_folder())
    else:
        res, state, result.resolved = resolve(extractions), None, "full"
    res.copies = copies
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

    stage = _staged(gens.stage, out)
    try:
        if state is not None:
            _keep_state(state, stage)
            lap(f"resolution state kept (resolved: {result.resolved})")    # --timings tells which way
        written = _write_outputs(res, result, stage, ids, out=out, jobs=jobs, max_nodes=max_nodes, license=license,
                                 lap=lap, t0=t0, gens=gens, page_keys=store is not None)
        try:
            # hidden names (the entity pages' keys, kg.site.KEYS_FILE) stay in the generation: not outputs
            gens.commit(stage, sorted(n for n in os.listdir(stage) if not n.startswith(".")))
        except OSError as e:
            raise BuildError(_cannot(e, out, "make the new outputs current")) from None
    except BaseException:
        if not gens.replaced():
            _rmtree(stage)                             # never current: nobody saw it
        raise
    lap("commit")
    # the previous generation deleted (unless a reader holds it) while the cache is
    # updated: thousands of unlinks beside SQLite's writes, both mostly in the kernel
    sweeping = _Background(gens.sweep)
    try:
        if PARK_FOR_EXIT:
            _parked.append((extractions, res))
        if store is not None:
            record = _record(result, _signature(store.signature_keys(paths, used), notes, out=out,
                                                max_nodes=max_nodes, strict=strict, license=license),
                             _output_signatures(out, written), seen, transient)
            store.record_build(record)
            store.commit()   # the cache changes only once the outputs are current
            _cache_notes(store, result, on_problem, transient)
    finally:
        sweeping.join()
    lap("cache")
    return result


def _keep_state(state: dict, stage: Path) -> None:
    """The resolution's state beside the outputs, for the next build (hidden: not an output).
    Without it that build resolves every release again, as a clean build does: a write that
    fails leaves no state rather than failing the build."""
    from . import resolve_state

    try:
        resolve_state.save(state, stage)
    except OSError:
        _unlink(stage / resolve_state.STATE_FILE)


class _Background:
    """``fn()`` in a thread; :meth:`join` waits for it and raises what it raised."""

    def __init__(self, fn: Callable[[], object]):
        import threading

        self.error: BaseException | None = None

        def run() -> None:
            try:
                fn()
            except BaseException as e:  # noqa: BLE001 - raised again by join(), in the build's thread
                self.error = e

        self.thread = threading.Thread(target=run, name="kg-sweep", daemon=True)
        self.thread.start()

    def join(self) -> None:
        self.thread.join()
        if self.error is not None:
            raise self.error


def _staged(make: Callable[[], Path], out: Path) -> Path:
    try:
        return make()
    except OSError as e:
        raise BuildError(_cannot(e, out, "make a folder for the new outputs")) from None


def _cache_notes(store, result: BuildResult, on_problem, transient: list) -> None:
    for pr in store.notes:
        result.notes.append(pr)
        transient.append(pr)
        if on_problem:
            on_problem(pr)
    store.notes.clear()


def _write_outputs(res, result: BuildResult, stage: Path, ids, *, out: Path, jobs: int, max_nodes: int, license: str,
                   lap, t0: float, gens, page_keys: bool = False) -> list[str]:
    """Every output of the build, written into ``stage``; their names (relative).
    ``page_keys``: reuse the entity pages whose data are unchanged since the current
    generation, and record this one's (:func:`kg.site.write`; a build with its cache)."""
    from . import dataset, dump, rdf
    from .dump import UNITS_FILE
    from .ids import FILE_NAME as IDS_FILE

    # a build with its cache writes the dump by units and records them, so that the next
    # one patches it (kg.dump); one with --no-cache writes it whole, as a clean build
    units = (gens.current_folder(), stage / UNITS_FILE) if page_keys else None
    turtle = _TurtleInChild.start(res, stage / "kg.ttl", out=out, jobs=jobs, units=units) if jobs > 1 else None
    try:
        if turtle is None and units is not None:
            try:
                result.triples = dump.write(res, stage / "kg.ttl", previous=units[0], record=units[1]).triples
            except OSError as e:
                if not e.filename:
                    e.filename = str(stage / "kg.ttl")
                raise BuildError(_cannot(e, out, "write kg.ttl")) from None
            lap("kg.ttl")
        elif turtle is None:
            with _output(stage, "kg.ttl", out) as fh:
                result.triples = rdf.to_turtle(rdf.triples(res), fh)
            lap("kg.ttl")
        written = ["kg.ttl", "void.ttl", IDS_FILE, "report.json",
                   *_write_analyst_files(res, stage, max_nodes, out=out, previous=gens.current_folder(), lap=lap,
                                         page_keys=page_keys, jobs=jobs)]
        lap("entity pages")
        if turtle is not None:
            result.triples = turtle.finish()
            lap("kg.ttl (forked writer, after the wait)")
    except BaseException:
        if turtle is not None:
            turtle.abandon()
        raise
    with _output(stage, IDS_FILE, out) as fh:      # after kg.ttl: the map never names IRIs no dump has published
        fh.write(ids.to_json())
    with _output(stage, "void.ttl", out) as fh:
        fh.write(dataset.describe(res, triples=result.triples, license=license))
    result.seconds = time.perf_counter() - t0
    # a path under a folder whose name is not UTF-8 holds lone surrogates: written as \udcff,
    # a valid JSON escape, instead of failing the build
    with _output(stage, "report.json", out, errors="backslashreplace") as fh:
        # indented for reading when small; compact past a thousand releases (it is then for scripts)
        fh.write(json.dumps(_report.to_json(result, res, license=license), ensure_ascii=False, sort_keys=True,
                            indent=1 if result.releases <= 1000 else None))
    lap("report.json")
    return written


def _cannot(e: OSError, out: Path, what: str) -> str:
    """One line for a failed write: the path, the system's reason, and that OUT is intact."""
    where = e.filename if e.filename else out
    return (f"{where}: cannot {what}: {e.strerror or e}; nothing in {out} was replaced "
            "(it holds the previous build's outputs)")


@contextmanager
def _output(stage: Path, name: str, out: Path, errors: str = "strict"):
    """``stage/name`` open for writing text, synced when the block ends; any failure to
    write it (a full disk, no permission) is a :class:`BuildError` naming the path."""
    path = stage / name
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n", errors=errors) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as e:
        if not e.filename:
            e.filename = str(path)
        raise BuildError(_cannot(e, out, f"write {name}")) from None


def _rmtree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


def _record(result: BuildResult, signature: str, outputs, problems: list[Problem], transient: list[Problem]) -> dict:
    """The cache's record of a written build, as plain JSON data (read back by :func:`_unchanged`)."""
    from .codec import encode_problems

    skip = set(transient)

    return {"signature": signature, "outputs": outputs, "problems": encode_problems(problems),
            "result": {"out": str(result.out), "releases": result.releases, "meetings": result.meetings,
                       "officials": result.officials, "triples": result.triples,
                       "refused": encode_problems(result.refused), "warnings": encode_problems(result.warnings),
                       "notes": encode_problems([n for n in result.notes if n not in skip]),
                       "per_release": result.per_release,
                       "conflicts": result.conflicts}}


def _result_of(doc) -> BuildResult:
    """The :class:`BuildResult` of a record's ``result``; :class:`kg.codec.Invalid` if it does not fit."""
    from .codec import Invalid, decode_problems

    if not isinstance(doc, dict):
        raise Invalid("not an object")
    counts = [doc.get(k) for k in ("releases", "meetings", "officials", "triples")]
    if not all(type(n) is int for n in counts) or not isinstance(doc.get("out"), str):
        raise Invalid("counts")
    per, conflicts = doc.get("per_release"), doc.get("conflicts")
    if not (isinstance(per, dict) and all(isinstance(v, dict) for v in per.values())
            and isinstance(conflicts, list) and all(isinstance(c, dict) for c in conflicts)):
        raise Invalid("report")
    return BuildResult(out=Path(doc["out"]), releases=counts[0], meetings=counts[1], officials=counts[2],
                       triples=counts[3], refused=decode_problems(doc.get("refused")),
                       warnings=decode_problems(doc.get("warnings")), notes=decode_problems(doc.get("notes")),
                       per_release=per, conflicts=conflicts)


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


def _unchanged(store, signature: str, out: Path) -> tuple[BuildResult, list[Problem]] | None:
    """The last build's result and problems if it had this signature and its outputs are
    still as it wrote them (same stat signatures: not edited, replaced or deleted
    since), else None. A record that does not fit its format counts as no record."""
    from .codec import Invalid, decode_problems

    brief = store.last_build(brief=True)
    if not (isinstance(brief, dict) and brief.get("signature") == signature):
        return None
    outputs = brief.get("outputs")
    if not (isinstance(outputs, dict) and outputs and _output_signatures(out, list(outputs)) == outputs):
        return None
    last = store.last_build()       # written with the brief record, in one transaction
    try:
        if not isinstance(last, dict) or last.get("signature") != signature:
            raise Invalid("record")
        return _result_of(last.get("result")), decode_problems(last.get("problems"))
    except Invalid:
        return None


class _Laps:
    """Record the seconds since the previous lap under a stage's name."""

    def __init__(self, into: dict[str, float], t0: float):
        self.into, self.last = into, t0

    def __call__(self, stage: str) -> None:
        now = time.perf_counter()
        self.into[stage] = round(now - self.last, 3)
        self.last = now


def _write_analyst_files(res, stage: Path, max_nodes: int, *, out: Path, previous: Path | None = None,
                         lap=None, page_keys: bool = False, jobs: int = 1) -> list[str]:
    """metrics.json, metrics/*.csv, graph.gexf, graph.graphml and graph.html (their names),
    and the entity pages under site/. ``previous``: the current generation, whose pages
    are hard-linked into ``stage`` first, so that the pages a build does not change cost
    a link, not a write (a page is replaced by a rename, never written in place, so the
    previous generation's file is never touched). ``lap``: told when the metrics, exports
    and view are written, before the pages (``--timings`` shows the two apart: the pages
    are most of it, and the bench reports them beside the rebuild's floor).
    ``page_keys``: :func:`kg.site.write`'s ``keys`` (the pages of ``previous`` whose data
    are unchanged are kept as they are, not rendered again). With ``jobs`` above 1 the
    pages are written by a forked child (:class:`_PagesInChild`) while this process
    computes the metrics, exports and view: the pages read only what
    :func:`kg.metrics.to_networkx` puts on the graph, never the metrics."""
    from . import export, metrics, view

    graph = metrics.to_networkx(res)
    pages = _PagesInChild.start(res, graph, stage, out=out, previous=previous, keys=page_keys) if jobs > 1 else None
    try:
        doc = metrics.compute(graph)  # also sets each node's metrics, used by the view and the exports
        with _output(stage, "metrics.json", out) as fh:
            # json.dumps, not json.dump: dump streams through the pure-Python encoder (10× slower)
            fh.write(json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True))
        names = ["metrics.json", "graph.html"]
        for name, text in export.files(graph, doc).items():  # metrics/*.csv, graph.gexf, graph.graphml
            with _output(stage, name, out) as fh:
                fh.write(text)
            names.append(name)
        html = view.render(graph, max_nodes=max_nodes)
        with _output(stage, "graph.html", out) as fh:
            fh.write(html)
        if lap is not None:
            lap("metrics, exports and view")
        if pages is not None:
            pages.finish()
        else:
            _write_pages(res, graph, stage, out=out, previous=previous, keys=page_keys)
    except BaseException:
        if pages is not None:
            pages.abandon()
        raise
    if PARK_FOR_EXIT:
        _parked.append((graph, doc))
    return names


def _write_pages(res, graph, stage: Path, *, out: Path, previous: Path | None, keys: bool) -> None:
    """site/: the previous generation's pages linked in, then :func:`kg.site.write`."""
    from . import site

    try:
        if previous is not None and (previous / "site").is_dir():
            _link_tree(previous / "site", stage / "site")
        site.write(res, graph, stage, keys=keys, previous=previous)    # site/: one page per entity
    except OSError as e:
        raise BuildError(_cannot(e, out, "write the entity pages")) from None


class _PagesInChild:
    """The entity pages (``site/``) written by a forked child while the parent computes
    the metrics, exports and view: at 10k releases the two take about as long, and the
    pages are mostly the kernel's work (links, writes), so on two cores they overlap.
    The child shares the resolution and the graph copy-on-write (nothing is pickled),
    dies with the parent, ignores Ctrl-C (the parent stops it) and reports through a
    pipe; a child that dies or fails is a :class:`BuildError` of one line, and nothing
    in ``OUT`` is replaced."""

    WHAT = "the entity pages"

    def __init__(self, proc, conn, out: Path):
        self.proc, self.conn, self.out = proc, conn, out

    @classmethod
    def start(cls, res, graph, stage: Path, *, out: Path, previous: Path | None, keys: bool) -> _PagesInChild | None:
        import multiprocessing as mp

        if "fork" not in mp.get_all_start_methods():
            return None                       # Windows: written in this process
        ctx = mp.get_context("fork")
        recv, send = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_pages_child, args=(res, graph, stage, out, previous, keys, send, os.getpid()),
                           daemon=True)
        with _signals_held():
            proc.start()
        send.close()
        return cls(proc, recv, out)

    def finish(self) -> None:
        try:
            kind, value = self.conn.recv()
        except EOFError:
            self.proc.join()
            kind, value = "died", self.proc.exitcode
        self.proc.join()
        if kind != "ok":
            raise BuildError(_child_failure(self.WHAT, kind, value, self.out))

    def abandon(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join()


def _pages_child(res, graph, stage: Path, out: Path, previous: Path | None, keys: bool, conn, parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)        # Ctrl-C reaches the whole group: the parent decides
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent(parent)
    _release_signals()
    _detach_stdout()
    try:
        _write_pages(res, graph, stage, out=out, previous=previous, keys=keys)
        conn.send(("ok", None))
    except BuildError as e:
        conn.send(("message", str(e)))
    except BaseException as e:  # noqa: BLE001 - reported to the parent, which raises
        conn.send(("error", f"{type(e).__name__}: {e}"))
    finally:
        conn.close()


def _child_failure(what: str, kind: str, value, out: Path) -> str:
    """The one line for a child that failed to write ``what``."""
    kept = f"nothing in {out} was replaced (it holds the previous build's outputs)"
    if kind == "message":
        return value
    if kind == "died":
        if isinstance(value, int) and value < 0:
            try:
                how = f"was killed by {signal.Signals(-value).name}"
            except ValueError:
                how = f"was killed by signal {-value}"
        else:
            how = f"exited with code {value}"
        return f"the process writing {what} {how}; {kept}"
    return f"writing {what} failed: {value}; {kept}"


class _TurtleInChild:
    """``kg.ttl`` written by forked children while the parent computes the metrics and view.

    With ``--jobs`` above 1 the work after resolution runs side by side (fork shares the
    resolution copy-on-write: nothing is pickled). With ``--jobs`` above 2 the dump is
    written in two parts, by two children: the subjects ``id:claim/`` to ``id:org/``, and
    ``id:participation/`` to ``id:series/`` (:data:`kg.rdf.KINDS`). The sorted dump is
    the first part followed by the second, so the parent joins them by appending the
    second file to the first, in the kernel. With ``--jobs 2`` one child writes it all:
    the parent's own outputs (metrics, view and the entity pages) take longer than the
    whole dump (at 10k releases 5-6 s against 3 s of CPU), and a second writer would
    only take CPU from the parent on two cores (three processes on two cores: the
    parent, on the build's critical path, got two thirds of one). A build with its cache
    writes the dump by units (:mod:`kg.dump`) in one child whatever ``--jobs``: a rebuild
    patches the previous dump in a fraction of a second, and the first build records
    the units it patches from.

    Each child writes a temporary file in the build's new generation folder and reports
    its triple count through a pipe; the parent joins them into ``kg.ttl`` there, and
    the generation becomes current only once every output is written. A child dies with
    the parent (``PR_SET_PDEATHSIG``), ignores Ctrl-C (the parent stops it) and holds no
    copy of the parent's stdout; a child that dies is a :class:`BuildError` of one line.
    """

    #: the first kind of subject of the second part (:data:`kg.rdf.KINDS` is in the dump's order)
    SPLIT_AT = "participation"

    def __init__(self, children: list, path: Path, out: Path):
        self.children, self.path, self.out = children, path, out   # [(process, connection, temporary file)]

    #: the --jobs from which the dump is written by two children, not one
    TWO_WRITERS_FROM = 3

    @classmethod
    def start(cls, res, path: Path, *, out: Path, jobs: int,
              units: tuple[Path | None, Path] | None = None) -> _TurtleInChild | None:
        """The children started; None where there is no ``fork`` (the dump is then
        written in this process). ``units``: (the previous generation, the record to
        write): one child writes the dump by units (:func:`kg.dump.write`), patching the
        previous one where it can: a patch is a fraction of a second's work."""
        import multiprocessing as mp

        from .rdf import KINDS

        if "fork" not in mp.get_all_start_methods():
            return None                       # Windows: written in this process
        cut = KINDS.index(cls.SPLIT_AT)
        parts = (KINDS[:cut], KINDS[cut:]) if jobs >= cls.TWO_WRITERS_FROM and units is None else (KINDS,)
        ctx = mp.get_context("fork")
        children = []
        try:
            for i, kinds in enumerate(parts):
                try:
                    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{i}.", suffix=".tmp", dir=path.parent)
                except OSError as e:
                    raise BuildError(_cannot(e, out, "write kg.ttl")) from None
                os.close(fd)
                children.append((None, None, Path(tmp)))
                recv, send = ctx.Pipe(duplex=False)
                proc = ctx.Process(target=_turtle_child, args=(res, tmp, send, os.getpid(), kinds, i == 0, units),
                                   daemon=True)
                with _signals_held():
                    proc.start()
                    children[-1] = (proc, recv, Path(tmp))
                send.close()
        except BaseException:
            cls(children, path, out).abandon()
            raise
        return cls(children, path, out)

    def finish(self) -> int:
        total = 0
        failure = None
        try:
            for proc, conn, _tmp in self.children:
                try:
                    kind, value = conn.recv()
                except EOFError:
                    proc.join()
                    kind, value = "died", proc.exitcode
                proc.join()
                if kind == "ok":
                    total += value
                elif failure is None:
                    failure = (kind, value)
        except BaseException:
            self.abandon()
            raise
        if failure is not None:
            self.abandon()
            raise BuildError(self._failure(*failure))
        first = self.children[0][2]
        try:
            with open(first, "r+b", buffering=0) as dst:
                for _proc, _conn, tmp in self.children[1:]:
                    with open(tmp, "rb", buffering=0) as src:
                        _append(src, dst)
                os.fsync(dst.fileno())
            os.chmod(first, FILE_MODE)
            os.replace(first, self.path)
        except OSError as e:
            self.abandon()
            if not e.filename:
                e.filename = str(self.path)
            raise BuildError(_cannot(e, self.out, "write kg.ttl")) from None
        except BaseException:
            self.abandon()
            raise
        for _proc, _conn, tmp in self.children[1:]:
            _unlink(tmp)
        return total

    def _failure(self, kind: str, value) -> str:
        if kind == "oserror":
            err, why, where = value
            kept = f"nothing in {self.out} was replaced (it holds the previous build's outputs)"
            return f"{where}: cannot write kg.ttl: {why}; {kept}"
        return _child_failure("kg.ttl", kind, value, self.out)

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


def _turtle_child(res, tmp: str, conn, parent: int, kinds: tuple[str, ...], prefixes: bool,
                  units: tuple[Path | None, Path] | None = None) -> None:
    from . import dump, rdf

    signal.signal(signal.SIGINT, signal.SIG_IGN)        # Ctrl-C reaches the whole group: the parent decides
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent(parent)
    _release_signals()
    _detach_stdout()
    try:
        if units is not None:
            n = dump.write(res, Path(tmp), previous=units[0], record=units[1]).triples
        else:
            with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
                n = rdf.to_turtle(rdf.triples(res, kinds=kinds), fh, prefixes=prefixes)
                fh.flush()
                os.fsync(fh.fileno())
        conn.send(("ok", n))
    except OSError as e:
        conn.send(("oserror", (e.errno, e.strerror or str(e), e.filename or tmp)))
    except BaseException as e:  # noqa: BLE001 - reported to the parent, which raises
        conn.send(("error", f"{type(e).__name__}: {e}"))
    finally:
        conn.close()


def _link_tree(src: Path, dst: Path) -> None:
    """``dst``: a tree of hard links to ``src``'s files (its hidden files left out); a
    copy where the file system has no hard links."""
    import shutil

    for root, dirs, files in os.walk(src):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel = Path(root).relative_to(src)
        (dst / rel).mkdir(parents=True, exist_ok=True)
        for f in files:
            if f.startswith("."):
                continue
            try:
                os.link(Path(root) / f, dst / rel / f)
            except OSError:
                shutil.copy2(Path(root) / f, dst / rel / f)
