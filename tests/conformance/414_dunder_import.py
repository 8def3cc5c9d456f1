def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
t('f', lambda: __import__('os.path').__name__)
t('g', lambda: __import__('os.path', fromlist=['x']).__name__)
t('g2', lambda: __import__('os.path', globals(), locals(), ['join'], 0).__name__)
t('g3', lambda: __import__('os', None, None, (), 0).__name__)
t('g4', lambda: __import__('nonexistent_mod_xyz'))
t('g5', lambda: __import__(''))
t('g6', lambda: __import__(5))
t('g7', lambda: __import__('json').__name__)
import importlib
t('h', lambda: importlib.import_module('os.path').__name__)
t('h2', lambda: importlib.import_module('json').__name__)
t('h3', lambda: importlib.import_module('nonexistent_mod_xyz'))
t('h4', lambda: importlib.import_module('.path', 'os').__name__)
