"""Closed facts of written Thai that the extractor needs: digits, months, eras, dashes, and the
consonant skeleton by which a name in Thai script and in Latin sound alike.

These are small fixed tables, not open vocabularies, so they live in code. Every
normalisation here is *length-preserving* (one character in, one out) so that offsets
found in the normalised text point at the same characters of the original text, and
evidence can be quoted exactly as the release wrote it.
"""
from __future__ import annotations

import datetime as _dt
import re
from difflib import SequenceMatcher
from typing import Final, NamedTuple

from .model import PartialDate

THAI_DIGITS: Final = "๐๑๒๓๔๕๖๗๘๙"
#: Buddhist era year = Gregorian year + 543.
BE_OFFSET: Final = 543
#: the Gregorian years a release may date anything in: a year written beyond them is a typo
#: ("10 กรกฎาคม 2665" for 2565 gives 2122), and the day and month are then read as written
#: without a year (completed from the release's own year, as a yearless day is)
YEARS_TOLD: Final = (1800, 2100)

# Dash variants → "-" and exotic spaces → " ", one character for one.
_FOLD_PAIRS: Final = (
    tuple((d, str(i)) for i, d in enumerate(THAI_DIGITS))
    + tuple((c, "-") for c in "‐‑‒–—―−﹣－")
    + tuple((c, " ") for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t")
    # misspellings of the round word that real pages print, one character for one
    + (("ครี้งที่", "ครั้งที่"), ("คร้ังที่", "ครั้งที่"))
)
# A tone mark typed before the upper vowel it sits on (ท่ี for ที่): pages converted from
# PDF print this order, which looks the same but matches no word. Swapped back, two for two.
_TONE_BEFORE_VOWEL: Final = re.compile("([\u0e48-\u0e4b])([\u0e31\u0e34-\u0e37\u0e47])")


def fold(text: str) -> str:
    """Thai digits to Arabic, dash variants to ``-``, odd spaces to `` ``, a misspelt
    ครั้งที่ to the word, a tone mark typed before its upper vowel after it; same length.

    A chain of ``str.replace`` over the few characters present: ``str.translate`` takes
    a slow per-character path on Thai text, about ten times slower.
    """
    for a, b in _FOLD_PAIRS:
        if a in text:
            text = text.replace(a, b)
    if _TONE_BEFORE_VOWEL.search(text):
        text = _TONE_BEFORE_VOWEL.sub(r"\2\1", text)
    return text


def thai_to_arabic_digits(text: str) -> str:
    return text.translate(str.maketrans(THAI_DIGITS, "0123456789"))


#: Month names as releases write them, full and abbreviated, Thai and English.
MONTHS: Final[dict[str, int]] = {
    "มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6,
    "กรกฎาคม": 7, "สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12,
    "ม.ค.": 1, "ก.พ.": 2, "มี.ค.": 3, "เม.ย.": 4, "พ.ค.": 5, "มิ.ย.": 6,
    "ก.ค.": 7, "ส.ค.": 8, "ก.ย.": 9, "ต.ค.": 10, "พ.ย.": 11, "ธ.ค.": 12,
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
    "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
    # the spoken forms news writes, without -คม / -ยน / -พันธ์ (12 พฤษภา)
    "มกรา": 1, "กุมภา": 2, "มีนา": 3, "เมษา": 4, "พฤษภา": 5, "มิถุนา": 6,
    "กรกฎา": 7, "สิงหา": 8, "กันยา": 9, "ตุลา": 10, "พฤศจิกา": 11, "ธันวา": 12,
    # misspellings releases print (ฏ for ฎ, ส or ษ for ศ)
    "กรกฏาคม": 7, "พฤสจิกายน": 11, "พฤษจิกายน": 11,
    "กัมภาพันธ์": 2, "กุมภาพันธ": 2, "พฤศจิกาย": 11, "กรกฏา": 7,     # (ั for ุ; the last letter dropped)
}
# Abbreviations are also written without their last dot or with inner spaces (พ.ค, พ. ค.), or
# with every dot lost to a space by a page that strips them (14 ก ค 61): that form only before no
# further Thai letter, so that two letters apart in a sentence are not read as a month.
_DOTLESS: Final[dict[str, int]] = {m.replace(".", ""): n for m, n in MONTHS.items() if m.endswith(".")}
_ABBREV_RE = r"|".join(sorted(
    [*(re.escape(m[:-1]).replace(r"\.", r"\.\s?") + r"\.?" for m in MONTHS if m.endswith(".")),
     *(re.escape(m[:-1]).replace(r"\.", " ") + r"(?![\u0e01-\u0e4e])" for m in MONTHS if m.endswith("."))],
    key=len, reverse=True))
_FULL_RE = r"|".join(sorted((re.escape(m) for m in MONTHS if not m.endswith(".")), key=len, reverse=True))
MONTH_RE: Final = rf"(?:{_FULL_RE}|{_ABBREV_RE})"


def month_number(word: str) -> int | None:
    """``"พ.ค"`` → 5; ``"ตุลาคม"`` → 10; unknown → None."""
    w = re.sub(r"\s+", "", word)
    if w in MONTHS:
        return MONTHS[w]
    if not w.endswith(".") and w + "." in MONTHS:
        return MONTHS[w + "."]
    return MONTHS.get(w.title()) or _DOTLESS.get(w)


#: the era as written before a year, abbreviated or in full ("๑๔ มิถุนายน พุทธศักราช ๒๕๖๑"), maybe
#: after ปี ("มิถุนายน ปี 2561")
_ERA_WORDS = r"พ\.\s?ศ\.|ค\.\s?ศ\.|พุทธศักราช|คริสต์ศักราช"
_ERA = rf"(?:ปี\s?)?(?:(?P<era{{n}}>{_ERA_WORDS}|B\.?E\.?|A\.?D\.?)\s?)?"
#: a year; a Buddhist-era year broken by a stray space after its century ("28 พฤษภาคม 25 55") is read
#: whole, since a two-digit 25 would be 2525 BE (1982), a year no release of this genre dates a meeting in.
#: A two-digit year may end a sentence or a wire dateline ("3 มี.ค.66.-"), not run into a decimal or a
#: clock time ("5 พ.ค. 12.30"). A year's century alone at the end of the text (25 or 20) is no year:
#: a stored page cut after a year's first two digits ("… มีนาคม 25") has lost the year, and the date
#: takes the release's, as one written without it
_YEAR = r"(?P<y{n}>\d{{4}}(?!\d)|25 \d{{2}}(?![\d:/]|[.,]\d)|(?!(?:25|20)\s*\Z)\d{{2}}(?![\d:/]|[.,]\d))"
_DAY = r"(?P<d{n}>[0-3]?\d)(?!\d)"
#: Weekdays, as a range's second day may name one: "วันพฤหัสบดีที่ 12 - วันอาทิตย์ที่ 15 พฤศจิกายน".
#: Each weekday's number, Monday first as ``datetime.date.weekday`` counts them (พฤหัส: Thursday, shortened).
WEEKDAY_NUMBER: Final = {"จันทร์": 0, "อังคาร": 1, "พุธ": 2, "พฤหัสบดี": 3, "พฤหัส": 3, "ศุกร์": 4, "เสาร์": 5, "อาทิตย์": 6}
WEEKDAYS: Final = tuple(WEEKDAY_NUMBER)
#: the parts of the day a release tells an hour or a talk by (ช่วงเช้า, ตอนบ่าย, เมื่อค่ำ …)
PARTS_OF_DAY: Final = ("เช้า", "สาย", "บ่าย", "เย็น", "ค่ำ", "กลางวัน", "กลางคืน")
#: the dash between a range's days; a page that lost its en dash to the encoding shows a "?" there
_SEP = rf"\s?(?:-|ถึง(?:วันที่)?|และ|to|until|\?(?=\s?\d))\s?(?:วัน(?:{'|'.join(WEEKDAYS)})?ที่\s?)?"

#: One date or range, most specific alternative first. Quantifiers are bounded and
#: the alternatives cannot overlap in ways that backtrack more than a few steps.
DATE_RE: Final = re.compile(
    # 30 พ.ย. (2565) - 2 ธ.ค. 2565   (range across months, maybe across years)
    rf"{_DAY.format(n=1)}\s?(?P<m1>{MONTH_RE})\s?(?:{_ERA.format(n=1)}{_YEAR.format(n=1)}\s?)?{_SEP}"
    rf"{_DAY.format(n=2)}\s?(?P<m2>{MONTH_RE})\s?(?:{_ERA.format(n=2)}{_YEAR.format(n=2)})?"
    # 10-12 กันยายน 2566             (range within a month)
    rf"|{_DAY.format(n=3)}{_SEP}{_DAY.format(n=4)}\s?(?P<m4>{MONTH_RE})\s?(?:{_ERA.format(n=4)}{_YEAR.format(n=4)})?"
    # 23 พฤษภาคม 2565               (one day)
    rf"|{_DAY.format(n=5)}\s?(?P<m5>{MONTH_RE})\s?(?:{_ERA.format(n=5)}{_YEAR.format(n=5)})?"
    # กรกฎาคม 31, 2014; May 2nd, 2018 (one day, as blog and feed stamps write it)
    rf"|(?P<m9>{MONTH_RE})\s?{_DAY.format(n=9)}(?:st|nd|rd|th)?,\s?(?P<y9>\d{{4}})(?!\d)"
    # (เดือน)กรกฎาคม 2560            (a month)
    rf"|(?P<m6>{MONTH_RE})\s?(?:{_ERA.format(n=6)}{_YEAR.format(n=6)})"
    # ปี 2564 / พ.ศ. 2564 / ค.ศ. 2021 (a year; not ประจำปี 2566, the edition of an annual meeting's name)
    rf"|(?:(?<=ปี)(?<!ประจำปี)|(?<=ปี\s)(?<!ประจำปี\s))(?:{_ERA.format(n=7)})(?P<y7>\d{{4}})(?!\d)"
    rf"|(?P<era8>{_ERA_WORDS})\s?(?P<y8>\d{{4}})(?!\d)"
)


class DateSpan(NamedTuple):
    start: PartialDate
    end: PartialDate | None
    begin: int           # offsets of the expression in the text
    stop: int


def gregorian_year(year: int, era: str | None = None, *, two_digit: bool = False) -> int | None:
    """Any year as written → Gregorian: ``2565``→2022, ``64``→2021 (BE), ``ค.ศ. 2021``→2021.

    Unmarked four-digit years of 2400 and above are Buddhist era (no release talks of
    the 25th century CE); unmarked two-digit years are Buddhist era, as in ``25 พ.ค. 64``.
    """
    ce = bool(era) and (era.startswith("ค") or era.startswith("A"))
    be = bool(era) and not ce
    if two_digit:
        year = 2000 + year if ce else 2500 + year
    if be or (not ce and year >= 2400):
        year -= BE_OFFSET
    return year if YEARS_TOLD[0] <= year <= YEARS_TOLD[1] else None


def _make(year: int | None, month: int | None, day: int | None) -> PartialDate | None:
    if year is None:
        return None
    if month is None:
        return PartialDate(year)
    if day is None:
        return PartialDate(year, month)
    try:
        _dt.date(year, month, day)
    except ValueError:
        return None
    return PartialDate(year, month, day)


def _year(m: re.Match, n: int, default: int | None) -> int | None:
    y = m.group(f"y{n}") if f"y{n}" in m.re.groupindex else None
    if not y:
        return default
    era = m.group(f"era{n}") if f"era{n}" in m.re.groupindex else None
    y = y.replace(" ", "")
    year = gregorian_year(int(y), era, two_digit=len(y) == 2)
    month_told = f"m{n}" in m.re.groupindex and m.group(f"m{n}")
    return default if year is None and month_told else year


def find_dates(folded: str, *, default_year: int | None = None,
               spans: list[tuple[int, int]] | None = None) -> list[DateSpan]:
    """Every date or date range in already :func:`fold`-ed text, in order.

    ``default_year`` (Gregorian) completes dates written without a year, as leads
    often do ("เมื่อวันที่ 26 มกราคม"); without it such dates are dropped. With
    ``spans`` (sorted, disjoint ``(start, end)`` ranges), only dates whose first digit
    lies in a span are looked for; a date may still run past its span's end.
    """
    # Every date holds a number, and starts either at it ("23 พฤษภาคม 2565", "ปี 2564")
    # or at a month or era word right before it ("กรกฎาคม 2560", "ค.ศ. 2021"): try
    # those one or two places per number instead of every position of the text.
    out: list[DateSpan] = []
    last = 0
    digits = (_DIGITS.finditer(folded) if spans is None else
              (d for lo, hi in spans for d in _DIGITS.finditer(folded, lo, hi)))
    for d in digits:
        if d.start() < last:
            continue
        m = DATE_RE.match(folded, d.start())
        if m is None:
            pre = _BEFORE_YEAR.search(folded, max(last, d.start() - 24), d.start())
            m = DATE_RE.match(folded, pre.start()) if pre else None
        if m is None:
            continue
        if m.group("m5") and not m.group("y5") and not _YEARLESS_CUE.search(folded, max(0, m.start() - 16), m.start()) \
                and m.start() > 0 and folded[m.start() - 1] != "\n" and not DATELINE_DASH.match(folded, m.end()):
            continue                    # "ณ พระที่นั่ง 7 มกราคม": a day and month named by nothing that dates them is a name
        last = m.end()
        span = _from_match(m, default_year)
        if span is not None:
            out.append(span)
    return out


_DIGITS = re.compile(r"\d+")
#: what follows the date of a news dateline: "กรุงเทพฯ 16 ธ.ค. - นาย…", "3 มี.ค.2566 - โฆษก…"
DATELINE_DASH = re.compile(r"\s?[-–]\s")
#: what stands before a day written without its year when it is a date: วันที่, เมื่อ, ใน, a bracket …
_YEARLESS_CUE = re.compile(r"(?:วันที่|ที่|เมื่อ|ใน|ถึง|จนถึง|ตั้งแต่|ก่อน|หลัง|นี้|และ|วัน[^\s\d]{0,12}|[(\-–,:])\s*\Z")
_BEFORE_YEAR = re.compile(rf"(?:{MONTH_RE})\s?(?:(?:พ\.\s?ศ\.|ค\.\s?ศ\.|B\.?E\.?|A\.?D\.?)\s?)?\Z"
                          rf"|(?:พ\.\s?ศ\.|ค\.\s?ศ\.)\s?\Z")


def _from_match(m: re.Match, default_year: int | None) -> DateSpan | None:
    g = m.group
    if g("m1"):
        y2 = _year(m, 2, default_year)
        y1 = _year(m, 1, y2)
        s = _make(y1, month_number(g("m1")), int(g("d1")))
        e = _make(y2, month_number(g("m2")), int(g("d2")))
        if s and e and e < s and not g("y1") and y1:
            s = _make(y1 - 1, s.month, s.day)      # 30 ธ.ค. - 2 ม.ค. 2566
    elif g("m4"):
        y = _year(m, 4, default_year)
        mon = month_number(g("m4"))
        s, e = _make(y, mon, int(g("d3"))), _make(y, mon, int(g("d4")))
    elif g("m5"):
        s, e = _make(_year(m, 5, default_year), month_number(g("m5")), int(g("d5"))), None
    elif g("m9"):
        s, e = _make(_year(m, 9, None), month_number(g("m9")), int(g("d9"))), None
    elif g("m6"):
        s, e = _make(_year(m, 6, None), month_number(g("m6")), None), None
    elif g("y7"):
        s, e = _make(_year(m, 7, None), None, None), None
    else:
        s, e = _make(_year(m, 8, None), None, None), None
    if s is None:
        return None
    if e is not None and (e <= s):
        e = None if e == s else e
        if e is not None and e < s:
            return DateSpan(s, None, m.start(), m.end())
    return DateSpan(s, e, m.start(), m.end())


def parse_thai_date(text: str, *, default_year: int | None = None) -> tuple[PartialDate, PartialDate | None] | None:
    """The first date or range in ``text``: ``"๒๓ พฤษภาคม ๒๕๖๕"`` → (2022-05-23, None).

    >>> parse_thai_date("ระหว่างวันที่ 30 พ.ย. - 2 ธ.ค. 65")[1].iso()
    '2022-12-02'
    """
    found = find_dates(fold(text), default_year=default_year)
    return (found[0].start, found[0].end) if found else None


#: the words a round's number follows, written before ที่ (ครั้งที่ 3, สมัยที่ 80, a negotiation's รอบที่ 2)
ROUND_WORDS: Final = ("ครั้ง", "สมัย", "รอบ")
#: a round's word and ที่, as a regular expression (สมัยสามัญที่, สมัยสามัญครั้งที่: a regular session's round)
ROUND_NTH: Final = "(?:ครั้ง|รอบ|สมัย(?:สามัญ(?:ครั้ง)?)?)ที่"
NUMBER_RE: Final = re.compile(
    ROUND_NTH + r"\s?(?P<n>\d{1,4})(?!\d)"
    r"(?:\s?/\s?(?P<year>\d{4})(?!\d)"
    r"|\s?ประจำปี\s?(?:พ\.ศ\.\s?)?(?P<year_told>\d{4})(?!\d)"     # "ครั้งที่ 1 ประจำปี 2562", as 1/2562
    r"|(?P<more>(?:\s?(?:-|,|และ|ถึง)\s?\d{1,4}(?!\d)){1,6}))?"
)


def parse_number(folded: str) -> tuple[list[int], int | None]:
    """``ครั้งที่ 2/2566`` → ([2], 2566), and so ``ครั้งที่ 2 ประจำปี 2566``; ``ครั้งที่ 28-29`` →
    ([28, 29]); ``38 และ 39`` → both.

    A session number (``สมัยที่ 78``, ``สมัยสามัญครั้งที่ 9``) numbers its series the same way.
    """
    m = NUMBER_RE.match(folded)
    if not m:
        return [], None
    first = int(m.group("n"))
    nums = [first]
    if m.group("more"):
        rest = [int(x) for x in re.findall(r"\d{1,4}", m.group("more"))]
        if "-" in m.group("more") or "ถึง" in m.group("more"):
            last = rest[-1]
            if first < last <= first + 10:
                nums = list(range(first, last + 1))
        else:
            nums += [n for n in rest if n > 0]
    year = m.group("year") or m.group("year_told")
    return [n for n in nums if n > 0], (int(year) if year else None)


# ---------------------------------------------------------------------------- the sound of a name
def is_latin(name: str) -> bool:
    return bool(re.search(r"[A-Za-z]", name)) and not re.search(r"[\u0e00-\u0e7f]", name)


# Thai consonants and Latin letters → one sound class each; vowels drop out. Foreign
# names are transcribed into Thai consonant by consonant, so the skeletons of
# "Igor Morgulov" and "อิกอร์ มอร์กูลอฟ" are both K R M R K L F.
_TH_CLASS = {**dict.fromkeys("กขฃคฅฆ", "K"), "ง": "N", **dict.fromkeys("จฉชฌ", "C"),
             **dict.fromkeys("ซศษส", "S"), **dict.fromkeys("ญย", "Y"),
             **dict.fromkeys("ดฎตฏถฐทธฑฒ", "T"), **dict.fromkeys("นณ", "N"),
             **dict.fromkeys("บปพผภ", "P"), **dict.fromkeys("ฝฟ", "F"), "ม": "M",
             **dict.fromkeys("รฤ", "R"), **dict.fromkeys("ลฬฦ", "L"), "ว": "W", **dict.fromkeys("หฮ", "H")}
_LAT_DIGRAPHS = (("sch", "C"), ("tch", "C"), ("ch", "C"), ("sh", "C"), ("th", "T"), ("ph", "F"),
                 ("kh", "K"), ("gh", "K"), ("ck", "K"), ("ng", "N"), ("qu", "KW"), ("x", "KS"))
_LAT_CLASS = {**dict.fromkeys("kgcq", "K"), **dict.fromkeys("j", "C"), **dict.fromkeys("sz", "S"),
              "y": "Y", **dict.fromkeys("dt", "T"), "n": "N", **dict.fromkeys("bp", "P"),
              **dict.fromkeys("fv", "F"), "m": "M", "r": "R", "l": "L", "w": "W", "h": "H"}


def phonetic_skeleton(name: str) -> str:
    """The consonant skeleton of a name in either script, for cross-script matching."""
    if is_latin(name):
        s = name.lower()
        for a, b in _LAT_DIGRAPHS:
            s = s.replace(a, b.lower() if len(b) > 1 else "\x00" + b)
        out = []
        for ch in s:
            if ch == "\x00":
                continue
            if ch.isupper():
                out.append(ch)
            elif ch in _LAT_CLASS:
                out.append(_LAT_CLASS[ch])
        sk = "".join(out)
    else:
        out = []
        chars = [c for c in name if c != " "]
        for i, ch in enumerate(chars):
            cls = _TH_CLASS.get(ch)
            if cls is None:
                continue
            if cls == "H" and i + 1 < len(chars) and _TH_CLASS.get(chars[i + 1]) in ("N", "M", "Y", "R", "L", "W"):
                continue                     # leading ห is silent: หม่อง
            out.append(cls)
        sk = "".join(out)
    sk = sk.replace("H", "")
    return re.sub(r"(.)\1+", r"\1", sk)


def similarity(a: str, b: str) -> float:
    """How much two skeletons (or any two strings) agree, 0 to 1 (difflib's ratio, no junk
    heuristic); 0 when either is empty."""
    return SequenceMatcher(None, a, b, autojunk=False).ratio() if a and b else 0.0
