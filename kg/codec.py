"""The stages' frozen records as plain JSON data, and back, validated.

The extraction cache (:mod:`kg.cache`) and the worker processes hand extractions over as
JSON: data that can only be data. Decoding never runs code named by the input (no
pickle, no class looked up by name): each record type is known in advance, and each
value is checked against the type its field declares (``str``, ``int``, ``float``,
``bool``, ``None``, ``Literal[...]``, ``X | None``, ``tuple[X, ...]``, fixed tuples,
nested records). A value that does not fit raises :class:`Invalid`.

A record is a JSON array of its fields in declaration order (``[year, month, day]``
for a :class:`~kg.model.PartialDate`), so the encoding follows :mod:`kg.model` without
a list of field names to maintain; the cache keys depend on the model's source
(:func:`kg.cache.fingerprint`), so a value is never decoded against another version
of its record.
"""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from typing import Literal, Union, get_args, get_origin

from . import model
from .model import Extraction


class Invalid(ValueError):
    """The data is not a valid encoding of the expected record."""


def _fail(what: str):
    raise Invalid(what)


def _compile(tp, memo: dict, fast: bool = True) -> tuple:
    """(encode, decode) functions for values of the annotated type ``tp``. ``fast``:
    records are decoded by generated functions (:func:`_record_decoder`); without it, by
    one closure per field, the reference the generated ones are tested against."""
    if tp in memo:
        return memo[tp]
    origin = get_origin(tp)
    if tp in (str, int, bool):
        name = tp.__name__

        def dec(v, tp=tp, name=name):
            return v if type(v) is tp else _fail(f"expected {name}, got {type(v).__name__}")

        enc = _same
    elif tp is float:
        def dec(v):
            if type(v) is float:
                return v
            return float(v) if type(v) is int else _fail(f"expected a number, got {type(v).__name__}")

        enc = _same
    elif tp is type(None):
        def dec(v):
            return None if v is None else _fail("expected null")

        enc = _same
    elif origin is Literal:
        allowed = frozenset(get_args(tp))

        def dec(v, allowed=allowed):
            return v if type(v) is str and v in allowed else _fail(f"expected one of {sorted(allowed)}")

        enc = _same
    elif origin in (Union, types.UnionType):
        others = [a for a in get_args(tp) if a is not type(None)]
        if len(others) != 1 or len(get_args(tp)) != 2:
            raise TypeError(f"{tp}: only X | None unions are encoded")
        e1, d1 = _compile(others[0], memo, fast)

        def dec(v, d1=d1):
            return None if v is None else d1(v)

        def enc(v, e1=e1):
            return None if v is None else e1(v)
    elif origin is tuple:
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            e1, d1 = _compile(args[0], memo, fast)

            def dec(v, d1=d1):
                return tuple([d1(x) for x in v]) if type(v) is list else _fail("expected a list")

            def enc(v, e1=e1):
                return [e1(x) for x in v]
        else:
            parts = [_compile(a, memo, fast) for a in args]
            n = len(parts)

            def dec(v, parts=parts, n=n):
                if type(v) is not list or len(v) != n:
                    _fail(f"expected a list of {n}")
                return tuple([p[1](x) for p, x in zip(parts, v)])

            def enc(v, parts=parts):
                return [p[0](x) for p, x in zip(parts, v)]
    elif dataclasses.is_dataclass(tp):
        box: list = [None, None]
        memo[tp] = (lambda v: box[0](v), lambda v: box[1](v))     # records that nest themselves
        hints = typing.get_type_hints(tp, vars(model))
        names = tuple(f.name for f in dataclasses.fields(tp))
        codecs = [_compile(hints[f], memo, fast) for f in names]
        encs = tuple(c[0] for c in codecs)
        decs = tuple(c[1] for c in codecs)
        n = len(names)

        def enc(v, encs=encs, names=names):
            return [e(getattr(v, f)) for e, f in zip(encs, names)]

        if fast:
            dec = _record_decoder(tp, names, [hints[f] for f in names], decs)
        else:
            def dec(v, decs=decs, n=n, cls=tp):
                if type(v) is not list or len(v) != n:
                    _fail(f"expected {cls.__name__} (a list of {n})")
                return cls(*[d(x) for d, x in zip(decs, v)])
        box[0], box[1] = enc, dec
    else:
        raise TypeError(f"{tp!r}: no plain-data encoding")
    memo[tp] = (enc, dec)
    return enc, dec


def _same(v):
    return v


