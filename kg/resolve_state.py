"""The resolution kept from one build to the next, and updated from the releases added.

:func:`kg.resolve.resolve` decides, over every release, which series names are one
series, which written names are one official, and which mentions are one meeting; then it
adds every meeting, in (release id, meeting key) order, to its resolved meeting. The
resolved meetings' and officials' counters and lists fill in that order, and the graph's
node order (so Louvain's communities and every output) follows it: a rebuild that adds
releases must give exactly the resolution a clean build gives.

A build with its cache records beside its outputs (:data:`STATE_FILE` in the generation
folder, hidden: not an output) those decisions: each extraction's cache key, each
meeting's resolved key and mention atom in resolution order, the series renamed, each
name key's first spelling, countries and posts, the pairs spelt together and kept apart,
the clusters, the dated rounds and the encounters' keys. The next build takes them
instead of deciding again when it can prove the decisions unchanged, and adds the new
releases' meetings after the old ones, with the same code (:func:`kg.resolve.assembled`).
It proves it only in the common case, and resolves whole otherwise:

- the state is this code's (:func:`kg.cache.build_fingerprint`) and fits;
- every release resolved before is still there, from the same extraction (cache key), in
  the same input order: none changed or removed;
- every new release's id sorts after every old one, so the old meetings keep their
  places and the new ones follow them;
- no series is renamed otherwise for an old meeting (:func:`kg.resolve.series_canon`);
- the new releases name nobody new (each name key, spelt or in brackets, already known),
  move no name key's first mention to an earlier phase (an attendee's name first seen
  as a co-chair's), change no name key's country, add no post to it, spell together no
  pair not spelt together before, and set apart no pair the clustering may compare
  (:func:`kg.resolve.may_be_apart`) that was not apart before: the clusters' every input
  that counts is unchanged;
- no new numbered round is dated on a day an old unnumbered meeting of its series is
  dated, and no new encounter shares a key with an old one (:func:`kg.resolve._encounters_apart`).

The officials' counts are kept in two parts, of the attendees and of the co-chairs: their
counters' keys follow the mentions, every attendee before every co-chair, so a new
release's attendees are counted after the old attendees and before the old co-chairs.
"""
from __future__ import annotations

import json
from collections import Counter
from operator import itemgetter
from pathlib import Path

from .model import Extraction, Meeting
from .resolve import (Official, apart_pairs, assembled, dated_round_of, final_keys, gathered, may_be_apart,
                      meeting_key, merged, name_key, officials_of, people_mentioned, resolve, series_canon,
                      told_apart_by_people, with_canon)

STATE_FILE = ".resolution.json"
#: the layout of :data:`STATE_FILE`; another is not read
FORMAT = 1
#: each meeting's entry in the state's ``order``: extraction, meeting, resolved key
_STRIDE = 3
_ATTEND, _CO_CHAIR, _SPELT = range(3)     # where a name key was first met (``by_key``'s phases)


def resolution(extractions: list[Extraction], keys: list[str | None], previous: Path | None):
    """``(Resolution, state, how)``: the resolution of ``extractions`` (those :func:`kg.report.account`
    kept, each with its cache key in ``keys``), updated from the state ``previous`` (a
    generation folder) holds when that is proven exact (``how`` "updated"), else resolved
    whole (``how`` "full: " and why); ``state`` is what to record for the next build (None: nothing)."""
    if any(k is None for k in keys):
        return resolve(extractions), None, "full: an extraction not cached"
    old = load(previous)
    if old is None:
        why = "no state of this code"
    else:
        try:
            done = _updated(extractions, keys, old)
        except (KeyError, IndexError, TypeError, ValueError):
            done = "a state that does not fit"
        if not isinstance(done, str):
            return (*done, "updated")
        why = done
    trace: dict = {}
    res = resolve(extractions, trace)
    return res, _state_of(extractions, keys, trace), f"full: {why}"


