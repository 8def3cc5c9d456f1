# f-strings: nested quotes, expressions, conditionals, dict access, format specs from expressions
d = {'key': 'value', 'n': 3}
items = ['a', 'b']
x = 7
print(f"{d['key']}", f'{d["n"] * 2}', f"{'yes' if x > 5 else 'no'}", f"{items[-1]!r}", f"{len(items)}")
print(f"{x:>{d['n'] + 2}}|", f"{x:{'0'}{4}}", f"{3.14159:.{x - 5}f}", f"{','.join(items)}", f"{(lambda v: v * 2)(x)}")
print(f"{x!r:^7}|", f"{'nested {braces}'}", f"{{x}}", f"{{{x}}}", f"{x}{x}", f"{x:b}{x:o}{x:x}")
print(f"{[i * i for i in range(4)]}", f"{ {'a': 1}['a'] }", f"{x = :>5}", f"{1 + 1 = }", f"{'é'!a}")
width = 10
for name, val in [('alpha', 1.5), ('beta', -22.25)]:
    print(f"{name:<{width}}{val:>{width}.2f}|")
