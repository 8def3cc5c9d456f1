from contextlib import contextmanager
@contextmanager
def transaction(log):
    log.append('begin')
    try:
        yield log
    except Exception as e:
        log.append('rollback ' + type(e).__name__)
        raise
    else:
        log.append('commit')
log = []
with transaction(log):
    log.append('work')
try:
    with transaction(log):
        raise ZeroDivisionError('bad')
except ZeroDivisionError as e:
    log.append('outer ' + str(e))
print(log)
@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        pass
with swallow():
    {}['k']
print('swallowed')
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)
cm = swallow()
print(hasattr(cm, '__enter__'), hasattr(cm, '__exit__'))
