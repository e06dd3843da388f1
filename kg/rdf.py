"""Resolution → RDF triples → a deterministic Turtle dump.

This is the only stage that mints triples. Ontology terms come from :class:`MFA`, a
closed namespace: ``MFA.attended`` is an IRI, ``MFA.atended`` raises AttributeError.
IRIs are minted only from safe keys (ISO codes, hashes, ASCII slugs); every
release-derived string enters the dump as a literal, escaped by Oxigraph's
N-Triples serialiser (quotes, backslashes, newlines, control characters), so the
dump re-parses strictly. Output is sorted by subject, predicate and object, so the
same input gives a byte-identical file.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from urllib.parse import quote

import pyoxigraph as ox

from .model import PartialDate
from .resolve import Resolution, is_latin, name_key, short_hash
from .vocab import vocab

ONTOLOGY = "https://w3id.org/thai-mfa-kg/ontology#"
DATA = "https://w3id.org/thai-mfa-kg/id/"
XSD = "http://www.w3.org/2001/XMLSchema#"
PREFIXES = {
    "mfa": ONTOLOGY,
    "id": DATA,
    "dcterms": "http://purl.org/dc/terms/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": XSD,
    "wd": "http://www.wikidata.org/entity/",
}


class _Closed(type):
    def __getattr__(cls, name: str) -> ox.NamedNode:
        raise AttributeError(f"{name!r} is not a term of the thai-mfa-kg ontology")


class MFA(metaclass=_Closed):
    """The ontology's terms, and nothing else (see ``ontology/thai-mfa-kg.ttl``)."""

    TERMS = (
        # classes
        "PressRelease", "Meeting", "MeetingSeries", "Official", "Party", "Country",
        "InternationalOrganization", "AttendanceMode", "MeetingStatus", "Position",
        "Participation", "CoChairing", "Claim", "Role",
        # individuals
        "Virtual", "InPerson", "Hybrid", "Held", "Scheduled", "Attendee", "Chair",
        # object properties
        "reportedIn", "attended", "hasAttendee", "coChairedBy", "inSeries", "attendanceMode",
        "partOf", "represents", "status", "holdsPosition", "qualifiedParticipation",
        "participant", "meeting", "role", "inCapacity", "qualifiedCoChairing", "party",
        "viaOfficial", "claimProperty", "positionOf", "sameTextAs",
        # datatype properties
        "numberInSeries", "numberYear", "startDate", "endDate", "code", "honorific", "venue",
        "evidence", "claimValue", "views", "sourceFile", "sha256", "confidence",
    )


for _t in MFA.TERMS:
    setattr(MFA, _t, ox.NamedNode(ONTOLOGY + _t))


def _ns(base: str, *names: str) -> dict[str, ox.NamedNode]:
    return {n: ox.NamedNode(base + n) for n in names}


RDF = _ns(PREFIXES["rdf"], "type")
RDFS = _ns(PREFIXES["rdfs"], "label")
SKOS = _ns(PREFIXES["skos"], "altLabel")
OWL = _ns(PREFIXES["owl"], "sameAs")
DCT = _ns(PREFIXES["dcterms"], "identifier", "title", "issued", "modified")
PROV = _ns(PREFIXES["prov"], "wasDerivedFrom")
A = RDF["type"]

_SAFE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_\-]{0,120}")


def safe_key(raw: str) -> str:
    """A key fit for an IRI path segment: ASCII-safe strings as they are, anything else
    (Thai, spaces, ``#``, ``%``) as an ASCII slug plus a hash of the exact string."""
    if _SAFE.fullmatch(raw):  # fullmatch: "$" would let a trailing newline through
        return raw
    slug = re.sub(r"[^A-Za-z0-9]+", "-", raw).strip("-")[:40]
    return f"{slug + '-' if slug else ''}{short_hash(raw, n=10)}"


# The dump is built from N-Triples term strings (``<iri>``, ``"text"@th``), written
# exactly as Oxigraph writes them (a property test parses the dump back with Oxigraph
# and compares): a string per term is ~5× cheaper than a pyoxigraph object per term.
# (Oxigraph writes the two noncharacters U+FFFE and U+FFFF as escapes too: found by the property test)
_ESCAPES = {i: f"\\u{i:04X}" for i in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)}
_ESCAPES.update({ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r",
                 ord("\t"): "\\t", ord("\b"): "\\b", ord("\f"): "\\f"})


