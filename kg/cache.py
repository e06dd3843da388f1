"""Incremental builds: each file's extraction, cached on disk by content and extractor.

``kg build`` reads and extracts every release on its own, so a release's
:class:`~kg.model.Extraction` depends only on

- the file's bytes and its path (the release id and the problems name the file), and
- the extractor: :data:`kg.extract.EXTRACTOR_VERSION`, the vocabularies' versions
  (:func:`kg.vocab.versions`) and a fingerprint of the code and data files that read
  and extract (so an edited regex invalidates the cache even if nobody bumps a
  version).

The cache is one SQLite file, ``OUT/.cache/extractions.sqlite``: key = SHA-256 of
(fingerprint, path, SHA-256 of the bytes *that were extracted*: the digest the
extraction itself carries, ``Extraction.digest``, never an earlier hash of the file),
value = the extraction as plain JSON (:mod:`kg.codec`), with the release *slimmed*
(see :func:`slim`), and beside it a SHA-256 of key and value. Resolution, RDF, metrics
and the view always run over every release, so a build from the cache gives the same
dump, byte for byte, as a clean build.

**It stores data, never code.** Nothing read from the cache is unpickled or run: a
value is JSON, decoded against the record types it must have (:mod:`kg.codec`). A
file that is not a cache of this format (damaged, foreign, or written by an older kg
with pickled values) is not read at all, and is replaced at the next commit; a row
whose checksum or format does not hold is discarded and its file extracted again.
Each is reported as a note (:attr:`ExtractionCache.notes`). The checksums detect
damage, not forgery: whoever may write the cache may change the facts of the next
build, as they could edit ``OUT/kg.ttl`` itself, but never run code through it.

Hashing every input on every build costs more than reading the extractions back (64 MB
of text at 10k releases, 640 MB at 100k), so the same file also keeps each input's
SHA-256 beside its ``stat`` signature (device, inode, size, mtime and ctime in ns), as
git's index does: a file whose signature is unchanged is not read again. A digest is
only kept for a file that was already two seconds old when it was read, and whose
signature was the same before and after the read, so a file rewritten within the
clock's granularity (same size, same mtime) can never be taken for its earlier content.
On a first build (no cache yet) the files are not hashed beforehand at all: each is
read once, by its extraction, and hashed there.

The same file records the last written build (:meth:`ExtractionCache.last_build`): a
signature of its inputs' keys and options, the ``stat`` signatures of the outputs it
wrote, and its result. A build whose signature is the same, over outputs nobody has
touched since, has nothing to do: ``kg build`` keeps them (make's rule, with content
hashes instead of timestamps).

Builds into one output folder are kept apart by its lock (:mod:`kg.outdir`); a cache
folder shared by several output folders (``--cache-dir``) is written under its own
lock (``DIR/.lock``) during a commit, and each build's side file of new entries is
locked while it lives, so the next build sweeps only the side files of dead builds.
"""
from __future__ import annotations

import dataclasses
import errno
import hashlib
import json
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

from .model import Extraction, Release

try:
    import fcntl
except ImportError:                 # not POSIX: no flock, so builds into one folder are not kept apart
    fcntl = None

LOCK_SH, LOCK_EX, LOCK_NB = (fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB) if fcntl else (1, 2, 4)
O_DIRECTORY = getattr(os, "O_DIRECTORY", 0)


def flock(fd: int, op: int) -> None:
    """``flock(2)``; nothing where there is none. A file system without locks (some
    network mounts) is treated the same way: the lock is not taken, never an error."""
    if fcntl is None:
        return
    try:
        fcntl.flock(fd, op)
    except OSError as e:
        if e.errno not in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
            raise

SCHEMA = 2
#: the ``format`` row of a cache file this kg reads; any other file is not read at all
FORMAT = "kg extraction cache 2: JSON values, a SHA-256 of key and value per row"

