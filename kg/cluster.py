"""The read-and-extract stage on a Dask distributed cluster (``kg build --scheduler``).

Only extraction leaves this machine: each release is read and extracted on its own
(:func:`kg.process.process_file`), which is what spreads. Resolution, the dump, the
metrics and the view need every release at once and run in the client, exactly as with
``--jobs``; the results come back in input order, so the outputs are byte-identical to
a local build. The extraction cache stays in the client: only files it does not hold
are sent (:func:`kg.build._extractions` asks it first).

How the work goes out:

- **Batches.** The files go in batches of up to :data:`MAX_BATCH` (sized like the
  ``--jobs`` pool's chunks: about :data:`BATCHES_PER_THREAD` per worker thread), one
  task each, at most :data:`IN_FLIGHT_PER_THREAD` per thread submitted at a time, so
  neither the scheduler nor the client's memory holds the whole archive. Each batch
  comes back in one message as soon as it is done; the client yields the extractions
  once every earlier batch is in.
- **Paths or text.** When the workers see the inputs at the same path (shared storage),
  a task carries paths and each file's size and modification time; a worker that finds
  a file different or missing says so, and the client sends that file's bytes instead.
  When they do not, the client reads each batch and sends its bytes. ``files="auto"``
  asks one worker, before the first batch, whether it sees the first file as the client
  does (size and mtime), and chooses from its answer.
- **Failures.** One file that raises anywhere in its extraction is a refused file in
  ``report.json`` (the others of its batch are kept). A worker that dies (killed, out
  of memory) loses its tasks to another worker: Dask reschedules them, up to its
  ``distributed.scheduler.allowed-failures`` deaths per task (default 3); a batch that
  exhausts them (one of its files kills every worker that reads it) is split into
  single-file tasks, and the file that still kills its workers is refused, named. An
  exception raised by a task itself (not by a file) is retried :data:`RETRIES` times.
- **A file that never finishes** (an extractor loop that does not end) holds its worker
  thread; Python cannot stop a thread, so the build waits for it as a local build
  would, saying every :data:`STALL_NOTE_SECONDS` which files it waits for. Ctrl-C stops
  the build and cancels its tasks.
- **Same code.** Each task checks that its worker extracts with the same code and data
  as the client (:func:`kg.cache.fingerprint`): a worker on another version of kg would
  make other facts, and poison the cache.

A worker imports only what extraction needs (:mod:`kg.process` and what it imports:
never rdflib, networkx or pyoxigraph).
"""
from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .build import BuildError
from .model import Extraction, Problem

#: ``files=``: ask a worker whether it sees the inputs; send paths; send the files' bytes
AUTO, SHARED, SEND = "auto", "shared", "send"
FILES = (AUTO, SHARED, SEND)
#: seconds to reach the scheduler before giving up with a clear error
CONNECT_TIMEOUT = 10.0
#: seconds to wait for at least one worker to join the scheduler
WORKER_TIMEOUT = 60.0
#: seconds the probe of shared storage may take before the client sends text instead
PROBE_TIMEOUT = 30.0
#: a batch holds at most this many files (the ``--jobs`` pool's chunk bound)
MAX_BATCH = 500
#: about this many batches per worker thread: the last ones are small, so no thread is
#: left alone with a large batch at the end
BATCHES_PER_THREAD = 8
#: batches submitted at a time per worker thread: every thread has its next batch ready
IN_FLIGHT_PER_THREAD = 2
#: retries of a task that raised (Dask ``retries=``); a worker's death is counted apart
RETRIES = 2
#: a note on stderr when no batch came back for this many seconds
STALL_NOTE_SECONDS = 300.0
#: the message a pip user needs when Dask is missing
INSTALL_HINT = "pip install 'thai-mfa-kg[cluster]'"


