"""Relationship metrics with networkx over the resolved graph.

The graph has one node per official, meeting, series, party and release (keyed by
IRI) and one edge per relation, so centralities speak of the same things the dump
does. :func:`compute` returns the ``metrics.json`` document (every metric with a
one-line ``meaning`` for analysts) and writes each node's metrics onto the graph as
attributes, which the HTML view, the CSV tables and the GEXF/GraphML exports use.

Deterministic: sorted output, values rounded to 6 places, seeded sampling and
community detection. Fast on large graphs: betweenness is estimated from ``k``
seeded sample sources above :data:`EXACT_BETWEENNESS_MAX` nodes; eigenvector
centrality is computed per connected component and never raises.
"""
from __future__ import annotations

import itertools
import math
import weakref
from collections import Counter, defaultdict

import networkx as nx

from . import rdf
from .resolve import Resolution

SEED = 42
EXACT_BETWEENNESS_MAX = 300    # above this many nodes, betweenness is sampled
BETWEENNESS_SAMPLES = 500      # sample sources when sampling
BETWEENNESS_BUDGET = 300_000   # edge visits in all when sampling: about a third of a second
PURE_PYTHON_EDGES = 2_000     # below this many edges, iterating in Python beats importing numpy
TOP = 15                       # rows in each top list of metrics.json
ROUND = 6

MEANINGS = {
    "summary": "how many things of each kind the graph holds, and how it splits into connected parts",
    "degree": "number of direct ties (meetings attended, parties chaired, releases reporting): who or what is most active",
    "degree_centrality": "degree divided by the number of other nodes: the share of the graph a node touches directly",
    "betweenness": "how often a node lies on the shortest paths between others: brokers linking otherwise separate "
                   "meetings, series and delegations",
    "eigenvector": "ties to well-tied nodes count more: who sits at the core of the busiest meetings (0 outside the "
                   "largest connected part's influence)",
    "cochair_network": "parties linked when they chaired or co-chaired the same meeting; the weight is the number of "
                       "such meetings: the strongest ties are the most regular co-chair pairs",
    "coattendance_network": "officials linked when they attended the same meeting; the weight is the number of shared "
                            "meetings: the strongest ties are who meets whom most often",
    "communities": "groups of nodes more tied to each other than to the rest (Louvain, seeded): the clusters of "
                   "meetings, series and people that work together",
    "series": "each meeting series: meetings and numbered rounds seen, first and last dates, and the round numbers "
              "missing between the first and last round seen (rounds no release in the corpus reports)",
}


# --------------------------------------------------------------------------- the graph

