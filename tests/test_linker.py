"""The linker: features of candidate facts, the fitted model, confidences in the graph,
``kg query --min-confidence``, doubtful ties in the view, and ``kg train`` reproducing the
shipped model byte for byte."""
from __future__ import annotations

import math
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from kg import linker, train, view
from kg.cli import main
from kg.extract import candidates
from kg.model import Attendance, Link, Meeting, PartialDate, Person, Release

ROOT = Path(__file__).resolve().parents[1]
MFA = "https://w3id.org/thai-mfa-kg/ontology#"


def release(body: str) -> Release:
    return Release(id="t", path="t.txt", title="ข่าวสาร", body=body, published=PartialDate(2023, 6, 30))


def features(body: str) -> dict[tuple[str, str], tuple[str, ...]]:
    return {(m.label, link.kind, link.key): link.features for m in candidates(release(body)) for link in m.links}


# ------------------------------------------------------------------ features

LEAD = ("เมื่อวันที่ 9 พฤศจิกายน 2560 นายดอน ปรมัตถ์วินัย รัฐมนตรีว่าการกระทรวงการต่างประเทศ "
        "ได้เข้าร่วมการประชุมรัฐมนตรีเอเปค ครั้งที่ 29 ณ นครดานัง")


def test_each_fact_names_the_rule_that_attached_it():
    got = features(LEAD)
    assert "via=lead" in got[("การประชุมรัฐมนตรีเอเปค", "date", "")]
    assert "via=venue" in got[("การประชุมรัฐมนตรีเอเปค", "mode", "")]
    assert "via=own_verb" in got[("การประชุมรัฐมนตรีเอเปค", "attended", "ดอนปรมัตถ์วินัย")]     # นาย X … ได้เข้าร่วม Y


def test_distance_and_position_features():
    f = features(LEAD)[("การประชุมรัฐมนตรีเอเปค", "mode", "")]
    assert {"dist<=40", "after", "same_para", "between<=0", "primary", "numbered"} <= set(f)
    f = features(LEAD)[("การประชุมรัฐมนตรีเอเปค", "date", "")]
    assert {"before", "precision=day"} <= set(f)


def test_a_second_meeting_without_a_way_of_its_own_gets_the_main_one_as_a_guess():
    got = features(LEAD + "\nรัฐมนตรีฯ ยังได้เข้าร่วมการประชุมรัฐมนตรีอาเซียน-แคนาดา ครั้งที่ 3")
    guess = got[("การประชุมรัฐมนตรีอาเซียน-แคนาดา", "mode", "")]
    assert "via=release" in guess and "secondary" in guess


# ------------------------------------------------------------------ the model

MODEL = linker.Model(intercepts={"date": 1.0}, weights={"date": {"via=lead": 1.0, "far": -4.0}},
                     thresholds={"date": 0.5})


@pytest.mark.parametrize("feats,p", [
    (("via=lead",), 1 / (1 + math.exp(-2.0))),
    (("via=lead", "far"), 1 / (1 + math.exp(2.0))),
    (("never-seen",), 1 / (1 + math.exp(-1.0))),
], ids=["weights-add-up", "a-negative-weight", "unknown-features-weigh-nothing"])
def test_probability_is_the_logistic_of_the_summed_weights(feats, p):
    assert MODEL.probability(Link("date", "", feats)) == pytest.approx(p)


def _meeting(date_features):
    person = Person("ดอน ปรมัตถ์วินัย", "นาย", None, "TH")
    return Meeting(label="X", series="X", release_id="t", start=PartialDate(2017, 11, 9), mode="in_person",
                   attendances=(Attendance(person),),
                   links=(Link("date", "", date_features), Link("mode", "", ("via=venue",)),
                          Link("attended", "ดอนปรมัตถ์วินัย", ("via=primary",))))


