"""Across releases: one key per person, per meeting and per series.

Extraction sees one release at a time; resolution sees them all. It decides that
อิกอร์ มอร์กูลอฟ (one release) and Igor Morgulov (another) are one official, that two
releases reporting "the 18th ASEAN-Russia SOM" report one meeting, and which series
each meeting belongs to. Keys are derived from content only (never from input order),
so the IRIs minted from them are stable across runs.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from operator import itemgetter

from .model import Attendance, CoChair, Meeting, PartialDate, Person, Release, session_format
from .thai import is_latin, phonetic_skeleton, similarity
from .vocab import load_data, vocab


def short_hash(*parts: str, n: int = 12) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Spelling-insensitive key of one written name: no spaces, dots, hyphens; lower case."""
    return re.sub(r"[\s.\-'’]", "", name).lower()


#: tone marks, the shortening mark and the silencer, which transliterations of one foreign
#: name add or drop (ฮุน เซ็น / ฮุน เซน)
_MARKS = str.maketrans("", "", "\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c")


# ---------------------------------------------------------------------------- results
@dataclass
class Official:
    key: str
    names: Counter = field(default_factory=Counter)
    honorifics: Counter = field(default_factory=Counter)
    countries: Counter = field(default_factory=Counter)
    positions: Counter = field(default_factory=Counter)
    #: the name keys of every spelling seen: the atoms that keep its IRI (kg.ids)
    name_keys: set = field(default_factory=set)

    @property
    def thai_name(self) -> str | None:
        th = [n for n, _ in sorted(self.names.items(), key=lambda x: (-x[1], x[0])) if not is_latin(n)]
        return th[0] if th else None

    @property
    def latin_name(self) -> str | None:
        la = [n for n, _ in sorted(self.names.items(), key=lambda x: (-x[1], x[0])) if is_latin(n)]
        return la[0] if la else None

    @property
    def country(self) -> str | None:
        return sorted(self.countries.items(), key=lambda x: (-x[1], x[0]))[0][0] if self.countries else None


@dataclass
class ResolvedMeeting:
    key: str
    series: str
    number: int | None
    number_year: int | None
    labels: Counter = field(default_factory=Counter)
    labels_en: Counter = field(default_factory=Counter)
    starts: dict[str, PartialDate] = field(default_factory=dict)      # release → value
    ends: dict[str, PartialDate] = field(default_factory=dict)
    modes: dict[str, str] = field(default_factory=dict)
    venues: dict[str, str] = field(default_factory=dict)
    statuses: dict[str, str] = field(default_factory=dict)
    parent: str | None = None
    releases: set[str] = field(default_factory=set)
    primary_in: set[str] = field(default_factory=set)   # releases mainly about this meeting
    attendances: list[tuple[str, str, Attendance]] = field(default_factory=list)  # (release, official key, a)
    co_chairs: list[tuple[str, CoChair, str | None]] = field(default_factory=list)  # (release, c, official key)
    confidences: dict[tuple[str, str], float] = field(default_factory=dict)  # ("date"/"mode", release) → p
    #: release → its mention of this meeting (:func:`mention_atom`): the atoms that keep its IRI (kg.ids)
    mentions: dict[str, str] = field(default_factory=dict)

    def _pick(self, values: dict[str, object]):
        """The value of a release mainly about this meeting over one that mentions it in
        passing, then the value most releases give, then the earliest release id.

        ``start``, ``end``, ``mode`` and ``venue`` are cached on first use: read them only
        once :func:`resolve` has added every release (it returns the meetings complete)."""
        if not values:
            return None
        counts = Counter(values.values())
        if len(counts) == 1:            # every release gives the same value (the usual case)
            return next(iter(counts))
        primary = self.primary_in
        return min(values.items(), key=lambda kv: (kv[0] not in primary, -counts[kv[1]], kv[0]))[1]

    @cached_property
    def start(self):
        return self._pick(self.starts)

    @cached_property
    def end(self):
        return self._pick(self.ends)

    @cached_property
    def mode(self):
        return self._pick(self.modes)

    @cached_property
    def venue(self):
        return self._pick(self.venues)

    @property
    def status(self) -> str:
        return "held" if "held" in self.statuses.values() else "scheduled"

    @cached_property
    def _conflicts(self) -> dict[str, dict[str, str]]:
        out = {}
        for name, vals in (("startDate", self.starts), ("endDate", self.ends), ("attendanceMode", self.modes)):
            # the values themselves in the set (dates and modes are hashable): str() of a
            # PartialDate is its dataclass repr, 50k calls for a 10k-release corpus
            if len(set(vals.values())) > 1:
                out[name] = {r: (v.iso() if isinstance(v, PartialDate) else str(v)) for r, v in vals.items()}
        return out

    def claims(self) -> dict[str, dict[str, tuple[str, float | None]]]:
        """Every release's stated date and way of meeting, with the linker's confidence:
        property name → {release: (value, confidence)}."""
        out: dict[str, dict[str, tuple[str, float | None]]] = {}
        for name, vals, kind in (("startDate", self.starts, "date"), ("endDate", self.ends, "date"),
                                 ("attendanceMode", self.modes, "mode")):
            if vals:
                out[name] = {r: (v.iso() if isinstance(v, PartialDate) else str(v), self.confidences.get((kind, r)))
                             for r, v in vals.items()}
        return out

    def conflicts(self) -> dict[str, dict[str, str]]:
        """Properties on which releases disagree: name → {release: value}. Computed once
        (the dump and the report both ask), so read it, like ``start``, only once
        :func:`resolve` has returned."""
        return {k: dict(v) for k, v in self._conflicts.items()}

    @property
    def name(self) -> str:
        """Its own series name, the canonical label (``series`` is the series it is in: a
        courtesy call's is the country's bilateral talks): the series its key was made of."""
        return self.key.partition("\x1f")[0]


