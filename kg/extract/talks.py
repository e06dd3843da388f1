"""Finding bilateral encounters told as verbs rather than named: talks (หารือ, พบหารือ),
courtesy calls (เข้าเยี่ยมคารวะ, เข้าพบ), welcomes and phone or video calls, with who held
them and whom they met."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..model import person_key, session_format
from ..thai import DATE_RE, PARTS_OF_DAY
from ..vocab import alternation
from .mentions import MeetingMention, PersonMention, _AND, _NOUN_MAKER, _OF, _para_of, other_form, series_key
from .patterns import (
    Patterns, _CONSISTS_OF, _ENUMERATION_ENDS, _LATIN_GLOSS, _LATIN_START, _LIST_ENDS, _SHORT_POST, _chunk_end, _LIST_MARK, _MEETING_NOUNS, _QUOTE_MARKS, _SUBITEM, _TALK_LIST_INTROS,
    _THAI, skip_spaces,
)
from .people import (
    _FIRST_PERSON, _by_country, _parse_position, _countries_in, countries_named, place_of, _holder_of_post_met, _reports, _post_referent, _short_met, _short_referent, _spelled_in,
)


#: what ends the clause of a talk's verb before the one met (…เอกอัครราชทูต X และแสดงความยินดีต่อนาง Y: Y is
#: congratulated, not met)
_TALK_CLAUSE_END = re.compile(r"\s(?:เกี่ยวกับ|เพื่อ|โดย|ณ|เมื่อ|ซึ่ง|ในโอกาส|เนื่องใน|ในช่วง|ระหว่างการ|นอกรอบ|ก่อน|หลังจาก|ภายหลัง)|เกี่ยวกับ|เพื่อ|ในประเด็น|\("
                              r"|และ\s?(?:ได้)?(?:แสดงความ|กล่าว|มอบ)")


#: what joins the two sides of a talk "between" them
_BETWEEN_JOINS = ("กับ", "และ")
_BETWEEN = "ระหว่าง"
#: a side's country told after its name, before the other side ("… เจน โด ของสหรัฐฯ กับ …")
_BETWEEN_OF = re.compile(r"^\s*(?:ของ|แห่ง)\S{2,30}(?=\s)")
#: a verb that ends on whom it reaches ("โทรศัพท์หา", "โทรศัพท์ถึง"): no กับ after it
_TO_WHOM = ("หา", "ถึง", "ยัง")
#: a paragraph that goes on with what the official told before also did ("นอกจากนี้ ยังร่วมหารือทวิภาคีกับ X"),
#: the verb right after it
_ALSO_DID = re.compile(r"\s*(?:นอกจากนี้\s?,?\s?|ทั้งนี้\s?)?(?:และ)?ยัง(?:ได้)?\s?")
_AND_THEN = re.compile(r"(?:และ|เพื่อ|พร้อม(?:ทั้ง)?) ?")      # "เข้าพบ เพื่อเข้าเยี่ยมคารวะ", "เข้าเยี่ยมคำนับ พร้อมหารือ": one encounter, two verbs
#: a call told as what its payer speaks after ("…กล่าวกับผู้สื่อข่าวภายหลังการเข้าพบ นาย X")
_AFTER_CALLING = ("ภายหลังการ", "หลังการ")
#: a call told as an event there is or will be ("…ซึ่งจะมีการเข้าพบนาย X"): the call itself, on X
_THERE_IS = "มีการ"
_ENTERING = "เข้า"          # เข้าหารือ, เข้าพบ: a verb written with "entering" before it
_JOINED_TALK = "ร่วมหารือ"     # …and one joined: เข้าร่วมหารือ
#: the links a bare verb phrase may end with (พบกับ, หารือร่วมกับ): the encounter's name without them too
_BARE_LINKS = ("ร่วมกับ", "กับ")
#: the words of joining before a talk's verb (เข้าร่วมหารือ…, ร่วมหารือ…): the genre names the talk without them too
_JOINING = ("เข้าร่วม", "ร่วม")
#: "การหารือทวิภาคีนอกรอบการประชุมเอเปคกับ “มาร์ก เฮนเดอร์สัน”": where it was held, between the verb and the one met
_ON_THE_SIDELINES = re.compile(r" ?นอกรอบ\S{0,60}? ?(?=กับ)")     # (…พบหารือนอกรอบ กับ นาย X: apart)
_BY = "โดย"
_WITH_PRESENT = "โดยมี"
_FOR = "เพื่อ"
_IN_A_SESSION = ("ใน", "ช่วง")          # "กล่าวในการประชุมเต็มคณะ": a summit's plenary, spoken in
_PROGRAMME = "ดังนี้"                     # "…และการหารือแบบเต็มคณะที่ทำเนียบรัฐบาล ดังนี้": a programme's heading
#: "ให้การต้อนรับนาย X … ในโอกาสเข้าเยี่ยมคารวะ": the occasion a welcome was given for, a few
#: words of the visitor's post left before it ("ประธานคณะกรรมาธิการ (กมธ.) กิจการรัฐสภานิวซีแลนด์ ในโอกาส…")
def _call_after_re(t: dict) -> re.Pattern:
    """The call a welcome was given for, worded by any of the courtesy verbs (talks.verbs) that is
    no welcome itself ("…ในโอกาสเข้าเยี่ยมคารวะ", "…ในโอกาสเข้าเยี่ยมคาราวะ" as some write it)."""
    calls = [v for v, kind in t["verbs"].items() if kind == "courtesy" and v not in t["welcome_verbs"]]
    return re.compile(r"(?:(?:\s?[^\s()]{1,40}?){1,3}?(?=\s(?:ในโอกาส|และคณะ\s?ซึ่ง)))?"
                      r"(?:\s?พร้อม(?:ด้วย)?คณะ[^()\n]{0,80}?(?=\s?ที่ขอ))?"     # "…พร้อมคณะรัฐมนตรี … ที่ขอเข้าเยี่ยมคารวะ"
                      r"\s?(?:และคณะ\s?)?(?:ในโอกาส(?:ที่)?|ที่|ซึ่ง|เพื่อ)?(?:ทำการ)?(?:ได้)?(?:ขอ)?"
                      rf"(?:เดินทาง)?(?:มา)?(?P<call>{alternation(calls)})")
_OVER_A_MEAL = re.compile(r"(?P<meal>(?:ในระหว่าง|ใน|ระหว่าง)(?:ช่วง)?(?:การ)?(?:รับประทาน)?อาหาร(?:กลางวัน|ค่ำ|เช้า))(?:\s?\([^()\n]{1,40}\))?")
#: "วันนี้ (12 พ.ค.) โฆษก… เปิดเผยว่า เมื่อเวลา 10.00 น. … ได้สนทนาทางโทรศัพท์…": a time of day
#: after the statement tells an event of the statement's day
_SAME_DAY_TIME = re.compile(rf"เมื่อ(?:เวลา|ช่วง(?:{'|'.join(PARTS_OF_DAY)}))")
_DAY_RIGHT_AFTER = re.compile(r"\s?(?:เมื่อ|ใน)?วันที่")
#: a part of the day told between a talk's verb and its link word ("เข้าหารือในช่วงค่ำกับนาง X")
_PART_OF_DAY_BEFORE_LINK = re.compile(rf"\s?(?:ใน|เมื่อ)?(?:ช่วง|ตอน)(?:{'|'.join(PARTS_OF_DAY)})(?:นี้)?\s?")
#: the day told between a talk's verb and its link word (the link read right after it)
_DAY_BEFORE_LINK = re.compile(rf"\s?(?:เมื่อ|ใน)?(?:วันที่|วัน)\s?(?:{DATE_RE.pattern})\s?")


_OF_OR_WITH = re.compile(r"(?:ของ|กับ)[\s\"“”']{0,3}\Z")
_OF_OR_WITH_REACH = len("ของ") + 3


def _after_of_or_with(f: str, at: int) -> bool:
    """Is the name at ``at`` the object of ของ or กับ ("…ดินเนอร์ กับ "เจน โด"", quotes and a space between)?"""
    return _OF_OR_WITH.search(f, max(0, at - _OF_OR_WITH_REACH), at) is not None


def _as_noun(*wordings: str) -> tuple[str, ...]:
    """Each wording as the text gives it and as its noun (หารือกับ… → การหารือกับ…), or as its verb
    when the text gives the noun (ได้มีการพูดคุยผ่านทางโทรศัพท์ → พูดคุยผ่านทางโทรศัพท์), empty ones dropped;
    and a bare verb phrase (no one named in it) also without the "entering" before it or the link
    after it (เข้าหารือแบบทวิภาคี → หารือแบบทวิภาคี; พบกับ → พบ), as the genre names the encounter either way."""
    out = []
    for x in wordings:
        if not x:
            continue
        verb = x[len(_NOUN_MAKER):] if x.startswith(_NOUN_MAKER) else x
        forms = [verb]
        if verb.endswith(_BARE_LINKS) and " " not in verb:
            forms.append(verb[:-len(next(k for k in _BARE_LINKS if verb.endswith(k)))])
        if verb.startswith(_ENTERING) and " " not in verb and len(verb) > len(_ENTERING) + 2:
            forms += [f[len(_ENTERING):] for f in list(forms)]
        joining = next((j for j in _JOINING if verb.startswith(j) and len(verb) > len(j) + 2), None)
        if joining is not None:
            forms.append(verb[len(joining):])     # ร่วมหารือทวิภาคีกับ X → หารือทวิภาคีกับ X: the talk itself
        first = [x, other_form(x)]
        out += first + [w for f in forms[1:] for w in (f, _NOUN_MAKER + f)]
    return tuple(dict.fromkeys(w for w in out if w and w != _NOUN_MAKER))


def _told_up_to_link(f: str, s: int, e: int, p: Patterns) -> str:
    """The verb and the format fused to it up to กับ, as the talk's own name: "พบปะหารือสามฝ่าย"
    in "พบปะหารือสามฝ่ายร่วมกับเจ้าชาย X …", "หารือเต็มคณะ" in "พร้อมหารือเต็มคณะร่วมกับนายกรัฐมนตรี…"
    whose holder was named before (empty when no format stands between the verb and กับ)."""
    m = p.fused_format.match(f, e)
    return f[s:m.end()] if m is not None else ""


_WELCOMED_CALL = re.compile(r"ต้อนรับ(?P<call>การ\S+?)ของ\Z")
#: a welcome verb that names the call it welcomes (ให้การต้อนรับการเข้าเยี่ยมคารวะ…)
_CALL_WELCOMED = "ต้อนรับการ"
#: between the one called on (and their name in brackets) and the one whose call it was
_CALL_OF = re.compile(r"\)?\s?ของ\s?")


#: the words of a meal's verb that name whom it is given for (…แก่, …ให้แก่, …เพื่อเป็นเกียรติแก่)
_MEAL_FOR = re.compile(r"(?:เพื่อเป็นเกียรติ|ให้)?แก่\Z")


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
        # …and by the post's first part alone, where the post goes on past a space ("…กับนายกรัฐมนตรี
        # และหัวหน้าคณะ…", "…กับรัฐมนตรีว่าการกระทรวงการต่างประเทศ X สมาชิกวุฒิสภา X")
        first = _POST_PARTS.split(met.position, maxsplit=1)[0]
        if first != met.position:
            out.append(f"{told}{link}{first}")
    return tuple(dict.fromkeys(_as_noun(*out)))


#: where a post written with spaces goes on into another part (a second post, "and head of…")
_POST_PARTS = re.compile(r"\s+(?:และ\s?)?")


def _thai_counterpart(people: list[PersonMention], other: PersonMention | None) -> PersonMention | None:
    """The release's Thai official who meets ``other`` in a talk told of both sides: the first
    holding the same kind of post (นายกรัฐมนตรี with นายกรัฐมนตรี, not the spokesman who tells of
    it), else the first."""
    thai = [pm for pm in people if not pm.negated and pm.person.country == "TH"]
    post = (other.person.position or "").split(" ")[0] if other is not None else ""
    peer = next((pm for pm in thai if post and pm.person.position
                 and (post.startswith(pm.person.position) or pm.person.position.startswith(post))), None)
    return peer or (thai[0] if thai else None)


def _held_by_the_side_met(mm: MeetingMention, people: list[PersonMention]) -> PersonMention | None:
    """"นาย A (ไทย) เป็นประธานร่วมฝ่ายไทย และนาย B (X) เป็นประธานร่วมฝ่าย X ในการประชุมหารือร่วมกับ
    ผู้แทนทางการ X": the talk's holder, named last before the verb, is of the very country met, and a
    Thai official stands before them in the paragraph: the holder is the one met, the Thai the host."""
    holder = mm.subject
    if holder is None or holder.person.country != mm.party_met or holder.person.country == "TH":
        return None
    thai_before = any(pm.person.country == "TH" and not pm.negated and pm.para == mm.para and pm.end <= holder.start
                      for pm in people)
    return holder if thai_before else None


#: kinds of encounter whose verb runs straight into the one met (เข้าเยี่ยมคารวะนาย X, เลี้ยงอาหารค่ำแก่นาย X)
_NO_LINK_KINDS = ("courtesy", "meal")
_TALK_QUOTES = str.maketrans("", "", _QUOTE_MARKS + "‘’'")


def _two_parties_at(f: str, j: int, pend: int, p: Patterns) -> bool:
    """Two parties joined by a dash start at ``j``: "ไทย - ศรีลังกา"."""
    one = p.party.match(f, j, pend)
    dash = _DASH_BETWEEN.match(f, one.end(), pend) if one is not None else None
    return dash is not None and p.party.match(f, dash.end(), pend) is not None


_THAI_LETTER = re.compile(rf"[{_THAI}]")
_DASH_BETWEEN = re.compile(r"\s?-\s?")
#: "…จะมีการหารือทวิภาคีระหว่างนายกรัฐมนตรีสองฝ่าย": between the two sides' leaders
_PAIR_AFTER_BETWEEN = re.compile(rf"[{_THAI}]{{0,24}}?(?:ทั้ง)?(?:สอง|2)\s?(?:ฝ่าย|ประเทศ)")
#: "นายกรัฐมนตรีไทยและนายกรัฐมนตรีกัมพูชาจะหารือทวิภาคีร่วมกัน": two posts, then a talk "together"
_TWO_POSTS_TOGETHER = re.compile(rf"[{_THAI}]+ไทยและ[{_THAI}]+(?:จะ|ได้)?\s?\Z")
_TOGETHER = "ร่วมกัน"


def _holder(f: str, s: int, pi: int, pstart: int, people: list[PersonMention], p: Patterns, reach: dict) -> PersonMention | None:
    """The one who held the talk told at ``s``: named by title and name or by post right
    before the verb, else the nearest official before it in the paragraph."""
    lo = max(pstart, s - reach["holder_before"])
    # "นาย X ให้สัมภาษณ์ถึงการหารือกับ…": X tells of their own talk (the verb's การ between)
    told_of = p.ends_with("results", f, s) or (f.endswith("การ", 0, s) and p.ends_with("results", f, s - len("การ"))) \
        or p.ends_with("own_talk", f, s)        # "นาย X … แถลงภายหลังการประชุมหารือกับ…": their own talk
    referent = _short_referent(f, lo, s, people, p) or _post_referent(f, lo, s, people, p)
    if referent is not None and referent.principal:
        referent = None                     # "ดร. A ที่ปรึกษา สมเด็จ B นายกรัฐมนตรี… เข้าพบ…": B is only named
    return referent or next(
        (pm for pm in reversed(people) if pm.para == pi and pm.end <= s
         and (not pm.negated or told_of or _own_plan_told(f, pm, s, p))
         and s - pm.end <= reach["holder_anywhere"]
         and not _after_of_or_with(f, pm.start)                 # "…ในฐานะผู้แทนพิเศษของพลเอก X": whose
         and not _tells_of_talk(f, pm, s, p)), None)                  # envoy, not who; "…กับนาย X": one met


def _holder_group(f: str, s: int, pi: int, holder: PersonMention, people: list[PersonMention],
                  joiners: tuple[str, ...]) -> tuple[PersonMention, tuple[PersonMention, ...]]:
    """The head of the group the holder closes, and the rest of it: in "นาย A นายกรัฐมนตรี
    พร้อมด้วยนาย B รัฐมนตรี… และคณะ เข้าเยี่ยมคารวะ…" the nearest official before the verb is B,
    but A leads and B goes with him, so both held the call. Only officials of one country
    joined by nothing but a joining word (``meetings.json`` talks.holder_joiners)."""
    i = next((k for k in range(len(people) - 1, -1, -1) if people[k].end <= s
              and people[k].person.name == holder.person.name), -1)    # where the holder is named before the verb
    if i < 0 or people[i].para != pi:
        return holder, ()
    group = [people[i]]
    while i > 0:
        before, cur = people[i - 1], group[0]
        if before.para != cur.para or before.negated or before.person.country != cur.person.country \
                or f[before.end:cur.start].strip() not in joiners:
            break
        group.insert(0, before)
        i -= 1
    return (group[0], tuple(group[1:])) if len(group) > 1 else (holder, ())


class _TalkWords:
    """The talks section of meetings.json, in the shapes the reading needs."""

    def __init__(self, t: dict):
        self.t = t
        self.kinds, self.reach = t["verbs"], t["reach"]
        self.bare = frozenset(t["bare_verbs"])
        self.links = tuple(sorted(t["links"], key=len, reverse=True))
        self.welcomes = frozenset(t["welcome_verbs"])
        self.named_only = frozenset(t["named_only_verbs"])          # "พบปะกับนักเรียนไทย": met people, not a talk
        self.headline_only = frozenset(t["headline_only_verbs"])    # news headlines' พบ, ถก, คุย: a talk only there,
        self.headline_only_links = tuple(t["headline_only_links"])  # or in a body with the one met linked: "ได้พบกับนาย X"
        self.manner_words = tuple(sorted(t["manner_words"], key=len, reverse=True))
        self.nouns_before = tuple(t["verb_not_after"])
        # "เข้าเยี่ยมชม…": a verb that, followed by these words, is another verb (a visit to a place)
        self.not_before = {v: tuple(ws) for v, ws in t["verb_not_before"].items()}
        self.verbs_only = frozenset(t["verbs_only"])                # "ประชุมร่วมกับนาย X", not "การประชุมร่วมกับ…"
        self.not_held_before = tuple(t["not_held_before"])          # "ไม่มีแผนหารือกับ X": no talk with X
        self.same_encounter_openers = tuple(t["same_encounter_openers"])
        self.holder_joiners = tuple(t["holder_joiners"])
        self.leader_posts = tuple(t["leader_posts"])                # two leaders of one country met: a talk each
        self.governments = tuple(t["governments"])                  # "เจรจากับรัฐบาล X": a talk with X
        self.groups_met = tuple(t["groups_met"])                    # "หารือกับตัวแทน…": a body's people, unnamed
        self.plan_words = tuple(t["plan_words"])                    # "มีวาระเข้าพบนาย X": a talk ahead
        self.pointing_back = tuple(t["pointing_back"])              # "…การเข้าเยี่ยมคารวะในครั้งนี้": the talk told before
        self.linked_only = frozenset(t["linked_only_verbs"])        # "เข้าร่วมประชุมกับนาย X": a talk only so linked
        self.missions = tuple(t["missions"])                        # "ผู้แทนจากสถานเอกอัครราชทูต X ได้แก่ …": one mission's people
        self.call_after = _call_after_re(t)                         # "ให้การต้อนรับนาย B … ในโอกาสเข้าเยี่ยมคารวะ"

    def another_verb(self, f: str, m: re.Match) -> bool:
        """Is the talk verb ``m`` the start of another verb (เข้าเยี่ยมชม, a visit to a place)?"""
        words = self.not_before.get(m.group(0))
        return bool(words) and f.startswith(words, m.end())


_WORDS: dict[int, tuple[dict, "_TalkWords"]] = {}


def _talk_words(t: dict) -> _TalkWords:
    """The talks section's shapes, made once per loaded vocabulary (every release asks twice:
    the talk finder and the lead's encounter), not for each release."""
    hit = _WORDS.get(id(t))
    if hit is None or hit[0] is not t:
        hit = _WORDS[id(t)] = (t, _TalkWords(t))
    return hit[1]