def load(folder: Path | None) -> dict | None:
    """The state a generation folder holds, if of this format and this code."""
    from .cache import build_fingerprint

    if folder is None:
        return None
    try:
        doc = json.loads((folder / STATE_FILE).read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("code") != build_fingerprint():
        return None
    return doc


def save(state: dict, folder: Path) -> None:
    """Write ``state`` as :data:`STATE_FILE` in ``folder`` (compact: at 100k releases it holds
    every meeting's place and resolved key)."""
    with open(folder / STATE_FILE, "w", encoding="utf-8") as fh:
        json.dump(state, fh, ensure_ascii=False, separators=(",", ":"))


# ------------------------------------------------------------------------ the update
def _updated(extractions: list[Extraction], keys: list[str], old: dict):
    """``(Resolution, state)`` from ``old``, or why the update cannot be proven exact."""
    place = {k: i for i, k in enumerate(keys)}
    was = [place.get(k) for k in old["exts"]]
    if None in was or any(a >= b for a, b in zip(was, was[1:])):
        return "a release changed, removed or listed elsewhere"
    kept = set(was)
    new = [i for i in range(len(keys)) if i not in kept]
    last = old["last_release"]
    if any(extractions[i].release.id <= last for i in new):
        return "a new release sorts among the old ones"
    releases, meetings_in = gathered(extractions)
    canon = series_canon(meetings_in)
    if {n: b for n, b in canon.items() if n in set(old["series"])} != old["canon"]:
        return "a series renamed"
    raw_new = [m for i in new for m in extractions[i].meetings]
    fresh = with_canon(raw_new, canon)
    ranked = sorted(((m.release_id, meeting_key(m), i) for i, m in enumerate(fresh)), key=itemgetter(0, 1))
    new_keyed = [(k, fresh[i]) for _, k, i in ranked]
    new_ms = [m for _, m in new_keyed]
    names = _Names(old)
    why = names.take(new_ms) or _parted(old, names, new_keyed)
    if why:
        return why
    rounds = {(s, d): k for s, d, k in old["dated_rounds"]}
    new_finals = final_keys(new_keyed, names.cluster, dated_rounds=rounds)
    order, table = old["order"], old["finals"]
    olds = with_canon([extractions[was[order[j]]].meetings[order[j + 1]] for j in range(0, len(order), _STRIDE)],
                      canon)
    finals = [table[order[j + 2]] for j in range(0, len(order), _STRIDE)] + new_finals
    mentions, attended = people_mentioned(new_ms)
    attending = merged(_officials(old["attending"]), officials_of(mentions[:attended], names.cluster))
    chairing = merged(_officials(old["chairing"]), officials_of(mentions[attended:], names.cluster))
    atoms = old["atoms"] + [None] * len(new_keyed)
    res = assembled(releases, [(None, m) for m in olds] + new_keyed, finals, names.cluster,
                    merged(attending, chairing), atoms)
    # the state of this resolution: the old one with the new releases' decisions added
    origin = [(i, mi) for i in new for mi in range(len(extractions[i].meetings))]
    state = dict(old, exts=list(keys), atoms=atoms, canon=canon, names=names.rows(),
                 order=_placed(order, was, [origin[i] for _, _, i in ranked], new_finals, table),
                 series=sorted(set(old["series"]) | _series_names(raw_new)),
                 last_release=max([last, *(extractions[i].release.id for i in new)]),
                 apart=sorted({tuple(p) for p in old["apart"]} | apart_pairs(new_ms)),
                 attending=_rows(attending), chairing=_rows(chairing),
                 dated_rounds=[[s, d, k] for (s, d), k in rounds.items()],
                 dated_open=sorted({tuple(x) for x in old["dated_open"]}
                                   | {r for m in new_ms if (r := dated_round_of(m)) is not None}),
                 encounters=sorted(set(old["encounters"]) | {k for k, m in new_keyed if told_apart_by_people(m)}))
    return res, state


def _parted(old: dict, names: _Names, new_keyed: list[tuple[str, Meeting]]) -> str | None:
    """Why the new meetings could change an old meeting's key or its officials' clusters, if they could:
    two names that may be one seen side by side, an encounter of an old one's key (kept apart or not
    by the people at each), a numbered round dated on the day of an old unnumbered meeting of its series."""
    first = names.first_spellings()
    new_ms = [m for _, m in new_keyed]
    if any(may_be_apart(first[x], first[y]) for x, y in apart_pairs(new_ms) - {tuple(p) for p in old["apart"]}):
        return "two names that may be one newly set apart"
    encounters = set(old["encounters"])
    if any(told_apart_by_people(m) and k in encounters for k, m in new_keyed):
        return "an encounter of an old one's key"
    rounds = {(s, d) for s, d, _k in old["dated_rounds"]}
    dated_open = {tuple(x) for x in old["dated_open"]}
    for m in new_ms:
        day = (m.series, m.start.iso()) if m.number is not None and m.start is not None else None
        if day is not None and day not in rounds and day in dated_open:
            return "a new round on an old meeting's day"
    return None


def _placed(order: list[int], was: list[int], origins: list[tuple[int, int]], finals: list[str],
            table: list[str]) -> list[int]:
    """The state's ``order`` after an update: the old meetings' entries with their extractions'
    new places (``was``), then each new meeting's (its place, in ``origins``, and its resolved key
    in ``finals``, added to ``table`` when new)."""
    if was == list(range(len(was))):        # the new releases listed after the old (the usual case)
        flat = list(order)
    else:
        flat = [x for j in range(0, len(order), _STRIDE) for x in (was[order[j]], order[j + 1], order[j + 2])]
    index = {k: i for i, k in enumerate(table)}
    for (e, mi), f in zip(origins, finals):
        fi = index.get(f)
        if fi is None:
            fi = index[f] = len(table)
            table.append(f)
        flat += (e, mi, fi)
    return flat


class _Names:
    """The name keys the clusters are decided from (:func:`kg.resolve._cluster_people`), and
    whether new mentions leave every input of that decision as it was."""

    def __init__(self, old: dict):
        self.rows_in = old["names"]
        self.attended, self.named = old["attended"], old["named"]
        self.index = {row[0]: i for i, row in enumerate(self.rows_in)}
        self.spelt = {tuple(p) for p in old["spelt"]}
        self.cluster = {row[0]: row[4] for row in self.rows_in}
        self.countries: dict[int, Counter] = {}      # the rows whose countries the new mentions count

    def first_spellings(self) -> dict[str, str]:
        """Each name key's first spelling: what it is compared by."""
        return {row[0]: row[1] for row in self.rows_in}

    def phase(self, i: int) -> int:
        return _ATTEND if i < self.attended else _CO_CHAIR if i < self.named else _SPELT

    def take(self, meetings: list[Meeting]) -> str | None:
        """Count ``meetings``' people into their name keys; why that could change a cluster, if it could."""
        firsts = [(_ATTEND, a.person) for m in meetings for a in m.attendances]
        firsts += [(_CO_CHAIR, c.person) for m in meetings for c in m.co_chairs if c.person]
        for phase, p in firsts:
            i = self.index.get(name_key(p.name))
            if i is None:
                return "a new name"
            if self.phase(i) > phase:
                return "a name's first mention moved earlier"   # its first spelling and place may change
            if p.position and p.position not in self.rows_in[i][3]:
                return "a new post for a name"  # the Latin-Thai match may score otherwise
            if p.country:
                self._countries(i)[p.country] += 1
        for _phase, p in firsts:
            for alt in p.spellings:
                k = name_key(alt)
                i = self.index.get(k)
                pair = tuple(sorted((name_key(p.name), k)))
                if i is None or pair not in self.spelt:
                    return "a new spelling in brackets"
                if p.country:
                    self._countries(i)[p.country] += 0
        if any(_country(self.rows_in[i][2]) != _country(c) for i, c in self.countries.items()):
            return "a name's country changed"
        return None

    def _countries(self, i: int) -> Counter:
        c = self.countries.get(i)
        if c is None:
            c = self.countries[i] = Counter(self.rows_in[i][2])
        return c

    def rows(self) -> list:
        return [[*row[:2], dict(self.countries[i]), *row[3:]] if i in self.countries else row
                for i, row in enumerate(self.rows_in)]


def _rows(officials: dict[str, Official]) -> list:
    """Officials as plain data, their counters' keys in order: a list of pairs, not an object
    (JSON would keep the order, but pairs say it)."""
    return [[k, *([list(kv) for kv in c.items()] for c in (o.names, o.honorifics, o.countries, o.positions)),
             sorted(o.name_keys)] for k, o in officials.items()]


def _officials(rows: list) -> dict[str, Official]:
    """The officials :func:`_rows` wrote."""
    out: dict[str, Official] = {}
    for k, names, honorifics, countries, positions, keys in rows:
        out[k] = Official(k, Counter(dict(names)), Counter(dict(honorifics)), Counter(dict(countries)),
                          Counter(dict(positions)), set(keys))
    return out


def _country(countries: dict) -> str | None:
    """:attr:`kg.resolve.Official.country` of these counts."""
    return sorted(countries.items(), key=lambda x: (-x[1], x[0]))[0][0] if countries else None


# ------------------------------------------------------------------- a whole resolution's state
def _series_names(meetings: list[Meeting]) -> set[str]:
    """Every series name the meetings give as read (their own and their parents'): those whose
    renaming (:func:`kg.resolve.series_canon`) would change their keys."""
    return {m.series for m in meetings} | {m.part_of[0] for m in meetings if m.part_of}


def _state_of(extractions: list[Extraction], keys: list[str], trace: dict) -> dict:
    """The state of a whole resolution, from what :func:`kg.resolve.resolve` traced."""
    from .cache import build_fingerprint

    raw = [m for ex in extractions for m in ex.meetings]
    origin = [(e, i) for e, ex in enumerate(extractions) for i in range(len(ex.meetings))]
    table: dict[str, int] = {}
    flat: list[int] = []
    for i, f in zip(trace["order"], trace["finals"]):
        fi = table.get(f)
        if fi is None:
            fi = table[f] = len(table)
        flat += (*origin[i], fi)
    by_key, cluster = trace["by_key"], trace["cluster"]
    attended = len({name_key(p.name) for _, p in trace["mentions"][:trace["attended"]]})
    keyed = trace["keyed"]
    return {
        "format": FORMAT, "code": build_fingerprint(), "exts": list(keys), "order": flat, "finals": list(table),
        "atoms": trace["atoms"], "canon": trace["canon"], "series": sorted(_series_names(raw)),
        "last_release": max(ex.release.id for ex in extractions) if extractions else "",
        "names": [[k, next(iter(o.names)), dict(o.countries), sorted(o.positions), cluster[k]]
                  for k, o in by_key.items()],
        "attended": attended, "named": trace["named"],
        "attending": _rows(trace["attending"]), "chairing": _rows(trace["chairing"]),
        "spelt": sorted({tuple(sorted(p)) for p in trace["spelt"]}), "apart": sorted(trace["apart"]),
        "dated_rounds": [[s, d, k] for (s, d), k in trace["dated_rounds"].items()],
        "dated_open": sorted({r for _, m in keyed if (r := dated_round_of(m)) is not None}),
        "encounters": sorted({k for k, m in keyed if told_apart_by_people(m)}),
    }