def test_apply_keeps_a_likely_fact_with_its_confidence_and_clears_the_features():
    [m] = linker.apply((_meeting(("via=lead",)),), model=MODEL)
    assert m.start == PartialDate(2017, 11, 9) and m.date_confidence == 0.88
    assert m.links == ()
    assert m.mode == "in_person" and m.mode_confidence == 0.5       # no weights for modes: the logistic of 0
    assert m.attendances[0].confidence == 0.5


def test_apply_drops_a_fact_below_its_kinds_threshold():
    [m] = linker.apply((_meeting(("via=lead", "far")),), model=MODEL)
    assert m.start is None and m.end is None and m.date_confidence is None


def test_the_shipped_model_is_loaded_once_and_covers_every_kind():
    assert linker.load() is linker.load()
    assert set(linker.load().weights) == set(linker.KINDS)
    assert all(0.0 <= t <= 0.5 for t in linker.load().thresholds.values())


# ------------------------------------------------------------------ confidences in the graph

def test_every_qualified_fact_of_the_seeds_says_how_sure(seeds_out):
    store = ox.Store()
    store.bulk_load(path=str(seeds_out / "kg.ttl"), format=ox.RdfFormat.TURTLE)
    q = f"""PREFIX mfa: <{MFA}>
    SELECT ?kind (COUNT(?n) AS ?all) (COUNT(?c) AS ?sure) (MIN(?c) AS ?lo) (MAX(?c) AS ?hi) WHERE {{
      {{ ?n a mfa:Participation BIND("participation" AS ?kind) }} UNION {{ ?n a mfa:CoChairing BIND("cochairing" AS ?kind) }}
      UNION {{ ?n a mfa:Claim ; mfa:claimProperty mfa:startDate BIND("date" AS ?kind) }}
      UNION {{ ?n a mfa:Claim ; mfa:claimProperty mfa:attendanceMode BIND("mode" AS ?kind) }}
      OPTIONAL {{ ?n mfa:confidence ?c }} }} GROUP BY ?kind"""
    rows = {r["kind"].value: r for r in store.query(q)}
    assert set(rows) == {"participation", "cochairing", "date", "mode"}
    for kind, r in rows.items():
        assert int(r["all"].value) == int(r["sure"].value) > 0, kind
        assert 0.0 <= float(r["lo"].value) <= float(r["hi"].value) <= 1.0
        assert r["lo"].datatype == ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")


DOUBTFUL_DUMP = f"""@prefix mfa: <{MFA}> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix pe: <https://w3id.org/thai-mfa-kg/id/person/> .
@prefix me: <https://w3id.org/thai-mfa-kg/id/meeting/> .
@prefix pa: <https://w3id.org/thai-mfa-kg/id/participation/> .
@prefix cl: <https://w3id.org/thai-mfa-kg/id/claim/> .
pe:a mfa:attended me:m . pe:b mfa:attended me:m .
pa:qa a mfa:Participation ; mfa:participant pe:a ; mfa:meeting me:m ; mfa:confidence 0.95 .
pa:qb a mfa:Participation ; mfa:participant pe:b ; mfa:meeting me:m ; mfa:confidence 0.30 .
me:m mfa:startDate "2024-01-02"^^xsd:date ; mfa:attendanceMode mfa:InPerson ;
    mfa:qualifiedParticipation pa:qa , pa:qb .
cl:d a mfa:Claim ; mfa:meeting me:m ; mfa:claimProperty mfa:startDate ; mfa:claimValue "2024-01-02" ; mfa:confidence 0.40 .
cl:k a mfa:Claim ; mfa:meeting me:m ; mfa:claimProperty mfa:attendanceMode ; mfa:claimValue "in_person" ; mfa:confidence 0.90 .
"""
FACTS = ("SELECT ?p ?o WHERE { { ?s mfa:attended ?o BIND(STR(?s) AS ?p) } UNION "
         "{ <https://w3id.org/thai-mfa-kg/id/meeting/m> ?q ?o FILTER(?q IN (mfa:startDate, mfa:attendanceMode)) BIND(STR(?q) AS ?p) } } ORDER BY ?p")


