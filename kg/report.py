"""The build's account of every input file: ``OUT/report.json`` and the stderr summary.

Every file given to ``kg build`` ends in exactly one state:

- ``ok``: read, and at least one meeting found;
- ``no-meeting``: read, nothing to add to the graph (not an error);
- ``duplicate``: the same release as another file (same text once decoded and
  cleaned: a copy, or the same release saved with a BOM, CRLF or a legacy code
  page); its facts are counted once, under the file :func:`preference` picks, and
  the duplicate keeps its own release id in the graph (``mfa:sameTextAs`` that file's);
- ``refused``: not read (binary, empty, undecodable, unreadable); the message says
  what to do;
- ``skipped``: not a release file (hidden, unknown type, not a regular file).

Warnings (repairs made while reading, an id shared by two files) are attached to the
release they concern. Conflicts (one meeting, two releases giving different values)
are listed with each release's value; both values stay in the dump as ``mfa:Claim``.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from .model import Extraction, Problem, Release
from .read import TEXT_SUFFIXES


def content_key(r: Release) -> str:
    """Hash of what the release says once decoded and cleaned: equal for a file and its
    copy re-saved with a BOM, CRLF line ends or a Thai code page."""
    parts = (r.title, r.body, r.published.iso() if r.published else "", r.modified.iso() if r.modified else "")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def preference(r: Release) -> tuple:
    """Which of several identical files stands for the release: plain text before HTML,
    then the shortest identifier (``x`` before ``x (copy)``), then the name; never the
    order in which files were listed."""
    return (Path(r.path).suffix.lower() not in TEXT_SUFFIXES, len(r.id), r.id, r.path)


def _entry(ex: Extraction) -> dict:
    r = ex.release
    ms = ex.meetings
    return {
        "file": r.path, "status": "ok" if ms else "no-meeting",
        "meetings": len(ms),
        "attendances": sum(len(m.attendances) for m in ms),
        "co_chairs": sum(len(m.co_chairs) for m in ms),
        "facts": [
            {"label": m.label, "number": m.number, "start": m.start.iso() if m.start else None,
             "mode": m.mode, "attendees": len(m.attendances), "co_chairs": sorted({c.party for c in m.co_chairs})}
            for m in ms
        ],
        "warnings": [p.message for p in ex.problems if p.severity == "warning"],
    }


def account(extractions: Iterable[Extraction], result, *, copies: dict | None = None) -> list[Extraction]:
    """Drop duplicate releases (noting each), flag ids shared by different files, and
    fill ``result.per_release``. Returns the extractions to build from, in input order.

    A duplicate keeps its identity: ``copies`` (when given) receives, for each duplicate
    whose release id is its own (not the id of a release kept), ``id → (its release, the
    id of the release kept for its text)``; the dump gives it its own ``mfa:PressRelease``
    linked to that release by ``mfa:sameTextAs``."""
    exs = [ex for ex in extractions if ex.release is not None]
    groups: dict[str, list[Extraction]] = {}
    for ex in exs:
        groups.setdefault(content_key(ex.release), []).append(ex)
    keep_ids: set[int] = set()
    dup_of: dict[int, Extraction] = {}
    for group in groups.values():
        best = group[0] if len(group) == 1 else min(group, key=lambda e: preference(e.release))
        keep_ids.add(id(best))
        for ex in group:
            if ex is not best:
                dup_of[id(ex)] = best
    kept: list[Extraction] = []
    by_rid: dict[str, Extraction] = {}
    kept_rids = {ex.release.id for ex in exs if id(ex) in keep_ids}
    for ex in exs:
        r = ex.release
        if id(ex) in dup_of:
            first = dup_of[id(ex)].release
            result.notes.append(Problem(r.path, f"duplicate of {first.path} (same text): counted once; "
                                                "remove one of the copies", "note"))
            result.per_release.setdefault(r.id if r.id not in kept_rids else r.path, {
                "file": r.path, "status": "duplicate", "duplicate_of": first.path, "release": first.id})
            if copies is not None and r.id not in kept_rids and r.id not in copies:
                copies[r.id] = (r, first.id)
            continue
        entry = _entry(ex)
        other = by_rid.get(r.id)
        if other is not None:
            msg = (f"release id '{r.id}' is also the id of {other.release.path} (a different text): the two "
                   "files' facts are merged under one release; rename one of them if they are different releases")
            result.warnings.append(Problem(r.path, msg, "warning"))
            entry["warnings"].append(msg)
            result.per_release[r.path] = entry
        else:
            by_rid[r.id] = ex
            result.per_release[r.id] = entry
        kept.append(ex)
    return kept


def conflicts(res) -> list[dict]:
    """Meetings on which releases disagree, with each release's value."""
    from . import rdf

    out = []
    for key, m in sorted(res.meetings.items()):
        for prop, values in sorted(m.conflicts().items()):
            label = sorted(m.labels.items(), key=lambda x: (-x[1], x[0]))[0][0] if m.labels else key
            out.append({"meeting": rdf.value(rdf.meeting_ref(key, res)), "label": label, "number": m.number,
                        "property": prop, "values": dict(sorted(values.items()))})
    return out


