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
from .resolve import Resolution, is_latin, short_hash
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
        "viaOfficial", "claimProperty", "positionOf",
        # datatype properties
        "numberInSeries", "numberYear", "startDate", "endDate", "code", "honorific", "venue",
        "evidence", "claimValue", "views", "sourceFile", "sha256",
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


@lru_cache(maxsize=1 << 18)
def iri(kind: str, key: str) -> ox.NamedNode:
    return ox.NamedNode(DATA + kind + "/" + quote(key, safe="-_"))


@lru_cache(maxsize=1 << 18)
def release_iri(release_id: str) -> ox.NamedNode:
    return iri("release", safe_key(release_id))


@lru_cache(maxsize=4096)
def party_iri(code: str) -> ox.NamedNode:
    kind = "country" if vocab().parties[code].kind == "country" else "org"
    return iri(kind, safe_key(code))


@lru_cache(maxsize=1 << 16)
def series_iri(series: str) -> ox.NamedNode:
    return iri("series", "s" + short_hash(series))


@lru_cache(maxsize=1 << 18)
def meeting_iri(key: str) -> ox.NamedNode:
    series, _, rest = key.partition("\x1f")
    tail = {"#": "", "@": "d", "!": "r"}[rest[0]] + (rest[1:] if rest[0] != "!" else short_hash(rest[1:], n=8))
    return iri("meeting", "s" + short_hash(series) + "-" + safe_key(tail.replace("/", "-")))


def person_iri(res: Resolution, key: str) -> ox.NamedNode:
    cached = res.person_iris.get(key)
    if cached is None:
        o = res.officials[key]
        cached = res.person_iris[key] = _person_iri(key, o.latin_name or "", o.thai_name or "")
    return cached


@lru_cache(maxsize=1 << 16)
def _person_iri(key: str, latin: str, thai: str) -> ox.NamedNode:
    """``id:person/igor-morgulov-d878cd42``: the Latin spelling as a readable slug where
    one is known, and a hash of the identity key, so two people with one spelling never
    share an IRI; a Thai-only name gets the hash alone (``p…``). (pythainlp's RTGS
    romanisation would read better but costs ~0.8 s of dictionary loading per build.)"""
    slug = re.sub(r"[^a-z0-9]+", "-", latin.lower()).strip("-")[:40]
    return iri("person", f"{slug}-{short_hash(key, n=8)}" if slug else "p" + short_hash(key))


def date_literal(d: PartialDate) -> ox.Literal:
    dt = {"day": "date", "month": "gYearMonth", "year": "gYear"}[d.precision]
    return ox.Literal(d.iso(), datatype=ox.NamedNode(XSD + dt))


def th(s: str) -> ox.Literal:
    return ox.Literal(s, language="th")


def integer(n: int) -> ox.Literal:
    return ox.Literal(str(int(n)), datatype=ox.NamedNode(XSD + "integer"))


_MODE = {"virtual": MFA.Virtual, "in_person": MFA.InPerson, "hybrid": MFA.Hybrid}