@dataclass(frozen=True)
class _Told:
    """A talk verb as the text tells it, read on to where the one met is named: the verbs as
    written (``told``), what stands between (a second verb, a meal, a format fused to the
    verb) and the link word (กับ, ระหว่าง …); ``j`` is where the one met starts."""
    s: int
    e: int
    verb: str
    told: str
    j: int
    also: re.Match | None
    meal: re.Match | None
    fused: re.Match | None
    link: str
    bare: bool      # a bare verb (หารือ: "discussed"), a talk only with someone named
    second: str = ""    # a second verb chained to it, which names the encounter too


#: the mark of a word cut short (เข้าเฝ้าฯ for เข้าเฝ้าทูลละอองธุลีพระบาท)
_ABBREVIATED = "ฯ"


def _read_told(f: str, m: re.Match, pend: int, w: _TalkWords, p: Patterns, chained: set[int]) -> _Told:
    """The verb at ``m`` and what follows it up to the one met (see :class:`_Told`); a second
    verb chained to it ("เข้าเยี่ยมคารวะและหารือทวิภาคีกับนาย X": one encounter, told by two
    verbs) is noted in ``chained`` so that it is not read again."""
    s, e = m.span()
    verb = m.group(0)
    j = skip_spaces(f, e, pend)
    then = _AND_THEN.match(f, j, pend)
    second = p.talk_verb.match(f, then.end(), pend) if then else None
    told = f[s:second.end()] if second is not None else verb      # the verbs as written
    if second is None and f.startswith(_ABBREVIATED, e):
        told, j = verb + _ABBREVIATED, skip_spaces(f, e + len(_ABBREVIATED), pend)   # "เข้าเฝ้าฯ": the verb cut short, so written
    if second is not None:
        chained.add(second.start())
        j = skip_spaces(f, second.end(), pend)
    also = p.second_verb.match(f, j, pend) or _ON_THE_SIDELINES.match(f, j, pend)
    if also is not None:
        j = also.end()
    meal = _OVER_A_MEAL.match(f, j, pend)
    if meal is not None:
        # "หารือในช่วงอาหารกลางวันกับนาง X": the talk over a meal, so named
        told, j = f[s:meal.end("meal")], skip_spaces(f, meal.end(), pend)     # "(working lunch)" is not the name
    manner = next((x for x in w.manner_words if f.startswith(x, j)), "")
    if manner:
        # "ได้รับการต้อนรับอย่างอบอุ่นจาก นาย X": how, between the verb and its link
        j = skip_spaces(f, j + len(manner), pend)
    gloss = _LATIN_GLOSS.match(f, j, pend)
    if gloss is not None and f.startswith(w.links, gloss.end()):
        j = gloss.end()         # "หารือทวิภาคี (pull-aside) กับ นาย X": the English word for the talk
    day = _DAY_BEFORE_LINK.match(f, gloss.end() if gloss is not None else j, pend) \
        or _PART_OF_DAY_BEFORE_LINK.match(f, j, pend)
    if day is not None and f.startswith(w.links, day.end()):
        j = day.end()           # "ประชุมหารือผ่านระบบการประชุมทางไกล (Video Conference) เมื่อวันที่ 30 ก.ค. 2567 กับ นาย X",
                                # "มุ่งตรงเข้าหารือในช่วงค่ำกับนาง X"
    fused = p.fused_format.match(f, j, pend) if not f.startswith(w.links, j) else None
    if fused is not None:
        j = fused.end()         # "พบปะหารือสามฝ่ายร่วมกับ…": words fused between the verb and its link
    link = next((x for x in w.links if f.startswith(x, j)), "")
    j = skip_spaces(f, j + len(link), pend)
    # "เข้าหารือทวิภาคีแบบเต็มคณะระหว่างไทย – ศรีลังกา": a format and the two sides make a bare verb a talk
    # a bare verb told over a meal ("พบหารือระหว่างอาหารกลางวันกับกลุ่มสมาชิก…ญี่ปุ่น") is a sitting, not "discussed"
    bare = verb in w.bare and meal is None \
        and not (fused is not None and link == _BETWEEN and _two_parties_at(f, j, pend, p))
    return _Told(s, e, verb, told, j, also, meal, fused, link, bare, second.group(0) if second is not None else "")


@dataclass
class _Met:
    """Whom a talk was held with: the officials met (``met``), else the party met
    (``country``, with the ``post`` met there); the phrase that names it when no one met is
    named; the two sides when the text tells both (``between_sides``: "ระหว่างนาย A … และ B";
    ``pair_subject``: the side holding it, found another way)."""
    met: list[PersonMention]
    country: str | None = None
    post: str = ""
    post_alone: bool = False
    phrase: str = ""
    between_sides: PersonMention | None = None
    pair_subject: PersonMention | None = None


def _between_join(gap: str, p: Patterns) -> str:
    """The word joining two sides of a talk "between" them, past the first side's country and the
    second's title ("… ของสหรัฐฯ กับนายกรัฐมนตรี …" joins by กับ)."""
    gap = _BETWEEN_OF.sub("", gap).strip()
    title = next((m for m in p.title_post.finditer(gap) if m.end() == len(gap)), None)
    return gap[:title.start()].strip() if title is not None else gap


