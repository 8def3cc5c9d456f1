"""Generates format_cases.txt: format(value, spec) results from CPython 3.11 for format/tests.rs.

Run: python3 interp/src/format/testdata/gen_format_cases.py > interp/src/format/testdata/format_cases.txt
Each line: kind<TAB>value<TAB>spec<TAB>outcome<TAB>text, where kind is i/f/s, outcome is
ok or the exception name, and fields escape backslash, tab and newline.
"""
import itertools
import random
import sys

assert sys.version_info[:2] == (3, 11), sys.version


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def emit(kind, value, spec):
    if kind == "f":
        text = repr(value)
    else:
        text = str(value)
    try:
        out, res = "ok", format(value, spec)
    except Exception as e:  # noqa: BLE001
        out, res = type(e).__name__, str(e)
    print("\t".join([kind, esc(text), esc(spec), out, esc(res)]))


rng = random.Random(1234)
ints = [0, 1, -1, 7, -42, 255, 1234, -12345, 1234567, 2**31, -(2**63), 2**64 + 5, 10**30 + 7, -(10**25), 65, 0x10FFFF, 0x110000]
floats = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 2.675, 1e16, 1e-5, 1e22, 123.456, -1234567.891, 1e300, 5e-324,
          float("inf"), float("-inf"), float("nan"), 3.14159, 0.000123456, 123456789.0, 1e15, 9.999999, 0.05, -0.0001,
          100.0, 1234.0, 1e-4, 12345.678, 2.0**60, 1/3]
strs = ["", "a", "abc", "hello world", "é", "日本語", "x" * 12]
aligns = ["", "<", ">", "^", "=", "*<", "*>", "0^", "x="]
signs = ["", "+", "-", " "]
flags = ["", "z", "#", "z#"]
zeros = ["", "0"]
widths = ["", "1", "8", "15"]
groups = ["", ",", "_"]
precs = ["", ".0", ".1", ".3", ".10"]
int_types = ["", "b", "c", "d", "o", "x", "X", "n", "e", "f", "g", "%", "s", "q"]
float_types = ["", "e", "E", "f", "F", "g", "G", "n", "%", "d"]
str_types = ["", "s", "d"]

all_specs = [
    a + s + f + z + w + g + p
    for a, s, f, z, w, g, p in itertools.product(aligns, signs, flags, zeros, widths, groups, precs)
]


def sample(types, n):
    return [sp + t for sp, t in zip(rng.sample(all_specs, n), itertools.cycle(types))]


for v in ints:
    for spec in sample(int_types, 90):
        emit("i", v, spec)
for v in floats:
    for spec in sample(float_types, 90):
        emit("f", v, spec)
for v in strs:
    for spec in sample(str_types, 40):
        emit("s", v, spec)
# Hand-picked cases.
for spec in ["", "010,", "09,", "0=10,", "#012_x", "#_b", "_o", "<5", "^+7", "=+8", "c", ",c", "10c", ".2", "z", "+c", "#c", "abc", ".", ",_", "_,", "d,", ",n"]:
    for v in [1234, -12345, 65]:
        emit("i", v, spec)
for spec in ["", ".3", ".0", "#", "#.0", ".2%", ",.2f", "_", "010", "=+12.3e", "z.1f", "z", ".17g", ".1f", "+", "020,.2f", "#g", "#.3g", ".16", ".17", "n", ".0e", "#.0e", ".3000000000f"]:
    for v in [1.0, -0.0, 1e16, 0.1, -1234567.5, 2.5, float("inf"), float("nan"), -1e-7, 1e100]:
        emit("f", v, spec)
for spec in ["", "+", " ", "z", "#", "=", ",", "05", ".2", "^9.1", "*>7", ".0", "010.3"]:
    emit("s", "abcdef", spec)
# Random spec strings over the mini-language's alphabet: parse order and error precedence.
alphabet = "<>^=+- z#0123456789,_.bcdeEfFgGnosxX%*"
for i in range(1500):
    spec = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 7)))
    kind = ("i", "f", "s")[i % 3]
    value = {"i": rng.choice(ints), "f": rng.choice(floats), "s": rng.choice(strs)}[kind]
    emit(kind, value, spec)
