"""Finding meetings named in a release: numbered rounds, summits, committees, names in
brackets or in English, lists of meetings, and which mentions are one meeting told again.

Only spans are found here; :mod:`kg.extract.rules` decides what each one means."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..thai import NUMBER_RE, ROUND_NTH, find_dates, gregorian_year, parse_number
from ..vocab import alternation, vocab
from .mentions import MeetingMention, _ALSO, _AND, _NOUN_MAKER, _OF, _OR_ACRONYM, _THAT, _para_of, other_form, series_key
from .patterns import (
    ACRONYM_WORD, ANNUAL, ANNUAL_YEAR, Patterns, _ABBREVIATED_TAIL, _ACRONYM_END, _ACRONYM_TAIL, _AND_ANOTHER, _BEFORE_NUMBER,
    MID_ORDINAL, _CHUNK_END, _DATED_AFTER, _EN_ORDINAL, _HAS_LATIN, _HAS_THAI, _HELD_AFTER, _LATIN_TAIL, _LIST_INTROS,
    _NEXT_CHUNK, _PAIR_AFTER, _PARA_OPENER, _PAREN, _PLUS_COUNT, _PLUS_TAIL, _ROUND_THI, _ROUND_WORD, _RUN_ON,
    _SESSION, _SHORT_THAI_NAME, _SPECIAL_SESSIONS, _THAI, _THAI_ACRONYM, _YEAR_TAIL, _NAMED_YEAR, _chunk_end, patterns,
)


#: "การประชุม สมัยที่ 80 ของสมัชชาสหประชาชาติ": a round, then whose it is
_ROUND_OF = re.compile(rf" ?(?P<round>{_ROUND_THI} ?[0-9๐-๙]{{1,3}}) ของ ?(?P<name>[^\s()]{{4,80}})")
#: a quote opened after a meeting's head and not closed before the round: the name's first chunk
_UNCLOSED_QUOTE_NAME = re.compile(rf" ?[“\"]([\u0e01-\u0e4e][^\s()“”\"]{{1,80}})(?=[^“”\"\n]{{0,80}}?{_ROUND_THI})")
#: a round told inside a quoted name
_ROUND_INSIDE = re.compile(rf"\s?{_ROUND_THI}\s?\d")
#: a Thai name in quotes right after a meeting's head: "ประชุม“เอเปกซัมมิต”", "การประชุม “เวทีเศรษฐกิจ”"
_QUOTED_THAI_NAME = re.compile(r" ?[“\"]([\u0e01-\u0e4e][^“”\"\n]{1,80}?)[”\"]")


#: an English word after an acronym: the acronym opens an English name written inline
_ENGLISH_GOES_ON = re.compile(r" [A-Z][A-Za-z’']")

def _without_qualifier(label: str, qualifiers: tuple[str, ...]) -> str:
    """The label without a trailing word that leaves a generic name generic ("…ที่สำคัญ")."""
    q = next((w for w in qualifiers if label.endswith(w)), "")
    return label[:len(label) - len(q)].rstrip() if q else label


@dataclass(frozen=True)
class _NameWords:
    """The meetings file's words that shape a meeting's name (see meetings.json), read once a call."""
    generic: tuple[str, ...]            # generic_tails: a name opening so refers back or is generic
    joined_events: tuple[str, ...]      # joined_events: "การประชุมและลงนาม…", a meeting and what it held, named
    dash_words: tuple[str, ...]         # dash_continuations
    spaced_words: frozenset[str]        # spaced_continuations
    spaced_openers: tuple[str, ...]     # spaced_openers: a word after a space that opens more of the name
    number_words: tuple[str, ...]       # spaced_number_words: "กลุ่มจี 20", a word its number follows apart
    generic_ends: tuple[str, ...]       # generic_endings
    standalone: frozenset[str]          # standalone_heads: a meal named by its head alone
    not_whose: tuple[str, ...]          # not_whose_round
    qualifiers: tuple[str, ...]         # generic_qualifiers
    inner_bodies: tuple[str, ...]       # boundary_continuations
    shorthand: tuple[str, ...]          # heads with no การ (กปช. = การประชุม)
    refers: tuple[str, ...]             # reference_words
    modes_before_name: tuple[str, ...]  # a way of meeting fused before a name (การประชุมออนไลน์เจ้าหน้าที่…)
    name_openers: tuple[str, ...]       # words that open a name: the levels' and the bodies' (apart_bodies)
    ways: tuple[str, ...]               # modes.json's virtual and hybrid wordings, longest first
    cut_name_letters: int               # reach.cut_name_letters: fewer letters of a name at the text's end are a cut

    @classmethod
    def of(cls, v) -> _NameWords:
        m = v.meetings
        standalone = frozenset(m["standalone_heads"])
        return cls(tuple(m["generic_tails"]), tuple(m["joined_events"]), tuple(m["dash_continuations"]), frozenset(m["spaced_continuations"]),
                   tuple(m["spaced_openers"]),
                   tuple(m["spaced_number_words"]), tuple(m["generic_endings"]), standalone,
                   tuple(m["not_whose_round"]), tuple(m["generic_qualifiers"]), tuple(m["boundary_continuations"]),
                   tuple(h for h in m["heads"] if not h.startswith("การ") and h not in standalone),
                   tuple(m["reference_words"]), tuple(m["modes_before_name"]),
                   tuple(sorted({x for words in m["levels"].values() for x in words} | set(m["apart_bodies"]))),
                   tuple(sorted({*v.modes["virtual"], *v.modes["hybrid"]}, key=len, reverse=True)),
                   int(m["reach"]["cut_name_letters"]))

    def generic_at(self, f: str, at: int) -> bool:
        """Whether the name told at ``at`` opens generic (การประชุมออนไลน์ alone: "the online meeting"),
        not with a way of meeting fused before a name (การประชุมออนไลน์เจ้าหน้าที่อาวุโส…), nor with
        "of" before the body or level that meets (การประชุมของคณะกรรมการ X: the meeting of X), nor with
        the event held with it (การประชุมและลงนามบันทึกความเข้าใจ…: the meeting and signing of X)."""
        if f.startswith(self.joined_events, at):
            return False
        mode = next((x for x in self.modes_before_name if f.startswith(x, at)), None)
        if mode is not None and f.startswith(self.name_openers, at + len(mode)):
            return False
        if f.startswith(_OF, at) and f.startswith(self.name_openers, at + len(_OF)):
            return False
        return f.startswith(self.generic, at)


_DASHES = re.compile(r"\s?[-–—]\s?")


def _thai_pair_in(label: str, p: Patterns) -> bool:
    """Does a meeting's name join Thailand and one partner by a dash ("… กัมพูชา - ไทย")?"""
    parties = {p.v.party_code(m.group(0)) for m in p.party.finditer(label)}
    return len(parties) == 2 and "TH" in parties and bool(_DASHES.search(label))


def _one_side_of(f: str, at: int, j: int, p: Patterns) -> bool:
    """Does the name told at ``at`` (its first chunk ending at ``j``) hold only one side of the
    meeting just told ("…เป็นประธานการประชุมฝ่ายกัมพูชา": chaired the Cambodian side of it)? A side
    marker that marks sides alone (not ของ or แห่ง, which also join a body's name) and a party."""
    side = p.side.match(f, at, j)
    if side is None or f.startswith(tuple(p.v.positions["side_markers_after_post_only"]), at):
        return False
    party = p.party.match(f, side.end(), j)
    return party is not None and party.end() == j


#: an aside in brackets after a way of meeting ("ผ่านระบบการประชุมทางไกล (Virtual Interface)")
_ASIDE = re.compile(r"\s?(?:\([^()\n]{1,60}\)\s?)?")
_BETWEEN = "ระหว่าง"
_FROM = "จาก"


@lru_cache(maxsize=4)
def _ways_re(ways: tuple[str, ...]) -> re.Pattern:
    """The ways of meeting (longest first) as one pattern: tried at every meeting head."""
    return re.compile("|".join(map(re.escape, ways)))


def _way_before_sides(f: str, at: int, pend: int, w: _NameWords) -> int | None:
    """Where the sides of a meeting start when the way it was held stands between its head and
    them ("การประชุมหารือผ่านระบบการประชุมทางไกล (Virtual Interface) ระหว่างอาเซียนกับ X"): the
    name is the head and the sides, the way of meeting no part of it; else None."""
    way = _ways_re(w.ways).match(f, at, pend)
    if way is None:
        return None
    k = _ASIDE.match(f, way.end(), pend).end()
    return k if f.startswith(_BETWEEN, k) else None


