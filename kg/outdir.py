"""The output folder: one writer at a time, and the output set replaced as one.

**One writer.** A build holds an exclusive ``flock`` on ``OUT/.lock`` from start to end.
A second build into the same folder waits for it, saying so, or with ``--no-wait``
stops at once (:class:`Busy`, exit code 3). The kernel releases the lock of a process
that dies, however it dies, so a lock is never left behind; the holder writes its pid
and start time into the file and clears them when it is done, so the next build
recognises a build that died holding it (:attr:`WriterLock.stale`) and sweeps what it
left. Forked children never keep the lock: their copy of the descriptor is closed
as they start.

**One commit.** The outputs are written into a fresh generation folder,
``OUT/.gen/build-…/``, and become current in one atomic step: the symbolic link
``OUT/.gen/current`` is replaced (``rename`` of a new link over it). The names a reader
opens are links through it, made once: ``OUT/kg.ttl`` → ``.gen/current/kg.ttl``, and so
on for each output, so whoever opens ``OUT/kg.ttl``, ``OUT/report.json`` or
``OUT/graph.html`` gets a file of the current generation, never a half-written one; a
build killed, failed or out of disk space before that step leaves the previous
generation current, whole. Generations no reader holds are deleted at the end of
the build, and leftovers of dead builds at the start of the next.

**Readers.** Opening one output gives one generation's file (the link is followed at
open). A reader that needs several files of one generation, or reads one file twice
(the persistent store hashes the dump, then loads it), pins a generation with
:func:`pinned`: a shared ``flock`` on the generation's folder, which a build never
deletes while it is held.

An ``OUT`` written by an older kg (plain files) is adopted by the first build: its
files are hard-linked into a generation, made current, and replaced by the links one
by one (each still showing the old file), before the new generation replaces it.
"""
from __future__ import annotations

import errno
import json
import os
import shutil
import socket
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .cache import DIR_MODE, FILE_MODE, LOCK_EX, LOCK_NB, LOCK_SH, O_DIRECTORY, flock, fsync_dir, try_exclusive

_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
LOCK = ".lock"
GEN = ".gen"
CURRENT = "current"

_held: set[int] = set()          # descriptors of locks this process holds, closed in forked children


def _close_in_child() -> None:
    for fd in list(_held):
        try:
            os.close(fd)
        except OSError:
            pass
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_in_child)


class Busy(Exception):
    """Another build holds the output folder's lock (and the caller would not wait)."""


def _describe(holder: dict | None) -> str:
    if not holder:
        return "another kg build"
    when = holder.get("started")
    since = f", started {time.strftime('%H:%M:%S', time.localtime(when))}" if isinstance(when, (int, float)) else ""
    host = holder.get("host")
    where = f" on {host}" if isinstance(host, str) and host != socket.gethostname() else ""
    return f"another kg build (pid {holder.get('pid')}{where}{since})"


def _read_holder(fd: int) -> dict | None:
    try:
        data = os.pread(fd, 4096, 0)
    except OSError:
        return None
    if not data.strip():
        return None
    try:
        holder = json.loads(data.decode("utf-8"))
    except ValueError:
        holder = None
    return holder if isinstance(holder, dict) else {"pid": "?"}     # unreadable: a holder all the same


