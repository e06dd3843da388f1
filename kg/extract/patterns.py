"""The genre's fixed wording as compiled patterns: the regexes every finder shares, and
:func:`patterns`, the vocabularies' words folded into one set of searches, built once.

Closed shapes (a round's number, a bracketed English name, a list's opening) are
module constants; open words (meeting types, verbs, posts, honorifics) come from the
data files through :class:`Patterns`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..vocab import Vocab, alternation, vocab
from ..thai import MONTH_RE, ROUND_NTH, ROUND_WORDS


_THAI = "\u0e01-\u0e4e"          # Thai letters and marks (no digits)
_NAME_TOKEN_TH = re.compile(rf"[\u0e01-\u0e2e\u0e40-\u0e44][{_THAI}\-.']{{1,40}}")
#: a particle elided onto the surname after it (Jane Doe de la Rive d'Eau, Jean l'Orange)
_ELIDED_PARTICLE = r"[dl]['’](?=[A-ZÀ-ÖØ-ÞĀ-Ž])"
_NAME_TOKEN_LAT = re.compile(rf"(?:(?:[A-Z]\.){{1,4}}|(?:{_ELIDED_PARTICLE})?[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’\-]{{0,30}}\.?|(?:bin|binti|van|von|de|da|di|al|el|le|la|du|der)\b)")
#: lower-case words an English meeting name keeps between its capitalised ones (Summit of the Future)
_LATIN_CONNECTORS = ("of", "the", "and", "on", "for", "in", "among", "between", "with", "towards", "against", "–", "—", "-", "&")
#: an English ordinal before a capitalised name: the round ("75th Commission Session", "52nd ASEAN …")
_ORDINAL_EN = r"(?P<nth>[0-9]{1,3})(?:st|nd|rd|th) (?=[A-Z])"
_EN_ORDINAL = re.compile(_ORDINAL_EN)
#: an English ordinal inside a name, before more of it ("Shangri-La Dialogue 9th Harbour Security Summit")
_MID_ORDINAL_EN = r"[0-9]{1,3}(?:st|nd|rd|th)(?= [A-Z])"
#: the English ordinal again, inside a name after a space (the round of a meeting named within another's)
MID_ORDINAL = re.compile(" " + _ORDINAL_EN)
#: an English possessive inside a name ("Leader’s Retreat")
_POSSESSIVE = r"(?:[’']s(?![A-Za-z]))?"
_LATIN_TAIL = re.compile(rf" [\"“']?(?P<ordinal>(?:[Tt]he )?{_ORDINAL_EN})?(?:[A-Z][A-Za-z0-9&\-]{{1,20}}{_POSSESSIVE})(?: (?:(?:{'|'.join(_LATIN_CONNECTORS)})\s)*(?:[A-Z][A-Za-z0-9&\-]{{1,20}}{_POSSESSIVE}|{_MID_ORDINAL_EN})){{0,12}}[\"”']?")
#: a meeting named by an abbreviated post after a space: " รมว.กห.อาเซียน"
_ABBREVIATED_TAIL = re.compile(rf" ([{_THAI}]{{1,6}}\.[{_THAI}]{{1,6}}\.[^\s()]*)")
_YEAR_TAIL = re.compile(r" (?:ปี|พ\.ศ\.|ค\.ศ\.) ?\d{4}(?!\d)(?= ?ครั้งที่)")
#: "…วาระการพัฒนาภายหลังปี ค.ศ. 2015": a name that ends on "year" goes on to the year it names
_NAMED_YEAR = re.compile(r"(?<=ปี) (?:พ\.ศ\.|ค\.ศ\.) ?\d{4}(?!\d)")
_NEXT_CHUNK = re.compile(r" ?- ?([^\s()]{2,40})|\s([^\s()]{2,40})")
_PAIR_AFTER = re.compile(rf"\s*(?:ระหว่าง)?([{_THAI}]{{2,30}})\s?-\s?([{_THAI}]{{2,30}})(?=[\s(]|$)")
#: a bracketed aside, with at most one bracket inside ("(ASEAN Coordinating Council Working Group (ACCWG) on …)")
_PAREN = re.compile(r"\s?\(((?:[^()\n]|\([^()\n]{1,40}\)){2,200})\)")
_BEFORE_NUMBER = re.compile(rf"\s?(?={ROUND_NTH})")
#: a round's word and ที่ as the genre writes one right before its number
_ROUND_THI = "(?:" + "|".join(ROUND_WORDS) + ")ที่"
#: a short Thai name, as one in brackets (การประชุม X (สภาริมน้ำ) ครั้งที่ 12): the name the release may call it by later
_SHORT_THAI_NAME = r"[\u0e01-\u0e2e][^\s()]{1,29}"
_PLUS_COUNT = re.compile(r" ?(?:[0-9๐-๙]{1,2}|หนึ่ง|สาม|แปด)(?![0-9๐-๙])")           # the 3 of "บวก 3"
_PLUS_TAIL = re.compile(r" ?(?:บวก ?|\+ ?)" + _PLUS_COUNT.pattern.removeprefix(" ?"))
_ACRONYM_TAIL = re.compile(r" [A-Z][A-Z0-9&\-]{1,12}(?:-[A-Z][A-Za-z]+)?(?![A-Za-z])")
_SESSION = re.compile(r" ?(?:สมัย(?:สามัญ|พิเศษ|วิสามัญ)|นัดพิเศษ|วาระพิเศษ)(?!ครั้ง|ที่)")   # "สมัยสามัญ ครั้งที่ 74": the session is the name's
#: a special session is one occurrence, as a numbered round is ("การประชุม… สมัยวิสามัญ")
_SPECIAL_SESSIONS = ("สมัยพิเศษ", "สมัยวิสามัญ", "นัดพิเศษ", "วาระพิเศษ")
#: the double quotes a name may stand in ("“เอเปกซัมมิต”"); a talk's names drop the single ones too
_QUOTE_MARKS = "\"“”"
#: the longest topic fused between a talk verb and กับ ("หารือทวิภาคีความร่วมมือด้านสาธารณสุขกับ…")
_FUSED_TOPIC_REACH = 40
_QUOTES = re.compile(f"[{_QUOTE_MARKS}]")
#: a quoted span ("ภายใต้หัวข้อ "Leaving no one behind""): a theme or a title told inside a sentence
_QUOTED = re.compile(f"[\"“][^{_QUOTE_MARKS}\n]{{1,120}}[\"”]")
#: where a meeting was held, told in a few words (ณ กรุงมินสค์ สาธารณรัฐเบลารุส, ที่เมืองเซปัง ประเทศมาเลเซีย)
_VENUE_PHRASE = r"\s?(?:ณ|ที่)\s?[^\s\d()]+(?:\s[^\s\d()]+){0,3}"
#: "…ในการประชุม X ที่เมืองเซปัง ประเทศมาเลเซีย เมื่อวันที่ 29 …" (or "ระหว่างวันที่ 8 – 10 …"): only the venue stands between
#: a meeting and the day after it, so the day is the meeting's (a day before it may be another event's)
#: (news fuses ระหว่าง to the place: "ที่เมืองไครสต์เชิร์ช นิวซีแลนด์ระหว่างวันที่ 5-7 มี.ค."; a fused เมื่อ
#: ends a clause about something else: "…ณ นครนิวยอร์ก โดยได้กล่าวถ้อยแถลงในการอภิปรายทั่วไปเมื่อวันที่ 22")
_VENUE_THEN_DAY = re.compile(_VENUE_PHRASE + r"(?:\s?ระหว่าง|\s(?:เมื่อ|ใน))วันที่\s?")
#: "เป็นประธานในการประชุม X ครั้งที่ 1 ณ กรุงมินสค์ สาธารณรัฐเบลารุส ร่วมกับนาย Y": only where it was held
#: stands between the meeting and its co-chair
_ONLY_A_VENUE = re.compile(_VENUE_PHRASE + r"\s?")
#: an hour of the day as releases write it, after เวลา ("เวลา 15.30 น.", "เวลา 11.00 นาฬิกา")
HOUR = r"\d{1,2}[.:]\d{2}\s?(?:น\.|นาฬิกา)?"
#: an annual meeting's year, after its name or fused to it ("… ประจำปี 2566", "…ประจำปี พ.ศ. 2560"), in
#: folded text: not a date find_dates reads (a meeting named so is often dated otherwise), but the year
#: its days fall in
ANNUAL = "ประจำปี"
#: an acronym as the genre writes one (JBC, ACMECS, RIVER, G20, A&B): a capital, then up to eleven capitals or digits
ACRONYM_WORD = r"[A-Z][A-Z0-9&]{1,11}"
_YEAR_AFTER = r"\s?(?:(?:พ\.ศ\.|ค\.ศ\.)\s?)?(?P<year>\d{4})(?!\d)"
ANNUAL_YEAR = re.compile(rf"(?P<word>\s?{ANNUAL})?{_YEAR_AFTER}")     # the word may end the name before it
ANNUAL_YEAR_TOLD = re.compile(ANNUAL + _YEAR_AFTER)                     # told anywhere: the word is needed
_THAI_WORD = re.compile(rf"[{_THAI}]{{2,}}")
#: a meeting named as what another prepares: "…ครั้งที่ 1 เพื่อเตรียมการจัดการประชุม Y"
#: right before a meeting that a trip told after the day goes to: "…เพื่อเตรียมความพร้อมก่อนเดินทางไปร่วมประชุม X"
_AHEAD_OF = re.compile(r"(?:ก่อน(?:การ)?(?:ที่จะ)?(?:เดินทาง)?(?:ไป|มา)|(?:ตอบรับ|พร้อม)(?:ที่)?จะ)(?:เข้า)?ร่วม(?:การ)?\s?\Z")
#: (…and an invitation accepted: "เมื่อวันที่ 15 … ฝ่าย X ได้ตอบรับพร้อมที่จะเข้าร่วมประชุม Y … ในวันที่ 24")
_PREPARING = re.compile(r"เตรียม(?:การ)?(?:จัด|สำหรับ)?\s?\Z")
#: a date in a relative clause on the meeting just named: "…ครั้งที่ 8 ซึ่งจะจัดขึ้น ระหว่างวันที่ …"
_CLAUSE_DATE = re.compile(r"(?:ซึ่ง|ที่)(?:จะ)?(?:จัดขึ้น|จัด|มีขึ้น|มีกำหนดจัดขึ้น)\s?(?:ใน|ระหว่าง)?(?:วันที่)?\s?\Z")
_THAI_ACRONYM = re.compile(rf"[{_THAI}.]{{2,12}}")       # an acronym spelt in Thai: "(เจบีซี)"
#: (up to five words; an English name may run to twelve: "… ประจำปี International Conference on the Future of Riverside …")
_RUN_ON = re.compile(r"(?:(?: (?:[^\s()\d]{1,60}|\d{1,3}(?= และ| ))){1,5}?|(?: [A-Za-z][A-Za-z'’&\-]*){6,12}?)"
                     rf"(?= ?{_ROUND_THI} ?\d| ?\([A-Za-z][^()\n]{{1,160}}\) ?{_ROUND_THI} ?\d"
                     rf"| ?\({_SHORT_THAI_NAME}\) ?{_ROUND_THI} ?\d)")
_ROUND_WORD = re.compile(r"\s?(?:(ครั้งแรก)|ครั้งที่ผ่านมา|ครั้งก่อน(?:หน้า)?|ครั้งล่าสุด)")
_HAS_LATIN = re.compile(r"[A-Za-z]")
_HAS_THAI = re.compile(r"[ก-๙]")
_THAI_OR_LATIN_CHAR = re.compile(rf"[{_THAI}A-Za-z]")
_LATIN_START = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]")
_LATIN_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]")
_RIGHT_SPAN_END = re.compile(r"\s(?:โดย|ซึ่ง|เพื่อ|ที่ประชุม|ทั้งนี้|นอกจากนี้|ในการนี้|อนึ่ง|ณ)|ณ\s")
_ENUMERATION_ENDS = ("ดังนี้", "ดังนี้:", "ดังนี้ :", "ได้แก่", "ได้แก่:")
_LIST_ENDS = ("ได้แก่", "ได้แก่:")
_LISTED_LINE = re.compile(r"\s*(?:[-•*]|\d{1,2}[.)]|และ)?\s*")     # a list line's opening before its meeting
#: a list line's mark, on text folded to Arabic digits: "1) ", "2. ", "- ", "• "
_LIST_MARK = re.compile(r"\s*(?:\(?\d{1,2}[.)]|[-•*])\s*")
#: an English name in brackets after a Thai one: "(Ministry of Rural Development)", "(Jane Doe)"
_LATIN_GLOSS = re.compile(r"\([A-Za-z][A-Za-z .\-]{0,40}\)\s?")
#: the list word of a meeting's parts ("…การประชุม X ประกอบด้วยการประชุม A B และ C"): "consisting of"
_CONSISTS_OF = "ประกอบด้วย"
_LIST_INTROS = (*_ENUMERATION_ENDS, "คือ", _CONSISTS_OF)
#: a meeting's noun written right before a talk verb, the two one name ("การประชุมหารือกับนาย X")
_MEETING_NOUNS = ("การประชุม", "เข้าประชุม", "ประชุม")
_TALK_LIST_INTROS = (*_LIST_INTROS, "อาทิ", "เช่น")     # "พบหารือกับผู้นำหลายประเทศ เช่น นาย A … นาย B …"
_AND_ANOTHER = re.compile(r"\s?และ\s?การ")
_PARA_OPENER = re.compile(r"\s*(?:\(?\d{1,2}[.)]\s*|[-•]\s*|\*+\s*)?(?:สำหรับ|ส่วน|และ)?\s*")
# "การประชุมดังกล่าว ได้จัดขึ้นเมื่อวันที่ …": only these words between a back-reference and its date
_REF_TO_DATE = re.compile(r"ฯ?\s?(?:ได้)?(?:จัดขึ้น|มีขึ้น|จัด)?\s?(?:เมื่อ|ใน|ระหว่าง|ตั้งแต่)?\s?(?:วันที่)?\s?\Z")
_BACK_REF_REACH = len("การประชุมดังกล่าว ได้จัดขึ้นเมื่อวันที่ ")
_DATED_AFTER = re.compile(r"\s?(?:(?:เมื่อ|ใน|ระหว่าง)?วันที่|ในวันเดียวกัน|ในวันถัดมา|วันเดียวกัน)")
_ASIDE_DATE = re.compile(r"ซึ่ง[^\n]*?เมื่อ\s?(?:วันที่)?\s?\Z")
_HELD_AFTER = re.compile(r"\s?(?:ซึ่ง|ที่)?(?:จะ|ได้)?(?:จัดขึ้น|มีขึ้น|มีกำหนดจัดขึ้น|มีกำหนดจัด|เปิดฉาก|เปิดขึ้น|เริ่มต้นขึ้น|เริ่มขึ้น|ปิดฉาก|สิ้นสุดลง)")
_ACRONYM_END = re.compile(r"(?:^|[\u0e00-\u0e7f] |การประชุม ?)([A-Z][A-Z0-9&\- ]{1,20})$")
_CHUNK_END = re.compile(r"[ ()\"“”,;:]")


#: an abbreviated post (รมว.กต., ปธน., สส.): Thai letters and a dot, which no Thai name holds
_SHORT_POST = re.compile(rf"[{_THAI}]{{1,5}}\.(?:[{_THAI}]|\Z)")


def skip_spaces(f: str, i: int, end: int) -> int:
    """Where the text goes on after the spaces at ``i`` (not past ``end``, the paragraph's end):
    pages write one space or several between words, and a reader of the next word must not care."""
    while i < end and f[i] == " ":
        i += 1
    return i


def _chunk_end(f: str, i: int, pend: int) -> int:
    """Where the space-free run of text at ``i`` ends ("หารือความร่วมมือทวิภาคี โดย…")."""
    m = _CHUNK_END.search(f, i, pend)
    return m.start() if m else pend
# the lookbehind comes after the capital ("not after a letter" = the capital and the
# character before it are not both letters): a leading lookbehind would stop the engine
# from skipping ahead to capitals, and Thai text has few (6× faster scan)
#: a name written all in capitals, as some sites write foreign names ("JOHN SMITH", "PETER BROWN"): an
#: official only with a Thai post right after it (else an acronym or a heading)
#: a surname's capital inside it, after a prefix of up to three letters (McDonald, DeSantis, ALRajhi)
_SURNAME_PREFIX = r"(?:[A-Za-z]{0,2}[A-Z])?"
_LATIN_CAPS_NAME = re.compile(r"(?<![A-Za-z])[A-Z]{2,20}(?: [A-Z][A-Za-z]{1,20}){1,3}(?![A-Za-z.])")
_LATIN_NAME = re.compile(rf"[A-ZÀ-ÖØ-ÞĀ-Ž](?<![A-Za-z]{{2}})[a-zß-öø-ÿā-ž'’\-]{{1,30}}(?: (?:[A-Z]\.|(?:{_ELIDED_PARTICLE})?[A-ZÀ-ÖØ-ÞĀ-Ž]{_SURNAME_PREFIX}[a-zß-öø-ÿā-ž'’\-]{{1,30}}|bin|binti|van|von|de|da|al|el)){{1,4}}")


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
    name_token_stops_before_a_post: tuple
    run_on_openers: tuple       # words that follow a name in a sentence and never open a surname (สรุป, มีขึ้น …)
    place_before: re.Pattern    # a place's head right before its name ("…มณฑล" before ยูนนาน)
    spaced_place: re.Pattern    # a place's head, then its name, after a post and a space ("รองผู้ว่าราชการ มณฑลยูนนาน")
    heads_past_not_place: tuple  # place heads that go on past a word that is no place (จุดผ่อนปรน past จุด)
    latin_post_words: frozenset          # positions.json: "… John Smith Dean of …": the post in English
    title_connectors: tuple
    talk_verb: re.Pattern
    visit_verb: re.Pattern
    wire_dateline: re.Pattern   # "นครหนึ่ง, 3 มี.ค. (ซินหัว) --", "ทำเนียบฯ 6 พ.ย.-": a place, a day, (an agency,) a dash
    travel_party: re.Pattern
    pair_subject: re.Pattern
    city_after: re.Pattern       # a city right after a round: "…ครั้งที่ 32 เมือง X", "…ครั้งที่ 71 นิวยอร์ก" (a place name)
    place_of_listed: re.Pattern  # "นาย A เมือง Higashine และนาย B": where one listed without a post is from
    back_ref: re.Pattern
    post_before_venue: re.Pattern
    level_tail: re.Pattern       # "เข้าร่วมประชุม รัฐมนตรีอาเซียนด้าน…": a head written apart from a name that opens with its level
                                 # or with the body that meets ("ร่วมประชุม คณะกรรมการระดับสูง…")
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


def _titles(forms) -> str:
    """Honorifics as a regex. A Latin one is a word of its own: HE is not the end of THE
    (โดย THE STANDARD TEAM, a byline), and Dr does not open Drake nor Sir Sirisena."""
    latin = [w for w in forms if w[:1].isascii() and w[:1].isalpha()]
    rest = [w for w in forms if w not in latin]
    # longest first, whether or not a form ends on a letter (Dato’ Sri before Dato’); one that does
    # (Mr, Datuk) must end a word, one that does not (Mr., Dato’) ends on its own
    latin_re = f"(?:{alternation(latin)})(?:(?<![A-Za-z])|(?![A-Za-z]))"
    return "|".join(x for x in (f"(?<![A-Za-z])(?:{latin_re})" if latin else "",
                                f"(?:{alternation(rest)})" if rest else "") if x)


@cache
def patterns() -> Patterns:
    v = vocab()
    m, md, pos = v.meetings, v.modes, v.positions
    # a party's name after a journey's verb, with the word that may stand before it (ประเทศ);
    # the party pattern's named groups dropped, so that it can stand inside other patterns
    travel_party = (rf"(?:{alternation(md['travel_places'])})?\s?"
                    rf"(?:{v.party_re.pattern.replace('(?P<th>', '(?:').replace('(?P<en>', '(?:')})")
    # "…ที่ไทยเป็นประธานอาเซียน / เป็นประธานแอคเมคส์": the chair of a grouping held that year, not of a meeting
    not_sole_after = [*m["chair_phrases"]["not_sole_after"],
                      *(n for party in v.parties.values() if party.kind == "organization" for n in party.names_th)]
    return Patterns(
        # each verb head with its lookbehind after it (h(?<=ah), same matches as (?<=a)h):
        # an alternation opening with a lookbehind cannot skip ahead by first character
        # (a head that names a meeting only fused to its name: "ฟอรั่มความร่วมมือ…", not a venue's "X ฟอรั่ม เมือง…")
        head=re.compile("|".join([alternation(m["heads"]), f"(?:{alternation(m['fused_heads'])})(?=[ก-๙])"] + [
            f"{re.escape(h)}(?<={re.escape(a + h)})" for h, after in sorted(m.get("verb_heads", {}).items()) for a in after])),
        # (and a place the genre names bare after ที่: "ประชุมสมัชชาใหญ่แห่งสหประชาชาติที่นิวยอร์ก")
        # (not after ความ, which makes the word after it a noun of the name: การเตรียมความพร้อม…; nor เป็น
        # after การ: "การประชุมติดตามความคืบหน้าการเป็นเจ้าภาพ…", the hosting, though ทางการครั้งที่ still ends;
        # nor after เตรียมการ: "…เพื่อเตรียมการก่อนการประชุมสุดยอด…", what is prepared)
        boundary=re.compile("(?<!ความ)(?<!เตรียมการ)(?!(?<=การ)เป็น)(?:" + alternation([*m["boundaries"], *("ที่" + n for n in md["place_names"])]) + ")"),
        honorific=re.compile(_titles(v.honorific_forms)),
        stacked_honorific=re.compile(_titles(v.stacked_honorific_forms)),
        position_head=re.compile(rf"(?:{alternation(pos['modifiers'])})?(?:{alternation(v.position_heads)})"),
        virtual=re.compile(alternation(md["virtual"])),
        hybrid=re.compile(alternation(md["hybrid"])),
        # (and a meeting room right after a day's year: "วันที่ 11 ตุลาคม 2565 ห้องประชุม 3 อาคาร X", a venue line)
        venue=re.compile(rf"ณ(?<![{_THAI}]ณ)(?= |[{_THAI}])|(?<=[0-9]{{4}} )(?:{alternation(md['after_year_heads'])})|"
                         rf"{alternation([*md['venue_cues'], *md['held_at_cues'], *(c + n for c in ('เยือน', 'ที่') for n in md['place_names'])])}|"
                         rf"(?P<travel>{alternation(md['travel_cues'])}) ?(?={travel_party}|{alternation(md['travel_heads'])})"),
        chair=re.compile(
            "".join(f"(?<!{re.escape(w)})" for w in m["chair_phrases"]["not_after"]) +
            rf"(?:(?P<with>{alternation(m['chair_phrases']['with'])})"
            rf"|(?P<co>(?:{alternation(m['chair_phrases']['co'])})(?!{alternation(m['chair_phrases']['not_co_after'])}))"
            # (not the chair of a ceremony, "เป็นประธานในพิธี…", unless it opened a meeting: "…ในพิธีเปิดการประชุม X")
            rf"|(?P<sole>(?:{alternation(m['chair_phrases']['sole'])})"
            rf"(?!(?!{alternation(m['chair_phrases']['opening_chaired'])}){alternation(not_sole_after)})"
            rf"(?:{alternation(m['chair_phrases']['sole_object'])})?))"),
        party=v.party_re,
        post_before_venue=re.compile(rf"(?:{alternation(md['venue_post_words'])})[^\s]{{0,{int(md['venue_post_reach'])}}}\s?$"),
        fused_stop=re.compile(alternation(pos["surname_fused_stops"])),
        side=re.compile(rf"(?:{alternation(pos['side_markers'])})(?:ประเทศ)?"),
        title_post=re.compile(rf"(?<!สถาน)(?:{alternation(pos['title_posts'])})(?!ฯ|ประจำ)"),
        second_verb=re.compile(rf"และ ?(?:ได้)?(?:{alternation(m['talks']['second_verbs'])})\s?(?=กับ)"),
        fused_format=re.compile(rf"(?:{alternation(m['talks']['fused_formats'])})(?=(?:ร่วม)?กับ|ระหว่าง|จาก)"
                                rf"|(?:{alternation(m['talks']['fused_topics'])})[^\s()]{{0,{_FUSED_TOPIC_REACH}}}?(?=(?:ร่วม)?กับ)"),
        titled_latin_aside=re.compile(
            rf" ?\((?:{alternation(v.honorifics['latin_aside_titles'])})[^()\n]{{2,160}}(?:\)|(?=\n)|\Z)"),
        name_token_stops=tuple(pos["name_token_stops"]),
        name_token_stops_before_a_post=tuple(pos["name_token_stops_before_a_post"]),
        run_on_openers=tuple(dict.fromkeys((*pos["name_token_stops"], *pos["surname_fused_stops"],
                                            *v.honorifics["name_tokens"]["run_on_openers"]))),
        place_before=re.compile(rf"(?:{alternation(md['place_heads'])})\s?\Z"),
        spaced_place=re.compile(rf"(?:{alternation(md['place_heads'])}) ?(?:{v.place_re.pattern})"),
        heads_past_not_place=tuple(h for h in md["place_heads"] if h.startswith(tuple(md["not_a_place"]))
                                   and h not in md["not_a_place"]),
        latin_post_words=frozenset(pos["latin_post_words"]),
        title_connectors=tuple(pos["title_connectors"]),
        talk_verb=re.compile(alternation(m["talks"]["verbs"])),
        visit_verb=re.compile(alternation(m["talks"]["visit_verbs"])),
        wire_dateline=re.compile(rf"\s*[^\s,()\d]{{2,30}}(?:\s[^\s,()\d]{{2,30}})?\s?,\s?\d{{1,2}}\s?[^\s()]{{2,12}}\s?"
                                 rf"(?:\d{{2,4}}\s?)?\((?:{alternation(md['wire_agencies'])})\)\s?-"
                                 # a Thai news agency's own: "ทำเนียบฯ 6 พ.ย.-", a place named by its head word
                                 rf"|\s*(?:{alternation(md['place_heads'])})[^\s,()\d]{{0,30}}\s?\d{{1,2}}\s?{MONTH_RE}\s?(?:\d{{2,4}}\s?)?-"),
        travel_party=re.compile(travel_party),
        city_after=re.compile(rf" ((?:{alternation(md['city_heads'])})[{_THAI}]{{2,30}}|{alternation(md['place_names'])})"
                              rf"(?=[\s,(]|$)"),
        place_of_listed=re.compile(rf"\s?(?:{alternation(md['travel_heads'])})\s?[^\s,()]{{2,30}}\s?,?\s?(?:และ|รวมทั้ง)?\s?"),
        pair_subject=re.compile(alternation(m["talks"]["pair_subjects"])),
        back_ref=re.compile(alternation(m["back_references"])),
        level_tail=re.compile(rf" ((?:{alternation([*(w for ws in m['levels'].values() for w in ws), *m['apart_bodies']])})[^\s()]*)"),
        v=v,
        words={
            "not_after": _word_table(m["not_after"]),
            "occasion_attend": _word_table(m["occasion_attend_before"]),
            "occasion_open": _word_table(m["occasion_opening_before"]),
            "statement": _word_search(m["statement_verbs"]),
            "reporter": _word_search(m["reporter_statements"]),
            "press_before_date": _word_search(m["press_before_date"]),
            "next_event": _word_search(m["next_event_words"]),
            "past_occasion": _word_search(m["past_occasion_words"]),
            "ended_after": _word_search(m["ended_after"]),
            "tenure": _word_search(m["tenure_words"]),
            "restating": _word_table(m["restating_words"]),
            "told_when": _word_table(m["told_when_words"]),
            "granting": _word_search(m["talks"]["granting_phrases"]),
            "results": _word_table(m["results_before"]),
            "own_talk": _word_table(m["talks"]["own_talk_before"]),
            "background_round": _word_table(m["background_round_before"]),
            "built_on": _word_table(m["built_on_before"]),
            "body_holds": _word_search(m["body_holds"]["verbs"]),
            "list_companions": _word_search(m["list_companions"]),
            "led_by": _word_table(m["delegation"]["led_by"]),
            "chair_subject": _word_table(m["chair_subject_links"]),
            "chair_subject_weak": _word_table(m["chair_subject_weak_links"]),
            "parent_cue": _word_table(c[:-3].strip() if c.endswith("การ") else c.strip() for c in m["parent_cues"]),
            "parent_after_cue": _word_table(m["parent_after_cues"]),
            "attend_cue": _word_table(m["attend_cues"]),
            "subject_verb": _word_search(m["subject_verbs"]),
            "organise_not_after": _word_table(m["organise_not_after"]),
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


_SUBITEM = re.compile(r"\s*([0-9๐-๙]{1,2})\.[0-9๐-๙]{1,2}")
