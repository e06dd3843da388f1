"""``kg evaluate``: precision, recall and F1 of a dump against gold annotations.

It reads the dump only through the contract's core terms (as analysts' queries do),
aligns each release's meetings with its gold meetings, and counts facts of nine
kinds: meetings, numbers, dates, modes, co-chairs, attendances, and whether the same
series, meeting and person get the same IRI across releases. The rules are those of
the reference scorer (``shared/eval/score_kg.py``) so the two agree; the dump is read
with Oxigraph, which is strict and much faster than rdflib on large dumps.
"""
from __future__ import annotations

import itertools
import json
import re
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

MFA = "https://w3id.org/thai-mfa-kg/ontology#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT_ID = "http://purl.org/dc/terms/identifier"
HONORIFICS = ("นางสาว", "นาง", "นาย", "ดร.", "Mr.", "Ms.", "Mrs.", "Dr.", "H.E.")
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
FACT_KINDS = ("meeting", "number", "date", "mode", "co_chair", "attended",
              "series_link", "meeting_link", "person_link")
_MODES = {MFA + "Virtual": "virtual", MFA + "InPerson": "in_person", MFA + "Hybrid": "hybrid"}


def norm_name(s: str) -> str:
    s = s.strip()
    for h in HONORIFICS:
        if s.startswith(h):
            s = s[len(h):]
    return re.sub(r"[\s.\-]+", "", s).lower()


def loosely_same(gold: str, system: str) -> bool:
    """Normalised names that the scorer takes for one person when no name matches exactly:
    one holds the other and the system's is longer than three letters."""
    return bool(gold) and len(system) > 3 and (gold in system or system in gold)


def norm_label(s: str) -> str:
    s = s.translate(THAI_DIGITS)
    s = re.sub(r"ครั้งที่\s*\d+", "", s)
    s = re.sub(r"\(.*?\)", "", s)
    return re.sub(r"\s+", "", s).lower()


def dice(a: str, b: str) -> float:
    A = {a[i:i + 2] for i in range(len(a) - 1)}
    B = {b[i:i + 2] for i in range(len(b) - 1)}
    return 2 * len(A & B) / (len(A) + len(B)) if A and B else 0.0


class _Dump:
    def __init__(self, path: Path):
        self.store = ox.Store()
        self.store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
        q = self.store.query
        self.release_of = {r["i"].value: r["r"] for r in q(f"SELECT ?r ?i WHERE {{ ?r <{DCT_ID}> ?i }}")}
        self.code = {r["c"]: r["k"].value for r in q(f"SELECT ?c ?k WHERE {{ ?c <{MFA}code> ?k }}")}

    def labels(self, node) -> list[str]:
        return [t.object.value for p in (RDFS_LABEL, SKOS + "prefLabel", SKOS + "altLabel")
                for t in self.store.quads_for_pattern(node, ox.NamedNode(p), None)]

    def one(self, node, prop: str):
        return next((t.object for t in self.store.quads_for_pattern(node, ox.NamedNode(MFA + prop), None)), None)

    def meetings(self, release_id: str) -> list[dict]:
        rel = self.release_of.get(release_id)
        if rel is None:
            return []
        out = []
        ms = {t.subject for t in self.store.quads_for_pattern(None, ox.NamedNode(MFA + "reportedIn"), rel)}
        for m in sorted(ms, key=str):
            num = self.one(m, "numberInSeries")
            mode = self.one(m, "attendanceMode")
            start = self.one(m, "startDate")
            series = self.one(m, "inSeries")
            chairs = {self.code.get(t.object, t.object.value.rsplit("/", 1)[-1])
                      for t in self.store.quads_for_pattern(m, ox.NamedNode(MFA + "coChairedBy"), None)}
            people = {t.subject for t in self.store.quads_for_pattern(None, ox.NamedNode(MFA + "attended"), m)}
            out.append({
                "iri": m, "labels": self.labels(m),
                "number": int(num.value) if num is not None and num.value.lstrip("-").isdigit() else None,
                "start_date": start.value if start is not None else None,
                "mode": _MODES.get(mode.value) if mode is not None else None,
                "series": series, "co_chairs": chairs,
                "attendees": {p: {norm_name(x) for x in self.labels(p)} for p in people},
            })
        return out


def _match_score(sm: dict, gm: dict) -> float:
    s = 0.0
    if gm["number"] is not None and sm["number"] is not None:
        s += 3 if gm["number"] == sm["number"] else -5
    if gm["start_date"] and sm["start_date"]:
        s += 2 if sm["start_date"].startswith(gm["start_date"]) else -3
    gl = norm_label(gm["label_th"])
    s += 2 * max((dice(gl, norm_label(x)) for x in sm["labels"]), default=0.0)
    return s


