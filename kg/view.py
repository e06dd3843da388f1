"""The interactive HTML view (pyvis / vis-network): self-contained, offline, and safe.

- No network at all: vis-network, tom-select and pyvis's helpers are inlined, and the
  Bootstrap links pyvis's template carries are removed (:func:`_template`); a final
  check refuses any ``http(s)://`` ``src`` or ``href``.
- Release text never runs as code: node and edge data reach the page only through
  Jinja's ``tojson`` (which writes ``<``, ``>``, ``&`` and ``'`` as ``\\u003c``-style
  escapes, so ``</script>`` cannot close the script) and the template autoescapes
  everything else (the select menu's options). vis-network draws string ``title``\\ s
  as text, so tooltips are plain text and nothing is escaped twice.
- Made for questions (:data:`_APP_JS`): a search over full labels that zooms to the
  result, a detail panel on click (facts, attendees, chairs, every tie's full evidence,
  selectable), a clickable legend that filters node and relation kinds, a date-range
  slider on parsed dates, an ego view laid out again, release nodes hidden until asked.
  The app's data travel as one JSON block (``<`` ``>`` ``&`` escaped) and are written
  into the page with ``textContent`` only.
- Meeting labels keep what tells meetings apart (:func:`meeting_labels`); the most
  central meetings, officials and parties keep readable labels at any zoom.
- Colour and shape by class, size by centrality (betweenness, then degree), arrows
  from subject to object, co-chair ties bold in their own colour, doubtful ties dashed,
  physics that stops once the layout has stabilised.
- ``max_nodes`` keeps the most central nodes; the page says what was left out.
"""
from __future__ import annotations

import html as _html
import json
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import networkx as nx

from . import rdf
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
EDGE_COLOURS = {"attended": "#6baed6", "coChairedBy": "#c2007a", "inSeries": "#74c476", "partOf": "#8c564b",
                "reportedIn": "#bdbdbd", "represents": "#de9ed6"}
#: co-chair ties are the graph's key claim: drawn this much wider than the others
EDGE_WIDTHS = {"coChairedBy": 4.0}
EDGE_WIDTH = 1.2
#: the panel's heading for a node's ties of one relation: (node is the subject, node is the object)
TIE_HEADINGS = {"attended": ("เข้าร่วม / attended", "ผู้เข้าร่วม / attendees"),
                "coChairedBy": ("ประธานร่วม / chairs", "เป็นประธาน / chaired"),
                "inSeries": ("ชุดการประชุม / series", "การประชุมในชุด / meetings in the series"),
                "partOf": ("ส่วนหนึ่งของ / part of", "การประชุมย่อย / meetings within it"),
                "reportedIn": ("ข่าว / reported in", "รายงานการประชุม / reports"),
                "represents": ("ผู้แทนของ / represents", "เจ้าหน้าที่ / officials")}
PLURALS = {"official": "officials", "meeting": "meetings", "series": "meeting series", "country": "countries",
           "organization": "international organisations", "release": "press releases"}
#: a meeting's short name drops this word, which every meeting name starts with
MEETING_WORD = "การประชุม"
SHORT_NAME_CHARS = 34          # a meeting's series name is cut to this, in its middle (never its number or year)
LABEL_CHARS = 34               # other labels are cut here
LABELLED_PER_CLASS = 10        # the most central of each of these classes keep readable labels at any zoom
LABELLED_CLASSES = ("meeting", "official", "country", "organization")
LABEL_PX = 13                  # ... this many screen pixels tall, at least
FONT_SIZE = 16
PANEL_OTHER_TIES = 60          # per node, ties to nodes left out of the view that the panel still lists
KINDS = ("official", "meeting", "series", "country", "organization", "release")
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
    """``s`` cut to ``n`` characters with an ellipsis, never inside a run of digits."""
    s = " ".join(str(s).split())
    if len(s) <= n:
        return s
    cut = n - 1
    while cut > 1 and s[cut - 1].isdigit() and s[cut].isdigit():
        cut -= 1
    return s[:cut].rstrip() + "…"


