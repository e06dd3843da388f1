"""A spaCy view of one release: the extractor's spans as a ``Doc`` with entities.

The build never tokenises (regexes and gazetteers are hundreds of times faster and
more accurate on this genre); spaCy earns its place where an analyst reads one
release: ``displacy`` shows which words became which facts, and a ``Doc`` plugs the
release into any further spaCy pipeline. Thai tokenisation comes from
``spacy.blank("th")`` (pythainlp's newmm), paid only for the release being shown.

    >>> doc = to_doc(kg.read_release("seeds/000_5cf68c7f035a1530.txt"))
    >>> [(e.text, e.label_) for e in doc.ents][:2]
"""
from __future__ import annotations

from functools import cache

from .extract import find_meetings, find_people, patterns
from .extract.mentions import _paragraphs
from .model import Release
from .thai import find_dates, fold

LABELS = ("MEETING", "PERSON", "POSITION", "PARTY", "DATE")
COLOURS = {"MEETING": "#ffcc80", "PERSON": "#90caf9", "POSITION": "#ce93d8", "PARTY": "#ef9a9a", "DATE": "#a5d6a7"}


def entities(release: Release) -> list[tuple[int, int, str]]:
    """(start, end, label) character spans in ``release.title + "\\n" + release.body``.

    Overlaps are resolved in favour of the longer span, as spaCy's ``filter_spans`` does.
    """
    p = patterns()
    text = release.title + "\n" + release.body
    f = fold(text)
    paras = _paragraphs(f)
    spans: list[tuple[int, int, str]] = []
    for mm in find_meetings(f, paras, p):
        spans.append((mm.start, mm.end, "MEETING"))
    for pm in find_people(f, paras, p):
        spans.append((pm.start, pm.name_end, "PERSON"))
        if pm.person.position:
            i = f.find(pm.person.position, pm.name_end, pm.end + 1)
            if i != -1:
                spans.append((i, i + len(pm.person.position), "POSITION"))
    for d in find_dates(f):
        spans.append((d.begin, d.stop, "DATE"))
    for m in p.party.finditer(f):
        spans.append((m.start(), m.end(), "PARTY"))
    chosen: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for s, e, label in sorted(spans, key=lambda x: (-(x[1] - x[0]), x[0])):
        if all(e <= a or s >= b for a, b in taken):
            chosen.append((s, e, label))
            taken.append((s, e))
    return sorted(chosen)


@cache
def _blank_thai():
    import spacy

    return spacy.blank("th")


def to_doc(release: Release):
    """A ``spacy.tokens.Doc`` of the release with the extractor's spans as ``doc.ents``."""
    from spacy.util import filter_spans

    nlp = _blank_thai()
    doc = nlp(release.title + "\n" + release.body)
    spans = [doc.char_span(s, e, label=label, alignment_mode="expand") for s, e, label in entities(release)]
    doc.ents = filter_spans([sp for sp in spans if sp is not None])
    return doc


class HTML(str):
    """An HTML string that Jupyter displays as HTML (``_repr_html_``), not as source,
    and that is still a ``str`` everywhere else (written to a file, searched, joined)."""

    def _repr_html_(self) -> str:
        return str(self)


def render(release: Release) -> HTML:
    """HTML of the release with its entities highlighted (``displacy``; text is escaped).
    Needs spaCy: ``pip install 'thai-mfa-kg[nlp]'`` (or the ``notebook`` extra)."""
    from spacy import displacy

    return HTML(displacy.render(to_doc(release), style="ent", page=False, jupyter=False,
                                options={"ents": list(LABELS), "colors": COLOURS}))
