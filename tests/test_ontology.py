"""The ontology (ontology/thai-mfa-kg.ttl) and the data shapes (ontology/shapes.ttl).

Both files must parse strictly, every contract term must be declared and documented,
no mfa: term may be used without being declared, and the shapes must accept a small
well-formed graph and reject a broken one.
"""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import pytest
from pyshacl import validate
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "thai-mfa-kg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
CONTRACT = ROOT.parent / "shared" / "CONTRACT.md"

MFA = Namespace("https://w3id.org/thai-mfa-kg/ontology#")
ONTOLOGY_IRI = URIRef("https://w3id.org/thai-mfa-kg/ontology")
DCTERMS = Namespace("http://purl.org/dc/terms/")
DECLARATION_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual}

# The contract's core terms, used when CONTRACT.md is not next to the repository.
CONTRACT_TERMS_FALLBACK = {
    "PressRelease", "Meeting", "MeetingSeries", "Official", "Country",
    "InternationalOrganization", "reportedIn", "attended", "coChairedBy",
    "numberInSeries", "inSeries", "startDate", "endDate", "attendanceMode",
    "Virtual", "InPerson", "Hybrid", "partOf", "represents", "status", "Held",
    "Scheduled", "code",
}

# Every term the builder emits (the contract's and the project's own).
BUILDER_TERMS = CONTRACT_TERMS_FALLBACK | {
    "Party", "AttendanceMode", "MeetingStatus", "Position", "Participation",
    "CoChairing", "Claim", "Role", "Attendee", "Chair", "hasAttendee",
    "holdsPosition", "qualifiedParticipation", "participant", "meeting", "role",
    "inCapacity", "qualifiedCoChairing", "party", "viaOfficial", "claimProperty",
    "positionOf", "numberYear", "honorific", "venue", "evidence", "claimValue",
    "views", "sourceFile", "sha256", "confidence", "sameTextAs",
}


def contract_terms() -> set[str]:
    """The backticked ``mfa:Xxx`` names of CONTRACT.md's tables (or the fixed list)."""
    if not CONTRACT.exists():
        return set(CONTRACT_TERMS_FALLBACK)
    names: set[str] = set()
    for line in CONTRACT.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("|"):
            for code in re.findall(r"`([^`]*)`", line):
                names.update(re.findall(r"\bmfa:([A-Za-z_][A-Za-z0-9_]*)", code))
    assert names, "no mfa: terms found in CONTRACT.md's tables"
    return names


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def data_graph(turtle: str) -> Graph:
    return Graph().parse(data=PREFIXES + turtle, format="turtle")


def shacl(data: Graph, shapes: Graph, **kw):
    return validate(data, shacl_graph=shapes, advanced=True, allow_warnings=False, **kw)


# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize("path", [ONTOLOGY, SHAPES], ids=lambda p: p.name)
def test_parses_strictly_with_oxigraph(path: Path) -> None:
    quads = list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) > 50


@pytest.mark.parametrize("path", [ONTOLOGY, SHAPES], ids=lambda p: p.name)
def test_parses_with_rdflib(path: Path) -> None:
    assert len(Graph().parse(path, format="turtle")) > 50


# --------------------------------------------------------------------------- header


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert (ONTOLOGY_IRI, OWL.versionInfo, Literal("0.2.0")) in ontology
    assert (ONTOLOGY_IRI, OWL.versionIRI, URIRef("https://w3id.org/thai-mfa-kg/ontology/0.2.0")) in ontology
    langs = {t.language for t in ontology.objects(ONTOLOGY_IRI, DCTERMS.title)}
    assert {"th", "en"} <= langs
    assert any(ontology.objects(ONTOLOGY_IRI, DCTERMS.description))
    assert isinstance(ontology.value(ONTOLOGY_IRI, DCTERMS.license), URIRef)


# --------------------------------------------------------------------------- terms


def test_contract_file_lists_the_core_terms() -> None:
    names = contract_terms()
    assert {"PressRelease", "Meeting", "attended", "coChairedBy", "Virtual", "Held"} <= names


