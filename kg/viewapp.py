"""The graph view's app: search, detail panel, legend filters, date range, ego view.

One static script (no release text in it: the data come from the page's JSON block,
``#kg-data``, written by :func:`kg.view.render`). Everything it shows from the data is
set with ``textContent``, never ``innerHTML``, so release text stays text. It works on
the vis-network ``network`` and the ``nodes``/``edges`` DataSets pyvis's page defines,
and exposes ``window.kg`` (goTo, showPanel, egoView, setRange, showAll) for tests and
for anyone scripting the page.
"""

APP_JS = r"""
(function () {
  "use strict";
  var KG = JSON.parse(document.getElementById("kg-data").textContent);
  var net = window.kgNetwork || network, N = nodes, E = edges;
  var PANEL_OFFSET = 200;  // half the panel's width (CSS: #kg-panel)
  var kindOn = {}, relOn = {}, ego = null, range = KG.months ? KG.months.slice() : null, lastFont = 0;
  KG.kinds.forEach(function (k) { kindOn[k] = k !== "release"; });
  Object.keys(KG.relations).forEach(function (r) { relOn[r] = true; });
  var adj = {};
  KG.ties.forEach(function (t, i) { (adj[t[0]] = adj[t[0]] || []).push(i); (adj[t[1]] = adj[t[1]] || []).push(i); });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function fmtMonth(m) { var y = Math.floor(m / 12), mo = m % 12 + 1; return y + "-" + (mo < 10 ? "0" : "") + mo; }
  function visible(id) {
    var n = KG.nodes[id];
    if (!n || !kindOn[n.k]) return false;
    if (range && n.t && (n.t[1] < range[0] || n.t[0] > range[1])) return false;
    return !(ego && !ego.has(id));
  }
  function apply() {
    var nu = [], eu = [];
    N.forEach(function (n) { var h = !visible(n.id); if (!!n.hidden !== h) nu.push({id: n.id, hidden: h, physics: !h}); });
    if (nu.length) N.update(nu);
    E.forEach(function (e) { var h = !relOn[e.relation]; if (!!e.hidden !== h) eu.push({id: e.id, hidden: h}); });
    if (eu.length) E.update(eu);
    window.kgVisible = N.get({filter: function (n) { return !n.hidden; }}).length;
    return nu.length;
  }
  function shownIds() { return N.getIds({filter: function (n) { return !n.hidden; }}); }
  function relabel() {
    var f = Math.max(KG.font, KG.labelPx / net.getScale());
    if (Math.abs(f - lastFont) < 0.5) return;
    lastFont = f;
    N.update(KG.top.map(function (id) { return {id: id, font: {size: f}}; }));
  }
  function relayout() {
    net.setOptions({physics: {enabled: true}});
    net.once("stabilizationIterationsDone", function () {
      net.setOptions({physics: {enabled: false}});
      net.fit({nodes: shownIds(), animation: false});
      relabel();
      window.kgLayouts = (window.kgLayouts || 0) + 1;
    });
    net.stabilize(150);
  }

  // ---------------------------------------------------------------- detail panel
  function tieLine(t, id) {
    var other = t[0] === id ? t[1] : t[0], o = KG.nodes[other] || {l: other, f: []};
    var li = el("li"), name = el("span", o.v ? "go" : "", o.l);
    if (o.v) name.addEventListener("click", function () { goTo(other); });
    li.appendChild(name);
    var extra = (o.f || []).filter(function (f) { return f[0] === "position" || f[0] === "date" || f[0] === "country"; })
                           .map(function (f) { return f[1]; });
    if (extra.length) li.appendChild(el("span", "kind", " — " + extra.join(" · ")));
    if (t[4] !== null && t[4] !== undefined) {
      var doubt = t[4] < KG.doubtful;
      li.appendChild(el("span", "conf" + (doubt ? " doubtful" : ""), (doubt ? "? " : "") + "confidence " + t[4].toFixed(2)));
    }
    if (t[3]) li.appendChild(el("blockquote", "evidence", t[3]));
    return li;
  }
  function sortKey(id) { var o = KG.nodes[id] || {}; return (o.t ? String(100000 + o.t[0]) : "~") + (o.l || id); }
  function showPanel(id) {
    var n = KG.nodes[id], p = document.getElementById("kg-panel");
    if (!n) return;
    p.replaceChildren();
    p.hidden = false;
    p.dataset.node = id;
    p.appendChild(el("h2", "", n.l));
    if (n.e) p.appendChild(el("div", "", n.e));
    p.appendChild(el("div", "kind", KG.classes[n.k].join(" / ")));
    var bar = el("div", "bar"), egoB = el("button", "btn", "เฉพาะรอบตัว / ego view"), close = el("button", "btn", "ปิด / close");
    egoB.id = "kg-ego";
    egoB.addEventListener("click", function () { egoView(id); });
    close.addEventListener("click", function () { p.hidden = true; net.unselectAll(); });
    bar.appendChild(egoB); bar.appendChild(close); p.appendChild(bar);
    if (KG.site && id.indexOf(KG.site.base) === 0) {
      // the entity's own page, with every statement and its source (kg.site)
      var page = el("a", "btn", "หน้าข้อมูล / entity page");
      page.id = "kg-page";
      page.setAttribute("href", KG.site.dir + id.slice(KG.site.base.length).split("/").map(encodeURIComponent).join("/") + ".html");
      bar.appendChild(page);
    }
    if (n.f.length) {
      var dl = el("dl");
      n.f.forEach(function (f) { dl.appendChild(el("dt", "", f[0])); dl.appendChild(el("dd", "", f[1])); });
      p.appendChild(dl);
    }
    var groups = {};
    (adj[id] || []).forEach(function (i) {
      var t = KG.ties[i], key = t[2] + (t[0] === id ? ">" : "<");
      (groups[key] = groups[key] || []).push(t);
    });
    Object.keys(groups).sort().forEach(function (key) {
      var rel = key.slice(0, -1), out = key.slice(-1) === ">", ts = groups[key];
      var head = (KG.headings[rel] || [rel, rel])[out ? 0 : 1];
      var sec = el("section");
      sec.dataset.relation = rel; sec.dataset.dir = out ? "out" : "in";
      sec.appendChild(el("h3", "", head + " (" + ts.length + ")"));
      var ul = el("ul");
      ts.sort(function (a, b) {
        var x = sortKey(a[0] === id ? a[1] : a[0]), y = sortKey(b[0] === id ? b[1] : b[0]);
        return x < y ? -1 : x > y ? 1 : 0;
      }).forEach(function (t) { ul.appendChild(tieLine(t, id)); });
      sec.appendChild(ul);
      p.appendChild(sec);
    });
    if (KG.more[id]) p.appendChild(el("p", "kind", "… and " + KG.more[id] + " more ties to nodes left out of this view (kg query evidence)"));
    p.appendChild(el("div", "iri", id));
  }

  // ---------------------------------------------------------------- search and focus
  function norm(s) {
    return String(s).toLowerCase().replace(/[\u0E50-\u0E59]/g, function (d) { return String(d.charCodeAt(0) - 0x0E50); })
                    .replace(/\s+/g, " ").trim();
  }
  var index = Object.keys(KG.nodes).filter(function (id) { return KG.nodes[id].v; }).map(function (id) {
    var n = KG.nodes[id];
    return [id, norm([n.l, n.e || "", n.s || ""].join(" "))];
  });
  function goTo(id) {
    var n = N.get(id);
    if (!n) return;
    if (n.hidden) { N.update({id: id, hidden: false, physics: true}); }
    net.selectNodes([id]);
    var scale = Math.max(1.5, net.getScale());
    // the panel covers the right of the canvas: centre the node in what stays visible
    net.focus(id, {scale: scale, offset: {x: -PANEL_OFFSET, y: 0}, animation: {duration: 300, easingFunction: "easeInOutQuad"}});
    window.kgFocused = id;
    showPanel(id);
    setTimeout(relabel, 350);
  }
  var box = document.getElementById("kg-search"), list = document.getElementById("kg-results");
  function results() {
    var q = norm(box.value);
    list.replaceChildren();
    if (!q) return [];
    var hits = index.filter(function (x) { return x[1].indexOf(q) >= 0; }).slice(0, 30);
    hits.forEach(function (x, i) {
      var n = KG.nodes[x[0]], li = el("li", i === 0 ? "on" : "", n.l);
      li.setAttribute("role", "option");
      li.dataset.node = x[0];
      li.appendChild(el("small", "", KG.classes[n.k][1]));
      li.addEventListener("click", function () { list.replaceChildren(); goTo(x[0]); });
      list.appendChild(li);
    });
    return hits;
  }
  box.addEventListener("input", results);
  box.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var h = results(); if (h.length) { list.replaceChildren(); goTo(h[0][0]); } }
    if (ev.key === "Escape") list.replaceChildren();
  });

  // ---------------------------------------------------------------- legend, dates, ego
  function egoView(id) {
    ego = new Set([id]);
    (adj[id] || []).forEach(function (i) { ego.add(KG.ties[i][0]); ego.add(KG.ties[i][1]); });
    if (!kindOn[KG.nodes[id].k]) { kindOn[KG.nodes[id].k] = true; syncLegend(); }
    apply();
    relayout();
  }
  function showAll() { ego = null; apply(); relayout(); }
  function syncLegend() {
    document.querySelectorAll("#kg-legend .kg-kind").forEach(function (b) { b.setAttribute("aria-pressed", String(kindOn[b.dataset.class])); });
  }
  document.querySelectorAll("#kg-legend .kg-kind").forEach(function (b) {
    b.addEventListener("click", function () {
      var k = b.dataset.class;
      kindOn[k] = !kindOn[k];
      b.setAttribute("aria-pressed", String(kindOn[k]));
      if (apply() && kindOn[k]) relayout();
    });
  });
  document.querySelectorAll("#kg-legend .kg-rel").forEach(function (b) {
    b.addEventListener("click", function () {
      var r = b.dataset.relation;
      relOn[r] = !relOn[r];
      b.setAttribute("aria-pressed", String(relOn[r]));
      apply();
    });
  });
  document.getElementById("kg-all").addEventListener("click", showAll);
  var from = document.getElementById("kg-from"), to = document.getElementById("kg-to"), out = document.getElementById("kg-range");
  function setRange(a, b) {
    if (!KG.months) return;
    a = Math.max(KG.months[0], Math.min(a, KG.months[1]));
    b = Math.max(KG.months[0], Math.min(b, KG.months[1]));
    if (a > b) { var c = a; a = b; b = c; }
    range = [a, b];
    from.value = a; to.value = b;
    out.textContent = fmtMonth(a) + " – " + fmtMonth(b);
    apply();
  }
  if (KG.months) {
    [from, to].forEach(function (r) { r.min = KG.months[0]; r.max = KG.months[1]; r.step = 1; });
    from.value = KG.months[0]; to.value = KG.months[1];
    out.textContent = fmtMonth(KG.months[0]) + " – " + fmtMonth(KG.months[1]);
    [from, to].forEach(function (r) { r.addEventListener("input", function () { setRange(+from.value, +to.value); }); });
  } else {
    document.getElementById("kg-dates").hidden = true;
  }

  net.on("click", function (params) {
    if (params.nodes.length) showPanel(params.nodes[0]);
  });
  net.on("zoom", relabel);
  function ready() {
    relabel();
    // graph.html#IRI (an entity page's "open in the graph view"): focus that node
    var wanted = decodeURIComponent(location.hash.slice(1));
    if (wanted && KG.nodes[wanted] && KG.nodes[wanted].v) goTo(wanted);
    window.kgReady = true;
  }
  if (window.kgStabilized) ready(); else net.once("stabilizationIterationsDone", function () { setTimeout(ready, 0); });
  apply();
  window.kg = {goTo: goTo, showPanel: showPanel, egoView: egoView, setRange: setRange, showAll: showAll, data: KG};
})();
"""