_umask = os.umask(0o022)
os.umask(_umask)
#: the mode of every file kg writes (outputs and this cache): what ``open`` would give, not
#: mkstemp's 0600, which would hide the outputs from the rest of a team
FILE_MODE = 0o666 & ~_umask
#: the mode of the folders kg makes (mkdtemp's 0700 would hide the outputs from a team)
DIR_MODE = 0o777 & ~_umask
#: The files whose code or data decide what a release's extraction is (a folder: every
#: module of that package).
_FINGERPRINTED = ("model.py", "read.py", "thai.py", "extract/", "linker.py", "vocab.py", "process.py")


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
    return dataclasses.replace(ex, release=slim(ex.release)) if ex.release is not None else ex


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
        files = sorted((here / name).glob("*.py")) if name.endswith("/") else [here / name]
        for f in files:
            h.update(f.relative_to(here).as_posix().encode() + b"\0" + f.read_bytes())
    for data in sorted((here / "data").glob("*.json")):
        h.update(data.name.encode() + b"\0" + data.read_bytes())
    h.update(b"codec.py\0" + (here / "codec.py").read_bytes())     # how a value is written in the cache
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
    """The cache key of one input file, or None when it cannot be read or is too large
    to be a release (never cached)."""
    digest = _hash_file(str(path))
    return _key(str(path), digest[0]) if digest else None