@pytest.mark.parametrize("name", sorted(contract_terms() | BUILDER_TERMS))
def test_term_is_declared_and_documented(ontology: Graph, name: str) -> None:
    term = MFA[name]
    types = set(ontology.objects(term, RDF.type))
    assert types & DECLARATION_TYPES, f"mfa:{name} is not declared ({types})"
    labels = {lit.language for lit in ontology.objects(term, RDFS.label)}
    assert {"th", "en"} <= labels, f"mfa:{name} lacks an rdfs:label @th and @en"
    definitions = {lit.language for lit in ontology.objects(term, SKOS.definition)}
    assert "en" in definitions, f"mfa:{name} lacks a skos:definition @en"
    assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in ontology


def test_every_declared_term_is_documented(ontology: Graph) -> None:
    declared = {s for t in DECLARATION_TYPES for s in ontology.subjects(RDF.type, t)
                if str(s).startswith(str(MFA))}
    assert len(declared) >= len(BUILDER_TERMS)
    for term in declared:
        assert {lit.language for lit in ontology.objects(term, RDFS.label)} >= {"th", "en"}, term
        assert ontology.value(term, SKOS.definition) is not None, term
        assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in ontology, term


def test_properties_have_ranges(ontology: Graph) -> None:
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in ontology.subjects(RDF.type, kind):
            if str(prop).startswith(str(MFA)):
                assert ontology.value(prop, RDFS.range) is not None, prop


def _mfa_terms_used(graph: Graph) -> set[URIRef]:
    return {node for triple in graph for node in triple
            if isinstance(node, URIRef) and str(node).startswith(str(MFA))}


@pytest.mark.parametrize("which", ["ontology", "shapes"])
def test_no_undeclared_mfa_term(ontology: Graph, shapes: Graph, which: str) -> None:
    graph = ontology if which == "ontology" else shapes
    declared = {s for t in DECLARATION_TYPES for s in ontology.subjects(RDF.type, t)}
    undeclared = sorted(str(t) for t in _mfa_terms_used(graph) - declared)
    assert not undeclared, f"mfa: terms used in the {which} but not declared: {undeclared}"


def test_key_alignments(ontology: Graph) -> None:
    schema = Namespace("https://schema.org/")
    org = Namespace("http://www.w3.org/ns/org#")
    wdt = Namespace("http://www.wikidata.org/prop/direct/")
    assert (MFA.Meeting, RDFS.subClassOf, schema.Event) in ontology
    assert (MFA.MeetingSeries, RDFS.subClassOf, schema.EventSeries) in ontology
    assert (MFA.Position, RDFS.subClassOf, org.Post) in ontology
    assert (MFA.attended, OWL.inverseOf, MFA.hasAttendee) in ontology
    assert (MFA.hasAttendee, RDFS.subPropertyOf, schema.attendee) in ontology
    assert (MFA.holdsPosition, RDFS.subPropertyOf, org.holds) in ontology
    assert (MFA.partOf, RDFS.subPropertyOf, schema.superEvent) in ontology
    assert (MFA.numberInSeries, SKOS.closeMatch, wdt.P1545) in ontology
    assert (MFA.inSeries, SKOS.closeMatch, wdt.P179) in ontology
    assert (MFA.Virtual, SKOS.closeMatch, schema.OnlineEventAttendanceMode) in ontology
    for sub in (MFA.Country, MFA.InternationalOrganization):
        assert (sub, RDFS.subClassOf, MFA.Party) in ontology


# --------------------------------------------------------------------------- shapes

PREFIXES = """
@prefix mfa:     <https://w3id.org/thai-mfa-kg/ontology#> .
@prefix release: <https://w3id.org/thai-mfa-kg/id/release/> .
@prefix series:  <https://w3id.org/thai-mfa-kg/id/series/> .
@prefix meeting: <https://w3id.org/thai-mfa-kg/id/meeting/> .
@prefix person:  <https://w3id.org/thai-mfa-kg/id/person/> .
@prefix position: <https://w3id.org/thai-mfa-kg/id/position/> .
@prefix country: <https://w3id.org/thai-mfa-kg/id/country/> .
@prefix org:     <https://w3id.org/thai-mfa-kg/id/org/> .
@prefix participation: <https://w3id.org/thai-mfa-kg/id/participation/> .
@prefix cochairing: <https://w3id.org/thai-mfa-kg/id/cochairing/> .
@prefix claim:   <https://w3id.org/thai-mfa-kg/id/claim/> .
@prefix owl:     <http://www.w3.org/2002/07/owl#> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov:    <http://www.w3.org/ns/prov#> .
@prefix wd:      <http://www.wikidata.org/entity/> .
"""