_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\\ufffe\uffff]')


def _esc(value: str) -> str:
    # str.translate walks the text in Python for non-ASCII strings: search first (C)
    return value.translate(_ESCAPES) if _NEEDS_ESCAPE.search(value) else value


def _lit(value: str, suffix: str = "") -> str:
    """``"value"`` + ``suffix`` (``@th``, ``^^<…>``), escaped as N-Triples."""
    return '"' + _esc(value) + '"' + suffix


def _th(value: str) -> str:
    return _lit(value, "@th")


def _en(value: str) -> str:
    return _lit(value, "@en")


_INTEGER = f"^^<{XSD}integer>"
_DATE_TYPE = {"day": f"^^<{XSD}date>", "month": f"^^<{XSD}gYearMonth>", "year": f"^^<{XSD}gYear>"}


def _int(n: int) -> str:
    return f'"{int(n)}"{_INTEGER}'


def _decimal(x: float) -> str:
    """A probability as an xsd:decimal with two places ("0.83")."""
    return f'"{float(x):.2f}"^^<{XSD}decimal>'


def _date(d: PartialDate) -> str:
    return f'"{d.iso()}"{_DATE_TYPE[d.precision]}'


def _node(ref: str) -> ox.NamedNode:
    return ox.NamedNode(ref[1:-1])


# Each kind of node has two minting functions: ``*_ref`` gives its N-Triples form
# (``<https://…>``, what the dump is built from and what :func:`value` strips for the
# graph's node ids) and ``*_iri`` a pyoxigraph NamedNode, for queries and notebooks.


def value(ref: str) -> str:
    """The IRI of a ``*_ref`` (``<https://…>`` → ``https://…``)."""
    return ref[1:-1]


def _mint(kind: str, key: str) -> str:
    return "<" + DATA + kind + "/" + quote(key, safe="-_") + ">"


def _mint_hashed(kind: str, h: str) -> str:
    """:func:`_mint` for a key that is a letter and a hex digest (``q3f…``): nothing to
    quote, so ``quote`` is not called (once per participation: 346k times at 100k releases)."""
    return "<" + DATA + kind + "/" + h + ">"


#: entity IRIs recur (a release, a meeting, a person in many triples): cached. The IRIs of
#: participations, co-chairings and claims occur once each and are minted with
#: :func:`_mint_hashed`, uncached: in the cache they would only evict the recurring ones
#: (at 100k releases that made minting 18× slower than at 10k, not 10×).
_iri = lru_cache(maxsize=1 << 18)(_mint)


def iri(kind: str, key: str) -> ox.NamedNode:
    return _node(_iri(kind, key))


@lru_cache(maxsize=1 << 18)
def release_ref(release_id: str) -> str:
    return _iri("release", safe_key(release_id))


def release_iri(release_id: str) -> ox.NamedNode:
    return _node(release_ref(release_id))


@lru_cache(maxsize=4096)
def party_ref(code: str) -> str:
    kind = "country" if vocab().parties[code].kind == "country" else "org"
    return _iri(kind, safe_key(code))


def party_iri(code: str) -> ox.NamedNode:
    return _node(party_ref(code))


@lru_cache(maxsize=1 << 16)
def _series_fresh(series: str) -> str:
    return _iri("series", "s" + short_hash(series))


def _kept(res: Resolution | None, table: str, key: str, fresh) -> str:
    """The IRI kept for ``key`` in the stable map's ``table`` (:func:`stabilise`) when
    ``res`` is given, else (or when none is kept) the one ``fresh`` mints from the key."""
    kept = getattr(_stable(res), table).get(key) if res is not None else None
    return kept or fresh(key)


def series_ref(series: str, res: Resolution | None = None) -> str:
    """The series' IRI: the one kept for it when ``res`` is given, else the one its label gives."""
    return _kept(res, "series_iris", series, _series_fresh)


def series_iri(series: str, res: Resolution | None = None) -> ox.NamedNode:
    return _node(series_ref(series, res))


