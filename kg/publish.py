"""``kg publish --bulk``: a large dump to a Graph Store Protocol server in batches, verified.

The plain ``kg publish`` (:func:`kg.serve.publish`) sends the dump as one HTTP PUT.
That is atomic on the server, but a 500 MB dump is then one server transaction (on
Oxigraph: minutes and gigabytes of server memory), one failure loses all of it, and
nothing says whether the server kept every triple. The bulk path:

1. **Streams** the Turtle dump through pyoxigraph's parser and cuts it into batches of
   about ``batch_triples`` N-Triples statements, each ending where a subject's
   statements end (so a subject block is never split, and no blank node written with
   ``[ … ]`` is cut in two). Only one batch is in memory at a time: peak memory does
   not grow with the dump. N-Triples because every Graph Store server reads it and it
   needs no prefixes, so each batch stands alone.
2. **Clears** the target graph first (a PUT of an empty N-Triples body: the protocol's
   "replace"), then **POSTs** each batch (the protocol's "merge"). With ``swap`` the
   batches go to a fresh temporary graph instead and are moved over the target with
   one SPARQL Update ``MOVE`` at the end (see below).
3. **Retries** a batch that fails in a way that may pass (no connection, a timeout,
   HTTP 408, 429 or 5xx) up to ``retries`` more times, waiting 1, 2, 4 … s. Resending
   is safe: a graph is a set, so a batch the server had stored before the answer was
   lost adds nothing the second time (blank nodes aside: a dump with blank nodes
   would get fresh copies; the count check catches that). A refusal (HTTP 4xx:
   malformed data, no access) is not retried.
4. **Counts** the triples while streaming (the parser's statements, nothing extra to
   read) and asks the server afterwards with ``SELECT (COUNT(*) AS ?n)`` over the
   graph at its SPARQL query endpoint (derived for Oxigraph, Fuseki and GraphDB, or
   given); with no query endpoint at all, it GETs the graph back through the Graph
   Store Protocol and counts that. A difference is an error.

What a failure leaves. Without ``swap``, a batch that still fails after its retries
stops the upload with a message naming how far it got (batches, triples and the share
of the dump sent): the target graph then holds that prefix of the dump, a **partial
graph**. Running the same command again replaces it (step 2 clears first). With
``swap``, the target graph is untouched until every batch is in and counted; the
temporary graph is dropped on failure, and readers see the old graph or the new one,
as with the single PUT. ``swap`` needs the SPARQL Update endpoint and costs the
server a second pass over the data inside one transaction (measured on Oxigraph 0.5:
a ``MOVE`` of 0.56 M triples took over 3 minutes and 2 GB of server memory), so it
is a choice, not the default: for a large graph that readers must never see half
loaded, on a server whose ``MOVE`` is cheap (a rename), it is the right one.
"""
from __future__ import annotations

import io
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .serve import PublishError, check_target, graph_store_url, redact, refusal

DEFAULT_BATCH_TRIPLES = 50_000     # ≈ 9 MB of N-Triples for a kg dump: small in memory, few round trips
DEFAULT_RETRIES = 3                # more attempts per batch after the first
RETRY_FIRST_WAIT_S = 1.0           # then doubled: 1, 2, 4 s
RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})
NTRIPLES = "application/n-triples"
SPARQL_RESULTS_JSON = "application/sparql-results+json"
STAGING_PREFIX = "urn:uuid:"       # the temporary graph of --swap: urn:uuid:<random>


@dataclass
class BulkResult:
    """What a bulk publish did: the figures ``kg publish --bulk`` prints and the bench records."""
    triples: int              # statements in the dump (counted while streaming)
    server_count: int         # triples the server holds in the graph afterwards (equal, or an error was raised)
    batches: int
    dump_bytes: int
    sent_bytes: int           # N-Triples bytes sent (without retries)
    retried: int              # batch attempts that failed and were sent again
    seconds: float
    swapped: bool


def derived_endpoints(endpoint: str) -> tuple[str | None, str | None]:
    """``(query URL, update URL)`` of the server whose Graph Store endpoint is ``endpoint``,
    where the layout is known: Oxigraph ``…/store`` → ``…/query``, ``…/update``; Fuseki
    ``…/DATASET/data`` → ``…/DATASET/query``, ``…/DATASET/update``; GraphDB
    ``…/repositories/REPO/rdf-graphs/service`` → ``…/repositories/REPO``,
    ``…/repositories/REPO/statements``. Otherwise ``(None, None)``."""
    parts = urllib.parse.urlsplit(endpoint)
    path = parts.path.rstrip("/")

    def at(p: str) -> str:
        return urllib.parse.urlunsplit(parts._replace(path=p, query="", fragment=""))

    head, _, last = path.rpartition("/")
    if last == "store":
        return at(head + "/query"), at(head + "/update")
    if last == "data" and head:
        return at(head + "/query"), at(head + "/update")
    if path.endswith("/rdf-graphs/service"):
        repo = path[: -len("/rdf-graphs/service")]
        return at(repo), at(repo + "/statements")
    return None, None


