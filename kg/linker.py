"""The linker: which candidate facts to keep, and how sure to be of each.

The extractor's rules (:func:`kg.extract.candidates`) propose facts — a date, a way
of meeting, an attendance, a co-chair — each with named features (:class:`~kg.model.Link`):
the rule that attached it (``via=lead``), how far its evidence lies from the meeting's
name, what stands between, what the meeting is. A logistic model per kind of fact,
fitted on the gold corpora by :mod:`kg.train`, turns the features into a probability.
A fact is kept when its probability reaches the kind's fitted threshold, and the
probability is written to the graph as ``mfa:confidence``.

The model is a small JSON file (``kg/data/linker.json``): one weight per feature name.
Scoring is a sum and a logistic function in plain Python, so building a graph needs no
scikit-learn; only refitting does.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from functools import cache

from .model import Attendance, CoChair, Link, Meeting, co_chair_key, person_key
from .vocab import load_data

KINDS = ("date", "mode", "attended", "co_chair")


#: Bucket edges of the numeric features, shared by the extractor and the trainer.
FEATURE_EDGES: dict = load_data("linker_features.json")


@dataclass(frozen=True)
class Model:
    """Per kind of fact: an intercept, one weight per feature name, a keep threshold."""

    intercepts: dict[str, float]
    weights: dict[str, dict[str, float]]
    thresholds: dict[str, float]
    version: str = ""
    _memo: dict = field(default_factory=dict, compare=False, repr=False)

    def probability(self, link: Link) -> float:
        """The model's probability that ``link`` is a right fact (unknown features weigh 0).
        Memoised: a corpus has few distinct feature sets, so most calls are one lookup."""
        key = (link.kind, link.features)
        p = self._memo.get(key)
        if p is None:
            w = self.weights.get(link.kind, {})
            z = self.intercepts.get(link.kind, 0.0) + sum(w.get(f, 0.0) for f in link.features)
            p = self._memo[key] = 1.0 / (1.0 + math.exp(-z))
        return p

    def keeps(self, link: Link, p: float) -> bool:
        return p >= self.thresholds.get(link.kind, 0.0)

    @classmethod
    def from_json(cls, data: dict) -> Model:
        kinds = data["kinds"]
        return cls({k: v["intercept"] for k, v in kinds.items()},
                   {k: v["weights"] for k, v in kinds.items()},
                   {k: v["threshold"] for k, v in kinds.items()},
                   data.get("version", ""))


#: Keeps every candidate, sure of none: what the rules alone say (for training and tests).
KEEP_ALL = Model({}, {}, {k: 0.0 for k in KINDS})
#: The rules alone: every candidate but the release-wide guesses (``via=release``).
KEEP_ALL_BUT_GUESSES = Model({}, {k: {"via=release": -50.0} for k in KINDS}, {k: 0.5 for k in KINDS})


@cache
def load() -> Model:
    """The shipped model, read once per process."""
    return Model.from_json(load_data("linker.json"))


def _round(p: float) -> float:
    """Two places, and never certainty: a rule-proposed fact can always be wrong."""
    return min(round(p, 2), FEATURE_EDGES["max_confidence"])


def apply(meetings: tuple[Meeting, ...], *, model: Model) -> tuple[Meeting, ...]:
    """``meetings`` with each candidate fact kept or dropped by ``model``, kept facts
    carrying their probability, and the candidates' features cleared."""
    out = []
    for m in meetings:
        p = {(link.kind, link.key): model.probability(link) for link in m.links}
        keep = {k: model.keeps(link, p[k]) for link in m.links for k in [(link.kind, link.key)]}
        changes: dict = {"links": ()}
        if m.start is not None and ("date", "") in p:
            if keep[("date", "")]:
                changes["date_confidence"] = _round(p[("date", "")])
            else:
                changes.update(start=None, end=None)
        if m.mode is not None and ("mode", "") in p:
            if keep[("mode", "")]:
                changes["mode_confidence"] = _round(p[("mode", "")])
            else:
                changes.update(mode=None, venue=None)
        # built directly, not with dataclasses.replace: ~3× cheaper, 10 % of extraction otherwise
        changes["attendances"] = tuple(
            Attendance(a.person, a.role, a.evidence, _round(p[k])) if k in p else a
            for a in m.attendances for k in [("attended", person_key(a.person.name))] if keep.get(k, True))
        changes["co_chairs"] = tuple(
            CoChair(c.party, c.person, c.evidence, _round(p[k])) if k in p else c
            for c in m.co_chairs for k in [("co_chair", co_chair_key(c.party, c.person))] if keep.get(k, True))
        out.append(replace(m, **changes))
    return tuple(out)


