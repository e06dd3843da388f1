"""IRIs that never move (kg.ids): an IRI published by one build is still there in every
later build into the same folder, as a subject, or as an alias ``owl:sameAs`` its survivor."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.ids import FILE_NAME, IdMap, IdMapError

ROOT = Path(__file__).resolve().parents[1]
DATA = "https://w3id.org/thai-mfa-kg/id/"
SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"

CORPUS = sorted((ROOT / "tests" / "corpus").glob("*.*"))
CORPUS2 = sorted((ROOT / "tests" / "corpus2").glob("*.*"))
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

# (A, B): A is built first, then A + B into the same folder
PAIRS = {
    "seeds 2 + 3": (SEEDS[:2], SEEDS[2:]),
    "seeds 3 + 2": (SEEDS[3:], SEEDS[:3]),
    "corpus halves": (CORPUS[::2], CORPUS[1::2]),
    "corpus first + last": (CORPUS[:12], CORPUS[12:]),
    "corpus2 + corpus": (CORPUS2, CORPUS[:8]),
    "seeds + corpus2": (SEEDS, CORPUS2[::2]),
}


def _subjects_and_aliases(ttl: Path) -> tuple[set[str], set[str]]:
    subjects, aliased = set(), set()
    for q in ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE):
        if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(DATA):
            subjects.add(q.subject.value)
        if q.predicate.value == SAME_AS and isinstance(q.object, ox.NamedNode):
            aliased.add(q.object.value)
    return subjects, aliased


def _copy(files: list[Path], into: Path) -> Path:
    into.mkdir(parents=True, exist_ok=True)
    for f in files:
        shutil.copy(f, into / f.name)
    return into


@pytest.mark.parametrize("cache", [True, False], ids=["cache", "no-cache"])
@pytest.mark.parametrize("pair", list(PAIRS))
def test_iris_of_a_survive_adding_b(tmp_path: Path, pair: str, cache: bool) -> None:
    a, b = PAIRS[pair]
    out = tmp_path / "out"
    kg.build([_copy(a, tmp_path / "in")], out=out, progress=False, cache=cache)
    before, _ = _subjects_and_aliases(out / "kg.ttl")
    kg.build([_copy(b, tmp_path / "in")], out=out, progress=False, cache=cache)
    after, aliased = _subjects_and_aliases(out / "kg.ttl")
    lost = sorted(before - after - aliased)
    assert not lost, f"{len(lost)} of {len(before)} IRIs of A's build are gone from the A+B build: {lost[:5]}"


def test_a_fresh_folder_gives_the_same_dump(tmp_path: Path) -> None:
    """The map starts empty in a fresh folder: the dump depends on the inputs only."""
    files = CORPUS[:6]
    dumps = []
    for i in range(2):
        kg.build([_copy(files, tmp_path / "in")], out=tmp_path / f"out{i}", progress=False, cache=False)
        dumps.append((tmp_path / f"out{i}" / "kg.ttl").read_bytes())
    assert dumps[0] == dumps[1]
    # and a rebuild into a folder with a map gives the same bytes again
    kg.build([tmp_path / "in"], out=tmp_path / "out0", progress=False, cache=False)
    assert (tmp_path / "out0" / "kg.ttl").read_bytes() == dumps[0]


def test_a_merge_keeps_the_older_iri_and_aliases_the_other() -> None:
    ids = IdMap()
    first = ids.assign("person", [("x", "<https://e/x>", {"a"}), ("y", "<https://e/y>", {"b"})])
    assert first == {"x": "<https://e/x>", "y": "<https://e/y>"}
    # a later build learns that a and b (and a new spelling c) are one person, keyed y now
    merged = ids.assign("person", [("y", "<https://e/y2>", {"a", "b", "c"})])
    assert merged == {"y": "<https://e/x>"}                  # the IRI minted first survives
    assert ids.same_as({"<https://e/x>"}) == [("<https://e/y>", "<https://e/x>")]
    assert ids.origin("person", "c") == "<https://e/x>"
    # a split: the old IRI stays with the part holding most of its atoms, the other is new
    split = ids.assign("person", [("p", "<https://e/p>", {"a", "c"}), ("q", "<https://e/q>", {"b"})])
    assert split["p"] == "<https://e/x>"
    assert split["q"] == "<https://e/y>"                     # b's own IRI, no longer an alias of x
    # the map survives a round trip through its JSON file
    assert IdMap(__import__("json").loads(ids.to_json())).to_json() == ids.to_json()


def test_a_damaged_map_is_refused_with_its_path(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text("{not json", encoding="utf-8")
    with pytest.raises(IdMapError, match=FILE_NAME):
        IdMap.load(tmp_path / FILE_NAME)
    (tmp_path / FILE_NAME).write_text('{"version": 99}', encoding="utf-8")
    with pytest.raises(IdMapError, match="version"):
        IdMap.load(tmp_path / FILE_NAME)


def test_a_merge_in_the_dump_writes_owl_same_as() -> None:
    """Two spellings of one official published under two IRIs (as if an earlier build had
    not joined them): the dump keeps the older IRI and writes the other owl:sameAs it."""
    from pyshacl import validate
    from rdflib import Graph

    from kg import rdf
    from kg.resolve import name_key

    res = _seeds_resolution()
    key, official = next((k, o) for k, o in res.officials.items() if len(o.name_keys) > 1)
    first, second = sorted(official.name_keys)
    ids = IdMap()
    ids.assign("person", [("a", "<https://w3id.org/thai-mfa-kg/id/person/old-a>", {first}),
                          ("b", "<https://w3id.org/thai-mfa-kg/id/person/old-b>", {second})])
    rdf.stabilise(res, ids)
    assert rdf.person_ref(res, key) == "<https://w3id.org/thai-mfa-kg/id/person/old-a>"
    triples = set(rdf.triples(res))
    assert ("<https://w3id.org/thai-mfa-kg/id/person/old-b>", "<" + SAME_AS + ">",
            "<https://w3id.org/thai-mfa-kg/id/person/old-a>") in triples
    assert name_key(official.thai_name or "") in official.name_keys
    import io

    buf = io.StringIO()
    rdf.to_turtle(triples, buf)
    conforms, _, text = validate(Graph().parse(data=buf.getvalue(), format="turtle"),
                                 shacl_graph=Graph().parse(ROOT / "ontology" / "shapes.ttl"), advanced=True)
    assert conforms, text


def _seeds_resolution():
    from kg.process import process_file
    from kg.resolve import resolve

    return resolve([process_file(str(p)) for p in SEEDS])


def test_the_command_refuses_a_damaged_map(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    out = tmp_path / "out"
    out.mkdir()
    (out / FILE_NAME).write_text("{not json", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS[0]), "--out", str(out), "--quiet"],
                         capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode == 2
    assert str(out / FILE_NAME) in run.stderr and "Traceback" not in run.stderr
    assert not (out / "kg.ttl").exists() and (out / FILE_NAME).read_text(encoding="utf-8") == "{not json"


def test_a_deleted_map_is_written_again_by_the_next_build(tmp_path: Path) -> None:
    """The map is one of the outputs the "nothing changed" check looks at."""
    out = tmp_path / "out"
    kg.build([SEEDS[0]], out=out, progress=False)
    kept = (out / FILE_NAME).read_bytes()
    (out / FILE_NAME).unlink()
    result = kg.build([SEEDS[0]], out=out, progress=False)
    assert not result.unchanged and (out / FILE_NAME).read_bytes() == kept
