def f():
    raise ValueError("in f")

def g():
    try:
        f()
    except ValueError as e:
        raise KeyError("k") from e

excs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        excs.append(e)
inner = ExceptionGroup("inner", [TypeError("t"), OSError(2, "No such file")])
try:
    raise inner
except ExceptionGroup as e:
    excs.append(e)
excs.append(RuntimeError("no traceback"))
eg = ExceptionGroup("top", excs)
eg.add_note("a note")
try:
    try:
        raise eg
    except* RuntimeError:
        raise IndexError("from handler")
except ExceptionGroup as e:
    final = e
raise final
