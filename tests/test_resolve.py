"""Resolution across releases: one official, one meeting, one series."""
from __future__ import annotations

import pytest

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


SPELLINGS = {
    "transliterated-twice": ([("วินสตัน พีเตอส์", "NZ"), ("วินสตัน ปีเตอร์ส", "NZ")], 1),
    "country-unsaid-joins-the-one-it-fits": ([("วินสตัน พีเตอส์", None), ("วินสตัน ปีเตอร์ส", "NZ")], 1),
    "thai-surname-one-letter-slip": ([("ประยุทธ์ จันทร์โอขา", "TH"), ("ประยุทธ์ จันทร์โอชา", "TH")], 1),
    "thai-surname-two-letters-swapped": ([("สมศักดิ์ ปรมัถต์วงศ์", "TH"), ("สมศักดิ์ ปรมัตถ์วงศ์", "TH")], 1),
    "short-foreign-words-with-and-without-marks": ([("ฮุน เซ็น", "KH"), ("ฮุน เซน", "KH")], 1),
    "latin-initial": ([("S. Jaishankar", "IN"), ("Subrahmanyam Jaishankar", "IN")], 1),
    "thai-given-name-without-its-silencer": ([("สมศักดิ จันทร์เพ็ญ", "TH"), ("สมศักดิ์ จันทร์เพ็ญ", "TH")], 1),
    "thai-given-name-without-its-silencer-other-surname": ([("สมศักดิ จันทร์เพ็ญ", "TH"), ("สมศักดิ์ จันทร์แจ่ม", "TH")], 2),
    "thai-short-surnames-differ": ([("สมชาย ทองดี", "TH"), ("สมชาย ทองมี", "TH")], 2),
    "other-given-name": ([("วินสตัน ปีเตอร์ส", "NZ"), ("โรเบิร์ต ปีเตอร์ส", "NZ")], 2),
    "thai-surname-letters-swapped-apart": ([("สมศักดิ์ ปรมัถวงศ์ต์", "TH"), ("สมศักดิ์ ปรมัตวงศ์ถ์", "TH")], 2),
    "short-foreign-words-other-letters": ([("ฮุน เซน", "KH"), ("ฮุน มาเนต", "KH")], 2),
    "other-country": ([("วินสตัน พีเตอส์", "AU"), ("วินสตัน ปีเตอร์ส", "NZ")], 2),
    "initials-that-do-not-fit": ([("R. Jaishankar", "IN"), ("Subrahmanyam Jaishankar", "IN")], 2),
    "thai-surname-without-its-silencer": ([("สมชาย จันทร์เพ็ญ", "TH"), ("สมชาย จันทรเพ็ญ", "TH")], 1),
    "thai-surname-one-letter-more-not-a-mark": ([("สมชาย ทองดี", "TH"), ("สมชาย ทองดีย", "TH")], 2),
    "foreign-given-name-transliterated-twice": ([("วลาดิเมียร์ โปปอฟ", "RU"), ("วลาดิมีร์ โปปอฟ", "RU")], 1),
    "foreign-given-names-that-differ": ([("อีวาน โปปอฟ", "RU"), ("วลาดิมีร์ โปปอฟ", "RU")], 2),
    "thai-given-names-that-sound-alike": ([("สมชาย ทองดี", "TH"), ("สมชัย ทองดี", "TH")], 2),
    "thai-given-name-alone-is-the-one-full-name-it-opens": ([("สมชาย", "TH"), ("สมชาย รักไทย", "TH")], 1),
    "thai-given-name-alone-opening-two-full-names": ([("สมชาย", "TH"), ("สมชาย รักไทย", "TH"), ("สมชาย ใจดี", "TH")], 3),
    "given-name-alone-of-another-country": ([("สมชาย", "NZ"), ("สมชาย รักไทย", "TH")], 2),
    "foreign-middle-name-left-out-and-transliterated-again": ([("จอห์น ปีเตอร์ สมิธ", "NZ"), ("จอน สมิท", "NZ")], 1),
    "foreign-middle-name-left-out-other-family-name": ([("จอห์น ปีเตอร์ สมิธ", "NZ"), ("จอห์น โด", "NZ")], 2),
    "thai-middle-word-is-no-middle-name": ([("สมชาย รักไทย ดีมาก", "TH"), ("สมชาย ดีมาก", "TH")], 2),
}


@pytest.mark.parametrize("names,officials", SPELLINGS.values(), ids=SPELLINGS.keys())
def test_one_person_under_two_spellings(names, officials):
    res = resolve([_ex(f"r{i}", Person(n, "นาย", None, c)) for i, (n, c) in enumerate(names)])
    assert len(res.officials) == officials
    if officials == 1:
        [o] = res.officials.values()
        assert set(o.names) == {n for n, _ in names}          # every spelling kept (skos:altLabel)


