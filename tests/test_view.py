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


def test_seeds_page_is_offline(seeds_out):
    page = (seeds_out / "graph.html").read_text(encoding="utf-8")
    assert not REMOTE.search(page)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page and "bootstrap" not in page.lower()
    assert "vis.Network" in page and "TomSelect" in page  # inlined libraries, select and filter menus
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
    assert {e["label"] for e in edges} >= {"attended", "coChairedBy", "inSeries", "reportedIn"}
    attended = [e for e in edges if e["label"] == "attended"]
    assert all("\n\n" in e["title"] for e in attended)  # the evidence sentence
    sizes = {n["size"] for n in nodes}
    assert len(sizes) > 3  # size by centrality
    assert 'id="kg-legend"' in page and "Showing all" in page
    assert "physics: {enabled: false}" in page and "stabilizationIterationsDone" in page


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
    assert any(n["label"] == "ประชุม {{ 7*7 }} {% if 1 %}" for n in datasets(page)[0])  # not a template
    nodes, edges = datasets(page)
    o = next(n for n in nodes if n["id"] == "urn:o")
    assert o["label"].startswith(PAYLOAD[:30]) and PAYLOAD in o["title"]  # the text itself, unchanged
    assert "&lt;" not in o["title"] and "&amp;" not in edges[0]["title"]  # nothing escaped twice
    # the select menu lists labels, HTML-escaped
    assert '<option value="urn:o">&#34;&gt;&lt;script&gt;window.__pwned=1&lt;/scrip' in page


def test_xss_release_build(xss_out):
    page = (xss_out / "graph.html").read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in page and "<img src=x" not in page
    nodes, _ = datasets(page)
    release = next(n for n in nodes if n["id"].endswith("/release/xss_release"))
    assert release["title"].startswith(PAYLOAD)
