def process(items):
    results = []
    for item in items:
        try:
            value = int(item)
        except ValueError:
            results.append(("bad", item))
            continue
        except TypeError as e:
            results.append(("type", str(e)[:20]))
        else:
            try:
                results.append(("inv", 1 / value))
            except ZeroDivisionError:
                results.append(("zero", value))
        finally:
            results.append("f")
    return results
print(process(["1", "x", None, "0", "4"]))
def nested():
    try:
        try:
            raise ValueError("v")
        except KeyError:
            print("wrong handler")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
        try:
            raise TypeError("t")
        except TypeError as e2:
            print("nested handler", e2, repr(e2.__context__))
    print("e deleted?", "e" not in dir())
nested()
try:
    try:
        raise OSError(2, "No such file")
    except OSError as e:
        print(e.errno, e.strerror, str(e), isinstance(e, Exception))
        raise
except Exception as e:
    print("outer", type(e).__name__)
