#!/usr/bin/env python3
"""The benchmark: the whole ``kg build`` against newmm and a regex pass, side by side.

    python bench/run.py                       # N = 1k, 10k, 100k (about 12 min on 2 cores)
    python bench/run.py --sizes 1000          # a quick look
    python bench/run.py --sizes 1000,10000 --no-browser --work /tmp/kg-bench
    python bench/run.py --sizes 100000 --publish-only   # kg publish --bulk to a real Oxigraph server

For each N, on a synthetic corpus with gold (bench/synth.py, seed 7, cached in WORK):

- the whole build in one process (``--jobs 1 --no-cache``, a subprocess, the corpus
  read once just before so that it comes from the page cache as newmm's does): seconds,
  MB/s, releases/s and peak RSS; then with ``--jobs J`` (default: the cores);
- pythainlp newmm tokenising the same text (the anchor; above 30 MB of text, a seeded
  uniform sample of whole releases of at least 20 MB), and a plain regex pass over all
  of it (the practical limit), both in MB/s, in this process;
- extraction F1 on the synthetic gold (``score()`` of shared/eval/score_kg.py; it parses
  the dump with rdflib and pairs mentions, so only up to ``--f1-max`` releases, 1k by
  default; the extraction code is the same at every N);
- the incremental build: a cached build of N-1 releases, then one release added
  (up to ``--incremental-max``); every output file is compared byte for byte with a
  clean build (``--no-cache``) of the same files from the same published IRIs; and the
  floor of any rebuild that keeps today's outputs (the nothing-changed build's time plus
  the seconds it takes to make the global outputs again, the entity pages shown apart),
  with the add-one time as a ratio of it (target: 1.3); ``--only-incremental`` measures
  this alone;

then the same one-process build and newmm on realistic releases (the dev corpora and
the five real seeds, copied to ``--dev-mb`` of text);

and on the largest N: loading the dump into pyoxigraph (s per million triples), every
named query in kg/queries (pyoxigraph, and rdflib's in-memory SPARQL on the largest
dump of at most ``--rdflib-max`` releases for the ratio), the persistent store of
``kg serve`` (kg.store), and the HTML view drawn in headless Chromium (Playwright).
A lookup query (``# required: who``) is asked about the official who attended the most
meetings (the largest answer about one official); its whole listing (``who`` empty) is
timed apart, as the export it is.

With ``--publish`` (or ``--publish-only``, which skips everything else): ``kg publish
--bulk`` of the largest N's dump to a real ``oxigraph serve`` started by the bench on an
empty store, through Oxigraph's bulk loader (``/store?no_transaction``) and, up to
``--publish-transactional-max`` releases, with a transaction per batch (what any Graph
Store server does), and up to ``--publish-put-max`` as the plain one-PUT ``kg publish``
for comparison: seconds, dump MB/s, triples/s, peak RSS of the ``kg publish`` process and of the server, and the
verified triple count against the build's and a COUNT asked afterwards.

With ``--cluster`` (``--cluster-only``: nothing else), each N of at least 10k is also
built through a Dask LocalCluster of two worker processes (``kg build --scheduler``)
beside ``--jobs 2``, alternating, as a ratio; the workers' CPU per file, the client's CPU
per file and the client-side stages give a projection to 10 M releases on 8, 32 and 128
workers, and the client-side stage that stops scaling first.

Prints the figures and the ratios, writes ``bench/results/<date>-<host>.json``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SCORER = Path(os.environ.get("KG_SCORER", ROOT.parent / "shared" / "eval" / "score_kg.py"))
SEED = 7
MB = 1e6


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- corpus
def corpus(work: Path, n: int) -> Path:
    """WORK/sN/{releases,gold}, generated once per (N, seed, version of bench/synth.py)."""
    import hashlib

    d = work / f"s{n}"
    stamp = d / "synth.json"
    generator = hashlib.sha256((BENCH / "synth.py").read_bytes()).hexdigest()[:16]
    if stamp.exists():
        info = json.loads(stamp.read_text())
        if info.get("releases") == n and info.get("generator") == generator:
            return d
    shutil.rmtree(d, ignore_errors=True)
    sys.path.insert(0, str(BENCH))
    import synth

    info = {**synth.generate(n, d, seed=SEED), "generator": generator}
    stamp.write_text(json.dumps(info))
    return d


def machine() -> dict:
    cpu = ""
    try:
        cpu = next(ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                   if ln.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = ""
    try:
        kb = int(next(ln.split()[1] for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal")))
        mem = f"{kb / 1024 / 1024:.0f} GB"
    except (OSError, StopIteration):
        pass
    import pyoxigraph
    import pythainlp
    import rdflib

    return {"cpu": cpu, "cores": os.cpu_count(), "memory": mem, "python": platform.python_version(),
            "os": platform.platform(), "pythainlp": pythainlp.__version__, "pyoxigraph": pyoxigraph.__version__,
            "rdflib": rdflib.__version__}


# --------------------------------------------------------------------------- measures
def kg_child(*args: str) -> dict:
    """Run ``kg ARGS`` in a fresh process; its wall time and peak RSS."""
    p = subprocess.run([sys.executable, str(BENCH / "_child.py"), *args], capture_output=True, text=True)
    line = next((ln for ln in p.stdout.splitlines() if ln.startswith("BENCH ")), None)
    if line is None:
        raise RuntimeError(f"kg {' '.join(args)} failed:\n{p.stdout[-2000:]}\n{p.stderr[-4000:]}")
    res = json.loads(line[6:])
    if res["exit"] not in (0,):
        raise RuntimeError(f"kg {' '.join(args)} exited {res['exit']}:\n{p.stderr[-4000:]}")
    stages = {}
    for ln in p.stderr.splitlines():           # kg build --timings
        m = re.match(r"kg: timing: +([\d.]+) s  (.+)$", ln)
        if m:
            stages[m.group(2)] = float(m.group(1))
    if stages:
        res["stages"] = stages
    return res


def warm(files: list[Path]) -> float:
    """Read every file once (seconds taken): each timed build, like newmm's timing, then
    reads text from the page cache. This VM gives idle page cache back to the host
    within minutes, so without it the first build of a run also paid the disk (0.8 s
    for the 10k corpus, several seconds at 100k) and the second did not."""
    t0 = time.perf_counter()
    for f in files:
        f.read_bytes()
    return round(time.perf_counter() - t0, 2)


def texts_of(files: list[Path]):
    for f in files:
        yield f.read_text(encoding="utf-8")


def newmm_rate(files: list[Path], sample_over: float) -> dict:
    from pythainlp.tokenize import word_tokenize

    total = sum(f.stat().st_size for f in files)
    sampled = total > sample_over
    chosen = files
    if sampled:
        rng = random.Random(SEED)
        order = files[:]
        rng.shuffle(order)
        chosen, size = [], 0
        for f in order:
            chosen.append(f)
            size += f.stat().st_size
            if size >= 20 * MB:
                break
    texts = list(texts_of(chosen))
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    word_tokenize("ทดสอบการตัดคำ", engine="newmm")    # load the dictionary outside the timing
    t0 = time.perf_counter()
    tokens = 0
    for t in texts:
        tokens += len(word_tokenize(t, engine="newmm"))
    sec = time.perf_counter() - t0
    return {"mb": round(nbytes / MB, 2), "seconds": round(sec, 2), "mb_s": round(nbytes / MB / sec, 3),
            "tokens": tokens, "sampled": sampled,
            "sample": f"seeded uniform sample (seed {SEED}) of {len(chosen)} whole releases" if sampled else "all text"}


_REGEX = re.compile(r"[\u0e01-\u0e4e]+|[A-Za-z]+|[0-9\u0e50-\u0e59]+")


def regex_rate(files: list[Path]) -> dict:
    nbytes, sec, found = 0, 0.0, 0
    batch: list[str] = []

    def run():
        nonlocal sec, found
        t0 = time.perf_counter()
        for t in batch:
            found += len(_REGEX.findall(t))
        sec += time.perf_counter() - t0
        batch.clear()

    for t in texts_of(files):
        nbytes += len(t.encode("utf-8"))
        batch.append(t)
        if len(batch) >= 2000:
            run()
    run()
    return {"mb": round(nbytes / MB, 2), "seconds": round(sec, 3), "mb_s": round(nbytes / MB / sec, 1)}


def dev_corpora(work: Path, target_mb: float) -> dict:
    """The one-process build against newmm on realistic releases: the dev corpora
    (``tests/corpus*``, written by hand after real ones from the ministry, embassies and
    news sites) and the five real seeds, copied under new names until there are
    ``target_mb`` of text. They are shorter than the synthetic releases (4 KB against
    6 KB), a tenth are saved web pages, and they are denser in facts, so the ratio is
    lower than on the synthetic corpus. The copies are duplicates, which the build reads
    and extracts like any file and then counts once: the time is the extraction's, the
    graph is the originals'."""
    folders = [d for d in sorted(ROOT.glob("tests/corpus*")) if d.is_dir() and not d.name.endswith("_gold")]
    sources = []
    for f in [p for d in folders for p in sorted(d.iterdir())] + sorted((ROOT / "seeds").glob("*.txt")):
        if f.suffix in (".txt", ".html"):
            try:
                f.read_bytes().decode("utf-8")
            except UnicodeDecodeError:
                continue                    # newmm is given the same text: UTF-8 files only
            sources.append(f)
    dst = work / "dev-corpora"
    shutil.rmtree(dst, ignore_errors=True)
    dst.mkdir(parents=True)
    files, size, copy = [], 0, 0
    while size < target_mb * MB:
        for f in sources:
            out = dst / f"c{copy:03d}_{f.parent.name}_{f.name}"
            shutil.copyfile(f, out)
            files.append(out)
            size += out.stat().st_size
        copy += 1
    warm(files)
    one = kg_child("build", str(dst), "--out", str(work / "dev-corpora-out"), "--jobs", "1", "--quiet", "--no-cache",
                   "--timings")
    nm = newmm_rate(files, float("inf"))
    mb = size / MB
    return {"sources": len(sources), "copies": copy, "files": len(files), "text_mb": round(mb, 2),
            "build_1": {**one, "mb_s": round(mb / one["seconds"], 3)}, "newmm": nm,
            "build_1_vs_newmm": round(mb / one["seconds"] / nm["mb_s"], 2)}