def find_meetings(f: str, paras: list[tuple[int, int]], p: Patterns) -> list[MeetingMention]:
    """Meeting-name mentions in folded text, with their numbers and English names: at each
    head (การประชุม, a verb head, a shorthand), the name's first chunk up to where it ends, the
    words that go on with it, its English name and its round."""
    w = _NameWords.of(p.v)
    out: list[MeetingMention] = []
    last_end = -1
    for hm, bare in _heads(f, p):
        s = hm.start()
        if s < last_end:
            continue
        # "วาระการประชุม", "ห้องประชุม": no meeting, unless a numbered one is named after the word
        # ("วาระการประชุมคณะกรรมการชายแดน… ครั้งที่ 95": that round's agenda); so too a bare verb
        # after a space ("ไทย-นิวซีแลนด์ ชื่นมื่น ประชุมร่วม… ครั้งที่ 3", news wording)
        blocked = bare or p.ends_with("not_after", f, s)
        pi = _para_of(paras, s)
        pend = paras[pi][1]
        # the first chunk: up to a space, parenthesis, or paragraph end
        tail_start = hm.end()
        if (hm.group(0) in w.shorthand or bare and _apart_named(f, tail_start + 1, p)) and f.startswith(" ", tail_start):
            tail_start += 1             # "กปช. คณะกรรมาธิการร่วม…": the shorthand stands apart; so may an
                                        # acronym after a bare verb ("ประชุม RBC ไทย-มาเลเซีย")
        way = _way_before_sides(f, tail_start, pend, w)
        if way is not None:
            tail_start = way            # "การประชุมหารือผ่านระบบการประชุมทางไกล (…) ระหว่าง A กับ B": the sides name it
        limit = min(pend, s + 200)
        stop = _CHUNK_END.search(f, tail_start, limit)
        j = stop.start() if stop else limit
        sided = _one_side_of(f, tail_start, j, p)
        # (not a chunk that runs on to its round, naming no other meeting inside: "การประชุมหารือเพื่อความ
        # ร่วมมือ…ไทยและ X ครั้งที่ 4"; but "จัดประชุมต่อเนื่องจากการประชุม Y ครั้งที่ 13" is Y's round)
        generic = w.generic_at(f, tail_start) \
            and not (_BEFORE_NUMBER.match(f, j, pend) and p.head.search(f, tail_start, j) is None)
        if blocked and (generic or sided or any(x in f[tail_start:j] for x in w.refers)
                        or p.head.match(f, tail_start)):
            continue        # (…อนุมัติกรอบการหารือการประชุม X ครั้งที่ 9: the mandate for X; X is read at its own head)
        if generic or sided or any(x in f[tail_start:j] for x in w.refers):
            back = _named_back(f, s, tail_start, j, pi, w.refers, out)
            if back is not None:        # "…มีกำหนดเข้าร่วมการประชุมสุดยอดอาเซียนข้างต้น": the one told before
                out.append(back)
                last_end = back.end
            continue
        j = _first_chunk_end(f, tail_start, j, pend, p, w)
        before = _ROUND_OF.match(f, tail_start, pend) if not blocked else None
        if before is not None and not before.group("name").startswith(w.not_whose):     # "ครั้งที่ 2 ของปี": no name
            # "การประชุม สมัยที่ 80 ของสมัชชาสหประชาชาติ": the round told before whose it is
            numbers, number_year = parse_number(before.group("round"))
            label = hm.group(0).strip() + before.group("name")
            mm = MeetingMention(s, before.end(), before.end(), label, None, numbers, number_year, pi)
            mm.series = series_key(label if label.startswith("การ") else "การ" + label)
            out.append(mm)
            last_end = mm.end
            continue
        tail = f[tail_start:j]
        name_end, ordinal, head_apart, english_first = j, None, False, None
        if not tail:
            told = _tail_apart(f, hm.group(0), j, pend, p, w)
            if told is None:
                continue
            tail, name_end, ordinal, head_apart, english_first = told
        elif generic or tail[0].isdigit() or tail == _THAT:
            # "…เป็นเจ้าภาพจัดการประชุมว่า การประชุมเป็นไปด้วยดี": "said of the meeting that", no name
            continue
        name_end = _name_goes_on(f, s, name_end, pend, p, w)
        written = (f[s:hm.end()] + f[tail_start:name_end] if way is not None else f[s:name_end]).strip()
        # "การประชุมสุดยอดริมน้ำ หรือ "ริมน้ำ ซัมมิต"": the other name told in quotes after หรือ is not part of it
        quoted_other = _QUOTED_OTHER_NAME.search(written, len(hm.group(0)) + 2)
        label = (written[:quoted_other.start()] if quoted_other else written) \
            .strip().replace('"', "").replace("“", "").replace("”", "")
        label = _TRAILING_OR.sub("", label)     # "…อนุสัญญา X หรือสมัยที่ 7 (X7)": "or", then the round, is no part of the name
        if ordinal is not None and "ordinal" in ordinal.re.groupindex:
            # an ordinal leading the English name is the round, not the name; one inside it (MID_ORDINAL,
            # no such group) names the inner meeting and stays
            label = label.replace(ordinal.group("ordinal"), "", 1)
        label, label_en, numbers, number_year, k, by_edition = _english_name_and_round(f, label, name_end, pend, p, ordinal)
        written_with_english = None
        if english_first is not None:
            # "การประชุม (Joint Riverside Dialogue: JRD) ไทย–นิวซีแลนด์": the English name is the name's other
            # spelling, and its acronym, when it ends with one, the word the Thai name leaves out
            en = english_first
            acronym = _ENDS_WITH_ACRONYM.search(en)
            written_with_english = label
            label = re.sub(r"\s+", " ", label.replace(f"({en})", f" {acronym.group(1)} " if acronym else " ")).strip()
            label_en = label_en or en
        # "การประชุมสุดยอดริมน้ำหรืออาร์เอ็มเอส (RMS)": the short name told after หรือ, run on to the
        # name with no space, is its other name, not part of it
        fused_other = quoted_other or _FUSED_OTHER_NAME.search(label, len(hm.group(0)) + 2)
        if fused_other is not None:
            label = label[:fused_other.start()].rstrip()
        prepared = None
        if numbers and (prep := _PREPARATORY.match(label)) is not None:
            # "การประชุมเตรียมการสำหรับการประชุม X ครั้งที่ 2": the round is X's, told inside the
            # name of the preparatory meeting, which has none of its own
            at = s + prep.start("prepared")
            # the name as the label has it, with a pair told after a Thai acronym ("… (กชภ.) ไทย – มาเลเซีย")
            prepared = MeetingMention(at, k, name_end, label[prep.start("prepared"):].strip(), label_en, numbers,
                                      number_year, pi)
            prepared.series = series_key(prepared.label)
            prepared.ahead = True       # prepared for, so later: the day of its preparation is not its own
            numbers, number_year, label_en = [], None, None
        # a bare verb a space apart from its name is a head only where _heads found an acronym or
        # two parties after it
        apart = bare and f.startswith(" ", hm.end())
        thi_named = blocked and not numbers and _thi_named(f, hm, k, pend, p)
        if blocked and not numbers and not thi_named and not (bare and (apart or _names_a_pair(label, p, after_who=True))):
            continue
        if not numbers and name_end >= len(f.rstrip()) and name_end - tail_start < w.cut_name_letters:
            last_end = k
            continue                # "…และการประชุมระ": a name the excerpt cut after its first letters
        if not numbers and _without_qualifier(label.rstrip(" ฯๆ"), w.qualifiers).endswith(w.generic_ends):
            last_end = k
            continue                # "การประชุมเต็มคณะ", "การประชุมทั้งสองฝ่าย": a session or a back-reference
        mm = MeetingMention(s, k, name_end, label, label_en, numbers, number_year, pi)
        mm.acronym_edition = by_edition
        mm.cut = name_end >= len(f.rstrip())
        if not numbers:
            rw = _ROUND_WORD.match(f, k, pend)
            if rw:
                mm.round_word = "first" if rw.group(1) else "previous"
        _name_series(f, s, mm, head_apart, out, w)
        if not numbers and (edition := _EDITION_YEAR.match(f, k, pend)) is not None:
            mm.aliases = (f"{label} {edition.group(1)}",)   # "การประชุม X Forum 2024": as written, its year too
        annual = ANNUAL_YEAR.match(f, k, pend) if not numbers else None
        if annual is not None and (annual.group("word") or label.endswith(ANNUAL)):
            # "การประชุม X ประจำปี 2566": the year's meeting, so named too (the series is X's)
            mm.annual_year = (gregorian_year(int(annual.group("year"))), annual.start("year"))   # (f is folded: Arabic digits)
            mm.aliases = (*mm.aliases, f[s:annual.end()].strip())
        if thi_named:
            mm.aliases = (*mm.aliases, _THI + label.removeprefix("การ"))    # "ในที่ประชุมรัฐมนตรี X": as written
        if written_with_english is not None:
            mm.aliases = (*mm.aliases, written_with_english)
        inside = _OR_ACRONYM_INSIDE.search(f, s, name_end)     # "…อาเซียน หรือ ABCM จำกัดวง": told inside the name
        # "…แห่งภูมิภาคตะวันออก (สภาริมน้ำ) ครั้งที่ 12": a short Thai name told in brackets, the name the
        # release may call the round by later
        bracketed = _BRACKETED_SHORT_NAME.search(f, name_end, k) if numbers else None
        mm.also_called = _other_name(f, k, pend, p) or (inside.group(1) if inside else "") \
            or (bracketed.group(1) if bracketed else "") or (fused_other.group(1) if fused_other else "")
        out.append(mm)
        if prepared is not None:
            mm.prepares = prepared
            out.append(prepared)
        last_end = k
        second = _session_conjunct(f, hm.group(0), label, k, pend, pi, w)
        if second is not None:
            out.append(second)
            last_end = second.end
    return _with_bodies_meeting(f, paras, out)


#: "…สมัยพิเศษ และรัฐมนตรีเศรษฐกิจริมน้ำบวกสาม (นิวซีแลนด์ ฟิจิ และตองกา) สมัยพิเศษ": a second
#: session named after "and" without its head, up to its own session word
_CONJUNCT = re.compile(r" ?และ ?(?P<name>[^\s()]{4,80})(?P<aside> ?\([^()\n]{1,60}\))?(?P<session>"
                       + _SESSION.pattern + ")")


def _session_conjunct(f: str, head: str, label: str, k: int, pend: int, pi: int, w: _NameWords) -> MeetingMention | None:
    """The second meeting of "การประชุม A สมัยพิเศษ และ B สมัยพิเศษ", B written without the head
    (each a special session of its own body); None when the name does not end on a session or
    what follows "and" does not open a body's name (``spaced_openers`` without their "and")."""
    if not label.endswith(_SPECIAL_SESSIONS):
        return None
    m = _CONJUNCT.match(f, k, pend)
    if m is None or not (_AND + m.group("name")).startswith(w.spaced_openers):
        return None
    written = f[m.start("name"):m.end()].strip()
    noun = head if head.startswith(_NOUN_MAKER) else other_form(head)      # ประชุม → การประชุม
    mm = MeetingMention(m.start("name"), m.end(), m.end(), noun + m.group("name") + m.group("session"),
                        None, [], None, pi)
    mm.series = series_key(mm.label)
    mm.aliases = (written,)
    return mm


#: "ประชุม" standing as a word of its own, after a space, before a name: a head only for a numbered round
_BARE_VERB_HEAD = re.compile(r"(?<=\s)ประชุม(?=[\u0e01-\u0e2eA-Z]| [A-Z\u0e01-\u0e2e])")
_THI = "ที่"


@lru_cache(maxsize=4)
def _body_head_after_thi(bodies: tuple[str, ...]) -> re.Pattern:
    """"ที่ประชุม" (the meeting as a body) before the name of a body that meets ("กล่าวถ้อยแถลงต่อ
    ที่ประชุมสมัชชาใหญ่สหประชาชาติ สมัยที่ 80"): a head only for a numbered round, as a bare verb
    is; "ที่ประชุมรับทราบ…" (the meeting took note) names none."""
    return re.compile(rf"(?<={_THI})ประชุม(?=(?:{'|'.join(map(re.escape, bodies))}))")


