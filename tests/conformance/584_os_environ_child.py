import os
os.environ['SKEIN_CHILD_VAR'] = 'from-parent'
print(os.environ['SKEIN_CHILD_VAR'], os.getenv('SKEIN_CHILD_VAR'))
print(repr(os.environ)[:9], type(os.environ).__name__ in ('_Environ', 'Environ'))
os.environ.update({'SKEIN_U1': 'a'}, SKEIN_U2='b')
print(os.environ['SKEIN_U1'], os.environ['SKEIN_U2'], len(os.environ) > 2)
try:
    os.environ['SKEIN_BAD'] = 5
except TypeError as e:
    print('TypeError:', e)
del os.environ['SKEIN_U1']
print('SKEIN_U1' in os.environ, os.environ.get('SKEIN_U1'))
try:
    del os.environ['SKEIN_U1']
except KeyError as e:
    print('KeyError:', e)
print(sorted(k for k in os.environ.copy() if k.startswith('SKEIN_U')))
