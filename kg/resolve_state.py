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
  as a co-chair's), change no name key's country, add no post to it, and spell or set
  apart no pair not spelt or set apart before: the clusters' every input is unchanged;
- no new numbered round is dated on a day an old unnumbered meeting of its series is
  dated, and no new encounter shares a key with an old one (:func:`kg.resolve._encounters_apart`).

The officials are counted again over every mention (their counters' order is the
mentions', attendees before co-chairs, which a new release's attendees would break).
"""
from __future__ import annotations

import json
from collections import Counter
from operator import itemgetter
from pathlib import Path

from .model import Extraction, Meeting
from .resolve import (apart_pairs, assembled, dated_round_of, final_keys, gathered, may_be_apart, meeting_key,
                      name_key, officials_of, people_mentioned, resolve, series_canon, told_apart_by_people,
                      with_canon)

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
    raw_new = [m for i in new for m in extractions[i].meetings]
    origin = [(i, mi) for i in new for mi in range(len(extractions[i].meetings))]
    releases, meetings_in = gathered(extractions)
    canon = series_canon(meetings_in)
    seen = set(old["series"])
    if {n: b for n, b in canon.items() if n in seen} != old["canon"]:
        return "a series renamed"
    order = old["order"]
    olds = [extractions[was[order[j]]].meetings[order[j + 1]] for j in range(0, len(order), _STRIDE)]
    olds = with_canon(olds, canon)
    fresh = with_canon(raw_new, canon)
    ranked = sorted(((m.release_id, meeting_key(m), i) for i, m in enumerate(fresh)), key=itemgetter(0, 1))
    new_keyed = [(k, fresh[i]) for _, k, i in ranked]
    new_ms = [m for _, m in new_keyed]
    names = _Names(old)
    why = names.take(new_ms)
    if why:
        return why                          # the clusters could change
    known_apart = {tuple(p) for p in old["apart"]}
    first = names.first_spellings()
    if any(may_be_apart(first[x], first[y]) for x, y in apart_pairs(new_ms) - known_apart):
        return "two names that may be one newly set apart"
    apart = sorted(known_apart | apart_pairs(new_ms))
    encounters = set(old["encounters"])
    if any(told_apart_by_people(m) and k in encounters for k, m in new_keyed):
        return "an encounter of an old one's key"
    rounds = {(s, d): k for s, d, k in old["dated_rounds"]}
    dated_open = {tuple(x) for x in old["dated_open"]}
    for _k, m in new_keyed:
        if m.number is not None and m.start is not None and (m.series, m.start.iso()) not in rounds \
                and (m.series, m.start.iso()) in dated_open:
            return "a new round on an old meeting's day"
    cluster = names.cluster
    new_finals = final_keys(new_keyed, cluster, dated_rounds=rounds)
    table = old["finals"]
    finals = [table[order[j + 2]] for j in range(0, len(order), _STRIDE)] + new_finals
    keyed = [(None, m) for m in olds] + new_keyed
    mentions, _attended = people_mentioned([m for _, m in keyed])
    officials = officials_of(mentions, cluster)
    atoms = old["atoms"] + [None] * len(new_keyed)
    res = assembled(releases, keyed, finals, cluster, officials, atoms)
    # the state of this resolution: the old one with the new releases' decisions added
    index = {k: i for i, k in enumerate(table)}
    if was == list(range(len(was))):        # the new releases listed after the old (the usual case)
        flat = list(order)
    else:
        flat = [x for j in range(0, len(order), _STRIDE) for x in (was[order[j]], order[j + 1], order[j + 2])]
    for (_, _k, i), f in zip(ranked, new_finals):
        e, mi = origin[i]
        fi = index.get(f)
        if fi is None:
            fi = index[f] = len(table)
            table.append(f)
        flat += (e, mi, fi)
    state = dict(old, exts=list(keys), apart=apart, order=flat, finals=table, atoms=atoms,
                 canon=canon, series=sorted(seen | _series_names(raw_new)),
                 last_release=max([last, *(extractions[i].release.id for i in new)]),
                 names=names.rows(), dated_rounds=[[s, d, k] for (s, d), k in rounds.items()],
                 dated_open=sorted(dated_open | {r for m in new_ms if (r := dated_round_of(m)) is not None}),
                 encounters=sorted(encounters | {k for k, m in new_keyed if told_apart_by_people(m)}))
    return res, state


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
        "spelt": sorted({tuple(sorted(p)) for p in trace["spelt"]}), "apart": sorted(trace["apart"]),
        "dated_rounds": [[s, d, k] for (s, d), k in trace["dated_rounds"].items()],
        "dated_open": sorted({r for _, m in keyed if (r := dated_round_of(m)) is not None}),
        "encounters": sorted({k for k, m in keyed if told_apart_by_people(m)}),
    }