def _heads(f: str, p: Patterns):
    """Every head in text order, each with whether it is a bare verb after a space (the
    vocabulary's heads first where both match)."""
    heads = {m.start(): (m, False) for m in p.head.finditer(f)}
    for m in _BARE_VERB_HEAD.finditer(f):
        if f.startswith(" ", m.end()) and not _apart_named(f, m.end() + 1, p):
            continue                # a bare verb, a space, then no acronym nor pair: no name
        heads.setdefault(m.start(), (m, True))
    for m in _body_head_after_thi(tuple(p.v.meetings["body_heads_after_thi"])).finditer(f):
        heads.setdefault(m.start(), (m, True))
    for m in _numbered_heads(tuple(p.v.meetings["numbered_heads"])).finditer(f):
        heads.setdefault(m.start(), (m, True))     # "การพบปะสังสรรค์… ครั้งที่ 4": a round's name, as a bare verb's
    return [heads[k] for k in sorted(heads)]


@lru_cache(maxsize=1)
def _numbered_heads(words: tuple[str, ...]) -> re.Pattern:
    """Heads that open a meeting's name only as a bare verb does: numbered, or naming a pair (meetings.json numbered_heads)."""
    return re.compile(alternation(words))


#: an edition's year written right after a name ("… Forum 2024", "ประชุมเอเปก 2024"), not a round
_EDITION_YEAR = re.compile(r" ?((?:19|20)\d{2})(?!\d|\s?(?:ครั้งที่|-|–))")


#: two parties joined by a dash inside a name ("RBC ไทย-มาเลเซีย")
_DASHED_PAIR = re.compile(r"([^\s\-–]+)\s?[-–]\s?([^\s\-–]+)")


def _names_a_pair(text: str, p: Patterns, *, after_who: bool = False) -> bool:
    """"“แม่ทัพภาค 9” ประชุม ABCM ไทย-นิวซีแลนด์": a bare verb names a meeting, numbered or not, when
    what follows it is the meeting of two parties; ``after_who``: the first party may end a word
    that opens with who meets ("รมว.วท.ไทย-ลาว") or with the verb and the level of the meeting
    ("ประชุมระดับวิชาการไทย - กัมพูชา")."""
    def first(word: str) -> bool:
        return any(p.party.fullmatch(word, i) for i in range(len(word) if after_who else 1))
    return any(first(m.group(1)) and p.party.fullmatch(m.group(2)) for m in _DASHED_PAIR.finditer(text))


def _apart_named(f: str, k: int, p: Patterns) -> bool:
    """After a bare verb and a space, at ``k``: an acronym ("ประชุม RBC ไทย-มาเลเซีย") or a
    chunk naming two parties ("ประชุม รมว.วท.ไทย-ลาว")."""
    return f[k:k + 1].isupper() or _names_a_pair(f[k:_chunk_end(f, k, len(f))], p, after_who=True)


def _thi_named(f: str, head: re.Match, k: int, pend: int, p: Patterns) -> bool:
    """"ในที่ประชุมสุดยอดอาเซียน-X": after ที่, a summit's or the leaders' name is a meeting's,
    numbered or not, unless it is the next one's (…ต่อที่ประชุมสุดยอด X ครั้งต่อไป)."""
    named = p.v.meetings["thi_named_bodies"]
    return f.endswith(_THI, 0, head.start()) and f.startswith(tuple(named["bodies"]), head.end()) \
        and not f[k:pend].lstrip().startswith(tuple(named["not_before"]))


#: "การประชุมกรรมการชายแดนส่วนภูมิภาค หรือ อาร์บีซี…": the other name the text gives right after it
_OR_NAME = re.compile(r"\s?หรือ\s?([^\s()\-]{2,30})")


#: "…สุดยอดริมน้ำหรืออาร์เอ็มเอส": a short other name told after หรือ at the end of a name (not "หรือไม่", whether)
_FUSED_OTHER_NAME = re.compile(rf"(?<=[{_THAI}])\s?หรือ\s?(?!ไม่)([^\s()]{{2,30}})$")


#: "การประชุม X (สภาริมน้ำ) ครั้งที่ 12": a short Thai name in brackets between a name and its round
_BRACKETED_SHORT_NAME = re.compile(rf"\(({_SHORT_THAI_NAME})\)")


#: "…สุดยอดริมน้ำ หรือ "ริมน้ำ ซัมมิต"": another name told in quotes after หรือ at the end of a name
_QUOTED_OTHER_NAME = re.compile(r"\s?หรือ\s?[\"“]([^\"“”\n]{2,40})[\"”]$")


#: "การประชุมรัฐมนตรีเศรษฐกิจอาเซียน หรือ ABCM จำกัดวง": an acronym told as the other name inside a name
_OR_ACRONYM_INSIDE = re.compile(r" ?หรือ ?([A-Z][A-Za-z0-9&]+) ")


def _other_name(f: str, k: int, pend: int, p: Patterns) -> str:
    """The short name told after a meeting's with หรือ ("… หรือ อาร์บีซี"), up to where a name ends
    (a place after it: "อาร์บีซีที่จ.ชายฝั่ง"); "" when none."""
    m = _OR_NAME.match(f, k, pend)
    if m is None:
        return ""
    stop = p.boundary.search(m.group(1))
    return (m.group(1)[:stop.start()] if stop else m.group(1)).strip()


def _first_chunk_end(f: str, tail_start: int, j: int, pend: int, p: Patterns, w: _NameWords) -> int:
    """Where a name's first chunk ends, up to ``j``: at a boundary word (not a body it sits under),
    before "as well", before a statement's "that", before whose trip it was, before a country glued on."""
    b = p.boundary.search(f, tail_start, j)
    while b is not None and f.startswith(w.inner_bodies, b.start()):
        b = p.boundary.search(f, b.end(), j)    # "คณะทำงานภายใต้คณะมนตรี…": the body it sits under, named
    if b is not None and not (b.end() == j and _BEFORE_NUMBER.match(f, j, pend)):
        j = b.start()       # a word the name ends on, right before its round, is the name's
                            # ("…เพื่อการพัฒนาร่วมกัน ครั้งที่ 1")
    if f.endswith(_ALSO, tail_start, j) and not f.endswith("ว่า" + _ALSO, tail_start, j):
        j -= len(_ALSO)             # "…การประชุมสุดยอดเอเชียตะวันออกด้วย": "as well", not the name
    elif f.endswith(_IN, tail_start, j) and not f.endswith(_WITHIN, tail_start, j) and _SPACED_DIGIT.match(f, j, pend):
        j -= len(_IN)               # "…รัฐมนตรีริมน้ำใน 2016": "in" the year, not the name
    elif f.endswith(_AT, tail_start, j) and j - len(_AT) > tail_start and f[j:j + 1] == " " \
            and p.travel_party.match(f, j + 1, pend):
        j -= len(_AT)               # "…รัฐมนตรีต่างประเทศริมน้ำที่ นิวซีแลนด์": where it was held, not the name
    elif f.endswith(_THAT, tail_start, j) and not f.endswith("ก" + _THAT, tail_start, j) \
            and j - len(_THAT) > tail_start and (j == pend or f[j] == " "):
        j -= len(_THAT)             # "…ร่วมประชุมคณะรัฐมนตรีไทย-กัมพูชาว่า เป็น…": "that", a statement's, not the name
    whose_or_whence = next((x for x in (_OF, _FROM) if f.endswith(x, tail_start, j)), None)
    if whose_or_whence and f[j:j + 1] == " " and (p.honorific.match(f, j + 1) or p.position_head.match(f, j + 1)):
        j -= len(whose_or_whence)   # "การประชุมสุดยอดอาเซียนของ น.ส.…": whose trip, not the name;
                                    # "ประชุมส่งมอบหน้าที่จาก คุณ X": from whom
    whose = f.find(_OF, tail_start, j)
    title = p.honorific.match(f, whose + len(_OF)) if whose != -1 else None
    if title is not None and title.end() > whose + len(_OF):
        j = whose                   # "…ประชุมระหว่างประเทศของนางสาว X": hers, not the name
    return _before_glued_country(f, tail_start, j, p)


#: a name written apart from its head that runs, over a word or three, right up to its round
_APART_TO_ROUND = re.compile(rf" ([^\s()\d]{{2,60}}(?: [^\s()\d]{{2,60}}){{0,2}}) ?(?={_ROUND_THI} ?\d)")


#: "…โดยมี": who the meeting was held with, or who chaired it, told next
_WITH_WHOM = re.compile(r"\s?โดยมี")
#: who led a side of a meeting, or the room it sat in, told after its name
_LED_OR_SAT = re.compile(r"นำโดย|\sณ\s|(?:^|\s)ที่ห้องประชุม")
#: the acronym an English name ends with ("Joint Riverside Dialogue: JRD")
_ENDS_WITH_ACRONYM = re.compile(r"[:\s]\s*([A-Z][A-Z0-9&]{1,9})\s*$")
#: an English name in brackets right after the head, then the parties and the round: "การประชุม (Joint
#: Riverside Dialogue: JRD) ไทย–นิวซีแลนด์ ครั้งที่ 4"
_BRACKETED_THEN_NAME = re.compile(rf" ?\((?P<en>[A-Z][^()\n]{{2,80}})\) ?(?P<name>[^\s()\d]{{2,60}}) ?(?={_ROUND_THI} ?\d)")


