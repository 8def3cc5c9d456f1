def show(x):
    r = repr(x).split(' at 0x')[0] + '>'
    print(type(x).__name__, r)
show(iter([]))
show(iter(()))
show(iter('abc'))
show(iter('héllo'))
show(iter(b'ab'))
show(iter(range(3)))
show(iter({1: 2}))
show(iter({1: 2}.keys()))
show(iter({1: 2}.values()))
show(iter({1: 2}.items()))
show(iter({1, 2}))
show(iter(frozenset([1])))
show(reversed([1]))
show(reversed((1,)))
show(reversed('ab'))
show(reversed(range(4)))
show(reversed({1: 2}))
show(map(str, [1]))
show(filter(None, [1]))
show(zip([1], [2]))
show(enumerate([1]))
show(iter(int, 1))
def g():
    yield 1
show(g())
print(list(reversed(range(1, 10, 3))), list(reversed(range(10, 1, -4))), list(reversed(range(0))))
it = iter([1, 2, 3])
print(next(it), list(it), iter(it) is it)
print(type(iter([])) is type(iter([5])), type(iter([])) is type(iter(())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
show(reversed(Seq()))
print(list(reversed(Seq())))
