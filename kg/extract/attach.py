"""Attaching facts to meetings: each helper proposes one kind of link (a date shared by a
list, a trip's range, a talk's two sides, a chair phrase) with the rule that made it,
from which :mod:`kg.linker` takes its features."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from functools import cache

from .. import linker
from ..model import Attendance, CoChair, Link, PartialDate, Person, co_chair_key, person_key
from ..thai import DATELINE_DASH, PARTS_OF_DAY, WEEKDAYS, DateSpan, find_dates, fold, gregorian_year
from ..vocab import alternation
from .meetings import _coordinated, level_of, meeting_lists
from .mentions import MeetingMention, PersonMention, _NOUN_MAKER, _THAT, _para_of, other_form
from .patterns import (
    ANNUAL_YEAR_TOLD, Patterns, _CLAUSE_DATE, _ENUMERATION_ENDS, _LISTED_LINE, _LIST_ENDS, _LIST_INTROS,
    ACRONYM_WORD, HOUR, _ONLY_A_VENUE, _RIGHT_SPAN_END, _SUBITEM, _THAI, patterns,
)
from .people import _FIRST_PERSON, _countries_in, _reports, lineage_surname_at


@dataclass
class _Occ:
    """A meeting occurrence being assembled from one release's mentions."""

    key: tuple
    mention: MeetingMention
    number: int | None
    label: str
    series: str
    label_en: str | None = None
    number_year: int | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    mode: str | None = None
    venue: str | None = None
    mode_para: int = -1               # the paragraph the mode was read in
    scheduled: bool = False
    parent: tuple[str, int | None] | None = None
    parent_also: tuple = ()           # the further rounds of the parent, told with it ("ครั้งที่ 12-13")
    is_parent: bool = False
    primary: bool = False
    attendances: dict = field(default_factory=dict)
    co_chairs: dict = field(default_factory=dict)
    evidence: str = ""
    aliases: tuple = ()
    # how each fact was attached: fact id ("date", "mode", ("attended", key), ("co_chair", code))
    # → (rule name, offset of its evidence or None); the linker's features come from it
    why: dict = field(default_factory=dict)


def _sentence(text: str, paras, pi: int, a: int, b: int, width: int = 320) -> str:
    """The paragraph around [a, b), trimmed at spaces to about ``width`` characters."""
    ps, pe = paras[pi]
    if pe - ps <= width:
        return text[ps:pe].strip()
    lo = max(ps, a - width // 2)
    hi = min(pe, max(b, lo + width))
    if lo > ps:
        sp = text.find(" ", lo, a)
        lo = sp + 1 if sp != -1 else lo
    if hi < pe:
        sp = text.rfind(" ", b, hi)
        hi = sp if sp != -1 else hi
    return text[lo:hi].strip()


#: the words a venue cue opens with that are no part of the place (a clock time's น., ที่, ใน, เยือน),
#: after the verbs of modes.json's held_at_cues (จัดขึ้นที่, สิ้นสุดลงที่), which are not either
_VENUE_PREPOSITIONS = ("น. ", "เยือน", "ที่", "ใน")


def _places(f: str, text: str, paras, spans, p: Patterns):
    """Each named place in ``spans``, as (offset of its cue, paragraph, place): "ณ กรุงปักกิ่ง",
    "ที่ห้อง…", "เยือนเวียงจันทน์". A cue right after a post (เอกอัครราชทูต ณ กรุงปารีส) names
    the post, not where anyone met, and after a bare ณ only place-like words count."""
    md = p.v.modes
    place_heads, place_names, not_place = (tuple(md[k]) for k in ("place_heads", "place_names", "not_a_place"))
    building_heads, city_heads = tuple(md["building_heads"]), tuple(md["city_heads"])
    cue_before = p.v.meetings["reach"]["venue_cue_before"]
    heads_alone = frozenset((*place_heads, *building_heads))     # a head word with no name of its own after it
    for m in (m for lo, hi in spans for m in p.venue.finditer(f, lo, hi)):
        cue = m.group(0)
        before = f[max(0, m.start() - cue_before):m.start()].rstrip()
        if p.ends_with("venue_blocker", before, len(before)):
            continue
        after_post = p.post_before_venue.search(before) is not None
        k = m.end()
        bare = cue.strip() == "ณ" or m.group("travel") is not None      # the place follows the cue
        if bare and k < len(f) and f[k] == " ":
            k += 1
        # (what a bare cue introduces may be no place, ณ เวลา…; a cue that holds its head goes on with the
        # place's own name, whatever its first word: ที่โรงแรมเวลาริมน้ำ)
        if bare and f.startswith(not_place, k) and not f.startswith(p.heads_past_not_place, k) \
                or cue.strip() == "ณ" and lineage_surname_at(f, m.start() + cue.index("ณ"), len(f), p):
            continue                    # (…นายกิตติรัตน์ ณ ระนอง: a surname, not a venue)
        pi = _para_of(paras, m.start())
        pend = paras[pi][1]
        # the place: one or two chunks (ณ โรงแรมแชงกรีลา กรุงเทพฯ)
        j = k
        while j < pend and f[j] not in " ,()":
            j += 1
        if f[k:j] in heads_alone:
            latin = _LATIN_NAME_AFTER.match(f, j, pend)
            if latin is not None:
                j = latin.end()     # "ณ อาคาร Riverside Hall": a building named in Latin after its head
        b = p.boundary.search(f, k + 1, j)
        if b is not None:
            j = b.start()
        b = p.words["place_end"][0].search(f, k + 3, j)
        if b is not None:
            j = b.start()           # "เยือนกรุงมะนิลาเพื่อเข้าร่วม…": the place ends before เพื่อ
        # the cue's preposition (ที่, ใน, เยือน) and a space after it are not the place's
        lead = next((w for w in (*md["held_at_cues"], *_VENUE_PREPOSITIONS) if cue.startswith(w)), "")
        skip = len(lead) + (cue[len(lead):len(lead) + 1] == " ")
        place = text[k if bare else m.start() + skip:j].strip()
        if m.group("travel") is not None and (named := p.travel_party.match(f, k, pend)) is not None:
            if p.v.party_code(p.party.search(named.group(0)).group(0)) == "TH" and not cue.startswith("เยือน"):
                continue                        # "นักท่องเที่ยวเดินทางไปไทย", "เดินทางกลับถึงประเทศไทย": home, no venue
                                                # (but "ในโอกาสเยือนไทย": a visitor's, met in Thailand)
            place = text[k:named.end()]         # the country, not the words after it
        if len(place) < 3 or not re.match(rf"[{_THAI}A-Z]", place):
            continue
        if after_post and (not place.startswith(building_heads) or place.startswith(city_heads)):
            continue                # "เอกอัครราชทูต ณ กรุงปารีส": the post's city ("…ประจำประเทศไทย ณ
                                    # กระทรวงเกษตรฯ": a building is where they met)
        if cue.strip() == "ณ" and not (place.startswith(place_heads) or re.match("[A-Z]", place)) \
                and not p.party.match(place) and not place.startswith(place_names):
            # "ณ กรุงวอชิงตัน" yes; "ณ ที่ตั้ง…" no: accept only place-like heads
            continue
        yield (k if m.group("travel") else m.start()), pi, place     # a journey: where its place begins


_ANY_YEAR = 2000      # a year to read a day and month by, when only their presence matters

#: a name in Latin capitals written after a place's head word ("อาคาร Riverside Hall", "โรงแรม Riverside")
_LATIN_NAME_AFTER = re.compile(r"(?: [A-Z][A-Za-z0-9&'’.\-]*)+")


def _is_headline(f: str, paras, p: Patterns, default_year: int | None) -> bool:
    """Whether the first line is a headline, whose facts the body tells again, rather than
    the lead sentence itself (an excerpt or a page saved without its headline): a lead
    states a date and is not repeated by the body."""
    lo, hi = paras[0]
    first = f[lo:hi].strip()
    if len(paras) < 2 or len(first) < p.v.meetings["lead_title_min_chars"]:
        return True
    if not find_dates(first, default_year=default_year or _ANY_YEAR) \
            and len(first) < p.v.meetings["lead_undated_min_chars"]:      # "เมื่อวันที่ 28-29 มีนาคม": a date all the same
        return True                 # (a line this long is a lead even without a date: no headline runs so)
    probe = first[:p.v.meetings["lead_title_min_chars"]]
    return f.find(probe, hi) != -1


#: an acronym written in a name (การประชุม RIVER ด้าน…)
_ACRONYM = re.compile(rf"\b{ACRONYM_WORD}\b")


def _headline_rounds_to_body(mentions, title_paras, body_series, by_mention, occs) -> None:
    """A headline's "การประชุมรัฐมนตรีเอเปค ครั้งที่ 26" whose series the body never names,
    while the body names exactly one other meeting numbered 26 ("การประชุมความร่วมมือทาง
    เศรษฐกิจในภูมิภาคเอเชีย - แปซิฟิก (APEC) ครั้งที่ 26"), is that meeting in other words.
    A headline named by an acronym ("การประชุม RIVER … ครั้งที่ 7") over several rounds 7 whose
    English names hold it (the ministers' and the senior officials') names the first the body tells."""
    for mm in mentions:
        if mm.para not in title_paras or len(mm.numbers) != 1 or mm.series in body_series:
            continue
        told = [(x, o) for x in mentions if x.para not in title_paras and mm.numbers[0] in x.numbers
                for o in by_mention.get(id(x), []) if o.number == mm.numbers[0]]
        same = {id(o): o for _, o in told}
        acronyms = set(_ACRONYM.findall(mm.label))
        if len(same) > 1 and acronyms:
            spelt = [o for x, o in told if x.label_en and acronyms & set(x.label_en.split())]
            same = {id(spelt[0]): spelt[0]} if spelt else same
        if len(same) != 1:
            continue
        target = next(iter(same.values()))
        mine = by_mention.get(id(mm), [])
        by_mention[id(mm)] = [target]
        target.aliases = (*target.aliases, mm.label)
        for o in mine:
            if o is not target and not any(o is y for x in mentions for y in by_mention.get(id(x), [])):
                occs.pop(o.key, None)


def _headline_echoes(f: str, paras, title_paras: set[int], p: Patterns) -> set[int]:
    """Paragraphs right after the headline that tell it again without the site's tail
    ("ข่าวสารนิเทศ : … ศูนย์ข่าว กต.", then "ข่าวสารนิเทศ : …"), or reworded after its opening
    words: a talk they tell is the headline's (kg/data/meetings.json headline_echo)."""
    if 0 not in title_paras:
        return set()
    echo, opening = p.v.meetings["headline_echo"], p.v.meetings["reach"]["headline_echo_opening"]
    title = f[paras[0][0]:paras[0][1]].strip()
    out = set()
    for i in range(1, min(len(paras), 1 + echo["lines"])):
        line = f[paras[i][0]:paras[i][1]].strip()
        shared = len(os.path.commonprefix([title, line]))
        # the headline cut ("… ศูนย์ข่าว กต." dropped), or reworded after its opening words
        if line and (shared == len(line) and shared >= echo["share"] * len(title) or shared >= opening):
            out.add(i)
    return out


def _headline_talks_told_again(mentions: list[MeetingMention], title_paras: set[int]) -> dict[int, MeetingMention]:
    """Each headline talk whose officials met the body tells met again in one talk, call or
    courtesy call ("เอกอัครราชทูต… หารือกับปลัดกระทรวง…" over "…ได้เข้าเยี่ยมคารวะนาย X"):
    one encounter, told twice in other words; the body's telling names it."""
    def met(mm: MeetingMention) -> frozenset[str]:
        return frozenset(person_key(c.person.name) for c in mm.counterparts)
    def sides(mm: MeetingMention) -> frozenset[str]:
        return met(mm) | ({person_key(mm.subject.person.name)} if mm.subject is not None else set())
    out: dict[int, MeetingMention] = {}
    body = [mm for mm in mentions if mm.talk and mm.counterparts and mm.para not in title_paras]
    for mm in mentions:
        if mm.talk and mm.counterparts and mm.para in title_paras:
            same = [x for x in body if met(x) == met(mm) or met(mm) <= sides(x) and (
                    mm.subject is None or person_key(mm.subject.person.name) in sides(x))]
            if len({(x.series, x.label) for x in same}) == 1:
                out[id(mm)] = same[0]
    for mm in mentions:
        # the headline told again names the one met only through the headline ("…หารือกับ
        # เอกอัครราชทูตมาเลเซีย…"): the same talk as the headline's
        if mm.talk and not mm.counterparts and mm.para in title_paras and id(mm) not in out:
            twin = next((x for x in mentions if id(x) in out and x.para in title_paras
                         and (x.series, x.label) == (mm.series, mm.label)), None)
            if twin is not None:
                out[id(mm)] = out[id(twin)]
    return out


def _stamp(occs: list[_Occ], via: str) -> None:
    """Name ``via`` as the rule that attached every fact not yet explained: called after
    each attaching step, so each fact is credited to the first step that set it."""
    for o in occs:
        w = o.why
        if o.start is not None and "date" not in w:
            w["date"] = (via, None)
        if o.mode is not None and "mode" not in w:
            w["mode"] = (via, None)
        for k in o.attendances:
            if ("attended", k) not in w:
                w[("attended", k)] = (via, None)
        for k in o.co_chairs:
            if ("co_chair", k) not in w:
                w[("co_chair", k)] = (via, None)


def _under_a_call_heading(f: str, paras, pi: int, p: Patterns) -> bool:
    """A weekly briefing's sub-item ("๑.๑ การหารือกับนาย X …") under an item whose heading tells
    the talks were calls ("๑. รัฐมนตรีฯ หารือทางโทรศัพท์กับรัฐมนตรีต่างประเทศญี่ปุ่นและออสเตรเลีย")."""
    sub = _SUBITEM.match(f, paras[pi][0], paras[pi][1])
    if sub is None:
        return False
    item = re.compile(rf"\s*{sub.group(1)}\.(?![0-9๐-๙])")
    calls = p.v.meetings["talks"]["verbs"]
    for lo, hi in reversed(paras[:pi]):
        if item.match(f, lo, hi):
            return any(calls[m.group(0)] == "call" for m in p.talk_verb.finditer(f, lo, hi))
    return False


#: "การประชุมในครั้งนี้เป็นการประชุมในระดับรัฐมนตรีต่างประเทศ จัดขึ้นในวันที่ 6 - 13 …": a paragraph that
#: opens by referring back to the meeting told before it and dates it
_OPENING_REF = re.compile(r"\s*(?:ทั้งนี้\s?)?(?:การประชุม|การหารือ)(?:ใน)?(?:ครั้งนี้|ดังกล่าว)")


def _opening_reference(f: str, pstart: int, at: int, pi: int, body_live, primary_mention, R) -> MeetingMention | None:
    """The meeting a paragraph opening with "การประชุมในครั้งนี้ … จัดขึ้นในวันที่" refers to: the
    release's main meeting, told in an earlier paragraph, when no meeting is named between."""
    m = _OPENING_REF.match(f, pstart, at)
    if m is None or primary_mention.para >= pi or at - m.end() > R["close_held"] or "จัดขึ้น" not in f[m.end():at]:
        return None
    if any(mm.para == pi and m.end() <= mm.start < at and not f.endswith("เป็น", 0, mm.start) for mm in body_live):
        return None                     # "… เป็นการประชุมระดับรัฐมนตรี": says what it was, names no other
    return primary_mention


_CLAUSE_RANGE = re.compile(r"ซึ่ง(?P<clause>[^\n]*?)ระหว่าง\s?(?:วันที่)?\s?\Z")


def _visit_clause_range(f: str, d: DateSpan, reach: int, p: Patterns) -> bool:
    """"นาย X … ซึ่งเยือนไทยอย่างเป็นทางการระหว่างวันที่ 19 – 20 มีนาคม ได้เข้าพบ…": the days of a
    visit told in a relative clause date the visit, not the call or talk the sentence tells."""
    m = _CLAUSE_RANGE.search(f, max(0, d.begin - reach), d.begin)
    return m is not None and p.visit_verb.search(m.group("clause")) is not None


def _later_than(start: PartialDate, published: PartialDate) -> bool:
    """Whether ``start`` falls after ``published`` as far as the page's date tells: a page
    dated to the month only ("date 2022-05") is not before a day of that month."""
    n = {"year": 1, "month": 2, "day": 3}[published.precision]
    return start.key()[:n] > published.key()[:n]


#: "…โดยในปี 2569 นี้ เป็นปีครบรอบ…": a year the release calls this one
_THIS_ONE = re.compile(r"\s?นี้")


def _lead_year(f: str, p: Patterns) -> int | None:
    """The year of a release whose page gives no date: that of its first full date ("เมื่อคืน
    วันที่ 16 พ.ย.65 …"), which the day-and-month dates after it ("ในวันที่ 17 พฤศจิกายน")
    leave unsaid; with no full date, the year it calls this one ("ในปี 2569 นี้"), else the year of
    the annual meeting it names ("เมื่อวันที่ 3 มี.ค. … การประชุม X ประจำปี 2566")."""
    dates = find_dates(f)
    reach = p.v.meetings["reach"]["annual_name_before"]     # how far before the year the meeting's name is looked for
    return next((d.start.year for d in dates if d.start.precision == "day"), None) \
        or next((d.start.year for d in dates if d.start.precision == "year" and _THIS_ONE.match(f, d.stop)), None) \
        or next((gregorian_year(int(m.group("year"))) for m in ANNUAL_YEAR_TOLD.finditer(f)
                 if _MEETING_BEFORE.search(f, max(0, m.start() - reach), m.start())), None)


#: a meeting's name before an annual year, on its line (not a festival's: "…งานประเพณีริมน้ำ… ประจำปี 2566")
_MEETING_BEFORE = re.compile(r"ประชุม[^\n]*\Z")


def _as_written(text: str, start: int, label: str) -> str | None:
    """The label as the release writes it (ASEAN – India, ๗๘) when it is the text at its
    mention, read through :func:`fold` (en dashes and Thai digits folded for matching)."""
    written = text[start:start + len(label)]
    return written if written != label and fold(written) == label else None


def _written_in_full(text: str, start: int, label: str, p: Patterns) -> str | None:
    """The name as the release writes it on to where its sentence goes on (``ณ``, ``เมื่อวันที่``,
    ``ซึ่ง``, a bracket …: meetings.json ``written_in_full``): the qualifiers a label keeps short
    ("… ค.ศ. 2020", "… ในกรอบริมน้ำ-แปซิฟิก", "… และกองทุนพัฒนาริมน้ำ") are part of how the
    text names it, and analysts search for it so. Without การ when the text has none."""
    w = p.v.meetings["written_in_full"]
    core = label[len(_NOUN_MAKER):] if label.startswith(_NOUN_MAKER) and not text.startswith(_NOUN_MAKER, start) else label
    if fold(text[start:start + len(core)]) != core:
        return None
    end = min(len(text), start + w["most_chars"])
    line = text.find("\n", start, end)
    end = line if line != -1 else end
    cut = min((k for stop in w["stops"] if (k := text.find(stop, start + len(core), end)) != -1), default=end)
    full = text[start:cut].rstrip(" ,")
    return full if len(full) > len(core) else None


_TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)$")


