"""Metrics (networkx), CSV tables and the Gephi/Cytoscape exports."""
from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

import networkx as nx
import pytest

from kg import export, metrics

ROOT = Path(__file__).resolve().parents[1]


def _graph():
    """A small hand-made graph: two meetings of one series, three officials, two parties."""
    g = nx.Graph()
    g.add_node("s", kind="series", label="ชุด")
    for m, num, date in (("m1", 1, "2020-01-02"), ("m2", 2, "2021-03-04"), ("m5", 5, "2024-05-06")):
        g.add_node(m, kind="meeting", label=f"ประชุม {num}", number=num, date=date)
        g.add_edge(m, "s", relation="inSeries")
    for o in ("a", "b", "c"):
        g.add_node(o, kind="official", label=o)
    for p in ("RU", "ID"):
        g.add_node(p, kind="party", party_kind="country", label=p)
    for o, m in (("a", "m1"), ("b", "m1"), ("a", "m2"), ("b", "m2"), ("c", "m2")):
        g.add_edge(o, m, relation="attended", evidence=f"{o} at {m}")
    for m in ("m1", "m2"):
        for p in ("RU", "ID"):
            g.add_edge(m, p, relation="coChairedBy")
    return g


def test_every_metric_has_a_meaning_and_is_deterministic():
    d1 = metrics.compute(_graph())
    d2 = metrics.compute(_graph())
    assert json.dumps(d1, sort_keys=True) == json.dumps(d2, sort_keys=True)
    for key, value in d1.items():
        assert isinstance(value.get("meaning"), str) and len(value["meaning"]) > 20, key


def test_ties_series_and_node_attributes():
    g = _graph()
    d = metrics.compute(g)
    assert d["cochair_network"]["strongest"][0] | {} == {"a": "ID", "a_label": "ID", "b": "RU", "b_label": "RU", "weight": 2}
    top = d["coattendance_network"]["strongest"][0]
    assert (top["a"], top["b"], top["weight"]) == ("a", "b", 2)
    (row,) = d["series"]["rows"]
    assert (row["meetings"], row["rounds"], row["first_round"], row["last_round"]) == (3, 3, 1, 5)
    assert (row["first_date"], row["last_date"], row["missing"], row["missing_count"]) == ("2020-01-02", "2024-05-06", "3,4", 2)
    for n in g:
        for k in ("degree", "degree_centrality", "betweenness", "eigenvector", "community"):
            assert k in g.nodes[n], (n, k)
    assert d["summary"]["by_kind"] == {"meeting": 3, "official": 3, "party": 2, "series": 1}
    assert d["betweenness"]["method"] == "exact"
    assert d["betweenness"]["top"]["meeting"][0]["node"] == "m2"


def test_seeds_metrics(seeds_out):
    from kg import query

    d = json.loads((seeds_out / "metrics.json").read_text(encoding="utf-8"))
    store = query.load(seeds_out / "kg.ttl")
    for kind, cls in (("meeting", "Meeting"), ("official", "Official"), ("series", "MeetingSeries"),
                      ("release", "PressRelease")):  # the graph counts what the dump holds
        _, [[n]] = query.run(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a mfa:{cls} }}", store=store)
        assert d["summary"]["by_kind"][kind] == n, kind
    assert d["summary"]["nodes"] == sum(d["summary"]["by_kind"].values())
    pairs = {(t["a_label"], t["b_label"]): t["weight"] for t in d["cochair_network"]["strongest"]}
    assert pairs[("อินโดนีเซีย", "รัสเซีย")] == 2
    for metric in ("degree", "degree_centrality", "betweenness", "eigenvector"):
        for kind in ("official", "party", "meeting"):
            vals = [r["value"] for r in d[metric]["top"][kind]]
            assert vals == sorted(vals, reverse=True) and vals, (metric, kind)
    assert d["communities"]["count"] >= 2 and d["communities"]["method"] == "Louvain (seed 42)"


def test_seeds_csv_tables(seeds_out):
    names = {p.name for p in (seeds_out / "metrics").iterdir()}
    assert names == {"nodes.csv", "cochair_ties.csv", "coattendance_ties.csv", "series.csv", "summary.csv", "meanings.csv"}
    rows = list(csv.DictReader(io.StringIO((seeds_out / "metrics" / "nodes.csv").read_text(encoding="utf-8"))))
    assert len(rows) == json.loads((seeds_out / "metrics.json").read_text(encoding="utf-8"))["summary"]["nodes"]
    assert {r["kind"] for r in rows} == {"official", "meeting", "series", "party", "release"}
    assert all(0 <= float(r["betweenness"]) <= 1 for r in rows)
    series = list(csv.DictReader(io.StringIO((seeds_out / "metrics" / "series.csv").read_text(encoding="utf-8"))))
    som = next(r for r in series if r["label"] == "การประชุมเจ้าหน้าที่อาวุโสอาเซียน-รัสเซีย")
    assert (som["numbers"], som["first_date"], som["last_date"], som["missing"]) == ("17,18", "2021-01-26", "2022-05-23", "")


