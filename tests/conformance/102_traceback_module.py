# The traceback module prints and formats exceptions as an uncaught one is reported.
import sys
import traceback


def fail(n):
    if n == 0:
        raise ValueError("bottom")
    fail(n - 1)


try:
    fail(2)
except ValueError:
    text = traceback.format_exc()
    print(text, end="")
    traceback.print_exc(file=sys.stdout)

try:
    try:
        fail(0)
    except ValueError as e:
        raise KeyError("wrapped") from e
except KeyError as e:
    lines = traceback.format_exception(e)
    print("".join(lines), end="")
    print(traceback.format_exception_only(e))
    traceback.print_exception(e, file=sys.stdout)
    print(traceback.format_exception_only(type(e), e))

print(repr(traceback.format_exc()))