@dataclass
class Resolution:
    releases: dict[str, Release]
    officials: dict[str, Official]
    meetings: dict[str, ResolvedMeeting]
    series_labels: dict[str, Counter]
    person_iris: dict = field(default_factory=dict)   # filled by kg.rdf.person_iri (or kg.rdf.stabilise)
    meeting_iris: dict = field(default_factory=dict)  # key → IRI, filled by kg.rdf.stabilise
    series_iris: dict = field(default_factory=dict)   # series → IRI, filled by kg.rdf.stabilise
    ids: object = None                                # the kg.ids.IdMap the IRIs came from
    #: duplicate files' releases: id → (its Release, the id of the release kept for the
    #: same text); filled by the build (kg.report.account)
    copies: dict = field(default_factory=dict)


def mention_atom(m: Meeting) -> str:
    """One release's mention of a meeting, as its text gives it (release, label, number,
    date): unlike :func:`meeting_key` it does not change when series are unified anew."""
    return short_hash(m.release_id, m.label, str(m.number), str(m.number_year), m.start.iso() if m.start else "",
                      n=16)


@lru_cache(maxsize=1)
def _standalone_series() -> frozenset[str]:
    """Meals named by their head alone ("งานเลี้ยงอาหารกลางวัน"): two releases' lunches of one day are
    two lunches, not one meeting reported twice. From the vocabulary already loaded, not a second read."""
    return frozenset(vocab().meetings["standalone_heads"])


@lru_cache(maxsize=1)
def _session_formats() -> tuple[str, ...]:
    """The formats of a leaders' talk (``meetings.json`` talks.session_formats: กลุ่มเล็ก, เต็มคณะ)."""
    return tuple(vocab().meetings["talks"]["session_formats"])


def meeting_key(m: Meeting) -> str:
    """What makes two releases' mentions one meeting: its series and round, else its series
    and day, else its series within its release."""
    key = _series_key_of(m)
    if m.series.startswith(_encounter_heads()):
        # the small-group and the full-delegation talk of one day are two meetings of one series
        session = session_format((m.label, *m.alt_labels), _session_formats())
        if session is not None:
            key += f"~s{session}"
    return key


def _series_key_of(m: Meeting) -> str:
    if m.series in _standalone_series():
        return f"{m.series}\x1f!{m.release_id}" + (f"@{m.start.iso()}" if m.start else "")
    if m.number is not None:
        return f"{m.series}\x1f#{m.number}" + (f"/{m.number_year}" if m.number_year else "")
    if m.start is not None:
        return f"{m.series}\x1f@{m.start.iso()}"
    return f"{m.series}\x1f!{m.release_id}"


_PEOPLE: dict = load_data("people.json")


