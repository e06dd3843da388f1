"""The open vocabularies: parties, honorifics, positions, meeting and mode wording.

They live as versioned JSON files in ``kg/data`` (reusable knowledge, never release
text) and are loaded once per process into :class:`Vocab`, which also compiles the
alternation regexes the extractor scans with. Alternations are sorted longest first
so the regex engine takes the longest name at each position without backtracking.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any


def load_data(name: str) -> dict[str, Any]:
    """One of the package's versioned data files (``kg/data/NAME``), parsed."""
    return json.loads(resources.files("kg.data").joinpath(name).read_text(encoding="utf-8"))


def alternation(words) -> str:
    """A regex matching any of ``words``, the longest where several match.

    Built as a character trie (``นา(?:ย|ง(?:สาว)?)``) rather than a flat list: the
    regex engine then tests one character per position instead of every word, which
    makes gazetteer scans of hundreds of names run at regex speed, not list speed.
    """
    trie: dict = {}
    for w in {w for w in words if w}:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie) or "(?!)"


def _trie_regex(node: dict) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return ("(?:" + body + ")?") if len(branches) == 1 else body + "?"
    return body


@dataclass(frozen=True)
class Party:
    code: str
    kind: str              # "country" | "organization"
    wikidata: str | None
    name_th: str
    name_en: str
    names_th: tuple[str, ...]
    names_en: tuple[str, ...]


@dataclass(frozen=True)
class Vocab:
    countries: dict[str, Any]
    honorifics: dict[str, Any]
    positions: dict[str, Any]
    meetings: dict[str, Any]
    modes: dict[str, Any]
    leaders: dict[str, Any]

    # -- parties ---------------------------------------------------------
    @cached_property
    def parties(self) -> dict[str, Party]:
        out = {}
        for p in self.countries["parties"]:
            out[p["code"]] = Party(p["code"], p["kind"], p.get("wikidata"), p["names_th"][0],
                                   p.get("name_en") or p["code"], tuple(p["names_th"]),
                                   tuple(p.get("names_en") or ()))
        return out

    @cached_property
    def party_by_name(self) -> dict[str, str]:
        """Every Thai and English name (English lower-cased) → party code."""
        out: dict[str, str] = {}
        for code, p in sorted(self.parties.items()):
            for n in p.names_th:
                out.setdefault(n, code)
            for n in p.names_en:
                out.setdefault(n.lower(), code)
        return out

    @cached_property
    def party_re(self) -> re.Pattern:
        """Thai names anywhere (Thai has no spaces); English names on word boundaries."""
        th = alternation(n for p in self.parties.values() for n in p.names_th)
        names_en = [n for p in self.parties.values() for n in p.names_en if len(n) > 2]
        # the English names' first letters, looked at first: \b holds between every Thai letter and
        # the vowel or tone mark after it, so without them the English names were tried at most
        # positions of a Thai text (the same matches; a whole-text scan 2.4 times faster)
        first = "".join(sorted({re.escape(n[0]) for n in names_en}))
        en = alternation(names_en)
        return re.compile(rf"(?P<th>{th})|(?=[{first}])\b(?P<en>{en})\b" if names_en else f"(?P<th>{th})",
                          re.IGNORECASE)

    @cached_property
    def places(self) -> dict[str, tuple[str, str]]:
        """Every Thai name of a place abroad (``countries.json`` places) → (its country's code, the
        place's first Thai name: ฮกเกี้ยน → ("CN", ฝูเจี้ยน))."""
        return {n: (pl["country"], pl["names_th"][0]) for pl in self.countries.get("places", ()) for n in pl["names_th"]}

    @cached_property
    def place_re(self) -> re.Pattern:
        """Those names anywhere, the longest at each position."""
        return re.compile(alternation(self.places))

    def party_code(self, name: str) -> str | None:
        return self.party_by_name.get(name) or self.party_by_name.get(name.lower())

    @cached_property
    def organisation_thai_names(self) -> dict[str, str]:
        """An organisation's Latin acronym or name → its canonical Thai name (ACMECS → แอคเมคส์):
        "การประชุมเจ้าหน้าที่อาวุโส ACMECS" and "…อาวุโสแอคเมคส์" are one series."""
        return {n.lower(): p.name_th for p in self.parties.values() if p.kind == "organization"
                for n in p.names_en if p.name_th}

    @cached_property
    def canonical_names(self) -> dict[str, str]:
        """Thai alias → canonical Thai name (สหพันธรัฐรัสเซีย → รัสเซีย)."""
        return {n: p.name_th for p in self.parties.values() for n in p.names_th}

    # -- honorifics and positions -----------------------------------------
    @cached_property
    def honorific_forms(self) -> list[str]:
        """Titles that can open a person mention (not the ``stack_only`` ones)."""
        return sorted({f for h in self.honorifics["honorifics"] if not h.get("stack_only") for f in h["forms"]},
                      key=len, reverse=True)

    @cached_property
    def stacked_honorific_forms(self) -> list[str]:
        """Every title, including those that only follow another (Dato' Seri …)."""
        return sorted({f for h in self.honorifics["honorifics"] for f in h["forms"]}, key=len, reverse=True)

    @cached_property
    def honorific_countries(self) -> dict[str, str]:
        """Title form → the one country that gives it (อู → MM)."""
        return {f: h["country"] for h in self.honorifics["honorifics"] if h.get("country") for f in h["forms"]}

    @cached_property
    def words_ending_in_a_title(self) -> tuple[str, ...]:
        """Words that end with a title's letters and are no title (เจ้านาย: royalty, one's superior)."""
        return tuple(self.honorifics["words_ending_in_a_title"])

    @cached_property
    def never_thai_titles(self) -> frozenset[str]:
        """Titles no Thai official bears (Dato', Tan Sri, Sheikh …): under one, a post that names
        no country is not Thailand's."""
        return frozenset(self.honorifics["never_thai"])

    @cached_property
    def fusing_honorifics(self) -> frozenset[str]:
        """Long titles that may be written fused to the name (สมเด็จอัครมหาเสนาบดีเดโชฮุน เซน)."""
        return frozenset(f for h in self.honorifics["honorifics"] if h.get("fuses") for f in h["forms"])

    @cached_property
    def honorific_kinds(self) -> dict[str, str]:
        """Each title's form → its kind (civil: นาย; courtesy: ฯพณฯ, H.E.; military …)."""
        return {f: h["kind"] for h in self.honorifics["honorifics"] for f in h["forms"]}

    @cached_property
    def boundary_honorifics(self) -> frozenset[str]:
        """Short titles (อู, ดอ) that count only at a word start."""
        return frozenset(f for h in self.honorifics["honorifics"] if h.get("needs_boundary") for f in h["forms"])

    @cached_property
    def lineage_surnames(self) -> tuple[str, ...]:
        """Surnames of ณ and a place (ณ อยุธยา, ณ ระนอง), longest first: in a name, ณ is no venue."""
        return tuple(sorted(self.honorifics.get("lineage_surnames", ()), key=len, reverse=True))

    @cached_property
    def name_particles(self) -> frozenset[str]:
        """Particles of long Arabic names (บิน, อัล) that keep a Thai-script name whole."""
        return frozenset(self.honorifics.get("name_particles", ()))

    @cached_property
    def position_heads(self) -> list[str]:
        return sorted({f for p in self.positions["positions"] for f in p["th"]}, key=len, reverse=True)

    # -- leaders named with no title -----------------------------------------
    @cached_property
    def leader_by_form(self) -> dict[str, dict[str, Any]]:
        """Every Thai spelling of a well-known office-holder (``leaders.json``) → their entry; a
        spelling of several words also run together, as news writes a name it quotes (“จอห์นสมิธ”)."""
        out: dict[str, dict[str, Any]] = {}
        for person in self.leaders["people"]:
            for form in (*person["th"], *person["alone"]):
                out.setdefault(form, person)
        for form, person in list(out.items()):
            out.setdefault(form.replace(" ", ""), person)
        return out

    @cached_property
    def leader_re(self) -> re.Pattern:
        """Those spellings anywhere (Thai has no spaces), the longest at each position; a match
        that stops before a vowel or tone mark stops inside a word, and does not count."""
        return re.compile(rf"(?:{alternation(self.leader_by_form)})(?![\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])")

    @cached_property
    def leader_by_quoted(self) -> dict[str, dict[str, Any]]:
        """Each nickname or given name that names a well-known office-holder inside quotes
        (``leaders.json`` quoted: a nickname in “…”, a given name in '…') → their entry."""
        return {form: person for person in self.leaders["people"] for form in person["quoted"]}

    @cached_property
    def leader_quoted_re(self) -> re.Pattern:
        """Those forms between quote marks (“…”, ‘…’, "…", '…'), the form in group ``form``."""
        return re.compile(rf"[“‘\"'](?P<form>{alternation(self.leader_by_quoted)})[”’\"']")

    def words(self, table: str, key: str) -> list[str]:
        return list(getattr(self, table)[key])


