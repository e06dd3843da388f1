"""Read-only SPARQL over the Turtle dump, on an embedded Oxigraph store.

Library API (keyword-only, for notebooks)::

    store = kg.query.load("out/kg.ttl")                       # a pyoxigraph.Store
    cols, rows = kg.query.run("officials-by-meetings", store=store)
    df = kg.query.to_dataframe("cochairs-by-country-year", dump="out/kg.ttl")
    kg.query.named_queries()   # {name: (description, text)} from kg/queries/*.rq

``run`` accepts a named query, a path to a ``.rq`` file or SPARQL text. A named query
declares its parameters as ``VALUES ?name { UNDEF }``; a lookup (``evidence``,
``official-positions``) marks its parameter ``# required: who``, and runs only with a
value for it (an empty value matches everything: the whole listing, one row per release
and fact, 346k rows at 100k releases, for export rather than for reading). Values come
back as plain Python values: IRIs and strings as ``str``, ``xsd:integer`` as ``int``,
decimals and doubles as ``float``, booleans as ``bool``, unbound as ``None``. The
usual prefixes (``mfa:``, ``id:``, ``rdfs:``, ``skos:``, ``dcterms:``, ``xsd:``,
``owl:``, ``prov:``, ``rdf:``) are predeclared. SPARQL UPDATE is refused
(:class:`UpdateRefused`), a malformed query raises :class:`QueryError` with the
parser's message and position.
"""
from __future__ import annotations

import csv
import difflib
import io
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from . import sandbox
from ._gc import gc_paused

QUERY_DIR = Path(__file__).resolve().parent / "queries"
MFA = "https://w3id.org/thai-mfa-kg/ontology#"
PREFIXES = {
    "mfa": MFA,
    "id": "https://w3id.org/thai-mfa-kg/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "wd": "http://www.wikidata.org/entity/",
}
_XSD = PREFIXES["xsd"]
RDF_TYPE = PREFIXES["rdf"] + "type"
_INTS = {_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                             "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong",
                             "unsignedShort", "unsignedByte")}
_FLOATS = {_XSD + "decimal", _XSD + "double", _XSD + "float"}
_UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class QueryError(ValueError):
    """A query that cannot be run: malformed, unknown name, or UPDATE."""


class UpdateRefused(QueryError):
    """SPARQL UPDATE on the read-only store."""


class MissingParameter(QueryError):
    """A lookup query run without a value for its required parameter(s)."""

    def __init__(self, names: Sequence[str], query: str = "this query"):
        self.names = list(names)
        given = " ".join(f"--var {n}=…" for n in self.names)
        py = ", ".join(f"{n!r}: …" for n in self.names)
        super().__init__(f"{query} is a lookup and needs {given} (in Python: bindings={{{py}}}); "
                         "an empty value lists everything")


class ServiceRefused(QueryError):
    """SERVICE (a remote endpoint) in a query, without ``allow_service``."""


class DumpError(OSError):
    """The dump is missing or cannot be parsed."""


# --------------------------------------------------------------------------- named queries

def named_queries() -> dict[str, tuple[str, str]]:
    """``{name: (one-line description, SPARQL text)}`` of the ``kg/queries/*.rq`` library, sorted by name."""
    out = {}
    for path in sorted(QUERY_DIR.glob("*.rq"), key=lambda p: p.stem):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0] if text else ""
        out[path.stem] = (first.lstrip("#").strip(), text)
    return out