def _short_forms(names: tuple[str, ...], p: Patterns) -> tuple[str, ...]:
    """A name cut before whom or what else it was held with (การประชุมวางแผนกับตำรวจนิวซีแลนด์ →
    การประชุมวางแผน; การประชุมทวิภาคีนอกรอบการประชุม X → การประชุมทวิภาคี), with and without
    การ: the shorter names a release, or an analyst, may call the meeting by. Not before a party
    (การประชุมรัฐมนตรีอาเซียนกับจีน: without จีน it names another meeting)."""
    w = p.v.meetings["short_forms"]
    out = []
    for name in names:
        for cut in w["cuts"]:
            i = name.find(cut, w["least_chars"])
            if i == -1 or p.party.match(name, i + len(cut)):
                continue
            short = _TRAILING_ASIDE.sub("", name[:i].rstrip())   # (working lunch): an aside, not the name's
            out += [short, other_form(short)]
    return tuple(x for x in out if len(x) >= w["least_chars"])


def _propose_release_facts(occs: list[_Occ], primary: _Occ, f: str, text: str, paras, p: Patterns) -> None:
    """Candidates the rules would not state; the linker keeps those its features say have
    been right.

    - ``via=place``: the main meeting with no way of meeting of its own, in a release that
      names a place (ณ กรุง…, ที่ห้อง…) anywhere: a trip or a visit told once is in person.
    - ``via=trip``: a meeting dated within the main meeting's days, with no way of meeting
      of its own, was held the way the main meeting was: one trip, one way of meeting.
    - ``via=release``: any other meeting with none, the same guess (earlier rounds told as
      background are the usual exceptions).

    (The same guess for dates, the release's first date, was tried and left out: on the
    gold corpora 3 of 24 such dates were right, and on real releases it cost date F1.)"""
    if primary.mode is None:
        at = next((a for a, _, _ in _places(f, text, paras, [(0, len(f))], p)), None)
        if at is None:
            # "นครหนึ่ง, 3 มี.ค. (ซินหัว) --": a lead under a wire dateline comes from that place
            at = next((lo for lo, hi in paras if p.wire_dateline.match(f, lo, hi)), None)
        if at is not None:
            primary.mode = "in_person"
            primary.why["mode"] = ("place", at)
    lo, hi = primary.start, primary.end or primary.start
    leads = [(k, a) for k, a in primary.attendances.items() if a.person.country == "TH"]
    level = level_of(primary.label, p)
    for o in occs:
        if not o.attendances and o is not primary and not o.is_parent and lo is not None and len(leads) == 1 \
                and o.start is not None and lo <= o.start <= hi and level_of(o.label, p) in (level, None):
            # the one official a trip is told of took part in its meetings of the same level
            # that name no one of their own (a minister's trip: not the leaders' summit)
            key, a = leads[0]
            o.attendances[key] = a
            o.why[("attended", key)] = ("trip", None)
    if primary.mode is None:
        return
    for o in occs:
        if o.mode is None and o is not primary:
            within = o.start is not None and lo is not None and lo <= o.start <= hi
            o.mode, o.venue = primary.mode, o.venue or primary.venue
            o.why["mode"] = ("trip" if within else "release", primary.why.get("mode", ("", None))[1])


_DISTANCE_EDGES, _BETWEEN_EDGES, _MEETINGS_EDGES = (tuple(linker.FEATURE_EDGES[k]) for k in ("distance", "between", "meetings"))


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    """The first of ``edges`` that ``n`` does not exceed, as "<=E", else ">LAST"."""
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _links(o: _Occ, paras, body_live, n_meetings: int, title_paras) -> tuple[Link, ...]:
    """The named features of each fact of ``o``: how it was attached (``via``), how far its
    evidence lies from the meeting's name and what stands between, and what the meeting is."""
    mm = o.mention
    shape = ["primary" if o.primary else "secondary", "talk" if mm.talk else "meeting",
             "numbered" if o.number is not None else "unnumbered",
             f"meetings{_bucket(n_meetings, _MEETINGS_EDGES)}"]
    if o.is_parent:
        shape.append("parent")
    if mm.para in title_paras:
        shape.append("title")
    out = []
    for fact, (via, pos) in sorted(o.why.items(), key=lambda kv: str(kv[0])):
        kind, key = (fact, "") if isinstance(fact, str) else fact
        if kind == "date" and o.start is None or kind == "mode" and o.mode is None:
            continue
        if kind == "attended" and key not in o.attendances or kind == "co_chair" and key not in o.co_chairs:
            continue
        feats = [f"via={via}", *shape]
        if pos is None:
            feats.append("dist=none")
        else:
            gap = pos - mm.end if pos >= mm.end else mm.start - pos
            feats.append(f"dist{_bucket(max(gap, 0), _DISTANCE_EDGES)}")
            feats.append("after" if pos >= mm.end else "before")
            feats.append("same_para" if _para_of(paras, pos) == mm.para else "other_para")
            lo, hi = sorted((pos, mm.start))
            between = sum(1 for x in body_live if x is not mm and lo < x.start and x.end < hi)
            feats.append(f"between{_bucket(between, _BETWEEN_EDGES)}")
        if kind == "date":
            feats.append(f"precision={o.start.precision}")
        elif kind == "mode":
            feats.append(f"mode={o.mode}")
        elif kind == "attended":
            a = o.attendances[key]
            c = a.person.country
            feats += [f"role={a.role}", "country=TH" if c == "TH" else "country=other" if c else "country=none",
                      "position" if a.person.position else "no_position"]
        else:
            c = o.co_chairs[key]
            feats += ["party=TH" if c.party == "TH" else "party=other" if c.party else "party=none",
                      "via_person" if c.person is not None else "no_person"]
        out.append(Link(kind, key, tuple(feats)))
    return tuple(out)


