"""Queries that cannot reach the network, run for ever or eat the machine.

Oxigraph evaluates a query in native code: a Python thread cannot stop it, Ctrl-C waits
for it, and pyoxigraph (0.5) offers no timeout, memory bound or cancellation. So a
guarded query runs in a forked child process, which the caller can kill:

- ``SERVICE`` is refused before anything runs (:func:`refuse_service`): Oxigraph would
  fetch whatever URL a query names (server-side request forgery). ``allow_service``
  turns it on.
- :func:`run_in_child` forks, caps the child's address space at what it already maps
  plus ``max_memory`` bytes (``RLIMIT_AS``: a runaway ORDER BY or GROUP BY fails its
  allocation instead of swapping), and kills it at ``timeout`` seconds, on Ctrl-C, or
  when ``cancelled()`` says the client has gone. The child dies with its parent
  (``PR_SET_PDEATHSIG``), so a killed ``kg`` leaves no query burning CPU.

The fork shares the parent's in-memory store copy-on-write: no reload, a few
milliseconds per query. The child hands back bytes through a pipe (JSON or serialized
SPARQL results, never pickles).
"""
from __future__ import annotations

import ctypes
import os
import re
import resource
import select
import signal
import tempfile
import time
from collections.abc import Callable

DEFAULT_TIMEOUT = 30.0                  # seconds: kg query --timeout, kg serve --timeout
DEFAULT_MAX_MEMORY_MB = 4096            # MiB a query may allocate beyond what its process already maps
_POLL = 0.1                             # seconds between checks of the deadline and the client
_READ = 1 << 16
_PR_SET_PDEATHSIG = 1                   # <linux/prctl.h>
_OK, _FAILED = b"K", b"E"              # the child's first byte: its bytes follow, or "Kind\nmessage"
_EXIT_MEMORY, _EXIT_CRASH = 3, 4        # the child's exit status when it could not even report


class QueryStopped(RuntimeError):
    """The query ran past its timeout or its memory bound and was stopped."""


class ServiceRefused(ValueError):
    """The query uses SERVICE (a remote endpoint) and ``allow_service`` is off."""


class Cancelled(RuntimeError):
    """The caller's ``cancelled()`` said stop (an HTTP client went away)."""


class ChildFailed(RuntimeError):
    """The child reported an error: ``kind`` is its exception class name."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


# SPARQL text with its strings, IRIs and comments blanked: a bare word SERVICE left is the
# keyword (variables have ?/$, prefixed names and blank nodes a colon, keywords nothing).
_OPAQUE = re.compile(r"""<[^<>"{}|^`\\\s]*>|"{3}(?:[^"\\]|\\.|"(?!""))*"{3}|'{3}(?:[^'\\]|\\.|'(?!''))*'{3}"""
                     r"""|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|#[^\n]*""")
_SERVICE = re.compile(r"(?<![\w?$:.-])SERVICE(?![\w:.-])", re.I)


def uses_service(query: str) -> bool:
    """Whether ``query`` has a SERVICE clause (outside strings, IRIs and comments)."""
    return bool(_SERVICE.search(_OPAQUE.sub(" ", query)))


def refuse_service(query: str, *, allow_service: bool = False, option: str = "--allow-service") -> None:
    """Raise :class:`ServiceRefused` when ``query`` uses SERVICE and it is not allowed."""
    if not allow_service and uses_service(query):
        raise ServiceRefused(f"SERVICE is refused: a query may not make this machine fetch other endpoints "
                             f"({option} turns it on, for queries you trust)")


def _mapped_bytes() -> int:
    """The address space this process maps now (``VmSize``)."""
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _child(work: Callable[[], bytes], max_memory: int | None, out_fd: int, err_fd: int) -> None:
    """In the fork: bound memory, die with the parent, run ``work``, write its bytes."""
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)     # the terminal's Ctrl-C ends the child too
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
        os.dup2(err_fd, 2)                               # native messages ("memory allocation … failed")
        if max_memory is not None:
            limit = _mapped_bytes() + max_memory
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        try:
            payload = _OK + work()
        except MemoryError:
            raise
        except Exception as e:  # noqa: BLE001 - every failure goes back to the parent as data
            payload = _FAILED + f"{type(e).__name__}\n{e}".encode("utf-8", "replace")
        view = memoryview(payload)
        while view:
            n = os.write(out_fd, view[:_READ])
            view = view[n:]
    except MemoryError:
        code = _EXIT_MEMORY
    except BaseException:  # noqa: BLE001
        code = _EXIT_CRASH
    finally:
        os._exit(code)


