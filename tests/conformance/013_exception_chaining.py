try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError
    except ValueError:
        raise TypeError("t") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
class MyErr(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
try:
    raise MyErr(7)
except MyErr as e:
    print(e, e.code, e.args, isinstance(e, Exception))
e = Exception("note me")
e.add_note("first note")
print(e.__notes__)
import sys
try:
    raise KeyError("z")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v)
print(sys.exc_info())
