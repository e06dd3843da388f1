"""Beyond one machine: ``kg publish`` to any SPARQL server, ``kg serve`` with Oxigraph.

``publish`` loads the dump into a SPARQL 1.1 Graph Store Protocol endpoint with one
HTTP PUT of the Turtle to ``ENDPOINT?graph=IRI`` (``ENDPOINT?default`` without a
graph): the protocol's PUT replaces the graph's content as a whole, so readers see
the old graph or the new one. ``serve`` loads the dump into a persistent store
(:mod:`kg.store`, with ``oxigraph load``) and runs ``oxigraph serve-read-only`` over
it on a private port for its query page, behind :mod:`kg.endpoint`, which answers
SPARQL at ``/query`` itself with every query sandboxed (:mod:`kg.sandbox`).
"""
from __future__ import annotations

import base64
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from .sandbox import DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT


class PublishError(RuntimeError):
    """The server is unreachable or refused the dump; the message says which and why."""


PASSWORD_ENV = "KG_PUBLISH_PASSWORD"     # kg publish --user NAME reads the password from here, or netrc


def graph_store_url(endpoint: str, graph: str | None) -> str:
    """``endpoint?graph=IRI`` (IRI percent-encoded), or ``endpoint?default``."""
    sep = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    return endpoint + sep + (("graph=" + urllib.parse.quote(graph, safe="")) if graph else "default")


def redact(url: str) -> str:
    """``url`` without its ``user:password@`` part: what messages may show."""
    parts = urllib.parse.urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def _netrc_entry(host: str) -> tuple[str, str] | None:
    """``(login, password)`` for ``host`` in ``$NETRC`` or ``~/.netrc``, or None."""
    import netrc

    path = os.environ.get("NETRC") or os.path.join(os.path.expanduser("~"), ".netrc")
    try:
        entry = netrc.netrc(path).authenticators(host)
    except (OSError, netrc.NetrcParseError):
        return None
    return (entry[0], entry[2]) if entry and entry[0] and entry[2] is not None else None