#: a clock time opening a lead, before the day it names
_CLOCK_OPENER = re.compile(rf"(?:เมื่อ|ใน)?\s?เวลา\s?(?:ประมาณ\s?)?{HOUR}\s?")
#: a lead that opens with the day's weekday before its date ("วันพฤหัสบดีที่ 13 มิถุนายน 2567 เวลา…")
_WEEKDAY_OPENER = re.compile(rf"(?:เมื่อ|ใน)?\s?วัน(?:{alternation(WEEKDAYS)})(?:ที่)?\s?")


def _text_start(f: str, lo: int, hi: int) -> int:
    """Where the text of ``f[lo:hi]`` starts, past its indent."""
    return lo + len(f[lo:hi]) - len(f[lo:hi].lstrip())


def _opening_day(f: str, lo: int, hi: int, default_year, within: int) -> DateSpan | None:
    """The day a paragraph opens with (its first date, a day, at most ``within`` characters past
    its indent; offsets relative to ``lo``), else None."""
    start = _text_start(f, lo, hi)
    found = find_dates(f[lo:hi], default_year=default_year)
    if not found or found[0].begin - (start - lo) > within or found[0].start.precision != "day":
        return None
    return found[0]


def _date_headline_by_lead(f, paras, title_paras, live, occs_of, default_year, R, p: Patterns) -> None:
    """A body that names no meeting (an excerpt cut at "…ได้เข้าร่วมการ") after a headline
    that names them: the date its lead opens with ("เมื่อวันที่ 6 สิงหาคม 2558 …") is the
    date of the headline's meetings that have none, but not of one the headline reports on
    ("…เตรียมบรรยายสรุปผลประชุม UNGA": the lead's date is the briefing's); a lead that opens
    with the day of a spokesman's statement gives the day the statement names after it."""
    lead = next((i for i in range(len(paras)) if i not in title_paras and f[paras[i][0]:paras[i][1]].strip()), None)
    if lead is None:
        return
    lo, hi = paras[lead]
    lo = _text_start(f, lo, hi)
    found = find_dates(f[lo:hi], default_year=default_year)
    clock = _CLOCK_OPENER.match(f, lo, hi) or _WEEKDAY_OPENER.match(f, lo, hi)  # "เมื่อเวลาประมาณ 15.30 น.วันนี้ (24 ส.ค.60) …":
                                                                                # the day after the hour or the weekday
    opening = [d for d in found if d.begin - (clock.end() - lo if clock else 0) <= R["date_opens_para"]]
    if not opening:
        return
    d = opening[0]
    later = [x for x in found if x.begin > d.stop]
    if later and p.contains("statement", f, lo + d.stop, lo + later[0].begin):
        # "วันที่ 3 … โฆษก… เปิดเผยว่า … มีกำหนดการเยือน… ในวันศุกร์ที่ 6": the day of the
        # statement, then the day of what it announces
        d = later[0]
    elif not later and p.contains("statement", f, lo + d.stop, hi):
        return      # "วันที่ 29 … โฆษก… เปิดเผยว่า นายกฯ … เดินทางถึง…": the statement's day, no meeting's
    for mm in live:
        if mm.reported_on:
            continue
        for o in occs_of(mm):
            if o.start is None and mm.qualified:
                o.start, o.end = d.start, d.end
                o.why["date"] = ("headline-lead", lo + d.begin)


def _date_by_cut_lead(f, paras, live, occs_of, default_year, R) -> None:
    """An excerpt cut right after its lead's day and subject ("เมื่อวันที่ 13 พฤษภาคม 2564 นาง X อธ"),
    after a headline and standfirst that name the meeting: the lead's day is the day of the
    meetings told before it that have none (a lead this short has named nothing else yet)."""
    last = next((i for i in range(len(paras) - 1, -1, -1) if f[paras[i][0]:paras[i][1]].strip()), None)
    if last is None or any(mm.para == last for mm in live):
        return
    lo, hi = paras[last]
    d = _opening_day(f, lo, hi, default_year, R["date_opens_para"]) if hi - _text_start(f, lo, hi) <= R["cut_lead_max"] else None
    if d is None:
        return
    for mm in live:
        if mm.para < last and mm.qualified and not mm.reported_on:
            for o in occs_of(mm):
                if o.start is None:
                    o.start, o.end = d.start, d.end
                    o.why["date"] = ("cut-lead", lo + d.begin)


#: the clock time after a day, and nothing else: "วันที่ 5 มกราคม 2566 เวลา 14.20 น."
_CLOCK_AFTER_DAY = re.compile(rf"\s*เวลา\s?{HOUR}(?:น)?\s*")


def _only_a_venue_after(f: str, a: int, b: int, venue_heads: tuple[str, ...]) -> bool:
    """Is ``f[a:b]`` a venue alone (a building's head word or ณ opening it, no meeting, talk or
    official named in it)?"""
    rest = f[a:b].strip()
    p = patterns()
    if not rest.startswith(venue_heads):
        return False
    # (a meeting room's ประชุม is no talk: the words that open with a venue's head are left out)
    words = " ".join(w for w in rest.split() if not w.startswith(venue_heads))
    return not (p.head.search(words) or p.talk_verb.search(words) or p.honorific.search(words))


def _date_by_lone_day(f, paras, title_paras, live, occs_of, default_year, R, when: tuple[str, ...]) -> None:
    """A day told as a paragraph of its own ("เมื่อวันที่ 5 มกราคม 2566", set apart above the lead as
    some pages lay it out) is the day of the undated meetings of the next paragraph, when that
    paragraph states no date of its own. A page's stamp of a day alone is no such day: it does not
    open with a cue of ``when`` (meetings.json's ``day_when_cues``: เมื่อ, เมื่อบ่าย …); a day with
    its hour and minute right above the lead (a government page's "วันที่ 5 มกราคม 2566 เวลา 14.20 น.")
    is the time of what the lead tells, and so is a day with only a venue after it (an agency's "วันที่ 5
    มกราคม 2566 ห้องประชุม 1 อาคาร X", the event's own line under its headline)."""
    told = {mm.para for mm in live}
    venue_heads = ("ณ", *patterns().v.modes["building_heads"])
    for pi, (lo, hi) in enumerate(paras):
        start = _text_start(f, lo, hi)
        if pi in title_paras or pi in told:
            continue
        d = _opening_day(f, lo, hi, default_year, R["date_opens_para"])
        if d is None or not (f.startswith(when, start) and not f[lo + d.stop:hi].strip()
                             or _CLOCK_AFTER_DAY.fullmatch(f, lo + d.stop, hi)
                             or _only_a_venue_after(f, lo + d.stop, hi, venue_heads)):
            continue
        nxt = next((i for i in range(pi + 1, len(paras)) if f[paras[i][0]:paras[i][1]].strip()), None)
        if nxt is None or find_dates(f[paras[nxt][0]:paras[nxt][1]], default_year=default_year):
            continue
        for mm in live:
            if mm.para == nxt and not mm.reported_on:
                for o in occs_of(mm):
                    if o.start is None:
                        o.start, o.end = d.start, d.end
                        o.why["date"] = ("lone-day", lo + d.begin)


#: a lead that opens with the hour alone ("ช่วงเช้าเวลา 09.30 น. ณ …", "เวลา 10.00 น. นาย X …"): the parts of
#: the day it may name first
_PART_OF_DAY = re.compile(rf"(?:ช่วง|ตอน)?(?:{'|'.join(PARTS_OF_DAY)})(?:นี้)?")


def _date_by_timed_lead(f, paras, title_paras, live, occs_of, page_day: PartialDate | None, default_year) -> None:
    """A lead that tells the hour and no day ("ช่วงเช้าเวลา 09.30 น. ณ ทำเนียบรัฐบาล นาย X … ให้การต้อนรับ…",
    under the page's date "วันที่ 18 พฤษภาคม 2565") tells of that page's day: its undated talks, and those
    of the paragraphs after it up to one that names a day, were held then, when no paragraph before it
    names another day. (Not a named meeting: "เมื่อเวลา 20.00 น. นาย X
    เดินทางถึง… เพื่อเข้าร่วมประชุม Y": the hour of an arrival, the meeting another day.)"""
    if page_day is None:
        return
    for pi, (lo, hi) in enumerate(paras):
        if pi in title_paras or not f[lo:hi].strip():
            continue
        days = find_dates(f[lo:hi], default_year=default_year)
        if any(d.start != page_day or d.end is not None for d in days):
            return                          # another day told first: the hour may be of that day
        start = _text_start(f, lo, hi)
        part = _PART_OF_DAY.match(f, start)
        if days or not _CLOCK_OPENER.match(f, part.end() if part else start):
            continue
        # (the talks of the paragraphs after it too, up to one that names a day: the story goes on that day)
        last = next((q for q in range(pi + 1, len(paras)) if find_dates(f[paras[q][0]:paras[q][1]],
                                                                       default_year=default_year)), len(paras))
        for mm in live:
            if pi <= mm.para < last and mm.talk and not mm.reported_on:
                for o in occs_of(mm):
                    if o.start is None:
                        o.start, o.end = page_day, None
                        o.why["date"] = ("timed-lead", lo)
        return


def _share_in_lists(lists, occs_of) -> None:
    """A date, place or way of meeting stated once for a list holds for the members that
    have none of their own, when the list states only one (the first place named, in text
    order: a set's order would follow the process's string hash seed)."""
    for group in lists:
        occs = [o for mm in group for o in occs_of(mm)]
        dates = {(o.start, o.end) for o in occs if o.start is not None}
        if len({start for start, _ in dates}) == 1 and len(dates) == 2 and any(end is None for _, end in dates):
            dates = {d for d in dates if d[1] is not None}     # one day, and the range it opens: the range
        modes = list(dict.fromkeys((o.mode, o.venue) for o in occs if o.mode is not None))
        for o in occs:
            if o.start is None and len(dates) == 1:
                o.start, o.end = next(iter(dates))
            if o.mode is None and len({m for m, _ in modes}) == 1:
                o.mode, o.venue = next(iter(modes))[0], o.venue or next((v for _, v in modes if v), None)


def _one_date_of(paras, pi: int, dates):
    """The one date (start, end) paragraph ``pi`` states, or None if it states none or several."""
    lo, hi = paras[pi]
    spans = {(d.start, d.end) for d in dates if lo <= d.begin < hi}
    return next(iter(spans)) if len(spans) == 1 else None


def _date_the_undated(mentions, occs_of, span) -> None:
    for mm in mentions:
        for o in occs_of(mm):
            if o.start is None:
                o.start, o.end = span