def run_in_child(work: Callable[[], bytes], *, timeout: float | None = DEFAULT_TIMEOUT,
                 max_memory: int | None = DEFAULT_MAX_MEMORY_MB << 20,
                 cancelled: Callable[[], bool] | None = None) -> bytes:
    """``work()`` run in a forked child; its bytes. Raises :class:`QueryStopped` (timeout or
    memory), :class:`Cancelled`, :class:`ChildFailed` (an exception in ``work``) or
    KeyboardInterrupt (Ctrl-C: the child is killed first)."""
    read_fd, write_fd = os.pipe()
    err = tempfile.TemporaryFile()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        os.close(read_fd)
        _child(work, max_memory, write_fd, err.fileno())
    os.close(write_fd)
    chunks: list[bytes] = []
    deadline = None if timeout is None else time.monotonic() + timeout
    status = None
    try:
        while True:
            wait = _POLL if deadline is None else max(0.0, min(_POLL, deadline - time.monotonic()))
            ready, _, _ = select.select([read_fd], [], [], wait)
            if ready:
                block = os.read(read_fd, _READ)
                if not block:
                    break
                chunks.append(block)
                continue
            if deadline is not None and time.monotonic() >= deadline:
                raise QueryStopped(f"the query ran longer than {timeout:g} s and was stopped "
                                   "(narrow it, add a LIMIT, or raise --timeout)")
            if cancelled is not None and cancelled():
                raise Cancelled("the client went away")
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(read_fd)
        if status is None:                              # stopped, cancelled or interrupted
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.waitpid(pid, 0)
        err.seek(0)
        stderr = err.read(4096).decode("utf-8", "replace")
        err.close()
    data = b"".join(chunks)
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGINT:
        raise KeyboardInterrupt
    if data[:1] == _OK and os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
        return data[1:]
    if data[:1] == _FAILED:
        kind, _, message = data[1:].decode("utf-8", "replace").partition("\n")
        if kind != "MemoryError":
            raise ChildFailed(kind, message)
    out_of_memory = ("memory" in stderr.lower()           # Rust: "memory allocation of N bytes failed", then abort
                     or (os.WIFSIGNALED(status) and os.WTERMSIG(status) in (signal.SIGABRT, signal.SIGKILL))
                     or (os.WIFEXITED(status) and os.WEXITSTATUS(status) == _EXIT_MEMORY))
    if max_memory is not None and out_of_memory:
        raise QueryStopped(f"the query needed more than {max_memory >> 20} MiB of memory and was stopped "
                           "(narrow it, add a LIMIT, or raise --max-memory)")
    raise QueryStopped(f"the query process ended unexpectedly ({_describe(status)})"
                       + (f": {stderr.strip().splitlines()[-1]}" if stderr.strip() else ""))


def _describe(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"signal {signal.Signals(os.WTERMSIG(status)).name}"
    return f"exit status {os.WEXITSTATUS(status)}"


__all__ = ["DEFAULT_TIMEOUT", "DEFAULT_MAX_MEMORY_MB", "QueryStopped", "ServiceRefused", "Cancelled",
           "ChildFailed", "uses_service", "refuse_service", "run_in_child"]
