"""The resolution kept from one build to the next (:mod:`kg.resolve_state`).

Each case resolves some releases whole and records the state (written and read back as
the build does), then adds releases to them: the update, when it is taken, must equal a
whole resolution of the same releases in every field and every order (the counters' and
dicts' keys included: the graph's node order, and so every output, follows them), and so
must the state it records for the next build. The cases that must resolve whole are each
built so that an update which ignored the reason would give another resolution: the
check that it resolved whole for that reason is what keeps the guard, the comparison
what keeps the result.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from kg import resolve_state
from kg.model import Attendance, CoChair, Extraction, Meeting, PartialDate, Person, Release
from kg.resolve import resolve

SOM = "การประชุมเจ้าหน้าที่อาวุโสอาเซียน-รัสเซีย"
TALKS = "การหารือทวิภาคีไทย-นิวซีแลนด์"
#: two names of one annual consultation, glossed alike: one series, the one more meetings use
SHORT, LONG = "การหารือประจำปีไทย-มาเลเซีย", "การหารือประจำปีระหว่างนายกรัฐมนตรีไทยและมาเลเซีย"
DAY = PartialDate(2022, 5, 23)

TH = Person("สมชาย รักไทย", "นาย", "ปลัดกระทรวงการต่างประเทศ", "TH")
RU = Person("อิกอร์ มอร์กูลอฟ", "นาย", "รัฐมนตรีช่วยว่าการกระทรวงการต่างประเทศรัสเซีย", "RU")
RU_LATIN = Person("Igor Morgulov", "Mr.", "รัฐมนตรีช่วยว่าการกระทรวงการต่างประเทศรัสเซีย", "RU")
NZ = Person("จอห์น สมิธ", "นาย", "นายกรัฐมนตรีนิวซีแลนด์", "NZ")
NZ2 = Person("แจซินดา อาร์เดิร์น", "นาง", "รัฐมนตรีต่างประเทศนิวซีแลนด์", "NZ")


def meeting(rid: str, *people: Person, series: str = SOM, number: int | None = 18, start=DAY, **kw) -> Meeting:
    return Meeting(label=series, series=series, release_id=rid, number=number, start=start,
                   attendances=tuple(Attendance(p) for p in people), primary=True, **kw)


def release(rid: str, *meetings: Meeting) -> Extraction:
    return Extraction(Release(id=rid, path=f"{rid}.txt", title=f"t {rid}", body=""), tuple(meetings))


def key(ex: Extraction) -> str:
    """A cache key: equal for equal extractions, as the build's are."""
    return hashlib.sha256(repr(ex).encode("utf-8")).hexdigest()


def fields(res) -> list:
    """Everything a resolution holds, in its orders (a set as sorted: nothing reads a set's order)."""
    out: list = [list(res.releases)]
    for k, o in res.officials.items():
        out.append((k, [list(c.items()) for c in (o.names, o.honorifics, o.countries, o.positions)],
                    sorted(o.name_keys)))
    for k, m in res.meetings.items():
        out.append((k, m.series, m.number, m.number_year, m.parent, sorted(m.releases), sorted(m.primary_in),
                    [list(d.items()) for d in (m.labels, m.labels_en, m.starts, m.ends, m.modes, m.venues,
                                               m.statuses, m.confidences, m.mentions)],
                    m.attendances, m.co_chairs))
    out.append([(k, list(c.items())) for k, c in res.series_labels.items()])
    return out


def update(tmp_path: Path, before: list[Extraction], after: list[Extraction]) -> str:
    """Resolve ``before`` whole, keep its state, resolve ``after`` from it: how it was resolved.
    Asserts the result and the state recorded equal a whole resolution's."""
    _, state, how = resolve_state.resolution(before, [key(x) for x in before], None)
    assert how.startswith("full") and state is not None
    resolve_state.save(state, tmp_path)
    res, state, how = resolve_state.resolution(after, [key(x) for x in after], tmp_path)
    want = fields(resolve(after))
    assert fields(res) == want, how
    traced, whole, _ = resolve_state.resolution(after, [key(x) for x in after], None)
    assert fields(traced) == want                  # tracing changes nothing
    assert json.dumps(state, sort_keys=True) == json.dumps(whole, sort_keys=True), how
    return how


