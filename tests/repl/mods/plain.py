import sys
print("plain", __name__, sys.argv[0].endswith("plain.py"), sys.argv[1:])
