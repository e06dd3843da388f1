"""Resolution across releases: one official, one meeting, one series."""
from __future__ import annotations

from kg.model import Attendance, Extraction, Meeting, PartialDate, Person, Release
from kg.resolve import phonetic_skeleton, resolve


def _ex(rid: str, *people: Person, series="การประชุมเจ้าหน้าที่อาวุโสอาเซียน-รัสเซีย", number=18) -> Extraction:
    m = Meeting(label=series, series=series, release_id=rid, number=number, start=PartialDate(2022, 5, 23),
                attendances=tuple(Attendance(p) for p in people), primary=True)
    return Extraction(Release(id=rid, path=f"{rid}.txt", title="t", body=""), (m,))


def test_cross_script_names_are_one_official():
    assert phonetic_skeleton("Igor Morgulov") == phonetic_skeleton("อิกอร์ มอร์กูลอฟ")
    res = resolve([_ex("a", Person("อิกอร์ มอร์กูลอฟ", "นาย", "รัฐมนตรีช่วยว่าการกระทรวงการต่างประเทศรัสเซีย", "RU")),
                   _ex("b", Person("Igor Morgulov", "นาย", "รัฐมนตรีช่วยว่าการกระทรวงการต่างประเทศรัสเซีย", "RU"))])
    assert len(res.officials) == 1 and len(res.meetings) == 1


def test_thai_spelling_variants_of_a_foreign_name_are_one_official():
    res = resolve([_ex("a", Person("ปรัก สุคน", "นาย", "รองนายกรัฐมนตรีกัมพูชา", "KH")),
                   _ex("b", Person("ปรัก สุขน", "นาย", "รองนายกรัฐมนตรีกัมพูชา", "KH"))])
    assert len(res.officials) == 1


def test_different_countries_or_thai_officials_are_not_merged_by_sound():
    res = resolve([_ex("a", Person("ปรัก สุคน", "นาย", "รัฐมนตรีกัมพูชา", "KH")),
                   _ex("b", Person("ปรัก สุขน", "นาย", "รัฐมนตรีลาว", "LA")),
                   _ex("c", Person("สมชาย ทองดี", "นาย", "อธิบดี", "TH")),
                   _ex("d", Person("สมชัย ทองดี", "นาย", "อธิบดี", "TH"))])
    assert len(res.officials) == 4
