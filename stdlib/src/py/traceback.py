"""The everyday part of CPython's traceback module: formatting and printing exceptions
exactly as an uncaught one is reported (the text comes from the VM's own printer)."""

import sys
from _thread import _format_exception, _format_exception_only

__all__ = ["format_exc", "format_exception", "format_exception_only", "print_exc",
           "print_exception"]

_sentinel = object()


def _value_of(exc, value):
    if value is not _sentinel:
        return value
    return exc


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    e = _value_of(exc, value)
    if e is None:
        return ["NoneType: None\n"]
    return _format_exception(e).splitlines(keepends=True)


def format_exception_only(exc, /, value=_sentinel):
    e = _value_of(exc, value)
    if e is None:
        return ["NoneType: None\n"]
    return _format_exception_only(e).splitlines(keepends=True)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None,
                    chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1]))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)
