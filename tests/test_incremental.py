"""Rebuilds from the cache give the outputs of a clean build, every file, byte for byte.

A rebuild reads the unchanged releases' extractions back from ``OUT/.cache`` and writes
the outputs anew (the dump by a forked writer with ``jobs=2``); after each step of a
sequence (add a release, change one, remove one, add one that merges two officials) every
output file of the rebuilt folder is compared with a clean build (``cache=False``) of the
same files that starts from the same ``iri-map.json``: the IRIs published so far are
build state, not cache (an official first published under a Thai-only IRI keeps it when a
later release gives the Latin spelling; a merged official's other IRI stays as
``owl:sameAs``), so a clean build into an empty folder may name them otherwise.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

import kg
from kg import codec

ROOT = Path(__file__).resolve().parent.parent

#: A release that names one official in both scripts, "นายเคนจิ ฮาระดะ (Mr. Kenji Harada)":
#: the official whom MERGE_A names in Thai and MERGE_B in Latin letters (two officials
#: until then) becomes one. Written for this test, in the style of the ministry's releases.
MERGE_A = """ผู้แทนไทยเข้าร่วมการประชุมคณะทำงานด้านการจัดการภัยพิบัติแม่โขง-ญี่ปุ่น ครั้งที่ 7

เมื่อวันที่ 12 มีนาคม 2566 นางสาวปริยา ทองประเสริฐ ผู้อำนวยการกองความร่วมมือลุ่มน้ำโขง กรมเอเชียตะวันออก เข้าร่วมการประชุมคณะทำงานด้านการจัดการภัยพิบัติแม่โขง-ญี่ปุ่น ครั้งที่ 7 ผ่านระบบการประชุมทางไกล โดยมีนายเคนจิ ฮาระดะ ผู้แทนจากสำนักงานคณะรัฐมนตรี เข้าร่วมการประชุมด้วย

ที่ประชุมหารือแนวทางการเตือนภัยล่วงหน้าและการแลกเปลี่ยนข้อมูลระดับน้ำในลุ่มน้ำโขง
"""
MERGE_B = """ผู้แทนไทยเข้าร่วมการประชุมคณะทำงานด้านการจัดการภัยพิบัติแม่โขง-ญี่ปุ่น ครั้งที่ 8

เมื่อวันที่ 20 กันยายน 2566 นางสาวปริยา ทองประเสริฐ ผู้อำนวยการกองความร่วมมือลุ่มน้ำโขง กรมเอเชียตะวันออก เข้าร่วมการประชุมคณะทำงานด้านการจัดการภัยพิบัติแม่โขง-ญี่ปุ่น ครั้งที่ 8 ณ กรุงโตเกียว โดยมี Mr. Kenji Harada ผู้แทนจากสำนักงานคณะรัฐมนตรี เข้าร่วมการประชุมด้วย

ที่ประชุมทบทวนความคืบหน้าของโครงการเตือนภัยล่วงหน้า
"""
MERGER = """ผู้แทนไทยเข้าร่วมการประชุมคณะทำงานด้านการจัดการภัยพิบัติแม่โขง-ญี่ปุ่น ครั้งที่ 9

เมื่อวันที่ 15 มีนาคม 2567 นางสาวปริยา ทองประเสริฐ ผู้อำนวยการกองความร่วมมือลุ่มน้ำโขง กรมเอเชียตะวันออก เข้าร่วมการประชุมคณะทำงานด้านการจัดการภัยพิบัติแม่โขง-ญี่ปุ่น ครั้งที่ 9 ผ่านระบบการประชุมทางไกล โดยมีนายเคนจิ ฮาระดะ (Mr. Kenji Harada) ผู้แทนจากสำนักงานคณะรัฐมนตรี เข้าร่วมการประชุมด้วย

ที่ประชุมเห็นชอบแผนงานความร่วมมือระยะต่อไป
"""
#: a sentence that makes an edited release a different text, with one more attendee
EDIT = ("\n\nในการนี้ นายสมชาย ใจดี อธิบดีกรมอาเซียน เข้าร่วมการประชุมด้วย\n")


def outputs(out: Path) -> dict[str, bytes]:
    """Every output file under ``out`` (relative path → bytes), its links into the current
    generation followed; the build's own state (``.cache``, ``.gen``, ``.lock``) left out."""
    found = {}
    for root, dirs, files in os.walk(out, followlinks=True):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for f in files:
            if not f.startswith("."):
                p = Path(root) / f
                found[str(p.relative_to(out))] = p.read_bytes()
    return found


