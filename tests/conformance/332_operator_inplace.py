# operator's in-place functions and length_hint / attrgetter on nested objects
import operator as op
a = [1]
b = op.iadd(a, [2])
print(a, b is a, op.iadd(1, 2), op.imul('ab', 2), op.isub(5, 1), op.ior({1}, {2}), op.iand(6, 3), op.ixor(6, 3), op.ipow(2, 5), op.ilshift(1, 3))
print(op.length_hint([1, 2, 3]), op.length_hint(5, 7))
print(op.truth(0), op.truth('a'), op.matmul.__name__ if hasattr(op, 'matmul') else 'matmul', op.neg(-0.0), op.not_([]))
print(sorted([{'n': 2, 'k': 'b'}, {'n': 1, 'k': 'a'}], key=op.itemgetter('n')), list(map(op.itemgetter(-1), ['ab', 'cd'])))
print(op.methodcaller('count', 'a')('banana'), op.methodcaller('get', 'z', 0)({}), op.attrgetter('real', 'imag')(5))
