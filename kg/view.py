"""The interactive HTML view (pyvis / vis-network): self-contained, offline, and safe.

- No network at all: vis-network, tom-select and pyvis's helpers are inlined, and the
  Bootstrap links pyvis's template carries are removed (:func:`_template`); a final
  check refuses any ``http(s)://`` ``src`` or ``href``.
- Release text never runs as code: node and edge data reach the page only through
  Jinja's ``tojson`` (which writes ``<``, ``>``, ``&`` and ``'`` as ``\\u003c``-style
  escapes, so ``</script>`` cannot close the script) and the template autoescapes
  everything else (the select menu's options). vis-network draws string ``title``\\ s
  as text, so tooltips are plain text and nothing is escaped twice.
- Colour and shape by class, size by centrality (betweenness, then degree), edge
  labels by relation, a legend, the pyvis select and filter menus, and physics that
  stops once the layout has stabilised.
- ``max_nodes`` keeps the most central nodes; the page says what was left out.
"""
from __future__ import annotations

import html as _html
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import networkx as nx

from .linker import FEATURE_EDGES

COLOURS = {"official": "#1f77b4", "meeting": "#ff7f0e", "series": "#2ca02c", "country": "#d62728",
           "organization": "#9467bd", "release": "#8c8c8c"}
SHAPES = {"official": "dot", "meeting": "diamond", "series": "triangle", "country": "square",
          "organization": "hexagon", "release": "box"}
CLASS_NAMES = {"official": ("เจ้าหน้าที่", "official"), "meeting": ("การประชุม", "meeting"),
               "series": ("ชุดการประชุม", "meeting series"), "country": ("ประเทศ", "country"),
               "organization": ("องค์การระหว่างประเทศ", "international organisation"),
               "release": ("ข่าวสารนิเทศ", "press release")}
RELATIONS = {"attended": "เข้าร่วม attended", "coChairedBy": "ประธานร่วม co-chaired by",
             "inSeries": "ชุด in series", "partOf": "ส่วนหนึ่งของ part of", "reportedIn": "ข่าว reported in",
             "represents": "ผู้แทน represents"}
#: Ties the linker is less sure of than this are drawn dashed and marked doubtful.
DOUBTFUL_BELOW: float = FEATURE_EDGES["doubtful_below"]
EDGE_COLOURS = {"attended": "#6baed6", "coChairedBy": "#e6550d", "inSeries": "#74c476", "partOf": "#fd8d3c",
                "reportedIn": "#bdbdbd", "represents": "#de9ed6"}
TOOLTIP_FIELDS = (("label_en", "English"), ("date", "date"), ("end_date", "end"), ("number", "number (ครั้งที่)"),
                  ("mode", "mode"), ("status", "status"), ("venue", "venue"), ("position", "position"),
                  ("country", "country"), ("code", "code"), ("release_id", "release"),
                  ("degree", "degree"), ("betweenness", "betweenness"), ("eigenvector", "eigenvector"),
                  ("community", "community"))
