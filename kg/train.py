"""``kg train``: refit the linker (``kg/data/linker.json``) from the gold corpora.

Every release of the gold corpora listed in ``kg/data/linker_features.json`` goes
through the extractor's rules (:func:`kg.extract.candidates`); each candidate fact is
labelled right or wrong against its release's gold, as the reference scorer would
judge it; a logistic regression per kind of fact is fitted on the features. The keep
threshold of each kind is the one (at most 0.5) that maximises the reference scorer's
micro-F1 over the graphs the shipped model yields on all the corpora: scored on graphs,
not candidates, because dropping a date can cost its whole meeting.

The same run measures generalisation: for each corpus, the model fitted on all the
others extracts it and the scorer scores it (the leave-one-corpus-out table), and the
held-out probabilities, binned, give the reliability table. Output is deterministic:
the same corpora give the same file, byte for byte (``kg train --check``).
"""
from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from . import evaluate, linker, rdf
from .extract import candidates
from .model import Extraction, Link, Meeting, Release, person_key
from .read import read_release
from .resolve import resolve

MODEL_FILE = Path(__file__).parent / "data" / "linker.json"


@dataclass(frozen=True)
class Example:
    corpus: str
    release: str
    kind: str
    features: tuple[str, ...]
    right: bool


@dataclass
class Corpus:
    name: str
    gold_dir: Path
    meetings: dict[str, tuple[Meeting, ...]]     # release id → candidate meetings
    examples: list[Example]


def _system_view(m: Meeting) -> dict:
    labels = [m.label, m.series] + ([m.label_en] if m.label_en else [])
    return {"labels": labels, "number": m.number, "start_date": m.start.iso() if m.start else None}


def _is_right(link, m: Meeting, gm: dict) -> bool:
    """Would the reference scorer count this fact as right?"""
    if link.kind == "date":
        return bool(gm["start_date"]) and m.start.iso().startswith(gm["start_date"])
    if link.kind == "mode":
        return gm["mode"] == m.mode
    if link.kind == "co_chair":
        return link.key in gm["co_chair_countries"]
    a = next(a for a in m.attendances if person_key(a.person.name) == link.key)
    key = evaluate.norm_name(a.person.name)
    golds = [evaluate.norm_name(g["name_th"]) for g in gm["attendees"]]
    return any(key == g or evaluate.loosely_same(g, key) for g in golds)


def load_corpus(name: str, source: Path, gold_dir: Path) -> Corpus:
    """Extract every release of ``source`` that has gold, and label its candidate facts."""
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.gold.json"))]
    evaluate._merge_shared(golds)
    meetings, examples = {}, []
    for gold in golds:
        path = next((p for p in (source / f"{gold['id']}.txt", source / f"{gold['id']}.html") if p.exists()), None)
        if path is None:
            continue
        ms = candidates(read_release(path))
        meetings[gold["id"]] = ms
        gms = gold["meetings"]
        matched = evaluate._align([_system_view(m) for m in ms], gms)
        for i, m in enumerate(ms):
            gm = gms[matched[i]] if i in matched else None
            if gm is None or gm.get("optional"):
                continue        # a meeting gold does not hold: whether its facts are linked right is moot
            for link in m.links:
                examples.append(Example(name, gold["id"], link.kind, link.features, _is_right(link, m, gm)))
    return Corpus(name, gold_dir, meetings, examples)


def missing_corpora(root: Path) -> list[str]:
    """The gold corpora's folders that are not under ``root``."""
    return [p for c in linker.FEATURE_EDGES["corpora"] for p in (c["source"], c["gold"]) if not (root / p).is_dir()]


def load_corpora(root: Path) -> list[Corpus]:
    spec = linker.FEATURE_EDGES["corpora"]
    return [load_corpus(c["name"], root / c["source"], root / c["gold"]) for c in spec]


def _fit_kind(examples: list[Example]) -> dict:
    """One kind's logistic regression: intercept and weights rounded to 4 decimals."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    labels = [e.right for e in examples]
    if len(set(labels)) < 2:         # all right (or all wrong): a constant model
        return {"intercept": 4.0 if (labels and labels[0]) else -4.0, "weights": {}}
    vec = DictVectorizer(sort=True)
    X = vec.fit_transform([{f: 1 for f in e.features} for e in examples])
    clf = LogisticRegression(C=linker.FEATURE_EDGES["regularisation_C"], max_iter=5000, solver="lbfgs")
    clf.fit(X, labels)
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0])}
    return {"intercept": round(float(clf.intercept_[0]), 4), "weights": {k: w for k, w in sorted(weights.items()) if w}}


def fit(examples: list[Example], thresholds: dict[str, float] | None = None) -> dict:
    """The model file's content fitted on ``examples``."""
    kinds = {}
    for kind in linker.KINDS:
        part = [e for e in examples if e.kind == kind]
        kinds[kind] = _fit_kind(part) | {"threshold": (thresholds or {}).get(kind, 0.5), "examples": len(part)}
    return {"version": linker.FEATURE_EDGES["version"], "about": "Fitted by `kg train` from the gold corpora; do not edit.",
            "kinds": kinds}


