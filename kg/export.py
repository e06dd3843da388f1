"""Files for Gephi, Cytoscape and pandas: ``graph.gexf``, ``graph.graphml`` and ``metrics/*.csv``.

:func:`files` returns ``{relative path: text}``; ``kg.build`` writes each one atomically.
Node attributes: ``kind`` (official, meeting, series, party, release), ``label`` (Thai),
``label_en``, the metrics set by :func:`kg.metrics.compute` (``degree``,
``degree_centrality``, ``betweenness``, ``eigenvector``, ``community``) and the facts
(``date``, ``number``, ``mode``, ``position``, ...). Edges point from subject to object
and carry ``relation``, ``evidence`` and ``confidence``; GEXF is dynamic (dated meetings
have ``start``/``end``).
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
#: typed attributes (the rest are strings); a node without a value gets no attvalue at all
NUMERIC = {"degree": int, "community": int, "number": int, "degree_centrality": float, "betweenness": float,
           "eigenvector": float}
EDGE_NUMERIC = {"confidence": float}
_TYPE_NAMES = {int: "long", float: "double"}
#: node and edge attributes that stay internal (``part`` orients partOf: the direction says it)
_INTERNAL = {"part", "party_kind"}
_EDGE_COLUMNS = ("relation", "evidence", "confidence")
DESCRIPTION = ("Officials, meetings, series and parties of the Thai MFA knowledge graph; press releases stay in "
               "kg.ttl. Every metric was computed on exactly this graph. Edges point from subject to object "
               "as in RDF (official -> meeting, meeting -> party, part -> whole meeting); meetings live from "
               "their start to their end date (a month or a year: the whole period).")


def _columns(g: nx.Graph) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The node and edge attributes, each with one declared type (GEXF and GraphML
    declare a type per key): ``[(name, "string" | "long" | "double")]``, sorted."""
    node_keys = sorted({k for _, d in g.nodes(data=True) for k in d if k not in _INTERNAL} | {"label"})
    nodes = [(k, _TYPE_NAMES[NUMERIC[k]] if k in NUMERIC else "string") for k in node_keys]
    edges = [(k, _TYPE_NAMES[EDGE_NUMERIC[k]] if k in EDGE_NUMERIC else "string") for k in _EDGE_COLUMNS]
    return nodes, edges


def _value(k: str, v, types: dict = NUMERIC) -> str | None:
    """The attribute's text, typed; None when the node or edge has no value for it."""
    if v is None or v == "":
        return None
    if k in types:
        v = types[k](v)
        return repr(v) if isinstance(v, float) else str(v)
    return str(v)


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


def interval(date: str, end: str = "") -> tuple[str, str] | None:
    """``(first day, last day)`` of a meeting's ``date``…``end`` (xsd:date, gYearMonth or
    gYear each: a month or a year spans the whole period), or None without a valid date."""
    first, _ = _period(date)
    if first is None:
        return None
    _, last = _period(end) if end else (None, None)
    if last is None or last < first:
        _, last = _period(date)
    return first.isoformat(), last.isoformat()


def _period(text: str):
    import calendar
    import datetime as dt

    parts = str(text).split("-")
    try:
        nums = [int(p) for p in parts]
        if len(nums) == 3:
            day = dt.date(*nums)
            return day, day
        if len(nums) == 2:
            return dt.date(nums[0], nums[1], 1), dt.date(nums[0], nums[1], calendar.monthrange(*nums)[1])
        if len(nums) == 1 and len(parts[0]) == 4:
            return dt.date(nums[0], 1, 1), dt.date(nums[0], 12, 31)
    except ValueError:
        pass
    return None, None


def _edges(g: nx.Graph) -> list[tuple[str, str, dict]]:
    """Every edge as ``(subject, object, data)``, sorted."""
    return sorted(((*metrics.direction(g, a, b, d), d) for a, b, d in g.edges(data=True)),
                  key=lambda e: (str(e[0]), str(e[1])))