@pytest.mark.parametrize("argv,facts", [
    ([], ["a", "attendanceMode", "b", "startDate"]),
    (["--min-confidence", "0.5"], ["a", "attendanceMode"]),
    (["--min-confidence", "0.35"], ["a", "attendanceMode", "startDate"]),
    (["--min-confidence", "0"], ["a", "attendanceMode", "b", "startDate"]),
], ids=["all", "above-half", "between", "zero-keeps-all"])
def test_query_keeps_only_facts_above_the_threshold(argv, facts, tmp_path, capsys):
    dump = tmp_path / "kg.ttl"
    dump.write_text(DOUBTFUL_DUMP, encoding="utf-8")
    assert main(["query", FACTS, "--dump", str(dump), "--format", "csv", "--no-store", *argv]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert sorted(line.split(",")[0].rsplit("/", 1)[-1].rsplit("#", 1)[-1] for line in out.splitlines()[1:]) == facts


def test_a_threshold_outside_0_1_is_a_usage_error(tmp_path, capsys):
    dump = tmp_path / "kg.ttl"
    dump.write_text(DOUBTFUL_DUMP, encoding="utf-8")
    assert main(["query", FACTS, "--dump", str(dump), "--min-confidence", "1.5"]) == 2
    assert "between 0 and 1" in capsys.readouterr().err


def test_the_view_draws_doubtful_ties_dashed_and_says_so():
    g = nx.DiGraph()
    g.add_node("p1", kind="official", label="ก")
    g.add_node("p2", kind="official", label="ข")
    g.add_node("m", kind="meeting", label="การประชุม")
    g.add_edge("p1", "m", relation="attended", evidence="", confidence=view.DOUBTFUL_BELOW / 2)
    g.add_edge("p2", "m", relation="attended", evidence="", confidence=0.99)
    page = view.render(g)
    assert page.count('"dashes": true') == 1
    assert "doubtful (confidence" in page and "(confidence 0.99)" in page
    assert "Dashed ties marked" in page


# ------------------------------------------------------------------ kg train

@pytest.fixture(scope="module")
def refit():
    return train.run(ROOT)


def test_kg_train_reproduces_the_shipped_model_byte_for_byte(refit):
    model, _report = refit
    assert train.dumps(model) == train.MODEL_FILE.read_text(encoding="utf-8")


def test_kg_train_reports_every_corpus_held_out_and_a_reliability_table(refit):
    _model, report = refit
    names = [c["name"] for c in linker.FEATURE_EDGES["corpora"]]
    assert [r["corpus"] for r in report["loco"]] == names
    for r in report["loco"]:
        assert 0.0 < r["held_out"] <= 1.0 and 0.0 < r["in_sample"] <= 1.0
    assert sum(b["facts"] for b in report["reliability"]) == report["examples"]     # every candidate, held out
    top = report["reliability"][-1]
    assert top["bin"].endswith("1.00") and abs(top["precision"] - top["mean_confidence"]) < 0.1


def test_kg_train_check_exits_1_when_the_model_differs(refit, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(train, "run", lambda root: refit)
    other = tmp_path / "linker.json"
    other.write_text("{}\n", encoding="utf-8")
    assert main(["train", "--check", "--out", str(other)]) == 1
    assert "DIFFERS" in capsys.readouterr().err
    assert main(["train", "--out", str(other)]) == 0
    assert main(["train", "--check", "--out", str(other)]) == 0
    assert other.read_text(encoding="utf-8") == train.dumps(refit[0])


def test_kg_train_outside_a_checkout_names_the_missing_corpora(tmp_path, capsys):
    assert main(["train", "--root", str(tmp_path)]) == 1
    assert "no gold corpus at" in capsys.readouterr().err
