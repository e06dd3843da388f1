"""Entity pages: ``out/site/``, one static HTML page per official, meeting, series,
party (country or organisation) and release, plus an index with a search over every
label and altLabel. Offline (no link leaves the folder but the graph view beside it),
rendered with Jinja2 and autoescaping, so release text is always text.

A page lives at the IRI's own path under ``site/`` (``id:person/igor-morgulov-…`` →
``site/person/igor-morgulov-….html``); :func:`page_path` is the one mapping. Every fact
shows its evidence sentence in full, its confidence where the linker gave one and the
release it came from; every page links its neighbours and opens the graph view focused
on itself (``graph.html#IRI``).

    pages = site.pages(resolution, graph)      # {relative path: html}
"""
from __future__ import annotations

import json
import math
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import quote

import networkx as nx

from . import rdf
from .view import CLASS_NAMES, COLOURS, node_class

ID = rdf.DATA
EGO_NEIGHBOURS = 24          # the ego graph on a page shows at most this many neighbours
EGO_SIZE = 340               # its width and height in pixels
EGO_LABEL_CHARS = 22


def page_path(iri: str) -> str | None:
    """``person/x.html`` for ``…/id/person/x`` (relative to ``site/``); None for a foreign IRI."""
    if not iri.startswith(ID):
        return None
    return iri[len(ID):] + ".html"


def _href(iri: str, depth: int = 1) -> str:
    """A relative link from a page ``depth`` folders below ``site/`` to ``iri``'s page."""
    path = page_path(iri)
    return "../" * depth + quote(path, safe="/-_.~") if path else ""


STYLE = """body { font-family: Loma, Garuda, Tahoma, 'Noto Sans Thai', sans-serif; margin: 16px auto; max-width: 1000px; padding: 0 12px; color: #222; }
h1 { font-size: 22px; margin: 4px 0; } h2 { font-size: 17px; border-bottom: 1px solid #ddd; margin-top: 22px; }
.kind { color: #666; font-size: 13px; } .iri { color: #777; font-size: 12px; word-break: break-all; }
nav { font-size: 13px; margin-bottom: 8px; } nav a { margin-right: 14px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; } td, th { border-bottom: 1px solid #eee; padding: 4px 6px; text-align: left; vertical-align: top; }
blockquote.evidence { margin: 3px 0 6px 0; padding: 4px 8px; background: #f6f6f2; border-left: 3px solid #bbb; white-space: pre-wrap; font-size: 13px; }
.conf { color: #555; font-size: 12px; } .doubtful { color: #b35900; } .missing { color: #b35900; }
.src { font-size: 12px; color: #555; } dl { display: grid; grid-template-columns: max-content 1fr; gap: 3px 14px; }
dt { color: #555; } dd { margin: 0; } ul { padding-left: 20px; } li { margin: 4px 0; }
svg text { font-size: 10px; font-family: inherit; }
"""

_BASE = """<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }} — thai-mfa-kg</title>
<link rel="stylesheet" href="{{ root }}style.css"></head>
<body>
<nav><a href="{{ root }}index.html">ดัชนี / index</a>{% if graph %}<a href="{{ graph }}">เปิดในกราฟ / open in the graph view</a>{% endif %}</nav>
{% block body %}{% endblock %}
<p class="iri">{{ iri }}</p>
</body></html>
"""

