"""The dump as analysts and the scorer see it: golden, deterministic, strict, conformant, scored."""
from __future__ import annotations

import difflib
import importlib.util
import os
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, to_isomorphic

import kg
from kg.evaluate import score
from kg.rdf import MFA

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "seeds.ttl"


def _reference_scorer():
    spec = importlib.util.spec_from_file_location("score_kg", ROOT / "tests" / "reference" / "score_kg.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_seeds_match_the_golden_dump(seeds_out):
    """Isomorphic to the reviewed golden dump; on failure, the triples that differ.

    After an intended change, regenerate with ``KG_UPDATE_GOLDEN=1 pytest tests/test_build.py``
    and review the diff of tests/golden/seeds.ttl in the commit.
    """
    got = seeds_out / "kg.ttl"
    if os.environ.get("KG_UPDATE_GOLDEN"):
        shutil.copy(got, GOLDEN)
    a, b = to_isomorphic(Graph().parse(GOLDEN)), to_isomorphic(Graph().parse(got))
    if a != b:
        _, only_golden, only_got = graph_diff(a, b)
        diff = "\n".join(difflib.unified_diff(
            sorted(t.n3() if hasattr(t, "n3") else " ".join(x.n3() for x in t) for t in only_golden),
            sorted(" ".join(x.n3() for x in t) for t in only_got), "golden", "built", lineterm=""))
        pytest.fail(f"dump differs from {GOLDEN.name}:\n{diff[:6000]}")


def test_build_is_byte_identical_whatever_the_input_order(tmp_path):
    files = sorted((ROOT / "seeds").glob("*.txt"))
    kg.build(files, out=tmp_path / "a", progress=False)
    kg.build(list(reversed(files)), out=tmp_path / "b", progress=False)
    assert (tmp_path / "a" / "kg.ttl").read_bytes() == (tmp_path / "b" / "kg.ttl").read_bytes()
    assert (tmp_path / "a" / "metrics.json").read_bytes() == (tmp_path / "b" / "metrics.json").read_bytes()


def test_dump_reparses_strictly_with_oxigraph(seeds_out):
    triples = list(ox.parse(path=str(seeds_out / "kg.ttl"), format=ox.RdfFormat.TURTLE))
    assert len(triples) > 300
    assert all(isinstance(t.subject, ox.NamedNode) for t in triples), "no blank nodes: every node is citable"


def test_dump_conforms_to_the_shapes(seeds_out, tmp_path):
    from pyshacl import validate

    for out in (seeds_out, _build(tmp_path, ROOT / "tests" / "corpus")):
        conforms, _, text = validate(Graph().parse(out / "kg.ttl"),
                                     shacl_graph=Graph().parse(ROOT / "ontology" / "shapes.ttl"))
        assert conforms, text[:3000]


def _build(tmp_path: Path, src: Path) -> Path:
    out = tmp_path / src.name
    kg.build([src], out=out, progress=False)
    return out


@pytest.mark.parametrize("corpus,gold,floor", [
    ("seeds", "tests/gold_seeds", 0.98),
    ("tests/corpus", "tests/corpus_gold", 0.95),
    ("tests/corpus2", "tests/corpus2_gold", 0.95),
    ("tests/corpus3", "tests/corpus3_gold", 0.95),
    ("tests/corpus4", "tests/corpus4_gold", 0.95),
    ("tests/corpus5", "tests/corpus5_gold", 0.95),
    ("tests/corpus6", "tests/corpus6_gold", 0.95),
    ("tests/corpus7", "tests/corpus7_gold", 0.93),
    ("tests/corpus8", "tests/corpus8_gold", 0.90),
    ("tests/corpus9", "tests/corpus9_gold", 0.86),
    ("tests/corpus10", "tests/corpus10_gold", 0.82),
    ("tests/corpus11", "tests/corpus11_gold", 0.72),
    ("tests/corpus12", "tests/corpus12_gold", 0.90),
    ("tests/corpus13", "tests/corpus13_gold", 0.78),
    ("tests/corpus14", "tests/corpus14_gold", 0.74),
    ("tests/corpus15", "tests/corpus15_gold", 0.64),
    ("tests/corpus16", "tests/corpus16_gold", 0.74),
    ("tests/corpus17", "tests/corpus17_gold", 0.75),
    ("tests/corpus18", "tests/corpus18_gold", 0.85),
    ("tests/corpus19", "tests/corpus19_gold", 0.85),
    ("tests/corpus20", "tests/corpus20_gold", 0.85),
], ids=["seeds", "dev-corpus", "dev-corpus-2", "dev-corpus-3", "dev-corpus-4", "dev-corpus-5", "dev-corpus-6",
        "dev-corpus-7", "dev-corpus-8", "dev-corpus-9", "dev-corpus-10", "dev-corpus-11", "dev-corpus-12",
        "dev-corpus-13", "dev-corpus-14", "dev-corpus-15", "dev-corpus-16", "dev-corpus-17", "dev-corpus-18",
        "dev-corpus-19", "dev-corpus-20"])
def test_scores_and_agrees_with_the_reference_scorer(tmp_path, corpus, gold, floor):
    out = _build(tmp_path, ROOT / corpus)
    ours = score(out / "kg.ttl", ROOT / gold)
    ref = _reference_scorer().score(out / "kg.ttl", ROOT / gold)
    assert ours["micro_f1"] >= floor, "\n".join(ours["misses"])
    assert ours["micro_f1"] == pytest.approx(ref["micro_f1"])
    assert {k: (v["tp"], v["fp"], v["fn"]) for k, v in ours["kinds"].items()} == \
           {k: (v["tp"], v["fp"], v["fn"]) for k, v in ref["kinds"].items()}


def test_one_person_across_scripts_and_releases(seeds_out):
    store = ox.Store()
    store.bulk_load(path=str(seeds_out / "kg.ttl"), format=ox.RdfFormat.TURTLE)
    rows = list(store.query("""
        PREFIX mfa: <https://w3id.org/thai-mfa-kg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?p (COUNT(DISTINCT ?m) AS ?n) WHERE {
          ?p rdfs:label|skos:altLabel "Igor Morgulov"@en ; rdfs:label "อิกอร์ มอร์กูลอฟ"@th ; mfa:attended ?m }
        GROUP BY ?p"""))
    assert len(rows) == 1 and int(rows[0]["n"].value) == 2


def test_closed_namespace_fails_on_a_misspelt_term():
    assert MFA.attended.value.endswith("#attended")
    with pytest.raises(AttributeError, match="not a term"):
        MFA.atended  # noqa: B018


def test_every_namespace_term_is_declared_in_the_ontology():
    declared = {str(s) for s in Graph().parse(ROOT / "ontology" / "thai-mfa-kg.ttl").subjects()}
    missing = [t for t in MFA.TERMS if getattr(MFA, t).value not in declared]
    assert missing == []


def test_a_courtesy_call_and_a_talk_with_one_country_are_one_series_but_two_meetings(tmp_path):
    src = tmp_path / "src" / "releases"
    src.mkdir(parents=True)
    (src / "a.txt").write_text("นายกฯ หารือนายกรัฐมนตรีญี่ปุ่น\nเมื่อวันที่ 3 มีนาคม 2567 นายสมชาย รักไทย นายกรัฐมนตรี "
                               "หารือทวิภาคีกับนายทาโร ยามาดะ นายกรัฐมนตรีญี่ปุ่น ณ กรุงโตเกียว\n", encoding="utf-8")
    (src / "b.txt").write_text("เอกอัครราชทูตญี่ปุ่นเข้าเยี่ยมคารวะ\nเมื่อวันที่ 3 มีนาคม 2567 นายฮิโรชิ ซาโต้ "
                               "เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย เข้าเยี่ยมคารวะนายวิชัย ดีงาม รัฐมนตรีว่าการกระทรวงการต่างประเทศ "
                               "ณ กระทรวงการต่างประเทศ\n", encoding="utf-8")
    out = _build(tmp_path, src)
    g = Graph().parse(out / "kg.ttl")
    rows = set(g.query(f"SELECT ?m ?s WHERE {{ ?m a <{MFA.Meeting.value}> ; <{MFA.inSeries.value}> ?s }}"))
    assert len({m for m, _ in rows}) == 2 and len({s for _, s in rows}) == 1
