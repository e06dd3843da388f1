"""Read release files into :class:`~kg.model.Release` records.

A release is UTF-8 plain text as the ministry's site shows it (title, repeated title,
metadata lines, body) or a saved HTML page; republishers drop the metadata, add a
dateline or cut the text short. Reading decodes, cleans and splits the text; it never
interprets meetings. Problems (undecodable, binary, empty) are returned, not raised.

Hostile input is expected: legacy Thai code pages (TIS-620 / Windows-874) are
detected, UTF-16 with a byte-order mark is accepted, NUL bytes and known binary
formats are refused, invisible characters are removed, and lines longer than
:data:`MAX_LINE` characters are split so that no later stage sees an unbounded
paragraph. Whatever is repaired is reported as a warning through ``warnings=``.
"""
from __future__ import annotations

import dataclasses
import datetime
import hashlib
import html
import os
import re
import stat
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from .model import PartialDate, Problem, Release
from .thai import find_dates, fold, gregorian_year

#: File endings read as releases; anything else is skipped with a note.
TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES

# Zero-width characters, soft hyphen, BOM and other invisible format characters.
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e\u200e\u200f\u202a-\u202e"
_CONTROL_CHARS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_CONTROL = re.compile(f"[{_CONTROL_CHARS}]")
_ODD_SPACE_CHARS = r"\t\u00a0\u2000-\u200a\u202f\u205f\u3000"
_SPACES = re.compile(f"[ {_ODD_SPACE_CHARS}]+")
# what makes each substitution of clean() change anything: most releases need none of
# them, and one search is much cheaper than a substitution at every space
_DROPPED = re.compile(f"[{_INVISIBLE_CHARS}{_CONTROL_CHARS}]")
_ODD_SPACE = re.compile(f"[{_ODD_SPACE_CHARS}]")
#: a character that is neither white space nor invisible (the search stops at the first)
_VISIBLE = re.compile(rf"[^\s{_INVISIBLE_CHARS}]")

#: Lines (paragraphs) longer than this are split at a space, with a warning. The
#: longest paragraph of a real release is about 2,300 characters.
MAX_LINE = 10_000
#: A first line longer than this is not a title: its head becomes the title.
MAX_TITLE = 1_000

#: Signatures of binary formats people save with a text ending by mistake.
_MAGIC = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx document)"),
    (b"\x1f\x8b", "gzip-compressed data"), (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ", "xz-compressed data"), (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "a Microsoft Office document"), (b"\x7fELF", "a program"),
    (b"MZ\x90\x00", "a Windows program"), (b"{\\rtf", "an RTF document"),
)
_THAI_MARK = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")
_THAI_BASE = re.compile("[\u0e01-\u0e2e\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")
_BINARY_CTRL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


class ReadError(ValueError):
    """The file cannot be read as a release; the message says why and what to do."""


def _warn(warnings: list | None, message: str, severity: str = "warning") -> None:
    if warnings is not None:
        warnings.append((severity, message))


def _plausible_thai(text: str) -> bool:
    """A legacy decoding is plausible when Thai vowel and tone marks sit on letters.

    Random bytes decoded as Windows-874 give Thai characters too, but their marks
    follow spaces, digits and Latin letters; real Thai text almost never does.
    """
    sample = text[:20000]
    marks = bad = 0
    for m in _THAI_MARK.finditer(sample):
        marks += 1
        i = m.start()
        if i == 0 or not _THAI_BASE.match(sample, i - 1):
            bad += 1
    return marks == 0 or bad <= 0.05 * marks


_THAI_CHAR = re.compile("[\u0e00-\u0e7f]")


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    return bool(sample) and len(_BINARY_CTRL.findall(sample)) > 0.01 * len(sample)


def decode(data: bytes, warnings: list | None = None) -> str:
    """Bytes → text: UTF-8 (with or without BOM), UTF-16/32 with a BOM, else a legacy
    Thai code page (Windows-874, a superset of TIS-620), else charset-normalizer's guess.

    UTF-8 is tried strictly first because a valid UTF-8 Thai text is never valid
    cp874 by accident. A UTF-8 file with a few broken sequences (cut short, one bad
    byte) is kept with the bad bytes replaced and a warning. ``warnings`` (a list)
    receives ``(severity, message)`` pairs. Raises :class:`ReadError` for binary data.
    """
    head = data[:8]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise ReadError(f"binary file ({kind}), not a text release: remove it from the input, "
                            "or save the release as plain text (.txt, UTF-8)")
    if data[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff") or data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        enc = "utf-32" if data[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff") else "utf-16"
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            raise ReadError(f"broken {enc.upper()} text (it starts with a {enc.upper()} byte-order mark "
                            "but does not decode): re-save it as UTF-8") from None
        if "\x00" in text or _looks_binary(text):
            raise ReadError("binary file (NUL or control characters), not a text release: remove it from the input")
        return text
    if b"\x00" in data:
        raise ReadError("binary file (it contains NUL bytes), not a text release: remove it from the input, "
                        "or re-save the release as UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
    if text is None:
        loose = data.decode("utf-8-sig", errors="replace")
        bad = loose.count("\ufffd")
        good = sum(1 for c in loose if ord(c) > 0x7f) - bad
        if good >= 20 * bad:  # mostly valid UTF-8 with a few broken bytes
            _warn(warnings, f"{bad} invalid UTF-8 byte sequence(s) replaced by \ufffd (file cut short or "
                            "damaged?): check the text, or re-save the file as UTF-8")
            text = loose
    if text is None:
        try:
            cand = data.decode("cp874")
        except UnicodeDecodeError:
            cand = None
        if cand is not None and _plausible_thai(cand):
            _warn(warnings, "decoded as the legacy Thai code page Windows-874 / TIS-620", "note")
            text = cand
    if text is None:
        try:
            from charset_normalizer import from_bytes
            best = from_bytes(data).best()
        except Exception:  # noqa: BLE001 - a detector crash is "cannot decode"
            best = None
        if best is None:
            raise ReadError("undecodable: neither UTF-8 nor a Thai code page (TIS-620 / Windows-874); "
                            "re-save it as UTF-8 text") from None
        text = str(best)
        if not _plausible_thai(text):
            raise ReadError("binary or unknown encoding (not UTF-8 and not a Thai code page): "
                            "re-save it as UTF-8 text")
        _warn(warnings, f"encoding guessed as {best.encoding}: check the text, or re-save the file as UTF-8")
    if _VISIBLE.search(text) is None:
        return text  # whitespace only: reported as empty by the caller
    sample = text[:5000]
    has_thai = _THAI_CHAR.search(sample) is not None
    if _looks_binary(text) or (not has_thai and sum(c.isprintable() or c.isspace() for c in sample) < 0.9 * len(sample)):
        raise ReadError("binary file or unknown encoding (control characters), not a text release: "
                        "re-save it as UTF-8 text")
    return text


class _TextOfHTML(HTMLParser):
    """Visible text of an HTML page, one line per block element."""

    BLOCKS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section",
              "article", "header", "footer", "table", "ul", "ol", "blockquote", "title"}
    SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav", "iframe", "object"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.h1: list[str] = []
        self.url: str | None = None        # the page's own address, where it states one
        self._skip = 0
        self._in: list[str] = []          # open elements
        self._open: Counter = Counter()   # the same, counted: O(1) membership on deep pages

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def _note_url(self, tag, attrs) -> None:
        """``<link rel="canonical" href>`` (first choice) or ``<meta property="og:url" content>``."""
        a = {k.lower(): v for k, v in attrs if v is not None}
        if tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.url = a.get("href") or self.url
        elif tag == "meta" and a.get("property", "").lower() == "og:url" and self.url is None:
            self.url = a.get("content")

    def handle_starttag(self, tag, attrs):
        if tag in ("link", "meta"):
            self._note_url(tag, attrs)
        if tag in self.SKIP and tag != "head":
            self._skip += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")
        if tag in self.VOID:
            return
        self._in.append(tag)
        self._open[tag] += 1

    def handle_startendtag(self, tag, attrs):
        if tag in ("link", "meta"):
            self._note_url(tag, attrs)
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and tag != "head" and self._skip:
            self._skip -= 1
        if tag in self.BLOCKS:
            self.parts.append("\n")
        if self._open[tag]:
            while self._in:
                t = self._in.pop()
                self._open[t] -= 1
                if t == tag:
                    break

    def handle_data(self, data):
        if self._open["title"]:
            self.title.append(data)
            return
        if self._skip:
            return
        if self._open["h1"]:
            self.h1.append(data)
        self.parts.append(data)


