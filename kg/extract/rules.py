"""The rules that turn one release's mentions into meetings with every candidate fact:
:func:`candidates`, what :func:`kg.extract.extract` hands to the fitted linker and
:mod:`kg.train` fits it on."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache

from ..model import Meeting, PartialDate, Person, Release, person_key
from ..thai import NUMBER_RE, DateSpan, find_dates, fold, gregorian_year, parse_number
from ..vocab import alternation, vocab
from .attach import (
    _OPENING_REF, _Occ, _and_listed, _as_written, _attach_co_chairs, _attach_talk_people, _short_forms, _written_in_full,
    _attach_title_referents, _attend, _holds_facts, _attend_coordinated, _attend_lists, _attend_visit_purpose,
    _date_by_cut_lead, _date_by_lone_day, _date_by_timed_lead, _date_headline_by_lead, _headline_echoes, _headline_rounds_to_body,
    _headline_talks_told_again,
    _intro_paragraphs, _is_headline, _later_than, _lead_year, _links, _named_inside,
    _opening_reference, _places, _propose_release_facts, _qualify_listed_below,
    _sentence, _share_alongside, _share_chaired_after_talk, _share_enumeration_date,
    _headline_day_of_talk, _share_in_lists, _share_occasion, _share_occasion_day, _share_paragraph_date, _share_visit_date, _share_with_parent, _stamp,
    _tells_of_another, _under_a_call_heading, _visit_clause_range,
)
from .meetings import (
    _classify, _coordinated, _earlier_rounds, _resolve_aliases, _with_round_references,
    find_meetings, meeting_lists, same_level,
)
from .mentions import _OF, MeetingMention, PersonMention, _para_of, _paragraphs, _spans_of
from .patterns import (
    HOUR, _AHEAD_OF, _ASIDE_DATE, _CONSISTS_OF, _BACK_REF_REACH, _ENUMERATION_ENDS, _HELD_AFTER, _LIST_INTROS, _PREPARING, _QUOTED,
    _QUOTES, _REF_TO_DATE, _VENUE_THEN_DAY, Patterns, patterns, skip_spaces,
)
from .people import (
    FIRST_PERSON_ATTENDING, _SELF_ATTENDED, _SELF_ATTENDED_REACH, _SELF_LED, _people, _reports, _with_parts_of_today, _with_relative_dates, _with_talks,
    _with_weekdays,
)
from .talks import _SAME_DAY_TIME, find_talks, lead_encounter, partner_lists


_DIGIT = re.compile(r"[0-9๐-๙]")


#: the related meetings a list of meetings ends with ("… และการประชุมอื่น ๆ ที่เกี่ยวข้อง")
_RELATED_TAIL = re.compile(r"\s?(?:และ|รวมถึง|รวมทั้ง|พร้อมทั้ง|พร้อม)\s?(?:การ)?ประชุม(?:สุดยอด)?(?:อื่น\s?ๆ?\s?)?ที่เกี่ยวข้อง\s?")

def _without_bare_names(mentions: list[MeetingMention], v) -> list[MeetingMention]:
    """"รมว.ต่างประเทศ … ร่วมประชุมนัดพิเศษที่กรุง X" in the headline, "…การประชุมรัฐมนตรีต่างประเทศอาเซียน –
    สหรัฐฯ สมัยพิเศษ" in the body: a name that is only a head (`bare_series`) names the one meeting
    the release names with a name, and is told as that one (its date and place are that one's).
    With several named meetings it is left as it is."""
    bare = frozenset(v.meetings["bare_series"])
    named = {mm.series: mm for mm in mentions if not mm.talk and mm.qualified and mm.series not in bare}
    if len(named) != 1:
        return mentions
    [one] = named.values()
    for mm in mentions:
        if not mm.talk and not mm.numbers and mm.series in bare:
            mm.aliases = tuple(dict.fromkeys((*mm.aliases, mm.label)))
            mm.series, mm.label, mm.label_en = one.series, one.label, mm.label_en or one.label_en
    return mentions


#: a news lead that opens with its place, then the day in brackets: "ที่ศาลากลางจังหวัด X (3 มี.ค.2566) นาย A …"
_PLACE_THEN_DAY = re.compile(r"\s*(?:ที่|ณ)\s?[^()\n]{2,80}?\s?\(\s?")
#: a country named with ที่ right after a meeting ("…เอเปคที่เกาหลีใต้ ซึ่ง…"), up to a word that ends it
_AT_A_COUNTRY = re.compile(r"\s?ที่\s?")
_COUNTRY_WORD = "ประเทศ"       # ที่ประเทศ… is a venue cue of modes.json, read with its own reach
_COUNTRY_ENDS = re.compile(r"ฯ?(?:\s|$|ซึ่ง|เมื่อ|ระหว่าง|และ|แต่|โดย|เพื่อ|ใน|,|\))")
_CLAUSE_AFTER_DATE = re.compile(r"\s?ซึ่ง")


def _place_right_after(f: str, mm: MeetingMention, pend: int, p: Patterns) -> tuple[int, int] | None:
    """The span of a place written right after a meeting with no ณ: a city after its round
    ("…เอเปค ครั้งที่ 32 เมืองคยองจู สาธารณรัฐเกาหลี"), or a country with ที่ that ends there
    ("…เอเปคที่เกาหลีใต้ ซึ่ง…", "…ครั้งที่ 3 ที่ลาว แต่…")."""
    city = p.city_after.match(f, mm.end, pend) if mm.numbers else None
    if city is not None:
        return city.span(1)
    at = _AT_A_COUNTRY.match(f, mm.end, pend)
    named = p.party.match(f, at.end()) if at is not None and not f.startswith(_COUNTRY_WORD, at.end()) else None
    if named is None or not _COUNTRY_ENDS.match(f, named.end()) or p.v.party_code(named.group(0)) is None:
        return None
    return at.end(), named.end()


@cache
def _timed_setting() -> re.Pattern:
    """"วันนี้ (8 พ.ค. 68) เวลา 13.00 น. ณ ห้องทำงานนายกรัฐมนตรี โฆษก… เปิดเผยว่า นายกฯ ได้หารือ…": a clock
    time and a place right after the day set the scene of what the statement tells (not a briefing
    room's, ``briefing_rooms`` of kg/data/meetings.json); so does a clock time told in a place's local
    time, in brackets ("วันนี้ (3 มี.ค.) เวลา 10.30 น. (ตามเวลาท้องถิ่น X ซึ่งช้ากว่า…) โฆษก… เปิดเผยว่า…": the
    hour abroad of what the spokesperson travelling along tells)."""
    rooms = alternation(vocab().meetings["briefing_rooms"])
    return re.compile(rf"\s?\)?\s?เวลา\s?{HOUR}\s?(?:(?:ตามเวลา[^\s()]{{0,12}}\s?)?ณ\s?(?!{rooms})|\(\s?ตามเวลาท้องถิ่น)")   # (…ตามเวลาท้องถิ่น ณ …)


#: an hour written before the day ("เมื่อเวลา 15.30 น. วันที่ 16 ตุลาคม"), and the words that put what a
#: statement tells off its day (จะ, มีกำหนด, เตรียม; เมื่อคืนที่ผ่านมา)
_CLOCK_BEFORE_DAY = re.compile(rf"เวลา\s?{HOUR}\s?(?:ของ)?(?:วันที่)?\s?\Z")
_OFF_THE_DAY = re.compile(r"จะ|มีกำหนด|เตรียม|ที่ผ่านมา|เมื่อคืน|เมื่อวาน")     # ahead of it, or behind it


def _children(parent: MeetingMention, live: list[MeetingMention]) -> list[MeetingMention]:
    """The meetings held during ``parent``: its child, and the other talks of the child's verb
    when that verb met several parties ("ในระหว่างการประชุมสุดยอด X … ได้หารือกับอินโดนีเซีย ลาว
    และเวียดนาม": one talk each, all held during X)."""
    child = parent.child
    if child is None:
        return []
    return [child, *(x for x in live if x is not child and x.talk and child.talk and x.start == child.start
                     and x.para == child.para)]


#: "นาย John Smith – State Secretary ของนาย Peter Brown": a post in Latin script, which the positions
#: file does not read, then ของ and the one it serves (not a Thai clause: "…เยือนไทยในฐานะแขกของนาย B")
_POST_OF = re.compile(r"\s?(?:[-–]\s?)?[A-Z][A-Za-z .,'&()-]{0,40}ของ\s?\Z")


def _whose(f: str, a, b) -> bool:
    """Is ``b`` named as the one whose post ``a`` holds ("Dr. A ที่ปรึกษาพิเศษของ Dr. B", "นาย A –
    State Secretary ของนาย B")? Then B is not at the meeting by being named."""
    return (a.person.position or "").endswith(_OF) and b.start - a.end <= 1 \
        or a.person.position is None and _POST_OF.fullmatch(f, a.end, b.start) is not None


#: "…เมื่อวันที่ 11 … ได้เข้าร่วมการประชุมในกรอบของรัฐมนตรี… ก่อนการประชุมสุดยอดอาเซียน ครั้งที่ 35 ได้แก่ …":
#: a meeting named as the time before which something was done; a day told before it is not its own
_BEFORE_IT = ("ก่อน", "ก่อน ", "ก่อนหน้า", "ก่อนหน้า ")


#: what may stand between a word and the day it introduces: a restating word and the day it restates
#: ("ซึ่งตรงวันที่ 22มี.ค.", "ตรงกับ วันศุกร์ที่ 22"), a report's "told on" and its day (รายงานเมื่อวันที่ 3 …)
_RESTATED_DAY = re.compile(r"\s?(?:วัน[^\s\d]{0,8}ที่|วันที่)?\s?\Z")
_RESTATED_DAY_REACH = len(" วันพฤหัสบดีที่ ")


def _restated(f: str, d: DateSpan, p: Patterns) -> bool:
    """Is ``d`` the day told before it again, in another time zone or calendar ("วันที่ 21 มี.ค.
    ตามวันของเม็กซิโก ซึ่งตรงวันที่ 22มี.ค.ของประเทศไทย")? Then it dates nothing of its own."""
    cue = _RESTATED_DAY.search(f, max(0, d.begin - _RESTATED_DAY_REACH), d.begin)
    return cue is not None and p.ends_with("restating", f, cue.start())


#: what may stand after the day a report was made: its "that" (รายงานเมื่อ 3 มี.ค. ว่า …)
_TOLD_THAT = re.compile(r"\s?(?:\([^()]{0,20}\)\s?)?ว่า")


def _told_on(f: str, d: DateSpan, p: Patterns) -> bool:
    """Is ``d`` the day a report was made ("สำนักข่าว X รายงานเมื่อ 3 มี.ค. ว่า …")? The day the
    news was told, then what it tells; it dates no meeting (the meeting's own day follows)."""
    cue = _RESTATED_DAY.search(f, max(0, d.begin - _RESTATED_DAY_REACH), d.begin)   # (the same words before the day)
    return cue is not None and p.ends_with("told_when", f, cue.start()) and _TOLD_THAT.match(f, d.stop) is not None


#: what may stand between "since" and the year it starts from: "ตั้งแต่ พ.ศ. 2462", "ตั้งแต่ปี 2510",
#: and the same year restated in brackets after it: "ตั้งแต่ พ.ศ. 2462 (ค.ศ. 1919)"
_SINCE_YEAR = r"\s?(?:ปี\s?)?(?:พ\.ศ\.\s?\d{4}\s?\(?)?(?:พ\.ศ\.|ค\.ศ\.)?\s?\Z"


#: how far before a date "since" and what may follow it are looked for
_SINCE_REACH = len("นับตั้งแต่ ปี พ.ศ. 2462 (ค.ศ. ")


@lru_cache(maxsize=4)
def _since_re(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))}){_SINCE_YEAR}")