class WriterLock:
    """The exclusive lock on ``OUT/.lock`` (``OUT`` is created if missing).

    ``wait``: when another build holds it, call ``on_wait`` with a message and wait;
    else raise :class:`Busy`. After :meth:`acquire`, :attr:`stale` describes a build
    that died holding the lock (its pid and start time were still in the file), or is
    None."""

    def __init__(self, out: str | Path, *, wait: bool = True, on_wait: Callable[[str], None] | None = None):
        self.out = Path(out)
        self.path = self.out / LOCK
        self.wait = wait
        self.on_wait = on_wait
        self.fd: int | None = None
        self.stale: str | None = None
        self.created_out = False

    def acquire(self) -> WriterLock:
        if not self.out.is_dir():
            self.out.mkdir(parents=True, exist_ok=True)
            self.created_out = True
        told = False
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | _CLOEXEC, FILE_MODE)
            try:
                try:
                    flock(fd, LOCK_EX | LOCK_NB)
                except BlockingIOError:
                    who = _describe(_read_holder(fd))
                    if not self.wait:
                        raise Busy(f"{self.out} is being written by {who}; not waiting (--no-wait)") from None
                    if not told and self.on_wait is not None:
                        self.on_wait(f"{self.out} is being written by {who}: waiting for it to finish "
                                     "(Ctrl-C gives up; --no-wait fails at once)")
                        told = True
                    flock(fd, LOCK_EX)
            except BaseException:
                os.close(fd)
                raise
            try:                                   # the file may have been removed or replaced meanwhile
                same = os.path.samestat(os.stat(self.path), os.fstat(fd))
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)
        self.fd = fd
        _held.add(fd)
        holder = _read_holder(fd)
        if holder and holder.get("pid") != os.getpid():
            self.stale = _describe(holder)
        info = {"pid": os.getpid(), "host": socket.gethostname(), "started": time.time()}
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(info).encode(), 0)
        except OSError:
            pass                                   # the lock holds without its note (a full disk)
        return self

    def release(self, *, remove: bool = False) -> None:
        fd, self.fd = self.fd, None
        if fd is None:
            return
        try:
            if remove:
                os.unlink(self.path)               # waiters re-check the path after they get the lock
            else:
                os.ftruncate(fd, 0)                # done: nothing stale for the next build to report
        except OSError:
            pass
        _held.discard(fd)
        os.close(fd)                               # releases the lock

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


# --------------------------------------------------------------------------- generations


def link_target(name: str) -> str:
    """What ``OUT/name`` links to: the name in the current generation."""
    return f"{GEN}/{CURRENT}/{name}"


def is_output_link(path: str | Path) -> bool:
    p = Path(path)
    try:
        return os.readlink(p) == link_target(p.name)
    except OSError:
        return False


class Generations:
    """``OUT/.gen``: the output sets, ``current`` the one readers see. Used under the lock."""

    def __init__(self, out: str | Path):
        self.out = Path(out)
        self.gen = self.out / GEN
        self.staged: str | None = None           # the generation this build writes

    def current(self) -> str | None:
        try:
            name = os.readlink(self.gen / CURRENT)
        except OSError:
            return None
        return name if "/" not in name and name not in ("", ".", "..") and (self.gen / name).is_dir() else None

    def current_folder(self) -> Path | None:
        name = self.current()
        return self.gen / name if name else None

    def stage(self) -> Path:
        """A new, empty generation folder: the build writes its outputs there."""
        self.gen.mkdir(exist_ok=True)
        d = Path(tempfile.mkdtemp(prefix="build-", dir=self.gen))
        os.chmod(d, DIR_MODE)
        self.staged = d.name
        return d

    def replaced(self) -> bool:
        """Whether the generation this build wrote is current (the link says so)."""
        return self.staged is not None and self.current() == self.staged

    def commit(self, stage: Path, names: list[str]) -> None:
        """Make ``stage`` (holding the top-level ``names``) the current generation, in one
        atomic step, once every name of ``OUT`` is a link through ``current``."""
        _fsync_tree(stage)
        adopt = []
        for name in names:
            p = self.out / name
            if is_output_link(p):
                continue
            if os.path.lexists(p):
                adopt.append(name)
            else:
                _symlink_over(link_target(name), p)        # dangles until the switch: nothing there before
        if adopt:
            self._adopt(adopt)
        self._switch(stage.name)
        fsync_dir(self.out)

    def _switch(self, name: str) -> None:
        tmp = self.gen / f".current.{os.getpid()}.tmp"
        _symlink_over(name, tmp)
        os.replace(tmp, self.gen / CURRENT)
        fsync_dir(self.gen)

    def _adopt(self, names: list[str]) -> None:
        """Turn ``OUT/name`` (plain files and folders of an older kg, or outputs someone
        replaced by hand) into links, without a moment in which a reader sees anything
        but the files it saw: a generation of hard links to what is visible now (the
        current generation's files and these names) is made current first."""
        old = self.current()
        held = Path(tempfile.mkdtemp(prefix="adopted-", dir=self.gen))
        os.chmod(held, DIR_MODE)
        if old is not None:
            for entry in os.listdir(self.gen / old):
                _link_tree(self.gen / old / entry, held / entry)
        for name in names:
            _link_tree(self.out / name, held / name)
        _fsync_tree(held)
        self._switch(held.name)
        for name in names:
            p = self.out / name
            tmp = self.out / f".{name}.link.{os.getpid()}.tmp"
            _symlink_over(link_target(name), tmp)
            if p.is_dir() and not p.is_symlink():
                if not _exchange(tmp, p):                     # no renameat2: a moment without the folder
                    aside = self.gen / f".aside-{name}-{os.getpid()}"
                    os.rename(p, aside)
                    os.rename(tmp, p)
                    tmp = aside
                shutil.rmtree(tmp, ignore_errors=True)
            else:
                os.replace(tmp, p)

    def sweep(self) -> list[str]:
        """Delete every generation but the current one that no reader pins, and the
        temporary files of dead builds (also those an older kg left in ``OUT``). Returns
        what was deleted (names relative to ``OUT``)."""
        gone: list[str] = []
        keep = self.current()
        try:
            entries = sorted(os.listdir(self.gen))
        except OSError:
            entries = []
        for name in entries:
            p = self.gen / name
            if name in (keep, CURRENT):
                continue
            if name.endswith(".tmp") or p.is_symlink() or not p.is_dir():
                _remove(p)
                gone.append(f"{GEN}/{name}")
                continue
            fd = try_exclusive(p, O_DIRECTORY)
            if fd is None:
                continue                                  # a reader holds it: the next build deletes it
            try:
                shutil.rmtree(p, ignore_errors=True)
                gone.append(f"{GEN}/{name}")
            finally:
                os.close(fd)
        # an older kg's temporaries (.kg.ttl.x.tmp, metrics/.summary.csv.x.tmp) and a commit's own
        for folder in (self.out, self.out / "metrics"):
            if folder.is_symlink() or not folder.is_dir():
                continue
            for f in folder.glob(".*.tmp"):
                if f.is_file() or f.is_symlink():
                    _remove(f)
                    gone.append(str(f.relative_to(self.out)))
        return gone

    def remove_empty(self) -> None:
        try:
            self.gen.rmdir()
        except OSError:
            pass