GOOD = """
release:000_5cf68c7f035a1530 a mfa:PressRelease ;
    dcterms:identifier "000_5cf68c7f035a1530" ;
    dcterms:title "ปลัดกระทรวงการต่างประเทศเข้าร่วมการประชุมเจ้าหน้าที่อาวุโสอาเซียน-รัสเซีย ครั้งที่ ๑๘"@th ;
    dcterms:issued "2022-05-25"^^xsd:date ;
    dcterms:modified "2022-05-25"^^xsd:date ;
    mfa:views 1324 ;
    mfa:sourceFile "seeds/000_5cf68c7f035a1530.txt" ;
    mfa:sha256 "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" .

series:asean-russia-som a mfa:MeetingSeries ;
    rdfs:label "การประชุมเจ้าหน้าที่อาวุโสอาเซียน-รัสเซีย"@th , "ASEAN-Russia Senior Officials' Meeting"@en .

meeting:asean-russia-som-18 a mfa:Meeting ;
    rdfs:label "การประชุมเจ้าหน้าที่อาวุโสอาเซียน-รัสเซีย ครั้งที่ ๑๘"@th , "18th ASEAN-Russia SOM"@en ;
    mfa:reportedIn release:000_5cf68c7f035a1530 ;
    mfa:inSeries series:asean-russia-som ;
    mfa:numberInSeries 18 ;
    mfa:startDate "2022-05-23"^^xsd:date ;
    mfa:endDate "2022-05-23"^^xsd:date ;
    mfa:attendanceMode mfa:Virtual ;
    mfa:status mfa:Held ;
    mfa:coChairedBy country:RU , country:KH ;
    mfa:hasAttendee person:thani-thongphakdi ;
    mfa:qualifiedParticipation participation:p1 ;
    mfa:qualifiedCoChairing cochairing:c1 .

meeting:pmc-2021 a mfa:Meeting ;
    rdfs:label "การประชุมรัฐมนตรีต่างประเทศอาเซียนกับประเทศคู่เจรจา"@th ;
    mfa:reportedIn release:000_5cf68c7f035a1530 ;
    mfa:inSeries series:asean-russia-som ;
    mfa:startDate "2021-08"^^xsd:gYearMonth ;
    mfa:status mfa:Scheduled ;
    mfa:partOf meeting:asean-russia-som-18 ;
    mfa:coChairedBy org:EU .

person:thani-thongphakdi a mfa:Official ;
    rdfs:label "ธานี ทองภักดี"@th ;
    skos:altLabel "Thani Thongphakdi"@en ;
    mfa:honorific "นาย"@th ;
    mfa:represents country:TH ;
    mfa:holdsPosition position:th-permanent-secretary ;
    mfa:attended meeting:asean-russia-som-18 .

person:igor-morgulov a mfa:Official ;
    rdfs:label "อิกอร์ มอร์กูลอฟ"@th , "Igor Morgulov"@en ;
    mfa:represents country:RU .

position:th-permanent-secretary a mfa:Position ;
    rdfs:label "ปลัดกระทรวงการต่างประเทศ"@th ;
    mfa:positionOf country:TH .

country:TH a mfa:Country ; rdfs:label "ไทย"@th ; mfa:code "TH" ; owl:sameAs wd:Q869 .
country:RU a mfa:Country ; rdfs:label "รัสเซีย"@th ; mfa:code "RU" ; owl:sameAs wd:Q159 .
country:KH a mfa:Country ; rdfs:label "กัมพูชา"@th ; mfa:code "KH" ; owl:sameAs wd:Q424 .
org:EU a mfa:InternationalOrganization ; rdfs:label "สหภาพยุโรป"@th ; mfa:code "EU" ; owl:sameAs wd:Q458 .

participation:p1 a mfa:Participation ;
    mfa:participant person:thani-thongphakdi ;
    mfa:meeting meeting:asean-russia-som-18 ;
    mfa:role mfa:Attendee ;
    mfa:inCapacity position:th-permanent-secretary ;
    mfa:evidence "นายธานี ทองภักดี ปลัดกระทรวงการต่างประเทศ ได้เข้าร่วมการประชุม"@th ;
    prov:wasDerivedFrom release:000_5cf68c7f035a1530 .

cochairing:c1 a mfa:CoChairing ;
    mfa:party country:RU ;
    mfa:meeting meeting:asean-russia-som-18 ;
    mfa:viaOfficial person:igor-morgulov ;
    mfa:evidence "นายอิกอร์ มอร์กูลอฟ รัฐมนตรีช่วยว่าการกระทรวงการต่างประเทศรัสเซียเป็นประธานร่วม"@th ;
    prov:wasDerivedFrom release:000_5cf68c7f035a1530 .

claim:k1 a mfa:Claim ;
    mfa:meeting meeting:asean-russia-som-18 ;
    mfa:claimProperty mfa:startDate ;
    mfa:claimValue "2022-05-23"^^xsd:date ;
    prov:wasDerivedFrom release:000_5cf68c7f035a1530 .
"""

