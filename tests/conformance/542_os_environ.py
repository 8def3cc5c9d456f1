import os
os.environ['SKEIN_A'] = '1'
os.environ['SKEIN_B'] = 'two'
print(os.environ['SKEIN_A'], os.environ.get('SKEIN_B'), 'SKEIN_A' in os.environ, 'SKEIN_NOPE' in os.environ)
print(os.environ.pop('SKEIN_A'), 'SKEIN_A' in os.environ, os.environ.setdefault('SKEIN_C', 'c'))
del os.environ['SKEIN_B']
print(os.environ.get('SKEIN_B', 'gone'), os.getenv('SKEIN_C'))
try:
    os.environ['SKEIN_MISSING_KEY']
except KeyError as e:
    print('KeyError:', e)
port = int(os.environ.get('SKEIN_PORT', '8080'))
print(port, type(os.environ.get('HOME')).__name__)
print(sorted(k for k in os.environ if k.startswith('SKEIN_')))
