"""Incremental builds: each file's extraction, cached on disk by content and extractor.

``kg build`` reads and extracts every release on its own, so a release's
:class:`~kg.model.Extraction` depends only on

- the file's bytes and its path (the release id and the problems name the file), and
- the extractor: :data:`kg.extract.EXTRACTOR_VERSION`, the vocabularies' versions
  (:func:`kg.vocab.versions`) and a fingerprint of the code and data files that read
  and extract (so an edited regex invalidates the cache even if nobody bumps a
  version).

The cache is one SQLite file, ``OUT/.cache/extractions.sqlite``: key = SHA-256 of
(fingerprint, path, SHA-256 of the bytes), value = the pickled extraction, with the
release *slimmed* (see :func:`slim`). Resolution, RDF, metrics and the view always run
over every release, so a build from the cache gives the same dump, byte for byte, as
a clean build. A damaged or foreign cache file is set aside and rebuilt, never trusted.

Hashing every input on every build costs more than reading the extractions back (64 MB
of text at 10k releases, 640 MB at 100k), so the same file also keeps each input's
SHA-256 beside its ``stat`` signature (device, inode, size, mtime and ctime in ns), as
git's index does: a file whose signature is unchanged is not read again. A digest is
only kept for a file that was already two seconds old when it was hashed, so a file
rewritten within the clock's granularity after hashing (same size, same mtime) can
never be taken for its earlier content.

The same file records the last written build (:meth:`ExtractionCache.last_build`): a
signature of its inputs' keys and options, the ``stat`` signatures of the outputs it
wrote, and its result. A build whose signature is the same, over outputs nobody has
touched since, has nothing to do: ``kg build`` keeps them (make's rule, with content
hashes instead of timestamps).
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import pickle
import sqlite3
import tempfile
import time
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

from .model import Extraction, Release

SCHEMA = 1

_umask = os.umask(0o022)
os.umask(_umask)
#: the mode of every file kg writes (outputs and this cache): what ``open`` would give, not
#: mkstemp's 0600, which would hide the outputs from the rest of a team
FILE_MODE = 0o666 & ~_umask
#: The files whose code or data decide what a release's extraction is.
_FINGERPRINTED = ("model.py", "read.py", "thai.py", "extract.py", "linker.py", "vocab.py", "process.py")


def slim(release: Release | None) -> Release | None:
    """The release without its body text, for everything after extraction.

    Resolution, RDF, metrics and the report need the title, dates, views, path and
    hash, never the body; holding 100k bodies would cost hundreds of MB. The body is
    replaced by a digest of itself, so code that compares releases by their text
    (duplicates) still sees equal bodies as equal and different bodies as different.
    """
    if release is None or release.body.startswith("\x00sha256:"):
        return release
    digest = hashlib.sha256(release.body.encode("utf-8")).hexdigest()
    return dataclasses.replace(release, body="\x00sha256:" + digest)


def slim_extraction(ex: Extraction) -> Extraction:
    return Extraction(slim(ex.release), ex.meetings, ex.problems) if ex.release is not None else ex


@cache
def fingerprint() -> str:
    """Extractor version, vocabulary versions and a hash of the extracting code and data."""
    from . import __version__
    from .extract import EXTRACTOR_VERSION
    from .vocab import versions

    h = hashlib.sha256()
    h.update(json.dumps({"schema": SCHEMA, "kg": __version__, "extractor": EXTRACTOR_VERSION,
                         "vocab": versions()}, sort_keys=True).encode())
    here = Path(__file__).resolve().parent
    for name in _FINGERPRINTED:
        h.update(name.encode() + b"\0" + (here / name).read_bytes())
    for data in sorted((here / "data").glob("*.json")):
        h.update(data.name.encode() + b"\0" + data.read_bytes())
    return h.hexdigest()


@cache
def build_fingerprint() -> str:
    """:func:`fingerprint` plus every module and data file of the package and the versions
    of the libraries that shape the outputs: whatever could change an output of a build
    whose inputs did not change."""
    from importlib.metadata import PackageNotFoundError, version

    h = hashlib.sha256(fingerprint().encode())
    here = Path(__file__).resolve().parent
    for f in sorted(here.rglob("*")):
        if f.is_file() and f.suffix in (".py", ".json", ".html", ".j2", ".css", ".js", ".rq"):
            h.update(str(f.relative_to(here)).encode() + b"\0" + f.read_bytes())
    for lib in ("networkx", "pyvis", "pyoxigraph", "jinja2", "numpy", "scipy"):
        try:
            h.update(f"{lib}={version(lib)}".encode())
        except PackageNotFoundError:
            h.update(f"{lib}=-".encode())
    return h.hexdigest()


def file_key(path: str | Path) -> str | None:
    """The cache key of one input file, or None when it cannot be read (never cached)."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    return _key(str(path), hashlib.sha256(data).digest())