BASE = [release("r1", meeting("r1", TH, RU), meeting("r1", TH, series=TALKS, number=None, start=None)),
        release("r2", meeting("r2", RU_LATIN, TH, number=19, start=PartialDate(2023, 6, 1)))]


def test_a_release_naming_known_people_is_added_to_the_kept_resolution(tmp_path):
    # a known round reported again (it joins the resolved meeting) and a new one
    new = release("r3", meeting("r3", RU, TH), meeting("r3", TH, RU, number=20, start=PartialDate(2024, 1, 2)))
    assert update(tmp_path, BASE, [*BASE, new]) == "updated"


def test_updates_chain_and_follow_the_input_order(tmp_path):
    """An updated state is the next update's; a new file listed among the old ones (another
    folder, an earlier name) keeps its place in the releases, its meetings after the old."""
    new = release("r3", meeting("r3", RU, TH, number=20))
    assert update(tmp_path, BASE, [BASE[0], new, BASE[1]]) == "updated"
    more = release("r4", meeting("r4", TH, number=21))
    assert update(tmp_path / "..", [BASE[0], new, BASE[1]], [BASE[0], new, BASE[1], more]) == "updated"


def test_names_newly_side_by_side_that_are_never_compared_are_no_reason_to_resolve_whole(tmp_path):
    base = [*BASE, release("r3", meeting("r3", NZ, number=3))]
    new = release("r4", meeting("r4", NZ, RU, number=4))        # an NZ and a RU name: no block in common
    assert update(tmp_path, base, [*base, new]) == "updated"


def test_a_duplicate_spelling_of_a_known_pair_given_in_brackets_again(tmp_path):
    both = Person(RU.name, RU.honorific, RU.position, "RU", (RU_LATIN.name,))
    base = [*BASE, release("r3", meeting("r3", both, number=20))]
    assert update(tmp_path, base, [*base, release("r4", meeting("r4", both, number=21))]) == "updated"


# --------------------------------------------------------------------- resolved whole, and why
SPELT = Person(RU.name, RU.honorific, RU.position, "RU", ("Igor V. Morgulov",))
#: the Latin name of RU's Thai one, told as another country's: another official, until most
#: releases give the Thai name that country too
KZ_LATIN = Person("Igor Morgulov", "Mr.", None, "KZ")
#: a surname with a letter slipped (one official), until a release names both side by side
SLIP, SLIP_RIGHT = Person("ประยุทธ์ จันทร์โอขา", "นาย", None, "TH"), Person("ประยุทธ์ จันทร์โอชา", "นาย", None, "TH")
ALONE = [release("r1", meeting("r1", Person("ปรัก สุคน", "นาย", None, "KH"))),
         release("r2", meeting("r2", Person("Prak Sokhonn", "Mr.", None, "KH"), number=19))]