def _tail_apart(f: str, head: str, j: int, pend: int, p: Patterns, w: _NameWords):
    """A name written apart from its head (nothing fused to it): (tail, where it ends, a Latin
    ordinal, whether the head stands apart from a level, the English name in brackets it opens
    with), or None when no name follows."""
    # "การประชุม ARF ครั้งที่ 28": a head followed by a Latin acronym or name
    lat = _LATIN_TAIL.match(f, j, pend)
    if lat is not None and p.honorific.match(f, j + 1):
        return None         # "ก่อนเริ่มประชุม Dr. John Smith ได้กล่าว…": a titled official follows, no name
    ordinal = lat if lat is not None and lat.group("ordinal") else None    # "การประชุม 75th Commission Session…"
    if lat is not None and ordinal is None:
        ordinal = MID_ORDINAL.search(f, lat.start(), lat.end())      # "… Dialogue 9th Harbour Security Summit"
    abbreviated = _ABBREVIATED_TAIL.match(f, j, pend) if lat is None else None
    if abbreviated is not None:
        # "เข้าร่วมประชุม รมว.กห.อาเซียน ครั้งที่ 12": the ministers named by their abbreviated post
        return abbreviated.group(1), abbreviated.end(), ordinal, False, None
    if not lat and head in w.standalone:
        return "", j, ordinal, False, None  # "ร่วมงานเลี้ยงอาหารกลางวัน ซึ่งนาย X เป็นเจ้าภาพ": a meal, a name by itself
    if not lat and (quoted := _QUOTED_THAI_NAME.match(f, j, pend)) is not None:
        # (a round told inside the quotes is the round, not the name: 'การประชุม “สุดยอดริมน้ำ ครั้งที่ 12”')
        if (inner := _ROUND_INSIDE.search(f, quoted.start(1), quoted.end(1))) is not None:
            return f[quoted.start(1):inner.start()], inner.start(), ordinal, False, None
        return quoted.group(1), quoted.end(), ordinal, False, None     # news style: ประชุม“เอเปกซัมมิต”
    if not lat and (opened := _UNCLOSED_QUOTE_NAME.match(f, j, pend)) is not None:
        # 'การประชุม “รัฐมนตรีริมน้ำ (RMM) ครั้งที่ 12 เมื่อวาน…': a quote opened and not closed before the round
        return opened.group(1), opened.end(1), ordinal, True, None
    if not lat and (apart := p.level_tail.match(f, j, pend)) is not None:
        # "ภายหลังการเข้าร่วมประชุม รัฐมนตรีอาเซียนด้านเกษตรและป่าไม้ ครั้งที่ 40": the head
        # written apart from a name that opens with who meets (levels)
        b2 = p.boundary.search(f, apart.start(1), apart.end())
        name_end = b2.start() if b2 else apart.end()
        return f[apart.start(1):name_end], name_end, ordinal, True, None
    if not lat and (bracketed := _BRACKETED_THEN_NAME.match(f, j, pend)) is not None \
            and not p.honorific.search(bracketed.group("name")):
        return f[j:bracketed.end("name")].strip(), bracketed.end("name"), ordinal, False, bracketed.group("en")
    if not lat and (numbered := _APART_TO_ROUND.match(f, j, pend)) is not None \
            and not (p.boundary.search(numbered.group(1)) or p.head.search(numbered.group(1))
                     or p.honorific.search(numbered.group(1))):
        # "ร่วมการประชุม ผู้บัญชาการทหารอากาศอาเซียน ครั้งที่ 7": a name apart, up to its round
        return numbered.group(1), numbered.end(1), ordinal, True, None
    if not lat:
        return None
    return lat.group(0).strip(), lat.end(), ordinal, False, None     # quoted: การประชุม "ASEAN-GCC-China Summit"


@cache
def _country_count() -> re.Pattern:
    """A group named by its count of countries (…กลุ่มอุตสาหกรรมชั้นนำ 7 ประเทศ), with the region
    after the count: a word of ``country_count.regions`` (…10 ประเทศอาเซียน), or an opener of
    ``country_count.region_openers`` and its name (…6 ประเทศลุ่มน้ำโขง, …ประเทศสมาชิก…), up to
    ``country_count.region_name_max`` letters (kg/data/meetings.json)."""
    cc = vocab().meetings["country_count"]
    region = (rf"{alternation(cc['region_openers'])}[\u0e00-\u0e7f]{{0,{int(cc['region_name_max'])}}}"
              rf"|{alternation(cc['regions'])}")
    return re.compile(rf" ?\d{{1,3}} ?(?:ประเทศ|ชาติ)(?:{region})?(?![\u0e00-\u0e7f])")


#: an annual meeting's year and whose meeting it is ("การประชุมประจำปี 2568 ของสมาคม X")
_YEAR_AND_WHOSE = re.compile(r" ?(?:(?:พ\.ศ\.|ค\.ศ\.) ?)?\d{4} ?ของ ?[^\s()]{2,80}")
#: the count of an anniversary's years, after its word ("ครบรอบ 75 ปี")
_ANNIVERSARY_YEARS = re.compile(r" ?\d{1,4} ?ปี")


def _name_goes_on(f: str, s: int, name_end: int, pend: int, p: Patterns, w: _NameWords) -> int:
    """Where a name ends, past the words that go on with it after a space: a country pair, a
    continuation word, a group's number, a year, an acronym, the parties after an English name,
    a plus-count, a run on to its round, the other side of "between", a session."""
    # a spaced country pair continues the name: "การประชุมระดับรัฐมนตรี ไทย-ลาว", "ไทย - มาเลเซีย"
    while True:
        m2 = _NEXT_CHUNK.match(f, name_end, pend)
        if not m2:
            break
        chunk = m2.group(1) or m2.group(2)
        if m2.group(1) is None and f[name_end - 1] == "-":
            pass                    # "…อิรวดี- เจ้าพระยา-แม่โขง": a dash before the space, the name goes on
        elif m2.group(1) is None and chunk in w.spaced_words:
            pass                    # "การประชุมอาเซียน ซัมมิท": a word that goes on with the name
        elif m2.group(1) is None and chunk.startswith(w.spaced_openers):
            if chunk.startswith(_AND) and f.endswith(_SPECIAL_SESSIONS, s, name_end):
                break               # "…อาเซียนสมัยพิเศษ และรัฐมนตรี… สมัยพิเศษ": a session ends it, another follows
            name_end = _chunk_end(f, m2.start(2), pend)
            break                   # "การประชุม X ว่าด้วยความร่วมมือ…": what the meeting is on, to the chunk's end
        elif m2.group(1) is None and chunk.isdigit() and f.endswith(w.number_words, 0, name_end):
            pass                    # "การประชุมผู้นำกลุ่มจี 20": the group's number, written apart
        elif m2.group(1) is None:
            parts = chunk.split("-")
            if not all(p.party.fullmatch(x) for x in parts if x) or len(parts) < 2:
                break
        elif not (p.party.match(chunk) or chunk.startswith(w.dash_words)):
            break                   # "อาเซียน - จีน", "เอเชีย - แปซิฟิก": the name goes on
        b = p.boundary.search(f, m2.start(), m2.end())
        if b is not None and b.start() > m2.start() + 1:
            name_end = b.start()
            break
        name_end = m2.end()
    # "การประชุมสุดยอดผู้นำกลุ่มอุตสาหกรรมชั้นนำ 7 ประเทศ", "ประชุมรัฐมนตรี 4 ชาติลุ่มน้ำโขง": a group named by how
    # many countries it holds
    counted = _country_count().match(f, name_end, pend)
    if counted is not None:
        name_end = counted.end()
    # "การประชุมระดับสูงเพื่อฉลองครบรอบ 75 ปี สหประชาชาติ": the years of an anniversary, and whose
    if f.endswith(tuple(p.v.meetings["anniversary_words"]), 0, name_end):
        years = _ANNIVERSARY_YEARS.match(f, name_end, pend)
        if years is not None:
            whose = _NEXT_CHUNK.match(f, years.end(), pend)
            name_end = whose.end() if whose and whose.group(2) and p.party.fullmatch(whose.group(2)) else years.end()
    # a year-qualified name: "การประชุมคณะกรรมการ…เอเปค ปี 2565 ครั้งที่ 2"
    yq = _YEAR_TAIL.match(f, name_end, pend) or _NAMED_YEAR.match(f, name_end, pend)
    if yq:
        name_end = yq.end()
    # "การประชุมประจำปี 2568 ของสมาคม X": an annual meeting goes on to its year and whose it is
    if f.endswith(tuple(p.v.meetings["annual_words"]), 0, name_end):
        whose = _YEAR_AND_WHOSE.match(f, name_end, pend)
        if whose is not None:
            name_end = whose.end()
    # an acronym after the Thai words: "การประชุมเจ้าหน้าที่อาวุโส BIMSTEC"
    ac = _ACRONYM_TAIL.match(f, name_end, pend)
    if ac and not _ENGLISH_GOES_ON.match(f, ac.end(), pend):
        name_end = ac.end()     # (not "…กลาโหมอาเซียน ASEAN DEFENCE MINISTERS' MEETING": its English name, inline)
    # "การประชุม Political Consultations ไทย – บราซิล": the two parties after an English name are the name's
    pair = _PAIR_AFTER.match(f, name_end, pend) if _HAS_LATIN.search(f, s, name_end) else None
    if pair is not None and all(p.party.fullmatch(x) for x in (pair.group(1), pair.group(2))):
        name_end = pair.end()
    plus = _PLUS_TAIL.match(f, name_end, pend)      # "การประชุมสุดยอดอาเซียน บวก ๓": ASEAN+3, not ASEAN
    if plus is None and f.endswith(("บวก", "+"), 0, name_end):
        plus = _PLUS_COUNT.match(f, name_end, pend)  # "การประชุมสุดยอดอาเซียนบวก 3": the word fused, the count apart
    if plus:
        name_end = plus.end()
    # a name that runs over spaces up to its number: "…ว่าด้วยการลักลอบขนคนเข้าเมือง
    # การค้ามนุษย์ และอาชญากรรมข้ามชาติที่เกี่ยวข้อง ครั้งที่ 8"
    name_end = _run_on_to_number(f, name_end, pend, p)
    name_end = _other_side(f, s, name_end, pend, p)
    if f.endswith(_BETWEEN, s, name_end) and name_end - len(_BETWEEN) > s:
        name_end -= len(_BETWEEN)       # "ประชุมกระชับความสัมพันธ์ระหว่าง จังหวัด A กับ…": the parties, apart, are not read
    session = _SESSION.match(f, name_end, pend)
    if session:
        name_end = session.end()
    return name_end