def _share_paragraph_date(f, paras, body_live, dates, occs_of, p: Patterns, *, days_only: bool = False) -> None:
    """A trip told in one paragraph ("ระหว่างวันที่ 5-8 กันยายน … เพื่อเข้าร่วม A … B … C"):
    when the paragraph states one date only, every meeting it says was attended, and that
    has no date of its own, was held within it, unless a statement lies between (the date
    of "วันนี้ (24 พ.ค.) โฆษก… เปิดเผยว่า …" is the statement's), or the meeting is one
    reported on (the date of "…บรรยายสรุปผลการเข้าร่วมประชุม X … ในวันที่ 1 ตุลาคม" is the
    briefing's). ``days_only``: only a date told to the day (a talk is held on one)."""
    for pi in sorted({mm.para for mm in body_live}):
        span = _one_date_of(paras, pi, dates)
        # (a year alone is no trip's: "…ในฐานะประธานคณะมนตรี ปี พ.ศ. 2566", "ปีงบประมาณ 2565" tell a term)
        if span is None or days_only and span[0].precision != "day" or span[0].precision == "year":
            continue
        told = [d for d in dates if paras[pi][0] <= d.begin < paras[pi][1]]
        if any(_CLAUSE_DATE.search(f, max(paras[pi][0], d.begin - p.v.meetings["reach"]["clause_date_before"]), d.begin)
               for d in told):
            continue                    # "…ครั้งที่ 8 ซึ่งจะจัดขึ้นระหว่างวันที่ 15-16 มิถุนายน": that one's only
        at, begin = min(d.stop for d in told), min(d.begin for d in told)
        # "…หารือข้อราชการ ก่อนเดินทางเยือน X … 3-8 กันยายนนี้": the days of the trip to come, told
        # after the meeting, are not its own
        _date_the_undated([mm for mm in body_live if mm.para == pi and mm.cue and not mm.is_parent
                           and not (at <= mm.start and p.contains("statement", f, at, mm.start))
                           and not (mm.end <= begin and p.contains("next_event", f, mm.end, begin))
                           and not mm.reported_on and not mm.ahead], occs_of, span)


def _intro_paragraphs(f: str, paras) -> set[int]:
    """Paragraphs that introduce a list ("… ดังนี้"); most releases have none, which one
    str.find tells (a scan of every paragraph costs ~2 % of extraction)."""
    if not any(w in f for w in _ENUMERATION_ENDS):
        return set()
    return {pi for pi, (lo, hi) in enumerate(paras) if f[lo:hi].rstrip().endswith(_ENUMERATION_ENDS)}


def _qualify_listed_below(f: str, paras, mentions: list[MeetingMention], intros: set[int], p: Patterns) -> None:
    """"…โดยจะมีการประชุมที่เกี่ยวข้อง ได้แก่" closing a paragraph about meetings, then one
    line per meeting: the meetings opening the lines right after it are the ones it lists,
    each reported as the paragraph's meetings are."""
    for pi in sorted(intros):
        lo, hi = paras[pi]
        if not f[lo:hi].rstrip().endswith(_LIST_ENDS) or "ประชุม" not in f[lo:hi]:
            continue
        q = pi + 1
        while q < len(paras):
            item = _LISTED_LINE.match(f, paras[q][0], paras[q][1])
            if p.head.match(f, item.end(), paras[q][1]) is None:
                break                       # the list ends with the first line that is no meeting
            for mm in (mm for mm in mentions if mm.para == q):
                mm.qualified = mm.cue = True
            q += 1


def _share_enumeration_date(paras, intros: set[int], body_live, dates, occs_of) -> None:
    """"ในวันที่ 9 ตุลาคม 2567 นายกฯ ได้หารือกับผู้นำ 4 ประเทศ โดยสรุปได้ดังนี้" and then one
    paragraph per talk: the introducing paragraph's one date dates the items that follow
    it and have none of their own."""
    for pi in sorted(intros):
        span = _one_date_of(paras, pi, dates)
        if span is not None:
            _date_the_undated([mm for mm in body_live if mm.para > pi and not mm.is_parent], occs_of, span)


#: the first item's mark after a list word ("… ได้แก่ (๑) การประชุม A (๒) …"), on folded text, and spaces
_ITEM_MARK_END = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}[.)])?\s*\Z")


def _attend_lists(f, paras, lists, mentions, people, canonical, occs_of, p: Patterns) -> None:
    """Who the sentence says attended a list attended each member of it: the officials
    credited to a member and named before the list in its paragraph, or the one whose own
    verb introduces the list ("นาย X … เข้าร่วมการประชุม 3 การประชุม ได้แก่ A B และ C")."""
    reach = p.v.meetings["reach"]["list_named_after"]
    for group in lists:
        head, last = group[0], group[-1]
        before = [pm for pm in people if pm.para == head.para and pm.end <= head.start and not pm.negated]
        # (…or right after it, in the same sentence: "…A ครั้งที่ 12 B ครั้งที่ 8 และการประชุมอื่นที่เกี่ยวข้อง
        # โดยโอกาสนี้นาย X รัฐมนตรี… กล่าวรายงาน": X was at each)
        after = [pm for pm in people if pm.para == last.para and last.end <= pm.start <= last.end + reach
                 and not pm.negated]
        keys = {person_key(pm.person.name) for pm in (*before, *after[:1], *_companions_after(f, paras, last, mentions, people, p))}
        occs = [o for mm in group for o in occs_of(mm)]
        shared = {k: a for o in occs for k, a in o.attendances.items() if k in keys and a.role == "attendee"}
        if not shared and before:
            subject = before[-1]
            gap = f[subject.end:head.start]
            if p.contains("subject_verb", gap) and _ITEM_MARK_END.sub("", gap).endswith(_LIST_INTROS):
                key = person_key(subject.person.name)
                shared = {key: Attendance(canonical.get(key, subject.person), "attendee", "")}
        for o in occs:
            for k, a in shared.items():
                o.attendances.setdefault(k, a)


def _companions_after(f: str, paras, last: MeetingMention, mentions, people, p: Patterns) -> list[PersonMention]:
    """The officials a list's sentence brings along after its last member, before any other
    meeting is named: "…ร่วมประชุม A ครั้งที่ 41 B ครั้งที่ 12 และ C ครั้งที่ 42 … ณ … ระหว่างวันที่ …
    โดยมีนาย X … นาย Y …" (the delegation of the one who attended each)."""
    stop = min((mm.start for mm in mentions if mm.para == last.para and mm.start >= last.end), default=paras[last.para][1])
    cue = p.words["list_companions"][0].search(f, last.end, stop)
    if cue is None:
        return []
    return [pm for pm in people if pm.para == last.para and cue.end() <= pm.start < stop and not pm.negated]


def _share_occasion(f, paras, live, occs_of, primary, openers) -> None:
    """A talk held on a trip or beside a larger meeting, or a meeting told in a paragraph
    that opens "ในโอกาสนี้ …", took place when and where that trip or meeting did, unless
    the text dates or places it itself. Calls stay virtual."""
    parent_of = {id(mm.child): mm for mm in live if mm.is_parent and mm.child is not None}
    for mm in live:
        if mm.is_parent:
            continue
        if not (mm.talk or mm.cue and _opens_with(f, paras, mm, openers)):
            continue
        parent = parent_of.get(id(mm))
        sources = occs_of(parent) if parent is not None else [primary]
        for o in occs_of(mm):
            src = next((x for x in sources if x is not o), None)
            if src is None:
                continue
            if o.start is None and src.start is not None:
                o.start, o.end = src.start, src.end
            elif o.start != src.start:
                continue                # dated apart: another day, maybe another place
            if o.mode is None and src.mode == "in_person":
                o.mode, o.venue = src.mode, o.venue or src.venue


def _and_listed(f: str, last: MeetingMention, pool, pi: int, p: Patterns, R: dict) -> list[MeetingMention]:
    """``last`` and the meetings of ``pool`` listed before it in its paragraph, each joined to
    the next by และ over a gap that names no other meeting: "การประชุม A … และการประชุม B"."""
    chain = [last]
    while True:
        mm = chain[-1]
        prev = next((x for x in reversed(pool) if x.para == pi and x.end <= mm.start), None)
        if prev is None or not f[max(prev.end, mm.start - 6):mm.start].rstrip().endswith("และ") \
                or p.head.search(f, prev.end, mm.start - len("และ")) or len(f[prev.end:mm.start]) > R["venue_list_gap"]:
            return chain
        chain.append(prev)


def _named_inside(mentions) -> set[int]:
    """The ids of the meetings named inside a preparatory meeting's name (its ``prepares``):
    a date, place or chair told after both is the outer one's."""
    return {id(mm.prepares) for mm in mentions if mm.prepares is not None}


def _share_alongside(live, occs_of, primary, people) -> None:
    """The meetings listed as held beside the main one ("…ครั้งที่ 31 และการประชุมที่เกี่ยวข้อง
    ได้แก่ A B และ C", "นอกจากนี้ ยังเป็นการประชุม A B C") are the same trip's: with no date or
    place of their own, they have the main meeting's, and its officials that the list's
    paragraph names (who chairs the hosted meeting told elsewhere chairs none of the list)."""
    for mm in live:
        if not mm.alongside or mm.primary_like:
            continue
        named = {person_key(pm.person.name) for pm in people if pm.para == mm.para and not pm.negated}
        # (…or, for the parts a meeting consists of, that meeting's)
        main = next(iter(occs_of(mm.within)), primary) if mm.within is not None else primary
        for o in occs_of(mm):
            if o is main:
                continue
            if o.start is None and main.start is not None:
                o.start, o.end, o.scheduled = main.start, main.end, main.scheduled
            if o.mode is None and main.mode is not None:
                o.mode, o.venue = main.mode, o.venue or main.venue
            if not o.attendances:
                for k, a in main.attendances.items():
                    if a.role == "attendee" and k in named:
                        o.attendances[k] = a


def _share_with_parent(all_occs: list[_Occ]) -> None:
    """A meeting held within a larger one (its ``parent``: "หารือทวิภาคีกับนาย B ในโอกาสการประชุม X",
    "…ในช่วงการประชุม X") has its officials at the larger one: each Thai attendee of the inner one
    is a candidate attendee of the outer, for the linker to weigh (in the real golds three Thai
    officials in four were there; a counterpart met on the margins, one in five, is seldom said to
    be), unless the text names who attended the outer one ("…ในช่วงที่รัฐมนตรี X เดินทางมาร่วม
    การประชุม Y": the visitor, not the host)."""
    by_key = {(o.series, o.number): o for o in all_occs if o.is_parent or o.number is not None or o.primary}
    told_at = {id(o) for o in all_occs if o.attendances}     # whose attendees the text already says
    for o in all_occs:
        for key in (o.parent, *o.parent_also) if o.parent is not None else ():
            outer = by_key.get(key)
            if outer is None or outer is o or id(outer) in told_at:
                continue
            for k, a in o.attendances.items():
                if a.role == "attendee" and a.person.country == "TH" and k not in outer.attendances:
                    via = "child_talk" if o.mention.talk else "child_meeting"
                    _attend(outer, k, a.person, a.evidence, via, o.why.get(("attended", k), ("", None))[1])


def _country_visited(f: str, at: int, hi: int, p: Patterns) -> str | None:
    """"…เดินทางเยือนสาธารณรัฐประชาธิปไตยติมอร์ – เลสเต อย่างเป็นทางการ": the country a visit goes
    to, as written, where it names no city ("ไทย" for a visit to Thailand, which is no venue)."""
    m = p.party.match(f, at + (f[at:at + 1] == " "), hi)
    code = p.v.party_code(m.group(0)) if m else None
    return m.group(0) if code is not None and p.v.parties[code].kind == "country" else None


_VISIT_RANGE_AFTER = re.compile(r"ระหว่างวันที่|(?:ใน|เมื่อ)(?:วันที่|วัน[^\s\d]{2,12}ที่)")
_VISIT_RANGE_REACH = 120       # characters from the visit verb to its range ("…อย่างเป็นทางการ ระหว่างวันที่")


def _attend(o: _Occ, key: str, person: Person, evidence: str, via: str, at: int | None) -> None:
    """``person`` attended ``o`` unless already known to, by the rule ``via`` (a linker feature)."""
    if key not in o.attendances:
        o.attendances[key] = Attendance(person, "attendee", evidence)
        o.why[("attended", key)] = (via, at)


_VISIT_PURPOSE_REACH = len("ในโอกาสเดินทางเยือนสาธารณรัฐประชาธิปไตยประชาชนลาวเพื่อเข้าร่วม ")
#: "…เยือนไทยเพื่อเข้าร่วม": the journey's place, then what it came for, right before the meeting
_CAME_FOR = r"\S{0,40}\s?เพื่อ(?:เข้า)?ร่วม\s?\Z"
_VISIT_PURPOSE = re.compile(rf"\s*(?:[0-9]{{1,2}}[.)]\s*)?ในโอกาส(?:การ|ที่)?(?:เดินทาง)?(?:มา)?เยือน{_CAME_FOR}")