def _align(system: list[dict], gold: list[dict]) -> dict[int, int]:
    pairs = sorted(((_match_score(s, g), i, j) for i, s in enumerate(system) for j, g in enumerate(gold)), reverse=True)
    used_s, used_g, out = set(), set(), {}
    for sc, i, j in pairs:
        if sc >= 2 and i not in used_s and j not in used_g:
            used_s.add(i)
            used_g.add(j)
            out[i] = j
    return out


def _series_key(gm: dict) -> str:
    return gm.get("series_key") or norm_label(gm.get("series_th") or gm["label_th"])


def _meeting_key(rid: str, j: int, gm: dict) -> tuple:
    if gm["number"] is not None or gm["start_date"]:
        return (_series_key(gm), gm["number"], gm["start_date"])
    return (rid, j)


def _merge_shared(golds: list[dict]) -> None:
    chairs, people = defaultdict(set), defaultdict(dict)
    for g in golds:
        for j, gm in enumerate(g["meetings"]):
            k = _meeting_key(g["id"], j, gm)
            chairs[k] |= set(gm["co_chair_countries"])
            for a in gm["attendees"]:
                people[k].setdefault(a.get("person_key") or norm_name(a["name_th"]), a)
    for g in golds:
        for j, gm in enumerate(g["meetings"]):
            k = _meeting_key(g["id"], j, gm)
            gm["co_chair_countries"] = sorted(chairs[k])
            gm["attendees"] = list(people[k].values())


class EvaluationError(ValueError):
    """The dump or the gold folder cannot be scored; the message names the argument at fault."""


def _gold_files(gold_dir: Path) -> list[Path]:
    """The gold folder's ``*.gold.json``, or :class:`EvaluationError` saying what is wrong:
    an empty or wrong folder would otherwise score as a table of 1.000s (nothing to miss)."""
    if not gold_dir.exists():
        raise EvaluationError(f"GOLD_DIR {gold_dir}: no such folder")
    if not gold_dir.is_dir():
        hint = " (the arguments are DUMP GOLD_DIR: swapped?)" if gold_dir.suffix in (".ttl", ".nt", ".nq") else ""
        raise EvaluationError(f"GOLD_DIR {gold_dir}: is a file, not a folder of *.gold.json{hint}")
    files = sorted(gold_dir.glob("*.gold.json"))
    if not files:
        raise EvaluationError(f"GOLD_DIR {gold_dir}: holds no *.gold.json file: nothing to score against")
    return files


def _gold(path: Path) -> dict:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        raise EvaluationError(f"GOLD_DIR {path}: not valid JSON ({e})") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("id"), str) or not isinstance(gold.get("meetings"), list):
        raise EvaluationError(f"GOLD_DIR {path}: not a gold annotation (expects an object with 'id' and 'meetings')")
    return gold


def _open_dump(dump: Path) -> "_Dump":
    if not dump.exists():
        raise EvaluationError(f"DUMP {dump}: no such file")
    if dump.is_dir():
        raise EvaluationError(f"DUMP {dump}: is a folder, not a Turtle dump (the arguments are DUMP GOLD_DIR"
                              + (": swapped?)" if any(dump.glob("*.gold.json")) else ")"))
    try:
        return _Dump(dump)
    except SyntaxError as e:
        raise EvaluationError(f"DUMP {dump}: cannot parse the Turtle ({' '.join(str(e).split())[:300]})") from None


