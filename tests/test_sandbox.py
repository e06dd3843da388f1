"""Sandboxed SPARQL in 'kg query': SERVICE refused, a timeout, a memory bound, Ctrl-C, clean errors.

The runaway queries are real: a four-way cartesian product of the seeds' dump (583^4 rows)
never ends by itself, and its ORDER BY form grows by hundreds of MB a second.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kg import query, sandbox
from kg.cli import main

ROOT = Path(__file__).resolve().parents[1]
CARTESIAN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SORTED_CARTESIAN = CARTESIAN + " ORDER BY ?c ?f ?i"
COUNTED = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
REFUSED = ("kg: error: SERVICE is refused: a query may not make this machine fetch other endpoints "
           "(--allow-service turns it on, for queries you trust)\n")


@pytest.fixture(scope="module")
def dump(seeds_out):
    return seeds_out / "kg.ttl"


class Listener:
    """A TCP listener on 127.0.0.1 that counts the connections it receives."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.received: list[bytes] = []
        self.stopped = False
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while not self.stopped:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    self.received.append(conn.recv(4096))
                except OSError:
                    self.received.append(b"")

    def close(self):
        self.stopped = True
        self.thread.join(5)
        self.sock.close()


@pytest.fixture()
def listener():
    lst = Listener()
    yield lst
    lst.close()


def kg_cli(*args: str, timeout: float = 60) -> tuple[subprocess.CompletedProcess, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    t = time.monotonic()
    p = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, env=env, timeout=timeout)
    return p, time.monotonic() - t


@pytest.mark.parametrize("where", [[], ["--store"], ["--no-store"]])
def test_service_is_refused_and_reaches_nobody(where, dump, listener, capsys):
    for q in (f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/sparql> {{ ?s ?p ?o }} }}",
              f"select * where {{ ?s ?p ?o . service silent <http://127.0.0.1:{listener.port}/> {{ ?s ?p ?x }} }}"):
        assert main(["query", q, "--dump", str(dump), *where]) == 2
        out, err = capsys.readouterr()
        assert (out, err) == ("", REFUSED)
    time.sleep(0.3)
    assert listener.received == []


def test_allow_service_does_reach_the_listener(dump, listener, capsys):
    """The same query with --allow-service: the listener sees it (so the test above can fail)."""
    q = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/sparql> {{ ?s ?p ?o }} }}"
    assert main(["query", q, "--dump", str(dump), "--allow-service", "--timeout", "10"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kg: error: the query failed: ") and err.count("\n") == 1
    deadline = time.monotonic() + 5
    while not listener.received and time.monotonic() < deadline:
        time.sleep(0.05)
    assert listener.received and listener.received[0].split(b" ")[1].startswith(b"/sparql")


def test_service_detection_ignores_strings_iris_comments_and_names():
    assert sandbox.uses_service("SELECT * { SERVICE <urn:x> { ?s ?p ?o } }")
    assert sandbox.uses_service("SELECT * {\n  Service\tSILENT ?e { ?s ?p ?o } }")
    for q in ('SELECT ("SERVICE" AS ?x) { ?s <urn:SERVICE> ?o } # SERVICE <urn:y>',
              "SELECT ?service { ?service a ex:SERVICE . _:SERVICE ex:p service:x }",
              "SELECT * { ?s ?p '''a\nSERVICE <urn:x> {}''' }"):
        assert not sandbox.uses_service(q), q


def test_the_library_refuses_service_too(dump):
    with pytest.raises(query.ServiceRefused):
        query.run("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", dump=dump)


def test_service_with_a_variable_is_a_clean_error(dump, capsys):
    q = "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }"
    assert main(["query", q, "--dump", str(dump)]) == 2
    assert capsys.readouterr().err == REFUSED
    assert main(["query", q, "--dump", str(dump), "--allow-service"]) == 2
    assert capsys.readouterr().err == "kg: error: the query failed: The variable encoding the service name is unbound\n"


def test_an_iri_with_a_space_is_a_clean_error(dump, capsys):
    assert main(["query", "evidence", "--var", "who=<a b>", "--dump", str(dump)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == ("kg: error: --var who=<a b>: not a valid value (Invalid IRI code point ' '); "
                   "an IRI is written <https://…> without spaces\n")


def test_a_cartesian_query_ends_within_its_timeout(dump):
    p, took = kg_cli("query", CARTESIAN, "--dump", str(dump), "--timeout", "2")
    assert p.returncode == 3, p.stderr
    assert p.stdout == ""
    assert p.stderr == ("kg: error: the query ran longer than 2 s and was stopped "
                        "(narrow it, add a LIMIT, or raise --timeout)\n")
    assert 2 <= took < 2 + 4            # start-up and loading the seeds' dump take well under a second


def test_a_runaway_sort_is_stopped_by_the_memory_bound(dump):
    p, took = kg_cli("query", SORTED_CARTESIAN, "--dump", str(dump), "--max-memory", "200", "--timeout", "50")
    assert p.returncode == 3, p.stderr
    assert p.stderr == ("kg: error: the query needed more than 200 MiB of memory and was stopped "
                        "(narrow it, add a LIMIT, or raise --max-memory)\n")
    assert took < 30                   # the bound, not the timeout, stopped it


def test_a_small_memory_bound_still_answers_ordinary_queries(dump, capsys):
    assert main(["query", "meetings", "--dump", str(dump), "--format", "csv", "--max-memory", "64"]) == 0
    assert capsys.readouterr().out.count("\n") == 12


def _children(pid: int) -> set[int]:
    kids = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                kids.add(int(entry.name))
    return kids


def test_ctrl_c_stops_a_query_at_once_and_leaves_no_child(dump):
    """A COUNT over the cartesian product: Oxigraph computes it in native code without
    yielding a row, so before the sandbox Ctrl-C waited for it (for ever)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    p = subprocess.Popen([sys.executable, "-m", "kg", "query", COUNTED, "--dump", str(dump)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 10
        while not _children(p.pid) and time.monotonic() < deadline and p.poll() is None:
            time.sleep(0.05)                                            # the query process has started
        kids = _children(p.pid)
        time.sleep(1.0)                                                 # and is deep in the count
        t = time.monotonic()
        p.send_signal(signal.SIGINT)                                    # to kg only, as `kill -INT` would
        try:
            out, err = p.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            out, err = "", "still running 10 s after SIGINT"
        took = time.monotonic() - t
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    assert (p.returncode, err, out) == (130, "kg: interrupted\n", "")
    assert took < 2
    assert kids and not any(Path(f"/proc/{k}").exists() for k in kids)
