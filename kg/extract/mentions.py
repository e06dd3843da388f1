"""What the finders hand the attach step: a meeting or a person named at a place in the
text (:class:`MeetingMention`, :class:`PersonMention`), the text's paragraphs, and the
series key that tells rounds of one meeting apart from other meetings."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Person
from ..thai import fold
from ..vocab import vocab


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
    companions: tuple = ()                        # who went with them ("นาย A พร้อมด้วยนาย B … เข้าเยี่ยมคารวะ")
    counterparts: tuple = ()                      # the PersonMentions met
    aliases: tuple = ()                           # other names the text gives it: "หารือทวิภาคี" as written
    party_met: str | None = None                  # the country met, when the talk names only a post of it
    post_met: str = ""                            # and that post ("ปธน.", "รัฐมนตรีว่าการกระทรวงการต่างประเทศ")
    also_called: str = ""                         # the other name told after it ("… หรือ อาร์บีซี")
    post_alone: bool = False                      # a call on a post whose holder and country go unnamed
                                                  # ("…เข้าเยี่ยมคารวะผู้ว่าราชการจังหวัด X")
    welcome: bool = False                         # told as a welcome (ให้การต้อนรับนาย X)
    one_of_parties: bool = False                  # one of several countries met ("หารือกับผู้นำสิงคโปร์ บรูไน และเวียดนาม")
    reported_on: bool = False                     # named as reported on ("บรรยายสรุปผลการเข้าร่วมประชุม X"): the
                                                  # briefing's day and room are not its own
    prepares: MeetingMention | None = None        # the meeting named inside this preparatory one's name
    in_series: str = ""                           # a talk's country series, all kinds together (Meeting.in_series)
    chairs_after: bool = False                    # "พบหารือทวิภาคีและเป็นประธานร่วมกับนาย X … ในการประชุม Y": the
                                                  # talk's people chair Y, the same day
    within: MeetingMention | None = None          # the meeting a list "consists of" it in (…การประชุม X ในวันที่ 1
                                                  # ประกอบด้วยการประชุม A B และ C): shares X's day and place
    alongside: bool = False                       # listed as held beside the main meeting ("นอกจากนี้ ยังเป็นการประชุม
    acronym_edition: bool = False                 # numbered by the edition after its acronym ("ประชุม COP 28")
    ahead: bool = False                           # where a trip told after the day goes ("…ก่อนเดินทางไปร่วมประชุม X"):
                                                  # the paragraph's day is the getting ready's, not its own
    cut: bool = False                             # its name runs to where the excerpt was cut ("…ด้านริม")
    annual_year: tuple[int | None, int] | None = None     # the year of an annual meeting told after its name,
                                                  # and where ("…ริมน้ำ ประจำปี 2566"): its date when the release
                                                  # tells no other


@dataclass
class PersonMention:
    start: int
    end: int                      # end of name + position
    name_end: int
    person: Person
    para: int
    negated: bool = False
    encounter: bool = False       # met separately: "เยี่ยมคารวะ…", "หารือทวิภาคีกับ…"
    principal: bool = False       # named as whose aide another is ("ที่ปรึกษา สมเด็จ X"): not there






_WRAPPED_DATE = re.compile(r"วันที่\s*\Z")
#: "…อธิบดี… เป็นประธาน\nเปิดการประชุม X": a line cut after the chair's verb goes on with what was chaired
#: (not "…โดยมี A และ B เป็นประธานร่วม\nที่ประชุมได้…": a sentence that ends there)
_WRAPPED_CHAIR = re.compile(r"เป็นประธาน\s*\Z")
_CHAIRED_NEXT = re.compile(r"\s*(?:ในพิธี)?เปิด(?:การ)?ประชุม|\s*(?:ใน)?การประชุม")
_DIGIT_START = re.compile(r"\s*[0-9๐-๙]")
#: "…รัฐมนตรีว่าการกระทรวงการต่างประเทศสาธารณรัฐเกาหลี\n(เกาหลีใต้) เมื่อวันที่ ๓๐ เมษายน": a line cut
#: before a bracketed aside and the day it tells
#: "…ประจำประเทศไทย\nได้เข้าเยี่ยมคารวะ…": a line opening with its subject's verb goes on from the line before
#: (or with no ได้, attending: "…ในฐานะกรรมการ\nเข้าร่วมการประชุม…", or welcoming: "…พร้อมด้วย…\nให้การต้อนรับ…"); and a line opening with a round ("…คณะกรรมการ X\n
#: ครั้งที่ ๓/๒๕๖๗ ผ่านระบบ…") goes on from the name the line before ends with
#: (or with its chair's verb: "…ผู้ว่าราชการจังหวัด X\nเป็นประธานการประชุม Y")
_WRAPPED_VERB = re.compile(r"ได้(?:เข้า|ร่วม|หารือ|พบ|เดินทาง|ให้การ|เยี่ยม|เป็นประธาน)|เข้าร่วม|ให้การต้อนรับ|ครั้งที่ ?[0-9๐-๙]"
                           r"|(?:ร่วม)?เป็นประธาน")
_WRAPPED_ASIDE = re.compile(r"\([^()\n]{1,40}\)\s?(?:เมื่อ|ใน|ระหว่าง)วันที่")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Line spans; a line cut right after วันที่ ("ระหว่างวันที่\n๔ – ๕ พฤศจิกายน", a
    wrapped excerpt) or after the chair's verb ("…เป็นประธาน\nเปิดการประชุม X"), before a bracketed
    aside and a day ("…\n(เกาหลีใต้) เมื่อวันที่ ๓๐ …") or
    before the verb of its subject ("…เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย\nได้เข้าเยี่ยมคารวะ…")
    runs on into the next, whose date it is."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if spans and (_WRAPPED_DATE.search(text, spans[-1][0], spans[-1][1]) and _DIGIT_START.match(line)
                      or _WRAPPED_CHAIR.search(text, spans[-1][0], spans[-1][1]) and _CHAIRED_NEXT.match(line)
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


_THAI_THEN_LATIN = re.compile(r"(?<=[\u0e01-\u0e4e])(?=[A-Za-z])")


#: a name's acronym told after it as its other name, at the end of the name
_OR_ACRONYM = re.compile(r" ?หรือ ?[A-Z][A-Za-z0-9&-]*\Z")


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
    s = _THAI_THEN_LATIN.sub(" ", s)        # "การประชุมWellington Dialogue" as "การประชุม Wellington Dialogue"
    for wrong, right in v.meetings["typos"].items():
        s = s.replace(wrong, right)
    if any(w in s for w in v.meetings["special_sessions"]):
        s = _special_topic(tuple(v.meetings["special_sessions"])).sub(r"\g<w>", s)   # "… สมัยพิเศษ ว่าด้วย X": the session's topic
    for variant, same in v.meetings.get("series_equivalents", {}).items():
        s = s.replace(variant, same)
    s = _OR_ACRONYM.sub("", s)              # "การประชุม X หรือ AMM": the series of X, its acronym a second name
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
    # "…ต่างประเทศอาเซียนกับจีน" is "…ต่างประเทศอาเซียน-จีน": a party's meeting with the one party named last
    i = s.rfind(_WITH)
    if i > 0 and v.party_re.fullmatch(s[i + len(_WITH):].strip()) and v.party_re.search(s, 0, i):
        s = s[:i].rstrip() + "-" + s[i + len(_WITH):].strip()
    return s


_WITH = "กับ"


@lru_cache(maxsize=2)
def _special_topic(words: tuple[str, ...]) -> re.Pattern:
    """A special session's word and the topic told after it (… สมัยพิเศษ ว่าด้วย…, … เรื่อง…), to the name's end."""
    return re.compile(rf"(?P<w>{'|'.join(map(re.escape, words))})\s?(?:ว่าด้วย|เรื่อง)\S.*$")


_ALSO = "ด้วย"
#: what makes a verb a meeting's noun (ประชุม → การประชุม): the name of a meeting, not a verb
_NOUN_MAKER = "การ"


def other_form(name: str) -> str:
    """The name as the other part of speech: the verb of a noun (การประชุมวางแผน → ประชุมวางแผน),
    the noun of a verb (หารือกับ… → การหารือกับ…); releases name a meeting either way."""
    return name[len(_NOUN_MAKER):] if name.startswith(_NOUN_MAKER) else _NOUN_MAKER + name
_THAT = "ว่า"
_OF = "ของ"
_AND = "และ"
#: how many titles may stand before one name: a Bruneian minister's run to nine
#: (Yang Berhormat Pehin Orang Kaya Seri Utama Dato Seri Setia Awang Haji …)
_MAX_STACKED_TITLES = 12
