# str.format and str.format_map: fields, indexes, attributes, conversions, nesting, errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class P:
    x = 3
    y = [10, 20, 30]
    def __repr__(self):
        return "P()"

print("{} + {} = {}".format(1, 2, 1 + 2))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age:>4} years".format(name="Ann", age=7))
print("{0.x} {0.y[2]} {p.y[0]:+d} {0!r}".format(P(), p=P()))
print("{d[key]} {d[0]} {l[1]} {t[0][1]}".format(d={"key": "v", "0": "s", 0: "i"}, l=[5, 6], t=((1, 2),)))
print("{:{w}.{p}f}|{:>{}}|{:^{}.{}}".format(3.14159, "r", 5, "centre", 10, 3, w=9, p=2))
print("{!r} {!s} {!a} {!r:>8}".format("q", 1.5, "ß", "x"))
print("{{}} {{{}}} }}{{".format(7))
print("{0:{1}}".format(12, "05"))
print("{:%} {:e} {:,}".format(0.5, 12345.678, 10**12))
print("{0[-1]}".format({"-1": "neg key"}))
print("{a}-{b}".format_map({"a": 1, "b": 2}))

class Default:
    def __getitem__(self, key):
        return "<" + key + ">"

print("{a} {missing}".format_map(Default()))
print("".format(), "x".format(1, 2, k=3))

show(lambda: "{:d}".format("a"))
show(lambda: "{}{}".format(1))
show(lambda: "{2}".format(1, 2))
show(lambda: "{x}".format(y=1))
show(lambda: "{0}{}".format(1, 2))
show(lambda: "{}{0}".format(1, 2))
show(lambda: "{".format())
show(lambda: "}".format())
show(lambda: "{0!x}".format(1))
show(lambda: "{0!}".format(1))
show(lambda: "{0!rr}".format(1))
show(lambda: "{0.}".format(1))
show(lambda: "{0[}".format(1))
show(lambda: "{0[0]x}".format([1]))
show(lambda: "{0.nope}".format(1))
show(lambda: "{0[5]}".format([1]))
show(lambda: "{0[k]}".format({}))
show(lambda: "{:{:{}}}".format(1, 2, 3))
show(lambda: "{a}".format_map({}))
show(lambda: "{0}".format_map({}))
show(lambda: "{}".format_map({}))
show(lambda: "{:>{w}}".format("x"))
show(lambda: "{a.b{c}}".format(a=1))
show(lambda: "{x}{".format(x=1))
show(lambda: "{:s}".format(1))
show(lambda: "{:,s}".format("a"))
show(lambda: "{0:x}".format(1.5))
show(lambda: "{:c}".format(10**20))
