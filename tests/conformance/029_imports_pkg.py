import helper_mod
from helper_mod import greet, CONST as C
import helper_pkg.sub as sub
from helper_pkg import sub as sub2
from helper_pkg.sub import value
import helper_pkg
print(helper_mod.greet("x"), greet("y"), C, sub.value, sub2 is sub, value, helper_pkg.name)
print(helper_mod.__name__, sub.__name__, __name__)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from helper_mod import missing_thing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
import sys
print("helper_mod" in sys.modules, sys.argv[0])