@dataclass(frozen=True)
class Cluster:
    """Where and how to extract: the scheduler (an address such as ``tcp://host:8786``,
    or the JSON file ``dask scheduler --scheduler-file`` writes), ``files`` (one of
    :data:`FILES`) and the seconds to reach the scheduler."""

    scheduler: str
    files: str = AUTO
    connect_timeout: float = CONNECT_TIMEOUT

    def __post_init__(self):
        if self.files not in FILES:
            raise ValueError(f"files={self.files!r}: one of {', '.join(FILES)}")


class ClusterError(BuildError):
    """The cluster cannot do the extraction (unreachable, no worker, Dask missing, a
    worker on other code). One line; ``OUT`` is left as it was."""


# --------------------------------------------------------------------------- worker side
def _stat_of(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _probe(path: str, seen: tuple[int, int] | None) -> bool:
    """On a worker: does it see ``path`` as the client does (same size and mtime)?"""
    return seen is not None and _stat_of(path) == tuple(seen)



def _extract_one(path: str, data: bytes | None, encode: bool) -> tuple[Extraction, bytes | None]:
    """One file's slim extraction (and its cache encoding); any exception is this file's
    refusal, never its batch's failure."""
    from .cache import slim_extraction
    from .codec import encode_extraction
    from .process import process_bytes, process_file

    try:
        ex = slim_extraction(process_file(path) if data is None else process_bytes(path, data))
        return ex, encode_extraction(ex) if encode else None
    except Exception as e:  # noqa: BLE001 - one bad file must not fail its batch
        return crashed(path, f"{type(e).__name__}: {e}"), None


def crashed(path: str, why: str) -> Extraction:
    """The extraction of a file the extractor crashed on: refused, with why (not cached:
    it has no digest, so the next build tries the file again)."""
    return Extraction(None, (), (Problem(path, f"the extractor crashed on this file ({why}); "
                                               "please report this file", "error"),))


def _extract_batch(items: list[tuple[str, tuple[int, int] | None, bytes | None]], fingerprint: str,
                   encode: bool) -> tuple[str, list[tuple[Extraction, bytes | None] | None]]:
    """A worker's task: each item is ``(path, (size, mtime_ns), None)`` (read it here) or
    ``(path, None, bytes)`` (sent). Returns ``("ok", results)``, a result None for a path
    this worker does not see as the client did, or ``("code", its fingerprint)`` when the
    worker runs other extraction code than the client."""
    from .cache import fingerprint as code

    mine = code()
    if mine != fingerprint:
        return "code", [mine]
    out: list[tuple[Extraction, bytes | None] | None] = []
    for path, seen, data in items:
        if data is None and (seen is None or _stat_of(path) != tuple(seen)):
            out.append(None)              # not here, or another file: the client sends its bytes
        else:
            out.append(_extract_one(path, data, encode))
    return "ok", out


# --------------------------------------------------------------------------- client side
def connect(scheduler: str, *, timeout: float = CONNECT_TIMEOUT):
    """A ``distributed.Client`` of ``scheduler`` (an address such as ``tcp://host:8786``,
    or the JSON file ``dask scheduler --scheduler-file`` writes); :class:`ClusterError`
    naming it if Dask is missing or the scheduler does not answer within ``timeout``."""
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError(f"--scheduler needs Dask distributed, which is not installed: {INSTALL_HINT}") from None
    address = scheduler
    if os.path.isfile(scheduler):
        try:
            address = json.loads(Path(scheduler).read_text(encoding="utf-8"))["address"]
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise ClusterError(f"{scheduler}: not a Dask scheduler file ({type(e).__name__}: {e})") from None
    try:
        return Client(address, timeout=timeout, set_as_default=False)
    except Exception as e:  # noqa: BLE001 - OSError, TimeoutError, ValueError (a malformed address) …
        why = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise ClusterError(f"cannot reach the Dask scheduler at {address} within {timeout:g} s ({why}); "
                           "nothing in the output folder was replaced") from None


def batch_size(files: int, threads: int) -> int:
    """Files per task: about :data:`BATCHES_PER_THREAD` batches per worker thread, at most
    :data:`MAX_BATCH`, at least one."""
    return max(1, min(MAX_BATCH, files // (max(1, threads) * BATCHES_PER_THREAD)))


def extractions(paths: Sequence[str], *, cluster: Cluster | str, encode: bool = True,
                tick: Callable[[int], None] = lambda n: None,
                say: Callable[[str], None] | None = None) -> Iterator[tuple[Extraction, bytes | None]]:
    """The extraction of each of ``paths``, in their order, made on ``cluster`` (a
    :class:`Cluster`, or a scheduler's address), each with its cache encoding when
    ``encode`` (the worker makes it, as the ``--jobs`` workers do). ``tick(n)``: n more
    files are done (a progress bar); ``say``: one-line notes (which cluster, paths or
    text, a stall). Closing the generator cancels what is left."""
    if isinstance(cluster, str):
        cluster = Cluster(scheduler=cluster)
    client = connect(cluster.scheduler, timeout=cluster.connect_timeout)
    try:
        yield from _run(client, list(paths), encode=encode, tick=tick, files=cluster.files,
                        say=say or (lambda m: None), scheduler=cluster.scheduler)
    finally:
        try:
            client.close(timeout=cluster.connect_timeout)
        except Exception:  # noqa: BLE001 - a scheduler already gone: nothing left to close
            pass


def _run(client, paths: list[str], *, encode, tick, files, say, scheduler) -> Iterator[tuple[Extraction, bytes | None]]:
    import asyncio

    from distributed import wait

    from .cache import fingerprint

    try:
        client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
    except Exception:  # noqa: BLE001 - TimeoutError under several names across Dask versions
        raise ClusterError(f"no Dask worker joined the scheduler at {scheduler} within {WORKER_TIMEOUT:g} s; "
                           "nothing in the output folder was replaced") from None
    threads = max(1, sum(client.nthreads().values()))
    shared = _shared(client, paths[0], files) if paths else files == SHARED
    size = batch_size(len(paths), threads)
    say(f"cluster {scheduler}: {len(client.nthreads())} workers, {threads} threads; {len(paths)} files in batches "
        f"of {size}, {'read by the workers (shared storage)' if shared else 'sent by this client'}")
    code = fingerprint()
    batches = [paths[i:i + size] for i in range(0, len(paths), size)]
    results: list[list | None] = [None] * len(batches)
    # each pending future → (batch index, positions in that batch it covers)
    pending: dict = {}
    left = [len(b) for b in batches]             # files of each batch still to come
    window = IN_FLIGHT_PER_THREAD * threads
    nxt = emitted = serial = 0
    run = uuid.uuid4().hex          # this build's task keys: unique on a shared scheduler

    def submit(i: int, where: list[int], send: bool) -> None:
        """Batch ``i``'s files at positions ``where`` as one task: paths, or (``send``)
        their bytes; a file this client cannot read is refused here, as locally."""
        nonlocal serial
        items, sent = [], []
        for j in where:
            p = batches[i][j]
            data = _read(p) if send else None
            if isinstance(data, Extraction):
                settle(i, j, (data, None))
                continue
            items.append((p, None if send else _stat_of(p), data))
            sent.append(j)
        if items:
            serial += 1
            fut = client.submit(_extract_batch, items, code, encode, retries=RETRIES, pure=False,
                                key=f"kg-extract-{run}-{i}-{serial}")
            pending[fut] = (i, sent)

    def settle(i: int, j: int, value) -> None:
        if results[i] is None:
            results[i] = [None] * len(batches[i])
        results[i][j] = value
        left[i] -= 1
        if left[i] == 0:
            tick(len(batches[i]))

    def feed() -> None:
        nonlocal nxt
        while nxt < len(batches) and len(pending) < window:
            submit(nxt, list(range(len(batches[nxt]))), not shared)
            nxt += 1

    try:
        feed()
        while pending:
            try:
                with client.as_current():        # wait() asks for "the" client; this one is not the default
                    done = wait(list(pending), timeout=STALL_NOTE_SECONDS, return_when="FIRST_COMPLETED").done
            except (TimeoutError, asyncio.TimeoutError):  # one class from Python 3.11, two before
                i, where = min(pending.values())
                say(f"note: no batch came back from the cluster for {STALL_NOTE_SECONDS:g} s; waiting for "
                    f"{len(where)} files from {batches[i][where[0]]} (a file whose extraction never ends holds "
                    "its worker: Ctrl-C stops the build)")
                continue
            except Exception as e:  # noqa: BLE001 - tasks cancelled: the scheduler restarted or went away
                raise ClusterError(f"lost the tasks sent to the Dask scheduler at {scheduler} ({type(e).__name__}); "
                                   "nothing in the output folder was replaced") from None
            for fut in done:
                i, where = pending.pop(fut)
                _collect(client, fut, i, where, batches, settle, submit, scheduler)
            feed()
            while emitted < len(batches) and left[emitted] == 0:
                yield from results[emitted]
                results[emitted] = None
                emitted += 1
        for rest in results[emitted:]:               # settled here, with no task: files this client cannot read
            yield from rest
    finally:
        if pending:
            try:
                client.cancel(list(pending), force=True)
            except Exception:  # noqa: BLE001 - the scheduler is gone: nothing to cancel
                pass


def _collect(client, fut, i: int, where: list[int], batches, settle, submit, scheduler) -> None:
    """One finished task: its extractions settled; files the worker did not see sent as
    bytes; a batch that killed its workers split; anything else a :class:`ClusterError`."""
    from distributed import KilledWorker

    try:
        kind, values = fut.result()
    except KilledWorker:
        if len(where) > 1:               # which file kills the workers? each alone
            for j in where:
                submit(i, [j], False)
            return
        p = batches[i][where[0]]
        settle(i, where[0], (crashed(p, "the process extracting it died each time it was tried: killed, out of "
                                        "memory or a crash in native code"), None))
        return
    except Exception as e:  # noqa: BLE001 - the task failed after its retries, or the scheduler went away
        why = str(e).splitlines()[0] if str(e) else ""
        raise ClusterError(f"the extraction on the cluster at {scheduler} failed ({type(e).__name__}: {why}); "
                           "is thai-mfa-kg installed on every worker? Nothing in the output folder was "
                           "replaced") from None
    finally:
        fut.release()
    if kind == "code":
        raise ClusterError(f"a worker of the cluster at {scheduler} runs other extraction code than this client "
                           f"(fingerprint {values[0][:12]}…): install the same thai-mfa-kg on the workers; "
                           "nothing in the output folder was replaced")
    unseen = []
    for j, value in zip(where, values):
        if value is None:
            unseen.append(j)
        else:
            settle(i, j, value)
    if unseen:
        submit(i, unseen, True)


def _read(path: str) -> bytes | Extraction:
    """The bytes to send for ``path``, or the refused extraction a local build makes of a
    file it cannot read (too large, not a regular file, no permission)."""
    from .process import process_file
    from .read import ReadError, read_bytes

    try:
        return read_bytes(path)
    except ReadError:
        return process_file(path)      # the same refusal, with the same message, made here


def _shared(client, first: str, files: str) -> bool:
    """Whether tasks carry paths: ``files`` unless ``"auto"``, then whether one worker
    sees ``first`` as this client does."""
    if files != AUTO:
        return files == SHARED
    try:
        return bool(client.submit(_probe, first, _stat_of(first), pure=False).result(timeout=PROBE_TIMEOUT))
    except Exception:  # noqa: BLE001 - no answer in time: sending the text always works
        return False