@lru_cache(maxsize=1 << 18)
def _meeting_fresh(key: str) -> str:
    series, _, rest = key.partition("\x1f")
    tail = {"#": "", "@": "d", "!": "r"}[rest[0]] + (rest[1:] if rest[0] != "!" else short_hash(rest[1:], n=8))
    return _iri("meeting", "s" + short_hash(series) + "-" + safe_key(tail.replace("/", "-")))


def meeting_ref(key: str, res: Resolution | None = None) -> str:
    """The meeting's IRI: the one kept for it when ``res`` is given, else the one its key gives."""
    return _kept(res, "meeting_iris", key, _meeting_fresh)


def meeting_iri(key: str, res: Resolution | None = None) -> ox.NamedNode:
    return _node(meeting_ref(key, res))


def person_ref(res: Resolution, key: str) -> str:
    cached = _stable(res).person_iris.get(key)
    if cached is None:
        o = res.officials[key]
        cached = res.person_iris[key] = _person_iri(key, o.latin_name or "", o.thai_name or "")
    return cached


def stabilise(res: Resolution, ids=None) -> Resolution:
    """Give ``res``'s people, meetings and series the IRIs ``ids`` (a :class:`kg.ids.IdMap`,
    the build's persisted state; a fresh one by default) kept for them, and record in
    ``ids`` the IRIs minted now. Called once per resolution, before any IRI is minted."""
    from .ids import IdMap

    ids = IdMap() if ids is None else ids
    res.ids = ids
    res.person_iris.clear()
    res.person_iris.update(ids.assign("person", (
        (key, _person_iri(key, o.latin_name or "", o.thai_name or ""), o.name_keys or {key})
        for key, o in res.officials.items())))
    res.series_iris = ids.assign("series", ((series, _series_fresh(series), labels or {series})
                                            for series, labels in res.series_labels.items()))
    res.meeting_iris = ids.assign("meeting", ((key, _meeting_fresh(key), m.mentions.values() or {key})
                                              for key, m in res.meetings.items()))
    return res


def _stable(res: Resolution) -> Resolution:
    return res if res.ids is not None else stabilise(res)


def _origin(res: Resolution, kind: str, atom: str, default: str) -> str:
    """The IRI ``atom`` was first published under: what a qualified node's IRI is made of,
    so that a participation keeps its IRI when its official or meeting merges with another."""
    return res.ids.origin(kind, atom) or default


def person_iri(res: Resolution, key: str) -> ox.NamedNode:
    return _node(person_ref(res, key))


@lru_cache(maxsize=1 << 16)
def _person_iri(key: str, latin: str, thai: str) -> str:
    """``id:person/igor-morgulov-d878cd42``: the Latin spelling as a readable slug where
    one is known, and a hash of the identity key, so two people with one spelling never
    share an IRI; a Thai-only name gets the hash alone (``p…``). (pythainlp's RTGS
    romanisation would read better but costs ~0.8 s of dictionary loading per build.)"""
    slug = re.sub(r"[^a-z0-9]+", "-", latin.lower()).strip("-")[:40]
    return _iri("person", f"{slug}-{short_hash(key, n=8)}" if slug else "p" + short_hash(key))


@lru_cache(maxsize=1 << 16)
def _position(position: str, country: str) -> str:
    return _iri("position", "p" + short_hash(position, country))


class _NT:
    """:class:`MFA` and the other vocabularies' terms as N-Triples strings; closed like MFA."""

    def __init__(self, terms: dict[str, ox.NamedNode]):
        self.__dict__.update({k: str(t) for k, t in terms.items()})

    def __getattr__(self, name: str) -> str:
        raise AttributeError(f"{name!r} is not a term of the thai-mfa-kg ontology")


M = _NT({t: getattr(MFA, t) for t in MFA.TERMS})
_A, _LABEL, _ALT = str(A), str(RDFS["label"]), str(SKOS["altLabel"])
_ID, _TITLE, _ISSUED, _MODIFIED = (str(DCT[k]) for k in ("identifier", "title", "issued", "modified"))
_DERIVED, _SAME = str(PROV["wasDerivedFrom"]), str(OWL["sameAs"])
_SOURCE = "<" + PREFIXES["dcterms"] + "source>"
#: what may stand between ``<`` and ``>`` in N-Triples (kg.read checks page addresses the same way)
_IRI_SAFE = re.compile(r"https?://[^\s<>\"{}|\\^`\x00-\x1f\x7f]{1,2000}")
_MODE = {"virtual": M.Virtual, "in_person": M.InPerson, "hybrid": M.Hybrid}