def _cluster_people(mentions: list[tuple[str, Person]], apart: set | None = None,
                    trace: dict | None = None) -> dict[str, str]:
    """name key → cluster key. Same written name (any spacing) is one person; a Latin
    and a Thai spelling are one person when they act for the same country and their
    consonant skeletons agree (or nearly agree and the posts are the same).

    ``trace``: receives what decides the clusters: each name key's first spelling, countries
    and posts (``by_key``, in the order first met; the first ``named`` of them by a mention's
    own name, the rest only by a spelling in brackets) and the pairs spelt together (``spelt``)."""
    by_key: dict[str, Official] = {}
    for _rid, p in mentions:
        k = name_key(p.name)
        o = by_key.get(k)
        if o is None:                   # not setdefault: that builds an Official (4 Counters) per mention
            o = by_key[k] = Official(k)
        o.names[p.name] += 1
        if p.country:
            o.countries[p.country] += 1
        if p.position:
            o.positions[p.position] += 1
    named = len(by_key)
    spelt = []          # "นายหวัง อี้ (Mr. Wang Yi)": one person under both names
    for _rid, p in mentions:
        for alt in p.spellings:
            k = name_key(alt)
            o = by_key.get(k)
            if o is None:
                o = by_key[k] = Official(k)
            o.names[alt] += 0
            if p.country:
                o.countries[p.country] += 0
            spelt.append((name_key(p.name), k))
    parent = {k: k for k in by_key}
    apart = apart or set()

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(x: str, y: str) -> None:
        a, b = find(x), find(y)
        if a != b:
            parent[max(a, b)] = min(a, b)

    for x, y in spelt:
        union(x, y)
    buckets: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for k, o in by_key.items():
        c = o.country or "?"
        buckets[c][0 if is_latin(next(iter(o.names))) else 1].append(k)
    for c, (latin, thai) in sorted(buckets.items()):
        if c == "?" or not latin or not thai:
            continue
        sk_th = {k: phonetic_skeleton(next(iter(by_key[k].names))) for k in thai}
        for lk in sorted(latin):
            sl = phonetic_skeleton(next(iter(by_key[lk].names)))
            best, score = None, 0.0
            for tk in sorted(thai):
                s = similarity(sl, sk_th[tk])
                if set(by_key[lk].positions) & set(by_key[tk].positions):
                    s += _PEOPLE["same_post_bonus"]
                if s > score:
                    best, score = tk, s
            if best is not None and score >= _PEOPLE["latin_thai_min_similarity"]:
                union(lk, best)
    # Two Thai spellings of one foreign name (ปรัก สุคน / ปรัก สุขน, กมมะสิด / ก้อมมะสิด)
    # share their consonant skeleton word for word. Thai officials are left alone: Thai
    # names are spelt one way, and distinct Thai names can share a skeleton.
    same_sound: dict[tuple, list[str]] = defaultdict(list)
    for c, (_latin, thai) in buckets.items():
        if c in ("?", "TH"):
            continue
        for k in thai:
            words = next(iter(by_key[k].names)).split()
            sk = tuple(phonetic_skeleton(w) for w in words)
            if len(words) >= 2 and all(len(x) >= 2 for x in sk):
                same_sound[(c, sk)].append(k)
            elif len(words) >= 2:
                # short words have too thin a skeleton (ฮุน): their letters, without the
                # tone and shortening marks a transliteration may add or drop (เซ็น / เซน)
                same_sound[(c, "marks", tuple(w.translate(_MARKS) for w in words))].append(k)
    for keys in same_sound.values():
        for k in keys[1:]:
            union(keys[0], k)
    # one person under two spellings: within a country, and a name whose country this
    # release did not say joins the one spelling it fits, if exactly one. Only names that
    # share a block (the same first Thai word and length, the same Latin surname) can
    # agree, so pairs are compared within blocks: linear in the names, not quadratic.
    names = {k: next(iter(o.names)) for k, o in by_key.items()}
    blocks: dict[tuple, list[tuple[str, str]]] = defaultdict(list)
    for c, (latin, thai) in sorted(buckets.items()):
        for k in sorted((*thai, *latin)):
            for b in (_spelling_block(names[k]), *((_family_block(names[k]), _ends_block(names[k])) if c != "TH" else ())):
                if b is not None:
                    blocks[b].append((c, k))

    for members in blocks.values():
        for i, (c, x) in enumerate(members):
            for c2, y in members[i + 1:]:
                if c == c2 != "?" and (min(x, y), max(x, y)) not in apart and _spellings_agree(c, names[x], names[y]):
                    union(x, y)
    for members in blocks.values():
        for c, x in members:
            if c != "?":
                continue
            fits = {find(y) for c2, y in members if c2 != "?" and (min(x, y), max(x, y)) not in apart
                    and _spellings_agree(c2, names[x], names[y])}
            if len(fits) == 1:
                union(x, fits.pop())
    _given_name_alone(names, buckets, apart, find, union)
    if trace is not None:
        trace.update(by_key=by_key, named=named, spelt=spelt)
    return {k: find(k) for k in by_key}