# searched in the lower-cased page without re.I or a leading \b (3× faster on the 3 MB
# page); the word boundary is checked on each hit
_UNSAFE_URL = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""")


def unsafe_url(page: str) -> int:
    """Where the page would load something remote (``src=//…``, ``href="https://…"``), or -1."""
    low = page.lower()
    for m in _UNSAFE_URL.finditer(low):
        i = m.start()
        if i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_"):
            return i
    return -1


def node_class(d: dict) -> str:
    """official, meeting, series, country, organization or release."""
    if d.get("kind") == "party":
        return "organization" if d.get("party_kind") == "organization" else "country"
    return d.get("kind", "release")


def _clip(s: str, n: int) -> str:
    s = " ".join(str(s).split())
    return s if len(s) <= n else s[: n - 1] + "…"


def keep_nodes(g: nx.Graph, max_nodes: int) -> list:
    """The ``max_nodes`` most central nodes (betweenness + degree centrality, then degree, then IRI)."""
    import heapq

    nd, degree = dict(g.nodes(data=True)), dict(g.degree())

    def score(n) -> tuple:
        d = nd[n]
        return (-(d.get("betweenness", 0.0) + d.get("degree_centrality", 0.0)), -degree[n], str(n))

    # the same list as sorted(...)[:max_nodes] (every key is distinct: it ends with the IRI)
    return heapq.nsmallest(max(max_nodes, 0), nd, key=score)


def _title(n: str, d: dict) -> str:
    cls = node_class(d)
    th, en = CLASS_NAMES[cls]
    lines = [f"{d.get('label', n)}", f"[{th} / {en}]"]
    for key, name in TOOLTIP_FIELDS:
        v = d.get(key)
        if v not in (None, "") and not (key == "label_en" and v == d.get("label")):
            lines.append(f"{name}: {v}")
    lines.append(n)
    return "\n".join(lines)


def _options(n_nodes: int) -> dict:
    return {
        "nodes": {"font": {"size": 16, "face": "Loma, Garuda, Tahoma, 'Noto Sans Thai', sans-serif",
                           "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1},
        "edges": {"font": {"size": 9, "align": "middle", "color": "#555555", "strokeWidth": 2},
                  "smooth": False, "width": 1.2},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False, "hideEdgesOnDrag": n_nodes > 300},
        "physics": {"enabled": True, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -120, "centralGravity": 0.01, "springLength": 110, "avoidOverlap": 1},
                    "stabilization": {"enabled": True, "iterations": 400 if n_nodes <= 300 else 200,
                                      "updateInterval": 25, "fit": True}},
        "layout": {"randomSeed": 7, "improvedLayout": n_nodes <= 150},
    }


_STYLE = """
<style>
  body { font-family: Loma, Garuda, Tahoma, 'Noto Sans Thai', sans-serif; margin: 8px; }
  .row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
  .col-10 { flex: 10 1 0; } .col-3 { flex: 3 1 0; } .col-2 { flex: 2 1 0; } .col-1 { flex: 1 1 0; }
  .card-header { padding: 4px 0; }
  .btn { padding: 4px 10px; border: 1px solid #888; border-radius: 4px; background: #f4f4f4; cursor: pointer; }
  #kg-header h1 { font-size: 18px; margin: 2px 0 4px 0; }
  #kg-legend { display: flex; flex-wrap: wrap; gap: 14px; font-size: 13px; margin: 4px 0; }
  #kg-legend span.sw { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: middle; }
  #kg-notice { font-size: 13px; color: #444; margin: 2px 0 6px 0; }
  div.vis-tooltip { white-space: pre-wrap; max-width: 520px; font-family: Loma, Garuda, Tahoma, sans-serif; }
</style>
"""


def _header(kept: Counter, dropped: Counter, total: int, edges_shown: int, edges_total: int) -> str:
    esc = _html.escape
    legend = []
    for cls in ("official", "meeting", "series", "country", "organization", "release"):
        th, en = CLASS_NAMES[cls]
        radius = "50%" if SHAPES[cls] == "dot" else "2px"
        legend.append(f'<span data-class="{cls}"><span class="sw" style="background:{COLOURS[cls]};'
                      f'border-radius:{radius}"></span>{esc(th)} / {esc(en)} ({kept.get(cls, 0)})</span>')
    shown = sum(kept.values())
    if dropped:
        parts = ", ".join(f"{v} {CLASS_NAMES[k][1]}{'s' if v != 1 else ''}" for k, v in sorted(dropped.items()))
        notice = (f"Showing the {shown} most central of {total} nodes and {edges_shown} of {edges_total} ties. "
                  f"Left out: {parts} (the least central; see metrics/nodes.csv and graph.gexf for all).")
    else:
        notice = f"Showing all {total} nodes and {edges_total} ties."
    notice += (f" Dashed ties marked '?' are doubtful: the extractor is less than {DOUBTFUL_BELOW:.0%} sure of them."
               " Size: centrality. Hover for details and evidence; click to highlight neighbours; "
               "the layout freezes once stable (drag nodes freely).")
    return (f'<div id="kg-header"><h1>กราฟความรู้ข่าวสารนิเทศ กระทรวงการต่างประเทศ — '
            f'Thai MFA press-release knowledge graph</h1>'
            f'<div id="kg-legend">{"".join(legend)}</div>'
            f'<div id="kg-notice" data-shown="{shown}" data-total="{total}">{esc(notice)}</div></div>')


_AFTER_DRAW = """
                  network.once("stabilizationIterationsDone", function () {
                      network.setOptions({physics: {enabled: false}});
                      window.kgStabilized = true;
                  });
                  window.kgNetwork = network;
                  return network;
"""


_HEADER_MARK = "<!-- kg:header -->"


@lru_cache(maxsize=4)
def _environment(template_dir: str):
    """The Jinja environment of the page, made once per process: pyvis's template, edited
    (:func:`_template`), with the vis.js sources it includes. Compiling it (half a MB of
    inlined JavaScript) takes ~60 ms; the compiled template is kept by the environment,
    and its bytecode in Jinja's per-user cache folder when one can be made, so the next
    ``kg build`` skips the compilation too."""
    from jinja2 import ChoiceLoader, DictLoader, Environment, FileSystemLoader

    env = Environment(loader=ChoiceLoader([DictLoader({"kg.html": _template(_HEADER_MARK, template_dir)}),
                                           FileSystemLoader(template_dir)]),
                      autoescape=True, bytecode_cache=_bytecode_cache())
    # Thai as UTF-8, not \u0e01 escapes (6 bytes a letter): the page is ~3× smaller.
    # tojson still writes <, >, & and ' as \u003c-style escapes, so data stays inert.
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    return env


def _bytecode_cache():
    """Jinja's file cache of compiled templates (``$TMPDIR/_jinja2-cache-<uid>``, made
    private by Jinja), or None where it cannot be made; a failed write is ignored."""
    from jinja2 import FileSystemBytecodeCache

    class _Quiet(FileSystemBytecodeCache):
        def load_bytecode(self, bucket):
            try:
                super().load_bytecode(bucket)
            except Exception:  # noqa: BLE001 - a damaged or foreign cache file: compile instead
                bucket.reset()

        def dump_bytecode(self, bucket):
            try:
                super().dump_bytecode(bucket)
            except Exception:  # noqa: BLE001 - read-only or full disk: just not cached
                pass

    try:
        return _Quiet()
    except Exception:  # noqa: BLE001
        return None


def _template(header: str, template_dir: str) -> str:
    """pyvis's template, with the CDN links removed, labels in the select menu, our header and physics stop."""
    src = (Path(template_dir) / "template.html").read_text(encoding="utf-8")
    edits = [
        # Bootstrap from a CDN: the graph needs none of it (FACTS.md)
        (r"<link\s[^>]*?href=\"https://cdn\.jsdelivr\.net[^>]*>", ""),
        (r"<script\s[^>]*?src=\"https://cdn\.jsdelivr\.net[^>]*>\s*</script>", ""),
        (r"<center>\s*<h1>\{\{heading\}\}</h1>\s*</center>", ""),
        (r"<!--\s*<link rel=\"stylesheet\" href=\"\.\./node_modules.*?-->", ""),
        (r"<option value=\"\{\{ node\.id \}\}\">\{\{node\.id\}\}</option>", '<option value="{{ node.id }}">{{ node.label }}</option>'),
        (r"<option selected>Select a Node by ID</option>", "<option selected>Select a node…</option>"),
        (r"</head>", _STYLE.replace("\\", "\\\\") + "</head>"),
        (r"<body>", "<body>\n" + header.replace("\\", "\\\\")),
        (r"\s*return network;\s*\n", _AFTER_DRAW),
    ]
    for pattern, repl in edits:
        src, n = re.subn(pattern, lambda _m, r=repl: r, src, flags=re.S)
        if n == 0 and "heading" not in pattern:
            raise RuntimeError(f"pyvis template changed: cannot apply {pattern!r}")
    return src


def _import_pyvis():
    """``pyvis.network``, without paying ~0.2 s for IPython in a process that has none.

    pyvis imports ``IPython.display.IFrame`` only for ``Network.show`` in a notebook. In
    a notebook IPython is loaded already and is used as it is; elsewhere (``kg build``) a
    stand-in is given for the import alone and removed at once, so nothing else in the
    process ever sees it.
    """
    import sys
    import types

    if "pyvis.network" in sys.modules or "IPython" in sys.modules:
        import pyvis.network
        return pyvis.network
    stub = types.ModuleType("IPython.display")
    stub.IFrame = type("IFrame", (), {})  # type: ignore[attr-defined]
    pkg = types.ModuleType("IPython")
    pkg.display = stub  # type: ignore[attr-defined]
    sys.modules.update({"IPython": pkg, "IPython.display": stub})
    try:
        import pyvis.network
    finally:
        for name in ("IPython", "IPython.display"):
            if sys.modules.get(name) in (pkg, stub):
                del sys.modules[name]
    return pyvis.network


def render(g: nx.Graph, *, max_nodes: int = 500, height: str = "780px") -> str:
    """Self-contained HTML of ``g`` keeping the ``max_nodes`` most central nodes.

    Uses the metrics :func:`kg.metrics.compute` sets on the nodes (betweenness, degree
    centrality) for ranking and size; without them, degree.
    """
    Network = _import_pyvis().Network          # first: importing pyvis.edge imports pyvis.network
    from pyvis.edge import Edge

    from .metrics import induced

    keep = keep_nodes(g, max_nodes)
    sub = induced(g, keep)          # in g's order: g.subgraph(keep) lists edges in a hash-seeded direction
    kept = Counter(node_class(g.nodes[n]) for n in keep)
    dropped = Counter(node_class(d) for n, d in g.nodes(data=True)) - kept

    net = Network(height=height, width="100%", cdn_resources="in_line", directed=False,
                  select_menu=True, filter_menu=True, neighborhood_highlight=True)
    net.templateEnv = _environment(net.template_dir)
    net.path = "kg.html"

    bmax = max([sub.nodes[n].get("betweenness", 0.0) for n in sub] + [1e-9])
    dmax = max([sub.degree(n) for n in sub] + [1])
    for n in sorted(sub.nodes):
        d = sub.nodes[n]
        cls = node_class(d)
        label = _clip(d.get("label") or n, 34)
        en = d.get("label_en") or ""
        if en and en != d.get("label"):
            label += "\n" + _clip(en, 34)
        b = d.get("betweenness")
        c = math.sqrt(b / bmax) if b is not None and bmax > 1e-9 else math.sqrt(sub.degree(n) / dmax)
        net.add_node(n, label=label, title=_title(n, d), color=COLOURS[cls], shape=SHAPES[cls],
                     size=round(10 + 30 * c, 2), kind=cls,
                     **{k: d[k] for k in ("date", "number", "mode", "status", "community") if d.get(k) not in (None, "")})
    for a, b in sorted(sub.edges, key=lambda e: (str(e[0]), str(e[1]))):
        e = sub.edges[a, b]
        rel = e.get("relation", "")
        title = RELATIONS.get(rel, rel)
        conf = e.get("confidence")
        doubtful = conf is not None and conf < DOUBTFUL_BELOW
        if doubtful:
            title = f"ไม่แน่ชัด / doubtful (confidence {conf:.2f}): " + title
        elif conf is not None:
            title += f" (confidence {conf:.2f})"
        if e.get("evidence"):
            title += "\n\n" + e["evidence"]
        extra = {"dashes": True, "doubtful": True, "confidence": conf} if doubtful else {}
        # networkx edges are unique already: pyvis's add_edge rescans every edge for a
        # duplicate (quadratic, seconds at a few thousand ties), so append directly
        net.edges.append(Edge(a, b, net.directed, label=rel + ("?" if doubtful else ""), title=title, relation=rel,
                              color=EDGE_COLOURS.get(rel, "#999999"), **extra).options)
    net.options = _options(sub.number_of_nodes())
    page = net.generate_html(notebook=False)
    if page.count(_HEADER_MARK) != 1:
        raise RuntimeError("graph.html: the header's place in the template is not unique")
    page = page.replace(_HEADER_MARK, _header(kept, dropped, len(g), sub.number_of_edges(), g.number_of_edges()), 1)
    page = "<!DOCTYPE html>\n" + page.replace("<html>", '<html lang="th">', 1)
    bad = unsafe_url(page)
    if bad >= 0:  # never ship a page that fetches anything
        raise RuntimeError(f"graph.html would load a remote resource: {page[bad:bad + 80]!r}")
    return page
