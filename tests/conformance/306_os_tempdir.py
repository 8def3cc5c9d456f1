# os and os.path on a temporary directory tree the program creates and removes
import os
base = os.path.join('/tmp', 'skein_conf_306_%d' % os.getpid())
os.makedirs(os.path.join(base, 'a', 'b'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
for name in ['z', 'y', 'x']:
    os.mkdir(os.path.join(base, name))
print(sorted(os.listdir(base)), os.path.isdir(os.path.join(base, 'a')), os.path.isfile(os.path.join(base, 'y')))
print(os.path.exists(os.path.join(base, 'nope')), os.path.exists(os.path.join(base, 'a', 'b')), sorted(os.listdir(os.path.join(base, 'a'))))
os.rename(os.path.join(base, 'z'), os.path.join(base, 'w'))
print(sorted(os.listdir(base)))
try:
    os.makedirs(os.path.join(base, 'a'))
except FileExistsError as e:
    print(type(e).__name__, e.errno, os.path.basename(e.filename))
try:
    os.mkdir(os.path.join(base, 'x'))
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.remove(os.path.join(base, 'missing'))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.rmdir(os.path.join(base, 'a'))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.listdir(os.path.join(base, 'missing'))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
for n in ['w', 'y', 'x']:
    os.rmdir(os.path.join(base, n))
os.rmdir(os.path.join(base, 'a', 'b'))
os.rmdir(os.path.join(base, 'a'))
os.rmdir(base)
print(os.path.exists(base))