def _english_name_and_round(f: str, label: str, name_end: int, pend: int, p: Patterns, ordinal):
    """What follows a name: its English name in brackets (and a pair or a session told after a
    bracketed acronym), then its round (ครั้งที่ N) and an English name after that; with no
    ครั้งที่, a Latin ordinal before the name or in its English name numbers the round. Returns
    the label, the English name, the numbers, the number's year, where the mention ends, and whether
    the number is an edition told after an acronym (:func:`_acronym_edition`)."""
    k = name_end
    label_en = None
    m3 = _PAREN.match(f, k, pend)
    english = _OR_ACRONYM.sub("", m3.group(1).strip()) if m3 else ""      # "(ASEAN … Meeting หรือ ABCM)": its acronym
    if m3 and _HAS_LATIN.search(english) and not _HAS_THAI.search(english):
        label_en = english.strip()
        k = m3.end()
        # "การประชุมคณะกรรมาธิการร่วม… (JCBC) ไทย – เวียดนาม ครั้งที่ 1": the pair is the name's, and so is
        # the session told after it ("… (General Border Committee: GBC) ไทย-กัมพูชา สมัยวิสามัญ")
        pair = _PAIR_AFTER.match(f, k, pend)
        if pair and all(p.party.fullmatch(x) for x in (pair.group(1), pair.group(2))):
            label, k = f"{label} {pair.group(1)}-{pair.group(2)}", pair.end()
        session = _SESSION.match(f, k, pend)       # (or right after the English name: "… (ABC) สมัยพิเศษ")
        if session:
            label, k = label + session.group(0), session.end()
    elif m3 and _THAI_ACRONYM.fullmatch(m3.group(1)):
        # "การประชุมคณะกรรมาธิการเขตแดนร่วม (เจบีซี) ไทย-กัมพูชา สมัยวิสามัญ": an acronym spelt in
        # Thai, then the pair and the session that are the name's
        pair = _PAIR_AFTER.match(f, m3.end(), pend)
        if pair and all(p.party.fullmatch(x) for x in (pair.group(1), pair.group(2))):
            label, k = f"{label} {pair.group(1)}-{pair.group(2)}", pair.end()
            session = _SESSION.match(f, k, pend)
            if session:
                label, k = label + session.group(0), session.end()
    if k == name_end and m3 and _BRACKETED_SHORT_NAME.fullmatch(m3.group(0).strip()) and _BEFORE_NUMBER.match(f, m3.end(), pend):
        k = m3.end()        # "…แห่งภูมิภาคตะวันออก (สภาริมน้ำ) ครั้งที่ 12": its short Thai name, then its round
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
    if not numbers and label_en and m3 is not None and (en_nth := _EN_ORDINAL.match(label_en)) is not None:
        numbers = [int(en_nth.group("nth"))]    # "การประชุม X (52nd ASEAN Foreign Ministers' Meeting)": its round
    edition = _acronym_edition(f, label, k, pend, p) if not numbers else None
    if edition is not None:
        label, numbers, k = edition         # "การประชุม COP 28", "ACAMM-23": the edition after the acronym
    if label.endswith(_SPECIAL_SESSIONS):
        numbers, number_year = [], None     # "สมัยพิเศษ ครั้งที่ 1/2568": a special session has no number (CONTRACT.md)
    return label, label_en, numbers, number_year, k, edition is not None


#: an acronym with its edition fused or after a dash ("COP26", "ACAMM-23"), ending a name
_FUSED_EDITION = re.compile(r"(?<![A-Za-z])(?P<acronym>[A-Z]{3,8})-?(?P<n>\d{1,3})\Z")
#: an acronym ending a name, and its edition written apart after it ("การประชุม COP 28")
_ENDS_WITH_CAPITALS = re.compile(r"(?<![A-Za-z])(?P<acronym>[A-Z]{3,8})\Z")
_EDITION_APART = re.compile(r"[ -](?P<n>\d{1,3})(?![\d.,:/])")
#: how far a day told right after an acronym may run ("RIVER 10-13 ก.ย."): its days, not its edition
_DAY_REACH = len("10 - 13 กันยายน")
_ANY_YEAR = 2000       # a year to read a yearless day by ("10-13 ก.ย."): only whether it is one matters
#: the acronym and its edition in brackets after the name ("…ว่าด้วยการเปลี่ยนแปลงสภาพภูมิอากาศ (COP26)")
_EDITION_BRACKETED = re.compile(r" ?\((?P<acronym>[A-Z]{3,8})[ -]?(?P<n>\d{1,3})\)")


def _acronym_edition(f: str, label: str, k: int, pend: int, p: Patterns) -> tuple[str, list[int], int] | None:
    """The round numbered after the acronym a name ends with, as conferences number their
    editions ("เข้าร่วมประชุม COP 28", "COP26", "การประชุม ACAMM-23"): (the label without the
    number, the number, where the mention ends), or None; so is the acronym with its edition in
    brackets after the name ("…สภาพภูมิอากาศ (COP26)"). Not an acronym of ``not_editions``
    (COVID-19 is a disease's name), nor one of fewer than three letters (G20 names a group)."""
    not_editions = p.v.meetings["not_editions"]
    fused = _FUSED_EDITION.search(label)
    if fused is not None and fused.group("acronym") not in not_editions:
        return label[:fused.end("acronym")], [int(fused.group("n"))], k
    bracketed = _EDITION_BRACKETED.match(f, k, pend)
    if bracketed is not None and bracketed.group("acronym") not in not_editions:
        return label, [int(bracketed.group("n"))], bracketed.end()
    ends = _ENDS_WITH_CAPITALS.search(label)
    apart = _EDITION_APART.match(f, k, pend) if ends is not None else None
    if apart is not None and ends.group("acronym") not in not_editions and int(apart.group("n")) > 0 \
            and not find_dates(f[apart.start("n"):min(pend, apart.start("n") + _DAY_REACH)], default_year=_ANY_YEAR):
        return label, [int(apart.group("n"))], apart.end()
    return None


def _name_series(f: str, s: int, mm: MeetingMention, head_apart: bool, out: list[MeetingMention], w: _NameWords) -> None:
    """The series a mention's name belongs to: a verb head read as if การ were written, a head
    written apart read as if together, and a name abbreviated with ฯ as the longer one told before."""
    label = mm.label
    written = label.replace(" ", "", 1) if head_apart else label     # its series as if written together
    mm.series = series_key(written if written.startswith(("การ", *w.shorthand, *w.standalone)) else "การ" + written)
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


def _before_glued_country(f: str, lo: int, hi: int, p: Patterns) -> int:
    """"การประชุมผู้นำเขตเศรษฐกิจเอเปคที่เกาหลีใต้": a country written right after ที่, fused to
    the name, is where the meeting is held, not the name's; the name ends before ที่, when the chunk
    ends with the country."""
    at = f.find(_AT, lo + 1, hi)
    while at != -1:
        m = p.party.match(f, at + len(_AT), hi)
        code = p.v.party_code(m.group(0)) if m is not None else None
        if code is not None and p.v.parties[code].kind == "country" and m.end() == hi \
                and (hi == len(f) or f[hi] == "\n" or _CHUNK_END.match(f, hi)):
            return at               # (not "…เอเปคที่ไทยจะเป็นเจ้าภาพ": which Thailand hosts)
        at = f.find(_AT, at + 1, hi)
    return hi


_AT = "ที่"
_IN, _WITHIN = "ใน", "ภายใน"
#: a space, then a number (a year, a day)
_SPACED_DIGIT = re.compile(r" [0-9]")
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


#: a committee's name (a sub-committee's too) may run on over a few spaced words ("คณะอนุกรรมการด้าน…
#: เทคโนโลยี และสิ่งแวดล้อม วุฒิสภา"), none a word that opens a clause
_BODY_NAME_WORD = rf"\s(?!ซึ่ง|โดย|ที่|เมื่อ|ได้|จัด)[{_THAI}]{{2,40}}"
#: a committee's or a sub-committee's name, its head and the words fused to it
_COMMITTEE = rf"คณะ(?:อนุ)?กรรม(?:การ|าธิการ)[{_THAI}]{{2,60}}"
_BODY_MEETS = re.compile(rf"(?P<body>{_COMMITTEE}(?:{_BODY_NAME_WORD}){{0,4}})(?:\s?\([A-Z]{{2,10}}\))?"
                         rf"(?:\s?[{_THAI}]{{2,20}}\s?[-–]\s?[{_THAI}]{{2,20}})?\s?(?:ได้)?(?:จัด)?(?:การ)?ประชุม\s?(?=ครั้งที่)")


#: "ในการประชุมครั้งที่ 3 คณะกรรมการร่วมทางการค้า X – ไทย": the round told before the committee it is of
_ROUND_THEN_BODY = re.compile(rf"(?:การ)?ประชุม\s?(?={ROUND_NTH})")
_BODY_AFTER_ROUND = re.compile(rf"\s?(?:ของ)?\s?(?P<body>{_COMMITTEE}(?:\s?[-–]\s?[{_THAI}]{{2,20}})?)")


def _with_bodies_meeting(f: str, paras, found: list[MeetingMention]) -> list[MeetingMention]:
    """A committee that "holds its meeting no. N" ("คณะกรรมการชายแดนส่วนภูมิภาค (RBC) ไทย–มาเลเซีย
    จัดประชุมครั้งที่ 117"), or a meeting no. N told before its committee ("การประชุมครั้งที่ 3
    คณะกรรมการร่วม…"): that round of the committee's meetings, named "การประชุม" + the committee."""
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
    for m in _ROUND_THEN_BODY.finditer(f):
        round_ = NUMBER_RE.match(f, m.end())
        body = _BODY_AFTER_ROUND.match(f, round_.end()) if round_ is not None else None
        if body is None or any(x.start <= m.start() < x.end or m.start() <= x.start < body.end() for x in found):
            continue
        numbers, year = parse_number(round_.group(0))
        label = "การประชุม" + body.group("body").strip()
        mm = MeetingMention(m.start(), body.end(), body.end(), label, None, numbers, year, _para_of(paras, m.start()))
        mm.series = series_key(label)
        extra.append(mm)
    return sorted(found + extra, key=lambda x: x.start) if extra else found


_DANGLING_WITH = re.compile(r" ?[0-9]{1,2} ?[^\s()\d]{2,40}")        # "…ระหว่างญี่ปุ่นกับ 10 ชาติสมาชิกอาเซียน"
_SPACED_WITH = re.compile(r" ?กับ ?")
#: what stands between parties listed in a name "between" them ("ระหว่างไทย X และ Y")
_LISTED_PARTY_GAP = re.compile(r"(?:,?\s(?:และ\s?)?|\s?และ\s?)(?=\S)")