def _given_name_alone(names: dict[str, str], buckets, apart: set, find, union) -> None:
    """A Thai name of one word ("สมชาย", as news calls a leader) is the one official of its
    country whose full Thai name opens with that word, when there is exactly one; with two or
    more (สมชาย ใจดี, สมชาย รักไทย) it stays apart, for nothing tells which."""
    full: dict[tuple[str, str], set[str]] = defaultdict(set)
    alone: list[tuple[str, str]] = []
    for c, (_latin, thai) in sorted(buckets.items()):
        if c == "?":
            continue                # a name whose country no release said joins nothing by this rule
        for k in thai:
            words = names[k].split()
            if len(words) >= 2:
                full[(c, words[0])].add(k)
            elif len(words) == 1:
                alone.append((c, k))
    for c, k in alone:
        fits = {find(y) for y in full.get((c, names[k]), ()) if (min(k, y), max(k, y)) not in apart}
        if len(fits) == 1:
            union(k, fits.pop())


def may_be_apart(x: str, y: str) -> bool:
    """Whether :func:`_cluster_people` may ever ask if two names (first spellings of their name
    keys) were seen side by side: only names that share a block, or a Thai given name alone and
    a full name it opens, are compared. Two names it never compares can be set apart, or not,
    without changing any cluster."""
    def blocks(n: str) -> set:
        return {b for b in (_spelling_block(n), _family_block(n), _ends_block(n)) if b is not None}

    if blocks(x) & blocks(y):
        return True
    wx, wy = x.split(), y.split()
    return (len(wx) == 1 and len(wy) >= 2 and wy[0] == x) or (len(wy) == 1 and len(wx) >= 2 and wx[0] == y)


def _spelling_block(name: str) -> tuple | None:
    """What two spellings of one name must share for :func:`_spellings_agree` to hold."""
    if is_latin(name):
        words = name.replace(".", ". ").split()
        return ("latin", words[-1].lower()) if len(words) >= 2 else None
    words = name.split()
    return ("thai", words[0].translate(_MARKS), len(words)) if len(words) >= 2 else None


def _family_block(name: str) -> tuple | None:
    """A second block for a Thai-script name: its family name and length, so that two
    spellings of a foreign given name (วลาดิเมียร์ / วลาดิมีร์ โปปอฟ) meet."""
    words = name.split()
    return ("thai-family", words[-1], len(words)) if not is_latin(name) and len(words) >= 2 else None


def _ends_block(name: str) -> tuple | None:
    """A third block for a Thai-script foreign name: the sounds of its first and last words, so
    that a spelling with a middle name and one without, each transliterated its own way
    (จอห์นนี่ เฟรด สมิธ / จอห์นนี สมิท), meet."""
    words = name.split()
    if is_latin(name) or len(words) < 2:
        return None
    first, last = phonetic_skeleton(words[0]), phonetic_skeleton(words[-1])
    least = _PEOPLE["ends_min_sounds"]
    return ("thai-ends", first, last) if len(first) >= least and len(last) >= least else None


def _spellings_agree(country: str, x: str, y: str) -> bool:
    """Whether two written names of one country's official are one name: a foreign name
    transliterated twice into Thai (one word apart in sound: วินสตัน พีเตอส์ / วินสตัน
    ปีเตอร์ส), a Thai official's surname with a one-letter slip (จันทร์โอชา / จันทร์โอขา),
    a Latin given name cut to its initial (S. Jaishankar / Subrahmanyam Jaishankar), a
    given name with a tone mark or silencer dropped and the rest alike (สมศักดิ / สมศักดิ์)."""
    if is_latin(x) != is_latin(y) or x == y:
        return False
    if is_latin(x):
        wx, wy = x.replace(".", ". ").split(), y.replace(".", ". ").split()
        return len(wx) >= 2 and len(wy) >= 2 and wx[-1].lower() == wy[-1].lower() and (
            _initials_fit(wx[:-1], wy[:-1]) or _initials_fit(wy[:-1], wx[:-1]))
    wx, wy = x.split(), y.split()
    if country != "TH" and abs(len(wx) - len(wy)) == 1 and min(len(wx), len(wy)) >= 2:
        # one spelling with a middle name the other leaves out, first and last names alike in sound
        ends = _ends_block(x)
        return ends is not None and ends == _ends_block(y)
    if len(wx) != len(wy) or len(wx) < 2:
        return False
    if wx[0].translate(_MARKS) != wy[0].translate(_MARKS):
        # a foreign given name transliterated twice, the family name alike (วลาดิเมียร์ โปปอฟ / วลาดิมีร์ โปปอฟ)
        return country != "TH" and wx[1:] == wy[1:] and similarity(
            phonetic_skeleton(wx[0]), phonetic_skeleton(wy[0])) >= _PEOPLE["variant_word_min_similarity"]
    if wx[0] != wy[0]:
        return wx[1:] == wy[1:]         # a given name with a mark dropped (สมศักดิ / สมศักดิ์), the rest alike
    if country == "TH":
        return len(wx[-1]) >= _PEOPLE["thai_typo_min_surname"] and wx[1:-1] == wy[1:-1] \
            and _one_letter_apart(wx[-1], wy[-1])
    differ = [(a, b) for a, b in zip(wx, wy) if phonetic_skeleton(a) != phonetic_skeleton(b)]
    return len(differ) == 1 and similarity(phonetic_skeleton(differ[0][0]), phonetic_skeleton(differ[0][1])) \
        >= _PEOPLE["variant_word_min_similarity"]


