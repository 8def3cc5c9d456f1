# __import__ returns the top package; fromlist returns the submodule
m = __import__('math')
print(m.__name__, m.sqrt(16))
p = __import__('os.path')
print(p.__name__)
j = __import__('json', globals(), locals(), ['dumps'], 0)
print(j.dumps([1]))
for name in ['no_such_module_xyz']:
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e)
import importlib
print(importlib.import_module('string').digits)