@pytest.mark.parametrize("before, after, why", [
    pytest.param(BASE, [*BASE, release("r3", meeting("r3", NZ, number=20))], "a new name", id="someone-new"),
    pytest.param(ALONE, [*ALONE, release("r3", meeting("r3", Person("ปรัก สุคน", "นาย", None, "KH",
                                                                   ("Prak Sokhonn",)), number=20))],
                 "a new spelling in brackets", id="a-release-merging-two-officials"),
    pytest.param(BASE, [BASE[1]], "a release changed, removed or listed elsewhere", id="a-release-removed"),
    pytest.param(BASE, [release("r1", meeting("r1", TH, number=17)), BASE[1]],
                 "a release changed, removed or listed elsewhere", id="a-release-changed"),
    pytest.param(BASE, [BASE[1], BASE[0]], "a release changed, removed or listed elsewhere",
                 id="the-old-releases-listed-in-another-order"),
    pytest.param(BASE, [*BASE, release("r0", meeting("r0", TH, RU, number=17))],
                 "a new release sorts among the old ones", id="an-id-sorting-before-the-old"),
    pytest.param([release("a", meeting("a", TH, series=SHORT, number=1, label_en="Annual Consultation")),
                  release("b", meeting("b", TH, series=LONG, number=2, label_en="Annual Consultation"))],
                 [release("a", meeting("a", TH, series=SHORT, number=1, label_en="Annual Consultation")),
                  release("b", meeting("b", TH, series=LONG, number=2, label_en="Annual Consultation")),
                  release("c", meeting("c", TH, series=LONG, number=3, label_en="Annual Consultation"))],
                 "a series renamed", id="a-series-renamed"),
    pytest.param([release("a", meeting("a", TH, RU, number=None))],
                 [release("a", meeting("a", TH, RU, number=None)), release("b", meeting("b", TH, number=18))],
                 "a new round on an old meeting's day", id="an-unnumbered-meeting-joins-a-new-round"),
    pytest.param([release("a", meeting("a", TH, NZ, series=TALKS, number=None), meeting("a", NZ2, number=1))],
                 [release("a", meeting("a", TH, NZ, series=TALKS, number=None), meeting("a", NZ2, number=1)),
                  release("b", meeting("b", TH, NZ2, series=TALKS, number=None))],
                 "an encounter of an old one's key", id="an-encounter-on-an-old-one's-day"),
    pytest.param([release("a", meeting("a", RU, number=1)), release("b", meeting("b", KZ_LATIN, number=2))],
                 [release("a", meeting("a", RU, number=1)), release("b", meeting("b", KZ_LATIN, number=2)),
                  *(release(f"c{i}", meeting(f"c{i}", Person(RU.name, "นาย", RU.position, "KZ"), number=3 + i))
                    for i in range(2))],
                 "a name's country changed", id="a-name's-country-outvoted"),
    pytest.param(ALONE, [*ALONE, release("r3", meeting("r3", Person("ปรัก สุคน", "นาย", "รองนายกรัฐมนตรี", "KH"),
                                                        Person("Prak Sokhonn", "Mr.", "รองนายกรัฐมนตรี", "KH"),
                                                        number=20))],
                 "a new post for a name", id="a-post-that-may-join-two-spellings"),
    pytest.param([release("a", meeting("a", TH, number=1,
                                       co_chairs=(CoChair("RU", Person("Igor Morgulov", None, None, "RU")),))),
                  release("b", meeting("b", TH, number=2))],
                 [release("a", meeting("a", TH, number=1,
                                       co_chairs=(CoChair("RU", Person("Igor Morgulov", None, None, "RU")),))),
                  release("b", meeting("b", TH, number=2)),
                  release("c", meeting("c", TH, Person("igor  morgulov", "Mr.", None, "RU"), number=3))],
                 "a name's first mention moved earlier", id="a-co-chair's-name-now-attending"),
    pytest.param([release("a", meeting("a", TH, number=1)), release("b", meeting("b", SLIP, number=2)),
                  release("c", meeting("c", SLIP_RIGHT, number=3))],
                 [release("a", meeting("a", TH, number=1)), release("b", meeting("b", SLIP, number=2)),
                  release("c", meeting("c", SLIP_RIGHT, number=3)),
                  release("d", meeting("d", SLIP, SLIP_RIGHT, number=4))],
                 "two names that may be one newly set apart", id="two-alike-names-side-by-side"),
])
def test_what_may_change_an_old_decision_resolves_every_release(tmp_path, before, after, why):
    assert update(tmp_path, before, after) == f"full: {why}"


def test_a_state_of_other_code_or_damaged_is_not_used(tmp_path, monkeypatch):
    new = release("r3", meeting("r3", RU, TH, number=20))
    _, state, _ = resolve_state.resolution(BASE, [key(x) for x in BASE], None)
    resolve_state.save(dict(state, order=state["order"][:-1]), tmp_path)     # damaged: one number short
    _, _, how = resolve_state.resolution([*BASE, new], [key(x) for x in [*BASE, new]], tmp_path)
    assert how == "full: a state that does not fit"
    resolve_state.save(state, tmp_path)
    monkeypatch.setattr("kg.cache.build_fingerprint", lambda: "another kg")
    _, _, how = resolve_state.resolution([*BASE, new], [key(x) for x in [*BASE, new]], tmp_path)
    assert how == "full: no state of this code"
