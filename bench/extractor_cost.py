#!/usr/bin/env python3
"""What the extractor costs a release now, against an earlier revision, side by side.

    python bench/extractor_cost.py --against 8bd909d            # the 2026-11-22 extractor
    python bench/extractor_cost.py --against 8bd909d --n 500 --repeats 5

Reading and extracting (``kg.process.process_file``: what ``--jobs`` spreads) are timed in
a fresh process for each tree, the two trees alternating, best of ``--repeats``, on the
same two corpora: ``--n`` synthetic releases (bench/synth.py, seed 7) and the realistic
releases of this tree (the dev corpora and the five seeds). The earlier revision is
checked out into a temporary git worktree and removed afterwards. Prints ms a release,
MB/s and the ratio (earlier ÷ now), and writes ``bench/results/<date>-extractor-cost.json``.

Why: the one-process build's ratio to newmm (bench/run.py) mixes the extractor with the
stages after it; this isolates the extractor, the stage the accuracy work grows.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: run in a child with PYTHONPATH at one tree: read and extract every file, best of N
CHILD = r"""
import json, os, sys, time
from kg.process import process_file
files = json.loads(sys.argv[1]); repeats = int(sys.argv[2])
for f in files[:20]:
    process_file(f)                                 # imports, vocabularies, regex caches
best = float("inf")
for _ in range(repeats):
    t = time.perf_counter()
    for f in files:
        process_file(f)
    best = min(best, time.perf_counter() - t)
import kg
print(json.dumps({"seconds": best, "kg": kg.__file__}))
"""


def _corpora(work: Path, n: int) -> dict[str, list[str]]:
    synth = work / f"synth{n}"
    if not (synth / "releases").is_dir():
        subprocess.run([sys.executable, str(ROOT / "bench" / "synth.py"), "--n", str(n), "--out", str(synth),
                        "--seed", "7"], check=True, stdout=subprocess.DEVNULL)
    real = sorted(str(p) for p in (*ROOT.glob("tests/corpus*/*.txt"), *ROOT.glob("seeds/*")) if p.is_file())
    return {"synthetic": sorted(str(p) for p in (synth / "releases").glob("*.txt")), "realistic": real}


def _time(tree: Path, files: list[str], repeats: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHAINLP_OFFLINE": "1", "PYTHONHASHSEED": "0"}
    # run from the tree itself: ``python -c`` puts the working folder before PYTHONPATH
    p = subprocess.run([sys.executable, "-c", CHILD, json.dumps(files), str(repeats)], env=env, cwd=tree,
                       capture_output=True, text=True, check=True)
    got = json.loads(p.stdout.strip().splitlines()[-1])
    if not Path(got["kg"]).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"timed {got['kg']}, not the tree at {tree}")
    return got["seconds"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--against", required=True, help="the earlier revision (a commit, tag or branch)")
    ap.add_argument("--n", type=int, default=500, help="synthetic releases (default 500)")
    ap.add_argument("--repeats", type=int, default=3, help="best of this many passes (default 3)")
    ap.add_argument("--rounds", type=int, default=2, help="alternations of the two trees (default 2)")
    ap.add_argument("--out", type=Path, default=None, help="result JSON")
    a = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="kg-extractor-cost-"))
    old = work / "against"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(old), a.against],
                   check=True, capture_output=True)
    try:
        corpora = _corpora(work, a.n)
        rows: dict[str, dict] = {}
        for name, files in corpora.items():
            mb = sum(os.path.getsize(f) for f in files) / 1e6
            best = {"now": float("inf"), "against": float("inf")}
            for _ in range(a.rounds):
                for side, tree in (("against", old), ("now", ROOT)):
                    best[side] = min(best[side], _time(tree, files, a.repeats))
            rows[name] = {"files": len(files), "mb": round(mb, 3),
                          **{f"{side}_ms_per_release": round(s / len(files) * 1000, 3) for side, s in best.items()},
                          **{f"{side}_mb_per_s": round(mb / s, 3) for side, s in best.items()},
                          "now_over_against": round(best["now"] / best["against"], 2)}
            r = rows[name]
            print(f"{name:10s} {len(files):5d} releases {mb:6.2f} MB  {a.against}: {r['against_ms_per_release']:.2f} ms "
                  f"({r['against_mb_per_s']:.2f} MB/s)  now: {r['now_ms_per_release']:.2f} ms "
                  f"({r['now_mb_per_s']:.2f} MB/s): now takes {r['now_over_against']:.2f}× as long")
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True).stdout.strip()
        out = a.out or ROOT / "bench" / "results" / f"{dt.date.today().isoformat()}-extractor-cost.json"
        out.write_text(json.dumps({"now": head, "against": a.against, "repeats": a.repeats, "rounds": a.rounds,
                                   "python": sys.version.split()[0], "cpus": os.cpu_count(), "corpora": rows},
                                  indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {out}", file=sys.stderr)
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