def f1(dump: Path, gold: Path) -> dict:
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_kg", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    t0 = time.perf_counter()
    res = mod.score(dump, gold)
    out = {"seconds": round(time.perf_counter() - t0, 1)}
    for k in ("micro_f1", "micro_precision", "micro_recall"):
        if k in res:
            out[k] = round(res[k], 4)
    out["kinds"] = res.get("kinds")
    if "micro_f1" not in out:   # the scorer's layout may change: keep whatever looks like a summary
        out.update({k: v for k, v in res.items() if isinstance(v, (int, float))})
    return out


#: the laps of ``kg build --timings`` that make the global outputs (one release more changes
#: every node's degree centrality, the sampled betweenness and Louvain's communities, so
#: metrics.json and its tables, GEXF, GraphML, graph.html and report.json are made again
#: by any rebuild); the entity pages (site/) are timed apart and reported beside them
FLOOR_LAPS = ("metrics, exports and view", "report.json")
PAGES_LAP = "entity pages"
#: the rebuild target: adding one release takes at most this many times the floor
ADD_ONE_TARGET = 1.3


def outputs_of(out: Path) -> dict[str, bytes]:
    """Every output file of a build folder (relative path → bytes), the links into the
    current generation followed; the build's own state (``.cache``, ``.gen``, ``.lock``)
    left out."""
    found = {}
    for root, dirs, files in os.walk(out, followlinks=True):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if not f.startswith("."):
                p = Path(root) / f
                found[str(p.relative_to(out))] = p.read_bytes()
    return found


def compare_outputs(a: Path, b: Path) -> dict:
    """Whether two build folders hold the same output files, byte for byte."""
    x, y = outputs_of(a), outputs_of(b)
    differ = sorted(k for k in x.keys() & y.keys() if x[k] != y[k])
    only = sorted(x.keys() ^ y.keys())
    return {"identical": not differ and not only and bool(x), "files": len(x), "differing": differ[:20],
            "only_in_one": only[:20]}


