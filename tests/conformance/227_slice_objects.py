# slice objects: attributes, indices(), repr, equality and use as subscripts
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None))
print('abcdef'[s], [0, 1, 2, 3][slice(None, None, -1)])
class Seq:
    def __getitem__(self, k):
        return k
q = Seq()
print(q[1:2], q[::3], q[1:2, 3], q[...], q[:, 1], q['a':'b'])
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
