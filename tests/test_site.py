"""out/site/: a static, offline page per official, meeting, series, party and release,
each fact with its full evidence, confidence and source release; release text escaped."""
from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from kg import site, view

from conftest import PAYLOAD, ROOT

SOM = "https://w3id.org/thai-mfa-kg/id/meeting/s0b574741b347-"


def _page(out, iri: str) -> str:
    return (out / "site" / site.page_path(iri)).read_text(encoding="utf-8")


def test_a_page_for_every_entity_and_none_loads_anything(seeds_out):
    from kg import query

    store = query.load(seeds_out / "kg.ttl")
    for cls in ("Official", "Meeting", "MeetingSeries", "Country", "PressRelease"):
        _, rows = query.run(f"SELECT ?x WHERE {{ ?x a mfa:{cls} }}", store=store)
        assert rows, cls
        for (x,) in rows:
            assert (seeds_out / "site" / site.page_path(str(x))).is_file(), (cls, x)
    pages = sorted((seeds_out / "site").rglob("*.html"))
    assert len(pages) == 1 + 11 + 10 + 7 + 7 + 5      # index, meetings, officials, series, countries, releases
    for p in pages:
        text = p.read_text(encoding="utf-8")
        assert view.unsafe_url(text) < 0 and "<script src" not in text, p
        assert re.findall(r"<link [^>]*>", text) == [f'<link rel="stylesheet" href="{"../" * (len(p.relative_to(seeds_out / "site").parts) - 1)}style.css">']
        for href in re.findall(r'href="([^"#]+)', text):   # (style.css included)                 # every link stays in the build
            target = (p.parent / href.replace("%25", "%")).resolve()
            assert target.is_file() and (seeds_out in target.parents), (p, href)


def test_meeting_page_shows_every_fact_with_its_evidence(seeds_out):
    page = _page(seeds_out, SOM + "18")
    assert "<h1>การประชุมเจ้าหน้าที่อาวุโสอาเซียน-รัสเซีย ครั้งที่ 18</h1>" in page
    assert "ผู้เข้าร่วม / attendees (4)" in page and "ประธาน / chairs (2)" in page
    assert "รัฐมนตรีช่วยว่าการกระทรวงการต่างประเทศรัสเซีย" in page       # an attendee's position
    # the co-chair sentence in full (the words that justify it), its confidence and its release
    assert re.search(r"รัสเซียเป็นประธานร่วม</blockquote>", page)
    assert re.search(r"confidence 0\.\d\d", page) and "000_5cf68c7f035a1530.txt" in page
    assert "2022-05-23" in page and "virtual" in page
    assert f'graph.html#{quote(SOM + "18", safe="")}' in page                  # opens the view on itself
    assert 'href="../series/s0b574741b347.html"' in page                       # links its neighbours


def test_official_party_and_series_pages(seeds_out, tmp_path):
    ru = _page(seeds_out, "https://w3id.org/thai-mfa-kg/id/country/RU")
    assert "meetings chaired (" in ru and "อิกอร์ มอร์กูลอฟ" in ru and "<svg" in ru
    person = next(p for p in (seeds_out / "site" / "person").glob("igor-morgulov-*.html"))
    text = person.read_text(encoding="utf-8")
    assert "Igor Morgulov" in text and "positions over time" in text and "ครั้งที่ 18" in text
    assert "countries met" in text and "กัมพูชา" in text                      # Cambodia's official was there
    # a series with a round no release reports: the gap is shown
    import kg

    src = tmp_path / "in"
    src.mkdir()
    seed = (ROOT / "seeds" / "000_5cf68c7f035a1530.txt").read_text(encoding="utf-8")
    (src / "a.txt").write_text(seed, encoding="utf-8")
    (src / "b.txt").write_text(seed.replace("ครั้งที่ ๑๘", "ครั้งที่ ๑๕").replace("๒๓ พฤษภาคม ๒๕๖๕", "๒๓ พฤษภาคม ๒๕๖๒"),
                               encoding="utf-8")
    kg.build([src], out=tmp_path / "out", progress=False)
    (series,) = (tmp_path / "out" / "site" / "series").glob("*.html")
    text = series.read_text(encoding="utf-8")
    assert "missing numbers: 16, 17" in text and text.count('class="missing"><td>') == 2


def test_release_text_is_escaped_everywhere(xss_out):
    for p in sorted((xss_out / "site").rglob("*.html")):
        text = p.read_text(encoding="utf-8")
        assert "<script>window.__pwned" not in text and "<img src=x" not in text, p
    index = (xss_out / "site" / "index.html").read_text(encoding="utf-8")
    block = re.search(r'id="entries">(.*?)</script>', index, re.S).group(1)
    assert "<" not in block and "&" not in block
    assert "&#34;&gt;&lt;script&gt;window.__pwned=1" in index