def incremental(src: Path, work: Path, jobs: int, clean_dump: Path | None = None) -> dict:
    """A cached build of N-1 releases, then the N-th added: seconds, against the floor of
    any rebuild, and every output compared byte for byte with a clean build
    (``--no-cache``, a fresh folder) of the same N files."""
    files = sorted((src / "releases").glob("*.txt"))
    inc = work / "inc-in"
    shutil.rmtree(inc, ignore_errors=True)
    inc.mkdir(parents=True)
    for f in files[:-1]:
        os.link(f, inc / f.name)
    out = work / "inc-out"
    shutil.rmtree(out, ignore_errors=True)
    cold = kg_child("build", str(inc), "--out", str(out), "--jobs", str(jobs), "--quiet")
    published = (out / "iri-map.json").read_bytes()
    os.link(files[-1], inc / files[-1].name)
    warm = kg_child("build", str(inc), "--out", str(out), "--jobs", str(jobs), "--quiet", "--timings")
    nothing = kg_child("build", str(inc), "--out", str(out), "--jobs", str(jobs), "--quiet")
    # the clean build starts from the IRIs published so far (iri-map.json: build state, not
    # cache), as a --no-cache rebuild of OUT would; one into an empty folder is compared too
    # (it may name an entity otherwise, e.g. by its newly seen Latin spelling)
    clean_out, fresh_out = work / "inc-clean", work / "inc-fresh"
    for d in (clean_out, fresh_out):
        shutil.rmtree(d, ignore_errors=True)
    clean_out.mkdir()
    (clean_out / "iri-map.json").write_bytes(published)
    clean = kg_child("build", str(inc), "--out", str(clean_out), "--jobs", str(jobs), "--quiet", "--no-cache",
                     "--timings")
    kg_child("build", str(inc), "--out", str(fresh_out), "--jobs", str(jobs), "--quiet", "--no-cache")
    compared = compare_outputs(out, clean_out)
    compared_fresh = compare_outputs(out, fresh_out)
    same_dump = (out / "kg.ttl").read_bytes() == clean_dump.read_bytes() if clean_dump else None
    # The floor of any rebuild that keeps today's outputs: the inputs checked (what the
    # nothing-changed build does) plus the global outputs made again (FLOOR_LAPS). Their
    # laps come from a one-process add-one build, where nothing runs beside them.
    os.unlink(inc / files[-1].name)
    kg_child("build", str(inc), "--out", str(out), "--jobs", "1", "--quiet")          # back to N-1, cached
    os.link(files[-1], inc / files[-1].name)
    one = kg_child("build", str(inc), "--out", str(out), "--jobs", "1", "--quiet", "--timings")
    st = one.get("stages", {})
    global_outputs = round(sum(st.get(k, 0.0) for k in FLOOR_LAPS), 3)
    pages = round(st.get(PAGES_LAP, 0.0), 3)
    floor = round(nothing["seconds"] + global_outputs + pages, 3)
    floor_no_pages = round(nothing["seconds"] + global_outputs, 3)
    return {"cold_seconds_n_minus_1": cold["seconds"], "add_one_seconds": warm["seconds"],
            "unchanged_seconds": nothing["seconds"], "clean_seconds": clean["seconds"],
            "outputs_identical_to_clean_build": compared["identical"], "outputs_compared": compared,
            "outputs_identical_to_clean_build_in_empty_folder": compared_fresh["identical"],
            "outputs_compared_empty_folder": compared_fresh,
            "dump_identical_to_clean_build": same_dump if same_dump is not None else compared["identical"],
            "rss_mb": warm["rss_mb"], "add_one_stages": warm.get("stages", {}), "clean_stages": clean.get("stages", {}),
            "add_one_seconds_jobs_1": one["seconds"], "add_one_stages_jobs_1": st,
            "floor": {"unchanged_seconds": nothing["seconds"], "global_outputs_seconds": global_outputs,
                      "entity_pages_seconds": pages, "seconds": floor, "seconds_without_pages": floor_no_pages},
            "add_one_vs_floor": round(warm["seconds"] / floor, 3),
            "add_one_vs_floor_without_pages": round(warm["seconds"] / floor_no_pages, 3),
            "target": ADD_ONE_TARGET, "target_met": warm["seconds"] <= ADD_ONE_TARGET * floor and compared["identical"]}


RDFLIB_CHILD = """
import json, sys, time
import rdflib
from kg import query
t0 = time.perf_counter()
g = rdflib.Graph()
g.parse(sys.argv[1], format="turtle")
print(json.dumps({"parse_seconds": round(time.perf_counter() - t0, 2), "triples": len(g)}), flush=True)
texts = json.loads(open(sys.argv[2], encoding="utf-8").read())   # name → text, parameters bound
for name in sys.argv[3:]:
    t0 = time.perf_counter()
    try:
        rows = len(list(g.query(texts[name], initNs=query.PREFIXES)))
    except Exception as e:  # rdflib cannot run this query at all
        print(json.dumps({"name": name, "seconds": None, "rows": None, "error": f"{type(e).__name__}: {e}"[:200]}), flush=True)
        continue
    print(json.dumps({"name": name, "seconds": round(time.perf_counter() - t0, 4), "rows": rows}), flush=True)
"""


def rdflib_side(dump: Path, texts: dict[str, str], timeout: float) -> dict:
    """rdflib's in-memory SPARQL on ``dump``, each query (name → text, parameters bound)
    with a time limit (a child process that parses once and runs the queries in turn;
    restarted after a query times out)."""
    import queue
    import tempfile
    import threading

    out: dict = {"queries": {}}
    todo = list(texts)
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as fh:
        json.dump(texts, fh, ensure_ascii=False)
    while todo:
        proc = subprocess.Popen([sys.executable, "-c", RDFLIB_CHILD, str(dump), fh.name, *todo],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=lambda: [lines.put(ln) for ln in proc.stdout] + [lines.put(None)], daemon=True).start()
        try:
            head = json.loads(lines.get(timeout=600))
            out["parse_seconds"], out["triples"] = head["parse_seconds"], head["triples"]
            while todo:
                ln = lines.get(timeout=timeout + 1)
                if ln is None:
                    raise RuntimeError("rdflib child died")
                d = json.loads(ln)
                out["queries"][d["name"]] = {k: d[k] for k in ("seconds", "rows", "error") if k in d}
                todo.remove(d["name"])
        except queue.Empty:
            out["queries"][todo[0]] = {"seconds": None, "timeout": True}
            todo.pop(0)
        except (RuntimeError, ValueError, TypeError):
            for name in todo:
                out["queries"][name] = {"seconds": None, "error": True}
            todo = []
        finally:
            proc.kill()
            proc.wait()
    os.unlink(fh.name)
    return out


def lookup_bindings(store) -> dict[str, str]:
    """The value an analyst's lookup gets in the bench: the name of the official who
    attended the most meetings (the largest answer about one official)."""
    from kg import query

    _, rows = query.run("officials-by-meetings", store=store)
    return {"who": rows[0][1]} if rows else {"who": ""}


def bound(text: str, who: dict[str, str]) -> dict[str, str]:
    """The bindings a query's required parameters get in the bench."""
    from kg import query

    return {p: who[p] for p in query.required_parameters(text)}