def _one_letter_apart(a: str, b: str) -> bool:
    """Same length, one letter replaced (ศรีจันทร์ทอง / ศรีจันทร์ทอน) or two neighbours swapped
    (ศรีสุวรรณ / ศรีสุรวรณ); or one tone mark or silencer dropped (ศรีจันทร์ทอง / ศรีจันทรทอง)."""
    if abs(len(a) - len(b)) == 1:
        longer, shorter = (a, b) if len(a) > len(b) else (b, a)
        i = next((i for i, (p, q) in enumerate(zip(longer, shorter)) if p != q), len(shorter))
        return longer[i].translate(_MARKS) == "" and longer[:i] + longer[i + 1:] == shorter
    if len(a) != len(b):
        return False
    differ = [i for i, (p, q) in enumerate(zip(a, b)) if p != q]
    return len(differ) == 1 or (len(differ) == 2 and differ[1] == differ[0] + 1
                                and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]])


def _initials_fit(short: list[str], full: list[str]) -> bool:
    """Whether ``short`` (S. / S. K.) gives the initials of ``full``'s given names."""
    if not short or not all(w.endswith(".") and len(w) <= 3 for w in short) or len(short) > len(full):
        return False
    return all(w[0].lower() == f[0].lower() for w, f in zip(short, full))


def _english_key(label_en: str) -> str:
    """"Annual Consultation", "(Thailand-Malaysia Annual Consultation: AC)" → "annual consultation"."""
    s = label_en.rsplit(":", 1)[0] if ":" in label_en else label_en
    return re.sub(r"[^a-z ]+", " ", s.lower()).strip()


def unified(meetings: list[Meeting]) -> tuple[list[Meeting], dict[str, str]]:
    """The meetings with their series unified (:func:`series_canon`), and the renaming."""
    canon = series_canon(meetings)
    return with_canon(meetings, canon), canon


def series_canon(meetings: list[Meeting]) -> dict[str, str]:
    """One series for names releases spell differently but gloss alike.

    "การหารือประจำปีระหว่างนายกรัฐมนตรีไทยและมาเลเซีย (Annual Consultation)" and
    "การหารือประจำปีไทย - มาเลเซีย (Annual Consultation)" name the same parties and
    the same English name: one series (the one more releases use; ties: the shorter):
    name → the series it becomes, for each name that changes.
    """
    from .vocab import vocab

    v = vocab()
    groups: dict[tuple, set[str]] = defaultdict(set)
    uses: Counter = Counter(m.series for m in meetings)
    english: dict[str, str] = {}            # each English name's key, and each series' parties, read once
    parties_of: dict[str, frozenset] = {}
    for m in meetings:
        if not m.label_en:
            continue
        key = english.get(m.label_en)
        if key is None:
            key = english[m.label_en] = _english_key(m.label_en)
        if key:
            parties = parties_of.get(m.series)
            if parties is None:
                parties = parties_of[m.series] = frozenset(
                    filter(None, (v.party_code(x.group(0)) for x in v.party_re.finditer(m.series))))
            if parties:
                groups[(key, parties)].add(m.series)
    canon: dict[str, str] = {}
    for names in groups.values():
        if len(names) > 1:
            best = sorted(names, key=lambda n: (-uses[n], len(n), n))[0]
            for n in names:
                canon.setdefault(n, best)
    return canon


def with_canon(meetings: list[Meeting], canon: dict[str, str]) -> list[Meeting]:
    """The meetings, each in the series ``canon`` renames its own to (and its parent's)."""
    from dataclasses import replace

    if not canon:
        return meetings
    out = []
    for m in meetings:
        part_of = m.part_of
        if part_of and part_of[0] in canon:
            part_of = (canon[part_of[0]], part_of[1])
        out.append(replace(m, series=canon.get(m.series, m.series), part_of=part_of))
    return out


@lru_cache(maxsize=1)
def _encounter_heads() -> tuple[str, ...]:
    """How the series of talks, calls and courtesy calls begin (``meetings.json`` talks.series)."""
    talks = vocab().meetings["talks"]
    return tuple(sorted({*talks["series"].values(), talks["joint_series"]}))


