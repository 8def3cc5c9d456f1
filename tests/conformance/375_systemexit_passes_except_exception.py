# SystemExit is not an Exception: except Exception lets it through, bare except catches it
import sys
try:
    try:
        sys.exit(2)
    except Exception:
        print('wrong')
except BaseException as e:
    print('caught as BaseException', type(e).__name__, e.code, isinstance(e, Exception))
try:
    raise SystemExit('done')
except:
    print('bare except caught it')
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception))
sys.exit(0)