def credentials(endpoint: str, *, user: str | None = None, headers: list[str] | None = None) -> tuple[str, dict]:
    """The endpoint without credentials and the HTTP headers that authenticate to it.

    In order: ``headers`` (``"Name: value"``, e.g. a bearer token), ``user`` with the
    password from :data:`PASSWORD_ENV` or netrc (``$NETRC`` or ``~/.netrc``, the entry
    for the host with that login), ``user:password@`` in the URL, or the netrc entry for
    the host. Raises ValueError naming what is missing; never puts a secret in a message.
    """
    parts = urllib.parse.urlsplit(endpoint)
    out: dict[str, str] = {}
    for h in headers or []:
        name, sep, value = h.partition(":")
        if not sep or not re.fullmatch(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", name.strip()) or not value.strip():
            raise ValueError("--header: expected 'Name: value' (e.g. 'Authorization: Bearer …'); "
                             "the value given is not shown, it may hold a secret")
        out[name.strip()] = value.strip()
    url_user = urllib.parse.unquote(parts.username) if parts.username else None
    url_password = urllib.parse.unquote(parts.password) if parts.password is not None else None
    clean = redact(endpoint)
    host = parts.hostname or ""
    if any(k.lower() == "authorization" for k in out):
        return clean, out
    login = password = None
    if user:
        login = user
        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            entry = _netrc_entry(host)
            if entry and entry[0] == user:
                password = entry[1]
        if password is None and url_user == user:
            password = url_password
        if password is None:
            raise ValueError(f"--user {user}: no password: set {PASSWORD_ENV}, or add "
                             f"'machine {host} login {user} password …' to ~/.netrc (or $NETRC)")
    elif url_user is not None:
        login, password = url_user, url_password or ""
    else:
        entry = _netrc_entry(host)
        if entry:
            login, password = entry
    if login is not None:
        token = base64.b64encode(f"{login}:{password}".encode("utf-8")).decode("ascii")
        out["Authorization"] = f"Basic {token}"
    return clean, out


def check_target(endpoint: str, graph: str | None, *, option: str = "--endpoint",
                 example: str = "http://localhost:7878/store") -> None:
    """Raise ValueError unless ``endpoint`` is an http(s) URL and ``graph`` (if any) an absolute IRI."""
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        what = "" if option == "--endpoint" else f"{option}: "
        raise ValueError(f"{what}{redact(endpoint)}: not an http(s) URL (e.g. {example})")
    if graph is not None:
        g = urllib.parse.urlsplit(graph)
        if not g.scheme or any(c in graph for c in ' <>"{}|\\^`'):
            raise ValueError(f"{graph}: not an absolute IRI (e.g. https://w3id.org/thai-mfa-kg/graph)")


def refusal(url: str, e: urllib.error.HTTPError, headers: dict[str, str] | None, what: str = "the dump") -> PublishError:
    """The error for an HTTP refusal of ``what``: an access refusal says whether credentials
    were sent and how to give them; any other quotes the start of the server's answer."""
    if e.code in (401, 403):
        who = "credentials were sent" if any(k.lower() == "authorization" for k in headers or {}) \
            else "no credentials were sent"
        return PublishError(f"{url}: the server refused access: HTTP {e.code} {e.reason} ({who}; give "
                            f"--user NAME with {PASSWORD_ENV} or ~/.netrc, or --header "
                            "'Authorization: …')")
    detail = e.read(2000).decode("utf-8", "replace").strip()
    return PublishError(f"{url}: the server refused {what}: HTTP {e.code} {e.reason}"
                        + (f": {detail}" if detail else ""))


def publish(dump: str | Path, *, endpoint: str, graph: str | None = None, timeout: float = 600,
            headers: dict[str, str] | None = None) -> int:
    """PUT the Turtle ``dump`` to the Graph Store Protocol ``endpoint``, replacing ``graph``
    (the default graph when None), sending ``headers`` (see :func:`credentials`). Returns
    the HTTP status; raises :class:`PublishError` (unreachable, refused) or ValueError (not
    an http URL, not an absolute IRI). Credentials in the URL are never sent or shown.

    The body is streamed from the file (never read whole). One PUT is one replacement on
    the server: atomic, but one transaction as large as the dump and nothing verified;
    :func:`kg.publish.publish_bulk` is the batched, retried and counted path for large
    dumps."""
    dump = Path(dump)
    check_target(endpoint, graph)
    endpoint = redact(endpoint)                 # credentials travel in headers only, never in a message
    url = graph_store_url(endpoint, graph)
    size = dump.stat().st_size
    with dump.open("rb") as body:
        req = urllib.request.Request(url, data=body, method="PUT", headers={
            "Content-Type": "text/turtle; charset=utf-8", "Content-Length": str(size), **(headers or {})})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return resp.status
        except urllib.error.HTTPError as e:
            raise refusal(url, e, headers) from None
        except urllib.error.URLError as e:
            raise PublishError(f"{url}: cannot reach the server ({e.reason}); is it running, "
                               "and is the endpoint its Graph Store Protocol URL (Oxigraph: /store)?") from None
        except (OSError, TimeoutError) as e:
            raise PublishError(f"{url}: connection failed ({e}); nothing was replaced on the server") from None


def find_oxigraph() -> str | None:
    """The ``oxigraph`` server binary (``pip install oxigraph``), or None."""
    found = shutil.which("oxigraph")
    if found:
        return found
    cand = Path(sys.executable).parent / "oxigraph"
    return str(cand) if cand.exists() else None


def port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def serve(dump: str | Path, *, host: str = "127.0.0.1", port: int = 7878, store: str | Path | None = None,
          cors: str | None = None, allow_service: bool = False, timeout: float = DEFAULT_TIMEOUT,
          max_memory: int = DEFAULT_MAX_MEMORY_MB << 20, log=print) -> int:
    """Load ``dump`` into its store (if changed) and serve it read-only until interrupted:
    the sandboxed SPARQL endpoint of :mod:`kg.endpoint` on ``host:port``, with Oxigraph's
    query page from a ``serve-read-only`` server behind it on a private port. Returns 0
    after Ctrl-C or SIGTERM."""
    from .endpoint import make_server
    from .store import ensure

    binary = find_oxigraph()
    if binary is None:
        raise PublishError("the 'oxigraph' server binary is not installed: pip install 'thai-mfa-kg[server]' "
                           "(or pip install oxigraph)")
    if not port_free(host, port):
        raise PublishError(f"{host}:{port} is already in use: choose another --port")
    loc = ensure(dump, store, oxigraph=binary)
    inner = ("127.0.0.1", _unused_port())
    page = subprocess.Popen([binary, "serve-read-only", "--location", str(loc), "--bind", f"{inner[0]}:{inner[1]}",
                             "--timeout-s", str(max(1, int(timeout)))],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        from . import rdf

        site = Path(dump).parent / "site"
        server = make_server(loc, host=host, port=port, backend=inner, cors=cors, allow_service=allow_service,
                             site=site if site.is_dir() else None, id_base=rdf.DATA,
                             timeout=timeout, max_memory=max_memory, log=log)
    except OSError as e:
        page.kill()
        page.wait()
        raise PublishError(f"{host}:{port}: cannot listen ({e.strerror or e})") from None
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    log(f"kg: serving {dump} (store {loc}) at http://{bind}/  (SPARQL endpoint http://{bind}/query; "
        f"queries stop after {timeout:g} s; SERVICE {'allowed' if allow_service else 'refused'}"
        + (f"; CORS for {cors}" if cors else "")
        + (f"; entity pages and their RDF at http://{bind}/id/…" if (Path(dump).parent / "site").is_dir() else "")
        + "); Ctrl-C to stop")

    def stop(signum, frame):
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, old)
        server.server_close()
        stop_child(page, grace=10)
    return 0


def stop_child(proc: subprocess.Popen, *, grace: float) -> None:
    """Ask a child process to end (SIGTERM), and kill it if it has not within ``grace`` seconds."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _unused_port(host: str = "127.0.0.1") -> int:
    """A free TCP port on ``host`` (for tests and the bench)."""
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


__all__ = ["PublishError", "publish", "check_target", "refusal", "credentials", "redact", "PASSWORD_ENV", "serve", "graph_store_url", "find_oxigraph", "port_free"]