def _who_met(f: str, x: _Told, pi: int, paras, people: list[PersonMention], p: Patterns, w: _TalkWords,
             out: list[MeetingMention]) -> _Met | None:
    """Whom the talk told by ``x`` was held with, or None when it is no new talk: the verb
    describes one told before (its wording then becomes one more name of it), tells a topic
    rather than a partner, or meets a list of parties (one talk each, added to ``out`` here)."""
    s, e, verb, j, link, fused = x.s, x.e, x.verb, x.j, x.link, x.fused
    pstart, pend = paras[pi]
    t, kinds = w.t, w.kinds
    is_bare = x.bare
    if is_bare and link == _BY and f.endswith("การ", 0, s):
        return None                     # "ภายหลังเสร็จสิ้นการหารือ โดยนายกรัฐมนตรี ชื่นชม…": who spoke at the
                                        # talks named before, not a new one
    if verb in w.welcomes and f.startswith(_WITH_PRESENT, skip_spaces(f, e, pend)):
        return None                     # "…ร่วมให้การต้อนรับโดยมีผู้แทน… ร่วมด้วย": the welcome of the call just told,
                                        # those present named after it (not a welcome "by" them)
    welcomed_call = verb in w.welcomes and _CALL_WELCOMED in verb
    met = _officials_met(f, j, pi, people, p, w.reach, paras, welcomed_call=welcomed_call) \
        or _short_met(f, j, pend, pi, people, p) \
        or (_holder_of_post_met(f, j, pend, pi, people, p) if link else []) \
        or (_delegation_leader(f, j, pend, pi, people, w) if verb in w.welcomes or link and verb in w.linked_only else []) \
        or (_teller_called(f, j, s, verb, pi, people)
            if (kinds[verb] == "call" or verb.startswith(_TOWARDS) and not f.startswith(_EACH_OTHER, e))
            and not _post_at(f, j, p) else []) \
        or (_teller_called_on(f, s, pi, people) if kinds[verb] == "courtesy" and not _post_at(f, j, p) else [])
    # (a named-only verb linked to a post and its country, "ได้พบกับรองประธานาธิบดีของฟิลิปปินส์", meets that
    # country through its holder)
    posted = not met and link and _leader_post_of_one_country(f[j:_chunk_end(f, j, pend)], w)
    # "…เดินทางไปร่วมประชุมกับรัฐวิสาหกิจรถไฟแห่งชาติ X": a body's officers met, none named
    # (not พบกับผู้บริหารบริษัท…: a named-only verb meets a body's people only when named)
    grouped = not met and verb in w.linked_only and link in _GROUP_LINKS and f.startswith(w.groups_met, j)
    if (not met and verb in w.named_only and not f.startswith(_EACH_OTHER, e) and not posted and not grouped) \
            or (verb in w.linked_only and not (link and (met or grouped))):
        return None                     # (a verb that needs a named official, or one linked by กับ)
    if link == _BETWEEN and len(met) == 1 and met[0].person.country is not None:
        # "การหารือ… ระหว่างพล.อ. A นายกรัฐมนตรี กับนาง B ที่ปรึกษาแห่งรัฐ…": the other side follows กับ
        # (past A's country: "ระหว่างประธานาธิบดี A ของสหรัฐฯ กับนายกรัฐมนตรี B ของญี่ปุ่น")
        other = next((pm for pm in people if pm.para == pi and pm.start > met[0].end and not pm.negated
                      and _between_join(f[met[0].end:pm.start], p) in _BETWEEN_JOINS), None)
        if other is not None:
            met = [met[0], other]
    r = _Met(met)
    if link == _BETWEEN and len(met) >= 2:
        # "การพบปะหารือระหว่างนาย A (สหรัฐฯ) และ B (ไทย)": the two sides of one talk, not two talks
        home = [pm for pm in met if pm.person.country == "TH"]
        away = [pm for pm in met if pm.person.country not in (None, "TH")]
        if home and away:
            r.between_sides, r.met = home[0], away
        elif len(away) == 2 and away[0].person.country != away[1].person.country:
            # two foreign sides (news of a talk abroad): the first holds it with the second
            r.between_sides, r.met = away[0], away[1:]
    if r.met and is_bare and not link and f.endswith("การ", 0, s) \
            and not (kinds[verb] in _NO_LINK_KINDS and f.endswith((*_AFTER_CALLING, _THERE_IS), 0, s)):
        return None                     # "ในช่วงการหารือ นาย X …": the talks named before, not a new one
                                        # (but "…กล่าวภายหลังการเข้าพบ นาย X": after their call on X;
                                        # "…ซึ่งจะมีการเข้าพบนาย X": a call there will be, on X)
    if not r.met and (is_bare or verb in w.named_only) and f.startswith(_EACH_OTHER, e):
        # "เอกอัครราชทูตฯ และนายบัตบายาร์ได้หารือกันในหลายประเด็น": the two named before it (a verb that
        # needs a named official, "นาย A และนาย B ได้มีการเจรจากัน", both of them named)
        pair = _each_other(f, max(pstart, s - w.reach["holder_before"]), s, people, p)
        foreign = [pm for pm in pair if pm.person.country not in (None, "TH")]
        if len(pair) == 2 or foreign and is_bare:
            r.met = foreign[:1] or pair[1:]
            r.pair_subject = next((pm for pm in pair if pm is not r.met[0]), None)
            r.phrase = f[s:_chunk_end(f, e, pend)]
            # "…ได้พบกับนาง B … และได้หารือกันใน…": the two of the encounter just told, talking at it
            same = next((mm for mm in reversed(out) if mm.para == pi and any(
                q.person.name == r.met[0].person.name for q in mm.counterparts)), None)
            if same is not None:
                same.aliases = tuple(dict.fromkeys((*same.aliases, *_as_noun(f[s:e] + _EACH_OTHER))))
                return None
    if not r.met and not link:
        # "นาย A ปลัดกระทรวง… และนาย B ปลัดกระทรวง…สหภาพยุโรป ได้พบและหารือข้อราชการ": the two
        # officials of different sides named right before the verb talked with each other
        two = _two_sides_before(f, s, pi, people, p)
        if two is not None:
            r.pair_subject, r.met = two[0], [two[1]]
            r.phrase = f[s:_chunk_end(f, e, pend)]
    # a bare หารือ after ทั้งสองฝ่าย describes the talk just told, unless none was told
    # ("ภายหลังการยื่นพระราชสาส์นฯ ทั้งสองฝ่ายได้หารือความร่วมมือทวิภาคี": a ceremony, then a talk)
    if not r.met and (not is_bare or not _encounter_told_before(f, s, p)) \
            and (p.pair_subject.search(f, max(pstart, s - t["pair_reach"]), s)
                 or _PAIR_AFTER_BETWEEN.match(f, j, pend) and link == _BETWEEN
                 or not is_bare and _TWO_POSTS_TOGETHER.search(f, max(pstart, s - t["pair_reach"] * 3), s)
                 and f.startswith(_TOGETHER, j)):
        # "รัฐมนตรีทั้งสองจะหารือทวิภาคี …": the release's Thai official and the one met
        other_side = next((pm for pm in people if not pm.negated and pm.person.country not in (None, "TH")), None)
        r.pair_subject = _thai_counterpart(people, other_side)
        if r.pair_subject is not None and other_side is not None and not any(
                mm.talk == kinds[verb] and other_side in mm.counterparts for mm in out):
            r.met = [other_side]
            r.phrase = f[s:_chunk_end(f, e, pend)]
    if x.meal is not None and not r.met:
        # "ได้เข้าร่วมการหารือในระหว่างอาหารกลางวันซึ่งนาย X เอกอัครราชทูต… เป็นเจ้าภาพ… โดยมีนาย Y …
        # เข้าร่วมด้วย": a meal told as an event; those it names after it sat at the table
        r.met = [pm for pm in people if pm.para == pi and pm.start >= j and not pm.negated]
    if not r.met and kinds[verb] == "courtesy" and verb not in w.welcomes:
        # "นาย A นายกรัฐมนตรี เปิดโอกาสให้นาย B … เข้าเยี่ยมคารวะ": A granted the call B paid
        granted = _granted_call(f, s, pi, pstart, people, p)
        if granted is not None and granted[0] is not None:
            r.met, r.pair_subject = [granted[0]], granted[1]
        elif granted is not None:
            # "รัฐมนตรีว่าการ… ได้อนุญาตให้นาย B … เข้าเยี่ยมคารวะ": the host named by post alone;
            # the call is B's, held with the host's country
            r.met, r.pair_subject = [granted[1]], granted[1]
    if not r.met and not is_bare:
        # "…ให้การต้อนรับคณะผู้แทน… ที่เดินทางมาเยี่ยมคารวะ", then "ระหว่างการหารือ นาย X …":
        # the one met, named in the paragraph after
        r.met = _named_during_the_talk(f, paras, pi, people)
    opened = f.endswith(w.same_encounter_openers, 0, s)
    # "…ได้โทรศัพท์ถึงนาย B … โดย… ได้สรุปสาระสำคัญของการสนทนาทางโทรศัพท์ ดังนี้": a talk of the kind
    # just told, named as a noun with no one, is that talk again
    as_noun = not opened and not is_bare and (verb.startswith("การ") or f.endswith("การ", 0, s))
    # (…and in a later paragraph when the noun points back: "วัตถุประสงค์ของการเข้าเยี่ยมคารวะในครั้งนี้")
    back = as_noun and f.startswith(w.pointing_back, skip_spaces(f, e, pend))
    just_told = next((mm for mm in reversed(out) if (mm.para == pi or back) and (mm.counterparts or mm.party_met)
                      and (not as_noun or mm.talk == kinds[verb])), None) \
        if not r.met and not link and (opened or as_noun) else None
    if just_told is not None:
        # "… เข้าพบนาย B … โดยได้หารือทวิภาคี": what the call just told was; the verb as written
        # ("…ให้การต้อนรับนาย B … พร้อมหารือข้อราชการร่วมกัน") is one more name of that encounter
        as_told = f[s:fused.end() if fused is not None else e]
        just_told.aliases = tuple(dict.fromkeys((*just_told.aliases, *_as_noun(as_told))))
        return None
    if not r.met and is_bare and link in t["topic_links"]:
        return None                     # "ได้หารือถึงความร่วมมือระหว่างเมียนมา ไทย และลาว": what, not with whom
    if not r.met and verb in w.welcomes and not link:
        welcomed = _welcome_without_object(f, s, e, pi, pstart, pend, people, p, w)
        if welcomed is not None:
            r.met, r.pair_subject = [welcomed[0]], welcomed[1]
            r.phrase = f[s:e]
            return r
    if not r.met:
        return _party_met(f, x, pi, paras, people, p, w, out, r)
    return r


#: what may stand between a host (and their post) and the welcome they give: a Latin place name
#: their post ends on ("…นายกเทศมนตรีเมือง Nelson ให้การต้อนรับ") and a ได้
_RIGHT_BEFORE_WELCOME = re.compile(r"[\sA-Za-z.'-]*(?:ได้|ก็ได้|จึงได้)?\s*")


def _welcome_without_object(f: str, s: int, e: int, pi: int, pstart: int, pend: int, people: list[PersonMention],
                            p: Patterns, w: _TalkWords) -> tuple[PersonMention, PersonMention] | None:
    """"…นางสาว A เอกอัครราชทูต… เยือนเมือง X … ในโอกาสนี้ นาย B นายกเทศมนตรีเมือง X ให้การต้อนรับ
    ทั้งสองฝ่ายได้หารือ…": a host who welcomes, naming no one after the verb, welcomes the visitor the
    paragraph named before them, of the other side: (the host, the visitor)."""
    after = skip_spaces(f, e, pend)
    if after < pend and (p.honorific.match(f, after) or _LATIN_START.match(f, after) or p.position_head.match(f, after)
                         or p.party.match(f, after)):
        return None                         # someone or some party is named after the verb after all
    before = [pm for pm in people if pm.para == pi and pm.end <= s and not pm.negated]
    if not before or s - before[-1].end > w.reach["holder_before"]:
        return None
    host = before[-1]
    if not _RIGHT_BEFORE_WELCOME.fullmatch(f, host.end, s):
        return None                         # the host names the welcome themselves, right before it
    if any(word in f[max(pstart, host.start - w.reach["holder_before"]):s] for word in w.t["arrival_words"]):
        return None                         # "…มาถึงจังหวัด X โดยมีนาย B ผู้ว่าราชการ… ให้การต้อนรับ": an arrival
    visitor = next((pm for pm in reversed(before[:-1]) if (pm.person.country == "TH") != (host.person.country == "TH")), None)
    return (host, visitor) if visitor is not None else None