def to_networkx(res: Resolution) -> nx.Graph:
    """An undirected graph of officials, meetings, series, parties and releases."""
    from .vocab import vocab

    v = vocab()
    g = nx.Graph()

    def party(code: str) -> str:
        p = rdf.value(rdf.party_ref(code))
        if p not in g:
            vp = v.parties[code]
            g.add_node(p, kind="party", party_kind=vp.kind, code=code, label=vp.name_th, label_en=vp.name_en)
        return p

    for key, o in sorted(res.officials.items()):
        n = rdf.value(rdf.person_ref(res, key))
        g.add_node(n, kind="official", label=o.thai_name or o.latin_name or key,
                   label_en=o.latin_name or "", country=o.country or "",
                   position="; ".join(sorted(o.positions)))
        if o.country and o.country in v.parties:
            g.add_edge(n, party(o.country), relation="represents")
    for series in sorted(res.series_labels):
        g.add_node(rdf.value(rdf.series_ref(series, res)), kind="series", label=series)
    REPORTED_IN = {"relation": "reportedIn"}       # copied by add_edges_from, never shared

    def release_node(rid: str) -> dict:
        rel = res.releases[rid]
        return {"kind": "release", "label": rel.title[:80], "release_id": rid,
                "date": rel.published.iso() if rel.published else ""}

    for key, m in sorted(res.meetings.items()):
        n = rdf.value(rdf.meeting_ref(key, res))
        label = sorted(m.labels.items(), key=lambda x: (-x[1], x[0]))[0][0]
        g.add_node(n, kind="meeting", label=f"{label} ครั้งที่ {m.number}" if m.number else label,
                   label_en=sorted(m.labels_en)[0] if m.labels_en else "",
                   number=m.number or "", date=m.start.iso() if m.start else "",
                   end_date=m.end.iso() if m.end else "", mode=m.mode or "", venue=m.venue or "",
                   status=m.status, series=rdf.value(rdf.series_ref(m.series, res)))
        g.add_edge(n, rdf.value(rdf.series_ref(m.series, res)), relation="inSeries")
        if m.parent:
            # the graph is undirected: the part is named, so exports can point the tie
            g.add_edge(n, rdf.value(rdf.meeting_ref(m.parent, res)), relation="partOf", part=n)
        # in bulk (add_nodes_from, add_edges_from): the same nodes, edges and order as one
        # add_node and add_edge per release, at half the cost
        reporting = [(rdf.value(rdf.release_ref(rid)), rid) for rid in sorted(m.releases)]
        g.add_nodes_from((r, release_node(rid)) for r, rid in reporting if r not in g)  # a release
        # reporting several meetings is added once: add_node again would set the same values
        g.add_edges_from((n, r, REPORTED_IN) for r, _ in reporting)
        # one edge per official and per party, made where first reported and carrying the
        # last report's evidence: what one add_edge per report gave, without the 346k
        # calls of a 100k-release corpus
        # a tie is as sure as its surest report (confidence: the linker's, where it gave one)
        attended = {okey: a.evidence for _rid, okey, a in m.attendances}
        sure: dict = {}
        for _rid, okey, a in m.attendances:
            if a.confidence is not None:
                sure[okey] = max(sure.get(okey, 0.0), a.confidence)
        for okey, evidence in attended.items():
            extra = {"confidence": sure[okey]} if okey in sure else {}
            g.add_edge(rdf.value(rdf.person_ref(res, okey)), n, relation="attended", evidence=evidence, **extra)
        chaired: dict[str, str] = {}
        sure_c: dict = {}
        for _rid, c, _okey in m.co_chairs:
            if c.party in v.parties:
                chaired[c.party] = c.evidence
                if c.confidence is not None:
                    sure_c[c.party] = max(sure_c.get(c.party, 0.0), c.confidence)
        for code, evidence in chaired.items():
            extra = {"confidence": sure_c[code]} if code in sure_c else {}
            g.add_edge(n, party(code), relation="coChairedBy", evidence=evidence, **extra)
    return g


#: the kind of node each relation points *from* (its RDF subject); ``partOf`` joins two
#: meetings, so its edges name the part (``part``)
SUBJECT_KIND = {"attended": "official", "represents": "official", "coChairedBy": "meeting",
                "inSeries": "meeting", "reportedIn": "meeting"}


def direction(g: nx.Graph, a, b, d: dict) -> tuple:
    """``(subject, object)`` of the undirected edge ``a``–``b`` with data ``d``: the
    direction of the RDF statement it stands for (official → meeting, meeting → party,
    part → whole, ...). An edge of an unknown relation keeps the order it was given."""
    if "part" in d:
        return (a, b) if d["part"] == a else (b, a)
    kind = SUBJECT_KIND.get(d.get("relation", ""))
    if kind is not None and g.nodes[a].get("kind") != kind and g.nodes[b].get("kind") == kind:
        return b, a
    return a, b


