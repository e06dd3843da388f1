"""The interactive HTML view (pyvis / vis-network), self-contained and safe offline."""
from __future__ import annotations

import re

import networkx as nx

COLOURS = {"official": "#1f77b4", "meeting": "#ff7f0e", "series": "#2ca02c", "party": "#d62728", "release": "#7f7f7f"}
SHAPES = {"official": "dot", "meeting": "diamond", "series": "triangle", "party": "square", "release": "box"}


def _strip_cdn(html: str) -> str:
    """pyvis links Bootstrap from a CDN even with inline resources; the graph needs none of it."""
    html = re.sub(r"<link\b[^>]*?https?://[^>]*>", "", html, flags=re.S | re.I)
    html = re.sub(r"<script\b[^>]*?src\s*=\s*\"https?://[^\"]*\"[^>]*>\s*</script>", "", html, flags=re.S | re.I)
    return html


def render(g: nx.Graph, *, max_nodes: int = 500) -> str:
    """HTML of the graph, keeping the ``max_nodes`` most connected nodes."""
    from pyvis.network import Network

    keep = sorted(g.nodes, key=lambda n: (-g.degree(n), n))[:max_nodes]
    sub = g.subgraph(keep)
    net = Network(height="860px", width="100%", cdn_resources="in_line", directed=False)
    for n in sorted(sub.nodes):
        d = sub.nodes[n]
        label = d.get("label", n)
        title = "\n".join(f"{k}: {v}" for k, v in sorted(d.items()) if v not in ("", None))
        net.add_node(n, label=label[:60], title=title, color=COLOURS[d["kind"]], shape=SHAPES[d["kind"]])
    for a, b in sorted(sub.edges):
        net.add_edge(a, b, title=sub.edges[a, b].get("relation", ""), label=sub.edges[a, b].get("relation", ""))
    net.toggle_physics(True)
    return _strip_cdn(net.generate_html(notebook=False))
