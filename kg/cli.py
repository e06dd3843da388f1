"""The ``kg`` command: a thin layer over the library's keyword-only functions.

Results go to stdout or files, messages to stderr. Exit codes: 0 all releases read,
1 some input refused (the dump still holds every good release's facts) or the build
failed (a write, a child process: one line says which), 2 usage error, 3 another
build holds the output folder (``--no-wait``), 130/143 stopped by SIGINT/SIGTERM.
"""
from __future__ import annotations

import argparse
import difflib
import os
import re
import signal
import sys
import textwrap
from pathlib import Path

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
EXIT_STOPPED = 3            # kg query: the sandbox stopped the query (timeout, memory)
EXIT_BUSY = 3               # kg build --no-wait: another build is writing OUT_DIR


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP during a build: raised in the main thread like Ctrl-C's
    KeyboardInterrupt, so the build stops its children and leaves OUT as it was."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _raise_stopped(signum, frame):
    raise Stopped(signum)


def _cores() -> int:
    """The cores this process may run on (a container's CPU set), not the machine's."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


class _Formatter(argparse.HelpFormatter):
    """Descriptions and epilogs wrapped to the terminal, paragraph by paragraph; a line
    that starts with spaces (an exit-code list) keeps its place and its indent."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        out: list[str] = []
        flowing: list[str] = []

        def flush():
            if flowing:
                out.extend(textwrap.wrap(" ".join(flowing), width, initial_indent=indent, subsequent_indent=indent))
                flowing.clear()

        for line in text.splitlines():
            if not line.strip():
                flush()
                out.append("")
            elif line[0].isspace():
                flush()
                lead = line[:len(line) - len(line.lstrip())]
                out.extend(textwrap.wrap(line.strip(), width, initial_indent=indent + lead,
                                         subsequent_indent=indent + lead + "   "))
            else:
                flowing.append(line.strip())
        flush()
        return "\n".join(out)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str):  # usage errors exit 2 with a clear message, no traceback
        self.print_usage(sys.stderr)
        print(f"kg: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)

    def unrecognized(self, extra: list[str]):
        """Unknown arguments, reported by the subcommand they were given to, with the
        closest of its options (argparse leaves them to the top-level parser)."""
        known = [o for action in self._actions for o in action.option_strings]
        hints = []
        for arg in extra:
            close = difflib.get_close_matches(arg.split("=", 1)[0], known, n=1) if arg.startswith("-") else []
            if close:
                hints.append(close[0])
        self.error(f"unrecognized arguments: {' '.join(extra)}" + (f" (did you mean {', '.join(hints)}?)"
                                                                    if hints else ""))


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    p = _Parser(prog="kg", description="Thai MFA press releases → an RDF knowledge graph of diplomatic meetings.",
                epilog="Run 'kg COMMAND --help' for each command's options.")
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    p.set_defaults(_commands=sub.choices)

    b = sub.add_parser("build", help="build the knowledge graph from release files",
                       description="Read releases (.txt or saved .html pages, or folders of them) and write "
                                   "OUT/kg.ttl (Turtle), OUT/metrics.json, OUT/graph.html and OUT/report.json. "
                                   "With no INPUT, build the bundled seeds.",
                       epilog="Every input file is accounted for, on stderr and in OUT/report.json: read (ok or\n"
                              "no meeting), duplicate (counted once), refused (binary, empty, undecodable: the\n"
                              "message says what to do) or skipped (hidden, unknown type). An interrupted or\n"
                              "failed build leaves the previous OUT whole.\n\n"
                              "exit codes:\n"
                              "  0  every release file was read (warnings and notes may still be listed)\n"
                              "  1  some files were refused: OUT still holds every good release's facts;\n"
                              "     with --strict, any refused file or warning: nothing in OUT is replaced\n"
                              "     (the previous build stays as it was); also when no release could be read,\n"
                              "     and when the build failed (a full disk, no permission, a child process\n"
                              "     killed, --scheduler unreachable, Dask missing): one line names the path,\n"
                              "     the process or the address; OUT is left as it was\n"
                              "  2  usage error (unknown option, missing INPUT, OUT_DIR or --cache-dir is a file)\n"
                              "  3  another build is writing OUT_DIR and --no-wait was given\n"
                              "  130, 143  stopped by Ctrl-C (SIGINT) or SIGTERM: OUT_DIR holds the previous\n"
                              "     build's outputs, or all of this one's if it had made them current\n\n"
                              "One build at a time writes OUT_DIR (a lock on OUT_DIR/.lock); the outputs are\n"
                              "written into a new generation (OUT_DIR/.gen/) and made current in one step, so\n"
                              "readers see the previous set or the new one, never a mix.")
    b.add_argument("inputs", nargs="*", metavar="INPUT", help="release files or folders (default: the bundled seeds)")
    b.add_argument("--out", default="out", metavar="OUT_DIR", help="output folder (default: out)")
    b.add_argument("--jobs", type=int, default=_cores(), metavar="N",
                   help="processes: extraction is spread over N workers, and the dump is written beside "
                        "the metrics and view (default: the cores this process may use)")
    b.add_argument("--scheduler", metavar="ADDRESS",
                   help="read and extract on a Dask distributed cluster: the scheduler's address "
                        "(tcp://HOST:8786) or the file 'dask scheduler --scheduler-file' wrote (default: the "
                        "environment variable KG_SCHEDULER, if set). Only the files the cache lacks are sent, in "
                        "batches; resolution, the dump, metrics and view run here (with --jobs processes), and the "
                        "outputs are the same as a local build's. A worker that dies has its tasks run again; a file "
                        "that crashes the extractor is refused like an unreadable one. Needs "
                        "pip install 'thai-mfa-kg[cluster]' here and on every worker")
    b.add_argument("--cluster-files", choices=("auto", "shared", "send"), default="auto",
                   help="with --scheduler: 'shared' when every worker sees the inputs at the same paths (shared "
                        "storage: tasks carry paths), 'send' to send each file's bytes from here, 'auto' (default) "
                        "to ask one worker whether it sees the first file with the same size and modification "
                        "time. With paths, a worker that does not see a file as this machine does is sent its bytes")
    b.add_argument("--scheduler-timeout", type=float, default=10.0, metavar="S",
                   help="with --scheduler: seconds to reach the scheduler before giving up (default: 10)")
    b.add_argument("--max-nodes", type=int, default=500, metavar="N",
                   help="the HTML view keeps the N most central nodes (default: 500)")
    b.add_argument("--strict", action="store_true",
                   help="any refused file or warning is fatal: exit 1 and replace nothing in OUT_DIR "
                        "(notes, duplicates, releases without a meeting and conflicts are not problems)")
    b.add_argument("--quiet", action="store_true",
                   help="no progress bar; list only refused files and warnings, not notes")
    b.add_argument("--timings", action="store_true",
                   help="print the wall seconds of each stage to stderr (read and extract, resolution, "
                        "kg.ttl, metrics and view, report)")
    b.add_argument("--no-cache", action="store_true",
                   help="re-extract every release and rewrite every output (default: reuse OUT_DIR/.cache "
                        "for files whose content and extractor are unchanged, and keep OUT_DIR as it is when "
                        "no input, option, output or kg itself changed since the last build; the outputs are "
                        "the same either way). OUT_DIR/iri-map.json, the IRIs published so far, is not a cache: "
                        "it is kept and used either way")
    b.add_argument("--cache-dir", metavar="DIR", help="keep the extraction cache in DIR (default: OUT_DIR/.cache)")
    b.add_argument("--license", metavar="IRI",
                   help="the licence IRI written as dcterms:license of the dataset in OUT_DIR/void.ttl "
                        "(default: https://creativecommons.org/licenses/by/4.0/)")
    b.add_argument("--no-wait", action="store_true",
                   help="if another build is writing OUT_DIR, stop at once with exit code 3 instead of waiting "
                        "for it")

    e = sub.add_parser("evaluate", help="score a dump against gold annotations",
                       description="Precision, recall and F1 per kind of fact of DUMP against GOLD_DIR/*.gold.json, "
                                   "then the list of misses and a last line 'micro-F1 X'.")
    e.add_argument("dump", type=Path, help="the Turtle dump (out/kg.ttl)")
    e.add_argument("gold", type=Path, help="folder of *.gold.json files")
    e.add_argument("--json", action="store_true", help="print the whole result as JSON")
    e.add_argument("--misses", action="store_true", help="list every wrong or missing fact")
    e.epilog = ("exit codes: 0 scored; 2 usage error: DUMP missing, a folder or not Turtle; GOLD_DIR missing, "
                "a file, without *.gold.json or holding a file that is not a gold annotation")

    q = sub.add_parser("query", help="run a read-only SPARQL query (or a named one) on the dump",
                                              description="Run QUERY (a named query from 'kg query --list', a .rq file or SPARQL text) on "
                                   "DUMP loaded into an embedded Oxigraph store. Prefixes mfa:, id:, rdfs:, skos:, "
                                   "dcterms:, xsd:, owl:, prov:, rdf:, wd: are predeclared. Read-only: SPARQL UPDATE "
                                   "is refused. Results go to stdout, messages to stderr.",
                       epilog="exit codes: 0 ok; 1 the dump is missing or cannot be parsed; "
                              "2 usage error, unknown name, malformed query, SPARQL UPDATE, or SERVICE without "
                              "--allow-service; 3 the query was stopped by --timeout or --max-memory; "
                              "130 interrupted (Ctrl-C stops the query at once)")
    q.add_argument("query", nargs="?", metavar="QUERY", help="SPARQL text, a .rq file, or a named query")
    q.add_argument("--dump", type=Path, default=Path("out/kg.ttl"), help="the Turtle dump (default: out/kg.ttl)")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table",
                   help="table (aligned, prefixed IRIs), csv (header first, plain values) or json (array of objects)")
    q.add_argument("--var", action="append", default=[], metavar="NAME=VALUE",
                   help="bind a query parameter, e.g. --var who=ธานี (repeatable)")
    q.add_argument("--list", action="store_true", help="list the named queries with their descriptions")
    q.add_argument("--min-confidence", type=float, metavar="P",
                   help="answer from the facts the extractor is at least P sure of (0-1): attendances, co-chairs, "
                        "dates and ways of meeting whose every statement has a lower mfa:confidence are left out")
    _guard_options(q)
    where = q.add_mutually_exclusive_group()
    where.add_argument("--store", action="store_true",
                   help="query the persistent store beside the dump (DUMP's folder/store, as 'kg serve' uses), "
                        "building it first if it is missing or older than the dump: a few seconds per million "
                        "triples once, then each query opens it in milliseconds instead of loading the dump. "
                        "Without --store a current store is used when there is one, else the dump is loaded")
    where.add_argument("--no-store", action="store_true",
                   help="load the dump in memory even if a current persistent store sits beside it")

    sv = sub.add_parser("serve", help="serve the dump read-only over SPARQL (Oxigraph server, query page at /)",
                        description="Load DUMP into a persistent Oxigraph store (STORE, default: store/ beside the "
                                    "dump; reloaded only when the dump changed) and serve it read-only: SPARQL endpoint "
                                    "http://HOST:PORT/query, Oxigraph's query page http://HOST:PORT/. Every query is "
                                    "sandboxed: SERVICE refused (unless --allow-service), stopped after --timeout "
                                    "seconds or past --max-memory, and stopped when its client disconnects. "
                                    "Needs the oxigraph binary (pip install 'thai-mfa-kg[server]'). Ctrl-C stops it.",
                        epilog="exit codes: 0 stopped; 1 no oxigraph binary, port in use or the store cannot be "
                               "loaded; 2 usage error (no dump)")
    sv.add_argument("--dump", type=Path, default=Path("out/kg.ttl"), help="the Turtle dump (default: out/kg.ttl)")
    sv.add_argument("--port", type=int, default=7878, help="TCP port (default: 7878)")
    sv.add_argument("--host", default="127.0.0.1",
                    help="address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 for a team)")
    sv.add_argument("--store", type=Path, metavar="DIR", help="store folder (default: store/ beside the dump)")
    sv.add_argument("--cors", metavar="ORIGIN",
                    help="let web pages from ORIGIN (e.g. https://yasgui.triply.cc, or * for any) query the "
                         "endpoint from a browser: CORS preflights (OPTIONS) are answered for it")
    _guard_options(sv)

    t = sub.add_parser("train", help="refit the linker's model from the gold corpora",
                                              description="Extract every release of the gold corpora named in kg/data/linker_features.json "
                                   "(paths under ROOT), label each candidate fact right or wrong against the gold, fit "
                                   "one logistic regression per kind of fact and write the model (kg/data/linker.json "
                                   "by default). Prints the leave-one-corpus-out table and the reliability table of "
                                   "held-out confidences. Needs scikit-learn (pip install 'thai-mfa-kg[train]').",
                       epilog="exit codes: 0 written (or, with --check, identical); 1 --check found a different "
                              "model, or a corpus is missing; 2 usage error")
    t.add_argument("--root", type=Path, default=Path("."), help="the checkout holding seeds/ and tests/ (default: .)")
    t.add_argument("--out", type=Path, help="where to write the model (default: the package's kg/data/linker.json)")
    t.add_argument("--check", action="store_true",
                   help="write nothing: exit 1 unless the refitted model equals the shipped one byte for byte")

    from .publish import DEFAULT_BATCH_TRIPLES, DEFAULT_RETRIES

    pb = sub.add_parser("publish", help="load the dump into a SPARQL 1.1 Graph Store Protocol server",
                        description="Replace GRAPH (default: the default graph) on the server at ENDPOINT with DUMP. "
                                    "By default one HTTP PUT of the Turtle to ENDPOINT?graph=GRAPH (ENDPOINT?default), "
                                    "streamed from the file: atomic on the server, not verified. With --bulk (for large "
                                    "dumps): the graph is cleared, then the dump is sent in batches of N-Triples "
                                    "(whole subjects, --batch-size statements), each retried on a transient failure, "
                                    "with a progress bar; afterwards the server's triple count is checked against the "
                                    "dump's (SPARQL COUNT at the query endpoint, or the graph read back). If a batch "
                                    "still fails, the graph holds the batches sent so far and the message says how "
                                    "many: run the command again; --swap loads into a temporary graph and MOVEs it "
                                    "over GRAPH only when all of it is in (needs the SPARQL Update endpoint; costly "
                                    "on Oxigraph). Oxigraph's endpoint is http://HOST:PORT/store (query /query, update "
                                    "/update); Fuseki's http://HOST:PORT/DATASET/data; GraphDB's "
                                    ".../repositories/REPO/rdf-graphs/service.",
                        epilog="exit codes: 0 published (with --bulk: and the server's count equals the dump's); "
                               "1 server unreachable, refused the dump, a batch failed after its retries, or the "
                               "counts differ; 2 usage error (no dump, bad URL, IRI or option)")
    pb.add_argument("--endpoint", required=True, metavar="URL", help="the server's Graph Store Protocol URL")
    pb.add_argument("--graph", metavar="IRI", help="named graph to replace (default: the default graph)")
    pb.add_argument("--dump", type=Path, default=Path("out/kg.ttl"), help="the Turtle dump (default: out/kg.ttl)")
    pb.add_argument("--timeout", type=float, default=600, metavar="S",
                    help="seconds to wait for the server (with --bulk: for each request) (default: 600)")
    pb.add_argument("--user", metavar="NAME",
                    help="HTTP Basic user; the password comes from the environment variable KG_PUBLISH_PASSWORD or "
                         "from ~/.netrc ($NETRC), never from the command line. Without --user, a netrc entry for "
                         "the host is used when there is one")
    pb.add_argument("--header", action="append", default=[], metavar="'NAME: VALUE'",
                    help="an HTTP header to send, e.g. 'Authorization: Bearer …' (repeatable); never echoed")
    pb.add_argument("--bulk", action="store_true",
                    help="send the dump in batches with retries, a progress bar and a verified triple count "
                         "(implied by the options below)")
    pb.add_argument("--batch-size", type=int, metavar="N",
                    help=f"--bulk: statements per batch, rounded up to a whole subject (default: "
                         f"{DEFAULT_BATCH_TRIPLES:,})")
    pb.add_argument("--retries", type=int, metavar="N",
                    help=f"--bulk: more attempts for a batch that failed transiently (no connection, timeout, "
                         f"HTTP 408/429/5xx), waiting 1, 2, 4 … s (default: {DEFAULT_RETRIES})")
    pb.add_argument("--query-endpoint", metavar="URL",
                    help="--bulk: the SPARQL query endpoint that counts the graph afterwards (default: derived "
                         "for Oxigraph, Fuseki and GraphDB; otherwise the graph is read back and counted)")
    pb.add_argument("--update-endpoint", metavar="URL",
                    help="--bulk --swap: the SPARQL Update endpoint that runs the MOVE (default: derived as above)")
    pb.add_argument("--swap", action="store_true",
                    help="--bulk: load into a temporary graph and MOVE it over GRAPH only when complete and "
                         "counted: readers never see a partial graph, a failure leaves GRAPH as it was")
    pb.add_argument("--quiet", action="store_true", help="no progress bar (the result line is still printed)")
    return p


