"""IRIs that never move: the identifiers a build has published, kept for the next build.

Resolution decides anew on every build which mentions are one person, one meeting, one
series, and names each from its content (a Latin spelling, a series label, a number).
Content changes when releases are added: a third release spells ซุน เว่ยตง "Sun
Weidong", and a slug minted from the content would move. So every *atom* of an entity
(for a person each written name, for a meeting each release's mention of it, for a
series each label) keeps the IRI it was first published under, in ``OUT/iri-map.json``:

- an entity whose atoms were all seen before keeps their IRI;
- an entity with new atoms as well keeps the IRI of its old ones, and its new atoms take it;
- an entity that merges atoms published under two IRIs keeps the older one (minted
  first) and the other becomes an alias, written as ``<alias> owl:sameAs <survivor>``
  in this and every later build;
- an entity with no atom seen before gets the IRI its content gives, as before.

The map is plain JSON (never a pickle): atoms and IRIs are strings. It is not a cache:
``--no-cache`` still reads and writes it, because what it holds (what was published)
cannot be computed again from the inputs. A build into a fresh folder starts with an
empty map, so it depends on its inputs only, and is deterministic.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

#: the file, inside the output folder
FILE_NAME = "iri-map.json"
#: bumped when the file's layout changes (a file of another version is refused)
VERSION = 1


class IdMapError(ValueError):
    """The id map file exists but cannot be used (damaged, another version)."""


class IdMap:
    """Per kind of entity: atom → the IRI (an N-Triples ``<…>`` ref) it was first published
    under, each IRI's mint order (older first) and the aliases (IRI → survivor)."""

    def __init__(self, doc: dict | None = None):
        doc = doc or {}
        self.atoms: dict[str, dict[str, str]] = {k: dict(v) for k, v in doc.get("atoms", {}).items()}
        self.order: dict[str, int] = dict(doc.get("order", {}))
        self.aliases: dict[str, str] = dict(doc.get("aliases", {}))

    # ------------------------------------------------------------------ persistence
    @classmethod
    def load(cls, path: Path) -> IdMap:
        """The map at ``path``; an empty one when there is no file yet."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls()
        except OSError as e:
            raise IdMapError(f"{path}: cannot read the IRI map: {e.strerror}") from None
        try:
            doc = json.loads(text)
        except ValueError as e:
            raise IdMapError(f"{path}: the IRI map is not valid JSON ({e}); restore it, or delete it "
                             f"to mint every IRI afresh") from None
        if not (isinstance(doc, dict) and doc.get("version") == VERSION and isinstance(doc.get("atoms"), dict)
                and isinstance(doc.get("order"), dict) and isinstance(doc.get("aliases"), dict)):
            raise IdMapError(f"{path}: not an IRI map of version {VERSION}; restore it, or delete it "
                             f"to mint every IRI afresh")
        return cls(doc)

    def to_json(self) -> str:
        return json.dumps({"version": VERSION, "atoms": self.atoms, "order": self.order, "aliases": self.aliases},
                          ensure_ascii=False, sort_keys=True, indent=0)

    # ------------------------------------------------------------------ assignment
    def assign(self, kind: str, entities: Iterable[tuple[str, str, Iterable[str]]]) -> dict[str, str]:
        """Each entity's IRI: ``entities`` are ``(key, fresh_ref, atoms)``, where
        ``fresh_ref`` is the IRI its content gives. Returns key → IRI, records new atoms
        and IRIs, and turns merged-away IRIs into aliases (see :meth:`same_as`)."""
        known = self.atoms.setdefault(kind, {})
        ents = sorted((key, fresh, sorted(set(atoms))) for key, fresh, atoms in entities)
        # claims on old IRIs: IRI → [(atoms of it the entity holds, entity key)]
        claims: dict[str, list[tuple[int, str, str]]] = {}
        olds: dict[str, list[str]] = {}
        for key, _fresh, atoms in ents:
            held: dict[str, int] = {}
            for a in atoms:
                ref = known.get(a)
                if ref is not None:
                    ref = self.survivor(ref)
                    held[ref] = held.get(ref, 0) + 1
            olds[key] = sorted(held, key=lambda r: (self.order.get(r, 0), r))
            for ref, n in held.items():
                claims.setdefault(ref, []).append((-n, atoms[0] if atoms else "", key))
        # an old IRI goes to the entity holding most of its atoms (a split keeps it once)
        owner = {ref: min(cs)[2] for ref, cs in claims.items()}
        out: dict[str, str] = {}
        taken = set(self.order)
        for key, fresh, atoms in ents:
            mine = [r for r in olds[key] if owner[r] == key]
            if mine:
                ref = mine[0]
                for other in mine[1:]:
                    self.aliases[other] = ref
            else:
                # split off from what it had merged into: its atoms' own IRI, if free again
                raw = sorted({r for a in atoms if (r := known.get(a)) is not None and r not in owner
                              and r not in out.values()}, key=lambda r: (self.order.get(r, 0), r))
                if raw:
                    ref = raw[0]
                    self.aliases.pop(ref, None)
                else:
                    ref = fresh
                    if ref in taken:             # the content IRI is someone else's already
                        ref = _suffixed(fresh, atoms)
                    self.order[ref] = len(self.order)
            taken.add(ref)
            out[key] = ref
            for a in atoms:
                known.setdefault(a, ref)
        return out

    def survivor(self, ref: str) -> str:
        seen = set()
        while ref in self.aliases and ref not in seen:
            seen.add(ref)
            ref = self.aliases[ref]
        return ref

    def origin(self, kind: str, atom: str) -> str | None:
        """The IRI ``atom`` was first published under (None before it is assigned)."""
        return self.atoms.get(kind, {}).get(atom)

    def same_as(self, present: set[str]) -> list[tuple[str, str]]:
        """``(alias, survivor)`` for every alias whose survivor is in ``present``."""
        return sorted((a, s) for a in self.aliases if (s := self.survivor(a)) in present and s != a)


def _suffixed(ref: str, atoms: list[str]) -> str:
    from .resolve import short_hash

    return ref[:-1] + "-" + short_hash(*atoms, n=8) + ">"


def save(idmap: IdMap, out: Path) -> None:
    """Write the map into ``out`` (atomically: a temporary file renamed into place)."""
    from .build import atomic_write

    with atomic_write(Path(out) / FILE_NAME) as fh:
        fh.write(idmap.to_json())