_TEMPLATES = {
    "base.html": _BASE,
    "meeting.html": """{% extends "base.html" %}{% block body %}
<h1>{{ e.label }}</h1>{% if e.label_en %}<div>{{ e.label_en }}</div>{% endif %}<div class="kind">{{ kind }}</div>
<dl>
{% if e.number %}<dt>ครั้งที่ / number</dt><dd>{{ e.number }}</dd>{% endif %}
{% if e.series %}<dt>ชุด / series</dt><dd><a href="{{ e.series.href }}">{{ e.series.label }}</a></dd>{% endif %}
{% if e.parent %}<dt>ส่วนหนึ่งของ / part of</dt><dd><a href="{{ e.parent.href }}">{{ e.parent.label }}</a></dd>{% endif %}
{% for name, value in e.summary %}<dt>{{ name }}</dt><dd>{{ value }}</dd>{% endfor %}
</dl>
{% if e.claims %}<h2>วันที่ สถานะ และรูปแบบ ตามข่าว / dates, status and mode, by release</h2><ul>
{% for c in e.claims %}<li>{{ c.text }} {{ c.html }}</li>{% endfor %}</ul>{% endif %}
{% if e.parts %}<h2>การประชุมย่อย / meetings within it ({{ e.parts|length }})</h2><ul>
{% for p in e.parts %}<li><a href="{{ p.href }}">{{ p.label }}</a></li>{% endfor %}</ul>{% endif %}
<h2>ประธาน / chairs ({{ e.chairs|length }})</h2><ul>
{% for c in e.chairs %}<li><a href="{{ c.href }}">{{ c.label }}</a><ul>{% for f in c.facts %}<li>{{ f }}</li>{% endfor %}</ul></li>{% endfor %}</ul>
<h2>ผู้เข้าร่วม / attendees ({{ e.attendees|length }})</h2><ul>
{% for a in e.attendees %}<li><a href="{{ a.href }}">{{ a.label }}</a>{% if a.position %} — {{ a.position }}{% endif %}{% if a.country %} · {{ a.country }}{% endif %}
<ul>{% for f in a.facts %}<li>{{ f }}</li>{% endfor %}</ul></li>{% endfor %}</ul>
<h2>ข่าว / reported in ({{ e.releases|length }})</h2><ul>
{% for r in e.releases %}<li><a href="{{ r.href }}">{{ r.file }}</a> {{ r.date }} — {{ r.title }}</li>{% endfor %}</ul>
{% endblock %}""",
    "official.html": """{% extends "base.html" %}{% block body %}
<h1>{{ e.label }}</h1><div class="kind">{{ kind }}</div>
<dl>
{% if e.alt %}<dt>ชื่ออื่น / also written</dt><dd>{{ e.alt|join(", ") }}</dd>{% endif %}
{% if e.honorifics %}<dt>คำนำหน้า / honorific</dt><dd>{{ e.honorifics|join(", ") }}</dd>{% endif %}
{% if e.country %}<dt>ผู้แทนของ / represents</dt><dd><a href="{{ e.country.href }}">{{ e.country.label }}</a></dd>{% endif %}
</dl>
{{ e.ego|safe }}
<h2>ตำแหน่งตามเวลา / positions over time</h2><table><tr><th>date</th><th>position</th><th>meeting</th></tr>
{% for p in e.positions %}<tr><td>{{ p.date }}</td><td>{{ p.position }}</td><td><a href="{{ p.href }}">{{ p.label }}</a></td></tr>{% endfor %}</table>
<h2>การประชุมที่เข้าร่วม / meetings attended ({{ e.meetings|length }})</h2><ul>
{% for m in e.meetings %}<li>{{ m.date }} <a href="{{ m.href }}">{{ m.label }}</a>
{% if m.with %}<div class="src">with: {% for o in m.with %}<a href="{{ o.href }}">{{ o.label }}</a>{% if not loop.last %}, {% endif %}{% endfor %}</div>{% endif %}
<ul>{% for f in m.facts %}<li>{{ f }}</li>{% endfor %}</ul></li>{% endfor %}</ul>
<h2>ประเทศที่พบ / countries met ({{ e.met|length }})</h2><ul>
{% for c in e.met %}<li><a href="{{ c.href }}">{{ c.label }}</a> ({{ c.n }})</li>{% endfor %}</ul>
{% endblock %}""",
    "series.html": """{% extends "base.html" %}{% block body %}
<h1>{{ e.label }}</h1><div class="kind">{{ kind }}</div>
<h2>ครั้งต่าง ๆ ตามเวลา / rounds on a timeline ({{ e.rounds|length }})</h2>
<table><tr><th>ครั้งที่ / number</th><th>date</th><th>status</th><th>meeting</th></tr>
{% for r in e.rows %}{% if r.missing %}<tr class="missing"><td>{{ r.number }}</td><td colspan="3">ไม่มีข่าวรายงาน / no release reports this round</td></tr>
{% else %}<tr><td>{{ r.number or "" }}</td><td>{{ r.date }}</td><td>{{ r.status }}</td><td><a href="{{ r.href }}">{{ r.label }}</a></td></tr>{% endif %}{% endfor %}
</table>{% if e.missing %}<p class="missing">missing numbers: {{ e.missing|join(", ") }}</p>{% endif %}
{% endblock %}""",
    "party.html": """{% extends "base.html" %}{% block body %}
<h1>{{ e.label }}</h1>{% if e.label_en %}<div>{{ e.label_en }}</div>{% endif %}<div class="kind">{{ kind }} · {{ e.code }}</div>
{{ e.ego|safe }}
<h2>การประชุมที่เป็นประธาน / meetings chaired ({{ e.chaired_count }})</h2>
{% for year, rows in e.chaired %}<h3>{{ year }}</h3><ul>
{% for m in rows %}<li>{{ m.date }} <a href="{{ m.href }}">{{ m.label }}</a><ul>{% for f in m.facts %}<li>{{ f }}</li>{% endfor %}</ul></li>{% endfor %}</ul>{% endfor %}
<h2>เจ้าหน้าที่ / officials ({{ e.officials|length }})</h2><ul>
{% for o in e.officials %}<li><a href="{{ o.href }}">{{ o.label }}</a>{% if o.position %} — {{ o.position }}{% endif %}</li>{% endfor %}</ul>
{% endblock %}""",
    "release.html": """{% extends "base.html" %}{% block body %}
<h1>{{ e.title }}</h1><div class="kind">{{ kind }}</div>
<dl><dt>file</dt><dd>{{ e.file }}</dd><dt>identifier</dt><dd>{{ e.id }}</dd>{% if e.date %}<dt>issued</dt><dd>{{ e.date }}</dd>{% endif %}</dl>
<h2>การประชุมที่รายงาน / meetings reported ({{ e.meetings|length }})</h2><ul>
{% for m in e.meetings %}<li><a href="{{ m.href }}">{{ m.label }}</a></li>{% endfor %}</ul>
{% endblock %}""",
    "index.html": """{% extends "base.html" %}{% block body %}
<h1>กราฟความรู้ข่าวสารนิเทศ — Thai MFA knowledge graph: index</h1>
<p><input id="q" type="search" autocomplete="off" style="width: 420px; padding: 5px; font: inherit"
 placeholder="ค้นหา / search every name and spelling" aria-label="search"> <span id="n" class="kind"></span></p>
<ul id="hits"></ul>
{% for kind, rows in groups %}<h2>{{ kind }} ({{ rows|length }})</h2><ul class="all">
{% for r in rows %}<li><a href="{{ r.href }}">{{ r.label }}</a>{% if r.alt %} <span class="kind">{{ r.alt }}</span>{% endif %}</li>{% endfor %}</ul>{% endfor %}
<script type="application/json" id="entries">{{ entries|safe }}</script>
<script>
(function () {
  var E = JSON.parse(document.getElementById("entries").textContent);
  function norm(s) { return String(s).normalize("NFC").toLowerCase()
    .replace(/[\\u0E50-\\u0E59]/g, function (d) { return String(d.charCodeAt(0) - 0x0E50); }).replace(/\\s+/g, " ").trim(); }
  var keys = E.map(function (e) { return norm(e[1] + " " + e[2]); });
  var q = document.getElementById("q"), hits = document.getElementById("hits"), n = document.getElementById("n");
  q.addEventListener("input", function () {
    var s = norm(q.value); hits.replaceChildren(); n.textContent = "";
    if (!s) return;
    var found = 0;
    for (var i = 0; i < E.length && found < 50; i++) {
      if (keys[i].indexOf(s) < 0) continue;
      found++;
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = E[i][0]; a.textContent = E[i][1];
      li.appendChild(a); li.appendChild(document.createTextNode(" · " + E[i][3])); hits.appendChild(li);
    }
    n.textContent = found + " found";
  });
})();
</script>
{% endblock %}""",
}


