# imports register in sys.modules once; import as / from-import bind the same objects
import sys
import math as m1
import math as m2
from math import sqrt
print(m1 is m2, m1 is sys.modules['math'], sqrt is m1.sqrt, m1.__name__)
import os.path
print('os.path' in sys.modules, os.path is sys.modules['os.path'], os.path.__name__)
import json, string
print(json.__name__, string.__name__, sorted(k for k in ['json', 'string', 'math', 'os'] if k in sys.modules))
try:
    from math import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'does_not_exist' from 'math'"))
try:
    import not_a_real_module_name
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
