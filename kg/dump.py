"""``kg.ttl`` made by units, and patched from the previous build's where they are unchanged.

The dump is sorted by subject, and every subject's block (``\\n<subject>\\n    p o ;
… .\\n``) depends only on that subject's pairs. :func:`kg.rdf.units` splits the
triples into units of whole subjects: one per release, one per meeting (the meeting,
its claims, participations and co-chairings: most of the dump) and one global unit
(officials, positions, series, parties: few subjects that many releases feed).

Each unit of a release or a meeting has a *print*: a digest of everything its
triples are made of (:func:`prints`), read from the resolution without making a
triple. A build with its cache records, beside the dump in its generation folder,
each unit's print, triple count and the byte ranges of its blocks
(:data:`UNITS_FILE`, hidden: not an output). The next build makes again only the
global unit and the units whose print changed (adding one release to 10k makes
again one release and the few meetings it reports), takes every other unit's blocks
from the previous dump as bytes, and merges the two in subject order. Hashing each
subject's triples to find the unchanged blocks cost more than writing them (the
dump's time is in making and grouping its triples, not in formatting them); a print
is read from the resolution at a fraction of that.

Whatever it cannot prove, it makes whole: no record, a record of another kg (the
salt is :func:`kg.cache.build_fingerprint`: every module, data file and library
version), a previous dump not exactly the file recorded (inode, size, time), a block
that is not where the record says, or a subject made by two units. The result is
the bytes :func:`kg.rdf.to_turtle` writes for :func:`kg.rdf.triples`, either way
(the tests compare them, and one with a wrong print must fail).
"""
from __future__ import annotations

import hashlib
import json
import mmap
import os
from dataclasses import dataclass
from pathlib import Path

from . import rdf
from .resolve import Resolution, name_key

#: beside ``kg.ttl`` in a build's generation folder: each unit's print and triple count,
#: and which unit each block of that ``kg.ttl`` belongs to and where it ends (hidden: not
#: an output, never linked into ``OUT``)
UNITS_FILE = ".kg-units.json"
#: the size of the print of a unit, in bytes (a BLAKE2b digest)
PRINT_BYTES = 16
#: the owner recorded for a block made of two units' triples: never kept
SHARED = -1


@dataclass(frozen=True)
class Written:
    """What :func:`write` did: the dump's triple count, how many units it took from the
    previous dump unchanged and how many it made, and why it made them all (None when
    it patched)."""

    triples: int
    kept: int
    made: int
    whole_because: str | None


def _salt() -> str:
    """What a record is valid for: kg's code, data and the libraries' versions."""
    from .cache import build_fingerprint

    return build_fingerprint()


def _digest(value) -> str:
    """The print of a value made of tuples, lists, strings, numbers and None, whose
    ``repr`` spells every value in full (floats exactly)."""
    return hashlib.blake2b(repr(value).encode("utf-8", "surrogatepass"), digest_size=PRINT_BYTES).hexdigest()


def _date(d) -> tuple | None:
    return None if d is None else (d.year, d.month, d.day)


def _person(p) -> tuple | None:
    return None if p is None else (p.name, p.honorific, p.position, p.country, p.spellings)


def prints(res: Resolution) -> dict[str, str]:
    """Each release's and meeting's unit → its print: the digest of what
    :func:`kg.rdf.unit_triples` reads for it (its records' fields, and the IRIs, origins
    and countries it refers to), spelt as tuples of plain values (a dataclass's ``repr``
    is several times slower). Equal prints, equal blocks: that is the whole of the reuse
    rule; the global unit has none (always made)."""
    out: dict[str, str] = {}
    for unit in rdf.units(res):
        kind, _, key = unit.partition("/")
        if kind == "release":
            r = res.releases[key]
            out[unit] = _digest((key, r.id, r.path, r.title, r.sha256, r.views, r.url, _date(r.published),
                                 _date(r.modified)))
        elif kind == "meeting":
            out[unit] = _digest(_meeting_inputs(res, key, res.meetings[key]))
    return out


def _meeting_inputs(res: Resolution, key: str, m) -> tuple:
    """Everything :func:`kg.rdf._meeting_triples` reads of meeting ``key``: its fields and
    every release's values, the IRIs of the meeting, its series and parent, each
    release's origin (the IRI its mention was first published under), and for each
    attendance and co-chair the official's IRI, origin and country, with the record as
    the release gave it (person, role, evidence, confidence)."""
    s = rdf.meeting_ref(key, res)
    officials = res.officials
    people: dict = {}

    def person(okey):
        got = people.get(okey)
        if got is None and okey is not None:
            got = people[okey] = (okey, rdf.person_ref(res, okey), officials[okey].country)
        return got

    return (
        key, s, m.series, rdf.series_ref(m.series, res), m.number, m.number_year,
        sorted(m.labels), sorted(m.labels_en), _date(m.start), _date(m.end), m.mode, m.venue, m.status,
        m.parent, rdf.meeting_ref(m.parent, res) if m.parent else None, sorted(m.releases),
        sorted((rid, _date(d)) for rid, d in m.starts.items()), sorted((rid, _date(d)) for rid, d in m.ends.items()),
        sorted(m.modes.items()), sorted(m.confidences.items()),
        sorted((rid, atom, rdf._origin(res, "meeting", atom, s)) for rid, atom in m.mentions.items()),
        [(rid, person(okey), rdf._origin(res, "person", name_key(a.person.name), person(okey)[1]), _person(a.person),
          a.role, a.evidence, a.confidence) for rid, okey, a in m.attendances],
        [(rid, c.party, _person(c.person), c.evidence, c.confidence, person(okey)) for rid, c, okey in m.co_chairs],
    )


