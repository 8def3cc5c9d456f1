# len(), isinstance() and list.append called from bytecode take inline fast paths;
# these cases must still behave exactly as the full builtins.


class L(list):
    def __len__(self):
        return 99


class S(str):
    pass


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "yes"


class Virtual(metaclass=Meta):
    pass


class A:
    pass


class B(A):
    pass


def lens():
    print(len([1, 2, 3]), len((1,)), len("héllo"), len({"a": 1}), len(L([1])), len(S("ab")))
    print(len(range(5)), len(b"xyz"), len({1, 2}))
    for bad in [(), (1, 2)]:
        try:
            len(*bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        len(5)
    except TypeError as e:
        print("TypeError:", e)


def appends():
    a = []
    a.append(1)
    list.append(a, 2)
    m = a.append
    m(3)
    sub = L()
    sub.append(4)
    print(a, list(sub), len(sub))
    try:
        a.append()
    except TypeError as e:
        print("TypeError:", e)
    try:
        a.append(1, 2)
    except TypeError as e:
        print("TypeError:", e)


def instances():
    print(isinstance(B(), A), isinstance(A(), B), isinstance(True, int), isinstance(1, (str, int)))
    print(isinstance("yes", Virtual), isinstance("no", Virtual), isinstance(Virtual(), Virtual))
    try:
        isinstance(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        isinstance(1)
    except TypeError as e:
        print("TypeError:", e)


def shadowed():
    len = lambda x: "mine"
    isinstance = lambda a, b: "also mine"
    print(len([1]), isinstance(1, int))


lens()
appends()
instances()
shadowed()
