"""Relationship metrics with networkx over the resolved graph.

The graph has one node per official, meeting, series, party and release (keyed by
IRI) and one edge per relation, so centralities speak of the same things the dump
does. Every metric carries a one-line meaning for analysts.
"""
from __future__ import annotations

import networkx as nx

from . import rdf
from .resolve import Resolution


def to_networkx(res: Resolution) -> nx.Graph:
    """An undirected graph of officials, meetings, series, parties and releases."""
    from .vocab import vocab

    v = vocab()
    g = nx.Graph()
    for key, o in sorted(res.officials.items()):
        n = rdf.person_iri(res, key).value
        g.add_node(n, kind="official", label=o.thai_name or o.latin_name or key,
                   label_en=o.latin_name or "", country=o.country or "",
                   position="; ".join(sorted(o.positions)))
        if o.country and o.country in v.parties:
            c = rdf.party_iri(o.country).value
            g.add_node(c, kind="party", label=v.parties[o.country].name_th, label_en=v.parties[o.country].name_en)
            g.add_edge(n, c, relation="represents")
    for series in sorted(res.series_labels):
        g.add_node(rdf.series_iri(series).value, kind="series", label=series)
    for key, m in sorted(res.meetings.items()):
        n = rdf.meeting_iri(key).value
        label = sorted(m.labels.items(), key=lambda x: (-x[1], x[0]))[0][0]
        g.add_node(n, kind="meeting", label=f"{label} ครั้งที่ {m.number}" if m.number else label,
                   label_en=sorted(m.labels_en)[0] if m.labels_en else "",
                   number=m.number or "", date=m.start.iso() if m.start else "", mode=m.mode or "",
                   status=m.status)
        g.add_edge(n, rdf.series_iri(m.series).value, relation="inSeries")
        if m.parent:
            g.add_edge(n, rdf.meeting_iri(m.parent).value, relation="partOf")
        for rid in sorted(m.releases):
            r = rdf.release_iri(rid).value
            g.add_node(r, kind="release", label=res.releases[rid].title[:80], release_id=rid)
            g.add_edge(n, r, relation="reportedIn")
        for _rid, okey, a in m.attendances:
            g.add_edge(rdf.person_iri(res, okey).value, n, relation="attended", evidence=a.evidence[:300])
        for _rid, c, _okey in m.co_chairs:
            if c.party in v.parties:
                p = rdf.party_iri(c.party).value
                g.add_node(p, kind="party", label=v.parties[c.party].name_th, label_en=v.parties[c.party].name_en)
                g.add_edge(n, p, relation="coChairedBy", evidence=c.evidence[:300])
    return g


def compute(g: nx.Graph) -> dict:
    """Summary counts and centralities, deterministic (sorted keys, seeded algorithms)."""
    kinds: dict[str, int] = {}
    for _, d in g.nodes(data=True):
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    degree = nx.degree_centrality(g) if len(g) > 1 else {n: 0.0 for n in g}
    top = sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:25]
    return {
        "summary": {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "by_kind": kinds},
        "degree_centrality": {
            "meaning": "share of all other nodes a node is directly tied to: who or what is most connected",
            "top": [{"node": n, "label": g.nodes[n].get("label", ""), "kind": g.nodes[n]["kind"], "value": round(v, 6)}
                    for n, v in top],
        },
    }