def _pooled_f1(corpora: list[Corpus], models: dict[str, linker.Model]) -> float:
    """Micro-F1 of the reference scorer's counts pooled over ``corpora``, each extracted
    with its own model: the figure the thresholds are chosen to maximise. Scored on the
    graph, not on the candidates, because dropping a fact can cost more than the fact
    (a meeting without its date may no longer be recognised as the gold's meeting)."""
    tp = fp = fn = 0
    for c in corpora:
        kinds = _score(c, models[c.name])["kinds"]
        tp += sum(k["tp"] for k in kinds.values())
        fp += sum(k["fp"] for k in kinds.values())
        fn += sum(k["fn"] for k in kinds.values())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _fit_thresholds(corpora: list[Corpus], held: dict[str, linker.Model]) -> dict[str, float]:
    """Coordinate ascent over the grid, one kind at a time, on held-out models' graphs;
    ties go to the lower threshold (keep the fact)."""
    grid = linker.FEATURE_EDGES["threshold_grid"]
    thresholds = {k: grid[0] for k in linker.KINDS}

    def value(th):
        return _pooled_f1(corpora, {n: replace(m, thresholds=dict(th)) for n, m in held.items()})

    best = value(thresholds)
    for _ in range(linker.FEATURE_EDGES["threshold_passes"]):
        for kind in linker.KINDS:
            for t in grid:
                trial = thresholds | {kind: t}
                f = value(trial)
                if f > best + 1e-9:
                    best, thresholds = f, trial
    return thresholds


def _score(corpus: Corpus, model: linker.Model) -> dict:
    exs = [Extraction(_release_stub(rid), linker.apply(ms, model=model)) for rid, ms in sorted(corpus.meetings.items())]
    res = resolve(exs)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kg.ttl"
        with path.open("w", encoding="utf-8") as fh:
            rdf.to_turtle(rdf.triples(res), fh)
        return evaluate.score(path, corpus.gold_dir)


def _release_stub(rid: str) -> Release:
    return Release(rid, "", rid, "")


def run(root: Path) -> tuple[dict, dict]:
    """Fit the model on every corpus under ``root``; return it with the evaluation report."""
    corpora = load_corpora(root)
    everything = [e for c in corpora for e in c.examples]
    held_out: list[tuple[str, float, bool]] = []     # (kind, p, right) from models that never saw it
    loco = {}
    for c in corpora:
        rest = [e for e in everything if e.corpus != c.name]
        m = linker.Model.from_json(fit(rest))
        held_out += [(e.kind, m.probability(_as_link(e)), e.right) for e in c.examples]
        loco[c.name] = m
    # thresholds: chosen on the graphs of the model fitted on everything, the one shipped,
    # so no gold corpus loses a fact to a threshold it did not need (the held-out table
    # below then uses these thresholds with the held-out weights)
    whole = linker.Model.from_json(fit(everything))
    thresholds = _fit_thresholds(corpora, {c.name: whole for c in corpora})
    model = fit(everything, thresholds)
    final = linker.Model.from_json(model)
    table = []
    for c in corpora:
        held = replace(loco[c.name], thresholds=thresholds)
        table.append({"corpus": c.name, "releases": len(c.meetings),
                      "rules_only": _score(c, linker.KEEP_ALL_BUT_GUESSES)["micro_f1"],
                      "in_sample": _score(c, final)["micro_f1"],
                      "held_out": _score(c, held)["micro_f1"]})
    bins = linker.FEATURE_EDGES["reliability_bins"]
    reliability = []
    for lo, hi in zip(bins, bins[1:]):
        inb = [(p, r) for _, p, r in held_out if lo <= p < hi or (hi == bins[-1] and p == hi)]
        if inb:
            reliability.append({"bin": f"{lo:.2f}–{hi:.2f}", "facts": len(inb),
                                "mean_confidence": sum(p for p, _ in inb) / len(inb),
                                "precision": sum(r for _, r in inb) / len(inb)})
    return model, {"loco": table, "reliability": reliability, "thresholds": thresholds,
                   "examples": len(everything)}


def _as_link(e: Example) -> Link:
    return Link(e.kind, "", e.features)


def dumps(model: dict) -> str:
    return json.dumps(model, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def format_report(report: dict) -> str:
    lines = ["leave-one-corpus-out micro-F1 (rules only / fitted in-sample / fitted held-out):",
             f"{'corpus':<10} {'rel':>4} {'rules':>6} {'in':>6} {'held':>6}"]
    for r in report["loco"]:
        lines.append(f"{r['corpus']:<10} {r['releases']:>4} {r['rules_only']:6.3f} {r['in_sample']:6.3f} {r['held_out']:6.3f}")
    lines.append("reliability of held-out confidences:")
    lines.append(f"{'bin':<10} {'facts':>6} {'mean p':>7} {'precision':>9}")
    for r in report["reliability"]:
        lines.append(f"{r['bin']:<10} {r['facts']:>6} {r['mean_confidence']:7.3f} {r['precision']:9.3f}")
    lines.append("thresholds: " + ", ".join(f"{k} {v:.2f}" for k, v in report["thresholds"].items()))
    return "\n".join(lines)