_TAG_HINT = re.compile(r"<\s*(?:html|body|p|div|br|span|h[1-6]|meta|head|title|a\s|table)\b[^>]{0,500}>", re.I)


def looks_like_html(text: str) -> bool:
    return len(_TAG_HINT.findall(text[:20000])) >= 2


#: an address fit to be written as an IRI: absolute http(s), none of the characters an IRI
#: may not hold, of a sane length (anything else a page states is ignored)
_SAFE_URL = re.compile(r"https?://[^\s<>\"{}|\\^`\x00-\x1f\x7f]{1,2000}")


def page_url(text: str) -> str | None:
    """The address a saved page states for itself (canonical link, else og:url), if safe."""
    p = _TextOfHTML()
    try:
        p.feed(text)
        p.close()
    except Exception:  # malformed markup  # noqa: BLE001
        return None
    url = (p.url or "").strip()
    return url if _SAFE_URL.fullmatch(url) else None


def html_to_text(text: str) -> str:
    """Visible text of a page; the headline (h1, else <title>) comes first."""
    p = _TextOfHTML()
    try:
        p.feed(text)
        p.close()
    except Exception:  # malformed markup: fall back to a crude strip  # noqa: BLE001
        return html.unescape(re.sub(r"<[^>]{0,2000}>", "\n", text))
    body = "".join(p.parts)
    head = " ".join("".join(p.h1).split()) or " ".join("".join(p.title).split())
    head = re.split(r"\s+[|–-]\s+", head)[0] if head else head
    if head and head not in body[:2000]:
        body = head + "\n" + body
    elif head:
        i = body.find(head)
        body = head + "\n" + body[i + len(head):]
    return body


#: sara am typed as nikhahit + sara aa (คํ่า for ค่ำ, ยํ้า for ย้ำ), the tone mark on either side of the
#: nikhahit: it looks the same but matches no word, and NFC leaves it (U+0E33 decomposes only by compatibility)
_SPLIT_SARA_AM = re.compile("(?:\u0e4d([\u0e48-\u0e4b]?)|([\u0e48-\u0e4b])\u0e4d)\u0e32")