def told_apart_by_people(m: Meeting) -> bool:
    """Whether :func:`_encounters_apart` may keep this meeting apart from others of its key."""
    return m.number is None and len(m.attendances) >= 2 and m.series.startswith(_encounter_heads())


def _encounters_apart(keyed: list[tuple[str, Meeting]], cluster: dict[str, str]) -> dict[int, str]:
    """Encounters of one series on one day, or undated in one release (a visitor's calls on the prime minister
    and on the foreign minister, two calls on two Cambodian leaders) share :func:`meeting_key`;
    they are one meeting only when the people at one (as resolved: ``cluster``, name key → official)
    are all at the other (the headline's welcome and the body's, which names one more). By ``id``:
    the key each of them takes when they are not all one. ``keyed``: each meeting with its
    :func:`meeting_key`, as :func:`resolve` made them."""
    groups: dict[str, list[tuple[Meeting, dict[str, str]]]] = {}
    for key, m in keyed:
        if told_apart_by_people(m):
            people = {cluster[name_key(a.person.name)]: phonetic_skeleton(a.person.name) for a in m.attendances}
            groups.setdefault(key, []).append((m, people))
    out: dict[int, str] = {}
    for key, group in groups.items():
        parts: list[tuple[dict[str, str], set[str], list[Meeting]]] = []
        for m, people in sorted(group, key=lambda x: (sorted(x[1]), x[0].mode or "")):
            part = next((x for x in parts if _same_people(people, x[0]) and _modes_agree(m.mode, x[1])), None)
            if part is None:
                parts.append((dict(people), {m.mode} - {None}, [m]))
            else:
                part[0].update(people)
                part[1].update({m.mode} - {None})
                part[2].append(m)
        if len(parts) > 1:
            keys = ["\x1e".join(sorted(people)) for people, _, _ in parts]
            for pkey, (_, modes, ms) in zip(keys, parts):
                if keys.count(pkey) > 1:        # the same people, met twice: told apart by mode
                    pkey += "\x1f" + "".join(sorted(modes))
                for m in ms:
                    out[id(m)] = key + "\x1f" + pkey
    return out


def _modes_agree(mode: str | None, modes: set[str]) -> bool:
    """A phone call and a talk face to face between the same two people are two encounters
    (the call of last week told as the background of today's visit); an encounter whose
    mode the text left open may be either."""
    return mode is None or not modes or mode in modes


def _same_people(a: dict[str, str], b: dict[str, str]) -> bool:
    """Whether two encounters' people (official → consonant skeleton) may be the same: those of
    one are all at the other, or each one left over on one side may be one left over on the other
    under a shorter name ("ทรัมป์" and "โดนัลด์ ทรั้มป์", which resolution did not join). A name of
    fewer sounds than people.json's ``ends_min_sounds`` tells too little to be another's end (a name
    such as อ๋อง อี้ sounds N, the end of many a name)."""
    least = _PEOPLE["ends_min_sounds"]
    only_a = [sk for k, sk in a.items() if k not in b]
    only_b = [sk for k, sk in b.items() if k not in a]
    fewer, more = sorted((only_a, only_b), key=len)
    return all(any(x.endswith(y) or y.endswith(x) for y in more if min(len(x), len(y)) >= least) for x in fewer)


def resolve(extractions, trace: dict | None = None) -> Resolution:
    """Merge every release's meetings into one set of officials, meetings and series.

    ``trace`` (a dict, filled when given) receives the decisions :mod:`kg.resolve_state`
    keeps, so that the next build can add releases without resolving every one again."""
    releases, meetings_in = gathered(extractions)
    meetings_in, canon = unified(meetings_in)
    # each meeting with its key, computed once, in (release, key) order
    ranked = sorted(((m.release_id, meeting_key(m), i) for i, m in enumerate(meetings_in)), key=itemgetter(0, 1))
    keyed = [(k, meetings_in[i]) for _, k, i in ranked]
    mentions, attended = people_mentioned([m for _, m in keyed])
    apart = apart_pairs([m for _, m in keyed])
    cluster = _cluster_people(mentions, apart, trace)
    if trace is None:
        officials = officials_of(mentions, cluster)
    else:                                   # the attendees' and the co-chairs' counts kept apart
        attending, chairing = officials_of(mentions[:attended], cluster), officials_of(mentions[attended:], cluster)
        officials = merged(attending, chairing)
        trace.update(attending=attending, chairing=chairing)
    finals = final_keys(keyed, cluster, trace)
    atoms: list | None = [None] * len(keyed) if trace is not None else None
    res = assembled(releases, keyed, finals, cluster, officials, atoms)
    if trace is not None:
        trace.update(canon=canon, order=[i for _, _, i in ranked], keyed=keyed, finals=finals, atoms=atoms,
                     apart=apart, cluster=cluster, mentions=mentions, attended=attended)
    return res