@pytest.mark.parametrize("name,reader", [("graph.gexf", nx.read_gexf), ("graph.graphml", nx.read_graphml)])
def test_gephi_and_cytoscape_exports(seeds_out, name, reader):
    h = reader(seeds_out / name)
    summary = json.loads((seeds_out / "metrics.json").read_text(encoding="utf-8"))["summary"]
    # releases (provenance leaves) stay in kg.ttl, out of the layout tools' network
    assert (h.number_of_nodes(), h.number_of_edges()) == (summary["nodes"] - summary["by_kind"]["release"],
                                                          summary["edges"] - summary["by_relation"]["reportedIn"])
    assert all(d["kind"] != "release" for _, d in h.nodes(data=True))
    d = h.nodes["https://w3id.org/thai-mfa-kg/id/country/RU"]
    assert d["kind"] == "party" and d["label"] == "รัสเซีย" and d["label_en"] == "Russia"
    assert isinstance(d["betweenness"], float) and isinstance(d["degree"], int)
    assert {e.get("relation") for _, _, e in h.edges(data=True)} >= {"attended", "coChairedBy", "inSeries"}


def test_large_graph_samples_betweenness_and_stays_finite():
    g = nx.gnm_random_graph(2600, 5200, seed=1)
    g.add_edges_from([(5000, 5001), (5002, 5003), (5003, 5004)])  # small separate components
    nx.set_node_attributes(g, "meeting", "kind")
    d = metrics.compute(g)
    assert d["betweenness"]["method"].startswith("estimated from")
    assert d["summary"]["connected_components"] >= 3
    ev = [g.nodes[n]["eigenvector"] for n in g]
    assert all(math.isfinite(x) and x >= 0 for x in ev)
    assert g.nodes[5003]["eigenvector"] > 0  # a small component is not forced to 0
    assert json.dumps(metrics.compute(g.copy()), sort_keys=True) == json.dumps(d, sort_keys=True)


def test_eigenvector_non_convergence_falls_back(monkeypatch):
    def fail(*a, **k):
        raise nx.PowerIterationFailedConvergence(1)

    monkeypatch.setattr(metrics, "_principal_eigenvector", fail)
    g = _graph()
    d = metrics.compute(g)
    assert d["eigenvector"]["not_converged"] == 1
    assert g.nodes["m2"]["eigenvector"] > g.nodes["c"]["eigenvector"] > 0


def test_empty_and_edgeless_graphs():
    g = nx.Graph()
    assert metrics.compute(g)["summary"]["nodes"] == 0
    g.add_node("x", kind="official", label="x")
    d = metrics.compute(g)
    assert d["communities"]["count"] == 1 and g.nodes["x"]["betweenness"] == 0.0
    assert set(export.files(g, d)) >= {"graph.gexf", "graph.graphml", "metrics/nodes.csv"}


def test_induced_subgraph_keeps_the_graphs_order_whatever_the_set_order():
    """g.subgraph(part).copy() walks the set of kept nodes when the part is small: the
    order then follows the hash seed. induced() follows g."""
    import networkx as nx

    from kg.metrics import induced

    g = nx.Graph()
    g.add_nodes_from(f"n{i:03d}" for i in range(200))
    g.add_edges_from([("n150", "n003"), ("n003", "n100"), ("n100", "n150"), ("n007", "n150")], relation="x")
    part = {"n150", "n003", "n100", "n007"}
    h = induced(g, part)
    assert list(h) == ["n003", "n007", "n100", "n150"]
    assert list(h.edges) == [("n003", "n150"), ("n003", "n100"), ("n007", "n150"), ("n100", "n150")]
    big = g.subgraph(list(g)[:150] + sorted(part)).copy()     # over half of g: networkx walks g itself
    assert list(induced(g, big.nodes)) == list(big) and list(induced(g, big.nodes).edges) == list(big.edges)


def test_outputs_do_not_depend_on_the_hash_seed(tmp_path):
    """Releases outnumber everything else (as in any archive): every output must still be
    the same from one interpreter to the next."""
    import os
    import subprocess
    import sys

    src = tmp_path / "in"
    src.mkdir()
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        for i in range(40):                          # distinct releases about the same meetings
            (src / f"{f.stem}_{i:02d}.txt").write_text(text + f"\nรหัส {i}\n", encoding="utf-8")
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kg", "build", str(src), "--out", str(out), "--quiet", "--no-cache",
                        "--jobs", "1"], check=True, env=env, capture_output=True)
        # every output a reader sees (through the links into the current generation)
        outs.append({(Path(d) / f).relative_to(out).as_posix(): (Path(d) / f).read_bytes()
                     for d, _, names in os.walk(out, followlinks=True) for f in names
                     if not any(part.startswith(".") for part in (Path(d) / f).relative_to(out).parts)})
    assert "metrics/summary.csv" in outs[0]
    assert outs[0].keys() == outs[1].keys()
    assert [k for k in outs[0] if outs[0][k] != outs[1][k]] == []