def clean(text: str) -> str:
    """NFC, sara am in one character, no invisible or control characters, single spaces, none
    just inside a bracket, LF line ends."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if "\u0e4d" in text:
        text = _SPLIT_SARA_AM.sub(lambda m: (m.group(1) or m.group(2) or "") + "\u0e33", text)
    if _DROPPED.search(text):
        text = _CONTROL.sub("", _INVISIBLE.sub("", text))
    if "  " in text or _ODD_SPACE.search(text):
        text = _SPACES.sub(" ", text)
    text = _SPACE_INSIDE_A_WORD.sub("", text)       # "เจ้าหน้ าที่": a space no writer puts before a vowel sign
    if "( " in text or " )" in text:
        text = _PADDED_BRACKET.sub("", text)     # "อาเซียน ( ABCM )ครั้งที่ 20": the bracket as written close
    return "\n".join([ln.strip() for ln in text.split("\n")])


#: a space between a Thai letter and a sign that can never open a word (a following vowel, or a
#: mark that sits on the letter before it: ะ า ำ, and the combining vowels and tone marks), as text
#: scraped from a typeset page breaks a word ("เจ้าหน้ าที่", "ด้ าน"): the word written whole
_SPACE_INSIDE_A_WORD = re.compile("(?<=[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]) +(?=[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e])")


#: the spaces just inside a bracket, as some sites pad them: "( ABCM )"
_PADDED_BRACKET = re.compile(r"(?<=\() +(?=[^\s)])|(?<=[^\s(]) +(?=\))")


#: (one line may go on to the page's other stamps: "เผยแพร่: 8 มี.ค. 2566 10:15 น. ปรับปรุง: 20 มี.ค. 2566 …
#: เปิดอ่าน 52 ครั้ง", a government CMS's one line of metadata, its label sometimes misspelt)
_PUBLISHED = re.compile(r"^(?:วันที่นำเข้าข้อมูล|วันที่ลงข่าว|วันที่เผยแพร่|เผยแพร่(?:เมื่อ)?|โพส(?:ต์)?เมื่อ|ลงวันที่|Published|Posted|Date) ?(?:: ?)?"
                        r"(.{4,40}?)(?:\s+(?:ปรับ|แก้ไข|เปิดอ่าน|อ่าน|เข้าชม|Updated|Views?)\S*\s?:?.{0,60})?$")
_MODIFIED = re.compile(r"^(?:วันที่ปรับปรุงข้อมูล|ปรับปรุงล่าสุด|แก้ไขล่าสุด|Updated|Last updated) ?(?:: ?)?(.{4,40})$")
_VIEWS = re.compile(r"^\|? ?(?:(?:เข้าชม|ผู้เข้าชม|อ่าน) ?)?(?:: ?)?([\d,]{1,12}) ?(?:views?|ครั้ง|Views?)$", re.I)
#: Metadata lines are short; longer lines are body text and never tried as metadata.
_META_MAX = 120
#: a page's stamp before its headline, told again: "09 Mar 2016   Views 128023 การประชุม …",
#: looked for in the body's first lines
_STAMP_LINES = 4
_STAMPED = re.compile(r"^(.{6,24}?)\s+(?:Views?|เข้าชม)\s?:?\s?([\d,]{1,12})\s*(.*)$")
#: a page's own date written the ISO way, before the headline ("date 2025-10-30", a news
#: site's stamp) or at the end of a breadcrumb ("การเมือง > ข่าวการเมือง : 2017-05-01")
_PAGE_STAMP = re.compile(r"^date ((?:19|20)\d\d)-(\d\d)(?:-(\d\d))?(?!\d)\s*(.*)$")
#: a first line that is a day and a clock time, then at most the name of the source
_CLOCK_STAMP = re.compile(r"^((?:19|20)\d\d)-(\d\d)-(\d\d) \d{1,2}:\d\d(?::\d\d)?\s*(.*)$")
_SOURCE_MAX = 40
_ISO_DATE = re.compile(r"(?<![\d-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d-])")
_THAI_LETTER = re.compile(r"[ก-๛]")
_URL_LINE = re.compile(r"^https?://\S+$")
_DATELINE = re.compile(r"^(?:\(?\s*[^\s()]{2,30}\s?\)?\s+)?(\d{1,2}\s?\S{2,12}\s?\d{2,4})\s*(?:[-:|)]|$)")


@lru_cache(maxsize=8192)
def _with_metadata(line: str, published, modified, views):
    """(published, modified, views) with what a labelled metadata line tells ("วันที่นำเข้าข้อมูล
    8 มี.ค. 2561", "วันที่ปรับปรุงข้อมูล …", "| 2,815 view"): a date read before stays, a count
    is replaced; None when the line is no such line."""
    if m := _PUBLISHED.match(line):
        return published or _date_of(m.group(1)) or _slash_date(m.group(1)), modified, views
    if m := _MODIFIED.match(line):
        return published, modified or _date_of(m.group(1)), views
    if m := _VIEWS.match(line):
        return published, modified, int(m.group(1).replace(",", "") or 0)
    return None


def _date_of(s: str) -> PartialDate | None:
    """The first date of a metadata line (cached: sites print the same dates on many pages)."""
    found = find_dates(fold(s))
    return found[0].start if found else None


def _split_line(line: str, limit: int) -> list[str]:
    """Cut an over-long line into pieces of at most ``limit`` characters, at a space
    when there is one in the second half of the window, else hard."""
    out = []
    while len(line) > limit:
        cut = line.rfind(" ", limit // 2, limit + 1)
        cut = cut if cut > 0 else limit
        out.append(line[:cut].strip())
        line = line[cut:].strip()
    out.append(line)
    return [piece for piece in out if piece]


def split_long_lines(text: str, limit: int = MAX_LINE) -> tuple[str, int, int]:
    """``text`` with every line longer than ``limit`` split; also the number of such
    lines and the longest length, for the warning."""
    n = longest = 0
    lines = text.split("\n")
    if max(map(len, lines), default=0) <= limit:
        return text, 0, 0
    out = []
    for ln in lines:
        if len(ln) > limit:
            n += 1
            longest = max(longest, len(ln))
            out.extend(_split_line(ln, limit))
        else:
            out.append(ln)
    return "\n".join(out), n, longest


_HEADLINE_WORDS = re.compile(r"ประชุม|หารือ|เจรจา|เยือน|รัฐมนตรี|ปลัดกระทรวง")
_NAVIGATION = re.compile(r"^[^<>\n]{0,80} (?:>>?|›|»|\|) [^<>\n]{0,80}$|หน้าแรก|เมนู|ข้ามไปยังเนื้อหา"
                         r"|^ข่าว[^\s:]{0,24}$"         # a section's name: ข่าวต่างประเทศ, ข่าวกิจกรรมสถานเอกอัครราชทูต
                         r"|^[A-Za-zÀ-ÿ ]{1,60}$|^(?:สถานเอกอัครราชทูต|สถานกงสุลใหญ่|คณะผู้แทนถาวร)[^\n]{0,40}$"
                         r"|^(?:ขณะนี้)?คุณอยู่ที่\s?(?:[:›>»]|$)"   # "you are here ›", the crumbs on the next line
                         r"|^(?:คัดลอก(?:แล้ว|ลิงก์)?|แชร์)$"          # a share button's words ("copied")
                         r"|^(?:เนื้อหาหลัก|ข้อความแจ้งเตือน|หน้าหลัก)$"   # a skip link's, an alert box's and the home link's names
                         r"|^(?:ค้นหา|ทีวีออนไลน์|เว็บไซต์ในเครือ|เว็บไซต์บริการ)$")   # a news site's search box and menus


#: a section's name glued before the headline by a breadcrumb's arrow ("ข่าวทั่วไป » <headline>")
_GLUED_CRUMB = re.compile(r"([^»›>\n]{1,40}?) (?:»|›|>>?) (?=\S)")


def _without_glued_crumb(line: str) -> str:
    """The headline without a breadcrumb glued before it on its line: the section's name
    holds no headline word and the rest is as long as a headline. Left as it is, the crumb
    keeps the headline from being known where the page tells it again under it, and that
    line is read as the body's first."""
    m = _GLUED_CRUMB.match(line)
    if m is None or _HEADLINE_WORDS.search(m.group(1)) or len(line) - m.end() < _HEADLINE_LEAST:
        return line
    return line[m.end():]


def _headline_index(lines: list[str]) -> int:
    """Skip a site's header above the headline: a breadcrumb ("การเมือง > ต่างประเทศ"),
    an embassy's name, a menu, a line with no Thai. At most five lines, and only when a
    line that is not navigation follows."""
    i = 0
    while i < min(5, len(lines) - 1):
        ln = lines[i]
        if _NAVIGATION.search(ln) and not _HEADLINE_WORDS.search(ln):
            i += 1
            continue
        if _ONE_WORD.match(ln) and not _HEADLINE_WORDS.search(ln) \
                and any(len(x) >= _HEADLINE_LEAST for x in lines[i + 1:i + _ONE_WORD_AHEAD]):
            i += 1                  # "ริมน้ำทีวี", "การเมือง": a site's or a section's name over a headline
            continue
        break
    return i


#: one short word alone on a line, over a line as long as a headline: a site's or a section's name
_ONE_WORD = re.compile(r"^[^\s\d]{1,16}$")
_HEADLINE_LEAST = 30
_ONE_WORD_AHEAD = 4


def _iso_date(line: str) -> PartialDate | None:
    """The ISO date of a short metadata line (a breadcrumb's "… : 2017-05-01")."""
    m = _ISO_DATE.search(line) if len(line) <= _META_MAX else None
    return _partial(*m.groups()) if m else None


#: an embassy page's date line, day first: "07/06/2019", "21/10/2011", "07/06/2562" (or year first)
_SLASH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/((?:19|20|25)\d\d|\d\d)")
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.((?:19|20|25)\d\d)")         # "08.05.2025", under a byline
#: a two-digit year at or above this is a Buddhist-era one (60 = 2560); below, Gregorian (17 = 2017)
_BE_SHORT_YEARS_FROM = 50
#: a byline among the metadata lines under a headline
_BYLINE = re.compile(r"(?:โดย|By|by)\s[^\n]{2,36}")
_BYLINE_MAX = 40
_SLASH_DATE_YEAR_FIRST = re.compile(r"((?:19|20|25)\d\d)([/.])(\d{1,2})\2(\d{1,2})")       # "2018/10/8"


def _slash_date(line: str) -> PartialDate | None:
    """The date of a metadata line that is a slashed date and nothing else, day or year first."""
    m = _SLASH_DATE.fullmatch(line.strip()) or _DOTTED_DATE.fullmatch(line.strip())
    if m is not None:
        day, month, year = m.groups()
    elif (m := _SLASH_DATE_YEAR_FIRST.fullmatch(line.strip())) is not None:
        year, _, month, day = m.groups()          # "2018/10/8", and "2023.10.18" as a news site stamps it
    else:
        return None
    if len(year) == 2:              # "03/11/17" (an old ministry site's วันที่ลงข่าว), "03/11/60"
        year = ("25" if int(year) >= _BE_SHORT_YEARS_FROM else "20") + year
    return _partial(str(gregorian_year(int(year))), month, day)


def _partial(year: str, month: str, day: str | None) -> PartialDate | None:
    try:
        datetime.date(int(year), int(month), int(day or 1))
    except ValueError:              # 2025-13-40: not a date
        return None
    return PartialDate(int(year), int(month), int(day) if day else None)


#: a news page's first line that is its date and time and nothing else ("วันที่ 18 กุมภาพันธ์ 2568 เวลา 04:17 น.")
_DATE_TIME_LINE = re.compile(r"(?:วันที่\s?)?(\d{1,2}\s?\S{2,12}\s?\d{4})\s*(?:เวลา\s?)?\d{1,2}[:.]\d{2}\s?(?:น\.)?")


#: the longest line under a date header that can be a stamp of its own (a date and a time)
_STAMP_LINE_MAX = 40
#: a blog's date header, the first line and nothing else ("วันอังคารที่ 1 กุมภาพันธ์ พ.ศ. 2554")
_DATE_LINE = re.compile(r"วัน[ก-๙]{2,9}ที่\s?(\d{1,2}\s?\S{2,12}\s?(?:พ\.ศ\.\s?)?\d{4})")


def _date_time_line(lines: list[str]) -> PartialDate | None:
    """The page's date when its first line is only a date and a time: the line is the page's
    chrome, not the headline, and goes."""
    m = _DATE_TIME_LINE.fullmatch(lines[0].strip())
    if m is None and len(lines) > 1 and not (len(lines[1]) <= _STAMP_LINE_MAX and find_dates(fold(lines[1]))):
        # a bare date header, when the line under it is no stamp of its own (a site prints the
        # day it was read, "วันศุกร์ที่ 16 พฤษภาคม 2568", above the page's "15 พ.ย. 2567 09:56");
        # a headline under it may name a year or a day ("…ร่วมกันในปี 2566")
        m = _DATE_LINE.fullmatch(lines[0].strip())
    d = _date_of(m.group(1)) if m and len(lines) > 1 else None
    if d is None or not d.day:
        return None
    del lines[0]
    return d


def _page_stamp(lines: list[str]) -> PartialDate | None:
    """A news page's stamp opening the first line ("date 2022-05 วันนี้ (2 พ.ค.) …",
    "date 2025-10-30 xs"): the page's date, to the day or the month, and not text of the
    release. The stamp is cut from the line in place; what follows it stays when it
    holds Thai (the lead or the headline), else it is the site's chrome and goes."""
    m = _PAGE_STAMP.match(lines[0])
    clocked = _CLOCK_STAMP.match(lines[0]) if m is None else None
    if clocked is not None and len(clocked.group(4)) <= _SOURCE_MAX and len(lines) > 1:
        del lines[0]                # "2018-12-13 14:43สำนักข่าวซินหวา": the page's date and time, and its source
        return _partial(*clocked.groups()[:3])
    if m is None:
        return None
    rest = m.group(4)
    if _THAI_LETTER.search(rest):
        lines[0] = rest
    elif len(lines) > 1:
        del lines[0]
    else:
        lines[0] = rest or lines[0]
    return _partial(*m.groups()[:3])


#: a date printed as a stacked block, one part per line ("01" / "สิงหาคม" / "2562"), as the
#: ASEAN 2019 chairmanship site prints it above the headline and again under it
_BLOCK_DAY = re.compile(r"\d{1,2}")
_BLOCK_YEAR = re.compile(r"(?:25|19|20)\d\d")
_BARE_COUNT = re.compile(r"[\d,]{1,9}")           # the views count such a page prints alone


def _stacked_dates(lines: list[str]) -> PartialDate | None:
    """Remove every stacked date block from the first lines and give its date: the page's,
    not the headline nor text of the release."""
    found = None
    i = 0
    while i + 2 < min(len(lines), _STACK_REACH):
        day, month, year = lines[i:i + 3]
        if _BLOCK_DAY.fullmatch(day) and _BLOCK_YEAR.fullmatch(year) and (d := _date_of(f"{day} {month} {year}")):
            found = found or d
            del lines[i:i + 3]
            if i < len(lines) and i > 0 and _BARE_COUNT.fullmatch(lines[i]) and len(lines) > i + 1:
                del lines[i]
            continue
        i += 1
    return found


_STACK_REACH = 12


_LIST_ITEM = re.compile(r"\s*\(?\d{1,2}[.)]\s")


#: a reporter's name alone on its line: two or three words, no digit
_BARE_NAME = re.compile(r"[\u0e01-\u0e4eA-Za-z.]+(?: [\u0e01-\u0e4eA-Za-z.]+){1,2}")


def _bare_byline(line: str, after: str) -> bool:
    """A byline without its โดย ("นางเจน โด" over "2022.07.10"): a bare name whose next line
    is only the page's date; without that date under it, a short line is the lead's."""
    return len(line) <= _BYLINE_MAX and bool(_BARE_NAME.fullmatch(line.strip())) \
        and (_iso_date(after) or _slash_date(after)) is not None


def parse_release_text(text: str, *, release_id: str, path: str, sha256: str = "",
                       soft_wraps: frozenset = frozenset()) -> Release:
    """Split cleaned text into title, metadata and body.

    The title is the first non-empty line (its repetition, as the ministry's pages
    print it, is dropped). Metadata lines are recognised only in the first few lines;
    anything else stays in the body, so an unknown layout loses nothing: a first line
    too long to be a title gives its head as the title and keeps the whole line in the body.
    ``soft_wraps``: the lines the page wrapped softly before cleaning (:func:`_soft_wraps`), joined back.
    """
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if not lines:
        raise ReadError("empty: the file has no text; remove it, or fetch the release again")
    stamp = _page_stamp(lines) or _date_time_line(lines) or (_stacked_dates(lines) if len(lines) > 3 else None)
    if not lines:
        raise ReadError("empty: the file has no text but a date; remove it, or fetch the release again")
    skipped = _headline_index(lines)
    stamp = stamp or next(filter(None, map(_iso_date, lines[:skipped])), None)
    lines, told = _leading_metadata(lines, skipped)
    title = _without_glued_crumb(lines[0])
    # a first line too long to be a title, or a release of one paragraph (its headline and its
    # lead at once): the line is the body's too, and no metadata follows it
    in_body = len(title) > MAX_TITLE or len(lines) == 1
    rest = lines if in_body else lines[1:]
    if len(title) > MAX_TITLE:
        title = _split_line(title, 300)[0]
    body_start, told = (0, told) if in_body else _metadata_under_title(rest, title, stamp, told)
    # (the headline told again without the site's tail glued to the first line is the headline)
    title = next((ln for ln in rest[:body_start] if ln != title and _told_again(title, ln)), title)
    body_lines, told = _stamped_line(rest[body_start:], title, told)
    published, modified, views = told
    published = published or _dateline_day(title, body_lines, stamp)
    # the page's stamp may give the month only ("date 2025-05"): a dateline's day is better
    if published is None or (not published.day and stamp is not None and stamp.day):
        published = stamp
    return Release(id=release_id, path=path, title=title, body="\n".join(_unwrapped(body_lines, text, soft_wraps)),
                   published=published, modified=modified, views=views, sha256=sha256)


#: what a page's metadata lines have told so far: (published, modified, views), as _with_metadata gives it
_Header = tuple[PartialDate | None, PartialDate | None, int | None]


def _leading_metadata(lines: list[str], skipped: int) -> tuple[list[str], _Header]:
    """The metadata of the lines before the headline (``skipped`` of them), and of a page whose
    headline was lost, its metadata lines first; the lines from the title on."""
    told: _Header = (None, None, None)
    for ln in lines[:skipped]:
        # a labelled line of the site's header ("Last updated: 3 ต.ค. 2567 | 1905 …"): metadata all the same
        if len(ln) <= _META_MAX and (now := _with_metadata(ln, *told)) is not None:
            told = now
    lines = lines[skipped:]
    # a page whose headline was lost, its metadata lines first ("วันที่นำเข้าข้อมูล 8 มี.ค. 2561",
    # "วันที่ปรับปรุงข้อมูล …", then the lead): they are the release's metadata, not its title
    while len(lines) > 1 and len(lines[0]) <= _META_MAX and (now := _with_metadata(lines[0], *told)) is not None:
        told = now
        lines = lines[1:]
    return lines, told


#: a republisher's relay line under the headline: "ข่าวต่างประเทศ Monday March 3, 2025 09:15 —กระทรวงการต่างประเทศ"
_RELAY_STAMP = re.compile(r"[^\d\n]{0,40}?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? "
                          r"[A-Z][a-z]{2,8} \d{1,2}, (?:19|20)\d\d \d{1,2}:\d{2}\s*[—–-]?\s*[^\n]{0,60}")


def _metadata_under_title(rest: list[str], title: str, stamp: PartialDate | None, told: _Header) -> tuple[int, _Header]:
    """The metadata lines right under the title (at most eight: the title told again, labelled
    dates and counts, a date alone, a view count under a stacked date block, a source link, a
    byline): where the body starts after them, and what they told."""
    published, modified, views = told
    body_start = 0
    for i, ln in enumerate(rest[:8]):
        if _told_again(title, ln):
            body_start = i + 1
            continue
        if len(ln) > _META_MAX:
            break
        if (now := _with_metadata(ln, published, modified, views)) is not None:
            published, modified, views = now
        elif len(ln) <= 40 and (d := _date_of(ln)) and d.day and not re.search(r"[ก-๙]{12,}", ln):
            published = published or d
        elif _RELAY_STAMP.fullmatch(ln) and (d := _date_of(ln)) is not None:
            published = published or d  # a republisher's line: its section, the English day and hour, the source
        elif _BARE_COUNT.fullmatch(ln) and stamp is not None and views is None:
            views = int(ln.replace(",", ""))    # under a stacked date block: the page's views count
        elif ln.strip("| ") in ("", "view", "views") or _URL_LINE.match(ln) or _BYLINE.fullmatch(ln.strip()):
            pass                        # a republisher's link to its source; a byline (โดย THE STANDARD TEAM)
        elif _bare_byline(ln, rest[i + 1] if i + 1 < len(rest) else ""):
            pass                        # a reporter's name alone, over the page's date
        elif (d := _iso_date(ln) or _slash_date(ln)) is not None:
            published = published or d
        else:
            break
        body_start = i + 1
    return body_start, (published, modified, views)


#: a site's name or section glued after the headline on its first line ("… News", "… - example.com"):
#: the line under it that tells the headline without it is the headline told again
_SITE_TAIL = re.compile(r" ?(?:[-–|:] ?)?[A-Za-z][A-Za-z0-9.]*(?: [A-Za-z][A-Za-z0-9.]*){0,2}")


def _told_again(title: str, line: str) -> bool:
    """Whether ``line`` is the headline told again: the same, or the first line without the site's
    tail glued to it."""
    return line == title or (len(line) >= _HEADLINE_LEAST and title.startswith(line)
                             and _SITE_TAIL.fullmatch(title, len(line)) is not None)


def _stamped_line(body_lines: list[str], title: str, told: _Header) -> tuple[list[str], _Header]:
    """A line of the body's first few holding the page's date and views, then the headline told
    again: metadata, not a date of the body (the headline's words stay when they are new)."""
    published, modified, views = told
    for i, line in enumerate(body_lines[:_STAMP_LINES]):
        if (m := _STAMPED.match(line)) and (d := _date_of(m.group(1))) and d.day:
            published, views = published or d, views if views is not None else int(m.group(2).replace(",", "") or 0)
            told_again = m.group(3) in (title, *body_lines[:i])
            body_lines = body_lines[:i] + ([] if told_again or not m.group(3) else [m.group(3)]) + body_lines[i + 1:]
            break
    return body_lines, (published, modified, views)


def _dateline_day(title: str, body_lines: list[str], stamp: PartialDate | None) -> PartialDate | None:
    """The day a page with no date of its own was published, from a dateline: a news lead saved as
    the first line ("13ก.ค.61-ผู้สื่อข่าวรายงาน…"), or, with no stamp to the day, a republisher's
    dateline in the body's first lines."""
    if (m := _DATELINE.match(fold(title[:120]))) and (d := _date_of(m.group(1))) and d.day:
        return d
    if stamp is not None and stamp.day or not body_lines:
        return None
    # "กรุงเทพฯ 25 พ.ค. 2565 –", "(25 พ.ค. 65)", "แอดิเลด, ออสเตรเลีย – 11 ก.พ. 2566 | โดย …",
    # "กรุงเทพฯ 19 ต.ค. 2565 /ผู้สื่อข่าวรายงาน/ –"
    for line in body_lines[:4]:
        head = fold(line[:120])
        if _LIST_ITEM.match(head):
            continue            # "๑) ทะเลจีนใต้ — … เมื่อคืนวันที่ ๑๖ …": an item of the body, not a dateline
        m = _DATELINE.match(head)
        d = _date_of(m.group(1)) if m else None
        if d is None and (len(line) <= 120 or re.search(r"[-–|/]", head[:100])):
            # a lead's range ("เมื่อวันที่ ๘ - ๙ พฤษภาคม") was reported no earlier than its last day
            found = find_dates(fold(head[:100]))
            d = (found[0].end or found[0].start) if found else None
        if d is not None and d.day:
            return d
    return None


#: a body is hard-wrapped (a page saved with its column's line breaks: "…หารือกับนายโทนี่" /
#: "แอ๊บบอตต์ นายกรัฐมนตรี…") when it has at least this many lines, nearly all of them
#: (the share) no longer than a column, and none as long as a paragraph
_WRAP_MIN_LINES = 4
_WRAP_COLUMN = 100
_WRAP_SHARE = 0.8
_WRAP_PARAGRAPH = 160


def _block_openers(text: str) -> frozenset[str]:
    """The lines that open a block of the text, after a blank line: paragraph breaks that a
    hard-wrapped body still marks."""
    return frozenset(block.strip().split("\n", 1)[0].strip() for block in re.split(r"\n[ \t]*\n", text) if block.strip())


_BULLETS = ("-", "•", "*")


#: "…และนายจอห์น สมิธ" then "(John Smith) อธิบดีกรม…": a line that opens with the Latin spelling of
#: the Thai name the line before ends with, and goes on in Thai, is that line's sentence cut in two
_GLOSS_OPENS = re.compile(r"\([A-Za-z][A-Za-z.'\- ]{1,60}\)\s?[\u0e01-\u0e4f]")
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4f]")
#: a line opening with a word that links it to the line before and opens no sentence: the one
#: met after a talk's verb ("…ได้เข้าเยี่ยมคำนับ พร้อมหารือ" / "กับ พลเรือเอก …"), or the next
#: official of a list laid out a line each ("และ พลเอก …")
_LINK_OPENS = re.compile(r"(?:กับ|และ) (?=\S)")
#: a line ending on the word for a day, the next opening with its number: one date wrapped ("เมื่อวันที่" / "19 มกราคม…");
#: so too a line ending inside a bracket the next one closes ("(H.E.Mr.John" / "Smith) เอกอัครราชทูต…")
_DAY_WORD_END = re.compile(r"วันที่\s*$")
#: a line ending on the word that brings in who came along, the next opening with them ("…อธิบดีกรม X พร้อมด้วย" /
#: "นางสมศรี ใจดี รองอธิบดี… ประชุมหารือร่วมกับ…")
_COMPANIONS_END = re.compile(r"(?:พร้อมด้วย|โดยมี)\s*$")
_DIGIT_OPENS = re.compile(r"[0-9๐-๙]")


