#!/usr/bin/env python3
"""Make the README's pictures: docs/graph.png (the seeds' graph view, a meeting searched
and its panel open) and docs/meeting.png (that meeting's entity page).

    PYTHONPATH=. python docs/screenshots.py

Builds the seeds into a temporary folder and drives the system Chromium with Playwright
(/usr/bin/chromium, or $KG_CHROMIUM), offline: every non-file request is refused.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

MEETING = "https://w3id.org/thai-mfa-kg/id/meeting/s0b574741b347-18"
SEARCH = "ครั้งที่ 18"
VIEWPORT = {"width": 1400, "height": 1000}


def main() -> int:
    import kg
    from kg import site
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    with tempfile.TemporaryDirectory(prefix="kg-shots-") as tmp:
        out = Path(tmp) / "out"
        kg.build(None, out=out, progress=False)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
            ctx = browser.new_context(viewport=VIEWPORT)
            ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            page = ctx.new_page()
            page.goto((out / "graph.html").as_uri())
            page.wait_for_function("window.kgReady === true", timeout=60_000)
            page.fill("#kg-search", SEARCH)
            page.press("#kg-search", "Enter")
            page.wait_for_timeout(1_000)
            page.screenshot(path=str(ROOT / "docs" / "graph.png"))
            page.goto((out / "site" / site.page_path(MEETING)).as_uri())
            page.screenshot(path=str(ROOT / "docs" / "meeting.png"))
            browser.close()
    print("docs/graph.png docs/meeting.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