def _release_triples(rid: str, r) -> Iterator[tuple[str, str, str]]:
    s = release_ref(rid)
    yield s, _A, M.PressRelease
    yield s, _ID, _lit(rid)
    yield s, _TITLE, _th(r.title)
    if r.published:
        yield s, _ISSUED, _date(r.published)
    if r.modified:
        yield s, _MODIFIED, _date(r.modified)
    if r.views is not None:
        yield s, M.views, _int(r.views)
    if r.sha256:
        yield s, M.sha256, _lit(r.sha256)
    yield s, M.sourceFile, _lit(r.path.replace("\\", "/").rsplit("/", 1)[-1])
    url = getattr(r, "url", None)     # None in extractions cached before releases had one
    if url and _IRI_SAFE.fullmatch(url):
        yield s, _SOURCE, "<" + url + ">"


#: the kinds of subject in the dump (the path segment after ``id:``), in the dump's order
KINDS = ("claim", "cochairing", "country", "meeting", "org", "participation", "person", "position", "release",
         "series")


def triples(res: Resolution, *, kinds: Iterable[str] = KINDS) -> Iterator[tuple[str, str, str]]:
    """Every triple of the dump (unsorted) whose subject is of one of ``kinds`` (all by
    default), each term as its N-Triples string (``ox.parse`` of ``"<s> <p> <o> ."``
    gives the pyoxigraph terms, if wanted). Each subject's IRI is ``id:{kind}/…``, so
    the sorted dump is the kinds' parts one after the other: two processes can write
    two parts (see :data:`KINDS`). The triples come in units (:func:`units`): the same
    set, unit by unit."""
    want = _kinds(kinds)
    for unit in units(res):
        yield from unit_triples(res, unit, want)


def _kinds(kinds: Iterable[str]) -> frozenset[str]:
    want = frozenset(kinds)
    unknown = want - set(KINDS)
    if unknown:
        raise ValueError(f"unknown kinds of subject: {sorted(unknown)}")
    return want


#: the unit of the dump's triples that every build makes again (:func:`units`)
GLOBAL_UNIT = "global"


def units(res: Resolution) -> list[str]:
    """The dump's triples in units, each a set of whole subjects that :func:`unit_triples`
    makes from a part of the resolution, so that a rebuild can make again only the units
    whose inputs changed (:mod:`kg.dump`): ``release/ID`` (a release's own statements),
    ``meeting/KEY`` (a meeting with its claims, participations and co-chairings) and
    :data:`GLOBAL_UNIT` (officials, positions, series, parties, the releases of
    duplicate files, and the ``owl:sameAs`` of merged IRIs: few subjects that many
    releases feed, made again by every build)."""
    _stable(res)
    copied = {rid for rid, (_r, kept) in res.copies.items()} | {kept for _r, kept in res.copies.values()}
    return [GLOBAL_UNIT, *("release/" + rid for rid in res.releases if rid not in copied),
            *("meeting/" + key for key in res.meetings)]


def unit_triples(res: Resolution, unit: str, want: frozenset[str] = frozenset(KINDS)) -> Iterator[tuple[str, str, str]]:
    """The triples of one of :func:`units` (those whose subject is of a kind in ``want``)."""
    _stable(res)
    kind, _, key = unit.partition("/")
    if kind == "release":
        if "release" in want:
            yield from _release_triples(key, res.releases[key])
    elif kind == "meeting":
        yield from _meeting_triples(res, key, res.meetings[key], want)
    elif unit == GLOBAL_UNIT:
        yield from _global_triples(res, want)
    else:
        raise ValueError(f"unknown unit of the dump: {unit!r}")


