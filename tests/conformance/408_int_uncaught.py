# An uncaught int() parse error: CPython's type and message.
print(int("12"))
print(int("x"))