def assert_same(got: dict[str, bytes], want: dict[str, bytes], what: str) -> None:
    assert got.keys() == want.keys(), f"{what}: files only in one: {sorted(got.keys() ^ want.keys())[:10]}"
    differ = sorted(k for k in got if got[k] != want[k])
    assert not differ, f"{what}: differ from the clean build: {differ[:10]}"
    assert "kg.ttl" in got and "report.json" in got and any(k.startswith("site/") for k in got)


class Sequence:
    """An input folder rebuilt into one cached ``OUT`` after each change, and checked."""

    def __init__(self, tmp: Path, jobs: int = 2):
        self.tmp, self.jobs = tmp, jobs
        self.src, self.out = tmp / "in", tmp / "out"
        self.src.mkdir()
        self.steps = 0

    def build(self) -> kg.BuildResult:
        """Rebuild (cached), then check every output against clean builds of the same files."""
        before = self.out / "iri-map.json"
        published = before.read_bytes() if before.exists() else None
        res = kg.build([self.src], out=self.out, jobs=self.jobs, progress=False)
        assert res.written and not res.unchanged
        self.steps += 1
        got = outputs(self.out)
        ref = self.tmp / f"clean-{self.steps}"
        ref.mkdir()
        if published is not None:
            (ref / "iri-map.json").write_bytes(published)
        kg.build([self.src], out=ref, jobs=1, progress=False, cache=False)
        assert_same(got, outputs(ref), f"step {self.steps}")
        return res

    def add(self, name: str, text: str | bytes) -> None:
        p = self.src / name
        p.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)

    def change(self, name: str, extra: str = EDIT) -> None:
        p = self.src / name
        p.write_bytes(p.read_bytes() + extra.encode("utf-8"))

    def remove(self, name: str) -> None:
        (self.src / name).unlink()

    def cache_rows(self) -> dict[str, int]:
        db = sqlite3.connect(self.out / ".cache" / "extractions.sqlite")
        try:
            return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("extraction", "stat")}
        finally:
            db.close()


def dev_files() -> list[Path]:
    return sorted((ROOT / "tests" / "corpus").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))


def test_add_change_remove_on_a_dev_corpus(tmp_path):
    files = dev_files()
    seq = Sequence(tmp_path)
    for f in files[:-2]:
        seq.add(f.name, f.read_bytes())
    first = seq.build()
    seq.add(files[-2].name, files[-2].read_bytes())                  # add one
    assert seq.build().releases == first.releases + 1
    seq.add(files[-1].name, files[-1].read_bytes())                  # and another
    seq.build()
    seq.change(files[3].name)                                        # change one
    seq.build()
    seq.remove(files[5].name)                                        # remove one
    res = seq.build()
    assert res.releases == len(files) - 1
    # the store keeps exactly the entries and input signatures of the last build
    rows = seq.cache_rows()
    assert rows["extraction"] == len(files) - 1, rows
    assert rows["stat"] <= len(files) - 1, rows


def test_a_release_that_merges_two_officials(tmp_path):
    seq = Sequence(tmp_path)
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        seq.add(f.name, f.read_bytes())
    seq.add("m01_mekong_japan_dm_7.txt", MERGE_A)
    seq.add("m02_mekong_japan_dm_8.txt", MERGE_B)
    before = seq.build()
    seq.add("m03_mekong_japan_dm_9.txt", MERGER)
    after = seq.build()
    assert after.officials == before.officials - 1, "the release should merge two officials into one"
    # both names were known: the pair spelt together is what the kept resolution cannot take
    assert after.resolved == "full: a new spelling in brackets"
    assert b"owl:sameAs <https://w3id.org/thai-mfa-kg/id/person/" in (seq.out / "kg.ttl").read_bytes()
    seq.remove("m03_mekong_japan_dm_9.txt")                          # and split again
    split = seq.build()
    assert split.officials == before.officials
    assert split.resolved == "full: a release changed, removed or listed elsewhere"


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> list[Path]:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import synth
    finally:
        sys.path.remove(str(ROOT / "bench"))
    d = tmp_path_factory.mktemp("synth")
    synth.generate(40, d, seed=11)
    return sorted((d / "releases").glob("*.txt"))