def _party_met(f: str, x: _Told, pi: int, paras, people: list[PersonMention], p: Patterns, w: _TalkWords,
               out: list[MeetingMention], r: _Met) -> _Met | None:
    """:func:`_who_met` when no official met is named after the verb: a visitor named
    before it who met a Thai post, else the country (or countries) met."""
    s, e, verb, j, link, fused = x.s, x.e, x.verb, x.j, x.link, x.fused
    pstart, pend = paras[pi]
    kinds, is_bare = w.kinds, x.bare
    end = _TALK_CLAUSE_END.search(f, j, min(pend, j + w.reach["party_after"]))
    found = _countries_in(f[j:end.start() if end else min(pend, j + w.reach["party_after"])])
    # "นาย X รองประธานาธิบดี… ได้เข้าเยี่ยมคารวะนายกรัฐมนตรี": a call paid on a post, no link word
    on_a_post = kinds[verb] == "courtesy" and verb not in w.welcomes and _post_at(f, j, p)
    # "นาย A เอกอัครราชทูต X … เข้าเยี่ยมคารวะจุฬาราชมนตรี…": a call on an office the posts file does not know
    # (not a topic after a second verb: "…เข้าเยี่ยมสันถวะ และหารือสถานการณ์…")
    on_an_office = kinds[verb] == "courtesy" and verb not in w.welcomes and not link and not on_a_post \
        and not x.second and _THAI_LETTER.match(f, j) is not None and not f.startswith(p.name_token_stops, j)
    visitor = _holder(f, s, pi, pstart, people, p, w.reach) \
        if not found and (link or on_a_post or on_an_office) and (not is_bare or _post_at(f, j, p)) else None
    if visitor is not None and visitor.person.country == "TH":
        # "นาย X มีกำหนดเข้าเยี่ยมคารวะนายกรัฐมนตรี … และหารือกับรองนายกรัฐมนตรี…": the one who
        # paid the call just told holds this talk too, not the one called on
        earlier = next((mm for mm in reversed(out) if mm.para == pi and mm.subject is not None
                        and visitor in mm.counterparts), None)
        visitor = earlier.subject if earlier is not None else visitor
    # a visitor named again without the post that gave their country ("นายจอห์น สมิธ มีกำหนด…")
    visitor_country = next((pm.person.country for pm in people if pm.person.name == visitor.person.name
                            and pm.person.position and pm.person.country), visitor.person.country) \
        if visitor is not None else None
    if visitor is not None and visitor_country not in (None, "TH") and p.position_head.match(f, j):
        # "ในระหว่างการเยือน นายมุลเลอร์ได้พบหารือทวิภาคีกับรัฐมนตรีว่าการกระทรวงการต่างประเทศ": a
        # visitor named, the Thai host by post alone; the talk is with the visitor's country,
        # and the host is the Thai official the release gave that post, else its first
        # (not a spokesperson who tells of it: "…ภายหลังการหารือ พลโท X รองโฆษก… กล่าวว่า")
        reporters = tuple(p.v.positions["reporter_posts"])
        thai = [pm for pm in people if not pm.negated and pm.person.country == "TH"
                and not _reports(pm.person.position, reporters)]
        r.met, r.pair_subject = [visitor], next(
            (pm for pm in thai if pm.person.position and f.startswith(pm.person.position, j)), thai[0] if thai else None)
        r.phrase = f[s:_chunk_end(f, e, pend)] if not link else r.phrase     # "เข้าเยี่ยมคารวะนายกรัฐมนตรี"
        return r
    post_end = _chunk_end(f, j, pend)
    post_told = f[j:post_end].rstrip("ฯ ")
    if on_an_office and visitor is not None and visitor_country not in (None, "TH") \
            and not any(visitor in mm.counterparts or mm.subject is visitor for mm in out):
        # the visitor's call all the same, unless an encounter with them is told already (a welcome)
        return _no_one_named(r, f, s, j, post_end)
    if not found and on_a_post and visitor is not None and visitor_country == "TH" and not any(
            pm.person.position and (post_told.startswith(pm.person.position) or _post_fits(post_told, pm.person.position))
            for pm in people):
        # "นาย A เอกอัครราชทูต… ได้เดินทางไปเยี่ยมคารวะผู้ว่าราชการจังหวัด X": a call on a post whose
        # holder the text does not name, nor a country; the caller's meeting all the same (not when
        # an official the release names holds that post: "…เยี่ยมคารวะเอกอัครราชทูตฯ" is a call on them)
        return _no_one_named(r, f, s, j, post_end)
    if link in _GROUP_LINKS and f.startswith(w.groups_met, j) and (not found or is_bare) \
            and (holder := _holder(f, s, pi, pstart, people, p, w.reach)) is not None:
        # "นาย A … หารือกับตัวแทนคณะกรรมการกาชาด…", "…ได้หารือกับคณะนักธุรกิจจาก…": a talk with a
        # body's delegation or representatives, none of them named: the official's talk all the same
        r.pair_subject = holder
        return _no_one_named(r, f, s, j, post_end)
    if not found:
        return None
    # "ระหว่างไทย – ศรีลังกา": the side that is not Thailand; and not the holder's own country
    # ("ผู้นำจีน… สนทนาทางโทรศัพท์ว่า ความสัมพันธ์ระหว่างจีนและสหรัฐฯ…": the United States)
    held_by = _holder(f, s, pi, pstart, people, p, w.reach)
    own = held_by.person.country if held_by is not None else None
    at, r.country = next(((i, c) for i, c in found if c not in ("TH", own)),
                         next(((i, c) for i, c in found if c != "TH"), found[0]))
    r.post = f[j:j + at].strip() if at == found[0][0] else ""
    if link == _BETWEEN and fused is not None:
        # "การหารือทวิภาคีเต็มคณะระหว่างนายกรัฐมนตรีกับประธานาธิบดีแห่งสหรัฐฯ": a session between
        # two posts; the one met holds the other side's
        r.post = re.split(r"กับ|และ", r.post)[-1].strip()
    # "หารือทวิภาคี 3 ประเทศ ประกอบด้วย A B และ C": countries counted, then listed, no link word
    counted = _COUNTED_PARTIES.match(f, j)
    if counted is not None and r.post.startswith(counted.group(0).strip()):
        r.post = r.post[len(counted.group(0).strip()):].strip()        # the count is no post of those met
    listed_parties = _party_list(f, j, found, p, dashed=counted is not None) if link or counted else []
    lead_official = held_by if len(listed_parties) >= 2 else None
    if lead_official is not None:
        post = _post_of_listed(r.post, p)
        # "มีกำหนดหารือกับผู้นำ สิงคโปร์ บรูไน และเวียดนาม": one talk with each country listed
        kind = kinds[verb]
        joint = link or ("" if kind in _NO_LINK_KINDS else "กับ")
        # "เข้าหารือกับผู้นำ A": told with เข้า, named by the verb alone too ("หารือกับผู้นำ A")
        told = x.told
        verbs_told = (told, told[len(_ENTERING):]) if told.startswith(_ENTERING) and told[len(_ENTERING):] in kinds \
            else (told,)
        # "หารือทวิภาคีความร่วมมือด้านสาธารณสุขกับประเทศ A และ B": the verb with its topic names each talk too
        fused_name = tuple(x for x in (_told_up_to_link(f, s, e, p),) if x)
        # "ประธานาธิบดี A แห่งสหรัฐ ได้โทรศัพท์หารือร่วมกับผู้นำ… ตุรกี อิสราเอล…": a foreign lead
        # official's talks pair their own country with each one, not Thailand
        home = lead_official.person.country if lead_official.person.country not in (None, "TH") else "TH"
        for code, written_party in listed_parties:
            pair = _foreign_pair({home, code}, p) if home != "TH" \
                else "ไทย-" + p.v.parties[code].name_th
            out.append(_party_talk(s, e, pi, kind=kind, subject=lead_official, party=code, post=post,
                                   words=(*(f"{v}{joint}{q}{written_party}" for v in verbs_told for q in (post, "")),
                                          *fused_name),
                                   series=series_key(w.t["series"][kind] + pair)))
            out[-1].in_series = series_key(w.t["joint_series"] + pair)
        return None
    if is_bare and not (_post_at(f, j, p) and (link or _unlinked_post(f, e, j, pi, r, people))):
        # "หารือ" alone: discussed; "พบหารือกับ รมว.ต่างประเทศ X", and the post with its country
        # right after the verb ("…ใช้โอกาสนี้หารือ รมช.กระทรวงการค้า X") when the release names no
        # official of X (else a standfirst's "นายกฯ หารือ เอกอัครราชทูต X" is the body's call): a talk
        return None
    named = p.party.match(f, j + at)
    r.phrase = f[s:named.end()].strip() if named else ""   # "หารือทวิภาคีแบบเต็มคณะระหว่างไทย – ศรีลังกา"
    return r



def _no_one_named(r: _Met, f: str, s: int, j: int, post_end: int) -> _Met:
    """``r`` as a talk whose other side the text names by a post, an office or a group alone (from
    ``j`` to ``post_end``), told by the words from the verb at ``s`` on."""
    r.post, r.post_alone, r.phrase = f[j:post_end], True, f[s:post_end]
    return r


#: a group, as those received are named together ("คณะเอกอัครราชทูต…")
_GROUP = "คณะ"


def _talk_mentions(f: str, x: _Told, r: _Met, pi: int, paras, people: list[PersonMention], p: Patterns,
                   w: _TalkWords, out: list[MeetingMention], welcomed_calls: dict[int, MeetingMention],
                   about: str | None) -> None:
    """The talk told by ``x`` with ``r``, added to ``out``: one per side met, held by the
    official who held it, under the names the text gives it. A welcome made for a call told
    right after it is noted in ``welcomed_calls``, where the call's verb stands."""
    s, e, verb, j, link, also = x.s, x.e, x.verb, x.j, x.link, x.also
    pstart, pend = paras[pi]
    t, kinds = w.t, w.kinds
    met, country = r.met, r.country
    subject = r.between_sides or r.pair_subject or _holder(f, s, pi, pstart, people, p, w.reach)
    companions: tuple[PersonMention, ...] = ()
    if subject is not None and not r.between_sides and not r.pair_subject:
        subject, companions = _holder_group(f, s, pi, subject, people, w.holder_joiners)
    teller = _teller_with(f, subject, pi, people)
    if teller is not None and teller not in companions:
        companions = (teller, *companions)     # "…เปิดเผยว่า ตนและนาย B … ได้เข้าพบ นาย C": the teller went too
    earlier = next((mm for mm in reversed(out) if mm.para == pi and subject is not None and subject in mm.counterparts), None)
    if earlier is not None and earlier.subject is not None:
        subject, companions = earlier.subject, earlier.companions      # "เข้าเยี่ยมคารวะนาย A … และหารือกับนาย B": A
                                                                        # was met, not the one who met B
    elif earlier is not None and x.bare and not r.pair_subject and not r.between_sides:
        subject = None                 # "…หารือกับ A ในวันที่ 15 ก่อนพบ B": A was met; who met B is not named here
    kind = kinds[verb]
    written = verb if verb.startswith("การ") else "การ" + verb
    # one table, one talk; a call on two officials ("เข้าพบนาย A ผู้ว่าราชการ… และนาย B ประธานสภา…"),
    # one call on each; a talk with officials of one country, one talk
    joint_table = x.fused is not None and x.fused.group(0) in t["joint_formats"]     # "หารือสามฝ่ายร่วมกับ A และ B"
    sides = [met] if (x.meal is not None or joint_table or _one_body(met)) and met else [[pm] for pm in met] if (
        kind == "courtesy" and verb not in w.welcomes or verb in w.headline_only) and len(met) > 1 \
        else _by_country(met, w.leader_posts)
    listed = bool(met) and any(word in f[j:met[0].start] for word in _TALK_LIST_INTROS)
    if listed and met[0].para != pi:
        sides = [[pm] for pm in met]        # "…ได้แก่" then one line each: a call on each one listed
    elif listed:
        # "พบหารือกับผู้แทน… ได้แก่ H.E. A, Governor of …, Councillor B, …": a call on each one listed
        # (up to another list: "…และมี Working Lunch กับผู้แทน… ได้แก่ …" lists those met at the lunch)
        until = min((k for word in _TALK_LIST_INTROS if (k := f.find(word, met[0].start, pend)) != -1), default=pend)
        sides = [[pm] for pm in people if pm.para == pi and met[0].start <= pm.start < until and not pm.negated
                 and pm.person.country != "TH"]
        if verb in w.welcomes and f.startswith(_GROUP, skip_spaces(f, j, pend)) or any(
                word in f[j:met[0].start] for word in w.missions) and len(_by_country([pm for side in sides for pm in side])) == 1:
            # "ให้การต้อนรับคณะเอกอัครราชทูต… ๖ ประเทศ ประกอบด้วย (๑) นาย A … (๒) นาย B …": one
            # group received together, one meeting; so are the people of one mission ("หารือร่วมกับ
            # ผู้แทนจากสถานเอกอัครราชทูต X ได้แก่ นาย A … และนาง B …")
            sides = [[pm for side in sides for pm in side]]
    for side in sides or ([[]] if country or r.post_alone else []):     # no one met and no country: no talk
        # "หารือทวิภาคีกับนาย A (ซูดาน) นาย B (เคนยา) และนาง C (เม็กซิโก)": one talk with each
        other = side[0].person.name if side else p.v.parties[country].name_th if country else r.post
        joint = link or ("" if kind in _NO_LINK_KINDS or verb in w.headline_only or verb.endswith(_TO_WHOM)
                         else "กับ")      # เข้าเยี่ยมคารวะนาย X; หารือกับนาย X; โทรศัพท์หานาย X;
                                                                        # เลี้ยงอาหารค่ำแก่นาย X
        # a date right after the official met and their post ("…หารือกับนาย X รัฐมนตรี… ในวันที่
        # 17") is the talk's: its mention runs to there (not a visit's "ในโอกาสการเยือน ระหว่างวันที่…")
        last = max((pm.end for pm in side if pm.para == pi and pm.start >= e), default=e)
        end = last if _DAY_RIGHT_AFTER.match(f, last, pend) else e
        if _LATIN_START.match(other):
            joint += " "        # "การเข้าเยี่ยมคารวะ Mohd Nassuruddin", as Thai writes a Latin name
        mm = MeetingMention(s, end, e, f"{written}{joint}{other}", None, [], None, pi)
        mm.talk, mm.subject, mm.counterparts, mm.party_met = kind, subject, tuple(side), country
        mm.companions = tuple(pm for pm in companions if pm not in side)
        mm.post_met, mm.post_alone = r.post, r.post_alone
        # "ให้การต้อนรับนาง X รองประธานาธิบดี… เข้าเยี่ยมคารวะ": the welcome of a call, told as one
        call_after = w.call_after.match(f, side[-1].end, pend) if side and verb in w.welcomes else None
        if call_after is not None:
            welcomed_calls[call_after.start("call")] = mm
        mm.welcome = verb in w.welcomes and call_after is None
        mm.chairs_after = also is not None and p.chair.search(also.group(0)) is not None
        mm.aliases = _talk_aliases(f, x, r, side, p, w, call_after)
        _name_series(mm, side, subject, country, p, t, about)
        out.append(mm)


#: และ between a call's verb and a talk's held at it ("เข้าเยี่ยมคารวะและหารือ")
_AND_TALK = re.compile(f" ?{_AND} ?")


#: the head of a body whose members hold its post (ประธานผู้ตรวจการแผ่นดิน and ผู้ตรวจการแผ่นดิน: one office;
#: not ประธานาธิบดี, a president)
_BODY_HEAD = re.compile(r"(?:รอง)?ประธาน(?!าธิบดี)")


def _one_body(met: list[PersonMention]) -> bool:
    """Are the officials met the members of one body, called on together ("เข้าเยี่ยมคารวะนาย A
    ประธานผู้ตรวจการแผ่นดิน นาง B ผู้ตรวจการแผ่นดิน และนาย C ผู้ตรวจการแผ่นดิน": one call), not
    holders of different offices ("…นาย A ผู้ว่าราชการ… และนาย B ประธานสภา…": a call on each)?"""
    posts = {_BODY_HEAD.sub("", pm.person.position or "", count=1) if _BODY_HEAD.match(pm.person.position or "")
             else pm.person.position or "" for pm in met}
    return len(met) > 1 and len(posts) == 1 and "" not in posts and len({pm.person.country for pm in met}) == 1


def _up_to_the_post_met(f: str, x: _Told, p: Patterns) -> str:
    """The talk as the text words it up to the end of the post of the one met, when a post stands
    right after the verb ("…เข้าเยี่ยมคารวะนายกรัฐมนตรีในโอกาส…" → เข้าเยี่ยมคารวะนายกรัฐมนตรี),
    read within its line; "" when no post stands there."""
    if x.j >= len(f) or not p.position_head.match(f, x.j):
        return ""
    line_end = f.find("\n", x.j)
    post, _ = _parse_position(f, x.j, _chunk_end(f, x.j, len(f) if line_end == -1 else line_end), p)
    post = post.removesuffix(_AND).strip()         # "…ประธานาธิบดีนิวซีแลนด์และ": the และ is no part of it
    return f[x.s:x.j] + post if post else ""