def resolve_query(query_or_name: str) -> str:
    """The SPARQL text of a named query, a ``.rq`` file or SPARQL text itself."""
    q = query_or_name.strip()
    if _NAME.match(q):
        named = named_queries()
        if q in named:
            return named[q][1]
    if "\n" not in q and len(q) < 1024 and Path(q).expanduser().is_file():
        return Path(q).expanduser().read_text(encoding="utf-8")
    if not re.search(r"\s|[{}?]", q):  # one word: a name or a file; anything longer is SPARQL text
        p = Path(q).expanduser()
        if p.is_file():
            return p.read_text(encoding="utf-8")
        if _NAME.match(q):
            close = difflib.get_close_matches(q, named_queries(), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise QueryError(f"unknown query name {q!r}{hint}; 'kg query --list' shows the named queries")
        raise QueryError(f"{q!r} is neither a named query, nor a file, nor SPARQL text")
    return query_or_name


# --------------------------------------------------------------------------- the store

_CACHE: dict[tuple, ox.Store] = {}


def load(dump: str | Path = "out/kg.ttl") -> ox.Store:
    """An in-memory Oxigraph store holding ``dump`` (Turtle, N-Triples, N-Quads, TriG, RDF/XML by extension).

    Cached by path, size and modification time, so repeated calls in a notebook are free.
    """
    path = Path(dump)
    try:
        st = path.stat()
    except OSError:
        raise DumpError(f"{path}: no such file (build it first with 'kg build --out {path.parent}')") from None
    if not path.is_file():
        raise DumpError(f"{path}: not a file")
    key = (str(path.resolve()), st.st_size, st.st_mtime_ns)
    if key in _CACHE:
        return _CACHE[key]
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".") or "ttl") or ox.RdfFormat.TURTLE
    store = ox.Store()
    from .store import companions

    for part in (path, *companions(path)):      # kg.ttl with its dataset description (void.ttl)
        try:
            store.bulk_load(path=str(part), format=fmt if part == path else ox.RdfFormat.TURTLE)
        except SyntaxError as e:
            raise DumpError(f"{part}: cannot parse the dump: {e}") from None
    _CACHE.clear()  # keep one dump in memory at a time
    _CACHE[key] = store
    return store


# --------------------------------------------------------------------------- confidence

# A fact is doubtful when every qualified node that states it carries a confidence below
# the threshold; facts with no confidence at all (hand-made or older dumps) are kept.
_DOUBTFUL_UPDATES = (
    # attendances
    """DELETE { ?p mfa:attended ?m . ?m mfa:hasAttendee ?p }
    WHERE { ?p mfa:attended ?m .
      ?q0 mfa:participant ?p ; mfa:meeting ?m ; mfa:confidence ?c0 . FILTER(?c0 < $t)
      FILTER NOT EXISTS { ?q mfa:participant ?p ; mfa:meeting ?m .
                          FILTER NOT EXISTS { ?q mfa:confidence ?c . FILTER(?c < $t) } } }""",
    # co-chairs
    """DELETE { ?m mfa:coChairedBy ?x }
    WHERE { ?m mfa:coChairedBy ?x .
      ?q0 mfa:party ?x ; mfa:meeting ?m ; mfa:confidence ?c0 . FILTER(?c0 < $t)
      FILTER NOT EXISTS { ?q mfa:party ?x ; mfa:meeting ?m .
                          FILTER NOT EXISTS { ?q mfa:confidence ?c . FILTER(?c < $t) } } }""",
    # dates and ways of meeting, stated by claims
    """DELETE { ?m ?prop ?v }
    WHERE { VALUES (?mode ?modeword) { (mfa:Virtual "virtual") (mfa:InPerson "in_person") (mfa:Hybrid "hybrid") }
      ?k0 a mfa:Claim ; mfa:meeting ?m ; mfa:claimProperty ?prop ; mfa:confidence ?c0 . FILTER(?c0 < $t)
      ?m ?prop ?v .
      FILTER NOT EXISTS { ?k a mfa:Claim ; mfa:meeting ?m ; mfa:claimProperty ?prop ; mfa:claimValue ?cv .
                          FILTER(STR(?cv) = STR(?v) || (?v = ?mode && STR(?cv) = ?modeword))
                          FILTER NOT EXISTS { ?k mfa:confidence ?c . FILTER(?c < $t) } } }""",
    # the doubtful qualified nodes themselves
    """DELETE { ?q ?pp ?o . ?s ?ps ?q }
    WHERE { ?q mfa:confidence ?c . FILTER(?c < $t) ?q ?pp ?o . OPTIONAL { ?s ?ps ?q } }""",
)