def triples(res: Resolution) -> Iterator[tuple]:
    """Every triple of the dump (unsorted)."""
    v = vocab()
    parties: set[str] = set()
    # releases
    for rid, r in res.releases.items():
        s = release_iri(rid)
        yield s, A, MFA.PressRelease
        yield s, DCT["identifier"], ox.Literal(rid)
        yield s, DCT["title"], th(r.title)
        if r.published:
            yield s, DCT["issued"], date_literal(r.published)
        if r.modified:
            yield s, DCT["modified"], date_literal(r.modified)
        if r.views is not None:
            yield s, MFA.views, integer(r.views)
        if r.sha256:
            yield s, MFA.sha256, ox.Literal(r.sha256)
        yield s, MFA.sourceFile, ox.Literal(r.path.replace("\\", "/").rsplit("/", 1)[-1])
    # officials
    for key, o in res.officials.items():
        s = person_iri(res, key)
        yield s, A, MFA.Official
        thai, latin = o.thai_name, o.latin_name
        if thai:
            yield s, RDFS["label"], th(thai)
        if latin:
            yield s, (RDFS["label"] if not thai else SKOS["altLabel"]), ox.Literal(latin, language="en")
        for n in o.names:
            if n not in (thai, latin):
                yield s, SKOS["altLabel"], ox.Literal(n, language="en" if is_latin(n) else "th")
        for h in o.honorifics:
            yield s, MFA.honorific, th(h)
        if o.country:
            parties.add(o.country)
            yield s, MFA.represents, party_iri(o.country)
        for pos in o.positions:
            ps = iri("position", "p" + short_hash(pos, o.country or ""))
            yield s, MFA.holdsPosition, ps
            yield ps, A, MFA.Position
            yield ps, RDFS["label"], th(pos)
            if o.country:
                yield ps, MFA.positionOf, party_iri(o.country)
    # series and meetings
    for series, labels in res.series_labels.items():
        s = series_iri(series)
        yield s, A, MFA.MeetingSeries
        yield s, RDFS["label"], th(series)
        for lab in labels:
            if lab != series:
                yield s, SKOS["altLabel"], th(lab)
    for key, m in res.meetings.items():
        s = meeting_iri(key)
        yield s, A, MFA.Meeting
        label = m.series          # the canonical spelling; the spellings seen are altLabels
        full = f"{label} ครั้งที่ {m.number}" + (f"/{m.number_year}" if m.number_year else "") if m.number else label
        yield s, RDFS["label"], th(full)
        for lab in m.labels:
            yield s, SKOS["altLabel"], th(lab)
        for en in m.labels_en:
            yield s, RDFS["label"] if en == sorted(m.labels_en)[0] else SKOS["altLabel"], ox.Literal(en, language="en")
        yield s, MFA.inSeries, series_iri(m.series)
        if m.number is not None:
            yield s, MFA.numberInSeries, integer(m.number)
        if m.number_year:
            yield s, MFA.numberYear, integer(m.number_year)
        if m.start:
            yield s, MFA.startDate, date_literal(m.start)
        if m.end and m.start and m.end > m.start:
            yield s, MFA.endDate, date_literal(m.end)
        if m.mode:
            yield s, MFA.attendanceMode, _MODE[m.mode]
        if m.venue:
            yield s, MFA.venue, th(m.venue)
        yield s, MFA.status, MFA.Held if m.status == "held" else MFA.Scheduled
        if m.parent:
            yield s, MFA.partOf, meeting_iri(m.parent)
        for rid in m.releases:
            yield s, MFA.reportedIn, release_iri(rid)
        for prop, values in m.conflicts().items():
            for rid, value in values.items():
                c = iri("claim", "c" + short_hash(key, prop, rid))
                yield c, A, MFA.Claim
                yield c, MFA.meeting, s
                yield c, MFA.claimProperty, getattr(MFA, prop)
                yield c, MFA.claimValue, ox.Literal(value)
                yield c, PROV["wasDerivedFrom"], release_iri(rid)
        for rid, okey, a in m.attendances:
            person = person_iri(res, okey)
            yield person, MFA.attended, s
            q = iri("participation", "q" + short_hash(key, okey, rid))
            yield s, MFA.qualifiedParticipation, q
            yield q, A, MFA.Participation
            yield q, MFA.participant, person
            yield q, MFA.meeting, s
            yield q, MFA.role, MFA.Chair if a.role == "chair" else MFA.Attendee
            if a.person.position:
                o = res.officials[okey]
                yield q, MFA.inCapacity, iri("position", "p" + short_hash(a.person.position, o.country or ""))
            yield q, PROV["wasDerivedFrom"], release_iri(rid)
            if a.evidence:
                yield q, MFA.evidence, th(a.evidence)
        for rid, c, okey in m.co_chairs:
            if c.party not in v.parties:
                continue
            parties.add(c.party)
            p = party_iri(c.party)
            yield s, MFA.coChairedBy, p
            q = iri("cochairing", "c" + short_hash(key, c.party, rid))
            yield s, MFA.qualifiedCoChairing, q
            yield q, A, MFA.CoChairing
            yield q, MFA.party, p
            yield q, MFA.meeting, s
            if okey is not None:
                yield q, MFA.viaOfficial, person_iri(res, okey)
            yield q, PROV["wasDerivedFrom"], release_iri(rid)
            if c.evidence:
                yield q, MFA.evidence, th(c.evidence)
    # the parties referred to
    for code in parties:
        pt = v.parties[code]
        s = party_iri(code)
        yield s, A, MFA.Country if pt.kind == "country" else MFA.InternationalOrganization
        yield s, MFA.code, ox.Literal(code)
        yield s, RDFS["label"], th(pt.name_th)
        yield s, RDFS["label"], ox.Literal(pt.name_en, language="en")
        for alias in pt.names_th[1:]:
            yield s, SKOS["altLabel"], th(alias)
        if pt.wikidata:
            yield s, OWL["sameAs"], ox.NamedNode(PREFIXES["wd"] + pt.wikidata)