def gexf(g: nx.Graph) -> str:
    """GEXF 1.2 for Gephi (node ``label`` is the Thai label), directed and dynamic: a
    dated meeting has ``start``/``end`` (Gephi's timeline plays them). Written directly,
    sorted: networkx's ElementTree writer takes ~10× longer on the same graph."""
    node_cols, edge_cols = _columns(g)
    node_attrs = [(i, k, t) for i, (k, t) in enumerate(c for c in node_cols if c[0] != "label")]
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
           f'  <meta>\n    <creator>thai-mfa-kg</creator>\n    <description>{_esc(DESCRIPTION)}</description>\n  </meta>',
           '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
           '    <attributes class="node" mode="static">']
    out += [f'      <attribute id="{i}" title="{k}" type="{t}" />' for i, k, t in node_attrs]
    out += ['    </attributes>', '    <attributes class="edge" mode="static">']
    out += [f'      <attribute id="{i}" title="{k}" type="{t}" />' for i, (k, t) in enumerate(edge_cols)]
    out += ['    </attributes>', '    <nodes>']
    for n in sorted(g):
        d = g.nodes[n]
        span = interval(d.get("date", ""), d.get("end_date", "")) if d.get("kind") in ("meeting", "release") else None
        when = f' start="{span[0]}" end="{span[1]}"' if span else ""
        out.append(f'      <node id="{_esc(n)}" label="{_esc(d.get("label") or n)}"{when}>')
        values = [(i, _value(k, d.get(k))) for i, k, _ in node_attrs]
        out.append("        <attvalues>")
        out += [f'          <attvalue for="{i}" value="{_esc(v)}" />' for i, v in values if v is not None]
        out.append("        </attvalues>\n      </node>")
    out += ['    </nodes>', '    <edges>']
    for i, (a, b, d) in enumerate(_edges(g)):
        rel = _esc(d.get("relation", ""))
        out.append(f'      <edge id="{i}" source="{_esc(a)}" target="{_esc(b)}" label="{rel}">')
        values = [(j, _value(k, d.get(k), EDGE_NUMERIC)) for j, (k, _) in enumerate(edge_cols)]
        out.append("        <attvalues>")
        out += [f'          <attvalue for="{j}" value="{_esc(v)}" />' for j, v in values if v is not None]
        out.append("        </attvalues>\n      </edge>")
    out += ['    </edges>', '  </graph>', '</gexf>']
    return "\n".join(out) + "\n"


def graphml(g: nx.Graph) -> str:
    """GraphML for Cytoscape, yEd and Gephi, directed; written directly and sorted, like :func:`gexf`.
    GraphML has no date type: a dated meeting's interval is in ``start`` and ``end`` (ISO days)."""
    node_cols, edge_cols = _columns(g)
    node_cols = sorted([*node_cols, ("start", "string"), ("end", "string")])
    edge_cols = [*edge_cols, ("label", "string")]
    keys = {("node", k): f"d{i}" for i, (k, _) in enumerate(node_cols)}
    keys.update({("edge", k): f"d{len(node_cols) + i}" for i, (k, _) in enumerate(edge_cols)})
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
           f'  <desc>{_esc(DESCRIPTION)}</desc>']
    out += [f'  <key id="{keys["node", k]}" for="node" attr.name="{k}" attr.type="{t}" />' for k, t in node_cols]
    out += [f'  <key id="{keys["edge", k]}" for="edge" attr.name="{k}" attr.type="{t}" />' for k, t in edge_cols]
    out.append('  <graph edgedefault="directed">')
    for n in sorted(g):
        d = dict(g.nodes[n])
        d.setdefault("label", n)
        span = interval(d.get("date", ""), d.get("end_date", "")) if d.get("kind") in ("meeting", "release") else None
        if span:
            d["start"], d["end"] = span
        out.append(f'    <node id="{_esc(n)}">')
        values = [(k, _value(k, d.get(k))) for k, _ in node_cols]
        out += [f'      <data key="{keys["node", k]}">{_esc(v)}</data>' for k, v in values if v is not None]
        out.append("    </node>")
    for a, b, d in _edges(g):
        out.append(f'    <edge source="{_esc(a)}" target="{_esc(b)}">')
        values = [(k, _value(k, d.get("relation") if k == "label" else d.get(k), EDGE_NUMERIC)) for k, _ in edge_cols]
        out += [f'      <data key="{keys["edge", k]}">{_esc(v)}</data>' for k, v in values if v is not None]
        out.append("    </edge>")
    out += ['  </graph>', '</graphml>']
    return "\n".join(out) + "\n"


def to_csv(columns, rows) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    w.writerows(["" if v is None else v for v in r] for r in rows)
    return buf.getvalue()


def network(g: nx.Graph) -> nx.Graph:
    """The graph Gephi and Cytoscape get: officials, meetings, series and parties, with
    every tie's evidence and confidence.

    Releases (one node per file, tens of thousands in an archive) stay in ``kg.ttl``: in
    a layout tool they would bury the network they document. Betweenness, eigenvector
    and communities are computed without them already (:func:`kg.metrics.compute`);
    degree and degree centrality are computed again here, on this graph, so every number
    in the file describes the graph in the file."""
    core = metrics.induced(g, [x for x, d in g.nodes(data=True) if d["kind"] != "release"])
    n = core.number_of_nodes()
    for x, deg in core.degree():
        core.nodes[x]["degree"] = deg
        core.nodes[x]["degree_centrality"] = round(deg / (n - 1), metrics.ROUND) if n > 1 else 0.0
    return core


def files(g: nx.Graph, doc: dict) -> dict[str, str]:
    """Every export of a graph already annotated by ``metrics.compute``: ``{relative path: text}``."""
    out = {f"metrics/{name}": to_csv(*table) for name, table in metrics.tables(g, doc).items()}
    core = network(g)
    out["graph.gexf"] = gexf(core)
    out["graph.graphml"] = graphml(core)
    return out
