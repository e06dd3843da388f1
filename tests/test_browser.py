"""graph.html in a real headless Chromium, with every non-file request blocked.

Playwright drives the system Chromium (/usr/bin/chromium, or $KG_CHROMIUM); CI installs it
with apt. Screenshots: test-artifacts/graph.png always; docs/graph.png when missing or
with KG_UPDATE_DOCS=1 (the committed picture the README shows).
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
    page.wait_for_function("window.kgStabilized === true", timeout=60_000)
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
    docs = ROOT / "docs" / "graph.png"
    if not docs.exists() or os.environ.get("KG_UPDATE_DOCS") == "1":
        docs.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(docs))
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
    assert _hover_tooltip(page, rid).startswith(PAYLOAD)  # the text shows, as text
    assert page.evaluate("typeof window.__pwned") == "undefined"
    page.context.close()


def test_hostile_official_name_in_tooltip_and_menu(browser, tmp_path):
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
    page.locator("#select-menu .ts-control").click()
    page.locator("#select-menu .ts-dropdown .option").first.wait_for(state="visible", timeout=5_000)
    options = page.locator("#select-menu .ts-dropdown .option").all_inner_texts()
    assert any(o.startswith(PAYLOAD[:30]) for o in options), options
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert blocked == [] and problems == []
    page.context.close()