#: what a dict answers as an attribute: a template's ``x.name`` on a dict must keep
#: meaning the attribute for these names (Jinja's rule), and the item for any other
_DICT_ATTRIBUTES = frozenset(dir(dict))


def _make_escape():
    """The escaping of every ``{{ value }}`` of the compiled templates: markupsafe's own
    characters and ``__html__`` rule, returning the escaped text as ``str`` where
    markupsafe's ``escape`` wraps it in a new ``Markup`` (a Python-level ``__new__``):
    a template only joins what it outputs, so the page is the same text, and that
    wrapping was a quarter of the pages' CPU (~140k values at 2,000 releases). With a
    markupsafe that has no ``_escape_inner`` (before 3.0, whose ``escape`` is in C),
    its ``escape`` is used as it is."""
    try:
        from markupsafe import _escape_inner
    except ImportError:                  # markupsafe < 3.0
        from markupsafe import escape

        return escape

    def escape(s) -> str:
        if type(s) is str:
            return _escape_inner(s)
        if hasattr(s, "__html__"):
            return s.__html__()
        return _escape_inner(str(s))

    return escape


_escape = _make_escape()


@lru_cache(maxsize=1)
def _env():
    """The one Jinja environment of the site, its templates compiled once per process.

    ``auto_reload`` is off: the templates are constants of this module, so checking
    before every page (and every page's ``{% extends %}``) that its source is unchanged
    only cost time. The pages' data are dicts, and Jinja reads ``e.label`` by trying
    the attribute first, an ``AttributeError`` raised and caught for every field shown
    (about 40 a page); :class:`_Environment` looks a dict's item up first instead, with
    the same result (no template field is named like a dict method). Each compiled
    template escapes with :func:`_make_escape`'s function."""
    from jinja2 import DictLoader, Environment, Template

    class _Template(Template):
        @classmethod
        def from_code(cls, environment, code, globals, uptodate=None):
            rv = super().from_code(environment, code, globals, uptodate)
            rv.root_render_func.__globals__["escape"] = _escape    # the compiled template's module globals
            return rv

    class _Environment(Environment):
        template_class = _Template

        def getattr(self, obj, attribute):
            if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
                try:
                    return obj[attribute]
                except KeyError:
                    pass
            return super().getattr(obj, attribute)

    return _Environment(loader=DictLoader(_TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True,
                        auto_reload=False)


def _json_block(data) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, code in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, code)
    return text


