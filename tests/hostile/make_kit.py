"""A kit of hostile input files, generated (nothing binary or big is committed).

    python tests/hostile/make_kit.py DEST_DIR [--big]

writes one file per case of :data:`CASES` into DEST_DIR (the tests place the kit
beside the seeds). Each case says what the build must make of it: ``ok`` (read, with
the meeting ``number`` of the Thai-Lao joint commission found), ``no-meeting`` (read,
nothing to add), ``refused`` (named in the report with a reason), ``skipped`` (noted,
not read), ``duplicate`` (counted once). Every release of the kit reports a different
round of one synthetic series, so a lost or mixed-up release shows as a missing or
wrong number.
"""
from __future__ import annotations

import argparse
import gzip
import os
import random
from dataclasses import dataclass
from pathlib import Path

SERIES = "การประชุมคณะกรรมาธิการร่วมไทย-ลาว"
#: Release text that reaches the graph view and the Turtle dump unchanged.
HOSTILE = '</script><script>alert("x")</script><img src=x onerror=alert(1)> "q" \\ > \\n'
TH_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def release(number: int, day: int = 10, *, title_head: str = "", venue: str = "ณ นครหลวงเวียงจันทน์",
            who: str = "นายสมชาย ใจดี") -> str:
    """A well-formed release reporting round ``number`` of the Thai-Lao joint commission."""
    n_th = str(number).translate(TH_DIGITS)
    title = f"{title_head}รัฐมนตรีว่าการกระทรวงการต่างประเทศเข้าร่วม{SERIES} ครั้งที่ {n_th}"
    return (f"{title}\n\n{title}\n\nวันที่นำเข้าข้อมูล {day} มี.ค. 2566\n\n| 1,000 view\n\n"
            f"เมื่อวันที่ {str(day).translate(TH_DIGITS)} มีนาคม ๒๕๖๖ {who} รัฐมนตรีว่าการกระทรวงการต่างประเทศ "
            f"ได้เข้าร่วม{SERIES} ครั้งที่ {n_th} {venue} โดยมีนายสะเหลิมไซ กมมะสิด "
            "รัฐมนตรีว่าการกระทรวงการต่างประเทศลาว เป็นประธานร่วม\n\n"
            "ทั้งสองฝ่ายได้หารือเกี่ยวกับความร่วมมือด้านการค้า การลงทุน และความเชื่อมโยง\n")


def html_page(text: str) -> str:
    title, *rest = [ln for ln in text.split("\n") if ln.strip()]
    body = "".join(f"<p>{ln}</p>\n" for ln in rest)
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{title} | กระทรวงการต่างประเทศ</title>"
            "<style>p{color:red}</style><script>var x = '<p>not text</p>'; alert(1);</script></head>\n"
            f"<body><nav><a href=\"/\">หน้าแรก</a></nav><h1>{title}</h1>\n{body}"
            "<script>document.write('ไม่ใช่ข่าว')</script></body></html>\n")


NO_MEETING = ("กระทรวงการต่างประเทศมอบเงินบริจาคช่วยเหลือผู้ประสบภัยน้ำท่วม\n\n"
              "วันที่นำเข้าข้อมูล 3 ก.พ. 2566\n\n"
              "เมื่อวันที่ ๓ กุมภาพันธ์ ๒๕๖๖ กระทรวงการต่างประเทศได้มอบเงินบริจาคแก่สภากาชาดไทย "
              "เพื่อช่วยเหลือผู้ประสบภัยน้ำท่วมในภาคใต้\n")


@dataclass(frozen=True)
class Case:
    id: str                       # readable test id
    name: str                     # file name inside the kit (may include a folder)
    status: str                   # ok | no-meeting | refused | skipped | duplicate
    number: int | None = None     # the round the release reports (status ok)
    says: str = ""                # a word the report's message for this file must contain
    big: bool = False             # only with --big (tens of MB)


