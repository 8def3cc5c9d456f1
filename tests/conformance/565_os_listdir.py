import os
base = '/tmp/_skein_listdir_' + str(os.getpid())
os.mkdir(base)
for name in ['b', 'a', 'c']:
    os.mkdir(os.path.join(base, name))
print(sorted(os.listdir(base)), len(os.listdir(base)))
os.rename(os.path.join(base, 'a'), os.path.join(base, 'z'))
print(sorted(os.listdir(base)))
try:
    os.mkdir(os.path.join(base, 'b'))
except FileExistsError as e:
    print('FileExistsError:', e.errno, e.strerror, e.filename == os.path.join(base, 'b'))
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.remove(os.path.join(base, 'b'))
except OSError as e:
    print(type(e).__name__, e.strerror)
for name in os.listdir(base):
    os.rmdir(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))
