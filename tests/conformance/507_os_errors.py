import os
def attempt(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__ + ':', e)
attempt(os.remove, '/nonexistent/skein_file')
attempt(os.listdir, '/nonexistent_skein_dir')
attempt(os.chdir, '/nonexistent_skein_dir')
attempt(os.mkdir, '/')
attempt(os.rmdir, '/nonexistent_skein_dir')
attempt(os.urandom, -1)
attempt(os.getenv, 1)
attempt(os.path.getsize, '/nonexistent_skein')
print(issubclass(FileNotFoundError, OSError))
