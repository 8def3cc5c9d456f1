"""CPython's side of Skein's differential AST tests: ast.dump of many files in one process.

Usage: python3 cpython_dumps.py stdlib       -- every .py of this python's stdlib (no site-packages)
       python3 cpython_dumps.py FILE...       -- the given files
Prints one line per file, in order:
    OK<TAB>path<TAB>ast.dump(ast.parse(source))
    ERR<TAB>path<TAB>ExceptionType: message        (parse or dump failed)
    MATCH<TAB>path<TAB>                            (has a match statement: out of Skein's scope)
ast.dump output never contains a newline (reprs escape them), so lines are records.
"""
import ast
import os
import sys
import sysconfig


def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    for d, dirs, files in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x not in ("site-packages", "__pycache__"))
        for f in sorted(files):
            if f.endswith(".py"):
                yield os.path.join(d, f)


def main():
    files = stdlib_files() if sys.argv[1:] == ["stdlib"] else sys.argv[1:]
    out = open(sys.stdout.fileno(), "w", encoding="utf-8", errors="backslashreplace", closefd=False)
    for path in files:
        try:
            with open(path, "rb") as f:
                tree = ast.parse(f.read(), path)
            if any(isinstance(node, ast.Match) for node in ast.walk(tree)):
                out.write(f"MATCH\t{path}\t\n")
                continue
            text = ast.dump(tree)
        except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
            message = str(e).replace("\n", " ")
            if isinstance(e, SyntaxError):
                message = e.msg
            out.write(f"ERR\t{path}\t{type(e).__name__}: {message}\n")
            continue
        out.write(f"OK\t{path}\t{text}\n")
    out.flush()


if __name__ == "__main__":
    main()