def _global_triples(res: Resolution, want: frozenset[str]) -> Iterator[tuple[str, str, str]]:
    """:data:`GLOBAL_UNIT`'s triples: merged IRIs, duplicate files' releases, officials
    (with the meetings each attended), positions, series and the parties referred to."""
    v = vocab()
    ids = res.ids
    parties: set[str] = set()
    # IRIs kept from earlier builds, merged into another since: owl:sameAs the survivor
    present = {*res.person_iris.values(), *res.meeting_iris.values(), *res.series_iris.values()}
    for alias, survivor in ids.same_as(present):
        if alias[1 + len(DATA):].split("/", 1)[0] in want:
            yield alias, _SAME, survivor
    if "release" in want and res.copies:
        # a file with the same text as a release kept: its own release, linked both ways
        done = set()
        for rid, (r, kept) in res.copies.items():
            for one, rel in ((rid, r), (kept, res.releases.get(kept))):
                if one not in done and rel is not None:
                    done.add(one)
                    yield from _release_triples(one, rel)
            yield release_ref(rid), M.sameTextAs, release_ref(kept)
            yield release_ref(kept), M.sameTextAs, release_ref(rid)
    # officials
    person, position = "person" in want, "position" in want
    for key, o in res.officials.items():
        if o.country:
            parties.add(o.country)
        if not (person or position):
            continue
        s = person_ref(res, key)
        if person:
            yield s, _A, M.Official
            thai, latin = o.thai_name, o.latin_name
            if thai:
                yield s, _LABEL, _th(thai)
            if latin:
                yield s, (_LABEL if not thai else _ALT), _en(latin)
            for n in o.names:
                if n not in (thai, latin):
                    yield s, _ALT, _en(n) if is_latin(n) else _th(n)
            for h in o.honorifics:
                yield s, M.honorific, _th(h)
            if o.country:
                yield s, M.represents, party_ref(o.country)
        for pos in o.positions:
            ps = _position(pos, o.country or "")
            if person:
                yield s, M.holdsPosition, ps
            if position:
                yield ps, _A, M.Position
                yield ps, _LABEL, _th(pos)
                if o.country:
                    yield ps, M.positionOf, party_ref(o.country)
    # series
    if "series" in want:
        for series, labels in res.series_labels.items():
            s = series_ref(series, res)
            yield s, _A, M.MeetingSeries
            yield s, _LABEL, _th(series)
            for lab in labels:
                if lab != series:
                    yield s, _ALT, _th(lab)
    for key, m in res.meetings.items():
        for _rid, c, _okey in m.co_chairs:
            if c.party in v.parties:
                parties.add(c.party)
        if person:
            s = meeting_ref(key, res)
            for _rid, okey, _a in m.attendances:
                yield person_ref(res, okey), M.attended, s
    # the parties referred to
    for code in parties:
        pt = v.parties[code]
        if pt.kind == "country" and "country" not in want or pt.kind != "country" and "org" not in want:
            continue
        s = party_ref(code)
        yield s, _A, M.Country if pt.kind == "country" else M.InternationalOrganization
        yield s, M.code, _lit(code)
        yield s, _LABEL, _th(pt.name_th)
        yield s, _LABEL, _en(pt.name_en)
        for alias in pt.names_th[1:]:
            yield s, _ALT, _th(alias)
        if pt.wikidata:
            yield s, _SAME, "<" + PREFIXES["wd"] + pt.wikidata + ">"


