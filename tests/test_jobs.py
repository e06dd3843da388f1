"""``--jobs N`` spreads extraction over processes and changes nothing in the outputs."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from kg import cli
from kg.build import build

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"


def test_jobs_2_gives_the_same_outputs_as_jobs_1(tmp_path):
    assert len(list(CORPUS.iterdir())) > 16          # enough files for the process pool to be used
    r1 = build([CORPUS, ROOT / "seeds"], out=tmp_path / "j1", jobs=1, progress=False, cache=False)
    r2 = build([CORPUS, ROOT / "seeds"], out=tmp_path / "j2", jobs=2, progress=False, cache=False)
    for name in ("kg.ttl", "metrics.json", "graph.html"):
        assert (tmp_path / "j1" / name).read_bytes() == (tmp_path / "j2" / name).read_bytes(), name
    assert r1.releases == r2.releases and r1.triples == r2.triples > 1000
    rep1 = json.loads((tmp_path / "j1" / "report.json").read_text(encoding="utf-8"))
    rep2 = json.loads((tmp_path / "j2" / "report.json").read_text(encoding="utf-8"))
    assert rep1["releases"] == rep2["releases"]


def test_jobs_2_with_a_bad_file_refuses_only_it(tmp_path, capsys):
    src = tmp_path / "in"
    shutil.copytree(CORPUS, src)
    (src / "zz_broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    code = cli.main(["build", str(src), "--out", str(tmp_path / "o"), "--jobs", "2", "--quiet", "--no-cache"])
    err = capsys.readouterr().err
    assert code == 1 and "zz_broken.txt" in err
    report = json.loads((tmp_path / "o" / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["releases"] == len(list(CORPUS.glob("*.txt"))) + len(list(CORPUS.glob("*.html")))


def test_jobs_with_cache_mixes_hits_and_fresh_extractions_in_input_order(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    files = sorted(CORPUS.iterdir()) + sorted((ROOT / "seeds").glob("*.txt"))
    for f in files[::3]:
        shutil.copy(f, src / f.name)
    build([src], out=tmp_path / "o", jobs=2, progress=False)          # a third of the files cached
    # the same history without the cache: each folder's IRI map keeps what its first build published
    build([src], out=tmp_path / "clean", jobs=1, progress=False, cache=False)
    for f in files:
        shutil.copy(f, src / f.name)
    assert len(files) - len(files[::3]) > 16                          # the rest go through the pool
    build([src], out=tmp_path / "o", jobs=2, progress=False)
    build([src], out=tmp_path / "clean", jobs=1, progress=False, cache=False)
    assert (tmp_path / "o" / "kg.ttl").read_bytes() == (tmp_path / "clean" / "kg.ttl").read_bytes()
    assert json.loads((tmp_path / "o" / "report.json").read_text(encoding="utf-8"))["releases"] == \
        json.loads((tmp_path / "clean" / "report.json").read_text(encoding="utf-8"))["releases"]


def test_jobs_0_is_a_usage_error(tmp_path, capsys):
    assert cli.main(["build", str(CORPUS), "--out", str(tmp_path / "o"), "--jobs", "0"]) == 2
    assert "--jobs" in capsys.readouterr().err


def test_a_dying_worker_does_not_stop_the_build(tmp_path, monkeypatch, capsys):
    """If the process pool breaks, the chunks it held and the rest are read in the main process."""
    import concurrent.futures

    import kg

    src = tmp_path / "in"
    src.mkdir()
    seed = (ROOT / "seeds" / "000_5cf68c7f035a1530.txt").read_text(encoding="utf-8")
    for i in range(40):
        (src / f"r{i:02d}.txt").write_text(seed + f"\nรหัส {i}\n", encoding="utf-8")

    class Broken:
        """The first chunk comes back; then the pool is broken, as when a worker is killed."""

        def __init__(self, *a, **k):
            self.calls = 0

        def submit(self, fn, *args):
            self.calls += 1
            f = concurrent.futures.Future()
            if self.calls == 1:
                f.set_result(fn(*args))
            elif self.calls == 2:
                f.set_exception(concurrent.futures.process.BrokenProcessPool("worker died"))
            else:
                raise concurrent.futures.process.BrokenProcessPool("the pool is broken")
            return f

        def shutdown(self, *a, **k):
            pass

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Broken)
    result = kg.build([src], out=tmp_path / "out", jobs=2, progress=False, cache=False)
    assert result.releases == 40 and not result.refused
    assert (tmp_path / "out" / "kg.ttl").exists()
    err = capsys.readouterr().err
    assert err.count("kg: note: parallel extraction stopped (BrokenProcessPool); continuing in one process") == 1
    clean = kg.build([src], out=tmp_path / "clean", jobs=1, progress=False, cache=False)
    assert (tmp_path / "out" / "kg.ttl").read_bytes() == (tmp_path / "clean" / "kg.ttl").read_bytes()
    assert clean.releases == 40


def test_parallel_extraction_keeps_input_order_and_counts_every_file(monkeypatch):
    """Chunks come back out of order (workers from the front, this process from the back):
    the result is still in input order, and the progress bar counts each file once."""
    import importlib

    b = importlib.import_module("kg.build")    # the module (the package exports a function of that name)
    monkeypatch.setattr(b, "_process_slim", lambda p: p)        # runs in this process only
    monkeypatch.setattr(b, "_extract_chunk", lambda ps, encode: [(p.upper(), p.upper().encode()) for p in ps])
    import concurrent.futures

    class Inline:
        def __init__(self, *a, **k):
            pass

        def submit(self, fn, *args):
            f = concurrent.futures.Future()
            f.set_result(fn(*args))
            return f

        def shutdown(self, *a, **k):
            pass

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Inline)
    todo = [f"f{i:03d}" for i in range(100)]
    ticks = []
    pairs = list(b._extract_in_parallel(todo, 2, ticks.append))
    out = [x for x, _ in pairs]
    assert [x.lower() for x in out] == todo
    assert all((blob is None) == x.islower() for x, blob in pairs)   # a worker's come with their encoding
    assert sum(ticks) == 100
    assert any(x.isupper() for x in out) and any(x.islower() for x in out)   # both did a share


def _resolution():
    from kg.build import process_file
    from kg.read import iter_inputs
    from kg.resolve import resolve

    files, _ = iter_inputs([CORPUS, ROOT / "seeds"])
    return resolve([process_file(str(f)) for f in files])


def test_the_dump_is_its_parts_one_after_the_other_wherever_it_is_cut():
    """Two forked writers each write the subjects of some kinds: the parts, joined in
    order, must be the dump byte for byte, wherever the kinds are cut."""
    import io

    from kg import rdf

    res = _resolution()
    whole = io.StringIO()
    n = rdf.to_turtle(rdf.triples(res), whole)
    assert n > 1000
    for cut in range(len(rdf.KINDS) + 1):
        first, second = io.StringIO(), io.StringIO()
        n1 = rdf.to_turtle(rdf.triples(res, kinds=rdf.KINDS[:cut]), first)
        n2 = rdf.to_turtle(rdf.triples(res, kinds=rdf.KINDS[cut:]), second, prefixes=False)
        assert (n1 + n2, first.getvalue() + second.getvalue()) == (n, whole.getvalue()), rdf.KINDS[cut:cut + 1]


def test_every_subject_of_the_dump_is_of_a_known_kind():
    """The parts cover the dump only if every subject is ``id:{kind}/…`` of a kind in KINDS."""
    import io

    from kg import rdf

    text = io.StringIO()
    rdf.to_turtle(rdf.triples(_resolution()), text)
    blocks = text.getvalue().split("\n\n")[1:]        # after the @prefix lines, one block per subject
    assert len(blocks) > 100
    kinds = {b.split("\n", 1)[0].removeprefix("<" + rdf.DATA).split("/", 1)[0] for b in blocks}
    assert kinds <= set(rdf.KINDS) and {"meeting", "participation", "person", "release"} <= kinds


def test_an_unknown_kind_of_subject_is_refused():
    import pytest

    from kg import rdf

    with pytest.raises(ValueError, match="personn"):
        list(rdf.triples(_resolution(), kinds=["personn"]))


def test_the_parts_are_joined_without_copy_file_range_too(tmp_path, monkeypatch):
    import os

    r1 = build([CORPUS], out=tmp_path / "a", jobs=2, progress=False, cache=False)

    def refuse(*a, **k):
        raise OSError(95, "Operation not supported")

    monkeypatch.setattr(os, "copy_file_range", refuse)
    r2 = build([CORPUS], out=tmp_path / "b", jobs=2, progress=False, cache=False)
    assert (tmp_path / "a" / "kg.ttl").read_bytes() == (tmp_path / "b" / "kg.ttl").read_bytes()
    assert r1.triples == r2.triples > 1000
    assert not list((tmp_path / "b").glob(".*.tmp"))
