"""graph.gexf and graph.graphml describe the graph they hold: read back through networkx,
every node's degree is the number of its edges in the file, edges point from subject to
object with their full evidence, numbers are numbers and dates are Gephi intervals."""
from __future__ import annotations

import re

import networkx as nx
import pytest

from kg import export

ID = "https://w3id.org/thai-mfa-kg/id/"
KIND_OF_SUBJECT = {"attended": "official", "represents": "official", "coChairedBy": "meeting", "inSeries": "meeting"}


@pytest.mark.parametrize("name,reader", [("graph.gexf", nx.read_gexf), ("graph.graphml", nx.read_graphml)])
def test_exports_round_trip_true_to_themselves(seeds_out, name, reader):
    h = reader(seeds_out / name)
    assert h.is_directed()
    n = h.number_of_nodes()
    for x, d in h.nodes(data=True):
        assert d["degree"] == h.degree(x), x            # in + out: the edges present, nothing else
        assert d["degree_centrality"] == pytest.approx(h.degree(x) / (n - 1), abs=1e-6), x
        assert isinstance(d["betweenness"], float) and isinstance(d["community"], int)
    for a, b, e in h.edges(data=True):
        rel = e["relation"]
        if rel in KIND_OF_SUBJECT:
            assert h.nodes[a]["kind"] == KIND_OF_SUBJECT[rel], (a, rel, b)
        if rel in ("attended", "coChairedBy"):
            assert e["evidence"] and isinstance(e["confidence"], float), (a, b)
    # partOf keeps its direction: the ASEAN-Canada ministers' meeting is part of the 53rd AMM
    parts = [(h.nodes[a]["label"], h.nodes[b]["label"]) for a, b, e in h.edges(data=True) if e["relation"] == "partOf"]
    assert ("การประชุมรัฐมนตรีต่างประเทศอาเซียน-แคนาดา", "การประชุมรัฐมนตรีต่างประเทศอาเซียน ครั้งที่ 53") in parts
    # the whole co-chair sentence of the 18th ASEAN-Russia SOM, with the words that justify it
    som18 = ID + "meeting/s0b574741b347-18"
    assert h.nodes[som18]["number"] == 18                   # typed, not "18"
    ev = h.edges[som18, ID + "country/RU"]["evidence"]
    assert ev.rstrip(" .").endswith("เป็นประธานร่วม") and len(ev) > 300
    unnumbered = [x for x, d in h.nodes(data=True) if d["kind"] == "meeting" and "number" not in d]
    assert unnumbered                                      # no number: no attribute, not 0 or ""


def test_gexf_is_dynamic_with_date_intervals(seeds_out):
    text = (seeds_out / "graph.gexf").read_text(encoding="utf-8")
    assert re.search(r'<graph defaultedgetype="directed" mode="dynamic" timeformat="date">', text)
    h = nx.read_gexf(seeds_out / "graph.gexf")
    som18 = h.nodes[ID + "meeting/s0b574741b347-18"]
    assert (som18["start"], som18["end"]) == ("2022-05-23", "2022-05-23")
    summit = next(d for _, d in h.nodes(data=True) if d["kind"] == "meeting" and d.get("date") == "2021-10")
    assert (summit["start"], summit["end"]) == ("2021-10-01", "2021-10-31")   # a month: the whole month
    assert all("start" not in d for _, d in h.nodes(data=True) if d["kind"] != "meeting")


def test_interval():
    assert export.interval("2020-02") == ("2020-02-01", "2020-02-29")
    assert export.interval("2021") == ("2021-01-01", "2021-12-31")
    assert export.interval("2022-05-23", "2022-05-25") == ("2022-05-23", "2022-05-25")
    assert export.interval("2022-05-23", "2022-05") == ("2022-05-23", "2022-05-31")
    assert export.interval("2022-05-23", "2021-01-01") == ("2022-05-23", "2022-05-23")  # an end before the start
    assert export.interval("") is None and export.interval("2022-13-01") is None and export.interval("x") is None