BROKEN_MEETING = """
release:r1 a mfa:PressRelease ;
    dcterms:identifier "r1" ;
    dcterms:title "ข่าว"@th .

series:s1 a mfa:MeetingSeries ; rdfs:label "ชุด"@th .

meeting:bad a mfa:Meeting ;
    rdfs:label "การประชุม"@th ;
    mfa:reportedIn release:r1 ;
    mfa:inSeries series:s1 ;
    mfa:status mfa:Held ;
    mfa:numberInSeries 18 , 19 ;
    mfa:startDate "23 May 2022" .
"""


def _focus_nodes(report: Graph) -> set:
    sh = Namespace("http://www.w3.org/ns/shacl#")
    return set(report.objects(None, sh.focusNode))


def test_good_data_conforms(shapes: Graph) -> None:
    conforms, _, text = shacl(data_graph(GOOD), shapes)
    assert conforms, text


def test_good_data_conforms_with_ontology_inference(ontology: Graph, shapes: Graph) -> None:
    """RDFS inference over the ontology (domains, ranges, super-properties) breaks nothing
    but the closed shapes, which are about the data as written: the only results are the
    entailed super-properties of the terms written (schema:attendee, prov:agent, …)."""
    sh = Namespace("http://www.w3.org/ns/shacl#")
    _, report, text = shacl(data_graph(GOOD), shapes, ont_graph=ontology, inference="rdfs")
    supers = set(ontology.objects(None, RDFS.subPropertyOf))
    results = list(report.subjects(RDF.type, sh.ValidationResult))
    for r in results:
        assert report.value(r, sh.sourceConstraintComponent) == sh.ClosedConstraintComponent, text
        assert report.value(r, sh.resultPath) in supers, text


def test_broken_meeting_is_reported(shapes: Graph) -> None:
    conforms, report, text = shacl(data_graph(BROKEN_MEETING), shapes)
    assert not conforms
    bad = "https://w3id.org/thai-mfa-kg/id/meeting/bad"
    assert bad in text or "meeting:bad" in text  # pyshacl abbreviates with the data's prefixes
    assert URIRef(bad) in _focus_nodes(report)
    sh = Namespace("http://www.w3.org/ns/shacl#")
    paths = set(report.objects(None, sh.resultPath))
    assert {MFA.numberInSeries, MFA.startDate} <= paths


