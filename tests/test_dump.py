"""kg.dump: a rebuild patches kg.ttl by units, byte-identical to a clean build's."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from kg import dump, rdf
from kg.build import build

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def written(monkeypatch):
    """What each kg.dump.write of a build in this process did (jobs=1)."""
    seen: list[dump.Written] = []
    real = dump.write

    def recording(*a, **k):
        seen.append(real(*a, **k))
        return seen[-1]

    monkeypatch.setattr(dump, "write", recording)
    return seen


def _clean(out: Path, src: Path, tmp: Path, name: str, jobs: int = 1) -> bytes:
    """The dump of a clean build (``--no-cache``) of ``src`` from the IRIs ``out`` published."""
    clean = tmp / name
    clean.mkdir()
    shutil.copy(out / "iri-map.json", clean / "iri-map.json")
    build([src], out=clean, progress=False, cache=False, jobs=jobs)
    return (clean / "kg.ttl").read_bytes()


def _corpus5_less_one(tmp: Path) -> tuple[Path, list[Path], Path, Path]:
    """A copy of dev corpus 5 with its first release held aside (to be added back), and
    the output folder to build it into."""
    src = tmp / "src"
    shutil.copytree(ROOT / "tests" / "corpus5", src)
    files = sorted(src.glob("*.txt"))
    held = tmp / "held.txt"
    files[0].rename(held)
    return src, files, held, tmp / "out"


def _generation(out: Path) -> Path:
    return Path(os.path.realpath(out / ".gen" / "current"))


def test_adding_editing_and_removing_a_release_patches_the_dump(tmp_path, written):
    """Each change makes again only the global unit and the units it touches; every
    other unit is the previous dump's bytes; the dump equals a clean build's."""
    src = tmp_path / "src"
    shutil.copytree(ROOT / "tests" / "corpus", src)
    files = sorted(src.glob("*.txt"))
    held = tmp_path / "held.txt"
    files[-1].rename(held)
    out = tmp_path / "out"
    build([src], out=out, progress=False)
    assert written[-1].whole_because == "no previous build"
    assert (_generation(out) / dump.UNITS_FILE).is_file() and not (out / dump.UNITS_FILE).exists()

    edited = src / "h03_asean_eu_ministerial_21.txt"
    said = edited.read_text(encoding="utf-8")
    assert said.count("13-14 ตุลาคม 2559") == 1
    steps = [("add", lambda: held.rename(files[-1])),
             ("edit", lambda: edited.write_text(said.replace("13-14 ตุลาคม 2559", "15-16 ตุลาคม 2559"),
                                                encoding="utf-8")),
             ("remove", lambda: files[3].unlink())]
    for name, change in steps:
        change()
        build([src], out=out, progress=False)
        w = written[-1]
        assert w.whole_because is None, name
        assert w.made < w.kept / 4, (name, w)
        assert (out / "kg.ttl").read_bytes() == _clean(out, src, tmp_path, name), name
        assert w.triples == json.loads((out / "report.json").read_text())["summary"]["triples"]


def test_every_release_taken_away_and_given_back_equals_a_clean_build(tmp_path, written):
    """The seeds (one official across scripts and releases, meetings reported by several
    releases): taking any release away splits or shrinks what it fed; giving it back
    merges them again. Each dump, patched, equals a clean build's."""
    src = tmp_path / "src"
    shutil.copytree(ROOT / "seeds", src)
    out = tmp_path / "out"
    build([src], out=out, progress=False)
    for i, f in enumerate(sorted(p for p in src.iterdir() if p.is_file())):
        aside = tmp_path / f.name
        f.rename(aside)
        build([src], out=out, progress=False)
        assert written[-1].whole_because is None
        assert (out / "kg.ttl").read_bytes() == _clean(out, src, tmp_path, f"without-{i}"), f.name
        aside.rename(f)
        build([src], out=out, progress=False)
        assert (out / "kg.ttl").read_bytes() == _clean(out, src, tmp_path, f"with-{i}"), f.name


def test_a_forked_writer_patches_the_dump_too(tmp_path):
    src, files, held, out = _corpus5_less_one(tmp_path)
    build([src], out=out, progress=False, jobs=2)
    before = json.loads((_generation(out) / dump.UNITS_FILE).read_bytes())
    held.rename(files[0])
    build([src], out=out, progress=False, jobs=2)
    after = json.loads((_generation(out) / dump.UNITS_FILE).read_bytes())
    assert (out / "kg.ttl").read_bytes() == _clean(out, src, tmp_path, "clean", jobs=2)
    kept = set(zip(before["units"], before["prints"])) & set(zip(after["units"], after["prints"]))
    assert len(kept) > len(after["units"]) / 2


@pytest.mark.parametrize("spoil", ["record", "dump", "salt", "ranges"])
def test_a_record_that_does_not_fit_makes_the_dump_whole(tmp_path, written, spoil):
    """No patch from a record that does not describe the previous dump exactly."""
    src, files, held, out = _corpus5_less_one(tmp_path)
    build([src], out=out, progress=False)
    gen = _generation(out)
    record = gen / dump.UNITS_FILE
    rec = json.loads(record.read_bytes())
    if spoil == "record":
        record.write_text("{")
    elif spoil == "dump":                    # the previous dump edited in place: another time, another size
        with open(gen / "kg.ttl", "a", encoding="utf-8") as fh:
            fh.write("\n")
    elif spoil == "salt":
        rec["salt"] = "another kg"
        record.write_text(json.dumps(rec))
    else:
        rec["ends"][3] += 1
        record.write_text(json.dumps(rec))
    held.rename(files[0])
    build([src], out=out, progress=False)
    assert written[-1].whole_because is not None
    assert written[-1].kept == 0
    assert (out / "kg.ttl").read_bytes() == _clean(out, src, tmp_path, "clean")


def test_a_blind_print_is_caught_by_the_comparison(tmp_path, monkeypatch):
    """A print that misses a change keeps a stale block; the comparison with a clean
    build (the one these tests and the bench make) says so."""
    src = tmp_path / "src"
    shutil.copytree(ROOT / "tests" / "corpus", src)
    out = tmp_path / "out"
    monkeypatch.setattr(dump, "_meeting_inputs", lambda res, key, m: key)
    build([src], out=out, progress=False)
    edited = src / "h03_asean_eu_ministerial_21.txt"
    said = edited.read_text(encoding="utf-8")
    edited.write_text(said.replace("13-14 ตุลาคม 2559", "15-16 ตุลาคม 2559"), encoding="utf-8")
    build([src], out=out, progress=False)
    assert (out / "kg.ttl").read_bytes() != _clean(out, src, tmp_path, "clean")


def test_units_hold_every_subject_once_and_make_the_whole_dump(tmp_path):
    """The units' triples are the dump's, and a full write by units is to_turtle's bytes."""
    import io

    from kg.ids import IdMap
    from kg.process import process_file
    from kg.resolve import resolve

    exs = [process_file(p) for p in sorted((ROOT / "seeds").iterdir()) if p.is_file()]
    res = resolve([e for e in exs if e.release is not None])
    rdf.stabilise(res, IdMap())
    buf = io.StringIO()
    n = rdf.to_turtle(rdf.triples(res), buf)
    tmp = tmp_path / "units.ttl"
    w = dump.write(res, tmp, previous=None, record=None)
    assert tmp.read_bytes() == buf.getvalue().encode("utf-8") and w.triples == n
    owners: dict = {}
    for unit in rdf.units(res):
        for s in rdf.group(rdf.unit_triples(res, unit)):
            owners.setdefault(s, []).append(unit)
    assert all(len(u) == 1 for u in owners.values())