def _guard_options(p: argparse.ArgumentParser) -> None:
    """The sandbox's options, the same for 'kg query' and 'kg serve'."""
    from .sandbox import DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT

    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="S",
                   help=f"stop a query after S seconds (default: {DEFAULT_TIMEOUT:g})")
    p.add_argument("--max-memory", type=int, default=DEFAULT_MAX_MEMORY_MB, metavar="MB",
                   help=f"stop a query that allocates more than MB MiB (default: {DEFAULT_MAX_MEMORY_MB}): "
                        "a runaway ORDER BY or GROUP BY fails instead of filling the machine")
    p.add_argument("--allow-service", action="store_true",
                   help="let SERVICE clauses fetch other SPARQL endpoints (refused by default: a query could "
                        "make this machine send requests anywhere it can reach)")


def _guard_error(a) -> str | None:
    if not a.timeout > 0:
        return f"--timeout {a.timeout:g}: give a number of seconds above 0"
    if a.max_memory < 1:
        return f"--max-memory {a.max_memory}: give a number of MiB above 0"
    return None


def _cluster(a):
    """The Dask cluster of ``--scheduler`` (or ``KG_SCHEDULER``; the option wins), or None."""
    scheduler = a.scheduler or os.environ.get("KG_SCHEDULER") or None
    if scheduler is None:
        return None
    from .cluster import Cluster

    return Cluster(scheduler=scheduler, files=a.cluster_files, connect_timeout=a.scheduler_timeout)


