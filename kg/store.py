"""A persistent Oxigraph store beside the Turtle dump (``OUT/store/``), loaded once.

Loading the dump into memory costs a few seconds per million triples every time; a
store on disk (RocksDB) is opened in milliseconds and serves many readers, so
``kg serve`` (``oxigraph serve-read-only``) and notebooks can share it. The store is
rebuilt only when the dump changes: ``OUT/store/kg.stamp`` records the dump's size,
``stat`` signature and SHA-256 (the signature answers "is it current?" without reading
the dump; the hash decides when the signature changed). It is built in a temporary
folder beside it and renamed into place, so a reader never sees a half-loaded store.

After the bulk load the store is compacted (``Store.optimize()`` / ``oxigraph optimize``):
a bulk-loaded RocksDB store left as written answers point lookups several times slower
(on the dump of 100k releases a two-pattern join over 196k participations took 5.3 s
instead of 1.1 s), and a read-only store never compacts itself. It adds about 1 s per
million triples to the build.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from .cache import stat_signature   # one definition of a file's stat signature

STAMP = "kg.stamp"
LAYOUT = "bulk-loaded, compacted"  # in the stamp: a store built before compaction is rebuilt once


class StoreError(RuntimeError):
    """The store cannot be built; the message says why and what to do."""


def default_location(dump: str | Path) -> Path:
    """``store/`` beside the dump: for a build's ``OUT/kg.ttl`` (a link into the current
    generation, see :mod:`kg.outdir`), ``OUT/store``, shared by every generation."""
    from .outdir import store_folder

    folder = store_folder(dump)
    return (folder if folder is not None else Path(dump).resolve().parent) / "store"


def _stamp_of(dump: Path) -> dict:
    st = dump.stat()
    h = hashlib.sha256()
    with dump.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return {"dump": dump.name, "size": st.st_size, "sha256": h.hexdigest(), "store": LAYOUT}


def _stat_of(dump: Path) -> str:
    return stat_signature(dump.stat())


def _read_stamp(loc: Path) -> dict | None:
    try:
        stamp = json.loads((loc / STAMP).read_text())
        return stamp if isinstance(stamp, dict) else None
    except (OSError, ValueError):
        return None


def is_current(dump: str | Path, location: str | Path | None = None, *, hash_if_needed: bool = True) -> bool:
    """Whether the store holds this dump. The dump's ``stat`` signature, recorded with the
    store, answers without reading the dump (hashing 500 MB takes a second); when it
    differs, the dump's SHA-256 decides, unless ``hash_if_needed`` is False."""
    dump = Path(dump)
    loc = Path(location) if location else default_location(dump)
    stamp = _read_stamp(loc)
    if stamp is None:
        return False
    try:
        if stamp.get("stat") == _stat_of(dump) and stamp.get("store") == LAYOUT and stamp.get("dump") == dump.name:
            return True
        if not hash_if_needed:
            return False
        return {k: v for k, v in stamp.items() if k != "stat"} == _stamp_of(dump)
    except OSError:
        return False


def companions(dump: Path) -> list[Path]:
    """Files a build writes beside ``kg.ttl`` that belong in the same store: the dataset
    description ``void.ttl`` (kg.dataset), so a query can ask what the dump is."""
    void = dump.parent / "void.ttl"
    return [void] if dump.name == "kg.ttl" and void.is_file() else []


def ensure(dump: str | Path, location: str | Path | None = None, *, oxigraph: str | None = None,
           announce: Callable[[Path], None] | None = None) -> Path:
    """The store of ``dump`` at ``location`` (default ``store/`` beside the dump), loading it
    if it is missing or older than the dump. With ``oxigraph`` (the server binary), load
    with ``oxigraph load`` so the server reads a store written by its own version;
    otherwise with pyoxigraph's bulk loader."""
    from .outdir import pinned

    dump = Path(dump)
    if not dump.is_file():
        raise StoreError(f"{dump}: no such dump; run 'kg build' first")
    loc = Path(location) if location else default_location(dump)
    # a build's OUT/kg.ttl: one generation's file, which no build deletes meanwhile, so that
    # the dump hashed for the stamp is the dump loaded, whatever a build does at the time
    with pinned(dump) as dump:
        return _ensure(dump, loc, oxigraph=oxigraph, announce=announce)


def _ensure(dump: Path, loc: Path, *, oxigraph: str | None, announce: Callable[[Path], None] | None) -> Path:
    if is_current(dump, loc, hash_if_needed=False):
        return loc
    if is_current(dump, loc):                     # same content, new stat signature (a copy, a touch)
        _restamp(loc, dump)
        return loc
    if announce is not None:
        announce(loc)                            # about to load: seconds per million triples
    stat_before = _stat_of(dump)
    stamp = _stamp_of(dump)
    if loc.exists() and not (loc / STAMP).exists() and any(loc.iterdir()):
        raise StoreError(f"{loc}: exists and is not a kg store; remove it or choose another --store")
    loc.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{loc.name}.", suffix=".tmp", dir=loc.parent))
    try:
        if oxigraph:
            for part in (dump, *companions(dump)):
                p = subprocess.run([oxigraph, "load", "--location", str(tmp), "--file", str(part),
                                    "--format", "text/turtle"], capture_output=True, text=True)
                if p.returncode != 0:
                    raise StoreError(f"oxigraph load failed: {(p.stderr or p.stdout).strip()[-2000:]}")
            p = subprocess.run([oxigraph, "optimize", "--location", str(tmp)], capture_output=True, text=True)
            if p.returncode != 0:
                raise StoreError(f"oxigraph optimize failed: {(p.stderr or p.stdout).strip()[-2000:]}")
        else:
            import pyoxigraph as ox

            st = ox.Store(str(tmp))
            for part in (dump, *companions(dump)):
                st.bulk_load(path=str(part), format=ox.RdfFormat.TURTLE)
            st.optimize()
            st.flush()
            del st
        if _stat_of(dump) == stat_before:       # not replaced meanwhile: the shortcut may trust it
            stamp["stat"] = stat_before
        (tmp / STAMP).write_text(json.dumps(stamp))
        old = None
        if loc.exists():
            old = loc.with_name(f".{loc.name}.old-{os.getpid()}")
            os.replace(loc, old)
        os.replace(tmp, loc)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return loc


def _restamp(loc: Path, dump: Path) -> None:
    """Record the dump's current stat signature in the stamp (best effort)."""
    stamp = _read_stamp(loc) or {}
    stamp["stat"] = _stat_of(dump)
    try:
        tmp = loc / f".{STAMP}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps(stamp))
        os.replace(tmp, loc / STAMP)
    except OSError:
        pass


def open_read_only(dump: str | Path, location: str | Path | None = None, *,
                   announce: Callable[[Path], None] | None = None):
    """A read-only :class:`pyoxigraph.Store` over the dump's persistent store (built if
    needed; ``announce`` is called with its location first)."""
    import pyoxigraph as ox

    return ox.Store.read_only(str(ensure(dump, location, announce=announce)))
