#!/usr/bin/env python3
"""Deterministic synthetic corpus of Thai MFA press releases, with gold, for benchmarks.

    python bench/synth.py --n 1000 --out /tmp/synth1k [--seed 7] [--stats]

writes ``OUT/releases/<id>.txt`` and ``OUT/gold/<id>.gold.json`` (the gold format of
``shared/gold/seeds``). Ids are ``s000001_<16 hex>`` and sort in generation order.
As a module: ``generate(n, out, seed=7) -> dict`` (counts and bytes) and
``stats(out) -> dict`` (distribution of the cases, read back from the gold files).

The world is fixed by the seed: a pool of Thai officials (one ``person_key`` each), of
foreign officials (some written in Thai script, some in Latin script, some in both,
one ``person_key`` across scripts), of countries and of ~30 meeting series. Every
occurrence of a series (series, round) has one date, mode, venue, co-chair pair and
Thai head of delegation for the whole corpus, so many releases report the same
meeting and an extractor has to merge them. Releases are written one at a time and
streamed to disk; nothing proportional to N is kept in memory.

Conventions (as in the seeds' gold):
- attendees are the named people who took part in the meeting, co-chair persons
  included; a title-only referent ("ผู้ช่วยรัฐมนตรีฯ ได้ย้ำ") is the same person; an
  official who is stated not to attend, or who only sent someone, is not an attendee;
  the announced participants of a scheduled meeting are listed as its attendees;
- a parent meeting ("ในช่วงการประชุมรัฐมนตรีต่างประเทศอาเซียน ครั้งที่ 56") is a
  second meeting with its number, no date, mode unknown, no attendees, and the child
  has ``part_of`` = "<series>#<number>";
- a background round ("ทั้งนี้ … ครั้งที่ N-1 จัดขึ้นเมื่อเดือน… ณ กรุง…") is held,
  month precision, in person, and a "next round" (… ครั้งที่ N+1 มีกำหนดจัดขึ้นใน
  เดือน… ณ กรุง…) is scheduled, month precision, in person. Background and next
  rounds are never the primary subject of a release (primary rounds of a series have
  one parity, background/next rounds the other), so a round is always reported at
  one date precision and the scorer's meeting keys stay consistent;
- a meeting's mode is a property of the meeting: every release that reports it
  states it the same way (or none does: mode "unknown").

Standard library only; no import from the ``kg`` package.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path

# --------------------------------------------------------------------------- #
# Thai text basics
# --------------------------------------------------------------------------- #

TO_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MONTHS_FULL = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
               "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
MONTHS_ABBR = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
               "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
FIRST_YEAR = 2017          # round j of a series is held in FIRST_YEAR + j
YEARS = 8                  # rounds 0..7 are reportable (2017-2024)
LAST_MODIFIED = dt.date(2025, 6, 30)

# --------------------------------------------------------------------------- #
# Countries: code -> (Thai name, aliases, capital or None, English short name, ASEAN)
# --------------------------------------------------------------------------- #

COUNTRIES: dict[str, tuple[str, tuple[str, ...], str | None, str, bool]] = {
    "TH": ("ไทย", (), "กรุงเทพมหานคร", "Thailand", True),
    "KH": ("กัมพูชา", ("ราชอาณาจักรกัมพูชา",), "กรุงพนมเปญ", "Cambodia", True),
    "ID": ("อินโดนีเซีย", ("สาธารณรัฐอินโดนีเซีย",), "กรุงจาการ์ตา", "Indonesia", True),
    "MY": ("มาเลเซีย", (), "กรุงกัวลาลัมเปอร์", "Malaysia", True),
    "SG": ("สิงคโปร์", ("สาธารณรัฐสิงคโปร์",), None, "Singapore", True),
    "PH": ("ฟิลิปปินส์", ("สาธารณรัฐฟิลิปปินส์",), "กรุงมะนิลา", "Philippines", True),
    "VN": ("เวียดนาม", ("สาธารณรัฐสังคมนิยมเวียดนาม",), "กรุงฮานอย", "Viet Nam", True),
    "LA": ("ลาว", ("สปป. ลาว",), None, "Lao PDR", True),
    "MM": ("เมียนมา", (), "กรุงเนปิดอ", "Myanmar", True),
    "BN": ("บรูไนดารุสซาลาม", (), "กรุงบันดาร์เสรีเบกาวัน", "Brunei", True),
    "RU": ("รัสเซีย", ("สหพันธรัฐรัสเซีย",), "กรุงมอสโก", "Russia", False),
    "CA": ("แคนาดา", (), "กรุงออตตาวา", "Canada", False),
    "JP": ("ญี่ปุ่น", (), "กรุงโตเกียว", "Japan", False),
    "CN": ("จีน", ("สาธารณรัฐประชาชนจีน",), "กรุงปักกิ่ง", "China", False),
    "KR": ("สาธารณรัฐเกาหลี", ("เกาหลีใต้",), "กรุงโซล", "ROK", False),
    "IN": ("อินเดีย", ("สาธารณรัฐอินเดีย",), "กรุงนิวเดลี", "India", False),
    "AU": ("ออสเตรเลีย", (), "กรุงแคนเบอร์รา", "Australia", False),
    "NZ": ("นิวซีแลนด์", (), "กรุงเวลลิงตัน", "New Zealand", False),
    "US": ("สหรัฐอเมริกา", ("สหรัฐฯ",), "กรุงวอชิงตัน", "US", False),
    "GB": ("สหราชอาณาจักร", (), "กรุงลอนดอน", "UK", False),
    "FR": ("ฝรั่งเศส", ("สาธารณรัฐฝรั่งเศส",), "กรุงปารีส", "France", False),
    "DE": ("เยอรมนี", ("สหพันธ์สาธารณรัฐเยอรมนี",), "กรุงเบอร์ลิน", "Germany", False),
    "IT": ("อิตาลี", (), "กรุงโรม", "Italy", False),
    "TR": ("ทูร์เคีย", ("ตุรกี",), "กรุงอังการา", "Türkiye", False),
    "BD": ("บังกลาเทศ", (), "กรุงธากา", "Bangladesh", False),
    "EU": ("สหภาพยุโรป", (), "กรุงบรัสเซลส์", "EU", False),   # an organisation
}
ASEAN_COORDINATORS = ("KH", "ID", "MY", "SG", "PH", "VN", "LA", "MM", "BN")
DIALOGUE_PARTNERS = ("RU", "CA", "JP", "CN", "KR", "IN", "AU", "NZ", "US", "GB", "EU")
BILATERAL_PARTNERS = tuple(c for c in COUNTRIES if c != "TH")
# The ASEAN Chair of each year hosts the AMM and the summits (and their ASEAN-X meetings).
ASEAN_CHAIR = {2016: ("LA", "นครหลวงเวียงจันทน์"), 2017: ("PH", "กรุงมะนิลา"), 2018: ("SG", "สิงคโปร์"),
               2019: ("TH", "กรุงเทพมหานคร"), 2020: ("VN", "กรุงฮานอย"),
               2021: ("BN", "กรุงบันดาร์เสรีเบกาวัน"), 2022: ("KH", "กรุงพนมเปญ"),
               2023: ("ID", "กรุงจาการ์ตา"), 2024: ("LA", "นครหลวงเวียงจันทน์"),
               2025: ("MY", "กรุงกัวลาลัมเปอร์")}
HOTELS = ("โรงแรมดุสิตธานี", "โรงแรมแชงกรี-ลา", "โรงแรมสุโกศล", "โรงแรมเซ็นทาราแกรนด์",
          "โรงแรมรอยัลออร์คิดเชอราตัน", "โรงแรมพูลแมนคิงพาวเวอร์")

# --------------------------------------------------------------------------- #
# Thai officials: 40 people, one person_key each, positions without a country
# --------------------------------------------------------------------------- #

_MALE = [("สมชาย", "somchai"), ("ธนากร", "thanakorn"), ("วีรพงษ์", "weerapong"),
         ("ประเสริฐ", "prasert"), ("ชัยวัฒน์", "chaiwat"), ("อนุชา", "anucha"),
         ("กิตติพงษ์", "kittipong"), ("สุรเชษฐ์", "surachet"), ("ณัฐพล", "nattaphon"),
         ("ปิยะ", "piya"), ("วรวุฒิ", "worawut"), ("ธีรยุทธ", "teerayut"),
         ("พงศกร", "phongsakorn"), ("ศักดิ์ชัย", "sakchai"), ("อดิศร", "adisorn"),
         ("ภานุวัฒน์", "phanuwat"), ("เอกชัย", "ekkachai"), ("ชาญวิทย์", "chanwit"),
         ("สุทธิพงษ์", "sutthiphong"), ("วิโรจน์", "wiroj"), ("ประยูร", "prayoon"),
         ("เกรียงไกร", "kriangkrai")]
_FEMALE = [("สุดารัตน์", "sudarat"), ("กาญจนา", "kanchana"), ("อรอุมา", "onuma"),
           ("พิมพ์ชนก", "pimchanok"), ("วิไลวรรณ", "wilaiwan"), ("ศิริพร", "siriporn"),
           ("นันทนา", "nantana"), ("ปวีณา", "paweena"), ("จิราพร", "jiraporn"),
           ("รัชนี", "ratchanee"), ("มาลินี", "malinee"), ("อัจฉรา", "atchara"),
           ("ธิดารัตน์", "thidarat"), ("สุภาวดี", "supawadee"), ("ลัดดาวัลย์", "laddawan"),
           ("ชนิดา", "chanida"), ("ยุพิน", "yupin"), ("เบญจวรรณ", "benjawan")]
_SURNAMES = [("ศรีสวัสดิ์", "srisawat"), ("วงศ์สุวรรณ", "wongsuwan"), ("รัตนพันธ์", "rattanaphan"),
             ("ทองคำ", "thongkham"), ("บุญประเสริฐ", "boonprasert"), ("จันทร์เพ็ญ", "chanphen"),
             ("สุขเจริญ", "sukcharoen"), ("พงษ์ไพบูลย์", "phongphaiboon"), ("เจริญผล", "charoenphon"),
             ("อินทรวงศ์", "intharawong"), ("ชัยมงคล", "chaimongkol"), ("ศรีสุข", "srisuk"),
             ("มณีรัตน์", "maneerat"), ("กิจเจริญ", "kitcharoen"), ("ธนสาร", "thanasan"),
             ("วิเศษศักดิ์", "wisetsak"), ("นิลสุวรรณ", "ninsuwan"), ("แก้วมณี", "kaewmanee"),
             ("ปัญญาดี", "panyadee"), ("สมบูรณ์ชัย", "somboonchai"), ("เพชรรัตน์", "phetcharat"),
             ("รุ่งเรืองศรี", "rungruangsri"), ("ทองดี", "thongdee"), ("บุญมา", "boonma"),
             ("ศักดิ์สิทธิ์", "saksit"), ("วัฒนากุล", "wattanakul"), ("อุดมสุข", "udomsuk"),
             ("เรืองชัย", "ruangchai"), ("พรหมมา", "promma"), ("ประสิทธิ์ผล", "prasitphon"),
             ("จิตรบรรจง", "jitbanjong"), ("สายทอง", "saithong"), ("คงเจริญ", "kongcharoen"),
             ("ลิ้มทอง", "limthong"), ("ชูศรี", "chusri"), ("อ่อนละมัย", "onlamai"),
             ("ภักดีวงศ์", "phakdeewong"), ("เกียรติศักดิ์", "kiattisak"), ("พานิชกุล", "phanichkul"),
             ("ศรีวงศ์", "sriwong")]
# (position, short title-only referent, rank, how many people hold it)
_THAI_POSITIONS = [
    ("นายกรัฐมนตรี", "นายกรัฐมนตรี", "pm", 1),
    ("รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการต่างประเทศ", "รองนายกรัฐมนตรีฯ", "fm", 2),
    ("รัฐมนตรีว่าการกระทรวงการต่างประเทศ", "รัฐมนตรีฯ", "fm", 2),
    ("รัฐมนตรีช่วยว่าการกระทรวงการต่างประเทศ", "รัฐมนตรีช่วยฯ", "vm", 1),
    ("ผู้ช่วยรัฐมนตรีประจำกระทรวงการต่างประเทศ", "ผู้ช่วยรัฐมนตรีฯ", "vm", 2),
    ("ปลัดกระทรวงการต่างประเทศ", "ปลัดกระทรวงการต่างประเทศ", "ps", 3),
    ("รองปลัดกระทรวงการต่างประเทศ", "รองปลัดกระทรวงการต่างประเทศ", "ps", 5),
    ("ผู้แทนถาวรไทยประจำอาเซียน", "ผู้แทนถาวรฯ", "ps", 1),
    ("อธิบดีกรมอาเซียน", "อธิบดีกรมอาเซียน", "dg", 3),
    ("อธิบดีกรมเอเชียตะวันออก", "อธิบดีกรมเอเชียตะวันออก", "dg", 3),
    ("อธิบดีกรมยุโรป", "อธิบดีกรมยุโรป", "dg", 2),
    ("อธิบดีกรมอเมริกาและแปซิฟิกใต้", "อธิบดีกรมอเมริกาฯ", "dg", 2),
    ("อธิบดีกรมเอเชียใต้ ตะวันออกกลางและแอฟริกา", "อธิบดีกรมเอเชียใต้ฯ", "dg", 1),
    ("รองอธิบดีกรมอาเซียน", "รองอธิบดีกรมอาเซียน", "dg", 3),
    ("อธิบดีกรมสารนิเทศและโฆษกกระทรวงการต่างประเทศ", "โฆษกกระทรวงการต่างประเทศ", "dg", 1),
    ("อธิบดีกรมความร่วมมือระหว่างประเทศ", "อธิบดีกรมความร่วมมือระหว่างประเทศ", "dg", 1),
    ("เอกอัครราชทูต ณ กรุงโตเกียว", "เอกอัครราชทูตฯ", "dg", 1),
    ("เอกอัครราชทูต ณ กรุงวอชิงตัน", "เอกอัครราชทูตฯ", "dg", 1),
    ("ที่ปรึกษารัฐมนตรีว่าการกระทรวงการต่างประเทศ", "ที่ปรึกษาฯ", "dg", 2),
    ("อธิบดีกรมองค์การระหว่างประเทศ", "อธิบดีกรมองค์การฯ", "dg", 1),
    ("รองอธิบดีกรมเอเชียตะวันออก", "รองอธิบดีกรมเอเชียตะวันออก", "dg", 2),
]


class Official:
    __slots__ = ("key", "country", "honorifics", "name_th", "name_lat", "position", "short", "rank")

    def __init__(self, key, country, honorifics, name_th, name_lat, position, short, rank):
        self.key, self.country, self.honorifics = key, country, honorifics
        self.name_th, self.name_lat = name_th, name_lat
        self.position, self.short, self.rank = position, short, rank


def _thai_officials() -> list[Official]:
    slots = [(p, s, r) for p, s, r, k in _THAI_POSITIONS for _ in range(k)]
    assert len(slots) == 40, len(slots)
    people = []
    m = f = 0
    for i, (pos, short, rank) in enumerate(slots):
        female = i % 2 == 1 and f < len(_FEMALE)
        if female:
            (g, gr), f = _FEMALE[f], f + 1
            hon = ("ดร.",) if i % 4 == 0 else ("นางสาว",) if i % 3 == 0 else ("นาง",)
        else:
            (g, gr), m = _MALE[m], m + 1
            hon = ("พลเอก", "พล.อ.") if rank == "pm" else ("ดร.",) if i % 7 == 3 else ("นาย",)
        s, sr = _SURNAMES[i]
        people.append(Official(f"{gr}-{sr}", "TH", hon, f"{g} {s}", None, pos, short, rank))
    return people


# Foreign officials: country -> [(rank, honorific, Latin name, Thai name or None, script)]
# script: "lat" (always Latin), "th" (always Thai), "both" (either, per release).
_FOREIGN = {
    "KH": [("fm", "นาย", "Prak Sovann", "ปรัก โสวัณณ์", "both"), ("so", "นาง", "Chea Sreymom", "เจีย ศรีมม", "th")],
    "ID": [("fm", "นาง", "Ratna Kusumawati", None, "lat"), ("so", "นาย", "Bima Santoso", "บีมา ซานโตโซ", "both")],
    "MY": [("fm", "นาย", "Azman Hashim", None, "lat"), ("so", "นาย", "Faizal Rahman", "ฟัยซาล ราห์มาน", "both")],
    "SG": [("fm", "นาย", "Daniel Tan", None, "lat"), ("so", "นางสาว", "Grace Lim", None, "lat")],
    "PH": [("fm", "นาย", "Ramon Villanueva", "รามอน วิลยานูเอวา", "both"), ("so", "นาง", "Teresa Dizon", None, "lat")],
    "VN": [("fm", "นาย", "Nguyen Van Thanh", "เหงียน วัน ทัญ", "both"), ("so", "นาย", "Tran Quoc Bao", "ตรัน ก๊วก บ๋าว", "th")],
    "LA": [("fm", "นาย", "Khamphet Sivongsa", "คำเพชร สีวงสา", "both"), ("so", "นาง", "Vanida Phommachan", "วนิดา พรหมจันทร์", "th")],
    "MM": [("fm", "นาย", "Kyaw Zin Htet", "จ่อ ซิน เท็ต", "both"), ("so", "นาย", "Aung Myo Min", "อ่อง เมียว มิน", "th")],
    "BN": [("fm", "นาย", "Pengiran Hamzah", None, "lat"), ("so", "นาง", "Siti Norhayati", None, "lat")],
    "RU": [("fm", "นาย", "Pavel Sorokin", "ปาเวล โซโรกิน", "both"), ("so", "นาย", "Dmitry Volkov", "ดมิทรี วอลคอฟ", "both"),
           ("pm", "นาย", "Sergei Malinin", None, "lat")],
    "CA": [("fm", "นาง", "Claire Dubois", "แคลร์ ดูบัวส์", "both"), ("so", "นาย", "Mark Ellison", None, "lat"),
           ("pm", "นาย", "Robert Fraser", None, "lat")],
    "JP": [("fm", "นาย", "Kenji Takahashi", "เคนจิ ทาคาฮาชิ", "both"), ("so", "นาย", "Hiroshi Yamada", "ฮิโรชิ ยามาดะ", "both"),
           ("pm", "นาย", "Taro Nakamura", None, "lat")],
    "CN": [("fm", "นาย", "Wang Jianguo", "หวัง เจี้ยนกั๋ว", "both"), ("so", "นาย", "Liu Haitao", "หลิว ไห่เทา", "both"),
           ("pm", "นาย", "Zhao Mingde", None, "lat")],
    "KR": [("fm", "นาย", "Park Jiwon", "พัก จี-วอน", "both"), ("so", "นาง", "Kim Soyeon", None, "lat"),
           ("pm", "นาย", "Lee Donghyun", None, "lat")],
    "IN": [("fm", "ดร.", "Anil Mehra", None, "lat"), ("so", "นาง", "Priya Raghavan", "ปรียา ราฆวัน", "both"),
           ("pm", "นาย", "Vikram Sethi", None, "lat")],
    "AU": [("fm", "นาง", "Emma Whitlock", None, "lat"), ("so", "นาย", "James Calder", None, "lat"),
           ("pm", "นาย", "Peter Harding", None, "lat")],
    "NZ": [("fm", "นาง", "Aroha Bennett", None, "lat"), ("so", "นาย", "Thomas Reid", None, "lat"),
           ("pm", "นาง", "Sarah Mitchell", None, "lat")],
    "US": [("fm", "นาย", "Daniel Whitford", "แดเนียล วิทฟอร์ด", "both"), ("so", "นาย", "Michael Harlan", None, "lat"),
           ("pm", "นาย", "Richard Coleman", None, "lat")],
    "GB": [("fm", "นาย", "Oliver Hastings", None, "lat"), ("so", "นาง", "Catherine Moore", None, "lat"),
           ("pm", "นาย", "William Ashford", None, "lat")],
    "FR": [("fm", "นาง", "Sophie Laurent", "โซฟี โลรองต์", "both"), ("so", "นาย", "Julien Moreau", None, "lat")],
    "DE": [("fm", "นาย", "Matthias Keller", None, "lat"), ("so", "นาง", "Anna Hoffmann", None, "lat")],
    "IT": [("fm", "นาย", "Marco Bellini", None, "lat"), ("so", "นาง", "Giulia Ferri", None, "lat")],
    "TR": [("fm", "นาย", "Mehmet Aydin", "เมห์เมต อัยดึน", "both"), ("so", "นาย", "Emre Kaya", None, "lat")],
    "BD": [("fm", "นาย", "Rafiqul Islam", None, "lat"), ("so", "นาง", "Nasrin Akter", None, "lat")],
    "EU": [("fm", "นาง", "Helena Varga", None, "lat"), ("so", "นาย", "Jan de Vries", None, "lat")],
}


def _foreign_position(code: str, rank: str) -> str:
    c = COUNTRIES[code][0]
    if code == "EU":
        return {"fm": "ผู้แทนระดับสูงด้านการต่างประเทศและนโยบายความมั่นคงสหภาพยุโรป",
                "so": "รองเลขาธิการสำนักงานกิจการต่างประเทศสหภาพยุโรป"}[rank]
    if rank == "fm":
        return f"รัฐมนตรีว่าการกระทรวงการต่างประเทศ{c}"
    if rank == "pm":
        return f"ประธานาธิบดี{c}" if code in ("US", "KR", "IN") else f"นายกรัฐมนตรี{c}"
    if COUNTRIES[code][4]:
        return f"เจ้าหน้าที่อาวุโส{c}"
    return (f"รัฐมนตรีช่วยว่าการกระทรวงการต่างประเทศ{c}" if code in ("RU", "JP", "CN", "IN", "TR")
            else f"ปลัดกระทรวงการต่างประเทศ{c}")


def _unnamed_position(code: str, rank: str) -> str:
    c = COUNTRIES[code][0]
    if rank == "pm":
        return f"ผู้นำ{c}"
    if rank == "fm":
        return f"รัฐมนตรีว่าการกระทรวงการต่างประเทศ{c}"
    return f"เจ้าหน้าที่อาวุโส{c}"


def _foreign_officials() -> dict[tuple[str, str], Official]:
    out = {}
    for code, people in _FOREIGN.items():
        for rank, hon, lat, th, script in people:
            key = lat.lower().replace(" ", "-")
            out[(code, rank)] = Official(key, code, (hon,), th if script != "lat" else None,
                                         lat if script != "th" else None,
                                         _foreign_position(code, rank), None, rank)
    return out


# --------------------------------------------------------------------------- #
# Meeting series: type x country
# --------------------------------------------------------------------------- #

# type -> (Thai label prefix, English pattern, numbering, Thai lead ranks, foreign rank,
#          preferred months, ASEAN framework?)
TYPES = {
    "som": ("การประชุมเจ้าหน้าที่อาวุโสอาเซียน-", "ASEAN-{x} Senior Officials' Meeting", "annual",
            ("ps",), "so", (1, 3, 5, 6), True),
    "fmm": ("การประชุมรัฐมนตรีต่างประเทศอาเซียน-", "ASEAN-{x} Foreign Ministers' Meeting", "none",
            ("fm", "vm"), "fm", (7, 8), True),
    "summit": ("การประชุมสุดยอดอาเซียน-", "ASEAN-{x} Summit", "annual",
               ("pm", "fm"), "pm", (10, 11), True),
    "jc": ("การประชุมคณะกรรมาธิการร่วมไทย-", "Thailand-{x} Joint Commission", "annual",
           ("fm",), "fm", (2, 4, 9, 12), False),
    "sd": ("การหารือยุทธศาสตร์ไทย-", "Thailand-{x} Strategic Dialogue", "annual",
           ("ps",), "so", (3, 5, 7, 11), False),
    "jwg": ("การประชุมคณะทำงานร่วมไทย-", "Thailand-{x} Joint Working Group", "peryear",
            ("dg",), "so", (2, 6, 9), False),
}
# The seeds' series, always present, then a seeded sample up to 30.
_FIXED_SERIES = [("som", "RU"), ("fmm", "CA"), ("fmm", "RU"), ("sd", "US"), ("summit", "RU")]
N_SERIES = 30


class Series:
    __slots__ = ("sid", "type", "x", "series_th", "label_en", "numbering", "base", "parity",
                 "months", "lead_ranks", "foreign_rank", "asean")

    def __init__(self, sid, typ, x, rng):
        prefix, en, numbering, lead_ranks, frank, months, asean = TYPES[typ]
        self.sid, self.type, self.x = sid, typ, x
        self.series_th = prefix + COUNTRIES[x][0]
        self.label_en = en.format(x=COUNTRIES[x][3])
        self.numbering = numbering
        self.base = rng.randint(3, 25) if numbering == "annual" else None   # number of round 0
        self.parity = rng.randint(0, 1)          # primary rounds have j % 2 == parity
        self.months = months
        self.lead_ranks, self.foreign_rank, self.asean = lead_ranks, frank, asean

    def label(self, alias_ok: bool, rng: random.Random) -> str:
        aliases = COUNTRIES[self.x][1]
        if alias_ok and aliases and rng.random() < 0.25:
            return TYPES[self.type][0] + rng.choice(aliases)
        return self.series_th

    def primaries(self) -> list[int]:
        """Rounds that may be the subject of a release (index k, see World.occurrence)."""
        if self.numbering == "annual":
            return [j for j in range(YEARS) if j % 2 == self.parity]
        if self.numbering == "peryear":
            return list(range(2 * YEARS))        # k = 2*j + (n-1), n in 1..2
        return list(range(YEARS))


class Occurrence:
    """One meeting of a series: the same facts in every release that reports it."""
    __slots__ = ("series", "k", "number", "number_year", "start", "end", "mode", "location",
                 "cochairs", "lead", "parent")


class World:
    def __init__(self, seed: int):
        self.seed = seed
        rng = random.Random(f"thai-mfa-synth-world|{seed}")
        self.thai = _thai_officials()
        self.thai_by_rank: dict[str, list[Official]] = {}
        for p in self.thai:
            self.thai_by_rank.setdefault(p.rank, []).append(p)
        self.foreign = _foreign_officials()
        pairs = list(_FIXED_SERIES)
        per_type = N_SERIES // len(TYPES)          # 5 series of each type
        for t in TYPES:
            xs = [x for x in (DIALOGUE_PARTNERS if TYPES[t][6] else BILATERAL_PARTNERS)
                  if (t, x) not in pairs and not (t == "summit" and x == "EU")]
            rng.shuffle(xs)
            have = sum(1 for p in pairs if p[0] == t)
            pairs.extend((t, x) for x in xs[:max(0, per_type - have)])
        self.series = [Series(i, t, x, rng) for i, (t, x) in enumerate(pairs)]
        self.primaries = [(s, s.primaries()) for s in self.series]
        self.n_primary = sum(len(ks) for _, ks in self.primaries)
        self._occ: dict[tuple[int, int], Occurrence] = {}

    # -- one occurrence, cached (a few hundred in all) --------------------- #
    def occurrence(self, s: Series, k: int) -> Occurrence:
        key = (s.sid, k)
        o = self._occ.get(key)
        if o is None:
            o = self._occ[key] = self._make_occurrence(s, k)
        return o

    def _make_occurrence(self, s: Series, k: int) -> Occurrence:
        r = random.Random(f"thai-mfa-synth-occ|{self.seed}|{s.sid}|{k}")
        o = Occurrence()
        o.series, o.k = s, k
        if s.numbering == "peryear":
            j, n = divmod(k, 2)
            n += 1
            o.number, o.number_year = n, FIRST_YEAR + j + 543
            month = (s.months[0] + 6 * (n - 1) + r.randint(-1, 1) - 1) % 12 + 1
        else:
            j = k
            o.number = s.base + j if s.numbering == "annual" else None
            o.number_year = None
            month = r.choice(s.months)
        year = FIRST_YEAR + j
        primary = s.numbering != "annual" or j % 2 == s.parity
        near_end = s.type != "fmm" and r.random() < 0.15     # a range across two months
        if near_end:
            day = r.randint(28, 30) if month != 2 else 28
        else:
            day = r.randint(1, 25)
        o.start = dt.date(year, month, day)
        days = 1 if s.type == "fmm" else r.randint(3, 4) if near_end else r.choice((1, 1, 1, 2, 2, 3))
        o.end = o.start + dt.timedelta(days=days - 1) if days > 1 else None
        # mode: a property of the meeting
        if not primary:
            mode = "in_person"
        elif year in (2020, 2021):
            mode = "virtual" if r.random() < 0.85 else "unknown"
        elif year >= 2022:
            mode = r.choices(("in_person", "hybrid", "virtual", "unknown"), (4, 3, 1, 2))[0]
        else:
            mode = "in_person" if r.random() < 0.75 else "unknown"
        # co-chairs and host
        if s.asean:
            coord = ASEAN_COORDINATORS[(DIALOGUE_PARTNERS.index(s.x) * 3 + year // 3) % 9]
            o.cochairs = (coord, s.x)
            hosts = [c for c in (coord, s.x) if COUNTRIES[c][2]] or ["TH"]
            host = hosts[j % len(hosts)]
        else:
            o.cochairs = ("TH", s.x)
            host = "TH" if j % 2 == 0 or not COUNTRIES[s.x][2] else s.x
        location = None
        if mode in ("in_person", "hybrid"):
            if s.type in ("fmm", "summit"):
                host, location = ASEAN_CHAIR[year]
            else:
                location = COUNTRIES[host][2]
            if host == "TH" and primary and r.random() < 0.5:
                location = r.choice(HOTELS)
            if mode == "hybrid" and r.random() < 0.5:
                location = None
        o.mode, o.location = mode, location
        o.lead = r.choice([p for rk in s.lead_ranks for p in self.thai_by_rank[rk]])
        if s.type == "fmm":
            o.parent = ("การประชุมรัฐมนตรีต่างประเทศอาเซียน", year - 1967)
        elif s.type == "summit":
            o.parent = ("การประชุมสุดยอดอาเซียน", 2 * (year - 2002) + 1)
        else:
            o.parent = None
        return o


# --------------------------------------------------------------------------- #
# Prose: filler fragments ({X} is the partner's Thai name, {R} the relation)
# --------------------------------------------------------------------------- #

FILLER = [
    "ที่ประชุมได้ทบทวนความคืบหน้าของความร่วมมือระหว่าง{R}ในทุกมิติ และเห็นพ้องที่จะส่งเสริมความร่วมมือที่เป็นรูปธรรมต่อไป",
    "ทั้งสองฝ่ายได้แลกเปลี่ยนความเห็นเกี่ยวกับประเด็นระดับภูมิภาคและระหว่างประเทศที่อยู่ในความสนใจร่วมกัน",
    "ที่ประชุมได้หารือแนวทางการฟื้นฟูเศรษฐกิจภายหลังการแพร่ระบาดของโควิด-19 และการเสริมสร้างความเชื่อมโยงของห่วงโซ่อุปทาน",
    "ฝ่ายไทยได้เน้นย้ำความสำคัญของการส่งเสริมการค้าและการลงทุนระหว่างกัน โดยเฉพาะในสาขาเศรษฐกิจดิจิทัลและพลังงานสะอาด",
    "ทั้งสองฝ่ายเห็นพ้องที่จะกระชับความร่วมมือด้านความมั่นคงทางไซเบอร์ การต่อต้านการก่อการร้าย และอาชญากรรมข้ามชาติ",
    "ที่ประชุมยังได้หารือเกี่ยวกับความร่วมมือด้านสาธารณสุข รวมถึงการเข้าถึงวัคซีนและการเตรียมความพร้อมรับมือกับโรคระบาดในอนาคต",
    "ฝ่ายไทยได้เสนอให้ขยายความร่วมมือภายใต้โมเดลเศรษฐกิจชีวภาพ เศรษฐกิจหมุนเวียน และเศรษฐกิจสีเขียว (BCG)",
    "ที่ประชุมได้รับทราบความคืบหน้าของการดำเนินการตามแผนปฏิบัติการเพื่อเสริมสร้างความเป็นหุ้นส่วน (ค.ศ. 2021-2025)",
    "ทั้งสองฝ่ายได้ย้ำถึงความสำคัญของการเคารพกฎหมายระหว่างประเทศ รวมถึงอนุสัญญาสหประชาชาติว่าด้วยกฎหมายทะเล",
    "ที่ประชุมเห็นพ้องที่จะส่งเสริมความเชื่อมโยงระหว่างประชาชน การท่องเที่ยว และการแลกเปลี่ยนทางวิชาการและวัฒนธรรม",
    "ฝ่ายไทยได้แสดงความขอบคุณ{X}สำหรับการสนับสนุนโครงการพัฒนาศักยภาพและทุนการศึกษาแก่บุคลากรไทย",
    "ทั้งสองฝ่ายได้หารือถึงแนวทางการรับมือกับการเปลี่ยนแปลงสภาพภูมิอากาศ และการส่งเสริมการพัฒนาที่ยั่งยืน",
    "ที่ประชุมได้แลกเปลี่ยนมุมมองเกี่ยวกับสถานการณ์ในเมียนมา และสนับสนุนการดำเนินการตามฉันทามติ 5 ข้อของอาเซียน",
    "ฝ่ายไทยได้ย้ำบทบาทของไทยในการส่งเสริมความร่วมมือในอนุภูมิภาคลุ่มน้ำโขงและความร่วมมือทางเศรษฐกิจในเอเชีย-แปซิฟิก",
    "ทั้งสองฝ่ายยินดีที่มูลค่าการค้าระหว่างกันเพิ่มขึ้นอย่างต่อเนื่อง และตั้งเป้าหมายที่จะขยายการค้าให้มากขึ้นในอีก 3 ปีข้างหน้า",
    "ที่ประชุมได้หารือถึงการส่งเสริมความเป็นแกนกลางของอาเซียนในสถาปัตยกรรมภูมิภาค และมุมมองอาเซียนต่ออินโด-แปซิฟิก (AOIP)",
    "ฝ่ายไทยได้เสนอให้ใช้ประโยชน์จากระเบียงเศรษฐกิจพิเศษภาคตะวันออก (EEC) เพื่อดึงดูดการลงทุนจาก{X}",
    "ทั้งสองฝ่ายเห็นพ้องที่จะส่งเสริมความร่วมมือด้านวิทยาศาสตร์ เทคโนโลยี และนวัตกรรม รวมถึงการพัฒนาทักษะแรงงาน",
    "ที่ประชุมได้ย้ำความมุ่งมั่นที่จะรักษาสันติภาพ เสถียรภาพ และความมั่นคงในภูมิภาคผ่านการเจรจาและการหารืออย่างสร้างสรรค์",
    "ฝ่ายไทยได้ขอให้{X}ให้ความสะดวกแก่นักธุรกิจและนักท่องเที่ยวไทย รวมถึงการอำนวยความสะดวกด้านการตรวจลงตรา",
    "ทั้งสองฝ่ายได้หารือความร่วมมือด้านความมั่นคงทางอาหาร การเกษตรอัจฉริยะ และการบริหารจัดการทรัพยากรน้ำ",
    "ที่ประชุมได้ชื่นชมบทบาทที่แข็งขันของ{X}ในกลไกที่อาเซียนมีบทบาทนำ และการสนับสนุนความเป็นหุ้นส่วนทางยุทธศาสตร์",
    "ฝ่ายไทยได้แสดงความพร้อมที่จะเป็นสะพานเชื่อมระหว่าง{X}กับภูมิภาคเอเชียตะวันออกเฉียงใต้",
    "ทั้งสองฝ่ายเห็นพ้องที่จะผลักดันการจัดทำบันทึกความเข้าใจว่าด้วยความร่วมมือในสาขาใหม่ ๆ ที่มีศักยภาพ",
    "ที่ประชุมได้หารือเกี่ยวกับการคุ้มครองแรงงานโยกย้ายถิ่นฐานและการต่อต้านการค้ามนุษย์",
    "ฝ่ายไทยได้เน้นย้ำความสำคัญของความมั่นคงของมนุษย์ในทุกมิติ โดยเฉพาะความมั่นคงด้านสาธารณสุข",
    "ทั้งสองฝ่ายได้หารือถึงความร่วมมือด้านการศึกษา การวิจัย และการแลกเปลี่ยนนักศึกษาระหว่างสถาบันการศึกษา",
    "ที่ประชุมได้แลกเปลี่ยนความเห็นเกี่ยวกับพัฒนาการในคาบสมุทรเกาหลีและสถานการณ์ในทะเลจีนใต้",
    "ฝ่ายไทยได้เสนอให้ส่งเสริมบทบาทของวิสาหกิจขนาดกลางและขนาดย่อม (MSMEs) และผู้ประกอบการสตรี",
    "ทั้งสองฝ่ายยืนยันเจตนารมณ์ที่จะยกระดับความสัมพันธ์ให้แน่นแฟ้นยิ่งขึ้นในโอกาสครบรอบ 50 ปีของความสัมพันธ์ทางการทูต",
    "ที่ประชุมได้หารือถึงการเสริมสร้างความพร้อมในการรับมือกับภัยพิบัติและการให้ความช่วยเหลือด้านมนุษยธรรม",
    "ฝ่ายไทยได้ย้ำท่าทีของไทยที่ยึดมั่นในหลักการตามกฎบัตรสหประชาชาติและระบบพหุภาคีนิยมที่ตั้งอยู่บนกติกา",
    "ทั้งสองฝ่ายเห็นพ้องที่จะพัฒนาความร่วมมือด้านโครงสร้างพื้นฐานและความเชื่อมโยงด้านคมนาคมขนส่ง",
    "ที่ประชุมได้รับรองเอกสารผลลัพธ์ของการประชุม ซึ่งสะท้อนความมุ่งมั่นร่วมกันในการขับเคลื่อนความร่วมมือระหว่าง{R}",
    "ฝ่ายไทยได้เสนอให้ส่งเสริมความร่วมมือด้านเศรษฐกิจสร้างสรรค์และอุตสาหกรรมวัฒนธรรม",
    "ทั้งสองฝ่ายได้หารือถึงการส่งเสริมความร่วมมือด้านพลังงานทางเลือก พลังงานหมุนเวียน และยานยนต์ไฟฟ้า",
]
OPENERS = ("", "", "นอกจากนี้ ", "ในโอกาสนี้ ", "ทั้งนี้ ", "อนึ่ง ", "ในด้านเศรษฐกิจ ", "ในด้านความมั่นคง ")
TOPICS = ("การเชื่อมโยงระหว่างกันในภูมิภาค", "ความมั่นคงทางทะเล", "การฟื้นฟูเศรษฐกิจ",
          "ความร่วมมือด้านสาธารณสุข", "การพัฒนาที่ยั่งยืน", "เศรษฐกิจดิจิทัล",
          "การเปลี่ยนแปลงสภาพภูมิอากาศ", "ความมั่นคงของมนุษย์")
SUMMARY_VERBS = ("โดยได้ผลักดันความร่วมมือด้าน{t}", "โดยได้เน้นย้ำความสำคัญของ{t}",
                 "และได้หารือแนวทางส่งเสริม{t}", "โดยได้เสนอแนวทางยกระดับ{t}")
REFERENT_VERBS = ("ได้ย้ำว่า ", "ได้กล่าวเน้นย้ำถึง", "ได้แสดงความยินดีต่อ", "ได้เสนอ")
REFERENT_TAILS = ("ความร่วมมือที่ใกล้ชิดระหว่าง{R}เป็นประโยชน์ต่อสันติภาพและความเจริญรุ่งเรืองของภูมิภาค",
                  "การส่งเสริมความร่วมมือด้าน{t}อย่างเป็นรูปธรรม",
                  "ความคืบหน้าของความร่วมมือด้าน{t}ในช่วงปีที่ผ่านมา",
                  "ทั้งสองฝ่ายร่วมกันผลักดันความร่วมมือด้าน{t}ให้เกิดผลเป็นรูปธรรม")


# --------------------------------------------------------------------------- #
# Rendering helpers
# --------------------------------------------------------------------------- #

def _be(year: int, two: bool) -> str:
    return f"{(year + 543) % 100:02d}" if two else str(year + 543)


def _day(d: dt.date, abbr: bool, two: bool, with_year: bool = True) -> str:
    m = (MONTHS_ABBR if abbr else MONTHS_FULL)[d.month - 1]
    return f"{d.day} {m} {_be(d.year, two)}" if with_year else f"{d.day} {m}"


def _when(o: Occurrence, scheduled: bool, rng: random.Random, cases: list[str]) -> str:
    """The date phrase of a meeting: single day, range in a month, range across months."""
    abbr = rng.random() < 0.2
    two = abbr and rng.random() < 0.4
    if abbr:
        cases.append("month_abbr")
    if two:
        cases.append("be_2digit")
    s, e = o.start, o.end
    if e is None:
        cases.append("single_date")
        return ("ในวันที่ " if scheduled and rng.random() < 0.5 else "เมื่อวันที่ " if not scheduled else "วันที่ ") \
            + _day(s, abbr, two)
    m = (MONTHS_ABBR if abbr else MONTHS_FULL)
    if (s.year, s.month) == (e.year, e.month):
        cases.append("range_month")
        dash = rng.choice(("-", " - ", "–"))
        body = f"{s.day}{dash}{e.day} {m[s.month - 1]} {_be(s.year, two)}"
    else:
        cases.append("range_cross_month")
        if s.year == e.year:
            body = f"{_day(s, abbr, two, False)} - {_day(e, abbr, two)}"
        else:
            body = f"{_day(s, abbr, two)} - {_day(e, abbr, two)}"
    return ("ระหว่างวันที่ " if rng.random() < 0.8 else "เมื่อวันที่ " if not scheduled else "ในวันที่ ") + body


def _mode_phrase(o: Occurrence, rng: random.Random) -> str:
    if o.mode == "virtual":
        return rng.choice(("ผ่านระบบการประชุมทางไกล", "ผ่านระบบการประชุมทางวีดิทัศน์ทางไกล"))
    if o.mode == "in_person":
        return f"ณ {o.location}"
    if o.mode == "hybrid":
        return "ในรูปแบบผสมผสาน (hybrid)" + (f" ณ {o.location}" if o.location else "")
    return ""


def _number(o: Occurrence) -> str:
    if o.number is None:
        return ""
    if o.number_year:
        return f" ครั้งที่ {o.number}/{o.number_year}"
    return f" ครั้งที่ {o.number}"


class Mention:
    """A person as written in one release, and the gold attendee record."""
    __slots__ = ("text", "gold")

    def __init__(self, p: Official, rng: random.Random, short_position: bool = False):
        hon = rng.choice(p.honorifics)
        if p.name_th and p.name_lat:
            name = p.name_th if rng.random() < 0.5 else p.name_lat
        else:
            name = p.name_th or p.name_lat
        sep = " " if name[0].isascii() else ""
        self.text = f"{hon}{sep}{name} {p.position}"
        self.gold = {"name_th": name, "honorific_th": hon, "position_th": p.position,
                     "country": p.country, "person_key": p.key}


def _rel(s: Series) -> str:
    x = COUNTRIES[s.x][0]
    return f"อาเซียนกับ{x}" if s.asean else f"ไทยกับ{x}"


def _filler(rng: random.Random, s: Series, n_sent: int) -> str:
    x = COUNTRIES[s.x][0]
    r = _rel(s)
    sents = rng.sample(FILLER, n_sent)
    out = []
    for i, f in enumerate(sents):
        op = rng.choice(OPENERS) if i else ""
        out.append(op + f.format(X=x, R=r))
    return " ".join(out)


# --------------------------------------------------------------------------- #
# One release
# --------------------------------------------------------------------------- #

def _meeting_gold(label, s_th, label_en, number, start, end, mode, location, chairs, status,
                  part_of, attendees):
    return {"label_th": label, "label_en": label_en, "series_th": s_th, "number": number,
            "start_date": start, "end_date": end, "mode": mode, "location_th": location,
            "co_chair_countries": chairs, "status": status, "part_of": part_of,
            "attendees": attendees}


def render(world: World, i: int, rng: random.Random) -> tuple[str, dict]:
    """Release number i (1-based): its text and its gold record."""
    rid = f"s{i:06d}_" + hashlib.blake2b(f"{world.seed}:{i}".encode(), digest_size=8).hexdigest()
    cases: list[str] = []
    s, ks = rng.choice(world.primaries)       # series uniformly, then one of its rounds
    k = rng.choice(ks)
    o = world.occurrence(s, k)
    x_th = COUNTRIES[s.x][0]
    scheduled = rng.random() < 0.12
    status = "scheduled" if scheduled else "held"
    cases.append(status)
    cases.append("type_" + s.type)
    thai_digits = rng.random() < 0.6
    cases.append("digits_thai" if thai_digits else "digits_arabic")

    label = s.label(True, rng)
    if label != s.series_th:
        cases.append("label_alias")
    label_en = s.label_en if rng.random() < 0.25 else None
    m_text = label + (f" ({label_en})" if label_en else "") + _number(o)
    if o.number_year:
        cases.append("number_slash_year")
    elif o.number is not None:
        cases.append("number")
    else:
        cases.append("no_number")
    mode_ph = _mode_phrase(o, rng)
    cases.append("mode_" + o.mode)
    if o.mode == "virtual":
        cases.append("virtual_vdo" if "วีดิทัศน์" in mode_ph else "virtual_tele")
    if o.location and o.location.startswith("โรงแรม"):
        cases.append("hotel")

    lead = Mention(o.lead, rng)
    attendees = [lead.gold]
    chairs: list[str] = []
    lead_short = o.lead.short + (" " if o.lead.short.endswith("ฯ") else "")

    # ---- co-chairs --------------------------------------------------------
    c1, c2 = o.cochairs
    frank = s.foreign_rank

    def party(code: str, coord: bool) -> tuple[str, dict | None]:
        """How one co-chair party is written: a named person, an unnamed title, a country."""
        p = world.foreign.get((code, frank))
        roll = rng.random()
        tail = (f" ในฐานะประเทศผู้ประสานงานความสัมพันธ์อาเซียน-{x_th}"
                if coord and rng.random() < 0.5 else "")
        if p is not None and roll < 0.7:
            mm = Mention(p, rng)
            return mm.text + tail, mm.gold
        return _unnamed_position(code, frank) + tail, None

    chair_clause = ""
    main_verb = rng.choice(("ได้เข้าร่วม", "ได้นำคณะผู้แทนไทยเข้าร่วม", "เป็นหัวหน้าคณะผู้แทนไทยเข้าร่วม"))
    if scheduled:
        main_verb = rng.choice(("มีกำหนดเข้าร่วม", "มีกำหนดนำคณะผู้แทนไทยเข้าร่วม"))
    style = rng.choices(("persons", "chair_with", "countries", "none", "guest"), (35, 20, 20, 15, 10))[0]
    lead_subject = None          # bilateral: the Thai lead co-chairs in the main clause
    if s.asean:
        if style in ("persons", "chair_with"):
            t1, g1 = party(c1, True)
            t2, g2 = party(c2, False)
            for g in (g1, g2):
                if g:
                    attendees.append(g)
            chairs = [c1, c2]
            if style == "persons":
                chair_clause = f"โดยมี{t1} และ{t2} เป็นประธานร่วม"
            else:
                chair_clause = f"โดยมี{t1} เป็นประธานการประชุมร่วมกับ{t2}"
            cases.append("cochair_named" if (g1 or g2) else "cochair_unnamed")
        elif style == "countries":
            chairs = [c1, c2]
            n1, n2 = COUNTRIES[c1][0], rng.choice((x_th,) + COUNTRIES[c2][1])
            chair_clause = rng.choice((f"โดยมี{n1}และ{n2}เป็นประธานร่วม", f"โดย{n1}และ{n2}เป็นประธานร่วม"))
            cases.append("cochair_countries")
        elif style == "guest":
            p = world.foreign.get((c2, frank)) or world.foreign[(c2, "fm")]
            mm = Mention(p, rng)
            attendees.append(mm.gold)
            chair_clause = f"โดยมี{mm.text} เข้าร่วมการประชุมด้วย"
            cases.append("foreign_guest")
    else:
        p = world.foreign.get((s.x, frank)) or world.foreign[(s.x, "fm")]
        if style == "persons":            # "<Thai lead> และ<foreign> ได้เป็นประธานร่วม…"
            t2, g2 = party(s.x, False)
            chairs = ["TH", s.x]
            if g2:
                attendees.append(g2)
            lead_subject = f"{lead.text} และ{t2}"
            main_verb = "ได้เป็นประธานร่วม" if not scheduled else "มีกำหนดเป็นประธานร่วม"
            cases.append("cochair_named" if g2 else "cochair_unnamed")
        elif style == "chair_with":
            t2, g2 = party(s.x, False)
            chairs = ["TH", s.x]
            if g2:
                attendees.append(g2)
            chair_clause = f"โดย{lead_short}เป็นประธานการประชุมร่วมกับ{t2}"
            cases.append("cochair_named" if g2 else "cochair_unnamed")
        elif style == "countries":
            chairs = ["TH", s.x]
            chair_clause = f"โดยมีไทยและ{rng.choice((x_th,) + COUNTRIES[s.x][1])}เป็นประธานร่วม"
            cases.append("cochair_countries")
        elif style == "guest":            # heads of delegation, no chair stated
            mm = Mention(p, rng)
            attendees.append(mm.gold)
            chair_clause = (f"โดยมี{lead_short}เป็นหัวหน้าคณะฝ่ายไทย และ{mm.text} "
                            f"เป็นหัวหน้าคณะผู้แทนฝ่าย{x_th}")
            cases.append("foreign_guest")
    if style == "none":
        cases.append("cochair_none")

    # ---- parent -----------------------------------------------------------
    parent_clause = ""
    parent_gold = None
    part_of = None
    if o.parent and rng.random() < 0.8:
        ps, pn = o.parent
        tail = ("และการประชุมระดับรัฐมนตรีที่เกี่ยวข้อง" if s.type == "fmm"
                else "และการประชุมสุดยอดที่เกี่ยวข้อง")
        parent_clause = rng.choice((f"ในช่วง{ps} ครั้งที่ {pn} {tail}",
                                    f"ซึ่งเป็นส่วนหนึ่งของ{ps} ครั้งที่ {pn} และการประชุมอื่น ๆ ที่เกี่ยวข้อง",
                                    f"ในช่วง{ps} ครั้งที่ {pn}"))
        part_of = f"{ps}#{pn}"
        parent_gold = _meeting_gold(ps, ps, None, pn, None, None, "unknown", None, [], status, None, [])
        cases.append("parent")

    # ---- main paragraph ---------------------------------------------------
    when = _when(o, scheduled, rng, cases)
    subject = lead_subject or lead.text
    pieces_after = " ".join(p for p in (mode_ph, parent_clause, chair_clause) if p)
    if rng.random() < 0.75:
        main = f"{when} {subject} {main_verb}{m_text} {pieces_after}".rstrip()
    else:
        main = f"{subject} {main_verb}{m_text} {when} {pieces_after}".rstrip()
        cases.append("date_after")
    paras = [main]

    # ---- absent official (sent someone) --------------------------------------
    if rng.random() < 0.04:
        absent = next(p for p in rng.sample(world.thai_by_rank["fm"], 2) if p is not o.lead)
        am = Mention(absent, rng)
        paras[0] += (f" ทั้งนี้ {am.text} ซึ่งติดภารกิจอื่น ได้มอบหมายให้{lead_short}"
                     f"เข้าร่วมการประชุมแทน")
        cases.append("absent_sent_someone")

    # ---- second Thai speaker ---------------------------------------------
    if rng.random() < 0.35:
        sp = rng.choice([p for p in world.thai_by_rank["dg"] if p is not o.lead])
        spm = Mention(sp, rng)
        attendees.append(spm.gold)
        verb = ("มีกำหนดกล่าวนำภายใต้วาระการประชุมเรื่อง" if scheduled
                else rng.choice(("ได้กล่าวนำภายใต้วาระการประชุมเรื่อง", "ได้ร่วมกล่าวถ้อยแถลงในหัวข้อ")))
        paras.append(f"{spm.text} {verb}{rng.choice(TOPICS)} "
                     + _filler(rng, s, 1))
        cases.append("second_thai_speaker")

    # ---- title-only referent -------------------------------------------------
    if rng.random() < 0.5:
        tail = rng.choice(REFERENT_TAILS).format(R=_rel(s), t=rng.choice(TOPICS))
        paras.append(f"{lead_short}{rng.choice(REFERENT_VERBS)}{tail} " + _filler(rng, s, 1))
        cases.append("title_referent")

    # ---- gold of the primary meeting ------------------------------------------
    meetings = [_meeting_gold(label, s.series_th, label_en, o.number, o.start.isoformat(),
                              o.end.isoformat() if o.end else None, o.mode, o.location, chairs,
                              status, part_of, attendees)]
    if parent_gold:
        meetings.append(parent_gold)

    # ---- background and next rounds --------------------------------------------
    tail_sentences = []
    if s.numbering == "annual":
        if k - 1 >= -1 and rng.random() < 0.3:
            b = world.occurrence(s, k - 1)
            tail_sentences.append(f"ทั้งนี้ {s.series_th} ครั้งที่ {b.number} จัดขึ้นเมื่อเดือน"
                                  f"{MONTHS_FULL[b.start.month - 1]} {b.start.year + 543} ณ {b.location}")
            meetings.append(_meeting_gold(s.series_th, s.series_th, None, b.number,
                                          f"{b.start.year:04d}-{b.start.month:02d}", None, "in_person",
                                          b.location, [], "held", None, []))
            cases.append("background_round")
        if not scheduled and rng.random() < 0.15:
            nx = world.occurrence(s, k + 1)
            tail_sentences.append(f"{'โดย' if tail_sentences else 'ทั้งนี้ '}{s.series_th} ครั้งที่ {nx.number} "
                                  f"มีกำหนดจัดขึ้นในเดือน{MONTHS_FULL[nx.start.month - 1]} "
                                  f"{nx.start.year + 543} ณ {nx.location}")
            meetings.append(_meeting_gold(s.series_th, s.series_th, None, nx.number,
                                          f"{nx.start.year:04d}-{nx.start.month:02d}", None, "in_person",
                                          nx.location, [], "scheduled", None, []))
            cases.append("next_round_scheduled")

    # ---- title, lead summary ------------------------------------------------------
    tpos = rng.choice((o.lead.position, "ไทย", o.lead.position))
    title_mode = (" " + mode_ph) if mode_ph and rng.random() < 0.5 else ""
    if scheduled:
        title = f"{tpos}มีกำหนดเข้าร่วม{label}{_number(o)}{title_mode}"
    else:
        title = rng.choice((f"{tpos}เข้าร่วม{label}{_number(o)}{title_mode}",
                            f"{tpos}ผลักดันความร่วมมือด้าน{rng.choice(TOPICS)} ใน{label}{_number(o)}",
                            f"{tpos} เข้าร่วม{label}{_number(o)}{title_mode}"))
    if rng.random() < 0.5:
        summ = (f"{o.lead.position}{'มีกำหนด' if scheduled else ''}เข้าร่วม{label} "
                + rng.choice(SUMMARY_VERBS).format(t=rng.choice(TOPICS)))
        paras.insert(0, summ)
        cases.append("lead_summary")

    # ---- filler to 3-10 KB, the length of real releases (the seeds are 6.5-9.5 KB:
    # a lead, then paragraphs of discussion that name no new meeting, person or date)
    target = rng.randint(3000, 10000)
    body_parts = paras[:]
    closing = " ".join(tail_sentences)
    size = sum(len(p.encode()) for p in body_parts) + 2 * len(title.encode()) + len(closing.encode()) + 150
    fill = []
    pool = rng.sample(FILLER, len(FILLER))
    x = COUNTRIES[s.x][0]
    r = _rel(s)
    cur: list[str] = []
    for f in pool:
        sent = (rng.choice(OPENERS) if cur else "") + f.format(X=x, R=r)
        b = len(sent.encode()) + 1
        if size + b > target:
            break
        size += b
        cur.append(sent)
        if len(cur) >= rng.randint(2, 4):
            fill.append(" ".join(cur))
            cur = []
    if cur:
        fill.append(" ".join(cur))
    main_at = 1 if "lead_summary" in cases else 0      # filler goes right after the main paragraph
    body_parts[main_at + 1:main_at + 1] = fill[:1]
    body_parts.extend(fill[1:])
    if closing:
        if rng.random() < 0.5 and len(body_parts) > 1:
            body_parts[-1] = body_parts[-1] + " " + closing
        else:
            body_parts.append(closing)

    # ---- assemble ------------------------------------------------------------------
    if thai_digits:
        title = title.translate(TO_THAI_DIGITS)
        body_parts = [p.translate(TO_THAI_DIGITS) for p in body_parts]
    if rng.random() < 0.15:
        indent = "      "
        body_parts = [indent + p for p in body_parts]
        cases.append("indented")
    sep = rng.choice(("\n\n", "\n\n", "\n \n"))
    body = sep.join(body_parts)

    ref = o.end or o.start
    if scheduled:
        pub = o.start - dt.timedelta(days=rng.randint(1, 7))
    else:
        pub = ref + dt.timedelta(days=rng.randint(0, 3))
    header = rng.choices(("meta", "bare", "none"), (55, 30, 15))[0]
    cases.append("header_" + header)
    views = rng.randint(80, 9000)
    vtxt = f"{views:,}"
    published = modified = None
    vgold = None
    if header == "meta":
        mod = pub if rng.random() < 0.3 else min(pub + dt.timedelta(days=rng.randint(1, 900)),
                                                  max(pub, LAST_MODIFIED))
        head = (f"{title}\n\n{title}\n\nวันที่นำเข้าข้อมูล {_day(pub, True, False)}\n\n"
                f"วันที่ปรับปรุงข้อมูล {_day(mod, True, False)}\n\n| {vtxt} view\n")
        head += "" if rng.random() < 0.4 else "\n"
        published, modified, vgold = pub.isoformat(), mod.isoformat(), views
    elif header == "bare":
        two = rng.random() < 0.3
        if two:
            cases.append("header_be_2digit")
        head = f"{title}\n\n{title}\n\n{_day(pub, True, two)}\n\n{vtxt} view\n\n"
        published, vgold = pub.isoformat(), views
    else:
        head = f"{title}\n\n{title}\n\n" if rng.random() < 0.5 else f"{title}\n\n"
    text = head + body + ("\n\nรูปภาพประกอบ\n\nรูปภาพประกอบ\n" if rng.random() < 0.7 else "\n")

    gold = {
        "id": rid,
        "release": {"title_th": title, "published": published, "modified": modified, "views": vgold},
        "meetings": meetings,
        "notes": "synthetic release (bench/synth.py); cases: " + ", ".join(cases),
    }
    return text, gold


# --------------------------------------------------------------------------- #
# Public API
# --------------------------------------------------------------------------- #

def generate(n: int, out: Path, *, seed: int = 7) -> dict:
    """Write n releases and their gold under ``out``; return counts and bytes."""
    out = Path(out)
    rel_dir, gold_dir = out / "releases", out / "gold"
    rel_dir.mkdir(parents=True, exist_ok=True)
    gold_dir.mkdir(parents=True, exist_ok=True)
    world = World(seed)
    rng = random.Random(f"thai-mfa-synth-releases|{seed}")
    t0 = time.perf_counter()
    text_bytes = gold_bytes = meetings = attendees = 0
    rel_path, gold_path = str(rel_dir), str(gold_dir)
    for i in range(1, n + 1):
        text, gold = render(world, i, rng)
        tb = text.encode("utf-8")
        gb = json.dumps(gold, ensure_ascii=False, indent=2).encode("utf-8")
        rid = gold["id"]
        with open(os.path.join(rel_path, rid + ".txt"), "wb") as f:
            f.write(tb)
        with open(os.path.join(gold_path, rid + ".gold.json"), "wb") as f:
            f.write(gb)
        text_bytes += len(tb)
        gold_bytes += len(gb)
        meetings += len(gold["meetings"])
        attendees += sum(len(m["attendees"]) for m in gold["meetings"])
    return {"releases": n, "seed": seed, "out": str(out), "text_bytes": text_bytes,
            "gold_bytes": gold_bytes, "bytes_per_release": text_bytes / n if n else 0.0,
            "gold_meetings": meetings, "gold_attendances": attendees,
            "distinct_meetings_possible": world.n_primary,
            "seconds": round(time.perf_counter() - t0, 3)}


def stats(out: Path) -> dict:
    """Distribution of the cases in a generated corpus, read back from its gold files."""
    out = Path(out)
    cases: Counter = Counter()
    modes: Counter = Counter()
    n = 0
    sizes = []
    meeting_keys: Counter = Counter()
    persons = set()
    for gf in sorted((out / "gold").glob("*.gold.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        n += 1
        sizes.append((out / "releases" / f"{g['id']}.txt").stat().st_size)
        tags = g["notes"].split("cases: ", 1)[1].split(", ")
        cases.update(set(tags))
        prim = g["meetings"][0]
        modes[prim["mode"]] += 1
        meeting_keys[(prim["series_th"], prim["number"], prim["start_date"])] += 1
        for m in g["meetings"]:
            for a in m["attendees"]:
                persons.add(a.get("person_key") or a["name_th"])
    sizes.sort()
    share = {k: round(v / n, 3) for k, v in sorted(cases.items())} if n else {}
    return {
        "releases": n,
        "case_share": share,
        "primary_mode_share": {k: round(v / n, 3) for k, v in modes.items()} if n else {},
        "bytes_per_release": {"mean": round(sum(sizes) / n) if n else 0,
                              "min": sizes[0] if sizes else 0, "max": sizes[-1] if sizes else 0,
                              "p10": sizes[n // 10] if n else 0, "p90": sizes[9 * n // 10] if n else 0},
        "distinct_primary_meetings": len(meeting_keys),
        "max_releases_per_meeting": max(meeting_keys.values()) if meeting_keys else 0,
        "distinct_persons": len(persons),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="number of releases")
    ap.add_argument("--out", type=Path, required=True, help="output folder")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--stats", action="store_true", help="print the distribution of cases afterwards")
    a = ap.parse_args(argv)
    res = generate(a.n, a.out, seed=a.seed)
    print(json.dumps(res, ensure_ascii=False))
    if a.stats:
        print(json.dumps(stats(a.out), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
