"""The HTTP front of ``kg serve``: a SPARQL endpoint whose every query is sandboxed.

``oxigraph serve-read-only`` runs any query it is sent: SERVICE fetches whatever URL the
query names, a query runs until it ends, and a query whose client has gone keeps
burning CPU. So ``kg serve`` listens itself and answers ``/query`` and ``/sparql``
(GET ``?query=``, POST form or ``application/sparql-query``) through :mod:`kg.sandbox`:
SERVICE refused (400) unless ``allow_service``, UPDATE refused (403), each query in a
forked child over the read-only store, killed at ``timeout`` (503), past ``max_memory``
(503), or as soon as its client closes the connection. The query page and its assets,
and Graph Store reads (``GET /store``), come from the Oxigraph server behind it on a
private port (``backend``); every other method is refused: the store is read-only.

``cors`` (an origin, or ``*``) answers CORS preflights (OPTIONS) and labels responses
for that origin, so a browser client such as YASGUI on another site can query.
"""
from __future__ import annotations

import http.client
import select
import socket
import urllib.parse
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox

from . import sandbox
from .query import is_update

QUERY_PATHS = ("/query", "/sparql")
PROXIED = ("/", "/yasgui.min.js", "/yasgui.min.css", "/logo.svg", "/store")   # GET/HEAD only
MAX_QUERY_BYTES = 1 << 20               # a SPARQL request body larger than this is refused (413)
MAX_DRAIN_BYTES = 1 << 30              # a refused upload up to this size is read to its end before the answer
PREFLIGHT_MAX_AGE = 86400               # seconds a browser may cache a preflight answer
_RESULTS = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
            "application/json": ox.QueryResultsFormat.JSON,
            "application/sparql-results+xml": ox.QueryResultsFormat.XML,
            "application/xml": ox.QueryResultsFormat.XML,
            "text/csv": ox.QueryResultsFormat.CSV,
            "text/tab-separated-values": ox.QueryResultsFormat.TSV}
_GRAPHS = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
           "application/rdf+xml": ox.RdfFormat.RDF_XML, "application/ld+json": ox.RdfFormat.JSON_LD}


def _accepted(accept: str, table: dict, default):
    """The first format of ``table`` the Accept header asks for, by quality, else ``default``."""
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, *params = [x.strip() for x in part.split(";")]
        q = 1.0
        for prm in params:
            if prm.startswith("q="):
                try:
                    q = float(prm[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, media.lower()))
    for _, _, media in sorted(ranked):
        if media in table:
            return table[media]
    return default


def _answer(location: str, text: str, accept: str) -> bytes:
    """In the query's child: open the store, run ``text``, serialize; ``media type\\n`` + body."""
    store = ox.Store.read_only(location)
    result = store.query(text)
    if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
        fmt = _accepted(accept, _RESULTS, ox.QueryResultsFormat.JSON)
    else:
        fmt = _accepted(accept, _GRAPHS, ox.RdfFormat.TURTLE)
    body = result.serialize(format=fmt) or b""
    return fmt.media_type.encode() + b"\n" + body


#: where the entity IRIs live on the server (``https://w3id.org/thai-mfa-kg/id/person/x`` → ``/id/person/x``)
ID_PATH = "/id/"
_PAGE_MEDIA = {"text/html": "html", "application/xhtml+xml": "html", **{m: "rdf" for m in _GRAPHS}}
_FILE_MEDIA = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript"}


def _describe(location: str, iri: str, accept: str) -> bytes:
    """In the query's child: what the store says of ``iri`` (its own statements), in the
    RDF format ``accept`` asks for; empty when the store names no such subject."""
    store = ox.Store.read_only(location)
    node = ox.NamedNode(iri)
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(node, None, None)]
    if not triples:
        return b""
    fmt = _accepted(accept, _GRAPHS, ox.RdfFormat.TURTLE)
    return fmt.media_type.encode() + b"\n" + (ox.serialize(triples, format=fmt) or b"")