def confident(store: ox.Store, threshold: float) -> ox.Store:
    """A copy of ``store`` without the facts the linker was less sure of than ``threshold``
    (0–1): attendances, co-chairs, dates and ways of meeting whose every statement has a
    lower ``mfa:confidence``, with those statements. ``store`` itself is left as it is."""
    if not 0.0 <= threshold <= 1.0:
        raise QueryError(f"a confidence threshold is between 0 and 1, not {threshold}")
    out = ox.Store()
    out.bulk_extend(store.quads_for_pattern(None, None, None, None))
    t = f'"{threshold:.4f}"^^xsd:decimal'
    for update in _DOUBTFUL_UPDATES:
        out.update(update.replace("$t", t), prefixes=PREFIXES)
    return out


# --------------------------------------------------------------------------- running

_TOKENS = re.compile(r"""<[^<>"{}|^`\\\s]*>|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|#[^\n]*""")


def _strip_prologue(q: str) -> str:
    """The query without comments, PREFIX and BASE declarations (to see its first keyword)."""
    q = _TOKENS.sub(lambda m: " " if m.group(0).startswith("#") else m.group(0), q)  # drop comments only
    while True:
        m = re.match(r"\s*(PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)", q, re.I)
        if not m:
            return q.lstrip()
        q = q[m.end():]


_PREFIXED = re.compile(r"(?<![\w?$:<_.-])([A-Za-z][\w.-]*)?:(?=[\w%\\]|\s|$|[;,.)}\]])")
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.I)


def unknown_prefixes(query: str) -> list[str]:
    """The prefixes ``query`` uses but neither declares nor finds predeclared, in order."""
    body = _TOKENS.sub(" ", query)                          # strings, IRIs and comments out
    declared = set(PREFIXES) | {m.group(1) or "" for m in _DECLARED.finditer(body)}
    body = _DECLARED.sub(" ", body)
    out: list[str] = []
    for m in _PREFIXED.finditer(body):
        name = m.group(1) or ""
        if name not in declared and name not in out and name.lower() != "_":
            out.append(name)
    return out


def is_update(query: str) -> bool:
    """Whether ``query`` is SPARQL UPDATE (INSERT, DELETE, LOAD, CLEAR, DROP, ...)."""
    head = _strip_prologue(query)
    word = re.match(r"[A-Za-z]+", head)
    return bool(word) and word.group(0).upper() in _UPDATE_WORDS


def _position_hint(query: str, message: str) -> str:
    m = re.search(r"at (\d+):(\d+)", message)
    if not m:
        return ""
    line, col = int(m.group(1)), int(m.group(2))
    lines = query.splitlines() or [""]
    if not 1 <= line <= len(lines):
        return ""
    text = lines[line - 1]
    return f"\n  {text}\n  {' ' * max(col - 1, 0)}^"


def _tidy(message: str) -> str:
    """The parser's message with its long lists of Unicode character ranges shortened."""
    message = re.sub(r"\[[^\[\]]*\\u\{[^\[\]]*\]", "[name characters]", message, flags=re.S)
    message = re.sub(r"(\[name characters\],?\s*)+", "[name characters], ", message).rstrip(", ")
    return " ".join(message.split())


def _as_int(lexical: str) -> int | str:
    try:
        return int(lexical)
    except ValueError:
        return lexical


def _as_float(lexical: str) -> float | str:
    try:
        return float(lexical)
    except ValueError:
        return lexical


def _as_bool(lexical: str) -> bool:
    return lexical in ("true", "1")


def _as_str(lexical: str) -> str:
    return lexical


_LEXICAL: dict[ox.NamedNode, Any] = {}  # datatype -> lexical form to plain value