def _ego_svg(g: nx.Graph, center: str, depth: int) -> str:
    """A small static ego graph (SVG): the node and its first :data:`EGO_NEIGHBOURS`
    neighbours (releases left out) on a circle, each a link to its page."""
    from markupsafe import escape

    nbrs = sorted((n for n in g.adj[center] if node_class(g.nodes[n]) != "release"),
                  key=lambda n: (-g.degree(n), str(n)))[:EGO_NEIGHBOURS]
    if not nbrs:
        return ""
    c = EGO_SIZE / 2
    r = c - 50
    parts = [f'<svg class="ego" width="{EGO_SIZE}" height="{EGO_SIZE}" viewBox="0 0 {EGO_SIZE} {EGO_SIZE}" '
             f'role="img" aria-label="ego graph">']
    spots = []
    for i, n in enumerate(nbrs):
        a = 2 * math.pi * i / len(nbrs)
        spots.append((n, round(c + r * math.cos(a), 1), round(c + r * math.sin(a), 1)))
    parts += [f'<line x1="{c}" y1="{c}" x2="{x}" y2="{y}" stroke="#bbb" />' for _, x, y in spots]

    def dot(n, x, y, rad) -> str:
        d = g.nodes[n]
        label = str(d.get("label") or n)
        label = label if len(label) <= EGO_LABEL_CHARS else label[:EGO_LABEL_CHARS - 1] + "…"
        href = _href(n, depth)
        return (f'<a href="{escape(href)}"><circle cx="{x}" cy="{y}" r="{rad}" fill="{COLOURS[node_class(d)]}" />'
                f'<text x="{x}" y="{y + rad + 10}" text-anchor="middle">{escape(label)}</text></a>')

    parts += [dot(n, x, y, 6) for n, x, y in spots]
    parts.append(dot(center, c, c, 10))
    parts.append("</svg>")
    return "".join(parts)


def pages(res, g: nx.Graph, *, graph_file: str = "graph.html") -> dict[str, str]:
    """Every page of the site: ``{path relative to site/: html}``, deterministic."""
    return dict(sorted({path: html for path, html, _key in _render(res, g, graph_file=graph_file)}.items()))


#: in a build's generation folder, beside ``site/``: what each entity page was made from
#: (:func:`write`). Hidden: not an output, never linked into ``OUT``
KEYS_FILE = ".site-keys.json"


@lru_cache(maxsize=1)
def _salt() -> bytes:
    """What every page key starts from: this module's source (the templates, the
    environment, the escaping: whatever turns a page's data into its text) and the
    versions of kg, Jinja2, markupsafe and Python. Any change of them makes every page
    again."""
    import hashlib
    import sys
    from importlib.metadata import version

    from . import __version__

    try:
        source = __loader__.get_data(__file__)          # from a zip too
    except Exception:  # noqa: BLE001 - no source shipped: the templates and kg's version stand for it
        source = repr((sorted(_TEMPLATES.items()), STYLE)).encode("utf-8")
    h = hashlib.blake2b(source, digest_size=16)
    h.update(repr((__version__, version("jinja2"), version("markupsafe"), sys.version_info[:2])).encode())
    return h.digest()


