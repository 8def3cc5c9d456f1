"""Generates template_cases.txt: `template.format(...)` results from CPython 3.11 for format/template_tests.rs.

Run: python3 interp/src/format/testdata/gen_template_cases.py > interp/src/format/testdata/template_cases.txt
Every template is formatted with the same arguments (see ARGS below, mirrored by the
test's host). Each line: template<TAB>outcome<TAB>text, backslash, tab and newline escaped.
"""
import itertools
import random
import sys

assert sys.version_info[:2] == (3, 11), sys.version


class A:
    x = 5
    y = "why"

    def __format__(self, spec):
        return "A<" + spec + ">"

    def __repr__(self):
        return "A()"

    def __str__(self):
        return "A-str"


ARGS = (10, 3, 2, 1, "str", [7, 8, 9], 2.5)
KWARGS = dict(a=A(), b={"x": "bx", 0: "b0"}, x=4, s="hello", f=-1234.5678)


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def emit(t):
    try:
        out, res = "ok", t.format(*ARGS, **KWARGS)
    except Exception as e:  # noqa: BLE001
        out, res = type(e).__name__, str(e)
    print("\t".join([esc(t), out, esc(res)]))


hand = ['{', '}', 'a{{b}}c', '{}}', '{{}', '{0} {', '{0}{1}', '{}{}', '{0}{}', '{}{0}', '{a[}]}', '{a[x}', '{a[x]y}',
        '{a.}', '{a..b}', '{a[]}', '{0!}', '{0!x}', '{0!r', '{0!rr}', '{0!r:>5}', '{0:{1}}', '{0:{1}{2}}', '{0:{{}}}',
        '{0:{}}', '{:{}}', '{0:{1:{2}}}', '{a.x}', '{a[0]}', '{b[0]}', '{b[x]}', '{5}', '{7}', '{99999999999999999999}',
        '{0[99999999999999999999]}', '{a!s}', '{a!a:>3}', '{a!r:*^9}', '{0:}', '{0!s:}', '{0!\xe9}', '{0:{', '{!r}', '{:}',
        '{a{}', '{0 }', '{ 0}', '{-1}', '{0.x}', '{0[1]}', '{0x}', '{0:x}x', '{c}', '{a:{x}}', '{0:>{1}.{2}}', '{0[]x}',
        '{a]b}', '{0:}}', '{0[a]b}', '{5[1]}', '{5[3]}', '{5[x]}', '{4!r}', '{4[1]}', '{4:*^{0}}', '{f:,.2f}', '{f:{s}}',
        '{b[1]}', '{a.y!r:>8}', '{a.y[0]}', '{a.x.real}', '{a.z}', 'x{0!s}y{1!r}z{4!a}', '{0:{1}}{}',
        '{}{:{}}{}', '{:{}}{0}', '\u00e9{0:\u00e9^5}\u00e9', '{\u0661}', '{a[1][2]}', '{5[0]!s:>3}', '{6:.{1}f}', '{6!r}',
        '{x:{x}}', '{:>{}}', '{x!s:{s}}', '{0!s:', '{0:{1}', '{!}', '{0!:}', '{0!:>3}', '{:d}', '{4:d}', '{6:d}', '{0:.3}']
for t in hand:
    emit(t)
rng = random.Random(5)
names = ["", "0", "1", "4", "6", "x", "s", "f", "a", "a.x", "b[x]", "5[2]"]
convs = ["", "!r", "!s", "!a"]
specs = ["", ":>6", ":^7", ":*<5", ":+", ":08.3f", ":,", ":.2", ":x", ":{0}", ":>{x}", ":e", ":%", ":s", ":d", ":_"]
for _ in range(400):
    parts = []
    auto = rng.random() < 0.3
    for _ in range(rng.randint(1, 3)):
        parts.append(rng.choice(["", "-", "{{", "}}", " ab "]))
        name = "" if auto else rng.choice(names[1:])
        spec = rng.choice(specs)
        if auto:
            spec = spec.replace("{0}", "{}")
        parts.append("{" + name + rng.choice(convs) + spec + "}")
    emit("".join(parts))