def _attend_visit_purpose(f, text, paras, people, canonical, body_live, occs_of) -> None:
    """"ในโอกาสการเยือนไทยเพื่อเข้าร่วมการประชุม X ครั้งที่ 75 … นาย A รองประธานาธิบดี… ได้เข้าเยี่ยมคารวะ…":
    the visitor the paragraph then names came for X, and attended it."""
    for mm in body_live:
        pstart = paras[mm.para][0]
        if mm.talk or not _VISIT_PURPOSE.match(f[pstart:mm.start]):
            continue
        pm = next((x for x in people if x.para == mm.para and x.start >= mm.end and not x.negated), None)
        if pm is None:
            continue
        key = person_key(pm.person.name)
        ev = _sentence(text, paras, pm.para, mm.start, pm.end)
        for o in occs_of(mm):
            _attend(o, key, canonical.get(key, pm.person), ev, "occasion", pm.start)
    _attend_talk_occasions(f, text, paras, canonical, body_live, occs_of)


_VISIT_PURPOSE_AFTER = re.compile(r"(?:ในโอกาส(?:การ|ที่)?(?:เดินทาง(?:มา|ไป)?(?:เยือน)?|(?:มา)?เยือน)|(?:ใน)?ระหว่างที่เดินทาง(?:มา|ไป)?(?:เยือน)?)"
                                  + _CAME_FOR)
#: "…หารือทวิภาคีกับนาย B … ในช่วงที่รัฐมนตรีต่างประเทศศรีลังกาเดินทางมาร่วมการประชุม X": the one who
#: travelled, named by post, came for X
_CAME_TO_ATTEND = re.compile(r"(?:ในช่วง|ระหว่าง|ในโอกาส)ที่\S{2,50}?เดินทาง(?:มา|ไป)(?:เพื่อ)?(?:เข้า)?ร่วม(?:การ)?\s?\Z")
#: "…พบหารือกับนาย B … ในโอกาสที่ผู้นำทั้งสองต่างได้เดินทางไปเข้าร่วมการประชุม X": both came for X
_BOTH_ATTENDING = re.compile(r"ทั้ง(?:สอง|คู่)(?:ฝ่าย|ท่าน|ประเทศ|ผู้นำ)?\s?(?:ต่าง)?(?:ก็)?(?:ได้)?(?:เดินทาง)?(?:ไป|มา)?(?:เข้า)?ร่วม(?:การ)?\s?\Z")


def _the_visitor(talk: MeetingMention) -> list[PersonMention]:
    """The side of a talk that travelled: its foreign side (the caller of a courtesy call), else its subject."""
    return [next((pm for pm in (talk.subject, *talk.counterparts) if pm.person.country not in (None, "TH")), talk.subject)]


def _both_sides(talk: MeetingMention) -> list[PersonMention]:
    return [talk.subject, *talk.counterparts]


#: a meeting named right after these words is the occasion of the talk told before it in the
#: paragraph, and these of the talk's people attended it:
#: - "…เข้าเยี่ยมคารวะนาย B … ในโอกาสเดินทางเยือนประเทศไทยเพื่อเข้าร่วมการประชุม X": the visitor came for X
#:   (the host is not said to attend it);
#: - "…ได้พบหารือกับนาย B … ในโอกาสที่ผู้นำทั้งสองต่างได้เดินทางไปเข้าร่วมการประชุม X": both did;
#: - "…ในช่วงที่รัฐมนตรีต่างประเทศศรีลังกาเดินทางมาร่วมการประชุม X": the visitor did
_TALK_OCCASIONS = ((_VISIT_PURPOSE_AFTER, _the_visitor), (_BOTH_ATTENDING, _both_sides), (_CAME_TO_ATTEND, _the_visitor))


def _attend_talk_occasions(f, text, paras, canonical, body_live, occs_of) -> None:
    """A talk held within the meeting its people came for (``_TALK_OCCASIONS``): they attended that
    meeting, and the talk is part of it."""
    for mm in body_live:
        if mm.talk:
            continue
        lo = max(paras[mm.para][0], mm.start - _VISIT_PURPOSE_REACH)
        who = next((pick for rx, pick in _TALK_OCCASIONS if rx.search(f, lo, mm.start)), None)
        if who is None:
            continue
        talk = next((x for x in reversed(body_live) if x.talk and x.para == mm.para and x.end <= mm.start), None)
        if talk is not None and talk.subject is not None:
            _attend_talk_occasion(text, paras, canonical, talk, mm, who(talk), occs_of)


def _attend_talk_occasion(text, paras, canonical, talk, mm, who, occs_of) -> None:
    """``who`` of ``talk`` attended ``mm``, the meeting the talk was held within."""
    ev = _sentence(text, paras, mm.para, talk.start, mm.end)
    held = occs_of(mm)
    if not held:
        return
    parent = (held[0].series, held[0].number)
    for pm in who:
        key = person_key(pm.person.name)
        for o in occs_of(mm):
            _attend(o, key, canonical.get(key, pm.person), ev, "occasion", pm.start)
    for o in occs_of(talk):
        o.parent = o.parent or parent


def _share_chaired_after_talk(live, occs_of) -> None:
    """"เมื่อวันที่ 26 … นาย X ได้พบหารือทวิภาคีและเป็นประธานร่วมกับนาย Y … ในการประชุม Z": one sentence,
    one day and place: Z, chaired after the talk, is dated and placed as the talk is when it is not."""
    for mm in live:
        if not mm.chairs_after:
            continue
        nxt = next((x for x in live if x.para == mm.para and x.start > mm.start and not x.talk), None)
        for talk in occs_of(mm):
            for o in occs_of(nxt) if nxt is not None else ():
                if o.start is None and talk.start is not None:
                    o.start, o.end = talk.start, talk.end
                if o.mode is None and talk.mode is not None:
                    o.mode, o.venue = talk.mode, o.venue or talk.venue


#: a paragraph told as part of the visit: opening "in this visit" (ในการเยือนครั้งนี้, ระหว่างการเยือน
#: ดังกล่าว) or going on with what was done next on the trip (จากนั้น, ต่อมา)
_ON_THE_VISIT = re.compile(r"\s*(?:(?:ทั้งนี้\s?)?(?:ใน|ระหว่าง)(?:การ)?(?:เดินทาง)?เยือน(?:ครั้งนี้|ดังกล่าว)|จากนั้น|ต่อมา|หลังจากนั้น)")


def _share_visit_date(f, text, paras, live, occs_of, title_paras, default_year, p: Patterns) -> None:
    """A visit told once, with its date, in a paragraph that names no meeting ("เมื่อวันที่ 11
    พฤษภาคม 2565 นาย X ได้เดินทางเยือนจังหวัด Y เพื่อพบหารือกับ…"), then its talks in the
    paragraphs after it ("ในช่วงเช้า … ได้เข้าเยี่ยมคารวะนาย Z …"): a talk with no date of its
    own was held on the visit's date, up to a paragraph that states another, and in person
    where the visit names its place (a trip's date and place are told once)."""
    # (and a meeting told in a paragraph of the visit: "ในการเยือนครั้งนี้ นาย A ได้เป็นประธานร่วมกับนาย B
    # ในการประชุม X ครั้งที่ 2", "จากนั้น … ได้เข้าร่วมการหารือทวิภาคีกับ…")
    during = {pi for pi, (lo, hi) in enumerate(paras) if _ON_THE_VISIT.match(f, lo, hi)}
    undated = [mm for mm in live if (mm.talk or mm.para in during) and any(o.start is None for o in occs_of(mm))]
    if not undated:
        return
    meeting_paras = {mm.para for mm in live if not mm.talk}
    last = max(mm.para for mm in undated)
    for pi, (lo, hi) in enumerate(paras):
        if pi in title_paras or pi in meeting_paras:
            continue
        visit = p.visit_verb.search(f, lo, hi)
        if visit is None or any(mm.para == pi and mm.start < visit.start() for mm in live):
            continue                    # a talk told before the visit in its paragraph: the visit is not the lead
        # a news dateline opening the paragraph ("3 มี.ค.2566 - โฆษก… เปิดเผยว่า…") is the day it was told
        # and the day of a spokesman's statement ("วันที่ 3 … โฆษก… เปิดเผยว่า … มีกำหนดการเยือน…") is its own
        told = {(d.start, d.end) for d in find_dates(f[lo:visit.start()], default_year=default_year)
                if not (d.begin <= p.v.meetings["reach"]["opens_para"] and DATELINE_DASH.match(f, lo + d.stop))
                and not p.contains("statement", f, lo + d.stop, visit.start())}
        if not told:
            # "… เดินทางเยือน X อย่างเป็นทางการ ระหว่างวันที่ 21 - 22 ธันวาคมนี้", "… ในวันที่ 30 ตุลาคม
            # 2566": the range or the day after the verb
            after = _VISIT_RANGE_AFTER.search(f, visit.end(), min(hi, visit.end() + _VISIT_RANGE_REACH))
            told = {(d.start, d.end) for d in find_dates(f[after.start():hi], default_year=default_year)[:1]
                    if d.end is not None or not after.group(0).startswith("ระหว่าง")} if after else set()
        if not told:
            continue                    # a headline told again ("…เยือนรัฐควีนส์แลนด์อย่างเป็นทางการ")
        if len(told) > 1:
            return                      # the first dated visit is the trip's; dated twice, it says none
        start, end = next(iter(told))
        # a visit to Thailand (นาย X … เดินทางเยือนไทย) names no venue, but its talks were face to face
        country = _country_visited(f, visit.end(), hi, p)
        home = country is not None and p.v.party_code(country) == "TH"
        place = next((pl for _, _, pl in _places(f, text, paras, [(lo, hi)], p)), None) or (None if home else country)
        # the first paragraph after it that states a date of its own ends the visit's reach (each
        # paragraph's dates read once, and only for the one visit that dates talks); a lead that
        # tells the headline's visit again, with the same dates, states none of its own
        # (a date told after another meeting the paragraph names is that meeting's: "…หารือกับนาง Y …
        # ทั้งสองฝ่ายตกลงจัดการประชุม X ครั้งที่ 7 ในช่วงต้นปี 2568" leaves the talk the visit's day)
        # (and only a day counts: "…ประสบอุทกภัยเมื่อปี ค.ศ. 2012" is background, not the talk's own date)
        # (a day told with no year, on a page that gives none either, "วันนี้ (5 ส.ค.)", is still a day of
        # its own: read in a year no release is of, it dates its paragraph apart from the visit)
        dated = {q for q, (a, b) in enumerate(paras)
                 if {(d.start, d.end) for d in find_dates(f[a:_before_other_meetings(live, q, a, b)],
                                                          default_year=default_year or _ANY_YEAR)
                     if d.start.precision == "day"} - {(start, end)}}
        until = next((q for q in range(pi + 1, last + 1) if q in dated), last + 1)
        # an encounter a paragraph of its own day tells ("วันนี้ (5 ส.ค.) … เข้าเยี่ยมคารวะ…") before the
        # visit's paragraph names it again ("…ยินดีต้อนรับ…"): the visit (told as background) does not date it
        told_on_its_own_day = {id(o) for mm in undated if mm.para < pi and mm.para in dated for o in occs_of(mm)}
        for mm in undated:
            # the talks told after it, up to another date; and those told before it (a news lead
            # that tells the talk, then the trip), if nothing between dates them otherwise
            before = mm.para < pi and not any(q in dated for q in range(mm.para, pi))
            # "…จะเดินทางเยือนประเทศไทย… ระหว่างวันที่ 20 ถึง 22 มีนาคม … ทั้งนี้ ในระหว่างการเยือน … หารือข้อราชการ":
            # the talks told after the visit in its own paragraph
            within = mm.para == pi and mm.start > visit.end()
            if not (pi < mm.para < until or before or within):
                continue
            for o in occs_of(mm):
                if id(o) in told_on_its_own_day:
                    continue            # told again after the visit, but first in a paragraph of its own day
                if o.start is None:
                    o.start, o.end = start, end
                    o.why["date"] = ("visit", visit.start())
                if o.mode is None and (place is not None or home) and mm.talk != "call":
                    o.mode, o.venue = "in_person", o.venue or place
                    o.why["mode"] = ("visit", visit.start())
        return