def _check(tp, var: str, consts: dict) -> str | None:
    """Python source that fails unless ``var`` fits ``tp`` and leaves in ``var`` the
    decoded value, for the scalar types (``str``, ``int``, ``bool``, ``float``, ``None``,
    ``Literal``, and each of them ``| None``); None for any other type. Constants the
    source refers to (a Literal's values, messages) are put in ``consts``."""
    def const(value) -> str:
        name = f"c{len(consts)}"
        consts[name] = value
        return name

    if tp in (str, int, bool):
        return (f"if type({var}) is not {tp.__name__}: "
                f"_fail({const(f'expected {tp.__name__}, got ')} + type({var}).__name__)")
    if tp is float:
        return (f"if type({var}) is not float:\n"
                f"    {var} = float({var}) if type({var}) is int else "
                f"_fail({const('expected a number, got ')} + type({var}).__name__)")
    if tp is type(None):
        return f"if {var} is not None: _fail({const('expected null')})"
    if get_origin(tp) is Literal:
        allowed = frozenset(get_args(tp))
        return (f"if type({var}) is not str or {var} not in {const(allowed)}: "
                f"_fail({const(f'expected one of {sorted(allowed)}')})")
    if get_origin(tp) in (Union, types.UnionType):
        others = [a for a in get_args(tp) if a is not type(None)]
        if len(others) == 1 and len(get_args(tp)) == 2:
            inner = _check(others[0], var, consts)
            if inner is not None:
                return f"if {var} is not None:\n" + "\n".join("    " + ln for ln in inner.splitlines())
    return None


def _record_decoder(cls, names: tuple, hints: list, decs: tuple):
    """The decoder of one record type: the same checks as the per-field decoders
    (:func:`_compile`), with the scalar fields' checks written inline in one generated
    function and the record made without its ``__init__`` (the fields set at once): a
    10k-release cache is read back in about half the time. Generated from the model's
    own annotations at import, never from the data it decodes."""
    n = len(names)
    consts: dict = {}
    lines = ["def dec(v):",
             f"    if type(v) is not list or len(v) != {n}:",
             f"        _fail({'expected ' + cls.__name__ + ' (a list of ' + str(n) + ')'!r})",
             "    " + ", ".join(f"a{i}" for i in range(n)) + (", = v" if n == 1 else " = v")]
    for i, tp in enumerate(hints):
        code = _check(tp, f"a{i}", consts)
        if code is None:
            lines.append(f"    a{i} = decs[{i}](a{i})")
        else:
            lines += ["    " + ln for ln in code.splitlines()]
    lines += ["    obj = new(cls)",
              "    obj.__dict__.update({" + ", ".join(f"{name!r}: a{i}" for i, name in enumerate(names)) + "})",
              "    return obj"]
    scope = {"_fail": _fail, "decs": decs, "new": object.__new__, "cls": cls, **consts}
    exec(compile("\n".join(lines), f"<codec decoder of {cls.__name__}>", "exec"), scope)  # noqa: S102 - our own source
    return scope["dec"]


_MEMO: dict = {}
_ENC_EXTRACTION, _DEC_EXTRACTION = _compile(Extraction, _MEMO)
_ENC_PROBLEM, _DEC_PROBLEM = _compile(model.Problem, _MEMO)
#: the per-field decoder of an extraction, which the generated one must agree with (tests)
_DEC_EXTRACTION_REFERENCE = _compile(Extraction, {}, fast=False)[1]


def dumps(value) -> bytes:
    """JSON bytes of a JSON-ready value. Strings are kept as they are, lone surrogates
    too (a file name that is not UTF-8), through ``surrogatepass``."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True,
                      allow_nan=False).encode("utf-8", "surrogatepass")


def loads(data: bytes):
    """The JSON value of ``data``; :class:`Invalid` for anything that is not JSON."""
    if not isinstance(data, bytes):
        raise Invalid(f"expected bytes, got {type(data).__name__}")
    try:
        return json.loads(data.decode("utf-8", "surrogatepass"))
    except (ValueError, RecursionError) as e:       # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise Invalid(f"not JSON ({type(e).__name__})") from None


def encode_extraction(ex: Extraction) -> bytes:
    return dumps(_ENC_EXTRACTION(ex))


def decode_extraction(data: bytes) -> Extraction:
    """The :class:`~kg.model.Extraction` encoded in ``data``; :class:`Invalid` otherwise."""
    try:
        return _DEC_EXTRACTION(loads(data))
    except RecursionError:
        raise Invalid("nested too deeply") from None


def encode_problems(problems) -> list:
    return [_ENC_PROBLEM(p) for p in problems]


def decode_problems(value) -> list[model.Problem]:
    if type(value) is not list:
        _fail("expected a list of problems")
    return [_DEC_PROBLEM(p) for p in value]
