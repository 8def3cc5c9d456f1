"""Generates percent_cases.txt: `fmt % args` results from CPython 3.11 for format/percent_tests.rs.

Run: python3 interp/src/format/testdata/gen_percent_cases.py > interp/src/format/testdata/percent_cases.txt
Each line: fmt<TAB>args<TAB>outcome<TAB>text. args is T (a tuple), S (one object) or
D (a dict) followed by items separated by \\x1f, each i:int, f:float repr, s:str, b:bool,
k:key=value (dict entries, value encoded the same way), l: (a list). Backslash, tab and
newline are escaped.
"""
import itertools
import random
import sys

assert sys.version_info[:2] == (3, 11), sys.version


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def enc(v):
    if isinstance(v, bool):
        return "b:" + str(v)
    if isinstance(v, int):
        return "i:" + str(v)
    if isinstance(v, float):
        return "f:" + repr(v)
    if isinstance(v, str):
        return "s:" + v
    if isinstance(v, list):
        return "l:"
    raise TypeError(v)


def emit(fmt, args):
    if isinstance(args, tuple):
        a = "T" + "\x1f".join(enc(x) for x in args)
    elif isinstance(args, dict):
        a = "D" + "\x1f".join("k:" + k + "=" + enc(v) for k, v in args.items())
    else:
        a = "S" + enc(args)
    try:
        out, res = "ok", fmt % args
    except Exception as e:  # noqa: BLE001
        out, res = type(e).__name__, str(e)
    print("\t".join([esc(fmt), esc(a), out, esc(res)]))


rng = random.Random(99)
values = [0, 7, -42, 255, 2**70, -(2**64), 3.7, -0.5, 2.675, 1e-5, 1e22, float("inf"), float("nan"), -0.0,
          "abc", "é", "", True, [1]]
flagsets = ["", "-", "+", " ", "#", "0", "-0", "+0", " #0", "-+#"]
widths = ["", "1", "6", "12"]
precs = ["", ".0", ".2", ".5"]
convs = "diuoxXeEfFgGcsra"
for v in values:
    for _ in range(60):
        fmt = "%" + rng.choice(flagsets) + rng.choice(widths) + rng.choice(precs) + rng.choice(convs)
        emit("[" + fmt + "]", (v,))
for v in [65, "Z", 0x1F600, -1, 0x110000, 1.5, "ab", 2**70]:
    for fmt in ["%c", "%5c|", "%-5c|", "%.0c"]:
        emit(fmt, (v,))
hand = [
    ("%d", ("a",)), ("%x", (3.5,)), ("%d", (3.7,)), ("%f", ("a",)), ("%*d", ("a", 1)), ("%.*f", (-3, 1.5)),
    ("%*d", (-5, 1)), ("%z", (1,)), ("%z", ()), ("%", ()), ("abc%", ()), ("%(a", {"a": 1}), ("%(a)s", (1,)),
    ("%(a)s %s", {"a": 1}), ("%s", {"a": 1}), ("%s %(a)s", {"a": 1}), ("%s %s", (1,)), ("%s", (1, 2)), ("%5%", ()),
    ("%5%", (1,)), ("%-5%|", ()), ("%(a)%", {}), ("%(a)z", {"a": 1}), ("%(a)z", {}), ("%s", ()), ("%\x01", (1,)),
    ("x%\xe9", (1,)), ("%(x)s %(x)r", {"x": "a"}), ("%((a))s", {"(a)": 1}), ("%0*d", (5, 3)), ("%*.*f", (8, 2, 3.14159)),
    ("%ld %hd %Li", (5, 6, 7)), ("%(a)d%%", {"a": 3}), ("100%%", ()), ("%s", "abc"), ("abc", 5), ("abc", {}),
    ("abc", ()), ("%s", 5), ("%(a)s", {"b": 1}), ("%999999999999999999999d", (1,)), ("%.9999999999d", (1,)),
    ("%.3s|%5.1s|%-6.2r|", ("abcdef", "xyz", "abc")), ("%r %a", ("é", "é")), ("%d", (2**70,)), ("%.*s", (2, "abcdef")),
    ("%*s|", (2**70, "a")), ("%.*s|", (2**40, "a")), ("%#.5x %#.0o %.0d %.3d", (255, 0, 0, -7)), ("%(a)*d", {"a": 1}),
    ("a%sb%sc", ("é", "日本")), ("%-*s|", (4, "ab")), ("%d %s", (1,)), ("%c%c", (72, "i")), ("%s %d", ("x", "y")),
    ("%.2f%%", (12.345,)), ("%-+08.2f|", (3.14159,)), ("%#5x|%-#8o|%#X", (10, 10, 255)), ("%e", (10**400,)),
]
for fmt, args in hand:
    emit(fmt, args)
