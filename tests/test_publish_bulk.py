"""``kg publish --bulk`` against a real Oxigraph server on 127.0.0.1.

The dev corpus's dump goes up in batches of 200 statements (a dozen or more POSTs).
Faults come from a reverse proxy written here in front of the real server: it can
answer 503 to the k-th batch a given number of times, answer 204 to a batch and store
nothing, require HTTP Basic, and serve the Graph Store endpoint at a path from which
no query endpoint can be derived. The ``oxigraph`` binary comes with the ``test``
extra; the tests fail, not skip, without it.
"""
from __future__ import annotations

import base64
import fcntl
import http.client
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import cli, publish as bulk
from kg.build import build

from test_server import count, oxigraph_bin, server, sparql, triples_in  # noqa: F401 (the fixtures are test_server's)

ROOT = Path(__file__).resolve().parents[1]
GRAPH = "https://w3id.org/thai-mfa-kg/graph/bulk"
BATCH = "200"                                    # statements per batch: the dev dump makes a dozen or more
USER, SECRET = "bob", "bulk-S3cret!"
RESULT = re.compile(r"kg: published (?P<dump>\S+) to (?P<url>\S+) \((?P<where>[^)]*)\): (?P<n>[\d,]+) triples in "
                    r"(?P<b>[\d,]+) batch(?:es)?(?: \((?P<resent>\d+) resent\))?(?P<moved>, moved from a temporary "
                    r"graph)?, [\d.]+ s \([\d.]+ MB/s, [\d,]+ triples/s\); verified: the server counts "
                    r"(?P<server>[\d,]+)\n")


def num(s: str) -> int:
    return int(s.replace(",", ""))


@pytest.fixture(scope="module")
def dev_dumps(tmp_path_factory) -> tuple[Path, Path]:
    """The dump of dev corpus 1 (24 releases) and a smaller one (one seed)."""
    base = tmp_path_factory.mktemp("bulk-dumps")
    build([ROOT / "tests" / "corpus"], out=base / "dev", progress=False, cache=False)
    one = sorted((ROOT / "seeds").glob("*.txt"))[0]
    build([one], out=base / "one", progress=False, cache=False)
    return base / "dev" / "kg.ttl", base / "one" / "kg.ttl"


class Proxy:
    """A reverse proxy in front of the real server, with faults on the Graph Store POSTs.

    ``fail[k] = t``: the k-th batch POST (1-based) is answered 503 t times before it is
    passed on (t < 0: always). ``drop = {k}``: the k-th batch is answered 204 and not passed
    on. ``auth``: the Basic credentials every request must carry. ``gsp``: the path the
    proxy serves the server's /store at."""

    def __init__(self, backend: int, *, gsp: str = "/store", auth: tuple[str, str] | None = None):
        self.backend, self.gsp = backend, gsp
        self.fail: dict[int, int] = {}
        self.drop: set[int] = set()
        self.hold: dict[int, float] = {}                        # batch k waits this many seconds first
        self.held = threading.Event()                           # set when a held batch has arrived
        self.expected = "Basic " + base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode() if auth else None
        self.seen: list[tuple[str, str, str | None]] = []     # (method, path, Authorization)
        self.posts = 0
        self.lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def relay(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                auth_header = self.headers.get("Authorization")
                with proxy.lock:
                    proxy.seen.append((self.command, self.path, auth_header))
                if proxy.expected and auth_header != proxy.expected:
                    return self.answer(401, b"", {"WWW-Authenticate": 'Basic realm="kg"'})
                path, _, query = self.path.partition("?")
                if path == proxy.gsp:
                    path = "/store"
                    if self.command == "POST":
                        with proxy.lock:
                            proxy.posts += 1
                            k = proxy.posts
                            left = proxy.fail.get(k, 0)
                            if left:
                                proxy.fail[k] = left - 1
                                proxy.posts -= 1               # the same batch comes again
                        if left:
                            return self.answer(503, b"busy")
                        if k in proxy.hold:
                            proxy.held.set()
                            time.sleep(proxy.hold[k])
                        if k in proxy.drop:
                            return self.answer(204, b"")
                conn = http.client.HTTPConnection("127.0.0.1", proxy.backend, timeout=120)
                fwd = {h: self.headers[h] for h in ("Content-Type", "Accept") if self.headers.get(h)}
                conn.request(self.command, path + ("?" + query if query else ""), body=body or None, headers=fwd)
                resp = conn.getresponse()
                data = resp.read()
                conn.close()
                self.answer(resp.status, data, {"Content-Type": resp.getheader("Content-Type") or "text/plain"})

            def answer(self, status: int, data: bytes, headers: dict | None = None):
                self.send_response(status)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = relay  # noqa: N815

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.gsp}"


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    monkeypatch.setattr(bulk, "RETRY_FIRST_WAIT_S", 0.01)     # the waits' length is not what is tested