def _since_date(f: str, d: DateSpan, p: Patterns) -> bool:
    """Is ``d`` the start of a period ("…เป็นสมาชิกก่อตั้งองค์การฯ ตั้งแต่ พ.ศ. 2462 (ค.ศ. 1919)")? A
    year told after "since" dates no meeting, nor its restatement in brackets; a day after it
    ("ตั้งแต่วันที่ 2 สิงหาคม") still does."""
    return _since_re(tuple(p.v.meetings["since_words"])).search(f, max(0, d.begin - _SINCE_REACH), d.begin) is not None


def _tenure_date(f: str, d: DateSpan, p: Patterns, reach: int) -> bool:
    """Is ``d`` told in a relative clause about someone taking office ("…ซึ่งเพิ่งได้รับการเลือกตั้ง
    ให้ดำรงตำแหน่ง… เมื่อวันที่ 2 ม.ค. 64")? That is their tenure's day, no meeting's."""
    clause = _ASIDE_DATE.search(f, max(0, d.begin - reach), d.begin)
    if clause is not None and p.contains("tenure", f, clause.start(), d.begin):
        return True
    # "…ภายหลังเข้ารับตำแหน่ง… เมื่อเดือนสิงหาคม 2565 โดยมีกำหนดการพบหารือ…": told with เมื่อ right
    # after the taking of office, with no meeting's word between
    when = _WHEN_RIGHT_BEFORE.search(f, max(0, d.begin - _WHEN_REACH), d.begin)
    if when is None:
        return False
    lo = max(0, when.start() - p.v.meetings["reach"]["tenure_when_before"])
    told = None
    for told in p.words["tenure"][0].finditer(f, lo, when.start()):
        pass                            # the last taking of office told before เมื่อ
    if told is None:
        return False
    a, b = told.end(), when.start()
    # (on its line, with no meeting's head or talk verb between; and not the occasion a call was paid on:
    # "…เยี่ยมคารวะเนื่องในโอกาสเข้ารับตำแหน่ง เมื่อวันที่ 25": the call's day)
    return "\n" not in f[a:b] and not p.head.search(f, a, b) and not p.talk_verb.search(f, a, b) \
        and not f.endswith(_ON_THE_OCCASION, 0, told.start())


_WHEN_RIGHT_BEFORE = re.compile(r"เมื่อ\s?(?:วันที่|เดือน)?\s?\Z")
_WHEN_REACH = len("เมื่อ วันที่ ")
_ON_THE_OCCASION = "โอกาส"


@dataclass
class _Draft:
    """One release as the attaching stages share it: its text (as written and folded), its
    paragraphs, the officials and meetings named in it, and each live mention's occurrences.
    Each stage of :func:`candidates` reads what the stages before it settled and adds its own."""
    release: Release
    p: Patterns
    text: str
    f: str
    paras: list[tuple[int, int]]
    default_year: int | None
    people: list
    mentions: list[MeetingMention]
    intros: set[int]
    title_paras: set[int] = field(default_factory=set)
    occs: dict = field(default_factory=dict)
    by_mention: dict = field(default_factory=dict)
    live: list[MeetingMention] = field(default_factory=list)
    body_live: list[MeetingMention] = field(default_factory=list)
    inner: set[int] = field(default_factory=set)
    primary_mention: MeetingMention | None = None
    primary_occs: list = field(default_factory=list)
    dates: list[DateSpan] = field(default_factory=list)
    lists: list = field(default_factory=list)

    @property
    def page_day(self) -> PartialDate | None:
        """The page's own date when it names the day (a stamp to the day), else None."""
        published = self.release.published
        return published if published and published.day else None

    @property
    def v(self):
        return self.p.v

    @property
    def R(self) -> dict:
        """How far, in characters, each attaching rule looks (meetings.json ``reach``)."""
        return self.p.v.meetings["reach"]

    @property
    def with_meeting(self) -> set[int]:
        """The body's paragraphs that name a meeting: the only ones a date, a way of meeting or a
        place is read in (with the title's and the main meeting's, for the latter two)."""
        return {mm.para for mm in self.body_live}

    @cached_property
    def opening_refs(self) -> dict[int, int]:
        """The paragraphs that open by referring back to the meeting told before ("การประชุมในครั้งนี้ …"),
        each with where the words referring back end."""
        return {i: ref.end() for i, (lo, hi) in enumerate(self.paras) if (ref := _OPENING_REF.match(self.f, lo, hi))}

    @property
    def all_occs(self) -> list[_Occ]:
        return list(self.occs.values())

    @property
    def primary(self) -> _Occ:
        return self.primary_occs[0]

    def occs_of(self, mm: MeetingMention) -> list[_Occ]:
        return self.by_mention.get(id(mm), [])

    def nearest_before(self, i: int, pi: int, *, within: int = 10**9, parents: bool = False, outer: bool = False):
        """The last meeting of paragraph ``pi`` named before ``i``, within ``within`` characters."""
        best = None
        for mm in self.body_live:
            if mm.para != pi or mm.end > i + 0:
                continue
            if i - mm.end > within:
                continue
            if mm.is_parent and not parents:
                continue
            if outer and id(mm) in self.inner:
                continue            # "การประชุมเตรียมการสำหรับการประชุม X ครั้งที่ 5 ผ่านระบบ…": the
                                    # way of meeting told is the outer one's, not the one named inside it
            best = mm
        return best

    def first_after(self, i: int, pi: int, *, within: int = 10**9):
        """The first meeting of paragraph ``pi`` named after ``i``, within ``within`` characters."""
        for mm in self.body_live:
            if mm.para == pi and mm.start >= i and not mm.is_parent and mm.start - i <= within \
                    and not self.f.endswith(_BEFORE_IT, 0, mm.start):
                return mm
        return None


def candidates(release: Release) -> tuple[Meeting, ...]:
    """The release's meetings with every candidate fact and its features (``Meeting.links``),
    before the linker decides: what :mod:`kg.train` fits the linker on. Stage by stage: the
    mentions, their occurrences, the main meeting, then dates, ways of meeting and places, the
    facts meetings share, status, attendance, chairs, and the meetings assembled."""
    read = _Read.of(release)
    found = _from_draft(_read_mentions(read))
    told = () if found else lead_encounter(read.f, read.paras, read.people, read.p)
    if told:
        # a release that tells one encounter too loosely for the finders: the encounter its lead
        # tells, when the lead also tells its day (undated, the lead's verb is as often a news
        # story's "discussed" or a meeting named some other way as an encounter: on the real
        # releases of tests/real, 21 of 33 undated ones were no meeting, 7 of 25 dated ones), or
        # when it is of a kind told as the event itself (talks.lead.undated_kinds: a call paid, a
        # welcome given; on batches 73-94, 2 such undated encounters right and 2 wrong)
        undated = read.p.v.meetings["talks"]["lead"]["undated_kinds"]
        found = tuple(m for m in _from_draft(_read_mentions(read, also=told))
                      if m.start is not None or told[0].talk in undated)
    return found


@dataclass(frozen=True)
class _Read:
    """What both readings of a release share: its folded text, paragraphs, default year and the
    officials it names (found once; the meeting finders' mentions are made anew each reading,
    as the attaching stages change them)."""
    release: Release
    p: Patterns
    text: str
    f: str
    paras: list
    default_year: int | None
    people: list

    @classmethod
    def of(cls, release: Release) -> "_Read":
        p = patterns()
        text = release.title + "\n" + release.body
        f = fold(text)
        paras = _paragraphs(f)
        # (a page that shows only when it was last updated dates its yearless days by that year)
        stamped = release.published or release.modified
        return cls(release, p, text, f, paras, stamped.year if stamped else _lead_year(f, p), _people(f, paras, p))


def _from_draft(ctx: _Draft | None) -> tuple[Meeting, ...]:
    if ctx is None or not _occurrences(ctx):
        return ()
    _choose_primary(ctx)
    _set_dates(ctx, _pending_dates(ctx))
    _attach_modes(ctx)
    _share_facts(ctx)
    _attach_status(ctx)
    canonical = _attach_people(ctx)
    return _assemble(ctx, _chairs_and_summaries(ctx, canonical))


def _talks_told_as_a_round(f: str, paras, mentions: list[MeetingMention]) -> None:
    """"ไทย - X ประชุมคณะกรรมการ… ครั้งที่ 21" over a body that tells it as a meeting with the other
    side's official ("นาย A … ร่วมประชุมกับ พันตรี B … ประธาน… ฝ่าย X … ครั้งที่ 21"): the talk, whose
    sentence ends on the round the headline numbers, is that round, with its day and its people."""
    headline = [mm for mm in mentions if mm.para == 0 and len(mm.numbers) == 1 and not mm.talk]
    for mm in mentions:
        if not mm.talk or mm.para == 0 or mm.numbers or not headline:
            continue
        line_end = paras[mm.para][1]
        stop = f.find("\n", mm.end, line_end)
        after = NUMBER_RE.search(f, mm.end, line_end if stop == -1 else stop)     # the round at the sentence's end
        if after is None or any(mm.end <= x.start < after.start() for x in mentions if x is not mm):
            continue
        numbers, _year = parse_number(after.group(0))
        head = next((h for h in headline if h.numbers == numbers), None)
        if head is not None:
            mm.numbers, mm.series, mm.label = numbers, head.series, head.label
            mm.aliases = tuple(dict.fromkeys((*mm.aliases, head.label)))