class _Transient(Exception):
    """A failure that may pass if the request is sent again."""


def _request(method: str, url: str, *, body: bytes | None, headers: dict[str, str], timeout: float,
             what: str) -> bytes:
    """One HTTP request; the answer's body. Raises :class:`_Transient` for a failure
    worth retrying, :class:`PublishError` for a refusal."""
    req = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.read()
    except urllib.error.HTTPError as e:
        if e.code in RETRYABLE_STATUS:
            raise _Transient(f"HTTP {e.code} {e.reason}") from None
        raise refusal(url, e, headers, what) from None
    except urllib.error.URLError as e:
        raise _Transient(f"cannot reach the server ({e.reason})") from None
    except (OSError, TimeoutError) as e:
        raise _Transient(f"connection failed ({e})") from None


class _Batches:
    """The dump as a stream of N-Triples batches, each of at least ``size`` statements
    (the last one fewer) and ending where a subject's statements end.

    A batch is cut only between two statements whose subjects are different IRIs: the
    parser gives a ``[ … ]``'s statements just before the statement that holds it, under
    blank subjects, so a bracket stays in one batch. A labelled blank node (``_:x``)
    used again after a cut cannot be sent in two batches (the server would make two
    nodes of it): that is an error, never a silent change of the data."""

    def __init__(self, reader, size: int):
        import pyoxigraph as ox

        self._ox = ox
        self._quads = ox.parse(reader, format=ox.RdfFormat.TURTLE)
        self._size = size
        self._carry = None              # the first statement of the next batch
        self._sent_bnodes: set = set()  # blank nodes of earlier batches (none in a kg dump)
        self.done = False
        self.triples = 0

    def next(self) -> tuple[bytes, int]:
        """The next batch and its number of statements (0 when the dump is exhausted)."""
        ox = self._ox
        count = 0
        fresh: set = set()

        def statements():
            nonlocal count
            last = None
            if self._carry is not None:
                first, self._carry = self._carry, None
                quads = _chain1(first, self._quads)
            else:
                quads = self._quads
            for q in quads:
                s = q.subject
                if (count >= self._size and s != last and not isinstance(s, ox.BlankNode)
                        and not isinstance(last, ox.BlankNode)):   # not inside a [ … ] (its statements come first)
                    self._carry = q
                    return
                for term in (s, q.object):
                    if isinstance(term, ox.BlankNode):
                        if term in self._sent_bnodes:
                            raise PublishError(
                                f"the dump names the blank node _:{term.value} in statements far apart: split into "
                                "batches it would become two nodes; publish this dump without --bulk")
                        fresh.add(term)
                count += 1
                last = s
                yield q
            self.done = True

        buf = io.BytesIO()
        if not self.done:
            try:
                ox.serialize(statements(), buf, format=ox.RdfFormat.N_TRIPLES)
            except SyntaxError as e:
                raise PublishError(f"the dump is not valid Turtle: {e}") from None
        self._sent_bnodes |= fresh
        self.triples += count
        return buf.getvalue(), count


def _chain1(first, rest):
    yield first
    yield from rest


class _CountingReader(io.RawIOBase):
    """A binary file that counts the bytes read from it (the progress bar's position)."""

    def __init__(self, fh):
        self._fh = fh
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = self._fh.readinto(b)
        self.read_bytes += n or 0
        return n