@pytest.mark.parametrize("iri", ["https://w3id.org/thai-mfa-kg/id/person/x", "https://w3id.org/thai-mfa-kg/id/meeting/y"])
def test_page_path_is_the_iris_own_path(iri):
    assert site.page_path(iri) == iri.split("/id/", 1)[1] + ".html"
    assert site.page_path("https://example.org/x") is None


def test_pages_follow_the_iris_kept_from_earlier_builds(tmp_path):
    """Series and meetings published before under other IRIs (kept in iri-map.json) get
    their pages at the kept IRIs: the site must ask the RDF stage for the stable IRI."""
    import json

    import kg

    out = tmp_path / "out"
    kg.build([ROOT / "seeds"], out=out, progress=False)
    ids = out / "iri-map.json"
    state = json.loads(ids.read_text(encoding="utf-8"))
    for kind in ("series", "meeting"):
        state["atoms"][kind] = {k: v[:-1] + "-old>" for k, v in state["atoms"][kind].items()}
    ids.write_text(json.dumps(state), encoding="utf-8")
    kg.build([ROOT / "seeds"], out=out, progress=False, cache=False)
    from kg import query

    store = query.load(out / "kg.ttl")
    for cls in ("Meeting", "MeetingSeries"):
        _, rows = query.run(f"SELECT ?x WHERE {{ ?x a mfa:{cls} }}", store=store)
        assert rows and all(str(x).endswith("-old>") or str(x).endswith("-old") for (x,) in rows), cls
        for (x,) in rows:
            assert (out / "site" / site.page_path(str(x))).is_file(), (cls, x)


def _site_files(out) -> dict[str, bytes]:
    return {str(p.relative_to(out / "site")): p.read_bytes() for p in sorted((out / "site").rglob("*")) if p.is_file()}


def test_a_rebuild_renders_only_the_pages_whose_data_changed_and_equals_a_clean_build(tmp_path, monkeypatch):
    """kg.site.write's page keys: after one release changes, a rebuild with the cache
    renders only the pages whose data changed, and site/ is byte-identical to a clean
    build's. The same comparison catches a key that misses a change (last part)."""
    import shutil

    import jinja2

    from kg.build import build

    src = tmp_path / "src"
    shutil.copytree(ROOT / "tests" / "corpus", src)
    out = tmp_path / "out"
    build([src], out=out, progress=False)
    release = src / "h03_asean_eu_ministerial_21.txt"
    said = release.read_text(encoding="utf-8")
    assert said.count("13-14 ตุลาคม 2559") == 1
    release.write_text(said.replace("13-14 ตุลาคม 2559", "15-16 ตุลาคม 2559"), encoding="utf-8")
    clean = tmp_path / "clean"                  # a clean build from the same IRIs published so far
    shutil.copytree(out, clean, symlinks=True)

    rendered: list[str] = []
    real = jinja2.Template.render

    def counted(self, *a, **k):
        rendered.append(self.name)
        return real(self, *a, **k)

    monkeypatch.setattr(jinja2.Template, "render", counted)
    build([src], out=out, progress=False)
    monkeypatch.setattr(jinja2.Template, "render", real)
    build([src], out=clean, progress=False, cache=False)
    got, want = _site_files(out), _site_files(clean)
    assert got == want
    changed = [p for p, text in got.items() if p.startswith("meeting/") and "2016-10-15" in text.decode()]
    assert changed, "the changed date is on its meeting's page"
    pages = sum(1 for p in got if p.endswith(".html"))
    assert 0 < len(rendered) < pages / 2, (len(rendered), pages)       # most pages kept, not rendered again
    assert "meeting.html" in rendered and "index.html" in rendered
    assert not (out / site.KEYS_FILE).exists()                        # in the generation, not an output

    # a key blind to the pages' data: the changed release's pages are wrongly kept, and the
    # comparison with a clean build says so
    monkeypatch.setattr(site, "_page_key", lambda template, values: "blind")
    release.write_text(said, encoding="utf-8")
    build([src], out=out, progress=False)                             # records the blind keys
    release.write_text(said.replace("13-14 ตุลาคม 2559", "15-16 ตุลาคม 2559"), encoding="utf-8")
    clean2 = tmp_path / "clean2"
    shutil.copytree(out, clean2, symlinks=True)
    build([src], out=out, progress=False)
    build([src], out=clean2, progress=False, cache=False)
    assert _site_files(out) != _site_files(clean2)