BROKEN_CASES = [
        ("meeting without Thai label, series, release or status", """
            meeting:m a mfa:Meeting ; rdfs:label "A meeting"@en ;
                mfa:attendanceMode mfa:Online .
         """, "meeting/m"),
        ("end before start", """
            release:r a mfa:PressRelease ; dcterms:identifier "r" ; dcterms:title "t"@th .
            series:s a mfa:MeetingSeries ; rdfs:label "ชุด"@th .
            meeting:m a mfa:Meeting ; rdfs:label "ประชุม"@th ; mfa:reportedIn release:r ;
                mfa:inSeries series:s ; mfa:status mfa:Held ;
                mfa:startDate "2022-05-23"^^xsd:date ; mfa:endDate "2022-05-20"^^xsd:date .
         """, "meeting/m"),
        ("co-chair that is not a party", """
            release:r a mfa:PressRelease ; dcterms:identifier "r" ; dcterms:title "t"@th .
            series:s a mfa:MeetingSeries ; rdfs:label "ชุด"@th .
            person:x a mfa:Official ; rdfs:label "x" .
            meeting:m a mfa:Meeting ; rdfs:label "ประชุม"@th ; mfa:reportedIn release:r ;
                mfa:inSeries series:s ; mfa:status mfa:Held ; mfa:coChairedBy person:x .
         """, "meeting/m"),
        ("country with a bad code and no sameAs", """
            country:RU a mfa:Country ; mfa:code "rus" .
         """, "country/RU"),
        ("release with two identifiers and negative views", """
            release:r a mfa:PressRelease ; dcterms:identifier "r" , "r2" ;
                dcterms:title "t"@th ; mfa:views -1 ; dcterms:issued "2022-05-25" .
         """, "release/r"),
        ("participation without provenance", """
            participation:p a mfa:Participation ; mfa:participant person:nobody .
         """, "participation/p"),
        ("co-chairing without party", """
            cochairing:c a mfa:CoChairing ;
                prov:wasDerivedFrom release:r .
            release:r a mfa:PressRelease ; dcterms:identifier "r" ; dcterms:title "t"@th .
         """, "cochairing/c"),
    ]


@pytest.mark.parametrize(("name", "turtle", "focus"), BROKEN_CASES, ids=[c[0] for c in BROKEN_CASES])
def test_broken_data_is_reported(shapes: Graph, name: str, turtle: str, focus: str) -> None:
    conforms, report, text = shacl(data_graph(turtle), shapes)
    assert not conforms, name
    focus_iri = URIRef("https://w3id.org/thai-mfa-kg/id/" + focus)
    assert focus_iri in _focus_nodes(report), text


# --------------------------------------------------------------------------- OWL RL

AGENT_ERROR = URIRef("http://www.daml.org/2002/03/agents/agent-ont#ErrorMessage")


def _owl_rl_closure(ontology: Graph, turtle: str) -> Graph:
    import owlrl  # a dependency of pyshacl

    graph = Graph()
    graph += ontology
    graph += data_graph(turtle)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    return graph


def test_owl_rl_closure_is_consistent(ontology: Graph) -> None:
    graph = _owl_rl_closure(ontology, GOOD)
    errors = [str(graph.value(e, None)) for e in graph.subjects(RDF.type, AGENT_ERROR)]
    assert not errors, errors


def test_qualified_nodes_imply_their_short_forms(ontology: Graph) -> None:
    """owl:propertyChainAxiom: qualifiedParticipation/participant => hasAttendee (and
    attended, its inverse); qualifiedCoChairing/party => coChairedBy."""
    graph = _owl_rl_closure(ontology, """
        meeting:m a mfa:Meeting ;
            mfa:qualifiedParticipation participation:p ; mfa:qualifiedCoChairing cochairing:c .
        participation:p a mfa:Participation ; mfa:participant person:a ; mfa:meeting meeting:m .
        cochairing:c a mfa:CoChairing ; mfa:party country:RU ; mfa:meeting meeting:m .
        person:a a mfa:Official .
        country:RU a mfa:Country .
    """)
    ID = Namespace("https://w3id.org/thai-mfa-kg/id/")
    assert (ID["meeting/m"], MFA.hasAttendee, ID["person/a"]) in graph
    assert (ID["person/a"], MFA.attended, ID["meeting/m"]) in graph
    assert (ID["meeting/m"], MFA.coChairedBy, ID["country/RU"]) in graph
    assert not any(graph.subjects(RDF.type, AGENT_ERROR))


def test_owl_rl_closure_catches_disjoint_types(ontology: Graph) -> None:
    graph = _owl_rl_closure(ontology, "meeting:x a mfa:Meeting , mfa:Official .")
    assert any(graph.subjects(RDF.type, AGENT_ERROR))
