"""A real OWL 2 DL reasoner on the ontology and the seeds' data: owlready2's bundled
HermiT, run on the system Java (Debian ``default-jre-headless``, installed by .ci/run).

HermiT refuses anything outside OWL 2 DL's datatype map, so loading without flags is
the check that the ontology is OWL 2 DL in its datatypes. With the PROV-O axioms our
alignment relies on, the reasoner must find the data consistent and infer no type of a
data node beyond what its own class already implies (a Participation that turned into
a prov:Entity only because it has a prov:wasDerivedFrom is such a surprise).
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import owlready2
import pytest
from rdflib import Graph, Literal, URIRef

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "thai-mfa-kg.ttl"
DATA = "https://w3id.org/thai-mfa-kg/id/"
MFA = "https://w3id.org/thai-mfa-kg/ontology#"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"

# The axioms of PROV-O (https://www.w3.org/ns/prov-o, W3C Recommendation 2013) that
# bear on our terms, restated: the full file is not on this machine.
PROV_O = """
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
prov:Entity a owl:Class .
prov:Activity a owl:Class ; owl:disjointWith prov:Entity .
prov:Agent a owl:Class .
prov:Person a owl:Class ; rdfs:subClassOf prov:Agent .
prov:Influence a owl:Class .
prov:AgentInfluence a owl:Class ; rdfs:subClassOf prov:Influence .
prov:Association a owl:Class ; rdfs:subClassOf prov:AgentInfluence .
prov:InstantaneousEvent a owl:Class .
prov:Role a owl:Class .
prov:wasDerivedFrom a owl:ObjectProperty ; rdfs:domain prov:Entity ; rdfs:range prov:Entity .
prov:actedOnBehalfOf a owl:ObjectProperty ; rdfs:domain prov:Agent ; rdfs:range prov:Agent .
prov:qualifiedAssociation a owl:ObjectProperty ; rdfs:domain prov:Activity ; rdfs:range prov:Association .
prov:qualifiedInfluence a owl:ObjectProperty ; rdfs:range prov:Influence .
prov:influencer a owl:ObjectProperty ; rdfs:domain prov:Influence .
prov:agent a owl:ObjectProperty ; rdfs:subPropertyOf prov:influencer ;
    rdfs:domain prov:AgentInfluence ; rdfs:range prov:Agent .
prov:hadRole a owl:ObjectProperty ; rdfs:range prov:Role ;
    rdfs:domain [ a owl:Class ; owl:unionOf ( prov:Association prov:InstantaneousEvent ) ] .
"""

#: datatypes of the dump that are not in OWL 2's datatype map (the shapes check them)
NOT_OWL2 = {XSD + "date", XSD + "gYearMonth", XSD + "gYear"}


@pytest.fixture(scope="module", autouse=True)
def _java() -> None:
    if shutil.which(owlready2.JAVA_EXE) is None:
        pytest.fail("no java on PATH: HermiT needs a JRE (.ci/run installs Debian's default-jre-headless)")


def _hermit(graph: Graph):
    """``graph`` loaded in a fresh owlready2 world and classified by HermiT, no flags."""
    with tempfile.TemporaryDirectory() as tmp:
        nt = Path(tmp) / "input.nt"
        graph.serialize(nt, format="nt", encoding="utf-8")
        world = owlready2.World()
        world.get_ontology(nt.as_uri()).load(format="ntriples")
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    return world


def test_ontology_loads_in_hermit_without_flags() -> None:
    world = _hermit(Graph().parse(ONTOLOGY))
    assert list(world.inconsistent_classes()) == []
    mfa = world[MFA + "Participation"]
    assert mfa is not None and world[MFA + "Meeting"] is not None


def _types(world, iri: str) -> set[str]:
    return {c.iri for c in world[iri].is_a if hasattr(c, "iri")}


def test_seeds_are_consistent_and_get_no_unexpected_types(seeds_out: Path) -> None:
    data = Graph().parse(seeds_out / "kg.ttl")
    dropped = [t for t in data if isinstance(t[2], Literal) and str(t[2].datatype) in NOT_OWL2]
    for t in dropped:
        data.remove(t)
    asserted: dict[str, set[str]] = {}
    rdf_type = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    for s, o in data.subject_objects(rdf_type):
        if str(s).startswith(DATA):
            asserted.setdefault(str(s), set()).add(str(o))
    graph = Graph().parse(ONTOLOGY)
    graph.parse(data=PROV_O, format="turtle")
    graph += data
    world = _hermit(graph)   # an inconsistent graph raises OwlReadyInconsistentOntologyError
    assert {iri.split("/")[len(DATA.split("/")) - 1] for iri in asserted} >= {
        "meeting", "participation", "cochairing", "claim", "person", "release", "country"}
    surprises = {iri: _types(world, iri) - types for iri, types in asserted.items() if _types(world, iri) - types}
    assert not surprises, f"types HermiT inferred beyond the asserted class: {dict(list(surprises.items())[:5])}"
    # and the PROV reading is the one the ontology states
    sup = {c.iri for c in world[MFA + "Participation"].ancestors() if hasattr(c, "iri")}
    assert {PROV + "Association", PROV + "Entity"} <= sup
    assert PROV + "Activity" in {c.iri for c in world[MFA + "Meeting"].ancestors() if hasattr(c, "iri")}