def test_two_names_side_by_side_in_one_meeting_are_two_people():
    res = resolve([_ex("a", Person("ประยุทธ์ จันทร์โอขา", "นาย", None, "TH"), Person("ประยุทธ์ จันทร์โอชา", "นาย", None, "TH"))])
    assert len(res.officials) == 2


def test_a_given_name_alone_beside_the_full_name_in_one_meeting_is_another_person():
    res = resolve([_ex("a", Person("สมชาย", "นาย", None, "TH"), Person("สมชาย รักไทย", "นาย", None, "TH"))])
    assert len(res.officials) == 2


def test_a_spelling_given_in_brackets_joins_the_two_names_across_releases():
    # "นายซาเวียร์ ลอเรนซ์ (H.E. Mr. Xavier Laurens)" in one release, the Latin name alone in another
    # (a name whose two spellings sound too far apart for the phonetic match)
    res = resolve([_ex("a", Person("ซาเวียร์ ลอเรนซ์", "นาย", "นายกรัฐมนตรีสิงคโปร์", "SG", ("Xavier Laurens",))),
                   _ex("b", Person("Xavier Laurens", None, None, None))])
    [official] = res.officials.values()
    assert set(official.names) == {"ซาเวียร์ ลอเรนซ์", "Xavier Laurens"}


def test_two_releases_lunches_of_one_day_are_two_meetings_but_two_reports_of_a_round_are_one():
    def lunch(rid):
        m = Meeting(label="งานเลี้ยงอาหารกลางวัน", series="งานเลี้ยงอาหารกลางวัน", release_id=rid,
                    start=PartialDate(2016, 12, 20), primary=True)
        return Extraction(Release(id=rid, path=f"{rid}.txt", title="t", body=""), (m,))
    assert len(resolve([lunch("a"), lunch("b")]).meetings) == 2
    assert len(resolve([_ex("a"), _ex("b")]).meetings) == 1


def _talk(rid: str, mode: str | None, *people: Person) -> Meeting:
    series = "การหารือทวิภาคีไทย-นิวซีแลนด์"
    return Meeting(label="หารือ", series=series, release_id=rid, mode=mode,
                   attendances=tuple(Attendance(p) for p in people), primary=True)


_TH = Person("สมชาย รักไทย", "นาย", "นายกรัฐมนตรี", "TH")
_NZ = Person("จอห์น สมิธ", "นาย", "นายกรัฐมนตรีนิวซีแลนด์", "NZ")


@pytest.mark.parametrize("modes, meetings", [
    pytest.param(("virtual", "in_person"), 2, id="last-week's-call-and-today's-talk-are-two"),
    pytest.param(("in_person", None), 1, id="a-talk-told-again-without-its-mode-is-one"),
    pytest.param(("in_person", "in_person"), 1, id="a-talk-told-twice-is-one"),
])
def test_one_release_s_undated_encounters_of_the_same_two_people(modes, meetings):
    """A release tells of today's talk and, as background, of the two leaders' phone call before it:
    the same people and series, no dates, but a call and a talk face to face are two encounters."""
    ms = tuple(_talk("a", mode, _TH, _NZ) for mode in modes)
    res = resolve([Extraction(Release(id="a", path="a.txt", title="t", body=""), ms)])
    assert len(res.meetings) == meetings
    assert sorted(m.mode or "" for m in res.meetings.values()) == sorted({m or "" for m in modes} - {""}
                                                                          if meetings == 1 else modes)


@pytest.mark.parametrize("second, meetings", [
    pytest.param(Person("อ๋อง อี้", "นาย", "รัฐมนตรีว่าการกระทรวงกลาโหมนิวซีแลนด์", "NZ"), 2,
                 id="a-name-of-one-sound-is-no-other-names-end"),
    pytest.param(Person("เบน", "นาย", "นายกรัฐมนตรีนิวซีแลนด์", "NZ"), 1,
                 id="a-surname-alone-is-the-full-names-end"),
])
def test_one_days_calls_on_two_officials_stay_two_unless_a_name_may_be_the_others(second, meetings):
    """(a visitor's calls on a minister and on the prime minister the same day: two encounters, unless the
    one left over on each side may be one official under a shorter name)"""
    first = Person("จอห์น เบน", "นาย", "นายกรัฐมนตรีนิวซีแลนด์", "NZ")        # sounds CNPN, ending in N
    ms = tuple(_talk("a", "in_person", _TH, other) for other in (first, second))
    res = resolve([Extraction(Release(id="a", path="a.txt", title="t", body=""), ms)])
    assert len(res.meetings) == meetings