def queries(dump: Path, rdflib_dump: Path | None, timeout: float = 60) -> dict:
    import pyoxigraph as ox

    from kg import query
    from kg.store import ensure

    named = query.named_queries()
    t0 = time.perf_counter()
    store = ox.Store()
    store.bulk_load(path=str(dump), format=ox.RdfFormat.TURTLE)
    load_s = time.perf_counter() - t0
    n = len(store)
    who = lookup_bindings(store)
    out: dict = {"dump": str(dump), "triples": n, "load_seconds": round(load_s, 2),
                 "load_s_per_million": round(load_s / (n / 1e6), 2), "lookup_bindings": who, "oxigraph": {},
                 "whole_listings": {}}
    for name, (_, text) in named.items():
        times, rows, bindings = [], 0, bound(text, who)
        for _ in range(3):
            t0 = time.perf_counter()
            _, r = query.run(name, store=store, bindings=bindings)
            times.append(time.perf_counter() - t0)
            rows = len(r)
        out["oxigraph"][name] = {"seconds": round(min(times), 4), "first": round(times[0], 4), "rows": rows,
                                 "bindings": bindings}
        if query.required_parameters(text):
            # the lookup's parameter left empty: every fact, an export rather than an analyst's question
            t0 = time.perf_counter()
            _, r = query.run(name, store=store, bindings=dict.fromkeys(query.required_parameters(text), ""))
            out["whole_listings"][name] = {"seconds": round(time.perf_counter() - t0, 3), "rows": len(r)}
    del store
    # the persistent store beside the dump (kg serve, notebooks)
    loc = dump.parent / "store"
    shutil.rmtree(loc, ignore_errors=True)
    t0 = time.perf_counter()
    ensure(dump, loc)
    out["persistent_store"] = {"build_seconds": round(time.perf_counter() - t0, 2)}
    t0 = time.perf_counter()
    st = ox.Store.read_only(str(loc))
    out["persistent_store"]["open_seconds"] = round(time.perf_counter() - t0, 3)
    ptimes = {}
    for name, (_, text) in named.items():
        t0 = time.perf_counter()
        query.run(name, store=st, bindings=bound(text, who))
        ptimes[name] = round(time.perf_counter() - t0, 4)
    out["persistent_store"]["query_seconds"] = ptimes
    del st
    # an analyst at the shell: one `kg query` process per question, with and without the store
    cli: dict = {}
    for how, extra in (("store", ["--store"]), ("dump_loaded", ["--no-store"])):
        argv = [sys.executable, "-m", "kg", "query", "evidence", "--var", f"who={who['who']}", "--dump", str(dump),
                "--format", "csv", *extra]
        t0 = time.perf_counter()
        p = subprocess.run(argv, capture_output=True, text=True)
        cli[how] = {"seconds": round(time.perf_counter() - t0, 2), "exit": p.returncode}
    out["cli_lookup_seconds"] = cli
    if rdflib_dump is not None:
        st = ox.Store()
        st.bulk_load(path=str(rdflib_dump), format=ox.RdfFormat.TURTLE)
        who_small = lookup_bindings(st)
        texts = {name: query.bind(text, bound(text, who_small))[0] for name, (_, text) in named.items()}
        rd = rdflib_side(rdflib_dump, texts, timeout)
        side: dict = {}
        for name in named:
            best = []
            for _ in range(3):
                t0 = time.perf_counter()
                _, r = query.run(name, store=st, bindings=bound(named[name][1], who_small))
                best.append(time.perf_counter() - t0)
            ot = min(best)
            rt = rd["queries"].get(name, {}).get("seconds")
            timed_out = rd["queries"].get(name, {}).get("timeout", False)
            err = rd["queries"].get(name, {}).get("error")
            side[name] = {"rdflib_seconds": rt if rt is not None else (f"error: {err}" if err else f"> {timeout}"),
                          "oxigraph_seconds": round(ot, 4),
                          "ratio": round((rt if rt is not None else timeout) / ot, 1) if ot > 0 and not err else None,
                          "ratio_is_lower_bound": timed_out, "rows_oxigraph": len(r),
                          "rows_rdflib": rd["queries"].get(name, {}).get("rows")}
        ratios = [v["ratio"] for v in side.values() if v["ratio"]]
        out["rdflib_vs_oxigraph"] = {"dump": str(rdflib_dump), "rdflib_parse_seconds": rd.get("parse_seconds"),
                                     "rdflib_timeout_seconds": timeout, "queries": side,
                                     "median_ratio": round(statistics.median(ratios), 1) if ratios else None}
    return out


def browser(html: Path) -> dict:
    """Open the view in headless Chromium; seconds until the network is drawn."""
    chromium = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    res: dict = {"bytes": html.stat().st_size, "mb": round(html.stat().st_size / MB, 2)}
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        res["error"] = "playwright not installed"
        return res
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = b.new_page(viewport={"width": 1200, "height": 900})
            t0 = time.perf_counter()
            page.goto(html.as_uri(), wait_until="load", timeout=60_000)
            t_load = time.perf_counter() - t0
            page.wait_for_function("typeof network !== 'undefined' && document.querySelector('canvas') !== null",
                                   timeout=60_000)
            page.evaluate("() => new Promise(r => { network.once('afterDrawing', () => r(true)); network.redraw(); })")
            t_drawn = time.perf_counter() - t0
            nodes = page.evaluate("() => network.body.data.nodes.length")
            res.update({"load_seconds": round(t_load, 2), "drawn_seconds": round(t_drawn, 2), "nodes": nodes})
        finally:
            b.close()
    return res


# --------------------------------------------------------------------------- Dask cluster
#: the LocalCluster runs in its own process, so that the bench process (a client in the
#: client-cost measurement) and the `kg build` children are clients only, as on a real cluster
CLUSTER_CHILD = """
import sys
from distributed import LocalCluster

if __name__ == "__main__":
    cluster = LocalCluster(n_workers=int(sys.argv[1]), threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None, worker_dashboard_address=None)
    print(cluster.scheduler_address, flush=True)
    sys.stdin.read()                    # until the bench closes the pipe
    cluster.close()
"""
#: releases of the projection, and its cluster sizes (worker processes of one thread)
PROJECT_RELEASES = 10_000_000
PROJECT_WORKERS = (8, 32, 128)
#: a client-side stage shorter than this at the largest N is left out of "stops scaling first" (noise)
STAGE_NOISE_SECONDS = 0.5


def _worker_cpu(client) -> float:
    """CPU seconds (user + system) the cluster's worker processes have used so far."""
    def cpu():
        import resource

        ru = resource.getrusage(resource.RUSAGE_SELF)
        return ru.ru_utime + ru.ru_stime

    return sum(client.run(cpu).values())