def _opens_with(f: str, paras, mm: MeetingMention, openers: tuple[str, ...]) -> bool:
    """Does the paragraph of ``mm`` open (after its indent) with one of ``openers`` ("ในการนี้ …")?"""
    return f.startswith(openers, _text_start(f, paras[mm.para][0], mm.start))


def _share_occasion_day(f, paras, live, occs_of, title_paras, default_year, openers, opens_within: int,
                        same_day_openers: tuple[str, ...] = ()) -> None:
    """A talk in a paragraph that opens "ในการนี้ …" (on this occasion) with no date of its own
    was held on the one day the paragraph before it tells ("เมื่อวันที่ 1 ตุลาคม 2561 สถานกงสุล
    ใหญ่… ได้เปิดทำการ", then "ในการนี้ นาย X ได้เข้าเยี่ยมคารวะ…"), though that day names no meeting;
    so is a first line that opens with its day, though it stands as the title (a page whose
    headline was lost: "4 เมษายน 2562 พลเอก X … เดินทางเยือน…"). So is any meeting attended in a
    paragraph that opens with a part of the day (``same_day_openers``: "โดยในช่วงเช้า คณะผู้แทนฯ ได้เข้า
    ร่วมการประชุม A … จากนั้น ในช่วงบ่าย … การประชุม B"), after a paragraph that tells one day."""
    told: dict[int, set] = {}

    def days_of(q: int) -> set:             # each paragraph's dates, read once
        if q not in told:
            a, b = paras[q]
            told[q] = {(d.start, d.end) for d in find_dates(f[a:b], default_year=default_year)}
        return told[q]

    for mm in live:
        told_that_day = (mm.talk and _opens_with(f, paras, mm, openers)) or (
            same_day_openers and not mm.is_parent and (mm.cue or mm.qualified) and _opens_with(f, paras, mm, same_day_openers))
        if not told_that_day or mm.para in title_paras or days_of(mm.para):
            continue
        # the nearest paragraph before it that tells a day (over a photo's caption between)
        q = next((q for q in range(mm.para - 1, -1, -1) if q in title_paras or days_of(q)), 0)
        if len(days_of(q)) != 1 or (q in title_paras or q == 0) and _opening_day(
                f, *paras[q], default_year, opens_within) is None:
            continue
        start, end = next(iter(days_of(q)))
        if start.precision != "day":
            continue
        for o in occs_of(mm):
            if o.start is None:
                o.start, o.end = start, end
                o.why["date"] = ("occasion", paras[q][0])


def _headline_day_of_talk(f, paras, live, occs_of, title_paras, default_year) -> None:
    """A talk dated only by its trip's range ("…พบหารือทวิภาคีกับ… ระหว่างการเดินทางเยือน…
    ระหว่างวันที่ 8 – 9 มีนาคม") was held on one day of it: the day a headline that tells a talk
    states, when it states one day inside the range ("…พบหารือทวิภาคีกับ… วันที่ 9 มีนาคม")."""
    days = set()
    for q in title_paras:
        if any(mm.para == q and mm.talk for mm in live):
            a, b = paras[q]
            days |= {(d.start, d.end) for d in find_dates(f[a:b], default_year=default_year)}
    if len(days) != 1:
        return
    day, end = next(iter(days))
    if end is not None or day.precision != "day":
        return
    for mm in live:
        for o in occs_of(mm) if mm.talk else ():
            if o.start is not None and o.end is not None and o.start.precision == "day" and o.start < day <= o.end:
                o.start, o.end = day, None
                o.why["date"] = ("headline-day", paras[min(title_paras)][0])


def _before_other_meetings(live, q: int, a: int, b: int) -> int:
    """Where paragraph ``q`` (``a``–``b``) first names a meeting that is no talk, else its end."""
    return min((mm.start for mm in live if mm.para == q and not mm.talk and a <= mm.start), default=b)


def _tells_of_another(f: str, pm: PersonMention, people, p: Patterns, reach: int) -> bool:
    """"นาง X อธิบดีกรมสารนิเทศ เปิดเผยว่า … นาย Y นายกรัฐมนตรี จะเข้าร่วม…": one whose statement
    opens right after their name and post (within ``reach``), and names another official or tells
    of a meeting a country or a body holds, is its reporter, not an attendee."""
    m = p.words["statement"][0].search(f, pm.end, min(len(f), pm.end + reach))
    if m is None:
        return False
    # (one the statement names as having sent the teller, "ได้รับมอบหมายจาก… (นาย Y)", is no other attendee)
    nxt = next((q for q in people if q.para == pm.para and q.start >= m.end() and not q.negated), None)
    return nxt is not None and person_key(nxt.person.name) != person_key(pm.person.name) \
        or _a_body_holds(f, m.end(), p)


def _a_body_holds(f: str, i: int, p: Patterns) -> bool:
    """Does the statement opening at ``i`` tell of a meeting a country or a body holds ("…เปิดเผยว่า
    อาเซียนเตรียมจัดการประชุม X", "…ว่า ไทยได้เป็นเจ้าภาพจัดการประชุม Y", "…ว่า กระทรวง Z จะเป็นเจ้าภาพ…")?
    Its teller reports it (``meetings.json`` body_holds: its subjects, verbs and reach)."""
    told = p.v.meetings["body_holds"]
    j = i + (f[i:i + 1] == " ")
    if not (p.party.match(f, j) or f.startswith(tuple(told["subjects"]), j)):
        return False
    return p.contains("body_holds", f, j, min(len(f), j + told["reach"]))


def _attach_talk_people(text, paras, people, canonical, live, occs_of, reporters: tuple[str, ...] = ()) -> None:
    """Both sides of a talk or call took part: the one who held it (else the release's
    first official acting for Thailand: "รัฐมนตรีฯ ได้หารือกับ…", not the spokesperson who
    tells of it) and those met."""
    lead = next((pm for pm in people if not pm.negated and pm.person.country == "TH"
                 and not _reports(pm.person.position, reporters)), None)
    for mm in live:
        if not mm.talk:
            continue
        for pm in (mm.subject or lead, *mm.companions, *mm.counterparts):
            if pm is None:
                continue
            key = person_key(pm.person.name)
            ev = _sentence(text, paras, mm.para, min(pm.start, mm.start), max(pm.end, mm.end))
            for o in occs_of(mm):
                o.attendances.setdefault(key, Attendance(canonical.get(key, pm.person), "attendee", ev))


def _attach_co_chairs(f, text, paras, p: Patterns, people, canonical, body_live, occs_of, primary_occs, title_paras):
    """Co-chairs of each chair phrase's meeting; returns, for people named only as the
    chair of another meeting than the release's main one, the spans that name them."""
    v = p.v
    elsewhere: dict[str, list[tuple[int, int]]] = {}
    lists = meeting_lists(f, body_live)
    inner = _named_inside(body_live)
    # the headline's phrases last: they only tell chairs the body does not ("…เยือนไทยอย่างเป็นทางการ
    # และเป็นประธานร่วมในการประชุม X ไทย - ฟิลิปปินส์ ครั้งที่ 6", a body telling only the visit; a sole
    # chair too: "เอกอัครราชทูตฯ เป็นประธานการประชุมทีมประเทศ…" over a body telling who met, not who chaired)
    phrases = sorted(_chair_phrases(f, p), key=lambda m: _para_of(paras, m.start()) in title_paras)
    body_tells_chairs = any(_para_of(paras, m.start()) not in title_paras for m in phrases)
    for m in phrases:
        pi = _para_of(paras, m.start())
        headline = pi in title_paras and len(paras) > 1
        if headline and body_tells_chairs:
            continue
        if m.group("sole") and not m.group(0).endswith(tuple(v.meetings["chair_phrases"]["sole_object"])) \
                and (f.startswith(tuple(v.meetings["chair_of_organisation_after"]), m.end())
                     or (p.party.match(f, m.end()) and not f.startswith("การ", m.end()))):
            continue                  # "ซึ่งไทยเป็นประธานอยู่", "เป็นประธานอาเซียน": chairs a grouping, not this
                                      # meeting ("เป็นประธานการประชุมอาเซียน…" chairs the meeting named)
        after_m, named, occs = _chaired(f, m, pi, body_live, inner, lists, occs_of, primary_occs, p)
        if headline and any(o.co_chairs for o in named):
            continue
        left_lo, spans, whose, occs = _chair_spans(f, m, pi, paras, p, people, body_live, after_m, occs, occs_of)
        evidence = _sentence(text, paras, pi, left_lo, m.end())
        parties = _chair_parties(f, m, pi, paras, p, people, canonical, body_live, left_lo, spans, whose, evidence)
        if not parties:
            continue
        _place_the_unplaced_chair(parties, occs, p)
        if m.group("co") and len(parties) == 1 and next(iter(parties)) in v.parties:
            # a bilateral "ไทย-สหรัฐอเมริกา" co-chaired by one side: the other side is the other chair
            for o in occs:
                if (other := _other_side(o.series, next(iter(parties)), p)) is not None:
                    parties.setdefault(other, CoChair(other, None, evidence))
        for o in occs:
            for code, cc in parties.items():
                o.co_chairs.setdefault(code, cc)
            for cc in parties.values():
                if cc.person is not None:
                    # the chair took part in the meeting they chaired ("…ครั้งที่ 29 โดยมีพลเอก
                    # ประยุทธ์ … เป็นประธาน"), whichever meeting of the release it is
                    key = person_key(cc.person.name)
                    a = o.attendances.get(key)
                    o.attendances[key] = Attendance(a.person if a else canonical.get(key, cc.person), "chair",
                                                    a.evidence if a else evidence)
                    if not o.primary:
                        elsewhere.setdefault(key, []).extend(spans)
    return elsewhere


_OPENING = "เปิด"


def _chaired(f: str, m: re.Match, pi: int, body_live, inner: set[int], lists, occs_of, primary_occs, p: Patterns):
    """The meetings a chair phrase chairs: the one named right after it (and the rest of its
    list), else the nearest before it that names no other inside it, else the release's main
    one. Returns the mentions named right after the phrase, the occurrences of the one it names
    (or the main one's), and the occurrences chaired."""
    # (…or after "เปิด": "เป็นประธานเปิดการประชุม A ครั้งที่ 12 B ครั้งที่ 8 …" chairs the opening of each)
    after_m = [mm for mm in body_live if mm.para == pi and m.start() <= mm.start
               and (mm.start <= m.end() + 3 or f[m.end():mm.start].strip() == _OPENING)]
    if after_m:
        target = after_m[0]
    else:
        # "…การประชุมเตรียมการสำหรับการประชุม X ครั้งที่ 5 … เป็นประธานการประชุม": the outer one
        # (not one the main meeting is told as following on from: "…ซึ่งจัดต่อเนื่องจากการประชุม X ครั้งที่ 4
        # โดยนาย A ปฏิบัติหน้าที่ประธานการประชุมร่วมกับ…": the chair phrase is the main one's)
        followed = tuple(p.v.meetings["followed_from"])
        before_m = [mm for mm in body_live if mm.para == pi and mm.end <= m.start() and not mm.is_parent
                    and id(mm) not in inner and not f.endswith(followed, 0, mm.start)]
        target = before_m[-1] if before_m else None
    named = occs_of(target) if target is not None else list(primary_occs)     # "ครั้งที่ 38 และ 39": both
    if not after_m and not any(_holds_facts(o) for o in named):
        # "ผลการประชุม X … ภาพรวมการประชุมเอเปกที่… ในฐานะประธานในที่ประชุม ตน…": a passing name that holds
        # no fact of its own (no round, day or people) is the main meeting told again
        named = list(primary_occs)
    occs = named
    if after_m:
        # "เป็นประธานร่วมในการประชุม A (…) และการประชุม B (…)": the chair of each listed, up to one the
        # sentence goes on to attend or a talk ("…ประธานร่วมการประชุม A ตลอดจนเข้าร่วมการประชุม B และพบหารือ…")
        group = next((g for g in lists if target in g), [target])
        chaired = [target]
        for prev, mm in zip(group[group.index(target):], group[group.index(target) + 1:]):
            gap = f[prev.end:mm.start]
            if mm.talk or (_ATTENDING in gap and _CHAIR_WORD not in gap):
                break
            chaired.append(mm)
        occs = [o for mm in chaired for o in occs_of(mm)]
    return after_m, named, occs