def _literal(term: ox.Literal) -> Any:
    dt = term.datatype
    conv = _LEXICAL.get(dt)
    if conv is None:
        iri = dt.value
        conv = (_as_int if iri in _INTS else _as_float if iri in _FLOATS
                else _as_bool if iri == _XSD + "boolean" else _as_str)
        if len(_LEXICAL) < 1024:
            _LEXICAL[dt] = conv
    return conv(term.value)


def plain(term: Any) -> Any:
    """A plain Python value for an RDF term (``None`` when unbound)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return _literal(term)
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def _rows(solutions: ox.QuerySolutions) -> list[list[Any]]:
    """Every solution as a list of plain values, in the order of the projected variables.

    A solution is read by position (by name costs twice as much), and the cyclic garbage
    collector is paused meanwhile: the rows hold no cycles, but building a few hundred
    thousand of them would otherwise trigger it again and again.
    """
    with gc_paused():
        return [[plain(v) for v in row] for row in solutions]


def _term(value: Any) -> ox.NamedNode | ox.Literal:
    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(_XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))
    s = str(value)
    if s.startswith("<") and s.endswith(">"):
        return ox.NamedNode(s[1:-1])
    if re.fullmatch(r"-?\d+", s):
        return ox.Literal(s, datatype=ox.NamedNode(_XSD + "integer"))
    return ox.Literal(s)


def _term_of(name: str, value: Any) -> ox.NamedNode | ox.Literal:
    """``value`` as an RDF term, or :class:`QueryError` naming the parameter (``<a b>`` is no IRI)."""
    try:
        return _term(value)
    except ValueError as e:
        raise QueryError(f"--var {name}={value}: not a valid value ({e}); an IRI is written <https://…> "
                         "without spaces") from None


_REQUIRED = re.compile(r"^#\s*required:\s*([\w ,]+)$", re.M)


def required_parameters(text: str) -> list[str]:
    """The parameters a query declares ``# required: who[, …]`` (a comment line)."""
    return [n for m in _REQUIRED.finditer(text) for n in re.split(r"[\s,]+", m.group(1).strip()) if n]


def missing_parameters(text: str, bindings: Mapping[str, Any] | None = None) -> list[str]:
    """The required parameters of ``text`` that ``bindings`` leaves without a value."""
    given = {k.lstrip("?$") for k in (bindings or {})}
    return [n for n in required_parameters(text) if n not in given]


def checked(query_or_name: str, bindings: Mapping[str, Any] | None = None, *, allow_service: bool = False) -> str:
    """The SPARQL text of ``query_or_name`` once it is known to be runnable here: not an
    UPDATE (:class:`UpdateRefused`), no SERVICE unless ``allow_service``
    (:class:`ServiceRefused`), every required parameter bound (:class:`MissingParameter`)
    and every value a valid term (:class:`QueryError`). Cheap: callers check before
    loading a dump."""
    text = resolve_query(query_or_name)
    if is_update(text):
        raise UpdateRefused("SPARQL UPDATE is refused: 'kg query' is read-only (the dump is never modified)")
    try:
        sandbox.refuse_service(text, allow_service=allow_service)
    except sandbox.ServiceRefused as e:
        raise ServiceRefused(str(e)) from None
    for k, v in (bindings or {}).items():
        _term_of(k, v)
    missing = missing_parameters(text, bindings)
    if missing:
        raise MissingParameter(missing, repr(query_or_name) if _NAME.match(query_or_name.strip()) else "this query")
    return text


def bind(text: str, bindings: Mapping[str, Any] | None = None) -> tuple[str, dict]:
    """``text`` with each declared parameter's ``VALUES ?name { UNDEF }`` filled in, and the
    substitutions for the other variables. An empty value leaves a declared parameter
    unbound: the query then matches everything."""
    subs = {}
    for k, v in (bindings or {}).items():
        name = k.lstrip("?$")
        if not re.fullmatch(r"\w+", name):
            raise QueryError(f"bad variable name {k!r}")
        slot = re.compile(r"VALUES\s+[?$]" + name + r"\s*\{\s*UNDEF\s*\}", re.I)
        if slot.search(text):  # a declared parameter: VALUES ?name { UNDEF }, maybe in several subqueries
            if v == "":
                continue
            term = str(_term_of(name, v))  # N-Triples syntax, escaped: valid SPARQL
            text = slot.sub(lambda _m: f"VALUES ?{name} {{ {term} }}", text)
        else:
            subs[ox.Variable(name)] = _term_of(name, v)
    return text, subs


