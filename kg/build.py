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

from .extract import extract
from .model import Extraction, Problem
from .read import ReadError, iter_inputs, read_release

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


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
    seconds: float = 0.0

    @property
    def problems(self) -> list[Problem]:
        return self.refused + self.warnings

    def summary(self) -> str:
        return (f"{self.releases} releases read, {self.meetings} meetings, {self.officials} officials, "
                f"{len(self.refused)} refused, {len(self.warnings)} warnings → {self.out}")


def process_file(path: str) -> Extraction:
    """Read and extract one file; every failure becomes a Problem naming the file."""
    try:
        release = read_release(path)
    except ReadError as e:
        return Extraction(None, (), (Problem(path, str(e)),))
    except Exception as e:  # noqa: BLE001 - one bad file must not stop the build
        return Extraction(None, (), (Problem(path, f"cannot read ({type(e).__name__}: {e}); please report this file"),))
    try:
        meetings = extract(release)
    except Exception as e:  # noqa: BLE001
        return Extraction(release, (), (Problem(path, f"extraction failed ({type(e).__name__}: {e}); please report this file", "warning"),))
    problems: tuple[Problem, ...] = ()
    if not meetings:
        problems = (Problem(path, "no meeting found in this release (nothing to add to the graph)", "note"),)
    return Extraction(release, meetings, problems)


@contextmanager
def atomic_write(path: Path, mode: str = "w"):
    """Write to a temporary file beside ``path`` and rename it into place on success."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8", newline=None if "b" in mode else "\n") as fh:
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


def _extractions(files: list[Path], jobs: int, progress: bool) -> Iterable[Extraction]:
    from tqdm import tqdm

    bar = tqdm(total=len(files), unit="release", desc="extract", file=sys.stderr,
               disable=not progress or None if progress else True, leave=False)
    try:
        if jobs > 1 and len(files) > 16:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(max_workers=jobs) as pool:
                for ex in pool.map(process_file, [str(f) for f in files], chunksize=32):
                    bar.update()
                    yield ex
        else:
            for f in files:
                ex = process_file(str(f))
                bar.update()
                yield ex
    finally:
        bar.close()


def build(inputs: Iterable[str | Path] | None = None, *, out: str | Path = "out", jobs: int = 1,
          progress: bool = True, max_nodes: int = 500,
          on_problem: Callable[[Problem], None] | None = None) -> BuildResult:
    """Build the knowledge graph of ``inputs`` (files or folders; default: the seeds) into ``out``."""
    from . import metrics, rdf, view
    from .resolve import resolve

    t0 = time.perf_counter()
    out = Path(out)
    files, notes = iter_inputs(list(inputs) if inputs else default_inputs())
    result = BuildResult(out=out, notes=[n for n in notes if n.severity == "note"],
                         refused=[n for n in notes if n.severity == "error"])
    extractions: list[Extraction] = []
    seen_hashes: dict[str, str] = {}
    for ex in _extractions(files, jobs, progress):
        for pr in ex.problems:
            {"error": result.refused, "warning": result.warnings, "note": result.notes}[pr.severity].append(pr)
            if on_problem:
                on_problem(pr)
        if ex.release is None:
            continue
        dup = seen_hashes.get(ex.release.sha256)
        if dup is not None and ex.release.sha256:
            result.notes.append(Problem(ex.release.path, f"exact duplicate of {dup}: counted once", "note"))
            continue
        seen_hashes[ex.release.sha256] = ex.release.path
        extractions.append(ex)
        result.per_release[ex.release.id] = {
            "file": ex.release.path, "status": "ok" if ex.meetings else "no-meeting",
            "meetings": len(ex.meetings),
            "attendances": sum(len(m.attendances) for m in ex.meetings),
            "co_chairs": sum(len(m.co_chairs) for m in ex.meetings),
        }
    res = resolve(extractions)
    result.releases = len(res.releases)
    result.meetings = len(res.meetings)
    result.officials = len(res.officials)

    with atomic_write(out / "kg.ttl") as fh:
        result.triples = rdf.to_turtle(rdf.triples(res), fh)
    graph = metrics.to_networkx(res)
    with atomic_write(out / "metrics.json") as fh:
        json.dump(metrics.compute(graph), fh, ensure_ascii=False, indent=1, sort_keys=True)
    html = view.render(graph, max_nodes=max_nodes)
    with atomic_write(out / "graph.html") as fh:
        fh.write(html)
    for pr in result.refused:
        result.per_release.setdefault(Path(pr.path).stem, {"file": pr.path, "status": "refused"})["error"] = pr.message
    result.seconds = time.perf_counter() - t0
    with atomic_write(out / "report.json") as fh:
        json.dump({
            "summary": {"releases": result.releases, "meetings": result.meetings, "officials": result.officials,
                        "triples": result.triples, "refused": len(result.refused), "warnings": len(result.warnings)},
            "releases": result.per_release,
            "problems": [p.__dict__ for p in result.refused + result.warnings + result.notes],
        }, fh, ensure_ascii=False, indent=1, sort_keys=True)
    return result
