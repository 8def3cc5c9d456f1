try:
    open("no_such_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
    print(isinstance(e, OSError))
try:
    open("no_such_dir/x.txt", "w")
except OSError as e:
    print(type(e).__name__, e)
open("still_missing.txt")
