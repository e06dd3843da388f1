"""SHACL that catches typos: the data broken in twenty-odd ways, each caught by pyshacl
and by Apache Jena's SHACL validator (Debian ``libapache-jena-java``, run on the system
Java; .ci/run installs both).

Every case is a copy of a well-formed graph (test_ontology.GOOD) with its own IRIs
(``…/id/meeting/c07-…``), broken in one way. All copies are validated together, once
per validator (a JVM start costs ~2 s), and each result is credited to the case whose
IRIs it names. The unbroken copy must get no result at all.
"""
from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import RDF, Graph, Namespace
from test_ontology import GOOD, PREFIXES

ROOT = Path(__file__).resolve().parents[1]
SHAPES = ROOT / "ontology" / "shapes.ttl"
ONTOLOGY = ROOT / "ontology" / "thai-mfa-kg.ttl"
SH = Namespace("http://www.w3.org/ns/shacl#")
MFA = "https://w3id.org/thai-mfa-kg/ontology#"
ID = "https://w3id.org/thai-mfa-kg/id/"
JAVA_LIB = Path("/usr/share/java")
#: the jars Jena's command line needs besides its own (an explicit list: with every jar of
#: /usr/share/java two SLF4J bindings clash)
JENA_DEPS = ("commons-codec", "commons-lang3", "commons-io", "commons-compress", "commons-csv", "commons-cli",
             "gson", "guava", "jackson-core", "jackson-databind", "jackson-annotations", "jsonld-java",
             "titanium-json-ld", "jakarta.json-api", "slf4j-api", "slf4j-simple", "httpclient", "httpcore",
             "httpclient-cache", "jcl-over-slf4j", "dexx.collection", "protobuf", "thrift")

#: name → (replacements in GOOD, each made once; extra Turtle)
CASES: dict[str, tuple[list[tuple[str, str]], str]] = {
    "typo in a property": ([("mfa:numberInSeries 18 ;", "mfa:numberInSerie 18 ;")], ""),
    "typo in a class": ([("series:asean-russia-som a mfa:MeetingSeries", "series:asean-russia-som a mfa:MeetingSerie")],
                        ""),
    "typo in an individual": ([("mfa:attendanceMode mfa:Virtual", "mfa:attendanceMode mfa:Virtaul")], ""),
    "typo in rdfs:label": ([('rdfs:label "ธานี ทองภักดี"@th', 'rdfs:lable "ธานี ทองภักดี"@th')], ""),
    "untyped subject of mfa:attended": ([], "person:ghost mfa:attended meeting:asean-russia-som-18 ."),
    "untyped subject of mfa:claimValue": ([], 'claim:orphan mfa:claimValue "2022"^^xsd:gYear .'),
    "property of another class": ([], "meeting:pmc-2021 mfa:views 10 ."),
    "date claim as a plain string": ([('mfa:claimValue "2022-05-23"^^xsd:date', 'mfa:claimValue "2022-05-23"')], ""),
    "mode claim of an unknown mode": ([('mfa:claimProperty mfa:startDate ;\n    mfa:claimValue "2022-05-23"^^xsd:date',
                                        'mfa:claimProperty mfa:attendanceMode ;\n    mfa:claimValue "online"')], ""),
    "claim without its release": ([('mfa:claimValue "2022-05-23"^^xsd:date ;\n    prov:wasDerivedFrom '
                                    'release:000_5cf68c7f035a1530 .', 'mfa:claimValue "2022-05-23"^^xsd:date .')], ""),
    "two numbers in series": ([("mfa:numberInSeries 18 ;", "mfa:numberInSeries 18 , 19 ;")], ""),
    "start date as text": ([('mfa:startDate "2022-05-23"^^xsd:date ;', 'mfa:startDate "23 May 2022" ;')], ""),
    "end before start": ([('mfa:endDate "2022-05-23"^^xsd:date ;', 'mfa:endDate "2022-05-20"^^xsd:date ;')], ""),
    "no status": ([("    mfa:status mfa:Held ;\n", "")], ""),
    "series that is a release": ([("mfa:inSeries series:asean-russia-som ;\n    mfa:numberInSeries 18",
                                   "mfa:inSeries release:000_5cf68c7f035a1530 ;\n    mfa:numberInSeries 18")], ""),
    "participation without participant": ([("    mfa:participant person:thani-thongphakdi ;\n", "")], ""),
    "role that is a status": ([("mfa:role mfa:Attendee", "mfa:role mfa:Held")], ""),
    "confidence above 1": ([], "participation:p1 mfa:confidence 1.5 ."),
    "co-chair that is a meeting": ([("mfa:party country:RU ;", "mfa:party meeting:pmc-2021 ;")], ""),
    "country IRI not ISO": ([], '<https://w3id.org/thai-mfa-kg/id/country/c00-ru> a mfa:Country ; mfa:code "RU" ; '
                                "owl:sameAs wd:Q159 ."),
    "organisation without code": ([], '<https://w3id.org/thai-mfa-kg/id/org/c00-UN> a mfa:InternationalOrganization ;'
                                      ' rdfs:label "สหประชาชาติ"@th .'),
    "release with two titles": ([], 'release:000_5cf68c7f035a1530 dcterms:title "อีกชื่อหนึ่ง"@th .'),
    "issued date as text": ([('dcterms:issued "2022-05-25"^^xsd:date', 'dcterms:issued "25 May 2022"')], ""),
    "sha256 not hexadecimal": ([('mfa:sha256 "9f86d0', 'mfa:sha256 "zz86d0')], ""),
    "negative views": ([("mfa:views 1324 ;", "mfa:views -1 ;")], ""),
}
TAGGED = ("release", "series", "meeting", "person", "position", "participation", "cochairing", "claim")