def _read_mentions(read: _Read, *, also: list[MeetingMention] | tuple = ()) -> _Draft | None:
    """The officials and meetings a release names, classified (attended, listed, ahead, an
    umbrella), as a draft for the attaching stages; None when it names no meeting. ``also``:
    mentions found another way (the lead's one encounter), read with the finders'."""
    release, p, text, f, paras, default_year, people = (
        read.release, read.p, read.text, read.f, read.paras, read.default_year, read.people)
    v = p.v
    R = v.meetings["reach"]     # how far, in characters, each attaching rule looks
    mentions = _with_talks(partner_lists(f, paras, find_meetings(f, paras, p), p), find_talks(f, paras, people, p))
    _talks_told_as_a_round(f, paras, mentions)
    if also:
        mentions = sorted([*mentions, *also], key=lambda mm: mm.start)
    if not mentions:
        return None
    _classify(f, mentions, p, paras)
    for mm in mentions:
        if mm.talk:
            mm.qualified = mm.cue = True
        # "…ก่อนเดินทางไปร่วมประชุม X", "เตรียมการประชุม X ครั้งที่ 112 ที่จะมีขึ้น…": X comes after the day told
        mm.ahead = mm.ahead or _AHEAD_OF.search(f, max(paras[mm.para][0], mm.start - R["status_before"]), mm.start) is not None \
            or _PREPARING.search(f, max(paras[mm.para][0], mm.start - R["preparing_before"]), mm.start) is not None
    for group in meeting_lists(f, mentions):
        if group[0].ahead:
            for x in group:
                x.ahead = True      # "…ก่อนเดินทางไปร่วมประชุม A ที่ประเทศ X รวมถึงการประชุม B": both
        # "เข้าร่วมการประชุม A, การประชุม B ครั้งที่ 22 และการประชุม C": one verb, one list; and "…การประชุม A (…)
        # และการประชุม B (…) ซึ่งจะมีขึ้นระหว่างวันที่ …": one clause after the list tells of each member
        if any(x.qualified and (x.cue or x.numbers) for x in group) \
                or group[-1].qualified and _HELD_AFTER.match(f, group[-1].end) is not None:
            for x in group:
                if not p.vague(f, x.start, min(len(f), x.end + R["vague_after"])):   # "การประชุมที่เกี่ยวข้อง"
                    x.qualified = True
                    x.cue = x.cue or group[0].cue
        # "…เป็นเจ้าภาพจัดการประชุม X และการประชุมที่เกี่ยวข้อง ได้แก่ A B C": the listed meetings are
        # the ones the cue before the list was about
        first = group[0]
        before = f[max(paras[first.para][0], first.start - R["title_before"]):first.start].rstrip()
        if not first.cue and before.endswith(_LIST_INTROS) and any(
                x.para == first.para and x.end <= first.start and x.cue for x in mentions):
            for x in group:
                x.qualified = x.cue = x.alongside = True
            # "…ยังมีการประชุมระหว่างอาเซียนกับประเทศคู่เจรจา คือ A B และ C": the name the list
            # spells out is an umbrella, not a meeting of its own
            umbrella = next((x for x in reversed(mentions) if x.para == first.para and x.end <= first.start), None)
            if umbrella is not None and not umbrella.numbers and f[umbrella.end:first.start].strip() in _LIST_INTROS:
                umbrella.qualified = False
            elif umbrella is not None and before.endswith(_CONSISTS_OF):
                for x in group:
                    x.within = umbrella     # "…การประชุม X ในวันที่ 1-2 ตุลาคม ประกอบด้วยการประชุม A B และ C": X's parts
    intros = _intro_paragraphs(f, paras)        # paragraphs ending "… ดังนี้" / "… ได้แก่"
    _qualify_listed_below(f, paras, mentions, intros, p)
    _resolve_aliases(mentions, p)
    mentions = _without_bare_names(_with_round_references(f, paras, mentions, p), v)
    return _Draft(release, p, text, f, paras, default_year, people, mentions, intros)


def _round_years(mentions) -> dict[tuple[str, int], int]:
    """The one year each numbered round of a series is told with ("ครั้งที่ 1/2567" in the
    headline, "ครั้งที่ 1" in the body: one round), where the release tells exactly one."""
    years: dict[tuple[str, int], set[int]] = {}
    for mm in mentions:
        if mm.number_year is not None:
            for n in mm.numbers:
                years.setdefault((mm.series, n), set()).add(mm.number_year)
    return {k: next(iter(ys)) for k, ys in years.items() if len(ys) == 1}


def _occurrences(ctx: _Draft) -> bool:
    """One occurrence per (series, number), unnumbered mentions joining their series, and every
    name the release gives each; False when no mention names a meeting of its own."""
    text, f, paras, p, v = ctx.text, ctx.f, ctx.paras, ctx.p, ctx.v
    people, mentions, default_year = ctx.people, ctx.mentions, ctx.default_year
    occs, by_mention = ctx.occs, ctx.by_mention
    # -- occurrences: one per (series, number); unnumbered mentions join their series
    numbered_series: dict[str, list[_Occ]] = {}
    earlier = _earlier_rounds(f, mentions, p)
    years = _round_years(mentions)
    for mm in mentions:
        if id(mm) in earlier:
            continue
        for n in mm.numbers:
            key = (mm.series, n, mm.number_year if mm.number_year is not None else years.get((mm.series, n)))
            occ = occs.get(key)
            if occ is None:
                occ = occs[key] = _Occ(key, mm, n, mm.label, mm.series, mm.label_en, key[2])
                numbered_series.setdefault(mm.series, []).append(occ)
            occ.label_en = occ.label_en or mm.label_en
            by_mention.setdefault(id(mm), []).append(occ)
    title_paras = ctx.title_paras = {0} if _is_headline(f, paras, p, default_year) else set()
    # A headline's paraphrase ("ร่วมประชุมสุดยอดอาเซียนที่เวียงจันทน์") of a meeting the body
    # names properly is not a meeting of its own: keep unnumbered headline names only
    # when the body names its series, or names no meeting it reports.
    body_series = {mm.series for mm in mentions if mm.para not in title_paras}
    body_reports = any(mm.para not in title_paras and (mm.numbers or mm.cue) for mm in mentions)
    # (a headline's talk with one the body never names, "…พร้อมพบหารือ “นาย X”", is no paraphrase)
    named_in_body = {person_key(pm.person.name) for pm in people if pm.para not in title_paras}
    headline_only = {id(mm) for mm in mentions if mm.para in title_paras and not mm.numbers and body_reports
                     and mm.series not in body_series
                     and not (mm.talk and mm.counterparts
                              and not {person_key(c.person.name) for c in mm.counterparts} & named_in_body)}
    _headline_rounds_to_body(mentions, title_paras, body_series, by_mention, occs)
    told_again = _headline_talks_told_again(mentions, title_paras | _headline_echoes(f, paras, title_paras, p))
    for mm in mentions:
        if mm.numbers or id(mm) in headline_only:
            continue
        if id(mm) in told_again:
            body = told_again[id(mm)]           # the headline's "หารือกับ X" is the body's call on X
            mm.series, mm.label, mm.talk = body.series, body.label, body.talk
            mm.aliases = tuple(dict.fromkeys((*mm.aliases, *body.aliases)))
        same = numbered_series.get(mm.series) if not mm.round_word else None
        if same:
            # "การประชุม X" after "การประชุม X ครั้งที่ 18": the same round, if only one is named
            target = [o for o in same if not o.is_parent]
            if len(same) == 1 or (mm.para in title_paras and target):
                # (a headline's "ประชุมสุดยอดอาเซียน" over a body's "ครั้งที่ 40-41" names both rounds)
                by_mention[id(mm)] = target if mm.para in title_paras and len(target) > 1 else [same[0]]
                same[0].label_en = same[0].label_en or mm.label_en
            continue
        key = (mm.series, None, mm.label if mm.talk else mm.round_word or None)
        occ = occs.get(key)
        if occ is None:
            if not (mm.qualified or mm.para in title_paras):
                continue
            occ = occs[key] = _Occ(key, mm, None, mm.label, mm.series, mm.label_en)
            if mm.talk == "call" or (mm.talk and _under_a_call_heading(f, paras, mm.para, p)):
                occ.mode = "virtual"
        occ.aliases = tuple(dict.fromkeys((*occ.aliases, *mm.aliases)))   # the headline's wording and the body's
        occ.label_en = occ.label_en or mm.label_en
        by_mention[id(mm)] = [occ]
    live = ctx.live = [mm for mm in mentions if id(mm) in by_mention]
    if not live:
        return False
    verb_heads = tuple(v.meetings.get("verb_heads", {}))
    for mm in live:
        # every name the release gives a meeting, as written ("การประชุมสุดยอดอาเซียน - สหรัฐฯ สมัยพิเศษ"
        # in the body, "…อาเซียน-สหรัฐ สมัยพิเศษ" in the headline), is one of its labels
        if not (mm.talk or mm.ref):
            written = _QUOTES.sub("", text[mm.start:mm.name_end]).strip()
            # a name written after its verb ("…และการเข้าร่วมประชุมผู้นำ X") is also its noun form, การประชุม…
            noun = "การ" + written if written.startswith(verb_heads) else None
            for o in by_mention[id(mm)]:
                for name in (written, noun):
                    if name and name != o.label and name not in o.aliases:
                        o.aliases = (*o.aliases, name)

    return True


