def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyError("k")
    if n == 2:
        return 1 / 0
    if n == 3:
        return [][1]
    if n == 4:
        return {}["missing"]
    if n == 5:
        return int("abc")
    if n == 6:
        return None.attr
    if n == 7:
        return "a" + 1
    return n
for i in range(9):
    try:
        print("ok", risky(i))
    except (ValueError, KeyError) as e:
        print("VK", type(e).__name__, e, repr(e), e.args)
    except ZeroDivisionError as e:
        print("ZD", e)
    except LookupError as e:
        print("LE", type(e).__name__, e)
    except Exception as e:
        print("EX", type(e).__name__, e)
    else:
        print("else")
    finally:
        print("finally", i)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), isinstance(ValueError(), Exception))
e = ValueError("a", 1)
print(e, repr(e), e.args, str(ValueError()), repr(ValueError()), repr(KeyError("x")), str(KeyError("x")))
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise
except ValueError as e:
    print("reraised", e)
print(StopIteration(5).value, SystemExit(3).code)