def _goes_on(prev: str, ln: str) -> bool:
    """Does ``ln`` go on with the sentence ``prev`` was cut in: a Latin gloss after a name (or after
    a name's English words, before its acronym), a link word, a day's number, a bracket closed, the
    companions the line before brings in?"""
    last = prev[-1:]
    return bool(_GLOSS_OPENS.match(ln) and (_THAI_LETTER.fullmatch(last) or last.isascii() and last.isalpha())
                or _LINK_OPENS.match(ln) and (_THAI_LETTER.fullmatch(last) or last == ")")
                or _DAY_WORD_END.search(prev) and _DIGIT_OPENS.match(ln)
                or _COMPANIONS_END.search(prev) and _THAI_LETTER.match(ln)
                or prev.count("(") > prev.count(")") and ")" in ln and "(" not in ln.split(")", 1)[0])


def _broken_lines_joined(lines: list[str], soft: frozenset[str] = frozenset()) -> list[str]:
    out: list[str] = []
    last = None
    for ln in lines:
        if out and (_goes_on(out[-1], ln) or last in soft and (last, ln) in soft):
            out[-1] += " " + ln
        else:
            out.append(ln)
        last = ln
    return out


def _soft_wraps(text: str) -> frozenset:
    """The lines (stripped) that ``text`` wraps softly, each with the line that goes on from it: a
    line left with a space at its end, in Thai, then a line that goes on at once in Thai, not
    indented (a page's own wrapping kept in the saved text: "…ได้พบหารือกับนางสาวสมศรี " /
    "ใจดี หัวหน้าสำนักงาน…"). One pass over the lines (a hostile file's one huge line costs one scan)."""
    lines = text.split("\n")
    pairs = {(a.strip(), b.strip()) for a, b in zip(lines, lines[1:])
             if a.endswith(" ") and b[:1] and _THAI_LETTER.match(b) and _THAI_LETTER.search(a)}
    return frozenset({a for a, _ in pairs} | pairs)