CASES: tuple[Case, ...] = (
    Case("utf8-plain", "utf8-plain.txt", "ok", 31),
    Case("utf8-bom", "utf8-bom.txt", "ok", 32),
    Case("crlf", "crlf.txt", "ok", 33),
    Case("bom-crlf", "bom-crlf.txt", "ok", 34),
    Case("cp874", "legacy-cp874.txt", "ok", 35),
    Case("tis620-cr-only", "legacy-tis620.txt", "ok", 36),
    Case("utf16-bom", "utf16.txt", "ok", 37),
    Case("zero-width-nbsp", "zero-width.txt", "ok", 38),
    Case("html-saved-as-txt", "html-as-text.txt", "ok", 39),
    Case("html-page", "saved-page.html", "ok", 40),
    Case("name-spaces", "release with spaces.txt", "ok", 41),
    Case("name-hash-percent", "release #1 100%.txt", "ok", 42),
    Case("name-thai", "ข่าว ประชุม ไทย-ลาว.txt", "ok", 43),
    Case("utf8-cut-short", "cut-short.txt", "ok", 44, says="UTF-8"),
    Case("line-1mb-ascii", "long-line-ascii.txt", "ok", 45, says="split"),
    Case("line-1mb-thai", "long-line-thai.txt", "ok", 46, says="split"),
    Case("injection", "injection <script>.txt", "ok", 47),
    Case("upper-ext", "UPPER-CASE.TXT", "ok", 48),
    Case("deep-html", "deep-nesting.html", "ok", 49),
    Case("conflict-a", "conflict-a.txt", "ok", 50),
    Case("conflict-b", "conflict-b.txt", "ok", 50),
    Case("one-line-release", "one-line.txt", "ok", 51),
    Case("big-30mb", "big.txt", "ok", 52, big=True),
    Case("no-meeting", "no-meeting.txt", "no-meeting"),
    Case("empty", "empty.txt", "refused", says="empty"),
    Case("whitespace-only", "whitespace.txt", "refused", says="empty"),
    Case("png-as-txt", "image.txt", "refused", says="binary"),
    Case("nul-in-middle", "nul-bytes.txt", "refused", says="NUL"),
    Case("random-bytes", "random.txt", "refused", says="UTF-8"),
    Case("gzip-as-txt", "compressed.txt", "refused", says="binary"),
    Case("script-only-html", "script-only.html", "refused", says="empty"),
    Case("dangling-link", "dangling-link.txt", "refused", says="cannot read"),
    Case("ds-store", ".DS_Store", "skipped", says="hidden"),
    Case("hidden-folder", ".git/config.txt", "skipped", says="hidden"),
    Case("office-lock", "~$report.txt", "skipped", says="hidden"),
    Case("docx", "notes.docx", "skipped", says="unknown"),
    Case("jpg", "photo.jpg", "skipped", says="unknown"),
    Case("no-extension", "README", "skipped", says="unknown"),
    Case("editor-backup", "utf8-plain.txt~", "skipped", says="unknown"),
    Case("fifo", "pipe.txt", "skipped", says="regular"),
    Case("dup-exact", "utf8-plain (copy).txt", "duplicate", 31, says="utf8-plain.txt"),
    Case("dup-cp874-crlf", "utf8-plain-cp874.txt", "duplicate", 31, says="utf8-plain.txt"),
)


