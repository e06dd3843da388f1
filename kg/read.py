"""Read release files into :class:`~kg.model.Release` records.

A release is UTF-8 plain text as the ministry's site shows it (title, repeated title,
metadata lines, body) or a saved HTML page; republishers drop the metadata, add a
dateline or cut the text short. Reading decodes, cleans and splits the text; it never
interprets meetings. Problems (undecodable, binary, empty) are returned, not raised.
"""
from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

from .model import PartialDate, Problem, Release
from .thai import find_dates, fold

#: File endings read as releases; anything else is skipped with a note.
TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES

# Zero-width characters, soft hyphen, BOM and other invisible format characters.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e\u200e\u200f\u202a-\u202e]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


class ReadError(ValueError):
    """The file cannot be read as a release; the message says why and what to do."""


def decode(data: bytes) -> str:
    """Bytes → text: UTF-8 (with or without BOM), else a legacy Thai code page.

    UTF-8 is tried strictly first because a valid UTF-8 Thai text is never valid
    cp874 by accident; cp874 (a superset of TIS-620) is the Windows Thai encoding.
    """
    if b"\x00" in data[:65536] or b"\x00" in data[-65536:]:
        raise ReadError("binary file (NUL bytes): not a text release; remove it from the input")
    for enc in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("cp874")
    except UnicodeDecodeError:
        try:
            from charset_normalizer import from_bytes
            best = from_bytes(data).best()
        except ImportError:  # pragma: no cover - charset-normalizer is a dependency
            best = None
        if best is None:
            raise ReadError("undecodable: neither UTF-8 nor a Thai code page; re-save it as UTF-8") from None
        text = str(best)
    thai = sum(1 for c in text[:5000] if "\u0e00" <= c <= "\u0e7f")
    if thai == 0 and sum(c.isprintable() or c.isspace() for c in text[:5000]) < 0.9 * len(text[:5000]):
        raise ReadError("binary or unknown encoding: re-save it as UTF-8 text")
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
        self._skip = 0
        self._in: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP and tag != "head":
            self._skip += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")
        self._in.append(tag)

    def handle_endtag(self, tag):
        if tag in self.SKIP and tag != "head" and self._skip:
            self._skip -= 1
        if tag in self.BLOCKS:
            self.parts.append("\n")
        if tag in self._in:
            while self._in and self._in.pop() != tag:
                pass

    def handle_data(self, data):
        if "title" in self._in:
            self.title.append(data)
            return
        if self._skip:
            return
        if "h1" in self._in:
            self.h1.append(data)
        self.parts.append(data)


_TAG_HINT = re.compile(r"<\s*(?:html|body|p|div|br|span|h[1-6]|meta|head|title|a\s|table)\b[^>]{0,500}>", re.I)


def looks_like_html(text: str) -> bool:
    return len(_TAG_HINT.findall(text[:20000])) >= 2


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