def _meeting_triples(res: Resolution, key: str, m, want: frozenset[str]) -> Iterator[tuple[str, str, str]]:
    """A meeting's unit: the meeting, and the claims, participations and co-chairings
    made of its releases' reports (the officials' ``mfa:attended`` are in :data:`GLOBAL_UNIT`)."""
    v = vocab()
    meeting, claim = "meeting" in want, "claim" in want
    participation, cochairing = "participation" in want, "cochairing" in want
    if not (meeting or claim or participation or cochairing):
        return
    s = meeting_ref(key, res)
    if meeting:
        yield s, _A, M.Meeting
        label = m.name                # the canonical spelling; the spellings seen are altLabels
        full = f"{label} ครั้งที่ {m.number}" + (f"/{m.number_year}" if m.number_year else "") if m.number else label
        yield s, _LABEL, _th(full)
        for lab in m.labels:
            yield s, _ALT, _th(lab)
        first_en = min(m.labels_en) if m.labels_en else None
        for en in m.labels_en:
            yield s, _LABEL if en == first_en else _ALT, _en(en)
        yield s, M.inSeries, series_ref(m.series, res)
        if m.number is not None:
            yield s, M.numberInSeries, _int(m.number)
        if m.number_year:
            yield s, M.numberYear, _int(m.number_year)
        if m.start:
            yield s, M.startDate, _date(m.start)
        if m.end and m.start and m.end > m.start:
            yield s, M.endDate, _date(m.end)
        if m.mode:
            yield s, M.attendanceMode, _MODE[m.mode]
        if m.venue:
            yield s, M.venue, _th(m.venue)
        yield s, M.status, M.Held if m.status == "held" else M.Scheduled
        if m.parent:
            yield s, M.partOf, meeting_ref(m.parent, res)
        for rid in m.releases:
            yield s, M.reportedIn, release_ref(rid)
    if claim:
        # every release's date and way of meeting, with how sure the linker is of it;
        # where releases disagree, each value stays here (the meeting carries one)
        for prop, values in m.claims().items():
            typed = {"startDate": m.starts, "endDate": m.ends}.get(prop)
            for rid, (value, conf) in values.items():
                c = _mint_hashed("claim", "c" + short_hash(_origin(res, "meeting", m.mentions[rid], s), prop, rid))
                yield c, _A, M.Claim
                yield c, M.meeting, s
                yield c, M.claimProperty, getattr(M, prop)
                # typed as the property's own values: a date claim keeps its precision
                yield c, M.claimValue, _date(typed[rid]) if typed is not None else _lit(value)
                yield c, _DERIVED, release_ref(rid)
                if conf is not None:
                    yield c, M.confidence, _decimal(conf)
    if meeting or participation:
        for rid, okey, a in m.attendances:
            who = person_ref(res, okey)
            q = _mint_hashed("participation", "q" + short_hash(
                _origin(res, "meeting", m.mentions[rid], s),
                _origin(res, "person", name_key(a.person.name), who), rid))
            if meeting:
                yield s, M.qualifiedParticipation, q
            if participation:
                yield q, _A, M.Participation
                yield q, M.participant, who
                yield q, M.meeting, s
                yield q, M.role, M.Chair if a.role == "chair" else M.Attendee
                if a.person.position:
                    yield q, M.inCapacity, _position(a.person.position, res.officials[okey].country or "")
                yield q, _DERIVED, release_ref(rid)
                if a.evidence:
                    yield q, M.evidence, _th(a.evidence)
                if a.confidence is not None:
                    yield q, M.confidence, _decimal(a.confidence)
    if meeting or cochairing:
        for rid, c, okey in m.co_chairs:
            if c.party not in v.parties:
                continue
            p = party_ref(c.party)
            q = _mint_hashed("cochairing", "c" + short_hash(_origin(res, "meeting", m.mentions[rid], s), c.party,
                                                            rid))
            if meeting:
                yield s, M.coChairedBy, p
                yield s, M.qualifiedCoChairing, q
            if cochairing:
                yield q, _A, M.CoChairing
                yield q, M.party, p
                yield q, M.meeting, s
                if okey is not None:
                    yield q, M.viaOfficial, person_ref(res, okey)
                yield q, _DERIVED, release_ref(rid)
                if c.evidence:
                    yield q, M.evidence, _th(c.evidence)
                if c.confidence is not None:
                    yield q, M.confidence, _decimal(c.confidence)


# ------------------------------------------------------------------------ serialisation
_PN_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*\Z")
_ABBREV = sorted(((v, k) for k, v in PREFIXES.items() if k not in ("id",)), key=lambda x: -len(x[0]))
def _term_of_key(k: str) -> str:
    """The Turtle form of a term given as its N-Triples string: ``mfa:``, ``rdfs:``… prefixed
    names where the local part allows, ``^^xsd:`` datatypes; anything else as it is."""
    if k[0] == "<":
        v = k[1:-1]
        for base, prefix in _ABBREV:
            if v.startswith(base) and _PN_LOCAL.match(v[len(base):]):
                return f"{prefix}:{v[len(base):]}"
        return k
    if k[0] == '"' and k[-1] == ">":
        i = k.rfind('"^^<')
        dt = k[i + 4:-1]
        if dt.startswith(XSD) and dt != XSD + "string":
            return f"{k[:i + 1]}^^xsd:{dt[len(XSD):]}"
    return k


