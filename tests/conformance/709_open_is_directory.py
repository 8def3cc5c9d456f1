import os
try:
    open(".")
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e)
try:
    open(".", "w")
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    open("/proc/1/mem", "rb").read()
except OSError as e:
    print(type(e).__name__)
