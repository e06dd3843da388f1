"""graph.html in a real headless Chromium, with every non-file request blocked.

Playwright drives the system Chromium (/usr/bin/chromium, or $KG_CHROMIUM); CI installs it
with apt; all tests share one browser. Screenshot: test-artifacts/graph.png; the README's
pictures are made by docs/screenshots.py.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from conftest import PAYLOAD, ROOT

CHROMIUM = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), f"no Chromium at {CHROMIUM}: apt-get install -y chromium fonts-thai-tlwg"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


def open_page(browser, html: Path):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    blocked, problems = [], []

    def route(r):
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    ctx.route("**/*", route)
    page = ctx.new_page()
    page.on("console", lambda m: problems.append(f"console.{m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
    page.goto(html.resolve().as_uri())
    page.wait_for_function("window.kgStabilized === true && window.kgReady === true", timeout=60_000)
    return page, blocked, problems


def test_seeds_graph_draws_offline(browser, seeds_out):
    summary = json.loads((seeds_out / "metrics.json").read_text(encoding="utf-8"))["summary"]
    page, blocked, problems = open_page(browser, seeds_out / "graph.html")
    assert page.evaluate("network.body.data.nodes.length") == summary["nodes"]
    assert page.evaluate("network.body.data.edges.length") == summary["edges"]
    assert page.evaluate("Object.keys(network.body.nodes).length") >= summary["nodes"]  # drawn, not only loaded
    assert page.evaluate("network.physics.options.enabled") is False  # physics stopped after stabilisation
    assert blocked == [] and problems == []
    assert "รัสเซีย" in page.evaluate("network.body.data.nodes.get('https://w3id.org/thai-mfa-kg/id/country/RU').label")
    assert page.locator("#kg-legend").inner_text().startswith("เจ้าหน้าที่ / official")
    # the canvas is painted: many distinct colours, not a blank box
    colours = page.evaluate("""() => { const c = document.querySelector('#mynetwork canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; const s = new Set();
        for (let i = 0; i < d.length; i += 4 * 97) s.add(d[i] + ',' + d[i+1] + ',' + d[i+2]); return s.size; }""")
    assert colours > 10
    out = ROOT / "test-artifacts"
    out.mkdir(exist_ok=True)
    page.screenshot(path=str(out / "graph.png"))
    page.context.close()


def _hover_tooltip(page, node_id: str) -> str:
    page.evaluate(f"network.focus({json.dumps(node_id)}, {{scale: 1.5}})")
    pos = page.evaluate(f"network.canvasToDOM(network.getPosition({json.dumps(node_id)}))")
    box = page.locator("#mynetwork canvas").bounding_box()
    page.mouse.move(box["x"] + pos["x"] + 1, box["y"] + pos["y"] + 1)
    page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
    tip = page.locator("div.vis-tooltip")
    tip.wait_for(state="visible", timeout=5_000)
    return tip.inner_text()


def test_hostile_release_runs_nothing_and_shows_text(browser, xss_out):
    page, blocked, problems = open_page(browser, xss_out / "graph.html")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert blocked == [] and problems == []
    rid = page.evaluate("network.body.data.nodes.getIds().find(i => i.endsWith('/release/xss_release'))")
    assert rid
    page.locator('#kg-legend button[data-class="release"]').click()     # releases are hidden until asked
    page.wait_for_function("window.kgLayouts >= 1", timeout=10_000)
    assert _hover_tooltip(page, rid).startswith(PAYLOAD)  # the text shows, as text
    assert page.evaluate("typeof window.__pwned") == "undefined"
    page.context.close()


def test_hostile_official_name_in_tooltip_search_and_panel(browser, tmp_path):
    import networkx as nx

    from kg import metrics, view

    g = nx.Graph()
    g.add_node("urn:o", kind="official", label=PAYLOAD, position="</script><script>window.__pwned=3</script>")
    g.add_node("urn:m", kind="meeting", label="การประชุม", date="2024-01-01")
    g.add_edge("urn:o", "urn:m", relation="attended", evidence='<img src=x onerror="window.__pwned=4">')
    metrics.compute(g)
    html = tmp_path / "graph.html"
    html.write_text(view.render(g), encoding="utf-8")
    page, blocked, problems = open_page(browser, html)
    assert page.evaluate("network.body.data.nodes.length") == 2
    tip = _hover_tooltip(page, "urn:o")
    assert tip.startswith(PAYLOAD) and "</script><script>window.__pwned=3</script>" in tip
    page.fill("#kg-search", PAYLOAD[:20])                 # the search lists it, as text
    options = page.locator("#kg-results li").all_inner_texts()
    assert any(o.startswith(PAYLOAD[:30]) for o in options), options
    page.locator("#kg-results li").first.click()
    page.locator("#kg-panel h2").wait_for(state="visible", timeout=5_000)
    assert page.locator("#kg-panel h2").inner_text() == PAYLOAD         # the panel too
    assert "</script><script>window.__pwned=3</script>" in page.locator("#kg-panel").inner_text()
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert blocked == [] and problems == []
    page.context.close()


SOM = "https://w3id.org/thai-mfa-kg/id/meeting/s0b574741b347-"


def _screen_pos(page, node_id: str) -> dict:
    pos = page.evaluate(f"network.canvasToDOM(network.getPosition({json.dumps(node_id)}))")
    box = page.locator("#mynetwork canvas").bounding_box()
    return {"x": box["x"] + pos["x"], "y": box["y"] + pos["y"], "box": box}


def test_search_zooms_click_opens_panel_with_attendees_and_evidence(browser, seeds_out):
    page, blocked, problems = open_page(browser, seeds_out / "graph.html")
    scale0 = page.evaluate("network.getScale()")
    page.fill("#kg-search", "ครั้งที่ 18")                  # a full label's words, lost when labels were cut
    hits = page.locator("#kg-results li").all_inner_texts()
    assert any(h.startswith("การประชุมเจ้าหน้าที่อาวุโสอาเซียน-รัสเซีย ครั้งที่ 18") for h in hits), hits
    page.press("#kg-search", "Enter")
    page.wait_for_function("network.getScale() >= 1.45", timeout=5_000)    # zoomed in ...
    page.wait_for_timeout(400)                                             # ... the animation over
    assert page.evaluate("network.getScale()") > scale0
    at = _screen_pos(page, SOM + "18")                                     # ... onto the result, left of the panel
    box = at["box"]
    assert box["x"] < at["x"] < box["x"] + box["width"] - 400 and box["y"] < at["y"] < box["y"] + box["height"]
    assert page.locator("#kg-panel").get_attribute("data-node") == SOM + "18"

    # close the panel, then click a meeting on the canvas like a person does
    page.locator("#kg-panel button", has_text="close").click()
    page.evaluate(f"network.moveTo({{position: network.getPosition({json.dumps(SOM + '17')}), scale: 1.5}})")
    at = _screen_pos(page, SOM + "17")
    page.mouse.click(at["x"], at["y"])
    panel = page.locator("#kg-panel")
    panel.wait_for(state="visible", timeout=5_000)
    assert panel.get_attribute("data-node") == SOM + "17"
    attendees = panel.locator('section[data-relation="attended"][data-dir="in"] li')
    assert attendees.count() == 1 and "ชุตินทร คงศักดิ์" in attendees.first.inner_text()
    chairs = panel.locator('section[data-relation="coChairedBy"][data-dir="out"] li')
    assert chairs.count() == 2
    (ru,) = [chairs.nth(i).locator("blockquote.evidence") for i in range(2)
             if chairs.nth(i).inner_text().startswith("รัสเซีย")]
    evidence = ru.inner_text()
    assert evidence.rstrip(" .").endswith("รัสเซียเป็นประธานร่วม") and len(evidence) > 300   # whole, not cut at 300
    assert ru.evaluate("e => getComputedStyle(e).userSelect") == "text"                # selectable, to copy
    href = panel.locator("#kg-page").get_attribute("href")                             # and its entity page
    assert href.startswith("site/") and (seeds_out / href).is_file(), href
    page.locator("#kg-panel button", has_text="ego view").click()            # the ego view: its neighbours only
    page.wait_for_function("window.kgLayouts >= 1", timeout=10_000)
    visible = set(page.evaluate("network.body.data.nodes.getIds({filter: n => !n.hidden})"))
    assert SOM + "17" in visible and SOM + "18" not in visible and len(visible) == 5  # 1 attendee, 2 chairs, series
    page.locator("#kg-all").click()
    page.wait_for_function("window.kgLayouts >= 2", timeout=10_000)
    assert page.evaluate("window.kgVisible") == page.evaluate(
        "network.body.data.nodes.get({filter: n => n.kind !== 'release'}).length")
    assert blocked == [] and problems == []
    page.context.close()


def test_date_slider_and_legend_filter_nodes(browser, seeds_out):
    page, blocked, problems = open_page(browser, seeds_out / "graph.html")
    releases = "network.body.data.nodes.get({filter: n => n.kind === 'release'})"
    assert page.evaluate(f"{releases}.every(n => n.hidden)")             # hidden by default ...
    page.locator('#kg-legend button[data-class="release"]').click()        # ... and the legend brings them back
    assert page.evaluate(f"{releases}.every(n => !n.hidden)")
    page.locator('#kg-legend button[data-class="release"]').click()
    before = page.evaluate("window.kgVisible")
    # drag the "from" handle to January 2022, as the slider's own input event does
    page.locator("#kg-from").evaluate("(r, v) => { r.value = v; r.dispatchEvent(new Event('input')); }", 2022 * 12)
    assert page.locator("#kg-range").inner_text().startswith("2022-01")
    shown = page.evaluate("network.body.data.nodes.get({filter: n => !n.hidden}).map(n => n.id)")
    assert SOM + "18" in shown and SOM + "17" not in shown                 # May 2022 stays, January 2021 goes
    assert page.evaluate("window.kgVisible") < before
    page.locator('#kg-legend button[data-relation="coChairedBy"]').click()  # relation kinds filter too
    assert page.evaluate("network.body.data.edges.get({filter: e => e.relation === 'coChairedBy'}).every(e => e.hidden)")
    assert blocked == [] and problems == []
    page.context.close()


def test_synthetic_2000_draws_fast_with_labels_and_distinct_meetings(browser, tmp_path_factory):
    """The 2,000-release synthetic corpus: drawn in ≤ 10 s, the most central nodes
    labelled at the default zoom, no two meetings sharing a label unless series, number
    and year coincide."""
    import sys
    import time

    import kg

    sys.path.insert(0, str(ROOT / "bench"))
    import synth

    base = tmp_path_factory.mktemp("synth2k")
    synth.generate(2000, base, seed=7)
    kg.build([base / "releases"], out=base / "out", progress=False)
    t0 = time.monotonic()
    page, blocked, problems = open_page(browser, base / "out" / "graph.html")
    drawn = time.monotonic() - t0
    assert drawn <= 10.0, drawn
    assert blocked == [] and problems == []
    # vis-network draws no label smaller than 5 screen pixels (drawThreshold)
    sizes = page.evaluate("kg.data.top.map(id => network.body.nodes[id].options.font.size * network.getScale())")
    assert len(sizes) >= 30 and min(sizes) >= 12, sizes
    meetings = page.evaluate("""network.body.data.nodes.get({filter: n => n.kind === 'meeting'})
        .map(n => [n.label, kg.data.nodes[n.id].l, (kg.data.nodes[n.id].f.find(f => f[0] === 'date') || [0, ''])[1]])""")
    assert len(meetings) > 300
    by_label: dict = {}
    for label, full, date in meetings:
        by_label.setdefault(label, set()).add((full, date[:4]))
    shared = {k: v for k, v in by_label.items() if len(v) > 1}
    assert shared == {}
    page.context.close()


def test_entity_page_search_leads_to_the_right_page_and_the_graph(browser, seeds_out):
    ctx = browser.new_context(viewport={"width": 1200, "height": 900})
    blocked = []
    ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else (blocked.append(r.request.url), r.abort()))
    page = ctx.new_page()
    page.goto((seeds_out / "site" / "index.html").resolve().as_uri())
    page.fill("#q", "igor morgulov")                        # an altLabel in the other script, any case
    hits = page.locator("#hits li a")
    assert hits.count() == 1 and hits.first.inner_text() == "อิกอร์ มอร์กูลอฟ"
    hits.first.click()
    page.wait_for_load_state()
    assert "/site/person/igor-morgulov-" in page.url and page.locator("h1").inner_text() == "อิกอร์ มอร์กูลอฟ"
    page.locator("a", has_text="open in the graph view").click()        # the view, focused on him
    page.wait_for_function("window.kgReady === true && window.kgFocused !== undefined", timeout=60_000)
    assert page.evaluate("window.kgFocused").startswith("https://w3id.org/thai-mfa-kg/id/person/igor-morgulov-")
    assert page.locator("#kg-panel h2").inner_text() == "อิกอร์ มอร์กูลอฟ"
    assert blocked == []
    ctx.close()
