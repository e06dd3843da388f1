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


def test_a_dying_worker_does_not_stop_the_build(tmp_path, monkeypatch):
    """If the process pool breaks, the remaining releases are read in the main process."""
    import concurrent.futures

    import kg
    from kg import build as b

    src = tmp_path / "in"
    src.mkdir()
    seed = (ROOT / "seeds" / "000_5cf68c7f035a1530.txt").read_text(encoding="utf-8")
    for i in range(40):
        (src / f"r{i:02d}.txt").write_text(seed + f"\nรหัส {i}\n", encoding="utf-8")

    class Broken:
        def __init__(self, *a, **k):
            pass

        def map(self, fn, items, chunksize=1):
            yield fn(items[0])
            raise concurrent.futures.process.BrokenProcessPool("worker died")

        def shutdown(self, *a, **k):
            pass

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Broken)
    result = kg.build([src], out=tmp_path / "out", jobs=2, progress=False, cache=False)
    assert result.releases == 40 and not result.refused
    assert (tmp_path / "out" / "kg.ttl").exists()