def cluster_bench(work: Path, sizes: list[int], *, workers: int, repeats: int) -> dict:
    """``kg build --scheduler`` through a LocalCluster of ``workers`` worker processes
    beside ``kg build --jobs workers``, side by side (alternating, ``repeats`` each,
    medians), at each N; the worker CPU per file (the workers' own rusage), the client's
    CPU per file (this process as the client of a bare extraction loop), the client-side
    stages of a ``--jobs 1`` cluster build (the dump written in the client, not hidden
    behind the view), and from the two largest N a projection to
    :data:`PROJECT_RELEASES` on :data:`PROJECT_WORKERS` workers."""
    from distributed import Client

    from kg import cluster as kgc

    script = work / "cluster_child.py"
    script.write_text(CLUSTER_CHILD)
    proc = subprocess.Popen([sys.executable, str(script), str(workers)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, start_new_session=True)
    out: dict = {"workers": workers, "threads_per_worker": 1, "repeats": repeats, "sizes": {}}
    try:
        addr = proc.stdout.readline().strip()
        if not addr.startswith("tcp://"):
            raise RuntimeError(f"the LocalCluster did not start: {addr!r}")
        client = Client(addr, set_as_default=False)
        client.wait_for_workers(workers)
        # a cluster that serves builds has imported kg and loaded its dictionaries already
        kg_child("build", str(ROOT / "seeds"), "--out", str(work / "cluster-warm"), "--scheduler", addr, "--quiet",
                 "--no-cache")
        for n in sizes:
            log(f"== cluster, N = {n}")
            loop: dict = out["sizes"][str(sizes[0])]["client_loop"] if n != sizes[0] else {}
            src = corpus(work, n) / "releases"
            files = sorted(src.glob("*.txt"))
            w = work / f"c{n}"
            shutil.rmtree(w, ignore_errors=True)
            runs: dict = {"jobs": [], "cluster": []}
            cpu = []
            for _ in range(repeats):
                for how in ("jobs", "cluster"):
                    warm(files)
                    extra = ["--scheduler", addr] if how == "cluster" else []
                    before = _worker_cpu(client) if how == "cluster" else 0.0
                    r = kg_child("build", str(src), "--out", str(w / how), "--jobs", str(workers), "--quiet",
                                 "--no-cache", "--timings", *extra)
                    if how == "cluster":
                        cpu.append(_worker_cpu(client) - before)
                    runs[how].append(r)
                    log(f"   {how}: {r['seconds']} s")
            same = all((w / "jobs" / name).read_bytes() == (w / "cluster" / name).read_bytes()
                       for name in ("kg.ttl", "metrics.json", "graph.html", "report.json", "void.ttl"))
            log("   cluster, --jobs 1 client (the stages)")
            warm(files)
            one = kg_child("build", str(src), "--out", str(w / "cluster1"), "--jobs", "1", "--quiet", "--no-cache",
                           "--timings", "--scheduler", addr)
            if n == sizes[0]:          # a whole extraction more: at the smallest N only (a per-file cost)
                log("   the client's own cost: an extraction loop in this process")
                warm(files)
                t0, c0 = time.perf_counter(), time.process_time()
                count = sum(1 for _ in kgc.extractions([str(f) for f in files], cluster=addr, encode=False))
                loop = {"releases": n, "files": count, "seconds": round(time.perf_counter() - t0, 2),
                        "cpu_seconds": round(time.process_time() - c0, 2),
                        "cpu_us_per_file": round(1e6 * (time.process_time() - c0) / n, 1)}
            med = {how: statistics.median(r["seconds"] for r in rs) for how, rs in runs.items()}
            ext = {how: statistics.median(r["stages"]["read and extract"] for r in rs) for how, rs in runs.items()}
            out["sizes"][str(n)] = {
                "releases": n, "jobs_seconds": [r["seconds"] for r in runs["jobs"]],
                "cluster_seconds": [r["seconds"] for r in runs["cluster"]],
                "ratio_cluster_vs_jobs": round(med["cluster"] / med["jobs"], 3),
                "extract_ratio_cluster_vs_jobs": round(ext["cluster"] / ext["jobs"], 3),
                "jobs_stages": runs["jobs"][-1]["stages"], "cluster_stages": runs["cluster"][-1]["stages"],
                "cluster_rss_mb": runs["cluster"][-1]["rss_mb"], "jobs_rss_mb": runs["jobs"][-1]["rss_mb"],
                "same_outputs": same,
                "worker_cpu_seconds": [round(c, 2) for c in cpu],
                "worker_cpu_ms_per_file": round(1000 * statistics.median(cpu) / n, 3),
                "client_loop": loop,
                "client_stages_jobs_1": one["stages"], "client_jobs_1_rss_mb": one["rss_mb"],
            }
            log(json.dumps(out["sizes"][str(n)], ensure_ascii=False))
        client.close()
    finally:
        try:
            proc.stdin.close()
            proc.wait(timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            os.killpg(proc.pid, 9)
            proc.wait()
    if len(sizes) >= 2:
        out["projection"] = projection(out["sizes"][str(sizes[-2])], out["sizes"][str(sizes[-1])])
    return out


def projection(lo: dict, hi: dict) -> dict:
    """:data:`PROJECT_RELEASES` on each of :data:`PROJECT_WORKERS` workers, from two
    measured sizes: each client-side stage grows as N^k, k from its growth between them
    (``t(hi) / t(lo)`` over ``hi / lo`` releases); the extraction takes the workers' CPU per
    file spread over the workers, or the client's CPU per file, whichever is longer (the
    client receives every result in one process); the client's memory grows likewise."""
    import math

    steps = math.log(PROJECT_RELEASES / hi["releases"]) / math.log(hi["releases"] / lo["releases"])
    stages: dict = {}
    for name, t_hi in hi["client_stages_jobs_1"].items():
        t_lo = lo["client_stages_jobs_1"].get(name)
        if name in ("read and extract", "in all (after start-up)") or not t_lo:
            continue
        growth = t_hi / t_lo
        stages[name] = {"seconds_lo": t_lo, "seconds_hi": t_hi, "growth": round(growth, 2),
                        "exponent": round(math.log(growth) / math.log(hi["releases"] / lo["releases"]), 3),
                        "projected_seconds": round(t_hi * growth ** steps, 1)}
    rss_growth = hi["client_jobs_1_rss_mb"] / lo["client_jobs_1_rss_mb"]
    client_s = hi["client_loop"]["cpu_us_per_file"] * 1e-6 * PROJECT_RELEASES
    per_n = {}
    for n in PROJECT_WORKERS:
        workers_s = hi["worker_cpu_ms_per_file"] * 1e-3 * PROJECT_RELEASES / n
        extract_s = max(workers_s, client_s)
        total = extract_s + sum(v["projected_seconds"] for v in stages.values())
        per_n[str(n)] = {"extract_seconds": round(extract_s, 1), "extract_bound": "workers" if workers_s >= client_s
                         else "client", "total_seconds": round(total, 1), "total_minutes": round(total / 60, 1)}
    big = {k: v for k, v in stages.items() if v["seconds_hi"] >= STAGE_NOISE_SECONDS}
    first = max(big or stages, key=lambda k: (big or stages)[k]["exponent"])
    longest = max(stages, key=lambda k: stages[k]["projected_seconds"])
    return {"releases": PROJECT_RELEASES, "from": [lo["releases"], hi["releases"]], "stages": stages,
            "client_receive_seconds": round(client_s, 1), "workers": per_n,
            "stops_scaling_first": {"stage": first, **stages[first]},
            "longest_client_stage": {"stage": longest, **stages[longest]},
            "client_rss_mb": {"lo": lo["client_jobs_1_rss_mb"], "hi": hi["client_jobs_1_rss_mb"],
                              "growth": round(rss_growth, 2),
                              "projected_mb": round(hi["client_jobs_1_rss_mb"] * rss_growth ** steps)}}


def cluster_summary(c: dict) -> list[str]:
    lines = [f"\nDask LocalCluster of {c['workers']} workers beside --jobs {c['workers']} "
             f"(median of {c['repeats']}, side by side):"]
    for n, r in c["sizes"].items():
        lines.append(f"  {n:>7}: cluster/jobs {r['ratio_cluster_vs_jobs']:.3f} (extraction "
                     f"{r['extract_ratio_cluster_vs_jobs']:.3f}); worker CPU {r['worker_cpu_ms_per_file']} ms/file, "
                     f"client {r['client_loop']['cpu_us_per_file']} µs/file; outputs identical: {r['same_outputs']}")
    p = c.get("projection")
    if p:
        f = p["stops_scaling_first"]
        lines.append(f"  projection to {p['releases']:,} releases (from {p['from'][0]} and {p['from'][1]}): " +
                     ", ".join(f"{n} workers {v['total_minutes']} min ({v['extract_bound']}-bound extraction "
                               f"{v['extract_seconds']:.0f} s)" for n, v in p["workers"].items()))
        lines.append(f"  stops scaling first: {f['stage']} (×{f['growth']} from {p['from'][0]} to {p['from'][1]}, "
                     f"N^{f['exponent']}); longest at 10M: {p['longest_client_stage']['stage']} "
                     f"({p['longest_client_stage']['projected_seconds']:.0f} s); client memory "
                     f"{p['client_rss_mb']['hi']} MB → {p['client_rss_mb']['projected_mb']} MB")
    return lines


# --------------------------------------------------------------------------- main
# --------------------------------------------------------------------------- kg publish --bulk
PUBLISH_GRAPH = "https://w3id.org/thai-mfa-kg/graph/bench"


def publish_dump(work: Path, n: int, jobs: int) -> Path:
    """The N-release dump to publish: the size loop's (WORK/bN/j1) when it is there, else
    a build of its own in WORK/pN (kept: a second --publish-only run reuses it)."""
    for cand in (work / f"b{n}" / "j1", work / f"p{n}"):
        rep = cand / "report.json"
        if (cand / "kg.ttl").exists() and rep.exists() and \
                json.loads(rep.read_text(encoding="utf-8"))["summary"].get("releases") == n:
            return cand / "kg.ttl"
    src = corpus(work, n)
    log(f"   building the {n} dump to publish (--jobs {jobs})")
    kg_child("build", str(src / "releases"), "--out", str(work / f"p{n}"), "--jobs", str(jobs), "--quiet", "--no-cache")
    return work / f"p{n}" / "kg.ttl"


def publish(work: Path, n: int, jobs: int, batch: int | None, transactional_max: int, put_max: int) -> dict:
    """``kg publish --bulk`` of the N dump to a real ``oxigraph serve`` started here on
    127.0.0.1 with an empty store: seconds, dump MB/s, triples/s and peak RSS of the
    ``kg publish`` process (it streams: it must not grow with the dump), and the triple
    count checked three ways (the build's report, kg publish's own verification, and a
    COUNT asked here afterwards). Through Oxigraph's bulk loader (``/store?no_transaction``)
    and, up to ``transactional_max`` releases, with one server transaction per batch (what any
    Graph Store server does), and up to ``put_max`` as the plain one-PUT ``kg publish``."""
    import urllib.parse
    import urllib.request

    from kg.serve import _unused_port, find_oxigraph, stop_child

    binary = find_oxigraph()
    if binary is None:
        raise RuntimeError("the oxigraph server binary is missing: pip install oxigraph")
    dump = publish_dump(work, n, jobs)
    report = json.loads((dump.parent / "report.json").read_text(encoding="utf-8"))["summary"]
    mb = dump.stat().st_size / MB
    out: dict = {"releases": n, "dump_mb": round(mb, 1), "dump_triples": report["triples"], "graph": PUBLISH_GRAPH}
    modes = ([("bulk_loader", "?no_transaction")] + ([("transaction_per_batch", "")] if n <= transactional_max else [])
             + ([("single_put", "")] if n <= put_max else []))
    for mode, suffix in modes:
        db = work / f"publish-db-{n}-{mode}"
        shutil.rmtree(db, ignore_errors=True)
        port = _unused_port()
        server = subprocess.Popen([binary, "serve", "--location", str(db), "--bind", f"127.0.0.1:{port}"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).close()
                    break
                except OSError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise RuntimeError("oxigraph serve did not start")
                    time.sleep(0.2)
            log(f"   kg publish --bulk, {n} dump ({mb:.0f} MB), {mode}")
            args = ["publish", "--endpoint", f"http://127.0.0.1:{port}/store{suffix}", "--graph", PUBLISH_GRAPH,
                    "--dump", str(dump)]
            if mode != "single_put":                # the plain kg publish: one PUT, for comparison
                args += ["--bulk", "--quiet"] + (["--batch-size", str(batch)] if batch else [])
            p = subprocess.run([sys.executable, str(BENCH / "_child.py"), *args], capture_output=True, text=True)
            line = next((ln for ln in p.stdout.splitlines() if ln.startswith("BENCH ")), None)
            res = json.loads(line[6:]) if line else {"exit": None}
            said = p.stderr.strip().splitlines()[-1] if p.stderr.strip() else ""
            if res["exit"] != 0:
                raise RuntimeError(f"kg {' '.join(args)} exited {res['exit']}: {p.stderr[-3000:]}")
            m = re.search(r"([\d,]+) triples in ([\d,]+) batch.*the server counts ([\d,]+)$", said)
            q = urllib.parse.urlencode({"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{PUBLISH_GRAPH}> "
                                                 "{ ?s ?p ?o } }"}).encode()
            with urllib.request.urlopen(urllib.request.Request(
                    f"http://127.0.0.1:{port}/query", data=q, headers={"Accept": "text/csv"}), timeout=600) as r:
                asked = int(r.read().decode().splitlines()[1])
            server_rss = 0.0
            try:
                server_rss = int(next(ln.split()[1] for ln in Path(f"/proc/{server.pid}/status").read_text()
                                      .splitlines() if ln.startswith("VmHWM"))) / 1024
            except (OSError, StopIteration, ValueError):
                pass
            out[mode] = {"seconds": res["seconds"], "mb_s": round(mb / res["seconds"], 2),
                         "triples_s": round(report["triples"] / res["seconds"]), "rss_mb": res["rss_mb"],
                         "batches": int(m.group(2).replace(",", "")) if m else None,
                         "verified_count": int(m.group(3).replace(",", "")) if m else None,
                         "count_asked_after": asked, "server_peak_rss_mb": round(server_rss),
                         "counts_agree": asked == report["triples"] and (mode == "single_put" or (
                             bool(m) and asked == int(m.group(3).replace(",", "")))),
                         "result_line": said}
            log(f"   {json.dumps(out[mode], ensure_ascii=False)}")
        finally:
            stop_child(server, grace=60)
            shutil.rmtree(db, ignore_errors=True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000", help="comma-separated N (default: 1000,10000,100000)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="the parallel build's --jobs (default: cores)")
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "kg-bench",
                    help="corpora and build outputs (default: $TMPDIR/kg-bench)")
    ap.add_argument("--out", type=Path, help="result JSON (default: bench/results/<date>-<host>.json)")
    ap.add_argument("--f1-max", type=int, default=1000,
                    help="score F1 up to this N (default 1000: the reference scorer is rdflib-based and slow beyond)")
    ap.add_argument("--dev-mb", type=float, default=20,
                    help="MB of realistic text (the dev corpora and the seeds, copied) for the build/newmm ratio "
                         "on releases like real ones; 0 skips it")
    ap.add_argument("--incremental-max", type=int, default=10000, help="measure the incremental build up to this N")
    ap.add_argument("--rdflib-max", type=int, default=1000, help="rdflib side of the query ratio on the dump of this N at most")
    ap.add_argument("--rdflib-timeout", type=float, default=30, help="seconds per rdflib query (the ratio is then a lower bound)")
    ap.add_argument("--sample-over", type=float, default=30, help="tokenise a ≥ 20 MB sample above this many MB of text")
    ap.add_argument("--no-browser", action="store_true", help="skip the headless Chromium measurement")
    ap.add_argument("--no-queries", action="store_true", help="skip the query timings (a quick look at build speed)")
    ap.add_argument("--only-incremental", action="store_true",
                    help="measure the rebuilds alone (add one release, nothing changed, the floor, every output "
                         "compared with a clean build) at each N up to --incremental-max: no clean-build ratios, "
                         "newmm, F1, dev corpora, queries or view")
    ap.add_argument("--publish", action="store_true",
                    help="also time kg publish --bulk of the largest N's dump to a real oxigraph serve started here")
    ap.add_argument("--publish-only", action="store_true",
                    help="only that publish measurement (builds the dump into WORK/pN when the size loop has not)")
    ap.add_argument("--publish-batch", type=int, help="kg publish --batch-size (default: kg's)")
    ap.add_argument("--publish-transactional-max", type=int, default=10000,
                    help="also publish with one server transaction per batch (no ?no_transaction) up to this N "
                         "(default: 10000)")
    ap.add_argument("--publish-put-max", type=int, default=10000,
                    help="also time the plain one-PUT kg publish up to this N (default: 10000; it needs server "
                         "memory in proportion to the dump)")
    ap.add_argument("--cluster", action="store_true",
                    help="also build each N (of at least --cluster-min) through a Dask LocalCluster of "
                         "--cluster-workers worker processes beside --jobs of as many, and project 10M releases "
                         "(needs the 'cluster' extra)")
    ap.add_argument("--cluster-only", action="store_true", help="only the --cluster measurement")
    ap.add_argument("--cluster-workers", type=int, default=2, help="worker processes of the LocalCluster (default 2)")
    ap.add_argument("--cluster-min", type=int, default=10000, help="the smallest N built through the cluster")
    ap.add_argument("--cluster-repeats", type=int, default=2, help="builds of each kind per N, alternating (default 2)")
    a = ap.parse_args(argv)
    sizes = sorted(int(s) for s in a.sizes.split(","))
    if a.cluster_only:
        a.cluster, a.dev_mb, a.no_queries, a.no_browser = True, 0, True, True
    a.work.mkdir(parents=True, exist_ok=True)
    if a.publish_only:
        res = {"date": dt.datetime.now().isoformat(timespec="seconds"), "machine": machine(),
               "publish": publish(a.work, sizes[-1], a.jobs, a.publish_batch, a.publish_transactional_max,
                                  a.publish_put_max)}
        out = a.out or BENCH / "results" / f"{dt.date.today().isoformat()}-{platform.node() or 'host'}-publish.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(res, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(publish_summary(res["publish"]))
        print(f"\nwritten {out}")
        return 0
    t_start = time.perf_counter()
    result: dict = {"date": dt.datetime.now().isoformat(timespec="seconds"), "machine": machine(),
                    "jobs": a.jobs, "sizes": {}}
    for n in ([] if a.cluster_only else sizes):
        log(f"== N = {n}")
        src = corpus(a.work, n)
        files = sorted((src / "releases").glob("*.txt"))
        mb = sum(f.stat().st_size for f in files) / MB
        w = a.work / f"b{n}"
        shutil.rmtree(w, ignore_errors=True)
        r: dict = {"releases": n, "text_mb": round(mb, 2)}
        if a.only_incremental:
            if n <= a.incremental_max:
                log("   incremental")
                warm(files)
                r["incremental"] = incremental(src, w, a.jobs)
            result["sizes"][str(n)] = r
            log(json.dumps(r, ensure_ascii=False))
            continue
        log("   build, one process")
        r["page_cache"] = {"read_before_build_1_seconds": warm(files)}
        one = kg_child("build", str(src / "releases"), "--out", str(w / "j1"), "--jobs", "1", "--quiet", "--no-cache",
                       "--timings")
        r["build_1"] = {**one, "mb_s": round(mb / one["seconds"], 3), "releases_s": round(n / one["seconds"], 1)}
        log(f"   build, --jobs {a.jobs}")
        r["page_cache"]["read_before_build_jobs_seconds"] = warm(files)
        par = kg_child("build", str(src / "releases"), "--out", str(w / "jN"), "--jobs", str(a.jobs), "--quiet", "--no-cache",
                       "--timings")
        r["build_jobs"] = {**par, "jobs": a.jobs, "mb_s": round(mb / par["seconds"], 3),
                           "releases_s": round(n / par["seconds"], 1),
                           "speedup": round(one["seconds"] / par["seconds"], 2)}
        ex1, exN = (one.get("stages", {}).get("read and extract"), par.get("stages", {}).get("read and extract"))
        if ex1 and exN:   # the stage --jobs spreads; resolution, metrics and view run once whatever --jobs
            r["build_jobs"]["extract_speedup"] = round(ex1 / exN, 2)
        r["same_dump_jobs_1_and_N"] = (w / "j1" / "kg.ttl").read_bytes() == (w / "jN" / "kg.ttl").read_bytes()
        rep = json.loads((w / "j1" / "report.json").read_text(encoding="utf-8"))["summary"]
        r["graph"] = {k: rep.get(k) for k in ("releases", "meetings", "officials", "triples")}
        r["dump_mb"] = round((w / "j1" / "kg.ttl").stat().st_size / MB, 1)
        r["view_mb"] = round((w / "j1" / "graph.html").stat().st_size / MB, 2)
        log("   newmm")
        r["newmm"] = newmm_rate(files, a.sample_over * MB)
        log("   regex")
        r["regex"] = regex_rate(files)
        r["ratios"] = {
            "build_1_vs_newmm": round(r["build_1"]["mb_s"] / r["newmm"]["mb_s"], 2),
            f"build_jobs{a.jobs}_vs_newmm": round(r["build_jobs"]["mb_s"] / r["newmm"]["mb_s"], 2),
            "regex_vs_build_1": round(r["regex"]["mb_s"] / r["build_1"]["mb_s"], 1),
        }
        if n <= a.f1_max:
            log("   F1")
            r["f1"] = f1(w / "j1" / "kg.ttl", src / "gold")
        if n <= a.incremental_max:
            log("   incremental")
            r["incremental"] = incremental(src, w, a.jobs, w / "j1" / "kg.ttl")
            r["ratios"]["add_one_vs_full_jobs"] = round(r["incremental"]["add_one_seconds"] / par["seconds"], 3)
            r["ratios"]["floor_vs_full_jobs"] = round(r["incremental"]["floor"]["seconds"] / par["seconds"], 3)
        result["sizes"][str(n)] = r
        log(json.dumps(r, ensure_ascii=False))
    if a.only_incremental:
        a.dev_mb, a.no_queries, a.no_browser = 0, True, True
    if a.dev_mb > 0:
        log("== dev corpora")
        result["dev_corpora"] = dev_corpora(a.work, a.dev_mb)
        log(json.dumps(result["dev_corpora"], ensure_ascii=False))
    if a.cluster:
        result["cluster"] = cluster_bench(a.work, [n for n in sizes if n >= a.cluster_min],
                                          workers=a.cluster_workers, repeats=a.cluster_repeats)
    big = sizes[-1]
    dump = a.work / f"b{big}" / "j1" / "kg.ttl"
    rd = [n for n in sizes if n <= a.rdflib_max]
    if not a.no_queries:
        log("== queries")
        result["queries"] = queries(dump, a.work / f"b{rd[-1]}" / "j1" / "kg.ttl" if rd else None, a.rdflib_timeout)
        result["queries"]["releases"] = big
        if rd:
            result["queries"]["rdflib_releases"] = rd[-1]
    if not a.no_browser:
        log("== browser")
        result["view"] = {"releases": big, **browser(a.work / f"b{big}" / "j1" / "graph.html")}
    if a.publish:
        log("== kg publish --bulk")
        result["publish"] = publish(a.work, big, a.jobs, a.publish_batch, a.publish_transactional_max,
                                  a.publish_put_max)
    if len(sizes) >= 2 and sizes[-2] * 5 <= big and not a.only_incremental and not a.cluster_only:
        lo, hi = result["sizes"][str(sizes[-2])], result["sizes"][str(big)]
        result["scaling"] = {
            "from": sizes[-2], "to": big,
            "time_ratio_jobs_1": round(hi["build_1"]["seconds"] / lo["build_1"]["seconds"], 2),
            "time_ratio_jobs": round(hi["build_jobs"]["seconds"] / lo["build_jobs"]["seconds"], 2),
            "size_ratio": round(big / sizes[-2], 2)}
    result["bench_seconds"] = round(time.perf_counter() - t_start, 1)
    out = a.out or BENCH / "results" / f"{dt.date.today().isoformat()}-{platform.node() or 'host'}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(summary(result))
    print(f"\nwritten {out}")
    return 0


def summary(res: dict) -> str:
    m = res["machine"]
    lines = [f"machine: {m['cpu']}, {m['cores']} cores, {m['memory']}; Python {m['python']}", ""]
    lines.append(f"{'N':>7} {'MB':>6} | {'build 1p s':>10} {'MB/s':>6} {'rel/s':>7} {'RSS MB':>7} | "
                 f"{'jobs s':>7} {'x':>5} {'x ext':>5} | {'newmm MB/s':>10} {'regex MB/s':>10} | {'1p/newmm':>8} {'jobs/newmm':>10} | "
                 f"{'F1':>5} | {'+1 rel s':>8}")
    for n, r in res["sizes"].items():
        if "build_1" not in r:
            continue
        f = r.get("f1", {}).get("micro_f1")
        inc = r.get("incremental", {}).get("add_one_seconds")
        lines.append(f"{n:>7} {r['text_mb']:>6.1f} | {r['build_1']['seconds']:>10.1f} {r['build_1']['mb_s']:>6.2f} "
                     f"{r['build_1']['releases_s']:>7.0f} {r['build_1']['rss_mb']:>7.0f} | "
                     f"{r['build_jobs']['seconds']:>7.1f} {r['build_jobs']['speedup']:>5.2f} "
                     f"{r['build_jobs'].get('extract_speedup', 0):>5.2f} | "
                     f"{r['newmm']['mb_s']:>10.2f} {r['regex']['mb_s']:>10.0f} | "
                     f"{r['ratios']['build_1_vs_newmm']:>8.2f} {list(r['ratios'].values())[1]:>10.2f} | "
                     f"{(f'{f:.3f}' if isinstance(f, float) else '-'):>5} | {(f'{inc:.1f}' if inc else '-'):>8}")
    for n, r in res["sizes"].items():
        inc = r.get("incremental")
        if inc:
            fl = inc["floor"]
            cmp = inc["outputs_compared"]
            lines.append(f"incremental at {n}: one release added {inc['add_one_seconds']} s "
                         f"({100 * inc['add_one_seconds'] / inc['clean_seconds']:.0f} % of a clean build of the same "
                         f"files, {inc['clean_seconds']} s), nothing changed {inc['unchanged_seconds']} s; floor "
                         f"{fl['seconds']} s (inputs checked {fl['unchanged_seconds']} s + global outputs "
                         f"{fl['global_outputs_seconds']} s + entity pages {fl['entity_pages_seconds']} s): "
                         f"{inc['add_one_vs_floor']}x the floor ({inc['add_one_vs_floor_without_pages']}x without the "
                         f"pages; target {inc['target']}x: {'met' if inc['target_met'] else 'NOT met'}); "
                         f"{cmp['files']} output files {'identical' if cmp['identical'] else 'DIFFERENT'} to the clean build's"
                         + ("" if cmp["identical"] else f" ({cmp['differing'] or cmp['only_in_one']})"))
    rt = res.get("dev_corpora")
    if rt:
        lines.append(f"dev corpora and seeds ({rt['sources']} releases copied to {rt['text_mb']} MB): build, one process, "
                     f"{rt['build_1']['seconds']} s ({rt['build_1']['mb_s']} MB/s), newmm {rt['newmm']['mb_s']} MB/s: "
                     f"{rt['build_1_vs_newmm']}x")
    q = res.get("queries")
    if q:
        worst = max(q["oxigraph"].items(), key=lambda kv: kv[1]["seconds"])
        lines.append(f"\nqueries on the {q['releases']} dump ({q['triples']} triples): load {q['load_seconds']} s "
                     f"({q['load_s_per_million']} s per million); slowest named query {worst[0]} {worst[1]['seconds']} s")
        if "rdflib_vs_oxigraph" in q:
            rv = q["rdflib_vs_oxigraph"]
            lines.append(f"rdflib vs oxigraph on the {q.get('rdflib_releases')} dump: median {rv['median_ratio']}x "
                         f"(min {min(v['ratio'] for v in rv['queries'].values() if v['ratio'])}x; "
                         f"{sum(v['ratio_is_lower_bound'] for v in rv['queries'].values())} rdflib queries over "
                         f"{rv['rdflib_timeout_seconds']} s)")
    if "view" in res:
        v = res["view"]
        lines.append(f"view at {v['releases']}: {v['mb']} MB, drawn in {v.get('drawn_seconds', v.get('error'))} s")
    if "cluster" in res:
        lines.extend(cluster_summary(res["cluster"]))
    if "scaling" in res:
        s = res["scaling"]
        lines.append(f"scaling {s['from']}→{s['to']} (×{s['size_ratio']}): time ×{s['time_ratio_jobs_1']} (one process), "
                     f"×{s['time_ratio_jobs']} (jobs)")
    if "publish" in res:
        lines.append(publish_summary(res["publish"]))
    return "\n".join(lines)


def publish_summary(p: dict) -> str:
    lines = [f"kg publish --bulk of the {p['releases']} dump ({p['dump_mb']} MB, {p['dump_triples']:,} triples) "
             "to oxigraph serve:"]
    for mode in ("bulk_loader", "transaction_per_batch", "single_put"):
        if mode in p:
            r = p[mode]
            lines.append(f"  {mode}: {r['seconds']} s, {r['mb_s']} MB/s, {r['triples_s']:,} triples/s, "
                         f"kg publish peak RSS {r['rss_mb']} MB (server {r['server_peak_rss_mb']} MB), "
                         + (f"{r['batches']} batches, verified {r['verified_count']:,}, " if r['batches'] else "")
                         + f"asked after {r['count_asked_after']:,}: {'agree' if r['counts_agree'] else 'DIFFER'}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
