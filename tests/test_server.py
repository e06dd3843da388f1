"""``kg publish`` and ``kg serve`` against a real Oxigraph server on 127.0.0.1.

The ``oxigraph`` binary comes with the ``test`` extra (``pip install oxigraph``); the
tests fail, not skip, without it.
"""
from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import cli
from kg.build import build
from kg.serve import find_oxigraph

ROOT = Path(__file__).resolve().parents[1]
GRAPH = "https://w3id.org/thai-mfa-kg/graph/test"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"server exited with {proc.returncode}: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"server on port {port} not ready after {timeout} s")


def sparql(port: int, query: str) -> str:
    data = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/query", data=data,
                                 headers={"Accept": "text/csv", "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.read().decode("utf-8")


def count(port: int, graph: str | None = None) -> int:
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    return int(sparql(port, f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}").splitlines()[1])


def triples_in(dump: Path) -> int:
    st = ox.Store()
    st.load(path=str(dump), format=ox.RdfFormat.TURTLE)
    return len(st)


def stop(proc: subprocess.Popen) -> int:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            return proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            raise AssertionError("the server did not stop on SIGTERM")
    return proc.returncode


@pytest.fixture(scope="module")
def oxigraph_bin() -> str:
    binary = find_oxigraph()
    assert binary, "the oxigraph server binary is missing: pip install 'thai-mfa-kg[test]' (or pip install oxigraph)"
    return binary


@pytest.fixture(scope="module")
def dumps(tmp_path_factory) -> tuple[Path, Path]:
    """The seeds' dump and a smaller one (one seed)."""
    base = tmp_path_factory.mktemp("dumps")
    build([ROOT / "seeds"], out=base / "all", progress=False, cache=False)
    one = sorted((ROOT / "seeds").glob("*.txt"))[0]
    build([one], out=base / "one", progress=False, cache=False)
    return base / "all" / "kg.ttl", base / "one" / "kg.ttl"


@pytest.fixture()
def server(oxigraph_bin, tmp_path):
    """A read-write Oxigraph server (Graph Store Protocol at /store) on a free port."""
    port = free_port()
    proc = subprocess.Popen([oxigraph_bin, "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_ready(port, proc)
        yield port
    finally:
        stop(proc)
        if proc.stderr:
            proc.stderr.close()


def test_publish_named_graph_then_replace_it(server, dumps, capsys):
    big, small = dumps
    endpoint = f"http://127.0.0.1:{server}/store"
    assert cli.main(["publish", "--endpoint", endpoint, "--graph", GRAPH, "--dump", str(big)]) == 0
    n_big = triples_in(big)
    assert count(server, GRAPH) == n_big > 100
    assert count(server) == 0                           # nothing leaked into the default graph
    # the same again: replaced, not appended
    assert cli.main(["publish", "--endpoint", endpoint, "--graph", GRAPH, "--dump", str(big)]) == 0
    assert count(server, GRAPH) == n_big
    # a smaller dump replaces the graph as a whole
    assert cli.main(["publish", "--endpoint", endpoint, "--graph", GRAPH, "--dump", str(small)]) == 0
    assert count(server, GRAPH) == triples_in(small) < n_big
    # the data reads back: Thai labels and the contract's terms
    rows = sparql(server, f"""PREFIX mfa: <https://w3id.org/thai-mfa-kg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?label WHERE {{ GRAPH <{GRAPH}> {{ ?m a mfa:Meeting ; rdfs:label ?label }} }}""")
    assert "ครั้งที่" in rows or "การประชุม" in rows
    assert "published" in capsys.readouterr().err


def test_publish_default_graph(server, dumps, capsys):
    big, _ = dumps
    assert cli.main(["publish", "--endpoint", f"http://127.0.0.1:{server}/store", "--dump", str(big)]) == 0
    assert count(server) == triples_in(big)
    assert cli.main(["publish", "--endpoint", f"http://127.0.0.1:{server}/store", "--dump", str(big)]) == 0
    assert count(server) == triples_in(big)
    capsys.readouterr()


def test_publish_unreachable_server_exit_1(dumps, capsys):
    port = free_port()                                   # nobody listens there
    code = cli.main(["publish", "--endpoint", f"http://127.0.0.1:{port}/store", "--dump", str(dumps[0]),
                     "--timeout", "5"])
    err = capsys.readouterr().err
    assert code == 1 and "cannot reach" in err and "Traceback" not in err


def test_publish_refused_exit_1(server, dumps, capsys):
    code = cli.main(["publish", "--endpoint", f"http://127.0.0.1:{server}/no-such-service", "--dump", str(dumps[0])])
    err = capsys.readouterr().err
    assert code == 1 and "refused" in err and "404" in err


def test_publish_usage_errors_exit_2(dumps, tmp_path, capsys):
    assert cli.main(["publish", "--endpoint", "http://127.0.0.1:1/store", "--dump", str(tmp_path / "none.ttl")]) == 2
    assert cli.main(["publish", "--endpoint", "ftp://example/store", "--dump", str(dumps[0])]) == 2
    assert cli.main(["publish", "--endpoint", "http://127.0.0.1:1/store", "--graph", "not an iri",
                     "--dump", str(dumps[0])]) == 2
    assert cli.main(["publish", "--dump", str(dumps[0])]) == 2            # --endpoint is required
    capsys.readouterr()


def test_serve_read_only_over_the_dump(oxigraph_bin, dumps, tmp_path, capsys):
    big, _ = dumps
    dump = tmp_path / "out" / "kg.ttl"
    dump.parent.mkdir()
    dump.write_bytes(big.read_bytes())
    port = free_port()
    env = {**os.environ, "PATH": str(Path(oxigraph_bin).parent) + os.pathsep + os.environ.get("PATH", "")}
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--dump", str(dump), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    try:
        wait_ready(port, proc)
        assert count(port) == triples_in(big)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as r:     # the query page
            assert "html" in r.headers.get("Content-Type", "") and b"<html" in r.read().lower()
        # read-only: a publish to it is refused, exit 1, and the data is unchanged
        code = cli.main(["publish", "--endpoint", f"http://127.0.0.1:{port}/store", "--dump", str(big)])
        assert code == 1 and "refused" in capsys.readouterr().err
        assert count(port) == triples_in(big)
        # a second server on the same port: clear error, exit 1
        assert cli.main(["serve", "--dump", str(dump), "--port", str(port)]) == 1
        assert "in use" in capsys.readouterr().err
    finally:
        code = stop(proc)
        err = proc.stderr.read().decode()
        proc.stderr.close()
    assert code == 0, err
    assert (tmp_path / "out" / "store" / "kg.stamp").is_file()


def test_serve_reloads_the_store_only_when_the_dump_changes(oxigraph_bin, dumps, tmp_path):
    from kg.store import ensure, is_current

    big, small = dumps
    dump = tmp_path / "kg.ttl"
    dump.write_bytes(big.read_bytes())
    loc = ensure(dump, oxigraph=oxigraph_bin)
    stamp = (loc / "kg.stamp").stat().st_mtime_ns
    assert ensure(dump, oxigraph=oxigraph_bin) == loc and (loc / "kg.stamp").stat().st_mtime_ns == stamp
    dump.write_bytes(small.read_bytes())
    assert not is_current(dump)
    ensure(dump, oxigraph=oxigraph_bin)
    assert is_current(dump)
    st = ox.Store.read_only(str(loc))
    assert len(st) == triples_in(small)


def test_serve_without_dump_is_a_usage_error(tmp_path, capsys):
    assert cli.main(["serve", "--dump", str(tmp_path / "none.ttl"), "--port", str(free_port())]) == 2
    assert "no such dump" in capsys.readouterr().err


# ------------------------------------------------------------- kg serve's sandbox and CORS
CARTESIAN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
ORIGIN = "http://yasgui.example.org"


def children(pid: int) -> set[int]:
    kids = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    kids.add(int(entry.name))
            except (OSError, ValueError):
                continue
    return kids


def start_serve(oxigraph_bin: str, dump: Path, *extra: str) -> tuple[subprocess.Popen, int]:
    port = free_port()
    env = {**os.environ, "PATH": str(Path(oxigraph_bin).parent) + os.pathsep + os.environ.get("PATH", ""),
           "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--dump", str(dump), "--port", str(port), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    wait_ready(port, proc)
    return proc, port


def post(port: int, query: str, headers: dict | None = None, timeout: float = 60):
    data = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/query", data=data, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv", **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, dict(r.headers), r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode()


@pytest.fixture(scope="module")
def guarded(oxigraph_bin, dumps, tmp_path_factory):
    """kg serve --cors ORIGIN with a long timeout (the client-gone test must not be saved by it)."""
    dump = tmp_path_factory.mktemp("guarded") / "kg.ttl"
    dump.write_bytes(dumps[0].read_bytes())
    proc, port = start_serve(oxigraph_bin, dump, "--cors", ORIGIN, "--timeout", "60")
    yield proc, port
    stop(proc)
    proc.stderr.close()


def test_serve_answers_a_cors_preflight(guarded):
    _, port = guarded
    req = urllib.request.Request(f"http://127.0.0.1:{port}/query", method="OPTIONS", headers={
        "Origin": ORIGIN, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"})
    with urllib.request.urlopen(req, timeout=10) as r:
        assert r.status == 204
        assert r.headers["Access-Control-Allow-Origin"] == ORIGIN
        assert "POST" in r.headers["Access-Control-Allow-Methods"]
        assert r.headers["Access-Control-Allow-Headers"].lower() == "content-type"
    status, headers, body = post(port, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", {"Origin": ORIGIN})
    assert status == 200 and headers["Access-Control-Allow-Origin"] == ORIGIN and int(body.splitlines()[1]) > 100
    status, headers, _ = post(port, "ASK {}", {"Origin": "http://elsewhere.example"})
    assert status == 200 and "Access-Control-Allow-Origin" not in headers      # only the origin it was given


def test_serve_refuses_service_and_reaches_nobody(guarded):
    _, port = guarded
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    listener.settimeout(1.0)
    try:
        target = listener.getsockname()[1]
        status, _, body = post(port, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{target}/sparql> {{ ?s ?p ?o }} }}")
        assert status == 400
        assert body == ("SERVICE is refused: a query may not make this machine fetch other endpoints "
                        "(kg serve --allow-service turns it on, for queries you trust)\n")
        with pytest.raises(socket.timeout):
            listener.accept()                                               # nobody called
    finally:
        listener.close()


def test_serve_stops_a_query_whose_client_has_gone(guarded):
    proc, port = guarded
    before = children(proc.pid)                                             # the query page's server
    body = urllib.parse.urlencode({"query": CARTESIAN}).encode()
    client = socket.create_connection(("127.0.0.1", port))
    client.sendall(b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                   + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
    deadline = time.monotonic() + 20
    while not children(proc.pid) - before and time.monotonic() < deadline:
        time.sleep(0.05)
    running = children(proc.pid) - before
    assert running, "no query process started"
    time.sleep(0.5)
    client.close()
    t = time.monotonic()
    while any(Path(f"/proc/{k}").exists() for k in running) and time.monotonic() - t < 10:
        time.sleep(0.05)
    assert not any(Path(f"/proc/{k}").exists() for k in running)
    assert time.monotonic() - t < 2                                         # not the 60 s timeout
    assert post(port, "ASK { ?s ?p ?o }")[2].strip() == "true"              # still serving


def test_serve_stops_a_query_at_its_timeout(oxigraph_bin, dumps, tmp_path):
    dump = tmp_path / "kg.ttl"
    dump.write_bytes(dumps[1].read_bytes())
    proc, port = start_serve(oxigraph_bin, dump, "--timeout", "2")
    try:
        t = time.monotonic()
        status, _, body = post(port, CARTESIAN)
        took = time.monotonic() - t
    finally:
        stop(proc)
        err = proc.stderr.read().decode()
        proc.stderr.close()
    assert status == 503 and body == ("the query ran longer than 2 s and was stopped "
                                      "(narrow it, add a LIMIT, or raise kg serve --timeout)\n")
    assert 2 <= took < 5
    assert "the query ran longer than 2 s" in err


# ------------------------------------------------------------- kg publish with credentials
USER, SECRET = "alice", "s3cr3t-Pa55"


@pytest.fixture()
def guarded_store(server):
    """A reverse proxy on 127.0.0.1 that requires HTTP Basic alice:SECRET, in front of the real
    Oxigraph server's Graph Store endpoint (written here: Oxigraph itself has no auth)."""
    import base64
    import http.client
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    expected = "Basic " + base64.b64encode(f"{USER}:{SECRET}".encode()).decode()
    seen: list[str | None] = []

    class Proxy(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_PUT(self):  # noqa: N802
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            seen.append(self.headers.get("Authorization"))
            if self.headers.get("Authorization") != expected:
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="kg"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            conn = http.client.HTTPConnection("127.0.0.1", server, timeout=60)
            conn.request("PUT", self.path, body=body, headers={"Content-Type": self.headers["Content-Type"]})
            resp = conn.getresponse()
            resp.read()
            conn.close()
            self.send_response(resp.status)
            self.send_header("Content-Length", "0")
            self.end_headers()

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.server_address[1], seen
    httpd.shutdown()
    httpd.server_close()


def publish_cli(capsys, endpoint: str, dump: Path, *extra: str) -> tuple[int, str]:
    code = cli.main(["publish", "--endpoint", endpoint, "--dump", str(dump), *extra])
    out, err = capsys.readouterr()
    assert SECRET not in out + err                                          # never echoed
    return code, out + err


def test_publish_authenticates_with_user_and_password_from_the_environment(guarded_store, server, dumps, capsys,
                                                                           monkeypatch, tmp_path):
    port, seen = guarded_store
    endpoint = f"http://127.0.0.1:{port}/store"
    monkeypatch.setenv("NETRC", str(tmp_path / "no-netrc"))
    monkeypatch.delenv("KG_PUBLISH_PASSWORD", raising=False)
    code, text = publish_cli(capsys, endpoint, dumps[0])                    # no credentials: refused
    assert code == 1 and text == (f"kg: error: {endpoint}?default: the server refused access: HTTP 401 "
                                  "Unauthorized (no credentials were sent; give --user NAME with "
                                  "KG_PUBLISH_PASSWORD or ~/.netrc, or --header 'Authorization: …')\n")
    code, text = publish_cli(capsys, endpoint, dumps[0], "--user", USER)    # no password anywhere
    assert code == 2 and text == (f"kg: error: --user {USER}: no password: set KG_PUBLISH_PASSWORD, or add "
                                  f"'machine 127.0.0.1 login {USER} password …' to ~/.netrc (or $NETRC)\n")
    monkeypatch.setenv("KG_PUBLISH_PASSWORD", "wrong")
    code, text = publish_cli(capsys, endpoint, dumps[0], "--user", USER)
    assert code == 1 and "HTTP 401" in text and "(credentials were sent;" in text
    assert count(server) == 0
    monkeypatch.setenv("KG_PUBLISH_PASSWORD", SECRET)
    code, text = publish_cli(capsys, endpoint, dumps[0], "--user", USER)
    assert code == 0 and text == f"kg: published {dumps[0]} to {endpoint} (default graph): HTTP 204\n"
    assert count(server) == triples_in(dumps[0])


def test_publish_authenticates_from_netrc_a_header_or_the_url(guarded_store, server, dumps, capsys, monkeypatch,
                                                              tmp_path):
    import base64

    port, seen = guarded_store
    endpoint = f"http://127.0.0.1:{port}/store"
    monkeypatch.delenv("KG_PUBLISH_PASSWORD", raising=False)
    netrc = tmp_path / "netrc"
    netrc.write_text(f"machine 127.0.0.1 login {USER} password {SECRET}\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    assert publish_cli(capsys, endpoint, dumps[1], "--user", USER)[0] == 0
    assert count(server) == triples_in(dumps[1])
    monkeypatch.setenv("NETRC", str(tmp_path / "none"))
    token = base64.b64encode(f"{USER}:{SECRET}".encode()).decode()
    code, text = cli.main(["publish", "--endpoint", endpoint, "--dump", str(dumps[0]),
                           "--header", f"Authorization: Basic {token}"]), capsys.readouterr()
    assert code == 0 and token not in text.out + text.err
    assert count(server) == triples_in(dumps[0])
    # user:password@ in the URL: used, and shown nowhere
    code, text = publish_cli(capsys, f"http://{USER}:{SECRET}@127.0.0.1:{port}/store", dumps[1])
    assert code == 0 and text == f"kg: published {dumps[1]} to {endpoint} (default graph): HTTP 204\n"
    code, text = publish_cli(capsys, f"http://{USER}:{SECRET}@127.0.0.1:{free_port()}/store", dumps[1],
                             "--timeout", "5")
    assert code == 1 and "cannot reach" in text and f"127.0.0.1:" in text
    assert sum(1 for a in seen if a) == 3


def test_publish_header_must_be_name_colon_value(dumps, capsys):
    assert cli.main(["publish", "--endpoint", "http://127.0.0.1:1/store", "--dump", str(dumps[0]),
                     "--header", "Authorization Bearer t0ken"]) == 2
    assert capsys.readouterr().err == ("kg: error: --header: expected 'Name: value' (e.g. 'Authorization: Bearer …'); "
                                       "the value given is not shown, it may hold a secret\n")


def _get(port: int, path: str, accept: str) -> tuple[int, str, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request("GET", path, headers={"Accept": accept})
        r = conn.getresponse()
        return r.status, r.getheader("Content-Type") or "", r.read()
    finally:
        conn.close()


def test_serve_answers_an_iri_path_with_its_page_or_its_rdf(oxigraph_bin, dumps):
    """Cool URIs: /id/person/x is the page for a browser and the statements for Accept: text/turtle."""
    proc, port = start_serve(oxigraph_bin, dumps[0])      # a whole build: kg.ttl beside site/
    try:
        _check_iri_paths(port, dumps)
    finally:
        stop(proc)
        proc.stderr.close()


def _check_iri_paths(port: int, dumps) -> None:
    person = next(q.subject.value for q in ox.parse(path=str(dumps[0]), format=ox.RdfFormat.TURTLE)
                  if q.predicate.value == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
                  and q.object.value.endswith("#Official"))
    path = "/id/" + person[len("https://w3id.org/thai-mfa-kg/id/"):]
    status, media, body = _get(port, path, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
    assert status == 200 and media.startswith("text/html") and b"<html" in body.lower()
    status, media, body = _get(port, path, "text/turtle")
    assert status == 200 and media.startswith("text/turtle")
    subjects = {q.subject.value for q in ox.parse(body, format=ox.RdfFormat.TURTLE)}
    assert subjects == {person}
    assert _get(port, "/id/style.css", "text/css")[0] == 200
    assert _get(port, "/id/person/nobody-here", "text/turtle")[0] == 404
    assert _get(port, "/id/../../../etc/passwd", "text/html")[0] == 404
    assert _get(port, "/id/%2e%2e/%2e%2e/kg.ttl", "text/html")[0] == 404