def _case(tag: str, replacements: list[tuple[str, str]], extra: str) -> str:
    """GOOD with its own IRIs (``…/meeting/{tag}-…``), broken as said."""
    body = GOOD
    for old, new in replacements:
        assert old in body, f"the case's text is not in GOOD: {old!r}"
        body = body.replace(old, new, 1)
    prefixes = PREFIXES
    for kind in TAGGED:
        prefixes = prefixes.replace(f"<{ID}{kind}/>", f"<{ID}{kind}/{tag}->")
    return prefixes + body + "\n" + extra.replace("/c00-", f"/{tag}-") + "\n"


def _tags() -> dict[str, str]:
    return {f"c{i + 1:02d}": name for i, name in enumerate(CASES)}


@pytest.fixture(scope="module")
def broken(tmp_path_factory) -> Path:
    g = Graph().parse(data=_case("c00", [], ""), format="turtle")          # the unbroken control
    for tag, name in _tags().items():
        g.parse(data=_case(tag, *CASES[name]), format="turtle")
    path = tmp_path_factory.mktemp("shacl") / "broken.nt"
    g.serialize(path, format="nt", encoding="utf-8")
    return path


def _credited(report: Graph) -> dict[str, list[str]]:
    """case tag → the results credited to it (by the case IRIs its focus node or value names)."""
    out: dict[str, list[str]] = {}
    for r in report.subjects(RDF.type, SH.ValidationResult):
        seen = f"{report.value(r, SH.focusNode)} {report.value(r, SH.value)}"
        what = f"{report.value(r, SH.sourceConstraintComponent)} {report.value(r, SH.resultMessage)}"
        for tag in set(re.findall(r"/(c\d\d)-", seen)):
            out.setdefault(tag, []).append(what)
    return out


def _check(credited: dict[str, list[str]], validator: str) -> None:
    assert "c00" not in credited, f"{validator} flags the unbroken copy: {credited['c00'][:3]}"
    missed = [name for tag, name in _tags().items() if tag not in credited]
    assert not missed, f"{validator} lets these through: {missed}"


def test_pyshacl_catches_every_breakage(broken: Path) -> None:
    _, report, _ = validate(Graph().parse(broken), shacl_graph=Graph().parse(SHAPES), advanced=True,
                            allow_warnings=False)
    _check(_credited(report), "pyshacl")


def _jena_classpath(tmp: Path) -> str:
    jars = sorted(p for p in JAVA_LIB.glob("jena-*.jar") if not re.search(r"-\d[\d.]*\.jar$", p.name))
    missing = [d for d in JENA_DEPS if not (JAVA_LIB / f"{d}.jar").exists()]
    if not any(p.name == "jena-shacl.jar" for p in jars) or missing:
        pytest.fail(f"Apache Jena is not installed completely (missing: {missing or ['jena-shacl.jar']}): "
                    "apt-get install libapache-jena-java default-jre-headless (.ci/run does)")
    # Debian's jena-core has Xerces under the package ``xerces`` but its message bundles
    # under org/apache/jena/ext/xerces: without them at ``xerces/…`` on the class path
    # jena-core fails to start ("RuntimeException: internal error" in XSSimpleTypeDecl)
    msgs = tmp / "xerces-messages"
    with zipfile.ZipFile(JAVA_LIB / "jena-core.jar") as z:
        for name in z.namelist():
            if name.startswith("org/apache/jena/ext/xerces/") and name.endswith(".properties"):
                target = msgs / name[len("org/apache/jena/ext/"):]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(z.read(name))
    return ":".join([*map(str, jars), *(str(JAVA_LIB / f"{d}.jar") for d in JENA_DEPS), str(msgs)])


def test_jena_shacl_catches_every_breakage(broken: Path, tmp_path: Path) -> None:
    run = subprocess.run(["java", "-cp", _jena_classpath(tmp_path), "shacl.shacl", "validate",
                          "--shapes", str(SHAPES), "--data", str(broken)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode in (0, 1), run.stderr[-2000:]
    report = Graph().parse(data=run.stdout, format="turtle")
    assert next(report.objects(None, SH.conforms), None) is not None, run.stdout[:500]
    _check(_credited(report), "Jena SHACL")


def test_the_shapes_vocabulary_list_is_the_ontology() -> None:
    """mfash:VocabularyShape's list of terms, the ontology's terms and kg.rdf.MFA (the
    builder's closed namespace) are one and the same set."""
    from kg.rdf import MFA as BUILDER

    text = SHAPES.read_text(encoding="utf-8")
    listed = text.split("# VOCABULARY:", 1)[1].split("# END VOCABULARY", 1)[0]
    in_shapes = set(re.findall(r"mfa:([A-Za-z0-9]+)", listed))
    onto = Graph().parse(ONTOLOGY)
    declared = {str(s)[len(MFA):] for s in onto.subjects() if str(s).startswith(MFA)}
    assert in_shapes == declared
    assert set(BUILDER.TERMS) == declared
