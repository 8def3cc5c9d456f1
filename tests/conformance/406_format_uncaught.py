# An uncaught formatting error prints CPython's traceback last line.
print("before")
print("{:d}".format("a"))