def _key(path: str, digest: bytes) -> str:
    h = hashlib.sha256()
    h.update(fingerprint().encode())
    h.update(b"\0" + path.encode("utf-8", "surrogateescape") + b"\0")
    h.update(digest)
    return h.hexdigest()


#: a digest is remembered only for files at least this old when hashed (see the module doc)
RACY_NS = 2_000_000_000


def stat_signature(st: os.stat_result) -> str:
    return f"{st.st_dev}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}"


class ExtractionCache:
    """A key → Extraction store in one SQLite file; every failure is a miss, never an error.

    Nothing under ``OUT`` changes until :meth:`commit`: new entries go to a hidden
    side file (``.cache/.new-*.sqlite``) that :meth:`commit` merges into the store once
    the build's outputs are written (and :meth:`discard` deletes when the build writes
    nothing, e.g. ``--strict`` with a refused file). The store keeps exactly the
    entries the last written build used, so it never grows beyond one build's inputs.
    """

    def __init__(self, directory: str | Path):
        self.dir = Path(directory)
        self.path = self.dir / "extractions.sqlite"
        self.hits = self.misses = 0
        self.used: set[str] = set()
        self.hashed = 0                  # inputs read and hashed (their stat signature was new)
        self._pending: list[tuple[str, bytes]] = []
        self._stats: dict[bytes, tuple[str, bytes]] = {}    # path → (signature, digest) this build
        self._stats_new: list[tuple[bytes, str, bytes]] = []
        self._last_build: bytes | None = None        # recorded at commit
        self._last_brief: bytes | None = None        # its signature and outputs alone
        self._new: Path | None = None
        self._new_db: sqlite3.Connection | None = None
        self._made: list[Path] = []
        self._db: sqlite3.Connection | None = None
        if self.path.exists():
            try:
                self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=30)
                self._db.execute("SELECT count(*) FROM extraction WHERE key = ''").fetchone()
            except sqlite3.Error:
                self._db = None        # damaged or foreign: ignored now, replaced at commit

    def file_keys(self, paths: Sequence[str]) -> list[str | None]:
        """Each input's cache key (None: unreadable), hashing only the files whose ``stat``
        signature differs from the one recorded by the last written build."""
        old: dict[bytes, tuple[str, bytes]] = {}
        if self._db is not None:
            try:
                old = {p: (sig, d) for p, sig, d in self._db.execute("SELECT path, sig, digest FROM stat")
                       if isinstance(p, bytes)}
            except sqlite3.Error:
                old = {}                    # a store from before the stat table: hash everything
        keys: list[str | None] = []
        now = time.time_ns()
        for p in paths:
            try:
                st = os.stat(p)
            except OSError:
                keys.append(None)
                continue
            sig = stat_signature(st)
            raw = os.fsencode(p)         # the path as bytes: any file name, UTF-8 or not, is a key
            seen = old.get(raw)
            if seen is not None and seen[0] == sig:
                digest = seen[1]
            else:
                try:
                    with open(p, "rb") as fh:
                        digest = hashlib.sha256(fh.read()).digest()
                        after = stat_signature(os.fstat(fh.fileno()))
                except OSError:
                    keys.append(None)
                    continue
                self.hashed += 1
                if after != sig or now - st.st_mtime_ns < RACY_NS:
                    keys.append(_key(p, digest))
                    continue                 # changing, or too new to trust its mtime: not remembered
                self._stats_new.append((raw, sig, digest))
            self._stats[raw] = (sig, digest)
            keys.append(_key(p, digest))
        return keys

    def last_build(self, *, brief: bool = False) -> dict | None:
        """What :meth:`record_build` kept of the last written build, or None. ``brief``:
        only its ``signature`` and ``outputs``, read without the rest (the result of a
        100k-release build is 35 MB, a quarter of a second to read, and a build compares
        signatures before it needs the result)."""
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT value FROM build WHERE name = ?",
                                   ("brief" if brief else "last",)).fetchone()
            return pickle.loads(row[0]) if row else None
        except Exception:  # noqa: BLE001 - no table yet, or damaged: no record
            return None

    def record_build(self, record: dict) -> None:
        """Keep ``record`` as the last build's, from :meth:`commit` on."""
        self._last_build = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
        self._last_brief = pickle.dumps({k: record.get(k) for k in ("signature", "outputs")},
                                        protocol=pickle.HIGHEST_PROTOCOL)

    def known(self, keys: Iterable[str | None]) -> set[str]:
        """Which of ``keys`` the store holds."""
        wanted = [k for k in keys if k]
        self.used.update(wanted)
        if self._db is None or not wanted:
            return set()
        found: set[str] = set()
        try:
            for i in range(0, len(wanted), 900):
                chunk = wanted[i:i + 900]
                q = f"SELECT key FROM extraction WHERE key IN ({','.join('?' * len(chunk))})"
                found.update(k for (k,) in self._db.execute(q, chunk))
        except sqlite3.Error:
            return set()
        return found

    def get_many(self, keys: Iterable[str]) -> dict[str, Extraction]:
        """The extractions stored under ``keys``, in a few queries (one per 900 keys, not
        one per key); a missing or damaged entry is a miss, never an error."""
        out: dict[str, Extraction] = {}
        wanted = [k for k in keys if k]
        if self._db is None or not wanted:
            return out
        for i in range(0, len(wanted), 900):
            chunk = wanted[i:i + 900]
            try:
                rows = self._db.execute(
                    f"SELECT key, value FROM extraction WHERE key IN ({','.join('?' * len(chunk))})", chunk).fetchall()
            except sqlite3.Error:
                return out
            for k, value in rows:
                try:
                    ex = pickle.loads(value)
                except Exception:  # noqa: BLE001 - a damaged row is a miss
                    continue
                if isinstance(ex, Extraction):
                    out[k] = ex
        self.hits += len(out)
        return out

    def put(self, key: str | None, ex: Extraction, blob: bytes | None = None) -> None:
        """Store ``ex`` under ``key``; ``blob``: its pickle, when a worker made it already."""
        if not key:
            return
        self.misses += 1
        self.used.add(key)
        self._pending.append((key, blob if blob is not None else pickle.dumps(ex, protocol=pickle.HIGHEST_PROTOCOL)))
        if len(self._pending) >= 500:
            self.flush()

    def _mkdirs(self) -> None:
        missing = []
        d = self.dir
        while not d.exists():
            missing.append(d)
            d = d.parent
        for d in reversed(missing):
            d.mkdir()
            self._made.append(d)

    def flush(self) -> None:
        """Move pending entries to the side file (bounded memory on a cold build)."""
        if not self._pending:
            return
        try:
            if self._new is None:
                self._mkdirs()
                fd, name = tempfile.mkstemp(prefix=".new-", suffix=".sqlite", dir=self.dir)
                os.close(fd)
                self._new = Path(name)
            if self._new_db is None:
                self._new_db = sqlite3.connect(self._new)
                # a scratch file until commit: no journal, no fsync (commit syncs what it keeps)
                self._new_db.execute("PRAGMA journal_mode = OFF")
                self._new_db.execute("PRAGMA synchronous = OFF")
                self._new_db.execute(_TABLE)
            with self._new_db:
                self._new_db.executemany("INSERT OR REPLACE INTO extraction (key, value) VALUES (?, ?)", self._pending)
        except (OSError, sqlite3.Error):
            pass
        self._pending.clear()

    def _close_new(self) -> None:
        db, self._new_db = self._new_db, None
        if db is not None:
            try:
                db.close()
            except sqlite3.Error:
                pass

    def commit(self) -> None:
        """Merge this build's new entries into the store; drop entries this build did not use."""
        self.flush()
        self._close_new()
        fresh = self._db is None and self._new is not None     # no usable store: the side file becomes it
        self._close_reader()
        try:
            self._mkdirs()
            try:
                if fresh:
                    db = sqlite3.connect(self._new, timeout=30)
                    db.execute("PRAGMA journal_mode = DELETE")
                    db.execute("PRAGMA synchronous = FULL")
                else:
                    db = sqlite3.connect(self.path, timeout=30)
                for table in _TABLES:
                    db.execute(table)
            except sqlite3.DatabaseError:       # damaged: start afresh
                db.close()
                self.path.unlink()
                db = sqlite3.connect(self.path, timeout=30)
                for table in _TABLES:
                    db.execute(table)
            with db:
                db.execute("DELETE FROM build WHERE name IN ('last', 'brief')")
                if self._last_build is not None:
                    db.execute("INSERT INTO build (name, value) VALUES ('last', ?), ('brief', ?)",
                               (self._last_build, self._last_brief))
                db.executemany("INSERT OR REPLACE INTO stat (path, sig, digest) VALUES (?, ?, ?)", self._stats_new)
                db.execute("CREATE TEMP TABLE seen (path BLOB PRIMARY KEY)")
                db.executemany("INSERT OR IGNORE INTO seen VALUES (?)", ((p,) for p in self._stats))
                db.execute("DELETE FROM stat WHERE path NOT IN (SELECT path FROM seen)")
                if self._new is not None and not fresh:
                    db.execute("ATTACH DATABASE ? AS new", (str(self._new),))
                    db.execute("INSERT OR REPLACE INTO extraction SELECT key, value FROM new.extraction")
                db.execute("CREATE TEMP TABLE used (key TEXT PRIMARY KEY)")
                db.executemany("INSERT OR IGNORE INTO used VALUES (?)", ((k,) for k in self.used))
                db.execute("DELETE FROM extraction WHERE key NOT IN (SELECT key FROM used)")
            if self._new is not None and not fresh:
                db.execute("DETACH DATABASE new")
            _compact(db)
            db.close()
            if fresh:
                os.chmod(self._new, FILE_MODE)          # mkstemp made it 0600; sqlite would not
                os.replace(self._new, self.path)
                self._new = None
        except (OSError, sqlite3.Error):
            pass
        self._drop_new()
        self._sweep()

    def discard(self) -> None:
        """Forget this build's new entries and leave ``OUT`` as it was."""
        self._pending.clear()
        self._stats_new.clear()
        self._close_new()
        self._close_reader()
        self._drop_new()
        for d in reversed(self._made):
            try:
                d.rmdir()
            except OSError:
                break

    def _close_reader(self) -> None:
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
            self._db = None

    def _drop_new(self) -> None:
        if self._new is not None:
            try:
                self._new.unlink()
            except OSError:
                pass
            self._new = None

    def _sweep(self) -> None:
        """Side files left by killed builds, older than an hour."""
        import time

        for f in self.dir.glob(".new-*.sqlite"):
            try:
                if time.time() - f.stat().st_mtime > 3600:
                    f.unlink()
            except OSError:
                pass


#: compact the store when more than half of it is free pages and it is at least this big
COMPACT_BYTES = 32 << 20


def _compact(db: sqlite3.Connection) -> None:
    """VACUUM the store when most of it is dead space. Deleted entries leave free pages
    that later inserts reuse, so the file stays under about twice its live size; after
    a change that invalidates every entry (a new extractor) it would stay at twice for
    good. The check costs two pragmas; the VACUUM comes only after such a change."""
    free = db.execute("PRAGMA freelist_count").fetchone()[0]
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    size = db.execute("PRAGMA page_size").fetchone()[0]
    if free * 2 > pages and pages * size >= COMPACT_BYTES:
        db.execute("VACUUM")


_TABLE = "CREATE TABLE IF NOT EXISTS extraction (key TEXT PRIMARY KEY, value BLOB NOT NULL)"
_STAT_TABLE = "CREATE TABLE IF NOT EXISTS stat (path BLOB PRIMARY KEY, sig TEXT NOT NULL, digest BLOB NOT NULL)"
_BUILD_TABLE = "CREATE TABLE IF NOT EXISTS build (name TEXT PRIMARY KEY, value BLOB NOT NULL)"
_TABLES = (_TABLE, _STAT_TABLE, _BUILD_TABLE)
