"""Release → meetings, officials, co-chairs: the genre's grammar as regex and gazetteers.

MFA releases are formulaic: a lead sentence "เมื่อวันที่ <date> <honorific><name>
<position> ได้เข้าร่วม<meeting> ครั้งที่ <n> <mode>", then who co-chaired, what was
discussed and, sometimes, earlier or later rounds. The extractor finds *mentions*
(meetings, dates, people, modes, venues, co-chair phrases) with linear-time regexes
over one folded copy of the text, then *attaches* each fact to the meeting mention it
belongs to by position: same paragraph, nearest non-parent meeting.

The split mirrors spaCy's EntityRuler: ``find_*`` functions only find spans; the
attach step (:func:`extract`) decides what they mean. Nothing here imports rdflib.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from .model import Attendance, CoChair, Link, Meeting, PartialDate, Person, Release, co_chair_key, person_key
from .thai import DATELINE_DASH, MONTHS, NUMBER_RE, DateSpan, find_dates, fold, gregorian_year, parse_number
from .vocab import Vocab, alternation, vocab
from . import linker

#: Bumped whenever extraction output may change: part of the cache key.
EXTRACTOR_VERSION = "3"

_THAI = "\u0e01-\u0e4e"          # Thai letters and marks (no digits)
_NAME_TOKEN_TH = re.compile(rf"[\u0e01-\u0e2e\u0e40-\u0e44][{_THAI}\-.']{{1,40}}")
_NAME_TOKEN_LAT = re.compile(r"(?:(?:[A-Z]\.){1,4}|[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’\-]{0,30}\.?|(?:bin|binti|van|von|de|da|di|al|el|le|la|du|der)\b)")
#: lower-case words an English meeting name keeps between its capitalised ones (Summit of the Future)
_LATIN_CONNECTORS = ("of", "the", "and", "on", "for", "in", "among", "between", "with", "towards", "against", "–", "—", "-", "&")
_LATIN_TAIL = re.compile(rf" [\"“']?(?P<ordinal>(?P<nth>[0-9]{{1,3}})(?:st|nd|rd|th) (?=[A-Z]))?(?:[A-Z][A-Za-z0-9&\-]{{1,20}})(?: (?:(?:{'|'.join(_LATIN_CONNECTORS)})\s)*[A-Z][A-Za-z0-9&\-]{{1,20}}){{0,12}}[\"”']?")
#: a meeting named by an abbreviated post after a space: " รมว.กห.อาเซียน"
_ABBREVIATED_TAIL = re.compile(rf" ([{_THAI}]{{1,6}}\.[{_THAI}]{{1,6}}\.[^\s()]*)")
_YEAR_TAIL = re.compile(r" (?:ปี|พ\.ศ\.|ค\.ศ\.) ?\d{4}(?!\d)(?= ?ครั้งที่)")
_NEXT_CHUNK = re.compile(r" ?- ?([^\s()]{2,40})|\s([^\s()]{2,40})")
_PAIR_AFTER = re.compile(rf"\s+(?:ระหว่าง)?([{_THAI}]{{2,30}})\s?-\s?([{_THAI}]{{2,30}})(?=[\s(]|$)")
_PAREN = re.compile(r"\s?\(([^()\n]{2,160})\)")
_BEFORE_NUMBER = re.compile(r"\s?(?=ครั้งที่|สมัย(?:สามัญ(?:ครั้ง)?)?ที่)")
_PLUS_COUNT = re.compile(r" ?(?:[0-9๐-๙]{1,2}|หนึ่ง|สาม|แปด)(?![0-9๐-๙])")           # the 3 of "บวก 3"
_PLUS_TAIL = re.compile(r" ?(?:บวก ?|\+ ?)" + _PLUS_COUNT.pattern.removeprefix(" ?"))
_ACRONYM_TAIL = re.compile(r" [A-Z][A-Z0-9&\-]{1,12}(?:-[A-Z][A-Za-z]+)?(?![A-Za-z])")
_SESSION = re.compile(r" ?(?:สมัย(?:สามัญ|พิเศษ|วิสามัญ)|นัดพิเศษ)(?!ครั้ง|ที่)")   # "สมัยสามัญ ครั้งที่ 74": the session is the name's
#: a special session is one occurrence, as a numbered round is ("การประชุม… สมัยวิสามัญ")
_SPECIAL_SESSIONS = ("สมัยพิเศษ", "สมัยวิสามัญ", "นัดพิเศษ")
_QUOTES = re.compile(r"[\"“”]")
_THAI_WORD = re.compile(rf"[{_THAI}]{{2,}}")
#: a meeting named as what another prepares: "…ครั้งที่ 1 เพื่อเตรียมการจัดการประชุม Y"
_PREPARING = re.compile(r"เตรียม(?:การ)?(?:จัด|สำหรับ)?\s?\Z")
#: a date in a relative clause on the meeting just named: "…ครั้งที่ 8 ซึ่งจะจัดขึ้น ระหว่างวันที่ …"
_CLAUSE_DATE = re.compile(r"(?:ซึ่ง|ที่)(?:จะ)?(?:จัดขึ้น|มีกำหนดจัดขึ้น)\s?(?:ใน|ระหว่าง)?(?:วันที่)?\s?\Z")
_THAI_ACRONYM = re.compile(rf"[{_THAI}.]{{2,12}}")       # an acronym spelt in Thai: "(เจบีซี)"
_RUN_ON = re.compile(r"(?: (?:[^\s()\d]{1,60}|\d{1,3}(?= และ| ))){1,5}?(?= ?(?:ครั้ง|สมัย)ที่ ?\d| ?\([A-Za-z][^()\n]{1,160}\) ?(?:ครั้ง|สมัย)ที่ ?\d)")
_ROUND_WORD = re.compile(r"\s?(?:(ครั้งแรก)|ครั้งที่ผ่านมา|ครั้งก่อน(?:หน้า)?|ครั้งล่าสุด)")
_BARE_ROUND = re.compile(r"(?:การประชุม|การหารือ)?\s?(?=ครั้งที่ ?\d)")
_HAS_LATIN = re.compile(r"[A-Za-z]")
_HAS_THAI = re.compile(r"[ก-๙]")
_THAI_OR_LATIN_CHAR = re.compile(rf"[{_THAI}A-Za-z]")
_LATIN_START = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]")
_LATIN_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]")
_RIGHT_SPAN_END = re.compile(r"\s(?:โดย|ซึ่ง|เพื่อ|ที่ประชุม|ทั้งนี้|นอกจากนี้|ในการนี้|อนึ่ง|ณ)|ณ\s")
_ENUMERATION_ENDS = ("ดังนี้", "ดังนี้:", "ดังนี้ :", "ได้แก่", "ได้แก่:")
_LIST_ENDS = ("ได้แก่", "ได้แก่:")
_LISTED_LINE = re.compile(r"\s*(?:[-•*]|\d{1,2}[.)]|และ)?\s*")     # a list line's opening before its meeting
_LIST_INTROS = (*_ENUMERATION_ENDS, "คือ")
_TALK_LIST_INTROS = (*_LIST_INTROS, "อาทิ", "เช่น")     # "พบหารือกับผู้นำหลายประเทศ เช่น นาย A … นาย B …"
_AND_ANOTHER = re.compile(r"\s?และ\s?การ")
_PARA_OPENER = re.compile(r"\s*(?:\(?\d{1,2}[.)]\s*|[-•]\s*)?(?:สำหรับ|ส่วน|และ)?\s*")
# "การประชุมดังกล่าว ได้จัดขึ้นเมื่อวันที่ …": only these words between a back-reference and its date
_REF_TO_DATE = re.compile(r"ฯ?\s?(?:ได้)?(?:จัดขึ้น|มีขึ้น|จัด)?\s?(?:เมื่อ|ใน|ระหว่าง|ตั้งแต่)?\s?(?:วันที่)?\s?\Z")
_BACK_REF_REACH = len("การประชุมดังกล่าว ได้จัดขึ้นเมื่อวันที่ ")
_DATED_AFTER = re.compile(r"\s?(?:(?:เมื่อ|ใน|ระหว่าง)?วันที่|ในวันเดียวกัน|ในวันถัดมา|วันเดียวกัน)")
_ASIDE_DATE = re.compile(r"ซึ่ง[^\n]*?เมื่อ\s?(?:วันที่)?\s?\Z")
_HELD_AFTER = re.compile(r"\s?(?:ซึ่ง|ที่)?(?:จะ|ได้)?(?:จัดขึ้น|มีกำหนดจัดขึ้น|มีกำหนดจัด)")
_ACRONYM_END = re.compile(r"(?:^|[\u0e00-\u0e7f] |การประชุม ?)([A-Z][A-Z0-9&\- ]{1,20})$")
_CHUNK_END = re.compile(r"[ ()\"“”,;:]")
# the lookbehind comes after the capital ("not after a letter" = the capital and the
# character before it are not both letters): a leading lookbehind would stop the engine
# from skipping ahead to capitals, and Thai text has few (6× faster scan)
_LATIN_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž](?<![A-Za-z]{2})[a-zß-öø-ÿā-ž'’\-]{1,30}(?: (?:[A-Z]\.|[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’\-]{1,30}|bin|binti|van|von|de|da|al|el)){1,4}")


# --------------------------------------------------------------------------- patterns
@dataclass(frozen=True)
class Patterns:
    """The regexes built from the vocabularies, compiled once per process."""

    head: re.Pattern
    boundary: re.Pattern
    honorific: re.Pattern
    stacked_honorific: re.Pattern
    position_head: re.Pattern
    virtual: re.Pattern
    hybrid: re.Pattern
    venue: re.Pattern
    chair: re.Pattern
    party: re.Pattern
    fused_stop: re.Pattern
    side: re.Pattern
    title_post: re.Pattern
    second_verb: re.Pattern     # "ได้พบหารือและทำความรู้จักกับนาง A …": a second verb between a talk verb and the one met
    fused_format: re.Pattern    # "พบปะหารือสามฝ่ายร่วมกับ…": a talk's format between its verb and กับ
    titled_latin_aside: re.Pattern  # " (H.E. Rt Hon. Andrew Farrell)": a bracket spelling an official's name
    name_token_stops: tuple
    title_connectors: tuple
    talk_verb: re.Pattern
    visit_verb: re.Pattern
    travel_party: re.Pattern
    pair_subject: re.Pattern
    city_after: re.Pattern
    place_of_listed: re.Pattern  # "นาย A เมือง Higashine และนาย B": where one listed without a post is from
    back_ref: re.Pattern
    post_before_venue: re.Pattern
    v: Vocab = field(repr=False)
    words: dict = field(default_factory=dict, repr=False)

    def ends_with(self, table: str, text: str, end: int) -> bool:
        """Does ``text[:end]`` end with one of the words of ``table``?"""
        rx, longest = self.words[table]
        return rx.search(text, max(0, end - longest), end) is not None

    def contains(self, table: str, text: str, start: int = 0, end: int | None = None) -> bool:
        rx, _ = self.words[table]
        return rx.search(text, start, len(text) if end is None else end) is not None

    def vague(self, text: str, start: int, end: int) -> bool:
        """Does ``text[start:end]`` call a meeting vague ("การประชุมที่เกี่ยวข้อง", the related
        meetings)? Not when the words end the people it is held with ("…กับผู้ที่เกี่ยวข้อง")."""
        rx, _ = self.words["vague"]
        return any(not self.ends_with("stakeholders", text, m.end()) for m in rx.finditer(text, start, end))


def _word_table(words) -> tuple[re.Pattern, int]:
    ws = [w for w in words if w]
    return re.compile(f"(?:{alternation(ws)})\\Z"), max(map(len, ws), default=0)


def _word_search(words) -> tuple[re.Pattern, int]:
    ws = [w for w in words if w]
    return re.compile(alternation(ws)), max(map(len, ws), default=0)


@cache
def patterns() -> Patterns:
    v = vocab()
    m, md, pos = v.meetings, v.modes, v.positions
    # a party's name after a journey's verb, with the word that may stand before it (ประเทศ);
    # the party pattern's named groups dropped, so that it can stand inside other patterns
    travel_party = (rf"(?:{alternation(md['travel_places'])})?\s?"
                    rf"(?:{v.party_re.pattern.replace('(?P<th>', '(?:').replace('(?P<en>', '(?:')})")
    return Patterns(
        # each verb head with its lookbehind after it (h(?<=ah), same matches as (?<=a)h):
        # an alternation opening with a lookbehind cannot skip ahead by first character
        head=re.compile("|".join([alternation(m["heads"])] + [
            f"{re.escape(h)}(?<={re.escape(a + h)})" for h, after in sorted(m.get("verb_heads", {}).items()) for a in after])),
        boundary=re.compile(alternation(m["boundaries"])),
        honorific=re.compile(rf"(?:{alternation(v.honorific_forms)})"),
        stacked_honorific=re.compile(rf"(?:{alternation(v.stacked_honorific_forms)})"),
        position_head=re.compile(rf"(?:{alternation(pos['modifiers'])})?(?:{alternation(v.position_heads)})"),
        virtual=re.compile(alternation(md["virtual"])),
        hybrid=re.compile(alternation(md["hybrid"])),
        venue=re.compile(rf"ณ(?<![{_THAI}]ณ)(?= |[{_THAI}])|"
                         rf"{alternation([*md['venue_cues'], *(c + n for c in ('เยือน', 'ที่') for n in md['place_names'])])}|"
                         rf"(?P<travel>{alternation(md['travel_cues'])}) ?(?={travel_party}|{alternation(md['travel_heads'])})"),
        chair=re.compile(
            "".join(f"(?<!{re.escape(w)})" for w in m["chair_phrases"]["not_after"]) +
            rf"(?:(?P<with>{alternation(m['chair_phrases']['with'])})"
            rf"|(?P<co>{alternation(m['chair_phrases']['co'])})"
            rf"|(?P<sole>(?:{alternation(m['chair_phrases']['sole'])})(?!{alternation(m['chair_phrases']['not_sole_after'])})"
            rf"(?:{alternation(m['chair_phrases']['sole_object'])})?))"),
        party=v.party_re,
        post_before_venue=re.compile(rf"(?:{alternation(md['venue_post_words'])})[^\s]{{0,{int(md['venue_post_reach'])}}}\s?$"),
        fused_stop=re.compile(alternation(pos["surname_fused_stops"])),
        side=re.compile(rf"(?:{alternation(pos['side_markers'])})(?:ประเทศ)?"),
        title_post=re.compile(rf"(?<!สถาน)(?:{alternation(pos['title_posts'])})(?!ฯ|ประจำ)"),
        second_verb=re.compile(rf"และ ?(?:ได้)?(?:{alternation(m['talks']['second_verbs'])})\s?(?=กับ)"),
        fused_format=re.compile(rf"(?:{alternation(m['talks']['fused_formats'])})(?=(?:ร่วม)?กับ)"),
        titled_latin_aside=re.compile(
            rf" ?\((?:{alternation(v.honorifics['latin_aside_titles'])})[^()\n]{{2,160}}\)"),
        name_token_stops=tuple(pos["name_token_stops"]),
        title_connectors=tuple(pos["title_connectors"]),
        talk_verb=re.compile(alternation(m["talks"]["verbs"])),
        visit_verb=re.compile(alternation(m["talks"]["visit_verbs"])),
        travel_party=re.compile(travel_party),
        city_after=re.compile(rf" ((?:{alternation(md['city_heads'])})[{_THAI}]{{2,30}})(?=[\s,(]|$)"),
        place_of_listed=re.compile(rf"\s?(?:{alternation(md['travel_heads'])})\s?[^\s,()]{{2,30}}\s?,?\s?(?:และ|รวมทั้ง)?\s?"),
        pair_subject=re.compile(alternation(m["talks"]["pair_subjects"])),
        back_ref=re.compile(alternation(m["back_references"])),
        v=v,
        words={
            "not_after": _word_table(m["not_after"]),
            "occasion_attend": _word_table(m["occasion_attend_before"]),
            "statement": _word_search(m["statement_verbs"]),
            "results": _word_table(m["results_before"]),
            "background_round": _word_table(m["background_round_before"]),
            "chair_subject": _word_table(m["chair_subject_links"]),
            "chair_subject_weak": _word_table(m["chair_subject_weak_links"]),
            "parent_cue": _word_table(c[:-3].strip() if c.endswith("การ") else c.strip() for c in m["parent_cues"]),
            "parent_after_cue": _word_table(m["parent_after_cues"]),
            "attend_cue": _word_table(m["attend_cues"]),
            "vague": _word_search(m["vague_words"]),
            "stakeholders": _word_table(m["stakeholder_phrases"]),
            "sched_before": _word_search(m["scheduled_before"]),
            "sched_after": _word_search(m["scheduled_after"]),
            "neg_after": _word_search(m["negation_after"]),
            "attending_after_statement": _word_search(m["attending_after_statement"]),
            "assigned_after": _word_search(m["assigned_after"]),
            "neg_before": _word_table(m["negation_before"]),
            "venue_blocker": _word_table(md["venue_blockers"]),
            "place_end": _word_search(md["place_ends"]),
            "encounter": _word_search(m["encounter_before"]),
            "encounter_after": _word_search(m["encounter_after"]),
            "assign_after": _word_search(m["assign_after"]),
            "position_stop": _word_search(pos["position_stoppers"]),
        },
    )


# --------------------------------------------------------------------------- mentions
@dataclass
class MeetingMention:
    start: int
    end: int                      # end of the whole mention, number included
    name_end: int
    label: str
    label_en: str | None
    numbers: list[int]
    number_year: int | None
    para: int
    parent_cue: bool = False
    cue: bool = False             # an attendance verb right before: เข้าร่วม…, เป็นประธาน…
    primary_like: bool = False    # same series as the release's primary meeting
    round_word: str = ""          # "first" (ครั้งแรก) or "previous" (ครั้งที่ผ่านมา): a round named without its number
    ref: bool = False             # "ครั้งที่ 6" alone, a round of the series named just before
    opens: bool = False           # opens its paragraph ("๑. การประชุม X เมื่อวันที่ …"): the paragraph is about it
    qualified: bool = False
    is_parent: bool = False
    child: MeetingMention | None = None
    series: str = ""
    talk: str = ""                # a bilateral encounter: "talk", "call" or "courtesy" (kg/data/meetings.json)
    subject: PersonMention | None = None          # who held the talk or paid the call
    counterparts: tuple = ()                      # the PersonMentions met
    aliases: tuple = ()                           # other names the text gives it: "หารือทวิภาคี" as written
    party_met: str | None = None                  # the country met, when the talk names only a post of it
    post_met: str = ""                            # and that post ("ปธน.", "รัฐมนตรีว่าการกระทรวงการต่างประเทศ")
    welcome: bool = False                         # told as a welcome (ให้การต้อนรับนาย X)
    one_of_parties: bool = False                  # one of several countries met ("หารือกับผู้นำสิงคโปร์ บรูไน และเวียดนาม")
    reported_on: bool = False                     # named as reported on ("บรรยายสรุปผลการเข้าร่วมประชุม X"): the
                                                  # briefing's day and room are not its own
    prepares: MeetingMention | None = None        # the meeting named inside this preparatory one's name
    in_series: str = ""                           # a talk's country series, all kinds together (Meeting.in_series)
    chairs_after: bool = False                    # "พบหารือทวิภาคีและเป็นประธานร่วมกับนาย X … ในการประชุม Y": the
                                                  # talk's people chair Y, the same day
    alongside: bool = False                       # listed as held beside the main meeting ("นอกจากนี้ ยังเป็นการประชุม
                                                  # A, B และ C"): part of it, with its officials, days and place


@dataclass
class PersonMention:
    start: int
    end: int                      # end of name + position
    name_end: int
    person: Person
    para: int
    negated: bool = False
    encounter: bool = False       # met separately: "เยี่ยมคารวะ…", "หารือทวิภาคีกับ…"






_WRAPPED_DATE = re.compile(r"วันที่\s*\Z")
_DIGIT_START = re.compile(r"\s*[0-9๐-๙]")
#: "…รัฐมนตรีว่าการกระทรวงการต่างประเทศสาธารณรัฐเกาหลี\n(เกาหลีใต้) เมื่อวันที่ ๓๐ เมษายน": a line cut
#: before a bracketed aside and the day it tells
#: "…ประจำประเทศไทย\nได้เข้าเยี่ยมคารวะ…": a line opening with its subject's verb goes on from the line before
_WRAPPED_VERB = re.compile(r"ได้(?:เข้า|ร่วม|หารือ|พบ|เดินทาง|ให้การ|เยี่ยม|เป็นประธาน)")
_WRAPPED_ASIDE = re.compile(r"\([^()\n]{1,40}\)\s?(?:เมื่อ|ใน|ระหว่าง)วันที่")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Line spans; a line cut right after วันที่ ("ระหว่างวันที่\n๔ – ๕ พฤศจิกายน", a
    wrapped excerpt), before a bracketed aside and a day ("…\n(เกาหลีใต้) เมื่อวันที่ ๓๐ …") or
    before the verb of its subject ("…เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย\nได้เข้าเยี่ยมคารวะ…")
    runs on into the next, whose date it is."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if spans and (_WRAPPED_DATE.search(text, spans[-1][0], spans[-1][1]) and _DIGIT_START.match(line)
                      or (_WRAPPED_ASIDE.match(line) or _WRAPPED_VERB.match(line)) and spans[-1][1] > spans[-1][0]):
            spans[-1] = (spans[-1][0], pos + len(line))
        else:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _spans_of(paras: list[tuple[int, int]], keep: set[int]) -> list[tuple[int, int]]:
    """The text ranges of the paragraphs ``keep``, neighbours merged, in order."""
    out: list[tuple[int, int]] = []
    for i in sorted(keep):
        lo, hi = paras[i]
        if out and out[-1][1] + 1 >= lo:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _para_of(spans: list[tuple[int, int]], i: int) -> int:
    lo, hi = 0, len(spans) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if spans[mid][0] <= i:
            lo = mid
        else:
            hi = mid - 1
    return lo


@lru_cache(maxsize=65536)
def series_key(label: str) -> str:
    """The series a meeting name belongs to, in one canonical spelling.

    Spacing and dash variants are folded, country aliases become their canonical name
    (สหพันธรัฐรัสเซีย → รัสเซีย) and known misspellings are repaired, so every round of
    a series gets one key whatever the release wrote.
    """
    v = vocab()
    s = re.sub(r"[\x00-\x1f\x7f]", "", fold(label))
    s = re.sub(r"\s*-\s*", "-", s)
    s = re.sub(r"\s+", " ", s).strip(" ฯ")
    for wrong, right in v.meetings["typos"].items():
        s = s.replace(wrong, right)
    for variant, same in v.meetings.get("series_equivalents", {}).items():
        s = s.replace(variant, same)
    canon, orgs = v.canonical_names, v.organisation_thai_names
    thai_for_latin: set[str] = set()

    def canonical(m: re.Match) -> str:
        if m.group("th"):
            return canon.get(m.group(0), m.group(0))
        thai = orgs.get(m.group(0).lower())
        if thai is None:
            return m.group(0)
        thai_for_latin.add(thai)
        return thai

    s = v.party_re.sub(canonical, s)
    for thai in thai_for_latin:     # "…อาวุโส ACMECS" is "…อาวุโสแอคเมคส์": the Thai name joins the Thai word before
        s = re.sub(rf"(?<=[\u0e01-\u0e4e]) (?={re.escape(thai)})", "", s)
    return s


_ALSO = "ด้วย"
_THAT = "ว่า"
_OF = "ของ"
#: how many titles may stand before one name: a Bruneian minister's run to nine
#: (Yang Berhormat Pehin Orang Kaya Seri Utama Dato Seri Setia Awang Haji …)
_MAX_STACKED_TITLES = 12


def find_meetings(f: str, paras: list[tuple[int, int]], p: Patterns) -> list[MeetingMention]:
    """Meeting-name mentions in folded text, with their numbers and English names."""
    v = p.v
    generic = tuple(v.meetings["generic_tails"])
    dash_words = tuple(v.meetings["dash_continuations"])
    spaced_words = frozenset(v.meetings["spaced_continuations"])
    generic_ends = tuple(v.meetings["generic_endings"])
    standalone = frozenset(v.meetings["standalone_heads"])
    shorthand = tuple(h for h in v.meetings["heads"] if not h.startswith("การ") and h not in standalone)  # กปช. = การประชุม
    refers = tuple(v.meetings["reference_words"])
    heads = p.head
    out: list[MeetingMention] = []
    last_end = -1
    for hm in heads.finditer(f):
        s = hm.start()
        if s < last_end:
            continue
        if p.ends_with("not_after", f, s):
            continue
        pi = _para_of(paras, s)
        pend = paras[pi][1]
        # the first chunk: up to a space, parenthesis, or paragraph end
        tail_start = hm.end()
        if hm.group(0) in shorthand and f.startswith(" ", tail_start):
            tail_start += 1             # "กปช. คณะกรรมาธิการร่วม…": the shorthand stands apart
        limit = min(pend, s + 200)
        stop = _CHUNK_END.search(f, tail_start, limit)
        j = stop.start() if stop else limit
        if f.startswith(generic, tail_start) or any(w in f[tail_start:j] for w in refers):
            back = _named_back(f, s, tail_start, j, pi, refers, out)
            if back is not None:        # "…มีกำหนดเข้าร่วมการประชุมสุดยอดอาเซียนข้างต้น": the one told before
                out.append(back)
                last_end = back.end
            continue
        b = p.boundary.search(f, tail_start, j)
        if b is not None:
            j = b.start()
        if f.endswith(_ALSO, tail_start, j) and not f.endswith("ว่า" + _ALSO, tail_start, j):
            j -= len(_ALSO)             # "…การประชุมสุดยอดเอเชียตะวันออกด้วย": "as well", not the name
        if f.endswith(_OF, tail_start, j) and f[j:j + 1] == " " and (p.honorific.match(f, j + 1) or p.position_head.match(f, j + 1)):
            j -= len(_OF)               # "การประชุมสุดยอดอาเซียนของ น.ส.…": whose trip, not the name
        tail = f[tail_start:j]
        name_end = j
        ordinal = None
        if not tail:
            # "การประชุม ARF ครั้งที่ 28": a head followed by a Latin acronym or name
            lat = _LATIN_TAIL.match(f, j, pend)
            ordinal = lat if lat is not None and lat.group("ordinal") else None    # "การประชุม 75th Commission Session…"
            abbreviated = _ABBREVIATED_TAIL.match(f, j, pend) if lat is None else None
            if abbreviated is not None:
                # "เข้าร่วมประชุม รมว.กห.อาเซียน ครั้งที่ 12": the ministers named by their abbreviated post
                tail, name_end = abbreviated.group(1), abbreviated.end()
            elif not lat and hm.group(0) in standalone:
                tail = ""                   # "ร่วมงานเลี้ยงอาหารกลางวัน ซึ่งนาย X เป็นเจ้าภาพ": a meal, a name by itself
            elif not lat:
                continue
            else:
                tail, name_end = lat.group(0).strip(), lat.end()     # quoted: การประชุม "ASEAN-GCC-China Summit"
        elif tail.startswith(generic) or tail[0].isdigit() or tail == _THAT:
            # "…เป็นเจ้าภาพจัดการประชุมว่า การประชุมเป็นไปด้วยดี": "said of the meeting that", no name
            continue
        # a spaced country pair continues the name: "การประชุมระดับรัฐมนตรี ไทย-ลาว", "ไทย - มาเลเซีย"
        while True:
            m2 = _NEXT_CHUNK.match(f, name_end, pend)
            if not m2:
                break
            chunk = m2.group(1) or m2.group(2)
            if m2.group(1) is None and f[name_end - 1] == "-":
                pass                    # "…อิรวดี- เจ้าพระยา-แม่โขง": a dash before the space, the name goes on
            elif m2.group(1) is None and chunk in spaced_words:
                pass                    # "การประชุมอาเซียน ซัมมิท": a word that goes on with the name
            elif m2.group(1) is None:
                parts = chunk.split("-")
                if not all(p.party.fullmatch(x) for x in parts if x) or len(parts) < 2:
                    break
            elif not (p.party.match(chunk) or chunk.startswith(dash_words)):
                break                   # "อาเซียน - จีน", "เอเชีย - แปซิฟิก": the name goes on
            b = p.boundary.search(f, m2.start(), m2.end())
            if b is not None and b.start() > m2.start() + 1:
                name_end = b.start()
                break
            name_end = m2.end()
        # a year-qualified name: "การประชุมคณะกรรมการ…เอเปค ปี 2565 ครั้งที่ 2"
        yq = _YEAR_TAIL.match(f, name_end, pend)
        if yq:
            name_end = yq.end()
        # an acronym after the Thai words: "การประชุมเจ้าหน้าที่อาวุโส BIMSTEC"
        ac = _ACRONYM_TAIL.match(f, name_end, pend)
        if ac:
            name_end = ac.end()
        plus = _PLUS_TAIL.match(f, name_end, pend)      # "การประชุมสุดยอดอาเซียน บวก ๓": ASEAN+3, not ASEAN
        if plus is None and f.endswith(("บวก", "+"), 0, name_end):
            plus = _PLUS_COUNT.match(f, name_end, pend)  # "การประชุมสุดยอดอาเซียนบวก 3": the word fused, the count apart
        if plus:
            name_end = plus.end()
        # a name that runs over spaces up to its number: "…ว่าด้วยการลักลอบขนคนเข้าเมือง
        # การค้ามนุษย์ และอาชญากรรมข้ามชาติที่เกี่ยวข้อง ครั้งที่ 8"
        name_end = _run_on_to_number(f, name_end, pend, p)
        name_end = _other_side(f, s, name_end, pend, p)
        session = _SESSION.match(f, name_end, pend)
        if session:
            name_end = session.end()
        label = f[s:name_end].strip().replace('"', "").replace("“", "").replace("”", "")
        if ordinal is not None:
            label = label.replace(ordinal.group("ordinal"), "", 1)     # the round is the number, not the name
        k = name_end
        label_en = None
        m3 = _PAREN.match(f, k, pend)
        if m3 and _HAS_LATIN.search(m3.group(1)) and not _HAS_THAI.search(m3.group(1)):
            label_en = m3.group(1).strip()
            k = m3.end()
            # "การประชุมคณะกรรมาธิการร่วม… (JCBC) ไทย – เวียดนาม ครั้งที่ 1": the pair is the name's
            pair = _PAIR_AFTER.match(f, k, pend)
            if pair and all(p.party.fullmatch(x) for x in (pair.group(1), pair.group(2))):
                label, k = f"{label} {pair.group(1)}-{pair.group(2)}", pair.end()
        elif m3 and _THAI_ACRONYM.fullmatch(m3.group(1)):
            # "การประชุมคณะกรรมาธิการเขตแดนร่วม (เจบีซี) ไทย-กัมพูชา สมัยวิสามัญ": an acronym spelt in
            # Thai, then the pair and the session that are the name's
            pair = _PAIR_AFTER.match(f, m3.end(), pend)
            if pair and all(p.party.fullmatch(x) for x in (pair.group(1), pair.group(2))):
                label, k = f"{label} {pair.group(1)}-{pair.group(2)}", pair.end()
                session = _SESSION.match(f, k, pend)
                if session:
                    label, k = label + session.group(0), session.end()
        numbers: list[int] = []
        number_year = None
        m4 = _BEFORE_NUMBER.match(f, k, pend)
        if m4:
            nm = NUMBER_RE.match(f, m4.end(), pend)
            if nm:
                numbers, number_year = parse_number(nm.group(0))
                k = nm.end()
                m5 = _PAREN.match(f, k, pend) if label_en is None else None
                if m5 and _HAS_LATIN.search(m5.group(1)) and not _HAS_THAI.search(m5.group(1)):
                    label_en = m5.group(1).strip()       # "ครั้งที่ 7 (Annual Consultation)"
                    k = m5.end()
        if not numbers and ordinal is not None:
            numbers = [int(ordinal.group("nth"))]
        if label.endswith(_SPECIAL_SESSIONS):
            numbers, number_year = [], None     # "สมัยพิเศษ ครั้งที่ 1/2568": a special session has no number (CONTRACT.md)
        prepared = None
        if numbers and (prep := _PREPARATORY.match(label)) is not None:
            # "การประชุมเตรียมการสำหรับการประชุม X ครั้งที่ 2": the round is X's, told inside the
            # name of the preparatory meeting, which has none of its own
            at = s + prep.start("prepared")
            prepared = MeetingMention(at, k, name_end, f[at:name_end].strip(), label_en, numbers, number_year, pi)
            prepared.series = series_key(prepared.label)
            numbers, number_year, label_en = [], None, None
        if not numbers and label.rstrip(" ฯ").endswith(generic_ends):
            last_end = k
            continue                # "การประชุมเต็มคณะ", "การประชุมทั้งสองฝ่าย": a session or a back-reference
        mm = MeetingMention(s, k, name_end, label, label_en, numbers, number_year, pi)
        if not numbers:
            rw = _ROUND_WORD.match(f, k, pend)
            if rw:
                mm.round_word = "first" if rw.group(1) else "previous"
        # a verb head is read as if การ were written; a shorthand head (กปช.) is a head already
        mm.series = series_key(label if label.startswith(("การ", *shorthand, *standalone)) else "การ" + label)
        if label.endswith("ฯ"):
            # "การประชุมคณะกรรมการฯ" abbreviates a longer name the release gave before
            stem = series_key(label[:-1])
            full = next((x.series for x in reversed(out) if x.series.startswith(stem) and x.series != stem), None)
            body = _body_named_before(f, s, label[:-1]) if full is None else None
            if body is not None:
                # "คณะกรรมการบริหารประจำ… (ทีมประเทศไทย) ได้จัดประชุมคณะกรรมการฯ ครั้งที่ ๖/๒๕๖๕": the
                # committee the sentence named, whose meeting it is
                mm.label, mm.aliases = "การประชุม" + body, (label,)
                full = series_key(mm.label)
            mm.series = full or mm.series
        out.append(mm)
        if prepared is not None:
            mm.prepares = prepared
            out.append(prepared)
        last_end = k
    return _with_bodies_meeting(f, paras, out)


_ABBREVIATED_BODY = re.compile(r"(?:การ)?ประชุม(?P<stem>[^\s]{4,})\Z")
_BODY_ASIDE = re.compile(r" ?\([^()\n]{2,40}\)")


def _body_named_before(f: str, s: int, written: str) -> str | None:
    """The longer name of the body "การประชุมคณะกรรมการฯ" abbreviates, as written before it in
    the release ("คณะกรรมการบริหารประจำสหรัฐอาหรับเอมิเรตส์ (ทีมประเทศไทย)"), with the aside
    in brackets that goes with it; None when no longer name of that stem was written."""
    m = _ABBREVIATED_BODY.match(written)
    if m is None:
        return None
    at = f.rfind(m.group("stem"), 0, s)
    if at < 0:
        return None
    end = at + len(m.group("stem"))
    while end < s and not f[end].isspace():
        end += 1
    if end - at == len(m.group("stem")) or f[end - 1] == "ฯ":
        return None                         # the same short name, or an abbreviation again
    aside = _BODY_ASIDE.match(f, end, s)
    return f[at:aside.end() if aside else end].strip()


_BODY_MEETS = re.compile(rf"(?P<body>คณะกรรม(?:การ|าธิการ)[{_THAI}]{{2,60}})(?:\s?\([A-Z]{{2,10}}\))?"
                         rf"(?:\s?[{_THAI}]{{2,20}}\s?[-–]\s?[{_THAI}]{{2,20}})?\s?(?:ได้)?(?:จัด)?(?:การ)?ประชุม\s?(?=ครั้งที่)")


def _with_bodies_meeting(f: str, paras, found: list[MeetingMention]) -> list[MeetingMention]:
    """A committee that "holds its meeting no. N" ("คณะกรรมการชายแดนส่วนภูมิภาค (RBC) ไทย–มาเลเซีย
    จัดประชุมครั้งที่ 117"): that round of the committee's meetings, named "การประชุม" + the committee."""
    extra = []
    for m in _BODY_MEETS.finditer(f):
        if any(x.start <= m.start() < x.end for x in found):
            continue
        numbers, year = parse_number(f[m.end():m.end() + 40])
        if not numbers:
            continue
        label = "การประชุม" + m.group("body")
        k = NUMBER_RE.match(f, m.end()).end()
        mm = MeetingMention(m.start(), k, m.end("body"), label, None, numbers, year, _para_of(paras, m.start()))
        mm.series = series_key(label)
        extra.append(mm)
    return sorted(found + extra, key=lambda x: x.start) if extra else found


_DANGLING_WITH = re.compile(r" ?[0-9]{1,2} ?[^\s()\d]{2,40}")        # "…ระหว่างญี่ปุ่นกับ 10 ชาติสมาชิกอาเซียน"
_SPACED_WITH = re.compile(r" ?กับ ?")


def _other_side(f: str, s: int, name_end: int, pend: int, p: Patterns) -> int:
    """A name "between A and B" goes on to B: a count after a dangling กับ ("การประชุมระหว่าง
    ญี่ปุ่นกับ 10 ชาติสมาชิกอาเซียน"), or a party after a spaced กับ ("การเจรจาระหว่างไทย กับ กัมพูชา")."""
    if "ระหว่าง" not in f[s:name_end]:
        return name_end
    if f.endswith("กับ", s, name_end):
        m = _DANGLING_WITH.match(f, name_end, pend)
        return m.end() if m else name_end
    w = _SPACED_WITH.match(f, name_end, pend)
    if w is not None and (party := p.party.match(f, w.end(), pend)) is not None and p.party.search(f, s, name_end):
        return party.end()
    return name_end


_PREPARATORY = re.compile(r"(?:การ)?ประชุมเตรียมการ[^\s]{0,40}?(?:สำหรับ|เพื่อ)(?P<prepared>(?:การ)?ประชุม)")


def _named_back(f: str, s: int, tail_start: int, j: int, pi: int, refers: tuple[str, ...],
                told: list[MeetingMention]) -> MeetingMention | None:
    """A name that refers back ("การประชุมสุดยอดอาเซียนข้างต้น", "การประชุมสุดยอดดังกล่าว") as a
    mention of the meeting told before whose series its words begin: who attends it, and the
    date written right after it, are that meeting's. None when no meeting told before fits, or
    the words before the reference word are the head alone (a generic back-reference)."""
    at = min((k for k in (f.find(w, tail_start, j) for w in refers) if k >= 0), default=tail_start)
    if at <= tail_start:
        return None
    stem = series_key(f[s:at])
    ante = next((x for x in reversed(told) if x.series.startswith(stem) and not x.is_parent), None)
    if ante is None or len(ante.numbers) > 1:
        return None
    word = next(w for w in refers if f.startswith(w, at))
    mm = MeetingMention(s, at + len(word), at, ante.label, ante.label_en, list(ante.numbers), ante.number_year, pi)
    mm.series, mm.ref = ante.series, True
    return mm


_TALK_CLAUSE_END = re.compile(r"\s(?:เกี่ยวกับ|เพื่อ|โดย|ณ|เมื่อ|ซึ่ง|ในโอกาส|ในช่วง|ระหว่างการ|นอกรอบ)|เกี่ยวกับ|เพื่อ|\(")


_AND_THEN = re.compile(r"และ ?")
_ENTERING = "เข้า"          # เข้าหารือ, เข้าพบ: a verb written with "entering" before it
#: "การหารือทวิภาคีนอกรอบการประชุมเอเปคกับ “มาร์ก เฮนเดอร์สัน”": where it was held, between the verb and the one met
_ON_THE_SIDELINES = re.compile(r" ?นอกรอบ\S{0,60}?(?=กับ)")
#: "…ในการประชุม X ที่เมืองเซปัง ประเทศมาเลเซีย เมื่อวันที่ 29 …": only the venue stands between
#: a meeting and the day after it, so the day is the meeting's (a day before it may be another event's)
_VENUE_THEN_DAY = re.compile(r"\s?(?:ณ|ที่)\s?[^\s\d]+(?:\s[^\s\d]+){0,3}\s(?:เมื่อ|ใน)วันที่\s?")
_OVER_A_MEAL = re.compile(r"(?P<meal>(?:ในระหว่าง|ใน|ระหว่าง)(?:ช่วง)?(?:การ)?(?:รับประทาน)?อาหาร(?:กลางวัน|ค่ำ|เช้า))(?:\s?\([^()\n]{1,40}\))?")
#: "วันนี้ (12 พ.ค.) โฆษก… เปิดเผยว่า เมื่อเวลา 10.00 น. … ได้สนทนาทางโทรศัพท์…": a time of day
#: after the statement tells an event of the statement's day
_SAME_DAY_TIME = re.compile(r"เมื่อ(?:เวลา|ช่วง(?:เช้า|บ่าย|เย็น|ค่ำ))")
_DAY_RIGHT_AFTER = re.compile(r"\s?(?:เมื่อ|ใน)?วันที่")


_OF_OR_WITH = re.compile(r"(?:ของ|กับ)[\s\"“”']{0,3}\Z")
_OF_OR_WITH_REACH = len("ของ") + 3


def _after_of_or_with(f: str, at: int) -> bool:
    """Is the name at ``at`` the object of ของ or กับ ("…ดินเนอร์ กับ "โจ ไบเดน"", quotes and a space between)?"""
    return _OF_OR_WITH.search(f, max(0, at - _OF_OR_WITH_REACH), at) is not None


def _as_noun(*wordings: str) -> tuple[str, ...]:
    """Each wording as the text gives it and as its noun (หารือกับ… → การหารือกับ…), empty ones dropped."""
    return tuple(w for x in wordings if x for w in (x, x if x.startswith("การ") else "การ" + x))


def _told_up_to_link(f: str, s: int, e: int, side: list, p: Patterns) -> str:
    """The verb and the format fused to it up to กับ, as the talk's own name: "พบปะหารือสามฝ่าย"
    in "พบปะหารือสามฝ่ายร่วมกับเจ้าชาย X …" (empty when no format stands between the verb and กับ)."""
    m = p.fused_format.match(f, e, side[0].start) if side else None
    return f[s:m.end()] if m is not None else ""


_WELCOMED_CALL = re.compile(r"ต้อนรับ(?P<call>การ\S+?)ของ\Z")


def _welcomed_call(verb: str) -> tuple[str, ...]:
    """The call a welcome names: "ให้การต้อนรับการเยี่ยมคำนับของ" welcomes "การเยี่ยมคำนับ"."""
    m = _WELCOMED_CALL.search(verb)
    return (m.group("call"),) if m else ()


def _talk_wordings(told: str, link: str, side: list) -> tuple[str, ...]:
    """How a talk is described, besides the verb and the text up to the name: with the
    official met by name alone and by post ("หารือทวิภาคีกับมิน อ่อง หล่าย",
    "สนทนาทางโทรศัพท์กับว่าที่ประธานาธิบดีสหรัฐอเมริกา"), as the verb or as its noun (การหารือ…)."""
    link = link or "กับ"
    met = side[0].person
    out = [f"{told}{link}{met.name}"]
    if met.position:
        out.append(f"{told}{link}{met.position}")
    return tuple(dict.fromkeys(_as_noun(*out)))


def _thai_counterpart(people: list[PersonMention], other: PersonMention | None) -> PersonMention | None:
    """The release's Thai official who meets ``other`` in a talk told of both sides: the first
    holding the same kind of post (นายกรัฐมนตรี with นายกรัฐมนตรี, not the spokesman who tells of
    it), else the first."""
    thai = [pm for pm in people if not pm.negated and pm.person.country == "TH"]
    post = (other.person.position or "").split(" ")[0] if other is not None else ""
    peer = next((pm for pm in thai if post and pm.person.position
                 and (post.startswith(pm.person.position) or pm.person.position.startswith(post))), None)
    return peer or (thai[0] if thai else None)


#: "…จะมีการหารือทวิภาคีระหว่างนายกรัฐมนตรีสองฝ่าย": between the two sides' leaders
_PAIR_AFTER_BETWEEN = re.compile(rf"[{_THAI}]{{0,24}}?(?:ทั้ง)?(?:สอง|2)\s?(?:ฝ่าย|ประเทศ)")
#: "นายกรัฐมนตรีไทยและนายกรัฐมนตรีกัมพูชาจะหารือทวิภาคีร่วมกัน": two posts, then a talk "together"
_TWO_POSTS_TOGETHER = re.compile(rf"[{_THAI}]+ไทยและ[{_THAI}]+(?:จะ|ได้)?\s?\Z")
_TOGETHER = "ร่วมกัน"


def find_talks(f: str, paras: list[tuple[int, int]], people: list[PersonMention], p: Patterns) -> list[MeetingMention]:
    """Bilateral encounters the text reports: talks, phone or video calls, courtesy calls.

    CONTRACT.md counts them as meetings when they are held between named officials:
    the verb (``หารือทวิภาคี``, ``หารือทางโทรศัพท์``, ``เข้าเยี่ยมคารวะ`` …) must be
    followed by the official met (``กับนาย X``, ``นาย X``) or at least the party met
    (``กับรัฐมนตรีว่าการกระทรวงการต่างประเทศญี่ปุ่น``); a bare ``หารือ`` ("discussed")
    needs a named official. The one who held the talk is the nearest official named
    before the verb in its paragraph (else, later, the release's lead official).
    """
    t = p.v.meetings["talks"]
    kinds, bare, links = t["verbs"], frozenset(t["bare_verbs"]), tuple(sorted(t["links"], key=len, reverse=True))
    welcomes = frozenset(t["welcome_verbs"])
    manner_words = tuple(sorted(t["manner_words"], key=len, reverse=True))
    out: list[MeetingMention] = []
    chained: set[int] = set()       # verbs read as the second half of "เข้าเยี่ยมคารวะและหารือ…"

    def holder(s: int, pi: int, pstart: int) -> PersonMention | None:
        """The one who held the talk told at ``s``: named by title and name or by post right
        before the verb, else the nearest official before it in the paragraph."""
        lo = max(pstart, s - t["reach"]["holder_before"])
        # "นาย X ให้สัมภาษณ์ถึงการหารือกับ…": X tells of their own talk (the verb's การ between)
        told_of = p.ends_with("results", f, s) or (f.endswith("การ", 0, s) and p.ends_with("results", f, s - len("การ")))
        return _short_referent(f, lo, s, people, p) or _post_referent(f, lo, s, people, p) or next(
            (pm for pm in reversed(people) if pm.para == pi and pm.end <= s and (not pm.negated or told_of)
             and s - pm.end <= t["reach"]["holder_anywhere"]
             and not _after_of_or_with(f, pm.start)), None)           # "…ในฐานะผู้แทนพิเศษของพลเอก X": whose
                                                                          # envoy, not who; "…กับนาย X": one met
    for m in p.talk_verb.finditer(f):
        s, e = m.span()
        verb = m.group(0)
        pi = _para_of(paras, s)
        pstart, pend = paras[pi]
        if s in chained or p.ends_with("not_after", f, s):
            continue
        j = e
        while j < pend and f[j] == " ":
            j += 1
        # "เข้าเยี่ยมคารวะและหารือทวิภาคีกับนาย X": one encounter, told by two verbs
        then = _AND_THEN.match(f, j, pend)
        second = p.talk_verb.match(f, then.end(), pend) if then else None
        told = f[s:second.end()] if second is not None else verb      # the verbs as written
        if second is not None:
            chained.add(second.start())
            j = second.end()
            while j < pend and f[j] == " ":
                j += 1
        also = p.second_verb.match(f, j, pend) or _ON_THE_SIDELINES.match(f, j, pend)
        if also is not None:
            j = also.end()
        meal = _OVER_A_MEAL.match(f, j, pend)
        if meal is not None:
            # "หารือในช่วงอาหารกลางวันกับนาง X": the talk over a meal, so named
            told, j = f[s:meal.end("meal")], meal.end()         # "(working lunch)" is not the name
            while j < pend and f[j] == " ":
                j += 1
        manner = next((w for w in manner_words if f.startswith(w, j)), "")
        if manner:
            j += len(manner)        # "ได้รับการต้อนรับอย่างอบอุ่นจาก นาย X": how, between the verb and its link
            while j < pend and f[j] == " ":
                j += 1
        fused = p.fused_format.match(f, j, pend) if not f.startswith(links, j) else None
        if fused is not None:
            j = fused.end()         # "พบปะหารือสามฝ่ายร่วมกับ…": words fused between the verb and its link
        link = next((w for w in links if f.startswith(w, j)), "")
        j += len(link)
        while j < pend and f[j] == " ":
            j += 1
        met = _officials_met(f, j, pi, people, p, t["reach"]) or _short_met(f, j, pend, pi, people, p)
        country, post, phrase = None, "", ""
        between_sides = None
        if link == "ระหว่าง" and len(met) >= 2:
            # "การพบปะหารือระหว่างนาย A (สหรัฐฯ) และ B (ไทย)": the two sides of one talk, not two talks
            home = [x for x in met if x.person.country == "TH"]
            away = [x for x in met if x.person.country not in (None, "TH")]
            if home and away:
                between_sides, met = home[0], away
        if met and verb in bare and not link and f.endswith("การ", 0, s):
            continue                    # "ในช่วงการหารือ นาย X …": the talks named before, not a new one
        pair_subject = None
        if not met and verb in bare and f.startswith("กัน", e):
            # "เอกอัครราชทูตฯ และนายบัตบายาร์ได้หารือกันในหลายประเด็น": the two named before it
            pair = _each_other(f, max(pstart, s - t["reach"]["holder_before"]), s, people, p)
            foreign = [x for x in pair if x.person.country not in (None, "TH")]
            if len(pair) == 2 or foreign:
                met = foreign[:1] or pair[1:]
                pair_subject = next((x for x in pair if x is not met[0]), None)
                phrase = f[s:_chunk_end(f, e, pend)]
        if not met and not link:
            # "นาย A ปลัดกระทรวง… และนาย B ปลัดกระทรวง…สหภาพยุโรป ได้พบและหารือข้อราชการ": the two
            # officials of different sides named right before the verb talked with each other
            two = _two_sides_before(f, s, pi, people)
            if two is not None:
                pair_subject, met = two[0], [two[1]]
                phrase = f[s:_chunk_end(f, e, pend)]
        # a bare หารือ after ทั้งสองฝ่าย describes the talk just told, unless none was told
        # ("ภายหลังการยื่นพระราชสาส์นฯ ทั้งสองฝ่ายได้หารือความร่วมมือทวิภาคี": a ceremony, then a talk)
        if not met and (verb not in bare or not _encounter_told_before(f, s, p)) \
                and (p.pair_subject.search(f, max(pstart, s - t["pair_reach"]), s)
                     or _PAIR_AFTER_BETWEEN.match(f, j, pend) and link == "ระหว่าง"
                     or verb not in bare and _TWO_POSTS_TOGETHER.search(f, max(pstart, s - t["pair_reach"] * 3), s)
                     and f.startswith(_TOGETHER, j)):
            # "รัฐมนตรีทั้งสองจะหารือทวิภาคี …": the release's Thai official and the one met
            other_side = next((pm for pm in people if not pm.negated and pm.person.country not in (None, "TH")), None)
            pair_subject = _thai_counterpart(people, other_side)
            if pair_subject is not None and other_side is not None and not any(
                    x.talk == kinds[verb] and other_side in x.counterparts for x in out):
                met = [other_side]
                phrase = f[s:_chunk_end(f, e, pend)]
        over_a_meal = meal is not None and not met
        if over_a_meal:
            # "ได้เข้าร่วมการหารือในระหว่างอาหารกลางวันซึ่งนาย X เอกอัครราชทูต… เป็นเจ้าภาพ… โดยมีนาย Y …
            # เข้าร่วมด้วย": a meal told as an event; those it names after it sat at the table
            met = [pm for pm in people if pm.para == pi and pm.start >= j and not pm.negated]
        if not met and verb not in bare:
            # "…ให้การต้อนรับคณะผู้แทน… ที่เดินทางมาเยี่ยมคารวะ", then "ระหว่างการหารือ นาย X …":
            # the one met, named in the paragraph after
            met = _named_during_the_talk(f, paras, pi, people)
        if not met and not link and f.endswith(tuple(t["same_encounter_openers"]), 0, s) \
                and any(x.para == pi and x.counterparts for x in out):
            continue                # "… เข้าพบนาย B … โดยได้หารือทวิภาคี": what the call just told was
        if not met:
            end = _TALK_CLAUSE_END.search(f, j, min(pend, j + t["reach"]["party_after"]))
            found = _countries_in(f[j:end.start() if end else min(pend, j + t["reach"]["party_after"])])
            # "นาย X รองประธานาธิบดี… ได้เข้าเยี่ยมคารวะนายกรัฐมนตรี": a call paid on a post, no link word
            on_a_post = kinds[verb] == "courtesy" and verb not in welcomes and _post_at(f, j, p)
            visitor = holder(s, pi, pstart) if not found and (link or on_a_post) and (verb not in bare or _post_at(f, j, p)) else None
            if visitor is not None and visitor.person.country == "TH":
                # "นาย X มีกำหนดเข้าเยี่ยมคารวะนายกรัฐมนตรี … และหารือกับรองนายกรัฐมนตรี…": the one who
                # paid the call just told holds this talk too, not the one called on
                earlier = next((x for x in reversed(out) if x.para == pi and x.subject is not None
                                and visitor in x.counterparts), None)
                visitor = earlier.subject if earlier is not None else visitor
            # a visitor named again without the post that gave their country ("นายจอห์น สมิธ มีกำหนด…")
            visitor_country = next((pm.person.country for pm in people if pm.person.name == visitor.person.name
                                    and pm.person.position and pm.person.country), visitor.person.country) \
                if visitor is not None else None
            if visitor is not None and visitor_country not in (None, "TH") and p.position_head.match(f, j):
                # "ในระหว่างการเยือน นายมุลเลอร์ได้พบหารือทวิภาคีกับรัฐมนตรีว่าการกระทรวงการต่างประเทศ": a
                # visitor named, the Thai host by post alone; the talk is with the visitor's country,
                # and the host is the Thai official the release gave that post, else its first
                thai = [pm for pm in people if not pm.negated and pm.person.country == "TH"]
                met, pair_subject = [visitor], next(
                    (pm for pm in thai if pm.person.position and f.startswith(pm.person.position, j)), thai[0] if thai else None)
                phrase = f[s:_chunk_end(f, e, pend)] if not link else phrase     # "เข้าเยี่ยมคารวะนายกรัฐมนตรี"
        if not met:
            if not found:
                continue
            at, country = next(((i, c) for i, c in found if c != "TH"), found[0])    # "ระหว่างไทย – ศรีลังกา"
            post = f[j:j + at].strip() if at == found[0][0] else ""
            listed_parties = _party_list(f, j, found, p) if link else []
            lead_official = holder(s, pi, pstart) if len(listed_parties) >= 2 else None
            if lead_official is not None:
                post = _post_of_listed(post, p)
                # "มีกำหนดหารือกับผู้นำ สิงคโปร์ บรูไน และเวียดนาม": one talk with each country listed
                kind = kinds[verb]
                joint = link or ("" if kind == "courtesy" else "กับ")
                # "เข้าหารือกับผู้นำ A": told with เข้า, named by the verb alone too ("หารือกับผู้นำ A")
                verbs_told = (told, told[len(_ENTERING):]) if told.startswith(_ENTERING) and told[len(_ENTERING):] in kinds \
                    else (told,)
                for code, written_party in listed_parties:
                    out.append(_party_talk(s, e, pi, kind=kind, subject=lead_official, party=code, post=post,
                                           words=tuple(f"{v}{joint}{x}{written_party}" for v in verbs_told for x in (post, "")),
                                           series=series_key(t["series"][kind] + "ไทย-" + p.v.parties[code].name_th)))
                    out[-1].in_series = series_key(t["joint_series"] + "ไทย-" + p.v.parties[code].name_th)
                continue
            if verb in bare and not (link and _post_at(f, j, p)):
                continue                # "หารือ" alone: discussed; "พบหารือกับ รมว.ต่างประเทศ X": a talk
            named = p.party.match(f, j + at)
            phrase = f[s:named.end()].strip() if named else ""   # "หารือทวิภาคีแบบเต็มคณะระหว่างไทย – ศรีลังกา"
        subject = between_sides or pair_subject or holder(s, pi, pstart)
        earlier = next((x for x in reversed(out) if x.para == pi and subject is not None and subject in x.counterparts), None)
        if earlier is not None and earlier.subject is not None:
            subject = earlier.subject      # "เข้าเยี่ยมคารวะนาย A … และหารือกับนาย B": A was met, not the one who met B
        elif earlier is not None and verb in bare and not pair_subject and not between_sides:
            subject = None                 # "…หารือกับ A ในวันที่ 15 ก่อนพบ B": A was met; who met B is not named here
        kind = kinds[verb]
        written = verb if verb.startswith("การ") else "การ" + verb
        # one table, one talk; a call on two officials ("เข้าพบนาย A ผู้ว่าราชการ… และนาย B ประธานสภา…"),
        # one call on each; a talk with officials of one country, one talk
        joint_table = fused is not None and fused.group(0) in t["joint_formats"]     # "หารือสามฝ่ายร่วมกับ A และ B"
        sides = [met] if (meal is not None or joint_table) and met else [[pm] for pm in met] if kinds[verb] == "courtesy" \
            and verb not in welcomes and len(met) > 1 else _by_country(met)
        listed = bool(met) and any(w in f[j:met[0].start] for w in _TALK_LIST_INTROS)
        if listed:
            # "พบหารือกับผู้แทน… ได้แก่ H.E. A, Governor of …, Councillor B, …": a call on each one listed
            sides = [[pm] for pm in people if pm.para == pi and pm.start >= met[0].start and not pm.negated
                     and pm.person.country != "TH"]
        for side in sides or ([[]] if country else []):     # no one met and no country: no talk
            # "หารือทวิภาคีกับนาย A (ซูดาน) นาย B (เคนยา) และนาง C (เม็กซิโก)": one talk with each
            other = side[0].person.name if side else p.v.parties[country].name_th
            joint = link or ("" if kind == "courtesy" else "กับ")      # เข้าเยี่ยมคารวะนาย X; หารือกับนาย X
            # a date right after the official met and their post ("…หารือกับนาย X รัฐมนตรี… ในวันที่
            # 17") is the talk's: its mention runs to there (not a visit's "ในโอกาสการเยือน ระหว่างวันที่…")
            last = max((x.end for x in side if x.para == pi and x.start >= e), default=e)
            end = last if _DAY_RIGHT_AFTER.match(f, last, pend) else e
            if _LATIN_START.match(other):
                joint += " "        # "การเข้าเยี่ยมคารวะ Mohd Nassuruddin", as Thai writes a Latin name
            mm = MeetingMention(s, end, e, f"{written}{joint}{other}", None, [], None, pi)
            mm.talk, mm.subject, mm.counterparts, mm.party_met = kind, subject, tuple(side), country
            mm.post_met = post
            mm.welcome = verb in welcomes
            mm.chairs_after = also is not None and p.chair.search(also.group(0)) is not None
            # as the text words it: the verb alone, and the verb with the official met
            as_written = f[s:side[0].name_end].strip() if side and side[0].start > s else ""
            # …and on to the end of their post ("หารือกับนางสมศรี ดีมาก นายกรัฐมนตรีบังกลาเทศ")
            with_post = f[s:side[0].end].strip() if side and side[0].start > s and side[0].end > side[0].name_end else ""
            # …and up to the one met, a post before them ("เข้าพบนายกรัฐมนตรี (นางสาว X)")
            up_to_met = f[s:side[0].start].rstrip(" (") if side and side[0].start > s else ""
            mm.aliases = (*dict.fromkeys((verb, *_welcomed_call(verb), *_as_noun(told),
                                          *_as_noun(_told_up_to_link(f, s, e, side, p), up_to_met))),
                          *_as_noun(as_written, with_post), *_talk_wordings(told, link, side)) \
                if side and side[0].start > s else tuple(x for x in dict.fromkeys((verb, told, phrase)) if x)
            sides = {x.person.country for x in (*side, *([subject] if subject else ())) if x.person.country}
            if country:
                sides.add(country)
            pair = sorted(sides - {"TH"})[:1]
            # two foreign sides and no Thai one ("สีจิ้นผิง … หารือกับมาครง"): their own pair, not Thailand's
            sides_named = "ไทย-" + p.v.parties[pair[0]].name_th if pair else ""
            if "TH" not in sides and len(sides) >= 2:
                sides_named = "-".join(p.v.parties[c].name_th for c in sorted(sides)[:2])
            # a talk with no foreign country known (a governor, a mayor …) is a series of its own
            # with the one met: one "การหารือทวิภาคี" would join unrelated talks across releases,
            # and calls on a list of them on one day would be one meeting
            mm.series = series_key(t["series"][kind] + (sides_named if pair
                                                        else "กับ" + side[0].person.name if side else ""))
            if pair:
                # all of a country's encounters with Thailand (or of two others), whatever their kind, are one series
                mm.in_series = series_key(t["joint_series"] + sides_named)
            out.append(mm)
    named = []
    for mm in out:
        # the headline's "หารือทางโทรศัพท์กับรัฐมนตรีต่างประเทศญี่ปุ่น" is the body's call with a named
        # minister; a talk with no named official on either side is no meeting (CONTRACT.md)
        twin = next((x for x in out if x.counterparts and x.series == mm.series and x.talk == mm.talk), None) \
            if not mm.counterparts else mm
        if twin is None and mm.party_met and mm.talk == "call" and any(
                x.counterparts and _SUBITEM.match(f, *paras[x.para]) and x.para > mm.para
                and any(c.person.country == mm.party_met for c in x.counterparts) for x in out):
            continue                    # the briefing item's call, told again as its sub-item's talk
        if twin is None and mm.party_met:
            # "นายกฯ เข้าพบหารือทวิภาคีกับ ปธน.ฝรั่งเศส", no talk verb in the body: the official
            # of that country the release names is the one met
            met = next((pm for pm in people if pm.person.country == mm.party_met and not pm.negated
                        and _post_fits(mm.post_met, pm.person.position)), None)
            if met is not None:
                mm.counterparts = (met,)
                mm.label = mm.label[:len(mm.label) - len(p.v.parties[mm.party_met].name_th)] + met.person.name
                twin = mm
        if twin is None and (mm.one_of_parties or (
                mm.party_met is not None and mm.subject is not None and mm.talk != "courtesy"
                and mm.subject.person.country != mm.party_met and p.v.parties[mm.party_met].kind == "country")):
            # "นาย X ได้หารือทวิภาคีกับรัฐมนตรีว่าการกระทรวงการต่างประเทศเวียดนาม": a talk or call with a
            # country's post, its holder unnamed, held by an official the text names, is a meeting too
            twin = mm
        if twin is not None:
            mm.label = twin.label
            named.append(mm)
    # "ให้การต้อนรับนาย X … และได้หารือกับนาย X": one encounter, told as a talk; when only the
    # headline tells the talk ("…พบหารือกับปลัดกระทรวงการต่างประเทศมาเลเซีย"), the body's welcome
    # is that talk
    def met(mm):
        return {person_key(c.person.name) for c in mm.counterparts}
    dropped: set[int] = set()
    for mm in named:
        if not mm.welcome:
            continue
        others = [x for x in named if not x.welcome and met(x) & met(mm)]
        if others and all(x.para == 0 < mm.para for x in others):
            head = others[0]
            mm.talk, mm.label, mm.series, mm.welcome = head.talk, head.label, head.series, False
            mm.aliases = tuple(dict.fromkeys((*head.aliases, *mm.aliases)))
            dropped.update(id(x) for x in others)
        elif others:
            dropped.add(id(mm))
    return [mm for mm in named if id(mm) not in dropped]


_PARTY_GAP = re.compile(r"[\s,]*(?:และ|รวมทั้ง|รวมถึง|ตลอดจน|/)?[\s,]*")      # "A, B และ C", "A/B"


def _party_list(f: str, j: int, found: list[tuple[int, str]], p: Patterns) -> list[tuple[str, str]]:
    """The foreign countries ``found`` after a talk verb (offsets from ``j``) that stand as
    one list, nothing but commas, spaces and และ between them: (code, as written)."""
    out: list[tuple[str, str]] = []
    last_end = None
    for at, code in found:
        m = p.party.match(f, j + at)
        if m is None:
            continue
        if last_end is not None and _PARTY_GAP.fullmatch(f, last_end, m.start()) is None:
            break
        if code != "TH":
            out.append((code, m.group(0)))
        last_end = m.end()
    return out


def _post_of_listed(post: str, p: Patterns) -> str:
    """The post of those met in a list of countries, out of the words before the list:
    "บรรดาผู้นำประเทศต่างๆ อาทิ" → "ผู้นำ" (a position, else a generic post of ``talks.posts_met``)."""
    if not post or p.position_head.match(post):
        return post             # "รัฐมนตรีต่างประเทศของ": the post as written
    head = p.position_head.search(post)
    generic = next((w for w in p.v.meetings["talks"]["posts_met"] if w in post), None)
    return head.group(0) if head is not None else generic or post


def _party_talk(s: int, e: int, pi: int, *, kind: str, subject: PersonMention, party: str, post: str,
                words: tuple[str, ...], series: str) -> MeetingMention:
    """One talk of a list of countries met (``party``, the one met by ``post``: ผู้นำ), held by
    ``subject``, named as the text names it (``words``: "หารือกับผู้นำสิงคโปร์") and as a noun."""
    names = tuple(dict.fromkeys(w for x in words for w in (x, x if x.startswith("การ") else "การ" + x)))
    mm = MeetingMention(s, e, e, next(n for n in names if n.startswith("การ")), None, [], None, pi)
    mm.talk, mm.subject, mm.party_met, mm.post_met, mm.one_of_parties = kind, subject, party, post, True
    mm.aliases, mm.series = names, series
    return mm


_DURING_THE_TALK = re.compile(r"\s*(?:ระหว่าง|ใน)(?:การ)?(?:พบ)?หารือ\s?")


def _named_during_the_talk(f: str, paras, pi: int, people: list[PersonMention]) -> list[PersonMention]:
    """The official a paragraph right after ``pi`` opens with ("ระหว่างการหารือ นายเย่
    เจี้ยนหัว รองอธิบดี… ได้แนะนำ…"), when it opens so."""
    if pi + 1 >= len(paras):
        return []
    lo, hi = paras[pi + 1]
    m = _DURING_THE_TALK.match(f, lo, hi)
    if m is None:
        return []
    return [pm for pm in people if pm.start == m.end() and not pm.negated][:1]


def _chunk_end(f: str, i: int, pend: int) -> int:
    """Where the space-free run of text at ``i`` ends ("หารือความร่วมมือทวิภาคี โดย…")."""
    m = _CHUNK_END.search(f, i, pend)
    return m.start() if m else pend


_AND_BETWEEN = re.compile(r"\s?และ\s?")


def _each_other(f: str, lo: int, s: int, people: list[PersonMention], p: Patterns) -> list[PersonMention]:
    """The two officials of "A และ B ได้หารือกัน…" (each by title and name, by a name part
    or by post, as named before): those found, the first one first."""
    ands = list(_AND_BETWEEN.finditer(f, lo, s))
    if not ands:
        return []
    a = ands[-1]
    second = _short_referent(f, a.end(), s, people, p) or _post_referent(f, a.end(), s, people, p)
    first = _short_referent(f, lo, a.start(), people, p) or _post_referent(f, lo, a.start(), people, p)
    return [x for x in (first, second) if x is not None]


_BEFORE_TALK_VERB = ("", "ได้", "จะ", "ได้ร่วม", "ร่วม")


def _two_sides_before(f: str, s: int, pi: int, people: list[PersonMention]):
    """(the Thai official, the other) when a talk verb at ``s`` follows "นาย A … และนาย B …"
    right away and A and B act for different known countries, else None."""
    before = [pm for pm in people if pm.para == pi and pm.end <= s and not pm.negated]
    if len(before) < 2:
        return None
    a, b = before[-2], before[-1]
    if f[b.end:s].strip() not in _BEFORE_TALK_VERB or f[a.end:b.start].strip() != "และ":
        return None
    ca, cb = a.person.country, b.person.country
    if ca is None or cb is None or ca == cb:
        return None
    return (a, b) if ca == "TH" or cb != "TH" else (b, a)


def _encounter_told_before(f: str, s: int, p: Patterns) -> bool:
    """Whether the text names a meeting or a talk before ``s``, headline included."""
    return p.head.search(f, 0, s) is not None or p.talk_verb.search(f, 0, s) is not None


_GROUP_THEN_LIST = re.compile(r"(?:[^\s()\d]{1,40}\s?){1,4}?(?:\d{1,2}\s?(?:ประเทศ|คน|ท่าน)\s?)?"
                              r"(?:ได้แก่|คือ|อาทิ(?:เช่น)?|เช่น|ประกอบด้วย|นำโดย)\s?:?\s?(?:\(?\d{1,2}[.)]\s?)?")


def _officials_met(f: str, j: int, pi: int, people: list[PersonMention], p: Patterns, reach: dict) -> list[PersonMention]:
    """The officials a talk verb names right after it (at ``j``): the first one at once or
    after a post ("กับรัฐมนตรีว่าการ… นาย X"), then those listed with it ("นาย A, นาย B และนาง C")."""
    met: list[PersonMention] = []
    for pm in people:
        if pm.para != pi or pm.start < j:
            continue
        if not met:
            bracket = pm.start - (f[pm.start - 1:pm.start] == "(")    # "เข้าพบนายกรัฐมนตรี (นางสาว X)": the post's holder
            first = pm.start <= j + 1 or (p.position_head.match(f, j) is not None and pm.start - j <= reach["post_to_name"]
                                          and _TALK_CLAUSE_END.search(f, j, bracket) is None) \
                or (pm.start - j <= reach["post_to_name"]
                    and _GROUP_THEN_LIST.fullmatch(f, j, pm.start) is not None)    # "กับบุคคลสำคัญต่าง ๆ ได้แก่ นาย A …"
            if not first:
                break
        elif not (pm.start - met[-1].end <= reach["listed_gap"]
                  and f[met[-1].end:pm.start].strip(" ,") in ("", "และ", "รวมทั้ง")
                  or pm.start - met[-1].end <= reach["listed_place_gap"]
                  and p.place_of_listed.fullmatch(f, met[-1].end, pm.start) is not None):
            break
        met.append(pm)
    return met


_SHORT_POST = re.compile(rf"[{_THAI}]{{1,5}}\.[{_THAI}]")     # รมว.… ปธน.…


def _post_at(f: str, j: int, p: Patterns) -> bool:
    """A post starts at ``j``: a position word, or a shortened one (รมว., ปธน.)."""
    return p.position_head.match(f, j) is not None or _SHORT_POST.match(f, j) is not None


def _post_fits(post: str, position: str | None) -> bool:
    """Whether a post named in passing ("ปธน.", "นายกรัฐมนตรี") can be ``position``: the same
    words, or an abbreviation whose letters the position spells in order (ปธน. → ประธานาธิบดี)."""
    if not post:
        return True
    if not position:
        return False
    if post in position:
        return True
    return "." in post and _spelled_in(post, position)


_PARTNER_INTRO = re.compile(r"\s?(?:\([^()]{1,80}\)\s?)?(?:[^\s()]{1,12}\s?){0,5}?(?:ได้แก่|คือ)\s?")
_PARTNER_GAP = re.compile(r"\s?,?\s?(?:และ|รวมทั้ง)?\s?")


def partner_lists(f: str, paras, mentions: list[MeetingMention], p: Patterns) -> list[MeetingMention]:
    """"การประชุมรัฐมนตรีต่างประเทศอาเซียนกับออสเตรเลีย ญี่ปุ่น และสหรัฐอเมริกา", "…อาเซียนกับ
    คู่เจรจา ได้แก่ แคนาดา จีน และอินเดีย": one meeting with each partner named, each called
    "…กับ<partner>" (the umbrella "…กับคู่เจรจา" is none of its own). The partners of the
    ASEAN Plus Three together (จีน ญี่ปุ่น สาธารณรัฐเกาหลี) are one meeting."""
    cfg = p.v.meetings["partner_lists"]
    umbrellas, whole = tuple(cfg["umbrellas"]), [frozenset(x) for x in cfg["one_meeting_sets"]]
    out: list[MeetingMention] = []
    for mm in mentions:
        out.append(mm)
        k = mm.label.rfind("กับ")
        if mm.numbers or k == -1:
            continue
        head, tail = mm.label[:k + len("กับ")], mm.label[k + len("กับ"):].strip()
        umbrella = tail.startswith(umbrellas)
        if not umbrella and not p.party.fullmatch(tail):
            continue
        j, pend = mm.end, paras[mm.para][1]
        if umbrella:
            intro = _PARTNER_INTRO.match(f, j)
            if intro is None:
                continue
            j = intro.end()
        found = []
        while j < pend:
            pm = p.party.match(f, _PARTNER_GAP.match(f, j).end())
            if pm is None or pm.end() > pend:
                break
            found.append(pm)
            j = pm.end()
        codes = {p.v.party_code(x.group(0)) for x in found} | (set() if umbrella else {p.v.party_code(tail)})
        if not found or (umbrella and len(found) < 2) or frozenset(codes) in whole:
            continue
        if umbrella:
            # the umbrella's name becomes its first partner's, so its verb and list still hold
            first = found.pop(0)
            mm.label, mm.end, mm.name_end = head + first.group(0), first.end(), first.end()
            mm.series = series_key(mm.label)
        for pm in found:
            label = head + pm.group(0)
            x = MeetingMention(pm.start(), pm.end(), pm.end(), label, None, [], None, mm.para)
            x.series = series_key(label)
            out.append(x)
    return out


def _acronyms(label_en: str | None) -> set[str]:
    """The acronym a meeting's English name gives for the meeting itself:
    "Joint Boundary Commission: JBC" → JBC; "BIMSTEC" → BIMSTEC; "ARF SOM" → ARF SOM."""
    if not label_en:
        return set()
    last = label_en.rsplit(":", 1)[-1].strip()
    out = {last} if re.fullmatch(r"[A-Z][A-Z0-9&]{1,11}(?:[ \-][A-Z][A-Za-z0-9&]{0,15}){0,3}", last) else set()
    # "Asia Cooperation Dialogue Summit" is also "ACD" (and "ACDS"): initials of its capitalised words
    initials = "".join(w[0] for w in re.findall(r"[A-Z][A-Za-z]+", label_en.split(":")[0]))
    if len(initials) >= 3:
        out |= {initials, initials[:-1]} if len(initials) >= 4 else {initials}
    return out


def _contained(short: str, long: str) -> float:
    """Share of the character bigrams of ``short`` (after its head) found in ``long``."""
    short = re.sub(r"^(?:การ)?(?:ประชุม|หารือ)", "", short)
    a = {short[i:i + 2] for i in range(len(short) - 1)}
    b = {long[i:i + 2] for i in range(len(long) - 1)}
    return len(a & b) / len(a) if a else 0.0


@lru_cache(maxsize=1 << 14)
def _parties_of_label(label: str) -> frozenset[str]:
    """The parties a meeting name holds (cached: names recur across releases)."""
    p = patterns()
    return frozenset(filter(None, (p.v.party_code(m.group(0)) for m in p.party.finditer(label))))


def _party_only_name(label: str, p: Patterns) -> bool:
    """A meeting named by a head and its parties alone ("ประชุมอาเซียน", "การประชุมอาเซียน-จีน")."""
    rest = re.sub(r"^(?:การ)?ประชุม", "", label).strip()
    return bool(rest) and p.party.sub("", rest).strip(" -") == ""


@lru_cache(maxsize=1 << 14)
def _generic_name(label: str) -> bool:
    """A meeting name with no party and no Latin word in it ("การประชุมระดับรัฐมนตรี")."""
    return not patterns().party.search(label) and not re.search("[A-Za-z]", label)


def _resolve_aliases(mentions: list[MeetingMention], p: Patterns) -> None:
    """Give one series to the names a release uses for one meeting.

    - an acronym name ("การประชุม JBC", "…รัฐมนตรี BIMSTEC ครั้งที่ 20") is the meeting whose
      English name holds that acronym ("(Joint Boundary Commission: JBC)");
    - a generic name with no party in it ("การประชุมระดับรัฐมนตรี") that begins another
      name of the release refers back to it;
    - a short name that another extends with a qualifier ("…กระบวนการบาหลี" and
      "…กระบวนการบาหลีว่าด้วยการลักลอบ…") is the same series, unless the extension is a
      party ("…อาเซียน" and "…อาเซียน-แคนาดา" are different series).
    """
    same_name = p.v.meetings["headline_echo"]["same_name_share"]    # a name this much inside another
    body = [x for x in mentions if x.para != 0]
    for mm in mentions:
        if mm.para != 0 or not mm.numbers or any(x.series == mm.series for x in body):
            continue
        mine = _parties_of_label(mm.label)
        same = next((x for x in body if x.numbers == mm.numbers and (
            (mine and _parties_of_label(x.label) == mine) or (not mine and _contained(mm.label, x.label) >= same_name))), None)
        if same is not None:
            # "ร่วมประชุม SOM อาเซียน-รัสเซีย ครั้งที่ 20" is the body's
            # "การประชุมเจ้าหน้าที่อาวุโสอาเซียน-รัสเซีย ครั้งที่ 20"
            mm.series, mm.label, mm.label_en = same.series, same.label, mm.label_en or same.label_en
    for i, mm in enumerate(mentions):
        # "ร่วมประชุมสุดยอดผู้นำอาเซียนครั้งที่ 46", then "การประชุมสุดยอดอาเซียนครั้งที่ 46": one
        # round told twice, by the same parties and a name inside the other
        if not mm.numbers:
            continue
        first = next((x for x in mentions[:i] if x.numbers == mm.numbers and x.series != mm.series
                      and _parties_of_label(x.label) == _parties_of_label(mm.label)
                      and max(_contained(mm.label, x.label), _contained(x.label, mm.label)) >= same_name), None)
        if first is not None:
            mm.series, mm.label, mm.label_en = first.series, first.label, mm.label_en or first.label_en
    by_acronym: dict[str, MeetingMention] = {}
    for mm in mentions:
        for a in _acronyms(mm.label_en):
            by_acronym.setdefault(a, mm)
    for mm in mentions:
        target = None
        tail = _ACRONYM_END.search(mm.label)
        if tail and tail.group(1) in by_acronym and by_acronym[tail.group(1)] is not mm:
            cand = by_acronym[tail.group(1)]
            # "การประชุมรัฐมนตรี APEC" is not the APEC meeting itself unless that one is a
            # ministers' meeting too: the words before the acronym must be in its name
            words = re.sub(r"^(?:การประชุม|การหารือ)", "", mm.label[:tail.start(1)].strip()).strip()
            if (not mm.numbers or not cand.numbers or mm.numbers == cand.numbers) and (not words or words in cand.label):
                target = cand
        if target is None and mm.numbers and _HAS_LATIN.search(mm.label):
            # "การประชุมระดับสุดยอดผู้นำ GMS summit ครั้งที่ 8" is the round 8 whose English name is
            # "(…: GMS Summit)", however its acronym is cased
            low = f" {mm.label.lower()} "
            target = next((x for a, x in by_acronym.items() if x is not mm and x.numbers == mm.numbers
                           and f" {a.lower()} " in low), None)
        if target is None and tail:
            # "การประชุมเจ้าหน้าที่อาวุโส ARF" is the "…(ARF SOM)" whose Thai name it begins
            stem = mm.label[:tail.start(1)].strip()
            target = next((x for a, x in by_acronym.items() if x is not mm and tail.group(1) in a.split()
                           and x.label.startswith(stem) and (not mm.numbers or x.numbers == mm.numbers)), None)
        if target is None and tail and not mm.label[:tail.start(1)].replace("การประชุม", "").strip():
            # "การประชุม JC ครั้งที่ 9" beside "การประชุมคณะกรรมาธิการร่วม… ไทย-กัมพูชา ครั้งที่ 10": the
            # acronym spells a name the release writes in full (kg/data/meetings.json acronym_names)
            spelled = tuple(p.v.meetings["acronym_names"].get(tail.group(1), ()))
            target = next((x for x in mentions if x is not mm and spelled and any(w in x.label for w in spelled)
                           and not _ACRONYM_END.search(x.label)), None) if spelled else None
        generic = _generic_name(mm.label)
        if target is None and generic:
            target = next((x for x in mentions if x is not mm and x.label.startswith(mm.label) and len(x.label) > len(mm.label)
                           and (not mm.numbers or not x.numbers or x.numbers == mm.numbers)), None)
        if target is None and not mm.numbers and _party_only_name(mm.label, p):
            # "…และจะเข้าร่วมประชุมอาเซียนเช้าวันจันทร์ที่ 26": the grouping's one numbered meeting
            # the release names, told again by the grouping alone
            mine = _parties_of_label(mm.label)
            same = [x for x in mentions if x is not mm and x.numbers and not x.is_parent and _parties_of_label(x.label) == mine]
            if len({(x.series, tuple(x.numbers)) for x in same}) == 1:
                target = same[0]
                mm.numbers, mm.number_year = list(target.numbers), target.number_year
        if target is None and generic and not mm.numbers and mm.para != 0 and "ช่วง" in mm.label:
            # "เข้าร่วมการประชุมช่วงระดับรัฐมนตรี": a segment of the meeting the title names
            target = next((x for x in mentions if x.para != 0 and x is not mm and (x.numbers or x.cue) and not x.is_parent
                           and x.start < mm.start), None) \
                or next((x for x in mentions if x.para == 0 and x is not mm and x.numbers == [] and not x.is_parent), None)
        if target is None:
            for x in mentions:
                if x is not mm and x.series.startswith(mm.series) and len(x.series) > len(mm.series):
                    rest = x.series[len(mm.series):]
                    if rest.startswith(("ว่าด้วย", " ", "สำหรับ", "แห่ง")) and not p.party.match(rest.strip()) \
                            and not _PLUS_TAIL.fullmatch(rest):      # "…อาเซียน บวก 3" is not "…อาเซียน"
                        mm.series = x.series
                        break
            continue
        mm.series = target.series
        mm.label = target.label
        mm.label_en = mm.label_en or target.label_en
        if mm.numbers == target.numbers:
            mm.number_year = mm.number_year or target.number_year


_OF_THE_YEAR = re.compile(r"\s?ของปี")


@cache
def _counted_not_rounds() -> tuple[tuple[str, ...], int]:
    """``counted_not_rounds`` (kg/data/meetings.json) and how far before a ครั้งที่ they are looked for."""
    words = tuple(vocab().meetings["counted_not_rounds"])
    return words, max(map(len, words)) + 1


def _with_round_references(f: str, paras, mentions: list[MeetingMention]) -> list[MeetingMention]:
    """Add rounds named by number alone: "ต่อจากการประชุมครั้งที่ 3", "โดยครั้งที่ 6 จัดขึ้นเมื่อ…",
    "การประชุม ครั้งที่ 3 และ 4": they belong to the series named last before them in the
    paragraph. "เป็นครั้งที่ 2" (for the second time) is not a round."""
    spans = [(mm.start, mm.end) for mm in mentions]
    extra: list[MeetingMention] = []
    not_a_round, reach = _counted_not_rounds()
    for nm in NUMBER_RE.finditer(f):
        i = nm.start()
        if any(a <= i < b for a, b in spans) or f.endswith(("เป็น", "เป็น "), 0, i) \
                or _OF_THE_YEAR.match(f, nm.end()) \
                or f[max(0, i - reach):i].rstrip().endswith(not_a_round):
            continue                # "เป็นการประชุมครั้งที่ 2 ของปี": the second of the year, not a round;
                                    # "เป็นการเยือนครั้งที่ 2": a visit's count; "การเลือกตั้งทั่วไปครั้งที่ 14"
        pi = _para_of(paras, i)
        ref = next((mm for mm in reversed(mentions) if mm.end <= i and mm.para == pi and not mm.is_parent), None)
        if ref is None:
            continue
        numbers, year = parse_number(nm.group(0))
        if not numbers or numbers == ref.numbers:
            continue
        start = i
        head = re.search(r"(?:การประชุม|การหารือ)\s?$", f[max(0, i - 12):i])
        if head:
            start = i - len(head.group(0))
        mm = MeetingMention(start, nm.end(), start, ref.label, ref.label_en, numbers, year, pi)
        mm.series, mm.ref, mm.qualified = ref.series, True, True
        extra.append(mm)
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _coordinated(f: str, mentions: list[MeetingMention], mm: MeetingMention) -> list[MeetingMention]:
    """The meetings listed with ``mm`` by "และ": "การประชุม A ครั้งที่ 26 [date] และการประชุม B
    ครั้งที่ 15 และการประชุม C ครั้งที่ 32 [date]" — ``mm`` and those after it in the list."""
    out = [mm]
    for x in mentions:
        last = out[-1]
        if x.start <= last.start or x.para != last.para or x.is_parent:
            continue
        gap = f[last.end:x.start]
        if len(gap) > 40 or not gap.rstrip().endswith("และ") or _names_a_meeting(gap):
            break
        out.append(x)
    return out


#: "A, B และ C", "A และการเข้าร่วมประชุม B": one verb's list, its members in a row
_LIST_GAP = re.compile(r"[\s,]*(?:และ|รวมทั้ง|รวมถึง|ตลอดจน|/)?[\s,]*(?:(?:การ)?(?:เข้า)?ร่วม\s?)?")
_PARENS = re.compile(r"\([^()]*\)")


def _without_parens(s: str) -> str:
    """``s`` without its bracketed asides, nested ones too: "(12th Lower Mekong Initiative (LMI) …)"."""
    while True:
        t = _PARENS.sub("", s)
        if t == s:
            return s
        s = t


def meeting_lists(f: str, mentions: list[MeetingMention]) -> list[list[MeetingMention]]:
    """Meetings named one after another as a list: "การประชุม A (…), การประชุม B (…) และ
    การประชุม C", "A และ B ครั้งที่ 28". What the sentence says of the list (who attended,
    when, where) it says of each member. Parent meetings (ในช่วง…) end a list."""
    groups: list[list[MeetingMention]] = []
    before = None
    for mm in mentions:
        last = groups[-1][-1] if groups else None
        if mm.is_parent and last is not None and mm.para == last.para and mm.child is last:
            before = mm                 # B's parent, between B and what may follow it
            continue
        if last is not None and not mm.is_parent and not last.is_parent and mm.para == last.para \
                and mm.start >= last.end and _LIST_GAP.fullmatch(_without_parens(f[last.end:mm.start])):
            groups[-1].append(mm)
        elif last is not None and before is not None and before.is_parent and before.child is last \
                and not mm.is_parent and mm.para == last.para and mm.start >= before.end \
                and f[before.end:mm.start].strip() == "และ":
            # "… A, B ในกรอบการประชุมสุดยอด P และ C": the list goes on past B's parent
            groups[-1].append(mm)
            continue
        else:
            groups.append([mm])
        before = mm
    return [g for g in groups if len(g) > 1]


def _names_a_meeting(gap: str) -> bool:
    return "การประชุม" in gap or "การหารือ" in gap


def _run_on_to_number(f: str, end: int, pend: int, p: Patterns) -> int:
    """Extend a name over up to five space-separated words when its ครั้งที่ follows.

    The words must be name-like: no boundary word (ผ่านระบบ, เมื่อวันที่, ณ …), no
    digit, no other meeting name, no title of a person.
    """
    m = _RUN_ON.match(f, end, pend)
    if m is None:
        return end
    gap = f[end:m.end()]
    if re.search(r"\d", gap) and find_dates(gap):
        return end
    if p.boundary.search(gap) or p.head.search(gap) or p.honorific.search(gap) or " ณ " in gap + " ":
        return end
    if gap.endswith(("สมัย", "สมัยสามัญ")):       # "สมัยสามัญครั้งที่ 9" is the number, not the name
        return end
    return m.end()


#: "…ครั้งที่ 1/2567 ซึ่งจัดขึ้นเมื่อเดือนมีนาคม 2567": an earlier round told with its own date is one
_TOLD_WHEN_AFTER = re.compile(r"\s?(?:ซึ่ง|ที่)?(?:ได้)?(?:จัดขึ้น|มีขึ้น)?\s?(?:เมื่อ|ระหว่างวันที่|ในวันที่|ในเดือน)")


def _earlier_rounds(f: str, mentions: list[MeetingMention], p: Patterns) -> set[int]:
    """Rounds told as the background of a later round of their series that the release reports
    ("…ครั้งที่ 23 … ที่ประชุมได้ติดตามความคืบหน้าจากการประชุมเจ้าหน้าที่อาวุโสฯ ครั้งที่ 22"):
    named without an attending verb, after a word of results, progress or decisions
    (`background_round_before`: ตามข้อตัดสินใจของการประชุม X ครั้งที่ 13), and undated."""
    out = set()
    for mm in mentions:
        if len(mm.numbers) != 1 or mm.cue or mm.talk \
                or not (p.ends_with("results", f, mm.start) or p.ends_with("background_round", f, mm.start)) \
                or _DATED_AFTER.match(f, mm.end) is not None or _TOLD_WHEN_AFTER.match(f, mm.end) is not None:
            continue
        if any(x is not mm and x.series == mm.series and x.numbers and max(x.numbers) > mm.numbers[0]
               and (x.cue or x.para == 0) for x in mentions):
            out.add(id(mm))
    return out


def _classify(f: str, mentions: list[MeetingMention], p: Patterns, paras: list[tuple[int, int]]) -> None:
    """Mark parent meetings (ในช่วงการประชุม…) and mentions that name a real occurrence."""
    prev: MeetingMention | None = None
    for mm in mentions:
        b_end = mm.start
        while b_end > 0 and f[b_end - 1] == " ":
            b_end -= 1
        mm.parent_cue = p.ends_with("parent_cue", f, b_end)
        if not mm.parent_cue and p.ends_with("parent_after_cue", f, b_end) and prev is not None \
                and prev.para == mm.para and not prev.is_parent:
            mm.parent_cue = True    # "…หารือกับนาย X ระหว่างร่วมประชุม Y": Y holds the talk told before it
        mm.reported_on = p.ends_with("results", f, mm.start)
        if mm.parent_cue and prev is not None and prev.para == mm.para and not prev.is_parent:
            mm.is_parent = True
            mm.child = prev
        # "การประชุมที่เกี่ยวข้อง" is vague; "เป็นเจ้าภาพจัดการประชุม X และการประชุมที่เกี่ยวข้อง" is X
        # and others, but "ในช่วงการประชุม X และการประชุมที่เกี่ยวข้อง" is the period around them all
        reach = min(len(f), mm.end + p.v.meetings["reach"]["vague_after"])
        other = None if mm.parent_cue else _AND_ANOTHER.search(f, mm.end, reach)
        # "การประชุมเตรียมการระหว่างหน่วยงานที่เกี่ยวข้องสำหรับการประชุม X": the related bodies of a
        # preparatory meeting's name are not vague meetings
        vague_from = mm.name_end if _PREPARATORY.match(mm.label) else mm.start
        vague_hit = p.vague(f, vague_from, other.start() if other else reach)
        # a verb head (ร่วมประชุม…, ได้ประชุม…) is itself the attending
        cue = mm.cue = p.ends_with("attend_cue", f, b_end) or (not mm.talk and not f.startswith("การ", mm.start))
        held_soon = _HELD_AFTER.match(f, mm.end) is not None     # "…อาเซียน-จีน ซึ่งจะจัดขึ้นในเดือนสิงหาคม"
        # a list item or a paragraph that opens with a dated meeting: "๑. การประชุม X เมื่อวันที่ …"
        mm.opens = _PARA_OPENER.fullmatch(f, paras[mm.para][0], mm.start) is not None
        held_soon = held_soon or (mm.opens and _DATED_AFTER.match(f, mm.end) is not None)
        mm.qualified = bool(mm.numbers) or (mm.is_parent and not vague_hit) or bool(mm.round_word) \
            or mm.label.endswith(_SPECIAL_SESSIONS) or mm.prepares is not None \
            or ((cue or held_soon) and not vague_hit)
        if not mm.is_parent:
            prev = mm
    _mark_alongside(f, mentions, paras, p)
    # "ในโอกาสการประชุม A ครั้งที่ 55 … ได้เข้าร่วมการประชุม B": a parent named before its child
    for i, mm in enumerate(mentions):
        if mm.parent_cue and not mm.is_parent and (i == 0 or mentions[i - 1].para != mm.para):
            child = next((x for x in mentions[i + 1:] if x.para == mm.para and x.cue and not x.parent_cue), None)
            if child is not None and child.series != mm.series:
                mm.is_parent, mm.child, mm.qualified = True, child, True


#: a paragraph, or a sentence in one, that goes on to the meetings held beside the main one:
#: "นอกจากนี้ ยังเป็นการประชุม …"
_ALSO_HELD = re.compile(r"(?:(?<!\S)นอกจากนี้\s?,?\s?ยัง(?:จะ)?(?:เป็น|มี)|(?<!\S)(?:โดย)?นอกจาก\S{2,80}แล้ว\s?(?:ยัง)?(?:จะ)?มี)\s?$")
#: what may stand between two meetings an "also held" sentence lists: a list gap, or the
#: parties of the one before ("…การประชุมระหว่างผู้นำอาเซียนกับผู้นำประเทศคู่เจรจา คือ จีน ญี่ปุ่น
#: … การประชุมอาเซียนบวกสาม"), but no verb or clause of its own
_CLAUSE_WORDS = re.compile(r"ได้|จะ|เพื่อ|โดย|ซึ่ง|ทั้งนี้|ที่|เมื่อ|ใน|(?:^|\s)ณ\s|หารือ|ประชุม")


def _mark_alongside(f: str, mentions: list[MeetingMention], paras, p: Patterns) -> None:
    """The meetings a paragraph lists as held beside the main one ("นอกจากนี้ ยังเป็นการประชุม A
    การประชุม B และการประชุม C"): each is a meeting of the trip, though no verb names it."""
    reach = p.v.meetings["reach"]
    last = None
    for mm in mentions:
        if mm.is_parent or mm.talk or mm.numbers:
            last = None
            continue
        gap = _without_parens(f[last.end:mm.start]) if last is not None and last.para == mm.para else None
        if _ALSO_HELD.search(f, max(paras[mm.para][0], mm.start - reach["also_held_before"]), mm.start) is not None or (
                gap is not None and mm.start >= last.end and (_LIST_GAP.fullmatch(gap) or (
                    len(gap) <= reach["also_held_gap"] and "(" not in gap and not _CLAUSE_WORDS.search(gap)))):
            if gap is not None and gap.rstrip().endswith(_LIST_INTROS) and not last.numbers:
                last.alongside = last.cue = last.qualified = False    # "การประชุมระหว่างอาเซียนกับคู่เจรจา
                                                                      # คือ A B C": an umbrella, not a meeting
            mm.alongside = mm.cue = mm.qualified = True
            last = mm
        else:
            last = None


_OBJECT_MARK = re.compile(r".*(?:กับ|ต่อ|\()")
_LISTED_MARK = re.compile(r".*(?:ประกอบด้วย|และ)")     # one more listed with the one met: "…และวุฒิสมาชิก Jane Doe"
_OBJECT_MARK_END = re.compile(r"(?:กับ|ต่อ|เข้าพบ) \Z")


def _post_before(f: str, s: int, p: Patterns) -> int | None:
    """Where a post written right before the Latin name at ``s`` starts ("…กับสมาชิกวุฒิสภาสหรัฐฯ
    Jane Doe"): the space-free Thai chunk before it, right after a กับ, ต่อ or bracket (the one
    met or addressed), when it opens with a position word and no honorific. None otherwise."""
    if not f.endswith(" ", 0, s):
        return None
    lo = f.rfind(" ", 0, s - 1) + 1
    lo = max(lo, f.rfind("\n", 0, s - 1) + 1)
    mark = _OBJECT_MARK.match(f, lo, s - 1) or _LISTED_MARK.match(f, lo, s - 1)
    if mark is not None:
        at = mark.end()
    elif _OBJECT_MARK_END.search(f, max(0, lo - 8), lo):
        at = lo                     # "พบหารือกับ ส.ส. Jane Doe": the post stands alone after กับ
    else:
        return None                 # "…เลขาธิการสถาบัน International Institute…": the post of one named
                                    # before it, and an organisation's name
    if s - 1 - at < 3 or not _HAS_THAI.match(f, at) or p.honorific.match(f, at) or not p.position_head.match(f, at):
        return None
    line = f.rfind("\n", 0, s) + 1
    if f.count("(", line, s) > f.count(")", line, s):
        return None                 # "(…ในฐานะสมาชิกแบบ Associate Member ของ…)": an aside names no one
    _, end = _parse_position(f, at, s - 1, p)
    return at if end >= s - 1 else None          # the whole chunk is the post: no verb after it


@cache
def _month_titles(titles: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    """Thai month names holding a title's letters (มิถุนายน holds นาย), with where it sits in each."""
    return tuple((m, i) for m in MONTHS if not m.isascii() for t in titles for i in range(1, len(m))
                 if m.startswith(t, i))


def _inside_a_month(f: str, start: int, month_titles: tuple[tuple[str, int], ...]) -> bool:
    return any(start >= i and f.startswith(m, start - i) for m, i in month_titles)


def find_people(f: str, paras: list[tuple[int, int]], p: Patterns) -> list[PersonMention]:
    """Named officials: honorific + name (Thai or Latin) + position, or Latin name + position."""
    v = p.v
    stoppers = set(v.positions["name_stoppers"])
    out: list[PersonMention] = []
    taken_until = -1
    candidates: list[tuple[int, int, str | None]] = []
    bounded = v.boundary_honorifics
    month_titles = _month_titles(tuple(v.honorific_forms))
    for hm in p.honorific.finditer(f):
        h = hm.group(0)
        if _inside_a_month(f, hm.start(), month_titles):
            continue                    # "ปลายเดือนมิถุนายนนี้ กระ…": the นาย of มิถุนายน
        if h in bounded:
            prev = f[hm.start() - 1:hm.start()]
            if prev and _THAI_OR_LATIN_CHAR.match(prev) and not f.endswith(p.title_connectors, 0, hm.start()):
                continue
            if h.isascii() and f[hm.end():hm.end() + 1] != " ":
                continue                # "Sirindhorn" holds no Sir
            if _a_word_of_its_own(f, hm.start(), hm.end()):
                continue                # "กองบิน 6 ดอนเมือง พล.อ.…": a place, not Daw Nmueang
        candidates.append((hm.start(), hm.end(), h))
    stoppers_t = tuple(stoppers)
    for tm in p.title_post.finditer(f):
        # "เอกอัครราชทูต Anna Berzina เอกอัครราชทูตลัตเวีย…", "เอกอัครราชทูตสมศรี ใจงาม": a post
        # used as a title, before a Latin name or a known Thai given name
        k = tm.end() + (f[tm.end():tm.end() + 1] == " ")
        word = f[k:k + 40].split(" ", 1)[0]
        surname = f[k + len(word) + 1:k + len(word) + 41].split(" ", 1)[0]
        thai_named = word in _thai_names()[0] and _THAI_WORD.fullmatch(surname) is not None \
            and not p.position_head.match(surname) and not p.party.match(surname) \
            and not surname.startswith((*stoppers_t, *p.name_token_stops)) and not p.head.search(surname) \
            and not p.talk_verb.search(surname)     # "นายกฯ เชิญ ปธน.…", "รองนายกฯ ดอน ร่วมประชุม": verbs
        if (_LATIN_CAPITAL.match(f, k) or thai_named) and not p.party.match(f, k):
            candidates.append((tm.start(), tm.end(), tm.group(0)))
    posts_as_titles: set[int] = set()
    place_words = tuple(v.modes["travel_heads"])
    place_reach = max(map(len, place_words)) + 4           # the word and the spaces before the Latin name
    for lm in _LATIN_NAME.finditer(f):
        if f[max(0, lm.start() - place_reach):lm.start()].rstrip().endswith(place_words):
            continue                    # "ในระหว่างการเยือนเมือง Boa Vista เอกอัครราชทูตฯ…": a city, then the subject
        if f[lm.end():lm.end() + 1] == " " and p.position_head.match(f, lm.end() + 1) \
                and re.match(rf"[{_THAI}]", f[lm.end() + 1:lm.end() + 2]):
            candidates.append((lm.start(), lm.start(), None))
            continue
        at = _post_before(f, lm.start(), p)
        if at is not None:
            # "พบหารือกับสมาชิกวุฒิสภาสหรัฐฯ Jane Doe (D-Il)": a post written before a Latin name is its title
            candidates.append((at, lm.start() - 1, f[at:lm.start() - 1]))
            posts_as_titles.add(at)
    given_names, stopper_words = _thai_names()[0], tuple(stoppers)
    for hm in p.position_head.finditer(f):
        # "…สหรัฐและสมชาย ใจดี รองนายกรัฐมนตรี…": a Thai given name and a surname, no title,
        # then a post: an official all the same
        if f[hm.start() - 1:hm.start()] != " ":
            continue
        gm = _UNTITLED_THAI_NAME.search(f, max(0, hm.start() - _UNTITLED_REACH), hm.start())
        if gm is None or gm.end() != hm.start():
            continue
        given, surname = gm.group(1), gm.group(2)
        if given in given_names and given not in stoppers and not surname.startswith(stopper_words) \
                and not p.head.search(surname) and not p.talk_verb.search(surname):   # "สมชาย ร่วมประชุม รมต.…": a verb
            candidates.append((gm.start(1), gm.start(1), None))
    candidates.sort()
    for s, e, hon in candidates:
        if s < taken_until:
            continue
        titled = hon is not None and (hon in p.v.positions["title_posts"] or s in posts_as_titles)
        if hon is not None and not titled and p.position_head.match(f, s):
            continue                               # นายกรัฐมนตรี is a post, not นาย + name
        honorifics = [hon] if hon else []
        k = e
        while hon is not None and len(honorifics) < _MAX_STACKED_TITLES:   # stacked titles: พลเอก ดร.
            sp = k + 1 if f[k:k + 1] == " " else k
            hm2 = p.stacked_honorific.match(f, sp)
            if not hm2 or hm2.end() == sp:
                break
            # a second title must stand apart (พลเอก ดร.…): in "นายดอน" ดอ is the name
            if not (hm2.group(0).endswith(".") or f[hm2.end():hm2.end() + 1] == " " or hm2.group(0) in v.fusing_honorifics):
                break
            if p.v.leader_re.match(f, sp):
                break                       # "นางชีค ฮาสินา": a known leader's name that opens with a title's word

            honorifics.append(hm2.group(0))
            k = hm2.end()
        if hon is not None and k < len(f) and f[k] == " ":
            k += 1
        if hon is not None and p.position_head.match(f, k):
            taken_until = max(taken_until, k)      # "ฯพณฯ นายกรัฐมนตรีมาเลเซีย": a post after a title, no name
            continue
        pi = _para_of(paras, s)
        pend = paras[pi][1]
        person = _parse_name_and_position(f, k, pend, honorifics, stoppers, p)
        if person is None:
            taken_until = max(taken_until, k)      # the titles read here are not read again
            continue
        name, name_end, position, pos_end = person
        known = _leader_form_opening(name, p)
        if known is not None and position is None:
            # "นายกรัฐมนตรียิ่งลักษณ์ ชินวัตร เนื่องในวาระ…": a leader's full name ends where it ends
            name, name_end = known, k + len(known)
            pos_end = min(pos_end, name_end)
        aside = _LATIN_ASIDE.match(f, name_end, pend) if _HAS_THAI.match(name) else None
        if aside is not None:
            # "นายลอเรนซ์ หว่อง (H.E. Mr. Lawrence Wong) นายกรัฐมนตรีสาธารณรัฐสิงคโปร์": the same
            # person spelt in Latin, not another one; the post follows the aside
            j = aside.end()
            latin = _latin_spelling(f[aside.start():aside.end()], p)
            if position is None and p.position_head.match(f, j):
                position, pos_end = _parse_position(f, j, pend, p)
            pos_end = max(pos_end, j)
        if titled and position is None:
            position, pos_end = hon, max(pos_end, name_end)      # the post it was titled by
        if titled:
            honorifics = []
        if hon is None and position is None:
            continue                               # a bare Latin phrase is not a person
        if hon is not None and hon in v.boundary_honorifics and position is None and not hon.isascii() \
                and len(honorifics) < 2:
            continue                               # (a Latin style, Councillor Jane Doe, names a person, and
                                                   # so do stacked titles, สมเด็จอัครมหาเสนาบดีเดโช ฮุน เซน)
        country = _country_of(position, f, pos_end, pend, name, p)
        if country is None and position is None:
            country = _country_before(f, s, paras[pi][0], p)
        if country is None:
            country = next((v.honorific_countries[h] for h in honorifics if h in v.honorific_countries), None)
        honorific = " ".join(h for h in honorifics) or None
        spellings = (latin,) if aside is not None and latin else ()
        out.append(PersonMention(s, pos_end, name_end, Person(name, honorific, position, country, spellings), pi))
        taken_until = max(name_end, s + 1, aside.end() if aside is not None else 0)
    return _with_quoted_names(f, paras, out, p)


_UNTITLED_THAI_NAME = re.compile(rf"(?:^|(?<=[\s(\"“,])|(?<=และ)|(?<=กับ))([{_THAI}]{{2,20}}) ([{_THAI}]{{2,30}}) \Z", re.M)
_UNTITLED_REACH = 2 + 20 + 1 + 30 + 1      # "และ" or a space, the given name, a space, the surname, a space
_LATIN_PARTICLES = "bin|binti|bint|al|el|de|da|di|van|von|der|du|le|la"
_LATIN_SPELLING = re.compile(rf"[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’\-]+(?: (?:[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’.\-]*|(?:{_LATIN_PARTICLES})\b)){{1,8}}")


def _latin_spelling(aside: str, p: Patterns) -> str | None:
    """The name in " (H.E. Mr. Lawrence Wong) ", without its brackets and titles."""
    s = aside.strip()
    s = _INNER_ASIDE.sub("", s[1:-1] if s.startswith("(") and s.endswith(")") else s).strip()
    while (m := p.honorific.match(s)) and m.end() > 0:
        s = s[m.end():].lstrip()
    return s if _LATIN_SPELLING.fullmatch(s) else None


#: a Latin spelling in brackets right after a Thai name, titles and all: " (H.E. Mr. Lawrence Wong) "
_LATIN_ASIDE = re.compile(rf" ?\((?:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’\-]*+|(?:{_LATIN_PARTICLES})\b|\([A-Za-z'’.]{{1,12}}\))\.?+ ?+){{1,14}}\) ?")
_INNER_ASIDE = re.compile(r" ?\([^()]*\)")          # an inner bracket: "(The Honourable X AC DSC (Ret'd))"
_POST_BEFORE_QUOTE = re.compile(r"(?:^|\s)([^\s“\"]{3,40}) ?\Z", re.M)
_QUOTED_NAME = re.compile(rf"[“\"]([{_THAI}][{_THAI} \-.]{{1,40}}?)[”\"] ?")


def _with_quoted_names(f: str, paras, found: list[PersonMention], p: Patterns) -> list[PersonMention]:
    """News style: a name in quotes followed by a post, without a title
    (“ซูจิโอโน” รมว.ต่างประเทศอินโดนีเซีย ระบุว่า…)."""
    extra = []
    for m in _QUOTED_NAME.finditer(f):
        if any(pm.start <= m.start() < pm.end for pm in found):
            continue
        pi = _para_of(paras, m.start())
        lo = paras[pi][0]
        before = _POST_BEFORE_QUOTE.search(f, max(lo, m.start() - 60), m.start())
        if p.position_head.match(f, m.end()):
            position, pos_end = _parse_position(f, m.end(), paras[pi][1], p)
        elif before is not None and p.position_head.fullmatch(before.group(1)):
            position, pos_end = before.group(1), m.end()       # นายกรัฐมนตรี “แพทองธาร ชินวัตร”
        else:
            continue
        if not position:
            continue
        name = m.group(1).strip()
        country = _country_of(position, f, pos_end, paras[pi][1], name, p)
        extra.append(PersonMention(m.start(), pos_end, m.end(), Person(name, None, position, country), pi))
    return _merged(found, extra)


def _merged(found: list[PersonMention], extra: list[PersonMention],
            dropped: set[int] | frozenset[int] = frozenset()) -> list[PersonMention]:
    """A finder's people added to those found before, in text order, less those it read better
    (``dropped``: ids, a Latin spelling in brackets first read as a person of its own)."""
    if not extra:
        return found
    return sorted([pm for pm in found if id(pm) not in dropped] + extra, key=lambda pm: pm.start)


def _leader_form_opening(name: str, p: Patterns) -> str | None:
    """The full name of a known leader (``leaders.json``) that a longer name read after a title
    opens with, a space after it: the words after it were not the name's."""
    m = p.v.leader_re.match(name)
    if m is None or not name.startswith(" ", m.end()) or m.group(0) in p.v.leader_by_form[m.group(0)]["alone"]:
        return None
    return m.group(0)


def _with_untitled_leaders(f: str, paras, found: list[PersonMention], p: Patterns) -> list[PersonMention]:
    """News style: a well-known leader named with no title or post at all ("หารือกับสีจิ้นผิง",
    "ฮุน เซน กล่าวว่า"), from the gazetteer of office-holders (``leaders.json``). A name the
    text titles is read by :func:`find_people` and left alone here; a post right after the name
    is still its post, and the country the post names wins over the gazetteer's."""
    extra, inside = [], set()
    for m in p.v.leader_re.finditer(f):
        if any(pm.start <= m.start() < max(pm.end, pm.name_end) for pm in found if id(pm) not in inside):
            continue
        entry = p.v.leader_by_form[m.group(0)]
        forms = {person_key(x) for x in (*entry["th"], *entry["alone"])}
        # the one named in full (or titled) elsewhere in the release: "นางสาวแพทองธาร ชินวัตร" then "แพทองธาร"
        known = next((pm.person for pm in (*found, *extra)
                      if any(x in person_key(pm.person.name) for x in forms)
                      and len(pm.person.name) >= len(m.group(0))), None)   # not a shorter one for a full name
        pi = _para_of(paras, m.start())
        pend = paras[pi][1]
        # "จาซินดา อาร์เดิร์น (H.E. Rt Hon. Jacinda Ardern) นายกรัฐมนตรีนิวซีแลนด์": the Latin spelling, then the post
        aside = _LATIN_ASIDE.match(f, m.end(), pend)
        latin = _latin_spelling(aside.group(0), p) if aside is not None else None
        after = aside.end() if aside is not None else m.end()
        k = after + (f[after:after + 1] == " ")
        position, pos_end = _parse_position(f, k, pend, p) if p.position_head.match(f, k) else (None, after)
        named = [c for _, c in _countries_in(position)] if position else []
        country = named[0] if named else entry["country"]      # a post naming no country leaves the gazetteer's
        person = known if known is not None and not position else \
            Person(m.group(0), None, position or None, country, (latin,) if latin else ())
        extra.append(PersonMention(m.start(), max(pos_end, m.end()), m.end(), person, pi))
        if aside is not None:
            inside |= {id(pm) for pm in found if aside.start() <= pm.start < aside.end()}   # read alone before
    return _merged(found, extra, inside)


_THAI_WORDS_BEFORE = re.compile(rf"(?:^|(?<=[\s(\"“,]))((?:[{_THAI}\-]{{2,30}} ){{0,3}}[{_THAI}\-]{{2,30}})\Z", re.M)
_THAI_WORDS_REACH = 4 * (30 + 1) + 1      # up to four words of up to 30 letters, their spaces, the one before


def _with_latin_aside_names(f: str, paras, found: list[PersonMention], p: Patterns) -> list[PersonMention]:
    """A Thai-spelt name with no title, followed by its titled Latin spelling in brackets and a post
    ("แอนดรูว์ ฟาร์เรล (H.E. Rt Hon. Andrew Farrell) นายกรัฐมนตรีนิวซีแลนด์"): an official, named by
    as many Thai words as the Latin spelling has."""
    extra, inside = [], set()
    for m in p.titled_latin_aside.finditer(f):
        pi = _para_of(paras, m.start())
        pstart, pend = paras[pi]
        k = m.end() + (f[m.end():m.end() + 1] == " ")
        within = {id(pm) for pm in found if m.start() <= pm.start < m.end()}     # the Latin spelling read alone
        if any(pm.start <= m.start() <= max(pm.end, pm.name_end) for pm in found if id(pm) not in within) \
                or not p.position_head.match(f, k):
            continue
        latin = _latin_spelling(m.group(0), p)
        words = _THAI_WORDS_BEFORE.search(f, max(pstart, m.start() - _THAI_WORDS_REACH), m.start())
        if latin is None or words is None:
            continue
        thai = words.group(1).split(" ")[-len(latin.split()):]
        if any(p.position_head.match(w) or p.head.search(w) or p.talk_verb.search(w) or w.startswith(p.name_token_stops)
               for w in thai):
            continue
        start = m.start() - len(" ".join(thai))
        position, pos_end = _parse_position(f, k, pend, p)
        name = " ".join(thai)
        country = _country_of(position, f, pos_end, pend, name, p)
        extra.append(PersonMention(start, pos_end, m.start(), Person(name, None, position, country, (latin,)), pi))
        inside |= within
    return _merged(found, extra, inside)


_OPENING_BRACKET = re.compile(r"\s?\(\s?\Z")


def _with_thai_spelling_in_brackets(f: str, people: list[PersonMention], p: Patterns) -> list[PersonMention]:
    """"H.E. Ms. Penny Mordaunt (นางเพนนี มอร์ดอนท์) รัฐมนตรี…": a Latin-named official with the Thai
    spelling in brackets right after is one official, named in Thai, the Latin name a spelling."""
    out: list[PersonMention] = []
    for pm in people:
        prev = out[-1] if out else None
        if prev is not None and prev.para == pm.para and _HAS_THAI.search(pm.person.name) \
                and not _HAS_THAI.search(prev.person.name) and prev.person.position is None \
                and _OPENING_BRACKET.search(f, prev.name_end, pm.start) is not None and prev.name_end <= pm.start:
            spelt = (*pm.person.spellings, prev.person.name, *prev.person.spellings)
            out[-1] = replace(pm, start=prev.start, person=replace(pm.person, spellings=tuple(dict.fromkeys(spelt))))
            continue
        out.append(_with_untitled_thai_spelling(f, pm, p))
    return out


#: "นาย Geoffrey Doidge ( เจฟฟรีย์ ดอยจ์ )": a Thai spelling of two or more words in brackets, untitled
_UNTITLED_THAI_SPELLING = re.compile(rf"\s?\(\s?(?P<name>[{_THAI}]+(?: [{_THAI}]+){{1,4}})\s?\)")


def _with_untitled_thai_spelling(f: str, pm: PersonMention, p: Patterns) -> PersonMention:
    """A Latin-named official with no post yet, spelt in Thai in brackets right after with no
    title: named in Thai, as the titled spelling would be, the Latin name a spelling. Words that
    are a post or a party are an aside, not a name."""
    if pm.person.position is not None or _HAS_THAI.search(pm.person.name) or pm.end != pm.name_end:
        return pm
    m = _UNTITLED_THAI_SPELLING.match(f, pm.name_end)
    if m is None:
        return pm
    if p.honorific.match(m.group("name")) or any(p.position_head.match(w) or p.party.fullmatch(w)
                                                 for w in m.group("name").split()):
        return pm                           # titled: the official's own mention; or a post, a party
    spelt = tuple(dict.fromkeys((pm.person.name, *pm.person.spellings)))
    return replace(pm, end=m.end(), name_end=m.end(), person=replace(pm.person, name=m.group("name"), spellings=spelt))


def _people(f: str, paras: list[tuple[int, int]], p: Patterns) -> list[PersonMention]:
    """:func:`find_people`, each marked where the text says the person did not take part
    (sent someone, was absent) or met someone apart (a courtesy call, a talk)."""
    people = _named_in_part_before(_named_again_in_part(_with_thai_spelling_in_brackets(f, _with_latin_aside_names(
        f, paras, _with_untitled_leaders(f, paras, find_people(f, paras, p), p), p), p)))
    for i, pm in enumerate(people):
        nxt = people[i + 1].start if i + 1 < len(people) and people[i + 1].para == pm.para else paras[pm.para][1]
        after = f[pm.end:min(nxt, pm.end + 90)]
        before = f[max(paras[pm.para][0], pm.start - 12):pm.start]
        assigned = p.contains("assigned_after", after, 0, min(len(after), 45))   # "ได้รับมอบหมายจากนายกรัฐมนตรี…": goes
        # the words after the name, a post or a country read as the post's included ("นายกรัฐมนตรี X ของไทย
        # ที่ยกเลิกการเดินทาง…")
        tail = f[pm.name_end:min(nxt, pm.end + 90)] if pm.name_end < pm.end else after
        stated = p.contains("neg_after", tail, 0, min(len(tail), 45 + pm.end - min(pm.end, pm.name_end))) and not assigned \
            and not p.contains("attending_after_statement", after) \
            and not p.contains("attending_after_statement", f, paras[pm.para][0], pm.start)
        # "ให้สัมภาษณ์… ในโอกาสเข้าร่วมการประชุม X", "ระหว่างการเข้าร่วมการประชุม X … นาง Y ได้ให้สัมภาษณ์": one
        # interviewed while attending X attends it
        if stated or (p.contains("assign_after", after) and not assigned) or p.ends_with("neg_before", before, len(before.rstrip())):
            pm.negated = True
        if p.contains("encounter", f, max(paras[pm.para][0], pm.start - 60), pm.start) \
                or p.contains("encounter_after", after, 0, min(len(after), 80)):
            pm.encounter = True
    return people


def _named_again_in_part(people: list[PersonMention]) -> list[PersonMention]:
    """"นายเฮงค์ ฟัน โดรน รัฐมนตรี…เนเธอร์แลนด์ …" then "นายฟัน โดรน ได้…": an official named
    again by the last words of their name (or the first), with no post or the same one, is
    the official named in full before, not another."""
    full: list[Person] = []
    out = []
    for pm in people:
        words = pm.person.name.split()
        same = next((x for x in reversed(full) if len(x.name.split()) > len(words) >= 2 - _latin_short(words)
                     and (x.name.split()[-len(words):] == words or x.name.split()[:len(words)] == words)
                     and pm.person.position in (None, x.position)), None)
        if same is not None:
            spelt = same.spellings if pm.person.name in same.spellings else (*same.spellings, pm.person.name)
            pm = replace(pm, person=replace(same, spellings=spelt))
        elif len(words) >= 2:
            full.append(pm.person)
        out.append(pm)
    return out


def _named_in_part_before(people: list[PersonMention]) -> list[PersonMention]:
    """A headline's “แทมมี” วุฒิสมาชิกสหรัฐ, then "นางแทมมี ดักเวิร์ธ สมาชิกวุฒิสภาสหรัฐอเมริกา" in the
    body: one word of a name, with the country of the one named in full after it, is that one."""
    out = []
    for i, pm in enumerate(people):
        words = pm.person.name.split()
        if len(words) == 1 and len(words[0]) >= 3:
            later = next((x.person for x in people[i + 1:] if len(x.person.name.split()) >= 2
                          and words[0] in (x.person.name.split()[0], x.person.name.split()[-1])
                          and pm.person.country in (None, x.person.country)), None)
            if later is not None:
                pm = replace(pm, person=replace(later, spellings=(*later.spellings, pm.person.name)))
        out.append(pm)
    return out


def _latin_short(words: list[str]) -> int:
    """A Latin surname alone ("ส.ส. Doe") may name the one told in full; a Thai word alone may not."""
    return 1 if len(words) == 1 and words[0][:1].isascii() and words[0][:1].isupper() else 0


def _by_country(met: list[PersonMention]) -> list[list[PersonMention]]:
    """The officials met, one group per country (a minister and the ambassador beside
    him are one talk); an official whose country is not known joins the group before."""
    groups: list[list[PersonMention]] = []
    for pm in met:
        same = next((g for g in groups if pm.person.country is None or g[0].person.country == pm.person.country), None)
        if same is None:
            groups.append([pm])
        else:
            same.append(pm)
    return groups


_SHORT_NAME = re.compile(rf"\s?([{_THAI}A-Za-z\-]{{2,30}}?)ฯ?\s?(?:ก็|ยัง|จึง)?(?:ได้|จะ)?\s?(?:มีกำหนด)?\s?\Z")


def _short_referent(f: str, lo: int, hi: int, people: list[PersonMention], p: Patterns) -> PersonMention | None:
    """"ดร. ชัยศังกร ได้เข้าเยี่ยมคารวะ…", "นายปานปรีย์ฯ ได้หารือ…", "นายกฯ สมชายยังมีกำหนดหารือ…": a
    title (or a post used as one) and one part of a name, right before the verb, naming an official
    the release gave in full."""
    last = None
    for hm in (*p.honorific.finditer(f, lo, hi), *p.title_post.finditer(f, lo, hi)):   # or a post as title: นายกฯ X
        last = hm if last is None or hm.end() > last.end() else last
    if last is None:
        return None
    m = _SHORT_NAME.match(f[last.end():hi])
    if m is None:
        return None
    return _named_in_full_before(people, m.group(1), lo)


def _named_in_full_before(people: list[PersonMention], word: str, before: int) -> PersonMention | None:
    """The official named in full before ``before`` whom ``word`` (one part of a name, as a
    release names someone again: นายปานปรีย์, นายเกียรติศักดิ์) stands for."""
    return next((pm for pm in people if not pm.negated and pm.start < before
                 and (word in pm.person.name.split() or pm.person.name.startswith(word))), None)


_SHORT_NAME_AFTER = re.compile(rf"\s?([{_THAI}A-Za-z\-]{{2,30}})ฯ?(?=[\s,]|$)")


def _short_met(f: str, j: int, pend: int, pi: int, people: list[PersonMention], p: Patterns) -> list[PersonMention]:
    """"…ได้เข้าเยี่ยมคารวะนายเกียรติศักดิ์ ณ กระทรวง…": a title and one part of a name right
    after the verb, naming an official the release gave in full before: the one met."""
    hm = p.honorific.match(f, j, pend)
    m = _SHORT_NAME_AFTER.match(f, hm.end(), pend) if hm is not None else None
    if m is None:
        return []
    named = _named_in_full_before(people, m.group(1), j)
    return [replace(named, start=j, end=m.end(), name_end=m.end(), para=pi)] if named is not None else []


_POST_BEFORE_VERB = re.compile(r"(?P<title>[^\s]{3,60}?)ฯ?\s?(?:ก็|ยัง|จึง)?(?:ได้|จะ)?\s?(?:มีกำหนด)?\s?\Z")


def _post_referent(f: str, lo: int, hi: int, people: list[PersonMention], p: Patterns) -> PersonMention | None:
    """"รัฐมนตรีต่างประเทศได้พบหารือ…": a post alone right before the verb names the official
    the release gave with that post (its words in order: รัฐมนตรีว่าการกระทรวงการต่างประเทศ),
    the first such, as releases name their lead official first; one whose post opens with
    those words before one whose post only holds them (โฆษกประจำสำนักนายกรัฐมนตรี)."""
    window = f[lo:hi]
    heads = [h for h in p.position_head.finditer(window) if h.start() == 0 or window[h.start() - 1] in " \n"]
    if not heads:
        return None
    m = _POST_BEFORE_VERB.match(window, heads[-1].start())
    if m is None:
        return None
    title = m.group("title")
    fits = [pm for pm in people if not pm.negated and pm.start < lo + heads[-1].start()
            and _spelled_in(title, pm.person.position)]
    # "นายกรัฐมนตรีมีกำหนดหารือ…" is the prime minister, not the prime minister's spokesman
    return next((pm for pm in fits if pm.person.position.startswith(title)), fits[0] if fits else None)


def _spelled_in(post: str, position: str | None) -> bool:
    """Whether ``position`` holds every letter of ``post`` in order (a shortened post)."""
    if not position:
        return False
    it = iter(position)
    return all(ch in it for ch in post.replace(".", "").replace(" ", ""))


def _with_talks(mentions: list[MeetingMention], talks: list[MeetingMention]) -> list[MeetingMention]:
    """The meeting names and the talks in text order; a talk replaces a meeting name it
    overlaps ("การหารือทวิภาคีกับ…" is found by both)."""
    if not talks:
        return mentions

    def within(t: MeetingMention, mm: MeetingMention) -> bool:
        return mm.start < t.end and t.start < mm.name_end

    # a numbered name, or a name the verb stands inside ("การประชุมหารือทวิภาคีระดับ…
    # ครั้งที่ 5"), is a meeting, not a talk
    talks = [t for t in talks if not any(within(t, mm) and (mm.numbers or mm.start < t.start - len("การ")) for mm in mentions)]
    # "ให้การต้อนรับนาย X … ก่อนที่ทั้งสองจะเป็นประธานร่วมการหารือประจำปี ครั้งที่ 7": the welcome
    # opens the meeting its paragraph names, it is not a call of its own
    talks = [t for t in talks if not (t.welcome and any(mm.para == t.para and not mm.is_parent for mm in mentions))]
    kept = [mm for mm in mentions if not any(within(t, mm) for t in talks)]
    return sorted(kept + talks, key=lambda m: m.start)


def _parse_name_and_position(f, k, pend, honorifics, stoppers, p: Patterns):
    tokens: list[str] = []
    j = k
    latin = bool(_LATIN_START.match(f, k, k + 1))
    max_tokens = 6
    position = None
    pos_start = None
    while j < pend and len(tokens) < max_tokens:
        if p.position_head.match(f, j) and tokens:
            pos_start = j
            break
        tm = (_NAME_TOKEN_LAT if latin else _NAME_TOKEN_TH).match(f, j)
        if not tm:
            break
        tok = tm.group(0)
        if "ฯ" in tok:
            break
        if tok in stoppers or (tokens and tok.startswith(p.name_token_stops)):
            break
        # a position or stopper fused to the end of a Thai surname: ทองภักดีปลัดกระทรวง…
        if not latin:
            fused = p.position_head.search(tok, 2)
            cut = fused.start() if fused else None
            sw = p.fused_stop.search(tok, 2)
            if sw is not None and (cut is None or sw.start() < cut):
                cut = sw.start()
            if cut is not None and (tokens or cut >= 2):
                tokens.append(tok[:cut])
                j += cut
                if fused and fused.start() == cut:
                    pos_start = j
                break
        tokens.append(tok)
        j = tm.end()
        if j < pend and f[j] == " ":
            j += 1
        else:
            if j < pend and p.position_head.match(f, j):
                pos_start = j
            break
    tokens = [t for t in tokens if t]
    if not tokens:
        return None
    name_end = k + len(" ".join(tokens))
    if pos_start is None and j < pend and p.position_head.match(f, j):
        pos_start = j
    if pos_start is not None:
        position, pos_end = _parse_position(f, pos_start, pend, p)
    else:
        pos_end = name_end
    if len(tokens) == 1 and position is None and not latin:
        return None
    if latin and len(tokens) == 1 and position is None:
        return None
    if not latin and len(tokens) > 3 and position is None and p.v.name_particles.isdisjoint(tokens) \
            and not _LATIN_ASIDE.match(f, name_end, pend):     # "นางดินา เอร์ซิเลีย โบลัวร์เต เซการ์รา (H.E. …)": whole
        tokens = tokens[:2]
        name_end = k + len(" ".join(tokens))
    name = " ".join(tokens)
    if len(name) < 3:
        return None
    return name, name_end, position, pos_end


def _parse_position(f: str, s: int, pend: int, p: Patterns) -> tuple[str, int]:
    cont = tuple(p.v.positions["position_continuations"])
    stop_rx = p.words["position_stop"][0]
    j = f.find(" ", s, pend)
    j = pend if j == -1 else j
    seg = f[s:j]
    m = stop_rx.search(seg, 3)
    cut = m.start() if m else len(seg)
    # "…ต่างประเทศสหรัฐและสมชาย ใจดี": a second official named with no title ends the post
    k = seg.rfind("และ", 3, cut)
    if k != -1 and seg[k + len("และ"):cut] in _thai_names()[0] and j < pend and f[j] == " ":
        cut = k
    end = s + cut
    if cut == len(seg):
        # continue over spaces into "ด้านกิจการ…", "ประจำ…", "ฝ่าย…"
        while end < pend and f[end] == " " and (f.startswith(cont, end + 1) or p.position_head.match(f, end + 1)):
            k = f.find(" ", end + 1, pend)
            k = pend if k == -1 else k
            seg2 = f[end + 1:k]
            m2 = stop_rx.search(seg2, 2)
            c2 = m2.start() if m2 else len(seg2)
            end = end + 1 + c2
            if c2 < len(seg2):
                break
    # the country after a space: "ปลัดกระทรวงการต่างประเทศ สปป. ลาว"
    if end < pend and f[end] == " ":
        pm = p.party.match(f, end + 1)
        if pm and pm.end() <= pend:
            end = pm.end()
    pos = f[s:end]
    if pos.count("(") > pos.count(")"):           # "มุขมนตรีแห่งรัฐเคดาห์ (Menteri": the bracket is not the post's
        end = s + pos.rfind("(")
        pos = f[s:end]
    return pos.strip().replace("\n", " "), end


@lru_cache(maxsize=65536)
def _countries_in(text: str) -> list[tuple[int, str]]:
    """(offset, code) of every party named in ``text`` outside a stateless context.

    "อธิบดีกรมอาเซียน" names a Thai department, "เอกอัครราชทูตไทยประจำญี่ปุ่น" a post
    held *in* Japan: parties right after กรม/กอง/สำนัก/ประจำ/ณ are not the holder's.
    Cached: posts and spans repeat across releases.
    """
    p = patterns()
    stateless = p.v.positions["stateless_departments"]
    for w in p.v.positions["not_party_words"]:
        if w in text:
            text = text.replace(w, " " * len(w))
    out = []
    for m in p.party.finditer(text):
        before = text[max(0, m.start() - 14):m.start()]
        if any(before.endswith(w) or before.rstrip().endswith(w.strip()) for w in stateless if w.strip()):
            continue
        code = p.v.party_code(m.group(0))
        if code:
            out.append((m.start(), code))
    return out


_AND_ANOTHER_POST = re.compile(r",? ?(?:และ|รวมทั้ง) ?")


def _country_of(position, f, pos_end, pend, name, p: Patterns) -> str | None:
    if position:
        found = _countries_in(position)
        if found:
            # "เจ้าหน้าที่อาวุโสเอเปคของเปรู": the country, not the forum
            countries = [c for _, c in found if p.v.parties[c].kind == "country"]
            return countries[0] if countries else found[0][1]
    # "… เป็นหัวหน้าคณะผู้แทนฝ่ายสหรัฐอเมริกา": the side the person leads
    tail = f[pos_end:min(pend, pos_end + 80)]
    # "… ได้พบปะหารือกับรัฐมนตรีต่างประเทศของเกาหลีเหนือ": past "กับ" or a talk verb is the other side
    verb, other = p.talk_verb.search(tail), tail.find("กับ")
    tail = tail[:min(verb.start() if verb else len(tail), other if other >= 0 else len(tail))]
    for m in p.side.finditer(tail):
        pm = p.party.match(tail, m.end())
        if pm:
            return p.v.party_code(pm.group(0))
    if re.match(r"[A-Za-z]", name):
        return None
    # "นางมา ขิ่น ซอ ที่ปรึกษาแห่งรัฐ รัฐมนตรีว่าการกระทรวงการต่างประเทศ และรัฐมนตรีประจำสำนัก
    # ประธานาธิบดีเมียนมา": a post held with another that names the country
    more = _AND_ANOTHER_POST.match(f, pos_end, pend)
    if position and more is not None and p.position_head.match(f, more.end()):
        nxt, _ = _parse_position(f, more.end(), pend, p)
        found = [c for _, c in _countries_in(nxt) if p.v.parties[c].kind == "country"]
        if found:
            return found[0]
    return "TH" if position or _thai_personal_name(name) else None


_WORD_RUN = re.compile(rf"[{_THAI}]+")


@cache
def _thai_words() -> frozenset:
    """pythainlp's bundled Thai word list (an offline corpus file), read once when first needed."""
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


def _a_word_of_its_own(f: str, start: int, end: int) -> bool:
    """Does a short title stand at the start of a Thai word that runs on past it ("ดอนเมือง",
    "อูฐ")? Such a title after a space is only the word's first letters."""
    run = _WORD_RUN.match(f, start)
    return run is not None and run.end() > end and run.group(0) in _thai_words()


@cache
def _thai_names() -> tuple[frozenset, frozenset]:
    """pythainlp's bundled Thai given and family names (offline corpus files)."""
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names

    return frozenset(thai_male_names()) | frozenset(thai_female_names()), frozenset(thai_family_names())


def _thai_personal_name(name: str) -> bool:
    """Does a Thai-script name with no post look like a Thai person's name?

    A known given or family name, with a surname of Thai length: transcribed foreign
    names have short syllables (หวัง อี้, จ่อ ติน) even where one part is also Thai.
    """
    parts = name.split()
    if len(parts) < 2 or len(parts[-1]) < 5:
        return False
    given, family = _thai_names()
    return parts[0] in given or parts[-1] in family


def _country_before(f: str, s: int, pstart: int, p: Patterns) -> str | None:
    """"รัฐมนตรีว่าการกระทรวงการต่างประเทศจีน (นายหวัง อี้)": the post comes first."""
    before = f[max(pstart, s - 90):s]
    heads = list(p.position_head.finditer(before))
    if not heads:
        return None
    seg = before[heads[-1].start():]
    if re.search(r"\sณ\s|โดย|ซึ่ง|ที่ประชุม|\s\S+\s\S+\s", seg.rstrip(" (")) or p.talk_verb.search(seg):
        return None                                # the post is not right before the name (or is the caller's)
    found = _countries_in(seg)
    return found[-1][1] if found else None


_COUNT_BEFORE = re.compile(r"[0-9๐-๙]\s?\Z")
_DATE_RIGHT_AFTER = len(" (")


def _with_relative_dates(f: str, dates: list[DateSpan], offsets: dict[str, int],
                         past_tails: tuple[str, ...] = ()) -> list[DateSpan]:
    """Add "ในวันถัดมา" (the next day), "ในวันเดียวกัน" (the same day): the last full date
    before the phrase, moved by its offset. A day told as past background ("ยินดีต่อการลงนาม…
    เมื่อ 16 พฤศจิกายน ที่ผ่านมา") is not that base: the same day is the day of the events told."""
    import datetime as dt

    rx = _relative_re(tuple(sorted(offsets)))
    out = list(dates)
    for m in rx.finditer(f):
        if _COUNT_BEFORE.search(f, max(0, m.start() - 4), m.start()) or any(
                0 <= d.begin - m.end() <= _DATE_RIGHT_AFTER for d in dates):
            continue                # "ใน 2 วันนี้" (these two days); "วันนี้ (11 ต.ค.)": the day written
        before = [d for d in dates if d.stop <= m.start() and d.start.precision == "day"
                  and not f.startswith(past_tails, d.stop + (f[d.stop:d.stop + 1] == " "))]
        if not before:
            continue
        base = before[-1].end or before[-1].start if offsets[m.group(0)] > 0 else before[-1].start
        day = dt.date(base.year, base.month, base.day) + dt.timedelta(days=offsets[m.group(0)])
        out.append(DateSpan(PartialDate(day.year, day.month, day.day), None, m.start(), m.end()))
    return sorted(out, key=lambda d: d.begin)


_TODAY_BEFORE = re.compile(r"วันนี้\s?\(\s?\Z")
_TODAY_REACH = len("วันนี้ ( ")


def _with_parts_of_today(f: str, dates: list[DateSpan], parts: tuple[str, ...]) -> list[DateSpan]:
    """Add "เมื่อช่วงเย็น" (this evening) as the day the report calls today ("วันนี้ (3 พ.ย.2562)"),
    when it writes one such day: an evening talk told after a summit's range was held that day."""
    today = {d.start for d in dates if d.start.precision == "day"
             and _TODAY_BEFORE.search(f, max(0, d.begin - _TODAY_REACH), d.begin)}
    if len(today) != 1:
        return dates
    day = next(iter(today))
    out = list(dates)
    for m in _relative_re(parts).finditer(f):
        if not any(0 <= d.begin - m.end() <= _DATE_RIGHT_AFTER for d in dates):
            out.append(DateSpan(day, None, m.start(), m.end()))
    return sorted(out, key=lambda d: d.begin)


@cache
def _relative_re(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(alternation(words))


# --------------------------------------------------------------------------- attach
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


def extract(release: Release) -> tuple[Meeting, ...]:
    """Every meeting the release reports, with its facts, in text order.

    The rules of :func:`candidates` propose the facts; the fitted linker
    (:mod:`kg.linker`) keeps those its model finds likely and says how sure it is."""
    return linker.apply(candidates(release), model=linker.load())


def candidates(release: Release) -> tuple[Meeting, ...]:
    """The release's meetings with every candidate fact and its features (``Meeting.links``),
    before the linker decides: what :mod:`kg.train` fits the linker on."""
    p = patterns()
    v = p.v
    R = v.meetings["reach"]     # how far, in characters, each attaching rule looks
    text = release.title + "\n" + release.body
    f = fold(text)
    paras = _paragraphs(f)
    default_year = release.published.year if release.published else _lead_year(f)

    people = _people(f, paras, p)
    mentions = _with_talks(partner_lists(f, paras, find_meetings(f, paras, p), p), find_talks(f, paras, people, p))
    if not mentions:
        return ()
    _classify(f, mentions, p, paras)
    for mm in mentions:
        if mm.talk:
            mm.qualified = mm.cue = True
    for group in meeting_lists(f, mentions):
        # "เข้าร่วมการประชุม A, การประชุม B ครั้งที่ 22 และการประชุม C": one verb, one list
        if any(x.qualified and (x.cue or x.numbers) for x in group):
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
    intros = _intro_paragraphs(f, paras)        # paragraphs ending "… ดังนี้" / "… ได้แก่"
    _qualify_listed_below(f, paras, mentions, intros, p)
    _resolve_aliases(mentions, p)
    mentions = _with_round_references(f, paras, mentions)

    # -- occurrences: one per (series, number); unnumbered mentions join their series
    occs: dict[tuple, _Occ] = {}
    by_mention: dict[int, list[_Occ]] = {}
    numbered_series: dict[str, list[_Occ]] = {}
    earlier = _earlier_rounds(f, mentions, p)
    for mm in mentions:
        if id(mm) in earlier:
            continue
        for n in mm.numbers:
            key = (mm.series, n, mm.number_year)
            occ = occs.get(key)
            if occ is None:
                occ = occs[key] = _Occ(key, mm, n, mm.label, mm.series, mm.label_en, mm.number_year)
                numbered_series.setdefault(mm.series, []).append(occ)
            occ.label_en = occ.label_en or mm.label_en
            by_mention.setdefault(id(mm), []).append(occ)
    title_paras = {0} if _is_headline(f, paras, p, default_year) else set()
    # A headline's paraphrase ("ร่วมประชุมสุดยอดอาเซียนที่เวียงจันทน์") of a meeting the body
    # names properly is not a meeting of its own: keep unnumbered headline names only
    # when the body names its series, or names no meeting it reports.
    body_series = {mm.series for mm in mentions if mm.para not in title_paras}
    body_reports = any(mm.para not in title_paras and (mm.numbers or mm.cue) for mm in mentions)
    headline_only = {id(mm) for mm in mentions if mm.para in title_paras and not mm.numbers and body_reports
                     and mm.series not in body_series}
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
                by_mention[id(mm)] = [same[0]]
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
    live = [mm for mm in mentions if id(mm) in by_mention]
    if not live:
        return ()
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

    # parent links and primary meeting
    for mm in live:
        if mm.is_parent and mm.child is not None and id(mm.child) in by_mention:
            for o in by_mention[id(mm)]:
                o.is_parent = True
            if len(mm.numbers) <= 1:
                for c in by_mention[id(mm.child)]:
                    c.parent = (mm.series, mm.numbers[0] if mm.numbers else None)
    # a parent named as a parent anywhere stays a parent, even where its name recurs
    inner = _named_inside(live)
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
    primary_occs = by_mention[id(primary_mention)]
    primary = primary_occs[0]
    for o in primary_occs:
        o.primary = True

    def occs_of(mm):
        return by_mention.get(id(mm), [])

    body_live = [mm for mm in live if mm.para not in title_paras] or live

    def nearest_before(i: int, pi: int, *, within: int = 10**9, parents: bool = False, outer: bool = False):
        best = None
        for mm in body_live:
            if mm.para != pi or mm.end > i + 0:
                continue
            if i - mm.end > within:
                continue
            if mm.is_parent and not parents:
                continue
            if outer and id(mm) in inner:
                continue            # "การประชุมเตรียมการสำหรับการประชุม X ครั้งที่ 5 ผ่านระบบ…": the
                                    # way of meeting told is the outer one's, not the one named inside it
            best = mm
        return best

    def first_after(i: int, pi: int, *, within: int = 10**9):
        for mm in body_live:
            if mm.para == pi and mm.start >= i and not mm.is_parent and mm.start - i <= within:
                return mm
        return None

    # -- dates
    # A date, a way of meeting or a venue attaches only to a meeting named in its own
    # paragraph (or, for modes and venues, to the main meeting in the title's or the main
    # meeting's paragraph): paragraphs of discussion that name no meeting, most of a
    # release, are not scanned for them. The same facts, ~10% less extraction time.
    with_meeting = {mm.para for mm in body_live}
    relative = any(w in f for w in (*v.meetings["relative_days"], *v.meetings["parts_of_today"]))  # str.find: ~20× faster than a scan
    referring = {i for i, (lo, hi) in enumerate(paras) if _OPENING_REF.match(f, lo, hi)}     # "การประชุมในครั้งนี้ …"
    date_spans = None if relative else _spans_of(paras, with_meeting | intros | referring)  # "ในวันถัดมา" looks back anywhere
    dates = find_dates(f, default_year=default_year, spans=date_spans)
    if relative:
        dates = _with_relative_dates(f, dates, v.meetings["relative_days"], tuple(v.meetings["past_date_tails"]))
        dates = _with_parts_of_today(f, dates, tuple(v.meetings["parts_of_today"]))
    lead_trigger = re.compile(r"(?:เมื่อ|ระหว่าง|ใน|ตั้งแต่)?(?:วันที่|วัน[จอพศส][^\s]{0,8}ที่)\s?\(?\s?$|เมื่อ\s?$|เมื่อปี\s?$|ในปี\s?$|ระหว่าง\s?$|(?:วัน|วาน)[^\s\d()]{0,12}\s?\(\s?$")
    # "… กับนาย X ซึ่งเดินทางเยือนไทยเมื่อวันที่ 19 มกราคม … ได้เข้าเยี่ยมคารวะ…": a day told inside a
    # relative clause is that clause's earlier event; it dates no meeting told after it
    aside = {id(d) for d in dates if _ASIDE_DATE.search(f, max(0, d.begin - R["lead"]), d.begin)
             or _visit_clause_range(f, d, R["visit_clause_before"], p)}
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
        before = f[max(paras[pi][0], d.begin - R["date_cue_before"]):d.begin]
        lead_style = bool(lead_trigger.search(before)) or d.begin - paras[pi][0] < R["opens_para"] or not f[d.begin].isdigit()
        yr_only = d.start.precision == "year"
        trail = nearest_before(d.begin, pi, within=R["trail_year"] if yr_only else R["trail"], parents=True)
        if trail is not None:
            between = f[trail.end:d.begin]
            if any(mm.para == pi and trail.end <= mm.start < d.begin and not mm.is_parent for mm in body_live):
                trail = None
            elif len(between) > R["close"] and not re.search(r"จัดขึ้น|จัด|เมื่อ|ใน|ระหว่าง|ช่วง|วันนี้", between):
                trail = None
            elif trail.reported_on and not re.search(r"จัดขึ้น|เมื่อ", between):
                trail = None                       # "บรรยายสรุปผลการเข้าร่วมประชุม X … ในวันที่ 1 ตุลาคม": the briefing's
            elif yr_only and len(between) > R["close_year"] and (not re.search(r"จัดขึ้น|จัด|เมื่อ", between) or "ครบรอบ" in between):
                trail = None                       # "ครบรอบ 25 ปี … ในปี 2564" dates an anniversary
        lead = first_after(d.stop, pi, within=R["lead_day"] if d.start.precision == "day" else R["lead"]) \
            if lead_style and not yr_only and id(d) not in aside else None
        if lead is not None and any(d2.begin > d.stop and d2.begin < lead.start and id(d2) not in aside for d2 in dates):
            lead = None
        if lead is not None and p.contains("statement", f, d.stop, lead.start) \
                and not _SAME_DAY_TIME.search(f, d.stop, lead.start):
            lead = None                 # "วันนี้ (24 พ.ค.) โฆษก… เปิดเผยว่า … จะเข้าร่วม X": the day of the statement
        if lead is not None and lead.reported_on:
            lead = None                 # "วันนี้ (30 ก.ค.) … จะบรรยายสรุปผลการเข้าร่วมประชุม X": not X's day
        gap = d.begin - trail.end if trail is not None else 0
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
                inherited.append((d, mm.child))
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
        if mm is None:
            return [primary] if pi in title_paras or primary.mention.para == pi or not body_live else []
        return occs_of(mm)

    if title_paras and not any(mm.para not in title_paras for mm in live):
        _date_headline_by_lead(f, paras, title_paras, live, occs_of, default_year, R, p)
    mode_spans = _spans_of(paras, with_meeting | set(title_paras) | {primary.mention.para})
    for rx, mode in ((p.hybrid, "hybrid"), (p.virtual, "virtual")):
        for m in (m for lo, hi in mode_spans for m in rx.finditer(f, lo, hi)):
            pi = _para_of(paras, m.start())
            for o in attach_point(m.start(), pi):
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
    # "…การประชุมผู้นำเขตเศรษฐกิจเอเปค ครั้งที่ 32 เมืองคยองจู สาธารณรัฐเกาหลี": a city written
    # right after a round, with no ณ or ที่, is where it was held
    for mm in body_live:
        city = p.city_after.match(f, mm.end, paras[mm.para][1]) if mm.numbers else None
        for o in occs_of(mm) if city else ():
            if o.mode is None:
                o.venue = o.venue or text[city.start(1):city.end(1)]
                o.mode, o.mode_para = "in_person", mm.para
                o.why["mode"] = ("venue", city.start(1))
    # a meeting held during a larger one is held where and how the larger one is
    for mm in live:
        if mm.is_parent and mm.child is not None:
            for po in occs_of(mm):
                for c in occs_of(mm.child):
                    if c.mode is None and po.mode is not None and po.mode_para == mm.child.para:
                        c.mode, c.venue = po.mode, c.venue or po.venue
                        c.why["mode"] = ("parent", po.why.get("mode", ("", None))[1])

    all_occs = list(occs.values())
    _stamp(all_occs, "call")                  # the only facts set before: a call's mode
    lists = meeting_lists(f, body_live)
    _share_in_lists(lists, occs_of)
    _stamp(all_occs, "list")
    listed = {id(mm) for g in lists for mm in g}
    _share_paragraph_date(f, paras, [mm for mm in body_live if mm.numbers or id(mm) in listed], dates, occs_of, p)
    _stamp(all_occs, "paragraph")
    _share_enumeration_date(paras, intros, body_live, dates, occs_of)
    _stamp(all_occs, "enumeration")
    _share_occasion(f, paras, live, occs_of, primary, tuple(v.meetings["talks"]["occasion_openers"]))
    _share_visit_date(f, text, paras, live, occs_of, title_paras, default_year, p)
    _share_chaired_after_talk(live, occs_of)
    _stamp(all_occs, "occasion")

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
    occasions = [mm for mm in body_live if p.ends_with("occasion_attend", f, mm.start)]
    negated_keys = {person_key(pm.person.name) for pm in people if pm.negated}
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
        para_meetings = [mm for mm in body_live if mm.para == pm.para and not mm.is_parent and (mm.cue or mm.opens)]
        # "นาย X รัฐมนตรี… จะเข้าร่วมการประชุม Y": the meeting the person's own verb names
        own = next((mm for mm in para_meetings if mm.cue and pm.end <= mm.start <= pm.end + own_reach
                    and not any(pm.end <= q.start < mm.start for q in people)
                    and not p.contains("statement", f, pm.end, mm.start)), None)   # "เปิดเผยว่าในการประชุม X": told of it
        via = "primary"
        if own is None and (_reports(person.position, reporters)
                            or f[pm.end:pm.end + own_reach].lstrip().startswith(acting_reporters)
                            or _tells_of_another(f, pm, people, p, R["statement_after_name"])):
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
            if mm.para == pm.para and mm.start > pm.end:
                for o in occs_of(mm):
                    _attend(o, key, person, ev, "occasion", pm.start)

    _attach_talk_people(text, paras, people, canonical, live, occs_of, reporters)
    _stamp(all_occs, "talk")
    _attend_visit_purpose(f, text, paras, people, canonical, body_live, occs_of)
    _attend_lists(f, lists, people, canonical, occs_of, p)
    _stamp(all_occs, "list")

    # -- "รัฐมนตรีฯ ยังได้เข้าร่วมการประชุม Y": a post alone names the release's official
    _attach_title_referents(f, text, paras, p, people, canonical, body_live, occs_of, primary_occs)
    _stamp(all_occs, "referent")
    _attend_coordinated(f, paras, body_live, occs_of, R["title_before"])
    _stamp(all_occs, "coordinated")
    _share_alongside(live, occs_of, primary, people)
    _stamp(all_occs, "alongside")

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
    kept = [o for o in all_occs if id(o) not in dropped and
            (o.primary or o.number is not None or o.is_parent or o.start is not None or o.attendances)]
    _propose_release_facts(kept, primary, f, text, paras, p)

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
            alt_labels=tuple(a for a in dict.fromkeys((*o.aliases, _as_written(text, o.mention.start, o.label))) if a and a != o.label),
            in_series=o.mention.in_series if o.mention.in_series and o.mention.in_series != o.series else None,
            links=_links(o, paras, body_live, len(ordered), title_paras),
        ))
    return tuple(result)


_VENUE_PREPOSITIONS = ("เยือน", "ที่", "ใน")


def _places(f: str, text: str, paras, spans, p: Patterns):
    """Each named place in ``spans``, as (offset of its cue, paragraph, place): "ณ กรุงปักกิ่ง",
    "ที่ห้อง…", "เยือนเวียงจันทน์". A cue right after a post (เอกอัครราชทูต ณ กรุงปารีส) names
    the post, not where anyone met, and after a bare ณ only place-like words count."""
    md = p.v.modes
    place_heads, place_names, not_place = (tuple(md[k]) for k in ("place_heads", "place_names", "not_a_place"))
    cue_before = p.v.meetings["reach"]["venue_cue_before"]
    for m in (m for lo, hi in spans for m in p.venue.finditer(f, lo, hi)):
        cue = m.group(0)
        before = f[max(0, m.start() - cue_before):m.start()].rstrip()
        if p.ends_with("venue_blocker", before, len(before)) or p.post_before_venue.search(before):
            continue
        k = m.end()
        bare = cue.strip() == "ณ" or m.group("travel") is not None      # the place follows the cue
        if bare and k < len(f) and f[k] == " ":
            k += 1
        if f.startswith(not_place, k):
            continue
        pi = _para_of(paras, m.start())
        pend = paras[pi][1]
        # the place: one or two chunks (ณ โรงแรมแชงกรีลา กรุงเทพฯ)
        j = k
        while j < pend and f[j] not in " ,()":
            j += 1
        b = p.boundary.search(f, k + 1, j)
        if b is not None:
            j = b.start()
        b = p.words["place_end"][0].search(f, k + 3, j)
        if b is not None:
            j = b.start()           # "เยือนกรุงมะนิลาเพื่อเข้าร่วม…": the place ends before เพื่อ
        # the cue's preposition (ที่, ใน, เยือน) and a space after it are not the place's
        lead = next((w for w in _VENUE_PREPOSITIONS if cue.startswith(w)), "")
        skip = len(lead) + (cue[len(lead):len(lead) + 1] == " ")
        place = text[k if bare else m.start() + skip:j].strip()
        if m.group("travel") is not None and (named := p.travel_party.match(f, k, pend)) is not None:
            if p.v.party_code(p.party.search(named.group(0)).group(0)) == "TH" and not cue.startswith("เยือน"):
                continue                        # "นักท่องเที่ยวเดินทางไปไทย", "เดินทางกลับถึงประเทศไทย": home, no venue
                                                # (but "ในโอกาสเยือนไทย": a visitor's, met in Thailand)
            place = text[k:named.end()]         # the country, not the words after it
        if len(place) < 3 or not re.match(rf"[{_THAI}A-Z]", place):
            continue
        if cue.strip() == "ณ" and not (place.startswith(place_heads) or re.match("[A-Z]", place)) \
                and not p.party.match(place) and not place.startswith(place_names):
            # "ณ กรุงวอชิงตัน" yes; "ณ ที่ตั้ง…" no: accept only place-like heads
            continue
        yield (k if m.group("travel") else m.start()), pi, place     # a journey: where its place begins


_ANY_YEAR = 2000      # a year to read a day and month by, when only their presence matters


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


def _headline_rounds_to_body(mentions, title_paras, body_series, by_mention, occs) -> None:
    """A headline's "การประชุมรัฐมนตรีเอเปค ครั้งที่ 26" whose series the body never names,
    while the body names exactly one other meeting numbered 26 ("การประชุมความร่วมมือทาง
    เศรษฐกิจในภูมิภาคเอเชีย - แปซิฟิก (APEC) ครั้งที่ 26"), is that meeting in other words."""
    for mm in mentions:
        if mm.para not in title_paras or len(mm.numbers) != 1 or mm.series in body_series:
            continue
        same = {id(o): o for x in mentions if x.para not in title_paras and mm.numbers[0] in x.numbers
                for o in by_mention.get(id(x), []) if o.number == mm.numbers[0]}
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


_SUBITEM = re.compile(r"\s*([0-9๐-๙]{1,2})\.[0-9๐-๙]{1,2}")


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


def _lead_year(f: str) -> int | None:
    """The year of a release whose page gives no date: that of its first full date ("เมื่อคืน
    วันที่ 16 พ.ย.65 …"), which the day-and-month dates after it ("ในวันที่ 17 พฤศจิกายน")
    leave unsaid."""
    return next((d.start.year for d in find_dates(f) if d.start.precision == "day"), None)


def _as_written(text: str, start: int, label: str) -> str | None:
    """The label as the release writes it (ASEAN – India, ๗๘) when it is the text at its
    mention, read through :func:`fold` (en dashes and Thai digits folded for matching)."""
    written = text[start:start + len(label)]
    return written if written != label and fold(written) == label else None


def _level(label: str, p: Patterns) -> str | None:
    """Who meets at a meeting, as its name says (leaders, ministers, senior officials), if it says."""
    return next((lv for lv, words in p.v.meetings["levels"].items() if any(w in label for w in words)), None)


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
        if at is not None:
            primary.mode = "in_person"
            primary.why["mode"] = ("place", at)
    lo, hi = primary.start, primary.end or primary.start
    leads = [(k, a) for k, a in primary.attendances.items() if a.person.country == "TH"]
    level = _level(primary.label, p)
    for o in occs:
        if not o.attendances and o is not primary and not o.is_parent and lo is not None and len(leads) == 1 \
                and o.start is not None and lo <= o.start <= hi and _level(o.label, p) in (level, None):
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
    lo += len(f[lo:hi]) - len(f[lo:hi].lstrip())
    found = find_dates(f[lo:hi], default_year=default_year)
    opening = [d for d in found if d.begin <= R["date_opens_para"]]
    if not opening:
        return
    d = opening[0]
    later = [x for x in found if x.begin > d.stop]
    if later and p.contains("statement", f, lo + d.stop, lo + later[0].begin):
        # "วันที่ 3 … โฆษก… เปิดเผยว่า … มีกำหนดการเยือน… ในวันศุกร์ที่ 6": the day of the
        # statement, then the day of what it announces
        d = later[0]
    for mm in live:
        if mm.reported_on:
            continue
        for o in occs_of(mm):
            if o.start is None and mm.qualified:
                o.start, o.end = d.start, d.end
                o.why["date"] = ("headline-lead", lo + d.begin)


def _share_in_lists(lists, occs_of) -> None:
    """A date, place or way of meeting stated once for a list holds for the members that
    have none of their own, when the list states only one (the first place named, in text
    order: a set's order would follow the process's string hash seed)."""
    for group in lists:
        occs = [o for mm in group for o in occs_of(mm)]
        dates = {(o.start, o.end) for o in occs if o.start is not None}
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


def _share_paragraph_date(f, paras, body_live, dates, occs_of, p: Patterns) -> None:
    """A trip told in one paragraph ("ระหว่างวันที่ 5-8 กันยายน … เพื่อเข้าร่วม A … B … C"):
    when the paragraph states one date only, every meeting it says was attended, and that
    has no date of its own, was held within it, unless a statement lies between (the date
    of "วันนี้ (24 พ.ค.) โฆษก… เปิดเผยว่า …" is the statement's), or the meeting is one
    reported on (the date of "…บรรยายสรุปผลการเข้าร่วมประชุม X … ในวันที่ 1 ตุลาคม" is the
    briefing's)."""
    for pi in sorted({mm.para for mm in body_live}):
        span = _one_date_of(paras, pi, dates)
        if span is None:
            continue
        if any(_CLAUSE_DATE.search(f, max(paras[pi][0], d.begin - p.v.meetings["reach"]["clause_date_before"]), d.begin)
               for d in dates if paras[pi][0] <= d.begin < paras[pi][1]):
            continue                    # "…ครั้งที่ 8 ซึ่งจะจัดขึ้นระหว่างวันที่ 15-16 มิถุนายน": that one's only
        at = min(d.stop for d in dates if paras[pi][0] <= d.begin < paras[pi][1])
        _date_the_undated([mm for mm in body_live if mm.para == pi and mm.cue and not mm.is_parent
                           and not (at <= mm.start and p.contains("statement", f, at, mm.start))
                           and not mm.reported_on], occs_of, span)


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


def _attend_lists(f, lists, people, canonical, occs_of, p: Patterns) -> None:
    """Who the sentence says attended a list attended each member of it: the officials
    credited to a member and named before the list in its paragraph, or the one whose own
    verb introduces the list ("นาย X … เข้าร่วมการประชุม 3 การประชุม ได้แก่ A B และ C")."""
    for group in lists:
        head = group[0]
        before = [pm for pm in people if pm.para == head.para and pm.end <= head.start and not pm.negated]
        keys = {person_key(pm.person.name) for pm in before}
        occs = [o for mm in group for o in occs_of(mm)]
        shared = {k: a for o in occs for k, a in o.attendances.items() if k in keys and a.role == "attendee"}
        if not shared and before:
            subject = before[-1]
            gap = f[subject.end:head.start]
            if p.contains("attend_cue", gap) and gap.rstrip().endswith(_LIST_INTROS):
                key = person_key(subject.person.name)
                shared = {key: Attendance(canonical.get(key, subject.person), "attendee", "")}
        for o in occs:
            for k, a in shared.items():
                o.attendances.setdefault(k, a)


def _share_occasion(f, paras, live, occs_of, primary, openers) -> None:
    """A talk held on a trip or beside a larger meeting, or a meeting told in a paragraph
    that opens "ในโอกาสนี้ …", took place when and where that trip or meeting did, unless
    the text dates or places it itself. Calls stay virtual."""
    parent_of = {id(mm.child): mm for mm in live if mm.is_parent and mm.child is not None}
    for mm in live:
        if mm.is_parent:
            continue
        pstart = paras[mm.para][0]
        lead = len(f[pstart:mm.start]) - len(f[pstart:mm.start].lstrip())
        if not (mm.talk or mm.cue and f.startswith(openers, pstart + lead)):
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
        for o in occs_of(mm):
            if o is primary:
                continue
            if o.start is None and primary.start is not None:
                o.start, o.end, o.scheduled = primary.start, primary.end, primary.scheduled
            if o.mode is None and primary.mode is not None:
                o.mode, o.venue = primary.mode, o.venue or primary.venue
            if not o.attendances:
                for k, a in primary.attendances.items():
                    if a.role == "attendee" and k in named:
                        o.attendances[k] = a


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


def _share_visit_date(f, text, paras, live, occs_of, title_paras, default_year, p: Patterns) -> None:
    """A visit told once, with its date, in a paragraph that names no meeting ("เมื่อวันที่ 11
    พฤษภาคม 2565 นาย X ได้เดินทางเยือนจังหวัด Y เพื่อพบหารือกับ…"), then its talks in the
    paragraphs after it ("ในช่วงเช้า … ได้เข้าเยี่ยมคารวะนาย Z …"): a talk with no date of its
    own was held on the visit's date, up to a paragraph that states another, and in person
    where the visit names its place (a trip's date and place are told once)."""
    undated = [mm for mm in live if mm.talk and any(o.start is None for o in occs_of(mm))]
    if not undated:
        return
    meeting_paras = {mm.para for mm in live}
    last = max(mm.para for mm in undated)
    for pi, (lo, hi) in enumerate(paras):
        if pi in title_paras or pi in meeting_paras:
            continue
        visit = p.visit_verb.search(f, lo, hi)
        if visit is None:
            continue
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
        dated = {q for q, (a, b) in enumerate(paras)
                 if {(d.start, d.end) for d in find_dates(f[a:b], default_year=default_year)} - {(start, end)}}
        until = next((q for q in range(pi + 1, last + 1) if q in dated), last + 1)
        for mm in undated:
            # the talks told after it, up to another date; and those told before it (a news lead
            # that tells the talk, then the trip), if nothing between dates them otherwise
            before = mm.para < pi and not any(q in dated for q in range(mm.para, pi))
            if not (pi < mm.para < until or before):
                continue
            for o in occs_of(mm):
                if o.start is None:
                    o.start, o.end = start, end
                    o.why["date"] = ("visit", visit.start())
                if o.mode is None and (place is not None or home) and mm.talk != "call":
                    o.mode, o.venue = "in_person", o.venue or place
                    o.why["mode"] = ("visit", visit.start())
        return


def _tells_of_another(f: str, pm: PersonMention, people, p: Patterns, reach: int) -> bool:
    """"นาง X อธิบดีกรมสารนิเทศ เปิดเผยว่า … นาย Y นายกรัฐมนตรี จะเข้าร่วม…": one whose statement
    opens right after their name and post (within ``reach``), and names another official, is
    its reporter, not an attendee."""
    m = p.words["statement"][0].search(f, pm.end, min(len(f), pm.end + reach))
    if m is None:
        return False
    nxt = next((q for q in people if q.para == pm.para and q.start >= m.end()), None)
    return nxt is not None and person_key(nxt.person.name) != person_key(pm.person.name)


def _reports(position: str | None, reporters: tuple[str, ...]) -> bool:
    """A spokesperson's post, alone or held beside another ("อธิบดีกรมสารนิเทศและโฆษกกระทรวง…")."""
    position = position or ""
    return bool(reporters) and (position.startswith(reporters)
                                or any(f"และ{r}" in position or f"และ {r}" in position for r in reporters))


def _attach_talk_people(text, paras, people, canonical, live, occs_of, reporters: tuple[str, ...] = ()) -> None:
    """Both sides of a talk or call took part: the one who held it (else the release's
    first official acting for Thailand: "รัฐมนตรีฯ ได้หารือกับ…", not the spokesperson who
    tells of it) and those met."""
    lead = next((pm for pm in people if not pm.negated and pm.person.country == "TH"
                 and not _reports(pm.person.position, reporters)), None)
    for mm in live:
        if not mm.talk:
            continue
        for pm in (mm.subject or lead, *mm.counterparts):
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
    span_reach = v.meetings["reach"]["chair_span"]
    elsewhere: dict[str, list[tuple[int, int]]] = {}
    lists = meeting_lists(f, body_live)
    inner = _named_inside(body_live)
    # the headline's phrases last: they only tell chairs the body does not ("…เยือนไทยอย่างเป็นทางการ
    # และเป็นประธานร่วมในการประชุม X ไทย - ฟิลิปปินส์ ครั้งที่ 6", a body telling only the visit)
    phrases = sorted(_chair_phrases(f, p), key=lambda m: _para_of(paras, m.start()) in title_paras)
    body_tells_chairs = any(_para_of(paras, m.start()) not in title_paras for m in phrases)
    for m in phrases:
        pi = _para_of(paras, m.start())
        pstart, pend = paras[pi]
        headline = pi in title_paras and len(paras) > 1
        if headline and (not m.group("co") or body_tells_chairs):
            continue
        # the meeting: named right after the phrase, else the nearest before, else the primary
        target = None
        if m.group("sole") and (f.startswith(tuple(v.meetings["chair_of_organisation_after"]), m.end())
                                or (p.party.match(f, m.end()) and not f.startswith("การ", m.end()))):
            continue                  # "ซึ่งไทยเป็นประธานอยู่", "เป็นประธานอาเซียน": chairs a grouping, not this meeting
        after_m = [mm for mm in body_live if mm.para == pi and m.start() <= mm.start <= m.end() + 3]
        if after_m:
            target = after_m[0]
        else:
            # "…การประชุมเตรียมการสำหรับการประชุม X ครั้งที่ 5 … เป็นประธานการประชุม": the outer one
            before_m = [mm for mm in body_live if mm.para == pi and mm.end <= m.start() and not mm.is_parent
                        and id(mm) not in inner]
            target = before_m[-1] if before_m else None
        occs = occs_of(target) if target is not None else list(primary_occs)     # "ครั้งที่ 38 และ 39": both
        if headline and any(o.co_chairs for o in occs):
            continue
        if after_m:
            # "เป็นประธานร่วมในการประชุม A (…) และการประชุม B (…)": the chair of each listed
            group = next((g for g in lists if target in g), [target])
            occs = [o for mm in group[group.index(target):] for o in occs_of(mm)]
        # left span: back to โดย/ซึ่ง/the last meeting mention/the paragraph start
        left_lo = pstart
        # "นายกรัฐมนตรีของทั้งสองประเทศจะหารือทวิภาคี และเป็นประธานร่วม…": a talk told by its verb
        # alone shares the sentence's subject with the chair phrase; it does not cut the span
        prev_m = [mm for mm in body_live if mm.para == pi and mm.end <= m.start()
                  and not (mm.talk and all(q.start < mm.start for q in mm.counterparts))]
        if prev_m:
            left_lo = max(left_lo, prev_m[-1].end)
        seg = f[left_lo:m.start()]
        cut = max(seg.rfind("โดย"), seg.rfind("ซึ่ง"), seg.rfind("ทั้งนี้"))
        if cut != -1:
            left_lo += cut
        # "นาย X โฆษก… เปิดเผยว่า … นาง Y นายกรัฐมนตรี เป็นประธาน…": the one told of chairs, not the teller
        told = list(p.words["statement"][0].finditer(f, left_lo, m.start()))
        if told:
            left_lo = told[-1].end()
        spans = [(left_lo, m.start())]
        if after_m and (m.group("sole") or m.group("co")):
            # "เป็นประธาน(ร่วม)การประชุม X ครั้งที่ 4 (ร่วม)กับนาย Y …": the partner named after the meeting
            tail = after_m[0].end
            with_at = _WITH_PARTNER.search(f, tail, min(pend, tail + v.meetings["chair_partner_reach"]))
            k = with_at.start() if with_at else -1
            if k != -1 and _RIGHT_SPAN_END.search(f, tail, k) is None \
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
        parties: dict[str, CoChair] = {}
        evidence = _sentence(text, paras, pi, left_lo, m.end())
        # "นาย X … ได้เข้าเยี่ยมคารวะนาย Y … ในโอกาสเดินทางเยือน…เพื่อเป็นประธานร่วมในการประชุม Z": the one
        # called on before the phrase was met apart; the caller, the sentence's subject, chairs
        called_on = {id(c) for x in body_live if x.talk == "courtesy" for c in x.counterparts if c.start > x.start}
        apart = [pm for pm in people if id(pm) in called_on and left_lo <= pm.start < m.start()]
        for lo, hi in spans:
            for code, person in _parties_in_span(f, lo, hi, p, [pm for pm in people if pm not in apart],
                                                 canonical, body_live):
                parties.setdefault(co_chair_key(code, person), CoChair(code, person, evidence))
        if apart and not any(c.person is not None for c in parties.values()):
            caller = next((pm for pm in people if pm.para == pi and pm.start < apart[0].start and not pm.negated
                           and not pm.encounter and pm.person.country not in (None, apart[0].person.country)), None)
            if caller is not None:
                key = person_key(caller.person.name)
                parties = {k: c for k, c in parties.items() if c.party != caller.person.country}
                parties[co_chair_key(caller.person.country, canonical.get(key, caller.person))] = \
                    CoChair(caller.person.country, canonical.get(key, caller.person), evidence)
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
        if not parties:
            continue
        if m.group("co") and len(parties) == 1 and next(iter(parties)) in v.parties:
            # a bilateral "ไทย-สหรัฐอเมริกา" co-chaired by one side: the other side is the other chair
            for o in occs:
                names = [c for c in (_bilateral_pair(o.series, p)) if c]
                if len(names) == 2 and next(iter(parties)) in names:
                    other = names[0] if names[1] == next(iter(parties)) else names[1]
                    if v.parties[other].kind == "country":
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
        for src in occs_of(prev):
            for o in occs_of(mm):
                for key, a in src.attendances.items():
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


def _parties_in_span(f, lo, hi, p: Patterns, people, canonical, mentions=()):
    """Parties named in ``f[lo:hi]``: a person's country, else a post's or a bare country."""
    out = []
    # drop "ในฐานะ…" role clauses: they name the coordinator role, not the party
    text = f[lo:hi]
    for mm in mentions:                          # meeting names are not parties (แม่โขง-ล้านช้าง)
        a, b = max(mm.start, lo), min(mm.end, hi)
        if a < b:
            text = text[:a - lo] + " " * (b - a) + text[b - lo:]
    masked = re.sub(r"ในฐานะ[^\s]*(?:\s(?!และ)[^\s]*){0,3}", lambda m: " " * len(m.group(0)), text)
    covered = []
    for pm in people:
        if lo <= pm.start < hi:
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
    if not out and p.position_head.search(rest_s):
        out.append(("TH", None))          # a Thai post alone: "ปลัดกระทรวงการต่างประเทศเป็นประธานร่วม"
    return out