SKIPPED_PREFIXES = ("hidden", "skipped", "not a regular", "link to")   # notes of files that are no release
DUPLICATE_PREFIX = "duplicate of"


def note_kinds(notes: Iterable[Problem]) -> dict[str, int]:
    """How many notes say a file was a duplicate, and how many that it was skipped."""
    notes = list(notes)
    return {"duplicates": sum(p.message.startswith(DUPLICATE_PREFIX) for p in notes),
            "skipped": sum(p.message.startswith(SKIPPED_PREFIXES) for p in notes)}


def to_json(result, res=None, *, license: str | None = None) -> dict:
    """The whole report as a JSON-ready dict, with the kg version that made it."""
    from . import __version__
    from .dataset import DEFAULT_LICENSE, ONTOLOGY_VERSION_IRI

    per = dict(result.per_release)
    for pr in result.refused:
        stem = Path(pr.path).stem
        key = stem if stem not in per else pr.path
        per[key] = {"file": pr.path, "status": "refused", "error": pr.message}
    skipped = [{"file": p.path, "status": "skipped", "reason": p.message}
               for p in result.notes if p.message.startswith(("hidden", "skipped", "not a regular", "link to"))]
    found = conflicts(res) if res is not None else []
    statuses = [e["status"] for e in per.values()]
    return {
        "kg_version": __version__,
        "ontology": ONTOLOGY_VERSION_IRI,
        "license": license or DEFAULT_LICENSE,
        "summary": {
            "releases": result.releases, "meetings": result.meetings, "officials": result.officials,
            "triples": result.triples, "refused": len(result.refused), "warnings": len(result.warnings),
            "files": len(per) + len(skipped),
            "read": statuses.count("ok") + statuses.count("no-meeting"),
            "no_meeting": statuses.count("no-meeting"), "duplicates": statuses.count("duplicate"),
            "skipped": len(skipped), "conflicts": len(found),
        },
        "releases": per,
        "skipped": skipped,
        "conflicts": found,
        "problems": [p.__dict__ for p in result.refused + result.warnings + result.notes],
    }


def format_summary(result, *, out: Path | None = None, limit: int = 50) -> str:
    """The account for stderr: every problem once, by kind, with what to do."""
    lines: list[str] = []

    def section(title: str, items: list[Problem]) -> None:
        if not items:
            return
        lines.append(f"{title} ({len(items)}):")
        for p in items[:limit]:
            lines.append(f"  {p.path}: {p.message}")
        if len(items) > limit:
            lines.append(f"  … and {len(items) - limit} more (see report.json)")

    section("refused", result.refused)
    section("warnings", result.warnings)
    section("duplicates", [p for p in result.notes if p.message.startswith("duplicate of")])
    section("no meeting found", [p for p in result.notes if p.message.startswith("no meeting")])
    section("skipped", [p for p in result.notes if p.message.startswith(("hidden", "skipped", "not a regular", "link to"))])
    others = [p for p in result.notes if not p.message.startswith(
        ("duplicate of", "no meeting", "hidden", "skipped", "not a regular", "link to"))]
    section("notes", others)
    n_conf = len(getattr(result, "conflicts", []) or [])
    if n_conf:
        lines.append(f"conflicts: {n_conf} meeting value(s) reported differently by different releases; "
                     "both values are kept (see 'conflicts' in report.json)")
    return "\n".join(f"kg: {ln}" for ln in lines)