def gathered(extractions) -> tuple[dict[str, Release], list[Meeting]]:
    """Every release by id (in input order) and every meeting, in that order."""
    releases: dict[str, Release] = {}
    meetings_in: list[Meeting] = []
    for ex in extractions:
        if ex.release is None:
            continue
        releases[ex.release.id] = ex.release
        meetings_in.extend(ex.meetings)
    return releases, meetings_in


def people_mentioned(meetings: list[Meeting]) -> tuple[list[tuple[str, Person]], int]:
    """Every person the meetings name: those attending, then the co-chairs; and how many attend.
    The order is what the officials' counters and the clusters' first names follow."""
    mentions = [(m.release_id, a.person) for m in meetings for a in m.attendances]
    attended = len(mentions)
    mentions += [(m.release_id, c.person) for m in meetings for c in m.co_chairs if c.person]
    return mentions, attended


def apart_pairs(meetings: list[Meeting]) -> set[tuple[str, str]]:
    """Two names side by side in one meeting of one release are two people, however alike:
    each such pair of name keys, the smaller first."""
    apart: set[tuple[str, str]] = set()
    apart_max = _PEOPLE["apart_max_attendees"]
    sides: set[frozenset] = set()           # each set of names side by side, paired once
    for m in meetings:
        if len(m.attendances) > 1:
            names = frozenset([a.person.name for a in m.attendances])
            if names in sides:
                continue
            sides.add(names)
            keys = sorted({name_key(n) for n in names})
            if 1 < len(keys) <= apart_max:
                apart.update((x, y) for i, x in enumerate(keys) for y in keys[i + 1:])
    return apart


def dated_round_of(m: Meeting) -> tuple[str, str] | None:
    """The (series, day) by which an unnumbered meeting joins the numbered round of that day."""
    return (m.series, m.start.iso()) if m.number is None and m.start is not None else None


def final_keys(keyed: list[tuple[str, Meeting]], cluster: dict[str, str], trace: dict | None = None,
               dated_rounds: dict | None = None) -> list[str]:
    """Each meeting's resolved key, in ``keyed``'s order: an unnumbered meeting with a date
    joins the numbered round of its series on that date; encounters of one key are kept
    apart by their people (:func:`_encounters_apart`). ``dated_rounds``: the rounds of
    meetings resolved before these (filled with these meetings' own)."""
    dated_rounds = {} if dated_rounds is None else dated_rounds
    for mkey, m in keyed:
        if m.number is not None and m.start is not None:
            dated_rounds.setdefault((m.series, m.start.iso()), mkey)
    apart_keys = _encounters_apart(keyed, cluster)
    finals = []
    for key, m in keyed:
        start = m.start
        if m.number is None and start is not None:
            key = dated_rounds.get((m.series, start.iso()), key)
        finals.append(apart_keys.get(id(m), key))
    if trace is not None:
        trace["dated_rounds"] = dated_rounds
    return finals