def _clip_middle(s: str, n: int) -> str:
    """``s`` cut to ``n`` characters in its middle: a meeting name's head says what kind of
    meeting it is and its tail who the partner is (…อาเซียน-รัสเซีย); never inside digits."""
    if len(s) <= n:
        return s
    head = (n - 1) // 2
    tail = len(s) - (n - 1 - head)
    while head > 1 and s[head - 1].isdigit() and s[head].isdigit():
        head -= 1
    while tail < len(s) - 1 and s[tail - 1].isdigit() and s[tail].isdigit():
        tail += 1
    return s[:head].rstrip() + "…" + s[tail:].lstrip()


def meeting_labels(nodes: dict) -> dict:
    """A label per meeting (``{id: label}`` for the meeting nodes of ``{id: data}``) that
    keeps what tells meetings apart: a short series name, "ครั้งที่ N" and the year (no
    number: the date as given). Two meetings share a label only when their series,
    number and year coincide; otherwise the full name, then the full date, then the
    IRI's tail are added until they differ. Nothing is cut inside the number or year."""
    meetings = {n: d for n, d in nodes.items() if d.get("kind") == "meeting"}

    def name(d: dict) -> str:
        full = " ".join(str(d.get("label") or "").split())
        suffix = f" ครั้งที่ {d.get('number')}"
        return full[: -len(suffix)] if d.get("number") not in (None, "") and full.endswith(suffix) else full

    def label(n, d: dict, level: int) -> str:
        full = name(d) or str(n).rsplit("/", 1)[-1]
        short = full[len(MEETING_WORD):].strip() if full.startswith(MEETING_WORD) and len(full) > len(MEETING_WORD) + 2 else full
        text = _clip_middle(short, SHORT_NAME_CHARS) if level == 0 else full
        number, date = d.get("number"), str(d.get("date") or "")
        if number not in (None, ""):
            text += f" ครั้งที่ {number}"
        when = date if (level >= 2 or number in (None, "")) else date[:4]
        if when:
            text += f" ({when})"
        if level >= 3:
            text += f" · {str(n).rsplit('/', 1)[-1]}"
        return text

    def key(d: dict) -> tuple:
        return d.get("series"), str(d.get("number") or ""), str(d.get("date") or "")[:4]

    level = dict.fromkeys(meetings, 0)
    while True:
        out = {n: label(n, d, level[n]) for n, d in meetings.items()}
        groups: dict = {}
        for n, text in out.items():
            groups.setdefault(text, []).append(n)
        bumped = False
        for members in groups.values():
            if len({key(meetings[n]) for n in members}) > 1:
                for n in members:
                    if level[n] < 3:
                        level[n] += 1
                        bumped = True
        if not bumped:
            return out


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
        "nodes": {"font": {"size": FONT_SIZE, "face": "Loma, Garuda, Tahoma, 'Noto Sans Thai', sans-serif",
                           "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1},
        "edges": {"font": {"size": 9, "align": "middle", "color": "#555555", "strokeWidth": 2},
                  "smooth": False, "width": EDGE_WIDTH, "arrows": {"to": {"enabled": True, "scaleFactor": 0.45}}},
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
  .btn { padding: 4px 10px; border: 1px solid #888; border-radius: 4px; background: #f4f4f4; cursor: pointer; }
  #kg-header h1 { font-size: 18px; margin: 2px 0 4px 0; }
  #kg-tools { display: flex; flex-wrap: wrap; gap: 14px; align-items: center; font-size: 13px; }
  #kg-find { position: relative; }
  #kg-search { width: 340px; padding: 4px 6px; font: inherit; font-size: 14px; }
  #kg-results { position: absolute; z-index: 20; left: 0; top: 100%; margin: 0; padding: 0; list-style: none;
    background: #fff; border: 1px solid #aaa; max-height: 360px; overflow-y: auto; width: 480px; }
  #kg-results:empty { display: none; }
  #kg-results li { padding: 3px 6px; cursor: pointer; border-bottom: 1px solid #eee; }
  #kg-results li:hover, #kg-results li.on { background: #e8f0fe; }
  #kg-results li small { color: #666; margin-left: 6px; }
  #kg-legend { display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 13px; margin: 6px 0 2px 0; }
  #kg-legend button { font: inherit; font-size: 13px; border: 1px solid #bbb; border-radius: 12px; background: #fff;
    padding: 1px 8px; margin: 1px 2px; cursor: pointer; }
  #kg-legend button[aria-pressed="false"] { opacity: 0.4; text-decoration: line-through; }
  #kg-legend span.sw { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: middle; }
  #kg-legend span.ln { display: inline-block; width: 18px; margin-right: 4px; vertical-align: middle; }
  #kg-notice { font-size: 13px; color: #444; margin: 2px 0 6px 0; }
  #kg-panel { position: fixed; top: 0; right: 0; width: 400px; height: 100vh; overflow-y: auto; background: #fff;
    border-left: 2px solid #999; padding: 10px 14px; box-sizing: border-box; z-index: 30; font-size: 14px;
    box-shadow: -2px 0 8px rgba(0,0,0,.15); }
  #kg-panel h2 { font-size: 17px; margin: 0 0 4px 0; user-select: text; }
  #kg-panel h3 { font-size: 14px; margin: 12px 0 4px 0; border-bottom: 1px solid #ddd; }
  #kg-panel ul { margin: 0; padding-left: 18px; }
  #kg-panel li { margin: 4px 0; }
  #kg-panel .iri, #kg-panel .kind { color: #666; font-size: 12px; word-break: break-all; user-select: text; }
  #kg-panel .go { color: #1a4fa0; cursor: pointer; text-decoration: underline; }
  #kg-panel blockquote.evidence { margin: 3px 0 6px 0; padding: 4px 8px; background: #f6f6f2;
    border-left: 3px solid #bbb; user-select: text; white-space: pre-wrap; font-size: 13px; }
  #kg-panel .conf { color: #555; font-size: 12px; margin-left: 4px; }
  #kg-panel .doubtful { color: #b35900; }
  #kg-panel dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 6px 0; font-size: 13px; }
  #kg-panel dt { color: #555; } #kg-panel dd { margin: 0; user-select: text; }
  #kg-panel .bar { display: flex; gap: 6px; margin: 6px 0; }
  div.vis-tooltip { white-space: pre-wrap; max-width: 520px; font-family: Loma, Garuda, Tahoma, sans-serif; }
</style>
"""


def _plural(cls: str, n: int) -> str:
    return f"{n} {CLASS_NAMES[cls][1] if n == 1 else PLURALS[cls]}"


def _header(kept: Counter, dropped: Counter, total: int, edges_shown: int, edges_total: int,
            relations: Counter) -> str:
    """The toolbar (search, date range, show all), the legend (buttons that filter node
    and relation kinds), the notice and the (empty) detail panel. Only our own constants
    and numbers go in here; release text reaches the page through the JSON data block."""
    esc = _html.escape
    kinds = []
    for cls in KINDS:
        th, en = CLASS_NAMES[cls]
        radius = "50%" if SHAPES[cls] == "dot" else "2px"
        on = "false" if cls == "release" else "true"
        kinds.append(f'<button type="button" class="kg-kind" data-class="{cls}" aria-pressed="{on}">'
                     f'<span class="sw" style="background:{COLOURS[cls]};border-radius:{radius}"></span>'
                     f'{esc(th)} / {esc(en)} ({kept.get(cls, 0)})</button>')
    rels = []
    for rel in sorted(RELATIONS):
        height = max(2, round(EDGE_WIDTHS.get(rel, EDGE_WIDTH) + 1))
        rels.append(f'<button type="button" class="kg-rel" data-relation="{rel}" aria-pressed="true">'
                    f'<span class="ln" style="background:{EDGE_COLOURS[rel]};height:{height}px"></span>'
                    f'{esc(RELATIONS[rel])} ({relations.get(rel, 0)})</button>')
    shown = sum(kept.values())
    if dropped:
        parts = ", ".join(_plural(k, v) for k, v in sorted(dropped.items()))
        notice = (f"Showing the {shown} most central of {total} nodes and {edges_shown} of {edges_total} ties. "
                  f"Left out: {parts} (the least central; see metrics/nodes.csv and graph.gexf for all).")
    else:
        notice = f"Showing all {total} nodes and {edges_total} ties."
    notice += (f" Press releases are hidden: click their legend entry to show them."
               f" Dashed ties marked '?' are doubtful: the extractor is less than {DOUBTFUL_BELOW:.0%} sure of them."
               " Size: centrality. Click a node for its details and evidence; hover a tie for its evidence.")
    return (f'<div id="kg-header"><h1>กราฟความรู้ข่าวสารนิเทศ กระทรวงการต่างประเทศ — '
            f'Thai MFA press-release knowledge graph</h1>'
            f'<div id="kg-tools"><span id="kg-find"><input id="kg-search" type="search" autocomplete="off" '
            f'placeholder="ค้นหา / search: ชื่อ, ครั้งที่ 18, Russia…" aria-label="search the graph">'
            f'<ul id="kg-results" role="listbox"></ul></span>'
            f'<span id="kg-dates">ช่วงเวลา / dates <input id="kg-from" type="range" aria-label="from">'
            f'<input id="kg-to" type="range" aria-label="to"> <output id="kg-range"></output></span>'
            f'<button type="button" class="btn" id="kg-all">แสดงทั้งหมด / show all</button></div>'
            f'<div id="kg-legend"><span class="kg-group">{"".join(kinds)}</span>'
            f'<span class="kg-group">{"".join(rels)}</span></div>'
            f'<div id="kg-notice" data-shown="{shown}" data-total="{total}">{esc(notice)}</div></div>'
            f'<aside id="kg-panel" hidden></aside>')


def _app(data: dict) -> str:
    """The data block and the app script. ``json.dumps`` with ``<``, ``>`` and ``&``
    written as ``\\u`` escapes: no release text can close the script or open a tag."""
    from .viewapp import APP_JS

    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, code in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"),
                     ("\u2029", "\\u2029")):
        text = text.replace(ch, code)
    return f'<script type="application/json" id="kg-data">{text}</script>\n<script>{APP_JS}</script>\n'


def _months(date: str, end: str = "") -> list | None:
    """A node's dates as ``[first month, last month]`` (year × 12 + month − 1), or None."""
    from .export import interval

    span = interval(date, end)
    if span is None:
        return None
    return [int(x[:4]) * 12 + int(x[5:7]) - 1 for x in span]


def _facts(d: dict) -> list:
    return [[name, d[key]] for key, name in TOOLTIP_FIELDS if d.get(key) not in (None, "")
            and not (key == "label_en" and d[key] == d.get("label"))]


def _data(g: nx.Graph, sub: nx.Graph, labels: dict, top: list) -> dict:
    """What the app needs: every kept node's full label and facts, and its ties (with
    full evidence and confidence), those to nodes left out of the view included up to
    :data:`PANEL_OTHER_TIES` each; ``months``: the range of the kept nodes' dates."""
    from . import metrics

    nodes, ties, more = {}, [], {}
    seen = set()

    def info(n, in_view: bool) -> dict:
        d = g.nodes[n]
        out = {"l": str(d.get("label") or n), "k": node_class(d), "v": 1 if in_view else 0, "f": _facts(d)}
        if d.get("label_en") and d["label_en"] != d.get("label"):
            out["e"] = d["label_en"]
        if n in labels and labels[n] != out["l"]:
            out["s"] = labels[n]
        t = _months(str(d.get("date") or ""), str(d.get("end_date") or "")) if out["k"] in ("meeting", "release") else None
        if t:
            out["t"] = t
        return out

    for n in sorted(sub):
        nodes[n] = info(n, True)
    for n in sorted(sub):
        others = 0
        for m in sorted(g.adj[n], key=str):
            e = g.adj[n][m]
            if m not in sub:
                others += 1
                if others > PANEL_OTHER_TIES:
                    continue
                if m not in nodes:
                    nodes[m] = info(m, False)
            pair = (n, m) if str(n) <= str(m) else (m, n)
            if pair in seen:
                continue
            seen.add(pair)
            a, b = metrics.direction(g, n, m, e)
            ties.append([a, b, e.get("relation", ""), str(e.get("evidence") or ""), e.get("confidence")])
        if others > PANEL_OTHER_TIES:
            more[n] = others - PANEL_OTHER_TIES
    months = [t for x in nodes.values() if x["v"] and "t" in x for t in x["t"]]
    return {"nodes": nodes, "ties": ties, "more": more, "top": top, "months": [min(months), max(months)] if months else None,
            "kinds": list(KINDS), "classes": {k: list(v) for k, v in CLASS_NAMES.items()}, "headings": TIE_HEADINGS,
            "relations": RELATIONS, "font": FONT_SIZE, "labelPx": LABEL_PX, "doubtful": DOUBTFUL_BELOW,
            "site": {"base": ENTITY_BASE, "dir": SITE_DIR}}


#: an entity's page, beside the view in a build's folder: ``site/person/x.html`` for ``…/id/person/x``
#: (the layout kg.site writes)
ENTITY_BASE, SITE_DIR = rdf.DATA, "site/"

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


def labelled(g: nx.Graph, nodes) -> list:
    """The nodes whose labels stay readable at any zoom: the :data:`LABELLED_PER_CLASS`
    most central meetings, officials, countries and organisations among ``nodes``."""
    ranked = keep_nodes(g.subgraph(nodes), len(g))
    out = []
    for cls in LABELLED_CLASSES:
        out += [n for n in ranked if node_class(g.nodes[n]) == cls][:LABELLED_PER_CLASS]
    return sorted(out)


def render(g: nx.Graph, *, max_nodes: int = 500, height: str = "780px") -> str:
    """Self-contained HTML of ``g`` keeping the ``max_nodes`` most central nodes.

    Uses the metrics :func:`kg.metrics.compute` sets on the nodes (betweenness, degree
    centrality) for ranking and size; without them, degree.
    """
    Network = _import_pyvis().Network          # first: importing pyvis.edge imports pyvis.network
    from pyvis.edge import Edge

    from . import metrics

    keep = keep_nodes(g, max_nodes)
    sub = metrics.induced(g, keep)  # in g's order: g.subgraph(keep) lists edges in a hash-seeded direction
    kept = Counter(node_class(g.nodes[n]) for n in keep)
    dropped = Counter(node_class(d) for n, d in g.nodes(data=True)) - kept
    short = meeting_labels(dict(sub.nodes(data=True)))
    top = labelled(sub, sub.nodes)

    net = Network(height=height, width="100%", cdn_resources="in_line", directed=True,
                  select_menu=False, filter_menu=False, neighborhood_highlight=False)
    net.templateEnv = _environment(net.template_dir)
    net.path = "kg.html"

    bmax = max([sub.nodes[n].get("betweenness", 0.0) for n in sub] + [1e-9])
    dmax = max([sub.degree(n) for n in sub] + [1])
    for n in sorted(sub.nodes):
        d = sub.nodes[n]
        cls = node_class(d)
        if n in short:
            label = short[n]
        else:
            label = (_clip_middle if cls == "series" else _clip)(" ".join(str(d.get("label") or n).split()), LABEL_CHARS)
            en = d.get("label_en") or ""
            if en and en != d.get("label"):
                label += "\n" + _clip(en, LABEL_CHARS)
        b = d.get("betweenness")
        c = math.sqrt(b / bmax) if b is not None and bmax > 1e-9 else math.sqrt(sub.degree(n) / dmax)
        hidden = {"hidden": True, "physics": False} if cls == "release" else {}
        net.add_node(n, label=label, title=_title(n, d), color=COLOURS[cls], shape=SHAPES[cls],
                     size=round(10 + 30 * c, 2), kind=cls, **hidden)
    relations: Counter = Counter()
    for a, b in sorted(sub.edges, key=lambda e: (str(e[0]), str(e[1]))):
        e = sub.edges[a, b]
        a, b = metrics.direction(sub, a, b, e)
        rel = e.get("relation", "")
        relations[rel] += 1
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
        net.edges.append(Edge(a, b, net.directed, label=RELATIONS.get(rel, rel) + (" ?" if doubtful else ""),
                              title=title, relation=rel, color=EDGE_COLOURS.get(rel, "#999999"),
                              width=EDGE_WIDTHS.get(rel, EDGE_WIDTH), **extra).options)
    net.options = _options(sub.number_of_nodes())
    page = net.generate_html(notebook=False)
    if page.count(_HEADER_MARK) != 1 or page.count("</body>") != 1:
        raise RuntimeError("graph.html: the header's or the app's place in the template is not unique")
    header = _header(kept, dropped, len(g), sub.number_of_edges(), g.number_of_edges(), relations)
    page = page.replace(_HEADER_MARK, header, 1)
    page = page.replace("</body>", _app(_data(g, sub, short, top)) + "</body>", 1)
    page = "<!DOCTYPE html>\n" + page.replace("<html>", '<html lang="th">', 1)
    bad = unsafe_url(page)
    if bad >= 0:  # never ship a page that fetches anything
        raise RuntimeError(f"graph.html would load a remote resource: {page[bad:bad + 80]!r}")
    return page