def _other_side(f: str, s: int, name_end: int, pend: int, p: Patterns) -> int:
    """A name "between A and B" goes on to B: a count after a dangling กับ ("การประชุมระหว่าง
    ญี่ปุ่นกับ 10 ชาติสมาชิกอาเซียน"), a party after a spaced กับ ("การเจรจาระหว่างไทย กับ กัมพูชา"),
    or a group of countries (meetings ``between_groups``: "…ระหว่าง A กับกลุ่มประเทศกำลังพัฒนา")."""
    if "ระหว่าง" not in f[s:name_end]:
        return name_end
    if f.endswith("กับ", s, name_end):
        m = _DANGLING_WITH.match(f, name_end, pend)
        return m.end() if m else name_end
    w = _SPACED_WITH.match(f, name_end, pend)
    if w is not None and (party := p.party.match(f, w.end(), pend)) is not None and p.party.search(f, s, name_end):
        return party.end()
    if w is not None and f.startswith(tuple(p.v.meetings["between_groups"]), w.end()) and p.party.search(f, s, name_end):
        return _chunk_end(f, w.end(), pend)      # "…ระหว่าง ASEAN กับประเทศหมู่เกาะ": a group of countries
    if p.party.search(f, max(s, name_end - p.v.meetings["reach"]["listed_party_back"]), name_end) is not None:
        # "ประชุมไตรภาคีระหว่างประเทศไทย X และ Y": the parties listed, the last after และ
        k, last_and = name_end, False
        while (gap := _LISTED_PARTY_GAP.match(f, k, pend)) is not None and (party := p.party.match(f, gap.end(), pend)):
            k, last_and = party.end(), "และ" in gap.group(0)
            if last_and:
                break
        if last_and:
            return k
    return name_end


#: "การประชุมเตรียมการสำหรับการประชุม X", "…เตรียมการเพื่อ…", and with nothing between: "การประชุม
#: เตรียมการประชุม X ครั้งที่ 112"
_PREPARATORY = re.compile(r"(?:การ)?ประชุมเตรียมการ(?:[^\s]{0,40}?(?:สำหรับ|เพื่อ))?(?P<prepared>(?:การ)?ประชุม)")


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


def _organised(f: str, end: int, p: Patterns) -> bool:
    """"กระทรวงการต่างประเทศ จัดการประชุม X": a meeting someone organises is held, unless the
    organising is to come or urged (มีแผนจะจัด…, เร่งจัด…)."""
    for w in p.v.meetings["organise_cues"]:
        if f.endswith(w, 0, end):
            return not p.ends_with("organise_not_after", f, end - len(w))
    return False

def _acronyms(label_en: str | None) -> set[str]:
    """The acronym a meeting's English name gives for the meeting itself:
    "Joint Boundary Commission: JBC" → JBC; "BIMSTEC" → BIMSTEC; "ARF SOM" → ARF SOM."""
    if not label_en:
        return set()
    # "…: JBC" or "…, RIVER TC": the acronym after the name; "21st RSOM": the round's ordinal, then the acronym
    last = _LEADING_ORDINAL.sub("", re.split(r"[:,]", label_en)[-1].strip())
    out = {last} if re.fullmatch(rf"{ACRONYM_WORD}(?:[ \-][A-Z][A-Za-z0-9&]{{0,15}}){{0,3}}", last) else set()
    # "Asia Cooperation Dialogue Summit" is also "ACD" (and "ACDS"): initials of its capitalised words
    initials = "".join(w[0] for w in re.findall(r"[A-Z][A-Za-z]+", label_en.split(":")[0]))
    if len(initials) >= 3:
        out |= {initials, initials[:-1]} if len(initials) >= 4 else {initials}
    return out


_LEADING_ORDINAL = re.compile(r"^[0-9]{1,3}(?:st|nd|rd|th)\s+")


#: a meeting name's head (การประชุม, หารือ …), to compare what follows it
_HEAD = re.compile(r"^(?:การ)?(?:ประชุม|หารือ)")


def _contained(short: str, long: str) -> float:
    """Share of the character bigrams of ``short`` (after its head) found in ``long``."""
    short = _HEAD.sub("", short)
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
    _rounds_told_twice(mentions, p)
    _cut_names_told_in_full(mentions)
    by_acronym: dict[str, MeetingMention] = {}
    for mm in mentions:
        for a in _acronyms(mm.label_en):
            by_acronym.setdefault(a, mm)
            by_acronym.setdefault(a.replace(" ", ""), mm)      # "RIVER TC", written "RIVERTC" later
    # "… หรือ อาร์บีซี": a meeting named by the other name the release gives it is that meeting
    by_other_name = {mm.also_called: mm for mm in mentions if mm.also_called}
    # the words after a space that make another meeting of a name: a format or a special session (not a
    # level, ระดับผู้นำ, which names the same meeting more fully)
    formats = tuple(w for w in p.v.meetings["spaced_continuations"] if not w.startswith(_LEVEL))
    for mm in mentions:
        target = _alias_target(mm, mentions, by_acronym, p) or _named_otherwise(mm, by_other_name)
        if target is None:
            for x in mentions:
                if x is not mm and x.series.startswith(mm.series) and len(x.series) > len(mm.series):
                    rest = x.series[len(mm.series):]
                    if rest.startswith(("ว่าด้วย", " ", "สำหรับ", "แห่ง")) and not p.party.match(rest.strip()) \
                            and not _PLUS_TAIL.fullmatch(rest) \
                            and not rest.strip().startswith(formats):   # "…อาเซียน บวก 3" is not "…อาเซียน", nor
                                                                        # "…อาเซียน อย่างไม่เป็นทางการ" (a retreat)
                        mm.series = x.series
                        break
            continue
        mm.series = target.series
        mm.label = target.label
        mm.label_en = mm.label_en or target.label_en
        if mm.numbers == target.numbers:
            mm.number_year = mm.number_year or target.number_year


def _named_otherwise(mm: MeetingMention, by_other_name: dict[str, MeetingMention]) -> MeetingMention | None:
    """The meeting whose other name (told after หรือ) is ``mm``'s name without its head."""
    told = _HEAD.sub("", mm.label).strip()
    target = by_other_name.get(told) if by_other_name else None
    if target is None:
        # "การประชุมรัฐมนตรีเศรษฐกิจอาเซียน หรือ ABCM จำกัดวง", then "การประชุม ABCM จำกัดวง": the other
        # name, then the words that go on with both
        target = next((x for other, x in by_other_name.items() if told.startswith(other + " ")
                       and x.label.replace(" ", "").endswith(told[len(other):].replace(" ", ""))), None)
    if target is None or target is mm:
        return None
    return target if not mm.numbers or mm.numbers == target.numbers else None


def level_of(label: str, p: Patterns) -> str | None:
    """Who meets at a meeting, as its name says (leaders, ministers, senior officials), if it says."""
    return next((lv for lv, words in p.v.meetings["levels"].items() if any(w in label for w in words)), None)


def same_level(a: str, b: str, p: Patterns) -> bool | None:
    """Whether two names (of meetings, or a post and a meeting) say the same people meet; None when
    either says no level (the ministers' and the senior officials' round 7 of one framework are two
    meetings, however much of their names they share)."""
    la, lb = level_of(a, p), level_of(b, p)
    return None if la is None or lb is None else la == lb


def _rounds_told_twice(mentions: list[MeetingMention], p: Patterns) -> None:
    """One numbered round told twice, by the same parties and a name inside the other: the
    headline's by the body's name, and a later telling by the first one's."""
    same_name = p.v.meetings["headline_echo"]["same_name_share"]
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
        elif mine and not any(x.numbers for x in body if _parties_of_label(x.label) == mine):
            # the headline's "การประชุมคณะกรรมการ X ไทย-นิวซีแลนด์ ครั้งที่ 12", told in the body with no
            # number by a name inside it ("…ร่วมประชุมคณะกรรมการ X ไทย – นิวซีแลนด์"): that round
            for x in body:
                if not x.numbers and _parties_of_label(x.label) == mine and _contained(x.label, mm.label) >= same_name:
                    x.series = mm.series
    for i, mm in enumerate(mentions):
        # "ร่วมประชุมสุดยอดผู้นำอาเซียนครั้งที่ 46", then "การประชุมสุดยอดอาเซียนครั้งที่ 46": one
        # round told twice, by the same parties and a name inside the other
        if not mm.numbers:
            continue
        # (or by one name that gives no party at all: "ประชุม TBC แม่สอด-เมียวดี ครั้งที่ 32", then
        # "ประชุม TBC ไทย-พม่า แม่สอด-เมียวดี ครั้งที่ 32")
        first = next((x for x in mentions[:i] if x.numbers == mm.numbers and x.series != mm.series
                      and same_level(x.label, mm.label, p) is not False
                      and (_parties_of_label(x.label) == _parties_of_label(mm.label)
                           or not _parties_of_label(x.label) or not _parties_of_label(mm.label))
                      and max(_contained(mm.label, x.label), _contained(x.label, mm.label)) >= same_name), None)
        if first is not None:
            if _fuller_name(mm.label, first.label):
                # "ร่วมประชุมริมน้ำ ครั้งที่ 4" over the body, then "การประชุมสุดยอดริมน้ำ ครั้งที่ 4":
                # the round is known by its full name, the short one's tellings too
                told_short = first.series
                for x in mentions[:i]:
                    if x.series == told_short and x.numbers == mm.numbers:
                        x.series, x.label, x.label_en = mm.series, mm.label, x.label_en or mm.label_en
                continue
            mm.series, mm.label, mm.label_en = first.series, first.label, mm.label_en or first.label_en


def _cut_names_told_in_full(mentions: list[MeetingMention]) -> None:
    """A name the excerpt cuts off ("…เพื่อเข้าร่วมการประชุมคณะกรรมการร่วม X ด้านริม"), unnumbered, that
    another name of the release begins with, is that meeting told again (the headline's, in full)."""
    for mm in mentions:
        if not mm.cut or mm.numbers:
            continue
        cut = _HEAD.sub("", mm.label).replace(" ", "")
        full = next((x for x in mentions if x is not mm and not x.cut
                     and _HEAD.sub("", x.label).replace(" ", "").startswith(cut)), None)
        if full is not None:
            mm.series, mm.label, mm.label_en, mm.numbers = full.series, full.label, full.label_en, list(full.numbers)


