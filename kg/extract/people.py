"""Finding officials: an honorific or a title, the name (Thai or Latin script, with its
spelling in brackets), the post that follows and the country it serves; plus the
relative days (วันนี้, เมื่อวานนี้) that releases date events by."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from ..model import PartialDate, Person, person_key
from ..thai import ROUND_WORDS, DateSpan, MONTHS, WEEKDAY_NUMBER, WEEKDAYS, phonetic_skeleton, similarity
from ..vocab import alternation, load_data, vocab
from .meetings import _LISTED_MARK, _OBJECT_MARK, _OBJECT_MARK_END
from .mentions import MeetingMention, PersonMention, _AND, _MAX_STACKED_TITLES, _NOUN_MAKER, _para_of
from .patterns import (
    Patterns, _HAS_THAI, _LATIN_CAPITAL, _LATIN_CAPS_NAME, _LATIN_GLOSS, _LATIN_NAME, _LATIN_START, _MEETING_NOUNS, _NAME_TOKEN_LAT, _ELIDED_PARTICLE,
    _NAME_TOKEN_TH, _QUOTES, _SHORT_POST, _THAI, _THAI_OR_LATIN_CHAR, _THAI_WORD, patterns, skip_spaces,
)


_THAI_OPENING = re.compile(f"[{_THAI}]")


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


#: the word "month" written before a month's name, whose last letter a title may seem to open (เดือนพ.ย.: นพ.)
_MONTH_WORD = "เดือน"


@cache
def _month_titles(titles: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    """Thai month names holding a title's letters (มิถุนายน holds นาย; เดือนพ.ย., the month's word
    then its abbreviation, holds นพ.), with where it sits in each."""
    thai = [m for m in MONTHS if not m.isascii()]
    return tuple((m, i) for m in (*thai, *(_MONTH_WORD + m for m in thai)) for t in titles for i in range(1, len(m))
                 if m.startswith(t, i))


def _inside_a_month(f: str, start: int, month_titles: tuple[tuple[str, int], ...]) -> bool:
    return any(start >= i and f.startswith(m, start - i) for m, i in month_titles)


#: the link a talk verb names the one met after, written apart from an untitled name ("หารือกับ อุม …")
#: or fused to it ("ได้พบกับจอห์น สมิธ นายกรัฐมนตรี…", as news writes a foreign name without a title)
_WITH_LINKS = ("กับ ", "กับ")


@cache
def _longest_talk_verb() -> int:
    """The length of the longest talk verb of meetings.json (read once)."""
    return max(map(len, vocab().meetings["talks"]["verbs"]))


def _after_a_talks_link(f: str, at: int, p: Patterns) -> bool:
    """Does a talk verb (``meetings.json`` talks.verbs) and its กับ, written apart or fused, end right at ``at``?"""
    longest = _longest_talk_verb()
    for link in _WITH_LINKS:
        k = at - len(link)
        if k > 0 and f.startswith(link, k) and any(
                p.talk_verb.fullmatch(f, i, k) for i in range(max(0, k - longest), k)):
            return True
    return False


def find_people(f: str, paras: list[tuple[int, int]], p: Patterns) -> list[PersonMention]:
    """Named officials: honorific + name (Thai or Latin) + position, or Latin name + position.
    Where a name may start (a title, a post used as a title, a Latin name, an untitled Thai name
    before a post), in text order; each read once, the text it takes not read again."""
    stoppers = set(p.v.positions["name_stoppers"])
    institutions = frozenset(p.v.positions["institution_words"])
    latin, posts_as_titles = _latin_name_starts(f, p)
    heads = tuple(p.position_head.finditer(f))      # read once: three finders start from the posts
    post_titles, with_country = _post_title_starts(f, p, stoppers, heads)
    candidates = sorted([*_title_starts(f, p), *post_titles, *latin, *_untitled_thai_starts(f, p, stoppers, heads),
                         *_untitled_foreign_starts(f, p, stoppers, heads)])
    out: list[PersonMention] = []
    taken_until = -1
    for s, e, hon in candidates:
        if s < taken_until:
            continue
        titled = hon is not None and (hon in p.v.positions["title_posts"] or s in posts_as_titles or (s, e) in with_country)
        if hon is not None and not titled and p.position_head.match(f, s):
            continue                               # นายกรัฐมนตรี is a post, not นาย + name
        honorifics, k = _stacked_titles(f, e, hon, p)
        if hon is not None and k < len(f) and f[k] == " ":
            k += 1
        if hon is not None and p.position_head.match(f, k):
            taken_until = max(taken_until, k)      # "ฯพณฯ นายกรัฐมนตรีมาเลเซีย": a post after a title, no name
            continue
        pi = _para_of(paras, s)
        person = _parse_name_and_position(f, k, paras[pi][1], honorifics, stoppers, p)
        if person is not None and not institutions.isdisjoint(person[0].split(" ")):
            person = None                          # "General Border Committee": a body after a rank's word
        if person is None:
            taken_until = max(taken_until, k)      # the titles read here are not read again
            continue
        read = _official(f, s, k, pi, paras, hon, titled, honorifics, person, p)
        if read is None:
            continue
        out.append(read[0])
        taken_until = max(read[1], s + 1)
    return _with_quoted_names(f, paras, out, p)


#: "deputy" as a word of its own fused before a title: what follows is a post's head (รองนายก…),
#: never a title of address
_DEPUTY_OF_POST = re.compile(rf"(?:^|(?<=[^{_THAI}]))รอง\Z")
_DEPUTY_REACH = len("รอง") + 1
_PM_SHORT = "นายก"         # news's short "prime minister" before a party (นายกญี่ปุ่น): no title and name


_THAI_LETTER_AT = re.compile(f"[{_THAI}]")


def _title_starts(f: str, p: Patterns) -> list[tuple[int, int, str]]:
    """Each title (นาย, พลเอก, Dr. …) that may open an official's name: (start, end, title).
    Not the นาย of มิถุนายน, nor a short title inside a word or a place."""
    v = p.v
    out = []
    bounded = v.boundary_honorifics
    month_titles = _month_titles(tuple(v.honorific_forms))
    for hm in p.honorific.finditer(f):
        h = hm.group(0)
        if _inside_a_month(f, hm.start(), month_titles):
            continue                    # "ปลายเดือนมิถุนายนนี้ กระ…": the นาย of มิถุนายน
        if h.isascii() and h[-1:].isalpha() and _THAI_LETTER_AT.match(f, _skip_space(f, hm.end(), len(f))):
            continue                    # "ณ โรงแรม Wellington Prince กรุงเวลลิงตัน": a word of a Latin name before Thai, no title
        if f.endswith(v.words_ending_in_a_title, 0, hm.end()):
            continue                    # "…ถวายการต้อนรับเจ้านายที่เสด็จ…": the นาย of เจ้านาย (royalty), a word of its own
        if f.startswith(_PM_SHORT, hm.start()) and p.party.match(f, _skip_space(f, hm.start() + len(_PM_SHORT), len(f))):
            continue                    # "…กับรองนายกสหภาพยุโรป": the prime minister shortened, then whose
        if _DEPUTY_OF_POST.search(f, max(0, hm.start() - _DEPUTY_REACH), hm.start()):
            continue                    # "รองนายกเทศ มนตรี", a post split by a stray space: no title
                                        # (but "ให้การรับรองนาง X": รอง ends another word)
        if h in bounded:
            prev = f[hm.start() - 1:hm.start()]
            if prev and _THAI_OR_LATIN_CHAR.match(prev) and not f.endswith(p.title_connectors, 0, hm.start()):
                continue
            if h.isascii() and f[hm.end():hm.end() + 1] != " ":
                continue                # "Sirindhorn" holds no Sir
            if _a_word_of_its_own(f, hm.start(), hm.end()):
                continue                # "กองบิน 6 ดอนเมือง พล.อ.…": a place, not Daw Nmueang
        out.append((hm.start(), hm.end(), h))
    return out


#: whose a post and the name after it are, told after the name ("… ของสหรัฐฯ", "… แห่งนิวซีแลนด์")
_OF_PARTY = (" ของ", " แห่ง")


def _transcribed_pair(word: str, surname: str, p: Patterns, stoppers: tuple[str, ...]) -> bool:
    """Two Thai words that may be a transcribed foreign name after a post: neither a post nor a
    party opens it, and the second is no stop word nor a talk verb."""
    return _THAI_WORD.fullmatch(word) is not None and _THAI_WORD.fullmatch(surname) is not None \
        and not p.position_head.match(word) and not p.party.match(word) \
        and not surname.startswith((*stoppers, *p.name_token_stops)) and not p.talk_verb.search(surname)


def _post_title_starts(f: str, p: Patterns, stoppers: set[str],
                       heads: tuple[re.Match, ...]) -> tuple[list[tuple[int, int, str]], set[tuple[int, int]]]:
    """A post used as a title, before a Latin name or a known Thai given name ("เอกอัครราชทูต
    Anna Berzina เอกอัครราชทูตลัตเวีย…", "เอกอัครราชทูตสมศรี ใจงาม"): (start, end, the post);
    and (start, end) of those whose post names a country (the title then runs to the country's end)."""
    out = []
    with_country: set[tuple[int, int]] = set()
    stoppers_t = tuple(stoppers)
    foreign_posts = tuple(p.v.positions["foreign_only_posts"])
    for hm in heads:
        owned = _owned_post_title(f, hm.start(), p, stoppers_t) or _thai_named_after_post(f, hm.start(), p, stoppers_t)
        if owned is not None:
            # "นายกฯ อังกฤษ เจน โด", "ประธานาธิบดีฝรั่งเศส แจ็ค ดอว์สัน": news names a foreign
            # leader by post and country, then the name, with no title
            out.append((hm.start(), owned, f[hm.start():owned]))
            with_country.add((hm.start(), owned))
    for tm in p.title_post.finditer(f):
        k = tm.end() + (f[tm.end():tm.end() + 1] == " ")
        word = f[k:k + 40].split(" ", 1)[0]
        surname = f[k + len(word) + 1:k + len(word) + 41].split(" ", 1)[0]
        thai_named = _thai_given_and_surname(word, surname, p, stoppers_t)
        transcribed = _transcribed_pair(word, surname, p, stoppers_t)
        # "เข้าเยี่ยมคำนับ รองประธานาธิบดี จอห์น สมิธ": a post Thailand does not have, a space, then a
        # transcribed name of two or three words, whatever its given name
        # (or fused to it, "ได้หารือกับประธานาธิบดีจอห์น สมิธ ที่…", when the name opens with no word that
        # ends names, "ประธานาธิบดีได้กล่าว…", and the post names no building and no place follows it,
        # "ณ ทำเนียบประธานาธิบดีอักออร์ดา กรุงอัสตานา")
        foreign_named = transcribed and tm.group(0).startswith(foreign_posts) and word not in _thai_words() \
            and (f.startswith(" ", tm.end()) or not word.startswith((*stoppers_t, *p.name_token_stops))
                 and not f.endswith(tuple(p.v.modes["building_heads"]), 0, tm.start())
                 and not surname.startswith(tuple(p.v.modes["place_heads"])))
        # "ประธานาธิบดีจอห์น สมิธ ของสหรัฐฯ", as news writes a foreign leader: a transcribed name of
        # two words between a post and whose it is (a given name the dictionary also holds allowed)
        after = k + len(word) + 1 + len(surname)
        owned_named = transcribed and not word.startswith(stoppers_t) and any(
            f.startswith(of, after) and p.party.match(f, after + len(of)) is not None for of in _OF_PARTY)
        if (_LATIN_CAPITAL.match(f, k) or thai_named or foreign_named or owned_named) and not p.party.match(f, k):
            out.append((tm.start(), tm.end(), tm.group(0)))
    return out, with_country


def _thai_named_after_post(f: str, s: int, p: Patterns, stoppers: tuple[str, ...]) -> int | None:
    """Where the post ends in "<post> <Thai given name> <surname>" ("รัฐมนตรีว่าการกระทรวงพาณิชย์
    สมชาย รักไทย"), as news names an official by post first, untitled, when the names list holds
    the given name; else None."""
    if s and _THAI_OR_LATIN_CHAR.match(f, s - 1) and not f.endswith(p.title_connectors, 0, s):
        return None                     # inside a word (the รัฐมนตรี of นายกรัฐมนตรี)
    longest = p.v.positions["transcribed_name_max_chars"]["post"]
    given_names = _thai_names()[0]
    if not any(w in given_names for w in f[s:s + longest].split(" ")[1:]):
        return None                     # (the cheap test first: no given name follows within a post's reach)
    post, end = _parse_position(f, s, min(len(f), s + longest), p)
    if not post or not f.startswith(" ", end) or p.honorific.match(f, end + 1):
        return None
    k = end + 1
    word = f[k:k + 40].split(" ", 1)[0]
    j = skip_spaces(f, k + len(word), len(f))          # (two spaces between them, as some pages write)
    surname = f[j:j + 40].split(" ", 1)[0]
    places = p.v.modes["place_names"]            # "ผู้แทนจากจังหวัดสตูล สงขลา ยะลา": places listed, no name
    named = _thai_given_and_surname(word, surname, p, stoppers) and word not in places and surname not in places
    return end if named else None


def _thai_given_and_surname(word: str, surname: str, p: Patterns, stoppers: tuple[str, ...]) -> bool:
    """Are the two words after a post a Thai given name the names list holds and a surname, not a
    post, a party, a meeting's head or a verb ("นายกฯ เชิญ ปธน.…", "รองนายกฯ ดอน ร่วมประชุม")?"""
    return word in _thai_names()[0] and _THAI_WORD.fullmatch(surname) is not None \
        and not p.position_head.match(surname) and not p.party.match(surname) \
        and not surname.startswith((*stoppers, *p.name_token_stops, *p.run_on_openers)) and not p.head.search(surname) \
        and not p.talk_verb.search(surname)


#: a Latin initial spelt out in Thai and closed by its dot (อาร์., เจ., ดับเบิลยู.): the middle of a transcribed name
_MIDDLE_INITIAL = re.compile(rf"[{_THAI}]{{1,9}}\.")


def _owned_post_title(f: str, s: int, p: Patterns, stoppers: tuple[str, ...]) -> int | None:
    """Where the post ends in "<post ending in a country> <transcribed name>" ("นายกฯ อังกฤษ
    เจน โด", "ประธานคณะกรรมาธิการยุโรป แจ็ค ดอว์สัน"), when a transcribed foreign name of two short
    words follows it (``transcribed_name_max_chars``, whose ``post`` is how far the post is read; a
    dictionary word first, as the dictionary
    holds many transcribed given names, only before a surname that holds no word of the
    language); else None."""
    if s and _THAI_OR_LATIN_CHAR.match(f, s - 1) and not f.endswith(p.title_connectors, 0, s):
        return None                     # inside a word (the รัฐมนตรี of นายกรัฐมนตรี)
    title = p.title_post.match(f, s)
    j = title.end() + (f[title.end():title.end() + 1] == " ") if title is not None else s
    party = p.party.match(f, j)
    longest = p.v.positions["transcribed_name_max_chars"]
    if party is None:
        post, end = _parse_position(f, s, min(len(f), s + longest["post"]), p)
        found = _countries_in(post)
        last = p.party.match(post, found[-1][0]) if found else None
        if last is None or s + last.end() != end:
            return None                 # a post that does not end on its country
    else:
        end = party.end()
    if not f.startswith(" ", end):
        return None
    k = end + 1
    if p.honorific.match(f, k):
        return None                     # "ประธานาธิบดีฝรั่งเศส นายแจ็ค …": the title opens the name
    word = f[k:k + 40].split(" ", 1)[0]
    surname = f[k + len(word) + 1:k + len(word) + 41].split(" ", 1)[0]
    if _MIDDLE_INITIAL.fullmatch(surname):
        # "…สหรัฐฯ เดวิด อาร์. สมิธ": a middle initial spelt out in Thai, then the surname
        word = f"{word} {surname}"
        surname = f[k + len(word) + 1:k + len(word) + 41].split(" ", 1)[0]
    joined = surname.find(_AND)
    if joined > 0 and (p.position_head.match(surname, joined + len(_AND)) or p.honorific.match(surname, joined + len(_AND))):
        surname = surname[:joined]      # "… เกรเกอร์ ซัมซาและนายกรัฐมนตรี…": the next official joined on
    if f.startswith(" ", k + len(word) + 1 + len(surname)) and p.position_head.match(f, k + len(word) + 2 + len(surname)):
        return None                     # "…จอห์น สมิธ ประธานาธิบดีฝรั่งเศส เจน โด ประธาน…": names each followed by
                                        # their post; the post before this one is the name's before it
    given = word.split(" ", 1)[0]
    if len(given) > longest["given"] or len(surname) > longest["family"] \
            or word.startswith((*stoppers, *p.name_token_stops, *p.title_connectors)) \
            or p.talk_verb.match(word) or p.honorific.match(surname) \
            or not _transcribed_pair(given.replace("-", ""), surname.replace("-", ""), p, stoppers):
        return None                     # a clause after the post ("…ญี่ปุ่น เดินทางถึงกรุง…"), not a name
    if given in _thai_words() and surname not in _thai_words() and _holds_a_word(surname, longest["word_inside"]):
        return None                     # "…รัสเซีย เชื่อ มั่นรัฐบาล": words of the language, the clause going on
    return end


def _holds_a_word(text: str, least: int) -> bool:
    """Does ``text`` hold a dictionary word of at least ``least`` letters (มั่นรัฐบาล holds รัฐบาล;
    a transcribed surname seldom does)?"""
    words = _thai_words()
    return any(text[i:j] in words for i in range(len(text)) for j in range(i + least, len(text) + 1))


#: the Latin words an institution's name goes on with past where a personal name would stop ("and", "of")
_LATIN_NAME_GOES_ON = re.compile(r"(?: (?:and|of|for|the|&|[A-Z][A-Za-z]+)){1,6}")


def _latin_name_starts(f: str, p: Patterns) -> tuple[list[tuple[int, int, str | None]], set[int]]:
    """Latin names with a Thai post after them, or a post written before them as their title
    ("พบหารือกับสมาชิกวุฒิสภาสหรัฐฯ Jane Doe (D-Il)"); and where those posts-as-titles start.
    Not a city after a travel word, nor an institution's name."""
    v = p.v
    out: list[tuple[int, int, str | None]] = []
    posts_as_titles: set[int] = set()
    place_words = tuple(v.modes["travel_heads"])
    place_reach = max(map(len, place_words)) + 4           # the word and the spaces before the Latin name
    institutions = frozenset(v.positions["institution_words"])
    for lm in _LATIN_NAME.finditer(f):
        if f[max(0, lm.start() - place_reach):lm.start()].rstrip().endswith(place_words):
            continue                    # "ในระหว่างการเยือนเมือง Boa Vista เอกอัครราชทูตฯ…": a city, then the subject
        goes_on = _LATIN_NAME_GOES_ON.match(f, lm.end())
        words = (lm.group(0) + (goes_on.group(0) if goes_on else "")).split(" ")
        if not institutions.isdisjoint(words):
            continue                    # "รองประธาน National Science Committee", "เจ้าหน้าที่จาก Pacific
                                        # Trade and Investment Commission": a body, not a person
        if (h := p.honorific.match(f, lm.start())) is not None and f.startswith(" ", h.end()):
            continue                    # "General Dato Sri John Smith": titles, read from the title's start
        if f[lm.end():lm.end() + 1] == " " and p.position_head.match(f, lm.end() + 1) \
                and re.match(rf"[{_THAI}]", f[lm.end() + 1:lm.end() + 2]):
            out.append((lm.start(), lm.start(), None))
            continue
        at = _post_before(f, lm.start(), p)
        if at is not None:
            out.append((at, lm.start() - 1, f[at:lm.start() - 1]))
            posts_as_titles.add(at)
    for cm in _LATIN_CAPS_NAME.finditer(f):
        if f[cm.end():cm.end() + 1] == " " and p.position_head.match(f, cm.end() + 1) \
                and institutions.isdisjoint(w.title() for w in cm.group(0).split(" ")) \
                and not any(p.v.party_code(w) for w in cm.group(0).split(" ")):     # "ASEAN Plus Three": a grouping
            out.append((cm.start(), cm.start(), None))      # "JOHN SMITH ผู้อำนวยความสะดวก…"
    return out, posts_as_titles


def _untitled_thai_starts(f: str, p: Patterns, stoppers: set[str], heads: tuple[re.Match, ...]) -> list[tuple[int, int, None]]:
    """A Thai given name and a surname with no title, then a post ("…สหรัฐและสมชาย ใจดี
    รองนายกรัฐมนตรี…"), or any name right after a talk's กับ: an official all the same."""
    out = []
    given_names, stopper_words = _thai_names()[0], tuple(stoppers)
    for hm in heads:
        if f[hm.start() - 1:hm.start()] != " ":
            continue
        gm = _UNTITLED_THAI_NAME.search(f, max(0, hm.start() - _UNTITLED_REACH), hm.start())
        while gm is not None and gm.end() == hm.start():
            if _untitled_name_at(f, gm, given_names, stoppers, stopper_words, p):
                out.append((gm.start(1), gm.start(1), None))
                break
            # "…นายกรัฐมนตรี ได้พบกับทามาติ ริเวอร์ส นายกรัฐมนตรี…": the words before กับ are no given name;
            # the name may start after them
            gm = _UNTITLED_THAI_NAME.search(f, gm.start(1) + 1, hm.start())
    return out


#: the longest word of an untitled foreign name, and the most words it is read with
_NAME_WORD_MAX, _NAME_WORDS_MAX = 24, 4
#: two to four space-separated Thai words right before a post (the words of an untitled foreign name)
_WORDS_BEFORE = re.compile(rf"(?:(?<=[\s(\"“,])|^)(?:[{_THAI}]{{2,{_NAME_WORD_MAX}}} ){{2,{_NAME_WORDS_MAX}}}\Z", re.M)
#: the longest dictionary word tried when spelling a word out of the dictionary's
_LONGEST_WORD = 20
_MOST_PIECES, _SHORTEST_PIECE = 3, 3
_SHORTEST_TWO_WORDS = len("ab cd ")
#: a link or a title fused inside a word ("ทวิภาคีกับนายวิกรม"): a phrase run together, no transcribed name
_NOT_IN_A_NAME = ("กับ", "และ", "นาย", "นาง")


def _untitled_foreign_starts(f: str, p: Patterns, stoppers: set[str], heads: tuple[re.Match, ...]) -> list[tuple[int, int, None]]:
    """A transcribed foreign name of two to four words, untitled, right before a post that names a
    foreign country ("… ทำเนียบรัฐบาล ทามาติ ริเวอร์ส ฮารา เอกอัครราชทูตนิวซีแลนด์ประจำประเทศไทย"), as news
    names envoys: its first word is the first, after the last word the dictionary can spell."""
    out = []
    stop_words = (*stoppers, *p.name_token_stops, *p.v.modes["place_heads"], *p.v.modes["building_heads"])
    places = frozenset(p.v.modes["place_names"])
    for hm in heads:
        if f[hm.start() - 1:hm.start()] != " ":
            continue
        last = f[f.rfind(" ", max(0, hm.start() - _NAME_WORD_MAX - 2), hm.start() - 1) + 1:hm.start() - 1]
        if not _transcribed_word(last, p, stop_words, places):
            continue                # (the cheap test first: most posts follow words of the language)
        run = _WORDS_BEFORE.search(f, max(0, hm.start() - _NAME_WORDS_MAX * (_NAME_WORD_MAX + 1)), hm.start())
        if run is None:
            continue
        words = run.group(0).split()
        if not _transcribed_word(words[-2], p, stop_words, places):
            continue
        post, _end = _parse_position(f, hm.start(), min(len(f), hm.start() + p.v.positions["transcribed_name_max_chars"]["post"]), p)
        if not post or not any(c not in ("TH", None) for _, c in _countries_in(post)):
            continue
        start = run.start()
        for i, w in enumerate(words):
            if not _transcribed_word(w, p, stop_words, places):
                start = run.start() + sum(len(x) + 1 for x in words[:i + 1])    # the name opens after it
        if hm.start() - start >= _SHORTEST_TWO_WORDS and " " in f[start:hm.start() - 1]:
            out.append((start, start, None))
    return out


def _transcribed_word(word: str, p: Patterns, stop_words: tuple[str, ...], places) -> bool:
    """A Thai-script word that spells no Thai: not in the dictionary nor made of its words, and
    no post, party, place, stop word (``stop_words`` holds the heads of places and buildings) or verb."""
    return _THAI_WORD.fullmatch(word) is not None and word not in places and not word.startswith(stop_words) \
        and not p.position_head.match(word) and not p.party.match(word) and not p.talk_verb.search(word) \
        and not p.honorific.match(word) and not any(x in word for x in _NOT_IN_A_NAME) \
        and not p.head.search(word) and not _spelt_in_words(word)


@cache
def _spelt_in_words(word: str) -> bool:
    """Is ``word`` a few dictionary words run together (ทำเนียบรัฐบาล, ตึกไทยคู่ฟ้า)? At most
    ``_MOST_PIECES`` words of ``_SHORTEST_PIECE`` letters or more: a transcribed name spelt with
    short words (ทา ฮา โม อา นา) is none."""
    words = _thai_words()
    fewest = [0] + [_MOST_PIECES + 1] * len(word)
    for i in range(len(word)):
        if fewest[i] < _MOST_PIECES:
            for j in range(i + _SHORTEST_PIECE, min(len(word), i + _LONGEST_WORD) + 1):
                if word[i:j] in words:
                    fewest[j] = min(fewest[j], fewest[i] + 1)
    return fewest[len(word)] <= _MOST_PIECES


def _untitled_name_at(f: str, gm: re.Match, given_names, stoppers, stopper_words: tuple[str, ...], p: Patterns) -> bool:
    """Is the given name and surname ``gm`` found before a post an official's, untitled?"""
    given, surname = gm.group(1), gm.group(2)
    # (or any name right after the กับ of a talk: "…เพื่อหารือกับ บุนมา คำสิง ผู้ว่าราชการแขวง…")
    met_by_name = _after_a_talks_link(f, gm.start(1), p) and not p.position_head.match(given) \
        and given not in _thai_words() and not p.honorific.match(given)      # (นายจอห์น: titled, found so)
    # (a title written apart is no given name: "นาย จอห์นสมิธ รัฐมนตรี…", the name one word)
    return (given in given_names or met_by_name) and given not in stoppers and given not in p.v.honorific_forms \
        and not surname.startswith((*stopper_words, *p.run_on_openers)) \
        and not p.head.search(surname) and not p.talk_verb.search(surname)   # "สมชาย ร่วมประชุม รมต.…": a verb


#: (kind of a title, kind of the title before it) where the second is written fused to the name
_FUSED_AFTER = frozenset({("civil", "courtesy"), ("professional", "academic")})


def _stacked_titles(f: str, e: int, hon: str | None, p: Patterns) -> tuple[list[str], int]:
    """The titles stacked from ``hon`` on (พลเอก ดร.…), and where the last ends."""
    v = p.v
    kinds = v.honorific_kinds      # form → kind of title (civil, courtesy …)
    honorifics = [hon] if hon else []
    k = e
    while hon is not None and len(honorifics) < _MAX_STACKED_TITLES:
        sp = k + 1 if f[k:k + 1] == " " else k
        hm2 = p.stacked_honorific.match(f, sp)
        if not hm2 or hm2.end() == sp:
            break
        # a second title must stand apart (พลเอก ดร.…): in "นายดอน" ดอ is the name; but a civil title
        # after a courtesy one is written fused to the name ("ฯพณฯ นายสมชาย รักไทย": สมชาย is the name)
        # (and so is a professional one after an academic one: "ศาสตราจารย์ นายแพทย์สมชาย รักไทย")
        if not (hm2.group(0).endswith(".") or f[hm2.end():hm2.end() + 1] == " " or hm2.group(0) in v.fusing_honorifics
                or (kinds.get(hm2.group(0)), kinds.get(honorifics[-1])) in _FUSED_AFTER):
            break
        if v.leader_re.match(f, sp):
            break                       # "นางชีค ฮาสินา": a known leader's name that opens with a title's word
        honorifics.append(hm2.group(0))
        k = hm2.end()
    return honorifics, k


def _official(f: str, s: int, k: int, pi: int, paras, hon: str | None, titled: bool, honorifics: list[str],
              person, p: Patterns) -> tuple[PersonMention, int] | None:
    """The official a name read at ``k`` names: a leader's full name, a Latin spelling in brackets,
    the post a title gave, the country; and where the text it takes ends. None for a bare Latin
    phrase, or a short title with no post that names no one."""
    v = p.v
    pend = paras[pi][1]
    name, name_end, position, pos_end = person
    known = _leader_form_opening(name, p)
    if known is not None and position is None:
        # "นายกรัฐมนตรีสมศรี ดีมาก เนื่องในวาระ…": a leader's full name ends where it ends
        name, name_end = known, k + len(known)
        pos_end = min(pos_end, name_end)
    aside = _LATIN_ASIDE.match(f, name_end, pend) if _HAS_THAI.match(name) else None
    latin = None
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
        return None                                # a bare Latin phrase is not a person
    if hon is not None and hon in v.boundary_honorifics and position is None and not hon.isascii() \
            and len(honorifics) < 2:
        return None                                # (a Latin style, Councillor Jane Doe, names a person, and
                                                   # so do stacked titles, สมเด็จอัครมหาเสนาบดีเดโช ฮุน เซน)
    country = _country_of(position, f, pos_end, pend, name, p)
    if country == "TH" and not _countries_in(position or "") and v.never_thai_titles.intersection(honorifics):
        country = None      # "ดาโต๊ะ ศรี X … รองนายกรัฐมนตรี…": a post of no country, under a title no Thai bears
    if country is None and position is None:
        country = _country_before(f, s, paras[pi][0], p)
    if country is None:
        country = next((v.honorific_countries[h] for h in honorifics if h in v.honorific_countries), None)
    honorific = " ".join(h for h in honorifics) or None
    spellings = (latin,) if aside is not None and latin else ()
    mention = PersonMention(s, pos_end, name_end, Person(name, honorific, position, country, spellings), pi)
    return mention, max(name_end, aside.end() if aside is not None else 0)


#: (or glued to the companion word: "…พร้อมด้วยสมศรี ใจดี รองนายกรัฐมนตรี")
_UNTITLED_THAI_NAME = re.compile(rf"(?:^|(?<=[\s(\"“,])|(?<=และ)|(?<=กับ)|(?<=พร้อมด้วย))([{_THAI}]{{2,20}}) ([{_THAI}]{{2,30}}) \Z", re.M)
_UNTITLED_REACH = 2 + 20 + 1 + 30 + 1      # "และ" or a space, the given name, a space, the surname, a space
_LATIN_PARTICLES = "bin|binti|bint|al|el|de|da|di|van|von|der|du|le|la"
_LATIN_SPELLING = re.compile(rf"[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’\-]+(?: (?:(?:{_ELIDED_PARTICLE})?[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’.\-]*|(?:{_LATIN_PARTICLES})\b)){{1,8}}")


def _latin_spelling(aside: str, p: Patterns) -> str | None:
    """The name in " (H.E. Mr. Lawrence Wong) ", without its brackets and titles."""
    s = aside.strip()
    s = s[1:] if s.startswith("(") else s
    s = s[:-1] if s.endswith(")") else s        # (an excerpt may cut the aside before its bracket closes)
    s = _INNER_ASIDE.sub("", s).split(", ", 1)[0].strip()    # "H.E. Mr. John Smith, Prime Minister…": the name
    styles = p.v.honorifics["latin_aside_titles"]
    while cut := ((m := p.honorific.match(s)) and m.end()) or next((len(x) for x in styles if s.startswith(x)), 0):
        if not _LATIN_SPELLING.fullmatch(s[cut:].lstrip()) and _LATIN_SPELLING.fullmatch(s):
            break                       # "Sheikh Hasina": a title that is half the name stays
        s = s[cut:].lstrip()            # "Her Excellency Jane Doe": the style is no part of the name
    return s if _LATIN_SPELLING.fullmatch(s) else None


#: a Latin spelling in brackets right after a Thai name, titles and all: " (H.E. Mr. Lawrence Wong) "
_LATIN_ASIDE = re.compile(rf" ?\((?:(?:(?:{_ELIDED_PARTICLE})?[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’\-]*+|(?:{_LATIN_PARTICLES})\b|\([A-Za-z'’.]{{1,12}}\))\.?+ ?+){{1,14}}\) ?")
_INNER_ASIDE = re.compile(r" ?\([^()]*\)")          # an inner bracket: "(The Honourable X AC DSC (Ret'd))"
_POST_BEFORE_QUOTE = re.compile(r"(?:^|\s)([^\s“\"]{3,40}) ?\Z", re.M)
#: (its Latin spelling may stand in brackets inside the quotes: "ดาโตะ ซรี เจน โด (Dato' Sri Jane Doe)" รัฐมนตรี…)
_QUOTED_NAME = re.compile(rf"[“\"]([{_THAI}][{_THAI} \-.]{{1,40}}?)(?P<latin>\s?\([A-Za-z][^()\n\"”]{{0,80}}\))?[”\"] ?")


def _with_quoted_names(f: str, paras, found: list[PersonMention], p: Patterns) -> list[PersonMention]:
    """News style: a name in quotes followed by a post, without a title
    (“ซูจิโอโน” รมว.ต่างประเทศอินโดนีเซีย ระบุว่า…)."""
    extra = []
    dropped: set[int] = set()
    for m in _QUOTED_NAME.finditer(f):
        if any(pm.start <= m.start() < pm.end for pm in found):
            continue
        pi = _para_of(paras, m.start())
        lo = paras[pi][0]
        before = _POST_BEFORE_QUOTE.search(f, max(lo, m.start() - 60), m.start())
        after = m.end()
        style = next((w for w in p.v.positions["post_styles"] if f.startswith(w, after)), "")
        if style and p.position_head.match(f, after + len(style)):
            after += len(style)         # “สมชาย รักไทย” ท่านผู้ว่าราชการจังหวัด…: a style before the post
        if p.position_head.match(f, after):
            position, pos_end = _parse_position(f, after, paras[pi][1], p)
        elif before is not None and p.position_head.fullmatch(before.group(1)):
            position, pos_end = before.group(1), m.end()       # นายกรัฐมนตรี “แพทองธาร ชินวัตร”
        else:
            continue
        if not position:
            continue
        name, honorific = m.group(1).strip(), None
        if not _PARTY_PAIR_LEFT.sub("", p.party.sub("", name)):
            continue                    # ผู้นำ"ไทย-นิวซีแลนด์": the parties whose leaders met, not a name
        titled = p.honorific.match(name)
        if titled is not None and titled.group(0) in p.v.boundary_honorifics and _a_word_of_its_own(name, 0, titled.end()):
            titled = None               # “ดอน รักไทย”: Don, a given name, not the Burmese ดอ
        if titled is not None and 0 < titled.end() < len(name) - 2:
            # “มร.หลี่ เหว่ย” กงสุลใหญ่…: the title inside the quotes is not the name
            name, honorific = name[titled.end():].strip(), titled.group(0).strip()
        country = _country_of(position, f, pos_end, paras[pi][1], name, p)
        latin = _latin_spelling(m.group("latin"), p) if m.group("latin") else None
        extra.append(PersonMention(m.start(), pos_end, m.end(),
                                   Person(name, honorific, position, country, (latin,) if latin else ()), pi))
        # “มร.หลี่ เหว่ย” กงสุลใหญ่…: the title inside the quotes found the same person without the post
        dropped.update(id(pm) for pm in found if m.start() < pm.start < m.end())
    return _merged(found, extra, dropped)


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


def _with_leaders_countries(found: list[PersonMention], p: Patterns) -> list[PersonMention]:
    """A known office-holder (``leaders.json``) named with a title but no post that names a
    country ("นางจูเลีย กิลลาร์ด นายกฯ หญิง…") acts for the gazetteer's country: their talks are
    with that country, not a series of their own with the one met."""
    out = []
    for pm in found:
        m = p.v.leader_re.fullmatch(pm.person.name) if pm.person.country is None else None
        country = p.v.leader_by_form[m.group(0)]["country"] if m is not None else None
        out.append(replace(pm, person=replace(pm.person, country=country)) if country else pm)
    return out


def _with_quoted_nicknames(f: str, found: list[PersonMention], p: Patterns) -> list[PersonMention]:
    """News style: a well-known office-holder named in quotes by a nickname or a given name alone
    after a title or post (นายกฯ “ต้อม”; ``leaders.json`` quoted) is that person: under the full name
    the release gives them elsewhere, or the gazetteer's, with the quoted form kept as another spelling.
    (A quoted nickname with no title, “ต้อม”พบหารือ…, is left to the headline's own reading: naming its
    subject there made the headline's talk a second one beside the body's.)"""
    if not p.v.leader_by_quoted:
        return found
    matches = list(p.v.leader_quoted_re.finditer(f))
    if not matches:
        return found

    def full(entry: dict) -> Person:
        forms = {person_key(x) for x in entry["th"]}
        known = next((pm.person for pm in found if person_key(pm.person.name) in forms), None)
        return known or Person(entry["th"][0], None, None, entry["country"])

    out = []
    for pm in found:
        entry = p.v.leader_by_quoted.get(pm.person.name)
        if entry is not None and any(m.start() <= pm.name_end and pm.start < m.end() for m in matches):
            # "นายกฯ “ต้อม”": the finder read the quoted nickname as the name after the post
            whole = full(entry)
            pm = replace(pm, person=replace(pm.person, name=whole.name, honorific=pm.person.honorific or whole.honorific,
                                            country=pm.person.country or entry["country"],
                                            spellings=tuple(dict.fromkeys((*whole.spellings, pm.person.name)))))
        out.append(pm)
    return out


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
        head = p.position_head.match(thai[0]) if thai else None
        if head is not None and head.end() < len(thai[0]) and _sound_alike(latin, " ".join([thai[0][head.end():], *thai[1:]])):
            thai[0] = thai[0][head.end():]      # "เอกอัครราชทูตจอห์น เอฟ สมิธ (Mr. John F. Smith)": the post glued before
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


def _with_latin_spelling_after_post(f: str, found: list[PersonMention], p: Patterns) -> list[PersonMention]:
    """"นายจอห์น สมิธ เอกอัครราชทูต…ประจำประเทศไทย (H.E. Mr. John Smith)": a titled Latin spelling
    in brackets right after an official's post is their name spelt otherwise, not a second official."""
    extra, dropped = [], set()
    for m in p.titled_latin_aside.finditer(f):
        k = m.start() + (f[m.start():m.start() + 1] == " ")      # the bracket
        owner = next((pm for pm in found if pm.end <= k and not f[pm.end:k].strip() and pm.end > pm.name_end), None)
        latin = _latin_spelling(m.group(0), p) if owner is not None else None
        if latin is None or id(owner) in dropped:
            continue
        dropped |= {id(pm) for pm in found if m.start() <= pm.start < m.end()} | {id(owner)}
        extra.append(replace(owner, person=replace(owner.person, spellings=(*owner.person.spellings, latin))))
    return _merged(found, extra, dropped)


_OPENING_BRACKET = re.compile(r"\s?\(\s?\Z")
_PARTY_PAIR_LEFT = re.compile(r"[\s\-–—,]|และ")      # what is left of "ไทย-นิวซีแลนด์" once its parties are taken out


#: nothing but a space between a Latin name and its Thai spelling ("Mr.John Smith นายจอห์น สมิธ ประธาน…")
_SPACE_ONLY = re.compile(r"\s{1,3}")


def _sound_alike(latin: str, thai: str) -> bool:
    """Do a Latin and a Thai spelling sound alike, by the measure resolution merges them by
    (people.json latin_thai_min_similarity)? "Mr. John Smith นายจอห์น สมิธ" is one official told
    twice; "นาย John Smith นายสมชาย รักไทย", text that lost its verb, is two."""
    return similarity(phonetic_skeleton(latin), phonetic_skeleton(thai)) >= _latin_thai_min_similarity()


@cache
def _latin_thai_min_similarity() -> float:
    return load_data("people.json")["latin_thai_min_similarity"]


def _with_thai_spelling_in_brackets(f: str, people: list[PersonMention], p: Patterns) -> list[PersonMention]:
    """"H.E. Ms. Penny Mordaunt (นางเพนนี มอร์ดอนท์) รัฐมนตรี…": a Latin-named official with the Thai
    spelling in brackets right after is one official, named in Thai, the Latin name a spelling; so is
    one whose Thai spelling follows with no bracket, only a space, before the post ("Mr.John Smith
    นายจอห์น สมิธ ประธาน…")."""
    out: list[PersonMention] = []
    for pm in people:
        prev = out[-1] if out else None
        if prev is not None and prev.para == pm.para and _HAS_THAI.search(pm.person.name) \
                and not _HAS_THAI.search(prev.person.name) and prev.person.position is None \
                and prev.name_end <= pm.start and (_OPENING_BRACKET.search(f, prev.name_end, pm.start) is not None
                                                   or _SPACE_ONLY.fullmatch(f, prev.name_end, pm.start) is not None
                                                   and _sound_alike(prev.person.name, pm.person.name)):
            spelt = (*pm.person.spellings, prev.person.name, *prev.person.spellings)
            out[-1] = replace(pm, start=prev.start, person=replace(pm.person, spellings=tuple(dict.fromkeys(spelt))))
            continue
        out.append(_with_untitled_thai_spelling(f, pm, p))
    return out


#: "นาย Geoffrey Doidge ( เจฟฟรีย์ ดอยจ์ )": a Thai spelling of two or more words in brackets, untitled
_UNTITLED_THAI_SPELLING = re.compile(rf"\s?\(\s?(?P<name>[{_THAI}]+(?: [{_THAI}]+){{1,4}})\s?\)")


def _with_untitled_thai_spelling(f: str, pm: PersonMention, p: Patterns) -> PersonMention:
    """A Latin-named official with no post yet, spelt in Thai in brackets right after with no
    title: named in Thai, as the titled spelling would be, the Latin name a spelling, and holding
    the post told after the bracket. Words that are a post or a party are an aside, not a name."""
    if pm.person.position is not None or _HAS_THAI.search(pm.person.name) or pm.end != pm.name_end:
        return pm
    m = _UNTITLED_THAI_SPELLING.match(f, pm.name_end)
    if m is None:
        return pm
    if p.honorific.match(m.group("name")) or any(p.position_head.match(w) or p.party.fullmatch(w)
                                                 for w in m.group("name").split()):
        return pm                           # titled: the official's own mention; or a post, a party
    spelt = tuple(dict.fromkeys((pm.person.name, *pm.person.spellings)))
    # "นาย John Smith (จอห์น สมิธ) ปลัดกระทรวงกลาโหมนิวซีแลนด์": the post after the bracket is the official's
    k = m.end() + (f[m.end():m.end() + 1] == " ")
    line_end = f.find("\n", k)
    line_end = len(f) if line_end == -1 else line_end
    position, end = _parse_position(f, k, line_end, p) if p.position_head.match(f, k) else (None, m.end())
    person = replace(pm.person, name=m.group("name"), spellings=spelt, position=position or None,
                     country=pm.person.country or (_country_of(position, f, end, line_end, m.group("name"), p)
                                                   if position else None))
    return replace(pm, end=max(end, m.end()), name_end=m.end(), person=person)


def _with_entourage_countries(f: str, people: list[PersonMention], p: Patterns) -> list[PersonMention]:
    """A foreign official's entourage: one named right after "พร้อมด้วย" whose post names no
    country ("นาย A นายกรัฐมนตรีมาเลเซีย พร้อมด้วยนาย B รมว.กต.") goes with A and acts for A's
    country, not for Thailand, which a post with no country would otherwise give. (A post tied
    to a place, "… ประจำ…", "… ณ …", is left as it reads.)"""
    joiners = tuple(p.v.positions["entourage_words"])
    placed = tuple(p.v.positions["entourage_placed_posts"])
    moved: dict[str, str] = {}
    for a, b in zip(people, people[1:]):
        lead = moved.get(a.person.name, a.person.country)
        if a.para != b.para or lead in (None, "TH") or b.person.country != "TH" or not b.person.position \
                or f[a.end:b.start].strip() not in joiners or _countries_in(b.person.position) \
                or any(w in b.person.position for w in placed):
            continue
        moved[b.person.name] = lead
    return [replace(pm, person=replace(pm.person, country=moved[pm.person.name]))
            if pm.person.name in moved and pm.person.country == "TH" else pm for pm in people]


#: the teller speaking of themself ("…ได้โทรศัพท์มาหาตน", "โทรมาคุยกับผม", "ตนได้เดินทางไปเข้าร่วม…")
_FIRST_PERSON = ("ตนเอง", "ตน", "กระผม", "ผม", "ดิฉัน")
#: the teller's own attending, told in the first person after their statement verb ("นาย X … เปิดเผยว่า
#: ในช่วงวันที่ 28 ก.พ. ตนได้เดินทางไปเข้าร่วมการประชุม…"): they attended
#: the first person, then their attending ("ตนได้เดินทางไปเข้าร่วม", "ตนเองเดินทางไปร่วม")
FIRST_PERSON_ATTENDING = rf"(?:{'|'.join(_FIRST_PERSON)})\s?(?:ก็|จึง)?(?:ได้|จะ|เคย)?\s?(?:เดินทาง)?(?:ไป)?(?:เข้า)?ร่วม"
_SELF_ATTENDED = re.compile(rf"ว่า[^\n]{{0,80}}?(?<![ก-๙]){FIRST_PERSON_ATTENDING}")
_SELF_ATTENDED_REACH = 200
#: the teller leading their side at a meeting told just before, in the first person ("นาย X … เปิดเผยว่า
#: ในการประชุม Y เมื่อวันที่ 10 … ตนเป็นหัวหน้าคณะผู้แทนไทย นำคณะ…"): they attended Y
_SELF_LED = re.compile(rf"ว่า[^\n]{{0,120}}?(?<![ก-๙])(?:{'|'.join(_FIRST_PERSON)})\s?(?:ได้)?\s?(?:เป็นหัวหน้าคณะ|นำคณะ)")


def _people(f: str, paras: list[tuple[int, int]], p: Patterns) -> list[PersonMention]:
    """:func:`find_people`, each marked where the text says the person did not take part
    (sent someone, was absent) or met someone apart (a courtesy call, a talk)."""
    companions = tuple(p.v.positions["companion_words"])
    companion_reach = max(map(len, companions)) + 2         # a space or two, then the word
    people = _with_leaders_countries(_named_in_part_before(_named_again_in_part(_with_thai_spelling_in_brackets(
        f, _with_latin_spelling_after_post(f, _with_latin_aside_names(
            f, paras, _with_quoted_nicknames(f, _with_untitled_leaders(f, paras, find_people(f, paras, p), p), p),
            p), p), p))), p)
    people = _with_entourage_countries(f, people, p)
    # (a name run on into a verb is cut first: "นาย X แสดงความขอบคุณ…" must not stand as the whole
    # name a headline's or a cut excerpt's form is completed to)
    _run_on_cut_to_named(f, people, p)
    _as_named_in_full(f, people)
    people = _told_again_in_full(f, paras, people, p)
    people = _with_quoted_given_name_leads(f, paras, people)
    people = _principals_of_aides(f, people, p)
    for i, pm in enumerate(people):
        nxt = people[i + 1].start if i + 1 < len(people) and people[i + 1].para == pm.para else paras[pm.para][1]
        after = f[pm.end:min(nxt, pm.end + 90)]
        at = _fused_post_start(f, paras[pm.para][0], pm, p)
        before = f[max(paras[pm.para][0], at - 12):at]     # (before a post fused to a leader's name: "…จากประธานาธิบดี")
        assigned = p.contains("assigned_after", after, 0, min(len(after), 45))   # "ได้รับมอบหมายจากนายกรัฐมนตรี…": goes
        # the words after the name, a post or a country read as the post's included ("นายกรัฐมนตรี X ของไทย
        # ที่ยกเลิกการเดินทาง…")
        tail = f[pm.name_end:min(nxt, pm.end + 90)] if pm.name_end < pm.end else after
        stated = p.contains("neg_after", tail, 0, min(len(tail), 45 + pm.end - min(pm.end, pm.name_end))) and not assigned \
            and not p.contains("attending_after_statement", after) \
            and not p.contains("attending_after_statement", f, paras[pm.para][0], pm.start) \
            and not _SELF_ATTENDED.search(f, pm.end, min(paras[pm.para][1], pm.end + _SELF_ATTENDED_REACH))
        # "ให้สัมภาษณ์… ในโอกาสเข้าร่วมการประชุม X", "ระหว่างการเข้าร่วมการประชุม X … นาง Y ได้ให้สัมภาษณ์": one
        # interviewed while attending X attends it
        if stated or (p.contains("assign_after", after) and not assigned) or p.ends_with("neg_before", before, len(before.rstrip())) \
                or _holder_of_post_sent_for(f, pm, paras, p) \
                or f[pm.name_end:pm.name_end + companion_reach].lstrip().startswith(companions):
            pm.negated = True           # "พร้อมด้วย น.ส. X ภริยา": the spouse travels, attends nothing
        if p.contains("encounter", f, max(paras[pm.para][0], pm.start - 60), pm.start) \
                or p.contains("encounter_after", after, 0, min(len(after), 80)):
            pm.encounter = True
    return people


def _fused_post_start(f: str, lo: int, pm: PersonMention, p: Patterns) -> int:
    """Where a post written fused before a leader named with no title starts ("…ความปรารถนาดีของ
    ประธานาธิบดี X", X a leader known by name alone: the name alone is the mention); the mention's start when none is."""
    if pm.person.position is not None or pm.person.honorific is not None:
        return pm.start
    chunk = max(lo, f.rfind(" ", lo, pm.start) + 1, f.rfind("\n", lo, pm.start) + 1)
    return next((k for k in range(chunk, pm.start) if p.position_head.match(f, k, pm.start)), pm.start)


def _principals_of_aides(f: str, people: list[PersonMention], p: Patterns) -> list[PersonMention]:
    """An official whose post is an aide's (``positions.aide_posts``: ที่ปรึกษา, ผู้ช่วย…) named right
    before another ("ดร. A ที่ปรึกษา สมเด็จ… B นายกรัฐมนตรีแห่ง X"): A advises B, who is only named
    (not there), and A acts for B's country."""
    aide_posts = tuple(p.v.positions["aide_posts"])
    out = list(people)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.para != b.para or not (a.person.position or "").endswith(aide_posts) or f[a.end:b.start].strip():
            continue
        b.negated = b.principal = True
        if b.person.country is not None and b.person.country != a.person.country:
            out[i] = replace(a, person=replace(a.person, country=b.person.country))
    return out


#: a given name alone in quotes opening a paragraph, as news leads name the story's official
_QUOTED_GIVEN_LEAD = re.compile(rf"[“\"]([{_THAI}]{{2,20}})[”\"]")


def _with_quoted_given_name_leads(f: str, paras, people: list[PersonMention]) -> list[PersonMention]:
    """A news lead opening with its official's given name alone in quotes (“สมชาย” ร่วมประชุม X …
    ใช้โอกาสนี้หารือ…) names the one official with a post whom the release names in full with that
    given name. Body paragraphs only: a headline's quoted name is left to the headline's reading."""
    extra = []
    for pi, (lo, hi) in enumerate(paras[1:], start=1):
        m = _QUOTED_GIVEN_LEAD.match(f, lo, hi)
        if m is None or any(pm.start <= m.start() < pm.end for pm in people):
            continue
        named = {pm.person.name: pm.person for pm in people if pm.person.position
                 and pm.person.name.split(" ", 1)[0] == m.group(1) and " " in pm.person.name}
        if len(named) == 1:
            extra.append(PersonMention(m.start(), m.end(), m.end(), next(iter(named.values())), pi))
    return sorted((*people, *extra), key=lambda pm: pm.start) if extra else people


def _told_again_in_full(f: str, paras, people: list[PersonMention], p: Patterns) -> list[PersonMention]:
    """A Thai-script name of two words or more that a finder read once, written again whole
    where none read it (after a style no finder takes as a title, "…นำโดยท่าน จอห์น สมิธ", or
    fused to a post), names that official there too: the same words, the same person. Short
    names (fewer than ``name_tokens.told_again_min_chars`` characters) may be words of the text."""
    least = p.v.honorifics["name_tokens"]["told_again_min_chars"]
    taken = [(pm.start, max(pm.end, pm.name_end)) for pm in people]
    extra = []
    for name, person in {pm.person.name: pm.person for pm in people}.items():
        if " " not in name or len(name) < least or not _THAI_OPENING.match(name):
            continue
        i = f.find(name)
        while i != -1:
            j = i + len(name)
            if not any(a < j and i < b for a, b in taken):
                extra.append(PersonMention(i, j, j, person, _para_of(paras, i)))
                taken.append((i, j))
            i = f.find(name, j)
    return sorted((*people, *extra), key=lambda x: x.start) if extra else people


def _as_named_in_full(f: str, people: list[PersonMention]) -> None:
    """Two mangled forms of a name the release also gives whole become that name: one cut
    with the excerpt ("…ทั้งนี้ พล.อ.ณัฐพล นาคพ" beside "พล.อ.ณัฐพล นาคพาณิชย์"), and a headline's
    given name run into the verb after it ("พล.อ.ประวิตร ปัดตอบนั่งรมว.กลาโหม" beside
    "พล.อ.ประวิตร วงษ์สุวรรณ"): the same title and given name, one official."""
    end = len(f.rstrip())
    for pm in people:
        first, _, rest = pm.person.name.partition(" ")
        if not rest or " " in rest:
            continue
        cut = pm.name_end >= end
        headline = pm.para == 0 and pm.person.honorific is not None
        if not (cut or headline):
            continue
        full = [x for x in people if x is not pm and x.para != pm.para and x.person.name.startswith(first + " ")
                and x.person.name != pm.person.name and (x.person.honorific == pm.person.honorific or cut)]
        whole = {x.person.name for x in full if not cut or x.person.name.partition(" ")[2].startswith(rest)}
        if len(whole) == 1:
            named = next(x for x in full if x.person.name in whole)
            pm.person = replace(pm.person, name=named.person.name, country=pm.person.country or named.person.country)


#: the word that opens a reported clause after a speech verb ("ระบุว่า", "ยืนยันว่า")
_THAT_CLAUSE = "ว่า"


def _run_on_cut_to_named(f: str, people: list[PersonMention], p: Patterns) -> None:
    """A name the text runs on into the words after it ("นายจอห์น สรุปว่าพอใจ…", "นายสมิธมีขึ้น
    ท่ามกลาง…", "นาย A B ลาออกจากตำแหน่ง"): it ends before a word that follows a name in a sentence
    and never opens a surname (``Patterns.run_on_openers``: a verb or particle of
    ``name_token_stops``, ``surname_fused_stops`` or ``name_tokens.run_on_openers``); what is
    left, when it is the whole name or one word (of at least ``name_tokens.run_on_least_word``
    letters) of one official the release names in full, is that official."""
    least = p.v.honorifics["name_tokens"]["run_on_least_word"]
    clause_least = p.v.honorifics["name_tokens"]["run_on_clause_min_chars"]    # (a clause, not a surname)
    openers = p.run_on_openers
    cut: dict[int, str] = {}            # id of a mention whose name ran on → what is left of it
    for pm in people:
        words = pm.person.name.split()
        if not _THAI_OPENING.match(pm.person.name):
            continue
        # (a second word that opens so, before a post written apart, is a surname: "พล.ร.อ.สมชาย
        # แจ้งยอดดี รอง…"; not one the post is fused to: "พลเอกสมชาย แสดงความขอบคุณรัฐมนตรี…")
        # (but a second word ending with ว่า, "that", opens the clause a speech verb tells: "นายจอห์น ระบุว่า …")
        first = 1 if pm.person.position is None or not f.startswith(" ", pm.name_end) \
            or len(words) > 1 and words[1].endswith(_THAT_CLAUSE) else 2
        k = next((k for k in range(first, len(words)) if words[k].startswith(openers)), None)
        if k is not None:
            cut[id(pm)] = " ".join(words[:k])
        elif (fused := _fused_head(words[0], openers)) is not None:
            cut[id(pm)] = fused                             # "สมิธมีขึ้น"
    full = {pm.person.name: pm.person for pm in people if id(pm) not in cut and len(pm.person.name.split()) >= 2}
    for pm in people:
        # "นายจอห์น สมิธชี้ให้เห็นว่า…": an opener fused to the surname, before which the release's full name stands
        words = pm.person.name.split()
        if id(pm) not in cut and len(words) >= 2 and _THAI_OPENING.match(pm.person.name) \
                and (fused := _fused_head(words[1], openers)) is not None and f"{words[0]} {fused}" in full:
            cut[id(pm)] = f"{words[0]} {fused}"
    for pm in people:
        words = pm.person.name.split()
        # "โดยนายสมชาย สัญญาว่า…" after "นายสมชาย รักไทย อดีตนายกรัฐมนตรี": a given name the release names in
        # full, then a word of the language (a verb), no surname
        # (or a clause run on with no space, longer than any surname: "โดยนายสมชาย เข้าใจถึงปัญหาของภูมิภาค…")
        if id(pm) not in cut and pm.person.position is None and len(words) >= 2 \
                and (words[1] in _thai_words() or len(words[1]) >= clause_least):
            named = [x for n, x in full.items() if n.split()[0] == words[0] and n != pm.person.name and x.position]
            if len(named) == 1:
                pm.person = replace(named[0], country=named[0].country or pm.person.country)
    for pm in people:
        left = cut.get(id(pm))
        if left is None:
            continue
        found = {x.name: x for x in full.values() if left in _heads(x.name, least)}
        if len(found) == 1:
            named = next(iter(found.values()))
            pm.person = replace(named, country=named.country or pm.person.country)
        elif " " in pm.person.name:
            pm.person = replace(pm.person, name=left)       # "นาย A B ลาออก…": A B, named nowhere else


def _fused_head(word: str, openers: tuple[str, ...]) -> str | None:
    """The part of one word before a run-on opener fused to it ("สมิธมีขึ้น" → สมิธ), if any."""
    for k in range(2, len(word) - 1):
        if word.startswith(openers, k):
            return word[:k]
    return None


def _heads(name: str, least: int) -> set[str]:
    """What a release may write of ``name`` when naming its official again: the whole name, and its
    first or last word when long enough to be no common word."""
    parts = name.split()
    return {name, *(w for w in (parts[0], parts[-1]) if len(w) >= least)}


def _holder_of_post_sent_for(f: str, pm: PersonMention, paras, p: Patterns) -> bool:
    """Whether ``pm`` is named in brackets after a post that someone stood in for or was sent
    by ("ได้รับมอบหมายจากรัฐมนตรีว่าการกระทรวงเกษตรฯ (นาย X)"): the post's holder,
    who was not there."""
    lo = paras[pm.para][0]
    q = pm.start - 1
    while q > lo and f[q] in " \n":
        q -= 1
    if f[q:q + 1] != "(":
        return False
    if q == lo and pm.para > 0:
        lo = paras[pm.para - 1][0]          # a line opening with the bracket: the post ends the line before
    window = max(lo, q - p.v.meetings["reach"]["bracketed_holder"])
    for word in p.v.meetings["negation_before_post"]:
        at = f.rfind(word, window, q)
        if at != -1:
            k = at + len(word)
            k += f[k:k + 1] == " "
            if p.position_head.match(f, k) and "(" not in f[k:q] and "\n" not in f[at:k]:
                return True
    return False


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


def _by_country(met: list[PersonMention], leader_posts: tuple[str, ...] = ()) -> list[list[PersonMention]]:
    """The officials met, one group per country (a minister and the ambassador beside
    him are one talk); an official whose country is not known joins the group before. Two
    of a country's leaders met together ("หารือกับนาย A ประธานาธิบดี… และนาย B นายกรัฐมนตรี…")
    are a talk each: each leader heads a group, and the officials after one join it."""
    groups: list[list[PersonMention]] = []
    for pm in met:
        same = next((g for g in groups if pm.person.country is None or g[0].person.country == pm.person.country), None)
        if same is None:
            groups.append([pm])
        else:
            same.append(pm)
    out: list[list[PersonMention]] = []
    for g in groups:
        leads = {person_key(pm.person.name) for pm in g if (pm.person.position or "").startswith(leader_posts)}
        if not leader_posts or len(leads) < 2:
            out.append(g)
            continue
        for pm in g:
            if (pm.person.position or "").startswith(leader_posts) or not out or out[-1][0].person.country != g[0].person.country:
                out.append([pm])
            else:
                out[-1].append(pm)
    return out


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
_SHORT_NAME_RUN = re.compile(rf"\s?([{_THAI}]{{4,60}})")


def _short_met(f: str, j: int, pend: int, pi: int, people: list[PersonMention], p: Patterns) -> list[PersonMention]:
    """"…ได้เข้าเยี่ยมคารวะนายเกียรติศักดิ์ ณ กระทรวง…": a title and one part of a name right
    after the verb, naming an official the release gave in full before: the one met."""
    hm = p.honorific.match(f, j, pend)
    m = (_SHORT_NAME_AFTER.match(f, hm.end(), pend) or _SHORT_NAME_RUN.match(f, hm.end(), pend)) if hm is not None else None
    if m is None:
        return []
    word, end = m.group(1), m.end()
    named = _named_in_full_before(people, word, j)
    if named is None and (stop := p.fused_stop.search(word, 2)) is not None:
        # "…ได้พบกับนายสมิธในวันอังคาร": the part of a name runs into what follows it
        word, end = word[:stop.start()], m.start(1) + stop.start()
        named = _named_in_full_before(people, word, j)
    return [replace(named, start=j, end=end, name_end=end, para=pi)] if named is not None else []


def _holder_of_post_met(f: str, j: int, pend: int, pi: int, people: list[PersonMention],
                        p: Patterns) -> list[PersonMention]:
    """"…พบหารือกับนายกเทศมนตรีนครเวลลิงตัน": a post alone right after the verb, word for word
    the post of an official the release named before: that official is the one met."""
    if p.position_head.match(f, j) is None:
        return []
    end = _POST_CHUNK_END.search(f, j, pend)
    end = end.start() if end else pend
    post = f[j:end].rstrip("ฯ")
    named = next((pm for pm in people if not pm.negated and pm.start < j and pm.person.position == post), None)
    return [replace(named, start=j, end=end, name_end=end, para=pi)] if named is not None else []


_POST_CHUNK_END = re.compile(r"[\s(]")


_BEFORE_VERB = r"\s?(?:ก็|ยัง|จึง)?(?:ได้|จะ)?\s?(?:มี)?(?:กำหนด(?:การ)?(?:ที่จะ|จะ)?)?(?:กล่าว)?\s?\Z"     # "…ก็ได้", "…จะมีกำหนด",
                                                                                    # "…มีกำหนดที่จะ" up to the verb;
                                                                                    # "นายกรัฐมนตรี กล่าวต้อนรับ…": said (welcome)
#: the post, or two joined ("รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงกลาโหม มีกำหนดที่จะหารือ…")
_POST_BEFORE_VERB = re.compile(rf"(?P<title>[^\s]{{3,60}}?(?: และ ?[^\s]{{3,60}}?)?)ฯ?{_BEFORE_VERB}")
_POST_PARTY_BEFORE_VERB = re.compile(rf"(?P<title>[^\s]{{3,60}}?) (?P<party>[^\s]{{2,40}}?){_BEFORE_VERB}")


#: "as follows", which a spokesperson's lead ends on before what the official said
_AS_FOLLOWS = ("ดังนี้",)


def _post_referent(f: str, lo: int, hi: int, people: list[PersonMention], p: Patterns) -> PersonMention | None:
    """"รัฐมนตรีต่างประเทศได้พบหารือ…": a post alone right before the verb names the official
    the release gave with that post (its words in order: รัฐมนตรีว่าการกระทรวงการต่างประเทศ),
    the first such, as releases name their lead official first; one whose post opens with
    those words before one whose post only holds them (โฆษกประจำสำนักนายกรัฐมนตรี)."""
    window = f[lo:hi]
    # (or fused to the "as follows" that closes a spokesperson's lead: "…เปิดเผยสาระสำคัญ ดังนี้นายกรัฐมนตรี กล่าว…")
    heads = [h for h in p.position_head.finditer(window) if h.start() == 0 or window[h.start() - 1] in " \n"
             or window.endswith(_AS_FOLLOWS, 0, h.start())]
    if not heads:
        return None
    m = _POST_BEFORE_VERB.match(window, heads[-1].start())
    if m is None:
        # "รัฐมนตรีว่าการกระทรวงการต่างประเทศ สาธารณรัฐประชาชนจีน ได้เข้าเยี่ยมคารวะ…": the post, a space, its country
        m = _POST_PARTY_BEFORE_VERB.match(window, heads[-1].start())
        if m is None or not p.party.fullmatch(m.group("party")):
            return None
    earlier = [pm for pm in people if pm.start < lo + heads[-1].start()]
    before = [pm for pm in earlier if not pm.negated]
    title = "".join(m.groups())          # the post, and its country when told apart
    # (…else one who tells of their own encounters and names themself by post: "นาย A รัฐมนตรีว่าการ…
    # ให้สัมภาษณ์… ดังนี้ ๑. … รัฐมนตรีว่าการฯ ได้พบกับนาง B")
    fits = [pm for pm in before if _spelled_in(title, pm.person.position)] \
        or [pm for pm in earlier if pm.negated and _spelled_in(title, pm.person.position)]
    if not fits and " และ" in title:
        # two joined posts, of which the release gave the holder only the first
        title = title.split(" และ", 1)[0]
        fits = [pm for pm in before if _spelled_in(title, pm.person.position)]
    if not p.party.search(title):
        # "นายกรัฐมนตรีเข้าเยี่ยมคารวะ…" after "พลเอก X นายกรัฐมนตรีพม่า": a post naming no country is
        # Thailand's, not a foreign official's whose post names theirs
        fits = [pm for pm in fits if pm.person.country in (None, "TH")]
        if not fits:
            # ""สมชาย" หารือ…" in the headline, then "นายกรัฐมนตรี หารือทวิภาคี…": a Thai post alone
            # names the one Thai official the release names without any post
            unposted = {pm.person.name: pm for pm in before if pm.person.country == "TH" and not pm.person.position}
            fits = list(unposted.values()) if len(unposted) == 1 and not any(
                pm.person.country == "TH" and pm.person.position for pm in earlier) else []
    # "นายกรัฐมนตรีมีกำหนดหารือ…" is the prime minister, not the prime minister's spokesman
    return next((pm for pm in fits if (pm.person.position or "").startswith(title)), fits[0] if fits else None)


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
    # ("การประชุมหารือกับนาย X", a meeting's noun before a talk with one named, is that talk)
    talks = [t for t in talks if not any(within(t, mm) and (mm.numbers or mm.start < t.start - len("การ") and not (
        t.counterparts and mm.label[:t.start - mm.start] in _MEETING_NOUNS)) for mm in mentions)]
    # "ให้การต้อนรับนาย X … ก่อนที่ทั้งสองจะเป็นประธานร่วมการหารือประจำปี ครั้งที่ 7": the welcome
    # opens the meeting its paragraph names, it is not a call of its own
    # (not a meeting named far after it: "…ให้การต้อนรับนาง X … ทั้งสองฝ่าย… ผลักดันการเจรจา FTA" tells a topic)
    reach = patterns().v.meetings["talks"]["reach"]["welcome_opens"]
    talks = [t for t in talks if not (t.welcome and any(mm.para == t.para and not mm.is_parent
                                                        and mm.start - t.end <= reach for mm in mentions))]
    kept = [mm for mm in mentions if not any(within(t, mm) for t in talks)]
    return sorted(kept + talks, key=lambda m: m.start)


def _skip_space(f: str, i: int, end: int) -> int:
    return i + 1 if i < end and f[i] == " " else i


def lineage_surname_at(f: str, j: int, pend: int, p: Patterns) -> str | None:
    """The surname of ณ and a place (``honorifics.json`` lineage_surnames: ณ ระนอง, ณ อยุธยา) written
    at ``j`` as a word of its own (a post may follow it fused), else None: in a name, ณ is no venue."""
    return next((x for x in p.v.lineage_surnames if f.startswith(x, j) and (
        j + len(x) >= pend or not _THAI_OR_LATIN_CHAR.match(f, j + len(x)) or p.position_head.match(f, j + len(x)))), None)


def _surname_before_post(f: str, tok: str, end: int, told: int, p: Patterns) -> bool:
    """Is ``tok``, the second word of a name, its surname though it opens like a verb that ends
    names (แจ้งยอดสุข, not แจ้ง: "พล.ร.อ.สุวิน แจ้งยอดสุข รองผู้บัญชาการทหารเรือ")? Only when it is
    longer than the verb and a post follows it right after a space."""
    return told == 1 and tok not in p.name_token_stops and f.startswith(" ", end) \
        and p.position_head.match(f, end + 1) is not None


def _aside_then_post(f: str, at: int, pend: int, p: Patterns) -> bool:
    """A Latin spelling in brackets at ``at``, then a post."""
    aside = _LATIN_ASIDE.match(f, at, pend)
    return aside is not None and p.position_head.match(f, aside.end(), pend) is not None


def _parse_name_and_position(f, k, pend, honorifics, stoppers, p: Patterns):
    tokens: list[str] = []
    ends: list[int] = []            # where each token ends (the names may stand apart by more than a space)
    j = k
    latin = bool(_LATIN_START.match(f, k, k + 1))
    limits = p.v.honorifics["name_tokens"]
    position = None
    pos_start = None
    # "คาหลิด บิน อาเหม็ด บิน โมฮัมเหม็ด อัล คอลิฟะห์": a name of Arabic particles runs longer
    while j < pend and len(tokens) < limits["with_particles" if p.v.name_particles.intersection(tokens) else "plain"]:
        if p.position_head.match(f, j) and tokens:
            pos_start = j
            break
        lineage = lineage_surname_at(f, j, pend, p) if tokens and not latin else None
        if lineage is not None:
            # "นายกิตติรัตน์ ณ ระนอง", "นาย X Y ณ อยุธยา": a surname of ณ and a place, not a venue
            tokens.append(lineage)
            j += len(lineage)
            ends.append(j)
            if j < pend and f[j] == " ":
                j += 1
                continue
            if j < pend and p.position_head.match(f, j):
                pos_start = j
            break
        tm = (_NAME_TOKEN_LAT if latin else _NAME_TOKEN_TH).match(f, j)
        if not tm:
            break
        tok = tm.group(0)
        if "ฯ" in tok:
            break
        if tok in stoppers or (tokens and tok.startswith(p.name_token_stops)
                               and not _surname_before_post(f, tok, tm.end(), len(tokens), p)):
            break
        if len(tokens) >= 2 and (_SHORT_POST.match(tok) or latin and tok in p.latin_post_words):
            break               # "นาย จอห์น สมิธ สส.จากมลรัฐ…": an abbreviated post after the name; "Professor
                                # John Smith Dean of School of …": the post in English
        if len(tokens) >= 2 and (title := p.honorific.match(f, j)) is not None and title.end() < tm.end() - 1:
            break               # "นาย A B C นาย D E ผู้อำนวยการ…": a list's next official, titled, after a
                                # name of three words with no post
        if tokens and tok in p.name_token_stops_before_a_post and p.position_head.match(f, _skip_space(f, tm.end(), pend)):
            break               # "พล.ต.อ. X Y รอง ผบ.ตร.": a deputy's post apart ("จอห์น รอง บุน สมิธ": a name)
        # a position or stopper fused to the end of a Thai surname: ทองภักดีปลัดกระทรวง…
        if not latin:
            fused = p.position_head.search(tok, 2)
            cut = fused.start() if fused else None
            sw = p.fused_stop.search(tok, 2)
            if sw is not None and (cut is None or sw.start() < cut):
                cut = sw.start()
            if cut is not None and (tokens or cut >= 2):
                if tok[:cut] in stoppers:
                    break               # "ฯพณฯท่านนายกรัฐมนตรี": a pronoun fused to the post, no name
                tokens.append(tok[:cut])
                j += cut
                ends.append(j)
                if fused and fused.start() == cut:
                    pos_start = j
                break
        tokens.append(tok)
        j = tm.end()
        ends.append(j)
        if j < pend and f[j] == " ":
            j += 1
            if j < pend and f[j] == " " and tokens:
                j += 1                  # "พลเอก สมชาย  รักไทย": a doubled space between the names
        else:
            if j < pend and p.position_head.match(f, j):
                pos_start = j
            break
    kept = [(t, e) for t, e in zip(tokens, ends) if t]
    tokens = [t for t, _ in kept]
    if not tokens:
        return None
    name_end = kept[-1][1]
    if pos_start is None and j < pend and p.position_head.match(f, j):
        pos_start = j
    if pos_start is not None:
        position, pos_end = _parse_position(f, pos_start, pend, p)
    else:
        pos_end = name_end
    if len(tokens) == 1 and position is None and not latin and not (
            _aside_then_post(f, name_end, pend, p) and p.v.boundary_honorifics.isdisjoint(honorifics)):
        return None             # (one word is a name when its post follows, or its Latin spelling and then its
                                # post: "นายจอห์นสมิธ (H.E. Mr. John Smith) เอกอัครราชทูต…"; after a title that may open a
                                # name, "เชค จอห์น (…)", both words are the name)
    if latin and len(tokens) == 1 and position is None:
        return None
    if not latin and len(tokens) > 3 and position is None and p.v.name_particles.isdisjoint(tokens) \
            and not _LATIN_ASIDE.match(f, name_end, pend):     # "นางดินา เอร์ซิเลีย โบลัวร์เต เซการ์รา (H.E. …)": whole
        tokens = tokens[:2]
        name_end = kept[1][1]
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
    quote = _QUOTES.search(seg, 3, cut)
    if quote is not None:
        # "นายกรัฐมนตรีของไทยกับ“จอห์น สมิธ”": a post holds no quote; the next name, quoted, ends it
        cut = quote.start() - (len(_WITH) if seg.endswith(_WITH, 0, quote.start()) else 0)
    # "…ต่างประเทศสหรัฐและสมชาย ใจดี": a second official named with no title ends the post
    k = seg.rfind("และ", 3, cut)
    if k != -1 and seg[k + len("และ"):cut] in _thai_names()[0] and j < pend and f[j] == " ":
        cut = k
    elif cut == len(seg) and seg.endswith(_AND) and len(seg) > len(_AND) + 3 and j < pend and _another_official_at(f, j, p):
        cut -= len(_AND)        # "…ต่างประเทศและ Dr. A …": a second official named after it ends the post
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
    if cut == len(seg):
        end = _portfolio_list_end(f, end, pend, p)
    unit = _UNIT_NUMBER.match(f, end, pend) if f.endswith(_NTH, s, end) and not f.endswith(_ROUND_NTH, s, end) else None
    if unit is not None:
        end = unit.end()            # "ผู้บังคับหน่วยกรมทหารม้าที่ 2": a unit's number is part of the post
    end = _spaced_country_end(f, end, pend, p)
    pos = f[s:end]
    if pos.count("(") > pos.count(")"):           # "มุขมนตรีแห่งรัฐเคดาห์ (Menteri": the bracket is not the post's
        end = s + pos.rfind("(")
        aside = _POST_ASIDE.match(f, end, pend)
        country = p.party.match(f, aside.end()) if aside is not None else None
        if country is not None and country.end() <= pend:
            end = country.end()     # "รมช.ต่างประเทศและการค้า (ด้านการค้า …) นิวซีแลนด์": the portfolio, then the country
        pos = f[s:end]
    mark = _NEXT_ITEM_MARK.search(pos)
    if mark is not None:            # "…ประจำประเทศไทย (๒) นาย B": the next item's mark of a numbered list
        end = s + mark.start()
        pos = f[s:end]
    return pos.strip().replace("\n", " "), end


#: a numbered list's next mark, ending a post ("(2)")
_NEXT_ITEM_MARK = re.compile(r"\s?\(\d{1,2}\)\s*$")


#: a ministry's portfolios listed after its first over spaces: " การค้า และอุตสาหกรรมญี่ปุ่น", " ศิลปะ, และวัฒนธรรม…"
_PORTFOLIO_LIST = re.compile(rf"(?: [{_THAI}]{{2,16}},?){{1,3}} และ ?(?P<last>[{_THAI}]{{2,40}})")
#: …and the last two joined by และ with no space ("รัฐมนตรีกระทรวงพลังงาน เกษตรและการประมงของนิวซีแลนด์")
_PORTFOLIO_FUSED_AND = re.compile(rf"(?: [{_THAI}]{{2,16}},?){{0,2}} (?P<last>[{_THAI}]{{2,20}}และ[{_THAI}]{{2,40}})")


_ACTION_NOUN = "การประชุม"
_AFTER_A_POST = ("ใน", "ที่", "ณ", "เมื่อ", "ระหว่าง")
_AUXILIARIES = ("จะ", "ได้", "เป็น", "ที่", "ซึ่ง", "ก็")


def _portfolio_list_end(f: str, end: int, pend: int, p: Patterns) -> int:
    """Where a post ends whose ministry lists its portfolios over spaces ("รัฐมนตรีว่าการกระทรวง
    เศรษฐกิจ การค้า และอุตสาหกรรมประเทศนิวซีแลนด์"): past the last, when it ends on the
    holder's country and no listed word is a country, a post or a title (not "ผู้นำเวียดนาม ลาว
    และกัมพูชา", "รัฐมนตรีแห่งรัฐ รัฐกาตาร์ และรัฐมนตรี…", "… ภริยา และคณะ"); else ``end``."""
    m = _PORTFOLIO_LIST.match(f, end, pend) or _PORTFOLIO_FUSED_AND.match(f, end, pend)
    if m is None:
        return end
    words = re.split(r"[ ,]+|และ", f[end:m.start("last")])
    last = m.group("last")
    if any(w and (_countries_in(w) or p.position_head.match(w) or w in p.v.positions["companion_words"]
                  or w.startswith(_AUXILIARIES))
           for w in words) or p.position_head.match(last):
        return end
    tail = _countries_in(last)
    if not tail or p.v.parties[tail[-1][1]].kind != "country" or last.startswith(_ACTION_NOUN):
        return end              # "…จะเป็นประธาน และการประชุมสุดยอด X": what the holder does, not a portfolio
    # (the country may run on, unspaced, into where or when the holder met: "…ของนิวซีแลนด์ในการประชุม")
    country_end = p.party.match(last, tail[-1][0]).end()
    return m.start("last") + country_end if country_end == len(last) or last.startswith(_AFTER_A_POST, country_end) \
        else end


#: a post's portfolio told in brackets before its country: "(ด้านการค้า การท่องเที่ยว และการลงทุน) "
_POST_ASIDE = re.compile(rf"\([{_THAI} ,]{{2,80}}\)\s?")




def _spaced_country_end(f: str, end: int, pend: int, p: Patterns) -> int:
    """Where a post ends that goes on, over a space, into its country ("ปลัดกระทรวงการต่างประเทศ
    สปป. ลาว", "ผู้บัญชาการทหารภูมิภาคที่ 4 กัมพูชา") or into the country's body that holds it
    ("ประธานคณะกรรมาธิการการต่างประเทศ สภาประชาชนแห่งชาติจีน", "ผู้บัญชาการทหารสูงสุด
    กองทัพมาเลเซีย"): the country's end, else ``end``."""
    if end >= pend or f[end] != " ":
        return end
    pm = p.party.match(f, end + 1)
    if pm and pm.end() <= pend:
        return pm.end()
    place = p.spaced_place.match(f, end + 1, pend)
    if place is not None and (place.end() == pend or not _THAI_OPENING.match(f, place.end())):
        return place.end()          # "รองผู้ว่าราชการ มณฑล X": the post goes on into its place abroad
    body = next((w for w in p.v.positions["spaced_country_bodies"] if f.startswith(w, end + 1)), None)
    if body is None:
        return end
    chunk_end = f.find(" ", end + 1, pend)
    chunk_end = pend if chunk_end == -1 else chunk_end
    last = None
    for pm in p.party.finditer(f, end + 1 + len(body), chunk_end):
        last = pm
    return last.end() if last is not None and last.end() == chunk_end else end


#: how far before a party's or a place's name a stateless context (กรม, ประจำ, ณ …) is looked for
_STATELESS_BEFORE = 14


def _stateless_before(before: str, stateless) -> bool:
    """Does ``before`` end in a context that makes the name after it no holder's party
    (อธิบดีกรม…, ประจำ…, ณ …)?"""
    return any(before.endswith(w) or before.rstrip().endswith(w.strip()) for w in stateless if w.strip())


@lru_cache(maxsize=65536)
def _countries_in(text: str) -> list[tuple[int, str]]:
    """:func:`countries_named`, cached: the posts and spans it is asked about repeat across
    releases (a whole release's text never does; ask :func:`countries_named` for that)."""
    return countries_named(text)


def countries_named(text: str) -> list[tuple[int, str]]:
    """(offset, code) of every party named in ``text`` outside a stateless context.

    "อธิบดีกรมอาเซียน" names a Thai department, "เอกอัครราชทูตไทยประจำญี่ปุ่น" a post
    held *in* Japan: parties right after กรม/กอง/สำนัก/ประจำ/ณ are not the holder's.
    """
    p = patterns()
    stateless = p.v.positions["stateless_departments"]
    for w in p.v.positions["not_party_words"]:
        if w in text:
            text = text.replace(w, " " * len(w))
    out = []
    for m in p.party.finditer(text):
        if _stateless_before(text[max(0, m.start() - _STATELESS_BEFORE):m.start()], stateless):
            continue
        code = p.v.party_code(m.group(0))
        if code:
            out.append((m.start(), code))
    return out


_AND_ANOTHER_POST = re.compile(r",? ?(?:และ|รวมทั้ง) ?")


_NTH = "ที่"
_ROUND_NTH = tuple(w + "ที่" for w in ROUND_WORDS)      # a round's number, not a unit's
_UNIT_NUMBER = re.compile(r" ?\d{1,4}(?!\d)")
_WITH = "กับ"


def _another_official_at(f: str, i: int, p: Patterns) -> bool:
    """Does another official's name open at ``i`` (over a space): a title of honorifics.json or
    a capitalised Latin name?"""
    j = i + (f[i:i + 1] == " ")
    return bool(p.honorific.match(f, j) or _LATIN_CAPITAL.match(f, j))


@cache
def _longest_place_head() -> int:
    """The length of the longest place head of modes.json (read once)."""
    return max(map(len, vocab().modes["place_heads"]))


@lru_cache(maxsize=65536)
def place_of(post: str) -> tuple[str, str] | None:
    """The first place abroad a post names (countries.json places: "รองเลขาธิการเทศบาลนคร X",
    "อธิบดีสำนักงานการต่างประเทศมณฑล Y"), as (its country's code, its first Thai name), or None.
    A place where the post is held ("กงสุลใหญ่ ณ นคร X", "ผู้อำนวยการสำนักงาน… ประจำ Y") is not
    the holder's."""
    p = patterns()
    stateless = p.v.positions["stateless_departments"]
    for m in p.v.place_re.finditer(post):
        before = post[max(0, m.start() - _longest_place_head() - _STATELESS_BEFORE):m.start()]
        head = p.place_before.search(before)     # (a place after its head and ณ or ประจำ is still a post's seat)
        if _stateless_before(before[:head.start()] if head else before, stateless):
            continue
        return p.v.places[m.group(0)]
    return None


def _country_of(position, f, pos_end, pend, name, p: Patterns) -> str | None:
    if position:
        found = _countries_in(position)
        if found:
            # "เจ้าหน้าที่อาวุโสเอเปคของเปรู": the country, not the forum
            countries = [c for _, c in found if p.v.parties[c].kind == "country"]
            return countries[0] if countries else found[0][1]
        placed = place_of(position)
        if placed is not None:
            return placed[0]
    # "… เป็นหัวหน้าคณะผู้แทนฝ่ายสหรัฐอเมริกา": the side the person leads
    tail = f[pos_end:min(pend, pos_end + 80)]
    # "… ได้พบปะหารือกับรัฐมนตรีต่างประเทศของเกาหลีเหนือ": past "กับ" or a talk verb is the other side
    # (a talk's noun is no verb: "…เป็นประธานการประชุมฝ่ายกัมพูชา" chaired the Cambodian side)
    verb, other = next((v for v in p.talk_verb.finditer(tail) if not tail.endswith(_NOUN_MAKER, 0, v.start())), None), \
        tail.find("กับ")
    # (…and not past another official named after และ: "นาย A รัฐมนตรี… และ Dr. B รัฐมนตรี…ของอินเดีย")
    second = next((m.start() for m in re.finditer(_AND, tail) if _another_official_at(tail, m.end(), p)), len(tail))
    tail = tail[:min(verb.start() if verb else len(tail), other if other >= 0 else len(tail), second)]
    for m in p.side.finditer(tail):
        if m.group(0).strip() in p.v.positions["side_markers_after_post_only"] and tail[:m.start()].strip() \
                and not _LATIN_GLOSS.fullmatch(tail[:m.start()].strip()):
            continue            # "…อธิบดีกรม… เยี่ยมชมสำนักงาน…ของนิวซีแลนด์": what was visited is New Zealand's, not the official
                                # (but the post's English name may stand between: "รองปลัดกระทรวงพัฒนาชนบท
                                # (Ministry of Rural Development) ของนิวซีแลนด์")
        pm = p.party.match(tail, m.end())
        if pm and m.group(0).strip() in p.v.positions["side_markers_country_only"] \
                and p.v.parties[p.v.party_code(pm.group(0))].kind != "country":
            continue            # "…ข้าหลวงใหญ่ผู้ลี้ภัยแห่งสหประชาชาติ": an organisation's officer acts for no country
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
    if position and position.startswith(tuple(p.v.positions["foreign_only_posts"])):
        return None                 # "ประธานาธิบดีจอห์น สมิธ": Thailand has no president; whose, the text does not say here
    if position and _cut_before_a_state(position, p):
        return None                 # "…นายกรัฐมนตรีแห่งสาธารณ": a foreign state's formal name, cut off
    return "TH" if position or _thai_personal_name(name) else None


_WORD_RUN = re.compile(rf"[{_THAI}]+")


@cache
def _thai_words() -> frozenset:
    """pythainlp's bundled Thai word list (an offline corpus file), read once when first needed."""
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


def _a_word_of_its_own(f: str, start: int, end: int) -> bool:
    """Does a short title stand at the start of a Thai word or given name that runs on past it
    ("ดอนเมือง", "อูฐ", "ดอน")? Such a title after a space is only the word's first letters."""
    run = _WORD_RUN.match(f, start)
    # (…or a Thai given name: "“ดอน รักไทย”" is Don, not Daw N)
    return run is not None and run.end() > end and (run.group(0) in _thai_words() or run.group(0) in _thai_names()[0])


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
                         past_tails: tuple[str, ...] = (), today_anchored: tuple[str, ...] = (),
                         published: PartialDate | None = None) -> list[DateSpan]:
    """Add "ในวันถัดมา" (the next day), "ในวันเดียวกัน" (the same day): the last full date
    before the phrase, moved by its offset. A day told as past background ("ยินดีต่อการลงนาม…
    เมื่อ 16 พฤศจิกายน ที่ผ่านมา") is not that base: the same day is the day of the events told.
    Words of ``today_anchored`` (วันนี้, เมื่อวาน) count from the day the report calls today
    ("วันนี้ (2 ก.พ. 67)"), when it writes one, not from the last date ("เยือนศรีลังกา 3-4 ก.พ.
    นี้ วันนี้จะยกหูคุย…": the call is today's, not the trip's); with none written, from the
    page's own date (``published``, to the day)."""
    import datetime as dt

    rx = _relative_re(tuple(sorted(offsets)))
    today = (_report_today(f, dates) or published) if today_anchored else None
    out = list(dates)
    for m in rx.finditer(f):
        if _COUNT_BEFORE.search(f, max(0, m.start() - 4), m.start()) or any(
                0 <= d.begin - m.end() <= _DATE_RIGHT_AFTER for d in dates):
            continue                # "ใน 2 วันนี้" (these two days); "วันนี้ (11 ต.ค.)": the day written
        before = [d for d in dates if d.stop <= m.start() and d.start.precision == "day"
                  and not f.startswith(past_tails, d.stop + (f[d.stop:d.stop + 1] == " "))]
        if today is not None and m.group(0) in today_anchored:
            before = [DateSpan(today, None, m.start(), m.start())]
        if not before:
            continue
        base = before[-1].end or before[-1].start if offsets[m.group(0)] > 0 else before[-1].start
        day = dt.date(base.year, base.month, base.day) + dt.timedelta(days=offsets[m.group(0)])
        out.append(DateSpan(PartialDate(day.year, day.month, day.day), None, m.start(), m.end()))
    return sorted(out, key=lambda d: d.begin)


#: "…ได้พบกับนาย X ในวันอังคาร": a weekday told with no date (not "วันอังคารที่ 17"), of this week
#: or, with หน้า or นี้, the one ahead
_WEEKDAY_TOLD = re.compile(rf"(?:ใน|เมื่อ)วัน(?P<day>{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})"
                           r"(?!\s?ที่\s?\d)(?P<ahead>หน้า|นี้)?")


def _with_weekdays(f: str, dates: list[DateSpan], published: PartialDate | None) -> list[DateSpan]:
    """Add the days a news report names by weekday alone ("ในวันอังคาร"), counted from the day the
    report calls today (else the page's date): the last such weekday up to it, or with หน้า or นี้
    the next one."""
    import datetime as dt

    if not any(w in f for w in WEEKDAYS):      # str.find before a scan
        return dates
    today = _report_today(f, dates) or published
    if today is None or not today.day:
        return dates
    base = dt.date(today.year, today.month, today.day)
    out = list(dates)
    for m in _WEEKDAY_TOLD.finditer(f):
        if any(0 <= d.begin - m.end() <= _DATE_RIGHT_AFTER for d in dates):
            continue                # the weekday, then its date written
        w = WEEKDAY_NUMBER[m.group("day")]
        if m.group("ahead"):
            day = base + dt.timedelta(days=(w - base.weekday()) % 7 or (7 if m.group("ahead") == "หน้า" else 0))
        else:
            day = base - dt.timedelta(days=(base.weekday() - w) % 7)
        out.append(DateSpan(PartialDate(day.year, day.month, day.day), None, m.start(), m.end()))
    return sorted(out, key=lambda d: d.begin)


_TODAY_BEFORE = re.compile(r"วันนี้\s?\(\s?\Z")
_TODAY_REACH = len("วันนี้ ( ")


def _report_today(f: str, dates: list[DateSpan]) -> PartialDate | None:
    """The day a news report calls today ("วันนี้ (3 พ.ย.2562)"), when it writes one such day."""
    today = {d.start for d in dates if d.start.precision == "day"
             and _TODAY_BEFORE.search(f, max(0, d.begin - _TODAY_REACH), d.begin)}
    return next(iter(today)) if len(today) == 1 else None


def _with_parts_of_today(f: str, dates: list[DateSpan], parts: tuple[str, ...]) -> list[DateSpan]:
    """Add "เมื่อช่วงเย็น" (this evening) as the day the report calls today ("วันนี้ (3 พ.ย.2562)"),
    when it writes one such day: an evening talk told after a summit's range was held that day."""
    day = _report_today(f, dates)
    if day is None:
        return dates
    out = list(dates)
    for m in _relative_re(parts).finditer(f):
        if not any(0 <= d.begin - m.end() <= _DATE_RIGHT_AFTER for d in dates):
            out.append(DateSpan(day, None, m.start(), m.end()))
    return sorted(out, key=lambda d: d.begin)


@cache
def _relative_re(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(alternation(words))


def _reports(position: str | None, reporters: tuple[str, ...]) -> bool:
    """A spokesperson's post, alone or held beside another ("อธิบดีกรมสารนิเทศและโฆษกกระทรวง…")."""
    position = position or ""
    return bool(reporters) and (position.startswith(reporters)
                                or any(f"และ{r}" in position or f"และ {r}" in position or f" {r}" in position
                                       for r in reporters))      # "อธิบดีกรมสารนิเทศ โฆษกกระทรวง…": two posts apart


#: "of" before a state's formal name in a post ("นายกรัฐมนตรีแห่งสาธารณรัฐ X")
_OF_STATE = "แห่ง"


def _cut_before_a_state(position: str, p: Patterns) -> bool:
    """Does ``position`` end on แห่ง and the opening of a state's formal name (positions
    ``state_name_openers``), cut before the state is named ("นายกรัฐมนตรีแห่งสาธารณ")?"""
    k = position.rfind(_OF_STATE)
    rest = position[k + len(_OF_STATE):].strip() if k != -1 else ""
    return bool(rest) and " " not in rest and any(
        o.startswith(rest) or rest.startswith(o) for o in p.v.positions["state_name_openers"])