def _hash_file(path: str) -> tuple[bytes, str] | None:
    """(SHA-256, stat signature of the open file after the read) of a file no larger than
    :data:`kg.read.MAX_BYTES`, read in blocks (bounded memory); None when it cannot be
    read or is larger (refused by its size when it is extracted, never read whole)."""
    from .read import MAX_BYTES

    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            if os.fstat(fh.fileno()).st_size > MAX_BYTES:
                return None
            n = 0
            for block in iter(lambda: fh.read(1 << 20), b""):
                n += len(block)
                if n > MAX_BYTES:                  # grew while read
                    return None
                h.update(block)
            after = stat_signature(os.fstat(fh.fileno()))
    except OSError:
        return None
    return h.digest(), after


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
    side file (``.cache/.new-*.sqlite``, locked while this build lives) that
    :meth:`commit` merges into the store once the build's outputs are written (and
    :meth:`discard` deletes when the build writes nothing, e.g. ``--strict`` with a
    refused file). The store keeps exactly the entries the last written build used, so
    it never grows beyond one build's inputs.

    What went wrong with the cache (a damaged or foreign file, a row that fails its
    checksum, a full disk) is collected in :attr:`notes`, one line per kind, naming the
    cache file: never silent, never fatal to the build.
    """

    def __init__(self, directory: str | Path):
        self.dir = Path(directory)
        self.path = self.dir / "extractions.sqlite"
        self.hits = self.misses = 0
        self.used: set[str] = set()
        self._present: set[str] = set()  # used keys known to be in the store (found there, or put by this build)
        self.hashed = 0                  # inputs read and hashed before extraction (their stat signature was new)
        self.notes: list = []            # kg.model.Problem notes about the cache itself
        self._noted: set[str] = set()
        self._bad = 0                    # rows that failed their checksum or format
        self._pending: list[tuple[str, bytes, str]] = []
        self._stats: dict[bytes, tuple[str, bytes]] = {}    # path → (signature, digest) this build
        self._stats_new: list[tuple[bytes, str, bytes]] = []
        self._pre: dict[str, tuple[str, bytes | None]] = {}  # path → (stat signature, digest hashed before extraction)
        self._stat_time = 0
        self._last_build: bytes | None = None        # recorded at commit
        self._last_brief: bytes | None = None        # its signature and outputs alone
        self._new: Path | None = None
        self._new_fd: int | None = None              # the side file, flock'ed while this build lives
        self._new_db: sqlite3.Connection | None = None
        self._made: list[Path] = []
        self._db: sqlite3.Connection | None = None
        self.usable = True               # False: the folder is not a folder; nothing is read or written
        if self.dir.exists() and not self.dir.is_dir():
            self.usable = False
            self._note("not-a-folder", "not a folder, so the extraction cache is off for this build "
                                       "(remove it, or give --cache-dir another folder)", path=self.dir)
            return
        if self.path.exists():
            self._db = self._open_store()

    # ------------------------------------------------------------------ notes
    def _note(self, kind: str, message: str, *, path: Path | None = None) -> None:
        from .model import Problem

        if kind not in self._noted:
            self._noted.add(kind)
            self.notes.append(Problem(str(path or self.path), message, "note"))

    def _open_store(self) -> sqlite3.Connection | None:
        """The store, if it is a cache of :data:`FORMAT`; else None (noted) and replaced at commit.

        Opened for writing (``mode=rw``), so that SQLite rolls back a journal left by a
        killed commit, or deletes a journal that is garbage; opened read-only, either
        would keep the store unreadable for good."""
        db = None
        try:
            try:
                db = sqlite3.connect(f"file:{self.path}?mode=rw", uri=True, timeout=30)
            except sqlite3.OperationalError:
                db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=30)    # a read-only cache folder
            row = db.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
            if row is None or row[0] != FORMAT:
                raise sqlite3.DatabaseError(f"format {row[0] if row else None!r}")
            for table, cols in (("extraction", "key, value, sum"), ("stat", "path, sig, digest, sum"),
                                ("build", "name, value, sum")):
                db.execute(f"SELECT {cols} FROM {table} LIMIT 0")
            return db
        except sqlite3.Error as e:
            if db is not None:
                db.close()
            old = _old_format(self.path)
            why = ("written by an older kg (pickled values, which kg no longer reads)" if old else
                   f"not a kg cache of this version, or damaged ({type(e).__name__}: {e})")
            self._note("foreign", f"{why}: not read; every file is extracted again and the cache is rebuilt")
            return None

    # ------------------------------------------------------------------ keys
    def file_keys(self, paths: Sequence[str]) -> list[str | None]:
        """Each input's cache key before extraction: from the stat table when the file's
        ``stat`` signature is the one recorded, else by hashing the file; ``""`` when there
        is no usable store to look keys up in (nothing is hashed then: the extraction
        reads each file once and its digest gives the key); None when the file cannot be
        read or is too large to be a release (never cached)."""
        if not self.usable:
            return [None] * len(paths)
        old: dict[bytes, tuple[str, bytes]] = {}
        if self._db is not None:
            try:
                for p, sig, d, sm in self._db.execute("SELECT path, sig, digest, sum FROM stat"):
                    if (isinstance(p, bytes) and isinstance(sig, str) and isinstance(d, bytes) and len(d) == 32
                            and sm == _stat_sum(p, sig, d)):
                        old[p] = (sig, d)
                    else:
                        self._bad += 1
            except sqlite3.Error:
                old = {}
        from .read import MAX_BYTES

        keys: list[str | None] = []
        self._stat_time = now = time.time_ns()
        for p in paths:
            try:
                st = os.stat(p)
            except OSError:
                keys.append(None)
                continue
            sig = stat_signature(st)
            raw = os.fsencode(p)         # the path as bytes: any file name, UTF-8 or not, is a key
            if st.st_size > MAX_BYTES:   # refused by its size when extracted: never read here
                self._pre[p] = (sig, None)
                keys.append(None)
                continue
            seen = old.get(raw)
            if seen is not None and seen[0] == sig:
                self._stats[raw] = seen
                self._pre[p] = seen
                keys.append(_key(p, seen[1]))
                continue
            if self._db is None:         # nothing to look up: the extraction reads and hashes it
                self._pre[p] = (sig, None)
                keys.append("")
                continue
            hashed = _hash_file(p)
            if hashed is None:
                keys.append(None)
                continue
            digest, after = hashed
            self.hashed += 1
            self._pre[p] = (sig, digest)
            if after == sig and now - st.st_mtime_ns >= RACY_NS:
                self._stats_new.append((raw, sig, digest))
                self._stats[raw] = (sig, digest)
            keys.append(_key(p, digest))
        return keys

    def settle(self, path: str, ex: Extraction) -> str | None:
        """The key of a fresh extraction of ``path``: that of the bytes it read
        (``ex.digest``). The file's stat signature is remembered with that digest only if
        it is the one seen before the read and is still the file's now (nothing changed
        it in between), and the file was old enough then. A file whose content changed
        between the hash taken before extraction and the read is noted."""
        if not self.usable or not ex.digest:
            return None
        digest = bytes.fromhex(ex.digest)
        pre = self._pre.get(path)
        if pre is None:
            return _key(path, digest)
        sig, before = pre
        if before is not None and before != digest:
            from .model import Problem

            self.notes.append(Problem(path, "changed while the build read it: the graph holds the text as it was "
                                            "read; build again once the file is saved", "note"))
            return _key(path, digest)
        raw = os.fsencode(path)
        if before is None:
            try:
                st = os.stat(path)
            except OSError:
                return _key(path, digest)
            if stat_signature(st) == sig and self._stat_time - st.st_mtime_ns >= RACY_NS:
                self._stats_new.append((raw, sig, digest))
                self._stats[raw] = (sig, digest)
        return _key(path, digest)

    def signature_keys(self, paths: Sequence[str], keys: Sequence[str | None]) -> list[str]:
        """What a build signature records of each input: its key, or for a file never
        cached (unreadable, too large) its stat signature, so that a chmod or a truncation
        still counts as a change."""
        out = []
        for p, k in zip(paths, keys):
            if k:
                out.append(k)
            else:
                pre = self._pre.get(p)
                out.append("uncached:" + (pre[0] if pre else "unreadable"))
        return out

    # ------------------------------------------------------------------ the last build
    def last_build(self, *, brief: bool = False) -> dict | None:
        """What :meth:`record_build` kept of the last written build (a JSON object), or
        None. ``brief``: only its ``signature`` and ``outputs``, read without the rest (the
        result of a 100k-release build is tens of MB, and a build compares signatures
        before it needs the result)."""
        if self._db is None:
            return None
        name = "brief" if brief else "last"
        try:
            row = self._db.execute("SELECT value, sum FROM build WHERE name = ?", (name,)).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        from .codec import Invalid, loads

        value, sm = row
        try:
            if not isinstance(value, bytes) or sm != _sum(name, value):
                raise Invalid("checksum")
            record = loads(value)
            if not isinstance(record, dict):
                raise Invalid("not an object")
        except Invalid:
            self._bad += 1
            return None
        return record

    def record_build(self, record: dict) -> None:
        """Keep ``record`` (JSON-ready) as the last build's, from :meth:`commit` on."""
        from .codec import dumps

        self._last_build = dumps(record)
        self._last_brief = dumps({k: record.get(k) for k in ("signature", "outputs")})

    # ------------------------------------------------------------------ entries
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
        self._present |= found
        return found

    def get_many(self, keys: Iterable[str]) -> dict[str, Extraction]:
        """The extractions stored under ``keys``, in a few queries (one per 900 keys, not
        one per key). A missing entry is a miss; an entry whose checksum or format does
        not hold is a miss too, counted for the note (the file is extracted again and its
        entry replaced)."""
        from .codec import Invalid, decode_extraction

        out: dict[str, Extraction] = {}
        wanted = [k for k in keys if k]
        if self._db is None or not wanted:
            return out
        for i in range(0, len(wanted), 900):
            chunk = wanted[i:i + 900]
            try:
                rows = self._db.execute(
                    f"SELECT key, value, sum FROM extraction WHERE key IN ({','.join('?' * len(chunk))})",
                    chunk).fetchall()
            except sqlite3.Error:
                return out
            for k, value, sm in rows:
                try:
                    if not isinstance(value, bytes) or sm != _sum(k, value):
                        raise Invalid("checksum")
                    out[k] = decode_extraction(value)
                except Invalid:
                    self._bad += 1
        self.hits += len(out)
        return out

    def put(self, key: str | None, ex: Extraction, blob: bytes | None = None) -> None:
        """Store ``ex`` under ``key``; ``blob``: its encoding (:func:`kg.codec.encode_extraction`),
        when a worker made it already."""
        if not key or not self.usable:
            return
        from .codec import encode_extraction

        self.misses += 1
        self.used.add(key)
        self._present.add(key)
        value = blob if blob is not None else encode_extraction(ex)
        self._pending.append((key, value, _sum(key, value)))
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
                self._sweep()
                fd, name = tempfile.mkstemp(prefix=f".new-{os.getpid()}-", suffix=".sqlite", dir=self.dir)
                flock(fd, LOCK_EX)          # alive: the next build's sweep leaves it alone
                self._new, self._new_fd = Path(name), fd
            if self._new_db is None:
                self._new_db = sqlite3.connect(self._new)
                # a scratch file until commit: no journal, no fsync (commit syncs what it keeps)
                self._new_db.execute("PRAGMA journal_mode = OFF")
                self._new_db.execute("PRAGMA synchronous = OFF")
                self._new_db.execute(_TABLE)
            with self._new_db:
                self._new_db.executemany("INSERT OR REPLACE INTO extraction (key, value, sum) VALUES (?, ?, ?)",
                                         self._pending)
        except (OSError, sqlite3.Error) as e:
            self._note("write", f"cannot write the cache ({_why(e)}): this build's extractions are not kept; "
                                "the outputs are not affected", path=self._new or self.dir)
            self.usable = False
        self._pending.clear()

    def _close_new(self) -> None:
        db, self._new_db = self._new_db, None
        if db is not None:
            try:
                db.close()
            except sqlite3.Error:
                pass

    def commit(self) -> None:
        """Merge this build's new entries into the store; drop entries this build did not
        use. A store that was not usable (damaged, foreign, older) is replaced whole."""
        if not self.usable:
            self.discard()
            return
        self.flush()
        self._close_new()
        if not self.usable:               # the flush failed
            self.discard()
            return
        try:
            self._mkdirs()
            with _Locked(self.dir / ".lock"):
                if self._db is None:
                    self._replace_store()
                else:
                    self._merge()
        except (OSError, sqlite3.Error) as e:
            self._note("commit", f"cannot update the cache ({_why(e)}): the next build extracts again what this "
                                 "one extracted; the outputs are not affected")
        self._close_reader()
        self._drop_new()
        self._sweep()
        if self._bad:
            self.notes.append(_bad_note(self.path, self._bad))
            self._bad = 0

    def _fill(self, db: sqlite3.Connection, *, attach: bool) -> None:
        """This build's rows in ``db`` (one transaction): the format, the last build, the
        stat entries of its inputs, its new entries (from the side file when ``attach``);
        entries it did not use are deleted."""
        with db:
            db.execute("INSERT OR REPLACE INTO meta (name, value) VALUES ('format', ?)", (FORMAT,))
            db.execute("DELETE FROM build WHERE name IN ('last', 'brief')")
            if self._last_build is not None:
                db.execute("INSERT INTO build (name, value, sum) VALUES ('last', ?, ?), ('brief', ?, ?)",
                           (self._last_build, _sum("last", self._last_build),
                            self._last_brief, _sum("brief", self._last_brief)))
            db.executemany("INSERT OR REPLACE INTO stat (path, sig, digest, sum) VALUES (?, ?, ?, ?)",
                           ((p, sig, d, _stat_sum(p, sig, d)) for p, sig, d in self._stats_new))
            # The rows this build used and knows to be in the tables (read from them, or
            # just inserted) are a subset of them: a table holding no more rows than those
            # holds no row to delete, and the temporary tables of 10k or 100k keys are made
            # only when some input or entry is gone (a file removed or edited, a new extractor).
            if _rows(db, "stat") > len(self._stats):
                db.execute("CREATE TEMP TABLE seen (path BLOB PRIMARY KEY)")
                db.executemany("INSERT OR IGNORE INTO seen VALUES (?)", ((p,) for p in self._stats))
                db.execute("DELETE FROM stat WHERE path NOT IN (SELECT path FROM seen)")
            if attach:
                db.execute("INSERT OR REPLACE INTO extraction SELECT key, value, sum FROM new.extraction")
            if _rows(db, "extraction") > len(self._present & self.used):
                db.execute("CREATE TEMP TABLE used (key TEXT PRIMARY KEY)")
                db.executemany("INSERT OR IGNORE INTO used VALUES (?)", ((k,) for k in self.used))
                db.execute("DELETE FROM extraction WHERE key NOT IN (SELECT key FROM used)")
        db.execute("DROP TABLE IF EXISTS temp.seen")
        db.execute("DROP TABLE IF EXISTS temp.used")

    def _merge(self) -> None:
        db = self._db
        attach = self._new is not None
        if attach:
            db.execute("ATTACH DATABASE ? AS new", (str(self._new),))
        try:
            self._fill(db, attach=attach)
        finally:
            if attach:
                db.execute("DETACH DATABASE new")
        _compact(db)

    def _replace_store(self) -> None:
        """A new store file from the side file (or empty), renamed over the unusable one;
        its journal (garbage, or of another file) is deleted first, so SQLite can never
        play it back into the new store."""
        if self._new is None:
            fd, name = tempfile.mkstemp(prefix=f".new-{os.getpid()}-", suffix=".sqlite", dir=self.dir)
            flock(fd, LOCK_EX)
            self._new, self._new_fd = Path(name), fd
        db = sqlite3.connect(self._new, timeout=30)
        try:
            db.execute("PRAGMA journal_mode = DELETE")
            db.execute("PRAGMA synchronous = FULL")
            for table in _TABLES:
                db.execute(table)
            self._fill(db, attach=False)
            _compact(db)
        finally:
            db.close()
        os.chmod(self._new, FILE_MODE)          # mkstemp made it 0600; sqlite would not
        for suffix in ("-journal", "-wal", "-shm"):
            try:
                os.unlink(f"{self.path}{suffix}")
            except FileNotFoundError:
                pass
        os.replace(self._new, self.path)
        fsync_dir(self.dir)
        self._new = None

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
            for f in (self._new, Path(f"{self._new}-journal")):
                try:
                    f.unlink()
                except OSError:
                    pass
            self._new = None
        if self._new_fd is not None:
            os.close(self._new_fd)
            self._new_fd = None

    def _sweep(self) -> None:
        """Side files left by dead builds: those no live build holds locked."""
        try:
            found = list(self.dir.glob(".new-*.sqlite"))
        except OSError:
            return
        for f in found:
            if self._new is not None and f == self._new:
                continue
            fd = try_exclusive(f)
            if fd is None:
                continue                      # gone, or a live build's
            try:
                f.unlink()
                Path(f"{f}-journal").unlink(missing_ok=True)
            except OSError:
                pass
            finally:
                os.close(fd)


