"""One input file in, one :class:`~kg.model.Extraction` out: read, extract, and every
failure a :class:`~kg.model.Problem` naming the file.

Its own module because the extraction cache's fingerprint (:data:`kg.cache._FINGERPRINTED`)
covers the code that shapes an extraction: this function, not the whole build, whose
every change would otherwise make the next build extract every release again.
"""
from __future__ import annotations

from .extract import extract
from .model import Extraction, Problem
from .read import ReadError, read_release


def process_file(path: str) -> Extraction:
    """Read and extract one file; every failure becomes a Problem naming the file."""
    warnings: list[Problem] = []
    try:
        release = read_release(path, warnings=warnings)
    except ReadError as e:
        return Extraction(None, (), (Problem(path, str(e)),))
    except Exception as e:  # noqa: BLE001 - one bad file must not stop the build
        return Extraction(None, (), (Problem(path, f"cannot read ({type(e).__name__}: {e}); please report this file"),))
    try:
        meetings = extract(release)
    except Exception as e:  # noqa: BLE001
        return Extraction(release, (), (*warnings, Problem(path, f"extraction failed ({type(e).__name__}: {e}); please report this file", "warning")))
    problems: tuple[Problem, ...] = tuple(warnings)
    if not meetings:
        problems += (Problem(path, "no meeting found in this release (nothing to add to the graph)", "note"),)
    return Extraction(release, meetings, problems)
