"""Shared fixtures. Add yours; do not remove others'."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

ROOT = Path(__file__).resolve().parent.parent
PAYLOAD = '"><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'


@pytest.fixture(scope="session")
def seeds_out(tmp_path_factory) -> Path:
    """The seeds built once per session (kg.ttl, metrics.json, graph.html, exports)."""
    import kg

    out = tmp_path_factory.mktemp("seeds") / "out"
    kg.build(None, out=out, progress=False)
    return out


@pytest.fixture(scope="session")
def xss_out(tmp_path_factory) -> Path:
    """A build of one release whose title and official's name are an HTML/JS injection payload."""
    import kg

    base = tmp_path_factory.mktemp("xss")
    src = (ROOT / "seeds" / "000_5cf68c7f035a1530.txt").read_text(encoding="utf-8")
    lines = src.splitlines()
    lines[0] = PAYLOAD + " " + lines[0]
    text = "\n".join(lines).replace("ธานี ทองภักดี", PAYLOAD)
    (base / "in").mkdir()
    (base / "in" / "xss_release.txt").write_text(text, encoding="utf-8")
    kg.build([base / "in"], out=base / "out", progress=False)
    return base / "out"