_ATTENDING = "เข้าร่วม"
_CHAIR_WORD = "ประธาน"


def _holds_facts(o: _Occ) -> bool:
    """Does the occurrence tell anything of its own (the main meeting, a round, a parent, a day,
    people, a place)? One that does not is dropped from the release's meetings."""
    return o.primary or o.number is not None or o.is_parent or o.start is not None or bool(o.attendances) \
        or o.venue is not None


_UNDER_A_BODY = re.compile(r"\s?(?:ภายใต้[^\s(]+)?(?:\s?\([^()\n]{0,200}\))?")


#: โดย opening a clause, not the one of นำโดย (led by)
_BY_NOT_LED = re.compile(r"(?<!นำ)โดย")


def _chair_spans(f, m: re.Match, pi: int, paras, p: Patterns, people, body_live, after_m, occs, occs_of):
    """Where a chair phrase's chairs are named: back to โดย/ซึ่ง/ทั้งนี้, the last meeting or the
    paragraph's start (past a statement's teller), and after it the partner it names (ร่วมกับ…,
    or the passive โดย…/ของ…). Returns the left span's start, the spans, the official a
    relative clause before it is about, and the occurrences (a meeting named after the partner)."""
    pstart, pend = paras[pi]
    span_reach = p.v.meetings["reach"]["chair_span"]
    left_lo = pstart
    # "นายกรัฐมนตรีของทั้งสองประเทศจะหารือทวิภาคี และเป็นประธานร่วม…": a talk told by its verb
    # alone shares the sentence's subject with the chair phrase; it does not cut the span
    prev_m = [mm for mm in body_live if mm.para == pi and mm.end <= m.start()
              and not (mm.talk and all(q.start < mm.start for q in mm.counterparts))]
    if prev_m:
        left_lo = max(left_lo, prev_m[-1].end)
    seg = f[left_lo:m.start()]
    # (not the โดย of นำโดย: "โดยฝ่ายไทยนำโดยนาย A … และฝ่าย X นำโดย Mr. B … เป็นประธาน" names both sides' heads)
    by = max((i.start() for i in _BY_NOT_LED.finditer(seg)), default=-1)
    cut = max(by, seg.rfind("ซึ่ง"), seg.rfind("ทั้งนี้"))
    # "…กับนาย X (…) รัฐมนตรี… ซึ่งเข้าเยี่ยมคารวะ… เพื่อเป็นประธานร่วม…": the relative clause's
    # subject is the official named right before ซึ่ง
    whose = _relative_subject(f, left_lo + cut, pi, people) if cut != -1 and seg.startswith("ซึ่ง", cut) else None
    if cut != -1:
        left_lo += cut
    # "นาย X โฆษก… เปิดเผยว่า … นาง Y นายกรัฐมนตรี เป็นประธาน…": the one told of chairs, not the teller
    told = list(p.words["statement"][0].finditer(f, left_lo, m.start()))
    if told:
        left_lo = told[-1].end()
    spans = [(left_lo, m.start())]
    if after_m and (m.group("sole") or m.group("co")):
        # "เป็นประธาน(ร่วม)การประชุม X ครั้งที่ 4 (ร่วม)กับนาย Y …": the partner named after the meeting
        # (after the last of a list it chairs: "เป็นประธานร่วมในการประชุม A ครั้งที่ 7 และการประชุม B ครั้งที่ 2
        # ภายใต้… ร่วมกับนาย Y": Y co-chairs both)
        chaired = {id(o) for o in occs}
        listed = [mm for mm in body_live if mm.para == pi and mm.start >= after_m[0].start
                  and any(id(o) in chaired for o in occs_of(mm))]
        tail = max(mm.end for mm in listed) if listed else after_m[0].end
        # (…and after the body it was held under and its English name: "… ครั้งที่ 2 ภายใต้คณะกรรมการ X (The 2nd
        # … Meeting) ร่วมกับ Dr. Y")
        under = _UNDER_A_BODY.match(f, tail, pend)
        tail = under.end() if under else tail
        with_at = _WITH_PARTNER.search(f, tail, min(pend, tail + p.v.meetings["chair_partner_reach"]))
        k = with_at.start() if with_at else -1
        if k != -1 and (_RIGHT_SPAN_END.search(f, tail, k) is None or _ONLY_A_VENUE.fullmatch(f, tail, k)) \
                and not any(tail <= x.start < k and not x.ref for x in body_live):     # its own "ครั้งที่ 4" aside
            r0 = with_at.end()
            spans.append((r0, _span_end(f, r0, pend, span_reach)))
    at = m.end() + (f.startswith(" ร่วมกับ", m.end()))      # "เป็นประธานการประชุม ร่วมกับนาย X"
    if m.group("with") or f.startswith("ร่วมกับ", at) or f.startswith("กับ", at):
        r0 = at + (len("ร่วมกับ") if f.startswith("ร่วมกับ", at) else len("กับ") if f.startswith("กับ", at) else 0)
        r1 = _span_end(f, r0, pend, span_reach)
        nxt = [mm for mm in body_live if r0 <= mm.start < r1]
        spans.append((r0, nxt[0].start if nxt else r1))
        if nxt and not after_m and f[max(r0, nxt[0].start - 6):nxt[0].start].rstrip().endswith(("ใน", "ในการ")):
            # "…เป็นประธานร่วมกับนาย X … ในการประชุม Y": the meeting named after the partner
            occs = occs_of(nxt[0])
    elif f.startswith("โดย", m.end()) or (m.group("co") and f.startswith("ของ", m.end())
                                         and not f.startswith("การ", m.end() + len("ของ"))):
        # passive: "…ร่วมเป็นประธานโดยรัฐมนตรีว่าการกระทรวงการต่างประเทศฟิลิปปินส์ และนาย…",
        # "…ภายใต้การเป็นประธานร่วมของรองนายกรัฐมนตรี…เวียดนาม และ…": the chairs named after it
        r0 = m.end() + len("โดย" if f.startswith("โดย", m.end()) else "ของ")
        spans = [(r0, _span_end(f, r0, pend, span_reach))]
    return left_lo, spans, whose, occs


def _chair_parties(f, m: re.Match, pi: int, paras, p: Patterns, people, canonical, body_live, left_lo: int,
                   spans, whose, evidence: str) -> dict[str, CoChair]:
    """The parties (and officials) a chair phrase names in its spans; else the official a
    relative clause before it is about; the caller, not the one called on before it; and the
    sentence's Thai subject after a linking word (… ก่อนเป็นประธานการประชุม Z)."""
    pstart = paras[pi][0]
    parties: dict[str, CoChair] = {}
    # "นาย X … ได้เข้าเยี่ยมคารวะนาย Y … ในโอกาสเดินทางเยือน…เพื่อเป็นประธานร่วมในการประชุม Z": the one
    # called on before the phrase was met apart; the caller, the sentence's subject, chairs
    called_on = {id(c) for x in body_live if x.talk == "courtesy" for c in x.counterparts if c.start > x.start}
    apart = [pm for pm in people if id(pm) in called_on and left_lo <= pm.start < m.start()]
    for lo, hi in spans:
        for code, person in _parties_in_span(f, lo, hi, p, [pm for pm in people if pm not in apart],
                                             canonical, body_live):
            parties.setdefault(co_chair_key(code, person), CoChair(code, person, evidence))
    if whose is not None and not any(c.person is not None for c in parties.values()) \
            and not any(spans[0][0] <= pm.start < spans[0][1] for pm in people):
        key = person_key(whose.person.name)
        parties.setdefault(co_chair_key(whose.person.country, canonical.get(key, whose.person)),
                           CoChair(whose.person.country, canonical.get(key, whose.person), evidence))
    if apart and not any(c.person is not None for c in parties.values()):
        caller = next((pm for pm in people if pm.para == pi and pm.start < apart[0].start and not pm.negated
                       and not pm.encounter and pm.person.country not in (None, apart[0].person.country)), None)
        if caller is not None:
            key = person_key(caller.person.name)
            parties = {k: c for k, c in parties.items() if c.party != caller.person.country}
            parties[co_chair_key(caller.person.country, canonical.get(key, caller.person))] = \
                CoChair(caller.person.country, canonical.get(key, caller.person), evidence)
    if not parties and _SPEAKER_AFTER.match(f, m.end()):
        # "นาย X … เปิดเผยถึงผลการประชุม Y … ว่า … ในฐานะประธานในที่ประชุม ตนได้…": the teller speaks
        # of their own chairing
        that = f.rfind(" " + _THAT, pstart, m.start())    # (…เปิดเผยถึงผลการประชุม X … ว่า …)
        teller = next((pm for pm in reversed(people) if pm.para == pi and that != -1 and pm.end <= that), None)
        if teller is not None and teller.person.country is not None:
            key = person_key(teller.person.name)
            parties[co_chair_key(teller.person.country, canonical.get(key, teller.person))] = \
                CoChair(teller.person.country, canonical.get(key, teller.person), evidence)
    e = m.start()
    while e > pstart and f[e - 1] == " ":
        e -= 1
    if "TH" not in parties and (p.ends_with("chair_subject", f, e) or not parties and p.ends_with("chair_subject_weak", f, e)):
        # "นาย X (ไทย) หารือกับนาย Y … ก่อนเป็นประธานการประชุม Z": the sentence's subject chairs
        subject = next((pm for pm in people if pm.para == pi and pm.start < left_lo and not pm.negated
                        and pm.person.country == "TH"), None)
        if subject is not None:
            key = person_key(subject.person.name)
            parties["TH"] = CoChair("TH", canonical.get(key, subject.person), evidence)
    return parties


#: the speaker, right after a chair phrase in what they are quoted saying (…ในฐานะประธานในที่ประชุม ตนได้…)
_SPEAKER_AFTER = re.compile(rf"\s?(?:{'|'.join(_FIRST_PERSON)})(?:ได้|จะ|\s)")


def _relative_subject(f: str, at: int, pi: int, people):
    """The official a relative clause opening at ``at`` (ซึ่ง…) is about: the one whose name
    and post end right before it."""
    return next((pm for pm in reversed(people) if pm.para == pi and pm.end <= at and not f[pm.end:at].strip()
                 and not pm.negated and pm.person.country), None)


_REFERENT_FORM = r"(?P<title>[^\sฯ]{{3,80}}?)ฯ?\s?(?:ก็|ยัง|จึง)?(?:ได้|จะ)?\s?(?:มีกำหนด(?:การ)?\s?)?(?:{verbs})[^\s]{{0,12}}\s?\Z"
_WITH_PARTNER = re.compile(r"(?:ร่วม)?กับ")