def publish_bulk(dump: str | Path, *, endpoint: str, graph: str | None = None,
                 headers: dict[str, str] | None = None, batch_triples: int = DEFAULT_BATCH_TRIPLES,
                 retries: int = DEFAULT_RETRIES, timeout: float = 600, query_endpoint: str | None = None,
                 update_endpoint: str | None = None, swap: bool = False, progress: bool | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> BulkResult:
    """Replace ``graph`` (the default graph when None) on the Graph Store Protocol
    ``endpoint`` with the Turtle ``dump``, in batches, and check the server's triple
    count against the dump's (see the module's docstring for the steps and what a
    failure leaves). ``headers`` authenticate every request (:func:`kg.serve.credentials`);
    ``query_endpoint`` and ``update_endpoint`` default to :func:`derived_endpoints`.
    ``progress``: a bar on stderr (None: only on a terminal, like the build's).

    Raises ValueError for a bad URL, IRI or option (nothing sent), and
    :class:`PublishError` when the server refuses, cannot be reached after the retries,
    or counts other than the dump; its message says what the graph holds then."""
    from tqdm import tqdm

    dump = Path(dump)
    check_target(endpoint, graph)
    if batch_triples < 1:
        raise ValueError(f"--batch-size {batch_triples}: must be at least 1")
    if retries < 0:
        raise ValueError(f"--retries {retries}: must be 0 or more")
    endpoint = redact(endpoint)
    derived_q, derived_u = derived_endpoints(endpoint)
    for name, url, example in (("--query-endpoint", query_endpoint, "http://localhost:7878/query"),
                               ("--update-endpoint", update_endpoint, "http://localhost:7878/update")):
        if url is not None:
            check_target(url, None, option=name, example=example)
    query_endpoint = redact(query_endpoint) if query_endpoint else derived_q
    update_endpoint = redact(update_endpoint) if update_endpoint else derived_u
    if swap and not update_endpoint:
        raise ValueError(f"--swap needs the server's SPARQL Update endpoint, which cannot be derived from "
                         f"{endpoint}: give --update-endpoint URL")
    headers = dict(headers or {})
    target = graph_store_url(endpoint, graph)
    staging = f"{STAGING_PREFIX}{uuid.uuid4()}" if swap else None
    load_url = graph_store_url(endpoint, staging) if swap else target
    shown = f"graph <{graph}>" if graph else "the default graph"
    t0 = time.perf_counter()
    size = dump.stat().st_size
    retried = 0

    def attempt(method: str, url: str, body: bytes | None, extra: dict[str, str], what: str) -> bytes:
        nonlocal retried
        wait = RETRY_FIRST_WAIT_S
        for n in range(retries + 1):
            try:
                return _request(method, url, body=body, headers={**extra, **headers}, timeout=timeout, what=what)
            except _Transient as e:
                if n == retries:
                    raise _GaveUp(f"{e} ({retries + 1} attempt{'s' if retries else ''})") from None
                retried += 1
                sleep(wait)
                wait *= 2
        raise AssertionError("unreachable")

    sent = batches = 0
    batcher = None
    try:
        with dump.open("rb") as fh:
            reader = _CountingReader(fh)
            bar = tqdm(total=size, unit="B", unit_scale=True, desc="publish", file=sys.stderr, leave=False,
                       disable=True if progress is False else (None if progress is None else False))
            try:
                if not swap:                        # replace = clear, then merge every batch
                    try:
                        attempt("PUT", target, b"", {"Content-Type": NTRIPLES}, "the request to clear the graph")
                    except _GaveUp as e:
                        raise PublishError(f"{target}: could not clear {shown} before loading: {e}; "
                                           "nothing was sent, the graph is as it was") from None
                batcher = _Batches(io.BufferedReader(reader), batch_triples)
                while True:
                    body, n = batcher.next()
                    if not n:
                        break
                    try:
                        attempt("POST", load_url, body, {"Content-Type": NTRIPLES}, f"batch {batches + 1}")
                    except KeyboardInterrupt as e:      # Ctrl-C: say what the graph holds, as for a failure
                        e.kg_note = _stopped(target, shown, batches, batcher.triples - n, reader.read_bytes, size,
                                             f"stopped during batch {batches + 1} (which the server may have stored "
                                             "or not)", swap)
                        raise
                    except (_GaveUp, PublishError) as e:
                        why = (f"batch {batches + 1} failed: {e}" if isinstance(e, _GaveUp)
                               else f"{e}; at batch {batches + 1}")
                        raise PublishError(_stopped(target, shown, batches, batcher.triples - n, reader.read_bytes,
                                                    size, why, swap)) from None
                    batches += 1
                    sent += len(body)
                    bar.update(reader.read_bytes - bar.n)
                    bar.set_postfix_str(f"{batcher.triples:,} triples", refresh=False)
                bar.set_postfix_str(f"{batcher.triples:,} triples", refresh=False)
                bar.update(size - bar.n)
                bar.refresh()                       # the last frame: the whole dump, every statement counted
            finally:
                bar.close()
        triples = batcher.triples
        where = staging if swap else graph
        counted = _server_count(query_endpoint, endpoint, where, headers, timeout, attempt)
        if counted != triples:
            raise PublishError(f"{target}: the server counts {counted:,} triples in "
                               f"{'the temporary graph' if swap else shown} but the dump has {triples:,} "
                               f"(sent in {batches} batches): "
                               + ("nothing was moved, the graph is as it was" if swap else
                                  "the graph on the server is not the dump; publish again, and if the counts "
                                  "differ again the server drops or rewrites statements")
                               + (" (a dump that states a triple twice counts it twice)" if counted < triples else ""))
        if swap:
            into = f"GRAPH <{graph}>" if graph else "DEFAULT"
            try:
                attempt("POST", update_endpoint, f"MOVE SILENT GRAPH <{staging}> TO {into}".encode("utf-8"),
                        {"Content-Type": "application/sparql-update"}, "the MOVE of the temporary graph")
            except _GaveUp as e:
                raise PublishError(f"{update_endpoint}: the MOVE of the loaded temporary graph over {shown} "
                                   f"failed: {e}; the server's MOVE is one update, so {shown} should be as it was")
            staging = None
            counted = _server_count(query_endpoint, endpoint, graph, headers, timeout, attempt)
            if counted != triples:
                raise PublishError(f"{target}: after the MOVE the server counts {counted:,} triples in {shown} "
                                   f"but the dump has {triples:,}")
    except _GaveUp as e:                            # only the count query gives up here: every batch is in
        raise PublishError(f"{query_endpoint or target}: every batch was stored, but the server's triple count "
                           f"could not be asked: {e}; the graph is unverified"
                           + (" and the temporary graph is dropped: the target is as it was" if staging else "")
                           ) from None
    finally:
        if staging is not None:                     # failed before the MOVE: drop the temporary graph
            try:
                _request("POST", update_endpoint, body=f"DROP SILENT GRAPH <{staging}>".encode("utf-8"),
                         headers={"Content-Type": "application/sparql-update", **headers}, timeout=timeout,
                         what="the DROP of the temporary graph")
            except (_Transient, PublishError):
                print(f"kg: warning: the temporary graph <{staging}> could not be dropped; drop it with "
                      f"'DROP GRAPH <{staging}>'", file=sys.stderr)
    return BulkResult(triples=triples, server_count=counted, batches=batches, dump_bytes=size, sent_bytes=sent,
                      retried=retried, seconds=time.perf_counter() - t0, swapped=swap)


class _GaveUp(Exception):
    """Every attempt of one request failed in a way that might have passed."""


def _stopped(target: str, shown: str, batches: int, triples: int, read: int, size: int, why: str,
             swap: bool) -> str:
    """The message of an upload stopped in the middle: how far it got and what the graph holds."""
    share = f"{min(read, size) / size:.0%}" if size else "0%"
    why = why if why.startswith(("http://", "https://")) else f"{target}: {why}"
    done = (f"{batches} batch{'es' if batches != 1 else ''} ({triples:,} triples, about {share} of the dump) "
            "had been stored")
    if swap:
        return (f"{why}; {done} in the temporary graph, which is dropped: {shown} is as it was; "
                "run the same command again")
    return (f"{why}; {done}: {shown} now holds only that part of the dump; run the same command "
            "again to replace it (its first step clears the graph), or add --swap to keep the old graph "
            "until the whole dump is in")


def _server_count(query_endpoint: str | None, endpoint: str, graph: str | None, headers: dict[str, str],
                  timeout: float, attempt) -> int:
    """The triples in ``graph`` (None: the default graph) on the server: a SPARQL COUNT at
    ``query_endpoint``, or, without one, the graph fetched through the Graph Store Protocol
    and counted as it streams in."""
    if query_endpoint:
        where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
        body = urllib.parse.urlencode({"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"}).encode("ascii")
        raw = attempt("POST", query_endpoint, body, {"Content-Type": "application/x-www-form-urlencoded",
                                                     "Accept": SPARQL_RESULTS_JSON}, "the count query")
        try:
            return int(json.loads(raw)["results"]["bindings"][0]["n"]["value"])
        except (ValueError, KeyError, IndexError, TypeError):
            raise PublishError(f"{query_endpoint}: the count query's answer is not SPARQL JSON results "
                               f"(is it the server's query endpoint? give --query-endpoint URL)") from None
    import pyoxigraph as ox

    url = graph_store_url(endpoint, graph)
    req = urllib.request.Request(url, method="GET", headers={"Accept": NTRIPLES, **headers})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            media = (resp.headers.get("Content-Type") or NTRIPLES).split(";")[0].strip()
            fmt = ox.RdfFormat.from_media_type(media) or ox.RdfFormat.N_TRIPLES
            return sum(1 for _ in ox.parse(resp, format=fmt))
    except urllib.error.HTTPError as e:
        raise refusal(url, e, headers, "the request to read the graph back") from None
    except (OSError, SyntaxError) as e:
        raise PublishError(f"{url}: could not read the graph back to count it ({e}); "
                           "give --query-endpoint URL") from None


__all__ = ["publish_bulk", "BulkResult", "derived_endpoints", "DEFAULT_BATCH_TRIPLES", "DEFAULT_RETRIES"]
