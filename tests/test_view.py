"""graph.html: offline, safe, labelled, and truncated with a notice."""
from __future__ import annotations

import json
import re

import networkx as nx

from kg import metrics, view

from conftest import PAYLOAD

REMOTE = re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)


def datasets(page: str) -> tuple[list[dict], list[dict]]:
    nodes = json.loads(re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);\n", page, re.S).group(1))
    edges = json.loads(re.search(r"edges = new vis\.DataSet\((\[.*?\])\);\n", page, re.S).group(1))
    return nodes, edges


def app_data(page: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1))


def test_seeds_page_is_offline(seeds_out):
    page = (seeds_out / "graph.html").read_text(encoding="utf-8")
    assert not REMOTE.search(page)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page and "bootstrap" not in page.lower()
    assert "vis.Network" in page and 'id="kg-data"' in page  # inlined library, the app's data
    assert "<script src" not in page and "<link" not in page


def test_seeds_page_content(seeds_out):
    page = (seeds_out / "graph.html").read_text(encoding="utf-8")
    summary = json.loads((seeds_out / "metrics.json").read_text(encoding="utf-8"))["summary"]
    nodes, edges = datasets(page)
    assert len(nodes) == summary["nodes"] and len(edges) == summary["edges"]
    by_id = {n["id"]: n for n in nodes}
    ru = by_id["https://w3id.org/thai-mfa-kg/id/country/RU"]
    assert ru["label"] == "รัสเซีย\nRussia" and ru["shape"] == "square" and ru["color"] == view.COLOURS["country"]
    assert ru["title"].startswith("รัสเซีย\n[ประเทศ / country]")
    meeting = by_id["https://w3id.org/thai-mfa-kg/id/meeting/s0b574741b347-18"]
    assert meeting["shape"] == "diamond" and "date: 2022-05-23" in meeting["title"] and "number (ครั้งที่): 18" in meeting["title"]
    assert {e["relation"] for e in edges} >= {"attended", "coChairedBy", "inSeries", "reportedIn"}
    assert {e["label"] for e in edges} >= {view.RELATIONS["attended"], view.RELATIONS["coChairedBy"]}  # not camelCase
    attended = [e for e in edges if e["relation"] == "attended"]
    assert all("\n\n" in e["title"] for e in attended)  # the evidence sentence
    sizes = {n["size"] for n in nodes}
    assert len(sizes) > 3  # size by centrality
    assert 'id="kg-legend"' in page and "Showing all" in page
    assert "physics: {enabled: false}" in page and "stabilizationIterationsDone" in page
    # pyvis's menus (which offered its internal fields: color, shape, size, title, id) are gone
    assert 'id="select-menu"' not in page and 'id="filter-menu"' not in page and "Reset Selection" not in page


def test_max_nodes_keeps_the_most_central_and_says_what_is_left_out(seeds_out):
    import kg
    from kg.build import process_file
    from kg.read import iter_inputs

    files, _ = iter_inputs([kg.build.__globals__["SEEDS"]])
    g = metrics.to_networkx(kg.resolve([process_file(str(f)) for f in files]))
    metrics.compute(g)
    page = view.render(g, max_nodes=10)
    nodes, edges = datasets(page)
    assert len(nodes) == 10
    expected = sorted(g.nodes, key=lambda n: (-(g.nodes[n]["betweenness"] + g.nodes[n]["degree_centrality"]),
                                               -g.degree(n), n))[:10]
    assert {n["id"] for n in nodes} == set(expected)
    notice = re.search(r'<div id="kg-notice"[^>]*>(.*?)</div>', page).group(1)
    assert notice.startswith(f"Showing the 10 most central of {len(g)} nodes")
    assert "Left out:" in notice and "press release" in notice
    assert all(e["from"] in expected and e["to"] in expected for e in edges)


def _hostile_graph() -> nx.Graph:
    g = nx.Graph()
    g.add_node("urn:o", kind="official", label=PAYLOAD, label_en="<b>bold</b>", position="</script><script>x()</script>")
    g.add_node("urn:m", kind="meeting", label="ประชุม {{ 7*7 }} {% if 1 %}", date="2024-01-01")
    g.add_edge("urn:o", "urn:m", relation="attended", evidence="</script><svg onload=alert(1)> & 'quote'")
    metrics.compute(g)
    return g