def run(query_or_name: str, *, store: ox.Store | None = None, dump: str | Path | None = None,
        bindings: Mapping[str, Any] | None = None, allow_service: bool = False,
        timeout: float | None = None, max_memory: int | None = None) -> tuple[list[str], list[list[Any]]]:
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query; ``(columns, rows)`` of plain values.

    ``bindings`` pre-binds variables (``{"who": "ธานี"}``; ``"<iri>"`` gives an IRI, digits
    an integer; ``""`` leaves a declared parameter unbound). A query's required parameters
    (``# required: who``) must be given, else :class:`MissingParameter`. ASK gives
    ``(["ask"], [[True|False]])``; CONSTRUCT and DESCRIBE give the triples as
    ``subject, predicate, object`` rows.

    SERVICE is refused (:class:`kg.sandbox.ServiceRefused`) unless ``allow_service``.
    With ``timeout`` (seconds) or ``max_memory`` (bytes) the query runs in a forked child
    that is killed when it passes either (:class:`kg.sandbox.QueryStopped`) or on Ctrl-C;
    without them it runs in this process, as fast as possible (the CLI always sets both).
    """
    text = checked(query_or_name, bindings, allow_service=allow_service)
    if store is None:
        store = load(dump if dump is not None else "out/kg.ttl")
    text, subs = bind(text, bindings)
    if timeout is None and max_memory is None:
        return _evaluate(store, text, subs)
    try:
        data = sandbox.run_in_child(lambda: json.dumps(_evaluate(store, text, subs), ensure_ascii=False,
                                                       allow_nan=True).encode("utf-8"),
                                    timeout=timeout, max_memory=max_memory)
    except sandbox.ChildFailed as e:
        raise QueryError(str(e) if e.kind == "QueryError" else f"the query failed: {e.kind}: {e}") from None
    cols, rows = json.loads(data)
    return cols, rows


def _evaluate(store: ox.Store, text: str, subs: dict) -> tuple[list[str], list[list[Any]]]:
    """The query's ``(columns, rows)``; Oxigraph's errors as :class:`QueryError`."""
    try:
        result = store.query(text, prefixes=PREFIXES, substitutions=subs or None)
        if isinstance(result, ox.QueryBoolean):
            return ["ask"], [[bool(result)]]
        if isinstance(result, ox.QuerySolutions):
            return [v.value for v in result.variables], _rows(result)
        return ["subject", "predicate", "object"], [[plain(t.subject), plain(t.predicate), plain(t.object)]
                                                     for t in result]
    except SyntaxError as e:
        msg = _tidy(str(e))
        unknown = unknown_prefixes(text) if "Prefix not found" in str(e) else []
        if unknown:
            raise QueryError(f"unknown prefix {unknown[0]}: (predeclared: "
                             f"{', '.join(p + ':' for p in PREFIXES)}); declare it with "
                             f"PREFIX {unknown[0]}: <…>{_position_hint(text, msg)}") from None
        raise QueryError(f"malformed SPARQL query: {msg}{_position_hint(text, msg)}") from None
    except RuntimeError as e:  # e.g. a substitution for a variable the query does not project
        msg = str(e)
        if subs and "variable" in msg and "service" not in msg.lower():
            raise QueryError(f"cannot bind {', '.join('?' + v.value for v in subs)}: {msg} "
                             "(a named query declares its parameters as VALUES ?name { UNDEF })") from None
        raise QueryError(f"the query failed: {' '.join(msg.split())}") from None


def to_dataframe(query_or_name: str, *, store: ox.Store | None = None, dump: str | Path | None = None,
                 bindings: Mapping[str, Any] | None = None):
    """``run(...)`` as a pandas DataFrame (pandas is imported only here)."""
    import pandas as pd

    cols, rows = run(query_or_name, store=store, dump=dump, bindings=bindings)
    return pd.DataFrame(rows, columns=cols)


# --------------------------------------------------------------------------- formatting

def _short(value: Any) -> str:
    """Table form: IRIs as prefixed names or <IRI>, valid SPARQL either way; None as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    s = str(value)
    if not _IRI_LIKE.match(s):
        return s
    for p, ns in PREFIXES.items():
        if s.startswith(ns) and len(s) > len(ns):
            local = _pn_local(s[len(ns):])
            if local is not None:
                return f"{p}:{local}"
    return f"<{s}>"


# An IRI-looking value (scheme:...) is shown so that it pastes back into a query as it is:
# a prefixed name whose local part is escaped as SPARQL's PN_LOCAL requires
# (id:meeting\/s3c…-7), or else the full <IRI>.
_IRI_LIKE = re.compile(r"^(?:https?|urn|mailto|ftp|file|tag):[^\s<>\"{}|^`\\]+$")
_PN_ESCAPABLE = frozenset("_~.-!$&'()*+,;=/?#@%")
_PN_BASE_FROM = 0xC0          # PN_CHARS_BASE covers (nearly) every letter from U+00C0 on, Thai included


def _pn_local(local: str) -> str | None:
    """``local`` as a SPARQL PN_LOCAL, with backslash escapes where needed, or None."""
    out = []
    last = len(local) - 1
    for i, ch in enumerate(local):
        if ch.isascii() and (ch.isalnum() or ch in "_:") or (not ch.isascii() and ord(ch) >= _PN_BASE_FROM):
            out.append(ch)
        elif ch == "-" and i > 0 or ch == "." and 0 < i < last:
            out.append(ch)
        elif ch in _PN_ESCAPABLE:
            out.append("\\" + ch)
        else:
            return None
    return "".join(out)


def _width(s: str) -> int:
    """Display width in a terminal: Thai vowels and tone marks above/below take no column."""
    w = 0
    for ch in s:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def format_table(cols: Sequence[str], rows: Sequence[Sequence[Any]], *, max_width: int = 60) -> str:
    """An aligned text table with a header rule and a row count."""
    def cell(v):
        s = _short(v).replace("\n", " ")
        if _width(s) > max_width and not (s.startswith("<") and s.endswith(">")):   # an IRI stays whole
            out, w = "", 0
            for ch in s:
                w += _width(ch)
                if w > max_width - 1:
                    break
                out += ch
            s = out + "…"
        return s

    body = [[cell(v) for v in r] for r in rows]
    widths = [max([_width(c)] + [_width(r[i]) for r in body]) for i, c in enumerate(cols)]

    def line(values):
        return "  ".join(v + " " * (widths[i] - _width(v)) for i, v in enumerate(values)).rstrip()

    out = [line(list(cols)), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in body]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def format_csv(cols: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """CSV, header first, plain values (``RU``, ``3``, full IRIs), empty for unbound."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    for r in rows:
        w.writerow(["" if v is None else ("true" if v is True else "false" if v is False else v) for v in r])
    return buf.getvalue()


def format_json(cols: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A JSON array of objects, one per row, keyed by column (numbers as numbers, unbound as null)."""
    return json.dumps([dict(zip(cols, r)) for r in rows], ensure_ascii=False, indent=1) + "\n"


FORMATS = {"table": format_table, "csv": format_csv, "json": format_json}


def format_list() -> str:
    """The named queries, one per line: name and description."""
    named = named_queries()
    width = max((len(n) for n in named), default=0)
    out = []
    for n, (d, text) in named.items():
        needs = " ".join(f"--var {p}=…" for p in required_parameters(text))
        out.append(f"{n.ljust(width)}  {d}" + (f" [needs {needs}]" if needs else "") + "\n")
    return "".join(out)