def _page_key(template: str, values: dict) -> str:
    """A page's key: a digest of the ``repr`` of everything its template is given (its
    data are dicts, lists, tuples, strings, numbers, None and Markup: their ``repr``
    spells every value in full, floats exactly), under :func:`_salt`. Equal keys, equal
    pages: that is the whole of the reuse rule of :func:`write`."""
    import hashlib

    return hashlib.blake2b(repr((template, sorted(values.items()))).encode("utf-8", "surrogatepass"),
                           digest_size=16, key=_salt()).hexdigest()


def _render(res, g: nx.Graph, *, graph_file: str = "graph.html",
            unchanged: Callable[[str, str], bool] | None = None) -> Iterator[tuple[str, str | None, str | None]]:
    """Every page of the site as ``(path relative to site/, html, key)``, one at a time,
    for :func:`write` to write each as it is made: at 10k releases the pages are ~130 MB
    of text, and holding them all (and their encodings) at once cost more in page
    faults than writing them (a path made twice: the last one counts, as in
    :func:`pages`). With ``unchanged``, each entity page's :func:`_page_key` is made
    first and ``unchanged(path, key)`` asked: when it says yes the page is not rendered
    (its html is None); the index and the style sheet have no key and are always made."""
    from .view import DOUBTFUL_BELOW

    env = _env()
    out: set[str] = set()            # the pages made so far: the index lists those

    refs: dict[str, dict] = {}

    def ref(iri: str) -> dict:
        """A link to ``iri``'s page from a page one folder below ``site/``. Made once per
        IRI (an official is linked from every meeting and fellow attendee's page, and
        sorted by it): the dict is shared, so no caller changes it (``{**ref(i), …}``)."""
        r = refs.get(iri)
        if r is None:
            d = g.nodes[iri] if iri in g else {}
            r = refs[iri] = {"href": _href(iri), "label": str(d.get("label") or iri.rsplit("/", 1)[-1])}
        return r

    def render(template: str, iri: str, **kw) -> tuple[str, str | None, str | None]:
        path = page_path(iri)
        out.add(path)
        depth = path.count("/")
        kind = CLASS_NAMES[node_class(g.nodes[iri])] if iri in g else ("", "")
        values = dict(iri=iri, root="../" * depth, graph="../" * (depth + 1) + graph_file + "#" + quote(iri, safe=""),
                      kind=" / ".join(kind), doubtful=DOUBTFUL_BELOW,
                      title=kw["e"].get("label") or kw["e"].get("title", ""), **kw)
        if unchanged is None:
            return path, env.get_template(template).render(values), None
        key = _page_key(template, values)
        if unchanged(path, key):
            return path, None, key
        return path, env.get_template(template).render(values), key

    releases = {}
    for rid, r in sorted(res.releases.items()):
        iri = rdf.value(rdf.release_ref(rid))
        releases[rid] = {"href": _href(iri), "file": Path(r.path).name, "title": r.title,
                         "date": r.published.iso() if r.published else "", "iri": iri}

    facts: dict[tuple, object] = {}

    def fact(rid: str, evidence: str = "", confidence=None):
        """One fact's confidence, source release and full evidence, as escaped HTML (a
        Jinja macro per fact cost half the site's time). Made once per distinct fact: an
        attendance is shown on its meeting's page and its official's, a co-chair on its
        meeting's and its party's."""
        key = (rid, evidence, confidence)
        html = facts.get(key)
        if html is None:
            html = facts[key] = _fact(rid, evidence, confidence)
        return html

    def _fact(rid: str, evidence: str, confidence):
        from markupsafe import Markup

        escape = _escape                 # str, not a Markup per value: the whole is made Markup once
        parts = []
        if confidence is not None:
            doubt = " doubtful" if confidence < DOUBTFUL_BELOW else ""
            parts.append(f'<span class="conf{doubt}">confidence {confidence:.2f}</span>')
        r = releases.get(rid)
        if r:
            when = f" ({escape(r['date'])})" if r["date"] else ""
            parts.append(f'<span class="src">— <a href="{escape(r["href"])}">{escape(r["file"])}</a>{when}</span>')
        if evidence:
            parts.append(f'<blockquote class="evidence">{escape(evidence)}</blockquote>')
        return Markup("\n".join(parts))

    meeting_iri = {key: rdf.value(rdf.meeting_ref(key, res)) for key in res.meetings}
    # an official's country is a property that sorts their countries on each use; the
    # meeting and official pages ask for it once per attendance (~80k times at 10k releases)
    country_of = {okey: o.country for okey, o in res.officials.items()}
    person_iri = {key: rdf.value(rdf.person_ref(res, key)) for key in res.officials}
    parts_of = defaultdict(list)
    for key, m in res.meetings.items():
        if m.parent and m.parent in meeting_iri:
            parts_of[m.parent].append(key)

    mdates = {key: str(g.nodes[iri].get("date") or "") if iri in g else "" for key, iri in meeting_iri.items()}
    mdate = mdates.__getitem__          # a meeting's date, the key of most sorts below

    attended_by = defaultdict(list)    # official key → [(meeting key, rid, attendance)]
    chaired_by = defaultdict(list)     # party code → [(meeting key, rid, co-chair)]
    # ---------------------------------------------------------------- meetings
    for key, m in sorted(res.meetings.items()):
        iri = meeting_iri[key]
        d = g.nodes[iri]
        people = defaultdict(list)
        for rid, okey, a in m.attendances:
            people[okey].append((rid, a))
            attended_by[okey].append((key, rid, a))
        chairs = defaultdict(list)
        for rid, c, _okey in m.co_chairs:
            chairs[c.party].append((rid, c))
            chaired_by[c.party].append((key, rid, c))
        claims = []
        for rid in sorted(m.releases):
            said = []
            if rid in m.starts:
                said.append("start " + m.starts[rid].iso() + (" – " + m.ends[rid].iso() if rid in m.ends else ""))
            if rid in m.statuses:
                said.append("status " + m.statuses[rid])
            if rid in m.modes:
                said.append("mode " + m.modes[rid])
            if rid in m.venues:
                said.append("venue " + m.venues[rid])
            if said:
                conf = m.confidences.get(("date", rid), m.confidences.get(("mode", rid)))
                claims.append({"text": "; ".join(said), "html": fact(rid, "", conf)})
        e = {
            "label": d.get("label", key), "label_en": d.get("label_en", ""), "number": m.number,
            "series": ref(rdf.value(rdf.series_ref(m.series, res))),
            "parent": ref(meeting_iri[m.parent]) if m.parent in meeting_iri else None,
            "parts": [ref(meeting_iri[k]) for k in sorted(parts_of[key], key=lambda k: (mdate(k), k))],
            "summary": [(name, d[k]) for k, name in (("date", "วันที่ / date"), ("end_date", "ถึง / end"),
                                                       ("mode", "รูปแบบ / mode"), ("venue", "สถานที่ / venue"),
                                                       ("status", "สถานะ / status")) if d.get(k)],
            "claims": claims,
            "attendees": [{**ref(person_iri[okey]), "position": next((a.person.position for _, a in v if a.person.position), ""),
                           "country": country_of[okey] or "",
                           "facts": [fact(rid, a.evidence, a.confidence) for rid, a in sorted(v, key=lambda x: x[0])]}
                          for okey, v in sorted(people.items(), key=lambda x: ref(person_iri[x[0]])["label"])],
            "chairs": [{**ref(rdf.value(rdf.party_ref(code))),
                        "facts": [fact(rid, c.evidence, c.confidence) for rid, c in sorted(v, key=lambda x: x[0])]}
                       for code, v in sorted(chairs.items()) if rdf.value(rdf.party_ref(code)) in g],
            "releases": [releases[rid] for rid in sorted(m.releases) if rid in releases],
        }
        yield render("meeting.html", iri, e=e)
    # ---------------------------------------------------------------- officials
    for okey, o in sorted(res.officials.items()):
        iri = person_iri[okey]
        d = g.nodes[iri]
        label = d.get("label", okey)
        seen = defaultdict(list)
        for key, rid, a in attended_by[okey]:
            seen[key].append((rid, a))
        meetings, positions, met = [], [], defaultdict(int)
        for key in sorted(seen, key=lambda k: (mdate(k), k)):
            others = sorted({ok for _rid, ok, _a in res.meetings[key].attendances if ok != okey},
                            key=lambda ok: ref(person_iri[ok])["label"])
            meetings.append({**ref(meeting_iri[key]), "date": mdate(key), "with": [ref(person_iri[ok]) for ok in others],
                             "facts": [fact(rid, a.evidence, a.confidence) for rid, a in sorted(seen[key], key=lambda x: x[0])]})
            for pos in sorted({a.person.position for _, a in seen[key] if a.person.position}):
                positions.append({**ref(meeting_iri[key]), "date": mdate(key), "position": pos})
            for ok in others:
                code = country_of[ok]
                if code and code != country_of[okey] and rdf.value(rdf.party_ref(code)) in g:
                    met[code] += 1
        own = rdf.value(rdf.party_ref(o.country)) if o.country else None
        e = {"label": label, "alt": sorted(n for n in o.names if n != label), "honorifics": sorted(o.honorifics),
             "country": ref(own) if own in g else None, "meetings": meetings, "positions": positions,
             "met": [{**ref(rdf.value(rdf.party_ref(c))), "n": n} for c, n in sorted(met.items(), key=lambda x: (-x[1], x[0]))],
             "ego": _ego_svg(g, iri, 1)}
        yield render("official.html", iri, e=e)
    # ---------------------------------------------------------------- series
    by_series = defaultdict(list)
    for key, m in res.meetings.items():
        by_series[m.series].append(key)
    for series in sorted(res.series_labels):
        iri = rdf.value(rdf.series_ref(series, res))
        keys = sorted(by_series[series], key=lambda k: (res.meetings[k].number or 0, mdate(k), k))
        numbers = sorted({res.meetings[k].number for k in keys if res.meetings[k].number is not None})
        missing = sorted(set(range(numbers[0], numbers[-1] + 1)) - set(numbers)) if numbers else []
        rows = [{**ref(meeting_iri[k]), "number": res.meetings[k].number, "date": mdate(k),
                 "status": g.nodes[meeting_iri[k]].get("status", "")} for k in keys]
        rows += [{"missing": True, "number": n, "date": ""} for n in missing]
        # numbered rounds in order, gaps in place; unnumbered meetings after them, by date
        rows.sort(key=lambda r: (r["number"] is None, r["number"] or 0, r["date"], r.get("href", "")))
        yield render("series.html", iri, e={"label": g.nodes[iri].get("label", series), "rounds": keys, "rows": rows,
                                      "missing": missing})
    # ---------------------------------------------------------------- parties
    officials_of = defaultdict(list)
    for okey, o in res.officials.items():
        if o.country:
            officials_of[o.country].append(okey)
    for iri, d in sorted(g.nodes(data=True)):
        if d.get("kind") != "party":
            continue
        code = d["code"]
        done = defaultdict(list)
        for key, rid, c in chaired_by[code]:
            done[key].append((rid, c))
        years = defaultdict(list)
        for key in sorted(done, key=lambda k: (mdate(k), k)):
            years[mdate(key)[:4] or "—"].append({**ref(meeting_iri[key]), "date": mdate(key),
                                                  "facts": [fact(rid, c.evidence, c.confidence)
                                                            for rid, c in sorted(done[key], key=lambda x: x[0])]})
        e = {"label": d.get("label", code), "label_en": d.get("label_en", ""), "code": code,
             "chaired": sorted(years.items()), "chaired_count": len(done),
             "officials": [{**ref(person_iri[ok]), "position": g.nodes[person_iri[ok]].get("position", "")}
                           for ok in sorted(officials_of[code], key=lambda ok: ref(person_iri[ok])["label"])],
             "ego": _ego_svg(g, iri, 1)}
        yield render("party.html", iri, e=e)
    # ---------------------------------------------------------------- releases
    reported = defaultdict(list)
    for key, m in res.meetings.items():
        for rid in m.releases:
            reported[rid].append(key)
    for rid, r in releases.items():
        yield render("release.html", r["iri"], e={"title": r["title"], "file": r["file"], "id": rid, "date": r["date"],
                                            "meetings": [ref(meeting_iri[k]) for k in sorted(reported[rid], key=lambda k: (mdate(k), k))]})
    # ---------------------------------------------------------------- index
    groups, entries = [], []
    official_of = {v: k for k, v in person_iri.items()}
    for cls in ("meeting", "official", "series", "country", "organization", "release"):
        rows = []
        for iri, d in g.nodes(data=True):
            if node_class(d) != cls or page_path(iri) not in out:
                continue
            alt = []
            if d.get("label_en") and d["label_en"] != d.get("label"):
                alt.append(d["label_en"])
            if cls == "official":
                key = official_of.get(iri)
                if key:
                    alt += sorted(n for n in res.officials[key].names if n != d.get("label") and n not in alt)
            label = str(d.get("label") or iri)
            href = quote(page_path(iri), safe="/-_.~")
            rows.append({"href": href, "label": label, "alt": ", ".join(alt)})
            entries.append([href, label, " ".join(alt), CLASS_NAMES[cls][1]])
        rows.sort(key=lambda r: (r["label"], r["href"]))
        groups.append((" / ".join(CLASS_NAMES[cls]), rows))
    entries.sort(key=lambda x: (x[3], x[1], x[0]))
    yield "index.html", env.get_template("index.html").render(
        iri=ID, root="", graph="../" + graph_file, kind="", title="index", groups=groups,
        entries=_json_block(entries)), None
    yield "style.css", STYLE, None


