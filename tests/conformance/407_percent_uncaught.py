# An uncaught `%` error: CPython's type and message.
n = 3
print("%d items" % n)
print("%d" % "a")