def _talk_aliases(f: str, x: _Told, r: _Met, side: list[PersonMention], p: Patterns, w: _TalkWords,
                  call_after: re.Match | None) -> tuple[str, ...]:
    """The names a talk goes by as the text words it: the verb alone, and the verb with the
    official met (by name, with their post, up to them), or the phrase naming the party met."""
    s, e, verb, told, also = x.s, x.e, x.verb, x.told, x.also
    fused = _told_up_to_link(f, s, e, p)        # the verb with the format fused to it, up to กับ ("หารือข้อราชการ")
    if side and side[0].start > s:
        # as the text words it: the verb alone, and the verb with the official met
        as_written = f[s:side[0].name_end].strip()
        # …and on to the end of their post ("หารือกับนางสมศรี ดีมาก นายกรัฐมนตรีบังกลาเทศ")
        with_post = f[s:side[0].end].strip() if side[0].end > side[0].name_end else ""
        # …and up to the one met, a post before them ("เข้าพบนายกรัฐมนตรี (นางสาว X)")
        up_to_met = f[s:side[0].start].rstrip(" (")
        # …with a second verb ("เข้าเยี่ยมคำนับและปรึกษาข้อราชการกับ พลเอก X": the call and the counsel)
        with_second = f[s:also.end()].strip() if also is not None else ""
        aliases = (*dict.fromkeys((verb, *_welcomed_call(verb), *_as_noun(told),
                                   *_as_noun(fused, up_to_met, with_second))),
                   *_as_noun(as_written, with_post),
                   *_talk_wordings(told, x.link or (" " if verb in w.headline_only else ""), side),
                   # …and with the format fused to the verb ("หารือข้อราชการกับ…": the talk by its post too)
                   *(_talk_wordings(fused, x.link or "", side) if fused else ()))
    else:
        aliases = tuple(a for a in dict.fromkeys((*_as_noun(verb, told), *_as_noun(r.phrase), fused,
                                                   *_as_noun(_up_to_the_post_met(f, x, p)))) if a)
    # a headline's quotes are no part of a name ("พบ ‘ฮุน มาเนต-ฮุน เซน’")
    aliases = tuple(dict.fromkeys(a.translate(_TALK_QUOTES).strip() for a in aliases))
    if x.second:
        aliases = (*aliases, *_as_noun(x.second))     # "เข้าพบ เพื่อเข้าเยี่ยมคารวะ": the call, by its second verb
    if verb.startswith(_ENTERING) and verb[len(_ENTERING):] in w.kinds:
        aliases = (*aliases, *_as_noun(verb[len(_ENTERING):]))   # "เข้าหารือทวิภาคีกับ…": named by the verb alone too
    elif f.endswith(_ENTERING, 0, s) and verb == _JOINED_TALK:
        aliases = (*aliases, *_as_noun(_ENTERING + told))       # "…เข้าร่วมหารือกับ…": named with the word before it too
    elif verb in w.welcomes and (joined := next((j for j in _JOINING if f.endswith(j, 0, s)), None)):
        aliases = (*aliases, *_as_noun(joined + told))          # "…ร่วมให้การต้อนรับ นาย X": a welcome joined, so named too
    if f.startswith(_EACH_OTHER, e):
        aliases = (*aliases, *_as_noun(told + _EACH_OTHER))     # "A กับ B พบปะหารือกันใน…": the verb with กัน
    head = next((h for h in _MEETING_NOUNS if f.endswith(h, 0, s)), "")
    if head:
        aliases = (*aliases, head + told)               # "การประชุมหารือกับนาย X": the talk as the text calls it
    if call_after is not None:
        aliases = (*aliases, *_as_noun(call_after.group("call")))    # …and the call as the text words it
        joined = _AND_TALK.match(f, call_after.end())
        if joined is not None and (also := p.talk_verb.match(f, joined.end())) is not None:
            # "…ในโอกาสเข้าเยี่ยมคารวะและหารือเกี่ยวกับ…": the call and the talk held at it, one encounter
            aliases = (*aliases, *_as_noun(f[call_after.start("call"):also.end()]))
    if f.startswith(w.groups_met, x.j):
        # "ให้การต้อนรับผู้แทนจากสำนักงาน X … นำโดย นาย B": the encounter with the group, as the text words it
        aliases = (*aliases, *_as_noun(f[s:_chunk_end(f, x.j, len(f))].strip()))
    if w.kinds[verb] == "meal":
        # "เป็นเจ้าภาพอาหารกลางวันแก่นาย X": the meal itself, without the one it honours
        aliases = tuple(dict.fromkeys((*aliases, *_as_noun(_MEAL_FOR.sub("", verb)))))
    return aliases


def release_party(f: str, paras: list[tuple[int, int]], p: Patterns, least: int) -> str | None:
    """The foreign country a release is about: the one its headline names alone, else the one
    its text names most, at least ``least`` times and more than any other. An official met
    whose country the text never ties to them ("เอกอัครราชทูตจอห์นเข้าเยี่ยมคารวะ…", a
    Latin name with no post) is most likely of that country."""
    def foreign(text: str) -> list[str]:
        # (uncached: a release's text is asked about once, and a cache keyed by it would hold it)
        return [c for _, c in countries_named(text) if c != "TH" and p.v.parties[c].kind == "country"]
    head = set(foreign(f[paras[0][0]:paras[0][1]])) if paras else set()
    if len(head) == 1:
        return head.pop()
    counts = sorted(((n, c) for c, n in Counter(foreign(f)).items()), reverse=True)
    if counts and counts[0][0] >= least and (len(counts) == 1 or counts[1][0] < counts[0][0]):
        return counts[0][1]
    return None


def _of_no_country(pm: PersonMention, local_posts) -> bool:
    """Is ``pm`` an official whose country the text never ties to them, and who heads no province or
    city abroad (``local_posts``: a governor, a mayor, met in a series of their own)?"""
    return pm.person.country is None and not (pm.person.position or "").startswith(tuple(local_posts))


def _foreign_pair(codes, p: Patterns) -> str:
    """Two sides with no Thai one, as their series names them: the first two in code order
    ("ออสเตรเลีย-นิวซีแลนด์"), whoever the text names first."""
    return "-".join(p.v.parties[c].name_th for c in sorted(codes)[:2])


def _name_series(mm: MeetingMention, side: list[PersonMention], subject: PersonMention | None,
                 country: str | None, p: Patterns, t: dict, about: str | None = None) -> None:
    """The series a talk belongs to: the kind of encounter between Thailand and the other
    side (or between two foreign sides), and all encounters of that pair. A side the text
    gives neither a country nor a post, or a caller it does not name on a Thai official
    ("…เข้าพบนายกรัฐมนตรี"), is of the country the release is about (``about``), and so is one
    holding a post of no country told (a leader's, ประธานาธิบดีจอห์น สมิธ, or a legislator's, a
    ministry's: ประธานคณะกรรมาธิการการค้า … in a release about Thailand and New Zealand); one
    heading a province or a city abroad (``local_posts``: a governor, a mayor) is met in a
    series of its own, as the golds count local talks; one whose post names a place abroad
    (countries.json places: มณฑล X) meets Thailand in that place's series (ไทย-X)."""
    both = (*side, *([subject] if subject else ()))
    sides = {pm.person.country for pm in both if pm.person.country}
    if country:
        sides.add(country)
    thai_met_by_no_one = subject is None and side and all(pm.person.country == "TH" for pm in side)
    # (a leader's post with no country, "ประธานาธิบดีจอห์น สมิธ", is a national leader's: of that country too)
    of_no_country = any(_of_no_country(pm, t["local_posts"]) for pm in both)
    if about and not sides - {"TH"} and (thai_met_by_no_one or of_no_country):
        sides.add(about)
    pair = sorted(sides - {"TH"})[:1]
    # two foreign sides and no Thai one ("จอห์น สมิธ … หารือกับเจน โด"): their own pair, not Thailand's
    sides_named = "ไทย-" + p.v.parties[pair[0]].name_th if pair else ""
    if "TH" not in sides and len(sides) >= 2:
        sides_named = _foreign_pair(sides, p)
    elif pair:
        # a province's or a city's officials abroad (อธิบดีสำนักงานการต่างประเทศมณฑล X) meet Thailand
        # in that place's series, as the golds count local talks: not every talk with the country
        local = next((pl for pm in side if (pl := place_of(pm.person.position or "")) and pl[0] == pair[0]), None)
        if local is not None:
            sides_named = "ไทย-" + local[1]
    # a talk with no foreign country known (a governor, a mayor …) is a series of its own
    # with the one met: one "การหารือทวิภาคี" would join unrelated talks across releases,
    # and calls on a list of them on one day would be one meeting
    mm.series = series_key(t["series"][mm.talk] + (sides_named if pair
                                                   else "กับ" + side[0].person.name if side
                                                   else "กับ" + mm.post_met if mm.post_alone else ""))
    if pair:
        # all of a country's encounters with Thailand (or of two others), whatever their kind, are one series
        mm.in_series = series_key(t["joint_series"] + sides_named)


def find_talks(f: str, paras: list[tuple[int, int]], people: list[PersonMention], p: Patterns) -> list[MeetingMention]:
    """Bilateral encounters the text reports: talks, phone or video calls, courtesy calls.

    CONTRACT.md counts them as meetings when they are held between named officials:
    the verb (``หารือทวิภาคี``, ``หารือทางโทรศัพท์``, ``เข้าเยี่ยมคารวะ`` …) must be
    followed by the official met (``กับนาย X``, ``นาย X``) or at least the party met
    (``กับรัฐมนตรีว่าการกระทรวงการต่างประเทศญี่ปุ่น``); a bare ``หารือ`` ("discussed")
    needs a named official. The one who held the talk is the nearest official named
    before the verb in its paragraph (else, later, the release's lead official).
    """
    w = _talk_words(p.v.meetings["talks"])
    out: list[MeetingMention] = []
    chained: set[int] = set()       # verbs read as the second half of "เข้าเยี่ยมคารวะและหารือ…"
    welcomed_calls: dict[int, MeetingMention] = {}      # where a welcome's call verb stands: the welcome
    about = release_party(f, paras, p, w.reach["release_party_least"])
    for m in p.talk_verb.finditer(f):
        s = m.start()
        if f.endswith(w.not_held_before, 0, s):
            continue            # "…แต่ไม่มีแผนหารือกับ “X”", "ไม่ได้เข้าพบ X": a talk denied, none held
        if w.another_verb(f, m):
            continue            # "เข้าเยี่ยมชมโรงเรียน…": a visit to a place, no call
        if f.endswith(w.nouns_before, 0, s) or m.group(0) in w.verbs_only and f.endswith(_NOUN_MAKER, 0, s) \
                and not _between_titled(f, m.end(), p):
            continue            # "ประเทศคู่เจรจา": a dialogue partner, a noun, not a talk; "เป็นประธานการประชุม
                                # ร่วมกับนาย X": a meeting's name, whoever chairs it with X (but "การประชุมระหว่าง
                                # นาย A กับนาย B": the two met)
        pi = _para_of(paras, s)
        if s in chained or p.ends_with("not_after", f, s) and not f.endswith(w.plan_words, 0, s) \
                or (m.group(0) in w.headline_only and pi != 0
                    and not f.startswith(w.headline_only_links, skip_spaces(f, m.end(), paras[pi][1]))
                    and not (f.startswith(_EACH_OTHER, m.end()) and _two_sides_before(f, s, pi, people, p))):
            continue            # (but "นาย A … สหรัฐและนาย B … เกาหลีเหนือ ได้พบกัน": the two sides named, who met)
        x = _read_told(f, m, paras[pi][1], w, p, chained)
        r = _who_met(f, x, pi, paras, people, p, w, out)
        if r is not None:
            _talk_mentions(f, x, r, pi, paras, people, p, w, out, welcomed_calls, about)
    _merge_welcomed_calls(out, welcomed_calls)
    told = _merge_welcomes(f, _named_talks(f, paras, people, out, p, w))
    _joined_welcomers(f, paras, people, told, w)
    sessions = _session_talks(f, paras, people, told, p)
    if sessions:
        # "ให้การต้อนรับนาย X … ทั้งสองฝ่ายได้หารือกลุ่มเล็ก … ก่อนหารือเต็มคณะ": the welcome is the
        # ceremony; the sessions are the meetings
        seen = {person_key(c.person.name) for x in sessions for c in x.counterparts}
        countries = {x.party_met for x in sessions}
        told = [mm for mm in told if not (mm.welcome and (_met(mm) & seen or not mm.counterparts and mm.party_met in countries))]
    elif len(told) == 1:
        _name_the_one_encounter(f, told[0], p, w)
    return sorted(told + sessions, key=lambda mm: mm.start)


def _between_titled(f: str, at: int, p: Patterns) -> bool:
    """"…การประชุมระหว่างนาย A กับนาย B": ระหว่าง at ``at``, then a titled official (the noun of a
    talks.verbs_only verb between two named officials is their talk)."""
    k = skip_spaces(f, at + len(_BETWEEN), len(f)) if f.startswith(_BETWEEN, at) else -1
    return k != -1 and p.honorific.match(f, k) is not None


def _name_the_one_encounter(f: str, mm: MeetingMention, p: Patterns, w: _TalkWords) -> None:
    """A release that tells one encounter names it by every talk verb it uses, whoever it names with
    them: the welcome told in the body is the talk of the headline's "เข้าหารือ" and of the
    spokesman's "ภายหลังการหารือ" (one more of its names each); not a verb that names a meeting
    (ร่วมประชุม: a talk only when linked to the one met)."""
    words = [m.group(0) for m in p.talk_verb.finditer(f)
             if m.group(0) not in w.linked_only and not f.endswith(w.nouns_before, 0, m.start())]
    mm.aliases = tuple(dict.fromkeys((*mm.aliases, *_as_noun(*words))))


def _merge_welcomed_calls(out: list[MeetingMention], welcomed_calls: dict[int, MeetingMention]) -> None:
    """"ได้ร่วมต้อนรับนาย X … และคณะ ที่มาเยี่ยมคารวะนาย Y ผู้ว่าราชการ…": the call the welcome
    was for, on Y, is that one encounter, with Y in it."""
    for x in [x for x in out if x.start in welcomed_calls and welcomed_calls[x.start] is not x]:
        host = welcomed_calls[x.start]
        host.counterparts = (*host.counterparts, *(c for c in x.counterparts if c not in host.counterparts))
        host.aliases = tuple(dict.fromkeys((*host.aliases, *x.aliases)))
        out.remove(x)