def with_call_forms(meetings: dict[str, Any]) -> dict[str, Any]:
    """meetings.json with every phone or video call wording its ``talks.call_forms`` spell out
    (a verb, what may stand after it, a way, a system, a medium: หารือ+กัน+ทาง+โทรศัพท์, "the two
    talked with each other by phone") among the talk verbs, as calls; a form the verbs already
    list keeps its kind."""
    forms = meetings.get("talks", {}).get("call_forms")
    if not forms:
        return meetings
    # each also after การ, as the noun a release writes it ("การหารือทวิภาคีทางโทรศัพท์ระหว่าง…"): else
    # the talk verb "การหารือทวิภาคี", which starts earlier, would be read first
    calls = {n + v + a + w + s + m: "call" for n in ("", "การ") for v in forms["verbs"] for a in forms["after_verb"]
             for w in forms["ways"] for s in forms["systems"] for m in forms["media"]}
    talks = dict(meetings["talks"], verbs={**calls, **meetings["talks"]["verbs"]})
    return dict(meetings, talks=talks)


@cache
def vocab() -> Vocab:
    """The package's vocabularies, loaded once per process."""
    return Vocab(load_data("countries.json"), load_data("honorifics.json"), load_data("positions.json"),
                 with_call_forms(load_data("meetings.json")), load_data("modes.json"), load_data("leaders.json"))


def versions() -> dict[str, str]:
    """Each data file's version, for the cache key and the dump's provenance."""
    v = vocab()
    return {name: getattr(v, name).get("version", "0")
            for name in ("countries", "honorifics", "positions", "meetings", "modes", "leaders")}
