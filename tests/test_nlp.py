"""The spaCy view of a release: the extractor's spans as entities, rendered safely."""
from __future__ import annotations

from pathlib import Path

import kg
from kg import nlp
from kg.model import Release

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_5cf68c7f035a1530.txt"


def test_entities_of_a_seed_release():
    ents = {(label, text) for text, label in ((e.text, e.label_) for e in nlp.to_doc(kg.read_release(SEED)).ents)}
    assert ("PERSON", "นายธานี ทองภักดี") in ents or ("PERSON", "ธานี ทองภักดี") in ents
    assert ("POSITION", "ปลัดกระทรวงการต่างประเทศ") in ents
    assert ("MEETING", "การประชุมเจ้าหน้าที่อาวุโสอาเซียน-รัสเซีย ครั้งที่ ๑๘") in ents
    assert ("DATE", "๒๓ พฤษภาคม ๒๕๖๕") in ents
    assert any(label == "PARTY" for label, _ in ents)


def test_spans_do_not_overlap_and_stay_inside_the_text():
    r = kg.read_release(SEED)
    spans = nlp.entities(r)
    n = len(r.title) + 1 + len(r.body)
    assert all(0 <= s < e <= n for s, e, _ in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_render_escapes_release_text():
    r = Release(id="x", path="x.txt", title="<script>alert(1)</script>",
                body="เมื่อวันที่ 5 มีนาคม 2566 นายธานี ทองภักดี ปลัดกระทรวงการต่างประเทศ เข้าร่วมการประชุมเจ้าหน้าที่อาวุโสอาเซียน-จีน ครั้งที่ 3")
    html = nlp.render(r)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "ธานี" in html and "MEETING" in html