def _unwrapped(lines: list[str], text: str, soft: frozenset = frozenset()) -> list[str]:
    """A hard-wrapped body's lines joined back into its paragraphs (a line after a blank
    line of ``text``, or opening a list item, starts one); any other body as it is, and
    ``text`` is then not read again. A line cut before a name's Latin spelling, one opening
    with a word that links it to the line before (กับ, และ), one opening with the number of a
    day the line before ends on, and one closing a bracket the line before opened, are joined
    back in any body (:func:`_goes_on`)."""
    joined = _broken_lines_joined(lines, soft)
    # (measured on the lines as printed: joining a wrapped gloss back must not hide the wrapping)
    if len(lines) < _WRAP_MIN_LINES or max(map(len, lines)) >= _WRAP_PARAGRAPH \
            or sum(len(ln) <= _WRAP_COLUMN for ln in lines) < _WRAP_SHARE * len(lines):
        return joined
    lines = joined
    openers = _block_openers(text)
    out: list[str] = []
    for ln in lines:
        if out and ln not in openers and not _LIST_ITEM.match(ln) and not ln.startswith(_BULLETS):
            out[-1] += " " + ln
        else:
            out.append(ln)
    return out


def release_id_of(path: str | Path) -> str:
    """The release identifier: the file name without its extension (CONTRACT.md)."""
    return Path(path).stem


