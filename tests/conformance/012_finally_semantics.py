def f1():
    try:
        return "try"
    finally:
        print("finally runs")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
print(f2())
def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return i
print(f3())
def f4():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
print(f4())
def f5():
    while True:
        try:
            raise KeyError("k")
        except KeyError:
            break
        finally:
            print("f5 finally")
    return "after"
print(f5())
def f6():
    try:
        try:
            raise ValueError(1)
        finally:
            print("inner finally")
    except ValueError as e:
        print("caught", e)
    try:
        pass
    except Exception:
        print("no")
    else:
        print("else")
    finally:
        print("outer finally")
f6()
def f7(n):
    try:
        if n:
            return n
    finally:
        n = -1
    return n
print(f7(5), f7(0))
def f8():
    for x in [1, 2]:
        try:
            for y in [3, 4]:
                try:
                    return (x, y)
                finally:
                    print("inner", x, y)
        finally:
            print("outer", x)
print(f8())
