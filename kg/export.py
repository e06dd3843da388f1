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
import re

import networkx as nx

from . import metrics

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_SPECIAL = re.compile('[&<>"\n\r\t\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')
_XML_ENTITIES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("\n", "&#10;"),
                 ("\r", "&#13;"), ("\t", "&#9;"))
NUMERIC = {"degree": int, "community": int, "degree_centrality": float, "betweenness": float, "eigenvector": float}


def _columns(g: nx.Graph) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The node and edge attributes, each with one declared type (GEXF and GraphML
    declare a type per key): ``[(name, "string" | "long" | "double")]``, sorted."""
    kinds = {int: "long", float: "double"}
    node_keys = sorted({k for _, d in g.nodes(data=True) for k in d if k != "label"} | {"label"})
    nodes = [(k, kinds[NUMERIC[k]] if k in NUMERIC else "string") for k in node_keys]
    return nodes, [("relation", "string"), ("evidence", "string")]


def _value(k: str, v) -> str:
    if k in NUMERIC:
        v = NUMERIC[k](v if v not in (None, "") else 0)
        return repr(v) if isinstance(v, float) else str(v)
    return "" if v is None else str(v)


def _esc(v) -> str:
    # quoteattr-style escaping for attribute values; XML 1.0 forbids most control
    # characters even escaped, so they are dropped (release text is cleaned already).
    # Most values (numbers, IRIs, names) need nothing: one search decides.
    s = str(v)
    if _XML_SPECIAL.search(s) is None:
        return s
    for a, b in _XML_ENTITIES:            # & first (not xml.sax.saxutils: it imports urllib.request)
        s = s.replace(a, b)
    return _XML_BAD.sub("", s)


def gexf(g: nx.Graph) -> str:
    """GEXF 1.2 for Gephi (node ``label`` is the Thai label). Written directly, sorted:
    networkx's ElementTree writer takes ~10× longer on the same graph."""
    node_cols, edge_cols = _columns(g)
    node_attrs = [(i, k, t) for i, (k, t) in enumerate(c for c in node_cols if c[0] != "label")]
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
           '  <meta>\n    <creator>thai-mfa-kg</creator>\n  </meta>',
           '  <graph defaultedgetype="undirected" mode="static">',
           '    <attributes class="node" mode="static">']
    out += [f'      <attribute id="{i}" title="{k}" type="{t}" />' for i, k, t in node_attrs]
    out += ['    </attributes>', '    <attributes class="edge" mode="static">']
    out += [f'      <attribute id="{i}" title="{k}" type="{t}" />' for i, (k, t) in enumerate(edge_cols)]
    out += ['    </attributes>', '    <nodes>']
    for n in sorted(g):
        d = g.nodes[n]
        out.append(f'      <node id="{_esc(n)}" label="{_esc(_value("label", d.get("label", n)))}">')
        out.append("        <attvalues>")
        out += [f'          <attvalue for="{i}" value="{_esc(_value(k, d.get(k)))}" />' for i, k, _ in node_attrs]
        out.append("        </attvalues>\n      </node>")
    out += ['    </nodes>', '    <edges>']
    for i, (a, b) in enumerate(sorted(tuple(sorted((a, b))) for a, b in g.edges)):
        d = g.edges[a, b]
        rel = _esc(d.get("relation", ""))
        out.append(f'      <edge id="{i}" source="{_esc(a)}" target="{_esc(b)}" label="{rel}">')
        out.append(f'        <attvalues>\n          <attvalue for="0" value="{rel}" />\n'
                   f'          <attvalue for="1" value="{_esc(d.get("evidence", ""))}" />\n        </attvalues>')
        out.append("      </edge>")
    out += ['    </edges>', '  </graph>', '</gexf>']
    return "\n".join(out) + "\n"


def graphml(g: nx.Graph) -> str:
    """GraphML for Cytoscape, yEd and Gephi; written directly and sorted, like :func:`gexf`."""
    node_cols, edge_cols = _columns(g)
    keys = {("node", k): f"d{i}" for i, (k, _) in enumerate(node_cols)}
    keys.update({("edge", k): f"d{len(node_cols) + i}" for i, (k, _) in enumerate([*edge_cols, ("label", "string")])})
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    out += [f'  <key id="{keys["node", k]}" for="node" attr.name="{k}" attr.type="{t}" />' for k, t in node_cols]
    out += [f'  <key id="{keys["edge", k]}" for="edge" attr.name="{k}" attr.type="{t}" />'
            for k, t in [*edge_cols, ("label", "string")]]
    out.append('  <graph edgedefault="undirected">')
    for n in sorted(g):
        d = g.nodes[n]
        out.append(f'    <node id="{_esc(n)}">')
        out += [f'      <data key="{keys["node", k]}">{_esc(_value(k, d.get(k, n if k == "label" else None)))}</data>'
                for k, _ in node_cols]
        out.append("    </node>")
    for a, b in sorted(tuple(sorted((a, b))) for a, b in g.edges):
        d = g.edges[a, b]
        rel = _esc(d.get("relation", ""))
        out.append(f'    <edge source="{_esc(a)}" target="{_esc(b)}">')
        out.append(f'      <data key="{keys["edge", "relation"]}">{rel}</data>')
        out.append(f'      <data key="{keys["edge", "evidence"]}">{_esc(d.get("evidence", ""))}</data>')
        out.append(f'      <data key="{keys["edge", "label"]}">{rel}</data>\n    </edge>')
    out += ['  </graph>', '</graphml>']
    return "\n".join(out) + "\n"


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
    core = metrics.induced(g, [x for x, d in g.nodes(data=True) if d["kind"] != "release"])
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