def contents(case: Case) -> bytes | None:
    """The bytes of one case (None for the cases that are not plain files)."""
    c = case.id
    n = case.number or 0
    if c in ("utf8-plain", "dup-exact", "upper-ext", "name-spaces", "name-hash-percent", "name-thai"):
        return release(n).encode()
    if c == "utf8-bom":
        return b"\xef\xbb\xbf" + release(n).encode()
    if c == "crlf":
        return release(n).replace("\n", "\r\n").encode()
    if c == "bom-crlf":
        return b"\xef\xbb\xbf" + release(n).replace("\n", "\r\n").encode()
    if c == "cp874":
        return release(n).encode("cp874")
    if c == "tis620-cr-only":
        return release(n).replace("\n", "\r").encode("tis-620")
    if c == "utf16-bom":
        return release(n).encode("utf-16")
    if c == "zero-width-nbsp":
        t = release(n).replace(" ", "\u00a0").replace("ครั้งที่", "ครั้ง\u200bที่").replace("สมชาย", "สม\u200cชาย")
        return t.replace("ไทย-ลาว", "ไทย\u200b-\u2060ลาว").replace("\u00a0ใจดี", "\u202fใจดี").encode()
    if c == "html-saved-as-txt":
        return html_page(release(n)).encode()
    if c == "html-page":
        return html_page(release(n)).encode()
    if c == "utf8-cut-short":
        return (release(n) + "ข้อมูลเพิ่มเติม").encode()[:-1]
    if c == "line-1mb-ascii":
        return (release(n) + "\n" + "a" * 1_000_000 + "\n").encode()
    if c == "line-1mb-thai":
        return (release(n) + "\n" + "ก" * 350_000 + "\n").encode()
    if c == "injection":
        return release(n, title_head=HOSTILE, venue=f"ณ โรงแรม{HOSTILE}").encode()
    if c == "deep-html":
        return ("<html><body>" + "<div>" * 50_000 + html_page(release(n)) + "</div>" * 50_000
                + "</body></html>").encode()
    if c == "conflict-a":
        return release(n, day=10).encode()
    if c == "conflict-b":
        return release(n, day=12).encode()
    if c == "one-line-release":
        return release(n).replace("\n", " ").encode()
    if c == "big-30mb":
        filler = ("ทั้งสองฝ่ายได้หารือเกี่ยวกับความร่วมมือด้านการค้า การลงทุน และความเชื่อมโยง "
                  "รวมทั้งการพัฒนาโครงสร้างพื้นฐานและการท่องเที่ยว\n") * 4
        para = filler.encode()
        return release(n).encode() + para * (30_000_000 // len(para))
    if c == "no-meeting":
        return NO_MEETING.encode()
    if c == "empty":
        return b""
    if c == "whitespace-only":
        return " \n\t\r\n\u00a0\u200b\u3000\n".encode()
    if c == "png-as-txt":
        return b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(2048)
    if c == "nul-in-middle":
        t = release(99).encode()
        return t + b"\x00" * 4 + t * 3000
    if c == "random-bytes":
        return random.Random(2).randbytes(8192).replace(b"\x00", b"\x01")
    if c == "gzip-as-txt":
        return gzip.compress(release(98).encode(), mtime=0)
    if c == "script-only-html":
        return b"<html><head><script>alert(1)</script></head><body><script>var a=1;</script></body></html>"
    if c in ("ds-store", "docx", "jpg"):
        return b"\x00\x00\x00\x01Bud1" + random.Random(3).randbytes(512)
    if c in ("hidden-folder", "office-lock", "no-extension", "editor-backup"):
        return release(97).encode()
    if c == "dup-cp874-crlf":
        return release(31).replace("\n", "\r\n").encode("cp874")
    return None


def make_kit(dest: str | Path, *, big: bool = False) -> list[Case]:
    """Write the kit into ``dest``; return the cases written."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    made = []
    for case in CASES:
        if case.big and not big:
            continue
        path = dest / case.name
        path.parent.mkdir(parents=True, exist_ok=True)
        if case.id == "dangling-link":
            os.symlink(dest / "no-such-target.txt", path)
        elif case.id == "fifo":
            os.mkfifo(path)
        else:
            path.write_bytes(contents(case))
        made.append(case)
    return made


if __name__ == "__main__":  # pragma: no cover
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dest")
    ap.add_argument("--big", action="store_true", help="add the 30-MB release")
    a = ap.parse_args()
    for case in make_kit(a.dest, big=a.big):
        print(f"{case.status:10s} {case.name}")