def _choose_primary(ctx: _Draft) -> None:
    """Parent links, and the release's main meeting: the headline's, else the first one attended."""
    live, by_mention, title_paras = ctx.live, ctx.by_mention, ctx.title_paras
    # parent links and primary meeting
    for mm in live:
        if mm.is_parent and mm.child is not None and id(mm.child) in by_mention:
            for o in by_mention[id(mm)]:
                o.is_parent = True
            for c in (c for x in _children(mm, live) for c in by_mention.get(id(x), ())):
                # "…หารือกับนาย X ระหว่างการประชุมสุดยอด Y ครั้งที่ 12-13": held during the first of the
                # rounds told together, whose officials were at each of them
                c.parent = (mm.series, mm.numbers[0] if mm.numbers else None)
                c.parent_also = tuple((mm.series, n) for n in mm.numbers[1:])
    # a parent named as a parent anywhere stays a parent, even where its name recurs
    inner = ctx.inner = _named_inside(live)
    primary_mention = next((mm for mm in live if mm.para == 0 and id(mm) not in inner
                            and not any(o.is_parent for o in by_mention[id(mm)])), None)
    if primary_mention is None:
        primary_mention = next((mm for mm in live if mm.qualified and not mm.is_parent and id(mm) not in inner), None) or \
            next((mm for mm in live if not mm.is_parent), live[0])
    beside = (primary_mention.series, primary_mention.numbers[0] if len(primary_mention.numbers) == 1 else None)
    for mm in live:
        mm.primary_like = mm.series == primary_mention.series
        if mm.alongside and not mm.primary_like and not mm.is_parent:
            for c in by_mention[id(mm)]:
                c.parent = c.parent or beside
    ctx.primary_mention = primary_mention
    ctx.primary_occs = by_mention[id(primary_mention)]
    for o in ctx.primary_occs:
        o.primary = True
    ctx.body_live = [mm for mm in live if mm.para not in title_paras] or live


#: the words right before a date that make it lead the meeting named after it ("เมื่อวันที่ …",
#: "วันนี้ (…", "ระหว่าง …")
_LEAD_TRIGGER = re.compile(r"(?:เมื่อ|ระหว่าง|ใน|ตั้งแต่)?(?:วันที่|วัน[จอพศส][^\s]{0,8}\s?ที่)\s?\(?\s?$|เมื่อ\s?$|เมื่อปี\s?$|ในปี\s?$|ระหว่าง\s?$|(?:วัน|วาน)[^\s\d()]{0,12}\s?\(\s?(?:(?:วัน)?[จอพศส][^\s\d()]{0,8}\s)?$|วันนี้\s?$|\(\s?(?:วัน)?[จอพศส][^\s\d()]{0,8}ที่\s?$")


def _pending_dates(ctx: _Draft) -> tuple[list, list, list]:
    """Every date the release states, each proposed for the meeting it is told with: close after
    its name (or a back-reference), leading the one after it, or trailing the one before it."""
    f, paras, p, R = ctx.f, ctx.paras, ctx.p, ctx.R
    body_live, title_paras, primary_mention = ctx.body_live, ctx.title_paras, ctx.primary_mention
    nearest_before = ctx.nearest_before
    dates, aside = _stated_dates(ctx)
    pending_close: list[tuple[DateSpan, MeetingMention]] = []   # "… ครั้งที่ 4 ในเดือนพฤศจิกายน 2567"
    pending_lead: list[tuple[DateSpan, MeetingMention]] = []
    pending_trail: list[tuple[DateSpan, MeetingMention]] = []
    for d in dates:
        pi = _para_of(paras, d.begin)
        if pi in title_paras and len(paras) > 1:
            continue
        # "… ครั้งที่ 11 … เป็นประธานร่วม การประชุมดังกล่าวจัดขึ้นเมื่อวันที่ 19 ธันวาคม 2567"
        ref = None
        for ref in p.back_ref.finditer(f, max(paras[pi][0], d.begin - _BACK_REF_REACH), d.begin):
            pass                                    # the last one before the date
        told = nearest_before(ref.start(), pi) if ref is not None and _REF_TO_DATE.match(f[ref.end():d.begin]) else None
        if told is None:
            told = _opening_reference(f, paras[pi][0], d.begin, pi, body_live, primary_mention, R)
        if told is not None:
            pending_close.append((d, told))
            continue
        yr_only = d.start.precision == "year"
        trail = _trailed(ctx, d, pi)
        lead = _led(ctx, d, pi, dates, aside, trail)
        # "…มีกำหนดเข้าพบนาย B รองนายกรัฐมนตรี… ในช่วงเช้าของวันที่ 9": a talk's name ends at its verb;
        # the day is told after the one met and their post (not in a clause about them: "…กับนาย B
        # … ซึ่งเดินทางเยือนไทยเมื่อวันที่ 22 …" is their earlier visit)
        gap = 0
        if trail is not None:
            told_to = trail.end
            if trail.talk and id(d) not in aside:
                told_to = max((c.end for c in trail.counterparts if trail.end <= c.start < d.begin), default=trail.end)
            gap = d.begin - told_to
        if trail is not None:
            # "…ซึ่งจัดขึ้นภายใต้หัวข้อ "Leaving no one behind" ระหว่างวันที่ 21-23 …": a quoted theme
            # between the name and its days is no distance between them
            gap -= sum(len(q.group(0)) for q in _QUOTED.finditer(f, trail.end, d.begin))
        if trail is not None and (related := _RELATED_TAIL.match(f, trail.end, d.begin)) is not None:
            gap = d.begin - related.end()   # "…RCEP ครั้งที่ 8 และการประชุมอื่น ๆ ที่เกี่ยวข้อง ระหว่างวันที่ 24-29
                                            # สิงหาคม": the list's days, told after its related meetings
        if trail is not None and (gap <= R["close"] or (gap <= R["close_held"] and (
                "จัดขึ้น" in f[trail.end:d.begin] or _VENUE_THEN_DAY.fullmatch(f, trail.end, d.begin)))) \
                and not (trail.is_parent and lead is not None) \
                and (not yr_only or re.search(r"จัดขึ้น|จัด|เมื่อ", f[trail.end:d.begin])):
            pending_close.append((d, trail))
        elif trail is not None and (lead is None or (trail.is_parent and trail.child is lead and d.begin - trail.end <= R["close_held"])):
            pending_trail.append((d, trail))
        elif lead is not None:
            pending_lead.append((d, lead))
            # "…ได้เข้าเยี่ยมคารวะนาย A … และนาง B …": the calls one verb tells share the lead's date
            pending_lead.extend((d, sib) for sib in body_live if sib is not lead and sib.talk and sib.start == lead.start)
    ctx.dates = dates
    return pending_close, pending_lead, pending_trail


def _stated_dates(ctx: _Draft) -> tuple[list[DateSpan], set[int]]:
    """The dates the release states in the paragraphs that can date a meeting (relative days
    resolved; not a tenure's, a restated one, nor a year inside a meeting's name), and, by id,
    those told inside a relative clause, which lead no meeting told after them."""
    f, paras, p, v, R = ctx.f, ctx.paras, ctx.p, ctx.v, ctx.R
    mentions = ctx.mentions
    # A date, a way of meeting or a venue attaches only to a meeting named in its own
    # paragraph (or, for modes and venues, to the main meeting in the title's or the main
    # meeting's paragraph): paragraphs of discussion that name no meeting, most of a
    # release, are not scanned for them. The same facts, ~10% less extraction time.
    with_meeting = ctx.with_meeting
    relative = any(w in f for w in (*v.meetings["relative_days"], *v.meetings["parts_of_today"]))  # str.find: ~20× faster than a scan
    date_spans = None if relative else _spans_of(paras, with_meeting | ctx.intros | set(ctx.opening_refs))  # "ในวันถัดมา" looks back anywhere
    dates = find_dates(f, default_year=ctx.default_year, spans=date_spans)
    page_day = ctx.page_day
    if relative:
        dates = _with_relative_dates(f, dates, v.meetings["relative_days"], tuple(v.meetings["past_date_tails"]),
                                     tuple(v.meetings["today_anchored"]), page_day)
        dates = _with_parts_of_today(f, dates, tuple(v.meetings["parts_of_today"]))
    dates = _with_weekdays(f, dates, page_day)
    # "…นาย X นายกเทศมนตรี ซึ่งเพิ่งได้รับการเลือกตั้ง… เมื่อวันที่ 2 ม.ค. 64": the day someone took office
    dates = [d for d in dates if not _tenure_date(f, d, p, R["tenure_clause_before"]) and not _restated(f, d, p)
             and not _since_date(f, d, p) and not _told_on(f, d, p)]
    # "…เป้าหมายริมน้ำปี 2040" in a release of 2023: a year alone years ahead is a goal's, not a meeting's date
    if ctx.default_year is not None:
        dates = [d for d in dates if d.start.precision != "year" or d.start.year <= ctx.default_year + R["year_ahead_max"]]
    # "…วาระการพัฒนาภายหลังปี ค.ศ. 2015": a year inside a meeting's name is the name's, not its date
    numbered_names = [(mm.start, mm.name_end) for mm in mentions if _DIGIT.search(f, mm.start, mm.name_end)]
    if numbered_names:
        dates = [d for d in dates if not any(a <= d.begin and d.stop <= b for a, b in numbered_names)]
    # "… กับนาย X ซึ่งเดินทางเยือนไทยเมื่อวันที่ 19 มกราคม … ได้เข้าเยี่ยมคารวะ…": a day told inside a
    # relative clause is that clause's earlier event; it dates no meeting told after it
    aside = {id(d) for d in dates if _ASIDE_DATE.search(f, max(0, d.begin - R["lead"]), d.begin)
             or _visit_clause_range(f, d, R["visit_clause_before"], p)}
    return dates, aside


@lru_cache(maxsize=4)
def _when_before(cues: tuple[str, ...]) -> re.Pattern:
    """A cue of meetings.json's ``day_when_cues`` right before a day, with its weekday ("เมื่อบ่าย
    วันพฤหัสบดีที่ 4"): the day is when the meeting told before it happened, naming no other event."""
    return re.compile(rf"(?:{'|'.join(map(re.escape, sorted(cues, key=len, reverse=True)))})(?:วัน\S*)?\s?\Z")


def _dated_after(lead: MeetingMention, dates: list[DateSpan], aside: set[int], pend: int, reach: int) -> bool:
    """Whether a date trails the meeting ``lead`` in its paragraph, near enough to be its own: then the
    date before it, ahead of a reporter's words, is the day of the report, not of the meeting."""
    return any(lead.end < d.begin < pend and d.begin - lead.end <= reach and id(d) not in aside for d in dates)


