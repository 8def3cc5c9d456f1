# abs, divmod and pow as builtins, with __abs__ / __divmod__ / __pow__ overrides
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(True), abs(-(10 ** 30)), abs(float('-inf')))
class A:
    def __abs__(self):
        return 'abs!'
    def __divmod__(self, o):
        return ('dm', o)
    def __rdivmod__(self, o):
        return ('rdm', o)
    def __pow__(self, o, mod=None):
        return ('pow', o, mod)
    def __rpow__(self, o):
        return ('rpow', o)
print(abs(A()), divmod(A(), 3), divmod(3, A()), pow(A(), 2), pow(2, A()), A() ** 5)
print(divmod(7, 2), divmod(-7, 2), divmod(7.0, -2), divmod(10 ** 20, 7), pow(2, 10), pow(2.0, -1))
for fn in [lambda: abs('x'), lambda: abs(), lambda: divmod(1), lambda: divmod('a', 'b'), lambda: divmod(1, []),
           lambda: pow(1), lambda: pow('a', 2), lambda: pow(2, 3, 'x')]:
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)
