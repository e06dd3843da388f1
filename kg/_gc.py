"""The cyclic garbage collector paused for a block (shared by the build and query results)."""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off for the block.

    A build, or a query result of a few hundred thousand rows, allocates millions of small
    objects that live to its end and makes no cyclic garbage worth collecting (none in
    the extractor: measured); each full collection would walk all of them again. The
    previous state is restored, and in a long-lived process (a notebook) the next
    collection finds any cycles left."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