def score(dump: str | Path, gold_dir: str | Path) -> dict:
    """The evaluation of ``dump`` against ``gold_dir/*.gold.json``: per-kind P/R/F1, micro-F1, misses.
    Raises :class:`EvaluationError` naming DUMP or GOLD_DIR when either cannot be scored."""
    files = _gold_files(Path(gold_dir))
    golds = [_gold(p) for p in files]
    d = _open_dump(Path(dump))
    tp, fp, fn = defaultdict(int), defaultdict(int), defaultdict(int)
    misses: list[str] = []
    mentions = {"series_link": [], "meeting_link": [], "person_link": []}
    _merge_shared(golds)
    for gold in golds:
        rid, gms = gold["id"], gold["meetings"]
        system = d.meetings(rid)
        matched = _align(system, gms)
        hit = {j: i for i, j in matched.items()}
        for i, sm in enumerate(system):
            j = matched.get(i)
            if j is None:
                fp["meeting"] += 1
                misses.append(f"{rid}: extra meeting {sm['labels'][:1]} #{sm['number']}")
                fp["number"] += sm["number"] is not None
                fp["date"] += sm["start_date"] is not None
                fp["co_chair"] += len(sm["co_chairs"])
                fp["attended"] += len(sm["attendees"])
            elif not gms[j].get("optional"):
                tp["meeting"] += 1
        for j, gm in enumerate(gms):
            if gm.get("optional"):
                continue
            sm = system[hit[j]] if j in hit else None
            if sm is None:
                fn["meeting"] += 1
                misses.append(f"{rid}: missed meeting {gm['label_th']} #{gm['number']}")
            mentions["series_link"].append((_series_key(gm), sm["series"] if sm else None))
            mentions["meeting_link"].append((_meeting_key(rid, j, gm), sm["iri"] if sm else None))
            show = f"{gm['label_th']} #{gm['number']}"

            def judge(kind, gval, sval):
                if gval is not None and gval == sval:
                    tp[kind] += 1
                    return
                fn[kind] += gval is not None
                fp[kind] += sval is not None
                if gval is not None or sval is not None:
                    misses.append(f"{rid}: {kind} of {show}: gold {gval!r}, got {sval!r}")

            judge("number", gm["number"], sm["number"] if sm else None)
            sdate = sm["start_date"] if sm else None
            if sdate and gm["start_date"] and sdate.startswith(gm["start_date"]):
                sdate = gm["start_date"]
            judge("date", gm["start_date"], sdate)
            judge("mode", None if gm["mode"] == "unknown" else gm["mode"], sm["mode"] if sm else None)
            gc, sc = set(gm["co_chair_countries"]), (sm["co_chairs"] if sm else set())
            tp["co_chair"] += len(gc & sc)
            fn["co_chair"] += len(gc - sc)
            fp["co_chair"] += len(sc - gc)
            if gc != sc:
                misses.append(f"{rid}: co-chairs of {show}: gold {sorted(gc)}, got {sorted(sc)}")
            s_att = dict(sm["attendees"]) if sm else {}
            found = set()
            for a in gm["attendees"]:
                key = norm_name(a["name_th"])
                p = next((p for p, names in s_att.items() if key in names and p not in found), None)
                if p is None:
                    p = next((p for p, names in s_att.items() if p not in found and any(
                        loosely_same(key, n) for n in names)), None)
                if p is not None:
                    found.add(p)
                    tp["attended"] += 1
                else:
                    fn["attended"] += 1
                    misses.append(f"{rid}: attendee {a['name_th']} of {show} missing")
                mentions["person_link"].append((a.get("person_key") or key, p))
            for p in set(s_att) - found:
                fp["attended"] += 1
                misses.append(f"{rid}: extra attendee {sorted(s_att[p])[:1]} of {show}")
    for kind, ms in mentions.items():
        for (ga, sa), (gb, sb) in itertools.combinations(ms, 2):
            same_sys = sa is not None and sa == sb
            if ga == gb and same_sys:
                tp[kind] += 1
            elif ga == gb:
                fn[kind] += 1
            elif same_sys:
                fp[kind] += 1
    table = {}
    for k in FACT_KINDS:
        p = tp[k] / (tp[k] + fp[k]) if tp[k] + fp[k] else (1.0 if not fn[k] else 0.0)
        r = tp[k] / (tp[k] + fn[k]) if tp[k] + fn[k] else 1.0
        table[k] = {"tp": tp[k], "fp": fp[k], "fn": fn[k], "precision": p, "recall": r,
                    "f1": 2 * p * r / (p + r) if p + r else 0.0}
    T, F, N = (sum(x[k] for k in FACT_KINDS) for x in (tp, fp, fn))
    P = T / (T + F) if T + F else 0.0
    R = T / (T + N) if T + N else 0.0
    return {"kinds": table, "micro_f1": 2 * P * R / (P + R) if P + R else 0.0,
            "micro_precision": P, "micro_recall": R, "misses": misses}


def format_table(res: dict) -> str:
    lines = [f"{'fact':<12} {'P':>6} {'R':>6} {'F1':>6}  tp/fp/fn"]
    for k, x in res["kinds"].items():
        lines.append(f"{k:<12} {x['precision']:6.3f} {x['recall']:6.3f} {x['f1']:6.3f}  {x['tp']}/{x['fp']}/{x['fn']}")
    lines.append(f"micro-P {res['micro_precision']:.3f} micro-R {res['micro_recall']:.3f}")
    lines.append(f"micro-F1 {res['micro_f1']:.3f}")
    return "\n".join(lines)
