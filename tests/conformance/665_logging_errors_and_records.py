# logging: a record whose message cannot be formatted reports the error with the call
# stack outside logging (Handler.handleError), makeLogRecord builds a record from a
# dict, and queue.Empty comes from _queue as in CPython.
import io
import logging
import queue
import sys

err = io.StringIO()
sys.stderr = err
stream = io.StringIO()
log = logging.getLogger("conf")
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log.addHandler(handler)
log.propagate = False
log.setLevel(logging.DEBUG)


def helper():
    log.error("bad args %d", "x")


helper()
sys.stderr = sys.__stderr__
report = err.getvalue().splitlines()
# The traceback's frames inside logging differ by install; the rest is exact.
print(report[0])
print(report[report.index("Call stack:") - 1])
print("\n".join(report[report.index("Call stack:"):]))
print(repr(stream.getvalue()))

rec = logging.makeLogRecord({"msg": "hi %s", "args": ("there",), "levelname": "NOTE"})
print(rec.getMessage(), rec.levelname, rec.name)
print(logging.Formatter("{levelname}-{message}", style="{").format(rec))
print(queue.Empty.__module__, queue.SimpleQueue.__module__, queue.Queue.__module__)
try:
    queue.Queue().get_nowait()
except queue.Empty as e:
    print(type(e), repr(e))
