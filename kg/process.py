"""One input file in, one :class:`~kg.model.Extraction` out: read, extract, and every
failure a :class:`~kg.model.Problem` naming the file.

Its own module because the extraction cache's fingerprint (:data:`kg.cache._FINGERPRINTED`)
covers the code that shapes an extraction: this function, not the whole build, whose
every change would otherwise make the next build extract every release again.
"""
from __future__ import annotations

import hashlib

from .extract import extract
from .model import Extraction, Problem
from .read import ReadError, read_bytes, release_from_bytes


def process_file(path: str) -> Extraction:
    """Read and extract one file; every failure becomes a Problem naming the file.

    The file is read once; the extraction carries the SHA-256 of exactly those bytes
    (``Extraction.digest``), which the cache keys it by: a file edited while a build
    runs is cached under what was read, never under an earlier hash of the file."""
    try:
        data = read_bytes(path)
    except ReadError as e:
        return Extraction(None, (), (Problem(path, str(e)),))
    return process_bytes(path, data)


def process_bytes(path: str, data: bytes) -> Extraction:
    """:func:`process_file` for bytes already read from ``path`` (by another machine: a
    cluster worker that cannot see the file is sent its bytes, :mod:`kg.cluster`): the
    same extraction, the same problems, naming ``path``."""
    warnings: list[Problem] = []
    digest = hashlib.sha256(data).hexdigest()
    try:
        release = release_from_bytes(path, data, warnings=warnings, sha256=digest)
    except ReadError as e:
        return Extraction(None, (), (Problem(path, str(e)),), digest)
    except Exception as e:  # noqa: BLE001 - one bad file must not stop the build
        return Extraction(None, (), (Problem(path, f"cannot read ({type(e).__name__}: {e}); please report this file"),),
                          digest)
    del data
    try:
        meetings = extract(release)
    except Exception as e:  # noqa: BLE001
        return Extraction(release, (), (*warnings, Problem(path, f"extraction failed ({type(e).__name__}: {e}); please report this file", "warning")), digest)
    problems: tuple[Problem, ...] = tuple(warnings)
    if not meetings:
        problems += (Problem(path, "no meeting found in this release (nothing to add to the graph)", "note"),)
    return Extraction(release, meetings, problems, digest)