def site_file(site: Path, rest: str) -> Path | None:
    """The file of ``site/`` a path below ``/id/`` names: the file itself, or the entity page
    ``rest.html``; None outside ``site/`` or when there is none (no ``..`` escapes)."""
    root = site.resolve()
    rest = urllib.parse.unquote(rest).strip("/") or "index.html"
    for candidate in (root / rest, root / (rest + ".html")):
        try:
            real = candidate.resolve()
        except OSError:
            continue
        if (real == root or root in real.parents) and real.is_file():
            return real
    return None


def make_server(location: str | Path, *, host: str, port: int, backend: tuple[str, int] | None = None,
                cors: str | None = None, allow_service: bool = False, timeout: float = sandbox.DEFAULT_TIMEOUT,
                max_memory: int = sandbox.DEFAULT_MAX_MEMORY_MB << 20, site: Path | None = None,
                id_base: str | None = None,
                log: Callable[[str], None] = lambda m: None) -> ThreadingHTTPServer:
    """A threading HTTP server (not yet serving) for the read-only store at ``location``.

    With ``site`` (a build's ``site/``), an entity's IRI path (``/id/person/x``) answers with
    its page for a browser and with its statements in RDF for ``Accept: text/turtle``
    (Cool URIs: one IRI, both representations); ``id_base`` is the IRI prefix of ``/id/``."""
    location = str(location)

    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-serve"
        protocol_version = "HTTP/1.1"

        def log_message(self, format, *args):  # noqa: A002 - the stdlib's name
            pass

        # ---------------------------------------------------------------- replies
        def _cors_headers(self) -> None:
            origin = self.headers.get("Origin")
            if cors and origin and (cors == "*" or origin == cors):
                self.send_header("Access-Control-Allow-Origin", "*" if cors == "*" else origin)
                self.send_header("Vary", "Origin")

        def _reply(self, status: int, body: bytes, media: str = "text/plain; charset=utf-8",
                   extra: dict | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self._cors_headers()
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _error(self, status: int, message: str) -> None:
            self._reply(status, (message + "\n").encode("utf-8"))

        # ---------------------------------------------------------------- methods
        def do_OPTIONS(self):  # noqa: N802 - the stdlib's naming
            extra = {"Allow": "GET, HEAD, POST, OPTIONS"}
            if cors:
                extra.update({"Access-Control-Allow-Methods": "GET, HEAD, POST, OPTIONS",
                              "Access-Control-Allow-Headers": self.headers.get(
                                  "Access-Control-Request-Headers") or "Content-Type, Accept",
                              "Access-Control-Max-Age": str(PREFLIGHT_MAX_AGE)})
            self.send_response(204)
            for k, v in extra.items():
                self.send_header(k, v)
            self.send_header("Content-Length", "0")
            self._cors_headers()
            self.end_headers()

        def do_GET(self):  # noqa: N802
            path, _, qs = self.path.partition("?")
            if path in QUERY_PATHS:
                params = urllib.parse.parse_qs(qs)
                return self._query(params.get("query", [None])[0], update="update" in params)
            if path.startswith(ID_PATH) and site is not None:
                return self._entity(path[len(ID_PATH):])
            if path in PROXIED and backend is not None:
                return self._proxy()
            self._error(404, f"{path}: not found (the SPARQL endpoint is /query; entity pages are under {ID_PATH})")

        def _entity(self, rest: str) -> None:
            accept = self.headers.get("Accept") or ""
            wants = _accepted(accept, _PAGE_MEDIA, "html")
            file = site_file(site, rest)
            if wants == "rdf" and id_base and not rest.endswith((".html", ".css", ".js")):
                iri = id_base + urllib.parse.unquote(rest)
                try:
                    data = sandbox.run_in_child(lambda: _describe(location, iri, accept), timeout=timeout,
                                                max_memory=max_memory, cancelled=self._client_gone)
                except (sandbox.Cancelled, sandbox.QueryStopped, sandbox.ChildFailed) as e:
                    return self._error(503, f"{iri}: cannot describe it ({e})")
                if not data:
                    return self._error(404, f"{iri}: the graph says nothing of it")
                media, _, body = data.partition(b"\n")
                return self._reply(200, body, media.decode() + "; charset=utf-8", {"Vary": "Accept"})
            if file is None:
                return self._error(404, f"{ID_PATH}{rest}: no such page")
            self._reply(200, file.read_bytes(), _FILE_MEDIA.get(file.suffix, "application/octet-stream"),
                        {"Vary": "Accept"})

        do_HEAD = do_GET

        def do_POST(self):  # noqa: N802
            path = self.path.partition("?")[0]
            if path not in QUERY_PATHS:
                self._drain()
                return self._error(405 if path in ("/store", "/update") else 404,
                                   f"{path}: this server is read-only; queries go to /query")
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_QUERY_BYTES:
                self.close_connection = True
                return self._error(413, f"a query of {length} bytes is too large (at most {MAX_QUERY_BYTES})")
            body = self.rfile.read(length).decode("utf-8", "replace")
            media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if media == "application/sparql-query":
                return self._query(body)
            if media == "application/sparql-update":
                return self._query(None, update=True)
            params = urllib.parse.parse_qs(body)
            self._query(params.get("query", [None])[0], update="update" in params)

        def _drain(self) -> None:
            """Read and drop the request body, so the client hears the answer instead of a broken pipe."""
            left = int(self.headers.get("Content-Length") or 0)
            if left > MAX_DRAIN_BYTES:
                self.close_connection = True
                return
            while left > 0:
                block = self.rfile.read(min(left, 1 << 16))
                if not block:
                    break
                left -= len(block)

        def _refuse_write(self):
            self._drain()
            self._error(405, f"{self.path.partition('?')[0]}: this server is read-only")

        do_PUT = do_DELETE = do_PATCH = _refuse_write

        # ---------------------------------------------------------------- work
        def _client_gone(self) -> bool:
            sock = self.connection
            try:
                ready, _, _ = select.select([sock], [], [], 0)
                if not ready:
                    return False
                return sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
            except BlockingIOError:
                return False
            except OSError:
                return True

        def _query(self, text: str | None, *, update: bool = False) -> None:
            if update or (text is not None and is_update(text)):
                return self._error(403, "SPARQL UPDATE is refused: this server is read-only")
            if not text:
                return self._error(400, "no query: send ?query=… or POST application/sparql-query")
            try:
                sandbox.refuse_service(text, allow_service=allow_service, option="kg serve --allow-service")
            except sandbox.ServiceRefused as e:
                return self._error(400, str(e))
            accept = self.headers.get("Accept") or ""
            try:
                data = sandbox.run_in_child(lambda: _answer(location, text, accept), timeout=timeout,
                                            max_memory=max_memory, cancelled=self._client_gone)
            except sandbox.Cancelled:
                log("kg: serve: a query was cancelled: its client went away")
                self.close_connection = True
                return None
            except sandbox.QueryStopped as e:
                log(f"kg: serve: {e}")
                return self._error(503, str(e).replace("--timeout", "kg serve --timeout")
                                   .replace("--max-memory", "kg serve --max-memory"))
            except sandbox.ChildFailed as e:
                status = 400 if e.kind in ("SyntaxError", "RuntimeError", "ValueError") else 500
                return self._error(status, " ".join(str(e).split()))
            media, _, body = data.partition(b"\n")
            self._reply(200, body, media.decode() + ("; charset=utf-8" if b"xml" not in media else ""))

        def _proxy(self) -> None:
            conn = http.client.HTTPConnection(*backend, timeout=timeout)
            try:
                conn.request(self.command, self.path, headers={"Accept": self.headers.get("Accept") or "*/*"})
                resp = conn.getresponse()
                body = resp.read()
            except OSError as e:
                return self._error(502, f"the query page's server is not answering ({e})")
            finally:
                conn.close()
            keep = {k: v for k, v in resp.getheaders() if k.lower() in ("content-type", "cache-control")}
            self._reply(resp.status, body, keep.pop("content-type", keep.pop("Content-Type", "text/plain")), keep)

    class Server(ThreadingHTTPServer):
        address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        daemon_threads = True

    return Server((host, port), Handler)


__all__ = ["make_server", "QUERY_PATHS"]
