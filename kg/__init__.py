"""thai-mfa-kg: Thai MFA press releases → an RDF knowledge graph of diplomatic meetings.

The stages, each a small module with a keyword-only public API::

    read     files → Release                    kg.read.read_release
    extract  Release → Meeting, Attendance, …   kg.extract.extract
    resolve  all meetings → one IRI per thing   kg.resolve.resolve
    rdf      Resolution → Turtle                kg.rdf.triples / to_turtle
    dump     a rebuild's Turtle, patched        kg.dump.write
    metrics  the graph → networkx metrics       kg.metrics
    view     the graph → interactive HTML       kg.view

``kg.build(...)`` runs them all; the ``kg`` command is a thin layer over it.
"""
import os as _os

# pythainlp must never write to $HOME or try a download: set before it is imported.
_os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
_os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

__version__ = "0.1.0"

from .build import BuildResult, build  # noqa: E402
from .extract import extract  # noqa: E402
from .read import read_release  # noqa: E402
from .resolve import resolve  # noqa: E402

__all__ = ["BuildResult", "build", "extract", "read_release", "resolve", "__version__"]

#: submodules ``import kg`` makes reachable as ``kg.query``, ``kg.nlp``, ... on first use
#: (imported then, not here: pyoxigraph and spaCy cost time every ``kg build`` would pay)
_LAZY = frozenset({"cli", "dump", "evaluate", "export", "metrics", "nlp", "query", "rdf", "serve", "store", "view"})


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