def write(res, g: nx.Graph, out: Path, *, keys: bool = False, previous: Path | None = None) -> int:
    """Write :func:`pages` under ``out/site/`` and remove the pages of entities the graph
    no longer holds; returns the number of files. ``out`` is a build's new generation,
    which no reader sees before it is made current, and which may already hold the
    previous generation's pages as hard links (:func:`kg.build._link_tree`). So a page
    that is not there yet is written in place, created exclusively; a page that is there
    is never written in place (that would change the previous generation's file too): if
    its bytes differ it is written beside and renamed over, without an fsync per page (a
    lost page is made again by the next build), and if they are the same it is left
    alone (renaming over an existing file flushes it on ext4, ~1 ms a page). Plain
    ``os`` calls on ``str`` paths, each folder made once: at 10k releases the site is
    10k files, and ``pathlib``'s per-file objects and ``mkdir`` calls were a fifth of
    writing it.

    With ``keys`` (a build with its cache), each entity page's key (:func:`_page_key`)
    is recorded in ``out/``:data:`KEYS_FILE` with the inode, size and modification time
    of its file. ``previous``: the generation whose pages ``out`` holds as hard links; a
    page whose key is the one ``previous`` recorded, and whose file here is still that
    very file (same inode, size and time: not edited or replaced since), is not rendered
    again. Rendering was most of a rebuild's floor; a page's data are still gathered to
    make its key. Without ``keys`` (``--no-cache``: every output made again) no key is
    made or recorded, and every page is rendered."""
    import os

    site = os.path.join(os.fspath(out), "site")
    before = _read_keys(previous) if keys and previous is not None else {}
    record: dict[str, list] = {}

    def unchanged(name: str, key: str) -> bool:
        old = before.get(name)
        if old is None or old[0] != key:
            return False
        try:
            st = os.stat(os.path.join(site, name))
        except OSError:
            return False
        return [st.st_ino, st.st_size, st.st_mtime_ns] == old[1:]

    def keep_as(name: str, key: str | None, st) -> None:
        if key is not None:
            record[name] = [key, st.st_ino, st.st_size, st.st_mtime_ns]

    folders: set[str] = set()
    keep: set[str] = set()
    for name, text, key in _render(res, g, unchanged=unchanged if keys else None):
        path = os.path.join(site, name)
        keep.add(path)
        if text is None:                                   # unchanged: the previous page, linked
            record[name] = before[name]
            continue
        data = text.encode("utf-8")
        folder = os.path.dirname(path)
        if folder not in folders:
            os.makedirs(folder, exist_ok=True)
            folders.add(folder)
        try:
            with open(path, "xb") as fh:
                fh.write(data)
                fh.flush()
                keep_as(name, key, os.fstat(fh.fileno()))
            continue
        except FileExistsError:
            pass
        try:
            with open(path, "rb") as fh:
                if fh.read() == data:
                    keep_as(name, key, os.fstat(fh.fileno()))
                    continue
        except OSError:
            pass
        tmp = os.path.join(folder, f".{os.path.basename(path)}.tmp")
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            keep_as(name, key, os.fstat(fh.fileno()))
        os.replace(tmp, path)
    for root, _dirs, files in os.walk(site):
        for f in sorted(files):
            old = os.path.join(root, f)
            if old not in keep:
                os.unlink(old)
    if keys:
        _write_keys(out, record)
    return len(keep)


def _read_keys(generation: Path) -> dict[str, list]:
    """The page keys a generation recorded (:func:`write`); none if it recorded none
    or the file is unreadable (every page is then rendered)."""
    try:
        data = json.loads((Path(generation) / KEYS_FILE).read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("salt") != _salt().hex() or not isinstance(data.get("pages"), dict):
        return {}
    return {k: v for k, v in data["pages"].items() if isinstance(v, list) and len(v) == 4}


def _write_keys(generation: Path, record: dict[str, list]) -> None:
    """``generation/``:data:`KEYS_FILE`, sorted (the generation is not current yet: no
    reader sees it half written)."""
    with open(Path(generation) / KEYS_FILE, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"salt": _salt().hex(), "pages": record}, sort_keys=True, separators=(",", ":")))
