# sys.exit with an int code: output so far is flushed, then the status is 3
import sys
print('before exit')
try:
    sys.exit(0)
except SystemExit as e:
    print('caught', type(e).__name__, e.code, e.args)
try:
    sys.exit('msg')
except SystemExit as e:
    print('caught', repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print('caught', e.code)
sys.exit(3)
print('not reached')