def _named_talks(f: str, paras, people: list[PersonMention], out: list[MeetingMention], p: Patterns,
                 w: _TalkWords) -> list[MeetingMention]:
    """The talks that are meetings: those with a named official met, and those with a party
    met that the release tells no other way (each takes the label of the talk it is)."""
    named = []
    sessions_told = tuple(w.t["session_formats"])
    for mm in out:
        # the headline's "หารือทางโทรศัพท์กับรัฐมนตรีต่างประเทศญี่ปุ่น" is the body's call with a named
        # minister; a talk with no named official on either side is a meeting only when a sentence
        # of posts tells it and no talk of the release names anyone (below)
        twin = next((x for x in out if x.counterparts and x.series == mm.series
                     and (x.talk == mm.talk or mm.talk == "talk" and x.start < mm.start and mm.aliases[:1]
                          and mm.aliases[0] in w.bare)        # "…ยินดีที่ได้หารือกับนายกรัฐมนตรีมาเลเซีย" after the call
                     and _session_of(mm, sessions_told) in (None, _session_of(x, sessions_told))), None) \
            if not mm.counterparts else mm
        if twin is None and mm.party_met and mm.talk == "call" and any(
                x.counterparts and _SUBITEM.match(f, *paras[x.para]) and x.para > mm.para
                and any(c.person.country == mm.party_met for c in x.counterparts) for x in out):
            continue                    # the briefing item's call, told again as its sub-item's talk
        if twin is None and mm.party_met:
            # "นายกฯ เข้าพบหารือทวิภาคีกับ ปธน.ฝรั่งเศส", no talk verb in the body: the official
            # of that country the release names is the one met
            met = next((pm for pm in people if pm.person.country == mm.party_met and not pm.negated
                        and _post_fits(mm.post_met, pm.person.position)), None) or _held_by_the_side_met(mm, people)
            if met is not None:
                mm.counterparts = (met,)
                mm.label = mm.label[:len(mm.label) - len(p.v.parties[mm.party_met].name_th)] + met.person.name
                if mm.subject is met:
                    # "นาย A นายกรัฐมนตรี และนาย B ประธานาธิบดีศรีลังกา เข้าหารือ…ระหว่างไทย – ศรีลังกา": B, named
                    # last before the verb, is the one met; the Thai side holds the talk
                    mm.subject = _thai_counterpart(people, met)
                twin = mm
        if twin is None and (mm.one_of_parties or (
                mm.party_met is not None and not mm.welcome and p.v.parties[mm.party_met].kind == "country"
                and (mm.subject is not None and mm.subject.person.country != mm.party_met
                     or mm.subject is None and mm.post_met and mm.talk != "courtesy" and not any(x.counterparts for x in out)
                     and _opens_with_a_post(f, paras[mm.para][0], mm.start, people, p)))):
            # "นาย X ได้หารือทวิภาคีกับรัฐมนตรีว่าการกระทรวงการต่างประเทศเวียดนาม": a talk or call with a
            # country's post, its holder unnamed, held by an official the text names, is a meeting too;
            # so is one a sentence opening with a post tells ("รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวง
            # การต่างประเทศหารือทวิภาคีกับมนตรีแห่งรัฐ…จีน"): both sides by office, as headlines write
            # them, when the release names no one met in any talk (else that talk is this one); a call
            # paid on such a post is one when the caller is named ("นาย X … ได้เข้าเยี่ยมคารวะ
            # นายกรัฐมนตรีนิวซีแลนด์"), not when only posts are (a programme's "ปลัดกระทรวงฯ มีกำหนดเข้าเยี่ยมคารวะ…")
            twin = mm
        if twin is None and mm.post_alone and mm.subject is not None:
            twin = mm                   # a call on a post alone, paid by an official the text names
        if twin is None and mm.subject is None and mm.party_met is not None and p.v.parties[mm.party_met].kind == "country" \
                and _ALSO_DID.fullmatch(f, paras[mm.para][0], mm.start) is not None:
            twin = mm                   # "นอกจากนี้ ยังร่วมหารือทวิภาคีกับสาธารณรัฐเกาหลี": what the release's
                                        # official also did, a talk with that country
        if twin is not None:
            mm.label = twin.label
            named.append(mm)
    return named


#: "… ร่วมต้อนรับด้วย": those named before it joined in welcoming the one received
_JOINED_WELCOME = re.compile(r"ร่วม(?:ให้การ|การ)?ต้อนรับ")


def _joined_welcomers(f: str, paras, people: list[PersonMention], told: list[MeetingMention], w: _TalkWords) -> None:
    """"โอกาสนี้ นาย A ประธานวุฒิสภา นาย B … ร่วมต้อนรับด้วย", after a welcome the release told: the
    officials of the welcoming side listed before "joined in welcoming" were at that welcome, as
    its companions (and at no other meeting for naming them so)."""
    verbs = tuple(w.welcomes)
    welcome = next((mm for mm in told if mm.subject is not None and (mm.welcome or any(
        a.removeprefix(_NOUN_MAKER).startswith(verbs) for a in mm.aliases))), None)
    if welcome is None:
        return
    for m in _JOINED_WELCOME.finditer(f, welcome.end):
        pi = _para_of(paras, m.start())
        lo = welcome.end if pi == welcome.para else paras[pi][0]
        inside = {id(x) for x in (welcome.subject, *welcome.companions, *welcome.counterparts)}
        joined = [pm for pm in people if pm.para == pi and lo <= pm.start and pm.end <= m.start()
                  and not pm.negated and id(pm) not in inside
                  and pm.person.country == welcome.subject.person.country]
        for pm in joined:
            pm.encounter = True
        welcome.companions = (*welcome.companions, *joined)


def _merge_welcomes(f: str, named: list[MeetingMention]) -> list[MeetingMention]:
    """"ให้การต้อนรับนาย X … และได้หารือกับนาย X": one encounter, told as a talk; when only the
    headline tells the talk ("…พบหารือกับปลัดกระทรวงการต่างประเทศมาเลเซีย"), the body's welcome
    is that talk."""
    dropped: set[int] = set()
    for mm in named:
        if not mm.welcome:
            continue
        # (or the call the one welcomed then paid on the host, "ให้การต้อนรับพลเอก B … พลเอก B ได้เข้าเยี่ยม
        # คำนับพลเอก A", or a talk with the host held by no one else: one encounter of the same two)
        sides = _sides(mm)
        others = [x for x in named if not x.welcome and (
            _met(x) & _met(mm) or _met(x) & sides and (x.subject is None or person_key(x.subject.person.name) in sides))]
        if not others and mm.subject is None:
            # "สำนักงาน… ได้ให้การต้อนรับ นาย A … และคณะ … พร้อมทั้งเข้าเยี่ยมคารวะ นาย B": a welcome by no one
            # named, then the call the ones welcomed paid in the same sentence: that call, with them in it
            call = next((x for x in named if not x.welcome and x.para == mm.para and x.start > mm.start
                         and x.talk == "courtesy" and x.subject is not None and x.subject.start > mm.start), None)
            if call is not None:
                call.companions = (*call.companions, *(pm for pm in (*mm.counterparts, *mm.companions)
                                                       if pm not in call.companions and pm is not call.subject))
                dropped.add(id(mm))
                continue
        if others and all(x.para == 0 < mm.para for x in others):
            head = others[0]
            mm.talk, mm.label, mm.series, mm.welcome = head.talk, head.label, head.series, False
            mm.aliases = tuple(dict.fromkeys((*head.aliases, *mm.aliases)))
            dropped.update(id(x) for x in others)
        elif others:
            dropped.add(id(mm))
    _drop_told_again(f, [mm for mm in named if id(mm) not in dropped], dropped)
    return [mm for mm in named if id(mm) not in dropped]


@lru_cache(maxsize=4)
def _session_re(formats: tuple[str, ...]) -> re.Pattern:
    """A leaders' talk named by its format ("หารือกลุ่มเล็ก", "การประชุมหารือข้อราชการแบบเต็มคณะ",
    "การหารือทวิภาคีเต็มคณะ"), its verb and the words between as the releases write them."""
    return re.compile(r"(?:การ)?(?:ประชุม(?:หารือ)?|(?:พบ)?หารือ)(?:ข้อราชการ|ทวิภาคี|ร่วมกัน|ความร่วมมือ)?\s?(?:แบบ)?"
                      rf"(?:{'|'.join(map(re.escape, formats))})")


def _session_talks(f: str, paras, people: list[PersonMention], told: list[MeetingMention],
                   p: Patterns) -> list[MeetingMention]:
    """The sessions of a leaders' meeting told by their format, naming no one after them
    ("ทั้งสองฝ่ายได้เข้าร่วมหารือกลุ่มเล็ก ณ ห้อง A … ก่อนหารือข้อราชการเต็มคณะ ณ ห้อง B",
    "…เป็นประธานการหารือข้อราชการเต็มคณะ"): each is a talk of its own between the official the
    release has the other side meet (the one met in the encounter told last before it, else the
    first foreign official it names) and their Thai counterpart, as the real golds count them
    (``talks.session_formats``). A format told with the one met ("พบหารือทวิภาคีกลุ่มเล็กกับนาย X"),
    or as the purpose of an encounter just told ("เข้าพบนาย A เพื่อหารือข้อราชการแบบเต็มคณะ"), is
    that encounter, and so is the same format told again of the same people. Not a talk: the
    plenary of a summit someone speaks in ("กล่าวในการประชุมเต็มคณะ"), or a programme's heading
    ("…และการหารือแบบเต็มคณะ ดังนี้")."""
    t = p.v.meetings["talks"]
    formats = tuple(t["session_formats"])
    reach = t["reach"]["programme_heading"]
    out: list[MeetingMention] = []
    rest = []
    for m in _session_re(formats).finditer(f):
        s, e = m.span()
        k = s - (f[s - 1:s] == " ")             # where the words before it end, a space skipped
        if any(x.start <= s < max(x.end, x.name_end) or s <= x.start < e for x in told) \
                or f.endswith(_IN_A_SESSION, 0, k) or f.find(_PROGRAMME, e, e + reach) != -1:
            continue
        pi = _para_of(paras, s)
        purpose = next((x for x in reversed(told) if x.para == pi and x.end <= s and x.counterparts), None) \
            if f.endswith(_FOR, 0, k) else None
        if purpose is not None:
            purpose.aliases = (*purpose.aliases, *_as_noun(m.group(0)))     # what the encounter was for
        else:
            rest.append((m, pi))
    for m, pi in rest:
        (s, e), written = m.span(), m.group(0)
        before = [x for x in told if x.start < s and x.counterparts]
        met_in = next(((x, c) for x in reversed(before) for c in (*x.counterparts, x.subject)
                       if c is not None and c.person.country not in (None, "TH")), None)
        other = met_in[1] if met_in else next(
            (pm for pm in people if not pm.negated and pm.person.country not in (None, "TH")), None)
        if other is None:
            continue
        # the Thai side of the encounter the foreign one was met in (else of the last one told),
        # else their Thai counterpart
        host = next((c for x in ((met_in[0],) if met_in else reversed(before)) for c in (x.subject, *x.counterparts)
                     if c is not None and c is not other and c.person.country == "TH"), None)
        fmt = next(w for w in formats if w in written)
        key = person_key(other.person.name)
        same = next((x for x in (*told, *out) if key in _sides(x)
                     and any(fmt in a for a in (x.label, *x.aliases))), None)
        if same is not None:
            same.aliases = tuple(dict.fromkeys((*same.aliases, *_as_noun(written))))    # told again
            continue
        subject = host or _thai_counterpart(people, other)
        country = other.person.country
        mm = MeetingMention(s, e, e, written, None, [], None, pi)
        mm.talk, mm.subject, mm.counterparts, mm.party_met = "talk", subject, (other,), country
        mm.aliases = _as_noun(written)
        sides = "ไทย-" + p.v.parties[country].name_th if country in p.v.parties else ""
        mm.series = series_key(t["series"]["talk"] + (sides or "กับ" + other.person.name))
        if sides:
            mm.in_series = series_key(t["joint_series"] + sides)
        out.append(mm)
    return out


def _session_of(mm: MeetingMention, formats: tuple[str, ...]) -> int | None:
    """The session a talk is told as ("การหารือทวิภาคีเต็มคณะระหว่าง…"): the full-delegation
    talk after a talk in the Oval Office is another meeting, not the same talk told again."""
    return session_format((mm.label, *mm.aliases), formats)


def _met(mm: MeetingMention) -> frozenset[str]:
    return frozenset(person_key(x.person.name) for x in mm.counterparts)


def _sides(mm: MeetingMention) -> frozenset[str]:
    return frozenset(person_key(x.person.name) for x in (mm.subject, *mm.counterparts) if x is not None)


def _drop_told_again(f: str, talks: list[MeetingMention], dropped: set[int]) -> None:
    """"นาย A … มีกำหนดการหารือกับนาย B …" and, further on, "การหารือระหว่างนาย B …": one talk with
    the same official, told twice in the body, once naming who held it and once not. The fuller
    telling is the meeting, and the other's wordings are its names too. A meal given by one of two
    officials to the other and a talk of the same two are one meeting, the talk (the meal is its
    setting). Otherwise two tellings naming the same officials are left to the rules for
    headlines told again."""
    body = [mm for mm in talks if mm.para > 0 and not mm.welcome and mm.counterparts and not mm.one_of_parties]
    for i, mm in enumerate(body):
        for later in body[i + 1:]:
            if id(mm) in dropped or id(later) in dropped:
                continue
            a, b = _sides(mm), _sides(later)
            if "meal" in (mm.talk, later.talk) and mm.talk != later.talk and a == b:
                # "นาย B เป็นเจ้าภาพเลี้ยงอาหารค่ำแก่นาย A … ได้หารือกันในหลายประเด็น": the meal is the talk's setting
                keep, drop = (later, mm) if mm.talk == "meal" else (mm, later)
            elif later.talk == mm.talk and _met(mm) == _met(later) and (b < a or a < b):
                keep, drop = (mm, later) if b < a else (later, mm)
            elif later.talk == mm.talk == "courtesy" and (a < b or b < a) and len(min(a, b, key=len)) == 1:
                # "สมชายให้นาย B … เข้าพบ" over the body (the host by name alone, so B's call only), then
                # "… นาย A รัฐมนตรี… ให้นาย B … เข้าพบ": one call, told in full the second time
                keep, drop = (mm, later) if len(a) > len(b) else (later, mm)
            elif later.talk == mm.talk and a == b and later.para == mm.para \
                    and f.endswith(_FOR, mm.end, later.start):
                # "…ประชุมร่วมกับคณะผู้แทน X … เพื่อหารือแผนงาน นำโดย นาง B": what the
                # encounter was for, told with the same two sides, is that encounter
                keep, drop = mm, later
            elif later.talk == mm.talk == "courtesy" and a == b and len(a) == 2 and later.para > mm.para \
                    and not any(line.strip() for line in f[mm.end:later.start].split("\n")[1:-1]):
                # "นาย A ให้การต้อนรับ นาย B … ในโอกาสเข้าเยี่ยมคารวะ", then on the next line "… นาย B …
                # ได้เดินทางเข้าเยี่ยมคารวะนาย A …": the host's telling of the call, then the call: one encounter,
                # where it is first told
                keep, drop = mm, later
                keep.companions = (*keep.companions, *(pm for pm in (*drop.companions, *drop.counterparts)
                                                       if pm not in keep.companions and person_key(pm.person.name) not in a))
            else:
                continue
            keep.aliases = tuple(dict.fromkeys((*keep.aliases, *drop.aliases)))
            dropped.add(id(drop))