def _rows(db: sqlite3.Connection, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _sum(key: str, value: bytes) -> str:
    """A row's checksum: SHA-256 of its key and value (a value moved to another key fails)."""
    h = hashlib.sha256(key.encode("utf-8", "surrogatepass"))
    h.update(b"\0")
    h.update(value)
    return h.hexdigest()


def _stat_sum(path: bytes, sig: str, digest: bytes) -> str:
    return hashlib.sha256(path + b"\0" + sig.encode() + b"\0" + digest).hexdigest()


def _bad_note(path: Path, n: int):
    from .model import Problem

    return Problem(str(path), f"{n} cache entr{'y' if n == 1 else 'ies'} failed {'its' if n == 1 else 'their'} "
                              "checksum or format check: discarded (each file extracted again)", "note")


def _why(e: BaseException) -> str:
    if isinstance(e, OSError):
        where = f"{e.filename}: " if e.filename else ""
        return f"{where}{e.strerror or e}"
    return f"{type(e).__name__}: {e}"


def _old_format(path: Path) -> bool:
    """Whether ``path`` is the cache of kg before format 2 (a table of pickled values)."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            cols = [r[1] for r in db.execute("PRAGMA table_info(extraction)")]
            return cols == ["key", "value"]
        finally:
            db.close()
    except sqlite3.Error:
        return False


def try_exclusive(path: Path, flags: int = 0) -> int | None:
    """An open descriptor of ``path`` holding an exclusive ``flock`` taken without waiting,
    or None when the path is gone or someone else holds a lock on it (a live build's
    file, a reader's generation): what a sweep of leftovers may delete and what it may not."""
    try:
        fd = os.open(path, os.O_RDONLY | flags | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        flock(fd, LOCK_EX | LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def fsync_dir(d: Path) -> None:
    """Make a folder's entries (a rename, a new file) durable; best effort where the
    platform cannot open a folder."""
    try:
        fd = os.open(d, os.O_RDONLY | O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class _Locked:
    """An exclusive ``flock`` on ``path`` for a block (created if missing)."""

    def __init__(self, path: Path):
        self.path = path

    def __enter__(self):
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), FILE_MODE)
        try:
            flock(self.fd, LOCK_EX)
        except BaseException:
            os.close(self.fd)
            raise
        return self

    def __exit__(self, *exc):
        os.close(self.fd)


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


_TABLE = "CREATE TABLE IF NOT EXISTS extraction (key TEXT PRIMARY KEY, value BLOB NOT NULL, sum TEXT NOT NULL)"
_STAT_TABLE = ("CREATE TABLE IF NOT EXISTS stat (path BLOB PRIMARY KEY, sig TEXT NOT NULL, digest BLOB NOT NULL, "
               "sum TEXT NOT NULL)")
_BUILD_TABLE = "CREATE TABLE IF NOT EXISTS build (name TEXT PRIMARY KEY, value BLOB NOT NULL, sum TEXT NOT NULL)"
_META_TABLE = "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"
_TABLES = (_META_TABLE, _TABLE, _STAT_TABLE, _BUILD_TABLE)