def induced(g: nx.Graph, nodes, order: dict | None = None) -> nx.Graph:
    """The subgraph of ``g`` on ``nodes`` (a copy), in ``g``'s own node and adjacency order.

    ``g.subgraph(nodes).copy()`` iterates the *set* of kept nodes when they are under half
    of ``g``: an order that changes with the interpreter's hash seed, and with it the
    sampled betweenness, Louvain's communities, floating-point sums and the direction in
    which an edge is listed (metrics.json differed between two builds of the same 10k
    releases). ``order``: ``g``'s node → position, when the caller has it already.
    """
    order = order if order is not None else {x: i for i, x in enumerate(g)}
    keep = sorted(set(nodes), key=order.__getitem__)
    inside = set(keep)
    h = nx.Graph()
    h.add_nodes_from((x, dict(g.nodes[x])) for x in keep)
    h.add_edges_from((u, v, dict(d)) for u in keep for v, d in g.adj[u].items()
                     if v in inside and order[v] >= order[u])
    return h


# --------------------------------------------------------------------------- metrics

def _r(x: float) -> float:
    return round(float(x), ROUND) + 0.0  # no -0.0


def _betweenness(g: nx.Graph) -> tuple[dict, dict]:
    n = g.number_of_nodes()
    if n <= EXACT_BETWEENNESS_MAX:
        return nx.betweenness_centrality(g, normalized=True), {"method": "exact"}
    # a fixed budget of edge visits: about a second whatever the size of the graph
    k = max(16, min(BETWEENNESS_SAMPLES, n, BETWEENNESS_BUDGET // max(g.number_of_edges(), 1)))
    return (nx.betweenness_centrality(g, k=k, normalized=True, seed=SEED),
            {"method": f"estimated from {k} sample sources (seed {SEED})"})


def _eigenvector(g: nx.Graph) -> tuple[dict, dict]:
    """Eigenvector centrality per connected component, scaled so the vector has unit norm overall.

    Each component's own principal eigenvector, weighted by the square root of its share of
    the nodes: isolated pairs do not outrank the core, and nothing is forced to 0 by a
    disconnected graph. A component whose power iteration does not converge falls back to
    its normalised degree (counted in ``not_converged``).
    """
    out: dict = {}
    n = g.number_of_nodes()
    failed = 0
    order = {x: i for i, x in enumerate(g)}
    for comp in nx.connected_components(g):
        share = math.sqrt(len(comp) / n)
        if len(comp) <= 2:
            for x in comp:
                out[x] = share / math.sqrt(len(comp))
            continue
        sub = induced(g, comp, order)
        try:
            ev = _principal_eigenvector(sub)
        except (nx.PowerIterationFailedConvergence, ArithmeticError):
            failed += 1
            deg = dict(sub.degree())
            norm = math.sqrt(sum(d * d for d in deg.values())) or 1.0
            ev = {x: d / norm for x, d in deg.items()}
        for x, val in ev.items():
            out[x] = share * val
    return out, {"method": "per connected component, power iteration", "not_converged": failed}


def _principal_eigenvector(g: nx.Graph) -> dict:
    """The principal eigenvector by power iteration on edge arrays (numpy), unit norm, non-negative.

    Same fixed point as ``nx.eigenvector_centrality`` (which iterates in pure Python and
    takes seconds on tens of thousands of nodes); iterating on ``A + I`` avoids the
    oscillation of bipartite graphs such as officials–meetings. ``A x`` is two
    ``bincount`` calls over the edge list: no scipy import (0.1 s of every build).
    """
    nodes = sorted(g)
    if g.number_of_edges() < PURE_PYTHON_EDGES:
        return _principal_eigenvector_small(g, nodes)
    import numpy as np

    index = {x: i for i, x in enumerate(nodes)}
    n = len(nodes)
    pairs = [(index[a], index[b]) for a, b in g.edges()]
    src = np.array([a for a, b in pairs] + [b for a, b in pairs if a != b], dtype=np.int64)
    dst = np.array([b for a, b in pairs] + [a for a, b in pairs if a != b], dtype=np.int64)
    x = np.full(n, 1.0 / math.sqrt(n))
    for _ in range(1000):
        y = x + np.bincount(src, weights=x[dst], minlength=n)
        norm = float(np.linalg.norm(y))
        if norm == 0.0:
            raise ArithmeticError("zero vector")
        y /= norm
        if float(np.abs(y - x).sum()) < n * 1e-9:
            return dict(zip(nodes, y.tolist()))
        x = y
    raise nx.PowerIterationFailedConvergence(1000)


def _principal_eigenvector_small(g: nx.Graph, nodes: list) -> dict:
    """:func:`_principal_eigenvector` in plain Python, for graphs small enough that
    importing numpy (~70 ms) would cost more than the iteration."""
    n = len(nodes)
    nbrs = {x: [y for y in g[x] if y != x] for x in nodes}
    loops = {x for x in nodes if g.has_edge(x, x)}
    x = dict.fromkeys(nodes, 1.0 / math.sqrt(n))
    for _ in range(1000):
        y = {u: x[u] * (2.0 if u in loops else 1.0) + sum(x[w] for w in nbrs[u]) for u in nodes}
        norm = math.sqrt(sum(v * v for v in y.values()))
        if norm == 0.0:
            raise ArithmeticError("zero vector")
        y = {u: v / norm for u, v in y.items()}
        if sum(abs(y[u] - x[u]) for u in nodes) < n * 1e-9:
            return y
        x = y
    raise nx.PowerIterationFailedConvergence(1000)


def _ties(g: nx.Graph, groups: dict[str, list[str]]) -> nx.Graph:
    """Weighted projection: members of one group (a meeting) tied pairwise; weight = shared groups."""
    h = nx.Graph()
    for gid in sorted(groups):
        members = sorted(set(groups[gid]))
        h.add_nodes_from(members)
        for a, b in itertools.combinations(members, 2):
            if h.has_edge(a, b):
                h[a][b]["weight"] += 1
                h[a][b]["meetings"].append(gid)
            else:
                h.add_edge(a, b, weight=1, meetings=[gid])
    return h


def _tie_rows(g: nx.Graph, h: nx.Graph) -> list[dict]:
    rows = []
    for a, b, d in h.edges(data=True):
        a, b = sorted((a, b))
        rows.append({"a": a, "a_label": g.nodes[a].get("label", ""), "b": b, "b_label": g.nodes[b].get("label", ""),
                     "weight": d["weight"], "meetings": " ".join(sorted(d["meetings"]))})
    rows.sort(key=lambda r: (-r["weight"], r["a"], r["b"]))
    return rows


def _meeting_groups(g: nx.Graph, relation: str) -> dict[str, list[str]]:
    """For each meeting, the nodes tied to it by ``relation`` (its co-chairs, its attendees)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for a, b, d in g.edges(data=True):
        if d.get("relation") == relation:
            m, other = (a, b) if g.nodes[a]["kind"] == "meeting" else (b, a)
            groups[m].append(other)
    return groups


def cochair_network(g: nx.Graph) -> nx.Graph:
    """Parties tied by the meetings they co-chaired; weight = number of such meetings."""
    return _ties(g, _meeting_groups(g, "coChairedBy"))


def coattendance_network(g: nx.Graph) -> nx.Graph:
    """Officials tied by the meetings they attended together; weight = number of shared meetings."""
    return _ties(g, _meeting_groups(g, "attended"))


def series_table(g: nx.Graph) -> list[dict]:
    """Per series: meetings, rounds seen, first/last round and date, missing round numbers."""
    rows = []
    for s, d in sorted(g.nodes(data=True)):
        if d["kind"] != "series":
            continue
        meetings = [m for m in g.neighbors(s) if g.nodes[m]["kind"] == "meeting" and g[s][m].get("relation") == "inSeries"]
        numbers = sorted({int(g.nodes[m]["number"]) for m in meetings if str(g.nodes[m].get("number", "")).isdigit()})
        dates = sorted(g.nodes[m]["date"] for m in meetings if g.nodes[m].get("date"))
        gaps = sorted(set(range(numbers[0], numbers[-1] + 1)) - set(numbers)) if numbers else []
        rows.append({"series": s, "label": d.get("label", ""), "meetings": len(meetings), "rounds": len(numbers),
                     "first_round": numbers[0] if numbers else None, "last_round": numbers[-1] if numbers else None,
                     "first_date": dates[0] if dates else None, "last_date": dates[-1] if dates else None,
                     "numbers": ",".join(map(str, numbers)), "missing": ",".join(map(str, gaps)),
                     "missing_count": len(gaps)})
    rows.sort(key=lambda r: (r["label"], r["series"]))
    return rows


def _communities(g: nx.Graph) -> list[list[str]]:
    if g.number_of_edges() == 0:
        return [[n] for n in sorted(g)]
    comms = nx.community.louvain_communities(g, seed=SEED)
    return sorted((sorted(c) for c in comms), key=lambda c: (-len(c), c[0]))


#: the tie tables compute() made for a graph, reused by tables() (weakly held: the graph owns them)
_TIE_ROWS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def compute(g: nx.Graph) -> dict:
    """The metrics document; also sets ``degree``, ``degree_centrality``, ``betweenness``,
    ``eigenvector`` and ``community`` on every node of ``g``."""
    n = g.number_of_nodes()
    m = g.number_of_edges()                     # O(edges) each time networkx is asked
    nd = dict(g.nodes(data=True))               # node → its attributes (g.nodes[x] costs 10× a dict lookup)
    kinds = Counter(d["kind"] for d in nd.values())
    relations = Counter(d.get("relation", "") for _, _, d in g.edges(data=True))
    comps = sorted((len(c) for c in nx.connected_components(g)), reverse=True) if n else []

    degree = dict(g.degree())
    dc = nx.degree_centrality(g) if n > 1 else {x: 0.0 for x in g}
    # Releases are provenance leaves (one per file, tens of thousands in an archive):
    # path and eigenvector measures and communities are computed on the graph of
    # officials, meetings, series and parties, which they do not change in kind.
    core = induced(g, [x for x, d in nd.items() if d["kind"] != "release"])
    cn = core.number_of_nodes()
    bc, bc_info = _betweenness(core) if cn > 2 else ({x: 0.0 for x in core}, {"method": "exact"})
    ev, ev_info = _eigenvector(core) if cn else ({}, {"method": "none"})
    bc_info["graph"] = ev_info["graph"] = "officials, meetings, series and parties (releases left out: 0)"
    comms = _communities(core) if cn else []
    for i, c in enumerate(comms):
        for x in c:
            nd[x]["community"] = i
    for x, d in nd.items():
        if d["kind"] == "release":       # a release joins the community of the meeting it reports
            d["community"] = min((nd[y].get("community", -1) for y in g[x]), default=-1)
    for x, d in nd.items():
        d.update(degree=degree[x], degree_centrality=_r(dc[x]), betweenness=_r(bc.get(x, 0.0)),
                 eigenvector=_r(ev.get(x, 0.0)))
    by_kind = {kind: [x for x, d in nd.items() if d["kind"] == kind] for kind in ("official", "party", "meeting")}

    def top(metric: str) -> dict:
        out = {}
        for kind, nodes in by_kind.items():
            best = sorted(nodes, key=lambda x: (-nd[x][metric], x))[:TOP]
            out[kind] = [{"node": x, "label": nd[x].get("label", ""), "label_en": nd[x].get("label_en", ""),
                          "value": nd[x][metric]} for x in best]
        return out

    cc, ca = cochair_network(g), coattendance_network(g)
    cc_rows, ca_rows = _tie_rows(g, cc), _tie_rows(g, ca)
    _TIE_ROWS[g] = (n, m, {"cochair": cc_rows, "coattendance": ca_rows})

    def hub(x):
        return (-nd[x]["degree"], x)

    return {
        "summary": {
            "meaning": MEANINGS["summary"],
            "nodes": n, "edges": m,
            "by_kind": dict(sorted(kinds.items())), "by_relation": dict(sorted(relations.items())),
            "connected_components": len(comps), "largest_component": comps[0] if comps else 0,
        },
        "degree": {"meaning": MEANINGS["degree"], "top": top("degree")},
        "degree_centrality": {"meaning": MEANINGS["degree_centrality"], "top": top("degree_centrality")},
        "betweenness": {"meaning": MEANINGS["betweenness"], **bc_info, "top": top("betweenness")},
        "eigenvector": {"meaning": MEANINGS["eigenvector"], **ev_info, "top": top("eigenvector")},
        "cochair_network": {
            "meaning": MEANINGS["cochair_network"], "parties": cc.number_of_nodes(), "ties": cc.number_of_edges(),
            "strongest": [{k: r[k] for k in ("a", "a_label", "b", "b_label", "weight")} for r in cc_rows[:TOP]],
        },
        "coattendance_network": {
            "meaning": MEANINGS["coattendance_network"], "officials": ca.number_of_nodes(), "ties": ca.number_of_edges(),
            "strongest": [{k: r[k] for k in ("a", "a_label", "b", "b_label", "weight")} for r in ca_rows[:TOP]],
        },
        "communities": {
            "meaning": MEANINGS["communities"], "method": f"Louvain (seed {SEED})", "count": len(comms),
            "largest": [{"community": i, "size": len(c), "by_kind": dict(sorted(Counter(nd[x]["kind"] for x in c).items())),
                         "hubs": [nd[x].get("label", "") for x in sorted(c, key=hub)[:5]]}
                        for i, c in enumerate(comms[:TOP])],
        },
        "series": {"meaning": MEANINGS["series"], "rows": series_table(g)},
    }


# --------------------------------------------------------------------------- tables

NODE_COLUMNS = ("node", "kind", "label", "label_en", "degree", "degree_centrality", "betweenness", "eigenvector",
                "community", "date", "number", "country", "position")


def tables(g: nx.Graph, doc: dict | None = None) -> dict[str, tuple[list[str], list[list]]]:
    """CSV tables for pandas: ``{file name: (columns, rows)}``; run :func:`compute` first."""
    doc = doc if doc is not None else compute(g)
    nd = dict(g.nodes(data=True))
    nodes = sorted(nd, key=lambda x: (nd[x]["kind"], -nd[x].get("degree", 0), x))
    cols = NODE_COLUMNS[1:]
    out = {"nodes.csv": (list(NODE_COLUMNS), [[x, *[nd[x].get(c, "") for c in cols]] for x in nodes])}
    tie_cols = ["a", "a_label", "b", "b_label", "weight", "meetings"]
    known = _TIE_ROWS.get(g)
    ties = known[2] if known and known[:2] == (g.number_of_nodes(), g.number_of_edges()) else {
        "cochair": _tie_rows(g, cochair_network(g)), "coattendance": _tie_rows(g, coattendance_network(g))}
    out["cochair_ties.csv"] = (tie_cols, [[r[c] for c in tie_cols] for r in ties["cochair"]])
    out["coattendance_ties.csv"] = (tie_cols, [[r[c] for c in tie_cols] for r in ties["coattendance"]])
    srows = doc["series"]["rows"]
    scols = list(srows[0]) if srows else ["series", "label", "meetings", "rounds", "first_round", "last_round",
                                          "first_date", "last_date", "numbers", "missing", "missing_count"]
    out["series.csv"] = (scols, [[r[c] for c in scols] for r in srows])
    s = doc["summary"]
    out["summary.csv"] = (["metric", "value"],
                          [["nodes", s["nodes"]], ["edges", s["edges"]],
                           *([f"nodes_{k}", v] for k, v in s["by_kind"].items()),
                           *([f"edges_{k}", v] for k, v in s["by_relation"].items()),
                           ["connected_components", s["connected_components"]],
                           ["largest_component", s["largest_component"]],
                           ["communities", doc["communities"]["count"]]])
    out["meanings.csv"] = (["metric", "meaning"], [[k, v] for k, v in sorted(MEANINGS.items())])
    return out