def test_hostile_text_is_data_not_code():
    page = view.render(_hostile_graph())
    assert "<script>window.__pwned" not in page
    assert "<img src=x" not in page and "<svg onload" not in page and "</script><script>x()" not in page
    assert any(n["label"].startswith("ประชุม {{ 7*7 }} {% if 1 %}") for n in datasets(page)[0])  # not a template
    nodes, edges = datasets(page)
    o = next(n for n in nodes if n["id"] == "urn:o")
    assert o["label"].startswith(PAYLOAD[:30]) and PAYLOAD in o["title"]  # the text itself, unchanged
    assert "&lt;" not in o["title"] and "&amp;" not in edges[0]["title"]  # nothing escaped twice
    # the app's data block holds the text unchanged, with nothing that could end the script
    data = app_data(page)
    assert data["nodes"]["urn:o"]["l"] == PAYLOAD and data["ties"][0][3] == "</script><svg onload=alert(1)> & 'quote'"
    block = re.search(r'id="kg-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block and ">" not in block and "&" not in block


def test_xss_release_build(xss_out):
    page = (xss_out / "graph.html").read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in page and "<img src=x" not in page
    nodes, _ = datasets(page)
    release = next(n for n in nodes if n["id"].endswith("/release/xss_release"))
    assert release["title"].startswith(PAYLOAD)


SOM = "https://w3id.org/thai-mfa-kg/id/meeting/s0b574741b347-"


def test_meeting_labels_keep_series_number_and_year(seeds_out):
    nodes, edges = datasets((seeds_out / "graph.html").read_text(encoding="utf-8"))
    by_id = {n["id"]: n for n in nodes}
    assert by_id[SOM + "18"]["label"].endswith("ครั้งที่ 18 (2022)") and "รัสเซีย" in by_id[SOM + "18"]["label"]
    assert by_id[SOM + "17"]["label"].endswith("ครั้งที่ 17 (2021)")
    meetings = [n["label"] for n in nodes if n["kind"] == "meeting"]
    assert len(set(meetings)) == len(meetings)
    # co-chair ties bold in their own colour (not a shade of the meetings' orange, nor partOf's)
    co = [e for e in edges if e["relation"] == "coChairedBy"]
    assert co and all(e["width"] > view.EDGE_WIDTH and e["color"] == view.EDGE_COLOURS["coChairedBy"] for e in co)
    assert len({view.EDGE_COLOURS["coChairedBy"], view.EDGE_COLOURS["partOf"], view.COLOURS["meeting"]}) == 3
    # directed: a tie points from its subject (the official, the meeting) to its object
    att = next(e for e in edges if e["relation"] == "attended")
    assert by_id[att["from"]]["kind"] == "official" and by_id[att["to"]]["kind"] == "meeting"


def test_meeting_labels_only_coincide_when_series_number_and_year_do():
    long = "การประชุมคณะกรรมาธิการร่วมว่าด้วยความร่วมมือทวิภาคีระหว่างไทยกับ"
    g = {  # names alike for far longer than a short label, differing only at the end
        "m1": {"kind": "meeting", "label": long + "ประเทศอินเดียและบังกลาเทศ ครั้งที่ 12", "number": 12, "date": "2023-04-01", "series": "s1"},
        "m2": {"kind": "meeting", "label": long + "ประเทศอินโดนีเซียและบังกลาเทศ ครั้งที่ 12", "number": 12, "date": "2023-05-01", "series": "s2"},
        "m3": {"kind": "meeting", "label": "การหารือทวิภาคีไทย-ญี่ปุ่น", "date": "2024-01-10", "series": "s3"},
        "m4": {"kind": "meeting", "label": "การหารือทวิภาคีไทย-ญี่ปุ่น", "date": "2024-03-02", "series": "s3"},
        "m5": {"kind": "meeting", "label": "การประชุม ครั้งที่ 123456789", "number": 123456789, "date": "2020", "series": "s4"},
    }
    labels = view.meeting_labels(g)
    assert len(set(labels.values())) == 5
    assert labels["m1"].endswith("ครั้งที่ 12 (2023)") and labels["m2"].endswith("ครั้งที่ 12 (2023)")
    assert labels["m3"].endswith("(2024-01-10)")           # no number: the date tells them apart
    assert "123456789 (2020)" in labels["m5"]              # a number is never cut
    same = dict(g, m6=dict(g["m1"]))                       # series, number and year coincide: may share
    assert view.meeting_labels(same)["m6"] == view.meeting_labels(same)["m1"]


def test_synthetic_style_collisions_are_resolved(seeds_out):
    """Many rounds of many series with names alike (as the 2,000-release corpus has)."""
    g = {}
    for s, partner in enumerate(("รัสเซีย", "สหพันธรัฐรัสเซีย", "นิวซีแลนด์", "สาธารณรัฐเกาหลี")):
        for n in range(10, 30):
            g[f"{s}-{n}"] = {"kind": "meeting", "label": f"การประชุมเจ้าหน้าที่อาวุโสอาเซียน-{partner} ครั้งที่ {n}",
                             "number": n, "date": f"{1995 + n}-05-0{s + 1}", "series": f"s{s}"}
    labels = view.meeting_labels(g)
    assert len(set(labels.values())) == len(g)
    assert all(label.endswith(f"ครั้งที่ {d['number']} ({d['date'][:4]})") for (k, d), label in
               zip(g.items(), labels.values()))


def test_panel_data_hidden_releases_and_plurals(seeds_out):
    page = (seeds_out / "graph.html").read_text(encoding="utf-8")
    nodes, _ = datasets(page)
    releases = [n for n in nodes if n["kind"] == "release"]
    assert releases and all(n["hidden"] is True for n in releases)
    assert all("hidden" not in n for n in nodes if n["kind"] != "release")
    data = app_data(page)
    # the whole co-chair sentence, with the words that justify it
    (ru,) = [t for t in data["ties"] if t[0] == SOM + "18" and t[1].endswith("/country/RU")]
    assert ru[2] == "coChairedBy" and ru[3].endswith("รัสเซียเป็นประธานร่วม") and 0.5 <= ru[4] <= 1
    attendees = {t[0] for t in data["ties"] if t[1] == SOM + "18" and t[2] == "attended"}
    assert len(attendees) == 4 and all(data["nodes"][a]["k"] == "official" for a in attendees)
    assert data["nodes"][SOM + "18"]["t"] == [2022 * 12 + 4, 2022 * 12 + 4]  # May 2022, parsed
    assert data["months"][0] < data["months"][1]
    assert set(data["top"]) <= {n["id"] for n in nodes} and len(data["top"]) >= 10
    notice = re.search(r'<div id="kg-notice"[^>]*>(.*?)</div>', view.render(_seeds_graph(), max_nodes=3)).group(1)
    assert "countries" in notice and "meeting series" in notice and "countrys" not in notice and "seriess" not in notice


def _seeds_graph() -> nx.Graph:
    import kg
    from kg.build import process_file
    from kg.read import iter_inputs

    files, _ = iter_inputs([kg.build.__globals__["SEEDS"]])
    g = metrics.to_networkx(kg.resolve([process_file(str(f)) for f in files]))
    metrics.compute(g)
    return g
