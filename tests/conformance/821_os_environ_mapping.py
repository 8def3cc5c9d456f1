# os.environ behaves as a str->str mapping: get/set/del/in/setdefault/pop and type errors
import os
os.environ['SKEIN_CONF_821'] = 'one'
print(os.environ['SKEIN_CONF_821'], os.environ.get('SKEIN_CONF_821'), 'SKEIN_CONF_821' in os.environ, os.getenv('SKEIN_CONF_821'))
print(os.environ.setdefault('SKEIN_CONF_821', 'other'), os.environ.setdefault('SKEIN_CONF_821B', 'dflt'))
print(os.environ.pop('SKEIN_CONF_821B'), os.environ.pop('SKEIN_CONF_821B', 'gone'), os.getenv('SKEIN_CONF_821B', 'none'))
del os.environ['SKEIN_CONF_821']
print('SKEIN_CONF_821' in os.environ)
try:
    os.environ['SKEIN_CONF_821']
except KeyError as e:
    print(type(e).__name__, e)
for k, v in [(1, 'a'), ('K', 2)]:
    try:
        os.environ[k] = v
    except TypeError as e:
        print(type(e).__name__, e)