def clean(text: str) -> str:
    """NFC, no invisible or control characters, single spaces, LF line ends."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", _INVISIBLE.sub("", text))
    lines = (_SPACES.sub(" ", ln).strip() for ln in text.split("\n"))
    return "\n".join(ln for ln in lines)


_PUBLISHED = re.compile(r"^(?:วันที่นำเข้าข้อมูล|วันที่เผยแพร่|เผยแพร่(?:เมื่อ)?|โพสต์เมื่อ|ลงวันที่|Published|Posted|Date)\s*:?\s*(.{4,40})$")
_MODIFIED = re.compile(r"^(?:วันที่ปรับปรุงข้อมูล|ปรับปรุงล่าสุด|แก้ไขล่าสุด|Updated|Last updated)\s*:?\s*(.{4,40})$")
_VIEWS = re.compile(r"^\|?\s*(?:เข้าชม|ผู้เข้าชม|อ่าน)?\s*:?\s*([\d,]{1,12})\s*(?:views?|ครั้ง|Views?)\s*$", re.I)
_DATELINE = re.compile(r"^(?:\(?\s*[^\s()]{2,30}\s?\)?\s+)?(\d{1,2}\s?\S{2,12}\s?\d{2,4})\s*(?:[-:|)]|$)")


def _date_of(s: str) -> PartialDate | None:
    found = find_dates(fold(s))
    return found[0].start if found else None


def parse_release_text(text: str, *, release_id: str, path: str, sha256: str = "") -> Release:
    """Split cleaned text into title, metadata and body.

    The title is the first non-empty line (its repetition, as the ministry's pages
    print it, is dropped). Metadata lines are recognised only in the first few lines;
    anything else stays in the body, so an unknown layout loses nothing.
    """
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if not lines:
        raise ReadError("empty: the file has no text")
    title = lines[0][:2000]
    rest = lines[1:]
    published = modified = None
    views = None
    body_start = 0
    for i, ln in enumerate(rest[:8]):
        if ln == title:
            body_start = i + 1
            continue
        if m := _PUBLISHED.match(ln):
            published = published or _date_of(m.group(1))
        elif m := _MODIFIED.match(ln):
            modified = modified or _date_of(m.group(1))
        elif m := _VIEWS.match(ln):
            views = int(m.group(1).replace(",", "") or 0)
        elif len(ln) <= 40 and (d := _date_of(ln)) and d.day and not re.search(r"[ก-๙]{12,}", ln):
            published = published or d
        elif ln.strip("| ") in ("", "view", "views"):
            pass
        else:
            break
        body_start = i + 1
    body_lines = rest[body_start:]
    if published is None and body_lines:
        # A republisher's dateline: "กรุงเทพฯ 25 พ.ค. 2565 –" or "(25 พ.ค. 65)".
        m = _DATELINE.match(fold(body_lines[0][:80]))
        if m and (d := _date_of(m.group(1))) and d.day:
            published = d
    return Release(id=release_id, path=path, title=title, body="\n".join(body_lines),
                   published=published, modified=modified, views=views, sha256=sha256)


def read_release(path: str | Path, *, max_bytes: int = 64 * 1024 * 1024) -> Release:
    """Read one file. Raises :class:`ReadError` with a message a user can act on."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise ReadError(f"too large ({size // (1024 * 1024)} MB > {max_bytes // (1024 * 1024)} MB): split it into one file per release")
        data = p.read_bytes()
    except OSError as e:
        raise ReadError(f"cannot read: {e.strerror or e}") from None
    if not data.strip():
        raise ReadError("empty: the file has no text")
    text = decode(data)
    if p.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        text = html_to_text(text)
    text = clean(text)
    if not text.strip():
        raise ReadError("empty: the file has no visible text")
    return parse_release_text(text, release_id=p.stem, path=str(p),
                              sha256=hashlib.sha256(data).hexdigest())


def iter_inputs(inputs: list[str | Path]) -> tuple[list[Path], list[Problem]]:
    """Expand files and folders into release files, sorted; note what is skipped."""
    files: list[Path] = []
    notes: list[Problem] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_dir() or any(part.startswith(".") for part in f.relative_to(p).parts):
                    if f.is_file():
                        notes.append(Problem(str(f), "hidden file skipped", "note"))
                    continue
                if f.suffix.lower() in SUFFIXES:
                    files.append(f)
                else:
                    notes.append(Problem(str(f), f"skipped: unknown file type '{f.suffix or '(none)'}' (releases are .txt or .html)", "note"))
        elif p.is_file():
            if p.name.startswith("."):
                notes.append(Problem(str(p), "hidden file skipped", "note"))
            elif p.suffix.lower() in SUFFIXES:
                files.append(p)
            else:
                notes.append(Problem(str(p), f"skipped: unknown file type '{p.suffix or '(none)'}' (releases are .txt or .html)", "note"))
        else:
            notes.append(Problem(str(p), "no such file or folder", "error"))
    seen: set[Path] = set()
    unique = [f for f in files if not (f.resolve() in seen or seen.add(f.resolve()))]
    return unique, notes
