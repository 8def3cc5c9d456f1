"""CPython's trees for tests/dump_cpython_trees.rs: each file's ast in a compact prefix form, plus its ast.dump.

Usage: python3 cpython_trees.py [--every N] stdlib | FILE...   (--every N: only every Nth file)
For each file that parses and has no match statement, writes
    TREE <tree byte length> <dump byte length> <path>\n<tree bytes><dump bytes>
Tree form: (Class f1 f2 ...) with every field in _fields order, [ item ... ] lists,
N None, T True, F False, E Ellipsis, i<hex int>; f<float repr>; c<real repr>,<imag repr>;
s<byte length>:<UTF-8 text>, b<byte length>:<bytes>.
Lone surrogates in str constants become U+FFFD in both the tree and the dump, as
Skein's ast::Constant::Str (a Rust String) stores them.
"""
import ast
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from cpython_dumps import stdlib_files  # noqa: E402


def text(s):
    return s.encode("utf-16", "surrogatepass").decode("utf-16", "replace").encode("utf-8")


def write(value, out):
    if isinstance(value, ast.AST):
        out.append(b"(" + type(value).__name__.encode())
        for name in value._fields:
            out.append(b" ")
            write(getattr(value, name, None), out)
        out.append(b")")
    elif isinstance(value, list):
        out.append(b"[")
        for item in value:
            out.append(b" ")
            write(item, out)
        out.append(b" ]")
    elif value is None:
        out.append(b"N")
    elif value is True:
        out.append(b"T")
    elif value is False:
        out.append(b"F")
    elif value is ...:
        out.append(b"E")
    elif isinstance(value, int):
        out.append(b"i" + format(value, "x").encode() + b";")
    elif isinstance(value, float):
        out.append(b"f" + repr(value).encode() + b";")
    elif isinstance(value, complex):
        out.append(b"c" + repr(value.real).encode() + b"," + repr(value.imag).encode() + b";")
    elif isinstance(value, str):
        data = text(value)
        out.append(b"s%d:" % len(data) + data)
    elif isinstance(value, bytes):
        out.append(b"b%d:" % len(value) + value)
    else:
        raise TypeError(type(value))


def main():
    args = sys.argv[1:]
    every = 1
    if args[:1] == ["--every"]:
        every, args = int(args[1]), args[2:]
    files = stdlib_files() if args == ["stdlib"] else args
    out = sys.stdout.buffer
    for index, path in enumerate(files):
        if index % every:
            continue
        try:
            with open(path, "rb") as f:
                tree = ast.parse(f.read(), path)
            if any(isinstance(node, ast.Match) for node in ast.walk(tree)):
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    node.value = text(node.value).decode("utf-8")
            dump = ast.dump(tree).encode("utf-8", "backslashreplace")
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
        parts = []
        write(tree, parts)
        data = b"".join(parts)
        out.write(b"TREE %d %d %s\n" % (len(data), len(dump), path.encode()))
        out.write(data)
        out.write(dump)
    out.flush()


if __name__ == "__main__":
    main()
