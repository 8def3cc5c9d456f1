def f(a: int, b: "str" = "x", *args: float, c: bool, **kw: dict) -> list:
    return []
print(f.__annotations__)
def g(x, y=1): pass
print(g.__annotations__)
class C:
    n: int
    m: str = "s"
    def meth(self, other: "C") -> None: pass
print(C.__annotations__, C.meth.__annotations__)
def deco(fn):
    print("deco sees", fn.__annotations__)
    return fn
@deco
def h(q: list[int] if False else dict) -> "ok": pass
x: int = 5
print(__annotations__)