#: a count of the countries met, then their list ("(กับผู้นำ) 3 ประเทศ ประกอบด้วย", "… 2 ประเทศ ได้แก่")
#: (or quoted, joined by dashes, as headlines list them: "หารือตัวแทนผู้นำ 3 ประเทศ ‘A-B-C’")
_COUNTED_PARTIES = re.compile(r"\s?(?:กับ)?(?:ตัวแทน)?(?:ผู้นำ)?\s?(?:\d{1,2}|[๐-๙]{1,2})\s?ประเทศ\s?(?:ได้แก่|ประกอบด้วย|คือ|[‘'“\"](?=[^‘'“\"\n]{2,30}-))")
_PARTY_GAP = re.compile(r"[\s,]*(?:และ|รวมทั้ง|รวมถึง|ตลอดจน|/)?[\s,]*")      # "A, B และ C", "A/B"


def _party_list(f: str, j: int, found: list[tuple[int, str]], p: Patterns, *, dashed: bool = False) -> list[tuple[str, str]]:
    """The foreign countries ``found`` after a talk verb (offsets from ``j``) that stand as
    one list, nothing but commas, spaces and และ between them (or dashes, after a count of the
    countries: ``dashed``): (code, as written)."""
    out: list[tuple[str, str]] = []
    last_end = None
    for at, code in found:
        m = p.party.match(f, j + at)
        if m is None:
            continue
        if last_end is not None and _PARTY_GAP.fullmatch(f, last_end, m.start()) is None \
                and not (dashed and f[last_end:m.start()].strip() == "-"):
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


_AND_BETWEEN = re.compile(r"\s?และ\s?")
_EACH_OTHER = "กัน"


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


_BEFORE_TALK_VERB = ("", "ได้", "จะ", "ได้ร่วม", "ร่วม", "เริ่ม", "ได้เริ่ม")    # (เริ่มหารือ: began talking)


_DELEGATION = "คณะ"
_LED_BY = re.compile(r"(?:ซึ่ง|ที่)?(?:มี)?นำโดย")
_ASIDE_IN_BRACKETS = re.compile(r"\([^()\n]{1,120}\)")


def _delegation_leader(f: str, j: int, pend: int, pi: int, people: list[PersonMention], w: _TalkWords) -> list[PersonMention]:
    """"ให้การต้อนรับคณะศึกษาดูงานจากจังหวัด X … ซึ่งนำโดยท่าน ผวจ.X นาย B": a delegation welcomed,
    the one leading it named after นำโดย; the one met. So too a body's representatives welcomed
    ("ให้การต้อนรับผู้แทนจากสำนักงาน X … นำโดย นาย B", talks.groups_met), or a body's team met
    ("…ประชุมร่วมกับชุดประสานงานฝ่าย X นำโดย พันเอก B")."""
    if not f.startswith((_DELEGATION, *w.groups_met), j):
        return []
    reach = w.reach["delegation_leader"]
    # (a body's name in English, in brackets, does not count towards the reach: "…คณะผู้แทนองค์การ X
    # (International Organization for X – IOX) สำนักงานประเทศไทย เพื่อหารือ… นำโดย นางสาว B")
    asides = sum(len(m.group(0)) for m in _ASIDE_IN_BRACKETS.finditer(f, j, min(pend, j + 2 * reach)))
    led = _LED_BY.search(f, j, min(pend, j + reach + asides))
    if led is None:
        return []
    leader = next((pm for pm in people if pm.para == pi and pm.start >= led.end() and not pm.negated), None)
    return [leader] if leader is not None and leader.start - led.end() <= w.reach["delegation_leader"] else []


def _granted_call(f: str, s: int, pi: int, pstart: int, people: list[PersonMention], p: Patterns):
    """(the one called on, the caller) when the courtesy verb at ``s`` closes "นาย A …
    เปิดโอกาสให้นาย B … เข้าเยี่ยมคารวะ": a call told from the host's side, with no one named
    after the verb (the one called on None when named by post alone: "รัฐมนตรีว่าการ…
    ได้อนุญาตให้นาย B … เข้าเยี่ยมคารวะ"); else None."""
    lo = max(pstart, s - p.v.meetings["talks"]["reach"]["granted_call"])
    grant = None
    for grant in p.words["granting"][0].finditer(f, lo, s):
        pass
    if grant is None:
        return None
    # the host named right before the grant, or as the sentence's subject further back ("นาง A
    # นายกรัฐมนตรี ได้เริ่มภารกิจ… โดยได้เปิดโอกาสให้นาย B … เข้าเยี่ยมคารวะ")
    host = next((pm for pm in reversed(people) if pm.para == pi and lo <= pm.start and pm.end <= grant.start()
                 and not pm.negated), None)
    caller = next((pm for pm in people if pm.para == pi and grant.end() <= pm.start < s and not pm.negated), None)
    if caller is None or f[grant.end():caller.start].strip():
        return None
    return host, caller


def _two_sides_before(f: str, s: int, pi: int, people: list[PersonMention], p: Patterns):
    """(the Thai official, the other) when a talk verb at ``s`` follows "นาย A … และ (or กับ) นาย B …"
    right away and A and B act for different known countries, else None."""
    own = p.ends_with("own_talk", f, s)       # (who tells of their own talk is no mere teller)
    before = [pm for pm in people if pm.para == pi and pm.end <= s and (not pm.negated or own)]
    if len(before) < 2:
        return None
    a, b = before[-2], before[-1]
    # (each may be followed by whose they are: "ประธานาธิบดี A ของจีน กับประธานาธิบดี B แห่งนิวซีแลนด์ พบปะหารือกัน")
    gap = _BETWEEN_OF.sub("", f[b.end:s] + " ").strip()
    join = _between_join(f[a.end:b.start], p)
    # (or both tell of it right after: "นาย A … พร้อมด้วยนาย B … แถลงข่าวภายหลังการหารือร่วม")
    told_after = gap in p.v.meetings["talks"]["own_talk_before"] and join == _ACCOMPANIED_BY
    if not told_after and (gap not in _BEFORE_TALK_VERB or join not in _BETWEEN_JOINS):
        return None
    ca, cb = a.person.country, b.person.country
    if ca is None or cb is None or ca == cb:
        return None
    return (a, b) if ca == "TH" or cb != "TH" else (b, a)


_ACCOMPANIED_BY = "พร้อมด้วย"


#: a call verb that comes over to the teller (โทรศัพท์มาหา, โทรมาคุย)
_TOWARDS = "มา"


#: the teller named with the holder: "ตนและนาย B", "ตนพร้อมด้วยนาย B"
_TELLER_AND = re.compile(rf"(?:{'|'.join(_FIRST_PERSON)})\s?(?:และ|พร้อมด้วย|กับ)\s?\Z")


def _teller_with(f: str, holder: PersonMention | None, pi: int, people: list[PersonMention]) -> PersonMention | None:
    """The one who tells of a talk, named first in its paragraph, when they name themself with its
    holder ("นาย A … เปิดเผยว่า ตนและนาย B … ได้เข้าพบนาย C"); else None."""
    if holder is None or _TELLER_AND.search(f, max(0, holder.start - 12), holder.start) is None:
        return None
    first = next((pm for pm in people if pm.para == pi), None)
    return first if first is not None and first is not holder and first.end <= holder.start else None


#: what a teller speaks after (…เปิดเผยภายหลังนาย B … เข้าพบ)
_AFTER = ("ภายหลัง", "หลัง", "ระหว่างที่", "ขณะที่")     # "…กล่าวระหว่างที่นาย B … เข้าพบ": while B called
#: "…นาย B ประธาน… และคณะนักธุรกิจจาก… เข้าพบ": the caller's party told between them and the verb
#: (the post's acronym first: "…ประธานสภาธุรกิจ X หรือ ABC และคณะ…")
_WITH_PARTY_BEFORE_CALL = re.compile(r"\s?(?:หรือ\s?[A-Z]{2,10}\s?)?และคณะ[^\n]{0,80}?\s?(?:ได้)?(?:มา)?")
#: what may stand between a caller's name and post and the call verb
_BEFORE_CALL = ("", "ได้", "มา", "ได้มา")


def _teller_called_on(f: str, s: int, pi: int, people: list[PersonMention]) -> list[PersonMention]:
    """"นาย A รัฐมนตรี… เปิดเผยภายหลังนาย B … ออสเตรเลียเข้าพบ": the call paid on the one who tells
    of it after it, named first in the paragraph, by the official of another country named right
    before the verb; else nothing."""
    before = [pm for pm in people if pm.para == pi and pm.end <= s]
    if len(before) < 2 or (f[before[-1].end:s].strip() not in _BEFORE_CALL
                           and _WITH_PARTY_BEFORE_CALL.fullmatch(f, before[-1].end, s) is None):
        return []
    # (the callers may be several, listed with their posts: "…เปิดเผยหลังนาย B เอกอัครราชทูต… นาย C ผู้ว่าการ… เข้าพบ")
    first = next((k for k in range(len(before) - 1, 0, -1)
                  if f[max(0, before[k].start - 10):before[k].start].rstrip().endswith(_AFTER)), None)
    if first is None or any(pm.person.country in (None, before[0].person.country) for pm in before[first:]):
        return []
    return [before[0]]


def _teller_called(f: str, j: int, s: int, verb: str, pi: int, people: list[PersonMention]) -> list[PersonMention]:
    """"นาย A นายกรัฐมนตรี โพสต์ข้อความ… ว่า นาย B … ได้โทรศัพท์มาหาตน": a call made to the one who
    tells of it, named first in the paragraph, by the official named right before the verb,
    of another country; else nothing. So is a visit that came to them ("…เปิดเผยว่า นาย B
    เอกอัครราชทูต… ได้เข้ามาพบเพื่อเยี่ยมคารวะ…", no one named after it), not one where two
    sides come to meet each other (มาพบกัน)."""
    if not f.startswith(_FIRST_PERSON, j) and _TOWARDS not in verb:
        return []                       # ("…โทรศัพท์สายตรงมาพูดคุยเมื่อคืน…": phoned over, to the teller)
    before = [pm for pm in people if pm.para == pi and pm.end <= s]
    if len(before) < 2 or before[0].person.country == before[-1].person.country:
        return []
    return [before[0]]


def _encounter_told_before(f: str, s: int, p: Patterns) -> bool:
    """Whether the text names a meeting or a talk before ``s``, headline included."""
    return p.head.search(f, 0, s) is not None or p.talk_verb.search(f, 0, s) is not None


#: up to four words, each but the last followed by a space (one way to split them: an optional
#: space between repeated runs let the engine try every split of a long word, ~30 ms a call);
#: a word may be as long as four of the old runs (คณะเอกอัครราชทูตลาตินอเมริกาประจำประเทศไทย)
_GROUP_THEN_LIST = re.compile(r"(?=[^\s()\d])(?!ได้แก่|คือ|อาทิ|เช่น|ประกอบด้วย|นำโดย)(?:[^\s()\d]{1,160}\s){0,3}[^\s()\d]{0,160}?(?:\d{1,2}\s?(?:ประเทศ|คน|ท่าน|องค์กร|องค์การ|หน่วยงาน)\s?)?"
                              r"(?:ณ\s?[^\s()\d]{1,40}\s?)?(?:ได้แก่|คือ|อาทิ(?:เช่น)?|เช่น|ประกอบด้วย|นำโดย)\s?:?\s?(?:\(?\d{1,2}[.)]\s?)?")


#: an item's mark in an inline list ("… ได้แก่ 1) นาง A … 2) นาย B … และ 6) นาย C")
_INLINE_ITEM_MARK = re.compile(r"(?<![\d.])\d{1,2}[.)](?!\d)")


def _officials_met(f: str, j: int, pi: int, people: list[PersonMention], p: Patterns, reach: dict,
                   paras, *, welcomed_call: bool = False) -> list[PersonMention]:
    """The officials a talk verb names right after it (at ``j``): the first one at once or
    after a post ("กับรัฐมนตรีว่าการ… นาย X"), then those listed with it ("นาย A, นาย B และนาง C");
    for a welcome of a call (``welcomed_call``), also the one whose call it was, after ของ
    ("…ให้การต้อนรับการเข้าเยี่ยมคารวะรองนายกรัฐมนตรี (นาย A) ของ Mr. B …": B called on A)."""
    met: list[PersonMention] = []
    below = _listed_below(f, j, pi, people, paras, p, reach)
    if below:
        return below
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
        elif (met[-1].person.position or "").endswith(_OF) or pm.principal:
            break                       # "กับ Dr. A ที่ปรึกษาพิเศษของ Dr. B เลขาธิการ…", "ต้อนรับ ดร. A ที่ปรึกษา
                                        # สมเด็จ B นายกรัฐมนตรี…": B is whose adviser A is, not met
        elif (pm.person.position or "").startswith(tuple(p.v.positions["reporter_posts"])):
            break                       # "…คารวะพลเอก A นายกรัฐมนตรี พลตรี S รองโฆษก… กล่าวว่า": S tells of it
        elif not (pm.start - met[-1].end <= reach["listed_gap"]
                  and (_INLINE_ITEM_MARK.sub("", f[met[-1].end:pm.start]).strip(" ,") in ("", "และ", "รวมทั้ง")
                       or welcomed_call and _CALL_OF.fullmatch(f, met[-1].end, pm.start) is not None)
                  or pm.start - met[-1].end <= reach["listed_place_gap"]
                  and p.place_of_listed.fullmatch(f, met[-1].end, pm.start) is not None
                  or _and_post_then(f, met[-1].end, pm.start, p, reach)):
            break
        met.append(pm)
    return met