def group(ts: Iterable[tuple], by_subject: dict[str, list] | None = None, preds: dict | None = None) -> dict[str, list]:
    """Triples grouped by subject: subject → its pairs held flat (``[p, o, p, o, …]``, a
    set of 2-tuples per subject costs ~3× the memory, 1 GB more at 100k releases), the
    subjects and predicates interned so that one repeated a million times is held once."""
    from sys import intern

    by_subject = {} if by_subject is None else by_subject
    preds = {} if preds is None else preds
    for s, p, o in ts:
        if s.__class__ is not str:               # pyoxigraph terms: their N-Triples strings
            s, o = intern(str(s)), str(o)
        kp = preds.get(p)
        if kp is None:
            kp = preds[p] = intern(str(p))
        flat = by_subject.get(s)
        if flat is None:
            by_subject[s] = [kp, o]
        else:
            flat += (kp, o)
    return by_subject


def prefix_lines() -> str:
    """The ``@prefix`` lines the dump starts with."""
    return "".join(f"@prefix {prefix}: <{base}> .\n" for prefix, base in sorted(PREFIXES.items()))


class BlockWriter:
    """One subject's block of the dump: ``\n<subject>\n    p o ;\n    p o .\n``, its pairs
    sorted by their N-Triples strings and de-duplicated. The Turtle form of each
    distinct IRI and predicate is computed once per writer."""

    def __init__(self):
        self.iris: dict[str, str] = {}                   # IRI → its Turtle form (a prefixed name where one fits)
        self.preds: dict[str, str] = {str(A): "a"}       # predicate → its Turtle form
        self.data_iri = "<" + DATA

    def block(self, ks: str, flat: list, buf: list[str]) -> int:
        """Append ``ks``'s block to ``buf``; return its number of triples."""
        iris, pred_forms = self.iris, self.preds
        # the pairs sorted by their N-Triples strings, duplicates dropped (as a set)
        pairs = [(flat[0], flat[1])] if len(flat) == 2 else sorted(set(zip(it := iter(flat), it)))
        subject = ks if ks.startswith(self.data_iri) else _term_of_key(ks)      # id: IRIs stay <…>
        last_p = None
        for kp, ko in pairs:
            # the object: a plain or language-tagged literal as it is (it does not end with
            # ">"), an IRI through the cache, a typed literal with its datatype shortened
            if ko[-1] != ">":
                obj = ko
            elif ko[0] == "<":
                obj = iris.get(ko)
                if obj is None:
                    obj = iris[ko] = _term_of_key(ko)
            else:
                obj = _term_of_key(ko)
            if kp == last_p:
                buf.append(f" ,\n        {obj}")
                continue
            pt = pred_forms.get(kp)
            if pt is None:
                pt = pred_forms[kp] = _term_of_key(kp)
            buf.append(f"\n{subject}\n    {pt} {obj}" if last_p is None else f" ;\n    {pt} {obj}")
            last_p = kp
        buf.append(" .\n")
        return len(pairs)


def to_turtle(ts: Iterable[tuple], out, *, prefixes: bool = True) -> int:
    """Write sorted, de-duplicated Turtle to the text stream ``out``; return the count.
    ``prefixes=False`` leaves out the ``@prefix`` lines: for a part of the dump written
    by another process, to follow the first part (:func:`triples` with ``kinds``).

    Works on the terms' N-Triples strings only (sorted, de-duplicated, interned so a
    subject or predicate repeated a million times is held once); the Turtle form of
    each distinct IRI is computed once.
    """
    # group by subject first: sorting the subjects and each one's few pairs is much
    # cheaper than sorting every triple as a 3-tuple (same order, same bytes), and each
    # subject's pairs are freed as soon as they are written
    by_subject = group(ts)
    if prefixes:
        out.write(prefix_lines())
    writer = BlockWriter()
    buf: list[str] = []
    count = 0
    for ks in sorted(by_subject):
        count += writer.block(ks, by_subject.pop(ks), buf)
        if len(buf) > 4096:
            out.write("".join(buf))
            buf.clear()
    out.write("".join(buf))
    return count
