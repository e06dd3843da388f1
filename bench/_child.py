"""Run ``kg ARGS…`` in this process and print wall time and peak RSS as JSON (used by bench/run.py).

    python bench/_child.py build DIR --out OUT --jobs 1 --quiet --no-cache

Peak RSS: ``VmHWM`` of this process (the build's main process) and ``ru_maxrss`` of its
largest child (an extraction worker or a dump writer with ``--jobs N > 1``), in MB. Like the ``kg`` command
(:func:`kg.cli.run`), it parks the build's structures for the exit and leaves with
``os._exit``: the figures are those of the command analysts run.
"""
from __future__ import annotations

import json
import os
import resource
import sys
import time

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")


def _peak_rss_mb() -> float:
    """This process's peak RSS: ``VmHWM`` of its own memory map where Linux gives it.
    ``ru_maxrss`` keeps the high-water mark of the image replaced by exec: spawned (vfork
    and exec) by a bench that then held 1.2 GB, a 100 MB build reported 1.2 GB."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    t0 = time.perf_counter()
    import importlib

    from kg import cli

    importlib.import_module("kg.build").PARK_FOR_EXIT = True     # as kg.cli.run() does
    code = cli.main(sys.argv[1:])
    wall = time.perf_counter() - t0
    me = _peak_rss_mb()
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print("BENCH " + json.dumps({"exit": code, "seconds": round(wall, 3), "rss_mb": round(me, 1),
                                 "worker_rss_mb": round(kids, 1)}), flush=True)
    sys.stderr.flush()
    return 0


if __name__ == "__main__":
    os._exit(main())
