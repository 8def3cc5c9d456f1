from . import helper
import sys
print("pkg main", __name__, __package__, helper.X, sys.argv[1:])
