from contextlib import contextmanager, suppress, ExitStack
@contextmanager
def opened(name, log):
    log.append('open ' + name)
    try:
        yield name.upper()
    finally:
        log.append('close ' + name)
log = []
with opened('a', log) as a, opened('b', log) as b:
    log.append(a + b)
print(log)
results = []
for v in ['1', 'x', '3']:
    with suppress(ValueError):
        results.append(int(v))
print(results)
order = []
with ExitStack() as st:
    for i in range(3):
        st.callback(order.append, i)
print(order)
@contextmanager
def timer(label):
    print('start', label)
    yield
    print('stop', label)
def work():
    with timer('w'):
        return 'returned'
print(work())
with ExitStack() as st:
    st.push(lambda *exc: print('push exit', exc[0]))
    print('in stack')