def run(capsys, *args: str) -> tuple[int, str]:
    code = cli.main(["publish", *args])
    out, err = capsys.readouterr()
    assert SECRET not in out + err
    return code, out + err


def graphs(port: int) -> set[str]:
    return set(sparql(port, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").splitlines()[1:])


FACTS = """PREFIX mfa: <https://w3id.org/thai-mfa-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?o ?m ?label WHERE { %s }"""
PATTERN = "?o mfa:attended ?m . ?m a mfa:Meeting ; rdfs:label ?label ."


def facts_local(dump: Path) -> set[tuple[str, str, str]]:
    st = ox.Store()
    st.load(path=str(dump), format=ox.RdfFormat.TURTLE)
    return {(r["o"].value, r["m"].value, r["label"].value) for r in st.query(FACTS % PATTERN)}


def facts_served(port: int, graph: str) -> set[tuple[str, str, str]]:
    import csv
    import io

    rows = list(csv.reader(io.StringIO(sparql(port, FACTS % f"GRAPH <{graph}> {{ {PATTERN} }}"))))
    return {tuple(r) for r in rows[1:]}


# ------------------------------------------------------------------------------ the bulk path works
def test_bulk_publish_in_many_batches_is_complete_and_verified(server, dev_dumps, capsys):
    dev, one = dev_dumps
    endpoint = f"http://127.0.0.1:{server}/store"
    n = triples_in(dev)
    code, text = run(capsys, "--endpoint", endpoint, "--graph", GRAPH, "--dump", str(dev), "--batch-size", BATCH)
    m = RESULT.fullmatch(text)
    assert code == 0 and m, text
    assert num(m["n"]) == num(m["server"]) == n > 2000
    assert 10 <= num(m["b"]) <= -(-n // int(BATCH))          # many batches, each at least BATCH statements
    assert (m["where"], m["url"], m["resent"], m["moved"]) == (f"graph <{GRAPH}>", endpoint, None, None)
    assert count(server, GRAPH) == n and count(server) == 0
    facts = facts_local(dev)
    assert len(facts) > 20 and facts_served(server, GRAPH) == facts     # who attended which meeting, labels and all
    # a smaller dump replaces the graph, it does not add to it
    code, text = run(capsys, "--endpoint", endpoint, "--graph", GRAPH, "--dump", str(one), "--bulk", "--quiet")
    assert code == 0 and num(RESULT.fullmatch(text)["server"]) == triples_in(one) == count(server, GRAPH) < n
    # the default graph
    code, text = run(capsys, "--endpoint", endpoint, "--dump", str(dev), "--batch-size", BATCH)
    assert code == 0 and RESULT.fullmatch(text)["where"] == "default graph" and count(server) == n


def test_swap_moves_a_complete_graph_and_leaves_no_temporary_graph(server, dev_dumps, capsys):
    dev, one = dev_dumps
    endpoint = f"http://127.0.0.1:{server}/store"
    assert run(capsys, "--endpoint", endpoint, "--graph", GRAPH, "--dump", str(one), "--bulk")[0] == 0
    code, text = run(capsys, "--endpoint", endpoint, "--graph", GRAPH, "--dump", str(dev), "--batch-size", BATCH,
                     "--swap")
    m = RESULT.fullmatch(text)
    assert code == 0 and m and m["moved"] and num(m["server"]) == triples_in(dev) == count(server, GRAPH)
    assert graphs(server) == {GRAPH}


def test_the_count_is_checked_a_batch_answered_204_but_not_stored_fails(server, dev_dumps, capsys):
    dev, _ = dev_dumps
    with Proxy(server) as proxy:
        proxy.drop = {3}
        code, text = run(capsys, "--endpoint", proxy.endpoint, "--graph", GRAPH, "--dump", str(dev),
                         "--batch-size", BATCH)
    n, held = triples_in(dev), count(server, GRAPH)
    assert code == 1 and 0 < held < n
    assert text.startswith(f"kg: error: {proxy.endpoint}?graph=")
    assert (f": the server counts {held:,} triples in graph <{GRAPH}> but the dump has {n:,} (sent in "
            in text) and "the graph on the server is not the dump" in text and text.count("\n") == 1


def test_a_failed_batch_is_retried(server, dev_dumps, capsys):
    dev, _ = dev_dumps
    with Proxy(server) as proxy:
        proxy.fail = {2: 2, 5: 1}
        code, text = run(capsys, "--endpoint", proxy.endpoint, "--graph", GRAPH, "--dump", str(dev),
                         "--batch-size", BATCH, "--retries", "2")
    m = RESULT.fullmatch(text)
    assert code == 0 and m and m["resent"] == "3" and num(m["server"]) == triples_in(dev) == count(server, GRAPH)
    assert not proxy.fail[2] and not proxy.fail[5]


def test_a_batch_failing_after_its_retries_names_how_far_it_got_and_a_rerun_repairs(server, dev_dumps, capsys):
    dev, _ = dev_dumps
    with Proxy(server) as proxy:
        proxy.fail = {4: -1}                                    # batch 4 always fails
        code, text = run(capsys, "--endpoint", proxy.endpoint, "--graph", GRAPH, "--dump", str(dev),
                         "--batch-size", BATCH, "--retries", "1")
        assert code == 1 and text.count("\n") == 1
        m = re.fullmatch(r"kg: error: (\S+): batch 4 failed: HTTP 503 Service Unavailable \(2 attempts\); 3 batches "
                         r"\(([\d,]+) triples, about (\d+)% of the dump\) had been stored: graph <(\S+)> now holds "
                         r"only that part of the dump; run the same command again to replace it \(its first step "
                         r"clears the graph\), or add --swap to keep the old graph until the whole dump is in\n", text)
        assert m, text
        assert m[1] == f"{proxy.endpoint}?graph=https%3A%2F%2Fw3id.org%2Fthai-mfa-kg%2Fgraph%2Fbulk" and m[4] == GRAPH
        assert num(m[2]) == count(server, GRAPH) >= 3 * int(BATCH)    # what it says was stored is what is there
        assert 0 < int(m[3]) < 100
        proxy.fail = {}
        code, text = run(capsys, "--endpoint", proxy.endpoint, "--graph", GRAPH, "--dump", str(dev),
                         "--batch-size", BATCH)
    assert code == 0 and count(server, GRAPH) == triples_in(dev)


def test_with_swap_a_failure_leaves_the_old_graph_whole(server, dev_dumps, capsys):
    dev, one = dev_dumps
    with Proxy(server) as proxy:
        assert run(capsys, "--endpoint", proxy.endpoint, "--graph", GRAPH, "--dump", str(one), "--bulk")[0] == 0
        before = count(server, GRAPH)
        proxy.fail = {proxy.posts + 3: -1}
        code, text = run(capsys, "--endpoint", proxy.endpoint, "--graph", GRAPH, "--dump", str(dev),
                         "--batch-size", BATCH, "--retries", "0", "--swap")
    assert code == 1 and "batch 3 failed: HTTP 503 Service Unavailable (1 attempt)" in text
    assert f"in the temporary graph, which is dropped: graph <{GRAPH}> is as it was" in text
    assert count(server, GRAPH) == before == triples_in(one) and graphs(server) == {GRAPH}


def test_a_server_without_a_derivable_query_endpoint_is_counted_by_reading_the_graph_back(server, dev_dumps,
                                                                                          capsys):
    dev, _ = dev_dumps
    with Proxy(server, gsp="/rdf/graph-store") as proxy:
        code, text = run(capsys, "--endpoint", proxy.endpoint, "--graph", GRAPH, "--dump", str(dev),
                         "--batch-size", BATCH)
        assert code == 0 and num(RESULT.fullmatch(text)["server"]) == triples_in(dev)
        assert ("GET", "/rdf/graph-store?graph=https%3A%2F%2Fw3id.org%2Fthai-mfa-kg%2Fgraph%2Fbulk", None) in proxy.seen
        assert not any(path.startswith("/query") for _, path, _ in proxy.seen)
        proxy.drop = {proxy.posts + 2}                          # and a missing batch is still caught
        code, text = run(capsys, "--endpoint", proxy.endpoint, "--graph", GRAPH, "--dump", str(dev),
                         "--batch-size", BATCH)
    assert code == 1 and f"but the dump has {triples_in(dev):,}" in text


def test_bulk_publish_authenticates_every_request(server, dev_dumps, capsys, monkeypatch, tmp_path):
    dev, one = dev_dumps
    monkeypatch.setenv("NETRC", str(tmp_path / "no-netrc"))
    monkeypatch.delenv("KG_PUBLISH_PASSWORD", raising=False)
    with Proxy(server, auth=(USER, SECRET)) as proxy:
        code, text = run(capsys, "--endpoint", proxy.endpoint, "--dump", str(one), "--bulk")
        assert code == 1 and text == (f"kg: error: {proxy.endpoint}?default: the server refused access: HTTP 401 "
                                      "Unauthorized (no credentials were sent; give --user NAME with "
                                      "KG_PUBLISH_PASSWORD or ~/.netrc, or --header 'Authorization: …')\n")
        monkeypatch.setenv("KG_PUBLISH_PASSWORD", SECRET)
        code, text = run(capsys, "--endpoint", proxy.endpoint, "--dump", str(dev), "--user", USER,
                         "--batch-size", BATCH, "--swap")
        assert code == 0 and num(RESULT.fullmatch(text)["server"]) == triples_in(dev) == count(server)
        monkeypatch.delenv("KG_PUBLISH_PASSWORD")
        url = f"http://{USER}:{SECRET}@127.0.0.1:{proxy.port}/store"
        code, text = run(capsys, "--endpoint", url, "--dump", str(one), "--bulk")
        assert code == 0 and RESULT.fullmatch(text)["url"] == proxy.endpoint and count(server) == triples_in(one)
    methods = {(method, path.partition("?")[0]) for method, path, auth in proxy.seen if auth}
    assert {("PUT", "/store"), ("POST", "/store"), ("POST", "/query"), ("POST", "/update")} <= methods
    assert all(auth == proxy.expected for *_, auth in proxy.seen if auth)


def test_blank_nodes_in_brackets_are_kept_whole_and_shared_ones_refused(server, tmp_path, capsys):
    endpoint = f"http://127.0.0.1:{server}/store"
    nested = tmp_path / "nested.ttl"
    nested.write_text("@prefix ex: <http://example.org/> .\n"
                      + "".join(f"ex:s{i} ex:p [ ex:q {i} ; ex:r [ ex:t {i} ] ] ; ex:u {i} .\n" for i in range(30)))
    code, text = run(capsys, "--endpoint", endpoint, "--graph", GRAPH, "--dump", str(nested), "--batch-size", "1")
    assert code == 0 and num(RESULT.fullmatch(text)["server"]) == 30 * 5 == count(server, GRAPH)
    assert sparql(server, f"ASK {{ GRAPH <{GRAPH}> {{ <http://example.org/s7> ?p [ ?q 7 ; ?r [ ?t 7 ] ] }} }}"
                  ).splitlines()[-1] == "true"                  # each bracket arrived in one piece
    shared = tmp_path / "shared.ttl"
    shared.write_text("@prefix ex: <http://example.org/> .\nex:a ex:p _:x .\nex:b ex:p ex:c .\nex:d ex:p _:x .\n")
    code, text = run(capsys, "--endpoint", endpoint, "--graph", GRAPH, "--dump", str(shared), "--batch-size", "1")
    assert code == 1 and "the dump names the blank node _:x in statements far apart" in text


def test_bulk_usage_errors_exit_2(dev_dumps, capsys):
    dev, _ = dev_dumps
    for extra, said in ((["--batch-size", "0"], "--batch-size 0: must be at least 1"),
                        (["--retries", "-1"], "--retries -1: must be 0 or more"),
                        (["--query-endpoint", "ftp://x/q"], "--query-endpoint: ftp://x/q: not an http(s) URL (e.g. "
                                                          "http://localhost:7878/query)"),
                        (["--swap", "--endpoint", "http://127.0.0.1:1/gsp"],
                         "--swap needs the server's SPARQL Update endpoint, which cannot be derived from "
                         "http://127.0.0.1:1/gsp: give --update-endpoint URL")):
        args = ["--endpoint", "http://127.0.0.1:1/store", "--dump", str(dev), *extra]
        code, text = run(capsys, *args)
        assert code == 2 and text == f"kg: error: {said}\n", (extra, text)


def test_derived_endpoints():
    assert bulk.derived_endpoints("http://h:7878/store") == ("http://h:7878/query", "http://h:7878/update")
    assert bulk.derived_endpoints("https://h/fuseki/ds/data") == ("https://h/fuseki/ds/query",
                                                                   "https://h/fuseki/ds/update")
    assert bulk.derived_endpoints("http://h/repositories/kg/rdf-graphs/service") == (
        "http://h/repositories/kg", "http://h/repositories/kg/statements")
    assert bulk.derived_endpoints("http://h/gsp") == (None, None)


def test_ctrl_c_says_what_the_graph_holds(server, dev_dumps):
    dev, _ = dev_dumps
    with Proxy(server) as proxy:
        proxy.hold = {3: 3.0}
        proc = subprocess.Popen([sys.executable, "-m", "kg", "publish", "--endpoint", proxy.endpoint, "--graph", GRAPH,
                                 "--dump", str(dev), "--batch-size", BATCH], stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert proxy.held.wait(60), "batch 3 never arrived"
        proc.send_signal(signal.SIGINT)
        err = proc.communicate(timeout=60)[1].decode()
        time.sleep(3.5)                                         # the held batch goes through in the end
    m = re.fullmatch(r"kg: interrupted: \S+: stopped during batch 3 \(which the server may have stored or not\); "
                     r"2 batches \(([\d,]+) triples, about \d+% of the dump\) had been stored: graph <\S+> now holds "
                     r"only that part of the dump; run the same command again .*\n", err)
    assert proc.returncode == 128 + signal.SIGINT and m, err
    assert num(m[1]) <= count(server, GRAPH) < triples_in(dev)


# ------------------------------------------------------------------------------ progress
def run_on_a_terminal(*args: str) -> tuple[int, str]:
    """``kg publish ARGS`` in a subprocess whose stderr is a terminal; everything it wrote there."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 160, 0, 0))    # a terminal has a size
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "kg", "publish", *args], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=slave, env=env)
    os.close(slave)
    chunks = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:                                     # the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    os.close(master)
    return proc.wait(timeout=30), b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")


def test_progress_on_a_terminal_and_none_with_quiet(server, dev_dumps, capsys):
    dev, _ = dev_dumps
    n = triples_in(dev)
    args = ["--endpoint", f"http://127.0.0.1:{server}/store", "--graph", GRAPH, "--dump", str(dev),
            "--batch-size", BATCH]
    code, text = run_on_a_terminal(*args)
    assert code == 0
    frames = [f for f in re.split(r"[\r\n]", text) if f.startswith("publish:")]
    assert len(frames) >= 2 and all("B/s" in f for f in frames)                # dump bytes read, per second
    assert any(f"{n:,} triples" in f and "100%" in f for f in frames)      # the last frame: all of it, all counted
    assert RESULT.search(text) and text.endswith(f"the server counts {n:,}\n")
    code, text = run_on_a_terminal(*args, "--quiet")
    assert code == 0 and RESULT.fullmatch(text), text                        # the result line and nothing else
    # not a terminal (a log, a pipe): no bar, as with kg build
    code, text = run(capsys, *args)
    assert code == 0 and RESULT.fullmatch(text)