@contextmanager
def pinned(path: str | Path) -> Iterator[Path]:
    """``path`` as a file of one generation, which no build deletes while the block runs.

    For ``OUT/kg.ttl`` (a link through ``OUT/.gen/current``) this is
    ``OUT/.gen/<generation>/kg.ttl``, under a shared lock on that generation; any other
    path is given back as it is."""
    p = Path(path)
    if not is_output_link(p):
        yield p
        return
    gen = p.parent / GEN
    for _ in range(100):
        try:
            name = os.readlink(gen / CURRENT)
        except OSError:
            break
        d = gen / name
        try:
            fd = os.open(d, os.O_RDONLY | O_DIRECTORY | _CLOEXEC)
        except OSError:
            continue                                  # deleted between the two reads: read the pointer again
        try:
            flock(fd, LOCK_SH)                        # waits only while a build is deleting it
            if os.fstat(fd).st_nlink == 0 or not (d / p.name).exists():
                continue
            _held.add(fd)
            try:
                yield d / p.name
            finally:
                _held.discard(fd)
            return
        finally:
            os.close(fd)
    yield p


def store_folder(dump: str | Path) -> Path | None:
    """The output folder of ``dump`` when it is a build's output link (``OUT/kg.ttl``), else None."""
    p = Path(dump)
    return p.absolute().parent.resolve() if is_output_link(p) else None


# --------------------------------------------------------------------------- file system steps


def _symlink_over(target: str, link: Path) -> None:
    try:
        os.symlink(target, link)
    except FileExistsError:
        _remove(link)
        os.symlink(target, link)


def _remove(p: Path) -> None:
    try:
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink()
    except FileNotFoundError:
        pass


def _link_tree(src: Path, dst: Path) -> None:
    """``dst`` holding what ``src`` holds, by hard links (a copy where the file system has none)."""
    if src.is_symlink():
        os.symlink(os.readlink(src), dst)
    elif src.is_dir():
        os.mkdir(dst)
        for entry in os.listdir(src):
            _link_tree(src / entry, dst / entry)
    elif src.exists():
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2(RENAME_EXCHANGE)``); False where it
    is not available."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if fn(at_fdcwd, os.fsencode(str(a)), at_fdcwd, os.fsencode(str(b)), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _fsync_tree(d: Path) -> None:
    """fsync the folders of ``d`` (the files are synced by whoever wrote them)."""
    for root, _dirs, _files in os.walk(d):
        fsync_dir(Path(root))
