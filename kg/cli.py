"""The ``kg`` command: a thin layer over the library's keyword-only functions.

Results go to stdout or files, messages to stderr. Exit codes: 0 all releases read,
1 some input refused (the dump still holds every good release's facts), 2 usage error.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors exit 2 with a clear message, no traceback
        self.print_usage(sys.stderr)
        print(f"kg: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    p = _Parser(prog="kg", description="Thai MFA press releases → an RDF knowledge graph of diplomatic meetings.",
                formatter_class=argparse.RawDescriptionHelpFormatter,
                epilog="Run 'kg COMMAND --help' for each command's options.")
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    b = sub.add_parser("build", help="build the knowledge graph from release files",
                       description="Read releases (.txt or saved .html pages, or folders of them) and write "
                                   "OUT/kg.ttl (Turtle), OUT/metrics.json, OUT/graph.html and OUT/report.json. "
                                   "With no INPUT, build the bundled seeds.")
    b.add_argument("inputs", nargs="*", metavar="INPUT", help="release files or folders (default: the bundled seeds)")
    b.add_argument("--out", default="out", metavar="OUT_DIR", help="output folder (default: out)")
    b.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                   help="worker processes for extraction (default: the number of cores)")
    b.add_argument("--max-nodes", type=int, default=500, metavar="N",
                   help="the HTML view keeps the N most central nodes (default: 500)")
    b.add_argument("--strict", action="store_true", help="treat any problem (refused file or warning) as fatal")
    b.add_argument("--quiet", action="store_true", help="no progress bar and no per-file messages")

    e = sub.add_parser("evaluate", help="score a dump against gold annotations",
                       description="Precision, recall and F1 per kind of fact of DUMP against GOLD_DIR/*.gold.json, "
                                   "then the list of misses and a last line 'micro-F1 X'.")
    e.add_argument("dump", type=Path, help="the Turtle dump (out/kg.ttl)")
    e.add_argument("gold", type=Path, help="folder of *.gold.json files")
    e.add_argument("--json", action="store_true", help="print the whole result as JSON")
    e.add_argument("--misses", action="store_true", help="list every wrong or missing fact")
    return p


def _cmd_build(a) -> int:
    from .build import build

    if a.jobs < 1:
        print("kg: error: --jobs must be at least 1", file=sys.stderr)
        return EXIT_USAGE

    def report(pr):
        if not a.quiet and pr.severity != "note":
            print(f"kg: {pr.severity}: {pr.path}: {pr.message}", file=sys.stderr)

    result = build(a.inputs or None, out=a.out, jobs=a.jobs, progress=not a.quiet, max_nodes=a.max_nodes,
                   on_problem=report)
    print(f"kg: {result.summary()}")
    if result.refused and not a.quiet:
        print(f"kg: {len(result.refused)} file(s) refused; see {Path(a.out) / 'report.json'}", file=sys.stderr)
    if a.strict and (result.refused or result.warnings):
        return EXIT_REFUSED
    return EXIT_REFUSED if result.refused else EXIT_OK


def _cmd_evaluate(a) -> int:
    import json

    from .evaluate import format_table, score

    for path in (a.dump, a.gold):
        if not path.exists():
            print(f"kg: error: {path}: no such file or folder", file=sys.stderr)
            return EXIT_USAGE
    res = score(a.dump, a.gold)
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
    else:
        if a.misses:
            print("\n".join(res["misses"]))
        print(format_table(res))
    return EXIT_OK


COMMANDS = {"build": _cmd_build, "evaluate": _cmd_evaluate}


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    try:
        a = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    if a.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return COMMANDS[a.command](a)
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as e:
        print(f"kg: error: {e.filename or ''}: {e.strerror or e}", file=sys.stderr)
        return EXIT_REFUSED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
