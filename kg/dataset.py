"""The dataset description: ``OUT/void.ttl``, a VoID and DCAT description of ``kg.ttl``.

It says what the dump is (``void:Dataset`` and ``dcat:Dataset``), under which licence,
which version of the ontology it conforms to, which tool and version made it (a
``prov:Activity``), and how many triples and entities it holds. It is a file of its own
because it counts the dump's triples, known only once the dump is written; load it
with the dump.

No wall-clock time is written, so the same inputs give the same bytes; with
``SOURCE_DATE_EPOCH`` set (the reproducible-builds convention) that moment is written
as the dataset's ``dcterms:modified`` and the activity's ``prov:endedAtTime``.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone

from . import rdf

#: the licence written when ``kg build --license`` is not given: the releases are the
#: ministry's public statements; the graph is released like the ontology, CC BY 4.0
DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/"
#: the ontology version the builder writes (ontology/thai-mfa-kg.ttl's owl:versionIRI)
ONTOLOGY_VERSION_IRI = "https://w3id.org/thai-mfa-kg/ontology/0.2.0"
DATASET = rdf.DATA + "dataset"
ACTIVITY = rdf.DATA + "dataset/build"

_NS = {
    "void": "http://rdfs.org/ns/void#", "dcat": "http://www.w3.org/ns/dcat#",
    "dcterms": "http://purl.org/dc/terms/", "prov": "http://www.w3.org/ns/prov#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": rdf.XSD, "mfa": rdf.ONTOLOGY,
    "owl": "http://www.w3.org/2002/07/owl#", "schema": "https://schema.org/",
}


class DescriptionError(ValueError):
    """``--license`` is not an absolute http(s) IRI, or ``SOURCE_DATE_EPOCH`` not a number."""


def check_license(value: str) -> str:
    """``value`` if it is an absolute http(s) IRI fit for ``<…>`` (and ``SOURCE_DATE_EPOCH``,
    if set, a number), else :class:`DescriptionError`: checked before a build writes anything."""
    _epoch()
    if not value.startswith(("http://", "https://")) or any(c in value for c in '<>"{}|\\^` \t\r\n'):
        raise DescriptionError(f"--license {value!r}: not an http(s) IRI (for example {DEFAULT_LICENSE})")
    return value


def _epoch() -> str | None:
    raw = os.environ.get("SOURCE_DATE_EPOCH")
    if not raw:
        return None
    try:
        return datetime.fromtimestamp(int(raw), tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (ValueError, OverflowError, OSError):
        raise DescriptionError(f"SOURCE_DATE_EPOCH={raw!r}: not a number of seconds since 1970") from None


def describe(res, *, triples: int, license: str = DEFAULT_LICENSE, dump: str = "kg.ttl") -> str:
    """The Turtle of ``void.ttl`` for a dump of ``triples`` triples made from ``res``."""
    from . import __version__

    license = check_license(license)
    when = _epoch()
    parts = {
        "PressRelease": len(res.releases), "Meeting": len(res.meetings), "Official": len(res.officials),
        "MeetingSeries": len(res.series_labels),
    }
    lit = rdf._lit
    t: list[tuple[str, str, str]] = []
    ds, act = f"<{DATASET}>", f"<{ACTIVITY}>"
    a = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"

    def n(prefix: str, local: str) -> str:
        return f"<{_NS[prefix]}{local}>"

    t += [(ds, a, n("void", "Dataset")), (ds, a, n("dcat", "Dataset")),
          (ds, n("dcterms", "title"), lit("Thai MFA press releases: meetings, officials and co-chairs", "@en")),
          (ds, n("dcterms", "title"), lit("กราฟความรู้ข่าวสารนิเทศกระทรวงการต่างประเทศ", "@th")),
          (ds, n("dcterms", "license"), f"<{license}>"),
          (ds, n("dcterms", "conformsTo"), f"<{ONTOLOGY_VERSION_IRI}>"),
          (ds, n("void", "vocabulary"), f"<{rdf.ONTOLOGY}>"),
          (ds, n("void", "uriSpace"), lit(rdf.DATA)),
          (ds, n("rdfs", "comment"), lit(f"describes {dump}, the dump in the same folder", "@en")),
          (ds, n("void", "triples"), rdf._int(triples)),
          (ds, n("void", "entities"), rdf._int(sum(parts.values()))),
          (ds, n("prov", "wasGeneratedBy"), act),
          (act, a, n("prov", "Activity")),
          (act, n("rdfs", "label"), lit(f"kg build {__version__}", "@en")),
          (act, n("schema", "softwareVersion"), lit(__version__)),
          (act, n("owl", "versionInfo"), lit(__version__))]
    for cls, count in parts.items():
        part = f"<{DATASET}/class/{cls}>"
        t += [(ds, n("void", "classPartition"), part), (part, n("void", "class"), f"<{rdf.ONTOLOGY}{cls}>"),
              (part, n("void", "entities"), rdf._int(count))]
    if when:
        stamp = lit(when, f"^^<{rdf.XSD}dateTime>")
        t += [(ds, n("dcterms", "modified"), stamp), (act, n("prov", "endedAtTime"), stamp)]
    import io

    buf = io.StringIO()
    rdf.to_turtle(t, buf)
    return buf.getvalue()