# ------------------------------------------------------------------------ serialisation
_PN_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*\Z")
_ABBREV = sorted(((v, k) for k, v in PREFIXES.items() if k not in ("id",)), key=lambda x: -len(x[0]))
_DATA_KINDS = ("release", "meeting", "series", "person", "country", "org", "position",
               "participation", "cochairing", "claim")


def _term(t) -> str:
    if isinstance(t, ox.NamedNode):
        v = t.value
        for base, prefix in _ABBREV:
            if v.startswith(base) and _PN_LOCAL.match(v[len(base):]):
                return f"{prefix}:{v[len(base):]}"
        return str(t)
    if isinstance(t, ox.Literal):
        dt = t.datatype.value
        if t.language is None and dt.startswith(XSD) and dt != XSD + "string":
            return f"{str(ox.Literal(t.value))}^^xsd:{dt[len(XSD):]}"
    return str(t)


def _term_of_key(k: str) -> str:
    """:func:`_term` of a term given as its N-Triples string (``str(term)``): the same text."""
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


def to_turtle(ts: Iterable[tuple], out) -> int:
    """Write sorted, de-duplicated Turtle to the text stream ``out``; return the count.

    Works on the terms' N-Triples strings only (sorted, de-duplicated, interned so a
    subject or predicate repeated a million times is held once); the Turtle form of
    each distinct IRI is computed once.
    """
    from sys import intern

    # group by subject first: sorting the subjects and each one's few pairs is much
    # cheaper than sorting every triple as a 3-tuple (same order, same bytes), and each
    # subject's pairs are freed as soon as they are written
    by_subject: dict[str, set] = {}
    preds: dict = {}
    for s, p, o in ts:
        ks = intern(str(s))
        kp = preds.get(p)
        if kp is None:
            kp = preds[p] = intern(str(p))
        pairs = by_subject.get(ks)
        if pairs is None:
            pairs = by_subject[ks] = set()
        pairs.add((kp, str(o)))
    head = "".join(f"@prefix {prefix}: <{base}> .\n" for prefix, base in sorted(PREFIXES.items()))
    out.write(head)
    a_key = str(A)
    iris: dict[str, str] = {}

    def term(k: str) -> str:
        t = iris.get(k)
        if t is None:
            t = _term_of_key(k)
            if k[0] == "<":
                iris[k] = t
        return t

    buf: list[str] = []
    count = 0
    for ks in sorted(by_subject):
        pairs = sorted(by_subject.pop(ks))
        count += len(pairs)
        last_p = None
        for i, (kp, ko) in enumerate(pairs):
            obj = _term_of_key(ko) if ko[0] != "<" else term(ko)
            if i == 0:
                buf.append(f"\n{_term_of_key(ks)}\n    {'a' if kp == a_key else term(kp)} {obj}")
            elif kp != last_p:
                buf.append(f" ;\n    {'a' if kp == a_key else term(kp)} {obj}")
            else:
                buf.append(f" ,\n        {obj}")
            last_p = kp
        buf.append(" .\n")
        if len(buf) > 4096:
            out.write("".join(buf))
            buf.clear()
    out.write("".join(buf))
    return count
