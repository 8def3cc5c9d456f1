"""Generates number_cases.txt: int(text, base), float(text) and float.fromhex(text) from CPython 3.11 on random and hand-picked text.

Run: python3 interp/src/format/testdata/gen_number_cases.py > interp/src/format/testdata/number_cases.txt
Each line: op<TAB>base<TAB>text<TAB>outcome<TAB>result (int in decimal, float as float.hex(),
else the exception message); backslash, tab and newline escaped.
"""
import random
import sys

assert sys.version_info[:2] == (3, 11), sys.version


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def emit(op, base, text):
    try:
        if op == "int":
            out, res = "ok", str(int(text, base))
        elif op == "float":
            v = float(text)
            out, res = "ok", v.hex() if v == v else "nan"
        else:
            v = float.fromhex(text)
            out, res = "ok", v.hex() if v == v else "nan"
    except Exception as e:  # noqa: BLE001
        out, res = type(e).__name__, str(e)
    print("\t".join([op, str(base), esc(text), out, esc(res)]))


rng = random.Random(3)
alphabet = "0123456789_+-.eExXoObBpPiInNfFaAtTyY \t\n\u3000\u0663\uff11abcdefgz"
hand = ["0", "-0", "+0", "00", "0_0", "1_000", "0x1F", "0o17", "0b101", "0X_ff", "  42  ", "\u0663\u0664", "1e5", "1.5",
        ".5", "5.", "inf", "-Infinity", "nan", "1_2.3_4e1_0", "0x1.8p3", "1__0", "_1", "1_", "", " ", "+", "-", "e", "."]
for text in hand:
    for base in (0, 10, 16, 2, 36):
        emit("int", base, text)
    emit("float", 0, text)
    emit("hex", 0, text)
for _ in range(3000):
    text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
    emit("int", rng.choice((0, 0, 10, 10, 16, 8, 2, 36)), text)
    emit("float", 0, text)
    emit("hex", 0, text)


def digits(chars):
    out = ""
    for i in range(rng.randint(1, 6)):
        if i and rng.random() < 0.2:
            out += "_"
        out += rng.choice(chars)
    return out


for _ in range(1500):
    ws = rng.choice(["", " ", "\t", "\u3000"])
    sign = rng.choice(["", "-", "+"])
    prefix, chars, base = rng.choice([("", "0123456789", 10), ("0x", "0123456789abcdefABCDEF", 16), ("0o", "01234567", 8),
                                      ("0b", "01", 2), ("", "0123456789", 0)])
    text = ws + sign + prefix + digits(chars) + ws
    emit("int", rng.choice([base, 0]), text)
    mant = digits("0123456789") + rng.choice(["", ".", "." + digits("0123456789")])
    if rng.random() < 0.5:
        mant += rng.choice("eE") + rng.choice(["", "+", "-"]) + digits("0123456789")
    emit("float", 0, ws + sign + mant + ws)
    hexm = rng.choice(["", "0x"]) + digits("0123456789abcdef").replace("_", "") + rng.choice(["", ".", ".8", ".fff"])
    emit("hex", 0, ws + sign + hexm + rng.choice(["", "p" + str(rng.randint(-1100, 1100)), "P+3"]) + ws)