@cache
def _subject_verbs() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The post-before-verb referent, "และเข้าร่วม" continuing a sentence, and any
    attendance verb, from ``subject_verbs`` (kg/data/meetings.json)."""
    words = patterns().v.meetings["subject_verbs"]
    attend = [w for w in words if w != "เป็นประธาน"]        # chairing is not attending a list's next item
    return (re.compile(_REFERENT_FORM.format(verbs=alternation(words))),
            re.compile(rf"และ(?:จะ|ได้)?\s?(?:{alternation(attend)})[^\s]{{0,12}}\s?\Z"),
            re.compile(rf"(?:ได้|จะ)?\s?(?:{alternation(attend)})[^\s]{{0,12}}\s?"))


def _referent_title(f: str, pstart: int, end: int, people, p: Patterns, before: int):
    """A post standing alone as the subject of the attendance verb ending at ``end``
    (รัฐมนตรีฯ จะเข้าร่วม…), as (window start, its match, the post), unless a named
    official stands in between."""
    lo = max(pstart, end - before)
    window = f[lo:end]
    openers = p.v.meetings["subject_openers"]
    heads = [h for h in p.position_head.finditer(window)
             if (h.start() == 0 and lo == pstart) or window[h.start() - 1:h.start()] in (" ", "\n")
             or window.endswith(tuple(openers), 0, h.start())]
    if not heads or any(lo <= pm.start < end for pm in people):
        return None
    tm = _subject_verbs()[0].match(window, heads[-1].start())
    return (lo, heads[-1], tm.group("title")) if tm is not None else None


_OCCASION = "ในโอกาส"


def _attend_coordinated(f: str, paras, body_live, occs_of, before: int) -> None:
    """"นาย X ได้เข้าร่วมการประชุม A … และเข้าร่วมการประชุม B": B, naming no one of its own,
    was attended by those who attended the meeting the sentence named before it."""
    for i, mm in enumerate(body_live):
        if not mm.cue or mm.is_parent or not (mm.qualified or mm.numbers) or any(o.attendances for o in occs_of(mm)) \
                or not _subject_verbs()[1].search(f, max(paras[mm.para][0], mm.start - before), mm.start):
            continue
        prev = next((x for x in reversed(body_live[:i]) if x.para == mm.para and x.cue and not x.is_parent
                     and any(o.attendances for o in occs_of(x))), None)
        if prev is None:
            continue
        # "ให้การต้อนรับนาย B … เข้าพบหารือ ในโอกาสเดินทางเยือนไทย และเข้าร่วมการประชุม X": the occasion
        # is the visitor's; those met attend X, not the hosts
        visitors = {person_key(c.person.name) for c in prev.counterparts} \
            if prev.talk and _OCCASION in f[prev.end:mm.start] else None
        for src in occs_of(prev):
            for o in occs_of(mm):
                for key, a in src.attendances.items():
                    if visitors is None or key in visitors:
                        o.attendances.setdefault(key, Attendance(a.person, "attendee", a.evidence))


def _attach_title_referents(f, text, paras, p: Patterns, people, canonical, body_live, occs_of, primary_occs):
    """A meeting a release's official joined, named with the post alone before the verb.

    The post is matched to the release's named people by containment of the post
    words (รัฐมนตรีฯ → รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการต่างประเทศ); the
    first such person in the text is taken, as releases name the lead official first.
    """
    primary_ids = {id(o) for o in primary_occs}
    reach = p.v.meetings["reach"]
    for mm in body_live:
        if not mm.cue or mm.is_parent or any(id(o) in primary_ids for o in occs_of(mm)):
            continue
        pstart = paras[mm.para][0]
        found = _referent_title(f, pstart, mm.start, people, p, reach["title_before"])
        if found is None:
            # "นายกรัฐมนตรีจะเข้าร่วมการประชุม … 7 รายการ และเข้าร่วมการประชุม B": the verb's
            # subject is the one of the attendance verb it is coordinated with
            chain = _subject_verbs()[1].search(f, max(pstart, mm.start - reach["title_before"]), mm.start)
            earlier = None
            if chain is not None:
                earlier = next((x for x in reversed(list(_subject_verbs()[2].finditer(
                    f, max(pstart, chain.start() - reach["coordinated_verb"]), chain.start())))), None)
            if earlier is not None and not any(earlier.end() <= pm.start < mm.start for pm in people):
                found = _referent_title(f, pstart, earlier.end(), people, p, reach["title_before"])
        if found is None:
            _attend_delegations_leader(f, text, paras, p, people, canonical, body_live, occs_of, mm)
            continue
        lo, h, title = found
        best, best_score = None, 0
        for pm in people:
            key = person_key(pm.person.name)
            person = canonical.get(key, pm.person)
            pos = person.position or ""
            score = 3 if pos == title else 2 if title in pos else 1 if pos and pos in title else 0
            if not pm.negated and score > best_score:
                best, best_score = (key, person), score
        if best is not None:
            ev = _sentence(text, paras, mm.para, lo + h.start(), mm.end)
            for listed in _coordinated(f, body_live, mm):      # "…เข้าร่วมการประชุม A … และการประชุม B"
                for o in occs_of(listed):
                    o.attendances.setdefault(best[0], Attendance(best[1], "attendee", ev))


@cache
def _delegation_subject() -> re.Pattern:
    """The delegation itself as the subject of an attendance verb (คณะผู้แทนฯ ได้เข้าร่วม…):
    ``delegation.subjects`` of kg/data/meetings.json before ``subject_verbs``."""
    m = patterns().v.meetings
    return re.compile(rf"(?:{alternation(m['delegation']['subjects'])})ฯ?\s?(?:ก็|ยัง|จึง)?(?:ได้|จะ)?\s?"
                      rf"(?:{alternation(m['subject_verbs'])})[^\s]{{0,12}}\s?\Z")


def _delegations_leader(f: str, people, p: Patterns) -> PersonMention | None:
    """Who leads the release's delegation: the first official named after นำโดย, or holding the
    post of its head (หัวหน้าคณะผู้แทน…)."""
    heads = tuple(p.v.meetings["delegation"]["leader_posts"])
    return next((pm for pm in people if not pm.negated and (
        (pm.person.position or "").startswith(heads)
        or p.ends_with("led_by", f, pm.start - (f[pm.start - 1:pm.start] == " ")))), None)


def _attend_delegations_leader(f, text, paras, p: Patterns, people, canonical, body_live, occs_of, mm) -> None:
    """"คณะผู้แทน… นำโดย นาย X … เข้าร่วมการประชุม A … คณะผู้แทนฯ ได้เข้าร่วมการประชุม B": the
    delegation that attended B is the one X leads, and so X attended B (and what B's sentence lists
    with it), unless an official is named between the delegation and its verb."""
    pstart = paras[mm.para][0]
    lo = max(pstart, mm.start - p.v.meetings["reach"]["title_before"])
    said = _delegation_subject().search(f, lo, mm.start)
    if said is None or any(said.start() <= pm.start < mm.start for pm in people):
        return
    leader = _delegations_leader(f, people, p)
    if leader is None:
        return
    key = person_key(leader.person.name)
    ev = _sentence(text, paras, mm.para, said.start(), mm.end)
    for listed in _coordinated(f, body_live, mm):
        for o in occs_of(listed):
            o.attendances.setdefault(key, Attendance(canonical.get(key, leader.person), "attendee", ev))


def _chair_phrases(f: str, p: Patterns):
    """Chair phrases, found from each ประธาน (every phrase holds it) rather than by a
    scan of the whole text with the full alternation."""
    last, n = 0, len(f)
    i = f.find("ประธาน")
    while i != -1:
        m = p.chair.search(f, max(last, i - 14), min(n, i + 40))
        while m is not None and m.end() <= i:
            m = p.chair.search(f, m.end(), min(n, i + 40))
        if m is not None and m.start() <= i:
            yield m
            last = m.end()
        i = f.find("ประธาน", max(i + 1, last))


def _place_the_unplaced_chair(parties: dict, occs, p: Patterns) -> None:
    """The one chair of no country told ("โดยมี Dr. X, Adviser … เป็นประธานร่วม") of a meeting between
    Thailand and one other country (…ไทย-อินเดีย) chairs for that other country."""
    unplaced = [k for k, cc in parties.items() if not cc.party]
    if len(unplaced) != 1:
        return
    other = next((x for o in occs if (x := _other_side(o.series, "TH", p)) is not None), None)
    if other is not None and other not in parties:
        cc = parties.pop(unplaced[0])
        parties[other] = replace(cc, party=other, person=replace(cc.person, country=other) if cc.person else None)


def _other_side(series: str, side: str, p: Patterns) -> str | None:
    """The other country of a "…ไทย-สหรัฐอเมริกา" series one of whose two sides is ``side``."""
    names = [c for c in _bilateral_pair(series, p) if c]
    if len(names) != 2 or side not in names:
        return None
    other = names[0] if names[1] == side else names[1]
    return other if p.v.parties[other].kind == "country" else None


def _bilateral_pair(series: str, p: Patterns) -> list[str]:
    """The two parties of a "…ไทย-สหรัฐอเมริกา" name, if it ends in exactly one pair."""
    found = [(m.start(), m.end(), p.v.party_code(m.group(0))) for m in p.party.finditer(series)]
    for (_s1, e1, c1), (s2, _e2, c2) in zip(found, found[1:]):
        if series[e1:s2] == "-" and c1 != c2:
            return [c1, c2]
    return []


def _span_end(f: str, r0: int, pend: int, reach: int) -> int:
    """Where the span of parties after a chair phrase ends: at โดย, ซึ่ง, ณ … or ``reach`` on."""
    r1 = min(pend, r0 + reach)
    b = _RIGHT_SPAN_END.search(f, r0, r1)
    return b.start() if b else r1


#: a role clause ("ในฐานะ…" and up to three words): it names the coordinator role, not the party
_ROLE_CLAUSE = re.compile(r"ในฐานะ[^\s]*(?:\s(?!และ)[^\s]*){0,3}")
_SIDE = "ฝ่าย"


def _parties_in_span(f, lo, hi, p: Patterns, people, canonical, mentions=()):
    """Parties named in ``f[lo:hi]``: a person's country, else a post's or a bare country."""
    out = []
    # drop "ในฐานะ…" role clauses: they name the coordinator role, not the party
    text = f[lo:hi]
    for mm in mentions:                          # meeting names are not parties (แม่โขง-ล้านช้าง)
        a, b = max(mm.start, lo), min(mm.end, hi)
        if a < b:
            text = text[:a - lo] + " " * (b - a) + text[b - lo:]
    roles = list(_ROLE_CLAUSE.finditer(text))
    masked = _ROLE_CLAUSE.sub(lambda m: " " * len(m.group(0)), text)
    covered = []
    for pm in people:
        if lo <= pm.start < hi and not pm.negated:       # not one who sent another ("นาย A มอบหมาย นาย B ร่วมเป็นประธาน")
            key = person_key(pm.person.name)
            person = canonical.get(key, pm.person)
            # a chair whose country this release does not say: resolution may know it
            out.append((person.country or "", person))
            covered.append((pm.start - lo, pm.end - lo))
    rest = list(masked)
    for a, b in covered:
        for i in range(max(0, a), min(len(rest), b)):
            rest[i] = " "
    rest_s = "".join(rest)
    # unnamed posts ("เจ้าหน้าที่อาวุโสอินโดนีเซีย") and bare countries ("ไทยและญี่ปุ่น")
    for part in re.split(r"และ|,", rest_s):
        found = [c for _, c in _countries_in(part)]
        countries = [c for c in found if p.v.parties[c].kind == "country"]
        # "เจ้าหน้าที่อาวุโสเอเปคของเปรู" is Peru's; "ไทยและสหภาพยุโรป" splits into two parts
        out.extend((c, None) for c in (countries[:1] if countries else found[:1]))
    # (…but a role as one side's head names that side: "ตนในฐานะหัวหน้าคณะผู้แทนฝ่ายไทย จะเป็นประธานร่วมกับ…")
    for role in roles:
        side = role.group(0).find(_SIDE)
        found = [c for _, c in _countries_in(role.group(0)[side + len(_SIDE):])] if side != -1 else []
        if found and p.v.parties[found[0]].kind == "country" and found[0] not in {c for c, _ in out}:
            out.append((found[0], None))
    if not out and p.position_head.search(rest_s):
        out.append(("TH", None))          # a Thai post alone: "ปลัดกระทรวงการต่างประเทศเป็นประธานร่วม"
    return _country_of_the_unplaced(out)


def _country_of_the_unplaced(out: list) -> list:
    """"ร่วมกับนาย X อธิบดีกรมเอเชีย แอฟริกา และลาตินอเมริกา กระทรวงการต่างประเทศ สาธารณรัฐเบลารุส":
    a chair whose post was read short (no country) and one country left in the span: the
    country is the chair's, one party, not a person of no country and a country apart."""
    unplaced = [i for i, (c, person) in enumerate(out) if not c and person is not None]
    placed = {c for c, person in out if person is not None}
    bare = [c for c, person in out if person is None and c not in placed]
    if len(unplaced) != 1 or len(bare) != 1:
        return out
    i = unplaced[0]
    person = out[i][1]
    return [(bare[0], person) if k == i else x for k, x in enumerate(out) if x != (bare[0], None)]
