import traceback

wide = ExceptionGroup("wide", [ValueError(i) for i in range(18)])
print("".join(traceback.format_exception(wide)), end="")

deep = ValueError("leaf")
for i in range(12):
    deep = ExceptionGroup(f"level {i}", [deep, KeyError(i)])
print("".join(traceback.format_exception(deep)), end="")

multi = ExceptionGroup("notes", [ValueError(1)])
multi.add_note("first line\nsecond line")
multi.exceptions[0].add_note("sub note")
print("".join(traceback.format_exception(multi)), end="")

try:
    raise ExceptionGroup("base", [KeyboardInterrupt(), ExceptionGroup("x", [ValueError()])]) if False else BaseExceptionGroup("base", [KeyboardInterrupt(), ExceptionGroup("x", [ValueError()])])
except BaseExceptionGroup as e:
    print("".join(traceback.format_exception(e)), end="")