@pytest.mark.parametrize("jobs", [1, 2])
def test_releases_naming_known_officials_update_the_kept_resolution(tmp_path, synthetic, jobs):
    """The common case: each release added names only officials already known, so the
    previous build's resolution is updated (kg.resolve_state), not made again; every output
    stays a clean build's. (Which of the synthetic releases name nobody new depends on
    bench/synth.py's seed 11: 33, 34 and 36 after 32.) Then what resolves whole again."""
    seq = Sequence(tmp_path, jobs=jobs)
    for f in synthetic[:32]:
        seq.add(f.name, f.read_bytes())
    assert seq.build().resolved == "full: no state of this code"
    for f in (synthetic[32], synthetic[33], synthetic[35]):
        seq.add(f.name, f.read_bytes())
        assert seq.build().resolved == "updated", f.name
    seq.add("s000000_first.txt", synthetic[36].read_bytes())         # an id before every other
    assert seq.build().resolved == "full: a new release sorts among the old ones"
    seq.change(synthetic[3].name)
    assert seq.build().resolved == "full: a release changed, removed or listed elsewhere"
    seq.add(synthetic[37].name, synthetic[37].read_bytes())
    res = kg.build([seq.src], out=seq.out, jobs=jobs, progress=False, cache=False)    # leaves no state
    assert res.resolved == "full"
    seq.add(synthetic[38].name, synthetic[38].read_bytes())
    assert seq.build().resolved == "full: no state of this code"


@pytest.mark.parametrize("seed", [1, 2])
def test_seeded_random_sequences_on_a_synthetic_corpus(tmp_path, synthetic, seed):
    rnd = random.Random(seed)
    pool = list(synthetic)
    rnd.shuffle(pool)
    seq = Sequence(tmp_path, jobs=rnd.choice([1, 2]))
    present: list[Path] = []
    for f in pool[:25]:
        seq.add(f.name, f.read_bytes())
        present.append(f)
    seq.build()
    waiting = pool[25:]
    for _ in range(4):
        op = rnd.choice(["add", "change", "remove"] if waiting else ["change", "remove"])
        if op == "add":
            f = waiting.pop()
            seq.add(f.name, f.read_bytes())
            present.append(f)
        elif op == "change":
            seq.change(rnd.choice(present).name)
        else:
            f = present.pop(rnd.randrange(len(present)))
            seq.remove(f.name)
        seq.build()


def test_the_generated_decoder_agrees_with_the_reference_on_damaged_rows(seeds_out):
    """The cache's rows are decoded by generated functions (:mod:`kg.codec`); on every row
    and on thousands of damaged copies (a value replaced, removed or added anywhere) they
    give the same records, or refuse with Invalid, exactly as the per-field reference."""
    db = sqlite3.connect(seeds_out / ".cache" / "extractions.sqlite")
    docs = [json.loads(v) for (v,) in db.execute("SELECT value FROM extraction")]
    db.close()
    assert docs
    for d in docs:
        a, b = codec._DEC_EXTRACTION(d), codec._DEC_EXTRACTION_REFERENCE(d)
        assert a == b and repr(a) == repr(b) and hash(a) == hash(b)

    def places(v, at=()):
        yield at
        if isinstance(v, list):
            for i, x in enumerate(v):
                yield from places(x, (*at, i))

    def outcome(fn, d):
        try:
            return "ok", repr(fn(d))
        except codec.Invalid:
            return "invalid", None

    rnd = random.Random(5)
    values = [None, 0, 1, -3, 1.5, True, False, "x", "", "virtual", "chair", [], ["a"], [1, 2], {}]
    refused = 0
    for _ in range(3000):
        d = json.loads(json.dumps(rnd.choice(docs)))
        at = rnd.choice(list(places(d))[1:])
        parent = d
        for i in at[:-1]:
            parent = parent[i]
        r = rnd.random()
        if r < 0.7:
            parent[at[-1]] = rnd.choice(values)
        elif r < 0.85:
            del parent[at[-1]]
        else:
            parent.append(rnd.choice(values))
        want = outcome(codec._DEC_EXTRACTION_REFERENCE, d)
        assert outcome(codec._DEC_EXTRACTION, d) == want, at
        refused += want[0] == "invalid"
    assert refused > 1000                  # the damage was mostly of the kind that must be refused