#: the words a paragraph ends on when the ones met are listed below it (how far after the verb: talks.reach)
_LIST_BELOW_WORDS = (*_LIST_ENDS, _CONSISTS_OF)
#: "as follows", the enumeration's other ending, which as often lists what was said ("…สรุปผลการเยี่ยมคารวะ
#: ดังกล่าว ดังนี้"): the ones met only when every line below is an official and their post alone
_AS_FOLLOWS = tuple(w for w in _ENUMERATION_ENDS if w not in _LIST_ENDS)


def _listed_below(f: str, j: int, pi: int, people: list[PersonMention], paras, p: Patterns,
                  reach: dict) -> list[PersonMention]:
    """The officials listed one a line below a paragraph that ends on its list word ("…ได้เข้าพบหารือ
    บุคคลสำคัญของเกาะ ได้แก่" then "1) นาย A …", "2) นาย B …"): the first named on each line, else none."""
    if any(pm.para == pi and pm.start >= j for pm in people):
        return []
    rest = f[j:paras[pi][1]].rstrip(" :")
    as_follows = rest.endswith(_AS_FOLLOWS)
    if len(rest) > reach["list_below_intro"] or not (rest.endswith(_LIST_BELOW_WORDS) or as_follows):
        return []
    out: list[PersonMention] = []
    for q in range(pi + 1, len(paras)):
        lo, hi = paras[q]
        item = _LIST_MARK.match(f, lo, hi)
        if item is None and as_follows and hi - lo <= reach["list_heading_max"] \
                and not any(pm.para == q for pm in people):
            continue                    # "…ดังนี้", "การหารือที่กรุง X" then the lines: a heading over some of them
        if item is None:
            break
        first = next((pm for pm in people if pm.para == q and not pm.negated), None)
        if as_follows and (first is None or first.start - item.end() > reach["list_item_name"]
                           or hi - max(first.end, first.name_end) > reach["list_item_rest"]):
            return []                   # "…ดังนี้" then "1. ทั้งสองฝ่าย…", "- นาย A กล่าวว่า …": what was said
        if first is None or first.start - item.end() > reach["list_item_name"]:
            continue
        if p.talk_verb.search(f, item.end(), first.start) is not None or p.head.search(f, item.end(), first.start):
            return []                   # "๑.๑ การหารือกับนาย A …": each line tells its own talk
        out.append(first)
    return out


#: "…จากนาย A แห่งมาเลเซียและประธานาธิบดีสหรัฐ นาย B": และ (after the first's country, if
#: written) and a post, then the next one met
_AND_POST_GAP = re.compile(r"(?:แห่ง[^\s,()]*?)?\)?\s?(?:,\s?)?และ\s?")


def _and_post_then(f: str, a: int, b: int, p: Patterns, reach: dict) -> bool:
    """Between one official met (ending at ``a``) and the next (at ``b``): และ and the next
    one's post, as a list of those met writes it when each has a post of their own."""
    m = _AND_POST_GAP.match(f, a, b)
    b -= f[b - 1:b] == "("             # "…(Mr. A) และรัฐมนตรี… (Dr. B)": each post's holder named in brackets
    return m is not None and _post_at(f, m.end(), p) and b - m.end() <= reach["post_to_name"] \
        and _TALK_CLAUSE_END.search(f, m.end(), b) is None


#: "…ให้สัมภาษณ์ว่า … จะมีการพบปะกับ…": what the speaker will do, told after their statement's ว่า
_OWN_PLAN = re.compile(r"ว่า(?!การ).*(?:(?:\s|และ|โดย|ก็|ยัง)จะ|ได้)")     # (not the ว่า of a post's ว่าการ)


def _own_plan_told(f: str, pm: PersonMention, s: int, p: Patterns) -> bool:
    """"นาย X นายกรัฐมนตรี ให้สัมภาษณ์ถึง… ว่า … และจะมีการพบปะกับนาย Y": one interviewed about
    their own trip tells of the talk they will hold (not a spokesperson, who tells of another's)."""
    return not _reports(pm.person.position, tuple(p.v.positions["reporter_posts"])) \
        and _OWN_PLAN.search(f, pm.end, s) is not None


def _tells_of_talk(f: str, pm: PersonMention, s: int, p: Patterns) -> bool:
    """"นาย S โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า ภายหลังการหารือกับ…": a spokesperson whose
    statement opens between their name and the talk verb at ``s`` tells of another's talk."""
    return _reports(pm.person.position, tuple(p.v.positions["reporter_posts"])) \
        and (p.words["statement"][0].search(f, pm.end, s) is not None or f.find(_SAYS, pm.end, s) != -1)


#: a spokesperson's plainest statement verb ("…โฆษกกระทรวง… กล่าวถึง X ว่า…"), which an attendee's words use too
_SAYS = "กล่าว"


def _opens_with_a_post(f: str, pstart: int, s: int, people: list[PersonMention], p: Patterns) -> bool:
    """The sentence up to the talk verb at ``s`` is a post alone: it opens with a position word
    and names no official before the verb."""
    lead = f[pstart:s].strip()
    # (a headline may run on to a second clause: "นายกฯ ร่วมประชุม X … อีกทั้งได้หารือทวิภาคี “นายกฯ Y”")
    return bool(lead) and p.position_head.match(lead) is not None \
        and not any(pstart <= pm.start < s for pm in people) \
        and (len(lead) <= p.v.meetings["talks"]["reach"]["post_sentence"] or pstart == 0)




def _leader_post_of_one_country(post: str, w: _TalkWords) -> bool:
    """Is ``post`` a leader's post (or their deputy's) of one country ("รองประธานาธิบดีของฟิลิปปินส์"),
    not a company's or a group's ("ผู้บริหารบริษัท…ของนิวซีแลนด์", "รัฐมนตรีต่างประเทศจีนและเกาหลีใต้")?"""
    return post.removeprefix(_DEPUTY).startswith((*w.leader_posts, *w.governments)) and len(_countries_in(post)) == 1


#: the links after which a body's delegation or representatives are met (talks.groups_met)
_GROUP_LINKS = ("กับ", "ร่วมกับ")
#: a deputy's post is the post with this before it (รองประธานาธิบดี)
_DEPUTY = "รอง"


def _unlinked_post(f: str, e: int, j: int, pi: int, r: _Met, people: list[PersonMention]) -> bool:
    """A post and its country right after a bare verb, in the body, with no link between
    ("…ใช้โอกาสนี้หารือ รมช.กระทรวงการค้า X"), when the release names no official of X."""
    return bool(r.post) and pi > 0 and f[e:j].isspace() and not any(pm.person.country == r.country for pm in people)


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


#: what stands between the items of a list of pairs: an aside in brackets, a comma, และ
_PAIR_ITEM_GAP = re.compile(r"(?:\s?\([^()\n]{0,80}\))?\s?,?\s?(?:และ\s?)?")


def _pair_items_after(f: str, mm: MeetingMention, k: int, pend: int, p: Patterns) -> list[MeetingMention]:
    """"การประชุมระหว่างอาเซียนกับประเทศบวก 3 (…), อาเซียนกับจีน, อาเซียนกับเกาหลีใต้ และอาเซียนกับ
    สหรัฐอเมริกา": the pair told again with other partners, the head left out, is one more meeting
    each, named with the head ("การประชุมระหว่างอาเซียนกับจีน")."""
    first = next((m for m in p.party.finditer(mm.label, 0, k) if m.end() == k), None)
    if first is None:
        return []
    pair_head = first.group(0) + "กับ"
    head = mm.label[:first.start()]
    out: list[MeetingMention] = []
    j = mm.end
    while j < pend:
        at = _PAIR_ITEM_GAP.match(f, j, pend).end()
        if not f.startswith(pair_head, at):
            break
        pm = p.party.match(f, at + len(pair_head))
        if pm is None or pm.end() > pend:
            break
        label = head + f[at:pm.end()]
        x = MeetingMention(at, pm.end(), pm.end(), label, None, [], None, mm.para)
        x.series = series_key(label)
        out.append(x)
        j = pm.end()
    return out


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
        repeated = _pair_items_after(f, mm, k, paras[mm.para][1], p)
        if repeated:
            out.extend(repeated)
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


def lead_encounter(f: str, paras: list[tuple[int, int]], people: list[PersonMention],
                   p: Patterns) -> list[MeetingMention]:
    """The one encounter a release about one encounter tells, when no finder read a meeting
    in it: the first talk verb of its headline or lead paragraph (the first body paragraph
    that names an official, within ``talks.lead.paragraphs``), between the officials that
    paragraph names. Pages of the genre that name their encounter only loosely (two officials
    named one after the other with no verb between, the verb left in the headline; a call on
    "the university's heads" whose host is named only after โดยมี) still report one meeting,
    with the day and place their lead tells."""
    w = _talk_words(p.v.meetings["talks"])
    lead = w.t["lead"]
    named = [pm for pm in people if not pm.negated]
    # (the first line too, when it tells a day: a lead saved as the headline, "วันที่ 7 ธันวาคม 2564 ณ … : นาย A …")
    # (the paragraphs that hold text: a page's blank lines are no paragraphs of its lead)
    told = [pi for pi in range(0 if paras and DATE_RE.search(f, *paras[0]) else 1, len(paras))
            if f[paras[pi][0]:paras[pi][1]].strip()]
    lead_para = next((pi for pi in told[:lead["paragraphs"]] if any(pm.para == pi for pm in named)), None)
    if lead_para is None:
        return []
    skip = frozenset(lead["not_verbs"])
    sessions, vague_after = tuple(w.t["session_formats"]), p.v.meetings["reach"]["vague_after"]

    def verbs_in(pi: int):
        lo, hi = paras[pi]
        for m in p.talk_verb.finditer(f, lo, hi):
            if m.group(0) in skip or f.endswith(w.nouns_before, 0, m.start()) \
                    or f.endswith(w.not_held_before, 0, m.start()) or w.another_verb(f, m):
                continue
            if f.startswith(w.links, skip_spaces(f, m.end(), hi)):
                continue        # a verb linked to whom it reaches ("หารือกับมาเลเซีย", "…กับชุมชนไทย"): the talk
                                # finder has read it and found no official named there
            if f.endswith(_NOUN_MAKER, 0, m.start()) and (
                    f.startswith(sessions, m.end()) or p.vague(f, m.start(), min(hi, m.end() + vague_after))):
                continue        # "การประชุมเต็มคณะ", "การประชุมอื่นที่เกี่ยวข้อง": a session or the related meetings
            yield m

    body = next(verbs_in(lead_para), None)
    head = next(verbs_in(0), None) if paras else None
    told = body or head
    if told is None:
        return []
    s, e = (body.span() if body is not None else (paras[lead_para][0], paras[lead_para][0]))
    # (not a spokesperson who tells of it: "นางสาว S รองโฆษก… เปิดเผยว่า … หน่วยงานที่เกี่ยวข้องได้ประชุม…",
    # nor one briefing under a headline that tells it)
    side = list({person_key(pm.person.name): pm for pm in named if pm.para in (0, lead_para) and not _tells_of_talk(
        f, pm, s if pm.start < s else paras[pm.para][1], p)}.values())[:lead["most_people"]]
    written = told.group(0)
    mm = MeetingMention(s, e, e, written, None, [], None, lead_para)
    mm.talk = w.kinds[written] if w.kinds[written] != "meal" else "talk"
    mm.subject, mm.counterparts = (side[0], tuple(side[1:])) if side else (None, ())
    mm.aliases = _as_noun(written)
    # (not _name_series: a lead may name one official alone, whose talk that reading would put in the
    # kind's bare series, one with every other release's lone encounter of that day)
    countries = sorted({pm.person.country for pm in side if pm.person.country} - {"TH"})
    if not countries and any(_of_no_country(pm, w.t["local_posts"]) for pm in side):
        # (one met whose country the text never ties to them is of the country the release is about, as in
        # _name_series: "…เข้าเยี่ยมคารวะ ดาโต๊ะ ศรี X รองนายกรัฐมนตรี…" under a headline naming Malaysia)
        about = release_party(f, paras, p, w.reach["release_party_least"])
        countries = [about] if about else []
    sides = "ไทย-" + p.v.parties[countries[0]].name_th if countries and countries[0] in p.v.parties else ""
    if len(countries) >= 2 and not any(pm.person.country == "TH" for pm in side) \
            and all(c in p.v.parties for c in countries[:2]):
        # two foreign sides and no Thai one ("ผู้นำ A กับผู้นำ B หารือกัน…" in news of others' talks):
        # their own pair, as _name_series names it, not Thailand's with the first
        sides = _foreign_pair(countries, p)
    mm.party_met = countries[0] if countries else None
    # (no one named but who told of it: the words it is told in, up to the chunk's end, keep it apart from
    # other releases' encounters of that day)
    mm.series = series_key(w.t["series"][mm.talk] + (sides or ("กับ" + side[-1].person.name if side
                                                               else f[s:_chunk_end(f, e, paras[lead_para][1])])))
    if sides:
        mm.in_series = series_key(w.t["joint_series"] + sides)
    return [mm]
