"""Files for Gephi, Cytoscape and pandas: ``graph.gexf``, ``graph.graphml`` and ``metrics/*.csv``.

:func:`files` returns ``{relative path: text}``; ``kg.build`` writes each one atomically.
Node attributes: ``kind`` (official, meeting, series, party, release), ``label`` (Thai),
``label_en``, the metrics set by :func:`kg.metrics.compute` (``degree``,
``degree_centrality``, ``betweenness``, ``eigenvector``, ``community``) and the facts
(``date``, ``number``, ``mode``, ``position``, ...). Edge attribute ``relation``.
"""
from __future__ import annotations

import csv
import io

import networkx as nx

from . import metrics

NUMERIC = {"degree": int, "community": int, "degree_centrality": float, "betweenness": float, "eigenvector": float}


def _typed(g: nx.Graph) -> nx.Graph:
    """A copy whose attributes have one type each (GEXF and GraphML declare a type per key)."""
    h = nx.Graph()
    keys = sorted({k for _, d in g.nodes(data=True) for k in d})
    for n, d in sorted(g.nodes(data=True)):
        attrs = {}
        for k in keys:
            v = d.get(k)
            if k in NUMERIC:
                attrs[k] = NUMERIC[k](v if v not in (None, "") else 0)
            else:
                attrs[k] = "" if v is None else str(v)
        h.add_node(n, **attrs)
    for a, b, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[1])):
        h.add_edge(a, b, relation=str(d.get("relation", "")), evidence=str(d.get("evidence", "")),
                   label=str(d.get("relation", "")))
    return h


def gexf(g: nx.Graph) -> str:
    """GEXF 1.2 for Gephi (node ``label`` is the Thai label)."""
    return "\n".join(nx.generate_gexf(_typed(g), prettyprint=True)) + "\n"


def graphml(g: nx.Graph) -> str:
    """GraphML for Cytoscape, yEd and Gephi."""
    return "\n".join(nx.generate_graphml(_typed(g), prettyprint=True)) + "\n"


def to_csv(columns, rows) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    w.writerows(["" if v is None else v for v in r] for r in rows)
    return buf.getvalue()


def network(g: nx.Graph) -> nx.Graph:
    """The graph Gephi and Cytoscape get: officials, meetings, series and parties.

    Releases (one node per file, tens of thousands in an archive) and evidence text
    stay in ``kg.ttl``: in a layout tool they would bury the network they document."""
    core = g.subgraph([x for x, d in g.nodes(data=True) if d["kind"] != "release"]).copy()
    for _, _, d in core.edges(data=True):
        d.pop("evidence", None)
    return core


def files(g: nx.Graph, doc: dict) -> dict[str, str]:
    """Every export of a graph already annotated by ``metrics.compute``: ``{relative path: text}``."""
    out = {f"metrics/{name}": to_csv(*table) for name, table in metrics.tables(g, doc).items()}
    core = network(g)
    out["graph.gexf"] = gexf(core)
    out["graph.graphml"] = graphml(core)
    return out