def _fuller_name(label: str, other: str) -> bool:
    """Whether ``label`` is the fuller of two names of one round: the other, without its head, lies
    inside it, and it says more in words (not a head's spelling, ประชุม X and การประชุม X, nor a
    stray footnote's digit: X1 ครั้งที่ 9)."""
    bare, other_bare = (_HEAD.sub("", x).replace(" ", "") for x in (label, other))
    return len(_NOT_DIGITS.sub("", bare)) > len(_NOT_DIGITS.sub("", other_bare)) and _contained(other_bare, bare) == 1.0


_NOT_DIGITS = re.compile(r"[0-9]")


#: an acronym and the capitalised English words after it, ending a name ("การประชุม ADMM Retreat")
_WORDED_ACRONYM_END = re.compile(rf"(?:^|การประชุม ?)({ACRONYM_WORD}(?: [A-Z][A-Za-z]+){{1,3}})$")
#: two parties after a name's acronym ("… GBC ไทย-ลาว")
_PAIR_TAIL = re.compile(r"\s([\u0e00-\u0e7f]{2,30})\s?[-–]\s?([\u0e00-\u0e7f]{2,30})$")


def _alias_target(mm: MeetingMention, mentions: list[MeetingMention], by_acronym: dict[str, MeetingMention],
                  p: Patterns) -> MeetingMention | None:
    """The mention whose name ``mm`` is another name for: the one whose English name holds its
    acronym, the full name an acronym spells, the longer name a generic one begins, the
    grouping's one numbered meeting, or the meeting a segment is of; else None."""
    target = None
    tail = _ACRONYM_END.search(mm.label)
    if tail is None and (worded := _WORDED_ACRONYM_END.search(mm.label)) is not None and worded.group(1) in by_acronym:
        tail = worded           # "การประชุม ADMM Retreat": an acronym with its English word, as the English name ends
    pair = _PAIR_TAIL.search(mm.label) if tail is None else None
    if pair is not None and (tail := _ACRONYM_END.search(mm.label[:pair.start()])) is not None:
        # "การประชุม GBC ไทย-ลาว": the acronym, then the two parties the full name names too
        cand = by_acronym.get(tail.group(1))
        if cand is None or not (pair.group(1) in (cand.series or "") and pair.group(2) in (cand.series or "")):
            tail = None
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
    if target is not None and tail and mm.numbers and not target.numbers \
            and any(w in target.label for w in p.v.meetings["sub_body_words"]):
        target = None           # "การประชุม JBC ครั้งที่ 9" beside the JBC's secretariat meeting: the JBC's own round
    generic = _generic_name(mm.label)
    if target is None and generic:
        # (not a numbered round's name for an unnumbered longer one: "การประชุมสหภาพรัฐสภาริมน้ำ ครั้งที่ 40" and, held
        # during it, "การประชุมสหภาพรัฐสภาริมน้ำสตรี" are two bodies' meetings)
        target = next((x for x in mentions if x is not mm and x.label.startswith(mm.label) and len(x.label) > len(mm.label)
                       and (not mm.numbers or x.numbers == mm.numbers)), None)
    if target is None and not mm.numbers and _party_only_name(mm.label, p):
        # "…และจะเข้าร่วมประชุมอาเซียนเช้าวันจันทร์ที่ 26": the grouping's one numbered meeting
        # the release names, told again by the grouping alone
        mine = _parties_of_label(mm.label)
        same = [x for x in mentions if x is not mm and x.numbers and not x.is_parent and _parties_of_label(x.label) == mine]
        if len({(x.series, tuple(x.numbers)) for x in same}) == 1:
            target = same[0]
            mm.numbers, mm.number_year = list(target.numbers), target.number_year
    if target is None and mm.acronym_edition:
        # "ประชุม RPM 13" beside "การประชุมผู้นำริมน้ำ-แปซิฟิก ครั้งที่ 13": the one round of that number the
        # release names in another way
        same = [x for x in mentions if x is not mm and x.numbers == mm.numbers and not x.acronym_edition]
        if len({x.series for x in same}) == 1:
            target = same[0]
    if target is None and generic and not mm.numbers and mm.para != 0 and "ช่วง" in mm.label:
        # "เข้าร่วมการประชุมช่วงระดับรัฐมนตรี": a segment of the meeting the title names
        target = next((x for x in mentions if x.para != 0 and x is not mm and (x.numbers or x.cue) and not x.is_parent
                       and x.start < mm.start), None) \
            or next((x for x in mentions if x.para == 0 and x is not mm and x.numbers == [] and not x.is_parent), None)
    return target


_OF_THE_YEAR = re.compile(r"\s?ของปี")


def _counted_not_rounds(p: Patterns) -> tuple[tuple[str, ...], int]:
    """``counted_not_rounds`` (kg/data/meetings.json) and how far before a ครั้งที่ they are looked for."""
    words = tuple(p.v.meetings["counted_not_rounds"])
    return words, max(map(len, words)) + 1


@lru_cache(maxsize=4)
def _event_heads(words: tuple[str, ...]) -> re.Pattern:
    """An event's head word standing as a word of its own (after a space, ร่วม, และ or จัด: การจัดงาน
    ABC Festival), not inside one (สำนักงาน, แรงงาน): ``event_heads`` of kg/data/meetings.json."""
    return re.compile(rf"(?:(?<=\s)|(?<=ร่วม)|(?<=และ)|(?<=จัด))(?:{alternation(words)})")


def _with_round_references(f: str, paras, mentions: list[MeetingMention], p: Patterns) -> list[MeetingMention]:
    """Add rounds named by number alone: "ต่อจากการประชุมครั้งที่ 3", "โดยครั้งที่ 6 จัดขึ้นเมื่อ…",
    "การประชุม ครั้งที่ 3 และ 4": they belong to the series named last before them in the
    paragraph. "เป็นครั้งที่ 2" (for the second time) is not a round."""
    spans = [(mm.start, mm.end) for mm in mentions]
    extra: list[MeetingMention] = []
    listed_until: dict[int, int] = {}       # the end of the last headless name listed after a mention
    not_a_round, reach = _counted_not_rounds(p)
    event_heads = _event_heads(tuple(p.v.meetings["event_heads"]))
    framework_words = tuple(p.v.meetings["framework_before_acronym"])
    for nm in NUMBER_RE.finditer(f):
        i = nm.start()
        if any(a <= i < b for a, b in spans) or f.endswith(("เป็น", "เป็น "), 0, i) \
                or _OF_THE_YEAR.match(f, nm.end()) \
                or f[max(0, i - reach):i].rstrip().endswith(not_a_round):
            continue                # "เป็นการประชุมครั้งที่ 2 ของปี": the second of the year, not a round;
                                    # "เป็นการเยือนครั้งที่ 2": a visit's count; "การเลือกตั้งทั่วไปครั้งที่ 14"
        pi = _para_of(paras, i)
        ref = next((mm for mm in reversed(mentions) if mm.end <= i and mm.para == pi and not mm.is_parent), None)
        if ref is None or ref.talk:
            continue                # "…ให้การต้อนรับนาย X … เพื่อเข้าร่วมพิธี… ครั้งที่ 18": a talk has no rounds
        numbers, year = parse_number(nm.group(0))
        if not numbers or numbers == ref.numbers:
            continue
        if event_heads.search(f, ref.end, i):
            continue                # "…เดินทางเข้าร่วมงาน ABC Expo ครั้งที่ 14": the fair's, not a round
        if (other := _ACRONYM_BEFORE.search(f, ref.end, i)) is not None \
                and other.group(1) not in ref.label + (ref.label_en or "") + ref.also_called \
                and not f[ref.end:other.start()].rstrip().endswith(framework_words):
            continue                # "…ผลการประชุม RBC … ตามข้อตกลงของ ABC ครั้งที่ 4": another body's round
                                    # (not the framework the meeting is held under: "…ภายใต้กรอบความร่วมมือ X ครั้งที่ 2")
        listed = _headless_name(f, max(ref.end, listed_until.get(id(ref), 0)), i, ref.label)
        if listed is not None:
            # "การประชุมรัฐมนตรีสาธารณสุขอาเซียน ครั้งที่ 13 รัฐมนตรีสาธารณสุขอาเซียนบวกสาม ครั้งที่ 7 และ…":
            # the list's next names, written without the head, are meetings of their own
            at, label = listed
            mm = MeetingMention(at, nm.end(), i, label, None, numbers, year, pi)
            mm.series, mm.qualified, mm.cue = series_key(label), True, ref.cue
            listed_until[id(ref)] = nm.end()
            extra.append(mm)
            continue
        start = i
        head = re.search(r"(?:การประชุม|การหารือ)\s?$", f[max(0, i - 12):i])
        if head:
            start = i - len(head.group(0))
        mm = MeetingMention(start, nm.end(), start, ref.label, ref.label_en, numbers, year, pi)
        mm.series, mm.ref, mm.qualified = ref.series, True, True
        extra.append(mm)
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


#: an acronym written right before a round's ครั้งที่: the round is its body's
_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][A-Z0-9&]{1,9})\s?\Z")
_LISTED_HEADLESS = re.compile(r"\s?(?:,\s?)?(?:และ\s?)?(?P<name>[^\s,()]{4,80})\s?\Z")
_MEETING_HEADS = ("การประชุม", "ประชุม")
#: how many opening characters a headless name shares with the name listed before it (รัฐมนตรี…)
_SHARED_OPENING = 6
#: how far before its ครั้งที่ a headless name may start: a space, a comma or และ, and the name
_HEADLESS_REACH = 90