def _trailed(ctx: _Draft, d: DateSpan, pi: int) -> MeetingMention | None:
    """The meeting a date trails: the last one named before it in its paragraph, near enough,
    with no other between, no "and then", no briefing on it, no anniversary."""
    f, p, R = ctx.f, ctx.p, ctx.R
    yr_only = d.start.precision == "year"
    # "…ให้การต้อนรับ นาย X … ในโอกาส… และหารือ… เมื่อบ่ายวันพฤหัสบดีที่ 4 มิถุนายน 2561": a day told
    # with เมื่อ (when) closes the sentence of the meeting it dates, however long that sentence ran
    told_when = d.start.precision == "day" and _when_before(tuple(ctx.v.meetings["day_when_cues"])).search(
        f, max(0, d.begin - R["when_cue_before"]), d.begin)
    within = R["trail_year"] if yr_only else R["trail_when"] if told_when else R["trail"]
    # officials listed between the name and its day, with their posts, do not count towards the
    # reach ("เข้าร่วมการประชุม X พร้อมด้วย นาย A รองอธิบดี… นาย B … และเจ้าหน้าที่… เมื่อวันที่ 14 กุมภาพันธ์")
    listed = [(pm.start, pm.end) for pm in ctx.people if pm.para == pi and pm.end <= d.begin] if not yr_only else []
    trail = ctx.nearest_before(d.begin, pi, within=within + sum(b - a for a, b in listed), parents=True)
    if trail is None:
        return None
    if d.begin - trail.end > within:
        # (not when another event is told between: "… เพื่อติดตามการจัดงาน X ซึ่งมีกำหนดจัดขึ้นในเดือน…")
        rest, at = [], trail.end
        for a, b in sorted(x for x in listed if x[0] >= trail.end):
            rest.append(f[at:a])
            at = max(at, b)
        rest.append(f[at:d.begin])
        opens = skip_spaces(f, d.stop, len(f))
        if sum(map(len, rest)) > within or any(w in r for r in rest for w in ctx.v.meetings["events_between"]) \
                or p.position_head.match(f, opens) or any(pm.start == opens for pm in ctx.people):
            return None         # (nor a day that opens the next clause, its subject right after it: "…ที่เมือง X
                                # ในช่วงเย็นวันที่ 3 รัฐมนตรีว่าการ… ได้พบหารือกับ…")
    between = f[trail.end:d.begin]
    if any(mm.para == pi and trail.end <= mm.start < d.begin and not mm.is_parent for mm in ctx.body_live):
        return None
    if p.contains("next_event", f, trail.end, d.begin):
        return None                         # "… ครั้งที่ 10 (…) และต่อมา เมื่อวันที่ 3 สิงหาคม …": the next one's day
    if p.contains("past_occasion", f, trail.end, d.begin):
        return None                         # "…ได้พบหารือกันเมื่อครั้งที่นายกรัฐมนตรีไปเยือน X เมื่อเดือนมีนาคม": the earlier occasion's
    if len(between) > R["close"] and not re.search(r"จัดขึ้น|จัด|เมื่อ|ใน|ระหว่าง|ตั้งแต่|ช่วง|วันนี้", between):
        return None
    if trail.reported_on and not re.search(r"จัดขึ้น|เมื่อ", between) and d.end is None:
        return None                         # "บรรยายสรุปผลการเข้าร่วมประชุม X … ในวันที่ 1 ตุลาคม": the briefing's
                                            # (a range, "ระหว่างวันที่ 26 – 28 ตุลาคม", is the meeting's: no report lasts days)
    if yr_only and len(between) > R["close_year"] and (not re.search(r"จัดขึ้น|จัด|เมื่อ", between) or "ครบรอบ" in between):
        return None                         # "ครบรอบ 25 ปี … ในปี 2564" dates an anniversary
    return trail


def _led(ctx: _Draft, d: DateSpan, pi: int, dates: list[DateSpan], aside: set[int],
         trail: MeetingMention | None) -> MeetingMention | None:
    """The meeting a date leads: the first named after it in its paragraph when a lead word
    (เมื่อวันที่, วันนี้ (…) or the paragraph's opening tells it, with no other date between; not
    a statement's, a briefing's or a report's day, nor a clause's about the meeting before it,
    nor the day of getting ready for one ahead."""
    f, paras, p, R = ctx.f, ctx.paras, ctx.p, ctx.R
    before = f[max(paras[pi][0], d.begin - R["date_cue_before"]):d.begin]
    lead_style = bool(_LEAD_TRIGGER.search(before)) or d.begin - paras[pi][0] < R["opens_para"] or not f[d.begin].isdigit() \
        or _PLACE_THEN_DAY.fullmatch(f, paras[pi][0], d.begin) is not None
    if not lead_style or d.start.precision == "year" or id(d) in aside:
        return None
    lead = ctx.first_after(d.stop, pi, within=R["lead_day"] if d.start.precision == "day" else R["lead"])
    if lead is None:
        return None
    if any(d2.begin > d.stop and d2.begin < lead.start and id(d2) not in aside for d2 in dates):
        return None
    if p.contains("statement", f, d.stop, lead.start) \
            and not _SAME_DAY_TIME.search(f, d.stop, lead.start) and not _timed_setting().match(f, d.stop) \
            and not ((lead.talk and _CLOCK_BEFORE_DAY.search(f, max(paras[pi][0], d.begin - R["clock_before_day"]), d.begin)
                      or p.contains("reporter", f, d.stop, lead.start) and not _dated_after(lead, dates, aside, paras[pi][1], R["trail"]))
                     and not _OFF_THE_DAY.search(f, d.stop, lead.start)):
        return None                 # "วันนี้ (24 พ.ค.) โฆษก… เปิดเผยว่า … จะเข้าร่วม X": the day of the statement
                                    # (not "เมื่อเวลา 15.30 น. วันที่ 16 … โฆษก… เปิดเผยว่า นายกฯ หารือทางโทรศัพท์กับ…":
                                    # the hour and day of a call told as done; nor "วันที่ 21 พ.ค.65 ผู้สื่อข่าว
                                    # รายงานว่า นาย X … ได้เป็นประธานเปิดการประชุม Y": a news report's day,
                                    # unless the meeting's own days follow it: "…ร่วมประชุม Y ณ … ระหว่างวันที่ 11-13")
    if lead.reported_on:
        return None                 # "วันนี้ (30 ก.ค.) … จะบรรยายสรุปผลการเข้าร่วมประชุม X": not X's day
    if p.contains("press_before_date", f, max(paras[pi][0], d.begin - R["press_before_date"]), d.begin):
        return None                 # "…กล่าวบรรยายสรุปแก่สื่อมวลชนวันนี้ (8 พ.ย.) ในประเด็นการเข้าร่วมการประชุม X":
                                    # the briefing's day, not X's
    if trail is not None and _CLAUSE_AFTER_DATE.match(f, d.stop):
        return None                 # "…ณ เมืองหลวงพระบาง ระหว่างวันที่ 28 – 29 มกราคม ซึ่งจะถือเป็นการเข้าร่วม
                                    # การประชุม Y…": a clause about the meeting told before, on its days
    if lead.ahead:
        return None                 # "วันที่ 23 ตุลาคม … เพื่อเตรียมความพร้อมก่อนเดินทางไปร่วมประชุม X": the day
                                    # of getting ready, not X's
    return lead