def assembled(releases: dict[str, Release], keyed: list[tuple[str, Meeting]], finals: list[str],
              cluster: dict[str, str], officials: dict[str, Official], atoms: list | None = None) -> Resolution:
    """The resolution: each meeting added, in ``keyed``'s order, to the resolved meeting of its
    key in ``finals``. ``atoms``: each meeting's :func:`mention_atom` where already known (else
    None), and filled with those made here."""
    out: dict[str, ResolvedMeeting] = {}
    # each resolved meeting's names in the order they were met (a label counts one, another name
    # none), and each series' labels: counted at the end, in C, into Counters whose keys keep the
    # order the one-at-a-time counting gave them
    named: dict[str, tuple[list[str], list[str]]] = {}
    series_named: dict[str, list[str]] = {}
    english: dict[str, list[str]] = {}
    for j, ((_, m), key) in enumerate(zip(keyed, finals)):
        start = m.start
        rm = out.get(key)
        if rm is None:
            rm = out[key] = ResolvedMeeting(key, m.in_series or m.series, m.number, m.number_year)
            named[key] = ([], [])
            english[key] = []
        rid = m.release_id
        rm.releases.add(rid)
        if rid not in rm.mentions:
            if atoms is None:
                rm.mentions[rid] = mention_atom(m)
            else:
                atom = atoms[j]
                if atom is None:
                    atom = atoms[j] = mention_atom(m)
                rm.mentions[rid] = atom
        if m.primary:
            rm.primary_in.add(rid)
        seen, counted = named[key]
        seen.append(m.label)
        seen.extend(m.alt_labels)           # a spelling kept (altLabel), never the one shown
        counted.append(m.label)
        labels = series_named.get(rm.series)
        if labels is None:
            labels = series_named[rm.series] = []
        labels.append(m.label)
        if m.label_en:
            english[key].append(m.label_en)
        if start:
            rm.starts[rid] = start
            if m.date_confidence is not None:
                rm.confidences[("date", rid)] = m.date_confidence
        if m.end:
            rm.ends[rid] = m.end
        if m.mode:
            rm.modes[rid] = m.mode
            if m.mode_confidence is not None:
                rm.confidences[("mode", rid)] = m.mode_confidence
        if m.venue:
            rm.venues[rid] = m.venue
        rm.statuses[rid] = m.status
        if m.part_of:
            s, n = m.part_of
            rm.parent = f"{s}\x1f#{n}" if n is not None else f"{s}\x1f!{rid}"
        for a in m.attendances:
            rm.attendances.append((rid, cluster[name_key(a.person.name)], a))
        for c in m.co_chairs:
            okey = cluster[name_key(c.person.name)] if c.person else None
            if not c.party and okey is not None:
                # the release named the chair but not the country: take the official's
                country = officials[okey].country
                if country is None:
                    continue
                c = CoChair(country, c.person, c.evidence, c.confidence)
            rm.co_chairs.append((rid, c, okey))
    for key, rm in out.items():
        seen, counted = named[key]
        rm.labels = _counted(seen, counted)
        rm.labels_en = Counter(english[key])
    series_labels = {series: Counter(labels) for series, labels in series_named.items()}
    # a parent named only as a parent still exists as a meeting
    for rm in list(out.values()):
        if rm.parent and rm.parent not in out:
            rm.parent = None
    return Resolution(releases, officials, out, series_labels)


def _counted(seen: list[str], counted: list[str]) -> Counter:
    """The Counter that adding one for each of ``counted`` and none for the rest of ``seen``, one
    at a time in the order of ``seen``, makes: its keys in the order first seen."""
    out = Counter(dict.fromkeys(seen, 0))
    out.update(counted)
    return out


def officials_of(mentions: list[tuple[str, Person]], cluster: dict[str, str]) -> dict[str, Official]:
    """Each cluster's official: the names, honorifics, countries and posts its mentions give,
    counted (a spelling in brackets kept with none), keys in the order first met."""
    seen: dict[str, tuple[list, list, list, list, list, set]] = {}
    for _rid, p in mentions:
        ck = cluster[name_key(p.name)]
        acc = seen.get(ck)
        if acc is None:
            acc = seen[ck] = ([], [], [], [], [], set())
        names, counted, honorifics, countries, positions, keys = acc
        names.append(p.name)
        counted.append(p.name)
        keys.add(name_key(p.name))
        for alt in p.spellings:
            names.append(alt)               # a spelling kept (altLabel)
            keys.add(name_key(alt))
        if p.honorific:
            honorifics.append(p.honorific)
        if p.country:
            countries.append(p.country)
        if p.position:
            positions.append(p.position)
    out: dict[str, Official] = {}
    for ck, (names, counted, honorifics, countries, positions, keys) in seen.items():
        o = out[ck] = Official(ck)
        o.names = _counted(names, counted)
        o.name_keys = keys
        o.honorifics = Counter(honorifics)
        o.countries = Counter(countries)
        o.positions = Counter(positions)
    return out


def merged(first: dict[str, Official], then: dict[str, Official]) -> dict[str, Official]:
    """The officials of the mentions of ``first`` followed by those of ``then`` (each as
    :func:`officials_of` counts them): each counter's keys in the order first met, those counted
    none kept (a spelling in brackets). Neither is changed."""
    out: dict[str, Official] = {}
    for ck in (*first, *(k for k in then if k not in first)):
        a, b = first.get(ck), then.get(ck)
        o = out[ck] = Official(ck)
        if a is None or b is None:
            c = a or b
            o.names, o.honorifics, o.countries, o.positions = (
                Counter(c.names), Counter(c.honorifics), Counter(c.countries), Counter(c.positions))
            o.name_keys = set(c.name_keys)
            continue
        for name in ("names", "honorifics", "countries", "positions"):
            counts = Counter(getattr(a, name))
            for k, n in getattr(b, name).items():
                counts[k] += n              # not Counter's +: that drops the keys counted none
            setattr(o, name, counts)
        o.name_keys = a.name_keys | b.name_keys
    return out
