# // % and divmod with every sign combination, ints and floats
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (-0.0, 5), (1e308, 1e-308)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-1 % 1e300, 1 % -1e300)
print(5 % float('inf'), -5 % float('inf'), 5 // float('inf'), -5 // float('inf'))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ('//', '%', 'divmod'):
        try:
            if op == '//':
                a // b
            elif op == '%':
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
try:
    divmod(1, 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 // 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' % []
except TypeError as e:
    print(type(e).__name__, e)