#: The largest file read as a release (a release is 3-10 KB; 64 MB is a folder's worth
#: saved as one file). Larger files are refused by their size, before any byte is read.
MAX_BYTES = 64 * 1024 * 1024


def read_bytes(path: str | Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes, read once, at most ``max_bytes`` of them: a file that is not a
    regular file, or is larger (by its size, or by what it holds when read: it may grow
    meanwhile), raises :class:`ReadError` without being read whole."""
    p = Path(path)
    try:
        st = p.stat()
        if not stat.S_ISREG(st.st_mode):      # before open: opening a pipe would block
            raise ReadError("not a regular file (a pipe, device or folder): remove it from the input")
        if st.st_size > max_bytes:
            raise ReadError(_too_large(st.st_size, max_bytes))
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as e:
        raise ReadError(f"cannot read ({e.strerror or e}): check that the file exists and is readable") from None
    if len(data) > max_bytes:
        raise ReadError(_too_large(len(data), max_bytes))
    return data


def _too_large(size: int, max_bytes: int) -> str:
    return (f"too large ({size // (1024 * 1024)} MB > {max_bytes // (1024 * 1024)} MB): "
            "split it into one file per release")


def read_release(path: str | Path, *, max_bytes: int = MAX_BYTES,
                 warnings: list[Problem] | None = None) -> Release:
    """Read one file. Raises :class:`ReadError` with a message a user can act on.

    Repairs (broken UTF-8 bytes replaced, over-long lines split, a legacy code page)
    are appended to ``warnings`` as :class:`~kg.model.Problem` records when a list is given.
    """
    return release_from_bytes(path, read_bytes(path, max_bytes=max_bytes), warnings=warnings)


def release_from_bytes(path: str | Path, data: bytes, *, warnings: list[Problem] | None = None,
                       sha256: str | None = None) -> Release:
    """The release held by ``data``, the bytes read from ``path`` (``sha256``: their digest,
    when the caller has it already). Raises :class:`ReadError`."""
    p = Path(path)
    found: list[tuple[str, str]] = []
    if not data.strip():
        raise ReadError("empty: the file has no text; remove it, or fetch the release again")
    text = decode(data, found)
    url = None
    if p.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        url = page_url(text)
        text = html_to_text(text)
    soft = frozenset(clean(x) if isinstance(x, str) else (clean(x[0]), clean(x[1])) for x in _soft_wraps(text))
    text = clean(text)
    if not text.strip():
        raise ReadError("empty: the file has no visible text; remove it, or fetch the release again")
    text, n_long, longest = split_long_lines(text)
    if n_long:
        found.append(("warning", f"{n_long} line(s) longer than {MAX_LINE:,} characters (longest {longest:,}) "
                                  "split into shorter paragraphs; a fact spanning a split may be missed: "
                                  "check that the file is one release with line breaks"))
    release = parse_release_text(text, release_id=release_id_of(p), path=str(p),
                                 sha256=sha256 or hashlib.sha256(data).hexdigest(), soft_wraps=soft)
    if url:
        release = dataclasses.replace(release, url=url)
    if warnings is not None:
        warnings.extend(Problem(str(p), msg, sev) for sev, msg in found)
    return release


def read_file(path: str | Path) -> tuple[Release, tuple[Problem, ...]]:
    """:func:`read_release` and its warnings. Raises :class:`ReadError`."""
    warnings: list[Problem] = []
    release = read_release(path, warnings=warnings)
    return release, tuple(warnings)


def _skip_reason(f: Path) -> str | None:
    """Why a file found in a folder is not read, or None to read it."""
    if f.name.startswith((".", "~$")):
        return "hidden or system file skipped"
    suffix = f.suffix                  # a pathlib property: computed on each use
    if suffix.lower() not in SUFFIXES:
        return (f"skipped: unknown file type '{suffix or '(none)'}' (releases are "
                f"{', '.join(SUFFIXES)}); rename it if it is a release")
    return None


OUTPUT_FOLDER_SKIPPED = "the build's output folder skipped (its graph.html is not a release)"
UNDECODABLE_NAME = ("the file name is not valid UTF-8 (its bytes are shown as \\x escapes): rename the file; "
                    "its name becomes the release id in the graph")


def shown(path: str | Path) -> str:
    """``path`` for messages and reports: bytes that are not UTF-8 (kept by the OS's
    file-name decoding as lone surrogates, which no UTF-8 file can hold) as ``\\xff``."""
    s = str(path)
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return os.fsencode(s).decode("utf-8", "backslashreplace")


def _not_read(f: Path) -> Problem | None:
    """Why a file is not read, as a Problem naming it, or None to read it. A name that is
    not UTF-8 is refused: the name is the release id, and it would reach the dump, the
    page and the report, none of which can hold it."""
    why = _skip_reason(f)
    if why:
        return Problem(str(f), why, "note")
    name = f.name
    if shown(name) != name:
        return Problem(shown(f), UNDECODABLE_NAME, "error")
    return None


def _real(p: Path) -> Path:
    try:
        return p.resolve()
    except OSError:
        return p.absolute()


def _walk(top: Path, skipped: set[Path], files: list[Path], notes: list[Problem]) -> None:
    """The release files under the folder ``top``, as :func:`os.walk` top-down gives them
    (each folder's files, sorted, then its sub-folders in order), with the notes of what
    is skipped. Kinds come from the directory entries (``d_type``): no ``stat`` per file,
    a third of the listing's time at 100k files. An unreadable folder is passed over, as
    os.walk does. A stack, not recursion: any depth of nesting."""
    stack = [top]
    while stack:
        r = stack.pop()
        try:
            with os.scandir(r) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            continue
        dirs, names = [], []
        for e in entries:
            try:
                is_dir = e.is_dir()
            except OSError:
                is_dir = False
            (dirs if is_dir else names).append(e)
        walked = []                   # the folders the walk goes on into (links are never followed)
        for e in dirs:
            d, sub = e.name, r / e.name
            if d.startswith(".") or d == "__MACOSX":
                notes.append(Problem(str(sub), "hidden or system folder skipped", "note"))
            elif e.is_symlink():
                notes.append(Problem(str(sub), "link to a folder skipped (not followed); name the folder itself", "note"))
            elif skipped and _real(sub) in skipped:
                notes.append(Problem(str(sub), OUTPUT_FOLDER_SKIPPED, "note"))
            else:
                walked.append(sub)
        for e in names:
            f = r / e.name
            problem = _not_read(f)
            if problem is None:
                try:
                    regular = e.is_file()         # follows a link to a file (a stat for links only)
                except OSError:
                    regular = False
                if not regular and f.exists():    # a pipe, socket or device (a dangling link is read, and refused)
                    problem = Problem(str(f), "not a regular file (a pipe, socket or device) skipped", "note")
            if problem is not None:
                notes.append(problem)
            else:
                files.append(f)
        stack.extend(reversed(walked))


def iter_inputs(inputs: list[str | Path], *, skip: Iterable[str | Path] = ()) -> tuple[list[Path], list[Problem]]:
    """Expand files and folders into release files, sorted within each folder; note
    what is skipped (hidden files and folders once each, unknown types, non-regular
    files, the folders in ``skip``: the build's own output folder, which may sit inside
    an input folder); a missing input is an error. Symbolic links to folders are not
    followed (no loops); links to files are read."""
    files: list[Path] = []
    notes: list[Problem] = []
    skipped = {_real(Path(d)) for d in skip}
    for item in inputs:
        p = Path(item)
        if p.is_dir() and _real(p) in skipped:
            notes.append(Problem(str(p), OUTPUT_FOLDER_SKIPPED, "note"))
        elif p.is_dir():
            _walk(p, skipped, files, notes)
        elif p.is_file():
            problem = _not_read(p)
            if problem is not None:
                notes.append(problem)
            else:
                files.append(p)
        elif p.exists():
            notes.append(Problem(str(p), "not a regular file (a pipe, socket or device): name release files or folders", "error"))
        else:
            notes.append(Problem(str(p), "no such file or folder: check the path", "error"))
    if len(inputs) <= 1:
        return files, notes       # one file or one folder walk names each file once (content duplicates are caught later)
    seen: set[Path] = set()
    unique = []
    for f in files:
        try:
            key = f.resolve()
        except OSError:
            key = f
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, notes