def _set_dates(ctx: _Draft, pending: tuple[list, list, list]) -> None:
    """Each proposed date set on its meetings (the first found kept unless told more precisely),
    shared with a meeting's children and along a chain of rounds, and years told respectively."""
    f, paras, p, R = ctx.f, ctx.paras, ctx.p, ctx.R
    live, occs_of = ctx.live, ctx.occs_of
    pending_close, pending_lead, pending_trail = pending
    rank = {"year": 0, "month": 1, "day": 2}

    def day_of_a_visit(o: _Occ, d: DateSpan, via: str) -> bool:
        """After the range of a visit a paragraph opens with ("เมื่อวันที่ 26 - 27 มิถุนายน …
        ได้เดินทางเยือน… เพื่อร่วม…การประชุม X ครั้งที่ 3"), one day of it told after the
        meeting's name in that paragraph ("… เมื่อวันที่ 27 มิถุนายน") is the meeting's. A
        meeting's own range keeps its start: a day inside it is often a segment (the general debate).
        A talk dated by the trip's range takes the one day told with it anywhere ("ในการเข้าเยี่ยม
        คารวะประธานาธิบดี… เมื่อวันที่ 9"): a talk is held on one day."""
        old, (old_via, old_at) = o.start, o.why.get("date", ("", None))
        if old is None or o.end is None or d.end is not None or old.precision != "day" \
                or d.start.precision != "day" or not old <= d.start <= o.end:
            return False
        if o.mention.talk and old_via == "lead" and via in ("close", "trail"):
            return True                 # a talk is held on one day of the trip's range: the day told with it
        if via == "lead" and old_via in ("close", "trail") and old_at is not None \
                and p.visit_verb.search(f, max(o.mention.end, old_at - R["visit_clause_before"]), old_at):
            return True                 # "เมื่อวันที่ 5 … เป็นประธานการประชุม X … ในโอกาสเยือน Y ระหว่างวันที่
                                        # 3-5": the range told after the name is the visit's; the day the
                                        # sentence opens with, inside it, is the meeting's
        return via == "trail" and old_via == "lead" and _para_of(paras, old_at) == _para_of(paras, d.begin) \
            and p.visit_verb.search(f, old_at, o.mention.start) is not None

    def set_date(o: _Occ, d: DateSpan, via: str) -> None:
        """Keep the first date found, unless a later one is the same date told more precisely:
        a finer precision, or the day of a visit's range (:func:`day_of_a_visit`)."""
        old = o.start
        if old is None or day_of_a_visit(o, d, via) or (
                rank[d.start.precision] > rank[old.precision] and d.start.year == old.year
                and (old.month is None or old.month == d.start.month)):
            o.start, o.end = d.start, d.end
            o.why["date"] = (via, d.begin)

    inherited = []
    for via, pending in (("close", pending_close), ("lead", pending_lead), ("trail", pending_trail)):
        for d, mm in pending:
            for o in occs_of(mm):
                set_date(o, d, via)
            if mm.is_parent and mm.child is not None:
                inherited += [(d, x) for x in _children(mm, live)]
    for d, child in inherited:                  # a meeting held during its parent shares its dates
        for c in occs_of(child):
            set_date(c, d, "parent")
    # "A ครั้งที่ 26 ในวันที่ 10 ก.ค. และ B ครั้งที่ 15 และ C ครั้งที่ 32 ในวันที่ 11 ก.ค.": B takes C's date
    for mm in live:
        chain = _coordinated(f, live, mm)
        if len(chain) > 1 and chain[0] is mm:
            for a, b in zip(reversed(chain[:-1]), reversed(chain[1:])):
                for o in occs_of(a):
                    if o.start is None:
                        src = next((x for x in occs_of(b) if x.start is not None), None)
                        if src is not None:
                            o.start, o.end = src.start, src.end
                            o.why["date"] = ("chain", src.why.get("date", ("", None))[1])
    # "การประชุม X ประจำปี 2566" in a release that tells no day at all: the year its name gives, told right
    # after the name (where a day is told, one the rules did not tie to it is likelier its own than the year)
    days_told = any(d.start.precision == "day" for d in ctx.dates)
    for mm in live:
        if mm.annual_year is not None and mm.annual_year[0] is not None and not days_told:
            for o in occs_of(mm):
                if o.start is None:
                    o.start, o.end = PartialDate(mm.annual_year[0]), None
                    o.why["date"] = ("close", mm.annual_year[1])
    # "ครั้งที่ 3 และ 4 … เมื่อปี 2560 และ 2562 ตามลำดับ": one year each, in order
    for mm in live:
        if len(mm.numbers) < 2:
            continue
        j = f.find("ตามลำดับ", mm.end, min(paras[mm.para][1], mm.end + R["respectively"]))
        years = [gregorian_year(int(y)) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", f[mm.end:j])] if j != -1 else []
        if len(years) == len(mm.numbers) and all(years):
            for o, y in zip(sorted(occs_of(mm), key=lambda o: o.number or 0), years):
                o.start, o.end = PartialDate(y), None
                o.why["date"] = ("respective", None)


def _attach_modes(ctx: _Draft) -> None:
    """How and where each meeting was held: the words of a way of meeting and the places told
    near it, a place right after its name, and a larger meeting's for one held during it."""
    text, f, paras, p, R = ctx.text, ctx.f, ctx.paras, ctx.p, ctx.R
    live, body_live, title_paras, occs, dates = ctx.live, ctx.body_live, ctx.title_paras, ctx.occs, ctx.dates
    primary, default_year, with_meeting = ctx.primary, ctx.default_year, ctx.with_meeting
    nearest_before, first_after, occs_of = ctx.nearest_before, ctx.first_after, ctx.occs_of
    # -- modes and venues
    def attach_point(i: int, pi: int) -> list[_Occ]:
        mm = nearest_before(i, pi, within=R["mode_before"], outer=True)
        if mm is None:
            # "ผ่านระบบการประชุมทางไกล เมื่อวันที่ … ได้เข้าร่วมการประชุม X": the paragraph's first
            # meeting when the phrase opens the paragraph, else the next meeting if it is near
            opens = i - paras[pi][0] < R["opens_para"] or any(
                d.begin - paras[pi][0] <= R["date_opens_para"] and 0 <= i - d.stop <= R["close"] for d in dates)
            # "เมื่อวันที่ 25 พฤษภาคม 2566 ที่ นครเจนีวา นาย X … ได้หารือ…": the lead's place
            mm = first_after(i, pi, within=R["lead_day"] if opens else R["lead"])
        if mm is None and pi in referring:
            return _referred_back(pi) if i - referring[pi] <= R["close"] else []
        if mm is None:
            return [primary] if pi in title_paras or primary.mention.para == pi or not body_live else []
        return occs_of(mm)

    # "การประชุมครั้งนี้ เป็นการประชุมผ่านระบบทางไกล": a paragraph that opens by referring back to the
    # meetings just told, naming none of its own, tells how and where they were held, all of them
    # when the paragraph before listed several
    # (within ``reach.close`` of the words referring back: "…การประชุมครั้งนี้มี X เป็นประธาน … แก๊งหลอกลวงทาง
    # ออนไลน์" tells a topic, not the way of meeting)
    referring = {i: end for i, end in ctx.opening_refs.items() if i not in with_meeting}

    def _referred_back(pi: int) -> list[_Occ]:
        told = max((i for i in with_meeting if i < pi), default=None)
        if told is None:
            return []
        return [o for mm in body_live if mm.para == told and not mm.is_parent for o in occs_of(mm)]

    if title_paras and not any(mm.para not in title_paras for mm in live):
        _date_headline_by_lead(f, paras, title_paras, live, occs_of, default_year, R, p)
    else:
        _date_by_cut_lead(f, paras, live, occs_of, default_year, R)
    _date_by_lone_day(f, paras, title_paras, live, occs_of, default_year, R, tuple(p.v.meetings["day_when_cues"]))
    _date_by_timed_lead(f, paras, title_paras, live, occs_of, ctx.page_day, default_year)
    mode_spans = _spans_of(paras, with_meeting | set(title_paras) | {primary.mention.para} | set(referring))
    unattached: list[tuple[int, str]] = []      # a way of meeting told with no meeting near it
    for rx, mode in ((p.hybrid, "hybrid"), (p.virtual, "virtual")):
        for m in (m for lo, hi in mode_spans for m in rx.finditer(f, lo, hi)):
            pi = _para_of(paras, m.start())
            points = attach_point(m.start(), pi)
            if not points:
                unattached.append((m.start(), mode))
            for o in points:
                if o.mode is None or (mode == "hybrid"):
                    o.mode = mode if o.mode != "hybrid" else o.mode
                    o.mode_para = pi
                    o.why["mode"] = ("word", m.start())
    for at, pi, place in _places(f, text, paras, mode_spans, p):
        mm = nearest_before(at, pi, within=R["mode_before"], parents=True)
        if mm is not None and mm.reported_on:
            continue                    # "บรรยายสรุปผลการเข้าร่วมประชุม X … ณ ห้องนราธิป": the briefing's room
        if mm is not None and not f[mm.end:at].strip() and _PREPARING.search(f, max(paras[pi][0], mm.start - R["preparing_before"]), mm.start):
            # "…คณะกรรมการ ครั้งที่ 1 เพื่อเตรียมการจัดการประชุม Y ครั้งที่ 8 ณ ทำเนียบรัฐบาล": the place
            # of the meeting held now first, then of the one it prepares, if that has none
            prepared = occs_of(mm)
            mm = next((x for x in reversed(body_live) if x.para == pi and x.end <= mm.start), mm)
        else:
            prepared = []
        if mm is not None:
            # "การประชุม A … และการประชุม B … ณ X": a list of meetings shares the place
            targets = occs_of(mm) + prepared + [o for x in _and_listed(f, mm, body_live, pi, p, R)[1:]
                                                for o in occs_of(x) if o.mode is None]
        else:
            targets = attach_point(at, pi)
            told = [x for x in live if x.para == pi and x.end <= at and not x.is_parent] if pi in title_paras else []
            if told and not f[told[-1].end:at].strip(" ณที่"):
                # "…เข้าร่วมการประชุม A และการประชุม B ณ กรุงมะนิลา" in the headline: the place of both
                targets = targets + [o for x in _and_listed(f, told[-1], told, pi, p, R)
                                     for o in occs_of(x) if o.mode is None and o is not primary]
        not_placed = {id(o) for o in prepared}
        for o in targets:
            if o.venue is None and id(o) not in not_placed:
                o.venue = place
            if o.mode is None:
                o.mode, o.mode_para = "in_person", pi
                o.why["mode"] = ("venue", at)
    # "วันที่ 16 … ณ ห้องประชุม X และผ่านระบบการประชุมทางไกล พลเอก A … เป็นประธาน…": told with the
    # place of a meeting named further on, the way of meeting is that meeting's too
    for at, mode in unattached:
        for o in occs.values():
            via, where = o.why.get("mode", ("", None))
            if via == "venue" and where is not None and 0 <= at - where <= R["venue_list_gap"] \
                    and _para_of(paras, where) == _para_of(paras, at):
                o.mode = mode
                o.why["mode"] = ("word", at)
    # a place written right after a meeting, with no ณ, is where it was held
    for mm in body_live:
        place = _place_right_after(f, mm, paras[mm.para][1], p)
        for o in occs_of(mm) if place else ():
            if o.mode is None:
                o.venue = o.venue or text[place[0]:place[1]]
                o.mode, o.mode_para = "in_person", mm.para
                o.why["mode"] = ("venue", place[0])
    # a meeting held during a larger one is held where and how the larger one is
    for mm in live:
        if mm.is_parent and mm.child is not None:
            for po in occs_of(mm):
                for c in (c for x in _children(mm, live) for c in occs_of(x)):
                    if c.mode is None and po.mode is not None and po.mode_para == mm.child.para:
                        c.mode, c.venue = po.mode, c.venue or po.venue
                        c.why["mode"] = ("parent", po.why.get("mode", ("", None))[1])
                    elif po.mode is None and c.mode == "in_person" and c.why.get("mode", ("",))[0] == "venue" \
                            and mm.child.talk and mm.para == mm.child.para:
                        # "ณ ศูนย์การประชุม NCC … หารือทวิภาคี… ระหว่างการประชุมสุดยอดอาเซียน": the
                        # larger one was held where the talk on its margins was
                        po.mode, po.venue = c.mode, po.venue or c.venue
                        po.why["mode"] = ("child", c.why["mode"][1])


def _sides_of_one_verb(mentions: list[MeetingMention]) -> list[list[MeetingMention]]:
    """The talks one verb told with several sides ("…พบหารือกับนาง A ผู้ว่าการรัฐ… และนาย B
    นายกเทศมนตรี… ระหว่างวันที่ 28-29", a talk with each): what the sentence says of one, its
    date, place and way of meeting, it says of each."""
    by_verb: dict[tuple[int, int], list[MeetingMention]] = {}
    for mm in mentions:
        if mm.talk:
            by_verb.setdefault((mm.para, mm.start), []).append(mm)
    return [g for g in by_verb.values() if len(g) > 1]


def _share_facts(ctx: _Draft) -> None:
    """The dates, places and ways of meeting a list, a paragraph, an enumeration, an occasion or
    a visit states once for the meetings that have none of their own."""
    text, f, paras, p, v, R = ctx.text, ctx.f, ctx.paras, ctx.p, ctx.v, ctx.R
    live, body_live, title_paras, dates = ctx.live, ctx.body_live, ctx.title_paras, ctx.dates
    primary, default_year, intros, occs_of = ctx.primary, ctx.default_year, ctx.intros, ctx.occs_of
    all_occs = ctx.all_occs
    _stamp(all_occs, "call")                  # the only facts set before: a call's mode
    lists = ctx.lists = meeting_lists(f, body_live)
    _share_in_lists([*lists, *_sides_of_one_verb(body_live)], occs_of)
    _stamp(all_occs, "list")
    listed = {id(mm) for g in lists for mm in g}
    _share_paragraph_date(f, paras, [mm for mm in body_live if mm.numbers or id(mm) in listed], dates, occs_of, p)
    _stamp(all_occs, "paragraph")
    _share_enumeration_date(paras, intros, body_live, dates, occs_of)
    _stamp(all_occs, "enumeration")
    occasion_openers = tuple(v.meetings["talks"]["occasion_openers"])
    _share_occasion(f, paras, live, occs_of, primary, occasion_openers)
    _share_visit_date(f, text, paras, live, occs_of, title_paras, default_year, p)
    _share_occasion_day(f, paras, live, occs_of, title_paras, default_year, occasion_openers, R["date_opens_para"],
                        tuple(v.meetings["same_day_openers"]))
    _share_chaired_after_talk(live, occs_of)
    _headline_day_of_talk(f, paras, live, occs_of, title_paras, default_year)
    _stamp(all_occs, "occasion")
    # last, a talk still undated, the one its paragraph tells, takes the paragraph's one date ("นาย A ให้การ
    # ต้อนรับ นาย B … ซึ่งขอเข้าเยี่ยมคารวะ… วานนี้ (30 พ.ย. 65) ณ …"), as a numbered meeting does
    talks_told = Counter(mm.para for mm in body_live if mm.talk)
    _share_paragraph_date(f, paras, [mm for mm in body_live if mm.talk and talks_told[mm.para] == 1], dates, occs_of, p,
                          days_only=True)
    _stamp(all_occs, "paragraph")


def _attach_status(ctx: _Draft) -> None:
    """Scheduled or held: the words around a name, a date after the page's, a parent's child."""
    f, paras, p, R = ctx.f, ctx.paras, ctx.p, ctx.R
    release, live, body_live, occs, occs_of = ctx.release, ctx.live, ctx.body_live, ctx.occs, ctx.occs_of
    # -- status
    for mm in live:
        pstart, pend = paras[mm.para]
        before = f[max(pstart, mm.start - R["status_before"]):mm.start]
        nxt = next((x.start for x in body_live if x.para == mm.para and x.start > mm.end and not x.is_parent), pend)
        after = f[mm.end:min(nxt, mm.end + R["status_after"])]
        if p.contains("sched_before", before) or p.contains("sched_after", after):
            for o in occs_of(mm):
                o.scheduled = True
    for o in occs.values():
        if o.start and release.published:
            o.scheduled = _later_than(o.start, release.published) or (o.scheduled and o.start.precision != "day" and o.start.year >= release.published.year)
    # a parent shares its child's status
    for mm in live:
        if mm.is_parent and mm.child is not None:
            for o in occs_of(mm):
                for c in occs_of(mm.child):
                    if o.start is None:
                        o.scheduled = c.scheduled


def _of_its_level(position: str | None, meeting: _Occ | None, p: Patterns) -> bool:
    """Whether an official's post is of the level the meeting's name says meets there: a minister who
    tells of "การประชุมระดับรัฐมนตรี … ไทย-นิวซีแลนด์" and names the other side's minister sat at it."""
    return meeting is not None and bool(position) and same_level(position, meeting.label, p) is True


def _attach_people(ctx: _Draft) -> dict[str, Person]:
    """Who attended what: each official named, merged across their mentions (returned by name
    key), credited to the meeting their own verb, their paragraph or the release names."""
    text, f, paras, p, v, R = ctx.text, ctx.f, ctx.paras, ctx.p, ctx.v, ctx.R
    people, live, body_live, occs_of, lists = ctx.people, ctx.live, ctx.body_live, ctx.occs_of, ctx.lists
    primary_occs, primary, all_occs = ctx.primary_occs, ctx.primary, ctx.all_occs
    # -- people and attendance
    # merge repeated mentions of one person in this release
    canonical: dict[str, Person] = {}
    for pm in people:
        key = person_key(pm.person.name)
        old = canonical.get(key)
        spellings = tuple(dict.fromkeys((*(old.spellings if old else ()), *pm.person.spellings)))
        if old is None or (old.position is None and pm.person.position):
            canonical[key] = Person(pm.person.name, pm.person.honorific or (old.honorific if old else None),
                                    pm.person.position or (old.position if old else None),
                                    pm.person.country or (old.country if old else None), spellings)
        elif spellings != old.spellings:
            canonical[key] = replace(old, spellings=spellings)
    met_ids = {id(x) for mm in live for x in mm.counterparts}
    own_reach = v.meetings["own_verb_reach"]
    reporters = tuple(v.positions["reporter_posts"])
    # "…ฝ่ายการเมือง ปฏิบัติหน้าที่โฆษกประจำสำนักนายกรัฐมนตรี": one speaking in a reporter's capacity
    # "อธิบดีกรมสารนิเทศ และโฆษกกระทรวงการต่างประเทศ": a reporter's post held beside another
    acting_reporters = tuple(c + r for c in (*v.positions["capacity_words"], "และ", "และ ") for r in reporters)
    # "… ในระหว่างเข้าร่วมการประชุม X", and a paragraph opening with the occasion ("เมื่อวันที่ … ระหว่างการ
    # ประชุม X … นาย A … ได้พบหารือกับ…", no official named before it)
    attending = {id(mm) for mm in body_live if p.ends_with("occasion_attend", f, mm.start)}
    opening_occasions = {id(mm) for mm in body_live if mm.start - paras[mm.para][0] <= R["occasion_opens"]
                         and (id(mm) in attending or p.ends_with("occasion_open", f, mm.start))
                         and not any(q.para == mm.para and q.start < mm.start for q in people)}
    occasions = [mm for mm in body_live if id(mm) in attending or id(mm) in opening_occasions]
    negated_keys = {person_key(pm.person.name) for pm in people if pm.negated}
    whose = {id(b) for a, b in zip(people, people[1:]) if _whose(f, a, b)}
    attended_keys = {person_key(pm.person.name) for pm in people if not pm.negated}
    for pm in people:
        key = person_key(pm.person.name)
        if key in negated_keys and key not in attended_keys:
            continue
        if pm.negated:
            continue
        person = canonical[key]
        targets = primary_occs
        if pm.encounter or id(pm) in met_ids:
            continue                # met apart, in a talk or a call: the talk's own (below)
        if id(pm) in whose:
            continue                # "Dr. A ที่ปรึกษาพิเศษของ Dr. B เลขาธิการ…": B is whose adviser A is
        para_meetings = [mm for mm in body_live if mm.para == pm.para and not mm.is_parent and (mm.cue or mm.opens)]
        # "นาย X รัฐมนตรี… จะเข้าร่วมการประชุม Y": the meeting the person's own verb names (and of
        # everyone listed with them before it: "นาย A … พร้อมด้วย นาง B … และ นาย C … เข้าร่วมการประชุม Y")
        last = _last_listed(f, pm, people, body_live, R["listed_with_gap"])
        own = next((mm for mm in para_meetings if mm.cue and last.end <= mm.start <= last.end + own_reach
                    and not any(last.end <= q.start < mm.start for q in people)
                    and not p.contains("statement", f, pm.end, mm.start)), None)   # "เปิดเผยว่าในการประชุม X": told of it
        if own is None and (led := _SELF_LED.search(f, pm.end, min(paras[pm.para][1], pm.end + _SELF_ATTENDED_REACH))):
            # "…เปิดเผยว่า ในการประชุม Y สมัยที่ 31 เมื่อวันที่ 10 ตนเป็นหัวหน้าคณะผู้แทนไทย": the teller led a side at Y
            own = next((mm for mm in reversed(body_live) if mm.para == pm.para and not mm.is_parent and not mm.talk
                        and pm.end <= mm.start < led.end()), None)
        if own is None and (me := _SELF_ATTENDED.search(f, pm.end, min(paras[pm.para][1], pm.end + _SELF_ATTENDED_REACH))):
            # "…เปิดเผยว่า ในช่วงวันที่ … ตนได้เดินทางไปเข้าร่วมการประชุม X": the teller went to X
            own = next((mm for mm in body_live if mm.para == pm.para and not mm.is_parent and not mm.talk
                        and me.end() <= mm.start <= me.end() + own_reach), None)
        via = "primary"
        if own is None and (_reports(person.position, reporters)
                            or f[pm.end:pm.end + own_reach].lstrip().startswith(acting_reporters)
                            or _tells_of_another(f, pm, people, p, R["statement_after_name"])
                            and not _of_its_level(person.position, primary, p)):
            continue                # the spokesperson who reports the meeting (or one acting as such, "…
                                    # ปฏิบัติหน้าที่โฆษกประจำสำนักนายกรัฐมนตรี"): not there, unless they say so
        if own is None and key in negated_keys:
            continue                # stated not to go ("…ที่ยกเลิกการเดินทางเข้าร่วม"), named again in passing
        if own is not None and occs_of(own):
            targets, via = occs_of(own), "own_verb"
        elif para_meetings and all(not set(map(id, primary_occs)) & set(map(id, occs_of(mm))) for mm in para_meetings):
            held = [o for mm in para_meetings for o in occs_of(mm)]
            if len({id(o) for o in held}) == 1:
                targets, via = held[:1], "paragraph"
        ev = _sentence(text, paras, pm.para, pm.start, pm.end)
        for o in targets:
            _attend(o, key, person, ev, via, pm.start)
        # "… ในระหว่างเข้าร่วมการประชุม X ครั้งที่ 48": the trip's meeting is the subject's too
        for mm in occasions:
            if mm.para == pm.para and (mm.start > pm.end or id(mm) in opening_occasions
                                       and _subject_during(pm, own, mm, people, body_live)):
                for o in occs_of(mm):
                    _attend(o, key, person, ev, "occasion", pm.start)

    _attend_tellers_past(f, text, paras, people, canonical, body_live, occs_of)
    _attach_talk_people(text, paras, people, canonical, live, occs_of, reporters)
    _stamp(all_occs, "talk")
    _attend_visit_purpose(f, text, paras, people, canonical, body_live, occs_of)
    _attend_lists(f, paras, lists, live, people, canonical, occs_of, p)
    _stamp(all_occs, "list")

    # -- "รัฐมนตรีฯ ยังได้เข้าร่วมการประชุม Y": a post alone names the release's official
    _attach_title_referents(f, text, paras, p, people, canonical, body_live, occs_of, primary_occs)
    _stamp(all_occs, "referent")
    _attend_coordinated(f, paras, body_live, occs_of, R["title_before"])
    _stamp(all_occs, "coordinated")
    _share_alongside(live, occs_of, primary, people)
    _stamp(all_occs, "alongside")
    _share_with_parent(all_occs)

    return canonical


#: "…เมื่อครั้งตนเองเดินทางไปร่วมประชุม X": the teller's own past attending, right before the name
_PAST_SELF = re.compile(rf"เมื่อครั้ง(?:ที่)?{FIRST_PERSON_ATTENDING}(?:การ)?\Z")
#: a statement verb right after an official's name and post (and a second post joined to it: "… และ
#: รมว.กลาโหม กล่าว…"): the one who tells the release's story
_TELLS = re.compile(r"\s?(?:และ\s?[^\s]{2,40}\s)?(?:ได้)?กล่าว")


def _attend_tellers_past(f: str, text: str, paras, people, canonical, body_live, occs_of) -> None:
    """"นาย A นายกรัฐมนตรี กล่าว…", then, in a paragraph naming no one before it, "…ขอบคุณที่เคยให้การ
    ต้อนรับ เมื่อครั้งตนเองเดินทางไปร่วมประชุม X": the teller attended X, the first official the
    release names telling."""
    teller = next((pm for pm in people if not pm.negated and _TELLS.match(f, pm.end)), None)
    if teller is None:
        return
    key = person_key(teller.person.name)
    for mm in body_live:
        if mm.talk or mm.para == teller.para and mm.start < teller.end \
                or not _PAST_SELF.search(f, max(paras[mm.para][0], mm.start - _PAST_SELF_REACH), mm.start) \
                or any(pm.para == mm.para and pm.start < mm.start for pm in people if pm is not teller):
            continue
        ev = _sentence(text, paras, mm.para, mm.start, mm.end)
        for o in occs_of(mm):
            _attend(o, key, canonical.get(key, teller.person), ev, "own_verb", mm.start)


#: how far before a name the teller's past attending is looked for
_PAST_SELF_REACH = len("เมื่อครั้งที่ตนเองได้ เดินทางไปเข้าร่วมการ")


def _subject_during(pm: PersonMention, own: MeetingMention | None, occasion: MeetingMention, people, body_live) -> bool:
    """Does ``pm`` attend the meeting its paragraph opens during ("เมื่อวันที่ … ระหว่างการประชุม X … นาย A …
    ได้พบปะหารือกับ…")? Only its subject, named first after it, who then holds talks only: one with a
    meeting of their own there ("… ระหว่างการประชุม X นาย A ได้เข้าร่วมการประชุม Y") attends Y, held in X's week."""
    return (own is None or own.talk) \
        and not any(x.para == pm.para and not x.talk and x.start > pm.end for x in body_live) \
        and not any(q.para == pm.para and occasion.start < q.start < pm.start for q in people)


#: the words that join one more official to a list (… พร้อมด้วย นาง B …, … และ นาย C …)
_LIST_JOINERS = ("พร้อมด้วย", "และ", "รวมทั้ง", ",")


def _last_listed(f: str, pm, people, meetings, gap_max: int):
    """The last official of the list ``pm`` opens: each next one named after a joining word
    (``_LIST_JOINERS``), at most ``gap_max`` characters after the one before (a capacity told
    between, "ในฐานะ…", may stand there), with no meeting named between them."""
    last = pm
    for q in people:
        if q.para != pm.para or q.start < last.end:
            continue
        gap = f[last.end:q.start].strip()
        if len(gap) > gap_max or not gap.endswith(_LIST_JOINERS) \
                or any(last.end <= mm.start < q.start for mm in meetings):
            break
        last = q
    return last


def _chairs_and_summaries(ctx: _Draft, canonical: dict[str, Person]) -> list[_Occ]:
    """Co-chairs, then an enumerated summary's umbrella; the occurrences kept as meetings."""
    text, f, paras, p = ctx.text, ctx.f, ctx.paras, ctx.p
    people, live, body_live, occs_of, title_paras = ctx.people, ctx.live, ctx.body_live, ctx.occs_of, ctx.title_paras
    primary_occs, primary, all_occs = ctx.primary_occs, ctx.primary, ctx.all_occs
    # -- co-chairs
    elsewhere = _attach_co_chairs(f, text, paras, p, people, canonical, body_live, occs_of, primary_occs, title_paras)
    _stamp(all_occs, "chair")
    # the officials each talk met, by occurrence: they stay its attendees whatever else they chair
    met_in = {(id(o), person_key(c.person.name)) for mm in live if mm.talk for o in occs_of(mm) for c in mm.counterparts}
    for key, spans in elsewhere.items():
        # named only as another meeting's chair: not an attendee of the main one by default
        mine = [pm for pm in people if person_key(pm.person.name) == key and not pm.negated]
        if mine and all(any(lo <= pm.start < hi for lo, hi in spans) for pm in mine):
            for o in primary_occs:
                a = o.attendances.get(key)
                if a is not None and a.role != "chair" and (id(o), key) not in met_in:
                    del o.attendances[key]

    # -- an enumerated summary: "…เข้าร่วมการประชุม X … สรุปสาระสำคัญได้ ดังนี้" followed by
    # paragraphs that each open with a dated meeting. X is the umbrella of the listed
    # meetings: its people took part in each, its place and way of meeting are theirs,
    # and, unnumbered, it is not a meeting of its own.
    dropped: set[int] = set()
    items = [mm for mm in body_live if mm.opens and mm.qualified and not mm.is_parent
             and not set(map(id, primary_occs)) & set(map(id, occs_of(mm)))]
    intro = next((i for i in range(items[0].para - 1, 0, -1) if f[paras[i][0]:paras[i][1]].strip()), None) if items else None
    # the list is the primary's only when the intro names it or no other meeting ("…เตรียมการจัดการ
    # ประชุม Y ครั้งที่ 26 … แบ่งออกเป็น 3 การประชุม ได้แก่": Y's sessions, not the primary's)
    primary_ids = set(map(id, primary_occs))
    introduced = [mm for mm in body_live if intro is not None and mm.para == intro]
    its_list = not introduced or any(primary_ids & set(map(id, occs_of(mm))) for mm in introduced)
    if len(items) >= 2 and intro is not None and its_list \
            and f[paras[intro][0]:paras[intro][1]].rstrip().endswith(_ENUMERATION_ENDS):
        for mm in items:
            for o in occs_of(mm):
                for key, a in primary.attendances.items():
                    o.attendances.setdefault(key, a)
                if o.mode is None and primary.mode is not None:
                    o.mode, o.venue = primary.mode, o.venue or primary.venue
        if primary.number is None:
            dropped.update(id(o) for o in primary_occs)
            for o in occs_of(items[0]):      # the first listed meeting leads the release instead
                o.primary = True
    _stamp(all_occs, "summary")
    kept = _one_encounter_told_twice([o for o in all_occs if id(o) not in dropped and _holds_facts(o)],
                                     tuple(p.v.meetings["talks"]["session_formats"]))
    _propose_release_facts(kept, primary, f, text, paras, p)

    return kept


def _one_encounter_told_twice(occs: list[_Occ], sessions: tuple[str, ...]) -> list[_Occ]:
    """Two talks of one release between the same officials on the same day are one encounter told
    twice ("นาย A เข้าเยี่ยมคารวะ นาย B … นาย B ยินดีที่ได้พบหารือกับนาย A อีกครั้ง"): the first keeps
    the other's names as its aliases. Not the sessions of one visit told by their format (a small
    group's talk and the full delegations': talks.session_formats). So is a headline's undated talk
    between the officials of a dated talk of the body: the body's telling is kept."""
    def headline_told(o: _Occ) -> bool:
        return o.mention.para == 0 and o.start is None

    def one_talk(o: _Occ) -> bool:
        return bool(o.mention.talk) and not any(w in lb for lb in (o.label, *o.aliases) for w in sessions)

    out: list[_Occ] = []
    for o in occs:
        twin = None
        if one_talk(o) and o.start is not None and len(o.attendances) > 1:
            twin = next((x for x in out if one_talk(x) and ((x.start, x.end) == (o.start, o.end) or headline_told(x))
                         and set(x.attendances) == set(o.attendances)), None)
        if twin is None:
            out.append(o)
        elif headline_told(twin):
            # the headline's undated telling of the body's talk ("รมว. A ต้อนรับ ดร. B …", then "เมื่อวันที่ …
            # ดร. B … ได้เข้าพบ นาย A"): the body's, dated, with the headline's wording as an alias
            o.aliases = tuple(dict.fromkeys((*o.aliases, twin.label, *twin.aliases)))
            o.primary = o.primary or twin.primary
            out[out.index(twin)] = o
        else:
            twin.aliases = tuple(dict.fromkeys((*twin.aliases, o.label, *o.aliases)))
    return out


def _alt_labels(o: _Occ, text: str, p: Patterns) -> tuple[str, ...]:
    """Every other name the release gives the meeting: its aliases, the label as written and in
    full, and the short forms of them all (attach._short_forms)."""
    names = tuple(a for a in dict.fromkeys((
        *o.aliases, _as_written(text, o.mention.start, o.label),
        None if o.mention.talk else _written_in_full(text, o.mention.start, o.label, p))) if a)
    return tuple(a for a in dict.fromkeys((*names, *_short_forms((o.label, *names), p))) if a != o.label)


def _assemble(ctx: _Draft, kept: list[_Occ]) -> tuple[Meeting, ...]:
    """The kept occurrences as meetings, in text order, each with its candidate links."""
    release, text, paras = ctx.release, ctx.text, ctx.paras
    body_live, title_paras = ctx.body_live, ctx.title_paras
    # -- assemble
    result = []
    ordered = sorted(kept, key=lambda o: (o.mention.start, o.number or 0))
    for o in ordered:
        result.append(Meeting(
            label=o.label, series=o.series, release_id=release.id, number=o.number,
            number_year=o.number_year, label_en=o.label_en, start=o.start, end=o.end,
            mode=o.mode if not o.is_parent or o.mode else None, venue=o.venue,
            status="scheduled" if o.scheduled else "held", part_of=o.parent, primary=o.primary,
            attendances=tuple(o.attendances[k] for k in sorted(o.attendances)),
            co_chairs=tuple(o.co_chairs[k] for k in sorted(o.co_chairs)),
            evidence=_sentence(text, paras, o.mention.para, o.mention.start, o.mention.end),
            alt_labels=_alt_labels(o, text, ctx.p),
            in_series=o.mention.in_series if o.mention.in_series and o.mention.in_series != o.series else None,
            links=_links(o, paras, body_live, len(ordered), title_paras),
        ))
    return tuple(result)