def _headless_name(f: str, lo: int, i: int, label: str) -> tuple[int, str] | None:
    """(where it starts, its full label) when the words between ``lo`` and a ครั้งที่ at ``i``
    are one more name of a list that opened with ``label``, its head left out: it opens as
    the name before it does after that head ("รัฐมนตรีสาธารณสุขอาเซียนบวกสาม" after
    "การประชุมรัฐมนตรีสาธารณสุขอาเซียน"); else None."""
    head = next((h for h in _MEETING_HEADS if label.startswith(h)), None)
    m = _LISTED_HEADLESS.match(f, lo, i) if head is not None and i - lo <= _HEADLESS_REACH else None
    if m is None:
        return None
    name, stem = m.group("name"), label[len(head):]
    if name == stem or name[:_SHARED_OPENING] != stem[:_SHARED_OPENING]:
        return None
    return m.start("name"), head + name


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
_LIST_GAP = re.compile(r"[\s,]*(?:และ|รวมทั้ง|รวมถึง|ตลอดจน|พร้อมด้วย|พร้อมกับ|พร้อมทั้ง|พร้อม|/)?[\s,]*(?:(?:การ)?(?:เข้า)?ร่วม\s?)?")
_PARENS = re.compile(r"\([^()]*\)")
#: "ร่วมประชุมสุดยอดอาเซียน ที่ประเทศมาเลเซีย รวมถึงการประชุมผู้นำเขตเศรษฐกิจเอเปค": the first one's
#: place, then "as well as" the next: one trip's list
_PLACE_THEN_ALSO = re.compile(r"\s?(?:ที่|ณ)\s?[^\s()]{2,40}(?:\s[^\s()]{2,30})?\s?(?:รวมถึง|ตลอดจน|รวมทั้ง)\s?(?:การ)?(?:เข้า)?(?:ร่วม)?\s?")


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
                and mm.start >= last.end and (_LIST_GAP.fullmatch(_without_parens(f[last.end:mm.start]))
                                              or _PLACE_THEN_ALSO.fullmatch(f, last.end, mm.start)):
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
    """Extend a name over up to five space-separated words (an English name's, twelve) when its ครั้งที่ follows.

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
    if p.talk_verb.search(gap) or p.title_post.search(gap):
        return end      # "การเจรจาภาษี… หลังพบ ปธน.X ครั้งที่ 2": a talk and a leader told between, not the name
    if gap.endswith(("สมัย", "สมัยสามัญ")):       # "สมัยสามัญครั้งที่ 9" is the number, not the name
        return end
    return m.end()


_LEVEL = "ระดับ"
#: a name's last word "or", spaced, before what it is also called or its round
_TRAILING_OR = re.compile(r"\s+หรือ$")
#: "…ครั้งที่ 1 ในปี 2550": a round told by its year alone (no day, no month) as history; not "…ครั้งที่ 22
#: เมื่อปี 2562 ณ กรุง X", the last round told with its place, which the dev corpora count as a meeting
_YEAR_ALONE_AFTER = re.compile(r"\s?(?:ซึ่งจัดขึ้น|ที่จัดขึ้น)?\s?ในปี\s?(?:พ\.\s?ศ\.|ค\.\s?ศ\.)?\s?[0-9๐-๙]{4}(?![0-9๐-๙])")
#: "…ครั้งที่ 1/2567 ซึ่งจัดขึ้นเมื่อเดือนมีนาคม 2567": an earlier round told with its own date is one
_TOLD_WHEN_AFTER = re.compile(r"\s?(?:ซึ่ง|ที่)?(?:ได้)?(?:จัดขึ้น|มีขึ้น)?\s?(?:เมื่อ|ระหว่างวันที่|ในวันที่|ในเดือน)")


def _earlier_rounds(f: str, mentions: list[MeetingMention], p: Patterns) -> set[int]:
    """Rounds told as the background of a later round of their series that the release reports
    ("…ครั้งที่ 23 … ที่ประชุมได้ติดตามความคืบหน้าจากการประชุมเจ้าหน้าที่อาวุโสฯ ครั้งที่ 22"):
    named without an attending verb, after a word of results, progress or decisions
    (`background_round_before`: ตามข้อตัดสินใจของการประชุม X ครั้งที่ 13), and undated; or, dated or
    not, the round the reported one builds on (`built_on_before`: โดยต่อยอดจากการประชุม X ครั้งที่ 1 เมื่อ…)."""
    out = set()
    for mm in mentions:
        # "…โดยต่อยอดจากการประชุม X ครั้งที่ 1 เมื่อวันที่ …"; "…ย้อนไปถึงการประชุม X ครั้งที่ 1 ในปี 2550": an
        # earlier round told by its year alone, no day, a year's history, not a report (one attended or
        # hosted, "…เคยเป็นเจ้าภาพการประชุม X ครั้งที่ 1 ในปี 2550", has its cue and stays)
        built_on = p.ends_with("built_on", f, mm.start) or _YEAR_ALONE_AFTER.match(f, mm.end) is not None
        if len(mm.numbers) != 1 or mm.cue or mm.talk \
                or not (built_on or p.ends_with("results", f, mm.start) or p.ends_with("background_round", f, mm.start)) \
                or not built_on and (_DATED_AFTER.match(f, mm.end) is not None or _TOLD_WHEN_AFTER.match(f, mm.end) is not None):
            continue
        if any(x is not mm and x.series == mm.series and x.numbers and max(x.numbers) > mm.numbers[0]
               and (x.cue or x.para == 0) for x in mentions):
            out.add(id(mm))
    return out


#: a meeting held during another, told right before the other's name
_DURING = ("ระหว่าง", "ในระหว่าง")
#: what stands between a segment and the meeting it is a part of: its English name, then ของ
_SEGMENT_OF = re.compile(r"\s?(?:\([^()]{0,80}\)\s?)?ของ\s?")


def _classify(f: str, mentions: list[MeetingMention], p: Patterns, paras: list[tuple[int, int]]) -> None:
    """Mark parent meetings (ในช่วงการประชุม…) and mentions that name a real occurrence."""
    segment_heads = tuple(p.v.meetings["segment_heads"])      # "การประชุมระดับรัฐมนตรี (Ministerial Segment) ของ…"
    prev: MeetingMention | None = None
    for mm in mentions:
        b_end = mm.start
        while b_end > 0 and f[b_end - 1] == " ":
            b_end -= 1
        mm.parent_cue = p.ends_with("parent_cue", f, b_end)
        if not mm.parent_cue and p.ends_with("parent_after_cue", f, b_end) and prev is not None \
                and prev.para == mm.para and not prev.is_parent:
            mm.parent_cue = True    # "…หารือกับนาย X ระหว่างร่วมประชุม Y": Y holds the talk told before it
        if not mm.parent_cue and prev is not None and prev.para == mm.para and not prev.is_parent \
                and _SEGMENT_OF.fullmatch(f, prev.end, mm.start) is not None and prev.label.startswith(segment_heads):
            mm.parent_cue = True    # "เข้าร่วมช่วงการประชุมระดับรัฐมนตรี (Ministerial Segment) ของการประชุม X": a segment of X
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
        cue = mm.cue = p.ends_with("attend_cue", f, b_end) or (not mm.talk and not f.startswith("การ", mm.start)) \
            or _organised(f, b_end, p)
        held_soon = _HELD_AFTER.match(f, mm.end) is not None     # "…อาเซียน-จีน ซึ่งจะจัดขึ้นในเดือนสิงหาคม"
        # a list item or a paragraph that opens with a dated meeting: "๑. การประชุม X เมื่อวันที่ …"
        mm.opens = _PARA_OPENER.fullmatch(f, paras[mm.para][0], mm.start) is not None
        # (…or one reported on with its days right after it: "เปิดเผยถึงผลการประชุม X ระหว่างวันที่ 21-22 พ.ค.")
        held_soon = held_soon or ((mm.opens or mm.reported_on) and _DATED_AFTER.match(f, mm.end) is not None)
        # (…or one that opens its paragraph, or the news a statement tells ("…รายงานว่า การประชุม X ณ เมือง A
        # เสร็จสิ้นลงแล้ว"), and goes on to who led each side or where it sat: "การประชุม X
        # ระหว่างจังหวัด A … นำโดยนาย B … ที่ห้องประชุมศาลากลางจังหวัด A": a report of it)
        told_first = mm.opens or p.ends_with("statement", f, b_end)
        held_soon = held_soon or (told_first and _LED_OR_SAT.search(
            f, mm.end, min(paras[mm.para][1], mm.end + p.v.meetings["reach"]["opening_held_after"])) is not None)
        # (…or one that opens its paragraph and is told to have ended: "การประชุม X ที่จังหวัด A วันแรก จบลง…")
        held_soon = held_soon or (told_first and p.contains(
            "ended_after", f, mm.end, min(paras[mm.para][1], mm.end + p.v.meetings["reach"]["opening_held_after"])))
        # (…or one told with who chaired it: "…เป็นการประชุม X โดยมี นาย A … เป็นประธานร่วมฝ่ายไทย")
        held_soon = held_soon or (_WITH_WHOM.match(f, mm.end) is not None and p.chair.search(
            f, mm.end, min(paras[mm.para][1], mm.end + p.v.meetings["reach"]["opening_held_after"])) is not None)
        # (…or one reported on that names Thailand and its partner: "…เปิดเผยถึงผลการประชุม X กัมพูชา - ไทย
        # ว่า…", the results of a bilateral meeting held)
        held_soon = held_soon or (mm.reported_on and _thai_pair_in(mm.label, p))
        mm.qualified = bool(mm.numbers) or (mm.is_parent and not vague_hit) or bool(mm.round_word) \
            or mm.label.endswith(_SPECIAL_SESSIONS) or mm.prepares is not None \
            or ((cue or held_soon) and not vague_hit)
        if mm.qualified and mm.is_parent and mm.child is not None and mm.child.label.startswith(segment_heads) \
                and f.endswith(_DURING, 0, b_end):
            # "…ในช่วงการประชุมระดับสูง (High-level Segment) ระหว่างการประชุม X": a segment held during X
            mm.child.qualified = True
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
#: "นอกจากนี้ ยังเป็นการประชุม …"; or to those the meeting just told holds ("…รอบที่ 2 ณ กรุง X ระหว่างวันที่ …
#: โดยการประชุมครั้งนี้ประกอบด้วยการประชุมคณะกรรมการ A และการประชุมคณะทำงาน B")
_ALSO_HELD = re.compile(r"(?:(?<!\S)นอกจากนี้\s?,?\s?ยัง(?:จะ)?(?:เป็น|มี)|(?<!\S)(?:โดย)?นอกจาก\S{2,80}แล้ว\s?(?:ยัง)?(?:จะ)?มี"
                        r"|(?:โดย)?การ(?:ประชุม|เจรจา)(?:ใน)?ครั้งนี้\s?(?:จะ)?(?:มีทั้ง|ประกอบด้วย))\s?$")
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