def _cmd_build(a) -> int:
    from .build import build

    if a.jobs < 1:
        print("kg: error: --jobs must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    if not a.scheduler_timeout > 0:
        print(f"kg: error: --scheduler-timeout {a.scheduler_timeout:g}: give a number of seconds above 0",
              file=sys.stderr)
        return EXIT_USAGE

    from .report import format_summary

    missing = [i for i in a.inputs if not os.path.lexists(i)]
    if missing:
        print(f"kg: error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    if Path(a.out).exists() and not Path(a.out).is_dir():
        print(f"kg: error: --out {a.out}: exists and is not a folder", file=sys.stderr)
        return EXIT_USAGE
    if a.cache_dir and os.path.lexists(a.cache_dir) and not Path(a.cache_dir).is_dir():
        print(f"kg: error: --cache-dir {a.cache_dir}: exists and is not a folder", file=sys.stderr)
        return EXIT_USAGE
    from .build import BuildError
    from .dataset import DescriptionError
    from .ids import IdMapError
    from .outdir import Busy

    stops = {sig: signal.signal(sig, _raise_stopped)
             for sig in (signal.SIGTERM, getattr(signal, "SIGHUP", None)) if sig is not None}
    try:
        result = build(a.inputs or None, out=a.out, jobs=a.jobs, progress=not a.quiet, max_nodes=a.max_nodes,
                       strict=a.strict, cache=not a.no_cache, cache_dir=a.cache_dir, license=a.license,
                       wait=not a.no_wait, cluster=_cluster(a))
    except (IdMapError, DescriptionError) as e:   # a damaged IRI map, a bad --license or SOURCE_DATE_EPOCH
        print(f"kg: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except Busy as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return EXIT_BUSY
    except BuildError as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        for sig, old in stops.items():
            signal.signal(sig, old)
    account = format_summary(result if not a.quiet else _only_problems(result))
    if account:
        print(account, file=sys.stderr)
    if a.timings:
        for stage, sec in result.timings.items():
            print(f"kg: timing: {sec:8.3f} s  {stage}", file=sys.stderr)
        # the stages are laps end to end: their sum is the whole build (report and cache included)
        print(f"kg: timing: {sum(result.timings.values()):8.3f} s  in all (after start-up)", file=sys.stderr)
    if result.unchanged and not a.quiet:
        print(f"kg: nothing changed since the last build: the outputs in {a.out} are kept (--no-cache rebuilds them)",
              file=sys.stderr)
    print(f"kg: {result.summary()}")
    if not result.written:
        why = "--strict and problems found" if result.releases and a.strict else "no release could be read"
        print(f"kg: {why}: nothing in {a.out} was replaced", file=sys.stderr)
        return EXIT_REFUSED
    if result.refused:
        print(f"kg: {len(result.refused)} file(s) refused; the graph holds every other release; "
              f"see {Path(a.out) / 'report.json'}", file=sys.stderr)
    return EXIT_REFUSED if result.refused else EXIT_OK


def _only_problems(result):
    import copy

    quiet = copy.copy(result)
    quiet.notes, quiet.conflicts = [], []
    return quiet


def _cmd_evaluate(a) -> int:
    import json

    from .evaluate import EvaluationError, format_table, score

    try:
        res = score(a.dump, a.gold)
    except EvaluationError as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
    else:
        if a.misses:
            print("\n".join(res["misses"]))
        print(format_table(res))
    return EXIT_OK


def _cmd_train(a) -> int:
    try:
        from . import train
    except ImportError as e:                   # scikit-learn is only needed here
        print(f"kg: error: kg train needs scikit-learn ({e}); pip install 'thai-mfa-kg[train]'", file=sys.stderr)
        return EXIT_REFUSED
    missing = train.missing_corpora(a.root)
    if missing:
        print(f"kg: error: {a.root}: no gold corpus at {', '.join(missing)} (run from the checkout, or give --root)",
              file=sys.stderr)
        return EXIT_REFUSED
    model, report = train.run(a.root)
    text = train.dumps(model)
    print(train.format_report(report))
    target = a.out or train.MODEL_FILE
    if a.check:
        same = target.is_file() and target.read_text(encoding="utf-8") == text
        print(f"kg: {target}: {'identical to the refitted model' if same else 'DIFFERS from the refitted model'}",
              file=sys.stderr)
        return EXIT_OK if same else EXIT_REFUSED
    from .build import atomic_write

    with atomic_write(target) as fh:
        fh.write(text)
    print(f"kg: model written to {target} ({report['examples']} candidate facts)", file=sys.stderr)
    return EXIT_OK


def _cmd_query(a) -> int:
    from . import query

    if a.list:
        sys.stdout.write(query.format_list())
        return EXIT_OK
    if not a.query:
        print("kg: error: give a QUERY (SPARQL text, a .rq file or a name from 'kg query --list')", file=sys.stderr)
        return EXIT_USAGE
    bindings = {}
    for kv in a.var:
        name, sep, value = kv.partition("=")
        if not sep or not name:
            print(f"kg: error: --var {kv!r}: expected NAME=VALUE", file=sys.stderr)
            return EXIT_USAGE
        bindings[name] = value
    if a.min_confidence is not None and not 0.0 <= a.min_confidence <= 1.0:
        print(f"kg: error: --min-confidence {a.min_confidence}: a confidence is between 0 and 1", file=sys.stderr)
        return EXIT_USAGE
    if _guard_error(a):
        print(f"kg: error: {_guard_error(a)}", file=sys.stderr)
        return EXIT_USAGE
    from .sandbox import QueryStopped

    try:
        text = query.checked(a.query, bindings, allow_service=a.allow_service)  # before loading a large dump
        store = query.load(a.dump) if a.no_store else _query_store(a.dump, build=a.store)
        if a.min_confidence is not None:
            store = query.confident(store, a.min_confidence)
        cols, rows = query.run(text, store=store, bindings=bindings, allow_service=a.allow_service,
                               timeout=a.timeout, max_memory=a.max_memory << 20)
    except QueryStopped as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return EXIT_STOPPED
    except query.DumpError as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return EXIT_REFUSED
    except query.QueryError as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    sys.stdout.write(query.FORMATS[a.format](cols, rows))
    return EXIT_OK


def _query_store(dump: Path, *, build: bool):
    """The persistent store beside ``dump`` when it holds this dump (or, with ``build``,
    once it is built), else the dump loaded in memory."""
    from . import query
    from . import store as persistent

    if dump.is_file():
        if build:
            try:
                return persistent.open_read_only(dump, announce=lambda loc: print(
                    f"kg: building the persistent store {loc} (once for this dump)", file=sys.stderr))
            except persistent.StoreError as e:
                raise query.DumpError(str(e)) from None
            except (OSError, SyntaxError) as e:
                raise query.DumpError(f"{dump}: cannot build the persistent store: {e}") from None
        if persistent.is_current(dump, hash_if_needed=False):
            try:
                return persistent.open_read_only(dump)
            except OSError:
                pass                              # locked or damaged: the dump itself still answers
    return query.load(dump)


def _cmd_serve(a) -> int:
    from .serve import PublishError, serve
    from .store import StoreError

    if not a.dump.is_file():
        print(f"kg: error: {a.dump}: no such dump; run 'kg build' first or give --dump", file=sys.stderr)
        return EXIT_USAGE
    if not 0 < a.port < 65536:
        print(f"kg: error: --port {a.port}: not a TCP port", file=sys.stderr)
        return EXIT_USAGE
    if _guard_error(a):
        print(f"kg: error: {_guard_error(a)}", file=sys.stderr)
        return EXIT_USAGE
    if a.cors is not None and a.cors != "*" and not re.fullmatch(r"https?://[^/\s]+", a.cors):
        print(f"kg: error: --cors {a.cors}: give an origin such as https://example.org (scheme and host, "
              "no path), or *", file=sys.stderr)
        return EXIT_USAGE
    try:
        return serve(a.dump, host=a.host, port=a.port, store=a.store, cors=a.cors, allow_service=a.allow_service,
                     timeout=a.timeout, max_memory=a.max_memory << 20,
                     log=lambda m: print(m, file=sys.stderr, flush=True))
    except (PublishError, StoreError) as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return EXIT_REFUSED


def _cmd_publish(a) -> int:
    from .serve import PublishError, credentials, publish, redact

    if not a.dump.is_file():
        print(f"kg: error: {a.dump}: no such dump; run 'kg build' first or give --dump", file=sys.stderr)
        return EXIT_USAGE
    bulk = a.bulk or a.swap or any(v is not None for v in (a.batch_size, a.retries, a.query_endpoint,
                                                            a.update_endpoint))
    where = f"graph <{a.graph}>" if a.graph else "default graph"
    try:
        endpoint, headers = credentials(a.endpoint, user=a.user, headers=a.header)
        if bulk:
            from .publish import DEFAULT_BATCH_TRIPLES, DEFAULT_RETRIES, publish_bulk

            res = publish_bulk(a.dump, endpoint=endpoint, graph=a.graph, headers=headers, timeout=a.timeout,
                               batch_triples=a.batch_size if a.batch_size is not None else DEFAULT_BATCH_TRIPLES,
                               retries=a.retries if a.retries is not None else DEFAULT_RETRIES,
                               query_endpoint=a.query_endpoint, update_endpoint=a.update_endpoint, swap=a.swap,
                               progress=False if a.quiet else None)
        else:
            status = publish(a.dump, endpoint=endpoint, graph=a.graph, timeout=a.timeout, headers=headers)
    except ValueError as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except PublishError as e:
        print(f"kg: error: {e}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt as e:
        if not getattr(e, "kg_note", None):
            raise
        print(f"kg: interrupted: {e.kg_note}", file=sys.stderr)
        return 128 + (e.signum if isinstance(e, Stopped) else signal.SIGINT)
    if not bulk:
        print(f"kg: published {a.dump} to {redact(a.endpoint)} ({where}): HTTP {status}", file=sys.stderr)
        return EXIT_OK
    secs = max(res.seconds, 1e-9)
    print(f"kg: published {a.dump} to {redact(a.endpoint)} ({where}): {res.triples:,} triples in "
          f"{res.batches:,} batch{'es' if res.batches != 1 else ''}"
          + (f" ({res.retried} resent)" if res.retried else "")
          + (", moved from a temporary graph" if res.swapped else "")
          + f", {res.seconds:.1f} s ({res.dump_bytes / 1e6 / secs:.1f} MB/s, {res.triples / secs:,.0f} triples/s); "
          f"verified: the server counts {res.server_count:,}", file=sys.stderr)
    return EXIT_OK


COMMANDS = {"build": _cmd_build, "evaluate": _cmd_evaluate, "query": _cmd_query,
            "serve": _cmd_serve, "publish": _cmd_publish, "train": _cmd_train}


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    try:
        a, extra = parser.parse_known_args(argv)
        if extra:
            command = a._commands.get(a.command) if a.command else None
            (command or parser).unrecognized(extra)
    except SystemExit as e:
        return int(e.code or 0)
    if a.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return COMMANDS[a.command](a)
    except KeyboardInterrupt as e:
        signum = e.signum if isinstance(e, Stopped) else signal.SIGINT
        if a.command != "build":
            print("kg: interrupted", file=sys.stderr)
            return 128 + signum
        what = (f"{a.out} holds this build's outputs, all of them (made current before it stopped)"
                if getattr(e, "kg_replaced", False) else f"{a.out} holds the previous build's outputs, untouched")
        print(f"kg: interrupted by {signal.Signals(signum).name}: {what}", file=sys.stderr)
        return 128 + signum
    except BrokenPipeError:
        return EXIT_OK
    except OSError as e:
        where = f"{e.filename}: " if e.filename else ""      # never "kg: error: : No space left on device"
        print(f"kg: error: {where}{e.strerror or e}", file=sys.stderr)
        return EXIT_REFUSED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())


def run() -> None:
    """The ``kg`` command: :func:`main`, then exit at once.

    A build leaves millions of objects for the interpreter to free one by one at exit
    (about 0.3 s at 10k releases, seconds at 100k); every output is written and closed
    by then, so the command flushes its streams and skips that teardown. The build parks
    its largest structures for the exit too (:data:`kg.build.PARK_FOR_EXIT`), so they are
    not freed when its functions return either.
    """
    import importlib

    importlib.import_module("kg.build").PARK_FOR_EXIT = True
    try:
        code = main()
    except SystemExit as e:  # argparse --help / usage errors
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        if e.code is not None and not isinstance(e.code, int):
            print(e.code, file=sys.stderr)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (BrokenPipeError, ValueError):   # `kg query … | head`: the reader left
            pass
    os._exit(code)
