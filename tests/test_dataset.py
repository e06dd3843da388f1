"""The dataset description (OUT/void.ttl) and the version in report.json."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import OWL, Graph, URIRef

import kg

ROOT = Path(__file__).resolve().parents[1]
DS = "https://w3id.org/thai-mfa-kg/id/dataset"
VOID = "http://rdfs.org/ns/void#"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
ONTOLOGY_IRI = URIRef("https://w3id.org/thai-mfa-kg/ontology")


def _value(store: ox.Store, s: str, p: str):
    got = [q.object for q in store.quads_for_pattern(ox.NamedNode(s), ox.NamedNode(p), None)]
    assert len(got) == 1, (s, p, got)
    return got[0]


def test_void_describes_the_dump(seeds_out: Path) -> None:
    store = ox.Store()
    store.load(path=str(seeds_out / "void.ttl"), format=ox.RdfFormat.TURTLE)
    types = {q.object.value for q in store.quads_for_pattern(ox.NamedNode(DS), None, None)
             if q.predicate.value.endswith("#type")}
    assert {VOID + "Dataset", "http://www.w3.org/ns/dcat#Dataset"} <= types
    dump = list(ox.parse(path=str(seeds_out / "kg.ttl"), format=ox.RdfFormat.TURTLE))
    assert int(_value(store, DS, VOID + "triples").value) == len(dump)
    officials = {q.subject for q in dump if q.object.value.endswith("#Official")}
    assert len(officials) > 0 and f'"{len(officials)}"' in (seeds_out / "void.ttl").read_text(encoding="utf-8")
    version_iri = Graph().parse(ROOT / "ontology" / "thai-mfa-kg.ttl").value(ONTOLOGY_IRI, OWL.versionIRI)
    assert _value(store, DS, DCT + "conformsTo").value == str(version_iri)
    assert _value(store, DS, DCT + "license").value == "https://creativecommons.org/licenses/by/4.0/"
    activity = _value(store, DS, PROV + "wasGeneratedBy")
    assert kg.__version__ in {q.object.value for q in store.quads_for_pattern(activity, None, None)}
    report = json.loads((seeds_out / "report.json").read_text(encoding="utf-8"))
    assert report["kg_version"] == kg.__version__


def _build(tmp: Path, name: str, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    import os

    e = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    e.update({"PYTHONPATH": str(ROOT), **(env or {})})
    return subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "seeds" / "000_5cf68c7f035a1530.txt"),
                           "--out", str(tmp / name), "--quiet", "--jobs", "1", *args],
                          capture_output=True, text=True, env=e)


def test_license_option_epoch_and_byte_identical_outputs(tmp_path: Path) -> None:
    for name in ("a", "b"):
        assert _build(tmp_path, name, "--license", "https://example.org/licence").returncode == 0
    for f in ("kg.ttl", "void.ttl"):
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes(), f
    void = (tmp_path / "a" / "void.ttl").read_text(encoding="utf-8")
    assert "<https://example.org/licence>" in void and "dateTime" not in void   # no wall clock
    assert _build(tmp_path, "c", env={"SOURCE_DATE_EPOCH": "1700000000"}).returncode == 0
    void = (tmp_path / "c" / "void.ttl").read_text(encoding="utf-8")
    assert '"2023-11-14T22:13:20Z"^^xsd:dateTime' in void
    assert "2023-11-14" not in (tmp_path / "c" / "kg.ttl").read_text(encoding="utf-8")
    bad = _build(tmp_path, "d", "--license", "CC-BY")
    assert bad.returncode == 2 and "--license 'CC-BY'" in bad.stderr and "Traceback" not in bad.stderr
    assert not (tmp_path / "d" / "kg.ttl").exists()


def test_a_saved_page_gives_its_release_a_source(tmp_path: Path) -> None:
    """dcterms:source: the address a saved page states (canonical link, else og:url);
    an address unfit for an IRI, or none, gives no source."""
    page = (ROOT / "tests" / "corpus" / "h08_mfa_thai_malaysia_jc_16.html").read_text(encoding="utf-8")
    url = "https://www.mfa.go.th/th/content/thai-malaysia-jc-16?cate=5d5bcb4e15e39c306000683e"
    heads = {"canonical": f'<link rel="canonical" href="{url}">', "og": f'<meta property="og:url" content="{url}">',
             "unsafe": '<link rel="canonical" href="https://x.example/a b"><meta property="og:url" content="javascript:1">',
             "none": ""}
    (tmp_path / "in").mkdir()
    for name, head in heads.items():
        text = page.replace("<head>", "<head>" + head, 1).replace("</body>", f"<p>{name}</p></body>", 1)
        (tmp_path / "in" / f"{name}.html").write_text(text, encoding="utf-8")     # four texts, no duplicates
    kg.build([tmp_path / "in"], out=tmp_path / "out", progress=False, cache=False)
    store = ox.Store()
    store.load(path=str(tmp_path / "out" / "kg.ttl"), format=ox.RdfFormat.TURTLE)
    sources = {q.subject.value.rsplit("/", 1)[-1]: q.object.value
               for q in store.quads_for_pattern(None, ox.NamedNode(DCT + "source"), None)}
    assert sources == {"canonical": url, "og": url}


@pytest.mark.parametrize("how", ["in-memory", "store"])
def test_queries_see_the_dataset_description_with_the_dump(seeds_out: Path, tmp_path: Path, how: str) -> None:
    """void.ttl is loaded with kg.ttl: an analyst can ask the store what the dump is."""
    from kg import query, store as kgstore

    ask = "ASK { ?d a <http://rdfs.org/ns/void#Dataset> ; <http://purl.org/dc/terms/license> ?l }"
    if how == "in-memory":
        st = query.load(seeds_out / "kg.ttl")
    else:
        st = ox.Store.read_only(str(kgstore.ensure(seeds_out / "kg.ttl", tmp_path / "store")))
    assert st.query(ask)