@dataclass(frozen=True)
class _Previous:
    """The previous dump and its record: the units (names, prints, triple counts), and
    for each block in the file's order its unit's index and the offset it ends at."""

    data: bytes | mmap.mmap
    head: int
    units: list
    prints: list
    counts: list
    owner: list
    ends: list

    def start(self, i: int) -> int:
        return self.ends[i - 1] if i else self.head

    def subject(self, i: int) -> bytes:
        """Block ``i``'s subject (``<…>``): a block is ``\n<subject>\n    …``."""
        at = self.start(i) + 1
        return self.data[at:self.data.find(b">\n", at) + 1]


def _load(previous: Path | None) -> _Previous | str:
    """The previous generation's dump and record, or why they cannot be used."""
    if previous is None:
        return "no previous build"
    try:
        rec = json.loads((previous / UNITS_FILE).read_bytes())
    except (OSError, ValueError):
        return "no record of the previous dump's units"
    if not isinstance(rec, dict) or rec.get("salt") != _salt():
        return "the record is of another kg"
    try:
        with open(previous / "kg.ttl", "rb") as fh:
            st = os.fstat(fh.fileno())
            if [st.st_ino, st.st_size, st.st_mtime_ns] != rec.get("dump") or not st.st_size:
                return "the previous dump is not the file recorded"
            # mapped, not read: the kept blocks go from the page cache to the new file, and a
            # 100k dump (600 MB) is never copied into this process's memory
            data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return "no previous dump"
    try:
        prev = _Previous(data, rec["head"], rec["units"], rec["prints"], rec["counts"], rec["owner"], rec["ends"])
    except (KeyError, TypeError):
        return "the record is not of its format"
    return prev if _fits(prev) else "the record does not fit the previous dump"


def _fits(p: _Previous) -> bool:
    """Whether the record describes the dump: every list of its length, every block a
    statement about a subject (``\n<`` … `` .\n``), each ending where the next starts,
    the last at the end of the file."""
    n = len(p.owner)
    if not (p.head == len(rdf.prefix_lines().encode("utf-8"))
            and isinstance(p.units, list) and len(p.prints) == len(p.counts) == len(p.units)
            and len(p.ends) == n and all(type(c) is int for c in p.counts)
            and all(type(u) is int and SHARED <= u < len(p.units) for u in p.owner)
            and all(type(e) is int for e in p.ends) and (p.ends[-1] if n else p.head) == len(p.data)):
        return False
    starts = [p.head, *p.ends[:-1]]
    data = p.data
    return (all(map(int.__lt__, starts, p.ends))
            and all(data[at:at + 2] == b"\n<" for at in starts)
            and all(data[end - 3:end] == b" .\n" for end in p.ends))


def write(res: Resolution, path: Path, *, previous: Path | None = None, record: Path | None = None) -> Written:
    """Write the dump of ``res`` to ``path`` (synced), the same bytes as
    ``rdf.to_turtle(rdf.triples(res), …)``: the units unchanged since ``previous`` (the
    previous build's generation folder, with its :data:`UNITS_FILE`) taken from its
    dump, the others made. ``record``: where to write this dump's record (None: none).
    The record names ``path``'s inode, size and time: keep the file (a rename keeps
    them), never copy it."""
    now = prints(res)
    every = rdf.units(res)
    prev = _load(previous)
    why = prev if isinstance(prev, str) else None
    if why is not None:
        prev = _Previous(b"", 0, [], [], [], [], [])
    keep = [now.get(u) == p for u, p in zip(prev.units, prev.prints)]
    kept_units = {u for u, k in zip(prev.units, keep) if k}
    made = _make(res, [u for u in every if u not in kept_units])
    placed = _place(prev, keep, made)
    if placed is None:                                   # a subject both kept and made: make every unit
        why, kept_units = "a subject is in two units", set()
        prev = _Previous(b"", prev.head, [], [], [], [], [])
        keep = []
        made = _make(res, every)
        placed = _place(prev, keep, made)
    triples = _write(prev, keep, made, placed, path, now, record)
    return Written(triples, len(kept_units), len(every) - len(kept_units), why)


