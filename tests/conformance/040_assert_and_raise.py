try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print(repr(e))
def check(x):
    if not isinstance(x, int):
        raise TypeError(f"expected int, got {type(x).__name__}")
    return x
for v in [1, "a"]:
    try:
        print(check(v))
    except TypeError as e:
        print(e)
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        raise e
except KeyError as e:
    print("re-raised", e)
assert [1] * 3 == [1, 1, 1]
x = 5
assert x > 10, f"x too small: {x}"