@dataclass(frozen=True)
class _Made:
    """The blocks made, in subject order: subjects, texts (bytes), units (None for a
    block of two units); each unit's triple count; and the units that share a subject
    with another (their triples merged in one block: recorded without a print, so
    never kept apart)."""

    subjects: list
    texts: list
    units: list
    counts: dict
    shared: set


def _make(res: Resolution, units: list[str]) -> _Made:
    """The blocks of ``units``, each subject's pairs from every unit that has it (a
    subject of two units is recorded as :data:`SHARED`: never kept)."""
    owner: dict[str, str | None] = {}
    groups: dict[str, list] = {}
    preds: dict = {}
    shared: set[str] = set()
    for unit in units:
        for ks, flat in rdf.group(rdf.unit_triples(res, unit), {}, preds).items():
            if ks in owner:
                shared.update((owner[ks], unit) if owner[ks] is not None else (unit,))
                owner[ks] = None
                groups[ks] = groups[ks] + flat
            else:
                owner[ks] = unit
                groups[ks] = flat
    writer = rdf.BlockWriter()
    subjects, texts, owners, counts = [], [], [], {}
    buf: list[str] = []
    for ks in sorted(groups):
        buf.clear()
        n = writer.block(ks, groups.pop(ks), buf)
        subjects.append(ks.encode("utf-8", "surrogatepass"))
        texts.append("".join(buf).encode("utf-8", "surrogatepass"))
        owners.append(owner[ks])
        counts[owner[ks]] = counts.get(owner[ks], 0) + n
    shared.discard(None)
    return _Made(subjects, texts, owners, counts, shared)


def _place(prev: _Previous, keep: list[bool], made: _Made) -> list[int] | None:
    """Where each made block goes among the previous dump's blocks (the index of the
    first block after it), found by bisection on the subjects; None when a made subject
    is one a kept block has."""
    n = len(prev.owner)
    out = []
    lo = 0
    for s in made.subjects:
        hi = n
        while lo < hi:
            mid = (lo + hi) // 2
            if prev.subject(mid) < s:
                lo = mid + 1
            else:
                hi = mid
        if lo < n and prev.owner[lo] != SHARED and keep[prev.owner[lo]] and prev.subject(lo) == s:
            return None
        out.append(lo)
    return out


def _write(prev: _Previous, keep: list[bool], made: _Made, placed: list[int], path: Path, now: dict[str, str],
           record: Path | None) -> int:
    """Write the dump: the head, then the kept blocks (runs of the previous dump's
    bytes) and the made ones in subject order; with ``record``, this dump's record.
    Returns the triple count."""
    data, ends, owner = prev.data, prev.ends, prev.owner
    view = memoryview(data)
    units: list[str] = []
    index: dict = {}

    def unit_index(name) -> int:
        if name is None:
            return SHARED
        i = index.get(name)
        if i is None:
            i = index[name] = len(units)
            units.append(name)
        return i

    remap = [unit_index(u) if k else None for u, k in zip(prev.units, keep)]
    live = [o != SHARED and remap[o] is not None for o in owner]
    head = rdf.prefix_lines().encode("utf-8")
    chunks = [head]
    new_owner: list[int] = []
    new_ends: list[int] = []
    pos = len(head)
    i, n, m = 0, len(owner), len(placed)
    j = 0
    while i < n or j < m:
        while j < m and (i >= n or placed[j] <= i):          # the made blocks before block i
            text = made.texts[j]
            pos += len(text)
            chunks.append(text)
            new_owner.append(unit_index(made.units[j]))
            new_ends.append(pos)
            j += 1
        if i >= n:
            continue
        if not live[i]:
            i += 1
            continue
        stop = placed[j] if j < m else n                   # a run of kept blocks, up to the next made one
        k = i
        while k < stop and live[k]:
            k += 1
        start = prev.start(i)
        shift = pos - start
        chunks.append(view[start:ends[k - 1]])
        new_ends.extend([e + shift for e in ends[i:k]])
        new_owner.extend([remap[o] for o in owner[i:k]])
        pos += ends[k - 1] - start
        i = k
    with open(path, "wb") as fh:
        fh.writelines(chunks)
        fh.flush()
        os.fsync(fh.fileno())
        st = os.fstat(fh.fileno())
    counts = {u: c for u, c, k in zip(prev.units, prev.counts, keep) if k}
    counts.update(made.counts)
    counts.pop(None, None)
    triples = sum(counts.values()) + sum(c for u, c in made.counts.items() if u is None)
    if record is not None:
        # a unit with no print (the global one) or sharing a block with another is never kept
        rec = {"salt": _salt(), "dump": [st.st_ino, st.st_size, st.st_mtime_ns], "head": len(head),
               "units": units, "prints": [now.get(u, "") if u not in made.shared else "" for u in units],
               "counts": [counts.get(u, 0) for u in units], "owner": new_owner, "ends": new_ends}
        with open(record, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(rec, separators=(",", ":")))
    return triples
